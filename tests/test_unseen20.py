"""Issue 17, twentieth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive import rules, sources
from archive.headline import split_headline
from archive.metaline import parse_lead


def test_an_article_printed_twice_keeps_its_first_copy() -> None:
    # ARTICLE_PRINTED_TWICE: the second copy's first sentence, between the copies of the second, shows the whole text
    # was printed twice: the first copy is the article, not a teaser above its lead
    cleaned, _ = build(HEADLINE, BODY[0], BODY[1], "Jane Roe", BODY[0], BODY[1])
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(5, "repeated-line"), (6, "repeated-line")]
    # TEASER_ABOVE_THE_LEAD: a paragraph printed above the lead with only furniture between is the teaser
    cleaned, _ = build(HEADLINE, BODY[1], "Jane Roe", BODY[1], BODY[2])
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(2, "teaser")]


@pytest.mark.parametrize(
    ("tail", "dropped"),
    [
        (("XS", "SM", "MD", "LG"), [5, 6, 7, 8]),  # SHORT_RUN_AT_THE_END: a layout's size switches end the page
        (("Harbour", "Council news", "Schools"), [5, 6, 7]),
        (("XS", "SM"), []),  # two short lines are not a run
    ],
)
def test_a_run_of_short_lines_ending_the_page_goes(tail: tuple[str, ...], dropped: list[int]) -> None:
    cleaned, _ = build(HEADLINE, *BODY, *tail)
    assert [d.number for d in cleaned.dropped] == dropped


def test_a_signature_ending_the_page_is_no_run() -> None:
    # the writer's name under the article, dropped lines after it: one kept line is no run
    cleaned, meta = build(HEADLINE, *BODY, "Jane Roe", "Reply", "Your email address will not be published.")
    assert "Jane Roe" not in [line.text for line in cleaned.lines if line.role == "paragraph"]
    assert [d.number for d in cleaned.dropped] == [6, 7]


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        # CUT_LAST_SENTENCE: the copy stopped mid-sentence, in sentence case, many names capitalised
        ("Many were in attendance, including Harbour Council, Mayor Jane Example and Dufferin's MP and MPP John", True),
        # another story's headline in title case, at the page's end, goes
        ("Harbour Mayor Unveils Ambitious Waterfront Plan Alongside Regional Transit Authority Officials", False),
    ],
)
def test_a_cut_last_sentence_with_many_names_is_the_articles(last: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, last)
    assert (last in [line.text for line in cleaned.lines]) is kept


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # THIS_PHOTO_TAKEN: the wires' caption-speak for the picture's date, whatever the credit after it
        ("Nurses tend patients at a hospital in Harbour in this photo taken on May 23, 2024. — Example", True),
        ("The harbour master is seen in this file picture taken March 4, 2019.", True),
        ("The photo taken by a witness on Monday was shared widely, the police said.", False),
    ],
)
def test_a_caption_dates_this_photo(line: str, caption: bool) -> None:
    assert rules.caption(line, rules.key_of(line)) is caption


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (("By", "Jane Roe"), "Jane Roe"),  # BY_ALONE: the byline broken after its "By"
        (("By:", "Jane Roe"), "Jane Roe"),
        (("By", "the harbour"), None),  # no name on the next line
    ],
)
def test_a_byline_broken_after_by(lines: tuple[str, str], author: str | None) -> None:
    _, meta = build(HEADLINE, *lines, *BODY)
    assert (meta.author.value if meta.author else None) == author


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # PHOTOGRAPHER_SLASH_AGENCY: the photographer, a slash and the agency after the caption's last full stop
        ("La gare de Harbourville, lors d'une grève, le 22 mars. / JEAN EXEMPLE / AFP", True),
        ("La gare de Harbourville, lors d'une grève, le 22 mars. JEAN EXEMPLE/AFP", True),
        ("By Jane Roe and John Doe / AFP", False),  # a byline: no caption before the credit
        ("La gare de Harbourville, lors d'une grève, le 22 mars / AFP", False),  # the agency alone signs a paragraph
    ],
)
def test_a_caption_credits_its_photographer_then_the_agency(line: str, caption: bool) -> None:
    assert rules.caption(line, rules.key_of(line)) is caption


@pytest.mark.parametrize(
    ("line", "weather"),
    [
        ("7oC Αθήνα", True),  # DEGREE_LOOKALIKES: the degree sign typed as "o", the town in Greek
        ("21º Madrid", True),
        ("12°C London", True),
        ("7 o Carlos", False),
        ("12 Απριλίου", False),  # a date
    ],
)
def test_the_weather_box_with_a_degree_lookalike(line: str, weather: bool) -> None:
    assert bool(rules.WEATHER_LINE.match(line)) is weather


@pytest.mark.parametrize(
    ("text", "wire", "month_day"),
    [
        ("HARBOUR (March 31): The prime minister paid a call on the president.", None, "--03-31"),  # DATE_IN_BRACKETS
        ("HARBOUR (Exanews): The prime minister paid a call on the president.", "Exanews", None),
    ],
)
def test_a_date_in_a_datelines_brackets_is_no_source(text: str, wire: str | None, month_day: str | None) -> None:
    lead = parse_lead(text)
    assert lead is not None and (lead.wire, lead.month_day) == (wire, month_day)


@pytest.mark.parametrize(
    ("outlet", "wire", "same"),
    [
        ("EXA", "EXA", True),  # OUTLETS_OWN_COPY
        ("example.tv", "Example TV", True),
        ("www.example.com", "EXAMPLE.COM", True),
        ("example.lt", "example.lt / aut", True),
        ("Example Times", "Exanews", False),
        ("AP", "APA", False),
    ],
)
def test_the_outlets_own_copy_is_no_wire(outlet: str, wire: str, same: bool) -> None:
    assert sources.same_source(outlet, wire) is same


def test_a_page_crediting_its_own_outlet_has_no_wire() -> None:
    # the dateline's source is the outlet the rights notice names: the outlet's own copy
    _, meta = build(HEADLINE, "HARBOUR (EXA) – " + BODY[0], BODY[1], "© EXA 2024")
    assert (meta.outlet.value, meta.wire.value) == ("EXA", None)
    # another outlet's page: the dateline's source is the wire
    _, meta = build(HEADLINE, "HARBOUR (EXA) – " + BODY[0], BODY[1], "© Example Times 2024")
    assert (meta.outlet.value, meta.wire.value) == ("Example Times", "EXA")


@pytest.mark.parametrize(
    ("line", "wire", "author"),
    [
        ("Harbour - Xinhua", "Xinhua", None),  # PLACE_DASH_AGENCY: a dateline on its own line
        ("بكين - أ ش أ", "أ ش أ", None),  # ARABIC_AGENCIES (archive.byline): MENA by its initials
        ("أ ش أ", "أ ش أ", None),
        ("Jane Roe - Harbour Times", None, "Jane Roe"),  # a name and a paper: a byline
        ("Harbour - the old town", None, None),
    ],
)
def test_a_dateline_of_a_place_and_an_agency_names_the_wire(line: str, wire: str | None, author: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert (meta.wire.value, meta.author.value) == (wire, author)


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("پولیس نے موٹر سائیکل چور گینگ گرفتار کر لیا۔", True),  # SCRIPT_FULL_STOPS: Urdu's full stop
        ("هل وصل الوفد إلى المدينة؟", True),  # the Arabic question mark
        ("Նախագահը այցելեց քաղաք։", True),  # Armenian's full stop
        ("پولیس نے موٹر سائیکل چور گینگ گرفتار", False),
    ],
)
def test_a_sentence_ends_with_its_scripts_full_stop(line: str, sentence: bool) -> None:
    assert rules.ends_sentence(line) is sentence


def test_an_urdu_lead_without_a_headline_is_no_title() -> None:
    # the first paragraph, a sentence ended by Urdu's full stop, opening with its writer's name, is no headline
    lines = (
        "جین رو: شہر کی پولیس نے کارروائی کر کے موٹر سائیکل چور گینگ گرفتار کر لیا۔",
        "تفصیلات کے مطابق ملزمان کے قبضہ سے چار موٹر سائیکل اور نقد رقم برآمد ہوئی۔",
        "پولیس کے مطابق ملزمان شہر کے مختلف مقامات پر وارداتیں کرتے تھے۔",
    )
    _, meta = build(*lines)
    assert meta.title.value is None


def test_the_comment_boxs_rules_go_with_their_heading() -> None:
    # COMMENT_RULES: the heading and the rules under it, sentences as they are
    rules_list = (
        "Please keep your comments civil and on the topic of the article.",
        "Do not post advertising, personal details or links to other sites.",
    )
    cleaned, _ = build(HEADLINE, *BODY, "Comment rules", *rules_list)
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(5, "after-article"), (6, "after-article"), (7, "after-article")]
    # the same sentences without the heading are kept
    cleaned, _ = build(HEADLINE, *BODY, *rules_list)
    assert cleaned.dropped == ()


def test_an_aggregators_link_to_the_source_ends_its_excerpt() -> None:
    # READ_AT_SOURCE: the link ends the copy, names the site it came from, and the aggregator's headlines after it go
    others = (
        "Harbour school wins the regional chess cup",
        "New ferry line opens between the islands",
        "Snow closes the mountain pass again",
        "Old theatre reopens after repairs",
    )
    cleaned, meta = build(HEADLINE, *BODY, "Read at source: example-weekly.kz", *others)
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(5, "end-marker")] + [(n, "after-article") for n in (6, 7, 8, 9)]
    assert (meta.wire.value, meta.wire.get("rule")) == ("example-weekly.kz", "wire-read-at-source")
    # the words without a site's address are a sentence's
    line = "Read at source the full report, the mayor told the council."
    assert not rules.end_marker(line, rules.key_of(line))


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("Add Example Times as a preferred source on Google", True),  # GOOGLE_PREFERRED_SOURCE
        ("Přidejte si EX do svých oblíbených zdrojů na Google Zprávy. Děkujeme.", True),
        ("Ajoutez Exemple à vos sources préférées sur Google", True),
        ("The council said the harbour was its preferred source of funding for the new school.", False),  # no Google
    ],
)
def test_the_call_to_make_the_site_a_preferred_source_on_google(line: str, promo: bool) -> None:
    assert rules.social_promo(line, rules.key_of(line)) is promo


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("港で軽乗用車が交番に突っ込む 男を逮捕|EXAMPLE NEWS", "港で軽乗用車が交番に突っ込む 男を逮捕"),  # CJK_BAR_SUFFIX
        ("港で軽乗用車が交番に突っ込む｜EXAMPLE NEWS", "港で軽乗用車が交番に突っ込む"),
        ("Harbour council|budget approved", "Harbour council|budget approved"),  # unspaced after Latin: kept whole
    ],
)
def test_a_site_suffix_after_a_bar_without_spaces_in_cjk(title: str, headline: str) -> None:
    assert split_headline(title, []).text == headline


CJK_BODY = (
    "市长在当地时间下午会见了港口代表团，双方就粮食走廊和铁路货运计划进行了深入交流。",
    "双方同意明年扩大合作，并成立新的工作组，推动港口和铁路建设取得更多成果。",
)


def test_a_source_tag_in_lenticular_brackets_is_no_headline() -> None:
    # CJK_SOURCE_TAG
    _, meta = build("【港口新闻】", *CJK_BODY)
    assert meta.title.value is None
    _, meta = build("【港口新闻】市长会见港口代表团", *CJK_BODY)  # the tag before a headline: the headline is there
    assert meta.title.value is not None


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("订阅登录，以继续阅读全文！", True),  # CJK_PAYWALL
        ("字体大小：", True),  # FONT_CONTROL
        ("了解更多", True),  # a link's label alone
        ("市民登录网站后可以阅读全文报告，市长在会上说。", False),  # a sentence about logging in
        ("市长表示，代表团将在明年继续访问港口城市。", False),
    ],
)
def test_chinese_paywall_font_and_link_labels_go(line: str, dropped: bool) -> None:
    cleaned, _ = build("市长会见港口代表团", CJK_BODY[0], line, CJK_BODY[1])
    assert (line in [d.text for d in cleaned.dropped]) is dropped


@pytest.mark.parametrize(
    ("line", "comment"),
    [
        ("Example Daily welcomes your views. All comments are reactively-moderated and must obey the house rules.", True),
        ("All comments are pre-moderated.", True),
        ("The council said all comments on the plan are welcome until Friday.", False),
    ],
)
def test_the_comment_boxs_moderation_notice(line: str, comment: bool) -> None:
    assert rules.comment_text(line, rules.key_of(line)) is comment


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Crédito: Radio Ejemplo", True),  # PHOTO_WORDS: Spanish "crédito"
        ("Créditos: Cortesía", True),
        ("Crédito: 5 millones de pesos para la obra.", False),  # a fact box's value, no one credited
    ],
)
def test_a_spanish_photo_credit(line: str, credit: bool) -> None:
    assert rules.caption_credit(line, rules.key_of(line)) is credit


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2017. 08. 27.", "2017-08-27"),  # YEAR_FIRST_DOTTED
        ("2017. 08. 27., vasárnap 14:05", "2017-08-27"),  # FOREIGN_WEEKDAY_AFTER
        ("2017. 08. 27., v - 14:05", "2017-08-27"),  # (the weekday's letter)
        ("5 July 2017 the council met", None),  # words after the date: a sentence
        ("2017. 13. 27.", None),
    ],
)
def test_a_year_first_dotted_date_and_a_weekday_after_it(line: str, iso: str | None) -> None:
    from archive.dates import parse_date

    value = parse_date(line)
    assert (value.iso if value else None) == iso


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("14/05/2010 08:59 - Brasil/Mundo", False),  # a date line's section path: no caption before the slash
        ("Jane Roe/Example", True),  # GLUED_SLASH_CREDIT: a photographer and the library
        ("The president waves to the crowd at the palace/Antara", True),
    ],
)
def test_a_glued_slash_credit_needs_words_before_it(line: str, caption: bool) -> None:
    assert rules.caption_credit_tail(line, rules.key_of(line)) is caption


@pytest.mark.parametrize(
    ("form", "text", "found"),
    [
        ("პუტინ", "პუტინის", True),  # CAUCASIAN_DECLENSION: a Georgian case ending
        ("Պուտին", "Պուտինին", True),  # an Armenian one
        ("Սի Ծինփին", "Սի Ծինփինը", True),
        ("პუტინ", "პუტინისთვისაც", False),  # more letters after the stem than an ending has: another word
    ],
)
def test_a_leaders_name_with_georgian_and_armenian_case_endings(form: str, text: str, found: bool) -> None:
    import re

    from archive.registry import form_pattern

    assert bool(re.fullmatch(form_pattern(form, decline_latin=True), text)) is found


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("「新華網日本語版」2011年6月16日", "2011-06-16"),  # CJK_SOURCE_BEFORE_DATE
        ("【新华社】2011年6月16日", "2011-06-16"),
        ("「新華網日本語版」は2011年6月16日に伝えた", None),  # a sentence
    ],
)
def test_a_source_in_brackets_before_a_cjk_date(line: str, iso: str | None) -> None:
    from archive.dates import parse_date

    value = parse_date(line)
    assert (value.iso if value else None) == iso
