"""Issue 17, eighteenth round: bylines and outlets in shapes new development pages showed (written-by verbs in more
languages, post-nominal letters, calls to follow the site in Russian and Serbo-Croatian), each with and without its
trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_clean_unseen import test_line_rule_drops_its_trigger_and_keeps_the_sentence as check_line_rule
from test_foreign_furniture import BODY as RUSSIAN_BODY
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive import rules
from archive.byline import name_with_letters, parse_byline


@pytest.mark.parametrize(
    "line",
    [
        "Escrito por Jane Example",
        "Geschrieben von Jane Example",
        "Scritto da Jane Example",
        "Opracowała Jane Example",
        "Подготовила Jane Example",
        "Propos recueillis par Jane Example",
    ],
)
def test_written_by_in_more_languages_credits_the_writer(line: str) -> None:
    # WRITTEN_BY_WORDS
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == "Jane Example"


def test_written_by_in_greek_credits_the_writer_without_the_verb() -> None:
    _, meta = build(HEADLINE, "Γράφει ο Γιάννης Παπαδόπουλος,", *BODY)
    assert meta.author.value == "Γιάννης Παπαδόπουλος"


@pytest.mark.parametrize(
    "line",
    ["Подготовил Минфин России законопроект о налогах", "Escrito por la comisión del puerto en marzo"],
)
def test_a_written_by_word_before_no_name_credits_no_one(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane M. Example, CEM", "Jane M. Example"),
        ("Jane Example, PhD", "Jane Example"),
        ("Jane Example, M.D., MPH", "Jane Example"),
        ("Silver Spring, MD", None),  # a town and its state's code
        ("Jane Example, Harbour City", None),  # a name and a place: a credit under a headline, not a signature
        ("Jane Example, CEO", None),  # an office, not letters
    ],
)
def test_a_name_with_post_nominal_letters_is_a_signature(line: str, name: str | None) -> None:
    # SIGNED_WITH_LETTERS
    assert name_with_letters(line) == name


def test_a_release_signed_with_letters_under_its_text_names_its_author() -> None:
    _, meta = build(HEADLINE, *BODY, "Jane M. Example, CEM")
    assert meta.author.value == "Jane M. Example"
    _, meta = build(HEADLINE, *BODY, "Jane M. Example, Chief")
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Подписывайтесь на Пример24 в Дзен", "Пример24"),
        ("Читайте example.ru в Telegram", "example.ru"),
        ("Najnovije vijesti Example Info i na Viberu", "Example Info"),
        ("Подписывайтесь на наш канал в Telegram", None),  # "our channel" names no site
        ("Najnovije vijesti iz grada na Viberu", None),
    ],
)
def test_a_call_to_follow_the_site_in_russian_and_serbo_croatian_names_it(line: str, outlet: str | None) -> None:
    # FOLLOW_NAMED_SLAVIC
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet


ROADS = ["Stingy Lane", "Debord Road", "Blackwater Road", "Roe Lane", "Rittenour Road", "Seip Road"]


def test_short_items_under_a_sentence_ending_with_a_colon_are_the_list_it_announces() -> None:
    # LIST_AFTER_LEAD_IN
    cleaned, _ = build(HEADLINE, *BODY, "The first phase of the contract includes paving on the following roads:", *ROADS)
    assert [line.number for line in cleaned.lines if line.text in ROADS] == list(range(6, 12))
    # without the lead-in sentence the same run is a menu (SHORT_LINE_RUN)
    cleaned, _ = build(HEADLINE, *BODY, "The first phase of the contract includes paving on the roads.", *ROADS)
    assert {d.text: d.rule for d in cleaned.dropped if d.text in ROADS} == dict.fromkeys(ROADS, "nav-label")


DECK = "Part of the meeting was attended by the delegation travelling with the mayor and then the talks went on in private"


def test_a_deck_printed_again_between_paragraphs_is_no_headline() -> None:
    # DECK_PRINTED_AGAIN
    cleaned, meta = build(HEADLINE, DECK, BODY[0], DECK, BODY[1], BODY[2])
    assert meta.title.value == HEADLINE
    assert [(line.number, line.role) for line in cleaned.lines][:2] == [(1, "title"), (2, "standfirst")]
    # the headline printed twice (page title, then headline above the text) is still the headline
    cleaned, meta = build("Harbour News", HEADLINE, "Harbour News", HEADLINE, *BODY)
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # CJK_DAY_BEFORE_TIME: a Chinese date line with its time glued to the day's sign is no video's length
        ("2010年06月11日07:19", None),
        ("Example Rates1:03", "video-widget"),
        # CJK_TRAIL: a Chinese trail to a topic's page with a long name
        ("新闻中心 > 国内新闻 > 2010年港口城市合作会议第十次会议 > 会议消息", "breadcrumb"),
        ("新闻中心 > 港口城市今天召开会议，市长出席 > 会议消息", None),
    ],
)
def test_chinese_date_lines_and_trails(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [("港口网站", "港口网站"), ("港口新闻网", "港口新闻网"), ("互联网", None)],
)
def test_a_chinese_sites_name_above_the_text_is_its_masthead(masthead: str, outlet: str | None) -> None:
    # CJK_SITE_MASTHEAD
    headline = "港口城市市长会见代表团"
    body = [
        "港口城市市长周二会见了来访的代表团，双方就港口合作和铁路建设交换了意见。",
        "双方同意明年成立新的工作组，并扩大粮食贸易。",
    ]
    _, meta = build(masthead, headline, *body)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        # the paywall in Portugal's Portuguese
        (
            rules.PAYWALL,
            "Artigo exclusivo para os nossos assinantes",
            "Artigo exclusivo para a revista do porto, escrito pelo presidente da câmara, saiu na terça-feira.",
        ),
        (
            rules.PAYWALL,
            "Se já é assinante, entre com a sua conta. Entrar",
            "Se já é tarde para a obra, disse o presidente, a câmara pagará a multa no próximo ano.",
        ),
        # rights notices in Japanese and Korean in their other forms
        (rules.COPYRIGHT_FOOTER, "無断転載・複製を禁じます", "市長は火曜日、港の新しい桟橋の建設計画を発表した。"),
        (
            rules.COPYRIGHT_FOOTER,
            "<저작권자 ⓒ 예시일보, 무단 전재 및 재배포 금지>",
            "시장은 화요일 항구의 새 부두 건설 계획을 발표했다.",
        ),
        # a Chinese site's "related hot words" and "special topic" links
        (rules.TAG_CLOUD, "相关热词搜索: 港口", "市长在会上说，港口的相关热词搜索量今年增加了一倍。"),
        (rules.TAG_CLOUD, "专题:市长出席港口城市会议", "市长在会上介绍了港口城市专题研究的结果。"),
        # FILE_PHOTO_TAIL
        (
            rules.CAPTION,
            "The harbour index crossed the 23,000 mark after six weeks of buying by local and foreign investors.—File Photo",
            "The harbour index crossed the 23,000 mark after six weeks of buying by local and foreign investors, a trader said.",
        ),
        (
            rules.CAPTION,
            "The mayor and the minister open the new wing at the Harbour City Hospital on Tuesday.--NEWS PHOTO JANE ROE",
            "The mayor and the minister open the new wing at the Harbour City Hospital on Tuesday, the council said.",
        ),
        # KOREAN_CAPTION_AGENCY
        (
            rules.CAPTION,
            "시장이 16일 항구에서 열린 행사에서 대표단과 악수하고 있다. 연합뉴스",
            "시장이 16일 항구에서 열린 행사에서 대표단과 만났다. 두 사람은 협력을 약속했다. 연합뉴스",
        ),
    ],
)
def test_more_furniture_is_dropped_and_the_sentence_kept(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


@pytest.mark.parametrize(
    "label",
    ["Вам будет интересно", "Новости партнёров", "Новости партнеров", "Contenus partenaires", "Bunlar da ilginizi çekebilir"],
)
def test_labels_of_other_stories_in_more_languages_drop_their_list(label: str) -> None:
    other = "Другая новость о мэре города и порта"
    cleaned, _ = build("Мэр встретился с делегацией", *RUSSIAN_BODY, label, other)
    assert {d.text: d.rule for d in cleaned.dropped} == {label: "promo-block", other: "promo-block"}
    # without the label the line under the text is kept (a sentence cut short)
    cleaned, _ = build("Мэр встретился с делегацией", *RUSSIAN_BODY, other)
    assert cleaned.dropped == ()


@pytest.mark.parametrize("line", ["jroe@example.com", "jroe@example.com @JaneRoe", "Email: jroe@example.com", "@JaneRoe"])
def test_a_line_of_addresses_and_handles_under_the_headline_is_a_credit(line: str) -> None:
    # CONTACT_ONLY: the headline stays the title (an address under it made the page's head a paragraph)
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert [(x.number, x.role) for x in cleaned.lines][:3] == [(1, "title"), (2, "byline"), (3, "paragraph")]
    assert meta.title.value == HEADLINE and meta.author.value is None
    cleaned, _ = build(HEADLINE, "Write to jroe@example.com for tickets to the new pier's opening day", *BODY)
    assert cleaned.lines[1].role == "paragraph"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # KOREAN_LEAD_CREDIT: the agency's own copy, place and agency in round brackets
        ("(서울=예시뉴스) 홍길동 특파원 = 시장이 16일 항구에서 열린 행사에서 대표단과 만났다.", "홍길동"),
        ("(서울) 시장이 16일 항구에서 열린 행사에서 대표단과 만났다.", None),
        # ARABIC_PLACE_DASH_NAME
        ("القاهرة - جين رو :", "جين رو"),
        ("القاهرة - جين رو", "جين رو"),
        ("أخبار - مصر", None),
    ],
)
def test_credits_in_korean_and_arabic_shapes(line: str, author: str | None) -> None:
    from archive.byline import cjk_reporters

    assert (cjk_reporters(line) if "=" in line or "(서울)" in line else parse_byline(line)) == author


@pytest.mark.parametrize(
    ("role", "author"), [("Корреспондент", "Анна Петрова"), ("Обозреватель", "Анна Петрова"), ("Редактор", None)]
)
def test_a_name_above_a_writers_role_names_the_author(role: str, author: str | None) -> None:
    # NAME_ABOVE_ROLE: a writer's card between the kicker and the text, its lines dropped as rubrics; an editor's card
    # names no author
    lines = ("Мэр встретился с делегацией", "25 октября 2017, 21:54", "Мэр подписал соглашение", "Анна Петрова", role)
    _, meta = build(*lines, *RUSSIAN_BODY)
    assert meta.author.value == author


@pytest.mark.parametrize(
    ("line", "wire", "date"),
    [
        # NATIONAL_AGENCIES
        ("The Canadian Press, 18 Jan, 2022 10:52 AM", "The Canadian Press", "2022-01-18"),
        ("Press Trust of India, 18 Jan 2022", "Press Trust of India", "2022-01-18"),
        # NAMED_DESK_PART: the site's desk run into the agency's name
        ("Example News Desk The Canadian Press, 18 Jan, 2022 10:52 AM", "The Canadian Press", "2022-01-18"),
        ("Example News Desk, 18 Jan, 2022", None, "2022-01-18"),
    ],
)
def test_a_date_line_with_a_national_agency_or_a_desk_is_read(line: str, wire: str | None, date: str) -> None:
    from archive.metaline import parse_meta_line

    meta = parse_meta_line(line)
    assert meta is not None and meta.wire == wire and meta.published is not None and meta.published.iso == date
    assert meta.names == ()


def test_a_site_clock_above_the_headline_gives_way_to_the_desks_date_line() -> None:
    _, meta = build("Friday, December 26, 2025", HEADLINE, "Example News Desk The Canadian Press, 18 Jan, 2022 10:52 AM", *BODY)
    assert (meta.date.value, meta.wire.value) == ("2022-01-18", "The Canadian Press")


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        (
            rules.CAPTION_CREDIT,
            "Photo for representation",
            "Photo for representation of the harbour was taken by the council in May.",
        ),
        (rules.CAPTION_CREDIT, "(資料圖片)", "市长在会上展示了港口的资料图片和新桥的设计。"),
        # IMAGE_SEARCH_ALT
        (
            rules.CAPTION,
            "Image result for harbour workers strike",
            "Image results were mixed, the harbour council said on Tuesday.",
        ),
        (
            rules.CAPTION,
            "(Cover: The logo of the harbour summit in Harbour City, May 7, 2023. /Example Agency)",
            "Cover: the council will pay for the new pier, the mayor said on Tuesday after the meeting.",
        ),
        # GLUED_SHARE_ROW, KOREAN_SHARE
        (rules.SHARE_BUTTON, "facebooktwitterreddit", "Facebook, Twitter and Reddit were blocked in the town for a day."),
        (rules.SHARE_BUTTON, "SNS 계정 : 메일 페이스북", "시장은 페이스북 계정을 통해 새 부두 계획을 발표했다."),
        # FOLLOW_ON_PLATFORMS
        (
            rules.SOCIAL_PROMO,
            "Follow Example Business on Twitter, LinkedIn, Instagram and Facebook for insights on business and finance.",
            "Follow Example Business on its new pier project, the mayor told the council, as the work begins in May.",
        ),
    ],
)
def test_captions_share_rows_trails_and_calls_are_dropped_and_the_sentence_kept(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


def test_a_trail_with_slashes_ending_with_the_headline_printed_below_is_a_breadcrumb() -> None:
    # SLASHED_TRAIL (in BREADCRUMB_HEADLINES)
    trail = f"Accueil / ACTUALITES / {HEADLINE}"
    cleaned, meta = build(trail, HEADLINE, *BODY)
    assert [d.rule for d in cleaned.dropped] == ["breadcrumb"] and meta.title.value == HEADLINE
    # without the headline printed below it is the page's only headline: kept
    cleaned, _ = build(trail, *BODY)
    assert cleaned.dropped == ()
