"""Issue 17, fifty-sixth round: shapes the development corpus showed on pages from outlets not seen before, each with
and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build

HEADLINE = "Harbour clinic opens with twelve beds for the bay"
LEAD = "The harbour clinic opened on Monday with twelve beds and a staff of thirty nurses, the health board said."
SECOND = "The board said the clinic would serve the whole of the bay area from next year on, with more beds to come."
THIRD = "Nurses from the old ward moved across the bay to the new building over the weekend, the board said."
BODY = (LEAD, SECOND, THIRD)


def _spaced(*lines: str) -> list[str]:
    spaced: list[str] = []
    for line in lines:
        spaced += [line, ""]
    return spaced


# MASTHEAD_RIGHT_OVER_THE_HEADLINE (archive.clean, HEADLINE_OVER_THE_LEAD): a site's slogan right over the headline, the
# article using none of its words, goes as the masthead; a deck right under the headline, over the byline, stays the
# deck.
@pytest.mark.parametrize(
    ("head", "title"),
    [
        (("Harbour Sport News, Reports and Race Results", HEADLINE), HEADLINE),
        (("Bay Area News, Views, Weather and Traffic", HEADLINE), HEADLINE),
        # without: the headline over its deck, over the byline
        (
            (
                "The harbour clinic opens its doors at last",
                "Twelve beds and thirty nurses for the bay area as the new harbour clinic opens",
                "By Jane Roe",
            ),
            "The harbour clinic opens its doors at last",
        ),
    ],
)
def test_a_slogan_right_over_the_headline(head: tuple[str, ...], title: str) -> None:
    clean, meta = build(*_spaced(*head, *BODY))
    assert meta.title.value == title
    assert [line.text for line in clean.lines][: len(BODY)] != list(BODY)  # (the title line is kept)
    assert head[0] not in [line.text for line in clean.body]
