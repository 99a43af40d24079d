"""The same inputs give the same bytes, wherever and whenever they are built; a rebuild rewrites nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import run_build

MANIFEST = ".archive-manifest.json"


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in sorted(folder.rglob("*")) if p.is_file()}


def build(docs: Path, cache: Path):
    # From the repository root with relative seeds, as a contributor runs it.
    result = run_build("--seeds", "seeds", "--docs", str(docs), "--cache", str(cache), in_process=False)
    assert result.returncode == 0, result.stderr
    return result


def test_two_builds_are_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Different hash seeds: any output that depends on set or dict-of-set order would differ.
    monkeypatch.setenv("PYTHONHASHSEED", "1")
    build(tmp_path / "a" / "docs", tmp_path / "a" / "cache")
    monkeypatch.setenv("PYTHONHASHSEED", "2")
    build(tmp_path / "b" / "docs", tmp_path / "b" / "cache")
    first, second = tree(tmp_path / "a" / "docs"), tree(tmp_path / "b" / "docs")
    assert MANIFEST in first
    assert "data/archive.json" in first and "data/annotations.jsonld" in first
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
    # No build-specific paths leak into the output.
    assert not any(str(tmp_path).encode() in data for data in first.values())


def rebuild_twice(tmp_path: Path) -> tuple[dict[str, int], list[dict[str, int]]]:
    """Build, then rebuild with a warm cache and with a cold one: the mtimes before, and after each rebuild."""
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    build(docs, cache)
    before_bytes, before_times = tree(docs), mtimes(docs)
    n = len(before_bytes) - 1  # the manifest is not an output it counts
    after = []
    for _ in ("warm", "cold"):
        result = build(docs, cache)
        assert f"files: 0 written, {n} unchanged, 0 deleted" in result.stdout
        assert tree(docs) == before_bytes
        after.append(mtimes(docs))
        for cached in cache.rglob("*"):
            if cached.is_file():
                cached.unlink()
    return before_times, after


def test_rebuild_rewrites_no_output(tmp_path: Path) -> None:
    before, after = rebuild_twice(tmp_path)
    outputs = {name: t for name, t in before.items() if name != MANIFEST}
    assert len(outputs) > 20
    for times in after:
        assert {name: t for name, t in times.items() if name != MANIFEST} == outputs


def test_rebuild_rewrites_not_even_the_manifest(tmp_path: Path) -> None:
    before, after = rebuild_twice(tmp_path)
    for times in after:
        assert times[MANIFEST] == before[MANIFEST]
