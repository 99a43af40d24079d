"""Issue 17, twenty-seventh round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_clean_seeds import dropped_texts
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.byline import is_photo_credit_slash
from archive.model import CleanArticle


def _dropped(cleaned: CleanArticle, text: str) -> bool:
    return text.strip() in [dropped.strip() for dropped in dropped_texts(cleaned)]


def _rule(cleaned: CleanArticle, text: str) -> str | None:
    return next((d.rule for d in cleaned.dropped if d.text.strip() == text.strip()), None)


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # READING_TIME_SECONDS: the seconds after the minutes
        ("Temps de lecture : 1 min 8 s", True),
        ("Reading time: 2 min 30 sec", True),
        ("Temps de lecture : 1 min", True),
        # a sentence about minutes and seconds stays
        ("Le record a été battu de 1 min 8 s par la coureuse locale, a annoncé le jury.", False),
    ],
)
def test_a_reading_time_with_seconds_is_furniture(line: str, dropped: bool) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert _dropped(cleaned, line) == dropped
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # SPACED_FRENCH_CLOCK and MODIFIED_LABEL: Quebec's clock, and "Modifié" labels the update
        ("Le 27 septembre 2025 — Modifié à 08 h 00 min", "2025-09-27"),
        ("Publié le 27 septembre 2025 à 8 h 30", "2025-09-27"),
        # without a clock's shape ("8 heures"), the line is words: no date line
        ("Le 27 septembre 2025 — Modifié depuis huit heures par la rédaction", None),
    ],
)
def test_a_french_spaced_clock_and_a_modified_label_make_a_date_line(line: str, date: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == date
    assert _dropped(cleaned, line) == (date is not None) or line in meta.date.provenance.evidence


@pytest.mark.parametrize(
    ("row", "dropped"),
    [
        # MORE_NETWORKS: a follow-us row with TikTok and friends
        ("Facebook X (Twitter) Instagram YouTube TikTok", True),
        ("Instagram TikTok Snapchat", True),
        # a headline naming the networks is words around them
        ("TikTok and Instagram fined by the regulator", False),
    ],
)
def test_a_row_of_every_network_is_buttons(row: str, dropped: bool) -> None:
    cleaned, meta = build(HEADLINE, row, *BODY)
    assert _dropped(cleaned, row) == dropped
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    ("above", "temperature", "dropped"),
    [
        # WEATHER_HEADING and CYRILLIC_CELSIUS: the box's heading and its temperature
        ("Погода в Алматы", "+23°С", True),
        ("Weather in Harbour City", "12°C", True),
        # without the temperature below, "weather in ..." may be a weather story's headline: it stays
        ("Weather in Harbour City", "Harbour City, the largest port", False),
    ],
)
def test_the_weather_boxs_heading_goes_with_it(above: str, temperature: str, dropped: bool) -> None:
    cleaned, meta = build(above, temperature, HEADLINE, *BODY)
    assert (_rule(cleaned, above) == "weather-widget") == dropped
    assert meta.title.value == (HEADLINE if dropped else above)


@pytest.mark.parametrize("bullet", ["• ", ""])
def test_a_bulleted_list_of_headlines_gives_no_title(bullet: str) -> None:
    # BULLETED_ITEM: the latest headlines as a bulleted list above the article: none is its headline
    items = [f"{bullet}Flood waters recede in the valley after a week of rain", f"{bullet}Bus drivers strike over pay"]
    _, meta = build("Harbour News", "Latest", *items, "Monday 12 May 2025", "Home", HEADLINE, *BODY)
    # without bullets, the last of them stands right above the date line, but uses none of the article's words: it gives
    # way to the headline that does (archive.clean's OFF_TOPIC_TITLE)
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # LOWER_CASE_OPENING: a widget's words in lower case are passed over
        ("в Алматы облачность и ветер", HEADLINE),
        ("and more from the harbour district", HEADLINE),
        # a brand's word with a capital inside may open a headline
        ("iPhone sales in the harbour district double", "iPhone sales in the harbour district double"),
    ],
)
def test_a_line_opening_in_lower_case_is_no_headline(first: str, title: str) -> None:
    # (the brand's line stands alone over the article: right over HEADLINE, which the article's words are all of, it would
    # give way to it as a masthead would, HEADLINE_OVER_THE_LEAD)
    head = (first,) if first == title else (first, HEADLINE)
    _, meta = build(*head, *BODY)
    assert meta.title.value == title


def test_a_run_of_names_alone_is_a_menu_not_a_byline() -> None:
    # NAMES_RUN_IS_A_MENU: three lines of names alone in a row
    menu = ["ВЕСЬ НОМЕР", "ПЕРВАЯ ПОЛОСА", "ПОЛИТИКА И ЭКОНОМИКА"]
    _, meta = build(HEADLINE, *menu, *BODY)
    assert meta.author.value is None
    # two names alone together still credit the authors
    _, credited = build(HEADLINE, "Jane Roe", "John Doe", *BODY)
    assert credited.author.value is not None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # AGENCY_THEN_PHOTOGRAPHER: the picture desk's other order
        ("|REUTERS/Sergei Example", True),
        ("AP Photo/Jane Roe", True),
        ("Jane Roe/AFP", True),
        # two places, two people: no agency
        ("Moscow/Beijing", False),
        ("Jane Roe/John Doe", False),
    ],
)
def test_an_agency_then_a_name_after_a_slash_credits_a_photo(line: str, credit: bool) -> None:
    assert is_photo_credit_slash(line) == credit


@pytest.mark.parametrize("label", ["İlgili Makaleler", "Lo más visto", "많이 본 기사", "Ще статті по темі", "Taggar"])
def test_more_foreign_labels_of_other_stories(label: str) -> None:
    cleaned, meta = build(HEADLINE, *BODY, label, "Ferry service resumes after the storm")
    assert _dropped(cleaned, label)
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # COMPOUND_AGE: hours then minutes, Romanian
        ("Acum 13 ore, 19 minute", True),
        # SLAVIC_READING_TIME
        ("3хв на читання", True),
        ("5 мин на чтение", True),
        # READ_TIMES_IN_TOTAL and LABELLED_FOREIGN_COUNT
        ("This news has been read 166 times in total", True),
        ("Lecturas: 382", True),
        # an ad's hide button, a metered page's last word, a Romanian share button, Blogger's list in Portuguese
        ("Hide AdAdvertisement", True),
        ("You have viewed all your free articles this month", True),
        ("Distribuiti mai departe...", True),
        ("Postagens mais visitadas deste blog", True),
        ("CITIȚI ȘI...", True),
        # sentences with the same words stay
        ("Acum 13 ore, 19 minute au trecut de la cutremur, iar echipele caută încă supraviețuitori.", False),
        ("The report has been read 166 times in total by the members of the council, the clerk said.", False),
        ("Lecturas: 382 alumnos participaron en el concurso de lectura del distrito este año.", False),
    ],
)
def test_more_furniture_of_the_tail_and_the_head(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert _dropped(cleaned, line) == dropped


@pytest.mark.parametrize(
    ("tails", "dropped"),
    [
        # DATED_HEADLINE_TAIL: other stories' headlines, each with its date and time after a dash
        (["22 de novembro de 2024 12:01 pm", "22 de novembro de 2024 11:52 am"], True),
        (["3 March 2021", "2 March 2021"], True),
        # one such line alone is no list
        (["22 de novembro de 2024 12:01 pm"], False),
    ],
)
def test_headlines_with_their_dates_after_a_dash_are_other_stories(tails: list[str], dropped: bool) -> None:
    lines = [
        f"- {head} - {tail}"
        for head, tail in zip(("Castle draws tourists back", "Gorge shows autumn colours"), tails, strict=False)
    ]
    cleaned, _ = build(HEADLINE, *BODY, *lines)
    assert all(_dropped(cleaned, line[2:]) == dropped for line in lines)  # (the dropped line's text, without its bullet)


CAPTION = "The first of two new wards at the harbour hospital which opened on Sunday"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # CREDIT_ABOVE_THE_COPY: the headline, its date line, then a picture's alt text and caption (the same line twice)
        ([HEADLINE, "Published on 24/08/2022", CAPTION, CAPTION], HEADLINE),
        # the line printed twice with the date between its copies is the headline printed twice
        (["Harbour News Today", CAPTION, "Published on 24/08/2022", CAPTION], CAPTION),
    ],
)
def test_a_line_printed_twice_in_a_row_under_the_headlines_date_is_a_caption(lines: list[str], title: str) -> None:
    _, meta = build(*lines, *BODY)
    assert meta.title.value == title


@pytest.mark.parametrize(
    ("days", "date"),
    [
        # DATES_AS_SUBHEADINGS: two days of a programme, each above its sentence: sub-headings, and no page date
        (["Saturday 19 October", "Sunday 20 October"], None),
        # one date line under the first sentence is the page's date line (as before)
        (["Saturday 19 October"], "--10-19"),
    ],
)
def test_dates_heading_the_parts_of_a_programme_are_sub_headings(days: list[str], date: str | None) -> None:
    parts = ["The reserve team plays at home against the visitors from the valley.", "The juniors travel to the city."]
    lines = [line for day, part in zip(days, parts, strict=False) for line in (day, part)]
    cleaned, meta = build("Four matches on the weekend", "All results will be known on Sunday afternoon.", *lines)
    assert dict(meta.date.extra).get("partial") == date  # (a day and a month: the date stays partial)
    assert all((day in [ln.text for ln in cleaned.body]) == (date is None) for day in days)


@pytest.mark.parametrize(
    ("under", "outlet"),
    [
        # NAME_UNDER_THE_HEADLINE and CHANNEL_NUMBER: a station's name printed again and again under the headline
        (["Harbour News 8", "Harbour News 8", "Harbour News 8"], "Harbour News 8"),
        (["Harbour Daily Times", "Harbour Daily Times"], "Harbour Daily Times"),
        # printed once, alone, it is the site's credit too (archive.sources' PAPER_ALONE_UNDER_HEADLINE: on development
        # pages of the forty-first round three such names were the site's, none another's); a person's name twice is no
        # paper's
        (["Harbour News 8"], "Harbour News 8"),
        (["Jane Roe", "Jane Roe"], None),
    ],
)
def test_a_papers_name_printed_again_under_the_headline_names_the_outlet(under: list[str], outlet: str | None) -> None:
    _, meta = build(HEADLINE, *under, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # PLATFORM_IN_NAME: a platform's or a button's name is no person's
        ("Google Ads", None),
        ("Compártelo Facebook Twitter", None),
        # a name alone under the headline is the author's
        ("Jane Roe", "Jane Roe"),
    ],
)
def test_a_platforms_name_is_no_author(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == author


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # DESK_AGAIN: the desk's credit printed twice names no paper
        ("Redacción Por Redacción", None),
        # OUTLET_DESK_CREDIT: the desk and the paper's name
        ("Redacción Harbour Diario", "Harbour Diario"),
    ],
)
def test_a_desk_credited_twice_names_no_outlet(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("button", "outlet"),
    [
        # a share button printed twice above the headline is no masthead
        ("Facebook'ta Paylaş", None),
        # MASTHEAD_PRINTED_AGAIN: a name printed twice is
        ("Harbour Kale Ege", "Harbour Kale Ege"),
    ],
)
def test_a_share_button_printed_twice_is_no_masthead(button: str, outlet: str | None) -> None:
    _, meta = build(button, button, HEADLINE, "3 March 2021", *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "date", "author"),
    [
        # SECTION_BEFORE_DATE: a section's label of two words, then the date
        ("Россия Материалы 16 июля 2006 15:24 (UTC +04:00)", "2006-07-16", None),
        ("World Politics | 16 July 2006", "2006-07-16", None),
        # a credited name before the date is the author's
        ("By Jane Roe 16 July 2006", "2006-07-16", "Jane Roe"),
    ],
)
def test_a_section_label_before_the_date_is_furniture(line: str, date: str, author: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert (meta.date.value, meta.author.value) == (date, author)
