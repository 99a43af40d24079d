"""Issue 17, forty-third round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE
from test_unseen42 import _kept, _spaced


# BROADCASTER_OR_PAPER_LAST and BROADCASTER_WORD: a station or a paper credited where the byline goes is the outlet,
# no writer; a person's name there stays the author.
@pytest.mark.parametrize(
    ("credit", "author", "outlet"),
    [
        ("Channels Television", None, "Channels Television"),
        ("By Harbour Television", None, "Harbour Television"),
        ("Jane Roe", "Jane Roe", None),
    ],
)
def test_a_station_credited_as_the_byline(credit: str, author: str | None, outlet: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, credit, "Updated June 3, 2015", *BODY))
    assert (meta.author.value, meta.outlet.value, meta.date.value) == (author, outlet, "2015-06-03")


# BYLINE_SLASH_PAPER: "by Jane Roe/Example Independent" credits the writer and her paper; an agency after the slash
# is the wire's, no outlet.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("by Jane Roe/Harbour Independent", "Harbour Independent"),
        ("by Jane Roe/Harbour Gazette", "Harbour Gazette"),
        ("by Jane Roe/Reuters", None),
    ],
)
def test_a_paper_after_the_writers_slash(credit: str, outlet: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, credit, "| September 4, 2014 3:06 PM", *BODY))
    assert (meta.author.value, meta.outlet.value) == ("Jane Roe", outlet)


# AGENCY_PHOTO_DATE: a line next to a photo's credit, giving the picture's weekday, day and year inside it, is the
# wires' caption, whatever follows; without the credit beside it, or with the weekday alone, it stays.
AP_CAPTION = (
    "A light snow covers the streets of Harbour, Iowa, Tuesday, Feb. 14, 2012. The council will meet on Wednesday and "
    "Thursday to approve the budget."
)


@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        ((AP_CAPTION, "(AP Photo/Jane Roe)"), True),
        ((AP_CAPTION,), False),
        (
            (
                "The snow covered the streets of Harbour on Tuesday, and the council will meet on Wednesday.",
                "(AP Photo/Jane Roe)",
            ),
            False,
        ),
        # DATED_CAPTION_AGENCY: a caption's place and day after a comma, then the agency alone in brackets, goes; a
        # sentence ending "on <date>." and signed off by its agency stays.
        (("The mayor arrives at the new harbour bridge in Harbour, December 7, 2022. (Reuters)",), True),
        (("The vote on the new harbour bridge will be held on December 7, 2022. (Reuters)",), False),
        # LEFT_TO_RIGHT_LEAD and ARCHIVE_PICTURE_TAIL: a caption saying who stands where, or ending with "archive
        # picture", goes; a sentence naming people "from left to right" inside it, or ending on its own words, stays.
        (("L-R: the Rt Rev Jane Roe, Bishop of Harbour, and the Most Rev John Doe at the service.",), True),
        (("(Above left) The mayor and the councillors at the opening of the bridge in Harbour.",), True),
        (("Many council staff have faced threats at work. Arkivbild.",), True),
        (("The councillors sat from left to right in the order of their election to the board.",), False),
        (("Many council staff have faced threats at work, the union said in its archive report.",), False),
    ],
)
def test_a_wire_caption_with_the_pictures_day(lines: tuple[str, ...], dropped: bool) -> None:
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], *lines, BODY[1], BODY[2]))
    assert (lines[0] not in _kept(cleaned)) == dropped


# GLUED_WIRE_NAME: "By Jane RoeAssociated Press / date", the agency's name run into the writer's: the byline is read.
@pytest.mark.parametrize(
    ("credit", "author", "wire", "date"),
    [
        ("By Jane RoeAssociated Press / February 15, 2012", "Jane Roe", "Associated Press", "2012-02-15"),
        ("By Jane Roe Associated Press / February 15, 2012", "Jane Roe", "Associated Press", "2012-02-15"),
        ("By Jane Roe / February 15, 2012", "Jane Roe", None, "2012-02-15"),
    ],
)
def test_an_agency_run_into_the_writers_name(credit: str, author: str, wire: str | None, date: str) -> None:
    _, meta = build(*_spaced(HEADLINE, credit, *BODY))
    assert (meta.author.value, meta.wire.value, meta.date.value) == (author, wire, date)


# COMMENTERS_HANDLES: under the article, comments each under its writer's handle on a bulleted line: from the first
# handle to the end, the thread goes; a bulleted list of capitalised items stays.
COMMENTS = ("• jroe88", "Great news for the town, finally!", "• Harbour_fan", "I hope the schools get their share too.")


@pytest.mark.parametrize(
    ("thread", "dropped"),
    [
        (COMMENTS, True),
        (("• Apples", "The harbour market sells them every Tuesday.", "• Pears", "They come from the farms upriver."), False),
        (("• jroe88", "• Harbour_fan", "• cmartin011"), False),  # handles in a row: a list, no comment under each
    ],
)
def test_comments_under_their_writers_handles(thread: tuple[str, ...], dropped: bool) -> None:
    cleaned, _ = build(*_spaced(HEADLINE, *BODY, *thread))
    assert (thread[1] not in _kept(cleaned) and thread[0].lstrip("• ") not in _kept(cleaned)) == dropped


# WRITERS_CARD: under the article, a name alone and a note naming that person as a journalist: the writer and the
# site's card; two such pairs are the article's list of people, kept.
CARD_NOTE = "Based in Harbour, Jane Roe is a correspondent on the business desk of the town's radio."


def test_the_writers_card_under_the_article() -> None:
    cleaned, meta = build(*_spaced(HEADLINE, *BODY, "Jane Roe", CARD_NOTE))
    assert (meta.author.value, CARD_NOTE in _kept(cleaned)) == ("Jane Roe", False)


@pytest.mark.parametrize(
    "card",
    [
        ("Jane Roe", "Based in Harbour, Jane Roe is a teacher at the school by the river."),  # no newsroom's role
        ("Jane Roe", CARD_NOTE, "John Doe", "John Doe is a reporter and a candidate for the council."),  # two people
        ("Jane Roe", "The mayor thanked the reporter who first wrote about the bridge, Jane Roe of the radio."),
    ],
)
def test_a_name_and_a_note_that_are_no_writers_card(card: tuple[str, ...]) -> None:
    cleaned, meta = build(*_spaced(HEADLINE, *BODY, *card))
    assert meta.author.value is None and card[1] in _kept(cleaned)


# ENGLISH_HOME_CRUMB: "Home" and sections' names alone above the headline is a trail; "Home" opening a headline stays.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Home News UK", HEADLINE),
        ("Home Sport", HEADLINE),
        ("Home sales rise again in the harbour district", "Home sales rise again in the harbour district"),
    ],
)
def test_home_and_its_sections_above_the_headline(first: str, title: str) -> None:
    _, meta = build(*_spaced(first, HEADLINE, *BODY))
    assert meta.title.value == title


# ROUNDUP_WORDS: a series' name before a date ("Research Round-up – March 2021") credits no one.
@pytest.mark.parametrize(("line", "author"), [("Research Round-up – March 2021", None), ("Jane Roe – March 2021", "Jane Roe")])
def test_a_series_name_is_no_writer(line: str, author: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, line, *BODY))
    assert meta.author.value == author


# A line under the article naming the site. MANGLED_COPYRIGHT_SIGN: a © copied through the wrong encoding is still the
# sign; a replacement character before other words is not. FOLLOW_LIST_RU: "Подписывайтесь на <site>: <platforms
# between bars>" names the site; "our" channel names none.
# FIRST_PUBLISHED_BY: the note that the copy was first published by someone names the wire; "on the council's site"
# names no one.
@pytest.mark.parametrize(
    ("line", "outlet", "wire"),
    [
        ("Â© 2019 Harbour Gazette", "Harbour Gazette", None),
        ("\ufffd Copyright Harbour Gazette", "Harbour Gazette", None),
        ("\ufffd Harbour Gazette", None, None),
        ("Подписывайтесь на Пример-ТВ: Новости | Дзен | VK | Telegram", "Пример-ТВ", None),
        ("Подписывайтесь на наш канал: Новости | Дзен | VK", None, None),
        ("This report by The Canadian Press was first published Oct. 2, 2023.", None, "The Canadian Press"),
        ("This article was originally published by Harbour News.", None, "Harbour News"),
        ("This article was first published on the council's site.", None, None),
        # RUSSIAN_READ_US_IN: "Читать example.ru в", the platform's icon lost, names the site; a sentence does not
        ("Читать example.ru в", "example.ru", None),
        ("Читать example.ru в Москве стали чаще, сообщили в редакции.", None, None),
    ],
)
def test_a_line_under_the_article_naming_the_site(line: str, outlet: str | None, wire: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, *BODY, line))
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


# DATE_THEN_SECTION: "22 Nov 2021 News" under the headline is the date line and the section, no paper's name; a
# paper's name with a number stays one.
@pytest.mark.parametrize(
    ("line", "date", "outlet"),
    [("22 Nov 2021 News", "2021-11-22", None), ("5 Harbour News", None, "5 Harbour News")],
)
def test_a_date_then_its_section(line: str, date: str | None, outlet: str | None) -> None:
    _, meta = build(*_spaced(line, HEADLINE, *BODY) if outlet else _spaced(HEADLINE, line, *BODY))
    assert (meta.date.value, meta.outlet.value) == (date, outlet)


# TITLE_CASE_PREPOSITION: a headline in title case with "For" is no writer "for" a publication; a writer for a paper is.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Harbour Farmers Hope For Bumper Yields With Affordable Fertilizer", None),
        ("Jane Roe For The Harbour Times", "Jane Roe"),
    ],
)
def test_a_title_case_headline_is_no_credit_for_a_paper(line: str, author: str | None) -> None:
    _, meta = build(*_spaced(line, *BODY))
    assert meta.author.value == author


# LOWER_CASE_HANDLE: comments under logins in small letters and their age go; a sentence in small letters stays.
@pytest.mark.parametrize(
    ("stamps", "dropped"),
    [
        (("bigbob 2 years, 11 months ago", "tocar 2 years ago"), True),
        (("the council met 2 years ago", "the mayor spoke 2 years ago"), False),
    ],
)
def test_comments_under_logins_in_small_letters(stamps: tuple[str, ...], dropped: bool) -> None:
    comments = ("Why is this only posted now?", "Post it after the event next time.")
    cleaned, _ = build(*_spaced(HEADLINE, *BODY, stamps[0], comments[0], stamps[1], comments[1]))
    assert (comments[0] not in _kept(cleaned)) == dropped


# A line under the article that is furniture, or a sentence that is the article's: LIBRARY_IN_SMALL_LETTERS ("(Credit:
# Getty images)"), LABEL_TWICE ("廣告 廣告"), CONTACT_DETAILS (a name, a telephone number and an e-mail address alone; an
# appeal asks in small letters), "Media enquiries", "Quick Exit" (no writer's signature).
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("(Credit: Getty images)", True),
        ("(Credit: the council says the images are free to use)", False),
        ("廣告 廣告", True),
        ("Advertisement Advertisement", True),
        ("Harbour Harbour", False),
        # BACKGROUND_COLOUR_CONTROL: the text size's and the background colour's buttons on one line; a sentence on
        # colours stays
        ("【字号: | | 【背景色 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 灰 银河白(默认色)", True),
        ("市政府今天公布了新的城市背景色方案，字号统一的路牌将在明年更换。", False),
        ("Police Media — (02) 5555 0100, media@example.gov", True),
        ("Anyone with information should call 101 or email info@example.police.uk", False),
        ("Media enquiries", True),
        ("Quick Exit", True),
        ("Reageren is niet (meer) mogelijk.", True),  # COMMENTS_CLOSED in other languages
        ("Kommentare sind geschlossen.", True),
        # the site's other furniture: a rating widget, a government banner, a player's label, a magazine's menu, the
        # Korean and Japanese boards' notices
        ("Rate this item", True),
        ("(0 votes)", True),
        ("An official website of the United States government.", True),
        ("In This Issue", True),
        ("등록된 댓글이 없습니다.", True),
        ("この記事の関連ニュース", True),
        ("The council rated this item the most urgent of the year.", False),
        ("Getting your Trinity Audio player ready...", True),
        ("Verified by MonsterInsights", True),
        ("跳转到正文内容", True),
        ("Read More News: Harbour council approves a new budget for the schools", True),  # READ_MORE_OF_A_KIND
        ("Keep Harbour Free", False),  # DONATION_APPEAL: no writer's signature (the author stays unknown)
    ],
)
def test_a_line_under_the_article(line: str, dropped: bool) -> None:
    cleaned, meta = build(*_spaced(HEADLINE, *BODY, line))
    assert (line not in _kept(cleaned), meta.author.value) == (dropped, None)


# HYPHENED_PAPERS and THE_PAPER under the byline: "Staff Writer" / "Herald-Journal" or "The Ledger" credits the paper;
# two words of no paper joined by a hyphen, or "The News", name none.
@pytest.mark.parametrize(
    ("paper", "outlet"),
    [("Herald-Journal", "Herald-Journal"), ("The Ledger", "The Ledger"), ("Anglo-Saxon", None), ("The News", None)],
)
def test_the_paper_under_a_staff_byline(paper: str, outlet: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, "Staff Writer", paper, *BODY))
    assert meta.outlet.value == outlet


# POSTED_ON_BY_THE: "Posted on <date> by The Example": the site posted it; an agency there is the wire, a person the
# writer.
@pytest.mark.parametrize(
    ("credit", "outlet", "wire", "author"),
    [
        ("Posted on 24 Jun 2011 by The Harbour Manufacturer", "The Harbour Manufacturer", None, None),
        ("Posted on 24 Jun 2011 by The Associated Press", None, "The Associated Press", None),
        ("Posted on 24 Jun 2011 by Jane Roe", None, None, "Jane Roe"),
    ],
)
def test_posted_on_a_day_by(credit: str, outlet: str | None, wire: str | None, author: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, credit, *BODY))
    assert (meta.outlet.value, meta.wire.value, meta.author.value, meta.date.value) == (outlet, wire, author, "2011-06-24")


# NOTE_FIRST_SENTENCE: the writer's note as the page's last line, going on after its first sentence, names the writer
# and the paper she works for; a sentence about a reporter in the text names neither.
@pytest.mark.parametrize(
    ("note", "author", "outlet"),
    [
        (
            "Jane Roe is the Business Reporter for the Harbour Standard, based in Calgary. Formerly, she reported on "
            "energy for the Harbour Herald.",
            "Jane Roe",
            "Harbour Standard",
        ),
        ("Jane Roe is a freelance writer based in Harbour City.", "Jane Roe", None),
        ("The mayor thanked the reporters of the Harbour Standard, who first wrote about the bridge.", None, None),
    ],
)
def test_the_writers_note_and_her_paper(note: str, author: str | None, outlet: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, *BODY, note))
    assert (meta.author.value, meta.outlet.value) == (author, outlet)


# ABOUT_THE_AUTHOR: the label, the writer's name alone and a note on her: the writer, and the box goes; a name under
# another label stays the text's.
@pytest.mark.parametrize("label", ["About the author", "Over de auteur", "Sobre o autor"])
def test_the_box_about_the_author(label: str) -> None:
    note = "Editor and founder of this site and its radio station, she follows the town's politics closely."
    cleaned, meta = build(*_spaced(HEADLINE, *BODY, label, "Jane Roe", note))
    assert (meta.author.value, note in _kept(cleaned), label in _kept(cleaned)) == ("Jane Roe", False, False)


def test_a_name_under_another_label_is_no_writer() -> None:
    note = "Editor and founder of this site and its radio station, she follows the town's politics closely."
    cleaned, meta = build(*_spaced(HEADLINE, *BODY, "Our guest this week", "Jane Roe", note))
    assert (meta.author.value, note in _kept(cleaned)) == (None, True)


# TEXT_ABOVE_THE_COPY: a line printed again further down is no headline over the text's own unpunctuated lines above
# it, long ones; over short furniture it is.
def test_a_line_printed_again_under_the_texts_long_lines_is_no_headline() -> None:
    unpunctuated = (
        "The harbour council voted on the budget for the coming year",
        "The members were divided on the schools and the roads, and the vote went on late into the evening",
    )
    again = "Jane Roe is the director of the harbour's new fishing cooperative"
    _, meta = build(*_spaced("Council votes on the budget", "16 September 2016", *unpunctuated, again, *BODY, again))
    assert meta.title.value == "Council votes on the budget"
    _, meta = build(*_spaced("Harbour News", "Menu", again, *BODY, again))
    assert meta.title.value == again


# OFFICE_AND_NAME_ALONE: an office and a name alone above the text is a picture's label, no headline; a headline naming
# the office and the person says what happened.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("President Jane Roe", None),
        ("Prime Minister Jane Roe", None),
        ("President Jane Roe opens the new harbour bridge", "President Jane Roe opens the new harbour bridge"),
    ],
)
def test_an_office_and_a_name_alone_are_no_headline(first: str, title: str | None) -> None:
    lead = "President Jane Roe said on Tuesday that the new harbour bridge would open next month, as the council planned."
    _, meta = build(*_spaced(first, lead, *BODY))
    assert meta.title.value == title


# CJK_HOLDER_RIGHTS and REPORT_HOTLINE: a Chinese footer's holder before "版权所有" names the site, under the article,
# with the regulator's reporting line beside it dropped; the same words inside a sentence name no one.
@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        (("海港网版权所有,未经授权禁止复制和建立镜像 [京ICP备12345678号]", "违法和不良信息举报电话:(010)12345678"), "海港网"),
        (("市政府表示,该作品的版权所有人已同意公开使用。",), None),
    ],
)
def test_a_chinese_footers_holder(footer: tuple[str, ...], outlet: str | None) -> None:
    lead = "国务院总理李克强在北京人民大会堂同俄罗斯总理梅德韦杰夫举行中俄总理第二十次定期会晤，双方就各领域合作深入交换意见。"
    cleaned, meta = build(*_spaced(HEADLINE, lead, *footer))
    assert (meta.outlet.value, footer[-1] in _kept(cleaned)) == (outlet, outlet is None)


# ROMAN_NUMERAL_ENDS: a roman numeral ending the headline before its date is the headline's ("the Congress XIV"); an
# agency's initials there are its credit.
@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Leaders meet after the party's Congress XIV 25/01/2026 07:18", "Leaders meet after the party's Congress XIV"),
        ("Leaders meet after the party's Congress EXA 25/01/2026 07:18", "Leaders meet after the party's Congress"),
    ],
)
def test_a_roman_numeral_before_the_headlines_date(line: str, headline: str) -> None:
    from archive.headline import split_headline

    assert split_headline(line).text == headline


# CREDIT_REPEATED_UNDER_CAPTIONS: two lines ending with the same source in brackets are pictures' captions; once, or
# an agency's sign-off on each item of a round-up, they stay.
CAPTIONS = (
    "The mechanic lives a quiet life in the hills above Harbour. (Example TV)",
    "His father said he was shocked when his son showed him the bill. (Example TV)",
)


@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        (CAPTIONS, True),
        (CAPTIONS[:1], False),
        (tuple(line.replace("(Example TV)", "(Reuters)") for line in CAPTIONS), False),
    ],
)
def test_a_source_in_brackets_under_two_lines(lines: tuple[str, ...], dropped: bool) -> None:
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], lines[0], BODY[1], *lines[1:], BODY[2]))
    assert (lines[0] not in _kept(cleaned)) == dropped


# PROMO_LABELS in Portuguese: "Poderão também interessar-lhe..." and the headlines under it go; a sentence saying so
# stays.
def test_other_stories_under_a_portuguese_label() -> None:
    others = ("O governador preside ao acto central das comemorações", "Juízes africanos abordam a protecção da criança")
    cleaned, _ = build(*_spaced(HEADLINE, *BODY, "Poderão também interessar-lhe...", *others))
    assert _kept(cleaned) == [HEADLINE, *BODY]


# HYPHENED_DESK: the desk's name joined to the writer's by a hyphen is no part of it; a double-barrelled name is whole.
@pytest.mark.parametrize(
    ("credit", "author"),
    [("By Jane Roe-Sports", "Jane Roe"), ("By Jane Roe-Staff", "Jane Roe"), ("By Jane Smith-Jones", "Jane Smith-Jones")],
)
def test_a_desk_joined_to_the_writers_name(credit: str, author: str) -> None:
    _, meta = build(*_spaced(HEADLINE, credit, *BODY))
    assert meta.author.value == author


# ACCORDING_TO_THE_DISPATCH: "据<agency><place><date>电" credits the agency, without the word "according to".
def test_a_chinese_dispatch_according_to_its_agency() -> None:
    lead = "据海港社莫斯科10月27日电 应俄罗斯总理普京邀请,中国国务院总理温家宝27日抵达莫斯科,对俄罗斯进行正式访问。"
    _, meta = build(*_spaced(HEADLINE, lead, BODY[0]))
    assert (meta.wire.value, meta.date.get("partial")) == ("海港社", "--10-27")


# GLUED_CARDS: two lines or more under the article, each a headline run into its teaser ("... heatwaveWhile the ..."),
# are other stories' cards; one such line, or a name in two capitals ("McDonald"), stays.
CARDS = (
    "Sweater weather takes a backseat during the October heatwaveWhile the leaves may be falling, it is still warm.",
    "Murder charge laid in killing outside the downtown shelterOne person has been charged in the death of a man.",
)


@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        (CARDS, True),
        (CARDS[:1], False),
        (
            (
                "The transit director Jim McDonald said Broadway is the first destination entered by riders.",
                "Tourists flock to TikTok cafés in the old town, where the owners said business was good.",
            ),
            False,
        ),
    ],
)
def test_headlines_run_into_their_teasers(lines: tuple[str, ...], dropped: bool) -> None:
    cleaned, _ = build(*_spaced(HEADLINE, *BODY, *lines))
    assert (lines[0] not in _kept(cleaned)) == dropped


# EVENT_WHEN: an advisory's "WHEN:" field is its event's day, the article's text, no date line; "Published:" is one.
@pytest.mark.parametrize(
    ("field", "date", "role"),
    [
        ("WHEN: 10 a.m., Friday, August 9, 2024", None, "paragraph"),
        ("Published: Friday, August 9, 2024", "2024-08-09", "dateline"),
    ],
)
def test_an_advisorys_when_field(field: str, date: str | None, role: str) -> None:
    cleaned, meta = build(*_spaced(HEADLINE, field, "WHERE: Harbour Hall", *BODY))
    assert (meta.date.value, {line.text: line.role for line in cleaned.lines}.get(field)) == (date, role)
