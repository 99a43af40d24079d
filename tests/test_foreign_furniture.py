"""Furniture and credits in other languages (issue 17): "Read also:" lead-ins and an agency's own footer. Each rule with
and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_clean_unseen import test_line_rule_drops_its_trigger_and_keeps_the_sentence as check_line_rule

from archive import rules
from archive.clean import clean
from archive.extract import from_text
from archive.model import CleanArticle, Metadata, RawArticle
from archive.problems import Problems
from archive.registry import Registry, parse_registry

REGISTRY = Registry(())
HEAD = ("Портовый город принял делегацию", "05.06.2019 14:35")
ENGLISH_BODY = (
    "The committee met on Monday to review the grain corridor and the rail freight plan for the next year in the city.",
    "A second paragraph says more about the grain talks and the trade that both sides expect to grow soon.",
)
BODY = (
    "Мэр портового города в понедельник встретился с делегацией и обсудил с ней торговлю зерном и железные дороги.",
    "Стороны договорились расширить сотрудничество в следующем году и создать новую рабочую группу в городе.",
)


def build(*lines: str, registry: Registry = REGISTRY) -> tuple[CleanArticle, Metadata]:
    cleaned = clean(RawArticle("seeds/x.txt", "x.txt", "x", "0" * 64, lines))
    return cleaned, from_text(cleaned, registry)


def kept_lines(*lines: str) -> list[str]:
    """The text of the lines the page keeps, cleaned (for other modules' with/without tests)."""
    cleaned, _ = build(*lines)
    return [line.text for line in cleaned.lines]


# the archive's own registry, as the build reads it: the agencies and outlets it knows
ARCHIVE_REGISTRY = parse_registry(
    "registry.yml", (Path(__file__).parent.parent / "registry.yml").read_text(encoding="utf-8"), Problems()
)


@pytest.mark.parametrize(
    ("lead_in", "sentence"),
    [
        ("Читайте также: Мэр рассказал о новом мосте", "Читайте внимательно: мэр рассказал о новом мосте в понедельник."),
        ("Lire aussi : Le maire inaugure le pont", "Lire aussi le rapport du maire sur le pont, a-t-il dit."),
        ("Baca juga: Wali kota resmikan jembatan baru", "Baca laporan wali kota tentang jembatan baru itu, katanya."),
        ("Lesen Sie auch: Bürgermeister eröffnet Brücke", "Lesen Sie den Bericht des Bürgermeisters über die Brücke."),
        ("相关阅读：市长为新桥剪彩", "市长在会上阅读了关于新桥的相关报告，并回答了记者的提问。"),
    ],
)
def test_a_read_also_lead_in_in_another_language_goes_with_its_headline(lead_in: str, sentence: str) -> None:
    cleaned, _ = build(*HEAD, BODY[0], lead_in, BODY[1])
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(4, "read-more")]
    # the same words opening a sentence, without the colon, are the article's
    cleaned, _ = build(*HEAD, BODY[0], sentence, BODY[1])
    assert sentence in [line.text for line in cleaned.lines]


def registry_with_agency() -> Registry:
    from archive.problems import Problems
    from archive.registry import parse_registry

    text = "outlets:\n  - name: Harbour Agency\n    aliases: [Агентство Гавань]\n    role: news agency\n"
    return parse_registry("registry.yml", text, Problems())


def test_an_agency_footer_at_the_end_of_the_page_names_the_outlet() -> None:
    registry = registry_with_agency()
    _, meta = build(*HEAD, *BODY, "Поделиться", "© 2019 Агентство Гавань", registry=registry)
    assert (meta.outlet.value, meta.outlet.provenance.evidence) == ("Harbour Agency", "© 2019 Агентство Гавань")
    # without a year, under the last paragraph: a photo's credit
    assert build(*HEAD, *BODY, "© Агентство Гавань", registry=registry)[1].outlet.value is None
    # between the paragraphs the same line credits a photo: no outlet
    _, meta = build(*HEAD, BODY[0], "© 2019 Агентство Гавань", BODY[1], registry=registry)
    assert meta.outlet.value is None
    # above the article, far from the page's end and without "all rights reserved": a photo's credit too (a © naming
    # no agency there would be the outlet)
    _, meta = build(*HEAD, "© 2019 Агентство Гавань", *BODY, "Поделиться", "Главная", "Политика", registry=registry)
    assert meta.outlet.value is None
    # ... unless it says the rights are reserved
    footer = "© 2019 Агентство Гавань. Все права защищены"
    _, meta = build(*HEAD, *BODY, footer, "Поделиться", "Главная", "Политика", registry=registry)
    assert meta.outlet.value == "Harbour Agency"


