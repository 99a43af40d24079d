"""The page model of the cleaning (issue 17): the article's prose told by a language-level signal (stop words), and the
short lines between junk lines dropped with them (jusText's context rule). Synthetic lines only, each case with and
without its trigger; the exact lines kept and dropped are asserted."""

from __future__ import annotations

from test_rules import CLOSING, MIDDLE, OPENING, TITLE_LINE, outcome, run

from archive import rules, stopwords
from archive.model import PARAGRAPH, TITLE

GERMAN = (
    "Die beiden Delegationen trafen sich am Dienstag im Hafen und einigten sich auf einen neuen Korridor.",
    "Der Minister sagte, dass der Korridor im nächsten Jahr für den Handel mit Getreide geöffnet werden soll.",
)


def test_the_page_language_is_the_stop_word_list_covering_most_words() -> None:
    english = stopwords.page_stopwords([OPENING, MIDDLE, CLOSING])
    german = stopwords.page_stopwords(list(GERMAN))
    assert "the" in english and "und" in german and "und" not in english
    assert stopwords.share(OPENING, english) >= rules.PROSE_MIN_STOPWORD_SHARE
    assert stopwords.share("Harbour Affairs & Grain Trade", english) < rules.PROSE_MIN_STOPWORD_SHARE
    assert stopwords.share(GERMAN[0], german) >= rules.PROSE_MIN_STOPWORD_SHARE
    assert stopwords.page_stopwords(["", "12 345"]) == frozenset()


def test_menu_items_between_junk_lines_go_with_them() -> None:
    menu = ("Skip to main content", "Harbour Affairs & Trade", "Tides & Weather", "Sport")
    result = outcome(run(*menu, TITLE_LINE, OPENING, MIDDLE, CLOSING))
    assert result["Skip to main content"] == "x nav-label" and result["Sport"] == "x section-label"
    assert result["Harbour Affairs & Trade"] == f"x {rules.JUNK_RUN}" and result["Tides & Weather"] == f"x {rules.JUNK_RUN}"
    assert result[TITLE_LINE] == TITLE
    # without the junk line below them, the same short lines are kept (not proven junk)
    result = outcome(run("Harbour Affairs & Trade", "Tides & Weather", TITLE_LINE, OPENING, MIDDLE, CLOSING))
    assert f"x {rules.JUNK_RUN}" not in result.values()


def test_the_same_in_another_language() -> None:
    result = outcome(run("Home", "Sport & Kultur", "Wetter", "Facebook Twitter", "Korridor im Hafen eröffnet", *GERMAN))
    # ("Sport & Kultur" names two known sections since session 63's FOREIGN_SECTION_LABELS: a section label)
    assert result["Sport & Kultur"] == "x section-label" and result["Wetter"] == f"x {rules.JUNK_RUN}"
    assert result["Korridor im Hafen eröffnet"] == TITLE


def test_a_short_headline_between_share_buttons_is_kept() -> None:
    result = outcome(run("Share", "Corridor Talks Open", "Share", OPENING, MIDDLE, CLOSING))
    assert result["Corridor Talks Open"] == TITLE  # it names what the prose is about
    # a line of the same shape that the prose does not mention goes
    result = outcome(run("Share", "Gala Night Photos", "Share", TITLE_LINE, OPENING, MIDDLE, CLOSING))
    assert result["Gala Night Photos"] == f"x {rules.JUNK_RUN}"


def test_sentences_results_and_labelled_values_between_junk_lines_are_kept() -> None:
    for line in ("Yes, he said.", "Goals: 13, 58", "Tide: Low"):
        result = outcome(run(TITLE_LINE, OPENING, "Advertisement", line, "Advertisement", MIDDLE, CLOSING))
        assert not result[line].startswith("x "), line


def test_short_lines_after_a_junk_line_at_the_end_of_the_page_go_after_the_article() -> None:
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, "Tags: harbour, grain", "Gala night photos", "Tide tables"))
    assert result["Gala night photos"] == f"x {rules.AFTER_ARTICLE}" and result["Tide tables"] == f"x {rules.AFTER_ARTICLE}"
    # an advertisement is found inside articles as often: it does not end one
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, "Advertisement", "Gala night photos", "Tide tables"))
    assert result["Gala night photos"] == PARAGRAPH and result["Tide tables"] == PARAGRAPH
    # after the article's own last line, short lines are kept (a sub-heading of a page cut short)
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, "Gala night photos", "Tide tables"))
    assert result["Gala night photos"] == PARAGRAPH and result["Tide tables"] == PARAGRAPH


def test_a_paragraph_cut_short_at_the_end_of_the_page_is_kept() -> None:
    cut = "The ministry said that it would b"
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, "Advertisement", cut))
    assert result[cut] == PARAGRAPH


def test_without_prose_nothing_is_decided() -> None:
    result = outcome(run("Share", "Gala night photos", "Share", "Weekend gala", "Share"))
    assert result["Gala night photos"] == TITLE and result["Weekend gala"] == PARAGRAPH


def test_a_comment_form_ends_the_article() -> None:
    form = ("Leave a Reply", "Your email address will not be published.", "This site fights spam. Learn how your data is used.")
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, *form, "Jane Example", "Name *"))
    # the heading and the notice are the form's own lines (EMAIL_NOT_PUBLISHED), and what follows them goes with them
    assert result["Leave a Reply"] == result["Your email address will not be published."] == "x comment-widget"
    assert [result[line] for line in (*form[2:], "Jane Example", "Name *")] == [f"x {rules.AFTER_ARTICLE}"] * 3
    # a stray label followed by the article's prose is the label alone
    result = outcome(run(TITLE_LINE, OPENING, "Leave a Reply", MIDDLE, CLOSING))
    assert result["Leave a Reply"] == "x comment-widget" and result[MIDDLE] == PARAGRAPH and result[CLOSING] == PARAGRAPH
    # the same sentences above the article's first paragraph are not after it (the notice is dropped wherever it is)
    result = outcome(run(TITLE_LINE, form[2], OPENING, MIDDLE, CLOSING))
    assert result[form[2]] == PARAGRAPH


