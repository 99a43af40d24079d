"""The extraction evaluation's scoring, on invented pages and labels (never publisher text)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import extraction_eval as ev  # noqa: E402
import yaml  # noqa: E402

LABEL = """\
title: "Invented Town Opens Its New Library After Ten Years"
date: "2021-03-14"
date_precision: "day"
authors: ["Jane Exampleton"]
outlet: "The Example Courier"
outlet_aliases: ["examplecourier.test"]
wire: null
leaders: []
lines:
  body: [4, 5]
  junk: [1, 6]
  meta: [3]
  title: [2]
"""

PAGE = """\
Home | World | Sport | Weather
Invented Town Opens Its New Library After Ten Years
By Jane Exampleton
The invented town of Exampleby opened its new library on Tuesday after ten years of planning, the mayor said to the crowd.
"We waited a long time for this and it was worth every day of it," said the mayor, who cut the ribbon with two children.
Share this article on your favourite network
"""


def label() -> ev.Label:
    data = yaml.safe_load(LABEL)
    lines = data["lines"]
    return ev.Label(
        title=data["title"],
        date=data["date"],
        date_precision=data["date_precision"],
        authors=tuple(data["authors"]),
        outlet=data["outlet"],
        outlet_aliases=tuple(data["outlet_aliases"]),
        wire=data["wire"],
        leaders=(),
        agreements=None,
        body=frozenset(lines["body"]),
        junk=frozenset(lines["junk"]),
        meta=frozenset(lines["meta"]),
        title_lines=frozenset(lines["title"]),
    )


def test_load_label_reads_every_field(tmp_path):
    (tmp_path / "001.yml").write_text(LABEL, encoding="utf-8")
    assert ev.load_label(tmp_path / "001.yml") == label()


def test_score_lines_counts_and_lists_every_dropped_body_line():
    texts = dict(enumerate(PAGE.splitlines(), 1))
    # Kept: the title, one body line, one junk line; body line 5 dropped by a named rule.
    score = ev.score_lines(label(), {2, 4, 6}, {5: "dropped by some-rule"}, texts)
    assert (score.junk, score.junk_removed) == (2, 1)
    assert (score.body, score.body_kept) == (2, 1)
    assert (score.meta, score.meta_out_of_text) == (1, 1)
    assert score.dropped_body == [(5, "dropped by some-rule", texts[5])]
    assert score.kept_junk == [(6, "Share this article on your favourite network")]
    # Without the trigger: everything right.
    perfect = ev.score_lines(label(), {2, 4, 5}, {}, texts)
    assert (perfect.junk_removed, perfect.body_kept, perfect.dropped_body, perfect.kept_junk) == (2, 2, [], [])


def test_compare_title():
    assert ev.compare_title("Invented “Quoted” Title — Here", 'invented "quoted" title - here.') == ev.RIGHT
    assert ev.compare_title("Invented Title", "Home | World") == ev.WRONG
    assert ev.compare_title("Invented Title", None) == ev.UNKNOWN
    assert ev.compare_title(None, "Tennis Roundup") == ev.INVENTED
    assert ev.compare_title(None, None) == ev.NONE_STATED


def test_compare_date():
    assert ev.compare_date("2021-03-14", "day", "2021-03-14") == ev.RIGHT
    assert ev.compare_date("2021-03-14", "day", "2021-03") == ev.LESS_PRECISE
    assert ev.compare_date("2021-03-14", "day", "2021-03-15") == ev.WRONG
    assert ev.compare_date("2021-03-14", "day", None) == ev.UNKNOWN
    assert ev.compare_date(None, None, "1970-01-01") == ev.INVENTED
    # A dateline without a year: month and day right; a year the page does not state is wrong.
    assert ev.compare_date("--05-16", "month-day", "--05-16") == ev.RIGHT
    assert ev.compare_date("--05-16", "month-day", "2024-05-16") == ev.WRONG


def test_compare_outlet_accepts_aliases_only():
    lab = label()
    assert ev.compare_name(lab.outlet, lab.outlet_aliases, "examplecourier.test") == ev.RIGHT
    assert ev.compare_name(lab.outlet, lab.outlet_aliases, "The Example Courier.") == ev.RIGHT
    assert ev.compare_name(lab.outlet, lab.outlet_aliases, "Example Gazette") == ev.WRONG
    assert ev.compare_name(None, (), "Example Gazette") == ev.INVENTED


def test_compare_authors_splits_lists():
    assert ev.compare_authors(("Ann Example", "Bo Sample"), "Ann Example and Bo Sample") == Counter(found=2, missed=0, invented=0)
    assert ev.compare_authors(("Ann Example",), "Large Medium Small") == Counter(found=0, missed=1, invented=1)
    assert ev.compare_authors((), None) == Counter(found=0, missed=0, invented=0)


def test_score_page_says_what_was_wrong():
    texts = dict(enumerate(PAGE.splitlines(), 1))
    reading = ev.Reading(
        title="Home | World | Sport | Weather",
        date=None,
        authors="Jane Exampleton",
        outlet=None,
        leaders=("Invented Leader",),
        kept={1, 2, 4},
        why_dropped={5: "dropped by some-rule"},
        reads=("lines", "title", "date", "authors", "outlet", "leaders"),
    )
    result = ev.score_page("001", label(), {ev.BUILD: reading}, texts, ev.Registry(()))
    assert result.problems[ev.BUILD] == [
        "dropped body line 5 (dropped by some-rule): " + texts[5][:100],
        "kept junk line 1: Home | World | Sport | Weather",
        "title wrong: got 'Home | World | Sport | Weather', label 'Invented Town Opens Its New Library After Ten Years'",
        "date unknown: got None, label '2021-03-14'",
        "outlet unknown: got None, label 'The Example Courier'",
        "leaders: got ['Invented Leader'], label []",
    ]


def _one_page_set(root: Path) -> tuple[Path, Path]:
    """A set of one invented page and its label: (pages, labels)."""
    pages, labels = root / "pages", root / "labels"
    pages.mkdir()
    labels.mkdir()
    (pages / "001.txt").write_text(PAGE, encoding="utf-8")
    (labels / "001.yml").write_text(LABEL, encoding="utf-8")
    return pages, labels


def test_main_runs_this_build_end_to_end(tmp_path, capsys):
    pages, labels = _one_page_set(tmp_path)
    assert ev.main(["--pages", str(pages), "--labels", str(labels), "--no-alternatives"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["1", "pages", "this", "build"]
    row = next(line for line in out if line.startswith("body lines kept"))
    assert row.split()[-2:] == ["2/2", "(100%)"]
    assert "body lines this build dropped: 0" in out

    assert ev.main(["--pages", str(pages), "--labels", str(labels), "--no-alternatives", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pages"] == 1
    assert data["summary"][ev.BUILD]["lines"]["body"] == 2
    assert data["per_page"]["001"]["verdicts"][ev.BUILD]["title"] == ev.RIGHT


def test_alternatives_read_the_same_text_as_html(tmp_path, capsys):
    texts = {1: "<script>alert(1)</script> & more", 2: "", 3: "Second line"}
    page_html = ev.as_html(texts)
    assert "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>\n<p>Second line</p>" in page_html
    pages, labels = _one_page_set(tmp_path)
    assert ev.main(["--pages", str(pages), "--labels", str(labels)]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header.split() == ["1", "pages", "this", "build", "htmldate", "trafilatura", "justext"]


def test_check_label_says_what_is_wrong_one_line_each():
    # a label written by hand is checked before it is scored (benchmarks/collecting_pages.md)
    leaders = frozenset({"Vladimir Putin"})
    assert ev.check_label(PAGE, LABEL, leaders, "001.yml") == []
    wrong = (
        LABEL.replace('date_precision: "day"', 'date_precision: "month"')
        .replace("junk: [1, 6]", "junk: [1, 6, 4]")
        .replace("leaders: []", 'leaders: ["V. Putin"]')
        .replace("title: [2]", "title: [3]")
        .replace("meta: [3]", "meta: [2]")
    )
    assert ev.check_label(PAGE, wrong + "colour: blue\n", leaders, "001.yml") == [
        "001.yml: unknown key 'colour'",
        "001.yml: line 4 is in both body and junk",
        "001.yml: the title 'Invented Town Opens Its New Library After Ten Years' is no title line's text",
        "001.yml: date '2021-03-14' is not of the 'month' shape (day, month, year, month-day)",
        "001.yml: leader 'V. Putin' is not a registry name",
    ]
    assert ev.check_label(PAGE, LABEL.replace("junk: [1, 6]", "junk: [1]"), leaders, "001.yml") == [
        "001.yml: line 6 is in no class: 'Share this article on your favourite network'"
    ]


def test_check_labels_over_a_set_from_the_command_line(tmp_path, capsys):
    pages, labels = _one_page_set(tmp_path)
    assert ev.main(["--check", "--pages", str(pages), "--labels", str(labels)]) == 0
    assert capsys.readouterr().out == "OK 1 labels\n"
    (pages / "002.txt").write_text(PAGE, encoding="utf-8")
    assert ev.main(["--check", "--pages", str(pages), "--labels", str(labels)]) == 1
    assert capsys.readouterr().out == f"{pages / '002.txt'}: no label {labels / '002.yml'}\n"


def test_several_sets_are_scored_together(tmp_path, capsys):
    # --sets: each folder's pages/ and labels/, the totals over all of them, each page named SET/NNN
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        _one_page_set(tmp_path / name)
    sets = [str(tmp_path / "one"), str(tmp_path / "two")]
    assert ev.main(["--sets", *sets, "--no-alternatives", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["pages"], data["summary"][ev.BUILD]["lines"]["body"]) == (2, 4)
    assert sorted(data["per_page"]) == ["one/001", "two/001"]
    assert ev.main(["--check", "--sets", *sets]) == 0
    assert capsys.readouterr().out.strip() == "OK 2 labels"


def test_pages_without_labels_is_refused(tmp_path, capsys):
    pages, _ = _one_page_set(tmp_path)
    with pytest.raises(SystemExit):
        ev.main(["--pages", str(pages)])
    assert "give --pages and --labels, or --sets" in capsys.readouterr().err
