"""Issue 17, eleventh round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE, ROOT

from archive.clean import _not_a_headline
from archive.headline import split_headline
from archive.metaline import parse_lead
from archive.problems import Problems
from archive.registry import parse_registry
from archive.sources import is_newspaper_name

REGISTRY = parse_registry("registry.yml", (ROOT / "registry.yml").read_text("utf-8"), Problems())


def dropped_between_paragraphs(line: str) -> bool:
    """Whether the line, set between the article's first and second paragraphs, is cleaned away."""
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    return line not in [c.text for c in cleaned.lines]


CARD_DATE = "2026. március 10. 07:28, kedd | Belföld"
CARD_HEADLINE = "Orbán Viktor: védett árat vezet be a kormány"
CARD_TEASER = "A benzin és a gázolaj esetében is védett árat vezet be a kormány, az intézkedés éjféltől lép életbe."
# the page's last line, cut by the copy without its full stop, of more than CUT_LAST_PARAGRAPH_WORDS words
CUT_LINE = (
    "A kormány a jövő héten újabb intézkedéseket jelent be a lakosság számára, a részleteket a szóvivő a hét végén "
    "ismerteti majd a sajtóval és a"
)


def test_the_last_line_under_a_card_is_its_teaser_once_a_card_has_shown_one() -> None:
    # CARD_CUT_AT_ITS_TEASER: date, headline, teaser; date, headline, and the last line cut short
    cleaned, _ = build(
        HEADLINE,
        *BODY,
        "Ezek érdekelhetnek még",
        CARD_DATE,
        CARD_HEADLINE,
        CARD_TEASER,
        CARD_DATE,
        "Veszprém megyében folytatta kampányát a miniszter",
        CUT_LINE,
    )
    assert [c.text for c in cleaned.lines] == [HEADLINE, *BODY]
    # with no card's teaser above it, the last line may be the article's paragraph the copy stopped in: kept
    cleaned, _ = build(HEADLINE, *BODY, "Ezek érdekelhetnek még", CARD_DATE, CARD_HEADLINE, CUT_LINE)
    assert [c.text for c in cleaned.lines] == [HEADLINE, *BODY, CUT_LINE]


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # --- a newsroom asking for tips
        ("Vet du mer eller har bilder? Kontakta redaktionen", True),  # TIP_CALL
        ("Got a news tip? Email us at tips@example.com", True),
        ("Une info ? Contactez la rédaction", True),
        ("Есть новость? Напишите нам в Telegram", True),
        # a call to contact the police, and a question the article answers, are the article's
        ("Have information? Contact police at 555-1234.", False),
        ("Who did it? Police told us nothing about the suspects.", False),
        # --- see-also lead-ins, tip calls, AI summary notices
        ("PUEDES VER: Declaración de la cumbre rechaza las injerencias", True),  # FOREIGN_READ_MORE
        ("ZOBACZ: Początek kłopotów w mieście. Policja wkroczyła do biur", True),
        ("Zobacz, jak wygląda nowy most w mieście, który otwarto wczoraj.", False),  # no colon: a sentence
        ("Widziałeś coś ważnego? Przyślij zdjęcie lub film", True),  # TIP_CALL in Polish
        ("Resumen generado por Inteligencia Artificial", True),  # AI_SUMMARY_NOTICE
        ("La IA puede cometer errores u omisiones. Recomendamos leer la información completa.", True),
        ("The AI can make the case for better schools, experts said on Monday.", False),
        # --- press releases' ends, print buttons, lone zones, photo credits in other languages
        ("--30--", True),  # PRESS_RELEASE_END
        ("-30-", True),
        ("30", True),  # (a counter, as before)
        ("Media Contact:", True),  # a press release's labels
        ("For Media Inquiries", True),
        ("Logo", True),  # a logo's alternative text alone
        ("Logo design wins the city's award", False),
        ("Imprimir", True),  # the print button in other languages
        ("Drukuj", True),
        ("IST", True),  # LONE_ZONE
        ("GMT+7", True),
        ("Istanbul", False),
        # a caption's photo credit in other languages (PHOTO_HINTS now holds PHOTO_WORDS' words)
        ("Hai ông thị trưởng tại cảng năm 2019. Ảnh: Example", True),
        ("Die Bürgermeister am Hafen im Jahr 2019. Foto: Example", True),
        ("Die Bürgermeister sagten, die Bildung komme zuerst.", False),
        # --- page controls, ad slots, comment boxes (dev8)
        ("bottom of page", True),  # page controls
        ("Post Top Ad", True),  # a blog template's ad slot
        ("Caricamento commenti", True),  # the comment box in Italian
        ("Commenta la notizia", True),
        ("The post was top of the agenda at the harbour council.", False),
        ("The mayor of Harbour City(Pixabay)", True),  # PHOTO_LIBRARY_TAIL
        ("The mayor at the harbour at dawn (Shutterstock)", True),
        ("Harbour talks resume on Tuesday (Reuters)", False),  # a wire may end a headline
        ("🎙️ Voice is AI-generated. Inconsistencies may occur.", True),  # an AI voice's notice
        ("WhatsApp Image 2022 03 25 at 18.25.14", True),  # a messaging app's picture name
        ("Go", True),  # a search form's button
        ("Links to new window", True),
        ("Go ahead, the mayor told the harbour council.", False),
        # CAPTION_LEAD "File photo of", before the wire's sign-off test
        ("File photo of the mayor (R) and his deputy at the harbour in October 2013 [Xinhua]", True),
    ],
)
def test_furniture_between_paragraphs_goes_and_the_article_s_sentences_stay(line: str, dropped: bool) -> None:
    assert dropped_between_paragraphs(line) is dropped


