"""Incremental builds: after an edit, the rebuilt docs/ equal a build from nothing, and only the files that
show the edit are written again. The cache (input hashes, article index, pages, dataset parts) is an
optimisation only: deleting any part of it changes no output byte."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import PYTHON, ROOT, run_build

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import write_corpus  # noqa: E402


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in sorted(folder.rglob("*")) if p.is_file()}


def build(seeds: Path, docs: Path, cache: Path, in_process: bool = True) -> str:
    result = run_build("--quiet", "--seeds", str(seeds), "--docs", str(docs), "--cache", str(cache), in_process=in_process)
    assert result.returncode == 0, result.stderr
    return result.stdout


def cold_tree(seeds: Path, work: Path, in_process: bool = True) -> dict[str, bytes]:
    """What a build from nothing makes of these seeds (the manifest aside: it records input signatures)."""
    docs = work / "cold-docs"
    shutil.rmtree(docs, ignore_errors=True)
    shutil.rmtree(work / "cold-cache", ignore_errors=True)
    build(seeds, docs, work / "cold-cache", in_process=in_process)
    return tree(docs)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    build(tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache")
    return tmp_path


def test_an_edited_note_rewrites_its_page_and_the_dataset_only(work: Path) -> None:
    sidecar = sorted((work / "seeds").glob("*.yml"))[0]
    before = mtimes(work / "docs")
    text = sidecar.read_text("utf-8")
    sidecar.write_text(text.replace("note: >-\n", "note: >-\n      Edited in a test.\n", 1), "utf-8")
    out = build(work / "seeds", work / "docs", work / "cache")
    assert "(4 from cache)" in out
    changed = {rel for rel, ns in mtimes(work / "docs").items() if before.get(rel) != ns}
    assert changed == {
        ".archive-manifest.json",
        "articles/2017-07-05-putin-and-xi-discuss-economic-cooperation-multipolar-world.md",
        "data/archive.json",
        "data/annotations.jsonld",
        "data/years/2017.json",  # the year's part of archive.json
        "feeds/annotations.xml",  # it shows the notes
    }
    assert tree(work / "docs") == cold_tree(work / "seeds", work)


def test_a_corrected_date_moves_the_article_and_rewrites_its_listings(work: Path) -> None:
    sidecar = sorted((work / "seeds").glob("*.yml"))[0]
    text = sidecar.read_text("utf-8")
    sidecar.write_text(
        text.replace(
            "metadata:\n", "metadata:\n  date:\n    value: '2019-01-02'\n    kind: publication\n    basis: a test correction\n", 1
        ),
        "utf-8",
    )
    before = mtimes(work / "docs")
    build(work / "seeds", work / "docs", work / "cache")
    changed = {rel for rel, ns in mtimes(work / "docs").items() if before.get(rel) != ns}
    assert {"timeline/2019.md", "all/index.md", "index.md"} <= changed
    assert not any(rel.startswith("timeline/2016") for rel in changed)  # a year it was never in
    assert tree(work / "docs") == cold_tree(work / "seeds", work)


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(work: Path) -> None:
    """A file rewritten within the timestamp resolution of the last build, same size, same mtime: hashed again."""
    sidecar = sorted((work / "seeds").glob("*.yml"))[0]
    text = sidecar.read_text("utf-8")
    sidecar.write_text(text, "utf-8")  # written just now, then built: inside that build's racy window
    build(work / "seeds", work / "docs", work / "cache")
    stat = sidecar.stat()
    edited = text.replace("Xi said", "XI said", 1)
    assert edited != text and len(edited) == len(text)
    sidecar.write_text(edited, "utf-8")
    os.utime(sidecar, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    out = build(work / "seeds", work / "docs", work / "cache")
    assert "(4 from cache)" in out
    assert tree(work / "docs") == cold_tree(work / "seeds", work)


def test_a_cache_that_lost_its_pages_still_builds_the_same_site(work: Path) -> None:
    shutil.rmtree(work / "cache" / "pages")
    (work / "cache" / "fragments.pickle").unlink()
    for page in (work / "docs" / "articles").glob("*.md"):
        page.unlink()
    (work / "docs" / "data" / "archive.json").unlink()
    build(work / "seeds", work / "docs", work / "cache")
    assert tree(work / "docs") == cold_tree(work / "seeds", work)


def test_a_corrupt_cache_is_ignored(work: Path) -> None:
    for name in ("index.pickle", "fragments.pickle", "hashes.pickle"):
        (work / "cache" / name).write_bytes(b"not a pickle")
    raw = sorted((work / "seeds").glob("*.txt"))[0]
    raw.write_text(raw.read_text("utf-8") + "\nA closing paragraph added in a test, long enough to be kept as text.\n", "utf-8")
    out = build(work / "seeds", work / "docs", work / "cache")
    assert "(0 from cache)" in out
    assert tree(work / "docs") == cold_tree(work / "seeds", work)


SERIAL_BUILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from archive import pipeline
pipeline.PARALLEL_MIN_ARTICLES = 10**9  # every article in this process
sys.exit(pipeline.run(pipeline.Options(seeds=Path(sys.argv[2]), docs=Path(sys.argv[3]), cache=Path(sys.argv[4]), quiet=True)))
"""


