"""Issue 17, thirty-sixth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE
from test_unseen34 import _rule_of  # the rule that dropped a line, or None

from archive.metaline import parse_meta_line
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
    ],
)
def test_the_sites_own_promotion_names_it(footer: str, outlet: str | None) -> None:
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
