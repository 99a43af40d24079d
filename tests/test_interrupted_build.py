"""Nothing is lost: a build killed midway, a failing site build and a hand-written page all leave what was there.

The builds are real subprocesses; the kill is a real SIGKILL sent once the build's first output files appear.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from support import PYTHON, ROOT, copy_hand_written_docs, run_build

ARTICLES = 400
# How long a killed build's workers and children may take to notice and leave: they check every half second
# (archive.pipeline's PARENT_CHECK_SECONDS), but on a loaded machine (the suite runs on every core) a process waits its
# turn; one that never leaves fails all the same.
ORPHAN_SECONDS = 30


def article(i: int, version: str) -> str:
    """A synthetic article; `version` changes one word in every paragraph, so every output changes with it."""
    return (
        f"Northern Corridor Talks Number {i}\n"
        f"Published {1 + i % 28} March {2016 + i % 8}\n"
        f"Vladimir Putin and Xi Jinping met on Tuesday in round {i} and agreed a {version} plan for trade.\n"
        f"The {version} plan covers energy, transport and finance, officials said after the talks ended.\n"
        "Both leaders said they would meet again next year to review progress on the corridor.\n"
    )


def write_articles(seeds: Path, version: str) -> None:
    seeds.mkdir(exist_ok=True)
    for i in range(ARTICLES):
        (seeds / f"{i:04d}_corridor.txt").write_text(article(i, version), encoding="utf-8")


def snapshot(folder: Path) -> dict[str, str]:
    """rel path -> SHA-256 of every file under folder (dot files included)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A project folder of its own: config, hooks, theme overrides and hand-written pages copied in."""
    for name in ("mkdocs.yml", "registry.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    for name in ("hooks", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name)
    copy_hand_written_docs(tmp_path / "docs")
    write_articles(tmp_path / "seeds", "first")
    return tmp_path


def build(work: Path, *args: str) -> subprocess.CompletedProcess:
    return run_build("--quiet", "--cache", "cache", *args, cwd=work)


def start_build(work: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [PYTHON, str(ROOT / "build_archive.py"), "--quiet", "--cache", "cache", *args],
        cwd=work,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def processes_in(folder: Path) -> list[int]:
    """Running processes whose working directory is folder (a build and any worker it started).

    The test's own children are not counted: its first build runs in this process (support.run_build), in folder, and
    may start multiprocessing's resource tracker there, which lives as long as this process does; a killed build's
    orphans are given to init, never to the test."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and Path(os.readlink(proc / "cwd")) == folder and _parent_of(proc) != os.getpid():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def _parent_of(proc: Path) -> int:
    for line in (proc / "status").read_text().splitlines():
        if line.startswith("PPid:"):
            return int(line.split()[1])
    return 0


def command_lines(pids: list[int]) -> list[str]:
    """What each process runs (for a failing assertion's message)."""
    lines = []
    for pid in pids:
        try:
            lines.append(f"{pid}: " + Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except OSError:
            lines.append(f"{pid}: (gone)")
    return lines


def kill_when(process: subprocess.Popen, appeared) -> bool:
    """SIGKILL the build as soon as appeared() is true; False if the build ended first."""
    while process.poll() is None:
        if appeared():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.002)
    return False


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


def test_build_killed_during_the_site_build_leaves_site_as_it_was(work: Path) -> None:
    assert build(work, "--site").returncode == 0
    site_before = snapshot(work / "site")
    write_articles(work / "seeds", "second")
    process = start_build(work, "--site")
    killed = kill_when(process, lambda: any(work.glob(".site-*/**/*.html")))
    assert killed, "the site build finished before its first page appeared"
    assert snapshot(work / "site") == site_before
    result = build(work, "--site")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(work / "site") != site_before


def test_failing_site_build_leaves_site_unchanged(work: Path) -> None:
    assert build(work, "--site").returncode == 0
    site_before = snapshot(work / "site")
    (work / "docs" / "broken.md").write_text("# Broken\n\nSee [a page that does not exist](missing.md).\n", encoding="utf-8")
    write_articles(work / "seeds", "second")
    result = build(work, "--site")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert (
        "WARNING -  Doc file 'broken.md' contains a link 'missing.md', but the target is not found among documentation files."
        in lines
    )
    assert lines[-2:] == [
        "Aborted with 1 warnings in strict mode!",
        "site build failed; the previous site/ is unchanged.",
    ]
    assert "Traceback" not in result.stderr
    assert snapshot(work / "site") == site_before
    assert not list(work.glob(".site-*"))  # its temporary folder and config are gone


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


def test_a_build_killed_during_the_site_build_leaves_no_orphan_and_its_leftovers_go(work: Path) -> None:
    """Issue 16, finding 12: the mkdocs child dies with the build, and the next build removes the .site-* copy."""
    assert build(work, "--site").returncode == 0
    write_articles(work / "seeds", "second")
    process = start_build(work, "--site")
    killed = kill_when(process, lambda: any(work.glob(".site-*/**/*.html")))
    assert killed, "the site build finished before its first page appeared"
    deadline = time.monotonic() + ORPHAN_SECONDS
    while processes_in(work) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert processes_in(work) == [], command_lines(processes_in(work))  # mkdocs was killed with its parent
    assert list(work.glob(".site-*"))  # what the killed build left
    assert build(work, "--site").returncode == 0
    assert not list(work.glob(".site-*"))


def test_a_kill_between_the_two_renames_of_the_site_swap_is_recovered(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    from archive.pipeline import remove_site_leftovers

    (tmp_path / "site.old").mkdir()
    (tmp_path / "site.old" / "index.html").write_text("last good site", "utf-8")
    (tmp_path / ".site-abc").mkdir()
    (tmp_path / ".site-abc.yml").write_text("INHERIT: x", "utf-8")
    remove_site_leftovers(tmp_path / "site", tmp_path)
    assert (tmp_path / "site" / "index.html").read_text("utf-8") == "last good site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_the_site_swap_is_one_atomic_exchange_where_linux_allows(tmp_path: Path, monkeypatch) -> None:
    """Finding 12: the swap was two renames, and a kill between them left no site/. With renameat2's RENAME_EXCHANGE
    it is one step: here any rename would stand for a kill in the middle, and none happens."""
    import sys

    sys.path.insert(0, str(ROOT))
    from archive import writer

    probe_a, probe_b = tmp_path / "probe-a", tmp_path / "probe-b"
    probe_a.mkdir()
    probe_b.mkdir()
    if not writer.exchange(probe_a, probe_b):
        pytest.skip("this system or file system has no renameat2 RENAME_EXCHANGE")

    def make(name: str, text: str) -> Path:
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text(text, "utf-8")
        return tmp_path / name

    site, new = make("site", "old site"), make(".site-new", "new site")

    def killed(*_args):
        raise KeyboardInterrupt("killed between two renames")

    monkeypatch.setattr(Path, "rename", killed)
    writer.swap_in_site(new, site)
    assert (site / "index.html").read_text("utf-8") == "new site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["probe-a", "probe-b", "site"]
    monkeypatch.undo()
    # Where the exchange is refused (another system, a file system without it): the two renames, recovered if killed.
    monkeypatch.setattr(writer, "exchange", lambda a, b: False)
    writer.swap_in_site(make(".site-newer", "newer site"), site)
    assert (site / "index.html").read_text("utf-8") == "newer site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["probe-a", "probe-b", "site"]
