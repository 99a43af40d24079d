"""Issue 17, seventh round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_rules import in_article

from archive.clean import clean
from archive.extract import from_text
from archive.model import CleanArticle, Metadata, RawArticle
from archive.registry import Registry

REGISTRY = Registry(())
BODY = (
    "The harbour council met on Monday to review the grain corridor and the rail freight plan for the coming year.",
    "A second paragraph says more about the grain talks and the trade that both sides expect to grow soon after.",
)


def build(*lines: str) -> tuple[CleanArticle, Metadata]:
    cleaned = clean(RawArticle("seeds/x.txt", "x.txt", "x", "0" * 64, lines))
    return cleaned, from_text(cleaned, REGISTRY)


def test_a_bulleted_date_under_the_headline_dates_the_page() -> None:
    # NAV_BULLET is one of METADATA_RESCUE_RULES: a bulleted line that is a date is the page's date line
    cleaned, meta = build("Harbour council reviews the grain corridor", "• 24 February, 2025", "• 14:06", *BODY)
    assert meta.date.value == "2025-02-24"
    assert meta.date.provenance.evidence == "24 February, 2025"
    assert [line.text for line in cleaned.lines if line.role == "paragraph"] == list(BODY)
    # a bulleted menu item is still dropped, and names no date
    cleaned, meta = build("Harbour council reviews the grain corridor", "• Grain trade", "• Rail freight", *BODY)
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(2, "nav-bullet"), (3, "nav-bullet")]
    assert meta.date.value is None


MENU = ("• Home", "• Harbour", "• Hill Country", "• River Valley")
HEADLINE = "Harbour council reviews the grain corridor and the rail plan"


def test_a_menu_printed_twice_goes_both_times() -> None:
    # FURNITURE_ECHO: the second printing has no bullets; its lines read exactly as the dropped menu items
    cleaned, meta = build(*MENU, "Hill Country", "River Valley", HEADLINE, *BODY)
    assert [(d.number, d.rule) for d in cleaned.dropped if d.number in (5, 6)] == [(5, "nav-bullet"), (6, "nav-bullet")]
    assert meta.title.value == HEADLINE
    assert [line.text for line in cleaned.lines if line.role == "paragraph"] == list(BODY)


def test_a_line_that_reads_as_no_menu_item_or_is_a_sentence_stays() -> None:
    # without the trigger: no menu on the page, or the same words as a sentence of the article
    cleaned, _ = build(HEADLINE, BODY[0], "Hill Country", BODY[1])
    assert "Hill Country" in [line.text for line in cleaned.lines]
    cleaned, _ = build(*MENU, HEADLINE, BODY[0], "River Valley.", BODY[1])
    assert "River Valley." in [line.text for line in cleaned.lines]


@pytest.mark.parametrize("name", ["news-picture", "hero_image", "Snimok-ekrana-202", "IMG_0042", "DSC01234"])
def test_an_image_name_without_its_extension_goes(name: str) -> None:
    # IMAGE_SLUG: what an image left behind where it stood
    assert in_article(name)[name] == "x image-file"


@pytest.mark.parametrize("line", ["S-400", "COVID-19", "Follow-up", "Rhône-Alpes", "e-mail", "2021-04-28", "Su-35 jets"])
def test_a_designation_a_place_or_a_date_alone_on_a_line_stays(line: str) -> None:
    assert in_article(line)[line] != "x image-file"
