"""Shards (issue 15): which build each file belongs to, which builds a change rebuilds, and the five seeds built
as shards with the real MkDocs and Pagefind, assembled into the same site as the single build."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import lxml.html
import pytest
from support import ROOT, build_site, copy_hand_written_docs, run_build

from archive import pipeline
from archive.shards import HUB, assemble, changed_shards, nav_for, plan_shards, shard_input_hash, shard_of_year
from archive.shards import main as shards_main

# --- the plan ----------------------------------------------------------------------------------------


def write(path: Path, text: str = "x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def docs(tmp_path) -> Path:
    """A docs folder as the build writes it: two articles in 2019, one in 2021, one undated."""
    docs = tmp_path / "docs"
    articles = [("a-2019", "2019-03-01"), ("b-2019", "2019-12-31"), ("c-2021", "2021-06-01"), ("d-undated", None)]
    rows = [{"slug": s, "source_file": f"seeds/{s}.txt", "date": d or ""} for s, d in articles]
    write(docs / "data" / "archive.jsonl", "".join(json.dumps(row) + "\n" for row in rows))
    write(docs / "data" / "archive.json", '{"count": 4, "articles": []}')  # (the plan reads the JSON Lines table)
    for slug, _ in articles:
        for rel in (f"articles/{slug}.md", f"data/text/{slug}.txt", f"data/cite/{slug}.bib", f"data/cite/{slug}.json"):
            write(docs / rel)
    for rel in (
        "index.md",
        "search.md",
        "about.md",
        "timeline/index.md",
        "timeline/2019.md",
        "timeline/2019-page-2.md",
        "timeline/2021.md",
        "timeline/undated.md",
        "timeline/2020.md",  # a listing of a year no article has (stale): the hub's, not a shard's
        "all/index.md",
        "leaders/vladimir-putin.md",
        "data/archive.csv",
        "data/years/2019.csv",
        "feeds/articles.xml",
        "assets/archive.js",
        ".archive-manifest.json",
    ):
        write(docs / rel)
    return docs


def test_each_article_file_and_year_listing_goes_to_its_year_the_rest_to_the_hub(docs):
    plan = plan_shards(docs, "year")
    assert plan.shards == ["2021", "2019", "undated"]
    assert plan.builds() == ["2021", "2019", "undated", HUB]
    assert plan.files["2019"] == (
        "articles/a-2019.md",
        "articles/b-2019.md",
        "data/cite/a-2019.bib",
        "data/cite/a-2019.json",
        "data/cite/b-2019.bib",
        "data/cite/b-2019.json",
        "data/text/a-2019.txt",
        "data/text/b-2019.txt",
        "timeline/2019-page-2.md",
        "timeline/2019.md",
    )
    assert plan.files["undated"] == (
        "articles/d-undated.md",
        "data/cite/d-undated.bib",
        "data/cite/d-undated.json",
        "data/text/d-undated.txt",
        "timeline/undated.md",
    )
    assert plan.files[HUB] == (
        "about.md",
        "all/index.md",
        "data/archive.csv",
        "data/archive.json",
        "data/archive.jsonl",
        "data/years/2019.csv",
        "feeds/articles.xml",
        "index.md",
        "leaders/vladimir-putin.md",
        "search.md",
        "timeline/2020.md",
        "timeline/index.md",
    )
    assert plan.shared == ("assets/archive.js",)  # in every build; the manifest (a dot file) in none
    assert plan.articles == {"2019": 2, "2021": 1, "undated": 1}


def test_undated_articles_past_a_limit_are_split_by_a_hash_of_their_slug(docs, monkeypatch):
    import archive.shards as shards

    rows = (docs / "data" / "archive.jsonl").read_text()
    for i in range(5):
        slug = f"u{i}"
        rows += json.dumps({"slug": slug, "source_file": f"seeds/{slug}.txt", "date": ""}) + "\n"
        write(docs / f"articles/{slug}.md")
    write(docs / "data" / "archive.jsonl", rows)
    assert plan_shards(docs, "year").articles["undated"] == 6  # under the limit: one shard
    monkeypatch.setattr(shards, "UNDATED_PER_SHARD", 2)
    plan = plan_shards(docs, "year")
    assert plan.shards == ["2021", "2019", "undated-1", "undated-2", "undated-3"]
    assert sum(plan.articles[f"undated-{k}"] for k in (1, 2, 3)) == 6
    assert "timeline/undated.md" in plan.files[HUB]  # the undated listing: the hub's, it spans them all
    years = shards.seed_years(docs)
    (bucket,) = [name for name in plan.shards if "articles/u3.md" in plan.files[name]]
    assert years["u3"] == bucket
    assert changed_shards(["seeds/u3.yml"], years, "year", plan.shards) == [bucket, HUB]


def test_by_decade_groups_years(docs):
    plan = plan_shards(docs, "decade")
    assert plan.shards == ["2020s", "2010s", "undated"]
    assert plan.years == {"2010s": ("2019",), "2020s": ("2021",), "undated": ("undated",)}
    assert "timeline/2019.md" in plan.files["2010s"]
    assert shard_of_year("2019", "year") == "2019"
    assert shard_of_year("undated", "decade") == "undated"


def test_the_navigation_names_other_builds_pages_by_their_url(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("nav:\n  - Home: index.md\n  - Timeline: timeline/index.md\n  - Search: search.md\n", "utf-8")
    assert nav_for(config, {"search.md"}) == [{"Home": "."}, {"Timeline": "timeline/"}, {"Search": "search.md"}]
    assert nav_for(config, {"index.md", "timeline/index.md", "search.md"}) == [
        {"Home": "index.md"},
        {"Timeline": "timeline/index.md"},
        {"Search": "search.md"},
    ]


# --- what a pull request rebuilds (the CI plan) ------------------------------------------------------

SHARDS = ["2021", "2020", "2019", "undated"]
YEARS = {"000_aaa": "2019", "001_bbb": "2021", "002_ccc": "undated"}


def test_a_sidecar_edit_in_2019_rebuilds_the_2019_shard_and_the_hub_only():
    assert changed_shards(["seeds/000_aaa.yml"], YEARS, "year", SHARDS) == ["2019", HUB]
    assert changed_shards(["seeds/000_aaa.txt", "seeds/002_ccc.yml"], YEARS, "year", SHARDS) == ["2019", "undated", HUB]


@pytest.mark.parametrize(
    "path",
    ["archive/views.py", "archive/templates/article.md", "hooks/archive_hooks.py", "overrides/main.html", "mkdocs.yml"]
    + ["registry.yml", "requirements.txt", "docs/assets/archive.js", "build_archive.py"],
)
def test_a_code_template_or_configuration_change_rebuilds_every_shard(path):
    assert changed_shards(["seeds/000_aaa.yml", path], YEARS, "year", SHARDS) == [*SHARDS, HUB]


def test_other_changes_rebuild_the_hub_only():
    assert changed_shards(["docs/about.md", "README.md", "tests/test_shards.py"], YEARS, "year", SHARDS) == [HUB]
    assert changed_shards([], YEARS, "year", SHARDS) == [HUB]


def test_a_new_article_whose_year_is_not_known_rebuilds_every_shard():
    assert changed_shards(["seeds/009_new.txt"], YEARS, "year", SHARDS) == [*SHARDS, HUB]


def test_by_decade_a_change_rebuilds_its_decade():
    assert changed_shards(["seeds/000_aaa.yml"], YEARS, "decade", ["2020s", "2010s"]) == ["2010s", HUB]


# --- assembling ---------------------------------------------------------------------------------------


def sitemap(*locs: str) -> str:
    urls = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def test_assembling_merges_the_sitemaps_and_refuses_two_builds_writing_one_file_differently(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write(a / "articles/x/index.html", "x")
    write(a / "assets/archive.js", "same")
    write(a / "sitemap.xml", sitemap("https://h/articles/x/"))
    write(b / "index.html", "home")
    write(b / "assets/archive.js", "same")
    write(b / "sitemap.xml", sitemap("https://h/"))
    assert assemble([a, b], tmp_path / "site") == 0
    site = tmp_path / "site"
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == [
        "articles/x/index.html",
        "assets/archive.js",
        "index.html",
        "sitemap.xml",
        "sitemap.xml.gz",
    ]
    assert re.findall(r"<loc>(.*?)</loc>", (site / "sitemap.xml").read_text()) == ["https://h/", "https://h/articles/x/"]

    write(b / "articles/x/index.html", "another x")
    err = io.StringIO()
    assert assemble([a, b], site, err) == 1
    assert err.getvalue() == (
        "articles/x/index.html: written by a and b with different bytes; each page belongs to one build (see archive/shards.py)\n"
    )
    assert (site / "index.html").read_text() == "home"  # the last good site stays


# --- the seeds, built as shards with the real MkDocs and Pagefind -------------------------------------


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


SHARDS_META = b'<meta name="sa-search-shards" content="pagefind/shards.json">\n'  # its line (pages squeezed: htmlspace.py)


def test_the_seeds_built_as_shards_give_the_single_builds_pages_at_the_same_urls(tmp_path):
    single = build_site(ROOT / "seeds", tmp_path / "single")
    work = tmp_path / "sharded"
    build_site(ROOT / "seeds", work)  # docs and cache; then the same archive as shards
    result = run_build(
        *("--seeds", str(ROOT / "seeds"), "--docs", str(work / "docs"), "--cache", str(work / "cache")),
        *("--site", "--shard-by", "year", "--site-dir", str(work / "assembled"), "--quiet"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("site built in") == 6  # five years, five shards, and the hub
    one, many = site_files(single), site_files(work / "assembled")
    pages = sorted(p for p in one if not p.startswith("pagefind/"))
    assert pages == sorted(p for p in many if not p.startswith("pagefind/"))
    for page in pages:
        if page.startswith("sitemap.xml"):
            continue
        # The same bytes but for one line in <head>: the search's list of shard bundles.
        assert many[page].replace(SHARDS_META, b"") == one[page], page
    locs = re.compile(rb"<loc>(.*?)</loc>")
    assert sorted(locs.findall(many["sitemap.xml"])) == sorted(locs.findall(one["sitemap.xml"]))
    manifest = json.loads(many["pagefind/shards.json"])
    assert [(s["name"], s["articles"]) for s in manifest["shards"]] == [
        ("2024", 1),
        ("2023", 1),
        ("2018", 1),
        ("2017", 1),
        ("2016", 1),
    ]
    for shard in manifest["shards"]:  # each shard's own Pagefind bundle, one page in each
        assert f"{shard['bundle']}pagefind.js" in many
        assert f"{shard['bundle']}pagefind-entry.json" in many
        entry = json.loads(many[f"{shard['bundle']}pagefind-entry.json"])
        assert [lang["page_count"] for lang in entry["languages"].values()] == [1]
    assert "pagefind/pagefind.js" not in many  # no bundle of the whole site: the hub indexes nothing


def build_past_the_whole_dataset(work: Path, site_dir: Path, **options) -> tuple[int, str]:
    """The seeds' build (then site) with the dataset a year a file only, as past export.WHOLE_DATASET_MAX articles."""
    err = io.StringIO()
    status = pipeline.run(
        pipeline.Options(
            seeds=ROOT / "seeds",
            docs=work / "docs",
            cache=work / "cache",
            site=True,
            site_dir=site_dir,
            quiet=True,
            whole_dataset_max=4,
            **options,
        ),
        io.StringIO(),
        err,
    )
    return status, err.getvalue()


