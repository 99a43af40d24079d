"""`build_archive.py --check` on a broken sidecar: the exact line a contributor sees, one case per mistake.

Each case writes a synthetic article and a sidecar into a fresh seeds folder and runs the real command.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import ROOT, run_build

# A synthetic article (written for these tests): a title, a dateline, a byline, paragraphs, a footer.
ARTICLE = """\
Leaders Agree On A Northern Corridor
Published 3 March 2021
By Jane Example
The two presidents met in the capital on Tuesday and agreed to build a northern corridor for trade.
Vladimir Putin said the corridor would open within five years. Xi Jinping said the plan was sound.
The corridor will run along the coast. Officials said the corridor will run along the coast by 2030.
© 2021 Example News. All rights reserved.
"""

SIDECAR = "seeds/001_corridor.yml"

# One valid annotation, indented as an item of `annotations:`; cases build on it.
GOOD_ANNOTATION = """\
  - id: corridor
    quote: "agreed to build a northern corridor"
    kind: context
    note: A *synthetic* note with [a link](https://example.org/a).
    author: Test Author
    created: "2024-01-02"
    sources:
      - https://example.org/a
"""


def write_seeds(folder: Path, articles: dict[str, tuple[str, str | None]]) -> None:
    seeds = folder / "seeds"
    seeds.mkdir(exist_ok=True)
    for stem, (text, sidecar) in articles.items():
        (seeds / f"{stem}.txt").write_text(text, encoding="utf-8")
        if sidecar is not None:
            (seeds / f"{stem}.yml").write_text(sidecar, encoding="utf-8")


def check(folder: Path):
    """Run the check from `folder` (so paths read seeds/...), with the repository's registry copied in."""
    if not (folder / "registry.yml").exists():
        shutil.copy(ROOT / "registry.yml", folder / "registry.yml")
    return run_build("--check", "--quiet", "--docs", "docs", "--cache", "cache", cwd=folder)


def problem_lines(result) -> list[str]:
    lines = result.stderr.splitlines()
    assert lines[-1] == f"{len(lines) - 1} problem(s) found; nothing was written.", result.stderr
    return lines[:-1]


CASES = {
    "yaml syntax error": (
        "slug: [2021-leaders\nannotations: []\n",
        [
            "seeds/001_corridor.yml:2:12: YAML syntax error: expected ',' or ']', but got ':'; fix the indentation or quote the value"
        ],
    ),
    "unknown key, with did you mean": (
        "slug: 2021-leaders\nannotatons: []\n",
        ["seeds/001_corridor.yml:2:1: unknown key 'annotatons' in the file; did you mean 'annotations'?"],
    ),
    "unknown key inside an annotation": (
        "annotations:\n" + GOOD_ANNOTATION.replace("    kind: context\n", "    kind: context\n    sorce: x\n"),
        ["seeds/001_corridor.yml:5:5: unknown key 'sorce' in annotations[1]; did you mean 'sources'?"],
    ),
    "wrong type": (
        "annotations:\n"
        + GOOD_ANNOTATION.replace("    sources:\n      - https://example.org/a\n", "    sources: https://example.org/a\n"),
        [
            "seeds/001_corridor.yml:8:14: annotations[1].sources should be a list of http(s) URLs, not text; "
            "write annotations[1].sources as a list, one '- item' a line"
        ],
    ),
    "unquoted value with ': '": (
        "annotations:\n" + GOOD_ANNOTATION.replace("author: Test Author", "author: Test: Author"),
        [
            "seeds/001_corridor.yml:6:17: a value contains ': ' (a colon and a space); "
            'put the whole value in double quotes: key: "text: more text"'
        ],
    ),
    "a key indented differently from its siblings": (
        "annotations:\n" + GOOD_ANNOTATION.replace("    kind: context", "     kind: context"),
        [
            "seeds/001_corridor.yml:4:6: this line is indented 5 spaces, but the keys of the block starting at line 2 are "
            "indented 4; indent every key of one block by the same number of spaces (a key indented differently from its siblings)"
        ],
    ),
    "duplicate key": (
        "slug: 2021-leaders\nslug: 2021-leaders-agree\n",
        ["seeds/001_corridor.yml:2:1: duplicate key 'slug' (first at line 1); keep one of the two"],
    ),
    "duplicate annotation id": (
        "annotations:\n" + GOOD_ANNOTATION + GOOD_ANNOTATION.replace("a northern corridor", "the corridor would open"),
        ["seeds/001_corridor.yml:10:5: duplicate annotation id 'corridor' (first at line 2); give each annotation its own id"],
    ),
    "quote not found, with the nearest passage": (
        "annotations:\n" + GOOD_ANNOTATION.replace("a northern corridor", "a southern corridor"),
        [
            "seeds/001_corridor.yml:3:1: annotation 'corridor' quote not found in the article's clean text "
            '(nearest passage: "agreed to build a northern corridor"; first difference at character 19 of the quote: '
            "'s' where the text has 'n'); "
            "copy the passage exactly from the article page (a single paragraph)"
        ],
    ),
    "quote found twice, no prefix or suffix": (
        "annotations:\n" + GOOD_ANNOTATION.replace("agreed to build a northern corridor", "corridor will run along the coast"),
        [
            "seeds/001_corridor.yml:3:1: annotation 'corridor' quote occurs 2 times in the article's text; "
            "add a prefix or suffix (a few words just before or after it) that picks one"
        ],
    ),
    "quote found twice, prefix picks none": (
        "annotations:\n"
        + GOOD_ANNOTATION.replace(
            '    quote: "agreed to build a northern corridor"\n',
            '    quote: "corridor will run along the coast"\n    prefix: "Officials said that the"\n',
        ),
        [
            "seeds/001_corridor.yml:3:1: annotation 'corridor' quote with its prefix/suffix not found in the article's "
            'clean text (nearest passage: "corridor will run along the coast"); '
            "copy the passage exactly from the article page (a single paragraph)"
        ],
    ),
    "unknown leader and unknown agreement": (
        "metadata:\n  leaders:\n    value: [Vladmir Putn, Xi Jinping]\n    basis: The text names both.\n"
        "  agreements:\n    value: Power of Siberia 3\n    basis: The text names it.\n",
        [
            "seeds/001_corridor.yml:3:13: unknown leader 'Vladmir Putn'; did you mean 'Vladimir Putin'? "
            "use a name from registry.yml, or add it there",
            "seeds/001_corridor.yml:6:12: unknown agreement 'Power of Siberia 3'; did you mean "
            "'Power of Siberia gas pipeline' or 'Power of Siberia 2 gas pipeline'? use a name from registry.yml, or add it there",
        ],
    ),
    "non-http link in a note": (
        "annotations:\n" + GOOD_ANNOTATION.replace("(https://example.org/a).", "(javascript:alert(1))."),
        [
            "seeds/001_corridor.yml:5:11: annotation 'corridor' note links to 'javascript:alert(1)'; "
            "notes may link only to absolute http:// or https:// URLs"
        ],
    ),
    "relative link in a note": (
        "annotations:\n" + GOOD_ANNOTATION.replace("(https://example.org/a).", "(../about.md)."),
        [
            "seeds/001_corridor.yml:5:11: annotation 'corridor' note links to '../about.md'; "
            "notes may link only to absolute http:// or https:// URLs"
        ],
    ),
    "raw HTML in a note": (
        "annotations:\n"
        + GOOD_ANNOTATION.replace(
            "    note: A *synthetic* note with [a link](https://example.org/a).\n",
            "    note: >-\n      A note with <b>bold</b> in it.\n",
        ),
        [
            "seeds/001_corridor.yml:5:11: annotation 'corridor' note contains raw HTML; "
            "write the note in Markdown (emphasis, links, lists, quotes, code); HTML is not allowed"
        ],
    ),
    "missing required annotation field": (
        "annotations:\n" + GOOD_ANNOTATION.replace("    author: Test Author\n", ""),
        ["seeds/001_corridor.yml:2:5: annotations[1] has no 'author'; add 'author:' to annotations[1]"],
    ),
    "empty required annotation field": (
        "annotations:\n" + GOOD_ANNOTATION.replace("    author: Test Author\n", "    author:\n"),
        ["seeds/001_corridor.yml:6:5: annotations[1].author is empty; give annotations[1].author a value"],
    ),
    "bad date format": (
        'metadata:\n  date: {value: "2021-3-3", kind: event, basis: The talks were on 3 March.}\n',
        [
            "seeds/001_corridor.yml:2:17: metadata.date.value '2021-3-3' is not an ISO date: YYYY-MM-DD, YYYY-MM or YYYY; "
            "write metadata.date.value as an ISO date: YYYY-MM-DD, YYYY-MM or YYYY"
        ],
    ),
    "date that is not in the calendar": (
        'metadata:\n  date: {value: "2021-02-30", kind: event, basis: The talks were on 30 February.}\n',
        ["seeds/001_corridor.yml:2:17: metadata.date.value '2021-02-30' is not a real date; check the year, month and day"],
    ),
    "bad date kind": (
        'metadata:\n  date: {value: "2021-03-02", kind: published, basis: The talks were on 2 March.}\n',
        [
            "seeds/001_corridor.yml:2:37: metadata.date.kind 'published' is not one of publication, event; "
            "did you mean 'publication'? use one of the listed values"
        ],
    ),
    "correction without a basis": (
        "metadata:\n  outlet:\n    value: Example News\n",
        ["seeds/001_corridor.yml:3:5: metadata.outlet has no 'basis'; add 'basis:' to metadata.outlet"],
    ),
    "bad annotation kind": (
        "annotations:\n" + GOOD_ANNOTATION.replace("kind: context", "kind: contxt"),
        [
            "seeds/001_corridor.yml:4:11: annotations[1].kind 'contxt' is not one of "
            "context, fact-check, correction, translation, source, dating; did you mean 'context'? use one of the listed values"
        ],
    ),
    "bad created date": (
        "annotations:\n" + GOOD_ANNOTATION.replace('created: "2024-01-02"', "created: 2 January 2024"),
        [
            "seeds/001_corridor.yml:7:14: annotations[1].created '2 January 2024' is not a date written YYYY-MM-DD; "
            "write annotations[1].created as a date written YYYY-MM-DD"
        ],
    ),
    "source that is not a URL": (
        "annotations:\n" + GOOD_ANNOTATION.replace("      - https://example.org/a\n", "      - Example News, 3 March 2021\n"),
        [
            "seeds/001_corridor.yml:9:9: annotations[1].sources[1] 'Example News, 3 March 2021' is not an http(s) URL; "
            "write annotations[1].sources[1] as an http(s) URL"
        ],
    ),
    "bad slug": (
        "slug: Leaders Agree\n",
        [
            "seeds/001_corridor.yml:1:7: slug 'Leaders Agree' is not lower-case words joined by hyphens; "
            "write slug as lower-case words joined by hyphens"
        ],
    ),
}


@pytest.mark.parametrize("sidecar, expected", list(CASES.values()), ids=list(CASES))
def test_check_reports_the_exact_line(tmp_path: Path, sidecar: str, expected: list[str]) -> None:
    write_seeds(tmp_path, {"001_corridor": (ARTICLE, sidecar)})
    result = check(tmp_path)
    assert problem_lines(result) == expected
    assert result.returncode == 1
    assert result.stdout == ""


def test_valid_sidecar_passes(tmp_path: Path) -> None:
    sidecar = "slug: 2021-03-03-leaders-agree\nannotations:\n" + GOOD_ANNOTATION
    twice = GOOD_ANNOTATION.replace("id: corridor", "id: coast").replace(
        '    quote: "agreed to build a northern corridor"\n',
        '    quote: "corridor will run along the coast"\n    suffix: "by 2030"\n',
    )
    write_seeds(tmp_path, {"001_corridor": (ARTICLE, sidecar + twice)})
    result = check(tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "check passed: 1 articles, 2 annotations, no problems.\n"
    assert not (tmp_path / "docs").exists()  # --check writes nothing
    assert not (tmp_path / "cache").exists()


def test_annotation_that_no_longer_anchors_fails(tmp_path: Path) -> None:
    """The article's text changes under an annotation: the check fails; the annotation is never dropped silently."""
    write_seeds(tmp_path, {"001_corridor": (ARTICLE, "annotations:\n" + GOOD_ANNOTATION)})
    assert check(tmp_path).returncode == 0
    # A full build first, so a cached result of the old text could be (wrongly) reused.
    assert run_build("--quiet", "--docs", "docs", "--cache", "cache", cwd=tmp_path).returncode == 0
    edited = ARTICLE.replace("agreed to build a northern corridor", "agreed to study a northern corridor")
    (tmp_path / "seeds" / "001_corridor.txt").write_text(edited, encoding="utf-8")
    expected = [
        "seeds/001_corridor.yml:3:1: annotation 'corridor' quote not found in the article's clean text "
        '(nearest passage: "agreed to study a northern corridor"; first difference at character 11 of the quote: '
        "'b' where the text has 's'); "
        "copy the passage exactly from the article page (a single paragraph)"
    ]
    result = check(tmp_path)
    assert (result.returncode, problem_lines(result)) == (1, expected)
    result = run_build("--quiet", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert (result.returncode, problem_lines(result)) == (1, expected)


def test_all_problems_in_one_run(tmp_path: Path) -> None:
    second = ARTICLE.replace("Northern Corridor", "Southern Corridor").replace("northern", "southern")
    write_seeds(
        tmp_path,
        {
            "001_corridor": (ARTICLE, "slug: 2021-leaders\nslug: again\n"),
            # A bad kind does not hide a quote that does not anchor.
            "002_southern": (
                second,
                "annotations:\n" + GOOD_ANNOTATION.replace("kind: context", "kind: contxt").replace("to build", "to make"),
            ),
        },
    )
    result = check(tmp_path)
    assert problem_lines(result) == [
        "seeds/001_corridor.yml:2:1: duplicate key 'slug' (first at line 1); keep one of the two",
        "seeds/002_southern.yml:3:1: annotation 'corridor' quote not found in the article's clean text "
        '(nearest passage: "agreed to build a southern corridor"; first difference at character 11 of the quote: '
        "'m' where the text has 'b'); "
        "copy the passage exactly from the article page (a single paragraph)",
        "seeds/002_southern.yml:4:11: annotations[1].kind 'contxt' is not one of "
        "context, fact-check, correction, translation, source, dating; did you mean 'context'? use one of the listed values",
    ]
    assert result.returncode == 1


NEW_ARTICLE_OUTPUT = [
    "needs curation: seeds/005_bare-article.txt: date, outlet, author unknown",
    "slug not pinned: seeds/005_bare-article.txt: add 'slug: undated-leaders-agree-on-a-corridor' to its sidecar "
    "to keep the URL stable",
    "check passed: 1 articles, 0 annotations, no problems.",
]


def test_new_article_without_date_or_outlet_needs_curation(tmp_path: Path) -> None:
    """What CONTRIBUTING.md shows for a new raw article whose text gives no date or outlet."""
    bare = "\n".join(ARTICLE.splitlines()[3:6]) + "\n"
    write_seeds(tmp_path, {"005_bare-article": ("Leaders Agree On A Corridor\n" + bare, None)})
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    result = run_build("--check", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == NEW_ARTICLE_OUTPUT


def test_bad_file_name(tmp_path: Path) -> None:
    write_seeds(tmp_path, {"005 new article": (ARTICLE, None)})
    result = check(tmp_path)
    assert problem_lines(result) == [
        "seeds/005 new article.txt:1:1: file name '005 new article' is not safe for a URL; "
        "rename it with letters, digits, '_' and '-' only (e.g. 005_outlet-headline.txt)"
    ]


DOCS = [ROOT / "docs" / "how-to-annotate.md", ROOT / "CONTRIBUTING.md"]

# The broken sidecar whose output the contributor docs show (a misspelt leader, a changed quote, a bad kind).
DOCS_SAMPLE_SIDECAR = """\
slug: 2016-06-25-russian-president-putin-meets-with-chinese-leaders
metadata:
  leaders:
    value: [Vladimir Putin, Xi Jinpng]
    basis: People's Daily Online reports the meeting.
annotations:
  - id: thirty-deals
    quote: "their leaders signed more than 30 agreements"
    kind: factcheck
    note: The presidents *witnessed* the signing.
    author: Summit Archive editors
    created: "2026-11-23"
    sources:
      - http://en.people.cn/n3/2016/0626/c90000-9077523.html
"""


def test_docs_show_the_real_output(tmp_path: Path) -> None:
    """The sample output pasted in CONTRIBUTING.md and docs/how-to-annotate.md is what the check prints."""
    stem = "002_37622b0bbbee714f"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds" / f"{stem}.txt", seeds)
    (seeds / f"{stem}.yml").write_text(DOCS_SAMPLE_SIDECAR, encoding="utf-8")
    result = check(tmp_path)
    assert result.returncode == 1
    sample = result.stderr.splitlines()
    assert len(sample) == 4
    for doc in DOCS:
        text = doc.read_text("utf-8")
        for line in sample + NEW_ARTICLE_OUTPUT:
            assert line in text, f"{doc.name} no longer shows: {line}"
