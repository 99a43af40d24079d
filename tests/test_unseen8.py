"""Issue 17, eighth round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # the page cleaned and read with an empty registry
from test_rules import in_article

from archive import rules
from archive.headline import split_headline
from archive.metaline import parse_lead
from archive.problems import Problems
from archive.registry import cjk_view, parse_registry

HEADLINE = "Harbour council reviews the grain corridor and the rail plan"
BODY = (
    "The harbour council met on Monday to review the grain corridor and the rail freight plan for the coming year.",
    "A second paragraph says more about the grain talks and the trade that both sides expect to grow soon after.",
)
CJK_HEADLINE = "市长会见港口代表团"
CJK_BODY = (
    "市长在当地时间下午会见了港口代表团，双方就粮食走廊和铁路货运计划进行了深入交流。",
    "双方同意明年扩大合作，并成立新的工作组，推动港口和铁路建设取得更多成果。",
)


def test_a_comma_before_the_agency_still_ends_the_dateline() -> None:
    # LEAD_END_RE / LEAD_DATELINE: "CITY, Aug. 21, (Agency/Paper) —"; the agency is the wire, the other the page
    _, meta = build(HEADLINE, "HARBOUR CITY, Aug. 21, (Xinhua/Example Gazette) — " + BODY[0], BODY[1])
    assert (meta.date.get("partial"), meta.wire.value, meta.outlet.value) == ("--08-21", "Xinhua", "Example Gazette")
    # without the agency's brackets, a comma after the date is a sentence going on
    _, meta = build(HEADLINE, "HARBOUR CITY, Aug. 21, the council met to review the grain corridor.", BODY[1])
    assert (meta.date.value, meta.date.get("partial"), meta.wire.value) == (None, "", None)


@pytest.mark.parametrize(
    ("opening", "month_day"),
    [
        ("Hafenstadt, 8. Mai (Beispiel) – ", "--05-08"),
        ("Ciudad, 8 de mayo (Ejemplo) – ", "--05-08"),
        ("Ville, 3 juin (Exemple) - ", "--06-03"),
    ],
)
def test_a_dateline_in_another_language_gives_its_month_and_day_and_agency_only(opening: str, month_day: str) -> None:
    # FOREIGN_MONTH_DAY: the day first and the month in that language; TITLE_CASE_AGENCY: the one name in brackets is
    # the wire, not the page's own outlet (an agency this build may not know)
    lead = parse_lead(opening + "Der Rat traf sich am Montag.")
    assert lead is not None and (lead.month_day, lead.wire) == (month_day, opening.split("(")[1].split(")")[0])
    _, meta = build(HEADLINE, opening + BODY[0], BODY[1])
    assert (meta.date.get("partial"), meta.outlet.value) == (month_day, None)


def test_a_place_and_a_foreign_word_without_a_day_is_no_dateline() -> None:
    assert parse_lead("Hafenstadt, Mai (Beispiel) – Der Rat traf sich am Montag.") is None


@pytest.mark.parametrize(
    ("opening", "sender", "when"),
    [
        ("港口社海港11月7日电 ", "港口社", ("month-day", "--11-07")),
        ("港口网海港2024年5月16日电（记者 王明）", "港口网", ("day", "2024-05-16")),
        ("本报海港5月16日电 ", None, ("month-day", "--05-16")),
    ],
)
def test_a_chinese_dispatch_dates_the_page_and_names_its_sender_as_the_wire(
    opening: str, sender: str | None, when: tuple
) -> None:
    # CJK_DISPATCH_LEAD: sender, place, date and 电; the sender is the wire (never the page's outlet), 本报 names no one
    _, meta = build(CJK_HEADLINE, opening + CJK_BODY[0], CJK_BODY[1])
    assert (meta.wire.value, meta.outlet.value) == (sender, None)
    precision, value = when
    assert (meta.date.get("precision"), meta.date.get("partial") or meta.date.value) == (precision, value)


@pytest.mark.parametrize("opening", ["他们在海港5月16日电视台上", "港口社海港5月16日电影节开幕，"])
def test_a_sentence_with_a_date_and_a_word_in_dian_is_no_dispatch(opening: str) -> None:
    assert parse_lead(opening + CJK_BODY[0]) is None


def test_a_source_credit_in_brackets_names_no_outlet() -> None:
    # OUTLET_CREDIT_SITE passes over a bracketed source credit under the text: the copy's source, not the page
    _, meta = build(HEADLINE, *BODY, "(www.example-wire.ru – 3 iulie)")
    assert meta.outlet.value is None
    _, meta = build(HEADLINE, *BODY, "© www.example-gazette.ru 2019")
    assert meta.outlet.value == "www.example-gazette.ru"


LEADERS = parse_registry(
    "r.yml",
    "leaders:\n  - name: Wang Ming\n    role: Mayor of Harbour City\n    aliases: [Wang]\n"
    "    names:\n      zh: {value: 王明远, basis: the mayor's name in Chinese}\n",
    Problems(),
)


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        ("王明远会见港口代表团", "王明远"),  # the registry's own (simplified) form
        ("王明遠會見港口代表團", "王明遠"),  # traditional characters
        ("王(wáng)明(míng)遠(yuǎn)會見港口代表團", "王(wáng)明(míng)遠"),  # a converter's reading glosses
    ],
)
def test_a_chinese_name_in_any_spelling_is_found_where_it_is_printed(line: str, printed: str) -> None:
    # CJK_SEARCH_VIEW: one simplified form finds the name; the mention is the name as printed, at its place
    mentions = LEADERS.matcher("leaders").find("昨天，" + line)
    assert [(m.name, m.start) for m in mentions] == [("Wang Ming", 3)]
    assert mentions[0].form == printed


def test_a_line_with_no_chinese_is_searched_as_printed_and_a_gloss_needs_its_character() -> None:
    assert cjk_view("Wang (wáng) met the delegation") is None
    assert cjk_view("港口(gǎng)") == ("港口", [0, 1])
    assert [m.name for m in LEADERS.matcher("leaders").find("王明会见港口代表团")] == []  # another name


@pytest.mark.parametrize(
    ("junk", "rule", "sentence"),
    [
        ("市长在港口会见代表团。（新华社记者 王明 摄）", "x caption", "市长在港口会见代表团，记者王明报道。"),
        ("民警在现场勘查。  本报记者 张中 摄", "x caption", "民警在现场勘查，本报记者张中说，摄像头拍下了全过程。"),
        (
            "Harbour mayor Jane Roe (L) shakes hands with her visiting counterpart",
            "x caption",
            "Sen. Jane Roe (R) said the harbour plan shakes up the old rules for the grain trade.",
        ),
        ("Jane Roe/Pool/Example Wire", "x caption-credit", "Jane Roe said the pool was closed to the public on Monday."),
        ("EXAMPLE photo by Pool/ Jane Roe.", "x caption-credit", "Example photos by the pool were taken by Jane Roe."),
        (
            "¡Por favor ingrese su comentario!",
            "x comment-widget",
            "Por favor, dijo el alcalde, ingrese su comentario al consejo.",
        ),
        ("Please enter your name here", "x comment-widget", "Please enter your name on the harbour register, the official said."),
        (
            "LEAVE A REPLY (be polite, stay on topic)",
            "x comment-widget",
            "Leave a reply to the council by Friday (the deadline).",
        ),
        ("网友评论", "x nav-label", "网友评论说，港口计划很好，值得推广到其他城市。"),
        ("放大 缩小 默认", "x nav-label", "港口扩建后，吞吐能力放大了一倍，成本缩小了三成。"),
        ("您已阅读19%(233字)，剩余81%(981字)", "x paywall", "市民已阅读19%的报告，剩余部分将在下周公布。"),
    ],
)
def test_this_rounds_furniture_goes_and_a_sentence_with_its_words_stays(junk: str, rule: str, sentence: str) -> None:
    # CJK_PHOTOGRAPHER_CREDIT, POSITION_VERB_CAPTION, POOL_PHOTO_CREDIT, COMMENT_FORM_PROMPT, CJK_WIDGET_LABEL,
    # FONT_CONTROL, READ_SHARE_PAYWALL: each with its trigger, then the same words as an article's sentence
    assert in_article(junk)[junk] == rule
    assert not in_article(sentence)[sentence].startswith("x ")


def test_a_chinese_headline_above_another_head_line_is_left_unknown() -> None:
    # CJK_HEADLINE_OR_DECK: headline and deck, or kicker and headline: the same shape, so no title is guessed
    _, meta = build("港口扩建未必涨价", "专家称港口扩建将带动货运，市民可放心", "• 2011年09月16日", *CJK_BODY)
    assert meta.title.value is None
    # one head line above the date: the headline
    _, meta = build("港口扩建未必涨价", "• 2011年09月16日", *CJK_BODY)
    assert meta.title.value == "港口扩建未必涨价"


@pytest.mark.parametrize(
    ("line", "headline", "rule"),
    [
        (
            "Home / World News / Harbour council backs the grain corridor plan",
            "Harbour council backs the grain corridor plan",
            "title-crumb-prefix",
        ),
        (
            "Inicio > Mundo > El consejo del puerto aprueba el corredor",
            "El consejo del puerto aprueba el corredor",
            "title-crumb-prefix",
        ),
        (
            "Harbour council backs the grain corridor plan Related news",
            "Harbour council backs the grain corridor plan",
            "title-widget-suffix",
        ),
    ],
)
def test_a_trail_or_a_widget_label_run_onto_the_headline_is_taken_off(line: str, headline: str, rule: str) -> None:
    # TITLE_CRUMB_PREFIX, TITLE_WIDGET_SUFFIX
    assert (split_headline(line).text, split_headline(line).rules) == (headline, (rule,))


@pytest.mark.parametrize(
    "line",
    [
        "Home / Away: the harbour team wins again",  # no trail of parts: a headline with a slash
        "Grain / timber / fertiliser: what the corridor will carry",  # not opening with a home
        "Where to read more about the corridor",  # the label is not run on after the headline's last word
    ],
)
def test_a_headline_with_a_slash_or_the_words_of_a_label_stays_whole(line: str) -> None:
    assert split_headline(line).text == line


def test_a_reporters_line_with_the_outlet_before_its_role_names_the_reporter() -> None:
    # CJK_OUTLET_REPORTER_LINE: "<outlet>记者 NAME 通讯员 NAME 报道" alone on a line; the reporter is the author
    cleaned, meta = build(CJK_HEADLINE, "港口新闻记者 王明 通讯员 李华 报道", *CJK_BODY)
    assert meta.author.value == "王明"
    assert "港口新闻记者 王明 通讯员 李华 报道" not in [line.text for line in cleaned.lines if line.role == "paragraph"]
    # the same words inside a sentence name no one
    sentence = "他对港口新闻记者 王明说，港口计划很好，值得推广到其他城市去。"
    _, meta = build(CJK_HEADLINE, sentence, *CJK_BODY)
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("El tiempo en: Harbour City", "Harbour council reviews the grain corridor and the rail plan"),  # LABEL_COLON
        ("Harbour council: the grain corridor and the rail plan", "Harbour council: the grain corridor and the rail plan"),
    ],
)
def test_a_label_and_its_value_is_no_headline_and_a_headline_with_a_colon_is(line: str, title: str) -> None:
    _, meta = build(line, HEADLINE, "By Jane Roe", *BODY)
    assert meta.title.value == title


@pytest.mark.parametrize(
    ("junk", "rule", "sentence"),
    [
        ("Publicidad Ai", "x advertisement", "Publicidad para la AI del puerto, dijo el alcalde."),  # AD_LABEL_ICON
        ("TE RECOMENDAMOS", "x promo-block", "Te recomendamos visitar el puerto, dijo el alcalde el lunes."),
        ("Источник", "x nav-label", "Источник в мэрии сообщил, что порт откроется в понедельник."),
        ("DMCA", "x nav-label", "The DMCA notice was sent to the harbour authority on Monday."),
        ("Riproduzione riservata ©", "x copyright-footer", "La riproduzione riservata del porto fu discussa dal consiglio."),
        (
            "Alle Rechte vorbehalten.",
            "x copyright-footer",
            "Der Rat sagte, alle Rechte an dem Hafen seien ihm vorbehalten worden, und ging.",
        ),
    ],
)
def test_labels_in_other_languages_go_and_a_sentence_with_their_words_stays(junk: str, rule: str, sentence: str) -> None:
    assert in_article(junk)[junk] == rule
    assert not in_article(sentence)[sentence].startswith("x ")


MENU_RUN = ("Harbour Governors", "Headlines", "Example.media", "Rss.example", "Harbour Tunes", "Music Tunes")


def test_a_run_of_short_lines_below_the_article_goes() -> None:
    # SHORT_LINE_RUN: five or more short lines in a row, below the first paragraph
    cleaned, meta = build(HEADLINE, *BODY, *MENU_RUN)
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(n, "nav-label") for n in range(4, 10)]
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    "run",
    [
        # a bulleted list in the text (bulleted menus have their own rule)
        (
            "• Example Tribune",
            "• Harbour Radio International",
            "• Example Science Online",
            "• Example Magazine",
            "• Times of Harbour",
        ),
        ("1 Jane Roe", "2 John Doe", "3 Ann Lee", "4 Bo Li", "5 Cy Young"),  # a team's line-up: numbered
        MENU_RUN[:4],  # too short a run: a subheading or two
    ],
)
def test_a_list_in_the_text_or_a_short_run_stays(run: tuple[str, ...]) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], *run, BODY[1])
    assert [d.number for d in cleaned.dropped] == []


def test_short_lines_above_the_first_paragraph_are_left_to_the_other_rules() -> None:
    cleaned, _ = build(*MENU_RUN, HEADLINE, *BODY)
    assert all(d.rule != "nav-label" or d.text not in MENU_RUN[1:] for d in cleaned.dropped)


def test_a_line_of_tags_printed_twice_over_goes_and_is_no_headline() -> None:
    # TAG_SEQUENCE_REPEATED: a run of three words printed twice, brackets around one tag allowed
    tags = "Jane Roe Harbour Council Grain Trade Rail Freight (2024) Jane Roe Harbour Council"
    cleaned, meta = build(tags, HEADLINE, "By John Doe", *BODY)
    assert (meta.title.value, [(d.number, d.rule) for d in cleaned.dropped]) == (HEADLINE, [(1, "tag-cloud")])
    # a sentence repeating its words has its punctuation
    sentence = "The Harbour Council and the Rail Board (both new) met; the Harbour Council and the Rail Board agreed."
    assert in_article(sentence)[sentence] == "paragraph"


@pytest.mark.parametrize("label", ["视频加注文字，", "图像来源，", "Подпись к фото, ", "Pie de foto, ", "Fuente de la imagen, "])
def test_a_broadcasters_caption_label_in_other_languages_marks_a_caption(label: str) -> None:
    # BBC_CAPTION_LABELS
    line = label + "Jane Roe meets the harbour council"
    assert in_article(line)[line] == "x caption"
    assert (
        in_article("Pie de la montaña, el consejo se reunió el lunes.")["Pie de la montaña, el consejo se reunió el lunes."]
        == "paragraph"
    )


def test_a_headline_wrapped_over_two_lines_and_printed_whole_below_is_the_title() -> None:
    # WRAPPED_HEADLINE_JOINED: the two lines at the top joined are the whole line below
    _, meta = build("市长会见港口代表团", "双方同意扩大合作", "【字体: 打印", "市长会见港口代表团双方同意扩大合作", *CJK_BODY)
    assert meta.title.value == "市长会见港口代表团双方同意扩大合作"
    _, meta = build(
        "Harbour council reviews", "the grain corridor plan", "Harbour council reviews the grain corridor plan", *BODY
    )
    assert meta.title.value == "Harbour council reviews the grain corridor plan"


def test_a_kicker_in_capitals_marks_the_headline_under_it() -> None:
    # CAPS_KICKER_ABOVE_HEADLINE: rubric, kicker in capitals, headline, then the text
    head = ("Fire in the old town", "IN THE OLD TOWN", "One dead and 33 hurt in a fire in a block of flats")
    fire = (
        "One woman died and 33 people were hurt in a fire in a block of flats in the old town on Monday, firefighters said.",
        "The fire started on the third floor of the block of flats and the smoke spread up the stairs, they said.",
    )
    _, meta = build(*head, *fire)
    assert meta.title.value == head[2]
    # the same line in lower case is no kicker: the first line stays the choice
    _, meta = build(head[0], "In the old town", head[2], *fire)
    assert meta.title.value == head[0]


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Jane Roe / Harbour Daily News", "Harbour Daily News"),  # OUTLET_STAFF_PHOTO: the paper's own photographer
        ("Jane Roe/Reuters", None),  # an agency's photo
        ("Jane Roe / Getty Images", None),  # a picture library
        ("Jane Roe / Harbour Police", None),  # a handout from somebody: no newspaper's name
    ],
)
def test_a_staff_photo_credit_names_the_paper(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, BODY[0], credit, BODY[1])
    assert meta.outlet.value == outlet


CUT_SHORT = (
    "HARBOUR CITY The harbour council and the rail board on Monday discussed the grain corridor, the freight plan "
    "and the new pier that both sides expect to open before the end of the coming year, officials at the"
)


def test_a_name_under_the_headline_above_a_paragraph_cut_short_is_the_author() -> None:
    # CUT_PARAGRAPH: a copied page may stop mid-sentence; a long line is still the first paragraph (NAME_UNDER_HEADLINE)
    _, meta = build(HEADLINE, "Jane Roe", CUT_SHORT)
    assert meta.author.value == "Jane Roe"
    # a short line under the name is no paragraph: the name is not taken
    _, meta = build(HEADLINE, "Jane Roe", "HARBOUR CITY The council met on Monday and")
    assert meta.author.value is None


@pytest.mark.parametrize("line", ["习近平\udc80会见", "习近平\x00會見", "習" * 100_000])
def test_the_chinese_search_view_never_fails_on_hostile_text(line: str) -> None:
    # CJK_SEARCH_VIEW on a lone surrogate, a NUL (OpenCC stops there) and a long line: a view or the line as printed
    view = cjk_view(line)
    assert view is None or len(view[0]) == len(view[1])
    LEADERS.matcher("leaders").find(line)


def test_a_leader_quoted_after_a_dash_names_no_site_and_a_repeated_site_suffix_does() -> None:
    # SPEAKER_AFTER_DASH: "... — Xi" on two lines quotes a leader (OUTLET_REPEATED_SUFFIX passes it over)
    registry = parse_registry("r.yml", "leaders:\n  - name: Xi Jinping\n    aliases: [Xi]\n", Problems())
    quotes = ("We are the main victors of the war — Xi", "Our friendship grows stronger every year — Xi")
    _, meta = build(HEADLINE, BODY[0], *quotes, BODY[1], registry=registry)
    assert meta.outlet.value is None
    captions = ("A worker at the harbour gate - Example International", "The new pier at dawn - Example International")
    _, meta = build(HEADLINE, BODY[0], *captions, BODY[1], registry=registry)
    assert meta.outlet.value == "Example International"


@pytest.mark.parametrize("line", ["Related News", "Trending News", "Popular Stories"])
def test_a_widget_label_above_the_headline_is_no_masthead(line: str) -> None:
    # GENERIC_WORDS: "Related", "Trending", "Popular" make no newspaper's name; "Harbour Daily News" does
    _, meta = build(line, HEADLINE, "By Jane Roe", *BODY)
    assert meta.outlet.value is None
    _, meta = build("Harbour Daily News", HEADLINE, "By Jane Roe", *BODY)
    assert meta.outlet.value == "Harbour Daily News"


def test_a_title_cut_short_with_its_small_words_repeated_is_no_tag_cloud() -> None:
    line = "Head of Department of Civil Aviation Committee of Ministry of Industry"
    assert not rules.tag_cloud(line, "")
    assert rules.tag_cloud("Harbour Grain Trade Harbour Rail Harbour Grain Pier Trade", "")


def test_a_salutation_is_no_author_line() -> None:
    # SALUTATION: "Dear Readers," opens a letter to the readers
    cleaned, meta = build(HEADLINE, "Dear Readers,", *BODY)
    assert meta.author.value is None
    assert "Dear Readers," in [line.text for line in cleaned.lines if line.role == "paragraph"]
    _, meta = build(HEADLINE, "Jane Roe", *BODY)
    assert meta.author.value == "Jane Roe"


@pytest.mark.parametrize(
    ("junk", "rule", "sentence"),
    [
        (
            "Get Today's Headlines in your inbox:",
            "x social-promo",
            "The council's newsletter was delivered to every home on Monday.",
        ),
        (
            "Thank you for signing up! Sign up for more newsletters here",
            "x social-promo",
            "Farmers were signing up for the grain scheme, the minister said.",
        ),
        (
            "Download the Example News app for more features!",
            "x social-promo",
            "Officials said they would download the data from the harbour app later.",
        ),
        (
            "Visit example.in to explore our interactive epaper!",
            "x social-promo",
            "Visitors explored the old paper mill by the harbour on Sunday.",
        ),
        (
            "Connect with us on our socials:",
            "x social-promo",
            "Connect with the harbour board on Monday, the mayor told residents.",
        ),
        (
            "Also Read  Harbour council: the grain plan explained",
            "x read-more",
            "Also read was the council's report on the grain plan, he said.",
        ),
        ("Tagged:", "x nav-label", "Tagged birds were seen near the harbour on Monday, the council said."),
        ("Example-Tube-728x90-New-2", "x image-file", "The 728x90 screens were installed at the harbour on Monday."),
        (
            "Example Times provides news and information from Harbour and around the world.",
            "x disclaimer",
            "The ministry provides grain and fuel to the harbour and the region, officials said.",
        ),
        (
            "Click this link for the original source of this article.",
            "x disclaimer",
            "The original plan was drawn up in 2019, he said.",
        ),
    ],
)
def test_an_english_sites_own_furniture_goes_and_a_sentence_with_its_words_stays(junk: str, rule: str, sentence: str) -> None:
    # NEWSLETTER_PROMO, APP_OR_FOLLOW_PROMO, the read-more lead before two spaces, label words alone, AD_BANNER_SLUG,
    # SITE_SELF_DESCRIPTION, REPOST_NOTICE: each with its trigger, then the same words in an article's sentence
    assert in_article(junk)[junk] == rule
    assert not in_article(sentence)[sentence].startswith("x ")


def test_a_headline_ending_with_an_abbreviation_is_a_headline_and_a_caption_with_a_full_stop_is_not() -> None:
    # ABBREVIATION_END: "U.S." ends no sentence
    line = "Harbour council backs grain corridor aimed at countering U.S."
    _, meta = build(line, "SUMMARY", *BODY)
    assert meta.title.value == line
    _, meta = build("Harbour council backs grain corridor in the old port.", "SUMMARY", *BODY)
    assert meta.title.value is None


def test_a_date_line_opening_the_page_vouches_for_the_headline_under_it() -> None:
    # DATE_ABOVE_HEADLINE
    head = "Портовый совет одобрил новый зерновой коридор и план железной дороги"
    _, meta = build("22 октября 2013, 07:04", head, *BODY)
    assert meta.title.value == head
    _, meta = build(head, *BODY)  # without the date line: the headline shares no word with this text
    assert meta.title.value is None


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Harbour council backs the grain corridor - Example Gazette",
            "Harbour council backs the grain corridor",
        ),  # PAPER_SUFFIX
        (
            "Harbour council backs the grain corridor - and the rail plan",
            "Harbour council backs the grain corridor - and the rail plan",
        ),
        ("Harbour council backs the grain corridor - Jane Roe Says", "Harbour council backs the grain corridor - Jane Roe Says"),
    ],
)
def test_a_newspapers_name_after_the_headlines_dash_is_taken_off(line: str, headline: str) -> None:
    assert split_headline(line).text == headline


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        (
            "Mayor Jane Roe (left) of Harbour City and John Doe signed the grain deal on Monday.",
            "Mayor Jane Roe left Harbour City on Monday after she signed the grain deal, officials said.",
        ),
        (
            "Jane Roe (2nd R) tours the new pier in Harbour City, May 5, 2024.",
            "Sen. Jane Roe (R) said the new pier in Harbour City would open in May, officials said.",
        ),
    ],
)
def test_a_position_in_brackets_after_a_name_marks_a_caption(caption: str, sentence: str) -> None:
    # POSITION_NAMED_CAPTION; "(R)" alone after a name may be a party: the sentence stays
    assert in_article(caption)[caption] == "x caption"
    assert in_article(sentence)[sentence] == "paragraph"


@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Article Source: Latest From Example News Read More", "Example News"),  # ARTICLE_SOURCE_LINE
        ("Source of data and images: example-daily", "example-daily"),
        ("Read the original article on Example FM.", "Example FM"),  # READ_ORIGINAL_LINE
    ],
)
def test_a_source_line_in_another_wording_names_the_wire(line: str, wire: str) -> None:
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.wire.value == wire


def test_a_newspapers_name_signing_off_a_paragraph_is_the_wire_and_a_bracketed_aside_is_not() -> None:
    # NEWSPAPER_SIGNOFF
    _, meta = build(HEADLINE, BODY[0], BODY[1] + " (Harbour Examiner)")
    assert meta.wire.value == "Harbour Examiner"
    _, meta = build(HEADLINE, BODY[0], BODY[1] + " (Jane Roe Said)")
    assert meta.wire.value is None


@pytest.mark.parametrize(
    ("junk", "sentence"),
    [
        (
            "This article was created by AI summarizing key points discussed.",
            "The harbour plan was created by the council summarizing key points discussed.",
        ),
        ("Please report any errors so we can fix them.", "Please report any leaks to the harbour office, the council said."),
        (
            "This content is courtesy of, and owned and copyrighted by, https://example.com and its author. "
            + " Terms apply." * 40,
            "The harbour's content was courtesy of the old council, he said.",
        ),
    ],
)
def test_a_pages_notice_about_how_it_was_made_goes(junk: str, sentence: str) -> None:
    # DISCLAIMER (a machine-made summary, a request to report errors), REPOST_NOTICE opening a long paragraph of terms
    assert in_article(junk)[junk].startswith("x ")
    assert in_article(sentence)[sentence] == "paragraph"


@pytest.mark.parametrize(
    ("promo", "outlet"),
    [
        ("Download the Harbour Next app for more exciting features!", "Harbour Next"),  # OUTLET_SELF_PROMO
        ("Visit news.harbournext.in to explore our interactive epaper!", "news.harbournext.in"),
        ("Get our free app for more exciting features!", None),  # no name: "free" is no outlet
    ],
)
def test_a_site_promoting_its_own_app_or_epaper_names_itself(promo: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, promo)
    assert (meta.outlet.value, meta.outlet.get("rule")) == (outlet, "outlet-self-promo" if outlet else "")


def test_a_syndicated_copyright_names_the_distributor_as_the_outlet() -> None:
    # SYNDICATED_COPYRIGHT: the holder wrote the copy; the page is the distributor's
    line = "Copyright © 2022 Harbour FM. All rights reserved. Distributed by Example Global Media (example.com)."
    _, meta = build(HEADLINE, *BODY, line)
    assert (meta.outlet.value, meta.outlet.get("rule")) == ("Example Global Media", "outlet-distributor")
    _, meta = build(HEADLINE, *BODY, "Copyright © 2022 Harbour FM. All rights reserved.")
    assert meta.outlet.value == "Harbour FM"


@pytest.mark.parametrize(
    ("junk", "rule", "sentence"),
    [
        ("Spread the love", "x nav-label", "Spread the love of reading, the harbour librarian told the children."),
        ("Lasă un răspuns", "x comment-widget", "Consiliul a promis să lase un răspuns până vineri, a spus primarul."),
        ("Читать на example.ru", "x link-line", "Читать на ночь сказки детям советуют врачи из портового города."),
        ("Vezi mai multe articole din categoria externe", "x link-line", "Vezi, a spus primarul, mai multe nave vin în port."),
        ("Теги", "x nav-label", "Теги на товарах в порту проверяли таможенники в понедельник утром."),
        ("< a min read", "x reading-time", "It takes less than a minute to read the harbour plan, he said."),
        (
            "Example.com would like to send you notifications for breaking news alerts.",
            "x social-promo",
            "The harbour office would like to send residents letters about the plan.",
        ),
        (
            "Wir benötigen Ihre Zustimmung um ExampleTalk anzuzeigen",
            "x cookie-notice",
            "Der Rat benötigt die Zustimmung des Landes, um den Hafen auszubauen, sagte der Bürgermeister.",
        ),
        (
            '<img height="1" width="1" style="display:none" src="https://example.com/tr?id=1"/>',
            "x code-line",
            "The <b> tag was removed.",
        ),
        ("24,463 1,293 0", "x counter", "24,463 people and 1,293 ships used the harbour last year."),
        ("Get started! Register now", "x paywall", "Farmers can register now for the grain scheme, the minister said on Monday."),
        ("Jane Roe, right, and John Doe shake hands at the harbour", "x caption", "Jane Roe, right, said the plan was sound."),
        (
            "Der Bürgermeister Jan Roe (rechts) und Hans Doe am Hafen",
            "x caption",
            "Der Bürgermeister bog rechts ab und ging zum Hafen.",
        ),
        ("市长王明（右）与代表团成员握手。 美联社", "x caption", "市长王明在会上表示，港口计划将于明年启动，欢迎各方参与。"),
        ("Фото: Иван Петров/Пример", "x caption-credit", "Фото порта сделал Иван Петров в понедельник утром, сообщил мэр."),
    ],
)
def test_furniture_from_a_second_new_set_goes_and_a_sentence_with_its_words_stays(junk: str, rule: str, sentence: str) -> None:
    # labels (share, comment form, tags), READ_ON_SITE, the reading time "< a min", NOTIFICATION_PROMPT, CONSENT_NOTICE,
    # HTML_TAG_LINE, NUMBERS_ONLY, REGISTRATION_WALL, POSITION_NAMED_CAPTION in AP's style and other languages, a photo
    # label in Russian
    assert in_article(junk)[junk] == rule
    assert not in_article(sentence)[sentence].startswith("x ")


def test_a_wire_stories_last_paragraph_signed_by_the_agency_stays_and_names_the_wire() -> None:
    # SPEECH_WORDS in other languages keep the paragraph (no caption); AGENCY_SIGNOFF reads the agency after the stop
    last = "El alcalde, por su parte, reiteró que el puerto mantendrá su plan de carga, independientemente de la situación. EFE"
    cleaned, meta = build(HEADLINE, *BODY, last)
    assert (last in [line.text for line in cleaned.lines], meta.wire.value) == (True, "EFE")
    _, meta = build(HEADLINE, *BODY, "The council met again on Monday. Harbour Views")
    assert meta.wire.value is None


def test_a_date_on_the_first_paragraphs_dateline_day_wins_over_another_unlabelled_date() -> None:
    # MONTH_DAY_WIRE ("June 6 (UPI) --", the place lost in copying) and DATELINE_AGREES: a poster's join date above
    # the reprint's own date line is passed over
    lead = "June 6 (UPI) -- " + BODY[0]
    _, meta = build(HEADLINE, "Nov 17, 2017", HEADLINE + " again", "June 6, 2019", lead, BODY[1])
    assert meta.date.value == "2019-06-06"
    # without a dateline to agree with, the first date line stays the page's date
    _, meta = build(HEADLINE, "Nov 17, 2017", HEADLINE + " again", "June 6, 2019", *BODY)
    assert meta.date.value == "2017-11-17"
    assert parse_lead("June 6 (Example Wire) -- " + BODY[0]).month_day == "--06-06"  # type: ignore[union-attr]
    assert parse_lead("June 6 (the day) the council met.") is None


@pytest.mark.parametrize(
    ("junk", "rule", "sentence"),
    [
        (
            "STORY CONTINUES BELOW THESE EXAMPLE VIDEOS",
            "x advertisement",
            "The story continues below the surface, one official said.",
        ),
        (
            'Watch on YouTube: "Harbour Tunes | Example #music #harbour"',
            "x video-widget",
            "Watch on the harbour wall was kept by two guards.",
        ),
        (
            "Insight by Example Global: Federal practitioners share the digital experience",
            "x advertisement",
            "Presented by the mayor, the plan won support: all agreed.",
        ),
        ("Jane Roe/Staff/Example Images", "x caption-credit", "Jane Roe, the staff officer, said the images were new."),
    ],
)
def test_slot_notices_sponsor_labels_and_staff_credits_go(junk: str, rule: str, sentence: str) -> None:
    # STORY_CONTINUES, WATCH_ELSEWHERE, SPONSOR_LABEL, POOL_PHOTO_CREDIT with "Staff"
    assert in_article(junk)[junk] == rule
    assert not in_article(sentence)[sentence].startswith("x ")
