"""The cleaning on the five seed articles: every line accounted for once, kept lines verbatim and in order, the
title/byline/dateline/headings found, the junk gone and the article's sentences kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive import rules
from archive.byline import parse_byline
from archive.clean import clean
from archive.dates import parse_date
from archive.model import BYLINE, DATELINE, HEADING, STANDFIRST, CleanArticle, DateValue, RawArticle
from archive.problems import Problems
from archive.textio import read_raw

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def load(prefix: str) -> RawArticle:
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    problems = Problems()
    raw = read_raw(path, f"seeds/{path.name}", problems)
    assert raw is not None and not problems
    return raw


def cleaned(prefix: str) -> CleanArticle:
    return clean(load(prefix))


def kept_texts(result: CleanArticle) -> list[str]:
    return [line.text for line in result.lines]


def dropped_texts(result: CleanArticle) -> list[str]:
    return [d.text for d in result.dropped]


def test_there_are_five_seeds() -> None:
    assert [p.name[:3] for p in SEEDS] == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_every_non_blank_line_is_kept_or_dropped_exactly_once(path: Path) -> None:
    raw = load(path.name[:3])
    result = clean(raw)
    numbers = [line.number for line in result.lines] + [d.number for d in result.dropped]
    non_blank = [i for i, line in enumerate(raw.lines, start=1) if line.strip()]
    assert sorted(numbers) == non_blank
    # kept lines in raw order, each the stripped raw line (less a leading bullet)
    assert [line.number for line in result.lines] == sorted(line.number for line in result.lines)
    for line in result.lines:
        stripped = raw.lines[line.number - 1].strip()
        assert line.text == stripped or stripped in {f"{b}{line.text}" for b in ("• ", "* ", "- ", "– ")}
    assert all(d.rule in rules.RULE_NAMES for d in result.dropped)


def test_seed_000() -> None:
    result = cleaned("000")
    assert result.title is not None
    assert result.title.text == "Russia's Putin and China's Xi Discuss Economic Cooperation, 'Multi-polar World'"
    assert [line.text for line in result.role(DATELINE)] == ["Published 5 July 2017"]
    assert parse_date(result.role(DATELINE)[0].text) == DateValue("2017-07-05", "day")
    assert result.role(BYLINE) == ()
    junk = [
        "Live",
        "Audio Only",
        "google plus",
        "facebook",
        "twitter",
        "News > World",
        "China and Russia Urge Calm, Dialogue After DPRK Missile Test",
        "Chinese and Russian Communists Launch Project to Promote 'Red Tourism'",
        "Post with no comments.",
        "Russian President Vladmir Putin and Chinese President Xi Jinping exchanged economic and geopolitical strategy at "
        "this week's visit. | Photo: AFP",
        "Russian President Vladmir Putin and Chinese President Xi Jinping exchanged economic and geopolitical strategy at "
        "this week's visit.",
    ]
    assert not set(junk) & set(kept_texts(result))
    assert set(junk) <= set(dropped_texts(result))
    rule_of = {d.text: d.rule for d in result.dropped}
    assert rule_of["News > World"] == rules.BREADCRUMB
    assert rule_of["China and Russia Urge Calm, Dialogue After DPRK Missile Test"] == rules.RELATED_HEADLINE
    body = [line.text for line in result.body]
    assert body[0].startswith("The leaders discussed efforts to align their economic strategies")
    assert (
        "“One needs good partners to walk with, and good neighbors to live with,” Xi noted in a speech when he arrived in Russia."
        in body
    )
    assert body[-1].startswith("Xi also praised Russia's continued role in Syria")
    assert len(body) == 10


def test_seed_001() -> None:
    result = cleaned("001")
    assert result.title is not None and result.title.text == "Xi, Putin talks demonstrate ‘high level’ of strategic coordination"
    assert result.role(DATELINE) == () and result.role(BYLINE) == ()
    junk = {
        "Must Read",
        "Central Europe’s Response to Russian Aggression",
        "Trade war",
        "Epaper_24-12-15 LHR",
        "Epaper_24-12-15 KHI",
    }
    assert not junk & set(kept_texts(result))
    teaser = [t for t in dropped_texts(result) if t.startswith("During the Cold War")]
    assert teaser and teaser[0].endswith("production...")
    body = [line.text for line in result.body]
    assert body[0].startswith("BEIJING: Chinese President Xi Jinping held talks with Russian President Vladimir Putin")
    assert body[-1].startswith("“As the Western powers led by the US have been inactive")
    assert len(body) == 18


def test_seed_002() -> None:
    result = cleaned("002")
    assert result.title is not None and result.title.text == "Russian President Putin meets with Chinese leaders"
    rule_of = {d.number: d.rule for d in result.dropped}
    assert rule_of == {1: rules.SHARE_BUTTON, 7: rules.ADVERTISEMENT, 33: rules.ADVERTISEMENT, 37: rules.TAG_CLOUD}
    body = [line.text for line in result.body]
    assert body[0].startswith("Putin traveled to Beijing as joint projects with China are losing momentum")
    assert (
        "Most significantly, perhaps, Russian Federation has sold China its cutting-edge S-400 surface-to-air missile system."
        in body
    )
    assert body[-1].startswith("Chinese companies and banks also have been cautious")


def test_seed_003() -> None:
    result = cleaned("003")
    assert result.title is not None and result.title.text == "Putin: Russia Ready to Expand Cooperation With China"
    assert [line.text for line in result.role(DATELINE)] == ["Published 16 November 2018"]
    standfirst = (
        "All bilateral actions and meetings, according\u00a0to Putin, are contributing to a solid foundation for the "
        "Russia-China\u00a0comprehensive strategic partnership of coordination."
    )
    assert [(line.number, line.text) for line in result.role(STANDFIRST)] == [(17, standfirst)]
    assert kept_texts(result).count(standfirst) == 1
    rule_of = {d.number: d.rule for d in result.dropped}
    assert rule_of[30] == rules.REPEATED_LINE
    assert rule_of[15] == rules.SECTION_LABEL  # "Opinion"
    assert rule_of[21] == rule_of[22] == rules.READ_MORE  # "RELATED:" and the headline under it
    assert {rule_of[n] for n in (36, 37, 38, 39)} <= {rules.COMMENT_WIDGET, rules.COUNTER}
    assert {rule_of[10], rule_of[12]} == {rules.CAPTION}
    junk = {"Opinion", "RELATED:", "ASEAN Summit: Pence Ruffled by China's Influence in Region", "Comment", "0", "Comments"}
    assert not junk & set(kept_texts(result))
    body = [line.text for line in result.body]
    assert body[-1].startswith('"Both Beijing and Moscow are sending a clear message to the United States')
    assert len(body) == 7


def test_seed_004() -> None:
    result = cleaned("004")
    assert result.title is not None
    assert result.title.text.startswith(
        "Russia's Vladimir Putin Visits China's Xi Jinping to Strengthen Economic, Political Ties"
    )
    assert [line.text for line in result.role(BYLINE)] == ["By Jace Dela Cruz"]
    assert parse_byline("By Jace Dela Cruz") == "Jace Dela Cruz"
    assert [line.text for line in result.role(DATELINE)] == ["May 16, 2024 06:39 AM EDT"]
    assert parse_date("May 16, 2024 06:39 AM EDT") == DateValue("2024-05-16", "day")
    assert [line.text for line in result.role(HEADING)] == [
        "Vladimir Putin and Xi Jinping Highlight Strategic Partnership of Russia and China",
        "Delegation of Russia's President Vladimir Putin to China",
    ]
    rule_of = {d.number: d.rule for d in result.dropped}
    assert rule_of == {
        11: rules.PHOTO_SLUG,
        12: rules.CAPTION,
        13: rules.CAPTION_CREDIT,
        37: rules.READ_MORE,
        49: rules.READ_MORE,
        51: rules.COPYRIGHT_FOOTER,
        53: rules.COMMENT_WIDGET,
        55: rules.ANALYTICS_FOOTER,
    }
    copyright_line = next(d for d in result.dropped if d.rule == rules.COPYRIGHT_FOOTER)
    assert copyright_line.text == "© 2024 VCPOST, All rights reserved. Do not reproduce without permission."
    body = [line.text for line in result.body]
    assert body[0].startswith("Russia's President Vladimir Putin\u00a0arrived in Beijing on Thursday")
    assert "According to Putin, Russia and China have similar positions on many international\u00a0issues." in body
    assert body[-1].startswith("China has issued a 12-point peace plan to end the war in Ukraine")
