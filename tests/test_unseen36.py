"""Issue 17, thirty-sixth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE
from test_unseen34 import _rule_of  # the rule that dropped a line, or None

from archive.metaline import parse_lead, parse_meta_line
from archive.model import TITLE


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # SCRIPTS_OFF_NOTICE: a browser's notice that scripts are off, however long it goes on
        (
            "JavaScript is disabled in your web browser or browser is too old to support JavaScript. Today almost all web "
            "pages contain JavaScript, a scripting programming language that runs on visitor's web browser. It makes web "
            "pages functional for specific purposes and if disabled for some reason, the content or the functionality of "
            "the web page can be limited or unavailable.",
            "disclaimer",
        ),
        ("The harbour office said JavaScript is disabled in your web browser when the forms fail to load.", None),
        # CJK_TRAIL_TO_THE_TEXT: a Chinese trail to "the text", whatever the site's name before it; "site map"
        ("港湾信息網·海事網> 港務要聞> 正文", "breadcrumb"),
        ("網站地圖", "nav-label"),
        # PLAYER_AND_CHAT_CONTROLS: a radio's live player, a chat widget's button and greeting
        ("Audio en Vivo", "nav-label"),
        ("Now Playing", "nav-label"),
        ("Abrir chat", "nav-label"),
        ("Hola, ¿en qué podemos ayudarte?", "nav-label"),
        ("El concejo escuchó en vivo las propuestas de los vecinos durante la sesión del martes.", None),
        # ILLUSTRATION_TAIL: the picture's label in brackets, a symbolic picture, maybe with its owner
        ("Ein Hubschrauber landet auf der Autobahn, um Erste Hilfe zu leisten. (Symbolfoto)", "caption"),
        ("Des pompiers interviennent sur un accident de la circulation (Photo d'illustration Exemple)", "caption"),
        ("Der Rat stimmte dem Haushalt zu, sagte der Bürgermeister (SPD).", None),
        # LANGUAGE_SWITCH_END: the header's language switcher run onto the site's slogan or menu
        ("Движение за чистые гавани. Наша цель — чистые гавани в каждом городе. RU EN", "nav-label"),
        ("Карта сайта Регионы Сервисы EN", "nav-label"),
        ("Home News Harbour DE | EN | FR", "nav-label"),
        ("В отрасли по-прежнему работает IT", None),
        ("The council says the forms are printed in EN", None),
        # MORE_NEWS_ON_THE_SITE and ARABIC_FOLLOW_OR_QUOTE: the site's own promotion
        ("Більше новин на Gavan.example.ua", "social-promo"),
        ("Читати на сайт Gavan.example.ua", "social-promo"),
        ("Ander nieuws van HavenKrant.", "social-promo"),
        ("تابعوا الميناء نيوز على", "social-promo"),
        ("لا مانع من الاقتباس وإعادة النشر شريطة ذكر المصدر ( الميناء نيوز )", "social-promo"),
        # VIEW_COUNT: a views counter under its label in more languages
        ("Кількість переглядів: 7", "counter"),
        ("Кількість переглядів зросла до семи тисяч за тиждень, повідомили в мерії.", None),
        # LANGUAGE_VERSION_LINKS: the article in another language
        ("Читайте также на русском языке", "nav-label"),
        ("на русском языке", "nav-label"),
        # FOT_TAIL: the Polish "photo" abbreviated and its source end a caption
        ("Strażacy jechali do kolizji i sami mieli wypadek. Strażak wpadł w poślizg wozem Fot. Policja", "caption"),
        ("Strażacy jechali do kolizji, fot. Jan Kowalski", "caption"),
        ("Na miejscu zrobiono wiele fot. i nagrań, powiedział rzecznik straży pożarnej.", None),
        # the comment count in Chinese, Japanese and Korean
        ("留言 3", "comment-widget"),
        ("댓글 5", "comment-widget"),
        # CYRILLIC_MEDIA_CREDIT: a photo's or a video's source in lower case
        ("Фото: поліція", "caption-credit"),
        ("Фото, видео: twitter @HarbourTeam, instagram @harbour", "caption-credit"),
        # (a sentence after the label is the picture's caption since session 64: PHOTO_LABEL_CAPTION)
        ("Фото: как это было. Мэр открыл мост в понедельник, сказал он.", "caption"),
        # DZEN_PROMO: Yandex's news feed's call, over two lines
        ("Перейти в Дзен Следите за нашими новостями", "social-promo"),
        ("в удобном формате", "social-promo"),
        ("Мэр предложил публиковать отчёты в удобном формате для жителей.", None),
        # NUMBERED_CONTROL: a numbered sentence with a control's words is the article's
        ("1. The harbour has no favourites yet, the coach said.", None),
        # DASH_WIRE_SIGNOFF: a paragraph of more than fifteen words signed off by its agency is the article's
        (
            "According to the weather office yesterday, the rains which began on Monday will go on today in the harbour. — Bernama",
            None,
        ),
        # ... a caption ending with the picture's date is a caption, whatever its length
        ("Jane Roe attends a ceremony at the harbour in Moscow, Russia, on Monday, March 20, 2023. — AP", "caption"),
        # CLICK_TO_ENLARGE: a picture's control
        ("Cliquez pour agrandir l'image", "nav-label"),
        ("Click to enlarge", "nav-label"),
        # EMBEDDED_POST_LABEL: an embedded post's label naming its account
        ("Tweet de Policía del Puerto", "nav-label"),
        ("Post by Harbour Council", "nav-label"),
        # the comment count with its "(s)"
        ("0 Commentaire(s)", "comment-widget"),
    ],
)
def test_furniture_lines(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, *BODY[2:])
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        # MORE_NEWS_ON_THE_SITE, ARABIC_FOLLOW_OR_QUOTE: the site names itself in its own promotion
        ("Більше новин на Gavan.example.ua", "gavan.example.ua"),
        ("تابعوا الميناء نيوز على", "الميناء نيوز"),
        ("لا مانع من الاقتباس وإعادة النشر شريطة ذكر المصدر ( الميناء نيوز )", "الميناء نيوز"),
        # ... "more news on the site" names none
        ("Більше новин на сайті", None),
        # NOTICE_THEN_NAME: the name in capitals after the rights notice and a dash, up to a comma
        ("Copyright © 2018 - Todos Los Derechos Reservados - GACETA DEL PUERTO, Adaptado por Ejemplo.", "GACETA DEL PUERTO"),
        ("© 2020 Tutti i diritti riservati - GAZZETTA DEL PORTO", "GAZZETTA DEL PORTO"),
        # ... a link's words after the notice name no one
        ("© Riproduzione riservata - Termini e Condizioni", None),
    ],
)
def test_a_footer_line_names_the_site(footer: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, footer)
    assert meta.outlet.value == outlet


def test_a_chinese_trail_names_the_first_of_the_sites_two_names() -> None:
    # TWO_NAMES_DOTTED: "港湾信息網·海事網", the site's two names: the first
    body = (
        "今年港务会议上，新一届代表首次亮相，讨论了港口的发展规划和预算安排。",
        "代表们表示，将继续关注港口建设，并提出了多项建议。",
    )
    cleaned, meta = build("港湾信息網·海事網> 港務要聞> 正文", "港务会议开幕", *body)
    assert (meta.outlet.value, meta.title.value) == ("港湾信息網", "港务会议开幕")


@pytest.mark.parametrize(
    ("trail", "title"),
    [
        # SLASHED_TRAIL_FROM_HOME: a trail between slashes from the home page ends with the headline, printed again
        # under a caption: that copy is the headline
        ("Accueil / A la Une / Cinq marins blessés dans un accident au port", "Cinq marins blessés dans un accident au port"),
        # ... a trail from a section (no home page) names no headline: the caption stays first
        ("Région / A la Une / Cinq marins blessés dans un accident au port", "Des pompiers interviennent sur le quai du port"),
    ],
)
def test_a_slashed_trail_from_home_names_the_headline(trail: str, title: str) -> None:
    body = (
        "Cinq marins ont été blessés, dont deux grièvement, dans un accident au port ce vendredi matin.",
        "Le drame a eu lieu peu avant huit heures, alors que les marins déchargeaient un cargo sur le quai.",
    )
    _, meta = build(
        trail, "Des pompiers interviennent sur le quai du port", "Cinq marins blessés dans un accident au port", *body
    )
    assert meta.title.value == title


def test_a_lead_in_ending_with_a_colon_ends_the_head() -> None:
    # LEAD_IN_COLON: a long first paragraph ending with a colon is the text, so the kicker over the headline is one
    lead = (
        "Heidelberg - Während des Flugs bemerkt die Besatzung eines Hubschraubers einen Unfall auf der Autobahn. Um Erste "
        "Hilfe zu leisten, landen sie spontan mit ihrem Helikopter:"
    )
    body = (
        "Dass ein Hubschrauber auf einer Autobahn landet, ist nichts Neues, sagte ein Sprecher der Polizei am Abend.",
        "Der Unfall war allerdings nicht so schwer, dass ein Hubschrauber gebraucht worden wäre, hieß es weiter.",
    )
    _, meta = build("Zehn Kilometer Stau", "Für Erste Hilfe: Hubschrauber landet auf der Autobahn", lead, *body)
    assert meta.title.value == "Für Erste Hilfe: Hubschrauber landet auf der Autobahn"


def test_a_radio_player_above_the_headline_is_no_title() -> None:
    # PLAYER_AND_CHAT_CONTROLS and EMPTY_FOREIGN_BY: the player's labels go, the headline over its credit stays
    body = (
        "El Concejo del puerto dio inicio a las últimas sesiones ordinarias del año, y aprobó el presupuesto para 2020.",
        "Según el funcionario, fueron aprobados más de 46 mil millones de pesos para las obras del muelle y la bahía.",
    )
    cleaned, meta = build(
        "Audio en Vivo",
        "Radio Bahía, Señales a cielo abierto",
        "CONCEJO DEL PUERTO APROBÓ EL PRESUPUESTO",
        "Escrito por el 5 noviembre, 2019",
        *body,
    )
    assert (meta.title.value, meta.date.value) == ("CONCEJO DEL PUERTO APROBÓ EL PRESUPUESTO", "2019-11-05")


@pytest.mark.parametrize(
    ("line", "published", "names"),
    [
        # EMPTY_FOREIGN_BY: "written by" with the template's name left empty, then the date
        ("Escrito por el 5 noviembre, 2019", "2019-11-05", ()),
        ("Publié par le 3 mars 2020", "2020-03-03", ()),
        # MERIDIEM_GLUED_TO_NAME and ROLE_AFTER_NAME: the byline run onto the time, the writer's role after a slash
        ("Published:Saturday | July 6, 2019 | 12:07 AMJane Roe/News Editor", "2019-07-06", ("Jane Roe",)),
        ("July 6, 2019 | Jane Roe, Senior Staff Reporter", "2019-07-06", ("Jane Roe",)),
    ],
)
def test_credit_lines(line: str, published: str, names: tuple[str, ...]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert (meta.published.iso, meta.names) == (published, names)


@pytest.mark.parametrize(
    "line",
    [
        "Escrito por el puerto, la nueva ley del 5 de noviembre",  # a sentence, no credit
        "July 6, 2019 | Jane Roe, Harbour Master",  # a title that is no writer's role
        "12:07 AMSTERDAM",  # a time run onto a word in capitals
    ],
)
def test_no_credit_line(line: str) -> None:
    assert parse_meta_line(line) is None


def test_a_comment_thread_under_its_count_goes_and_the_short_last_sentence_stays() -> None:
    # COMMENTS_COUNT_HEADING: from "N Responses to <headline>" on, the comments; SHORT_SENTENCE_MIN_WORDS: the article's
    # last sentence of three words stays
    thread = (
        "3 Responses to Harbour council approves the new budget",
        "1. Jane Roe",
        "Jane Roe December 7, 2016 at 8:51 pm",
        "and thats why I dont take the ferry",
        "John Doe December 7, 2016 at 9:03 pm",
        "Stupez that time the ferry was wrong",
    )
    cleaned, _ = build(HEADLINE, *BODY, "Investigations are continuing.", *thread)
    assert [_rule_of(cleaned, line) for line in thread] == ["comment-widget"] * len(thread)
    assert _rule_of(cleaned, "Investigations are continuing.") is None


@pytest.mark.parametrize(
    ("stamps", "dropped"),
    [
        # COMMENTERS_STAMPS: two commenters' names with their ages or dates under the text (COMPOUND_AGE: "2 weeks, 1 day")
        (("JokeyJack 2 weeks, 1 day ago", "DDK 1 week, 6 days ago"), True),
        (("Jane Roe December 7, 2016 at 8:51 pm", "John Doe December 7, 2016 at 9:03 pm"), True),
        # ... one commenter twice, or a programme's items (their names are no person's), are no thread
        (("JokeyJack 2 weeks, 1 day ago", "JokeyJack 1 week, 6 days ago"), False),
        (("Opening ceremony December 7, 2016 at 8 pm", "Harbour parade December 8, 2016 at 9 pm"), False),
    ],
)
def test_commenters_stamps_start_the_thread(stamps: tuple[str, str], dropped: bool) -> None:
    comment = "We should all take the ferry more often, it is cheaper."
    lines = (stamps[0], comment, stamps[1], "The police are sure having a lot of work. What's the score now?")
    cleaned, _ = build(HEADLINE, *BODY, *lines)
    assert (_rule_of(cleaned, comment) == "comment-widget") is dropped
    assert all(_rule_of(cleaned, line) is None for line in BODY)


def test_a_byline_stamp_above_the_text_starts_no_thread() -> None:
    # (the stamps are read under the article's first long sentence: a byline with its date above it is the credit)
    lines = ("Jane Roe December 7, 2016 at 8:51 pm", *BODY, "John Doe 2 weeks ago", "A reader's comment on the ferry.")
    cleaned, meta = build(HEADLINE, *lines)
    assert [line.role for line in cleaned.lines if line.text == HEADLINE] == [TITLE]
    assert all(_rule_of(cleaned, line) is None for line in BODY)


@pytest.mark.parametrize(("logo", "outlet"), [("Live logo", None), ("Harbour Bugle logo", "Harbour Bugle")])
def test_a_sections_logo_names_no_site(logo: str, outlet: str | None) -> None:
    # LOGO_TEMPLATE_WORDS: "Live logo", printed twice over the headline, is a section's; a name's logo is the site's
    _, meta = build(logo, logo, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # OUTDATED_BROWSER: the notice that the browser is too old, however long
        (
            "We have detected that you are using an outdated browser. Using your current browser will prevent you from "
            "accessing all features of our website. An upgrade is required to improve your browsing experience.",
            "widget-error",
        ),
        # the favourites' and the text size's buttons, run together or as a numbered item (NUMBERED_CONTROL)
        ("Add to Favourite", "nav-label"),
        ("Increase text size Restore default font-sizes Decrease text size", "nav-label"),
        ("1. No favourites yet!", "nav-label"),
        # HOME_THEN_SECTIONS: the trail from the home page in a language where its name is no ordinary word
        ("Trang chủ Bờ cõi biển đảo Nhịp sống biển đảo", "breadcrumb"),
        # (with "Главная" a page control of its own, PAGE_CONTROL_GAPS, the row reads as a run of labels first, as
        # "Home News Politics" does)
        ("Главная Новости Общество", "nav-label"),
    ],
)
def test_head_furniture_lines(line: str, rule: str | None) -> None:
    cleaned, _ = build(line, HEADLINE, *BODY)
    assert _rule_of(cleaned, line) == rule


def test_home_prices_may_open_a_headline() -> None:
    # (HOME_THEN_SECTIONS: "Home" opens headlines too)
    _, meta = build("Home prices rise again in the harbour district", *BODY)
    assert meta.title.value == "Home prices rise again in the harbour district"


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        # MEDIA_MARKS: "- FOTKY" ("photos") after every headline of the page is no site's name
        (
            ("Požár zaměstnal hasiče v obci Sviňomazy na Tachovsku - FOTKY", "Nehodu nahlásil systém eCall na dálnici - FOTKY"),
            None,
        ),
        # ... a name after the dash on two lines is (OUTLET_REPEATED_SUFFIX)
        (
            (
                "Požár zaměstnal hasiče v obci Sviňomazy na Tachovsku - Plzeňský Deník",
                "Nehodu nahlásil systém eCall na dálnici - Plzeňský Deník",
            ),
            "Plzeňský Deník",
        ),
        # PLACE_PRINTED_AGAIN: a town printed twice over the headline is a menu's, no masthead
        (("Kota Kinabalu", "Kota Kinabalu"), None),
        (("Harbour Bugle", "Harbour Bugle"), "Harbour Bugle"),
    ],
)
def test_names_printed_twice(lines: tuple[str, str], outlet: str | None) -> None:
    _, meta = build(*lines, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


def test_a_long_first_line_is_the_headline_not_a_credit() -> None:
    # HEADLINE_ON_TOP: names joined by "and", then "for" a name, on the first line of eleven words: the headline
    headline = "Harbour Karachi Hosts Reception and Awareness Camps for Sindh Ferry March"
    _, meta = build(headline, "Reported by: Jane Roe", *BODY)
    assert (meta.title.value, meta.author.value) == (headline, "Jane Roe")


@pytest.mark.parametrize(
    ("lead", "place", "month_day", "wire"),
    [
        # TWO_PLACES_TITLE_CASE: two places in title case with a slash, then the dateline
        ("Kharagpur/ Kolkata, 25 July (HS) : The scientists said the device was ready.", "Kharagpur/ Kolkata", "--07-25", "HS"),
        ("Kharagpur/Kolkata, 25 July (HS): The scientists said the device was ready.", "Kharagpur/Kolkata", "--07-25", "HS"),
    ],
)
def test_a_dateline_from_two_places(lead: str, place: str, month_day: str, wire: str) -> None:
    found = parse_lead(lead)
    assert found is not None and (found.place, found.month_day, found.wire) == (place, month_day, wire)


def test_no_dateline_from_two_words_and_a_slash() -> None:
    assert parse_lead("Either/ Or, the minister said on Monday, would be the choice.") is None


@pytest.mark.parametrize(("credit", "wire"), [("aa", None), ("AA", "AA"), ("dpa", "dpa")])
def test_initials_in_small_letters_are_no_agency(credit: str, wire: str | None) -> None:
    # LOWER_CASE_INITIALS: "aa" under the headline is no Anadolu Agency; "dpa" writes itself so
    _, meta = build(HEADLINE, credit, *BODY)
    assert meta.wire.value == wire


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        # SITE_SLASH_AGENCY: the site's name and the agency, a slash between, under the headline
        ("Hírkikötő / MTI", "Hírkikötő"),
        # ... a person's name or a place there is the writer's or the dateline's
        ("Jane Roe / MTI", None),
        ("Budapest / MTI", None),
    ],
)
def test_the_site_beside_its_agency(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, credit, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("lines", "author", "outlet"),
    [
        # KOREAN_RANKS: the reporter's rank before 기자 ("intern"): the name is before it; the paper and the place before "="
        (("• 홍길동 인턴기자",), "홍길동", None),
        (("[예시일보 홍성=홍길동 인턴기자] 본지 편집국장이 지난 20일부터 유럽 취재에 나섰다.",), "홍길동", "예시일보"),
    ],
)
def test_a_korean_reporters_rank(lines: tuple[str, ...], author: str, outlet: str | None) -> None:
    body = (
        "이번 공동기획취재는 지역축제를 둘러싼 논란과 비판이 해마다 반복되는 가운데 진행됐다.",
        "취재단은 스페인과 독일의 지역축제 사례를 살펴볼 예정이다.",
    )
    _, meta = build("예시군 지역축제 해외 사례 취재", *lines, *body)
    assert (meta.author.value, meta.outlet.value) == (author, outlet)


@pytest.mark.parametrize(("name", "outlet"), [("再放送", None), ("山梨放送", "山梨放送")])
def test_a_programme_is_no_broadcaster(name: str, outlet: str | None) -> None:
    # BROADCAST_WORDS: "再放送" ("rebroadcast") above the text names a programme; "<place>放送" a broadcaster
    body = ("山梨県身延町の国道で乗用車2台が正面衝突し、1人が死亡しました。", "警察が事故の原因を詳しく調べています。")
    _, meta = build(name, "身延町で2台が正面衝突", *body)
    assert meta.outlet.value == outlet


def test_a_writers_lead_in_is_no_headline() -> None:
    # WRITER_LEAD_IN: "Club manager, Jane Roe, writes" opens a letter
    _, meta = build("By John Doe", "Club manager, Jane Roe, writes", "To the Supporters,", *BODY)
    assert meta.title.value is None


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        # DATE_BESIDE_THE_NAME: the site's name and the day in the dateline's brackets
        ((f"HARBOUR CITY (HarbourNews/29 May) – {BODY[0]}", *BODY[1:]), "HarbourNews"),
        # OUTLET_FILE_PHOTO: the site's own file photo
        ((*BODY, "The new pier at dusk (HarbourNews.com file photo)"), "HarbourNews.com"),
        ((*BODY, "The new pier at dusk (AFP file photo)"), None),
        # OUTLET_TOLD_THE_SITE: someone told the site, by its address
        ((*BODY, "Local resident Jane Roe told Harbour-On-Sea.com: “We will all welcome the new pier.”"), "Harbour-On-Sea.com"),
        ((*BODY, "Local resident Jane Roe told Reuters: “We will all welcome the new pier.”"), None),
        # OUTLET_LEAD_NAME_SPELLED: the lead's name and a dash, spelled by an address the page prints
        ((f"HARBOUR BUGLE – {BODY[0]}", *BODY[1:], "The pier at dusk./Dok. Harbourbugle.com/ash."), "HARBOUR BUGLE"),
        ((f"HARBOUR BUGLE – {BODY[0]}", *BODY[1:]), None),
    ],
)
def test_the_site_named_in_the_text_and_its_credits(lines: tuple[str, ...], outlet: str | None) -> None:
    _, meta = build(HEADLINE, *lines)
    assert meta.outlet.value == outlet


def test_a_korean_news_service_credits_itself() -> None:
    # KOREAN_PAPER_CREDIT: a "뉴스통신" ("news service") credits its reporter in brackets
    body = (
        "[예시뉴스통신=홍길동 기자] 부여군이 오는 9월 백제문화제를 개최한다.",
        "부여군은 주민참여 옛 사진 공모를 진행한다고 밝혔다.",
    )
    _, meta = build("부여군, 백제문화제 사진 공모", *body)
    assert meta.outlet.value == "예시뉴스통신"


def test_a_list_above_a_paragraph_cut_at_the_end_is_the_articles() -> None:
    # PARAGRAPH_CUT_AT_THE_END: the page ends with a long paragraph the copy cut: the short bulleted items above it are
    # the article's list, not a menu
    items = ("• the history of policing", "• community outreach", "• the court system")
    cut = (
        "Two sessions featured talks by plainclothes detectives on crime scene analysis and investigation, and the "
        "officers answered questions from the residents who came to every one of the"
    )
    cleaned, _ = build(HEADLINE, *BODY, "Each session featured a presentation by members of the department:", *items, cut)
    assert [d.number for d in cleaned.dropped] == []  # (lines 6 to 8, the items, kept)
    # ... above a short line that is no paragraph, under the article's last sentence, they are the page's menu
    cleaned, _ = build(HEADLINE, *BODY, *items, "Share this story with your friends and family on the")
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(5, "nav-bullet"), (6, "nav-bullet"), (7, "nav-bullet")]


def test_an_embedded_posts_label_credits_no_one() -> None:
    _, meta = build(HEADLINE, *BODY, "Tweet de Policía del Puerto")
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("credit", "iso"),
    [
        # DATED_COPYRIGHT_CREDIT: the site's © with the story's date and time, between the headline and the text
        ("© Example.com - mercredi 18 décembre 2024 - 09:34", "2024-12-18"),
        # ... a © with its year alone dates nothing
        ("© Example.com 2024", None),
    ],
)
def test_a_dated_copyright_credit_under_the_headline(credit: str, iso: str | None) -> None:
    _, meta = build(HEADLINE, credit, *BODY)
    assert meta.date.value == iso
