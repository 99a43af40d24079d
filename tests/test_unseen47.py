"""Issue 17, forty-seventh round: shapes the development sets showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.metaline import parse_lead

# BYLINE_PART_PAPER: a byline's part naming the paper the writer writes for ("For the Example-Herald"), the paper
# itself with its desk ("By The Example / Editor") or the paper with its date's label ("By Example Today Published
# Date"); a person, a desk or a role names no paper.
BYLINE_PAPERS = {
    "By Jane Roe - For the Example-Herald": "Example-Herald",
    "By Jane Roe - Special to The Harbour Sentinel": "Harbour Sentinel",
    "By The Roamer / Editor": "The Roamer",
    "By Harbour Today Published Date: 12 April 2023": "Harbour Today",
    "By Jane Roe - For the first time": None,
    "By The Editor / Harbour": None,
    "By The Editors / Harbour": None,
    "By The Numbers": None,
    "By Jane Roe Published Date: 12 April 2023": None,
    "By Jane Roe - Harbour": None,
}


@pytest.mark.parametrize(("byline", "outlet"), BYLINE_PAPERS.items())
def test_a_bylines_part_naming_the_paper(byline: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", byline, "", *BODY)
    assert meta.outlet.value == outlet


# PLACE_DASH_LEAD: the text's first line opening with a place in capitals and a dash is the lead, no headline; a kicker
# in capitals and a dash is no place.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("HARARE — The harbour council approved the new budget", None),
        ("EXCLUSIVE — Harbour council approves new budget", "EXCLUSIVE — Harbour council approves new budget"),
    ],
)
def test_a_place_and_a_dash_open_the_lead_not_a_headline(first: str, title: str | None) -> None:
    _, meta = build(first, "", *BODY)
    assert meta.title.value == title


# LOWER_CASE_LEFT_ALONE: when the only head line left opens with a word in small letters (a tag list), the page has no
# headline; a brand's inner capital ("iPhone") may open one.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("harbour council budget", None),
        ("iPhone sales rise in the harbour district", "iPhone sales rise in the harbour district"),
    ],
)
def test_a_head_line_in_small_letters_is_no_headline(first: str, title: str | None) -> None:
    _, meta = build(first, "", *BODY)
    assert meta.title.value == title


# KICKER_SMALL_FIRST_WORD: a kicker in capitals opening with a preposition or an article, run onto the headline, is
# cut off; initials before a capitalised word are the headline's.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("IN BRIEF Harbour council approves the budget", "Harbour council approves the budget"),
        ("UK PM Visits the harbour district today", "UK PM Visits the harbour district today"),
    ],
)
def test_a_kicker_in_capitals_opening_with_a_small_word(line: str, title: str) -> None:
    _, meta = build(line, "", *BODY)
    assert meta.title.value == title


def test_a_french_kicker_opening_with_au() -> None:
    _, meta = build(
        "AU PALAIS Il arrive ivre à l’audience du tribunal",
        "",
        "Difficile de faire comprendre à cet homme, qui se débat depuis des années avec ses problèmes, de faire silence.",
        "Le président du tribunal a été obligé de lui demander de sortir à plusieurs reprises avant de le juger.",
    )
    assert meta.title.value == "Il arrive ivre à l’audience du tribunal"


# SITE_ICON_LOCALISED: a theme's "site icon" words in the site's language before its name: the page's furniture, the
# outlet's name; the same words inside a sentence are the text's.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Ícono del sitio Noticias Example", "Noticias Example"), ("Icône du site Example Info", "Example Info")],
)
def test_a_localised_site_icon_names_the_outlet(line: str, outlet: str) -> None:
    cleaned, meta = build(line, "", HEADLINE, "", *BODY)
    assert (meta.outlet.value, meta.title.value) == (outlet, HEADLINE)
    assert line not in [kept.text for kept in cleaned.lines]


# TIME_RANGE, CONDITION_GLUED and the video player's ad controls: furniture lines; a sentence with a time range in it
# is the text's.
@pytest.mark.parametrize(
    "junk", ["2:00 pm - 3:30 pm EST", "10.00-12.00", "26°Overcast", "close video ad", "Unmutetoggle ad audio on off"]
)
def test_an_events_hours_the_weather_and_the_players_ad_controls_go(junk: str) -> None:
    sentence = "The meeting runs from 2:00 pm - 3:30 pm EST in the harbour hall, the council said on Tuesday."
    cleaned, _ = build(HEADLINE, "", BODY[0], junk, BODY[1], sentence, BODY[2])
    kept = [line.text for line in cleaned.lines]
    assert junk not in kept
    assert sentence in kept


# INSTITUTION_NOT_PERSON: an institution's name where the byline goes ("Example Institution") is no author; a
# person's is.
@pytest.mark.parametrize(("credit", "author"), [("Harbour Institution", None), ("Jane Roe", "Jane Roe")])
def test_an_institution_under_the_headline_is_no_author(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.author.value == author


# LEAD_TAKEN_AS_THE_HEADLINE: a page printing its lead as its title (a sentence of twenty words or more) keeps the
# copy right above the text as the text's first paragraph; a headline of ordinary length printed again goes.
LONG_LEAD = (
    "During his state visit to the harbour district, the mayor met with the council of the town and its three"
    " district heads in the old hall"
)


@pytest.mark.parametrize(("headline", "kept"), [(LONG_LEAD, True), (HEADLINE, False)])
def test_a_lead_printed_as_the_title_stays_in_the_text(headline: str, kept: bool) -> None:
    cleaned, meta = build(headline, "", headline, "", *BODY)
    assert meta.title.value == headline
    assert (headline in [line.text for line in cleaned.lines if line.role == "paragraph"]) is kept


# WEEKDAY_NOT_PLACE: a weekday before a date ("Friday, 5 June 2020 – Harbour at the Arena", a list of dated events
# in the text) is when, not where: no place, so the line is no dateline below the text's first lines; a place before
# the date is the dateline's.
@pytest.mark.parametrize(
    ("line", "place"),
    [("Friday, 5 June 2020 – Harbour at the Arena", ""), ("HARBOUR CITY, 5 June 2020 – The council met", "HARBOUR CITY")],
)
def test_a_weekday_before_the_date_is_no_place(line: str, place: str) -> None:
    lead = parse_lead(line)
    assert lead is not None
    assert (lead.place, lead.date and lead.date.iso) == (place, "2020-06-05")


# HEADLINE_TWICE_OVER_ITS_DATE: a line printed on both sides of a picture's credit is the picture's text and caption,
# unless the second copy stands right above the byline and date: then it is the headline, printed twice.
@pytest.mark.parametrize(
    ("below", "title"),
    [("Jane Roe • 26 April 2025 10:59", "Harbour flood relief reaches three districts"), (BODY[0], None)],
)
def test_a_headline_printed_around_a_pictures_credit(below: str, title: str | None) -> None:
    twice = "Harbour flood relief reaches three districts"
    _, meta = build(twice, "", "Logo of the agency. Foto: Example Agency.", "", twice, "", below, "", *BODY)
    assert meta.title.value == title


# PROSE_OVER_THE_HEADLINE: a long caption at the very top leaves the head empty; a title-shaped line right above the
# date line is then the headline. Without the date line under it, it may be a sub-heading: no headline.
CAPTION_AT_THE_TOP = (
    "The mayor of the harbour district, a former judge and former secretary of the council, enters the old hall for"
    " the budget debate on Tuesday in the harbour district while residents wait outside the hall Jane Roe Example Photo"
)


@pytest.mark.parametrize(
    ("under", "title"),
    [("October 25, 2017 5:27 PM", "Harbour council approves the new budget"), ("", None)],
)
def test_a_headline_under_a_caption_at_the_top(under: str, title: str | None) -> None:
    _, meta = build(CAPTION_AT_THE_TOP, "", "Harbour council approves the new budget", "", under, "", *BODY)
    assert meta.title.value == title


# SLOT_UNDER_THE_DECK and TWO_PAPER_WORDS: the paper's name alone under the deck (a first paragraph right under the
# headline), where the byline goes, names the outlet, a name of two newspaper words too ("Example Tribune Chronicle" is
# no section); two words naming sections ("Daily News") do not.
@pytest.mark.parametrize(("name", "outlet"), [("Tribune Chronicle", "Tribune Chronicle"), ("Daily News", None)])
def test_the_papers_name_under_the_deck(name: str, outlet: str | None) -> None:
    deck = "Harbour workers ready to negotiate, get shocking news"
    _, meta = build(HEADLINE, "", deck, "", name, "", f"HARBOUR — {BODY[0]}", *BODY[1:])
    assert meta.outlet.value == outlet


# APP_KIND: the site's app promoted with its kind ("Download - Example Weather app") names the outlet; an app named
# in the text's sentence does not.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Download - WXYZ Weather app", "WXYZ"), ("Get the Example News app", "Example News"), ("Download the app", None)],
)
def test_the_sites_app_promoted_names_the_outlet(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, line)
    assert meta.outlet.value == outlet


# CONTRIBUTED_CREDIT: the tail line naming who else reported the story goes out of the text; its people are the
# authors when no byline names any, its newsroom or agency the wire. A sentence of the text about contributions stays.
@pytest.mark.parametrize(
    ("line", "author", "wire"),
    [
        ("Example News' Jane Roe and John Doe contributed to this report.", "Jane Roe and John Doe", "Example News"),
        ("The Associated Press contributed reporting.", None, "The Associated Press"),
        ("Many residents contributed to the harbour fund this year, the mayor said.", None, None),
    ],
)
def test_a_contributed_to_this_report_credit(line: str, author: str | None, wire: str | None) -> None:
    cleaned, meta = build(HEADLINE, "", *BODY, line)
    assert (meta.author.value, meta.wire.value) == (author, wire)
    assert (line in [kept.text for kept in cleaned.lines]) is (author is None and wire is None)


# MEDIA_ENQUIRIES_TO and the notes' label: a release's press contact with its number, and "Notes to editors:", go; a
# sentence about enquiries without a contact stays.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Media enquiries to the Harbour Press Office on 028 9052 0505. Out of office hours please call the duty officer.",
            False,
        ),
        ("Notes to editors:", False),
        ("Media enquiries to the council rose sharply after the vote, the mayor said on Tuesday.", True),
    ],
)
def test_a_releases_press_contact_goes(line: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, "", *BODY, line)
    assert (line in [c.text for c in cleaned.lines]) is kept


# EMBEDDED_TWEET: an embedded tweet's signature (alone, or after the tweet's text and its picture's short link) goes; a
# sentence quoting an account's handle stays.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("— Jane Roe (@janeroe) February 1, 2021", False),
        ("Find out more with Jane 👇 pic.twitter.com/AbC123 — Harbour Office (@harbouroffice) June 16, 2025", False),
        ("The mayor (@harbourmayor) wrote on Tuesday that the budget would pass by June 16, 2025.", True),
    ],
)
def test_an_embedded_tweets_signature_goes(line: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, "", *BODY[:2], line, BODY[2])
    assert (line in [c.text for c in cleaned.lines]) is kept


# SYNDICATED_FEED_NOTICE: the site's note on wire copy it did not edit goes, and names the site; a sentence about staff
# who did not edit names none.
@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        (
            "(This is an unedited and auto-generated story from Syndicated News feed, ExampleLY Staff may not have modified"
            " or edited the content body)",
            "ExampleLY",
        ),
        (
            "This report is auto-generated from Syndicated News feed. ThePrintout holds no responsibility for its content.",
            "ThePrintout",
        ),
        ("The council said the report has not been edited since it was filed in May.", None),
    ],
)
def test_a_syndicated_feeds_notice_names_the_site(notice: str, outlet: str | None) -> None:
    cleaned, meta = build(HEADLINE, "", *BODY, notice)
    assert meta.outlet.value == outlet
    assert (notice in [c.text for c in cleaned.lines]) is (outlet is None)


# CRUMB_TRAIL_OPENS_WITH_THE_SITE: a crumb trail over the headline opening with the site's brand names the outlet; one
# opening with "Home", a section or a word in capitals names none.
@pytest.mark.parametrize(
    ("trail", "outlet"),
    [
        ("ExampleNet › News › China News", "ExampleNet"),
        ("CRICKET › IPL › Harbour News", None),
        ("Home › News › China News", None),
        ("World › Asia › China News", None),
    ],
)
def test_a_crumb_trail_opening_with_the_sites_name(trail: str, outlet: str | None) -> None:
    _, meta = build(trail, "", HEADLINE, "", *BODY)
    assert meta.outlet.value == outlet


# FOLLOW_THE_SITE_ALONE: "Follow" and a brand alone on a line names the outlet; "Follow" and a person's name is the
# writer's button.
@pytest.mark.parametrize(("line", "outlet"), [("Follow ExampleAfrica", "ExampleAfrica"), ("Follow Jane Roe", None)])
def test_follow_and_the_sites_brand_alone(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, line)
    assert meta.outlet.value == outlet


# FOREIGN_INSTITUTION_NAME: an office's name alone at the head of its own site, in Portuguese or Spanish, is its
# masthead, never the headline; a headline opening with such a word is one.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Secretaria Municipal de Obras e Infraestrutura Urbana", None),
        ("Ministerio de Salud", None),
        ("Secretaria de Obras anuncia asfalto para Santa Lúcia", "Secretaria de Obras anuncia asfalto para Santa Lúcia"),
    ],
)
def test_an_offices_name_alone_is_no_headline(first: str, title: str | None) -> None:
    body = (
        "A comunidade de Santa Lúcia tem a concretização de um antigo sonho: receber o asfalto da Secretaria de Obras.",
        "A reivindicação é antiga e a atual gestão trabalhou nos últimos meses para asfaltar as estradas da comunidade.",
    )
    _, meta = build(first, "", *body)
    assert meta.title.value == title


# RELEASE_WIRE_NOT_OUTLET: a release wire's dateline with its edition ("/ExampleWire-Harbour Desk/") names no page's
# outlet (every site prints the release); a site's own name in the dateline's brackets does.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("/ExampleWire-HARBOUR PR WIRE/ --", None),
        ("/ExampleWire-Asia/ --", None),
        ("(Harbour Daily News) --", "Harbour Daily News"),
    ],
)
def test_a_release_wires_edition_is_no_outlet(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", f"HARBOUR CITY, Jan. 17, 2022 {credit} {BODY[0]}", *BODY[1:])
    assert meta.outlet.value == outlet


# GLUED_AGENCY_INITIALS: a caption printed again with the agency's initials glued to its last word: both go; a line
# printed again with a word of its own added is no caption pair.
@pytest.mark.parametrize(("second", "dropped"), [("{} AFP", False), ("{}AFP", True)])
def test_a_caption_and_its_copy_with_the_agency_glued(second: str, dropped: bool) -> None:
    caption = "The mayor scored a late goal to steal the win for Harbour"
    cleaned, _ = build(HEADLINE, "", BODY[0], caption, second.format(caption), *BODY[1:])
    assert (caption not in [c.text for c in cleaned.lines]) is dropped


# UPDATE_CONTINUED: "and last updated <date>" under the posted line is the date line's second half, out of the text; a
# sentence opening "and updated" stays.
@pytest.mark.parametrize(
    ("line", "kept"), [("and last updated 2012-12-15 18:01:18-05", False), ("and updated the harbour list on Tuesday", True)]
)
def test_the_date_lines_second_half(line: str, kept: bool) -> None:
    cleaned, meta = build(HEADLINE, "", "Posted at 4:01 PM, Dec 15, 2012", line, "", *BODY)
    assert (line in [c.text for c in cleaned.lines if c.role in ("paragraph", "heading")]) is kept
    assert meta.date.value == "2012-12-15"


# PLACE_AND_COLON: a known place alone with its colon above a paragraph is its dateline, out of the text; a label with
# its colon stays.
@pytest.mark.parametrize(("line", "kept"), [("Beijing:", False), ("PUTRAJAYA:", False), ("Background:", True)])
def test_a_place_and_its_colon_above_the_paragraph(line: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, "", line, *BODY)
    assert (line in [c.text for c in cleaned.lines if c.role in ("paragraph", "heading")]) is kept


# NAME_THEN_DATE_ON_TOP: a person's name and a date alone above the headline is the byline and date line; a place and
# a date is a dateline, and such a line among the paragraphs (a picture's caption) names no author (under the headline:
# test_unseen45's NAME_DATE_THEN_UPDATE).
@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (("Jane Roe 11 September 2017", HEADLINE, "", *BODY), "Jane Roe"),
        (("Harare 11 September 2017", HEADLINE, "", *BODY), None),
        ((HEADLINE, "", BODY[0], "Jane Roe 11 September 2017", *BODY[1:]), None),
    ],
)
def test_a_name_and_a_date_above_the_text(lines: tuple[str, ...], author: str | None) -> None:
    _, meta = build(*lines)
    assert meta.author.value == author


# REPORTER_REPORTS_FROM: a broadcaster's hand-over line names the reporter and leaves the text; a sentence about who
# reports what stays.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Example TV’s Jane Roe reports from Beijing.", "Jane Roe"),
        ("Jane Roe reports.", "Jane Roe"),
        ("The harbour master reports that the new budget will pass on Tuesday.", None),
    ],
)
def test_a_broadcasters_hand_over_line_names_the_reporter(line: str, author: str | None) -> None:
    cleaned, meta = build(HEADLINE, "", BODY[0], line, *BODY[1:])
    assert meta.author.value == author
    assert (line in [c.text for c in cleaned.lines]) is (author is None)


# ON_YOUR_PHONE, CLICK_TO_SUBSCRIBE, JOIN_THE_CHANNEL: the site's own promos name it; a promo without a name, or one
# naming a platform's, names no outlet.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Get The Harbour Paper on your phone with the free app", "The Harbour Paper"),
        ("Did you enjoy this article? Click here to subscribe to Harbour Engineering Magazine.", "Harbour Engineering Magazine"),
        ("Súmate al canal de Examplevip", "Examplevip"),
        ("Get our news on your phone with the free app", None),
    ],
)
def test_the_sites_promos_name_it(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, line)
    assert meta.outlet.value == outlet


# SOURCE_THEN_DATE, VIA_IN_BRACKETS, SOURCE_DASH_ADDRESS: a source's name before its date, a blog's "[via Example]"
# and "Source - <address>" under the text name the wire; a "via" inside a sentence names none.
@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Source: The Harbour Guardian November 23, 2024 12:04 UTC", "The Harbour Guardian"),
        ("[via Harbourety]", "Harbourety"),
        ("Source - https://www.harbourexpress.com", "harbourexpress.com"),
        ("The budget went via the harbour committee to the council on Tuesday, the mayor said.", None),
    ],
)
def test_a_source_under_the_text_in_a_blogs_shapes(line: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, line)
    assert meta.wire.value == wire


# COUNTRY_AFTER_PLACE: a syndicated dateline with the country's code after the town names its agency; a town with a
# name in brackets, no date after, is no dateline.
@pytest.mark.parametrize(
    ("lead", "wire"),
    [
        ("Harbour City (US), Aug 22 (AP) Health officials say more than 30 cases were found in the town.", "AP"),
        ("Harbour City (Example), the health office said on Monday that 30 cases were found in the town.", None),
    ],
)
def test_a_datelines_country_code_after_the_town(lead: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", lead, *BODY)
    assert meta.wire.value == wire


# (PROMO_LABELS: "Articles les plus consultés", a French site's most-read box, goes with the headlines under it)
def test_a_french_most_read_box_goes() -> None:
    cleaned, _ = build(
        HEADLINE, "", *BODY, "Articles les plus consultés", "Le maire inaugure le pont", "La mairie vote le budget"
    )
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]


# NUMBERED_AD_SLOT and POSTED_IN_TAGGED: an ad slot's label with its number and a blog theme's "Posted in ... | Tagged"
# line go; a sentence opening "Posted in" stays.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Advertisement 2", False),
        ("Posted in Life at Example.com | Tagged , , ,", False),
        ("Posted in 2019, the video of the harbour was watched by more than a million people.", True),
    ],
)
def test_a_numbered_ad_slot_and_a_themes_category_line(line: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, "", BODY[0], line, *BODY[1:])
    assert (line in [c.text for c in cleaned.lines]) is kept


# Wrong fields seen on fresh unlabelled pages: an archive's age banner, a donation appeal and a weather box's
# condition and range as the headline; "Source: Release" as the wire; glued menu items, a player's "Now Playing" and
# "Homepage Featured News" as the outlet; a column's possessive name as the author. Each against its look-alike.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("This was published 11 years ago", HEADLINE),
        ("Make a sustaining gift today to support local journalism!", HEADLINE),
        ("Partly Cloudy. H 69° L 42°", HEADLINE),
        ("This was published in the harbour gazette", "This was published in the harbour gazette"),
    ],
)
def test_banners_appeals_and_weather_over_the_headline(first: str, title: str) -> None:
    _, meta = build(first, "", HEADLINE, "", *BODY)
    assert meta.title.value == title


@pytest.mark.parametrize(("line", "wire"), [("Source: Release", None), ("Source: Harbour Times", "Harbour Times")])
def test_a_release_as_source_names_no_wire(line: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, line)
    assert meta.wire.value == wire


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        (("ContributorsPublishersAdvertisers",), None),
        (("ExampleNewsToday",), "ExampleNewsToday"),
        (("Now Playing", "Example 102.1 FM", "Now Playing", "Example 102.1 FM"), "Example 102.1 FM"),
        (("Homepage Featured News",), None),
    ],
)
def test_menus_players_and_home_links_name_no_outlet(top: tuple[str, ...], outlet: str | None) -> None:
    _, meta = build(*top, "", HEADLINE, "", *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("credit", "author"),
    [("Superintendent’s Blog - February 14, 2023", None), ("By Jane O’Roe - February 14, 2023 10:00", "Jane O’Roe")],
)
def test_a_columns_possessive_name_is_no_author(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.author.value == author


# IMAGE_WITH_ITS_SIZE, "Direkt zum Inhalt wechseln": a thumbnail's name with its pixel size and a skip link go; a
# sentence with a size in it stays.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Harbour 318x200", False),
        ("Direkt zum Inhalt wechseln", False),
        ("The new screen in the harbour hall measures 1920x1080 and was installed on Tuesday, the mayor said.", True),
    ],
)
def test_a_thumbnails_name_and_a_skip_link_go(line: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, "", BODY[0], line, *BODY[1:])
    assert (line in [c.text for c in cleaned.lines]) is kept


# A German police station is no author ("Text: Polizeiinspektion Example"), its writer is ("Text: Jane Roe"); a name
# printed twice over "Posted on" is the writer's card, no masthead.
@pytest.mark.parametrize(("credit", "author"), [("Text: Polizeiinspektion Harbour", None), ("Text: Jane Roe", "Jane Roe")])
def test_a_police_station_credited_as_the_text(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, credit)
    assert meta.author.value == author


@pytest.mark.parametrize(("below", "outlet"), [("Posted on", None), ("Harbour Weekly Gazette", "Jane Roe Gazette")])
def test_a_name_twice_over_posted_on_is_a_writers_card(below: str, outlet: str | None) -> None:
    name = "Jane Roe" if outlet is None else "Jane Roe Gazette"
    _, meta = build("Example Community", name, name, below, HEADLINE, "", *BODY)
    assert meta.outlet.value == outlet


# PLACE_DASH_WIRE: "Harare - AFP" alone is a dispatch's credit, no headline; a place, a dash and words that name no
# agency may be one. DEMONSTRATIVE: "This Month" is no author.
@pytest.mark.parametrize(
    ("first", "title"),
    [("Harare - AFP", None), ("Harare - Budget passes after a long debate", "Harare - Budget passes after a long debate")],
)
def test_a_place_and_an_agency_alone_is_no_headline(first: str, title: str | None) -> None:
    _, meta = build(first, "", *BODY)
    assert meta.title.value == title


@pytest.mark.parametrize(("credit", "author"), [("This Month", None), ("Jane Month", "Jane Month")])
def test_a_columns_time_word_is_no_author(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.author.value == author
