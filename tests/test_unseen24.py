"""Issue 17, twenty-fourth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© Riproduzione riservata - Termini e Condizioni", None),  # NOTICE_NO_HOLDER: the notice, then a link
        ("© Tous droits réservés | Mentions légales", None),
        ("© Example Gazzetta - Termini e Condizioni", "Example Gazzetta"),  # a name before the dash
    ],
)
def test_a_rights_notice_after_the_sign_names_no_holder(footer: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, footer)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("3. News", None),  # NUMBERED_ITEM: a breadcrumb's item
        ("2) Example Times", None),
        ("Example Times", "Example Times"),
        ("5 Example News", "5 Example News"),  # a channel's number is part of its name
        ("National NewsExample News", None),  # GLUED_SECTIONS: two menu items run together
        ("World NewsLocal News", None),
        ("Example NewsDesk Times", None),
        ("McExample Herald", "McExample Herald"),  # a capital inside a name, after no newspaper's word
    ],
)
def test_a_masthead_is_no_menu_item(masthead: str, outlet: str | None) -> None:
    _, meta = build(masthead, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Read the original article on Example FM.", True),  # READ_THE_ORIGINAL
        ("Read the original article on example.com.", True),
        ("Read the original article on page 2 of the report, the minister told them.", False),
        ("This article is republished from Example News under a Creative Commons license. Read the original article.", True),
        ("This article was republished from a blog under a creative commons license.", False),  # no name: a sentence
        ("Annons", True),  # ADVERT_LABELS: Swedish, Norwegian, Danish
        ("Share with friends", True),  # SHARE_WITH_FRIENDS
        ("Stampa Articolo", True),
        ("Share with friends what you saw at the harbour, she said.", False),
        ("Follow by Email", True),
        ("Baca: Wali Kota Example Imbau Warga Korban Banjir", True),  # Indonesian "Read:"
        ("Baca laporan wali kota tentang jembatan baru itu, katanya.", False),
    ],
)
def test_reprint_notices_ads_and_buttons(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert (line in [d.text for d in cleaned.dropped]) == dropped


def test_the_original_article_names_the_copys_source() -> None:
    _, meta = build(HEADLINE, *BODY, "This article is republished from Example News under a Creative Commons license.")
    assert meta.wire.value == "Example News"


@pytest.mark.parametrize(
    ("label", "dropped"),
    [
        ("Next In Nation", True),  # MORE_IN_SECTION: a section's name after the words
        ("Mais de Mundo", True),
        ("Más de Deportes", True),
        ("Mais de 200 mortos", False),  # "more than 200 dead": a headline
        ("Laatste nieuws", True),  # labels of other stories' lists in Dutch and Hebrew
        ("חדשות נוספות", True),
    ],
)
def test_more_from_a_section_heads_other_stories(label: str, dropped: bool) -> None:
    other = "Harbour ferry returns to service after repairs"
    cleaned, _ = build(HEADLINE, *BODY, label, other, "Council names new head of the port authority")
    assert ({label, other} <= {d.text for d in cleaned.dropped}) == dropped
