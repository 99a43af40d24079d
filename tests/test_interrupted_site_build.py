"""Nothing is lost when the site build fails or is killed: site/ stays as it was, no process is left behind and the
next build clears what the killed one left (the builds are real subprocesses, the kill a real SIGKILL).

Split from test_interrupted_build.py so the two halves run on two workers."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from interrupted import (
    ORPHAN_SECONDS,
    build,
    command_lines,
    kill_when,
    processes_in,
    project_folder,
    snapshot,
    start_build,
    write_articles,
)
from support import ROOT


@pytest.fixture
def work(tmp_path: Path) -> Path:
    return project_folder(tmp_path)


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


def test_a_running_builds_config_beside_the_shared_mkdocs_yml_is_left_alone(tmp_path: Path) -> None:
    """CONFIG_OF_A_LIVE_BUILD: builds of other sites and caches share the folder of mkdocs.yml; the leftovers sweep of
    one must not delete another's config while its temporary site folder stands (a parallel test run failed so: "Invalid
    value for '-f': .site-x.yml: No such file"); an orphan config, its folder gone, is removed."""
    from archive.pipeline import remove_site_leftovers

    shared = tmp_path / "project"
    shared.mkdir()
    elsewhere = tmp_path / "other" / ".site-live"
    elsewhere.mkdir(parents=True)
    live = shared / ".site-live.yml"
    live.write_text(f"INHERIT: x\ndocs_dir: d\nsite_dir: {elsewhere}\n", encoding="utf-8")
    orphan = shared / ".site-gone.yml"
    orphan.write_text(f"INHERIT: x\ndocs_dir: d\nsite_dir: {tmp_path / 'nowhere' / '.site-gone'}\n", encoding="utf-8")
    remove_site_leftovers(tmp_path / "mine" / "site", shared)
    assert (live.exists(), orphan.exists()) == (True, False)


def test_a_link_named_like_a_builds_config_is_not_followed(tmp_path: Path) -> None:
    """A pull request may add a link named ".site-x.yml" beside mkdocs.yml, pointing anywhere (a device that never ends,
    a file outside the project): the sweep reads no such file and removes the link, never what it points to."""
    from archive.pipeline import remove_site_leftovers

    shared = tmp_path / "project"
    shared.mkdir()
    target = tmp_path / "outside.txt"
    target.write_text(f"site_dir: {tmp_path}\n", encoding="utf-8")
    link = shared / ".site-x.yml"
    link.symlink_to(target)
    remove_site_leftovers(tmp_path / "mine" / "site", shared)
    assert (link.is_symlink(), target.exists()) == (False, True)