def test_one_shard_builds_alone_into_its_folder_as_a_ci_job_does(tmp_path):
    """Built as past export.WHOLE_DATASET_MAX articles (the limit lowered to 4): the strict site build, the shard
    planner and the CI plan work from the per-year dataset alone."""
    work = tmp_path / "w"
    copy_hand_written_docs(work / "docs")
    status, err = build_past_the_whole_dataset(work, work / "site")
    assert status == 0, err
    assert not (work / "site" / "data" / "archive.jsonl").exists()
    about = lxml.html.fromstring((work / "site" / "about" / "index.html").read_bytes())
    assert not [a for a in about.iter("a") if "data/archive." in (a.get("href") or "")]
    assert "data/archive.json (not built for an archive this large: see each year's)" in about.text_content()
    assert any((a.get("href") or "").endswith("data/years/2017.jsonl") for a in about.iter("a"))
    status, err = build_past_the_whole_dataset(work, work / "2017", shard_by="year", shard="2017")
    assert status == 0, err
    built = sorted(p for p in site_files(work / "2017") if not p.startswith(("assets/", "pagefind/")))
    assert built == [
        "404.html",
        "articles/2017-07-05-putin-and-xi-discuss-economic-cooperation-multipolar-world/index.html",
        "data/cite/2017-07-05-putin-and-xi-discuss-economic-cooperation-multipolar-world.bib",
        "data/cite/2017-07-05-putin-and-xi-discuss-economic-cooperation-multipolar-world.json",
        "data/cite/2017-07-05-putin-and-xi-discuss-economic-cooperation-multipolar-world.ris",
        "data/text/2017-07-05-putin-and-xi-discuss-economic-cooperation-multipolar-world.txt",
        "robots.txt",
        "sitemap.xml",
        "sitemap.xml.gz",
        "timeline/2017/index.html",
    ]
    assert build_past_the_whole_dataset(work, work / "1999", shard_by="year", shard="1999") == (
        1,
        "1999: no such shard; the shards are 2024, 2023, 2018, 2017, 2016, hub\n",
    )

    # The CI plan of a pull request, from the built docs: the 2017 article's sidecar edited, then a template.
    changed = work / "changed.txt"
    changed.write_text("seeds/000_f9c22195b0385aa0.yml\nREADME.md\n", encoding="utf-8")
    plan = ci_plan(work / "docs", changed)
    assert [b["shard"] for b in plan["build"]] == ["2017", HUB]
    assert [b["shard"] for b in plan["all"]] == ["2024", "2023", "2018", "2017", "2016", HUB]
    assert all(re.fullmatch(r"[0-9a-f]{32}", b["key"]) for b in plan["all"])
    changed.write_text("seeds/000_f9c22195b0385aa0.yml\narchive/templates/card.html\n", encoding="utf-8")
    assert [b["shard"] for b in ci_plan(work / "docs", changed)["build"]] == ["2024", "2023", "2018", "2017", "2016", HUB]


