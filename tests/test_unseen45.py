"""Issue 17, forty-fifth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

TEASERS = (
    "Example port opens a new terminal for the summer after two years of building work.",
    "The town's library will close for a month of repairs to its roof, the council said.",
)


# FOOTER_COPY and MASTHEAD_PRINTED_AGAIN: the site's name at the top and again under the article's text (above other
# stories' teasers) is its header and footer: the line under it is the headline and the footer's copy goes. Printed
# again above the text (the headline's second printing) it is the title, as before.
@pytest.mark.parametrize(
    ("lines", "title", "kept"),
    [
        (("Example On Japan", "", HEADLINE, "", *BODY, "", "Example On Japan", "", *TEASERS), HEADLINE, False),
        (
            ("Example On Japan", "", HEADLINE, "", "Example On Japan", "", *BODY, "", *TEASERS),
            "Example On Japan",
            False,
        ),
    ],
)
def test_the_sites_name_in_its_header_and_footer(lines: tuple[str, ...], title: str, kept: bool) -> None:
    cleaned, meta = build(*lines)
    assert meta.title.value == title
    assert ("Example On Japan" in [line.text for line in cleaned.lines if line.role != "title"]) is kept


# SECTION_PAIR: a first line naming two subjects joined by "&" is a section's name above a short headline; joined by
# "and" it stays the title (a headline may pair two subjects so).
@pytest.mark.parametrize(
    ("first", "title"),
    [("Council & Budget", "Council budget passes"), ("Council and Budget", "Council and Budget")],
)
def test_a_sections_pair_of_subjects_above_the_headline(first: str, title: str) -> None:
    _, meta = build(first, "", "Council budget passes", "", *BODY)
    assert meta.title.value == title
