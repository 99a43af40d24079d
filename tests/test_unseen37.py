"""Issue 17, thirty-seventh round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.dates import FOREIGN_MONTHS, MONTHS
from archive.metaline import parse_meta_line


# DOTTED_CAPITAL_I: a month name the date patterns match in any case may lower to other letters than the tables'
# ("İyun" lowers to "i̇yun", with a dot above; "KASIM" to "kasim"); a page of Azerbaijani dates ended the build with a
# KeyError. Without the trigger, the same dates in the tables' spelling.
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("15 İyun 2023", "2023-06-15"),
        ("15 iyun 2023", "2023-06-15"),
        ("Bakı, 12 İYUL 2022", "2022-07-12"),
        ("3 KASIM 2021", "2021-11-03"),
        ("3 Kasım 2021", "2021-11-03"),
        ("APRİL 3, 2023", "2023-04-03"),
        ("Published: 12 APRİL 2021", "2021-04-12"),
        ("Published: 12 April 2021", "2021-04-12"),
        ("AUGUſT 2, 2020", "2020-08-02"),
    ],
)
def test_a_month_in_capitals_that_lower_to_other_letters_is_read(line: str, iso: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert meta.published.iso == iso


def test_no_month_name_in_turkish_capitals_or_with_a_long_s_stops_the_build() -> None:
    """Every month name the tables hold, its i's and s's written as re.IGNORECASE also matches them, in a date line and
    on a page: read or not, never an exception."""
    odd_letters = str.maketrans({"i": "İ", "s": "ſ"})
    for name in sorted({*MONTHS, *FOREIGN_MONTHS}):
        odd = name.upper().replace("I", "ı").translate(odd_letters)
        for line in (f"12 {odd} 2021", f"{odd} 12, 2021", f"Published: 12 {odd} 2021"):
            parse_meta_line(line)
    build(HEADLINE, "Published: 12 İYUN 2021 | 08:00", *BODY)
