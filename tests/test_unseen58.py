"""Issue 17, fifty-eighth round: shapes the development corpus showed on pages from outlets not seen before (a dated
credit to the publication, a numbered station's staff, a station's call to stay with it), each with and without its
trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build
from test_unseen56 import BODY

HEADLINE = "Nurses Move To New Harbour Clinic"


def _goes_at_the_end(line: str) -> tuple[bool, str | None]:
    """Whether the line, printed under the article's last paragraph, is out of the cleaned text; and the outlet."""
    clean, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", line)
    return line not in [text.text for text in clean.body], meta.outlet.value


# PUBLICATION_AS_WRITER on a dated byline (archive.sources): "September 30, 2017 by The Example" credits the
# publication (no person's name opens with "The"); a desk, a role or an agency so credited names no outlet.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("September 30, 2017 by The Nation", "The Nation"),
        ("30 September 2017 by The Harbour Post", "The Harbour Post"),
        # without: a desk, an agency, a person
        ("September 30, 2017 by The Editors", None),
        ("September 30, 2017 by The Associated Press", None),
        ("September 30, 2017 by Jane Roe", None),
    ],
)
def test_a_dated_credit_to_the_publication_names_the_outlet(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.outlet.value == outlet
    assert meta.date.value == "2017-09-30"


# STAFF_OF_A_NUMBERED_STATION (archive.sources STAFF_CREDIT): "By Example News 13 Staff", a station's channel number
# among its name's words, credits the station's own staff.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("By KXYZ News 13 Staff", "KXYZ News 13"),
        ("By Harbour 7 News Staff", "Harbour 7 News"),
        # without: the name without its number, and a writer's name
        ("By Harbour News Staff", "Harbour News"),
        ("By Jane Roe", None),
    ],
)
def test_a_numbered_stations_staff_names_the_outlet(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.outlet.value == outlet


# STAY_WITH_THE_SITE (archive.rules CHANNEL_PROMO; the name: archive.sources SELF_PROMO): a station's call to stay with
# it, after its notice that the story is breaking, goes and names the outlet; STAY_TUNED_TO_THE_SITE (its quick look
# missed it: the call says no "our") too. A sentence asking someone to stay stays.
@pytest.mark.parametrize(
    ("line", "gone", "outlet"),
    [
        ("Stay with 12 News for the latest updates.", True, "12 News"),
        ("This is a breaking news story. Stay with 12 News for the latest updates.", True, "12 News"),
        ("Stay with KXYZ 42 as this is a developing story.", True, "KXYZ 42"),
        ("Stay tuned to Harbour TV for more.", True, "Harbour TV"),
        # without: a sentence of the article
        ("Stay with me for the night, she told the nurses as the clinic opened its doors.", False, None),
        ("Patients were told to stay with relatives for the latest two weeks of the move.", False, None),
    ],
)
def test_a_stations_call_to_stay_with_it(line: str, gone: bool, outlet: str | None) -> None:
    assert _goes_at_the_end(line) == (gone, outlet)
