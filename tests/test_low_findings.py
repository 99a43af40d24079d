"""Low findings of issue 16: 11 (dependency versions in the cache key), 12 (one line for a read-only docs/, reserved
names, problems counted as printed)."""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import sys
from pathlib import Path

import pytest
from support import ROOT, run_build

sys.path.insert(0, str(ROOT))

from archive import incremental, pipeline  # noqa: E402
from archive.problems import Problems  # noqa: E402
from archive.sidecar import parse_sidecar  # noqa: E402
from archive.urls import entity_doc  # noqa: E402


@pytest.mark.parametrize("package", incremental.OUTPUT_PACKAGES)
def test_another_version_of_a_package_that_shapes_output_changes_the_cache_key(monkeypatch, package: str) -> None:
    before = incremental.code_version()
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "0.0.0-test" if name == package else real(name))
    assert incremental.code_version() != before


def test_windows_reserved_names_are_never_output_names() -> None:
    problems = Problems()
    parse_sidecar("seeds/001_x.yml", "slug: con\n", problems)
    assert problems.lines() == [
        "seeds/001_x.yml:1:7: slug 'con' is not lower-case words joined by hyphens; write slug as lower-case words joined by hyphens"
    ]
    assert entity_doc("outlets", "Aux") != "outlets/aux.md"
    assert entity_doc("outlets", "Aux").startswith("outlets/aux--")


def test_the_problem_count_is_the_number_of_lines_printed() -> None:
    problems = Problems()
    for _ in range(3):
        problems.add("seeds/x.txt", 1, 1, "same", "fix")
    assert len(problems) == len(problems.lines()) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_docs_folder_is_one_line(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs").chmod(0o555)
    try:
        result = run_build("--quiet", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    finally:
        (tmp_path / "docs").chmod(0o755)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert ": cannot write: Permission denied; free some disk space or make docs writable" in line


def test_a_full_disk_is_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    """The disk fills up while the files are written: one line, exit status 1, no traceback (in process: the
    writer's file system call raises as a full disk does)."""
    import errno
    import io

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "docs" / "articles" / "x.md"))

    monkeypatch.setattr(pipeline, "write_outputs", full)
    out, err = io.StringIO(), io.StringIO()
    options = pipeline.Options(
        seeds=tmp_path / "seeds", docs=tmp_path / "docs", registry=tmp_path / "registry.yml", cache=tmp_path / "cache", quiet=True
    )
    assert pipeline.run(options, out, err) == 1
    assert err.getvalue().splitlines() == [
        f"{tmp_path}/docs/articles/x.md:1:1: cannot write: No space left on device; free some disk space or make "
        f"{tmp_path}/docs writable, then build again (every file is whole, old or new; the next build finishes the job)"
    ]


@pytest.mark.parametrize(
    "cache, docs, where, why",
    [
        ("afile/cache", "docs", "afile/cache", "Not a directory"),  # the cache cannot be made
        ("afile", "docs", "afile", "File exists"),  # a file where the cache folder should be
        # docs/ cannot be made: found when the first file is written, in docs/ itself or in one of its folders
        # (whichever file comes first: the line names the path it tried, under afile/docs)
        ("cache", "afile/docs", "afile/docs", "Not a directory"),
        ("read-only/cache", "docs", "read-only/cache", "Read-only file system"),  # (root writes anywhere: simulated)
    ],
)
def test_a_cache_or_docs_folder_that_cannot_be_made_is_one_line(tmp_path: Path, monkeypatch, cache, docs, where, why) -> None:
    """Finding 12: a read-only cache folder or docs/ failing before the writing stage ended in a traceback."""
    import errno
    import io

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    (tmp_path / "afile").write_text("not a folder", "utf-8")
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):
        if "read-only" in str(self):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    options = pipeline.Options(seeds=Path("seeds"), docs=Path(docs), registry=Path("registry.yml"), cache=Path(cache), quiet=True)
    assert pipeline.run(options, out, err) == 1
    [line] = err.getvalue().splitlines()
    assert (
        line.startswith(where)
        and f":1:1: cannot make or write this: {why}; make the cache ({cache}) and the docs folder ({docs}) writable folders"
        in line
    )
