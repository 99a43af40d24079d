"""Quotes copied from a page still anchor (quote marks, dashes and spaces folded), overlaps are refused with
one line, and note numbers follow the sidecar's order. Each rule runs through the real `build_archive.py`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from support import ROOT, run_build
from test_check_errors import GOOD_ANNOTATION, check, problem_lines, write_seeds

# A synthetic article whose text holds what a page holds: a no-break space, curly quotes and an en dash.
ARTICLE = (
    "Leaders Agree On A Northern Corridor\n"
    "Published 3 March 2021\n"
    "By Jane Example\n"
    "The two presidents met on Tuesday and called the plan a \u201csilk road on\u00a0ice\u201d for the 2021\u20132030 decade.\n"
    "Vladimir Putin said the corridor would open within five years. Xi Jinping said the plan was sound.\n"
)


def annotation(id_: str, quote: str, extra: str = "") -> str:
    return GOOD_ANNOTATION.replace("id: corridor", f"id: {id_}").replace(
        '    quote: "agreed to build a northern corridor"\n', f"    quote: {json.dumps(quote)}\n{extra}"
    )


def build(folder: Path, sidecar: str) -> dict:
    write_seeds(folder, {"001_corridor": (ARTICLE, sidecar)})
    shutil.copy(ROOT / "registry.yml", folder / "registry.yml")
    result = run_build("--quiet", "--docs", "docs", "--cache", "cache", cwd=folder)
    assert result.returncode == 0, result.stderr
    data = json.loads((folder / "docs" / "data" / "archive.json").read_text(encoding="utf-8"))
    return data["articles"][0]


def test_a_quote_copied_with_plain_spaces_and_straight_quotes_anchors_on_the_exact_text(tmp_path):
    # Chromium's copy turns the no-break space into a space; an editor may straighten the quotes and the dash.
    copied = '"silk road on ice" for the 2021-2030 decade'
    record = build(tmp_path, "annotations:\n" + annotation("ice", copied))
    (anchored,) = record["annotations"]
    assert anchored["quote"] == "\u201csilk road on\u00a0ice\u201d for the 2021\u20132030 decade"
    assert anchored["end"] - anchored["start"] == len(anchored["quote"])


def test_prefix_and_suffix_are_folded_too(tmp_path):
    sidecar = "annotations:\n" + annotation("ice", "silk road on ice", '    prefix: "the plan a \\""\n    suffix: "\\" for"\n')
    write_seeds(tmp_path, {"001_corridor": (ARTICLE, sidecar)})
    result = check(tmp_path)
    assert result.returncode == 0, result.stderr


def test_an_exact_quote_is_matched_as_written(tmp_path):
    # Without anything to fold, the quote anchors where it is written, character for character.
    record = build(tmp_path, "annotations:\n" + annotation("open", "would open within five years"))
    assert record["annotations"][0]["quote"] == "would open within five years"


def test_a_quote_that_still_differs_names_the_first_different_character(tmp_path):
    write_seeds(tmp_path, {"001_corridor": (ARTICLE, "annotations:\n" + annotation("ice", "silk road on snow"))})
    (line,) = problem_lines(check(tmp_path))
    assert line == (
        "seeds/001_corridor.yml:3:1: annotation 'ice' quote not found in the article's clean text "
        '(nearest passage: "a \u201csilk road on"; first difference at character 14 of the quote: '
        "'s' where the text has 'i'); copy the passage exactly from the article page (a single paragraph)"
    )


def test_a_curly_apostrophe_is_named_when_it_is_the_difference(tmp_path):
    write_seeds(tmp_path, {"001_corridor": (ARTICLE, "annotations:\n" + annotation("x", "Putin\u2019s corridor would open"))})
    (line,) = problem_lines(check(tmp_path))
    assert "'\u2019' (U+2019 RIGHT SINGLE QUOTATION MARK) where the text has" in line


def test_an_overlapping_annotation_is_refused_with_one_line(tmp_path):
    sidecar = (
        "annotations:\n" + annotation("open", "the corridor would open") + annotation("years", "would open within five years")
    )
    write_seeds(tmp_path, {"001_corridor": (ARTICLE, sidecar)})
    result = check(tmp_path)
    assert problem_lines(result) == [
        "seeds/001_corridor.yml:11:1: annotation 'years' quote overlaps the quote of annotation 'open' (line 3); "
        "quote a passage that does not share words with another annotation's quote, or add to that annotation's note"
    ]


def test_touching_annotations_are_not_an_overlap(tmp_path):
    sidecar = "annotations:\n" + annotation("open", "the corridor would open") + annotation("years", " within five years")
    write_seeds(tmp_path, {"001_corridor": (ARTICLE, sidecar)})
    assert check(tmp_path).returncode == 0


def test_note_numbers_follow_the_sidecar_not_the_text(tmp_path):
    # The second annotation added quotes earlier text: it becomes note 2, and the first keeps number 1.
    sidecar = "annotations:\n" + annotation("later", "would open within five years") + annotation("earlier", "met on Tuesday")
    build(tmp_path, sidecar)
    page = next((tmp_path / "docs" / "articles").glob("*.md")).read_text(encoding="utf-8")
    assert 'id="quote-later">would open within five years</mark><button type="button" class="sa-marker"' in page
    assert page.index('aria-label="Annotation 2 (context)"') < page.index('aria-label="Annotation 1 (context)"')
    assert '<li id="annotation-later" value="1">' in page
    assert page.index('<li id="annotation-later"') < page.index('<li id="annotation-earlier"')
