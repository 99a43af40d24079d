"""Issue 17, sixtieth round: shapes the development corpus showed on pages from outlets not seen before (a share
button printed with its count over the article), each with and without its trigger, on invented text, asserting the
exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

HEADLINE = "Nurses Move To New Harbour Clinic"


# BUTTON_COUNTS (archive.rules share_button): the share buttons printed with their counts are a row of buttons, even
# after the store's date stamp on the page's first line; a number alone, or a word that is no button's, stays.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        (" date 2017-03-10 Share 0", None),
        ("Share 0 Tweet 12", None),
        ("Facebook 1.2k Twitter 30", None),
        # without: a headline with a number in it
        ("Nurses Share 30 Beds", "Nurses Share 30 Beds"),
    ],
)
def test_share_buttons_with_their_counts_are_no_headline(first: str, title: str | None) -> None:
    clean, meta = build(first, "", *BODY)
    assert meta.title.value == title
    assert [line.text for line in clean.body] == list(BODY)


# CREDIT_THEN_ITS_CAPTION (archive.rules labelled_caption): the picture's label and its owner's picture kind
# before the caption, at the top of a page with no headline, are a caption of any length; a label without the kind
# stays for the other rules, and a sentence about submitted photos is no caption.
@pytest.mark.parametrize(
    ("first", "goes"),
    [
        ("Photo: Example News File photo Former Mayor Jane Roe in 2018 stands in front of the regional building", True),
        ("Photo: Contributed The team at the final in Harbourton last week", True),
        ("Image: Submitted photo A crowd gathers at the regional hall in Harbourton on Friday for the opening", True),
        # without: no picture kind after the label; no label
        ("Photo: The former mayor stands in front of the regional building in Harbourton during the opening of the wing", False),
        ("Submitted photos from readers are welcome and we print the best of them each week in the paper", False),
    ],
)
def test_a_credit_then_its_caption_opening_the_page(first: str, goes: bool) -> None:
    clean, meta = build(first, "", *BODY)
    assert (first not in [line.text for line in clean.lines]) == goes
    if goes:
        assert meta.title.value is None
    assert [line.text for line in clean.body][-len(BODY) :] == list(BODY)


# BYLINE_GLUED_TO_LEAD (archive.clean _byline_glued_to_lead): the byline glued on copying to the first paragraph is read
# as the credit and the paragraph; a name with a capital inside, or a credit with no text after it, stays as printed.
@pytest.mark.parametrize(
    ("line", "author", "paragraph"),
    [
        (f"| di Jane Roe{BODY[0]}", "Jane Roe", BODY[0]),
        (f"By Jane Roe{BODY[0]}", "Jane Roe", BODY[0]),
        # without: the name's last word is a prefix with a capital inside; a sentence opening with "By"
        (f"By John Mac{BODY[0]}", None, f"By John Mac{BODY[0]}"),
        ("By Jane Roe's account the harbour clinic opened on Monday with twelve beds, the board said.", None, None),
    ],
)
def test_a_byline_glued_to_the_lead(line: str, author: str | None, paragraph: str | None) -> None:
    clean, meta = build(HEADLINE, "", line, "", *BODY[1:])
    assert meta.author.value == author
    assert [text.text for text in clean.body] == [paragraph or line, *BODY[1:]]


LONG_LEAD = (
    "The harbour clinic opened on Monday with twelve beds and a staff of thirty nurses, and the health board said it "
    "would serve the whole of the bay area from next year on."
)


# REWORDED_SUMMARY (archive.rules near_repeats): a long line at the top whose words are nearly all those of the lead
# below, a word and a comma changed, is the page's summary printing the lead again: it goes, the lead stays. A standfirst
# in other words stays.
@pytest.mark.parametrize(
    ("summary", "goes"),
    [
        (LONG_LEAD.replace("beds and", "beds, and").replace("serve", "serves").rstrip("."), True),
        (LONG_LEAD.replace("Monday", "Tuesday"), True),
        # without: a standfirst saying the lead in other words; a short summary
        ("Thirty nurses and twelve beds: the bay area gets the clinic its health board promised for years, at last.", False),
    ],
)
def test_a_reworded_summary_above_the_lead(summary: str, goes: bool) -> None:
    clean, _ = build(summary, "", LONG_LEAD, "", *BODY[1:])
    assert [line.text for line in clean.body] == ([] if goes else [summary]) + [LONG_LEAD, *BODY[1:]]


# Reader furniture between the paragraphs, each with a line of the article's own that looks like it and stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        # PHOTO_AND_VIDEO (archive.rules CREDIT_ONLY): the pictures' and the video's credit under one label
        ("Фото, видео: © Пример Новости/Иван Петров; example.ru", True),
        ("Photo and video: Example News", True),
        ("Photo and video: the mayor opens the new hall in the harbour on Monday.", False),
        # CJK_SKIP_LINK (archive.rules cjk_skip_link): the page's "skip to" links in Chinese, numbered or not
        ("1. 跳轉至内容", True),
        ("跳轉到更多示例網站", True),
        ("跳到这里，市民可以看到新桥的全貌。", False),
        # CJK_MENU_ROW (archive.rules cjk_menu_row): a Chinese site's menu row between bars
        ("示例网首页|客户端|官方微博|报刊投稿|邮箱 中国示例网", True),
        ("市长出席新桥通车仪式 | 中国示例网", False),
        # CAPTION_GLUED_TO_ITS_SOURCE (archive.rules CJK_AGENCY_PHOTO_END): a caption and its picture's source, no stop
        ("市长出席新桥通车仪式圖片來源: AP", True),
        ("市长出席新桥通车仪式，并发表讲话说新桥将于下月开放。", False),
        # PLAY_BUTTON_TAIL (archive.rules video_widget): a video's title with its player's button run on
        ("Jury returns verdict in harbour case »Play Video", True),
        ("Harbour storm ▶ Watch Video", True),
        ("The jury watched the video of the night twice before it returned its verdict, the clerk said.", False),
        # SUBSCRIBE_AFTER_A_PROMISE, SEE_THE_LATEST, TRENDING_ON_THE_SITE (archive.rules, the site's calls)
        ("For the most complete local coverage, subscribe today.", True),
        ("See latest videos, charts and news", True),
        ("Trending on Example", True),
        ("For the most part, residents said they would subscribe to the plan.", False),
        ("See latest videos of the storm that hit the coast on Monday night as the town slept.", False),
        ("Trending on the rise again are the prices of eggs and bread at the harbour market.", False),
        # the player's and the source's link labels (archive.rules NAV_LABELS)
        ("Ora in onda:", True),
        ("Go to Source", True),
        # PHOTOS_WITH_PERMISSION (archive.rules caption_credit): the pictures' credit as a note
        ("Photos used with permission of The Example Times.", True),
        ("Photos used with permission of the family, the sheriff said on Monday that the case is closed.", False),
        # MEMBERS_ONLY_LABEL, NO_PHOTOS_NOTICE, REACTION_PROMPT (archive.rules PAGE_MACHINERY)
        ("premium_icon Subscriber only", True),
        ("Members only", True),
        ("No photos for this article.", True),
        ("What’s your reaction?", True),
        ("No photos of the harbour clinic were allowed inside, the board said on Monday.", False),
        ("Members only meet on Mondays at the harbour hall, the club said.", False),
        # AUTHOR_ANSWERS_FOR_IT (archive.rules SITE_NOTICE): a press portal's note on the writer's responsibility
        ("Für den Artikel ist der Verfasser verantwortlich, dem auch das Urheberrecht obliegt.", True),
        ("Für den Umbau ist der Verfasser des Plans verantwortlich, sagte der Bürgermeister am Montag.", False),
        # COURTESY_IN_BRACKETS (archive.rules caption_credit): a picture's credit in brackets
        ("(photo of the clinic courtesy of Example Health/Jane Roe)", True),
        ("(other photos courtesy of AP)", True),
        ("(The photos were taken courtesy of a neighbour, the police said.)", False),
        # TAGS_IN_SMALL_LETTERS_WITH_BARS (archive.rules tag_cloud): a post's keywords between bars
        ("harbour2024 | clinic | nurses | health board", True),
        ("the nurses said | the board said | nothing more was said on Monday by anyone", False),
        # USED_COURTESY_TAIL (archive.rules PHOTO_WORD_TAIL), TEXT_SIZE_STEPPER (font_control), POLISH_LIKE_US and
        # EMAIL_A_FRIEND (the site's calls)
        ("The new wing. Image used courtesy of Example University", True),
        ("The nurses said the image used courtesy of the board was the wrong one.", False),
        ("+ ↺ − 16 px", True),
        ("A- A+ 18px", True),
        ("Polub nas na Facebooku!", True),
        ("Polub nas, prosił burmistrz na zebraniu w poniedziałek.", False),
        ("Share Email this article to a friend To send a link to this page you must be logged in.", True),
        ("Email this article to a friend and the board will send you a free copy, the nurses said.", False),
        # COOKIES_ON_THIS_SITE, A_COOKIE_SET and "we also use" (archive.rules COOKIE_LINE), the banner's name (NAV_LABELS)
        # and USING_THE_SITE_IS_CONSENT (SITE_NOTICE)
        ("Cookie Control", True),
        ("Some cookies on this site are essential, and the site won't work as expected without them.", True),
        ("We also use some non-essential cookies to anonymously track visitors to the site.", True),
        ("(One cookie will be set to store your preference)", True),
        ("(Ticking this sets a cookie to hide this popup if you then hit close.)", True),
        ("By using our site you accept the terms of our Privacy Policy.", True),
        ("Chocolate chip cookies on this site were the bakery's best sellers, the owner said.", False),
        ("The bakery sets a cookie jar on every table, the owner said.", False),
        # USER_RATING, MORE_AFTER_AN_ELLIPSIS, EMPTY_TEMPLATE_FIELDS (archive.rules PAGE_MACHINERY)
        ("User Rating: 0 / 5", True),
        ("...more", True),
        ("in , ,", True),
        ("The nurses' rating: 4 out of 5 for the new wing, the board said on Monday.", False),
        # NORDIC_STOCK_PICTURE (archive.rules LONE_PHOTO_WORDS) and the Swedish "last updated" label alone
        ("Genrebild.", True),
        ("Senast uppdaterad:", True),
        # ALT_TEXT_IMAGE_OF (archive.rules labelled_caption) and VIDEO_ON_THE_TOPIC (video_widget)
        ("image of the harbour clinic seen from the bay at night", True),
        ("Image of the clinic was released by the board on Monday.", False),
        ("Video zum Thema: Neue Klinik am Hafen eröffnet", True),
        ("Das Video zum Thema zeigte der Bürgermeister am Montag im Rathaus, sagte er.", False),
        # PHOTOGRAPHER_IN_BRACKETS (archive.rules photographer_in_brackets): a caption and its photographer's name
        ("Bis alle sitzen, gilt in der Klinik am Hafen Maskenpflicht. (Jane Roe)", True),
        ("The nurses moved across the bay on Monday, the board said. (New York)", False),
        ("The nurses moved across the bay on Monday, the board said. (Associated Press)", False),
        # TEMPERATURE_RANGE in capitals and DAYS_WEATHER_LINK (archive.rules weather_widget)
        ("HI: 60° LOW: 54°", True),
        ("scattered clouds 58° Sep 8's Weather", True),
        ("The nurses said it was 60° in the old ward and 54° in the new one, the board said.", False),
        # NEWS_FASTER, DEDICATED_PAGE, WHATS_CLICKING (the site's calls)
        ("Get the news faster.", True),
        ("For more harbour news, visit our dedicated page.", True),
        ("Example Flash top headlines are here. Check out what's clicking on Example.com.", True),
        ("Get the news first, the editor told the nurses at the clinic on Monday.", False),
        # SCREENSHOT_IN_BRACKETS (archive.rules caption_credit)
        ("(Example TV screenshot)", True),
        ("(Screen grab: Example TV)", True),
        ("(The screenshot was shared widely on Monday, the board said)", False),
        # WEEKDAY_AND_CLOCK (archive.rules timestamp)
        ("Torsdag 11:47", True),
        ("Thursday, 11:47 am", True),
        ("Harbour 11:47", False),
        # the feedback widget's buttons and thanks, the player's "Skip Ad", the reader's mode, "Zum Artikel", "read also" in
        # Ukrainian and Spanish, "From our partners" (archive.rules' label lists); REPUBLISHED_WITH_PERMISSION
        ("Yes No", True),
        ("Thanks for your feedback!", True),
        ("Skip Ad", True),
        ("Reading mode", True),
        ("Zum Artikel", True),
        ("Прочитайте також", True),
        ("Ver también", True),
        ("From our partners", True),
        ("Republished with permission.", True),
        ("Reprinted with permission from Example News.", True),
        ("Republished with permission of the family, the board said the clinic would open on Monday.", False),
        # "breaking news" in Turkish, "discussion" in Czech, "subscribe" in Ukrainian, "continue reading" in Portuguese,
        # "most read" in Vietnamese, "share on" in Portuguese (SHARE_ON_FOREIGN)
        ("Son dakika", True),
        ("Diskuze", True),
        ("Підписатися", True),
        ("Continue lendo", True),
        ("Đọc nhiều", True),
        ("Compartilhar no WhatsApp", True),
        ("No WhatsApp, o prefeito disse que a clínica abre na segunda-feira.", False),
    ],
)
def test_reader_furniture_between_paragraphs(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


CJK_HEADLINE = "新桥通车"
CJK_BODY = (
    "市长周五出席了新桥通车仪式。这座桥连接港口两岸，全长八百米，是该市十年来最大的工程。",
    "市长在仪式上说，新桥将大大缩短市民的通勤时间，并为港口带来更多的商机。",
)


# CJK_NAME_GLUED_TO_DATE (archive.metaline parse_meta_line): the writer's name and the date glued together under a
# Chinese headline are the date line; a sentence with a date inside is the article's.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("张三2008年5月24日", "2008-05-24"),
        ("张三2008年5月24日 10:20", "2008-05-24"),
        # without: a sentence opening with words before the date
        ("据报道2008年5月24日市长首次访问港口并与市民举行会谈。", None),
    ],
)
def test_a_chinese_name_glued_to_the_date(line: str, date: str | None) -> None:
    _, meta = build(CJK_HEADLINE, "", line, "", *CJK_BODY)
    assert meta.date.value == date


# SYNDICATED_COPYRIGHT (archive.sources): a syndicated story's footer, its source's copyright and a pointer to the
# source's site, names the copy's source, not the page's owner; the copyright alone names the owner.
@pytest.mark.parametrize(
    ("footer", "outlet", "wire"),
    [
        ("Copyright 2014 Example Radio. To see more, visit http://www.example.org/.", None, "Example Radio"),
        ("Copyright 2014 Example Radio. To see more, visit", None, "Example Radio"),
        # without: the site's own copyright
        ("Copyright 2014 Example Radio. All rights reserved.", "Example Radio", None),
    ],
)
def test_a_syndicated_storys_copyright(footer: str, outlet: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", footer)
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


# WRITES_BEFORE_THE_NAME (archive.byline BY_PREFIX): a column's credit line, "writes" in small letters before a full
# name; CONTACT_THEN_FOLLOW (archive.extract): the writer's contact sentence going on with her accounts names her.
@pytest.mark.parametrize(
    ("lines", "author"),
    [
        ((HEADLINE, "", "writes Jane Roe", "", *BODY), "Jane Roe"),
        (
            (
                HEADLINE,
                "",
                *BODY,
                "",
                "Jane Roe may be reached at jroe@example.com. Follow her on X @janeroe. Find Example Harbour News on Facebook and on Instagram.",
            ),
            "Jane Roe",
        ),
        # without: the verb before one word; a contact sentence too long
        ((HEADLINE, "", "writes Jane", "", *BODY), None),
        (
            (
                HEADLINE,
                "",
                *BODY,
                "",
                "Jane Roe may be reached at the harbour clinic on Mondays and Tuesdays between nine and five when the board's nurses are on duty in the new wing.",
            ),
            None,
        ),
    ],
)
def test_a_writers_credit_line_and_contact(lines: tuple[str, ...], author: str | None) -> None:
    _, meta = build(*lines)
    assert meta.author.value == author


RESULTS_LEAD = (
    "Three harbour schools will play for the league titles after the semifinals on Friday night, the league said.",
    "Semifinal scores:",
)


# ITEM_AFTER_ITEM (archive.rules source_under_each_item): a results list's group labels, each over several results,
# are the article's list; other stories' headlines, each right under the source line of the one before, are not.
@pytest.mark.parametrize(
    ("listed", "kept"),
    [
        (
            (
                "Division A – Harbour Arena",
                "GIRLS",
                "#1 Harbour 65, #5 Bayside 49",
                "#7 Northport 69, #3 Eastway 62 (OT)",
                "BOYS",
                "#1 Westfield 63, #5 Millbrook 51",
                "#2 Harbour 74, #6 Northport 32",
                "Division B – Bay Hall",
                "GIRLS",
                "#4 Seaview 49, #1 Andover 45",
                "#2 Eastway 55, #3 Bayside 47",
                "BOYS",
                "#3 Millbrook 67, #2 Seaview 64 (OT)",
                "#4 Westfield 61, #1 Andover 55",
                "Division C – Town Hall",
                "GIRLS",
                "#1 Harbour 64, #5 Eastway 49",
            ),
            True,
        ),
        # without: other stories' headlines each over the same source, one after another
        (
            (
                "Harbour festival draws a record crowd",
                "Example Wire -",
                "Bay ferry service resumes after the storm",
                "Example Wire -",
                "Council approves the new library plan",
                "Example Wire -",
            ),
            False,
        ),
    ],
)
def test_a_results_lists_group_labels_are_no_sources(listed: tuple[str, ...], kept: bool) -> None:
    clean, _ = build(HEADLINE, "", *RESULTS_LEAD, *listed)
    assert ([line.text for line in clean.body][len(RESULTS_LEAD) :] == list(listed)) == kept


# LABELLED_LIST (archive.clean _tables_of_contents) and FIELD_LABEL_TWICE (archive.rules label_twins): an award list's
# labels, each over its winner, and a results table's label printed over each side's column, are the article's list.
def test_an_award_lists_labels_and_a_label_over_each_column() -> None:
    awards = (
        "Best Film:",
        "Harbour Lights (Norway)",
        "Directed by Jane Roe",
        "Best Director:",
        "John Doe for Bay Nights (Iceland)",
        "Best Actress:",
        "Ana Roe for Harbour Lights (Norway)",
    )
    clean, _ = build(HEADLINE, "", BODY[0], "", "FULL LIST OF AWARDS:", *awards)
    assert [line.text for line in clean.body][2:] == list(awards)
    columns = ("Goals:", "", "Goals:", "29. Roe", "85. Doe", "", "Line-ups:", "Roe – Doe, Poe, Loe.")
    clean, _ = build(HEADLINE, "", *BODY, "", *columns)
    assert [line.text for line in clean.body][3:5] == ["Goals:", "Goals:"]


# TRAILING_BULLETED_HEADLINES (archive.rules trailing_bulleted_headlines): other stories' headlines as a bulleted list
# under the text, with no label, go; the article's own closing list, about the clinic, stays.
@pytest.mark.parametrize(
    ("items", "kept"),
    [
        (
            (
                "- Engineering congress to be held in the capital next spring",
                "- Mountain custom evolves into a new form of cultural tourism",
                "- Coast guard rescues ten fishermen in the southern sea",
                "- Cinema box office this year surpasses last year's full gross",
            ),
            False,
        ),
        # without: the article's own list, using its words
        (
            (
                "- The harbour clinic opens with twelve beds on Monday",
                "- Thirty nurses staff the clinic from the old ward",
                "- The health board plans more beds for the bay area",
                "- The clinic serves the whole of the bay from next year",
            ),
            True,
        ),
    ],
)
def test_bulleted_headlines_under_the_text(items: tuple[str, ...], kept: bool) -> None:
    clean, _ = build(HEADLINE, "", *BODY, "", *items)
    assert (len([line for line in clean.body]) > len(BODY)) == kept


# DANGLING_UPDATE_LABEL (archive.metaline parse_meta_line): the update's label after the date line, its date lost,
# leaves the date line; a date line whose update has its date keeps both.
@pytest.mark.parametrize(
    ("credit", "date"),
    [
        ("Publicada em: 23/11/2025 12:29:16 - Atualizado", "2025-11-23"),
        ("Published: 23 November 2025 | Updated:", "2025-11-23"),
        # without: the update with its date; no date before the label
        ("Published: 23 November 2025 | Updated: 24 November 2025", "2025-11-23"),
        ("The harbour clinic - updated", None),
    ],
)
def test_a_date_line_with_its_update_label_left_empty(credit: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.date.value == date


# AGENCY_BEFORE_THE_DASH and ACCORDING_TO_IN_BRACKETS (archive.sources): a first paragraph opening with a registry
# agency's name and a dash or a colon, or with "(According to ...)", names the wire; a person's name so opens a
# quotation, and "according to" inside the sentence names a fact's source.
@pytest.mark.parametrize(
    ("opening", "wire"),
    [
        ("AFP - ", "Agence France-Presse"),
        ("Reuters: ", "Reuters"),
        ("(According to Xinhua News Agency) ", "Xinhua"),
        # without: a person before the colon; "according to" in the sentence
        ("Jane Roe: ", None),
        ("According to Xinhua News Agency, ", None),
    ],
)
def test_an_agency_opening_the_lead(opening: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", opening + BODY[0], "", *BODY[1:], registry=ARCHIVE_REGISTRY)
    assert meta.wire.value == wire


# AT_SIGN_FOR_ON and FIND_THE_SITE_ON (archive.sources FOLLOW_NAMED): the call to follow the site "@ Google News",
# or to find it on a platform, names it, as "follow ... on" does; following a person names no site.
@pytest.mark.parametrize(
    ("call", "outlet"),
    [
        ("Follow Example.com @ Google News", "example.com"),
        ("Follow Example News on Google News", "Example News"),
        ("Jane Roe may be reached at jroe@example.com. Find Example.com on Facebook.", "example.com"),
        # without: a person to follow
        ("Follow Jane Roe @janeroe", None),
    ],
)
def test_a_call_to_follow_the_site_names_it(call: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", call)
    assert meta.outlet.value == outlet


# VIETNAMESE_AT_AND_ON (archive.metaline FILLER_RE): "lúc" before the clock and "ngày" before the date are a date
# line's small words; "Ngày" opening a sentence ("the day ...") leaves it a sentence.
@pytest.mark.parametrize(
    ("credit", "date"),
    [
        ("Đăng lúc 16:05 ngày 03/03/2024", "2024-03-03"),
        ("16:05 ngày 03/03/2024", "2024-03-03"),
        # without: a sentence
        ("Ngày 3 tháng 3, ông nói bệnh viện mới sẽ mở cửa vào tuần tới.", None),
    ],
)
def test_a_vietnamese_date_line(credit: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.date.value == date


# SITE_NEWS_DESK (archive.sources STAFF_LINE): the site's desk credited alone names the site when the name is a site's
# shape (a digit in it, an acronym, a paper's name); a city's or a beat's desk names none.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Example2Health News Desk (DS)", "Example2Health"),
        ("EXMPL webdesk", "EXMPL"),
        ("Example Daily News Desk", "Example Daily"),
        # without: a city's desk, a beat's desk
        ("London Desk", None),
        ("Metro Desk", None),
    ],
)
def test_the_sites_desk_credited_alone(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", credit)
    assert meta.outlet.value == outlet


# NEWSLETTER_AFTER_THE_PROMO (archive.sources SELF_NAMED): the site's newsletter by its name, after the promo's first
# sentence and with the newsletter's own name between, names the site; a writer's newsletter names none.
@pytest.mark.parametrize(
    ("promo", "outlet"),
    [
        ("Get the latest updates right in your inbox. Subscribe to Example.com’s newsletters.", "example.com"),
        ("Get top stories delivered to you every morning. >Sign up for Example TV's News Headlines newsletter.", "Example TV"),
        ("Sign up for EXTV DFW's News Headlines newsletter.", "EXTV DFW"),
        # without: a writer's newsletter
        ("Sign up for Jane Roe's weekly newsletter.", None),
    ],
)
def test_the_sites_newsletter_names_it(promo: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", promo)
    assert meta.outlet.value == outlet


# KIND_OR_PLATFORM (archive.sources): a document's kind in the dateline's brackets and a platform's name alone under
# the headline name no site; a paper's name there does. SHARE_WITH_FRIENDS in Portuguese: "share the news" is a button,
# no writer.
@pytest.mark.parametrize(
    ("lines", "outlet", "author"),
    [
        ((HEADLINE, "", "Google News", "", *BODY), None, None),
        ((HEADLINE, "", f"(PRESS RELEASE): {BODY[0]}", "", *BODY[1:]), None, None),
        ((HEADLINE, "", "COMPARTILHAR NOTÍCIA", "", *BODY), None, None),
        # without: a paper's name under the headline
        ((HEADLINE, "", "Harbour Gazette", "", *BODY), "Harbour Gazette", None),
    ],
)
def test_a_kind_or_a_platform_names_no_site(lines: tuple[str, ...], outlet: str | None, author: str | None) -> None:
    _, meta = build(*lines)
    assert (meta.outlet.value, meta.author.value) == (outlet, author)