@pytest.mark.parametrize(
    ("name", "newspaper"),
    [
        ("The Observer", True),  # THE_PAPER
        ("The Guardian", True),
        ("The News", False),  # a section's word
        ("The Daily", False),
        ("The Weather", False),  # no newspaper word
        ("南国早报", True),  # CJK_NEWSPAPER_NAME
        ("环球时报", True),
        ("工作汇报", False),  # a report
        ("国际新闻", False),  # a section: "international news"
        ("Başka Gazete", True),  # FOREIGN_NEWSPAPER_WORDS: Turkish, German, Cyrillic
        ("Aussiedler Bote", True),
        ("Российская Газета", True),
        ("Son Dakika Haberleri", False),  # "breaking news", a section
    ],
)
def test_a_paper_named_the_observer_or_in_chinese_is_a_newspapers_name(name: str, newspaper: bool) -> None:
    assert is_newspaper_name(name) is newspaper


def test_a_papers_name_above_the_headline_is_the_outlet() -> None:
    _, meta = build("The Observer", HEADLINE, *BODY)
    assert (meta.outlet.value, dict(meta.outlet.extra)["rule"]) == ("The Observer", "outlet-masthead")
    _, meta = build("The News", HEADLINE, *BODY)
    assert meta.outlet.value is None


