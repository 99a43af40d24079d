"""Furniture shapes met on pages from sites not seen before (issue 17, session 4), each rule on synthetic lines written
for these tests: the rule drops its trigger and keeps an article sentence that resembles it, exact outcomes asserted."""

from __future__ import annotations

import pytest
from test_clean_unseen import test_line_rule_drops_its_trigger_and_keeps_the_sentence as check_line_rule
from test_rules import CLOSING, MIDDLE, OPENING, TITLE_LINE, in_article, outcome, run

from archive import rules
from archive.model import BYLINE, DATELINE, HEADING, PARAGRAPH, TITLE

# (rule, a junk line that triggers it, an article sentence that does not)
LINE_RULE_CASES = [
    (
        rules.CAPTION,
        "Image caption Dock workers unload timber at the pier",
        "The image of the pier was captioned by the ministry.",
    ),
    (rules.CAPTION, "Media caption How the corridor works", "The media caption contest drew 40 entries, organisers said."),
    (rules.CAPTION, "Photo shows a map of the northern corridor.", "The photo shows that the pier was flooded, the mayor said."),
    (
        rules.CAPTION,
        "Photo taken on May 5, 2021 shows cranes at the harbour.",
        "Cranes were seen at the harbour on May 5, 2021, the ministry said.",
    ),
    (
        rules.CAPTION,
        "Workers celebrate the opening of the pier in Harbour City. (Xinhua/Jane Doe) Photo Gallery",
        "Workers celebrated the opening of the pier in Harbour City, the ministry said.",
    ),
    (rules.CAPTION, "Harbour craneImage copyright Example Agency", "The image rights of the crane photos were sold, he said."),
    (rules.CAPTION, '[caption id="a1"]The new pier[/caption]', "The new pier was captioned in the ministry's report."),
    (rules.TEMPLATE_CODE, "{{item.group_date}}", "The date of the talks was set for Monday."),
    (rules.END_MARKER, "-- End --", "The end of the talks came on Friday, the ministry said."),
    (rules.URL_LINE, "corridor-talks-open-at-the-harbour", "The corridor talks opened at the harbour on Monday."),
    (
        rules.ADVERTISEMENT,
        "Advertise on example.com to reach thousands of readers",
        "Advertisers on the harbour radio reached thousands of listeners.",
    ),
    (rules.COMMENT_WIDGET, "Kindly drop a comment below.", "The ministry asked the public to comment on the plan."),
    (rules.COUNTER, "560     0", "Some 560 workers were hired, the ministry said."),
    (rules.TAG_CLOUD, "Topic | Harbour trade", "The topic of harbour trade dominated the talks."),
    (rules.NAV_LABEL, "Large Medium Small", "Large, medium and small ships can dock at the new pier."),
    (
        rules.REPEATED_LINE,
        "Should ports charge more for cargo?Should ports charge more for cargo? Experts weigh in",
        "Ports should charge more for cargo, the minister said, and ports should charge more for grain.",
    ),
    (rules.READ_MORE, "Trending:", "Trending topics at the talks included grain and timber."),
    (rules.READ_MORE, "ALSO IN THE NEWS:", "Also in the news this week was the storm in the south."),
    (
        rules.CODE_LINE,
        "window.adQueue.push( function () { ads.render({ slot: 'top' }); });",
        "The window of the harbour office was open.",
    ),
    (rules.CODE_LINE, "news_header_top_970_100", "The header of the news bulletin named the harbour."),
    (rules.MASTHEAD, "Ministry of Harbours Logo", "The ministry unveiled its new logo at the harbour."),
    (rules.READ_MORE, "See also  Storm closes the southern harbour", "See also the report of the harbour master, he said."),
    # UNDERSCORE_SLUG, GLUED_TAGS: a file's name, tags run together
    (rules.URL_LINE, "Harbour_Talks_Open_Northern_Corridor", "The harbour_talks file was opened on Monday."),
    (rules.URL_LINE, "harbourtradeshippingcorridornews", "Harbour trade news was shipped along the corridor."),
    (rules.URL_LINE, "001_harbour_talks_northern_corridor", "Talks 001 on the northern corridor opened."),  # a numbered file
    (rules.COMMENT_WIDGET, "Clic para comentar", "Hizo clic para comentar la noticia en el portal del puerto."),
    # CREDIT_TAIL_SHAPES: captions ending with their picture's credit
    (rules.CAPTION, "Jane Example. Pic/Example Agency", "The pictures were shared with the agency on Monday."),
    (
        rules.CAPTION,
        "Cranes at the harbour on April 16, 2013. / Example Images |",
        "Cranes at the harbour moved 3/4 of the cargo on April 16, 2013.",
    ),
    (rules.CAPTION, "Water covers the harbour road in the north. (Example Photo)", "The photo was taken in the north."),
    (rules.CAPTION, "The captain made 187 in his 100th match © Example Sports Ltd", "The club owns the rights © 2024."),
    (rules.CAPTION, "Two clusters of galaxies merge. Image Credit/Example Space", "The image was credited to the space agency."),
    (rules.READING_TIME, "1 minuto", "One minute later the ferry left the harbour."),
    # COMMENT_COUNT in other languages, COMMENT_LOGIN: the comment box's sign-in notice
    (rules.COMMENT_WIDGET, "Commentaires (0)", "Les commentaires du ministre sont attendus lundi."),
    (
        rules.COMMENT_WIDGET,
        "Vous devez être connecté à votre compte Exemple pour pouvoir commenter cet article.",
        "Le ministre s'est connecté au portail et a lu les commentaires des habitants.",
    ),
    (rules.COMMENT_WIDGET, "Debes iniciar sesión para comentar.", "He logged in and read the comments."),
    # VIEW_COUNT: a page's view counter
    (rules.COUNTER, "Visited 165 times, 1 visit(s) today", "The pier was visited 165 times by ships last year."),
    (rules.COUNTER, "1,204 views", "The video drew 1,204 views before it was taken down, officials said."),
    (rules.COUNTER, "Прочитано 512 раз", "Доклад прочитано 512 раз за неделю, сообщили в министерстве."),
    # CJK_CAPTION_CREDIT: a Chinese caption ending with its agency, no full stop before it, or a position marker
    (rules.CAPTION, "港口官员在北京会面（路透社）", "港口官员周一在北京会面，讨论粮食运输问题。"),
    (rules.CAPTION, "港口官员（左）与码头工人交谈。（法新社）", "港口官员周一与码头工人交谈，双方讨论了运输问题。"),
    (rules.COUNTER, "1 pages in this article", "The report ran to 40 pages, the ministry said."),
]


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"), LINE_RULE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(LINE_RULE_CASES)]
)
def test_line_rule_drops_its_trigger_and_keeps_the_sentence(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)  # the check of tests/test_clean_unseen.py, on these cases


