"""A pull request is untrusted in every file it can touch: the build cache and the manifest (ignored paths can be
committed with `git add -f`), links where folders or files are expected, FIFOs. Nothing it supplies runs code,
names a path outside the build's own outputs, or is followed through a link (issue 16, findings 1 and 2).

Every case builds the five seeds (or a synthetic article) with the real command in a subprocess."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
from pathlib import Path

import pytest
from support import PYTHON, ROOT, run_build

ARTICLE = """\
Leaders Agree On A Northern Corridor
Published 3 March 2021
The two presidents met in the capital on Tuesday and agreed to build a northern corridor for trade.
Vladimir Putin said the corridor would open within five years. Xi Jinping said the plan was sound.
"""


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def cli(work: Path, *args: str) -> subprocess.CompletedProcess:
    return run_build("--quiet", "--seeds", "seeds", "--docs", "docs", "--cache", "cache", *args, cwd=work)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A checkout: the five seeds, the registry, a hand-written page, built once."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "about.md").write_text("# About\n\nHand-written.\n", "utf-8")
    result = cli(tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path


class Payload:
    """A pickle that, when loaded, creates a file: proof that loading it ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def test_crafted_cache_files_run_nothing(work: Path) -> None:
    """Every pickle file of the cache replaced by one whose loading would create a file: --check and a build
    load none of them (their MAC does not verify under this user's key), and the build still gives the same docs/."""
    clean_docs = tree(work / "docs")
    marker = work / "pwned"
    evil = pickle.dumps(Payload(marker))
    cache_files = sorted((work / "cache").rglob("*.pickle"))
    assert {p.name for p in cache_files} >= {"hashes.pickle", "index.pickle", "fragments.pickle", "listing.pickle"}
    assert any(p.parent.parent.name == "pages" for p in cache_files)
    for path in cache_files:
        path.write_bytes(evil)
    # A file that copies the format's header too, with a MAC made under another key.
    index = work / "cache" / "index.pickle"
    index.write_bytes(b"summit-archive cache 1\n" + b"\0" * 32 + evil)

    check = cli(work, "--check")
    assert check.returncode == 0, check.stderr
    assert not marker.exists()
    build = cli(work)
    assert build.returncode == 0, build.stderr
    assert not marker.exists()
    assert tree(work / "docs") == clean_docs


def test_hostile_manifest_deletes_nothing_outside_the_builds_outputs(work: Path) -> None:
    """Entries with '..', absolute paths, a hand-written page and the manifest itself: all ignored."""
    outside = work / "outside.txt"
    outside.write_text("keep me", "utf-8")
    nested = work / "deep" / "folder" / "file.txt"
    nested.parent.mkdir(parents=True)
    nested.write_text("keep me too", "utf-8")
    manifest = work / "docs" / ".archive-manifest.json"
    hostile = {
        "../outside.txt": {"sha256": "", "inputs": ""},
        str(nested): {"sha256": "", "inputs": ""},
        "articles/../../deep/folder/file.txt": {"sha256": "", "inputs": ""},
        "about.md": {"sha256": "", "inputs": ""},
        "./about.md": {"sha256": "", "inputs": ""},
        ".archive-manifest.json": {"sha256": "", "inputs": ""},
    }
    import json

    data = json.loads(manifest.read_text("utf-8"))
    data["files"].update(hostile)
    manifest.write_text(json.dumps(data), "utf-8")
    result = cli(work)
    assert result.returncode == 0, result.stderr
    assert "0 deleted" in result.stdout
    assert outside.read_text("utf-8") == "keep me"
    assert nested.read_text("utf-8") == "keep me too"
    assert (work / "docs" / "about.md").read_text("utf-8") == "# About\n\nHand-written.\n"
    # The rewritten manifest names the build's own files only.
    assert not set(json.loads(manifest.read_text("utf-8"))["files"]) & set(hostile)


def test_a_stale_generated_page_is_still_deleted(work: Path) -> None:
    """The manifest still does its job: a page the build no longer makes goes, with its empty folder."""
    extra = work / "docs" / "leaders" / "gone" / "index.md"
    extra.parent.mkdir(parents=True)
    extra.write_text("old", "utf-8")
    import json

    manifest = work / "docs" / ".archive-manifest.json"
    data = json.loads(manifest.read_text("utf-8"))
    data["files"]["leaders/gone/index.md"] = {"sha256": "", "inputs": ""}
    manifest.write_text(json.dumps(data), "utf-8")
    result = cli(work)
    assert result.returncode == 0, result.stderr
    assert "1 deleted" in result.stdout
    assert not extra.parent.exists()