def ci_plan(docs: Path, changed: Path) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert shards_main(["plan", "--docs", str(docs), "--changed-from", str(changed)]) == 0
    return json.loads(out.getvalue())


def test_a_shards_cache_key_changes_with_its_own_inputs_only(docs):
    plan = plan_shards(docs, "year")
    before = {name: shard_input_hash(plan, docs, name) for name in plan.builds()}
    write(docs / "articles" / "a-2019.md", "edited")
    after = {name: shard_input_hash(plan, docs, name) for name in plan.builds()}
    assert [name for name in plan.builds() if before[name] != after[name]] == ["2019"]
    write(docs / "assets" / "archive.js", "edited")  # shared by every build
    assert all(shard_input_hash(plan, docs, name) != after[name] for name in plan.builds())


# --- the preview keeps its search index --------------------------------------------------------------


def test_the_preview_indexes_search_once_and_says_so(tmp_path, monkeypatch):
    """`mkdocs serve --dirty` keeps the site folder: a rebuild after an edit keeps the index the preview's first build
    made (Pagefind re-reads every article otherwise); a build that finds no index makes one."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("archive_hooks_under_test", ROOT / "hooks" / "archive_hooks.py")
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    site = tmp_path / "site"
    write(site / "articles" / "a" / "index.html", "<html><body><main data-pagefind-body><p>Kept words</p></main></body></html>")
    config = {"site_dir": str(site), "site_url": "", "extra": {}}
    hooks.on_startup("serve", dirty=True)
    hooks.on_post_build(config)  # the preview's first build: indexed
    bundle = site / "pagefind" / "pagefind.js"
    assert bundle.is_file()
    made = bundle.stat().st_mtime_ns
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        hooks.on_post_build(config)  # a rebuild: kept
    assert bundle.stat().st_mtime_ns == made
    assert err.getvalue() == "pagefind skipped: previewing, the search index is the one made when the preview started\n"
    page = hooks.on_post_page("<html><head></head></html>", None, config)
    assert '<meta name="sa-preview-search" content="indexed when the preview started">' in page
    hooks.on_startup("build", dirty=False)  # a real build always indexes, and the page carries no preview note
    assert "sa-preview" not in hooks.on_post_page("<html><head></head></html>", None, config)
