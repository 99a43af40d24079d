"""Issue 17, fifty-eighth round: shapes the development corpus showed on pages from outlets not seen before (a dated
credit to the publication, a numbered station's staff, a station's call to stay with it), each with and without its
trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

HEADLINE = "Nurses Move To New Harbour Clinic"


def _goes_at_the_end(line: str) -> tuple[bool, str | None]:
    """Whether the line, printed under the article's last paragraph, is out of the cleaned text; and the outlet."""
    clean, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", line)
    return line not in [text.text for text in clean.body], meta.outlet.value


# PUBLICATION_AS_WRITER on a dated byline (archive.sources): "September 30, 2017 by The Example" credits the
# publication (no person's name opens with "The"); a desk, a role or an agency so credited names no outlet.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("September 30, 2017 by The Nation", "The Nation"),
        ("30 September 2017 by The Harbour Post", "The Harbour Post"),
        # without: a desk, an agency, a person
        ("September 30, 2017 by The Editors", None),
        ("September 30, 2017 by The Associated Press", None),
        ("September 30, 2017 by Jane Roe", None),
    ],
)
def test_a_dated_credit_to_the_publication_names_the_outlet(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.outlet.value == outlet
    assert meta.date.value == "2017-09-30"


# STAFF_OF_A_NUMBERED_STATION (archive.sources STAFF_CREDIT): "By Example News 13 Staff", a station's channel number
# among its name's words, credits the station's own staff.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("By KXYZ News 13 Staff", "KXYZ News 13"),
        ("By Harbour 7 News Staff", "Harbour 7 News"),
        # without: the name without its number, and a writer's name
        ("By Harbour News Staff", "Harbour News"),
        ("By Jane Roe", None),
    ],
)
def test_a_numbered_stations_staff_names_the_outlet(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.outlet.value == outlet


# STAY_WITH_THE_SITE (archive.rules CHANNEL_PROMO; the name: archive.sources SELF_PROMO): a station's call to stay with
# it, after its notice that the story is breaking, goes and names the outlet; STAY_TUNED_TO_THE_SITE (its quick look
# missed it: the call says no "our") too. A sentence asking someone to stay stays.
@pytest.mark.parametrize(
    ("line", "gone", "outlet"),
    [
        ("Stay with 12 News for the latest updates.", True, "12 News"),
        ("This is a breaking news story. Stay with 12 News for the latest updates.", True, "12 News"),
        ("Stay with KXYZ 42 as this is a developing story.", True, "KXYZ 42"),
        ("Stay tuned to Harbour TV for more.", True, "Harbour TV"),
        # without: a sentence of the article
        ("Stay with me for the night, she told the nurses as the clinic opened its doors.", False, None),
        ("Patients were told to stay with relatives for the latest two weeks of the move.", False, None),
    ],
)
def test_a_stations_call_to_stay_with_it(line: str, gone: bool, outlet: str | None) -> None:
    assert _goes_at_the_end(line) == (gone, outlet)


# LONG_CUT_PARAGRAPH (archive.rules EXCERPT_END): the article's last paragraph, one long sentence cut before its end with
# "…read more", right under the article's sentences, is the article's; a short teaser there still goes.
@pytest.mark.parametrize(
    ("last", "kept"),
    [
        (
            "Researchers at the harbour clinic examined these measures, along with the length of stay, in more than 1,300 "
            "patients using the board's own records and the national registry of deaths and the …read more",
            True,
        ),
        # without: a short teaser of another story
        ("Council names its new harbour master for the coming …read more", False),
    ],
)
def test_the_articles_last_paragraph_cut_with_read_more(last: str, kept: bool) -> None:
    clean, _ = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", last)
    assert (last in [text.text for text in clean.body]) is kept


# LIBRARY_AFTER_THE_NAME (archive.byline; archive.extract, archive.sources: a library's address too) and
# USER_SLASH_LIBRARY (archive.rules): a photographer's name, a spaced slash and the picture library's address credits a
# picture: no writer, no outlet; alone in the text, the line goes. A writer's paper after the slash is still the byline.
@pytest.mark.parametrize(
    ("credit", "author", "outlet"),
    [
        ("Mike Roe / Shutterstock.com", None, None),
        ("Mike Roe / iStock.com", None, None),
        ("Mike Roe/Getty Images", None, None),
        # without: a paper after the slash
        ("Mike Roe / Harbour Times", "Mike Roe", "Harbour Times"),
    ],
)
def test_a_photographers_credit_to_a_picture_library(credit: str, author: str | None, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert (meta.author.value, meta.outlet.value) == (author, outlet)


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("Jane Roe / Shutterstock.com", True),
        ("snow_dog / iStock.com", True),
        # without: the library's name inside a sentence
        ("The picture by Jane Roe / Shutterstock.com shows the harbour at dawn before the clinic opened.", False),
    ],
)
def test_a_picture_librarys_credit_between_paragraphs_goes(line: str, gone: bool) -> None:
    clean, _ = build(HEADLINE, "", "By Jane Roe", "", BODY[0], "", line, "", BODY[1], "", BODY[2])
    assert (line not in [text.text for text in clean.body]) is gone