def test_a_wire_sign_off_is_no_photo_credit() -> None:
    signoff = "The talks will resume in the harbour city on Monday, the ministry said. (Xinhua)"
    assert not in_article(signoff)[signoff].startswith("x ")  # kept, as text
    # Without CJK_CAPTION_CREDIT's trigger: a Chinese paragraph signed off by the agency after its full stop is text.
    signoff = "双方官员周一在港口城市举行会谈，讨论了粮食运输和铁路货运问题。（新华社）"
    assert not in_article(signoff)[signoff].startswith("x ")
    credited = "Ministers walk along the pier in Harbour City. (Xinhua/Jane Doe)"
    assert in_article(credited)[credited] == "x caption"


def test_a_read_more_lead_followed_by_lower_case_is_a_sentence() -> None:
    sentence = "Also on the agenda for next year: the new pier near the ferry landing, and a wider road to it."
    assert in_article(sentence)[sentence] == PARAGRAPH
    link = "Also on Example News: Storm closes the southern harbour"
    assert in_article(link)[link] == "x read-more"


def test_a_comment_thread_runs_from_the_first_header_to_the_end() -> None:
    thread = ("Jane said...", "So sorry to hear this.", "Take care,", "Harbour fan said...", "What a loss for the town.")
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, *thread))
    assert [result[line] for line in thread] == ["x comment-widget"] * len(thread)
    assert result[CLOSING] == PARAGRAPH
    # one "said..." line alone is not a thread
    result = outcome(run(TITLE_LINE, OPENING, "Jane said...", MIDDLE, CLOSING))
    assert result["Jane said..."] == PARAGRAPH and result[CLOSING] == PARAGRAPH


