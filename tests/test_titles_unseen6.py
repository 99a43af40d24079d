"""Lines that are no headline, met on pages from outlets not seen before (issue 17, sixth session): each NOT_A_HEADLINE
shape with and without its trigger, on invented text, asserting the exact title the build gives."""

from __future__ import annotations

import pytest
from test_meta_unseen5 import TITLE, title_of


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("2023-03-21 16:07:46 Harbour TV from the capital", "LEADING_TIMESTAMP"),
        ("21.03.2023 16:07 Harbour TV", "LEADING_TIMESTAMP"),
        ("2023年3月21日 16:07 港口电视", "LEADING_TIMESTAMP"),
        ("You are here: News > World > Grain talks", "BREADCRUMB_ARROW"),
        ("您当前的位置: 新闻中心 > 更多头条", "BREADCRUMB_ARROW"),
        ("本篇文章595字，读完约1分钟", "CJK_READING_TIME"),
        ("HARBOUR-NEWS.org - Press Release Distribution", "DOMAIN_PART first"),
        ("Photo shown from: harbour36.ru", "DOMAIN_PART after a colon"),
        ("Harbour Town (Druckversion)", "PAGE_VERSION"),
        ("Kommentar • haushaltsberatung", "BULLET_PARTS"),
    ],
)
def test_furniture_above_the_headline_is_no_title(line: str, rule: str) -> None:
    assert title_of(line, "March 9, 2015") is None, rule
    assert title_of(line, TITLE, "March 9, 2015") == TITLE, rule


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        # the site's suffix after a dash: still the headline (the suffix is the outlet's, OUTLET_TITLE_SUFFIX)
        ("Grain talks resume in the capital city - Harbour.com", "Grain talks resume in the capital city"),
        ("Harbour.com sales rise as grain talks resume in the capital", None),  # a site named inside the sentence
        ("Grain talks « resume » in the capital city", None),  # French quotation marks are no breadcrumb arrows
        ("Grain talks resume at 2023 summit in the capital city", None),  # a year, no timestamp
    ],
)
def test_headlines_that_resemble_those_shapes_stay_titles(headline: str, title: str | None) -> None:
    assert title_of(headline, "March 9, 2015") == (title or headline)