# FIELD_AND_VALUE_ITEM (archive.rules nav_bullet_runs): bulleted items naming a field and its value, under the article's
# last sentence, are the article's list of facts; short bulleted links there are still a menu.
@pytest.mark.parametrize(
    ("items", "kept"),
    [
        (("• Beds: 12", "• Nurses: 30", "• Opened: May 4"), True),
        (("• Earnings per share: $16.40", "• Quarter ended: Sept. 30"), True),
        # without: a menu's links
        (("• Home", "• Weather", "• Sport"), False),
    ],
)
def test_a_list_of_fields_and_values_under_the_text_stays(items: tuple[str, ...], kept: bool) -> None:
    clean, _ = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", *items)
    body = [text.text for text in clean.body]
    assert all((item.removeprefix("• ") in body) is kept for item in items)


# The reader's furniture the corpus showed kept, each rule with a sentence of an article that shares its words:
# TAP_TO_INSTALL (APP_OR_FOLLOW_PROMO), NONPROFIT_RELIES_ON_YOU (DONATION_PHRASE), AT_THE_LINK_BELOW (CLICK_HERE),
# SIGN_UP_TERMS (CONSENT_NOTICE), the comment box's and the photo box's labels (COMMENT_LABELS, NAV_LABELS),
# GALLERY_SLOT (STORY_CONTINUES), BRACKETED_PLACEHOLDERS, DELIVERED_EVERY_MORNING, SUBSCRIBE_TODAY_AT_THE_END,
# PODCAST_CALL (SOCIAL_PROMO_LINE), COURTESY_OF_THE_LIBRARY (PHOTO_LIBRARY_TAIL).
@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("Tap to install our app.", True),
        ("Support Harbour-News by becoming our patron! Your help keeps us thriving. Thank you!", True),
        ("As a nonprofit, we rely on your donations to keep operating and trying new things.", True),
        ("If you value our work, please consider a gift today.", True),
        ("Read more about the latest findings at the link below.", True),
        ("By subscribing, you agree to Example's terms of service and privacy policy.", True),
        ("By providing your information, you agree to our Terms of Use and our Privacy Policy.", True),
        ("Comments: Be the first to add a comment", True),
        ("add a comment | go to forum thread", True),
        ("Enlarge Image Request to buy this photo", True),
        ("Story continues after gallery.", True),
        ("[[title]] [[text]] An error occurred. Please try again. [[success]] Email address Sign up", True),
        ("Get top local stories in Harbour delivered to you every morning.", True),
        ("Catch up on the latest news and stories on the Harbour 12 YouTube channel. Subscribe today.", True),
        ("Download recent arts stories or subscribe to the Harbour Arts Podcast", True),
        ("Battery research. Image used courtesy of Adobe Stock", True),
        # without: the article's sentences with the same words
        ("Nurses were told to install the new app on their phones before the first shift began.", False),
        ("The board said it relies on donations from the harbour's shipping firms to keep the wards open.", False),
        ("The findings were published in the journal below the fold of the board's annual report.", False),
        ("By signing up for the scheme, the nurses agreed to stay for at least two years.", False),
        ("The story of the clinic continues after the gallery of the old harbour opened its doors.", False),
        ("Patients get top care from the nurses, the board said, with meals delivered every morning.", False),
        ("The clinic's podcast, which nurses record on Fridays, has a thousand listeners.", False),
    ],
)
def test_the_readers_furniture_goes(line: str, gone: bool) -> None:
    assert _goes_between_paragraphs(line) is gone