def test_a_run_of_teasers_cut_short_goes() -> None:
    teasers = (
        "The harbour authority has announced new fees for cargo ships calling at the…",
        "The ministry of transport, on Thursday, approved the appointment of three new…",
    )
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, *teasers))
    assert [result[line] for line in teasers] == ["x teaser", "x teaser"]
    # one line ending so is the article's own (a quote trailing off)
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, teasers[0], CLOSING))
    assert result[teasers[0]] == PARAGRAPH


@pytest.mark.parametrize(
    "label", ["Related Post", "Artículos relacionados", "Читайте также", "Sur le même sujet...", "Новости по теме", "相关新闻"]
)
def test_promo_labels_in_the_singular_and_in_other_languages(label: str) -> None:
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, label, "Storm closes the southern harbour", CLOSING))
    assert result[label] == "x promo-block" and result["Storm closes the southern harbour"] == "x promo-block"
    assert result[CLOSING] == PARAGRAPH


def test_a_fact_box_may_repeat_a_labelled_value() -> None:
    box = ("Presenter: Jane Example, Harbour University", "Room: Hall 1", "Presenter: Jane Example, Harbour University")
    result = run(TITLE_LINE, OPENING, *box, MIDDLE)
    assert [line.text for line in result.lines if line.text == box[0]] == [box[0], box[0]]
    # a headline printed again is a repeat, whatever its colon
    headline = "Harbour: Talks Open A New Northern Corridor"
    result = run(headline, OPENING, headline, MIDDLE)
    assert [(d.number, d.rule) for d in result.dropped] == [(3, rules.REPEATED_LINE)]


def test_image_copyright_in_a_sentence_and_other_leads() -> None:
    sentence = "The image copyright belongs to the harbour museum, he said."
    assert in_article(sentence)[sentence] == PARAGRAPH
    for line in ("Background  The talks began in 2019 at the harbour.", "In other news: The ferry returned on Monday."):
        assert not in_article(line)[line].startswith("x "), line


def test_a_caption_with_courtesy_credit_and_its_twin_cut_short() -> None:
    caption = "Cranes stand idle at the northern pier after the storm hit the harbour. Photo courtesy Harbour Fire/Facebook |"
    cut = "Cranes stand idle at the northern pier after the storm hit the harbour. Photo courte..."
    result = outcome(run(cut, caption, TITLE_LINE, OPENING, MIDDLE, CLOSING))
    assert result[caption] == "x caption" and result[cut] == "x caption"
    # a sentence cut short that starts no caption is kept
    lone = "Cranes stood idle at the northern pier after the storm, the harbour master said..."
    assert outcome(run(TITLE_LINE, OPENING, lone, MIDDLE, CLOSING))[lone] == PARAGRAPH


@pytest.mark.parametrize(
    ("rule", "label"), [(rules.ADVERTISEMENT, "Anzeige"), (rules.SHARE_BUTTON, "Compartir Facebook Twitter")]
)
def test_labels_in_other_languages(rule: str, label: str) -> None:
    assert in_article(label)[label] == f"x {rule}"


def test_a_comment_form_in_another_language_ends_the_article() -> None:
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, "Deja una respuesta", "Tu dirección de correo no será publicada."))
    assert result["Deja una respuesta"] == "x comment-widget"
    assert result["Tu dirección de correo no será publicada."] == f"x {rules.AFTER_ARTICLE}"
    # the words in a sentence of the article are kept
    sentence = "Deja una respuesta clara, dijo el ministro del puerto a los delegados."
    assert in_article(sentence)[sentence] == PARAGRAPH


def test_near_repeats_are_decided_once_for_good() -> None:
    # found by the Hypothesis property: a chain of near-copies, and a teaser printed twice, each cleaned twice
    lead = "The ministers met at the harbour on Tuesday and agreed on a plan."
    for lines in ([f"Share Share {lead}", f"Share {lead}", lead], [f"Share {lead}", lead, lead]):
        first = run(*lines)
        again = run(*(line.text for line in first.lines))
        assert [line.text for line in first.lines] == [f"Share Share {lead}" if "Share Share" in lines[0] else f"Share {lead}"]
        assert [line.text for line in again.lines] == [line.text for line in first.lines] and not again.dropped


