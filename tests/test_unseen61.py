"""Issue 17, sixty-first round: shapes the development corpus showed on pages from outlets not seen before (a
station's staff credited with the date and its update on one line), each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build, kept_lines
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

HEADLINE = "Nurses Move To New Harbour Clinic"


# NAMED_STAFF_CREDIT (archive.metaline): "By Example News 13 Staff", a station's staff after "By", then the date and
# its update on the same line: a credit and a date line, the date read and the station named; a person's byline in the
# same shape is read as before, with its writer.
@pytest.mark.parametrize(
    ("credit", "date", "outlet", "author"),
    [
        (
            "By EXTV News 13 Staff | March 18, 2020 at 6:29 AM MST - Updated March 18 at 6:29 AM",
            "2020-03-18",
            "EXTV News 13",
            None,
        ),
        (
            "By Example News Staff | March 18, 2020 at 6:29 AM MST - Updated March 18 at 6:29 AM",
            "2020-03-18",
            "Example News",
            None,
        ),
        # without: a person's byline
        ("By Jane Roe | March 18, 2020 at 6:29 AM MST - Updated March 18 at 6:29 AM", "2020-03-18", None, "Jane Roe"),
    ],
)
def test_a_stations_staff_credited_with_the_date(credit: str, date: str, outlet: str | None, author: str | None) -> None:
    clean, meta = build(HEADLINE, "", credit, "", *BODY)
    assert (meta.date.value, meta.outlet.value, meta.author.value) == (date, outlet, author)
    assert [line.text for line in clean.body] == list(BODY)


# TRIPLE_HYPHEN (archive.metaline LEAD_END_RE) and RADIO_DIAL (archive.headline STATION_NUMBERED): a station's own
# dateline closed by three hyphens, or naming an AM station by its dial, names the station; a year in the brackets
# is no dial, and an agency there is the wire, not the outlet.
@pytest.mark.parametrize(
    ("opening", "outlet", "wire"),
    [
        ("HARBOURTON (EXTV 58) --- ", "EXTV 58", None),
        ("HARBOURTON (NEWS 1130) – ", "NEWS 1130", None),
        # without: an agency; a year after the name
        ("HARBOURTON (AP) --- ", None, "Associated Press"),
        ("HARBOURTON (EXPO 2020) – ", None, None),
    ],
)
def test_a_stations_own_dateline(opening: str, outlet: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", opening + BODY[0], "", *BODY[1:], registry=ARCHIVE_REGISTRY)
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


# SITE_ICON_LOWER_CASE (archive.sources LOGO_NAME): the theme's "Site icon" before a name the site writes in small
# letters, above the headline, names the site; the words alone name none.
@pytest.mark.parametrize(
    ("icon", "outlet"),
    [
        ("Site icon examplenews", "examplenews"),
        ("Site icon 7example", "7example"),
        # without: the theme's words alone
        ("Site icon", None),
    ],
)
def test_a_site_icon_in_small_letters(icon: str, outlet: str | None) -> None:
    clean, meta = build(icon, "", HEADLINE, "", *BODY)
    assert (meta.outlet.value, meta.title.value) == (outlet, HEADLINE)
    assert [line.text for line in clean.body] == list(BODY)


# SHORT_POSITIONS (archive.rules POSITION_NAMED): a picture's position cut short or in more languages after a name is a
# caption's; the same sentence without it is the article's.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Le maire Jean Dupont (à g.) serre la main du ministre lors de l'ouverture de la clinique du port.", True),
        ("Bürgermeisterin Jana Roth (l.) und Minister Jan Berg bei der Eröffnung der Klinik am Hafen.", True),
        ("Il sindaco Gianni Rossi (a sinistra) e il ministro all'inaugurazione della clinica del porto.", True),
        ("Wali Kota Budi Santoso (kanan) berbincang dengan menteri saat peresmian klinik di pelabuhan.", True),
        # without: the same sentences with no position
        ("Le maire Jean Dupont serre la main du ministre lors de l'ouverture de la clinique du port.", False),
        ("Bürgermeisterin Jana Roth und Minister Jan Berg bei der Eröffnung der Klinik am Hafen.", False),
    ],
)
def test_a_pictures_position_in_more_languages(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# FOLLOW_THE_HANDLE (archive.rules app_or_follow_promo) and BREAKING_UPDATE_NOTICE (archive.rules): a short call to
# follow an account by its handle, and the wire's notice over a story it will rewrite, go wherever they stand; a
# handle without the call, and a sentence about breaking news, stay.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("For breaking news and updates on developing stories, follow @ExampleNow on Twitter.", True),
        ("Follow @JaneRoeTV on Twitter for more.", True),
        ("THIS IS A BREAKING NEWS UPDATE. Check back soon for further information. Example's earlier story is below.", True),
        ("This is a breaking news update.", True),
        # without: a handle in the story's sentence; breaking news in the story's words
        ("The board posted the opening hours on its account @HarbourClinic on Monday, a spokeswoman said.", False),
        ("This is a breaking news story for the whole bay, the mayor said as the clinic opened its doors.", False),
    ],
)
def test_a_follow_call_and_the_wires_update_notice(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# CONTACT_ITEMS (archive.rules related_bullets): a bulleted list of offices and their telephone numbers under its
# lead-in is the article's list of whom to call; a bulleted list of other stories' topics and headlines goes.
def test_a_bulleted_list_of_contacts_is_the_articles() -> None:
    contacts = (
        "If you have any questions, call your local health department:",
        "• Harbour County Public Health: (555) 397-8021",
        "• Bay County Public Health: (555) 655-8411",
        "• Hill County Public Health: (555) 988-3406",
    )
    assert kept_lines(HEADLINE, "", *BODY, "", *contacts) == [
        HEADLINE,
        *BODY,
        contacts[0],
        *(line.removeprefix("• ") for line in contacts[1:]),
    ]
    # without: the same list as other stories' topics and headlines
    stories = (
        "• Harbour County: Ferry service resumes after the storm",
        "• Bay County: Council approves new school budget",
        "• Hill County: Record crowd at the summer fair",
    )
    assert kept_lines(HEADLINE, "", *BODY, "", *stories) == [HEADLINE, *BODY]


# FILE_IMAGE (archive.rules NAME_THEN_PHOTO), COURTESY_ALONE_IN_BRACKETS (COURTESY_IN_BRACKETS), SLASH_CREDIT_AFTER_STOP,
# ARTISTS_IMPRESSION (CAPTION_LEAD), YONHAP_SHORT (KOREAN_CAPTION_AGENCY) and IMAGE_ALT_WIDTH_DATE (a picture's text
# with its site, width and date): a picture's credits and captions in these shapes go; the same words in the story's
# sentences stay.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("EXTV file image", True),
        ("(Courtesy Harbour County Zoo via Example Feed)", True),
        ("The coach and the captain at the press conference after the match in Harbourton, Tuesday. Examplenews/Jane Roe", True),
        ("A general view of the ministers' meeting in Harbourton on 30 November 2016. EFE/Archivo", True),
        ("Artist concept of the probe in front of a lava planet orbiting its host star", True),
        ("시장이 6일 항구 병원 개원식에서 발언하고 있다. 연합", True),
        ("Ministers at the talks in the harbour town - Example News, 1920, 11.03.2023", True),
        # without: a sentence about a file image; courtesy in a sentence; a sentence with no credit after its stop
        ("The station showed a file image of the harbour wall before the storm, and the board said it would rebuild it.", False),
        ("The zoo thanked the county for its courtesy and said the new wing would open in the spring next year.", False),
        ("The coach and the captain spoke at the press conference after the match in Harbourton on Tuesday night.", False),
        ("시장은 6일 항구 병원 개원식에서 새 병동이 내년에 문을 열 것이라고 말했다.", False),
    ],
)
def test_a_pictures_credit_and_caption_in_more_shapes(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# (archive.rules) the player's controls in Czech and more languages, its empty playlist and its autoplay countdown,
# and the empty comment box's call to share one's thoughts: no headline, no text; a sentence about videos stays.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Up Next No more videos! Playlist is empty -", HEADLINE),
        ("Autoplay in... 6 (Cancel)", HEADLINE),
        ("Přehrát video", HEADLINE),
        ("Be the first to add your thoughts in the comments section ↓", HEADLINE),
        # without: a headline about videos
        ("No More Videos From The Harbour Council", "No More Videos From The Harbour Council"),
    ],
)
def test_player_controls_and_comment_calls_are_no_headline(first: str, title: str) -> None:
    _, meta = build(first, "", HEADLINE, "", "By Jane Roe", "", *BODY)
    assert meta.title.value == title


# PLACE_THEN_BRACKETED_DATE (archive.metaline): the place in title case or capitals, the whole date alone in brackets,
# then a colon or a dash: the page's date; a holiday's date in brackets in a sentence, or a name in the brackets, none.
@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("Harbourton (November 21, 2017): ", "2017-11-21"),
        ("HARBOURTON (November 21, 2017) - ", "2017-11-21"),
        # without: a sentence naming a day in brackets; a name in the brackets
        ("Thanksgiving (November 23, 2017) falls on a Thursday, and ", None),
        ("Harbourton (Example News) - ", None),
    ],
)
def test_a_place_then_its_date_in_brackets(opening: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", opening + BODY[0], "", *BODY[1:])
    assert meta.date.value == date


# REP_AND_RED (archive.metaline BY_RE, EDITOR_BY_RE): an Indonesian site's "Rep:" credits the reporter and "Red:" the
# editor; "Red:" before no name credits no one.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Rep: Dewi Anggraini/ Red: Budi Santoso", "Dewi Anggraini"),
        ("Rep: Dewi Anggraini", "Dewi Anggraini"),
        # without: the editor alone; a team's colour and its count
        ("Red: Budi Santoso", None),
        ("Red: 3 cards", None),
    ],
)
def test_an_indonesian_reporter_and_editor(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.author.value == author


# DATE_AFTER_THE_SOURCE (archive.sources): the day the copy ran at its source, after a comma on the source line, is no
# part of the source's name; a name with a comma and no date keeps its words.
@pytest.mark.parametrize(
    ("source", "wire"),
    [
        ("Source: Example Times, 08/10/2023", "Example Times"),
        ("Source: Example Times, May 5, 2023", "Example Times"),
        # without: no date after the name
        ("Source: Example Times", "Example Times"),
    ],
)
def test_the_day_after_a_source_line(source: str, wire: str) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", source)
    assert meta.wire.value == wire


# STOP_THEN_SOURCE_IN_BRACKETS (archive.clean _not_a_headline): a sentence's stop, then a source in brackets, is a
# caption with its credit, though printed twice: no headline, no wire; a headline with its agency in brackets and no stop is read as before.
@pytest.mark.parametrize(
    ("first", "title", "wire"),
    [
        ("Nurses outside the new harbour clinic with its twelve beds on Monday. (AP)", None, None),
        # without: the agency after a headline with no stop
        ("Nurses move to new harbour clinic (AP)", "Nurses move to new harbour clinic", "Associated Press"),
    ],
)
def test_a_caption_with_its_source_is_no_headline(first: str, title: str | None, wire: str | None) -> None:
    _, meta = build(first, first, "", *BODY, registry=ARCHIVE_REGISTRY)  # (printed twice: its alternative text too)
    assert (meta.title.value, meta.wire.value) == (title, wire)


# PROFILE_TO_CONTINUE (archive.rules PAYWALL), EMBED_PLACEHOLDER, USERS_ONLINE and VIDEO_FIELDS (PAGE_MACHINERY),
# NEXT_STORY_LINK: a registration wall, an embed's bracketed marker, the count of readers online, a video's number and
# the pager's next story go; the
# same words in the story's sentences stay.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Complete your profile to continue reading and get FREE access to Example News, part of your membership.", True),
        ("[Gambas:Video Example]", True),
        ("Usuários Online: 1", True),
        ("Video ID: 20170903 012", True),
        ("Minister to visit the capital on Oct 15 for the regional summit Next Story", True),
        # without: a sentence about profiles; a bracketed note; users in a sentence; "next story" in a sentence
        ("Patients must complete a profile at the front desk before the nurses can see them, the board said.", False),
        ("The board said the clinic had 1,200 users online in its first week, twice what it had hoped for.", False),
        ("The mayor said the opening of the second clinic would be the next story for the bay.", False),
    ],
)
def test_a_wall_a_marker_a_counter_and_the_pager(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# BARRED_DATELINE and MOJIBAKE_DASH (archive.metaline): the place and the agency between bars before the text, and a
# dateline whose dash a wrong decoding mangled, name the wire; bars between a site's sections name none.
@pytest.mark.parametrize(
    ("opening", "wire"),
    [
        ("HARBOURTON | TASS | ", "TASS"),
        ("HARBOURTON, S.D. (AP) â ", "Associated Press"),
        ("HARBOURTON, S.D. (AP) â€” ", "Associated Press"),
        # without: a section's trail with bars; the agency's name in the sentence
        ("News | World | ", None),
        ("HARBOURTON - The AP said that ", None),
    ],
)
def test_a_barred_or_mangled_dateline(opening: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", opening + BODY[0], "", *BODY[1:], registry=ARCHIVE_REGISTRY)
    assert meta.wire.value == wire


# AGENCY_ROLE_LINE (archive.sources): the writer's role at an agency on its own line under the byline names the wire;
# a paper's role or a staff role names none.
@pytest.mark.parametrize(
    ("role", "wire"),
    [
        ("AP Sports Writer", "Associated Press"),
        ("Associated Press Correspondent", "Associated Press"),
        ("AP Chief Medical Writer", "Associated Press"),
        # without: a paper's writer; a staff writer
        ("Harbour Gazette Sports Writer", None),
        ("Staff Writer", None),
    ],
)
def test_an_agency_writers_role_under_the_byline(role: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", "By Jane Roe", role, "", *BODY, registry=ARCHIVE_REGISTRY)
    assert (meta.wire.value, meta.author.value) == (wire, "Jane Roe")


# SITE_SPEAKS_OF_ITSELF (archive.sources OUR_NAMED_CREW): the text calling the site its own names it ("our Example 5
# crew", "here at ExampleKick", "Example News will have more later"); "our" before the site's generic words, "here at"
# a town, or a station's name in a quote about another, names none.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The driver was taken to hospital, and our Example 5 crew saw him being taken away.", "Example 5"),
        ("I still write about it here at ExampleKick. I have seen a few of these.", "ExampleKick"),
        ("Example News will have more on this story later.", "Example News"),
        ("EXTV 17 will be there to provide up-to-date coverage throughout the day.", "EXTV 17"),
        # without: generic words; a town; a name that does not speak of itself
        ("Our News team was at the scene until late in the evening.", None),
        ("She has lived here at Harbourton for most of her life, she said.", None),
        ("The driver told Example 5 that he had not seen the other car.", None),
    ],
)
def test_the_site_speaking_of_itself(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY[:2], "", line, "", BODY[2], registry=ARCHIVE_REGISTRY)
    assert meta.outlet.value == outlet


# VIDEO_TITLE_IN_BRACKETS (archive.rules _credit_who): a linked video's title in brackets at the end of a sentence, a
# colon in it, is no picture's credit: the sentence stays; a credit names its owner without one.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("The lander would float on a methane sea on a distant moon, a first look at an ocean beyond Earth; "
         "[Video: Targeting the Moon: by Land, Sea and Air]", False),
        # without: a picture's credit in the same brackets
        ("Nurses outside the new harbour clinic on the morning it opened [Photo: Jane Roe]", True),
    ],
)  # fmt: skip
def test_a_linked_videos_title_is_no_credit(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# SITE_SURVEY and RATE_THE_ARTICLE (archive.rules PAGE_MACHINERY): the site's feedback box and the rating box's call,
# in the archive's languages; a sentence asking for help with something else stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Was this page helpful?", True),
        ("What do you think of our website?", True),
        ("Help us improve by answering a few questions.", True),
        ("Vad tycker du om polisens webbplats?", True),
        ("Hjälp oss bli bättre genom att svara på våra frågor.", True),
        ("Bài viết hay? Hãy đánh giá bài viết", True),
        ("Opina, Comenta", True),
        # without: help with something else
        ("Help us improve our schools", False),
    ],
)
def test_the_sites_feedback_box(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# MASTHEAD_CRUMBS (archive.sources _masthead_name): the site's name opening its trail, the crumbs apart by wide gaps,
# names the site without the trail; a paper's name alone is read as before.
@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Example.com Home   News", "example.com"),
        # without: the trail's gap
        ("Harbour Gazette", "Harbour Gazette"),
    ],
)
def test_the_sites_name_opening_its_trail(masthead: str, outlet: str) -> None:
    _, meta = build(masthead, "", HEADLINE, "", *BODY)
    assert meta.outlet.value == outlet


# LONG_NUMBER_ALONE (archive.rules COUNTER_LINE): five to twelve digits alone on a line are a count or a stamp; a year
# alone may head a timeline's part and stays.
@pytest.mark.parametrize(("line", "goes"), [("25605", True), ("1687455062", True), ("2019", False)])
def test_a_long_number_alone(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# STYLE_RULES (archive.rules SCRIPT_LINE): a style sheet printed as text goes; a sentence with braces in it stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("#results-map { max-width: 100%; } @media(max-width: 400px) { #results-map { height: 500px; } }", True),
        (".story-card { margin: 0 auto; }", True),
        # without: braces in the story's sentence
        ("The board's figures { see the table: page 4; } show the clinic cost less than planned, the mayor said.", False),
    ],
)
def test_a_style_sheet_printed_as_text(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# NORDIC_ARTICLE_PUBLISHED (archive.metaline LABEL_RE): "the article was published" and its date in Swedish, Norwegian
# and Danish is the page's date line; the verb in a sentence dates nothing.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Artikeln publicerades 18 juni 2024", "2024-06-18"),
        ("Artikkelen ble publisert 18. juni 2024", "2024-06-18"),
        # without: a sentence
        ("Rapporten publicerades av kommunen förra veckan och visar att kliniken kostade mindre.", None),
    ],
)
def test_a_nordic_article_published_line(line: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert meta.date.value == date


# CJK_WEEKDAY_CLOCK (archive.clean _not_a_headline): a header's clock in Chinese, a weekday and numbers only, over the
# headline and a caption, is no headline though the text names the same day; a Chinese headline opening with a weekday
# is one.
CLOCK_DAY_LEAD = "The clinic opened on December 26, 2024 with 12 beds, and the board said it would serve the bay."


@pytest.mark.parametrize(
    ("clock", "title"),
    [
        ("星期四, 12 月 26, 2024", HEADLINE),
        # without: a headline with words after the weekday
        ("星期四港口诊所开业", "星期四港口诊所开业"),
    ],
)
def test_a_chinese_weekday_clock_over_the_headline(clock: str, title: str) -> None:
    head = ("fbpx", clock, "", HEADLINE) if title == HEADLINE else ("fbpx", clock)
    caption = "Nurses celebrated with volunteers at the clinic."
    _, meta = build(*head, "", caption, "", CLOCK_DAY_LEAD, "", *BODY)
    assert (meta.title.value, meta.date.value) == (title, None)


# COMMENTS_PAUSED (archive.rules comment_widget) and NETWORK_PARTNER (PAGE_MACHINERY): the comment box closed for the
# night with its promise for the morning, and a regional paper's note of its newsroom network, go; a sentence about a
# debate going on stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Die Kommentarfunktion ist zwischen 23:00 und 06:00 Uhr nicht aktiv – denn wir wollen gut moderieren.", True),
        ("Die Debatte geht am Morgen weiter", True),
        ("Wir freuen uns am Morgen über Ihre konstruktiven Beiträge zum Thema!", True),
        ("Comments are closed between 11pm and 6am while our moderators sleep.", True),
        ("Partner im Redaktionsnetzwerk Deutschland", True),
        # without: the debate in the story's words
        ("Die Debatte im Stadtrat geht am Montag weiter, sagte die Bürgermeisterin nach der Sitzung.", False),
    ],
)
def test_a_comment_box_closed_for_the_night(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# LABORATORY_NOT_PERSON (archive.byline INSTITUTION_WORDS): a laboratory's name under a release's headline credits no
# writer; a person's name there does.
@pytest.mark.parametrize(("credit", "author"), [("Example Jet Laboratory", None), ("Jane Roe", "Jane Roe")])
def test_a_laboratory_under_the_headline_is_no_writer(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, credit, "September 30, 2015", "", *BODY)
    assert meta.author.value == author


# WORDED_DATE_ORDER (archive.metaline worded_date_order): an all-numeric date read two ways is read in the order that
# gives a date the page prints in words on a line of its own; with no such line, or one that fits neither, it stays
# unread (a wrong date is worse than none).
@pytest.mark.parametrize(
    ("worded", "date"),
    [
        ("4 November 2025", "2025-11-04"),
        ("November 11, 2025", None),  # (fits neither reading: 11/04 is April 11 or November 4)
        ("April 11, 2025", "2025-04-11"),
        # without: no date in words
        ("The gallery", None),
    ],
)
def test_an_ambiguous_date_read_by_the_pages_worded_date(worded: str, date: str | None) -> None:
    gallery = ("Ministers at the talks", worded, "Ministers at the dinner", worded)
    _, meta = build("11/04/2025 | Press release", HEADLINE, "", *BODY, "", *gallery)
    assert meta.date.value == date


# AGENCY_COMMA_PLACE_DATE and HYPHEN_GLUED_AFTER_THE_DAY (archive.metaline parse_lead): an agency's name, the place and
# the day before the text, a dash or a hyphen run onto the text after the day, name the wire and date the page; a
# paper's or a person's name there names no wire.
@pytest.mark.parametrize(
    ("opening", "wire", "month_day"),
    [
        ("Xinhua News Agency, Beijing, December 2 - ", "Xinhua", "--12-02"),
        ("Xinhua News Agency, Beijing, December 2-", "Xinhua", "--12-02"),
        # without: a paper's name first; a person's
        ("Harbour Times, Beijing, December 2 - ", None, None),
        ("Jane Roe, Beijing, December 2 - ", None, None),
    ],
)
def test_an_agency_then_its_dateline(opening: str, wire: str | None, month_day: str | None) -> None:
    _, meta = build(HEADLINE, "", opening + BODY[0], "", *BODY[1:], registry=ARCHIVE_REGISTRY)
    assert (meta.wire.value, dict(meta.date.extra).get("partial")) == (wire, month_day)


# PROBED_CONTROLS (archive.rules PAGE_MACHINERY) and the charts' and maps' credits (PHOTO_WORDS): invented lines of
# the furniture most sites print, found kept by a probe; the same words in the story's sentences stay.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("We value your privacy", True),
        ("Listen (3 min)", True),
        ("Sort by: Newest", True),
        ("Photo gallery (12 photos)", True),
        ("Filed under", True),
        ("Réagir", True),
        ("Cet article vous a plu ?", True),
        ("Watch the full video above", True),
        ("This story has been updated.", True),
        ("This article has been updated with additional information.", True),
        ("Chart: Example News", True),
        ("Map data: Example Maps", True),
        # without: the words in sentences
        ("The chart: a sharp rise in cases over the summer months, the board said on Monday.", False),
        ("This story has been updated every year since the clinic first opened, the archive shows.", False),
        ("Readers who value their privacy can ask the clinic to delete their records, the board said.", False),
    ],
)
def test_probed_furniture_lines(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# CUT_NOTICE (archive.rules line_rule) and PROVIDED_CONTENT (SPONSOR_ALONE): a site's notice cut short on the page's
# last line, six of its words or more standing, is the notice; fewer may open a sentence of the article's own. A
# partner's content under its name is a sponsor's label; "content by" in a sentence is not.
@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("Don't Threaten. Threats of harming another person will", False),
        ("Keep it Clean. Please avoid obscene, vulgar", False),
        # without: the notice's first words only
        ("Be Nice. No racism", True),
    ],
)
def test_a_notice_cut_short_on_the_last_line(last: str, kept: bool) -> None:
    assert (last in kept_lines(HEADLINE, "", *BODY, "", last)) is kept


@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Content by Example", True),
        ("This content is provided by Example.", True),
        ("Content provided by Example Bank", True),
        # without: a sentence
        ("Content by the board was approved at the meeting on Monday, the mayor said.", False),
    ],
)
def test_a_partners_content_label(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# BRACKET_ENDS_THE_LINE (archive.metaline LEAD_END_RE): a known place and its agency in brackets alone on a line over
# the text, no dash after them, are the agency's dateline; a caption's words before an agency are no dateline.
@pytest.mark.parametrize(
    ("dateline", "wire"),
    [
        ("Los Angeles (AFP)", "Agence France-Presse"),
        ("LOS ANGELES (AFP)", "Agence France-Presse"),
        # without: a caption's words before the agency
        ("Ministers at the talks (Reuters)", None),
    ],
)
def test_an_agencys_dateline_alone_over_the_text(dateline: str, wire: str | None) -> None:
    _, meta = build(dateline, BODY[0], "", *BODY[1:], registry=ARCHIVE_REGISTRY)
    assert meta.wire.value == wire