# (rule, a junk line that triggers it, an article sentence that does not), inside an English article (test_rules)
LINE_RULE_CASES = [
    (rules.MENU_BAR, "новости | спорт | погода | культура", "Новости, спорт и погода занимают первую полосу, сказал он."),
    (rules.MENU_BAR, "直通|福建|时评|国内|国际", "双方在福建举行了会谈，并就国内和国际问题交换了意见。"),
    (rules.MENU_BAR, "Interviews with people |", "Interviews with people at the harbour took two weeks, he said."),
    (rules.BREADCRUMB, "您当前的位置: 新闻中心 > 更多头条", "您当前的位置是新闻中心，请继续阅读更多头条新闻的内容。"),
    (rules.BREADCRUMB, "Sie sind hier: Startseite > Politik", "Sie sind hier, sagte der Minister, weil der Hafen wichtig ist."),
    (rules.BREADCRUMB, "新闻中心 > 国际 > 正文", "新闻中心的国际部门今天发布了关于港口会谈的正文和照片。"),
    (
        rules.ICON_TEXT,
        "icon bookmark-bicon bookmarkicon cameraicon checkicon",
        "The icon of the harbour is a bookmark-shaped crane.",
    ),
    (
        rules.CAPTION,
        "Jane Roe und John Doe (rechts)",
        "Jane Roe und John Doe sprachen am Montag über den Hafen (rechts im Bild).",
    ),
    (rules.CAPTION, "图：志愿者在港口分发倡议书", "志愿者在港口向市民分发倡议书，并介绍了图书馆的新规定。"),
    (rules.NAV_LABEL, "分享到：", "他说，愿意把这次会谈的成果分享到更多城市。"),
    (rules.NAV_LABEL, "Добавить в закладки", "Министр предложил добавить порт в список важных объектов."),
]


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"), LINE_RULE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(LINE_RULE_CASES)]
)
def test_line_rules_in_other_languages_drop_their_trigger_and_keep_the_sentence(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


def test_a_credit_with_a_bar_left_over_keeps_its_author() -> None:
    # MENU_BAR is one of METADATA_RESCUE_RULES: "Jane Roe - Print |" names the author beside a control
    _, meta = build("Harbour talks resume in the capital", "Jane Roe - Print  |", *ENGLISH_BODY)
    assert meta.author.value == "Jane Roe"


def test_a_line_printed_three_times_is_not_dropped_for_that_alone() -> None:
    # (no rule drops a third printing's first copy: a refrain in a speech is the article's)
    refrain = "We will build the harbour together."
    cleaned, _ = build("Harbour talks resume in the capital", *ENGLISH_BODY[:1], refrain, refrain, refrain, *ENGLISH_BODY[1:])
    assert [line.text for line in cleaned.lines].count(refrain) == 1


# --- dates in other languages ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("mercredi 29 août 2018 à 14:10", "2018-08-29"),  # FOREIGN_WEEKDAY
        ("Mittwoch, 5. März 2019", "2019-03-05"),
        ("Artikel vom 19.12.2014", "2014-12-19"),  # a German "published" label
        ("2023-03-21 16:07:46港口电视 来自港口城市", "2023-03-21"),  # a Chinese source run onto the time
    ],
)
def test_foreign_date_lines_give_their_date(line: str, iso: str) -> None:
    _, meta = build(*HEAD[:1], line, *BODY)
    assert meta.date.value == iso
    # without the date, the same words date nothing
    assert build(*HEAD[:1], line.split("2")[0].strip() or "Artikel", *BODY)[1].date.value is None


def test_the_first_paragraphs_full_dateline_wins_over_a_date_line_below_it() -> None:
    lead = "HARBOUR CITY (Example Agency) 03 de abril de 2020.- El alcalde se reunió el lunes con la delegación del puerto."
    other = "Conferencia Alcalde viernes 31 de marzo de 2023."
    _, meta = build("El puerto reanuda las conversaciones", lead, other, "La delegación volverá el próximo año, dijo el alcalde.")
    assert meta.date.value == "2020-04-03"  # LEAD_DATE_FIRST
    # without the lead's date, the date line below dates the page
    plain = "El alcalde se reunió el lunes con la delegación del puerto en la ciudad."
    _, meta = build(
        "El puerto reanuda las conversaciones", plain, other, "La delegación volverá el próximo año, dijo el alcalde."
    )
    assert meta.date.value == "2023-03-31"


def test_a_masthead_of_a_site_address_and_its_slogan_names_the_outlet() -> None:
    _, meta = build("HARBOUR-NEWS.org - Press Release Distribution", "Harbour talks resume in the capital", *ENGLISH_BODY)
    assert (meta.outlet.value, meta.title.value) == ("harbour-news.org", "Harbour talks resume in the capital")
    # without the address, a slogan names no outlet
    _, meta = build("Harbour News - Press Release Distribution", "Harbour talks resume in the capital", *ENGLISH_BODY)
    assert meta.outlet.value is None