def test_a_symlinked_output_folder_is_refused_not_written_through(work: Path) -> None:
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    shutil.rmtree(work / "docs" / "data")
    (work / "docs" / "data").symlink_to(elsewhere)
    result = cli(work)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "docs/data:1:1: a symbolic link (or file) stands where the build keeps a folder of generated pages; "
        "it is never followed; delete it: the build makes the folder",
        "1 problem(s) found; nothing was written.",
    ]
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("folder", ["docs", "seeds", "cache"])
def test_a_symlinked_docs_seeds_or_cache_folder_is_refused(work: Path, folder: str) -> None:
    real = work / f"real-{folder}"
    (work / folder).rename(real)
    (work / folder).symlink_to(real)
    before = tree(real)
    result = cli(work)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{folder}:1:1: the {folder} folder is reached through a symbolic link; make it a real folder",
        "1 problem(s) found; nothing was written.",
    ]
    assert tree(real) == before


def test_links_inside_the_cache_are_not_followed(work: Path) -> None:
    """A page folder and the dataset parts' file replaced by links: the build replaces the links, writes nothing
    through them."""
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "victim.bin"
    target.write_bytes(b"victim")
    bins = list((work / "cache").glob("fragments-*.bin"))
    assert bins
    bins[0].unlink()
    bins[0].symlink_to(target)
    page_folder = next(p for p in (work / "cache" / "pages").iterdir())
    shutil.rmtree(page_folder)
    page_folder.symlink_to(elsewhere)
    raw = sorted((work / "seeds").glob("*.txt"))[0]
    raw.write_text(raw.read_text("utf-8") + "\nOne more paragraph for the test.\n", "utf-8")
    result = cli(work)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == b"victim"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["victim.bin"]


# --- finding 2: seeds that are not regular files ---------------------------------------------------


def seeds_only(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_corridor.txt").write_text(ARTICLE, "utf-8")
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    return seeds


def test_symlinked_seeds_and_sidecars_are_refused_by_name(tmp_path: Path) -> None:
    seeds = seeds_only(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\nA secret of the building machine.\n", "utf-8")
    (seeds / "500_x.txt").symlink_to(secret)  # absolute
    (seeds / "501_y.txt").symlink_to("../secret.txt")  # relative, leaving the folder
    (seeds / "001_corridor.yml").symlink_to(secret)  # a sidecar
    result = run_build("--quiet", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    why = "not a regular file: the build reads only regular files; commit the file itself, not a link to it"
    assert result.stderr.splitlines() == [
        f"seeds/001_corridor.yml:1:1: a symbolic link, {why}",
        f"seeds/500_x.txt:1:1: a symbolic link, {why}",
        f"seeds/501_y.txt:1:1: a symbolic link, {why}",
        "3 problem(s) found; nothing was written.",
    ]
    assert not (tmp_path / "docs").exists()
    assert not any("secret" in p.read_text("utf-8", "replace") for p in (tmp_path / "cache").rglob("*") if p.is_file())


def test_a_symlinked_registry_is_refused(tmp_path: Path) -> None:
    seeds_only(tmp_path)
    (tmp_path / "registry.yml").rename(tmp_path / "real.yml")
    (tmp_path / "registry.yml").symlink_to(tmp_path / "real.yml")
    result = run_build("--quiet", "--docs", "docs", "--cache", "cache", "--check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "registry.yml:1:1: a symbolic link, not a regular file: the build reads only regular files; "
        "commit the file itself, not a link to it"
    )


@pytest.mark.parametrize("name", ["502_pipe.txt", "001_corridor.yml"])
def test_a_fifo_in_seeds_does_not_hang_check(tmp_path: Path, name: str) -> None:
    seeds = seeds_only(tmp_path)
    os.mkfifo(seeds / name)
    result = subprocess.run(
        [PYTHON, str(ROOT / "build_archive.py"), "--quiet", "--check", "--cache", "cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stderr.splitlines() == [
        f"seeds/{name}:1:1: a named pipe (FIFO), not a regular file: the build reads only regular files; "
        "make it a regular file, or remove it",
        "1 problem(s) found; nothing was written.",
    ]
