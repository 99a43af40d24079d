"""Issue 17, forty-first round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from support import ROOT
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.problems import Problems
from archive.registry import parse_registry

REGISTRY = parse_registry("registry.yml", (ROOT / "registry.yml").read_text(encoding="utf-8"), Problems())


def _dropped(cleaned) -> dict[str, str]:
    return {d.text: d.rule for d in cleaned.dropped}


def _roles(cleaned) -> dict[str, str]:
    return {line.text: line.role for line in cleaned.lines}


# YEAR_MONTH_NAME_DAY, MONTH_COMMA_DAY_SLASH_YEAR, MINUTES_MARK_AFTER: three more ways a date line is printed; the same
# words in a sentence are no date.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2022 Mar 28, 10:43", "2022-03-28"),
        ("2022 March 28", "2022-03-28"),
        ("In 2022 May 5 people were hurt", None),
        ("Update: August, 16/2016 - 11:00", "2016-08-16"),
        ("August, 16 people were hurt in 2016", None),
        ("30/12/2016 às 09h11min", "2016-12-30"),
        ("30/12/2016 às 09h11 minutos depois", None),
    ],
)
def test_more_date_line_shapes(line: str, date: str | None) -> None:
    from archive.metaline import parse_meta_line

    meta = parse_meta_line(line)
    stated = (meta.published or meta.updated) if meta else None
    assert (stated.iso if stated else None) == date


# PLACE_AFTER_THE_CLOCK: a city after a date line's time is where the story was filed; a person's name there is its
# writer.
@pytest.mark.parametrize(
    ("line", "author"),
    [("2022 Mar 28, 10:43, Saint George's", None), ("2022 Mar 28, 10:43, Jane Roe", "Jane Roe")],
)
def test_a_place_after_the_clock_is_no_writer(line: str, author: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert (meta.date.value, meta.author.value) == ("2022-03-28", author)


# Caption credits in more shapes (PHOTO_LABEL_AFTER_STOP, PHOTO_WORD_BAR_NAME, PROVIDED_BY_TAIL, KOREAN_PHOTO_SLASH,
# LOWER_CASE_AGENCIES in a credit, IMAGE_FILE_THEN_CAPTION): the caption goes; the same words without the credit stay.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Москва, Кремль. Встреча мэра с жителями района. Фото: example.ru", "caption"),
        ("Москва, Кремль. Встреча мэра с жителями района.", None),
        ("Residents queue for water at the new tap. FILE PHOTO | EXA", "caption"),
        ("Residents queue for water at the new tap.", None),
        ("a man riding on the back of a truck © Provided by Example Press Enterprises Inc", "caption"),
        ("a man riding on the back of a truck provided by the council", None),
        ("시 주석이 27일 오사카에서 대통령을 회견했다.사진/예시왕(例示網)", "caption"),
        ("시 주석이 27일 오사카에서 대통령을 회견했다.", None),
        ("(Foto: dpa)", "caption-credit"),
        ("(Foto: die Stadt)", None),
        ("bridge-opening-305.jpg The mayor cuts the ribbon on the new bridge over the river", "caption"),
        ("The file budget.pdf was published on Tuesday, and the council said it would discuss it next week.", None),
    ],
)
def test_caption_credit_shapes(line: str, dropped: str | None) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned).get(line) == dropped


# YEAR_FULL_STOP: a full stop after the copyright's year leaves the holder read; the notice alone names no one.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Copyright © 2011. Example Impacto Total - All Rights Reserved", "Example Impacto Total"),
        ("Copyright © 2024. All Rights Reserved.", None),
        ("© 2024, All rights reserved.", None),
    ],
)
def test_copyright_year_with_a_full_stop(line: str, outlet: str | None) -> None:
    cleaned, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet


# Furniture new pages showed, in their languages (labels added to the lists: FOREIGN_READ_MORE's Polish "we wrote about
# it", German "keywords", "sponsored video", ARCHIVE_USE_NOTICE, COMMENT_TERMS, "FB留言", "back to", Japanese sections
# in a script without capitals, an ad's script tag with its end): each goes; a sentence with the same words stays.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Pisaliśmy o tym: Burmistrz otworzył nowy most", "read-more"),
        ("Pisaliśmy o tym wiele razy, a burmistrz wciąż nie otworzył nowego mostu na rzece.", None),
        ("Schlagworte: Brücke, Hafen, Rat", "tag-cloud"),
        ("SPONSORED VIDEO", "advertisement"),
        ("This archived news story is available only for your personal, non-commercial use.", "copyright-footer"),
        ("The archived news story was available to the council for its meeting on Tuesday.", None),
        ("FB留言", "comment-widget"),
        ("By submitting a comment, you accept that Example has the right to reproduce it.", "comment-widget"),
        ("By submitting a complaint, the residents hoped that the council would listen to them.", None),
        ("< < Back to", "nav-label"),
        ("全国・世界のニュース", "section-label"),
        ('<SCRIPT SRC="//ads.example.com/ttj?id=1&cb=[CACHEBUSTER]" TYPE="text/javascript"></SCRIPT>', "code-line"),
        ("The <script> tag was left in the council's web page, the auditor said on Tuesday.", None),
    ],
)
def test_more_furniture_labels(line: str, dropped: str | None) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned).get(line) == dropped


# THREE_WORDS_GLUED: a row of buttons run together is no writer's name; a name with one capital inside is.
# PHOTOGRAPHERS_OWN_AGENCY: "Jane Roe/Roe Media" credits a picture; "Jane Roe/Example Media" may credit a writer.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Diesen Artikel DruckenMerkenSendenFeedback", None),
        ("Jane MacKenzie", "Jane MacKenzie"),
        ("Fredrik Hove/Hove Media", None),
        ("Fredrik Hove/Example Media", "Fredrik Hove"),
    ],
)
def test_glued_buttons_and_a_photographers_firm_are_no_writer(line: str, author: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == author


# PAPER_ALONE_UNDER_HEADLINE: a paper's name alone where the byline goes is the site's own credit; an agency's there
# is the wire's, a label's the source line's, and a writer's name before a desk names no paper.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Example Valley News", "Example Valley News"),
        ("The 830 Times", "The 830 Times"),
        ("Associated Press", None),
        ("Source: Example Times", None),
        ("Jane Roe Ministry News", None),
    ],
)
def test_a_papers_name_alone_under_the_headline(line: str, outlet: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert meta.outlet.value == outlet


# PAPER_CORRESPONDENT: "Example Correspondent" credits the paper's staff; a beat, a place or "Our" names no paper.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Excelsior Correspondent", "Excelsior"),
        ("EXA Correspondent", "EXA"),
        ("Our Correspondent", None),
        ("Defence Correspondent", None),
        ("Moscow Correspondent", None),
        ("Political Reporter", None),
    ],
)
def test_a_papers_correspondent(line: str, outlet: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert meta.outlet.value == outlet


# RESERVED_TO_HOLDER_YEAR, OFFICIAL_SITE_LINE: two more ways a site names itself; a sentence with the words does not.
@pytest.mark.parametrize(
    ("lines", "outlet", "title"),
    [
        ((HEADLINE, *BODY, "All rights reserved to Example Media Group 2021 ©"), "Example Media Group", HEADLINE),
        (
            ("Official website of the President of Example", HEADLINE, *BODY),
            "Official website of the President of Example",
            HEADLINE,
        ),
        ((HEADLINE, "Official website of the council was hacked on Monday, the police said.", *BODY), None, HEADLINE),
    ],
)
def test_a_site_naming_itself(lines: tuple[str, ...], outlet: str | None, title: str) -> None:
    cleaned, meta = build(*lines)
    assert (meta.outlet.value, meta.title.value) == (outlet, title)


# SITE_MAKER_CREDIT: a footer's credit to the site's makers goes; a sentence about a designer stays. Comment and share
# widgets' phrases from new pages go too.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Maintained and developed by Example Group SAL.", "nav-label"),
        ("Proudly powered by Blogger", "nav-label"),
        ("Website by Example Studio", "nav-label"),
        ("Template Created by Example Website Inspired by Example Theme", "nav-label"),
        ("Designed by Example Architects, the bridge opened on Tuesday and carried its first traffic from the port.", None),
        ("No comment yet, add your voice below!", "comment-widget"),
        ("Comment Here", "comment-widget"),
        ("Share this post with a friend...Email this to someone", "nav-label"),
    ],
)
def test_site_makers_and_widgets(line: str, dropped: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "The council will meet again next month to vote on the final plan.")
    assert _dropped(cleaned).get(line) == dropped


# WITH_MATERIAL_FROM: a credit saying the copy drew on agencies or a named source names the wire; a person's help does not.
@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("(With inputs from Reuters)", "Reuters"),
        ("(With inputs of PTI)", "Press Trust of India"),
        ("- Mit Material der Nachrichtenagentur dpa", "Deutsche Presse-Agentur"),
        ("(With inputs of ExampleLaw)", "ExampleLaw"),
        ("With inputs from Reuters and AFP", "Reuters and AFP"),
        ("Additional reporting by Jane Roe", None),
        ("With inputs from Jane Roe and Reuters", None),
    ],
)
def test_a_credit_for_material_from_agencies(line: str, wire: str | None) -> None:
    cleaned, meta = build(HEADLINE, *BODY, line, registry=REGISTRY)
    assert meta.wire.value == wire


# OFF_TOPIC_TITLE: a first head line over a date line that uses none of the article's words gives way to the next head
# line that does; a first line that uses them stays the title.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Editorial Cartoon: Peace in the Valley", HEADLINE),
        ("Bus drivers strike over pay", HEADLINE),
        ("Harbour council debates the budget again", "Harbour council debates the budget again"),
    ],
)
def test_an_off_topic_first_line_gives_way(first: str, title: str) -> None:
    cleaned, meta = build(first, "Monday 12 May 2025", HEADLINE, *BODY)
    assert meta.title.value == title


# DANGLING_SPONSOR_LABEL, SOCIAL_PROFILE_LINK, PRINT_EDITION_PROMO, comment-box and paywall phrases: each goes; the
# same words in an article's line stay ("Crackdown on TikTok" is a sub-heading, not the site's profile).
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Local Weather - Sponsored By:", "nav-label"),
        ("The concert was sponsored by the harbour council and the local bank.", None),
        ("ExampleDN on Facebook", "nav-label"),
        ("Example News on Twitter", "nav-label"),
        ("Crackdown on TikTok", None),
        ("For more from the board meeting, please see this week’s print edition.", "nav-label"),
        ("The paper's print edition was cut to three days a week, the editor said on Tuesday.", None),
        ("No comment yet. Maybe you comment?", "comment-widget"),
        ("Tu suscripción se está usando en otro dispositivo", "nav-label"),
    ],
)
def test_widget_labels_promos_and_paywalls(line: str, dropped: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "The council will meet again next month to vote on the final plan.")
    assert _dropped(cleaned).get(line) == dropped


# JAPANESE_PRINT_NOTE and "By:" before a web desk: the paper names itself; a note about another paper's story does not.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("※この記事は、3月25日例示合同新聞朝刊13ページに掲載", "例示合同新聞"),
        ("※この記事は読者の投稿をもとに作成しました", None),
        ("By:Example Web Desk", "Example"),
    ],
)
def test_a_print_note_and_a_web_desk_name_the_paper(line: str, outlet: str | None) -> None:
    cleaned, meta = build(HEADLINE, *BODY, line) if line.startswith("※") else build(HEADLINE, line, *BODY)
    assert meta.outlet.value == outlet


# EMAIL_NOT_HEADLINE and EMAIL_ENDS_THE_TEXT: an appeal's last line with an e-mail address stays, the other stories'
# headlines under it go; GUILLEMETS_QUOTE: a sub-heading with a quotation in «» is no crumb trail.
RELATED = [
    "Harbour residents asked for views on police funding",
    "Man arrested after police drugs raid in the valley",
    "New scheme to display names of residents on air ambulances",
    "Valley police receive four new electric bikes for patrols",
]


def test_an_appeal_with_an_email_ends_the_text() -> None:
    appeal = "Anyone with information can contact 101, quoting the log number 0398 or email 3094@example.police.uk"
    cleaned, _ = build(HEADLINE, *BODY, appeal, *RELATED)
    assert appeal in [line.text for line in cleaned.lines]
    assert all(_dropped(cleaned).get(line) == "related-headline" for line in RELATED)


@pytest.mark.parametrize(("line", "dropped"), [("Poutine, ce «meilleur ami»", None), ("Accueil » Monde » Europe", "breadcrumb")])
def test_a_quotation_in_guillemets_is_no_crumb_trail(line: str, dropped: str | None) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], BODY[1], line, BODY[2])
    assert _dropped(cleaned).get(line) == dropped


# SUMMARY_BULLET_ABOVE: a summary's bulleted point printed again in the text: the summary's copy goes, the text's stays.
def test_a_summary_point_repeated_in_the_text_goes_from_the_summary() -> None:
    point = "The mayor will serve as the most senior officer after the governor and his deputy."
    cleaned, _ = build(HEADLINE, f"• {point}", BODY[0], point, BODY[1], BODY[2])
    kept = [(line.number, line.text) for line in cleaned.lines]
    assert (_dropped(cleaned).get(point), (4, point) in kept) == ("teaser", True)  # (the bullet is no part of the text)


# EARLIER_OPENING: a sentence opening with "previously" tells of another occasion: the leaders it names take no part; the
# same sentence without it reports the event. BULGARIAN_MEETING: "ще се срещне с ... Си Цзинпин" meets him.
RU_LINES = (
    "Премьер-министр России Михаил Мишустин провел встречу с премьером Госсовета КНР Ли Цяном в Ханчжоу в понедельник.",
    "Стороны обсудили торговлю и энергетику, а также новые проекты в области транспорта и связи между двумя странами.",
    "Переговоры продолжатся во вторник в расширенном составе с участием министров обеих стран.",
)


@pytest.mark.parametrize(
    ("opening", "leaders"),
    [
        ("Ранее ", ("Li Qiang", "Mikhail Mishustin")),
        ("", ("Li Qiang", "Mikhail Mishustin", "Vladimir Putin", "Xi Jinping")),
    ],
)
def test_a_sentence_opening_with_previously_tells_another_occasion(opening: str, leaders: tuple[str, ...]) -> None:
    earlier = f"{opening}Владимир Путин встретился с Си Цзиньпином в Пекине, где они подписали заявление."
    cleaned, meta = build(
        "Мишустин встретился с Ли Цяном в Ханчжоу", RU_LINES[0], RU_LINES[1], earlier, RU_LINES[2], registry=REGISTRY
    )
    assert meta.leaders.value == leaders


def test_a_bulgarian_meeting_announced() -> None:
    lines = (
        "Руският премиер Михаил Мишустин пристигна днес в Ханчжоу, където ще се срещне с китайския си колега Ли Цян.",
        "Двамата премиери първо ще разговарят на четири очи, след което ще проведат преговори с делегациите.",
        "Утре Мишустин ще пристигне в Пекин, където ще се срещне с китайския президент Си Цзинпин.",
        "Москва отдава голямо значение на визитата, заяви в петък говорителят на правителството.",
    )
    cleaned, meta = build(*lines, registry=REGISTRY)
    assert meta.leaders.value == ("Li Qiang", "Mikhail Mishustin", "Xi Jinping")


# SUBHEADINGS_BELOW: a label above the lead heads the first section when another short line further down stands between
# two of the article's sentences; alone, or naming the line below's first word, it is the site's rubric.
@pytest.mark.parametrize(
    ("label", "second", "kept"),
    [
        ("Executive Summary", "Key Judgments", True),
        ("Executive Summary", None, False),
        ("Harbour", "Key Judgments", False),
    ],
)
def test_a_label_above_the_lead_with_subheadings_below(label: str, second: str | None, kept: bool) -> None:
    lead = (
        "Harbour council approved the new budget for the district on Tuesday after a long debate."
        if label == "Harbour"
        else BODY[0]
    )
    lines = [
        HEADLINE,
        label,
        lead,
        BODY[1],
        *([second] if second else []),
        BODY[2],
        "The vote was close, with six for and five against.",
    ]
    cleaned, _ = build(*lines)
    assert (label in [line.text for line in cleaned.lines]) is kept


# POSED_CAPTION: what only a picture shows, right after who is in it, is a caption; a report's past tense, a participle's
# clause before its verb, or a quotation is the article's.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Valley leader Jane Roe shakes hands with Mayor John Doe after a meeting in the harbour on October 18.", "caption"),
        ("Valley leader Jane Roe shook hands with Mayor John Doe after a meeting in the harbour on October 18.", None),
        ("Ambassador Roe speaking to the recipients of the harbour scholarships", "caption"),
        ("Speaking to the recipients, Ambassador Roe said the scholarships would continue next year.", None),
        ("Mayor John Doe speaking at the opening: “This bridge is for everyone.”", None),
    ],
)
def test_a_posed_caption(line: str, dropped: str | None) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned).get(line) == dropped


# App promos behind an icon, feed and comment labels, the views disclaimer with "and opinions", CONTENT_HEREIN_NOTICE (and its holder: the
# outlet, COPYRIGHT_MID_NOTICE), a page's cookie notice in Russian: each goes; sentences with their words stay.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("📱 Download Example 6 News App", "social-promo"),
        ("Residents can download the council's parking app from next week, the mayor said.", None),
        ("Have your say", "nav-label"),
        ("Table of contents", "nav-label"),
        (
            "The views and opinions expressed are those of the author and do not necessarily reflect those of Example.",
            "disclaimer",
        ),
        ("The views of the residents were heard by the council on Tuesday, the mayor said.", None),
        ("Эта страница использует технологию cookies для google analytics.", "cookie-notice"),
    ],
)
def test_promos_labels_and_notices(line: str, dropped: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "The council will meet again next month to vote on the final plan.")
    assert _dropped(cleaned).get(line) == dropped


def test_a_notice_naming_its_copyright_holder_inside() -> None:
    notice = "The content herein, unless otherwise known to be public domain, are Copyright 1995-2011 - Example Media Network. All websites are published in Australia."
    cleaned, meta = build(HEADLINE, *BODY, notice)
    assert (_dropped(cleaned).get(notice), meta.outlet.value) == ("copyright-footer", "Example Media Network")


# DATE_LABEL_LEFT_OVER: a date line's label without its date is no headline; "illustration" ends a picture's text; "being
# presented with" is what a picture shows (POSED_CAPTION).
@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (("vendredi 20 octobre 2017", "Publié le  - 15", *BODY), None),
        (("Publié le  - 15", "Pompiers illustration", HEADLINE, *BODY), HEADLINE),
    ],
)
def test_a_date_label_left_over_and_a_pictures_text_are_no_headline(lines: tuple[str, ...], title: str | None) -> None:
    cleaned, meta = build(*lines)
    assert meta.title.value == title


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("PM Jane Roe being presented with the guard of honour upon her arrival in the harbour on November 1. EXA", "caption"),
        ("PM Jane Roe was presented with the guard of honour upon her arrival in the harbour on November 1.", None),
    ],
)
def test_a_picture_of_someone_being_presented(line: str, dropped: str | None) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned).get(line) == dropped


# WRITERS_SLASHED: two writers joined by a spaced slash under the headline; a trail of
# sections is no pair of names. CLASS_YEAR: an alumna's year after her name. WRITERS_NOTE: an intern's note.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Juana Roe-Pardo /  Juan Doe", "Juana Roe-Pardo, Juan Doe"),
        ("News / World / Europe", None),
        ("By Jane Roe (BA ’13)", "Jane Roe"),
    ],
)
def test_more_byline_shapes(line: str, author: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == author


@pytest.mark.parametrize(("note", "author"), [("Jane Roe is a reporting intern.", "Jane Roe"), ("Jane Roe is a nurse.", None)])
def test_an_interns_note_signs_the_article(note: str, author: str | None) -> None:
    cleaned, meta = build(HEADLINE, *BODY, note)
    assert meta.author.value == author


# HEADLINE_IN_THE_PRESENT: a headline's present tense ("... shakes hands with ...", "... smiles ...") is no caption.
def test_a_headline_in_the_present_tense_is_no_posed_caption() -> None:
    headline = "Valley leader Jane Roe shakes hands with Mayor John Doe at the harbour"
    cleaned, meta = build(headline, *BODY)
    assert meta.title.value == headline


# ICON_GLUED_CAPTION, "image captiontext", "Źródło zdjęć", "Reprodução internet", a Turkish site's cookie notice: each
# goes; ADVERTISER among the paper words splits a writer's name from the paper run into it.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Camera IconDarker red shows where the rain fell least, the bureau said.", "caption"),
        ("image captiontext, The mayor meets the council.", "caption"),
        ("Źródło zdjęć: © EXA | Jan Kowalski", "caption-credit"),
        ("Reprodução internet", "caption-credit"),
        (
            "Sitelerimizde reklam ve pazarlama faaliyetlerinin yürütülmesi amaçları ile çerezler kullanılmaktadır.",
            "cookie-notice",
        ),
        ("Darker red shows where the rain fell least, the bureau said on Tuesday in its monthly report.", None),
    ],
)
def test_more_captions_credits_and_notices(line: str, dropped: str | None) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned).get(line) == dropped


def test_a_writer_run_into_an_advertiser() -> None:
    cleaned, meta = build(HEADLINE, "Jane RoeHarbour Advertiser", *BODY)
    assert (meta.author.value, meta.outlet.value) == ("Jane Roe", "Harbour Advertiser")


# SAID_TWICE: a line that is the same words twice over is a menu's or a logo's text with its copy: no headline, no
# writer (the line itself stays where it is: "[sic] [sic]" in a quotation); a line repeating only part of itself stays.
@pytest.mark.parametrize("line", ["Harbour Valley Harbour Valley", "France France", "Global Global"])
def test_a_line_said_twice(line: str) -> None:
    cleaned, meta = build(line, HEADLINE, *BODY)
    assert (meta.title.value, meta.author.value) == (HEADLINE, None)


def test_a_headline_repeating_a_word_stays() -> None:
    headline = "Walla Walla council approves the new budget for the district"
    cleaned, meta = build(headline, *BODY)
    assert meta.title.value == headline


# REPORTER_IN_BRACKETS: a translated Chinese dispatch's head names its agency and, in brackets, its reporter: the agency
# is the wire, the reporter no wire; a bracketed agency stays the wire.
@pytest.mark.parametrize(
    ("lead", "wire"),
    [
        (
            "Xinhua News Agency, Beijing, May 24 (Reporter Jane Roe) – On the afternoon of May 24, the mayor met the council.",
            "Xinhua",
        ),
        ("Harbour Town Hall, Beijing, May 24 (Reporter Jane Roe) – On the afternoon of May 24, the mayor met the council.", None),
        ("BEIJING, May 24 (Xinhua) – On the afternoon of May 24, the mayor met the council in the harbour.", "Xinhua"),
    ],
)
def test_a_reporter_in_a_dispatchs_brackets_is_no_wire(lead: str, wire: str | None) -> None:
    cleaned, meta = build(HEADLINE, lead, *BODY, registry=REGISTRY)
    assert meta.wire.value == wire


# GLUED_BY: an avatar's name run into the byline ("Jane RoeBy Jane Roe") credits the byline's name; without the glued
# "By" a name and a word are no credit.
@pytest.mark.parametrize(("line", "author"), [("Jane RoeBy Jane Roe", "Jane Roe"), ("Jane RoeBylines Harbour", None)])
def test_a_byline_glued_to_an_avatars_name(line: str, author: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == author