def test_short_lines_after_the_last_paragraph_and_a_dropped_line_go() -> None:
    tail = ("Already a subscriber? Log in", "Save 30% on Example Digital", "Ad-free reading. Unlimited access.")
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, *tail))
    assert result["Ad-free reading. Unlimited access."] == f"x {rules.AFTER_ARTICLE}"
    # prose after it stays; so does everything when no line was dropped below the last paragraph
    late = "The ministry said the harbour would reopen on Monday after the storm had passed."
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, *tail, late))
    assert result[late] == PARAGRAPH
    # so do a short sentence with a stop word and a bulleted item
    result = outcome(
        run(
            TITLE_LINE, OPENING, MIDDLE, CLOSING, tail[0], "The gala is on Monday.", "• Repairs to the northern quay and its pier"
        )
    )
    assert result["The gala is on Monday."] == PARAGRAPH and result["Repairs to the northern quay and its pier"] == PARAGRAPH
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, *tail[1:]))
    assert result["Ad-free reading. Unlimited access."] == PARAGRAPH


def test_a_page_cut_short_keeps_its_last_lines() -> None:
    cut = "The repairs to the pier will cost the harbour more than"
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, "Tags: harbour, grain", "Pier works", cut))
    assert result["Pier works"] != f"x {rules.AFTER_ARTICLE}" and result[cut] == PARAGRAPH
    # CUT_PARAGRAPH_AT_THE_END is long: three words after the tags are no paragraph cut short
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, "Tags: harbour, grain", "Pier works", "The repairs cost"))
    assert result["Pier works"] == result["The repairs cost"] == f"x {rules.AFTER_ARTICLE}"
    # a name at the end is no paragraph cut short
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, "Tags: harbour, grain", "Pier works", "Weekend gala of harbour crews"))
    assert result["Weekend gala of harbour crews"] == f"x {rules.AFTER_ARTICLE}"


def test_a_list_inside_the_article_is_kept() -> None:
    items = ("Example Gazette", "Harbour Radio International", "The Daily Example")
    result = outcome(run(TITLE_LINE, OPENING, "Coverage came from:", *items, MIDDLE, CLOSING))
    assert [result[item] for item in items] == ["heading"] * 3
    # one such line alone between paragraphs is another story's headline
    lone = "Storm Warning Issued For Southern Provinces"
    assert outcome(run(TITLE_LINE, OPENING, lone, MIDDLE, CLOSING))[lone] == f"x {rules.RELATED_HEADLINE}"


def test_an_author_line_and_a_slogan_between_junk_lines() -> None:
    result = outcome(run("Share", "Jane Example", "Share", TITLE_LINE, OPENING, MIDDLE, CLOSING))
    assert result["Jane Example"] != f"x {rules.JUNK_RUN}"  # names alone: an author line, read by the metadata stage
    result = outcome(run("Share", "Coastal news channel!", "Share", TITLE_LINE, OPENING, MIDDLE, CLOSING))
    assert result["Coastal news channel!"] == f"x {rules.JUNK_RUN}"  # no stop word: a slogan, not a sentence


def test_a_sub_heading_beside_an_inline_piece_is_kept() -> None:
    result = outcome(run(TITLE_LINE, OPENING, "Advertisement", "What comes next", "Photo: Jane Example/Harbour Wire", MIDDLE))
    assert result["What comes next"] != f"x {rules.JUNK_RUN}"
    result = outcome(run(TITLE_LINE, OPENING, "Advertisement", "What comes next", "Share", MIDDLE))
    assert result["What comes next"] != f"x {rules.JUNK_RUN}"  # one inline neighbour is enough (a liveblog's times)
    result = outcome(run(TITLE_LINE, OPENING, "Share", "What comes next", "Follow us on Twitter", MIDDLE))
    assert result["What comes next"] == f"x {rules.JUNK_RUN}"


def test_a_liveblog_and_a_page_cut_after_a_share_row_keep_their_lines() -> None:
    live = ("Share", "10:45", "Winds reach 90 km/h", "Ferries cancelled", "Follow us on Twitter", "11:02", "Power cut")
    result = outcome(run(TITLE_LINE, OPENING, *live))
    assert [result[line] for line in ("Winds reach 90 km/h", "Ferries cancelled")] == [PARAGRAPH] * 2
    result = outcome(run(TITLE_LINE, OPENING, "Share this:", "Repairs", "The repairs cost"))
    assert result["Repairs"] == PARAGRAPH and result["The repairs cost"] == PARAGRAPH


def test_a_sub_heading_with_two_new_words_is_no_other_storys_headline() -> None:
    sub = "Next Steps For The Corridor Talks"  # two words the article does not use: next, steps
    assert outcome(run(TITLE_LINE, OPENING, sub, MIDDLE, CLOSING))[sub] == "heading"
    other = "Storm Warning Issued For Southern Corridor"  # four: storm, warning, issued, southern
    assert outcome(run(TITLE_LINE, OPENING, other, MIDDLE, CLOSING))[other] == f"x {rules.RELATED_HEADLINE}"