# GLUED_TRAIL_END and NAMED_UNDER_THE_HEAD (archive.clean): a crumb trail run into the headline ("HomeHarbour
# NewsNurses Move ...") names it; under another story's headline and teaser at the top, the named line is the title
# and the other headline goes. Without the trail, the first headline stays the title.
@pytest.mark.parametrize(
    ("trail", "title"),
    [
        ("HomeHarbour NewsNurses Move To New Harbour Clinic", HEADLINE),
        # without: no trail naming the headline
        ("Harbour News", "Council names new harbour master for the port"),
    ],
)
def test_a_trail_run_into_the_headline_names_it_under_a_promo(trail: str, title: str) -> None:
    promo = "Council names new harbour master for the port"
    teaser = "The council named a new harbour master on Monday after a long search across the country, officials said."
    _, meta = build(promo, "", teaser, "", trail, "", HEADLINE, "", *BODY)
    assert meta.title.value == title


# ORGANISATION_NAME_NOT_HEADLINE (archive.clean, CREDITED_LINE_BELOW and _headline_over_its_credit): an organisation's
# name alone over the date line (a caption's credit) does not take the title from the headline above it.
@pytest.mark.parametrize(
    ("over_the_date", "title"),
    [
        ("Harbour County Health Department", "Flu cases on the rise, health officials warn"),
        ("Harbour Ministry of Health", "Flu cases on the rise, health officials warn"),
        # without: a headline in title case over its date line, under another line and a picture's caption
        ("Harbour Clinic Sees Flu Cases Double", "Harbour Clinic Sees Flu Cases Double"),
    ],
)
def test_an_organisations_name_over_the_date_line_is_no_headline(over_the_date: str, title: str) -> None:
    caption = "Harbour County Health Department nurse Jane Roe gives a flu vaccine to a patient at the clinic."
    lead = "Local hospitals are seeing more cases of flu-like illness in their wards, the county health department said."
    more = "The county health department said the number of flu cases had doubled in a week, with more expected."
    top = "Flu cases on the rise, health officials warn"
    dated = "Published: Tuesday, January 8, 2013 at 6:51 p.m."
    _, meta = build(top, "", caption, "", over_the_date, dated, "", lead, "", more, "", *BODY)
    assert meta.title.value == title


# PROGRAM_AIRED (archive.metaline LABEL_RE): a broadcaster's note under its piece, "This program aired on February 1,
# 2012.", labels the page's date; a sentence about another airing does not.
@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("This program aired on February 1, 2012.", "2012-02-01"),
        ("This segment was first broadcast on 1 February 2012", "2012-02-01"),
        # without: the article's sentence about a programme
        ("The council's programme aired on February 1, 2012, to little notice from the harbour's people.", None),
    ],
)
def test_a_broadcasters_aired_note_dates_the_page(note: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", note)
    assert meta.date.value == date


# WIRE_BEFORE_THE_DATELINE (archive.metaline parse_lead): the agency's mark before the place and the date ("(ANSA) –
# BEIJING, June 16 – ..."): the month and day are the dateline's, the mark the wire; the mark alone dates nothing.
@pytest.mark.parametrize(
    ("opening", "partial"),
    [
        ("(ANSA) – BEIJING, June 16 – ", "--06-16"),
        ("(ANSA) - HARBOUR, June 16 - ", "--06-16"),
        ("BEIJING, June 16 (ANSA) – ", "--06-16"),  # (the usual order, as it was)
        # without: no dateline after the mark
        ("(ANSA) – ", None),
    ],
)
def test_an_agencys_mark_before_the_dateline(opening: str, partial: str | None) -> None:
    _, meta = build(HEADLINE, "", opening + BODY[0], "", *BODY[1:])
    assert (dict(meta.date.extra).get("partial"), meta.wire.value) == (partial, "ANSA")


# Furniture of any site, probed on invented lines: REPRINT_APPEARED (SOURCE_LINE), MEDIA_NOT_SUPPORTED
# (browser_advice), the feedback, cookie, comment and jump boxes' labels, WRITER_CONTACT (newsroom_contact); each with
# a sentence of an article that shares its words.
@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("This article originally appeared on Harbour Health News.", True),
        ("Audio is not supported on your browser. Please upgrade.", True),
        ("Your browser does not support the audio element.", True),
        ("Did you find this article useful?", True),
        ("Accept all cookies", True),
        ("Share your thoughts in the comments below.", True),
        ("Show more comments", True),
        ("Jump to", True),
        ("Contact the author at jane.roe@example.com", True),
        ("Email Jane Roe at jane@example.com", True),
        ("Jane Roe can be reached at jane@example.com or on Twitter @janeroe.", True),
        # without
        ("The clinic's plan originally appeared in the board's report on the harbour last spring.", False),
        ("The old ward's browser did not support the board's new booking system, nurses said.", False),
        ("Nurses can be reached by phone at the clinic from Monday, the board said in a statement.", False),
        ("Patients were asked to email the board at its new address with their questions.", False),
    ],
)
def test_furniture_of_any_site_goes(line: str, gone: bool) -> None:
    assert _goes_between_paragraphs(line) is gone


