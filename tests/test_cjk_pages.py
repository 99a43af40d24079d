"""Pages in Chinese (issue 17): words counted without spaces, full-width sentence ends, reporters' credits and labelled
metadata lines. Every rule with and without its trigger, on invented text, asserting the exact values the build gives."""

from __future__ import annotations

import pytest
from test_meta_unseen5 import build

from archive import rules
from archive.byline import cjk_reporters
from archive.metaline import parse_meta_line
from archive.model import BYLINE

HEADLINE = "港口城市举行粮食贸易会谈"
BODY = (
    "港口城市市长周一在市政厅会见了来访的代表团，双方就粮食贸易和铁路运输问题交换了意见。",
    "双方同意在明年扩大合作规模，并将在港口城市设立新的联合工作组，负责协调铁路货运安排。",
)


# --- CJK_WORDS ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Grain talks resume in the capital", 6),  # no CJK characters: counted by spaces, as before
        ("— a dash counts as before", 6),
        (HEADLINE, 6),  # 12 characters: 6 words
        ("记者丨王明 李华", 4),  # 记者 + 丨 + 王明 (the bar is a CJK character), then 李华
        ("国际", 1),
        ("双方签署了联合声明，并见证了签署。", 8),  # the marks between the runs count as nothing
        ("G20峰会在北京举行", 5),  # "G20" and 7 characters
    ],
)
def test_cjk_characters_are_counted_two_to_a_word(text: str, words: int) -> None:
    assert rules.word_count(text) == words


def test_a_chinese_headline_above_a_credit_line_is_the_title() -> None:
    cleaned, meta = build(HEADLINE, "记者丨王明 李华", *BODY)
    assert meta.title.value == HEADLINE
    assert [(line.number, line.role) for line in cleaned.lines][:2] == [(1, "title"), (2, BYLINE)]
    # without a headline, the credit line is no title either
    assert build("记者丨王明 李华", *BODY)[1].title.value is None


def test_a_rubric_above_the_chinese_headline_goes_as_the_masthead() -> None:
    cleaned, meta = build("国际", HEADLINE, *BODY)
    assert meta.title.value == HEADLINE
    # ("国际", "international", is a known section: FOREIGN_SECTION_LABELS; another two characters alone are a tab's
    # label, CJK_WIDGET_LABEL)
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(1, "section-label")]
    cleaned, meta = build("热点", HEADLINE, *BODY)
    assert meta.title.value == HEADLINE
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(1, "nav-label")]


def test_a_chinese_paragraph_is_prose_and_a_label_is_not() -> None:
    assert rules.is_prose(rules.Candidate(1, BODY[0], BODY[0], False), frozenset())
    assert not rules.is_prose(rules.Candidate(1, HEADLINE, HEADLINE, False), frozenset())
    assert not rules.is_prose(rules.Candidate(1, "双方同意", "双方同意", False), frozenset())


@pytest.mark.parametrize("end", [":", "："])
def test_a_line_ending_with_a_colon_is_no_headline(end: str) -> None:
    lead_in = "先来关注港口城市的天气变化"
    assert build(lead_in + end, *BODY)[1].title.value is None
    assert build(lead_in, *BODY)[1].title.value == lead_in  # without the colon: a headline


# --- CJK_REPORTER_CREDIT ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("双方同意扩大合作。（记者 王明）", "王明"),
        ("双方同意扩大合作。（记者王明）", "王明"),
        ("双方同意扩大合作。（本报记者 王明 李华）", "王明 and 李华"),
        ("双方同意扩大合作。（记者 王明 通讯员 赵强 摄影 孙丽）", "王明"),  # a correspondent and a photographer are not
        ("记者丨王明 李华 张伟", "王明, 李华 and 张伟"),
        ("本报记者：王明", "王明"),
        ("作者：王明", "王明"),
        ("以上由记者王明报道。", "王明"),
        ("记者从港口管理局了解到，铁路货运将在明年恢复。", None),  # "the reporter learned from": no name
        ("市长在会后会见了记者。", None),
        ("责任编辑：王明", None),  # an editor is not the author
    ],
)
def test_chinese_reporters_credits(text: str, names: str | None) -> None:
    assert cjk_reporters(text) == names


def test_a_reporters_credit_after_the_text_gives_the_author() -> None:
    assert build(HEADLINE, *BODY[:1], BODY[1] + "（记者 王明 通讯员 赵强）")[1].author.value == "王明"
    assert build(HEADLINE, *BODY)[1].author.value is None


# --- CJK_META_LABELS --------------------------------------------------------------------------------------------


def test_a_chinese_date_line_gives_its_date_and_its_source() -> None:
    meta = parse_meta_line("2024-05-16 10:20 来源：港口日报")
    assert meta is not None and (meta.published.iso, meta.source) == ("2024-05-16", "港口日报")
    labelled = parse_meta_line("更新时间：2024-05-17 发布时间：2024-05-16")
    assert labelled is not None and (labelled.published.iso, labelled.updated.iso) == ("2024-05-16", "2024-05-17")
    _, page = build(HEADLINE, "2024-05-16 10:20 来源：港口日报", *BODY)
    assert (page.date.value, page.wire.value) == ("2024-05-16", "港口日报")
    # without the label, the words after the time name no source
    assert build(HEADLINE, "2024-05-16 10:20", *BODY)[1].wire.value is None


def test_a_source_ends_at_the_next_label() -> None:
    meta = parse_meta_line("来源:港口日报 编辑:王明")
    assert meta is not None and (meta.source, meta.names) == ("港口日报", ())
    english = parse_meta_line("Source: Harbour Daily By Jane Roe")
    assert english is not None and (english.source, english.names) == ("Harbour Daily", ("Jane Roe",))