@pytest.mark.parametrize(
    "lines",
    [
        ["A", ": : A", f"{TITLE_LINE} a", OPENING],  # a kicker in capitals under a short first line
        [": : A", ": A • ", f"{TITLE_LINE} a", OPENING],  # the kicker printed twice
    ],
)
def test_the_title_is_the_same_when_the_cleaned_text_is_cleaned_again(lines: list[str]) -> None:
    # found by the Hypothesis property after the metadata merges (title choice: KICKER_IN_CAPITALS and printed twice)
    first = run(*lines)
    again = run(*(line.text for line in first.lines))
    assert [(line.text, line.role) for line in again.lines] == [(line.text, line.role) for line in first.lines]
    assert first.title is not None and first.title.text == f"{TITLE_LINE} a"


# --- Session 5: rules that keep the article's own lines (issue 17) ------------------------------------------------


def test_a_heading_developed_by_the_paragraph_below_is_the_articles() -> None:
    heading = "Ferry Timetables Change as Storm Season Nears Islands"
    developed = "The ferry timetables change on Monday, when the first boats leave at dawn, the operator said."
    # DEVELOPED_BELOW: the paragraph right under it uses its words
    result = outcome(run(TITLE_LINE, OPENING, heading, developed, MIDDLE, CLOSING))
    assert result[heading] == HEADING
    # the same paragraph further down: the line is another story's headline between paragraphs
    result = outcome(run(TITLE_LINE, OPENING, heading, MIDDLE, developed, CLOSING))
    assert result[heading] == f"x {rules.RELATED_HEADLINE}"
    counts = rules.paragraph_counts([OPENING, developed, MIDDLE, CLOSING])
    assert rules.developed_below(heading, developed, counts) and not rules.developed_below(heading, MIDDLE, counts)
    # words that other paragraphs use too prove nothing: another story's headline on the article's subject
    related = "Grain and Timber Exporters Fear Drought in Southern Farms"
    result = outcome(run(TITLE_LINE, OPENING, related, MIDDLE, CLOSING))
    assert result[related] == f"x {rules.RELATED_HEADLINE}"


def test_a_line_opening_with_a_connective_continues_the_article() -> None:
    # SENTENCE_CONNECTIVE: "Meanwhile ..." needs a sentence before it: no headline opens so
    line = "Meanwhile Ferry Crews Strike Across Southern Islands Today"
    assert outcome(run(TITLE_LINE, OPENING, line, MIDDLE, CLOSING))[line] == HEADING
    without = "Ferry Crews Strike Across Southern Islands Today"
    assert outcome(run(TITLE_LINE, OPENING, without, MIDDLE, CLOSING))[without] == f"x {rules.RELATED_HEADLINE}"


def test_a_repeat_going_on_in_lower_case_starts_a_wrapped_sentence() -> None:
    name = "Harbour Master Jane Example Jr."
    went_on = "died on Monday at 84. She ran the northern pier for thirty years, the council said."
    # WRAPPED_SENTENCE_START: the heading printed again as the first words of its paragraph
    result = run(TITLE_LINE, OPENING, name, name, went_on, CLOSING)
    assert [line.text for line in result.lines].count(name) == 2 and not result.dropped
    # the same repeat before a capitalised sentence is a repeat
    result = run(TITLE_LINE, OPENING, name, name, MIDDLE, CLOSING)
    assert [line.text for line in result.lines].count(name) == 1
    assert [d.rule for d in result.dropped] == [rules.REPEATED_LINE]


def test_a_bare_date_between_paragraphs_heads_a_section() -> None:
    # SECTION_DATE: below the page's own date line and first paragraph, between two lines of text
    result = outcome(run(TITLE_LINE, "12 May 2023", OPENING, MIDDLE, "9 May 2023", CLOSING))
    assert result["12 May 2023"] == DATELINE
    assert result["9 May 2023"] == HEADING
    # a labelled date stays a dateline; so does a date with no date line above it
    assert (
        outcome(run(TITLE_LINE, "12 May 2023", OPENING, MIDDLE, "Updated 9 May 2023", CLOSING))["Updated 9 May 2023"] == DATELINE
    )
    assert outcome(run(TITLE_LINE, OPENING, MIDDLE, "9 May 2023", CLOSING))["9 May 2023"] == DATELINE
    # beside a dropped line (another story's teaser list) it stays out of the text
    result = outcome(run(TITLE_LINE, "12 May 2023", OPENING, MIDDLE, "Advertisement", "9 May 2023", CLOSING))
    assert result["9 May 2023"] == DATELINE


