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
    assert result["Sport & Kultur"] == f"x {rules.JUNK_RUN}" and result["Wetter"] == f"x {rules.JUNK_RUN}"
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


def test_short_lines_after_a_junk_line_at_the_end_of_the_page_go() -> None:
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, "Advertisement", "Gala night photos", "Tide tables"))
    assert result["Gala night photos"] == f"x {rules.JUNK_RUN}" and result["Tide tables"] == f"x {rules.JUNK_RUN}"
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