@pytest.mark.parametrize(
    ("line", "wire", "outlet"),
    [
        ("Quelle: dpa", "dpa", None),  # FOREIGN_SOURCE_LABELS
        ("12.03.2024 | Quelle: dpa", "dpa", None),
        ("Источник: ТАСС", "ТАСС", None),
        # NEXT_LABEL / SOURCE_THEN_LABEL: the source ends at the photo's label, whose address credits the picture
        # (PHOTO_SITE), not the page
        ("Forrás: MTI - illusztráció: example.hu", "MTI", None),
        ("Source: Example Wire - Photo: example.com", "Example Wire", None),
        ("Source: Reuters/AFP", "Reuters/AFP", None),  # AGENCIES_CREDITED after a source's label
        # the site's own newsroom is the outlet, never a wire (OUTLET_DESK_CREDIT)
        ("Kaynak: Example TV Haber Merkezi", None, "Example TV"),
        ("Quellen: dpa", None, None),  # no label of the list
    ],
)
def test_a_source_labelled_in_other_languages_names_the_wire(line: str, wire: str | None, outlet: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert (meta.wire.value, meta.outlet.value) == (wire, outlet)


WRAPPED = (
    "NEW ORLEANS - Two harbour councils have",
    "received a grant from the national fund designed to",
    "bring more young people into the trades.",
    "The money from the fund's training program is focused on the",
    "building trades, and it will underwrite a program",
    "at the college as part of its apprenticeship scheme.",
)


def test_on_a_hard_wrapped_page_a_sentence_broken_before_a_name_is_kept() -> None:
    # HARD_WRAPPED_PAGE: a line without a sentence's end above the line that ends the sentence
    broken = ("Partnering with Exampleton will be Sampleford's Materials Research", "Science and Engineering Center.")
    cleaned, _ = build(HEADLINE, *WRAPPED, *broken)
    assert [c.text for c in cleaned.lines] == [HEADLINE, *WRAPPED, *broken]
    # on a page of whole-line paragraphs the same line, another story's headline, goes
    cleaned, _ = build(HEADLINE, *BODY, *broken)
    assert broken[0] not in [c.text for c in cleaned.lines]


def test_a_japanese_caption_run_into_the_text_is_kept() -> None:
    # MAX_CJK_CAPTION_CHARS: a caption with its position mark, then the article's text on the same line
    caption = "会議で顔を合わせる山田氏（左）と田中氏/Example Images"
    text = "東京（共同）山田市長は２日、田中知事と初めて公式会談を行い、港の再開発について協力することで一致した。" * 3
    cleaned, _ = build(HEADLINE, *BODY, caption + text)
    assert caption + text in [c.text for c in cleaned.lines]
    # the caption alone goes
    cleaned, _ = build(HEADLINE, *BODY, caption)
    assert caption not in [c.text for c in cleaned.lines]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("聯合報／ 記者王小明／即時報導", "王小明"),  # CJK_SLASHED_CREDIT
        ("记者王明／台北报导", "王明"),
        ("홍길동 기자 (hong@example.kr)", "홍길동"),  # KOREAN_REPORTER_CREDIT
        ("홍길동 특파원 = 베이징", "홍길동"),
        ("기자회견에서 밝혔다", None),  # "press conference": no name before 기자
        # desk credits are no person (FOREIGN_DESK_WORDS), nor is a newsletter's name
        ("Da Redação", None),
        ("Tim Redaksi", None),
        ("Na Mwandishi Wetu", None),
        ("Newsletter Vuelta al Mundo", None),
    ],
)
def test_reporters_credited_in_taiwan_and_korea_and_desks_that_are_no_one(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == author


def test_a_date_beside_the_weather_box_is_the_site_clock() -> None:
    # SITE_CLOCK: the header's weather, town and today's date
    _, meta = build("22.3 C", "Harbour City", "Saturday, July 13, 2024", HEADLINE, *BODY)
    assert meta.date.value is None
    # the same date line without the weather box above the headline is the page's date
    _, meta = build("Harbour City", "Saturday, July 13, 2024", HEADLINE, *BODY)
    assert meta.date.value == "2024-07-13"


def test_a_portuguese_weekday_opens_a_date_and_a_date_is_no_headline() -> None:
    # FOREIGN_WEEKDAYS with a hyphen ("segunda-feira"): the line is the page's date, the headline below it the title
    _, meta = build("segunda-feira, 9 de dezembro de 2013", "OPERAÇÃO NATAL NA CIDADE", *BODY)
    assert (meta.title.value, meta.date.value) == ("OPERAÇÃO NATAL NA CIDADE", "2013-12-09")
    # without the weekday's hyphenated name the line is no date either way
    _, meta = build("segunda, 9 de dezembro", "OPERAÇÃO NATAL NA CIDADE", *BODY)
    assert meta.date.value is None


@pytest.mark.parametrize(
    ("line", "not_a_headline"),
    [
        # SENTENCE_THEN_CREDIT in other languages: a caption with its photo credit is no headline
        ("Bei diesem Unfall am Berg stirbt ein Mensch, die Retter sind im Einsatz. Foto: Jan Muster", True),
        ("Bei diesem Unfall am Berg stirbt ein Mensch, die Retter sind im Einsatz", False),
        # CONTACT_LABEL: a press release's contact line
        ("CONTACT: Jane Roe, Public Information Officer, 555-0100", True),
        ("Contact tracing app fails its first test", False),
    ],
)
def test_a_credited_caption_and_a_contact_line_are_no_headline(line: str, not_a_headline: bool) -> None:
    assert _not_a_headline(line) is not_a_headline


def test_a_title_suffix_the_site_prints_after_its_name_is_its_tagline() -> None:
    # TITLE_SUFFIX_SHARED: "Headline – Saudi News" and "Example Network – Saudi News": the outlet is the name
    _, meta = build(f"{HEADLINE} – Gulf Updates", "Example Network – Gulf Updates", *BODY)
    assert (meta.title.value, meta.outlet.value) == (HEADLINE, "Example Network")
    # a suffix no other line shares stays on the headline
    _, meta = build(f"{HEADLINE} – Gulf Updates", "Example Network", *BODY)
    assert meta.title.value == f"{HEADLINE} – Gulf Updates"


def test_a_chinese_caption_saying_pictured_is_goes_with_its_agency() -> None:
    # CJK_POSITION_MARKER: "图为" ("pictured is") marks a caption as "（左）" does, its agency after the full stop
    caption = "市长八月三十一日在会展中心设宴欢迎各国贵宾，图为市长欢迎来宾到来。（欧新社）"
    cleaned, _ = build(HEADLINE, *BODY, caption)
    assert caption not in [c.text for c in cleaned.lines]
    # without it, a paragraph signed off by its agency stays
    signed = "市长八月三十一日在会展中心设宴欢迎各国贵宾，市长欢迎来宾到来。（欧新社）"
    cleaned, _ = build(HEADLINE, *BODY, signed)
    assert signed in [c.text for c in cleaned.lines]


@pytest.mark.parametrize(
    ("kind", "line", "names"),
    [
        ("leaders", "圖為習近平歡迎俄羅斯總統普亭到來。", ["Xi Jinping", "Vladimir Putin"]),  # United Daily News's 普亭
        ("agreements", "Xi defendió la Franja y la Ruta ante los líderes.", ["Belt and Road Initiative"]),
        ("agreements", "Kuşak ve Yol Forumu Pekin'de toplandı.", ["Belt and Road Initiative"]),
        ("agreements", "Sáng kiến Vành đai, Con đường được nhắc tới.", ["Belt and Road Initiative"]),
        ("agreements", "Xi and Putin walked along the road to the belt of hills.", []),
    ],
)
def test_the_registry_names_putin_as_taiwan_prints_him_and_the_belt_and_road_in_five_languages(
    kind: str, line: str, names: list[str]
) -> None:
    assert [m.name for m in REGISTRY.matcher(kind).find(line)] == names


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("كتب : علاء عمران", "علاء عمران"),  # ARABIC_CREDIT
        ("بقلم سامي يوسف", "سامي يوسف"),
        ("كتب التاريخ من جديد", None),  # no colon: a headline ("history is written anew")
    ],
)
def test_an_arabic_byline_on_its_own_line(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == author


def test_a_logo_before_its_name_is_the_masthead_and_names_the_site() -> None:
    # LOGO_LINE and LOGO_NAME with the word first ("Logo Example TV"), as with the word last
    cleaned, meta = build("Logo Harbour TV", HEADLINE, *BODY)
    assert "Logo Harbour TV" not in [c.text for c in cleaned.lines]
    assert meta.outlet.value == "Harbour TV"
    # a template's word after it names no one
    _, meta = build("Logo Header", HEADLINE, *BODY)
    assert meta.outlet.value is None


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Sample Cities Releases - by Example News Service", "Sample Cities Releases"),  # TITLE_BY_SUFFIX
        ("Harbour council votes on the budget - by Jane Roe", "Harbour council votes on the budget"),
        ("Harbour council votes on the budget - by the numbers", "Harbour council votes on the budget - by the numbers"),
        ("BREAKING NEWS: Harbour council sent home", "Harbour council sent home"),  # TITLE_FLASH_PREFIX
        ("JUST IN - Harbour council sent home", "Harbour council sent home"),
        ("UPDATE: Harbour council sent home", "UPDATE: Harbour council sent home"),  # a follow-up says so
        ("Breaking: the ice on the harbour", "Breaking: the ice on the harbour"),
    ],
)
def test_a_credit_after_the_titles_dash_and_a_flash_tag_before_it_are_no_part_of_the_headline(line: str, headline: str) -> None:
    assert split_headline(line).text == headline


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Datum publikování: 12. 1. 2026", "2026-01-12"),  # SPACED_DOTTED, FOREIGN_PUBLICATION_DATE
        ("12. 1. 2026", "2026-01-12"),
        ("Yayın tarihi: 12.01.2026 10:20", "2026-01-12"),
        ("12. 1.", None),  # no year
        ("1. 2. 3. 4.", None),  # a list's numbers
    ],
)
def test_a_czech_date_with_spaces_after_its_full_stops(line: str, iso: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == iso


@pytest.mark.parametrize(
    ("lead", "wire", "date"),
    [
        ("Oct. 13, 2014 (EXNS)—The harbour council met.", "EXNS", "2014-10-13"),  # DATE_FIRST_WIRE
        ("(EXNEWS) The harbour council met on Tuesday.", "EXNEWS", None),  # CAPS_WIRE_FIRST
        ("(UPDATED) The harbour council met on Tuesday.", None, None),  # a page's flag, no agency
        ("Praha 4. novembra (EXA) - Na diaľnici narazilo auto do dodávky.", "EXA", "--11-04"),  # FOREIGN_LEAD
        ("Roma, 5 marzo 2019 (EXA) - Il consiglio si è riunito.", "EXA", "2019-03-05"),
    ],
)
def test_an_agency_in_brackets_after_a_date_alone_or_after_a_foreign_dateline(
    lead: str, wire: str | None, date: str | None
) -> None:
    found = parse_lead(lead)
    assert (found and found.wire, found and (found.date.iso if found.date else found.month_day)) == (wire, date)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("De Chinese president Xi Jinping en Vladimir Poetin zijn begonnen aan een overleg.", ["Xi Jinping", "Vladimir Putin"]),
        ("रूसी राष्ट्रपति व्लादिमीर पुतिन और चीनी राष्ट्रपति शी जिनपिंग की मुलाकात", ["Vladimir Putin", "Xi Jinping"]),
    ],
)
def test_the_registry_names_the_leaders_in_dutch_and_hindi(line: str, names: list[str]) -> None:
    assert [m.name for m in REGISTRY.matcher("leaders").find(line)] == names


