"""Issue 17, fourteenth round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text (names of real agencies only where the shipped registry is what is tested),
asserting the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.pipeline import load_registry
from archive.problems import Problems
from archive.registry import Registry, parse_registry

SHIPPED = load_registry(Path("registry.yml"), Problems())


def dropped(cleaned) -> list[tuple[int, str, str]]:
    return [(d.number, d.rule, d.text) for d in cleaned.dropped]


# The shipped registry's news agencies: a credit naming one is the copy's wire source.
@pytest.mark.parametrize(
    ("credit", "wire"),
    [
        ("By IANS", "Indo-Asian News Service"),  # an agency's short name as the byline
        ("Forrás: mti", "MTI"),  # a source's label in Hungarian (FOREIGN_SOURCE_LINE), the name in lower case
        ("Nguồn tin: TTXVN", "Vietnam News Agency"),  # Vietnamese "news source"
        ("(Bernama)", "Bernama"),
        ("新華社", "Xinhua"),  # the agency's name in Chinese
    ],
)
def test_an_agency_of_the_registry_credited_is_the_wire(credit: str, wire: str) -> None:
    _, meta = build(HEADLINE, credit, *BODY, registry=SHIPPED)
    assert (meta.wire.value, meta.author.value if meta.author.known else None) == (wire, None)


@pytest.mark.parametrize("credit", ["By Ian Sands", "Forrás: a polgármesteri hivatal közleménye szerint a tegnapi"])
def test_a_person_or_a_sentence_after_the_label_is_no_agency(credit: str) -> None:
    _, meta = build(HEADLINE, credit, *BODY, registry=SHIPPED)
    assert meta.wire.value is None


def test_a_form_differing_only_in_case_is_found_as_written() -> None:
    # Matcher._form_index: "XINHUA" keeps its case (capitals); "Xinhua" in the text is the other, case-blind form
    text = "outlets:\n  - name: Example Agency\n    aliases: [EXAGENCY, Exagency]\n"
    registry: Registry = parse_registry("registry.yml", text, Problems())
    found = [(m.name, m.form) for m in registry.matcher("outlets").find("Exagency and EXAGENCY, not exAGENCY")]
    assert found == [("Example Agency", "Exagency"), ("Example Agency", "EXAGENCY"), ("Example Agency", "exAGENCY")]


@pytest.mark.parametrize(("above", "outlet", "wire"), [("Bernama", None, "Bernama"), ("VCPOST", "VCPOST", None)])
def test_an_agency_alone_above_the_headline_is_the_wire_not_the_masthead(
    above: str, outlet: str | None, wire: str | None
) -> None:
    # AGENCY_ALONE_ABOVE: an agency credits the copy; another registry outlet there is the masthead (OUTLET_MASTHEAD)
    _, meta = build(above, HEADLINE, *BODY, registry=SHIPPED)
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)