def test_parallel_build_equals_serial_build(tmp_path: Path) -> None:
    """Above PARALLEL_MIN_ARTICLES articles the build runs in worker processes: same bytes, and an edit after it."""
    seeds = tmp_path / "seeds"
    write_corpus(240, seeds, 3)
    build(seeds, tmp_path / "parallel", tmp_path / "cache-p", in_process=False)  # workers forked from a clean process
    serial = subprocess.run(
        [PYTHON, "-c", SERIAL_BUILD, str(ROOT), str(seeds), str(tmp_path / "serial"), str(tmp_path / "cache-s")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert serial.returncode == 0, serial.stderr
    assert tree(tmp_path / "parallel") == tree(tmp_path / "serial")
    raw = sorted(seeds.glob("*.txt"))[7]
    raw.write_text(raw.read_text("utf-8") + "\nA closing paragraph added in a test, long enough to be kept as text.\n", "utf-8")
    build(seeds, tmp_path / "parallel", tmp_path / "cache-p", in_process=False)
    assert tree(tmp_path / "parallel") == cold_tree(seeds, tmp_path, in_process=False)


def test_repeated_edits_keep_the_dataset_exact_and_its_cache_compact(work: Path) -> None:
    """Each edit appends the article's new dataset part to the cache; dead parts are dropped once they outweigh live ones."""
    sidecar = sorted((work / "seeds").glob("*.yml"))[0]
    text = sidecar.read_text("utf-8")
    sizes = []
    for round_number in range(1, 8):
        sidecar.write_text(text.replace("note: >-\n", f"note: >-\n      Edit {round_number}.\n", 1), "utf-8")
        build(work / "seeds", work / "docs", work / "cache")
        bins = sorted((work / "cache").glob("fragments-*.bin"))
        assert len(bins) == 1
        sizes.append(bins[0].stat().st_size)
    assert tree(work / "docs") == cold_tree(work / "seeds", work)
    assert max(sizes) < 2.5 * min(sizes)  # appended to, and compacted: never a copy of every edit
    assert any(later > earlier for earlier, later in zip(sizes, sizes[1:], strict=False))  # appended, not rewritten


def test_a_second_build_on_the_same_cache_waits_its_turn(work: Path) -> None:
    """The preview server's build and one run by hand must not write the same cache and docs/ at once."""
    import fcntl

    sidecar = sorted((work / "seeds").glob("*.yml"))[0]
    sidecar.write_text(sidecar.read_text("utf-8").replace("note: >-\n", "note: >-\n      Waited.\n", 1), "utf-8")
    with open(work / "cache" / "build.lock", "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a build in progress
        waiting = subprocess.Popen(
            [PYTHON, str(ROOT / "build_archive.py"), "--quiet", "--seeds", "seeds", "--docs", "docs", "--cache", "cache"]
            + ["--registry", str(ROOT / "registry.yml"), "--config", str(ROOT / "mkdocs.yml")],
            cwd=work,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert waiting.stderr.readline() == "waiting for another build using cache to finish...\n"
        assert waiting.poll() is None
        assert "Waited." not in (work / "docs" / "data" / "archive.json").read_text("utf-8")
        fcntl.flock(lock, fcntl.LOCK_UN)
        out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert "files: 5 written" in out  # the page, archive.json, its year's JSON, annotations.jsonld, the annotations feed
    assert "Waited." in (work / "docs" / "data" / "archive.json").read_text("utf-8")


def test_an_edited_template_renders_the_pages_that_use_it_again(tmp_path: Path) -> None:
    """Templates are part of the cache key: the real build, in a copy of the repository, sees an edit to one
    template file (and only the pages that use it change); with no edit, the rebuild changes nothing."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "archive", repo / "archive", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("build_archive.py", "registry.yml", "mkdocs.yml"):
        shutil.copy2(ROOT / name, repo / name)
    shutil.copytree(ROOT / "seeds", repo / "seeds")

    def build_copy() -> str:  # the copy's own code and templates: its build_archive.py imports its archive/
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        args = [PYTHON, "build_archive.py", "--quiet", "--docs", "docs", "--cache", "cache"]
        result = subprocess.run(args, cwd=repo, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    build_copy()
    first = tree(repo / "docs")
    assert "files: 0 written" in build_copy()  # no edit: nothing is rendered or written again
    assert tree(repo / "docs") == first

    card = repo / "archive" / "templates" / "card.html"  # the facts card, on article pages only
    assert card.read_text("utf-8").count("Facts and sources") == 1
    card.write_text(card.read_text("utf-8").replace("Facts and sources", "Facts and sources, edited"), "utf-8")
    build_copy()
    second = tree(repo / "docs")
    changed = {rel for rel in first if second[rel] != first[rel]}
    articles = {rel for rel in first if rel.startswith("articles/") and rel.endswith(".md")}
    assert len(articles) == 5
    assert changed == articles | {".archive-manifest.json"}
    for rel in articles:
        assert second[rel] == first[rel].replace(b"Facts and sources", b"Facts and sources, edited", 1)


def test_an_edit_renders_the_data_files_of_its_own_year_only(work: Path) -> None:
    """Each year's data files are signed by that year's articles: an edit in 2017 leaves the other years' files
    unrendered (their recorded inputs unchanged), where a signature over the whole dataset re-made every year's."""
    import json

    def inputs() -> dict[str, str]:
        files = json.loads((work / "docs" / ".archive-manifest.json").read_text("utf-8"))["files"]
        return {rel: entry["inputs"] for rel, entry in files.items() if rel.startswith("data/years/")}

    before = inputs()
    assert len({rel.rsplit(".", 1)[0] for rel in before}) > 1  # the seeds span several years
    sidecar = sorted((work / "seeds").glob("*.yml"))[0]
    sidecar.write_text(sidecar.read_text("utf-8").replace("note: >-\n", "note: >-\n      Edited in a test.\n", 1), "utf-8")
    build(work / "seeds", work / "docs", work / "cache")
    after = inputs()
    assert sorted(rel for rel in after if after[rel] != before[rel]) == [
        "data/years/2017.csv",
        "data/years/2017.json",
        "data/years/2017.jsonl",
    ]
    assert tree(work / "docs") == cold_tree(work / "seeds", work)


def test_the_dataset_parts_are_kept_packed(work: Path) -> None:
    """FRAGMENTS_PACKED: every article's part of the dataset (its archive.json record, its table row, its annotations)
    is held compressed until the dataset is written, and so kept in the cache: the parts' file is much smaller than the
    dataset files made of them (the main process's peak memory at 10,000 articles)."""
    (parts,) = (work / "cache").glob("fragments-*.bin")
    data = work / "docs" / "data"
    plain = sum((data / name).stat().st_size for name in ("archive.json", "archive.jsonl", "annotations.jsonld"))
    assert parts.stat().st_size < plain * 0.7  # (packed: 0.48 on the seeds; unpacked, with its digests: 1.17)
