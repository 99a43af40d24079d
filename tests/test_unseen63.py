"""Issue 17, sixty-third round: shapes the development corpus showed on pages from outlets not seen before (a round-up's
list of results, a breadcrumb under its headline, a Chinese kicker over the headline, Blogger's comments), each with and
without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

from archive import rules
from archive.metaline import parse_meta_line

HEADLINE = "Nurses Move To New Harbour Clinic"


# RESULTS_IN_THE_TEXT (archive.clean): a round-up's list of the day's results after its paragraphs is the article's;
# title-cased lines sharing no words with it there still go as other stories' headlines.
def test_a_round_ups_results_stay() -> None:
    results = ("Ashbury 1-3 Crystal Vale", "Northcote 1-0 Aston Fields", "Westport 2-2 Eastfield")
    spaced = [x for result in results for x in (result, "")]
    clean, _ = build(HEADLINE, "", BODY[0], "", BODY[1], "", BODY[2], "", *spaced)
    assert [line.text for line in clean.body] == [*BODY, *results]
    # without: other stories' headlines in title case after the text
    others = ("Mayor Opens Festival Of Kites", "Ferry Returns To Old Quay", "Bakers Win Regional Prize")
    spaced = [x for other in others for x in (other, "")]
    clean, _ = build(HEADLINE, "", BODY[0], "", BODY[1], "", BODY[2], "", *spaced)
    assert [line.text for line in clean.body] == list(BODY)


# TRAIL_UNDER_ITS_HEADLINE (archive.rules breadcrumb_headlines): a crumb trail ending with the headline printed just
# above it goes, and the headline above is the title; a trail ending with a section names no headline and stays
# the breadcrumb it is.
@pytest.mark.parametrize(
    ("trail", "rule"),
    [
        (f"Home » News » {HEADLINE}", "breadcrumb"),
        # without: the trail's last crumb is no line of the page
        ("Home » News » Nurses Strike Over Pay At The Harbour", None),
    ],
)
def test_a_trail_under_its_headline(trail: str, rule: str | None) -> None:
    clean, meta = build(HEADLINE, "", trail, "", *BODY)
    assert next((d.rule for d in clean.dropped if d.text == trail), None) == rule
    assert meta.title.value == HEADLINE


# CONTROL_NO_SIBLING (archive.sources _section_siblings): a player's button ending with the same word as the masthead
# ("watch One-Minute World News" under "Example News") makes no menu of sections; two sections ending so still do.
@pytest.mark.parametrize(
    ("second", "outlet"),
    [
        ("watch One-Minute World News", "Example News"),
        # without: two sections of a menu, neither of them the paper's name
        ("Regional News", None),
    ],
)
def test_a_control_under_the_masthead(second: str, outlet: str | None) -> None:
    _, meta = build("Example News", second, "Updated: 10 January 2007", HEADLINE, "", *BODY)
    assert meta.outlet.value == outlet


# CJK_KICKER_SAYS (archive.clean _said_under_the_kicker) and TWO_PART_HEADLINE (_label_before_the_headline): a Chinese
# kicker ending with "stresses" over the headline gives way to the headline, whose two parts the page prints apart
# below too; a Chinese head line saying nothing, printed twice, stays the headline.
CJK_BODY = (
    "习近平在山西考察时指出，要坚持以人民为中心的发展思想，推动当地经济社会持续健康发展，不断增进人民群众的福祉。",
    "他在考察中还听取了当地政府的工作汇报，对近年来山西各项工作取得的成绩给予肯定，并提出了下一步的工作要求。",
)


@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("习近平在山西考察时强调", "努力推动资源型经济转型发展 奋力谱写三晋大地新篇章"),
        # without: a head line that says no "stresses", printed twice, stays the headline
        ("习近平在山西考察", "习近平在山西考察"),
    ],
)
def test_a_chinese_kicker_over_the_headline(kicker: str, title: str) -> None:
    headline = "努力推动资源型经济转型发展 奋力谱写三晋大地新篇章"
    _, meta = build(kicker, headline, "", kicker, "", "努力推动资源型经济转型发展", "奋力谱写三晋大地新篇章", "", *CJK_BODY)
    assert meta.title.value == title


# COUNT_WITH_A_COLON (archive.rules comment_threads) and ICON_SAYS_WHAT_IT_INDICATES (icon_text): Blogger's "7
# comments:" starts the comments, to the page's end; an icon's description for screen readers goes.
def test_bloggers_comment_count_takes_the_comments() -> None:
    comments = ("7 comments:", "1. We must ask why the board waited so long to act.", "ReplyDelete", "2. Good news.")
    clean, _ = build(HEADLINE, "", *BODY, "", *comments)
    assert [line.text for line in clean.body] == list(BODY)
    # without: a count saying something, a sentence of the article
    sentence = "7 comments: that is how many the board received on the plan, its chair said."
    clean, _ = build(HEADLINE, "", *BODY, "", sentence)
    assert sentence in [line.text for line in clean.body]


@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Close icon Two crossed lines that form an 'X'. It indicates a way to close an interaction.", True),
        ("Chevron icon It indicates an expandable section or menu. HOMEPAGE", True),
        # without: a sentence about an icon
        ("The chevron icon on the new flag indicates the harbour's old trade routes, the board said.", False),
    ],
)
def test_an_icons_description(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# RIGHTS_AFTER_THE_SOURCE (archive.sources SOURCE_LINE): "Read the original article on Example Blog. Copyright 2014."
# names the blog; the notice after it is no part of the name.
@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Read the original article on Example Blog. Copyright 2014.", "Example Blog"),
        ("Read the original article on Example Blog.", "Example Blog"),
    ],
)
def test_the_original_articles_source_without_its_notice(line: str, wire: str) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", line)
    assert meta.wire.value == wire


# BARE_RANK_ITEM (archive.rules _promo_item, promo_blocks): under a most-read label, items numbered "1 ...", "2 ..." go,
# past the blank lines between them and down to the last, cut item; a list label's full sentence after it stays.
def test_a_ranked_list_without_stops() -> None:
    ranked = (
        "1 Mayor opens the new bridge... / Traffic is expected to ease...",
        "2 Council names a port head: „We will not compromise”",
        "3 Mourning at the town hall",
        "4 Police officer held at the harbour after being caught taking a bribe of five thousand euros. What it was for",
    )
    clean, _ = build(HEADLINE, "", *BODY, "", "", "populare", "astăzi", "", *[x for item in ranked for x in (item, "")])
    assert [line.text for line in clean.body] == list(BODY)
    # without the numbers: the sentences stay
    sentence = "Police held an officer at the harbour after he was caught taking a bribe of five thousand euros."
    clean, _ = build(HEADLINE, "", *BODY, "", "", "populare", "astăzi", "", sentence)
    assert sentence in [line.text for line in clean.body]


def test_a_rank_before_a_headline_shape() -> None:
    assert rules.BARE_RANK_ITEM.match("2 Council names a port head")
    assert not rules.BARE_RANK_ITEM.match("2 council members voted against it")
    assert not rules.BARE_RANK_ITEM.match("2024 Council elections")


# JAPANESE_SKIP_LINK, the skip and print controls (archive.rules NAV_LABELS) and BRACKETED_RUBRIC: a Japanese page's
# note that it skips the menus, "body starts here", "print this article" and "【栃木】" above the headline go, and the
# headline under them is the title; a Japanese sentence about navigation stays.
JA_BODY = (
    "新駅が一日、市内のフラワーパーク西ゲート前に開業した。県内の新駅設置は三十五年ぶりで、式典には約八百人が参加した。",
    "支社長は「いろいろなところから観光に来ていただき、市と連携しながら活性化に寄与したい」とあいさつした。",
)


def test_a_japanese_pages_skip_links_and_rubric() -> None:
    head = (
        "例示新聞のニュースサイトです。ナビゲーションリンクをとばして、ページの本文へ移動します。",
        "ここから本文",
        "【栃木】",
    )
    headline = "JR新駅開業 800人が祝う 35年ぶり「フラワーパーク」"
    clean, meta = build(*head, headline, "", *JA_BODY, "", "この記事を印刷する", "PR情報")
    assert [line.text for line in clean.body] == list(JA_BODY)
    assert meta.title.value == headline
    # without: a sentence about the navigation; a long bracketed line
    sentence = "船のナビゲーションシステムは新しくなり、乗組員は本文の説明を読んでから操作を始めた。"
    assert rules.line_rule(sentence) is None
    assert rules.line_rule("【栃木県の新駅開業を祝う式典に八百人】") is None
    assert rules.line_rule("【熊猫时报讯】") is None


# PLACE_BRACKETED_AGENCY (archive.sources) and the registry's TT Nyhetsbyrån: a section or a place with the agency in
# brackets alone above the text names the wire; a name in brackets that is no agency's names none.
@pytest.mark.parametrize(
    ("credit", "wire"),
    [
        ("Politik (TT)", "TT Nyhetsbyrån"),
        ("STOCKHOLM (Reuters)", "Reuters"),
        # without: no agency in the brackets
        ("Harbour Clinic (Example)", None),
    ],
)
def test_a_place_or_section_with_the_agency_in_brackets(credit: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY, registry=ARCHIVE_REGISTRY)
    assert meta.wire.value == wire
    assert meta.outlet.value is None


# VIEW_FULL_SIZE and PICTURE_NUMBER_TAIL (archive.rules picture_box_marks), MESSENGER_CHANNEL, FORM_FIELD_MARKED,
# VOTES_CAST, SOURCE_WITH_ITS_STOP and the labels added this round ("Previous stories", "Social share icons"): a
# picture's box, a messenger call, a comment form's fields, a poll's count and a stock credit go between paragraphs; the
# same words in the article's sentences stay.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("HARBOUR_CLINIC.JPGView full sizeThe new harbour clinic", True),
        ("Nurses at the new harbour clinic on Monday - ảnh 1", True),
        ("Immer informiert via Messenger", True),
        ("Folge den Pinguins via Messenger", True),
        ("NAME : (REQUIRED)", True),
        ("E-mail (will not be published) (required)", True),
        ("will not be displayed", True),
        ("1596 abgegebene Stimmen", True),
        ("Image from Shutterstock.com.", True),
        ("Social share icons", True),
        # without: sentences with the same words
        ("Nurses said the view full size of the bay was worth the move, the board said.", False),
        ("Er kontaktierte die Klinik via WhatsApp, sagte die Sprecherin am Montag.", False),
        ("Images from NASA show the storm over the bay on Monday.", False),
        ("The name of the clinic will not be displayed on the old ward, the board said.", False),
    ],
)
def test_picture_boxes_messenger_calls_forms_and_polls(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# READ_MORE_WITH_ITS_COLON (archive.rules FOREIGN_READ_MORE_LEAD, read_more_next) and RECENT_IN_CATEGORY
# (PROMO_LABEL_FROM): "Leia mais:" over links takes them with it, as "Read more:" does; "Leia mais" without its colon,
# a button, takes none.
def test_read_more_with_its_colon_in_portuguese() -> None:
    links = ("Taxa de desemprego no Brasil cai para 9,8%, segundo IBGE", "Termina nesta terça o prazo do Imposto de Renda")
    clean, _ = build(HEADLINE, "", BODY[0], "Leia mais:", *links, BODY[1], BODY[2])
    assert [line.text for line in clean.body] == list(BODY)
    clean, _ = build(HEADLINE, "", BODY[0], "Leia mais", *links, BODY[1], BODY[2])
    assert [line.text for line in clean.body] == [BODY[0], *links, BODY[1], BODY[2]]


def test_a_categorys_recent_news_label() -> None:
    assert rules.is_promo_label(rules.key_of("Știri recente din categoria Actualitate"))
    assert rules.is_promo_label(rules.key_of("Latest news in the category Weather"))
    assert not rules.is_promo_label(rules.key_of("Recent news from the harbour"))


# SECTIONS_IN_CAPITALS (archive.rules sections_in_capitals): a menu row in capitals, mostly section names, goes; a
# headline in capitals naming two sections' words stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("GÜNCEL POLİTİKA YEREL YÖNETİMLER EKONOMİ SPOR MAGAZİN RÖPORTAJLAR YAZAR CAFE FOTO GALERİ VİDEO GALERİ", "nav-label"),
        ("NEWS SPORT BUSINESS OPINION EXAMPLE CAFE", "nav-label"),
        # without: a headline in capitals
        ("WORLD LEADERS MEET IN BEIJING FOR TALKS ON ECONOMY AND SPORT", None),
    ],
)
def test_a_menu_row_in_capitals(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# VIETNAMESE_NOT_WRAPPED (archive.clean _title_shaped): a Vietnamese headline ending with "y" (medicine) is no line
# wrapped after Spanish "y"; a Spanish line ending so still is.
def test_a_vietnamese_headline_ending_with_y() -> None:
    body = (
        "Mỗi năm số sai lầm chết người mà các bác sỹ và y tá gây ra lên tới hàng nghìn vụ trong ngành y của nước Mỹ.",
        "Kim đã có thâm niên 24 năm làm y tá khi cô phạm phải sai lầm đầu tiên trong nghề y của mình, cô kể lại.",
    )
    headline = "Thâm cung bí sử chuyện sai lầm chết người trong ngành y"
    _, meta = build(headline, "", *body)
    assert meta.title.value == headline
    # without: a Spanish line of ten words or more ending with "y" is a wrapped sentence
    from archive.clean import _title_shaped

    assert not _title_shaped("El alcalde inauguró el nuevo puente del puerto con los vecinos y")


# PUBLISHED_RUN (archive.metaline) and PUBLISHED_IN_THE_PAPER (archive.sources): an obituary's run in the paper dates the
# page by its first day and names the paper; a journal named so is no newspaper's name.
@pytest.mark.parametrize(
    ("line", "date", "outlet"),
    [
        ("Published in Example Telegram & Gazette from July 22 to July 23, 2019", "2019-07-22", "Example Telegram & Gazette"),
        ("Published in The Example Herald on July 22, 2019", "2019-07-22", "The Example Herald"),
        ("Published from Jul. 2 to Jul. 3, 2019", "2019-07-02", None),
        # without: a journal is no paper
        ("Published in Nature on July 22, 2019", "2019-07-22", None),
    ],
)
def test_an_obituarys_run_in_the_paper(line: str, date: str, outlet: str | None) -> None:
    obituary = (
        "NORTH BAY - Donald Joseph Roe, 89, passed away peacefully at the care center on July 18, 2019, his family said.",
        "Donald married his wife in 1955 and they lived in the town for sixty years, raising four children there.",
    )
    _, meta = build("Donald Joseph Roe, 89", *obituary, line)
    assert (meta.date.value, meta.outlet.value) == (date, outlet)


# NAME_THEN_ITS_INITIALS (archive.metaline parse_meta_line): a date line ending with the source's name and its initials
# is read; initials that are not the name's leave the line unread.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("15 ноября 2023, 15:46 — Общественная служба новостей — ОСН", "2023-11-15"),
        ("15 November 2023, 15:46 — Example News Service — ENS", "2023-11-15"),
        # without: the last part is no initials of the name before it
        ("15 November 2023, 15:46 — Example News Service — ABC", None),
    ],
)
def test_a_date_line_with_the_sources_initials(line: str, date: str | None) -> None:
    meta = parse_meta_line(line)
    assert (meta.published.iso if meta and meta.published else None) == date
