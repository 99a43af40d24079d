"""The annotations export: W3C Web Annotations whose selectors re-anchor in the published clean text."""

from __future__ import annotations

import json

import pytest

from archive.pipeline import site_base_url
from tests.support import ROOT, run_build

SITE_URL = site_base_url(ROOT / "mkdocs.yml")  # the IRIs are absolute, under mkdocs.yml's site_url


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("export")
    result = run_build("--seeds", str(ROOT / "seeds"), "--docs", str(work / "docs"), "--cache", str(work / "cache"))
    assert result.returncode == 0, result.stderr
    return work / "docs"


def test_every_seed_annotation_is_exported(built):
    archive = json.loads((built / "data" / "archive.json").read_text("utf-8"))
    collection = json.loads((built / "data" / "annotations.jsonld").read_text("utf-8"))
    assert collection["type"] == "AnnotationCollection"
    assert "http://www.w3.org/ns/anno.jsonld" in collection["@context"]
    expected = sum(len(a["annotations"]) for a in archive["articles"])
    assert expected >= 15  # at least three on each of the five seeds
    assert all(len(a["annotations"]) >= 3 for a in archive["articles"])
    assert collection["total"] == expected == len(collection["first"]["items"])


def test_selectors_point_into_the_published_text_in_code_points(built):
    for item in json.loads((built / "data" / "annotations.jsonld").read_text("utf-8"))["first"]["items"]:
        assert item["type"] == "Annotation" and item["motivation"] == "commenting"
        text_target, page_target = item["target"]
        assert SITE_URL.startswith("https://")
        assert text_target["source"].startswith(SITE_URL + "data/text/") and text_target["source"].endswith(".txt")
        assert page_target["source"].startswith(SITE_URL + "articles/") and page_target["source"].endswith("/")
        # Python str indexes are code points, as TextPositionSelector counts them.
        text = (built / text_target["source"].removeprefix(SITE_URL)).read_text("utf-8")
        quote, position = text_target["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])
        # The quote selector alone picks exactly one place, so a tool can re-anchor without the offsets.
        assert text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1
        assert item["body"][0]["type"] == "TextualBody" and item["body"][0]["value"]
        assert all(b["source"].startswith(("http://", "https://")) for b in item["body"][1:])


def test_the_text_files_hold_only_the_articles_own_lines(built):
    raw_lines = {}
    for path in (ROOT / "seeds").glob("*.txt"):
        raw_lines.update({line.strip().lstrip("•").strip(): path.name for line in path.read_text("utf-8").split("\n")})
    for path in (built / "data" / "text").glob("*.txt"):
        for block in path.read_text("utf-8").rstrip("\n").split("\n\n"):
            assert block in raw_lines, f"{path.name}: {block[:60]!r} is not a line of any raw article"
