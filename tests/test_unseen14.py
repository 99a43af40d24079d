"""Issue 17, fourteenth round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text (names of real agencies only where the shipped registry is what is tested),
asserting the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_clean_unseen import test_line_rule_drops_its_trigger_and_keeps_the_sentence as check_line_rule
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive import rules
from archive.byline import parse_byline
from archive.pipeline import load_registry
from archive.problems import Problems
from archive.registry import Registry, parse_registry

SHIPPED = load_registry(Path("registry.yml"), Problems())


def dropped(cleaned) -> list[tuple[int, str, str]]:
    return [(d.number, d.rule, d.text) for d in cleaned.dropped]


# The shipped registry's news agencies: a credit naming one is the copy's wire source.
@pytest.mark.parametrize(
    ("credit", "wire"),
    [
        ("By IANS", "Indo-Asian News Service"),  # an agency's short name as the byline
        ("Forrás: mti", "MTI"),  # a source's label in Hungarian (FOREIGN_SOURCE_LINE), the name in lower case
        ("Nguồn tin: TTXVN", "Vietnam News Agency"),  # Vietnamese "news source"
        ("(Bernama)", "Bernama"),
        ("新華社", "Xinhua"),  # the agency's name in Chinese
    ],
)
def test_an_agency_of_the_registry_credited_is_the_wire(credit: str, wire: str) -> None:
    _, meta = build(HEADLINE, credit, *BODY, registry=SHIPPED)
    assert (meta.wire.value, meta.author.value if meta.author.known else None) == (wire, None)


@pytest.mark.parametrize("credit", ["By Ian Sands", "Forrás: a polgármesteri hivatal közleménye szerint a tegnapi"])
def test_a_person_or_a_sentence_after_the_label_is_no_agency(credit: str) -> None:
    _, meta = build(HEADLINE, credit, *BODY, registry=SHIPPED)
    assert meta.wire.value is None


def test_a_form_differing_only_in_case_is_found_as_written() -> None:
    # Matcher._form_index: "XINHUA" keeps its case (capitals); "Xinhua" in the text is the other, case-blind form
    text = "outlets:\n  - name: Example Agency\n    aliases: [EXAGENCY, Exagency]\n"
    registry: Registry = parse_registry("registry.yml", text, Problems())
    found = [(m.name, m.form) for m in registry.matcher("outlets").find("Exagency and EXAGENCY, not exAGENCY")]
    assert found == [("Example Agency", "Exagency"), ("Example Agency", "EXAGENCY"), ("Example Agency", "exAGENCY")]


@pytest.mark.parametrize(("above", "outlet", "wire"), [("Bernama", None, "Bernama"), ("VCPOST", "VCPOST", None)])
def test_an_agency_alone_above_the_headline_is_the_wire_not_the_masthead(
    above: str, outlet: str | None, wire: str | None
) -> None:
    # AGENCY_ALONE_ABOVE: an agency credits the copy; another registry outlet there is the masthead (OUTLET_MASTHEAD)
    _, meta = build(above, HEADLINE, *BODY, registry=SHIPPED)
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


# Platform furniture: the strings a publishing platform prints on every site that runs it.
@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        # a comment platform's guidelines, sixteen words long (comment_widget reads long lines too)
        (
            rules.COMMENT_WIDGET,
            "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.",
            "Be nice to the volunteers, the mayor said, because the clean-up will take every weekend until May.",
        ),
        (rules.COMMENT_WIDGET, "PLEASE TURN OFF YOUR CAPS LOCK.", "Please turn off the lights in the hall, the caretaker asked."),
        # a blog platform's comment labels in its languages
        (rules.COMMENT_WIDGET, "Nenhum comentário:", "Nenhum comentário foi feito pelo prefeito sobre a ponte."),
        (rules.COMMENT_WIDGET, "Keine Kommentare:", "Keine Kommentare gab es vom Bürgermeister zur neuen Brücke."),
        # CTRL_ENTER_NOTICE, in any language
        (
            rules.WIDGET_ERROR,
            "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter",
            "Если вы заметили ошибку в квитанции, сообщите об этом в управляющую компанию до конца месяца.",
        ),
        (rules.WIDGET_ERROR, "Spelling error report", "The spelling error in the report was corrected by the council."),
        # NOTICE_ENDS_A_FOOTER: a holder's name and year, then the notice in Latvian
        (
            rules.COPYRIGHT_FOOTER,
            "EXAMPLE MEDIJU NAMS 2024 Visas tiesības aizsargātas.",
            "Tiesa paziņoja, ka pilsētas domes lēmums par tiltu ir spēkā un visas tiesības aizsargātas.",
        ),
    ],
)
def test_platform_furniture_goes_and_the_sentence_stays(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


CREDITED = HEADLINE + " — Foto: Example Agency"


def test_the_headline_repeated_as_its_pictures_caption_lower_down_stays_the_headline() -> None:
    # HEADLINE_ABOVE_ITS_PICTURE: headline, standfirst, byline, then the picture's caption repeating the headline
    standfirst = "The district gets a new harbour wall."
    cleaned, meta = build(HEADLINE, standfirst, "By Jane Roe", CREDITED, *BODY)
    assert meta.title.value == HEADLINE
    assert dropped(cleaned) == [(4, rules.CAPTION, CREDITED)]


def test_a_pictures_text_next_to_its_credited_caption_goes() -> None:
    # the picture's alternative text, then its caption with the credit: both the picture's
    cleaned, _ = build(HEADLINE, CREDITED, *BODY)
    assert dropped(cleaned) == [(1, rules.CAPTION, HEADLINE), (2, rules.CAPTION, CREDITED)]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Por Example Regional, com edição do DT", None),  # CREDIT_NEVER_TITLE: a credit goes on after a comma
        ("By Example Desk staff", None),  # ... or with a word in lower case
        ("Par For The Course", "Par For The Course"),  # a headline in title case
    ],
)
def test_a_credit_opening_with_by_is_never_the_title(line: str, title: str | None) -> None:
    _, meta = build(line, "March 9, 2015", *BODY)
    assert meta.title.value == title


@pytest.mark.parametrize(
    "line",
    [
        "HARBOUR CITY, 11 (Example/EP)",  # DATELINE_WITH_SOURCE: a place, a day, the source
        "PEKÍN (Example News)",
        "The harbour council is holding a special budget meeting today in",  # WRAPPED_TITLE_LINE
    ],
)
def test_a_dateline_or_a_wrapped_sentence_is_never_the_title(line: str) -> None:
    _, meta = build(line, *BODY)
    assert meta.title.value is None


@pytest.mark.parametrize("line", ["Harbour council weighs in", "Harbour City (Example) approves the budget"])
def test_a_short_headline_ending_on_a_small_word_or_naming_a_source_is_a_title(line: str) -> None:
    _, meta = build(line, *BODY)
    assert meta.title.value == line


def test_a_broadcasters_skip_links_are_no_title() -> None:
    cleaned, meta = build("Accessibility links", HEADLINE, *BODY)
    assert (dropped(cleaned), meta.title.value) == ([(1, rules.NAV_LABEL, "Accessibility links")], HEADLINE)


def test_a_footer_naming_its_holder_before_the_year_and_notice_names_the_outlet() -> None:
    # HOLDER_YEAR_NOTICE (archive.sources), under rules.NOTICE_ENDS_A_FOOTER
    _, meta = build(HEADLINE, *BODY, "EXAMPLE MEDIJU NAMS 2024 Visas tiesības aizsargātas.")
    assert meta.outlet.value == "EXAMPLE MEDIJU NAMS"
    _, meta = build(HEADLINE, *BODY, "Example Times 2019. All rights reserved.")
    assert meta.outlet.value == "Example Times"


@pytest.mark.parametrize(
    ("notice", "sentence"),
    [
        (
            "Šī vietne izmanto sīkfailus, lai uzlabotu jūsu pieredzi. Mēs pieņemam, ka jūs ar to piekrītat.",
            "Pilsētas dome šodien apsprieda jaunās skolas būvniecību un tās izmaksas.",
        ),
        ("Ši svetainė naudoja slapukus.", "Miesto taryba šiandien aptarė naujos mokyklos statybą."),
    ],
)
def test_a_cookie_notice_in_latvian_or_lithuanian_goes(notice: str, sentence: str) -> None:
    check_line_rule(rules.COOKIE_NOTICE, notice, sentence)


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("By Dr Jane Roe", "Jane Roe"),  # ACADEMIC_TITLE: the person, without the title
        ("By Prof. Jane Roe", "Jane Roe"),
        ("By Dr Who", "Dr Who"),  # one word after it: the title is the name
        ("Gemeinde Examplingen", None),  # INSTITUTION_FIRST: a municipality's release
        ("Stadt Examplingen", None),
    ],
)
def test_a_bylines_title_is_left_out_and_an_institution_is_no_author(credit: str, author: str | None) -> None:
    assert parse_byline(credit) == author


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("التقى الرئيس الصينى شى جين بينج فى موسكو", "Xi Jinping"),  # the Egyptian spelling
        ("والرئيس الصيني شي جينبينغ", "Xi Jinping"),  # the given name as one word
        ("استقبل لى كه تشيانج الوفد", "Li Keqiang"),
        ("pogovor s kitajskim predsednikom Ši Džinpingom", "Xi Jinping"),  # Slovenian, declined
    ],
)
def test_a_leaders_name_in_another_spelling_is_found(text: str, leader: str) -> None:
    assert [m.name for m in SHIPPED.matcher("leaders").find(text)] == [leader]


def test_a_word_like_a_leaders_spelling_is_no_leader() -> None:
    assert SHIPPED.matcher("leaders").find("شيء جميل في بينج") == []  # "a nice thing in ...": no name


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("By the Example Journal staff", "Example Journal"),  # STAFF_AFTER_BY
        ("By Example Times Staff", "Example Times"),
        ("Di Redazione Examplia", "Examplia"),  # DESK_AFTER_BY
        ("Por Redação Example Notícias", "Example Notícias"),
        ("19/12/2025 | 16:13Redacción Example 3", "Example 3"),  # a date and time glued before, a number in the name
        ("Foreign Affairs Correspondent", None),  # a beat, no outlet
        ("By Jane Roe, Staff Writer", None),  # a person, the role after a comma
    ],
)
def test_a_credit_to_the_sites_own_staff_or_newsroom_names_the_outlet(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, credit, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        # REPRODUCTION_NOTICE
        (
            rules.COPYRIGHT_FOOTER,
            "Without written authorization from example.com, such content shall not be republished or used in any form.",
            "The court said the report shall not be published until the inquiry ends in May.",
        ),
        (
            rules.COPYRIGHT_FOOTER,
            "This material may not be published, broadcast, rewritten or redistributed.",
            "The judge ordered that the material may not be published until the trial ends.",
        ),
        # CHINESE_SITE_LICENCE
        (rules.COPYRIGHT_FOOTER, "京ICP备12345678号", "市政府今天公布了新的预算方案，将用于修建港口和学校。"),
        # RATING_WIDGET
        (rules.WIDGET_ERROR, "Rated 0.0 out of 5", "The hotel was rated 4 out of 5 by the inspectors last year."),
        (rules.WIDGET_ERROR, "0.0 out of 5 stars (based on 0 reviews)", "Four out of five residents backed the plan."),
        # READ_MORE_LINKS
        (rules.NAV_LABEL, "Читать дальше...", "Читать дальше ему не дали: в зале погас свет."),
        (rules.NAV_LABEL, "Leia mais", "Leia mais sobre o orçamento no relatório do conselho municipal."),
    ],
)
def test_footer_widget_and_link_lines_go_and_the_sentence_stays(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


def test_a_paragraph_printed_above_the_text_and_again_as_its_lead_is_a_teaser() -> None:
    # TEASER_ABOVE_THE_LEAD: the first copy goes, the lead stays where the text begins
    cleaned, meta = build(HEADLINE, BODY[0], "By Jane Roe", BODY[0], *BODY[1:])
    assert (dropped(cleaned)[0][:2], [line.number for line in cleaned.lines]) == ((2, rules.TEASER), [1, 3, 4, 5, 6])
    assert meta.author.value == "Jane Roe"


def test_a_paragraph_printed_again_after_other_paragraphs_was_the_standfirst() -> None:
    # without the trigger: another paragraph between the copies, the first is the standfirst and the second goes
    cleaned, _ = build(HEADLINE, BODY[0], BODY[1], BODY[0], BODY[2])
    assert (dropped(cleaned), [line.number for line in cleaned.lines]) == ([(4, rules.REPEATED_LINE, BODY[0])], [1, 2, 3, 5])


LEAD = (
    "HARBOUR CITY, 4 Feb - Example. The harbour council approved the new budget for the district on Tuesday after a"
    " long debate about the schools and the roads."
)


def test_a_teaser_cutting_the_lead_short_goes() -> None:
    # NEAR_TEASER: the lead's opening words, cut ("..."), with the listing's date and source
    teaser = "The harbour council approved the new budget for the district on Tuesday after a long... | 04.02.2026, Example"
    cleaned, _ = build(HEADLINE, teaser, LEAD, *BODY[1:])
    assert dropped(cleaned) == [(2, rules.TEASER, teaser)]


def test_a_summary_opening_with_the_leads_words_stays() -> None:
    # without the trigger: the summary goes on to its own end, uncut
    summary = "The harbour council approved the new budget for the district on Tuesday, and the mayor promised new jobs."
    cleaned, _ = build(HEADLINE, summary, LEAD, *BODY[1:])
    assert dropped(cleaned) == []


@pytest.mark.parametrize(
    ("rule", "caption", "sentence"),
    [
        # COPYRIGHT_TAIL: the circled sign, agencies joined by slashes
        (
            rules.CAPTION,
            "The striker fights for the ball with the defender in Utrecht. Ⓒ EXA/HH",
            "The striker fought for the ball and scored twice in Utrecht, the club said.",
        ),
        (
            rules.CAPTION,
            "Blue lights shine on the roof of a fire engine. © Jane Roe/exa-Zentralbild/ZB",
            "Blue lights shone on the roof of the fire engine as it left the station at night.",
        ),
        # a Hungarian photographer's label
        (rules.CAPTION_CREDIT, "Fotós: Jane Roe/Example", "A fotós elmondta, hogy a hídon sokan voltak."),
    ],
)
def test_a_caption_credited_with_a_circled_sign_or_a_photographers_label_goes(rule: str, caption: str, sentence: str) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], caption, *BODY[1:])
    assert [d[1:] for d in dropped(cleaned)] == [(rule, caption)]
    cleaned, _ = build(HEADLINE, BODY[0], sentence, *BODY[1:])
    assert dropped(cleaned) == []


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2024 08 22", "2024-08-22"),  # SPACED_ISO
        ("2024 13 22", None),  # no thirteenth month
        ("Édition du lundi 6 juin 2016", "2016-06-06"),  # PRINT_EDITION
        ("Ausgabe vom 6. Juni 2016", "2016-06-06"),
        ("Édition 2016", None),  # a festival's edition, no date line
        # GLUED_TIME_WORD: an update stamp with its ISO copies glued on
        ("By Example | Updated: September 8, 2021 22:39 IST2021-09-08T22:39:16+5:302021-09-08T22:39:16+5:30", "2021-09-08"),
    ],
)
def test_more_date_line_shapes_are_read(line: str, iso: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == iso


@pytest.mark.parametrize(
    "line",
    [
        "Autor: Gemeinde Examplingen",  # AUTHOR_LABEL, whoever it names
        "Author: The Harbour Council",
        "Пожалуйста, перейдите по ссылке из письма, отправленного на",  # POLITE_REQUEST
        "Please confirm your e-mail address to continue",
    ],
)
def test_a_credit_label_or_a_request_to_the_reader_is_no_title(line: str) -> None:
    _, meta = build(line, HEADLINE, *BODY)
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize("line", ["Autobahn: Harbour bridge to close for repairs", "Pleasant Harbour wins the regatta again"])
def test_a_headline_opening_like_a_label_or_a_request_is_a_title(line: str) -> None:
    _, meta = build(line, *BODY)
    assert meta.title.value == line


@pytest.mark.parametrize(
    ("lead", "author"),
    [
        ("[이그잼플 스타in 홍길동 기자] 항구 위원회는 화요일에 새 예산을 승인했다.", "홍길동"),  # KOREAN_LEAD_CREDIT
        ("[서울=이그잼플] 홍길동 기자 = 항구 위원회는 화요일에 새 예산을 승인했다.", "홍길동"),
        ("[사진=이그잼플] 항구 위원회는 화요일에 새 예산을 승인했다.", None),  # a picture's credit names no reporter
    ],
)
def test_a_korean_lead_credit_names_the_reporter(lead: str, author: str | None) -> None:
    _, meta = build(HEADLINE, lead, *BODY)
    assert meta.author.value == author


@pytest.mark.parametrize(("credit", "author"), [("di Jane Roe", "Jane Roe"), ("av Jane Roe", "Jane Roe"), ("di sera", None)])
def test_by_in_italian_and_swedish_credits_the_author(credit: str, author: str | None) -> None:
    assert parse_byline(credit) == author


def test_a_deck_twice_as_long_as_the_headline_above_its_byline_is_no_title() -> None:
    # DECK_BELOW_THE_HEADLINE: headline, deck (no full stop), byline, lead
    deck = "The council met for six hours and voted late at night after the mayor and the opposition argued over schools"
    _, meta = build("Aziende", HEADLINE, deck, "di Jane Roe", *BODY)
    assert (meta.title.value, meta.author.value) == (HEADLINE, "Jane Roe")


@pytest.mark.parametrize(
    ("credit", "wire"), [("Source: UGC", None), ("Source: Facebook", None), ("Source: Example Wire", "Example Wire")]
)
def test_pictures_from_readers_or_a_social_network_are_no_wire(credit: str, wire: str | None) -> None:
    # USER_PICTURES (archive.sources' PHOTO_LIBRARIES)
    _, meta = build(HEADLINE, *BODY, credit)
    assert meta.wire.value == wire


def test_a_sites_icon_descriptions_go_and_a_sentence_about_an_icon_stays() -> None:
    # ICON_DESCRIPTIONS
    icons = (
        "Calendar An icon of a desk calendar. Cancel An icon of a circle with a diagonal line across. Email An icon of a"
        " paper envelope. Profile An icon that resembles human head and shoulders."
    )
    check_line_rule(rules.ICON_TEXT, icons, "The mayor, an icon of the harbour's fishing families, opened the new pier.")


@pytest.mark.parametrize(
    ("notice", "sentence"),
    [
        (
            "Материалы ИноЭкзампл содержат оценки исключительно зарубежных СМИ и не отражают позицию редакции.",
            "Совет не отражает в отчёте расходы на новый мост, заявил мэр.",
        ),
        (
            "Las opiniones de los autores no reflejan necesariamente la línea editorial.",
            "El alcalde dijo que el presupuesto refleja las necesidades del puerto.",
        ),
        (
            "Comments by readers do not reflect the views of Example News.",
            "The report does not reflect the views of the harbour council, the mayor said.",
        ),
        (
            "Las opiniones de los autores no reflejan necesariamente la línea editorial.",
            "Las cifras no reflejan necesariamente la realidad del puerto, dijo el alcalde.",
        ),
    ],
)
def test_a_sites_disclaimer_in_any_language_goes(notice: str, sentence: str) -> None:
    check_line_rule(rules.DISCLAIMER, notice, sentence)


def test_a_name_opening_with_di_is_no_credit() -> None:
    # FOREIGN_BY's Italian "di" is lower case: "Di Maio" is a surname
    assert parse_byline("Di Maio") != "Maio"
