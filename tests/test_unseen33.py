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
        # ARROW_BACK
        ("« zurück", "nav-label"),
        ("← Back", "nav-label"),
        ("Back", None),
        # consent buttons
        ("Bestätigen", "nav-label"),
        ("Alle akzeptieren", "nav-label"),
        ("Accept all", "nav-label"),
        # "read more" in Finnish and Swedish, before another story's headline
        ("LUE LISÄÄ: Poliisi perustelee vaitonaisuuttaan", "read-more"),
        ("Läs mer: Regeringen sänker skatten", "read-more"),
        # SWEDISH_ABOUT_AGO
        ("ungefär en månad sedan", "timestamp"),
        ("en timme sedan", "timestamp"),
        ("Det var en timme sedan branden bröt ut i hamnen, sade räddningstjänsten.", None),
        # KOREAN_SHARE's verbs
        ("페이스북 공유하기 X 공유하기 네이버 공유하기 카카오톡 공유하기 인쇄하기", "share-button"),
        ("시민들은 항구 축제의 사진을 친구들과 공유하기 위해 광장에 모였다고 시 관계자가 밝혔다.", None),
        # comment forms in Turkish and Russian
        ("İlk yorum yazan siz olun", "comment-widget"),
        ("Оставить сообщение:", "comment-widget"),
        # "copied" after a copy-link button, in other languages
        ("คัดลอกแล้ว", "nav-label"),
        ("Copied!", "nav-label"),
        # FONT_SIZE_CONTROLS
        ("Página inicial 1 Ir para o rodapé 2 A- A+ ALTO CONTRASTE", "nav-label"),
        ("Vitamin A - A + B", None),
    ],
)
def test_furniture_lines_in_other_languages(line: str, rule: str | None) -> None:
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


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        # NORDIC_LABELS, and "kl" before the clock without its stop
        ("Publisert 16.08.2018 kl. 12:29", "2018-08-16", None),
        ("Publicerad 19 oktober 2024 klockan 10:12", "2024-10-19", None),
        ("Sist oppdatert 16/08/2018 kl 12:29", None, "2018-08-16"),
        ("Julkaistu 3.2.2020", "2020-02-03", None),
        # a label without its date
        ("Sist oppdatert i går", None, None),
    ],
)
def test_nordic_date_labels(line: str, published: str | None, updated: str | None) -> None:
    from archive.metaline import parse_meta_line

    meta = parse_meta_line(line)
    got = (meta.published.iso if meta and meta.published else None, meta.updated.iso if meta and meta.updated else None)
    assert got == (published, updated)


@pytest.mark.parametrize(
    ("lines", "title", "iso"),
    [
        # DATE_RANGE and AGENDA_BETWEEN_RANGES: an agenda over the article gives neither the headline nor the date
        (
            (
                "Del Viernes, 16 de Enero de 2026 al Domingo, 18 de Enero de 2026",
                "Día Jueves, 22 de Enero de 2026",
                "Del Viernes, 30 de Enero de 2026 al Domingo, 01 de Febrero de 2026",
                *BODY,
            ),
            None,
            None,
        ),
        # one date line over the headline is the page's
        (("Viernes, 16 de Enero de 2026", HEADLINE, *BODY), HEADLINE, "2026-01-16"),
    ],
)
def test_an_agenda_of_date_ranges_is_no_headline_and_no_date(lines: tuple[str, ...], title: str | None, iso: str | None) -> None:
    cleaned, meta = build(*lines)
    assert (meta.title.value, meta.date.value) == (title, iso)


@pytest.mark.parametrize(
    ("line", "title", "iso"),
    [
        # GLUED_DATE_TAIL: the date's day glued to the headline's last word
        ("Harbour council approves the new budget19 October 2024", "Harbour council approves the new budget", "2024-10-19"),
        ("Harbour council approves the new budget19. oktober 2024", "Harbour council approves the new budget", "2024-10-19"),
        # a word with a number in it is the headline's own
        ("Covid19 cases rise again in the harbour town", "Covid19 cases rise again in the harbour town", None),
    ],
)
def test_a_date_glued_to_the_headline(line: str, title: str, iso: str | None) -> None:
    _, meta = build(line, *BODY)
    assert (meta.title.value, meta.date.value) == (title, iso)