# REPRINT_APPEARED and REPRINT_APPEARED_FOREIGN (archive.rules SOURCE_LINE; the name: archive.sources
# FIRST_PUBLISHED_BY): a reprint's note that the article first appeared elsewhere goes and names the wire; an
# article's sentence of the same words names none.
@pytest.mark.parametrize(
    ("note", "wire"),
    [
        ("This article originally appeared on Harbour Health News.", "Harbour Health News"),
        ("Dieser Artikel erschien zuerst bei Hafen Zeitung.", "Hafen Zeitung"),
        ("Dit artikel verscheen eerder op Haven Nieuws.", "Haven Nieuws"),
        ("Cet article a été publié initialement sur Le Port.", "Le Port"),
        ("Este artículo fue publicado originalmente en El Puerto.", "El Puerto"),
        # without: a sentence of the article
        ("The plan for the clinic first appeared in a report the board wrote last spring.", None),
    ],
)
def test_a_reprints_note_names_the_wire(note: str, wire: str | None) -> None:
    clean, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", note)
    assert (note not in [text.text for text in clean.body], meta.wire.value) == (wire is not None, wire)


# A blog platform's furniture (archive.rules): its bar and follow box (NAV_LABELS), WRITERS_ARCHIVE_LINK
# (TAG_PAGE_LINE), "Tagged:" (TAG_LEAD) and a front page's sections after "Posted in" (PUBLISHED_IN_SECTION); each with
# an article's sentence of the same words.
@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("Reblog", True),
        ("Already have a WordPress.com account? Log in now.", True),
        ("View site in Reader", True),
        ("Collapse this bar", True),
        ("View all posts by Jane Roe", True),
        ("Latest posts by Jane Roe (see all)", True),
        ("More by this author", True),
        ("Tagged: harbour, clinic", True),
        ("Posted in Health", True),
        # without
        ("The nurses posted in health forums for weeks before the board listened to them.", False),
        ("The board tagged the new beds for the nurses of the harbour ward on Monday.", False),
    ],
)
def test_a_blog_platforms_furniture_goes(line: str, gone: bool) -> None:
    assert _goes_between_paragraphs(line) is gone


# The same furniture in other languages (archive.rules): PREVIOUS_OR_NEXT_LOWER, FOREIGN_COMMENT_AND_LOGIN_BOX,
# KOREAN_TEXT_SIZE_BOX, the related topics' label (TAG_LEAD) and the read-on, tip and player labels (NAV_LABELS); each
# with a sentence of the same words.
@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("Previous post Attaque d’un convoi sur l’axe Bamako-Kayes : deux véhicules endommagés", True),
        ("Next post Opération Ramadan : plus de 4.216 colis alimentaires", True),
        ("Asegúrate de llenar la información requerida marcada con (*). No está permitido el Código HTML.", True),
        ("Для того щоб залишити коментар необхідно", True),
        ("Vos codes d'accès sont erronés, Veuillez les saisir à nouveau. Mot de passe oublié ?", True),
        ("글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.", True),
        ("Temas Relacionados: Canciller Embajada Estados Unidos Política", True),
        ("Pokračovat na celý článek", True),
        ("Mirá también", True),
        ("Vet du något mer om denna händelse?", True),
        # without
        ("Next post Office branch to close is the one on the harbour front, the board said.", False),
        ("Los temas relacionados con el puerto ocuparon la sesión del consejo durante horas.", False),
    ],
)
def test_furniture_in_other_languages_goes(line: str, gone: bool) -> None:
    assert _goes_between_paragraphs(line) is gone


# ROLE_BEFORE_NAME (archive.byline; archive.extract reads it in a credit's names and a sign-off) and NAME_TWICE: the
# writer's job before the name is no part of it, a credit printed twice names one writer.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("By Chief Meteorologist Jane Roe", "Jane Roe"),
        ("Anchor Jane Roe", "Jane Roe"),
        ("Jane Roe (Yonhap) Jane Roe (Yonhap)", "Jane Roe"),
        # without: the name alone, two writers
        ("By Jane Roe", "Jane Roe"),
        ("By Jane Roe and John Doe", "Jane Roe and John Doe"),
    ],
)
def test_a_writers_job_before_the_name_and_a_credit_printed_twice(credit: str, author: str) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.author.value == author