def test_a_wire_named_in_a_list_of_outlets_is_no_byline() -> None:
    # NAME_IN_A_LIST: a list of outlets below the first paragraph
    items = ["Example News", "Reuters", "The Daily Example", "Harbour Radio"]
    result = outcome(run(TITLE_LINE, OPENING, "The talks were covered by", *items, CLOSING))
    assert [result[item] for item in items] == [HEADING] * 4
    # the same credit beside one other short line is the article's credit line
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, "Harbour Radio", "Reuters", CLOSING))
    assert result["Reuters"] == BYLINE


# --- Session 5: junk told by its place on the page (issue 17) -----------------------------------------------------


def test_a_short_label_between_the_headline_and_its_second_printing_is_junk() -> None:
    label = "TRADE & HARBOURS"
    standfirst = "The ministers met for the third time this year."
    # BETWEEN_HEADLINES: the page's title, its furniture, the article's headline
    result = outcome(run(TITLE_LINE, label, standfirst, TITLE_LINE, OPENING, MIDDLE))
    assert result[label] == f"x {rules.BETWEEN_HEADLINES}"
    assert result[standfirst] == PARAGRAPH  # a sentence there is kept
    # the headline printed once: the line is kept (a kicker or a deck may stand there)
    assert outcome(run(TITLE_LINE, label, OPENING, MIDDLE))[label] == PARAGRAPH
    # an author's name there is a byline, not furniture
    assert outcome(run(TITLE_LINE, "Jane Example", TITLE_LINE, OPENING, MIDDLE))["Jane Example"] == BYLINE


def test_promo_labels_in_other_languages_and_word_orders() -> None:
    # PROMO_LABEL_WORDS: adjective and noun of a promo label, in either order, with filler words only
    for label in ("Últimas noticias", "Ver más noticias", "TEMAS RELACIONADOS", "Weitere Artikel", "More from this section"):
        assert rules.is_promo_label(rules.key_of(label)), label
        result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, label, "Storm closes the southern harbour road"))
        assert result[label] == f"x {rules.PROMO_BLOCK}", label
    # a headline with words of its own, and a label of one kind of word only, are no promo labels
    for line in ("Más noticias falsas circulan", "Noticias según tus intereses", "Artikel"):
        assert not rules.is_promo_label(rules.key_of(line)), line


def test_a_list_of_the_sections_printed_below_is_a_table_of_contents() -> None:
    items = ["North Pier (Port Authority)", "South Pier (Harbour Board)", "East Dock (City Council)"]
    section = "The Old North Pier (Port Authority)"
    quote = "The pier will reopen in May after the repairs are finished, the authority said on Tuesday."
    # TABLE_OF_CONTENTS: the items above the section that prints one of them again as part of its heading
    result = outcome(run(TITLE_LINE, OPENING, *items, section, quote, CLOSING))
    assert [result[item] for item in items] == [f"x {rules.TABLE_OF_CONTENTS}"] * 3
    assert result[section] == HEADING and result[quote] == PARAGRAPH
    # a list whose items are not printed again is the article's
    result = outcome(run(TITLE_LINE, OPENING, *items, "The Old Harbour Gate", quote, CLOSING))
    assert [result[item] for item in items] == [HEADING] * 3


def test_lines_between_the_last_paragraph_and_the_footer_are_furniture() -> None:
    related = ["Storm closes the southern harbour road", "Ferry crews strike for a second day"]
    footer = "Tags: harbour, grain"
    # FURNITURE_TO_THE_END: judged as the lines after the footer's first furniture
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, *related, footer))
    assert [result[line] for line in related] == [f"x {rules.AFTER_ARTICLE}"] * 2
    # without furniture that ends articles below them, they stay
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, *related))
    assert [result[line] for line in related] == [PARAGRAPH, PARAGRAPH]
    # HARD_WRAPPED: a sentence broken over lines is the article's, even above the footer
    broken = ["The mayor also made", "of the harbour works a priority for the council"]
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, *broken, footer))
    assert [result[line] for line in broken] == [HEADING, PARAGRAPH]  # (the cleaning keeps both; roles as ever)


def test_a_headline_printed_again_with_a_bracketed_credit_stays_the_title() -> None:
    # CREDIT_TAIL_SHAPES and the caption twins: the run-on caption goes, the headline it starts with stays
    both = f"{TITLE_LINE} Photo: The two delegations at the harbour (Example Images)"
    result = outcome(run(TITLE_LINE, both, OPENING, MIDDLE))
    assert result[both] == f"x {rules.CAPTION}"
    assert result[TITLE_LINE] == TITLE
