"""The dataset stored once (issue 15, footprint): up to export.WHOLE_DATASET_MAX articles every record is written
whole (data/archive.json, .csv, .jsonl) and again a year a file (data/years/); past it, a year a file only. The
limit is a build option, so these tests cross it with the five seeds (limit 4) instead of 5,000 articles."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from support import ROOT

from archive import pipeline
from archive.export import WHOLE_DATASET, WHOLE_DATASET_MAX, dataset_files
from archive.shards import dated

PAST = 4  # a limit the five seeds are past


def build(seeds: Path, work: Path, limit: int = WHOLE_DATASET_MAX) -> Path:
    docs = work / "docs"
    options = pipeline.Options(
        seeds=seeds, docs=docs, cache=work / "cache", registry=ROOT / "registry.yml", quiet=True, whole_dataset_max=limit
    )
    err = io.StringIO()
    assert pipeline.run(options, io.StringIO(), err) == 0, err.getvalue()
    return docs


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in sorted(folder.rglob("*")) if p.is_file()}


def records(docs: Path) -> list[dict]:
    return [r for part in dataset_files(docs / "data", "json") for r in json.loads(part.read_text("utf-8"))["articles"]]


def rows(docs: Path, ext: str) -> list[dict]:
    found: list[dict] = []
    for part in dataset_files(docs / "data", ext):
        text = part.read_text("utf-8")
        found += csv.DictReader(io.StringIO(text)) if ext == "csv" else [json.loads(line) for line in text.splitlines()]
    return sorted(found, key=lambda row: row["slug"])


def test_past_the_limit_each_record_is_written_once_a_year_a_file(tmp_path: Path) -> None:
    whole = build(ROOT / "seeds", tmp_path / "whole")
    by_year = build(ROOT / "seeds", tmp_path / "by-year", limit=PAST)
    for rel in WHOLE_DATASET:
        assert (whole / rel).is_file() and not (by_year / rel).exists(), rel
    assert dataset_files(whole / "data", "jsonl") == [whole / "data" / "archive.jsonl"]
    assert len(dataset_files(by_year / "data", "jsonl")) == 5  # a file a year
    # The same records and rows, now in one place only; every other file the same bytes but the downloads' lists.
    assert sorted(records(by_year), key=lambda r: r["slug"]) == sorted(records(whole), key=lambda r: r["slug"])
    for ext in ("csv", "jsonl"):
        assert rows(by_year, ext) == rows(whole, ext)
    differ = {rel for rel in tree(whole).keys() | tree(by_year).keys() if tree(whole).get(rel) != tree(by_year).get(rel)}
    assert differ == {*WHOLE_DATASET, "index.md", "data/datapackage.json", ".archive-manifest.json"}
    home = (by_year / "index.md").read_text("utf-8")
    assert "data/years/2017.jsonl" in home and "data/archive." not in home
    assert "data/archive.jsonl" in (whole / "index.md").read_text("utf-8")
    # The shard planner finds every article's year in either shape.
    assert sorted(dated(by_year)) == sorted(dated(whole))


def test_the_data_package_lists_the_tables_the_build_wrote(tmp_path: Path) -> None:
    from frictionless import Package, validate

    whole = build(ROOT / "seeds", tmp_path / "whole")
    by_year = build(ROOT / "seeds", tmp_path / "by-year", limit=PAST)
    for docs, extra in ((whole, {"articles-csv", "articles-jsonl"}), (by_year, set())):
        report = validate(str(docs / "data" / "datapackage.json"))
        assert report.valid, report.flatten(["type", "note"])
        package = Package(str(docs / "data" / "datapackage.json"))
        years = {p.stem for p in (docs / "data" / "years").glob("*.csv")}
        assert {r.name for r in package.resources} == extra | {f"articles-{y}-{ext}" for y in years for ext in ("csv", "jsonl")}
        slugs = sorted(row["slug"] for y in years for row in package.get_resource(f"articles-{y}-csv").read_rows())
        assert slugs == [row["slug"] for row in rows(whole, "csv")]


def test_crossing_the_limit_either_way_leaves_what_a_cold_build_makes(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    docs = build(seeds, tmp_path, limit=PAST)  # five articles: past the limit
    assert not any((docs / rel).exists() for rel in WHOLE_DATASET)
    moved = tmp_path / "moved"
    moved.mkdir()
    for path in sorted(seeds.iterdir())[:2]:  # one article and its sidecar
        path.rename(moved / path.name)
    build(seeds, tmp_path, limit=PAST)  # four: the whole files come back
    assert all((docs / rel).is_file() for rel in WHOLE_DATASET)
    assert tree(docs) == tree(build(seeds, tmp_path / "cold-4", limit=PAST))
    for path in moved.iterdir():
        path.rename(seeds / path.name)
    build(seeds, tmp_path, limit=PAST)  # five again: the whole files go, none left behind
    assert not any((docs / rel).exists() for rel in WHOLE_DATASET)
    assert not any(rel in json.loads((docs / ".archive-manifest.json").read_text("utf-8"))["files"] for rel in WHOLE_DATASET)
    assert tree(docs) == tree(build(seeds, tmp_path / "cold-5", limit=PAST))


def test_past_the_limit_an_edited_note_rewrites_its_years_files_only(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    docs = build(seeds, tmp_path, limit=PAST)
    before = mtimes(docs)
    sidecar = sorted(seeds.glob("*.yml"))[0]
    sidecar.write_text(sidecar.read_text("utf-8").replace("note: >-\n", "note: >-\n      Edited in a test.\n", 1), "utf-8")
    build(seeds, tmp_path, limit=PAST)
    changed = {rel for rel, ns in mtimes(docs).items() if before.get(rel) != ns}
    assert changed == {
        ".archive-manifest.json",
        "articles/2017-07-05-putin-and-xi-discuss-economic-cooperation-multipolar-world.md",
        "data/annotations.jsonld",  # whole at any size (export.WHOLE_DATASET_MAX says why)
        "data/years/2017.json",  # the record, with its notes: no whole archive.json to rewrite
        "feeds/annotations.xml",
    }


def test_the_readme_and_the_about_page_say_where_the_data_is_at_each_size() -> None:
    for doc in ("README.md", "docs/about.md"):
        text = " ".join((ROOT / doc).read_text("utf-8").split())
        assert f"past {WHOLE_DATASET_MAX:,}" in text.lower() and "a year a file only" in text, doc


def test_the_planner_reads_only_the_dataset_files_the_build_wrote(tmp_path: Path) -> None:
    # BUILT_ONLY: files a pull request committed into docs/data (a year the archive lacks, malformed; a whole table past
    # the limit) are not read; without them the same years
    by_year = build(ROOT / "seeds", tmp_path / "by-year", limit=PAST)
    expected = sorted(dated(by_year))
    (by_year / "data" / "years" / "1999.jsonl").write_text('{"slug": 1\nnot json\n', "utf-8")
    (by_year / "data" / "archive.jsonl").write_text('{"slug": "planted", "date": "1999-01-01"}\n', "utf-8")
    assert sorted(dated(by_year)) == expected
    assert len(dataset_files(by_year / "data", "jsonl")) == 5