@pytest.mark.parametrize(
    ("signoff", "author"),
    [
        ("-Meteorologist Jane Roe", "Jane Roe"),
        ("-Jane Roe", "Jane Roe"),  # without: the name alone
    ],
)
def test_a_sign_off_with_the_writers_job(signoff: str, author: str) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", signoff)
    assert meta.author.value == author


# ORIGINAL_ARTICLE_LINK (archive.sources GENERIC_WIRE_CREDITS): "Source: Original Article" links to the copy's source
# without naming it: no wire; a source line naming one still does.
@pytest.mark.parametrize(
    ("source", "wire"),
    [("Source: Original Article", None), ("Source: Reuters", "Reuters")],
)
def test_a_link_to_the_original_article_names_no_wire(source: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", source)
    assert meta.wire.value == wire


# HEADLINE_BEFORE_THE_SITE (archive.rules breadcrumb; archive.clean's BREADCRUMB_ARROW): a page title, the headline in
# sentence case and the site's name after an arrow, is the title (the site off it); a trail to the story is not.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Council approves harbour budget » Harbour Blog", "Council approves harbour budget"),
        # without: trails of sections
        ("Arts and culture » Harbour Blog", None),
        ("Home » Local news", None),
    ],
)
def test_a_headline_before_the_sites_name_after_an_arrow(line: str, title: str | None) -> None:
    _, meta = build(line, "", "By Jane Roe", "", *BODY)
    assert meta.title.value == title


# Date lines probed on invented shapes: a byline, its role, the reading time and the date between bars is no artwork's
# caption (archive.rules ARTIST_TITLE_YEAR: no bar in a work's title, MONTH_DAY_BEFORE_THE_YEAR); SITE_AFTER_THE_CLOCK
# (archive.metaline): the site's name after the date's clock and a slash.
@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Jane Roe, Staff Writer | 2 min read | May 3, 2021", "Jane Roe", "2021-05-03"),
        ("Jane Roe, Staff Writer, May 3, 2021", "Jane Roe", "2021-05-03"),
        ("Updated: May 3, 2021 / 10:15 AM EDT / KXYZ News", None, "2021-05-03"),
        ("Updated: May 3, 2021 / 10:15 AM EDT / Harbour News", None, "2021-05-03"),
        # without: an artwork's caption, its artist, title and year
        ("Jane Roe, Harbour at Dawn, 1892.", None, None),
    ],
)
def test_date_lines_of_common_shapes(line: str, author: str | None, date: str | None) -> None:
    clean, meta = build(HEADLINE, "", line, "", *BODY)
    assert (meta.author.value, meta.date.value) == (author, date)
    assert line not in [text.text for text in clean.body]


# GLUED_PROFILE_BUTTON (archive.byline GLUED_CREDIT_TAIL): the writer's card's button run into the name ("Jane
# RoeFollow") is no part of it; a name in capitals is still the name.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("By Jane RoeFollow", "Jane Roe"),
        ("By Jane RoeEmail", "Jane Roe"),
        # without: no button
        ("By Jane Roe", "Jane Roe"),
        ("By Jane McDONALD", "Jane McDONALD"),
    ],
)
def test_a_profile_button_glued_to_the_name(credit: str, author: str) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.author.value == author


# The article's tools and a sponsor's label, probed on invented lines (archive.rules): the save, gift, audio, language
# and alert buttons (NAV_LABELS), AI_WRITTEN_NOTICE (AI_SUMMARY_NOTICE), SPONSOR_ALONE (sponsor_label); each with a
# sentence of the same words.
@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("Gift this article", True),
        ("Save for later", True),
        ("Play audio", True),
        ("Select language", True),
        ("Scroll to continue", True),
        ("This article was generated with the help of AI and reviewed by an editor.", True),
        ("Presented by Harbour Bank", True),
        ("This content is sponsored by Harbour Bank.", True),
        # without
        ("The new wing was supported by Harbour Bank and two of the shipping firms, the board said.", False),
        ("Nurses said they would save for later the beds the board had promised them.", False),
        ("The board's report was written with the help of nurses from the old ward.", False),
    ],
)
def test_the_articles_tools_and_a_sponsors_label_go(line: str, gone: bool) -> None:
    assert _goes_between_paragraphs(line) is gone