@pytest.mark.parametrize(
    ("first", "outlet", "title"),
    [
        # LOGO_THEN_EDITION: the logo's text, the name and its edition: the site, no headline
        ("Examplar logo Examplar Townsend", "Examplar", HEADLINE),
        # PAGE_TITLE_PREFIX: the site's name and the headline, which is printed again below
        (f"Harbour Daily : {HEADLINE}", "Harbour Daily", HEADLINE),
        # ... not printed again: the line is the headline
        (
            "Harbour Daily : Council approves the new budget for the district",
            None,
            "Harbour Daily : Council approves the new budget for the district",
        ),
    ],
)
def test_a_logo_and_a_page_title_name_the_site(first: str, outlet: str | None, title: str) -> None:
    lines = (first, HEADLINE, *BODY) if HEADLINE in first or "logo" in first else (first, *BODY)
    _, meta = build(*lines)
    assert (meta.outlet.value, meta.title.value) == (outlet, title)


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        # DOMAIN_NAMED_SITE: the site's name as its address spells it, in the furniture
        (("Harbour Today", "www.harbourtoday.co.nz"), "Harbour Today"),
        (("Back to harbourtoday.co.nz Harbour Today",), "Harbour Today"),
        # a source's line names where the copy came from
        (("Fonte: www.harbourtoday.co.nz", "Fonte: Harbour Today"), None),
        # a name the address does not spell
        (("Harbour News", "www.harbourtoday.co.nz"), None),
    ],
)
def test_the_sites_name_spelled_by_its_address(tail: tuple[str, ...], outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, *tail)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("byline", "outlet", "author"),
    [
        # BYLINE_TO_THE_PAPER: the byline credits the paper itself
        ("By The Harbour Tribune", "The Harbour Tribune", None),
        # a writer and a role, or a writer and the role after a slash: no paper
        ("By Jane Roe Staff Reporter", None, "Jane Roe"),
        ("By Jane Roe/Staff Reporter", None, "Jane Roe"),
    ],
)
def test_a_byline_crediting_the_paper(byline: str, outlet: str | None, author: str | None) -> None:
    _, meta = build(HEADLINE, byline, *BODY)
    assert (meta.outlet.value, meta.author.value) == (outlet, author)


KOREAN_BODY = (
    "경찰은 25일 오후 항구 주변의 창고를 압수수색하려 했으나 직원들의 반발로 무산됐다고 밝혔다.",
    "시 의회는 이날 새로운 예산안을 통과시키고 학교와 병원에 더 많은 예산을 배정하기로 했다.",
)


@pytest.mark.parametrize(
    ("last", "outlet"),
    [
        # KOREAN_SIGN_OFF: the paper and its reporter in brackets after the last sentence
        ("창고는 시민단체의 활동 기반이다. [예시포스트 홍길동 기자]", "예시포스트"),
        # brackets after no sentence's end: a caption's tag
        ("창고는 시민단체의 활동 기반 [예시포스트 홍길동 기자] 사진", None),
    ],
)
def test_a_korean_papers_sign_off_after_the_last_sentence(last: str, outlet: str | None) -> None:
    _, meta = build("항구 창고 압수수색 무산", *KOREAN_BODY, last)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        # JAPANESE_KOREAN_THAI_MASTHEAD: a broadcaster's or a paper's name alone over the headline
        ("フットボールチャンネル", "フットボールチャンネル"),
        ("예시일보", "예시일보"),
        ("เนชั่นทีวี", "เนชั่นทีวี"),
        # a word of the page's furniture over it
        ("ニュース一覧", None),
    ],
)
def test_a_masthead_in_japanese_korean_or_thai(masthead: str, outlet: str | None) -> None:
    _, meta = build(masthead, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # DECK_UNDER_ITS_HEADLINE: a headline, a longer deck shaped as a headline, then the byline
        (
            (
                "Anger boils over as the harbour's water outages take their toll",
                "Parts of the old town and the harbour district have been without water for days on end",
                "By Jane Roe",
                *BODY,
            ),
            "Anger boils over as the harbour's water outages take their toll",
        ),
        # a shorter line over the headline is a slogan or a promo: the line over the byline is the headline
        (
            ("Your news, every day of the week", HEADLINE, "By Jane Roe", *BODY),
            HEADLINE,
        ),
    ],
)
def test_a_headline_over_its_deck_over_the_byline(lines: tuple[str, ...], title: str) -> None:
    _, meta = build(*lines)
    assert meta.title.value == title


