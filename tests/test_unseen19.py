"""Issue 17, nineteenth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive import rules
from archive.metaline import parse_lead


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Jane Roe/GettyImages", None),  # PHOTO_LIBRARIES: the library's name written as one word
        ("Jane Roe/Example Daily", "Example Daily"),  # the page's own staff photographer (OUTLET_STAFF_PHOTO)
    ],
)
def test_a_picture_library_credited_under_every_photo_is_no_outlet(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, BODY[0], "The harbour at dawn", credit, BODY[1], "The mayor", credit, BODY[2])
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("credit", "outlet", "wire"),
    [
        ("Source: example-weekly.com", None, "example-weekly.com"),  # SOURCE_SITE_IS_THE_COPYS
        ("By Jane Roe, example-weekly.com", "example-weekly.com", None),  # the page's own credit line
    ],
)
def test_a_site_named_as_the_source_is_the_copys_not_the_pages(credit: str, outlet: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, credit, *BODY)
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        ("<저작권자 ⓒ 예시일보, 무단 전재 및 재배포 금지>", "예시일보"),  # KOREAN_RIGHTS_LABEL
        ("저작권자 © 예시일보 무단전재 및 재배포금지", "예시일보"),
        ("무단 전재 및 재배포 금지", None),  # the notice without its holder names no one
    ],
)
def test_a_korean_rights_notice_names_its_holder(notice: str, outlet: str | None) -> None:
    body = [
        "항구 도시 의회는 화요일 긴 토론 끝에 새 예산안을 승인했다고 밝혔다.",
        "시장은 새 계획이 일자리를 만들 것이라고 말했다.",
    ]
    _, meta = build("항구 도시 의회, 새 예산안 승인", *body, notice)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # PICTURE_SOURCE_END: a Chinese caption ends with its picture's source or the archive's label in brackets
        ("(警方圖片)", "caption"),
        ("警方昨晚在港口一帶加強巡邏。(港台圖片)", "caption"),
        ("港口城市市長周二會見來訪的代表團。（資料照）", "caption"),
        ("港口城市市長周二會見來訪的代表團（圖片由市政府提供）。", None),
        # KOREAN_PHOTO_CREDIT: a Korean caption ends with "사진=" and its source
        ("시장이 16일 항구에서 대표단을 만났다. 사진은 회의 모습. /사진=로이터", "caption"),
        ("사진=연합뉴스", "caption"),
        ("시장은 사진을 찍었다고 말했다. 이어 그는 회의가 잘 됐다고 밝혔다.", None),
        # Hebrew and Finnish photo labels (PHOTO_WORDS), their names uncased (UNCASED_SCRIPTS)
        ("צילום: דוברות המשטרה", "caption-credit"),
        ('| (האופנוע בוער לאחר התאונה (צילומים: רוני דיין, כב"ה ת"א יפו |', "caption"),
        ("Kuva: Jane Roe", "caption-credit"),
        ("Kuvituskuva Satamalehden arkistosta.", "caption"),  # ILLUSTRATIVE_PICTURE
        ("Arkivbilden visar att kommunen hade fel om hamnen.", None),
        # CJK_PHOTOGRAPHER_CREDIT: a two-character name spaced to the width of three
        ("新华社记者 李 涛摄", "caption"),
        ("新华社记者李涛报道", None),
        # SPACED_CJK_LABEL
        ("更 多", "nav-label"),
        ("王 伟", None),
        # Chinese e-paper's lettered page (CJK_PAGE_MARK), "this page's place" (YOU_ARE_HERE)
        ("第A07版:天下", "section-label"),
        ("本页位置: 首页新闻中心国内新闻", "breadcrumb"),
        # a Mongolian comment count; Persian story codes (STORY_CODE)
        ("Сэтгэгдэл (1)", "comment-widget"),
        ("کد خبر: 12345", "counter"),
        ("کد مطلب: 55420", "counter"),
        ("کد خبر در متن آمده است", None),
    ],
)
def test_captions_and_labels_of_more_languages(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


MORE = (
    "The council will meet again in March to decide on the harbour's second phase, the mayor told the press on Friday.",
    "A spokesman for the opposition said the party would ask for a new vote on the schools budget before the summer.",
)


def test_a_label_alone_between_two_paragraphs_of_an_article_in_sections_heads_one() -> None:
    # LABEL_AMID_THE_TEXT: "Contact" is a menu's label, but alone between two sentences of an article written in
    # sections ("Appeal" heads another) it heads a section
    cleaned, _ = build(HEADLINE, BODY[0], "Appeal", BODY[1], "Contact", BODY[2], MORE[0])
    assert [line.text for line in cleaned.lines if line.role == "heading"] == ["Appeal", "Contact"]
    # without another sub-heading, the label interrupts the text
    cleaned, _ = build(HEADLINE, BODY[0], MORE[0], "Contact", BODY[1], BODY[2])
    assert [d.rule for d in cleaned.dropped] == ["nav-label"]
    # printed after each paragraph, or saying what it does, it is a link
    cleaned, _ = build(HEADLINE, BODY[0], "Appeal", BODY[1], "Contact", BODY[2], "Contact", MORE[0], MORE[1])
    assert [d.rule for d in cleaned.dropped] == ["nav-label", "nav-label"]
    cleaned, _ = build(HEADLINE, BODY[0], "Appeal", BODY[1], "Read more", BODY[2], MORE[0])
    assert "Read more" not in [line.text for line in cleaned.lines]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2017 оны 04-р сарын 10", "2017-04-10"),  # MONGOLIAN_DATE
        ("25 خرداد 1392 ساعت 12:24", "2013-06-15"),  # SOLAR_HIJRI_DATE
        ("۲۵ خرداد ۱۳۹۲", "2013-06-15"),
        ("30 اسفند 1402", None),  # no such day: 1402 is no leap year
        ("الأربعاء 30/أغسطس/2017 - 04:20 م", "2017-08-30"),  # SLASHED_MONTH_NAME
        ("Article added: Monday 31 July 2023", "2023-07-31"),
        ("《 人民日报 》( 2019年11月26日 01 版)", "2019-11-26"),  # CJK_PRINT_EDITION, spaced
    ],
)
def test_date_lines_of_more_calendars_and_shapes(line: str, iso: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == iso


@pytest.mark.parametrize(
    ("lead", "place", "iso", "wire"),
    [
        (
            "Alcalá de Henares, 21 de agosto de 2024.- Un incendio obligó a desalojar varias viviendas.",
            "Alcalá de Henares",
            "2024-08-21",
            None,
        ),
        ("KAZAN (Russia): Chinese President Xi Jinping arrived in Kazan on Tuesday.", None, None, None),  # PLACE_IN_BRACKETS
        ("SIOUX FALLS, S.D. (KELO) — Six teams will play on Friday.", "SIOUX FALLS", None, "KELO"),  # call letters
    ],
)
def test_datelines_with_accents_particles_and_countries(lead: str, place: str | None, iso: str | None, wire: str | None) -> None:
    found = parse_lead(lead)
    if found is None:
        assert place is None  # no dateline read at all
    else:
        assert (found.place, found.date.iso if found.date else None, found.wire) == (place, iso, wire)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # DATED_SHOT_END: a Chinese caption ends with the day it was shot
        ("一列列车驶过港口大桥（2010年1月16日摄）", "caption"),
        ("列车于2010年1月16日摄制完成。", None),
        # MEDIA_ELEMENT_LINE: a link or picture element printed as text
        (
            '<image>data:image/s3,"s3://crabby-images/08cc2/08cc23545dad1ecbd57ae1ed6e1839ae380edc00" alt="Фото"</image>',
            "code-line",
        ),
        ('<a href="https://example.org/photos/1">The harbour at dawn</a>', "code-line"),
        ("<p>The council approved the budget on Tuesday after a long debate.</p>", None),
        # ILLUSTRATION_TAIL
        ("Le trafic sera perturbé sur le réseau de bus du port, ce 20 octobre (Image d'illustration).", "caption"),
        ("The council discussed the illustration (a drawing of the harbour).", None),
        # CJK_SHARE
        ("分享工具 facebook", "share-button"),
        ("分享经验对港口很重要", None),
    ],
)
def test_more_captions_embeds_and_share_rows(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


CJK_BODY = (
    "港口城市市長周二會見了來訪的代表團，雙方就港口合作和鐵路建設交換了意見，並同意明年成立新的工作組。",
    "市長表示，新的合作計劃將為港口帶來更多就業機會，工程將於春季開始，預計三年內完成。",
)


def test_more_in_chinese_heads_a_list_of_other_stories() -> None:
    # "更多" ("more"), spaced or not, over headlines below the article (PROMO_BLOCK)
    others = ["港口新航線下月開通 旅客可直達首都", "市議會通過明年預算案 教育經費增加"]
    for label in ("更 多", "更多"):
        cleaned, _ = build("港口城市市長會見代表團", *CJK_BODY, label, *others)
        assert [d.rule for d in cleaned.dropped] == ["promo-block"] * 3


def test_a_chinese_headline_under_its_page_title_with_the_sites_name() -> None:
    # the page's title ("<headline> - Example TV") above the headline printed alone: the headline, no kicker above it
    # (CJK_HEADLINE_OR_DECK), and the name after the dash is the site's (TITLE_PRINTED_BARE, its words counted as CJK)
    headline = "港口城市市長會見代表團 雙方同意擴大合作"
    _, meta = build(f"{headline} - EXTV", headline, "2025-06-05 HKT 00:51", *CJK_BODY)
    assert (meta.title.value, meta.outlet.value) == (headline, "EXTV")
    # a Chinese kicker above the headline still leaves the title unknown
    _, meta = build("港口城市舉行合作會議", headline, "2025-06-05 HKT 00:51", *CJK_BODY)
    assert meta.title.value is None
