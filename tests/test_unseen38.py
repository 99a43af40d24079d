"""Issue 17, thirty-eighth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE


# COUNTRY_SECTION: a country's name before "News" on the line above the headline is the section a national or world
# site files the story under, no masthead; a town's paper of that shape still is one. "League News" is a sports site's
# section (SECTION_NEWS).
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("U.S. News", None),
        ("UNITED STATES NEWS", None),
        ("Texas News", None),
        ("League News", None),
        ("Harbourville News", "Harbourville News"),
        ("Bridgeport News", "Bridgeport News"),
    ],
)
def test_a_countrys_news_above_the_headline_is_a_section(line: str, outlet: str | None) -> None:
    _, meta = build(line, HEADLINE, *BODY)
    assert meta.outlet.value == outlet
