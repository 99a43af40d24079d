"""Issue 17, eighteenth round: bylines and outlets in shapes new development pages showed (written-by verbs in more
languages, post-nominal letters, calls to follow the site in Russian and Serbo-Croatian), each with and without its
trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.byline import name_with_letters, parse_byline


@pytest.mark.parametrize(
    "line",
    [
        "Escrito por Jane Example",
        "Geschrieben von Jane Example",
        "Scritto da Jane Example",
        "Opracowała Jane Example",
        "Подготовила Jane Example",
        "Propos recueillis par Jane Example",
    ],
)
def test_written_by_in_more_languages_credits_the_writer(line: str) -> None:
    # WRITTEN_BY_WORDS
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == "Jane Example"


def test_written_by_in_greek_credits_the_writer_without_the_verb() -> None:
    _, meta = build(HEADLINE, "Γράφει ο Γιάννης Παπαδόπουλος,", *BODY)
    assert meta.author.value == "Γιάννης Παπαδόπουλος"


@pytest.mark.parametrize(
    "line",
    ["Подготовил Минфин России законопроект о налогах", "Escrito por la comisión del puerto en marzo"],
)
def test_a_written_by_word_before_no_name_credits_no_one(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane M. Example, CEM", "Jane M. Example"),
        ("Jane Example, PhD", "Jane Example"),
        ("Jane Example, M.D., MPH", "Jane Example"),
        ("Silver Spring, MD", None),  # a town and its state's code
        ("Jane Example, Harbour City", None),  # a name and a place: a credit under a headline, not a signature
        ("Jane Example, CEO", None),  # an office, not letters
    ],
)
def test_a_name_with_post_nominal_letters_is_a_signature(line: str, name: str | None) -> None:
    # SIGNED_WITH_LETTERS
    assert name_with_letters(line) == name


def test_a_release_signed_with_letters_under_its_text_names_its_author() -> None:
    _, meta = build(HEADLINE, *BODY, "Jane M. Example, CEM")
    assert meta.author.value == "Jane M. Example"
    _, meta = build(HEADLINE, *BODY, "Jane M. Example, Chief")
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Подписывайтесь на Пример24 в Дзен", "Пример24"),
        ("Читайте example.ru в Telegram", "example.ru"),
        ("Najnovije vijesti Example Info i na Viberu", "Example Info"),
        ("Подписывайтесь на наш канал в Telegram", None),  # "our channel" names no site
        ("Najnovije vijesti iz grada na Viberu", None),
    ],
)
def test_a_call_to_follow_the_site_in_russian_and_serbo_croatian_names_it(line: str, outlet: str | None) -> None:
    # FOLLOW_NAMED_SLAVIC
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet
