"""Issue 17, sixty-second round: shapes the development corpus showed on pages from outlets not seen before (a
masthead spelling the site's address, an aggregator's link to the whole story), each with and without its trigger, on
invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

HEADLINE = "Nurses Move To New Harbour Clinic"


# FULL_ARTICLE_ELSEWHERE (archive.rules full_article_elsewhere): an aggregator's link to the whole story on its source's
# site goes, in several languages; a sentence about reading a report stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Läs hela artikeln på Exempel.se →", True),
        ("Lire l'article complet sur Exemple.fr", True),
        ("Leia a matéria completa no Exemplo", True),
        ("Read the full story at Example.com", True),
        # without: a sentence about a document
        ("Read the full report at the library before the vote.", False),
    ],
)
def test_a_link_to_the_whole_story_elsewhere(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# FOLLOW_ON_ONE_PLATFORM (archive.rules app_or_follow_promo), SCROLL_AND_GALLERY_LABELS and a Korean comment box's
# prompt (archive.rules NAV_LABELS, COMMENT_FORM_LABELS): the writer's follow button, the button back to the top, a
# gallery's heading and the first-comment prompt go; a sentence going on after the network stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Follow Jane Roe on Twitter", True),
        ("Scroll Up", True),
        ("Related Images:", True),
        ("댓글 첫 댓글을 작성해보세요", True),
        # without: the sentence goes on; no account is followed
        ("Follow Jane Roe on Twitter, where she posted the clinic's new opening hours on Monday.", False),
        ("Follow the money on Twitter", False),
    ],
)
def test_a_follow_button_and_page_labels(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# LIST_OF_CALLS (archive.rules newsletter_boxes): a call to sign up as one item of a bulleted list takes none of the
# list's other items with it; a sign-up call in its box still takes the box's pitch.
def test_a_sign_up_item_in_a_bulleted_list() -> None:
    items = (
        "• Take an inventory of the items you need that rely on electricity at home.",
        "• Plan for batteries and other alternatives to meet your needs when the power goes out.",
        "• Sign up for local",
    )
    clean, _ = build(HEADLINE, "", *BODY, "", *items)
    kept = [line.text for line in clean.body]
    assert "Plan for batteries and other alternatives to meet your needs when the power goes out." in kept[-2:]
    # without: the call in a box, its pitch above it
    pitch = "Get your daily briefing delivered to your inbox."
    clean, _ = build(HEADLINE, "", BODY[0], "", pitch, "Sign up for our free newsletter", "", *BODY[1:])
    assert pitch not in [line.text for line in clean.body]


# MASTHEAD_SPELLS_ITS_ADDRESS (archive.sources): a short line above the headline whose letters spell the name part of a
# site address the page prints is the site's name; a section's word spelling a sub-domain, or a line naming no address,
# names no site.
@pytest.mark.parametrize(
    ("masthead", "address_line", "footer", "outlet"),
    [
        ("eXAMPLIA", "internetové noviny examplia.eu", "", "eXAMPLIA"),
        ("Harbour Lantern", "", "Send us your pictures at harbourlantern.co.uk", "Harbour Lantern"),
        # without: a section spelling a sub-domain; an address spelling another name
        ("Local", "", "Send us your pictures at local.harbourlantern.com", None),
        ("Harbour Lantern", "", "Send us your pictures at example.org", None),
    ],
)
def test_a_masthead_spelling_the_sites_address(masthead: str, address_line: str, footer: str, outlet: str | None) -> None:
    _, meta = build(masthead, "", address_line, "", HEADLINE, "", *BODY, "", footer)
    assert meta.outlet.value == outlet


# LEAD_IN_TO_LOST_EMBEDS (archive.rules after_the_article): the article's sentence leading in with a colon to the
# videos the copy lost stays above the furniture that ends the page; a headline-shaped line there goes as before.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("In the meantime, here is the video from the final votes in the council's regular session:", True),
        # without: no sentence leading in, a link's title
        ("Video Clips From The Final Council Votes", False),
    ],
)
def test_a_lead_in_to_lost_videos_at_the_end(line: str, kept: bool) -> None:
    clean, _ = build(HEADLINE, "", *BODY, "", line, "", "Related Images:", "", "Please enter your comment!")
    assert (line in [text.text for text in clean.body]) == kept