CAPTION = "Strong gusts of wind on the beach at the harbour, on 3 November 2019."


@pytest.mark.parametrize(
    ("pair", "captions"),
    [
        # CAPTION_WITH_ITS_CREDIT: the picture's text, then the same with its credit in brackets or glued to it
        ((CAPTION, CAPTION + " (JANE ROE / EXAMPLE)"), True),
        (("Neighbours in the cordoned harbour area", "Neighbours in the cordoned harbour aream. roe"), True),
        # a date line and its credit; a sentence and the next sentence
        (("9 November 2019, 14:29", "9 November 2019, 14:29 — Example News"), False),
        (("The council met again on Tuesday.", "The council met again on Tuesday. It voted for the budget."), False),
    ],
)
def test_a_caption_printed_again_with_its_credit(pair: tuple[str, str], captions: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], *pair, *BODY[1:])
    assert [_rule_of(cleaned, line) == "caption" for line in pair] == [captions, captions]


RANKED = (
    "1. Harbour festival draws record crowds this year",
    "Harbour festival draws record crowds this year",
    "2. Ferry service resumes after the storm",
    "Ferry service resumes after the",
)


@pytest.mark.parametrize(
    ("lines", "ranked"),
    [
        # RANKED_TWINS: each item's number and headline, then the headline again (the last cut short)
        (RANKED, True),
        # one pair: a numbered point of the article and its explanation may read so
        (RANKED[:2], False),
    ],
)
def test_a_ranked_list_printing_each_headline_twice(lines: tuple[str, ...], ranked: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, *lines)
    assert all(_rule_of(cleaned, line) == "related-headline" for line in lines) is ranked


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # GOOGLE_NEWS_LOCALISED and ROMANIAN_PAPER_FIRST: the call to follow the paper, the platform in capitals
        ("Urmăriți Ziarul Exemplu și pe GOOGLE ȘTIRI", "Ziarul Exemplu"),
        # a person's name there is the writer's account
        ("Urmăriți Ion Popescu și pe GOOGLE ȘTIRI", None),
    ],
)
def test_a_call_to_follow_the_paper_on_google_news_in_its_language(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet


def test_a_line_ending_with_an_open_bar_is_no_headline() -> None:
    # BAR_LEFT_OPEN: a caption whose credit after the bar was lost
    _, meta = build("Firefighters seal off the harbour warehouse after the blaze |", *BODY)
    _, without = build("Firefighters seal off the harbour warehouse after the blaze", *BODY)
    assert (meta.title.value, without.title.value) == (None, "Firefighters seal off the harbour warehouse after the blaze")


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # TRACKER_CALL, then PLACE_OVER_THE_HEADLINE and a back link alone: the headline under them
        (("gtag('consent', 'update', {'ad_storage': 'granted'});", "Ulft, Nederland", "Terug", HEADLINE, *BODY), HEADLINE),
        # SECTION_PATH: a section and its subsection after a bar, over the headline
        (("Sports | Women's Basketball", HEADLINE, *BODY), HEADLINE),
        # a headline with a bar in it is one
        (
            ("Harbour council | budget approved for the new school year", *BODY),
            "Harbour council | budget approved for the new school year",
        ),
    ],
)
def test_a_tracker_a_place_a_back_link_and_a_section_path_over_the_headline(lines: tuple[str, ...], title: str) -> None:
    _, meta = build(*lines)
    assert meta.title.value == title


def test_a_section_before_a_bar_leaves_the_other_checks_to_a_longer_line() -> None:
    # SECTION_PATH decides only a path of short parts: a longer line after a section's name is judged as any other (a
    # line ending on "with" is cut, no headline)
    from archive.clean import _not_a_headline

    assert _not_a_headline("Sports | Women's Basketball")
    assert _not_a_headline("Sports | Harbour council approves the budget for the new school year with")
    assert not _not_a_headline("Sports | Harbour council approves the budget for the new school year")
