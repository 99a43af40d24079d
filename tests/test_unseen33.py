"""Issue 17, thirty-third round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.model import CleanArticle


def _rule_of(cleaned: CleanArticle, text: str) -> str | None:
    return next((dropped.rule for dropped in cleaned.dropped if dropped.text.strip() == text.strip()), None)


LISTED = (
    "Ferry service resumes after the storm",
    "Schools reopen in the old town on Monday",
    "Fish prices edge up at the morning market",
    "Harbour festival draws record crowds this year",
)
STOPPED = "Council leader revealed to be billing car costs to the taxpayer."
AFTER = ("Appeal for witnesses after a burglary in the old town", "Man jailed for stealing from shops in the port")


@pytest.mark.parametrize(
    ("lines", "listed"),
    [
        # STOPPED_HEADLINE_IN_THE_LIST: a headline with a full stop among other stories' headlines
        ((HEADLINE, *BODY, *LISTED, STOPPED, *AFTER), True),
        # under fewer than four headlines it may be the article's own sentence under a sub-heading: the list stays
        ((HEADLINE, *BODY, *LISTED[:3], STOPPED, *AFTER), False),
        # a long sentence is the article's
        ((HEADLINE, *BODY, *LISTED, STOPPED[:-1] + " after a long inquiry by the town's own auditors last year.", *AFTER), False),
    ],
)
def test_a_headline_with_a_full_stop_in_the_list_under_the_article(lines: tuple[str, ...], listed: bool) -> None:
    cleaned, _ = build(*lines)
    assert [_rule_of(cleaned, line) == "related-headline" for line in (*LISTED, *AFTER)] == [listed] * 6


@pytest.mark.parametrize(
    ("lines", "iso"),
    [
        # NON_BLANK_REACH: a date two lines of text over the headline, blank lines between them, is the article's
        (("Thursday, 23 February 2023 - 3:26pm |", "", "Northland", "", HEADLINE, "", *BODY), "2023-02-23"),
        # three lines of text over it, the site's menu between, it is still the site's clock (CLOCK_ON_THE_FIRST_LINE)
        (("Friday, April 25, 2025", "", "Home", "", "For Professionals", "", HEADLINE, "", *BODY), None),
    ],
)
def test_blank_lines_do_not_count_between_a_date_and_its_headline(lines: tuple[str, ...], iso: str | None) -> None:
    _, meta = build(*lines)
    assert meta.date.value == iso


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # WIRE_END_MARKS with a full stop
        ("ENDS.", "end-marker"),
        ("Ends.", None),
        # FOREIGN_COOKIE_NOTICE: "Seite", "usamos", "consent" and "stimmen Sie ... zu"
        (
            "Diese Seite verwendet Cookies, mit denen Informationen lokal auf Ihrem Rechner gespeichert werden. Mit der "
            "Benutzung der Seite stimmen Sie der Nutzung von Cookies zu.",
            "cookie-notice",
        ),
        (
            "Para fornecer as melhores experiências, usamos tecnologias como cookies para armazenar informações do "
            "dispositivo. Consentir com essas tecnologias nos permitirá processar dados neste site.",
            "cookie-notice",
        ),
        ("Diese Seite zeigt die Ergebnisse der Wahl in allen Gemeinden des Landkreises, die am Sonntag gewählt haben.", None),
        # a consent panel's "always active" in other languages
        ("Sempre ativo", "nav-label"),
        ("Immer aktiv", "nav-label"),
    ],
)
def test_end_marks_and_consent_banners_in_other_languages(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, *BODY[:1])
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # BRACKETED_SIGN_OFF: the writer's credit in square brackets after the last sentence
        ("느릅나무출판사는 김모씨의 활동기반이다. [예시포스트 조예리 기자]", True),
        ("The council will vote again on Monday. [Jane Roe]", True),
        # brackets after no sentence's end: a headline's tag
        ("Harbour council approves the budget [video]", False),
    ],
)
def test_a_credit_in_square_brackets_after_the_last_sentence(text: str, ends: bool) -> None:
    from archive.rules import ends_sentence

    assert ends_sentence(text) is ends


HINDI_HEADLINE = "नगर परिषद ने जिले के नए बजट को मंजूरी दी"
HINDI_BODY = (
    "नगर परिषद ने मंगलवार को लंबी बहस के बाद जिले के लिए नए बजट को मंजूरी दी और कहा कि काम वसंत में शुरू होगा।",
    "महापौर ने कहा कि इस योजना से शहर में नए रोजगार आएंगे और स्कूलों के लिए भी पैसा रखा गया है जो पहले से अधिक है।",
)
# UNCASED_WRAP: one sentence broken over three lines of a column's width, in a script without capitals
HINDI_WRAPPED = (
    "विपक्ष के सदस्यों ने कहा कि बजट में स्कूलों के लिए बहुत कम पैसा है और",
    "वे इस मुद्दे को अगली बैठक में फिर से उठाएंगे क्योंकि लोगों को जरूरत",
    "है और परिषद को इस पर जल्द ही कोई फैसला लेना होगा ताकि काम शुरू हो",
    "सके और लोगों को राहत मिले।",
)


@pytest.mark.parametrize(
    ("wrapped", "kept"),
    [
        (HINDI_WRAPPED, True),
        # lines of very different lengths, no sentence going on: a list's items (UNCASED_WRAP_LENGTH_RATIO)
        ((HINDI_WRAPPED[0], "वे इसे फिर उठाएंगे", *HINDI_WRAPPED[2:]), False),
    ],
)
def test_a_sentence_broken_over_lines_in_a_script_without_capitals(wrapped: tuple[str, ...], kept: bool) -> None:
    cleaned, _ = build(HINDI_HEADLINE, *HINDI_BODY, *wrapped, "No comments:", "Post a Comment")
    assert (_rule_of(cleaned, wrapped[2]) is None) is kept
