"""Nothing is lost: a build killed while writing docs/ and a hand-written page both leave what was there, and the
raw files are never touched (the site build's half is test_interrupted_site_build.py, so the two run on two workers).

The builds are real subprocesses; the kill is a real SIGKILL sent once the build's first output files appear.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from interrupted import (
    ORPHAN_SECONDS,
    article,
    build,
    command_lines,
    kill_when,
    processes_in,
    project_folder,
    snapshot,
    start_build,
    write_articles,
)
from support import PYTHON, ROOT


@pytest.fixture
def work(tmp_path: Path) -> Path:
    return project_folder(tmp_path)


def test_build_killed_while_writing_leaves_docs_and_site_as_they_were(work: Path) -> None:
    assert build(work, "--site").returncode == 0
    docs_before, site_before = snapshot(work / "docs"), snapshot(work / "site")
    seeds_before = snapshot(work / "seeds")
    write_articles(work / "seeds", "second")
    seeds_changed = snapshot(work / "seeds")
    assert seeds_changed != seeds_before

    mtimes = {p: p.stat().st_mtime_ns for p in (work / "docs").rglob("*") if p.is_file()}

    def writing() -> bool:
        """Output has begun: many new files in docs/ (a build writing them), or any old one replaced."""
        files = [p for p in (work / "docs").rglob("*") if p.is_file()]
        changed = any(p not in mtimes or p.stat().st_mtime_ns != mtimes[p] for p in files if not p.name.startswith(".tmp-"))
        return changed or len(files) - len(mtimes) >= 20

    process = start_build(work, "--site")
    killed = kill_when(process, writing)
    assert killed, "the build finished before its output files appeared"
    # Its worker processes (400 articles: two of them) notice and leave; none waits for work forever.
    deadline = time.monotonic() + ORPHAN_SECONDS
    while processes_in(work) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert processes_in(work) == [], command_lines(processes_in(work))

    after = snapshot(work / "docs")
    # Every file is as it was; the only additions are the killed build's hidden temporary files (MkDocs skips them).
    assert {rel: digest for rel, digest in after.items() if not Path(rel).name.startswith(".tmp-")} == docs_before
    assert snapshot(work / "site") == site_before
    assert snapshot(work / "seeds") == seeds_changed  # the build never touches raw files

    # The next build is not disturbed by what the killed one left behind, and cleans it up.
    result = build(work, "--site")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert not [p for p in (work / "docs").rglob(".tmp-*")]
    assert "second plan" in next((work / "docs" / "data" / "text").glob("*.txt")).read_text("utf-8")
    assert snapshot(work / "site") != site_before


def test_hand_written_page_is_never_overwritten(work: Path) -> None:
    assert build(work).returncode == 0
    page = next((work / "docs" / "articles").glob("*.md"))
    (work / "docs" / "articles").joinpath("mine.md").write_text("# Mine\n", encoding="utf-8")
    # A generated page deleted and replaced by hand: the build now takes it for hand-written (not in the manifest).
    manifest = work / "docs" / ".archive-manifest.json"
    manifest.write_text(manifest.read_text("utf-8").replace(f'"articles/{page.name}"', '"articles/gone.md"'), encoding="utf-8")
    page.write_text("# Written by hand\n", encoding="utf-8")
    docs_before = snapshot(work / "docs")
    result = build(work)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"docs/articles/{page.name}:1:1: a hand-written file stands where the build would write a generated page; "
        "rename or move the hand-written file (the build never overwrites it)",
        "1 problem(s) found; nothing was written.",
    ]
    assert snapshot(work / "docs") == docs_before
    assert page.read_text("utf-8") == "# Written by hand\n"


def test_no_command_modifies_the_raw_files(work: Path) -> None:
    seeds_before = snapshot(work / "seeds")
    modes_before = {p.name: p.stat().st_mode for p in (work / "seeds").iterdir()}
    for args in (("--check",), (), ("--site",), ()):
        result = build(work, *args)
        assert result.returncode == 0, result.stderr
    assert snapshot(work / "seeds") == seeds_before
    assert {p.name: p.stat().st_mode for p in (work / "seeds").iterdir()} == modes_before


# --- a build killed at any point, then a normal build: exactly a clean build's docs/ (issue 16, finding 4) -------

KILL_SCRIPT = """
import os, sys
from pathlib import Path
sys.path.insert(0, {root!r})
import archive.writer as writer
from archive.pipeline import Options, run

limit, done, real = int(sys.argv[1]), [0], os.replace

def replace(src, dst):
    # Each of the writer's renames (the interim manifest, every staged file, the final manifest) counts; the
    # process dies like a kill -9 (no clean-up, no finally) before rename number `limit`.
    if os.path.basename(str(src)).startswith(writer.TEMP_PREFIX):
        if done[0] == limit:
            os._exit(9)
        done[0] += 1
    return real(src, dst)

os.replace = replace
sys.exit(run(Options(cache=Path("cache"), quiet=True)))
"""

SMALL = 24


def small_work(folder: Path, version: str) -> Path:
    folder.mkdir()
    shutil.copy(ROOT / "registry.yml", folder / "registry.yml")
    seeds = folder / "seeds"
    seeds.mkdir()
    for i in range(SMALL):
        (seeds / f"{i:04d}_corridor.txt").write_text(article(i, version), encoding="utf-8")
    return folder


@pytest.mark.parametrize("kill_before", [0, 1, 2, SMALL // 2, SMALL * 2 + 1])
def test_a_build_killed_while_replacing_then_rebuilt_equals_a_clean_build(tmp_path: Path, kill_before: int) -> None:
    """A same-size correction ("first" -> "fixed" in every paragraph): the interim manifest used to record the new
    hashes, so after a kill the next build saw "same hash, same size", skipped the files not yet replaced and said
    "0 written", build after build."""
    clean = small_work(tmp_path / "clean", "fixed")
    assert build(clean).returncode == 0
    work = small_work(tmp_path / "work", "first")
    assert build(work).returncode == 0
    for i in range(SMALL):
        (work / "seeds" / f"{i:04d}_corridor.txt").write_text(article(i, "fixed"), encoding="utf-8")
    killed = subprocess.run([PYTHON, "-c", KILL_SCRIPT.format(root=str(ROOT)), str(kill_before)], cwd=work, check=False)
    assert killed.returncode == 9
    result = build(work)
    assert result.returncode == 0, result.stderr
    assert snapshot(work / "docs") == snapshot(clean / "docs")
    assert "fixed plan" in (work / "docs" / "data" / "archive.json").read_text("utf-8")
