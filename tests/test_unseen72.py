"""Issue 17, seventy-second round: shapes the last round's blind set (opened as development pages) and a new development
set showed on pages from outlets not seen before (a picture's credit echoed after its brackets or in capitals after the
caption's last word, a name over its caption, a sub-heading of common words, a headline ending on a year's
abbreviation, the headline printed most as it is, the site's account in the comment box, notices on liability and on
comments elsewhere), each with and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build
from test_unseen56 import BODY, _spaced
from test_unseen70 import _kept

from archive import rules
from archive.clean import _not_a_headline

HEADLINE = "Nurses Move To New Harbour Clinic"


# Line rules: CREDIT_ECHOED_AFTER_BRACKETS, ARCHIVE_FILE_WORD (PHOTOGRAPHER_SLASH_AGENCY), AGENCY_IN_CAPITALS_LAST
# (captions), LIABILITY_NOTICE (disclaimer), COMMENTS_ELSEWHERE (COMMENT_RULES_NOTICE).
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Smoke billows into the sky, Friday, Aug. 3, 2018, in Harbour, Calif. (Jane Roe /The Harbour Daily via AP) Jane Roe AP",
            rules.CAPTION,
        ),
        ("The chief executive is interviewed on the floor of the exchange on Nov. 19, 2015.Jane Roe / AP file", rules.CAPTION),
        ("Example's Jane Roe celebrates winning her match against Harbour's Mary Poe REUTERS", rules.CAPTION),
        (
            "Example Media or anyone involved with Example Media will not accept any liability for loss or damage as a result "
            "of reliance on the information including data, quotes, charts and buy/sell signals contained within this website.",
            rules.DISCLAIMER,
        ),
        ("To comment on this story, please visit our crime and courts comments page.", rules.COMMENT_WIDGET),
        # without: words after the brackets that are not the credit's, a file that is no agency's, the agency as the
        # sentence's object, a refusal the text reports, a comment the text reports
        ("The mayor spoke to the crowd on the steps of the hall (Jane Roe /The Harbour Daily via AP) Jane Doe", None),
        ("The report is on file with the court clerk and the court. Jane Roe filed it / AP file", None),
        ("The minister gave the exclusive interview to REUTERS", None),
        ("The insurer said it would pay, but the council will not accept any blame for the flooding.", None),
        ("To comment on this story, the mayor said, would be premature.", None),
    ],
)
def test_line_rules_first_batch(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# NAME_WORD_IN_SMALL_LETTERS (archive.rules subjects_names): a short line between paragraphs whose word the text writes in
# small letters is a sub-heading, no portrait's caption.
def test_a_sub_heading_of_common_words_between_paragraphs() -> None:
    lead = "The president of Harbour headed to Example City on Wednesday for a key three-day visit including a parade."
    second = "The two sides declared a partnership weeks before the war began in February, officials said on Monday."
    below = "The president will address the grandest ever annual Victory Day parade in Example City on Friday this week."
    last = "Officials said the parade would be the largest in the history of the city, and the streets would close."
    kept = _kept(HEADLINE, "", *_spaced(lead, second, "Victory Day", below, last))
    assert "Victory Day" in kept
    # without: a person's name, named in the paragraph below, is the portrait's caption
    below = "Former councillor Jane Roe will address the grandest ever annual parade in Example City on Friday this week."
    kept = _kept(HEADLINE, "", *_spaced(lead, second, "Jane Roe", below, last))
    assert "Jane Roe" not in kept


# NAME_OVER_ITS_CAPTION (archive.rules caption_neighbours): a name right over a caption naming that person is the
# picture's title, no byline.
def test_a_name_over_its_caption_is_no_byline() -> None:
    caption = "Example CEO Jane Roe is interviewed on the floor of the exchange on Nov. 19, 2015. John Doe / AP"
    _, meta = build(HEADLINE, "", "Jane Roe", caption, "", *_spaced(*BODY))
    assert meta.author.value is None
    # without: the caption names someone else, and the name over it is the writer's
    caption = "Example CEO Mary Poe is interviewed on the floor of the exchange on Nov. 19, 2015. John Doe / AP"
    _, meta = build(HEADLINE, "", "Jane Roe", caption, "", *_spaced(*BODY))
    assert meta.author.value == "Jane Roe"


# YEAR_ABBREVIATED_LAST (archive.clean ABBREVIATION_END): a headline printed twice ending on a year and its abbreviated
# word is the headline, no picture's sentence and its caption.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Pierwsza debata radnych nad projektem budżetu na 2021 r.", "Pierwsza debata radnych nad projektem budżetu na 2021 r."),
        # without: a sentence printed twice on top is a picture's text and caption
        ("Radni debatowali w poniedziałek nad projektem budżetu.", None),
    ],
)
def test_a_headline_ending_on_a_years_abbreviation(line: str, title: str | None) -> None:
    lead = (
        "W dniu 4 stycznia odbyło się połączone posiedzenie komisji rewizyjnej i budżetu, podczas którego radni "
        "rozpoczęli dyskusję nad projektem."
    )
    second = "Radni mieli kilka pytań do projektu dotyczących konkretnych zagadnień, a skarbnik odpowiadał na każde z nich."
    _, meta = build(line, "", line, "", *_spaced(lead, second))
    assert meta.title.value == title


# PRINTED_MOST_AS_IS (archive.extract TITLE_PRINTED_PUNCTUATED): the bare headline printed twice wins over one
# punctuated printing; one of each, the punctuated printing wins.
@pytest.mark.parametrize(
    ("copies", "title"),
    [
        (2, "Scientists name 133 new species in 2016"),
        # without: the bare printing once
        (1, "Scientists name 133 new species in ‘2016’"),
    ],
)
def test_the_headline_printed_most_as_it_is(copies: int, title: str) -> None:
    bare = "Scientists name 133 new species in 2016"
    lead = "Every year, researchers discover thousands of new species, and the academy in Example City has added more this year."
    second = "The new species include one bee fly, 43 ants, 36 beetles, one sand wasp, four spiders and six plants, it said."
    _, meta = build(*_spaced(*[bare] * copies), "Scientists name 133 new species in ‘2016’", "", *_spaced(lead, second))
    assert meta.title.value == title


# YOUR_ACCOUNT_ON_THE_SITE (archive.sources SELF_NAMED): the comment box's login call names the site's account.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("You must be logged in to your Harbour Daily account to comment on this article.", "Harbour Daily"),
        ("Vous devez être connecté à votre compte HDX pour pouvoir commenter cet article.", "HDX"),
        # without: a platform's account, or none named
        ("Sign in to your Google account to comment", None),
        ("Log in to your account to comment", None),
    ],
)
def test_the_sites_account_in_the_comment_box(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *_spaced(*BODY), line)
    assert meta.outlet.value == outlet


# COMMENT_FORM_LABELS (archive.rules after_the_article): Blogger's comment form in Portuguese ends the article; the
# blog's notes to commenters under it go.
def test_a_blogs_comment_form_in_portuguese() -> None:
    notes = ["Postar um comentário", "", "Assim que o ler, publicarei e o responderei.", "Volte para saber a resposta."]
    assert _kept(HEADLINE, "", *_spaced(*BODY), *notes) == [HEADLINE, *BODY]
    # without: the form's label, the notes stay as sentences of the text
    assert _kept(HEADLINE, "", *_spaced(*BODY), *notes[2:]) == [HEADLINE, *BODY, *notes[2:]]


# WATCH_IN_CAPITALS_ABROAD (archive.rules READ_MORE_CAPS): the French, Italian and Portuguese "WATCH" in capitals, its
# stop or colon after it, leads in to a video's title.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("REGARDER. En novembre, le président a déclaré que le pays était prêt à devenir l’ami du port", rules.READ_MORE),
        ("GUARDA: il video del sindaco al nuovo ospedale", rules.READ_MORE),
        # without: the word in a sentence, no stop or colon after it
        ("REGARDER la vidéo du président en novembre", None),
    ],
)
def test_watch_in_capitals_abroad(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# Outlets (archive.sources SELF_NAMED): MORE_FROM_OVER_A_HEADLINE, ADVERTISEMENT_GLUED, FOLLOW_THE_CHANNEL_NAMED.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("More From Harbourfile: Example to send swimming robots into space", "Harbourfile"),
        ("AdvertisementAdvertise with HBME.", "HBME"),
        ("Follow WhatsApp Channel Harbourzone untuk update berita terbaru setiap hari", "Harbourzone"),
        # without: a section's box, a channel with no name
        ("More from Opinion: Why the clinic matters", None),
        ("Follow WhatsApp Channel for updates", None),
    ],
)
def test_outlets_named_under_the_text(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *_spaced(*BODY), line)
    assert meta.outlet.value == outlet


# Line rules, second batch: PICTURED_ON_A_DATE (captions), VIEW_THE_SLIDESHOW (POSITION_IN_A_SERIES), ENLARGE_THEN_CREDIT,
# LINK_ARROWS three times.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("A street sign for Harbour Street hangs in front of the Example Stock Exchange May 8, 2013.", rules.CAPTION),
        (
            "The Harbour State Capitol is seen in a thunderstorm on April 21, 2023 in Harbour, Texas. Thunderstorms are "
            "expected over the weekend.",
            rules.CAPTION,
        ),
        ("View Slideshow 1 of 2", rules.COUNTER),
        ("click to enlarge Provided", rules.CAPTION),
        (">>>Harbour Clinic: Live Blog", rules.READ_MORE),
        # without: a figure of speech ("is seen as"), a past tense, a slideshow's words with no position, the control
        # alone, two arrows inside a sentence
        ("Jane Roe, who is seen as a rising star, was elected on May 8, 2013.", None),
        ("The clinic opened in front of the Example Stock Exchange on May 8, 2013.", None),
        ("View slideshow of the storm", None),
        ("The temperature rose from 10 >>> 20 degrees overnight, the forecasters said.", None),
    ],
)
def test_line_rules_second_batch(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# GALLERY_POSITION_TRIPLE and THUMBNAIL_COPY (archive.rules): a gallery's position, a caption and its photographer's
# credit, the caption printed over the position too: captions and credit go, and the credit names no wire.
def test_a_gallerys_position_caption_and_credit() -> None:
    caption = "Residents seek shelter inside the Example Coliseum in Harbour early on Wednesday as the storm passes."
    gallery = [f"• {caption}", "View Slideshow 1 of 2", caption, "John Doe / AP", ""]
    clean, meta = build(HEADLINE, "", *gallery, *_spaced(*BODY))
    assert ([line.text for line in clean.lines], meta.wire.value) == ([HEADLINE, *BODY], None)
    # without: the credit under it, the line under the position stays (a paragraph)
    clean, meta = build(HEADLINE, "", "View Slideshow 1 of 2", caption, "", *_spaced(*BODY))
    assert [line.text for line in clean.lines] == [HEADLINE, caption, *BODY]


# SOURCE_IS_A_DATE (archive.sources): "Originally published on <date>" names no wire.
@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Originally published on September 20, 2017 9:12 am", None),
        # without: a name after it is the copy's source
        ("Originally published on Example Daily", "Example Daily"),
    ],
)
def test_originally_published_on_a_date(line: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", *_spaced(*BODY), line)
    assert meta.wire.value == wire


# IMAGE_ROW_CAPTION (archive.rules): an empty image closed by a bar, and its caption closed by the bar under it.
def test_a_caption_in_an_image_row() -> None:
    assert _kept(HEADLINE, "", "![]() |", "Players greet the fans before the match |", *_spaced(*BODY)) == [HEADLINE, *BODY]
    # without: no image over it, the line stays
    kept = _kept(HEADLINE, "", "Players greet the fans before the match |", *_spaced(*BODY))
    assert "Players greet the fans before the match |" in kept


# SCORE_BOX_LINE (archive.clean _not_a_headline): two teams and their goals without a dash are a score box, no headline.
@pytest.mark.parametrize(
    ("line", "not_a_headline"),
    [
        ("Harbour 0 0 Example United", True),
        # without: the score with its dash is a headline's
        ("Harbour 0-0 Example United", False),
    ],
)
def test_a_score_box_line(line: str, not_a_headline: bool) -> None:
    assert _not_a_headline(line) is not_a_headline


# BARRED_LIBRARY_CREDIT (archive.rules): a photographer, an agency and a photo library between bars credit a picture:
# no wire, no crumb trail.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Jane Roe | EXA | Getty Images", rules.CAPTION_CREDIT),
        ("Jane Roe | Getty Images", rules.CAPTION_CREDIT),
        # without: a section's trail ending so is a trail
        ("Home | World | Getty Images", rules.BREADCRUMB),
    ],
)
def test_a_credit_between_bars_ending_with_a_photo_library(line: str, rule: str) -> None:
    assert rules.line_rule(line) == rule


def test_a_barred_library_credit_names_no_wire() -> None:
    _, meta = build(HEADLINE, "", "Jane Roe | Reuters | Getty Images", "", *_spaced(*BODY))
    assert meta.wire.value is None


# NAMED_SUBJECT_POSES (archive.rules caption_neighbours): next to a photo's credit, a line naming someone and their pose
# in the present tense is the caption.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Example President Jane Roe sits in her office during a video call with Harbour's premier.", False),
        # without: the past tense, the article's
        ("Example President Jane Roe sat in her office during a video call with Harbour's premier.", True),
    ],
)
def test_a_named_subjects_pose_over_a_credit(line: str, kept: bool) -> None:
    assert (line in _kept(HEADLINE, "", line, "Jane Roe | EXA | Getty Images", "", *_spaced(*BODY))) is kept


# HEADLINE_GLUED_AFTER_A_CAPTION (archive.clean _choose_title): a line ending with the headline printed above it is a
# caption run into the headline; the bare line is the title.
def test_a_headline_glued_after_a_caption() -> None:
    bare = "Weather service confirms tornado in Harbour County from the storms"
    glued = f"Using a chair as a rain coat at the Example Festival on Friday {bare}"
    lines = ["Thursday, 13 December, 2018", "", bare, "", glued, "Jane Roe | 17 April, 2018, 01:23", "", *_spaced(*BODY)]
    clean, meta = build(*lines)
    assert (meta.title.value, glued in [line.text for line in clean.lines]) == (bare, False)
    # without: a shorter line under the headline, a place it names, is no headline printed again
    lead = "An outbreak of a rare virus has struck a ward of the North District Hospital, the hospital authority said."
    second = "The patients are isolated and in stable condition, and the authority is closely monitoring the outbreak."
    lines = ["Outbreak of Rare Virus Hits North District Hospital", "", "North District Hospital", "", *_spaced(lead, second)]
    _, meta = build(*lines)
    assert meta.title.value == "Outbreak of Rare Virus Hits North District Hospital"


# Line rules, fourth batch: PRINT_EDITION_REST in Italian (paywall), CREDITS_FOTO (PICTURE_SOURCE_LABEL), PORTUGUESE_FOLLOW.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("L'articolo completo nell'edizione del Giornale di Example di oggi.", rules.PAYWALL),
        ("Credits foto: Example", rules.CAPTION_CREDIT),
        ("SIGA O EXA NO", rules.SOCIAL_PROMO),
        ("Siga o Example no Instagram", rules.SOCIAL_PROMO),
        # without: the words in a sentence of the text
        ("L'articolo del sindaco è stato pubblicato nell'edizione di ieri.", None),
        ("Credits for the film go to Jane Roe", None),
        ("Siga o dinheiro no banco central", None),
    ],
)
def test_line_rules_fourth_batch(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# Outlets (archive.sources): ITALIAN_TODAYS_EDITION (SELF_NAMED's print edition), PORTUGUESE_FOLLOW (FOLLOW_NAMED).
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("L'articolo completo nell'edizione del Giornale di Example di oggi.", "Giornale di Example"),
        ("SIGA O EXA NO", "EXA"),
        # without: no name after the words
        ("Siga o dinheiro no", None),
    ],
)
def test_outlets_named_in_italian_and_portuguese(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *_spaced(*BODY), line)
    assert meta.outlet.value == outlet


# LIST_WORD_THEN_COLON and BULLETED_ITEM_STOPS (archive.rules announced_items): a short line naming a list and ending
# with its colon announces the list under it, its sub-headings and bulleted items whatever their stops: no related links.
def test_a_list_announced_by_its_line_stays() -> None:
    items = [
        "• Example Metals : 680 job cuts at the harbour plant (450 contracts not renewed)",
        "• Harbour Steel : plan for 1,400 voluntary departures this year",
        "• Sample Motors : closure of the plant at Harbour (400 workers).",
        "Car makers",
        "• Example Cars : plan for 4,400 voluntary departures and 900 cuts",
        "• Sample Tyres : plan to cut 1,093 jobs at the harbour works",
        "• Harbour Parts : plan to cut 820 jobs over two years",
    ]
    lines = [HEADLINE, "", *_spaced(*BODY), "Here is a first, incomplete list:", "", *items]
    assert _kept(*lines) == [HEADLINE, *BODY, "Here is a first, incomplete list:", *[item.lstrip("• ") for item in items]]
    # without: no line announcing them, bulleted headlines with topics are links to other stories
    kept = _kept(HEADLINE, "", *_spaced(*BODY), *items[4:])
    assert kept == [HEADLINE, *BODY]


# HERE_ARE_THE_RESULTS (archive.rules announces_a_list): "Here are the ... results" announces the table under the last
# paragraph: its rows stay though the comment box follows.
def test_results_announced_under_the_last_paragraph() -> None:
    rows = ["Candidate Count Percentage", "JANE ROE 3,408 52.9%", "Total Registered Voters 25,281", "Vote by mail 353"]
    announce = "Here are the most up-to-date unofficial election night results for the 7th District council seat."
    kept = _kept(HEADLINE, "", *_spaced(*BODY), announce, "", *rows, "", "Comments are closed.")
    assert kept == [HEADLINE, *BODY, announce, *rows]
    # without: the announcing sentence, the rows under the last paragraph go with the comment box
    kept = _kept(HEADLINE, "", *_spaced(*BODY), *rows, "", "Comments are closed.")
    assert (rows[0] in kept, rows[2] in kept) == (False, False)


# Section labels "News in brief" abroad (SECTION_LABELS): "L'actualité en bref", "Kurz notiert", "In breve".
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("L'actualité en bref", rules.SECTION_LABEL),
        ("Kurz notiert", rules.SECTION_LABEL),
        ("In breve", rules.SECTION_LABEL),
        # without: the words in a sentence
        ("En bref, le conseil a voté le budget lundi soir.", None),
    ],
)
def test_news_in_brief_abroad(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# PLACE_COLON_LEAD (archive.clean _not_a_headline): a place in capitals and a colon opening a long line is the lead.
@pytest.mark.parametrize(
    ("line", "not_a_headline"),
    [
        ("HARBOUR: A magnitude 5.7 earthquake struck on Friday off the coast of the northern harbour in the Pacific", True),
        # without: a kicker's short headline, or a flag's long one
        ("HARBOUR: Earthquake strikes off the coast", False),
        ("EN VIVO: Sigue minuto a minuto la conferencia matutina de la presidenta del puerto HOY 30 de enero", False),
    ],
)
def test_a_place_in_capitals_opening_the_lead(line: str, not_a_headline: bool) -> None:
    assert _not_a_headline(line) is not_a_headline


# CUT_UNDER_THE_TEXT (archive.rules after_the_article): right under the last paragraph, prose cut by an ellipsis after
# its last word is the excerpt's last paragraph, over its link to the original.
def test_an_excerpts_cut_paragraph_over_its_link() -> None:
    unfinished = "An announcement was made on Friday, detailing the trial had been ended after several participants returned"
    cut = "One of the project's main researchers, Professor Jane Roe, said the…"
    tail = ["", "Click here to view the original article.", "", "Continue Reading", "", "Comments are closed."]
    assert _kept(HEADLINE, "", *_spaced(*BODY, unfinished), cut, *tail) == [HEADLINE, *BODY, unfinished, cut]
    # without: a cut line of a few words (a link's text) goes with the furniture under it
    kept = _kept(HEADLINE, "", *_spaced(*BODY, unfinished), "More from the clinic…", *tail)
    assert kept == [HEADLINE, *BODY, unfinished]


# AUTHOR_ROLE_WORD (archive.byline): the word "author" beside a name, in the archive's languages, makes the writer's
# credit.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Jane Roe - Autore", "Jane Roe"),
        ("Jane Roe | Author", "Jane Roe"),
        # without: a name alone under the headline, over a sentence naming no one, is no credit
        ("Jane Roe - Harbour", None),
    ],
)
def test_the_word_author_beside_a_name(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *_spaced(*BODY))
    assert meta.author.value == author


# CREDITED_STAMP (archive.metaline SECTION_AFTER_THE_STAMP): a writer's credit, the time and the section after a bullet
# is the byline, above the headline too.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Napisane przez Jan Kowalski• 5:35 pm• Ważne w mieście", "Jan Kowalski"),
        # without: a sentence after the time is no section; the line is no credit
        ("Napisane przez Jan Kowalski• 5:35 pm• Policja zatrzymała dwóch mężczyzn w centrum miasta.", None),
    ],
)
def test_a_credit_with_its_time_and_section(credit: str, author: str | None) -> None:
    _, meta = build(credit, "", HEADLINE, "", *_spaced(*BODY))
    assert meta.author.value == author


# CREDITED_SUBJECT (archive.sources OUTLET_STAFF_PHOTO): a picture credited to a person and a body the headline names
# is the story's subject's handout: no outlet, though the text names the body again.
def test_a_handout_from_the_storys_subject_names_no_outlet() -> None:
    lead = "EXSA's first asteroid probe is poised for an on-time liftoff on Thursday evening, officials said."
    second = "EXSA said the weather should cooperate, with an 80 percent chance of good conditions at launch."
    _, meta = build("EXSA's asteroid mission to launch Thursday", "", "Jane Roe/EXSA", "", *_spaced(lead, second))
    assert meta.outlet.value is None
    # without: a headline that does not name it, the body named again is the page's own (its staff photographer's)
    _, meta = build(HEADLINE, "", "Jane Roe/EXSA", "", *_spaced(lead, second))
    assert meta.outlet.value == "EXSA"


# BRAND_ON_TOP (archive.sources): the page's first line alone, shaped as a brand, is the masthead naming the outlet.
@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        ("iHarbourRadio", "iHarbourRadio"),
        ("HarbourBall", "HarbourBall"),
        ("7News", "7News"),
        ("The Harbour Growl", "The Harbour Growl"),
        # without: a platform's name, a menu's items glued together, a section's label, a word with no capital inside
        ("YouTube", None),
        ("McCarthy", None),
        ("CreatorsPublishersAdvertisers", None),
        ("Harbourzeitung", None),
    ],
)
def test_a_brand_alone_on_top(first: str, outlet: str | None) -> None:
    _, meta = build(first, "", HEADLINE, "", *_spaced(*BODY))
    assert meta.outlet.value == outlet


# Line rules, fifth batch: the share dialog's label and its close button (NAV_LABELS), FEEDBACK_TIP_OR_ERROR
# (NEWSROOM_CONTACT).
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Share this with Close", rules.NAV_LABEL),
        ("Give us feedback, share a story tip or update, or report an error.", rules.NAV_LABEL),
        # without: the words in the article's sentences
        ("The mayor said she would share this with the council on Monday.", None),
        ("Give us feedback on the plan by Friday, the council said in its notice.", None),
    ],
)
def test_line_rules_fifth_batch(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# TELEPHONE_IN_LINE (archive.clean _not_a_headline): a line with a telephone number in full is a notice's, no headline.
@pytest.mark.parametrize(
    ("line", "not_a_headline"),
    [
        ("Em caso de emergência, o cidadão deve acionar a Defesa Civil pelo telefone 22-98829-9343", True),
        ("Police ask witnesses to call (555) 123-4567", True),
        # without: figures that are no telephone's
        ("Council approves 2024-2025 budget", False),
        ("Dow rises 1.2 percent to 34 500", False),
    ],
)
def test_a_telephone_number_is_no_headline(line: str, not_a_headline: bool) -> None:
    assert _not_a_headline(line) is not_a_headline


# Captions, last batch: GLUED_COPYRIGHT_NAME after the date's year and two words (COPYRIGHT_NAME_TAIL),
# PICTURE_VERB_SIGNED (UNSTOPPED_WIRE_CAPTION).
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Jane Roe of Harbour United is congratulated by teammate John Doe after the opening goal on March 22, 2014© "
            "Getty Images",
            rules.CAPTION,
        ),
        ("Jane Roe-John Doe: Example President Jane Roe is seen.(Reuters)", rules.CAPTION),
        # without: a paragraph signed off by its agency after its full stop, "is seen as" a figure of speech
        ("The minister said the plan is seen as a failure by many. (Reuters)", None),
        ("The minister said the talks with the harbour board went well. (Reuters)", None),
    ],
)
def test_captions_last_batch(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# SHARE_LINKS_WITH_THE_TITLE (archive.rules share_item_via): share links each with the headline they share are a share
# row; the headline printed under it is the title.
def test_share_links_each_with_the_headline() -> None:
    row = " ".join(f"Share {via} - {HEADLINE}" for via in ("via email", "on Facebook", "on LinkedIn", "on X"))
    assert rules.line_rule(row) == rules.SHARE_BUTTON
    # without: one link, or links sharing different words, a sentence after "Share on" stays
    assert rules.line_rule("Share on Facebook - the mayor said the clinic would open next week.") is None
    _, meta = build("Share:", "", row, "", HEADLINE, "", *_spaced(*BODY))
    assert meta.title.value == HEADLINE