def test_a_header_clock_far_above_gives_way_to_the_date_right_over_the_headline() -> None:
    # MASTHEAD_DATE_ABOVE; EDITION_LINE drops the issue number; the search form's labels between
    lines = ("Lun, 19/05/2025 |", "AÑO 12 - EDICIÓN Nº 2331", "Search in title", "Search in content", "POLÍTICA")
    cleaned, meta = build(*lines, "lunes 18 de abril de 2016", HEADLINE, *BODY)
    assert (meta.title.value, meta.date.value) == (HEADLINE, "2016-04-18")
    assert "AÑO 12 - EDICIÓN Nº 2331" not in [c.text for c in cleaned.lines]
    # with no date over the headline, the header's date is the only one the page states
    _, meta = build(*lines, HEADLINE, *BODY)
    assert meta.date.value == "2025-05-19"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # PHOTO_OF: a caption printed twice under the headline is no headline
        (
            (
                "Follow us on:",
                HEADLINE,
                "September 24, 2014, 8:11 am",
                "File photo of the mayor (R) at the harbour [Example]",
                "File photo of the mayor (R) at the harbour [Example]",
            ),
            HEADLINE,
        ),
        # "top of page" is a page control, no headline
        (("top of page", HEADLINE), HEADLINE),
        # TITLE_PRINTED_BARE: the page title's dash suffix goes when the headline is printed again without it
        ((f"{HEADLINE} - PORTAL DO EXEMPLO", "quinta-feira, 9 de maio de 2024", HEADLINE), HEADLINE),
    ],
)
def test_captions_page_controls_and_a_page_titles_suffix_are_no_headline(lines: tuple[str, ...], title: str) -> None:
    _, meta = build(*lines, *BODY)
    assert meta.title.value == title


def test_a_section_banner_in_capitals_is_no_author_and_the_page_title_above_names_the_site() -> None:
    # "NOTÍCIAS TEMPO REAL" (news words in other languages are no name's); PAGE_TITLE_ABOVE
    _, meta = build(f"{HEADLINE} - PORTAL DO EXEMPLO", "NOTÍCIAS TEMPO REAL", "Post Top Ad", HEADLINE, *BODY)
    assert (meta.title.value, meta.author.value, meta.outlet.value) == (HEADLINE, None, "PORTAL DO EXEMPLO")
