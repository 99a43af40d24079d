"""The entity registry (registry.yml): exact forms at word boundaries, longest first, case rules; fuzzy only suggests."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from support import ROOT, run_build

sys.path.insert(0, str(ROOT))

from archive.problems import Problems  # noqa: E402
from archive.registry import Registry, parse_registry  # noqa: E402


@pytest.fixture(scope="module")
def registry() -> Registry:
    problems = Problems()
    loaded = parse_registry("registry.yml", (ROOT / "registry.yml").read_text("utf-8"), problems)
    assert problems.lines() == []
    return loaded


def found(registry: Registry, kind: str, text: str) -> list[tuple[str, str]]:
    return [(m.name, m.form) for m in registry.matcher(kind).find(text)]


def test_aliases_and_misspellings_name_the_canonical_entity(registry: Registry) -> None:
    assert found(registry, "leaders", "Vladmir Putin met Xi Jinping.") == [
        ("Vladimir Putin", "Vladmir Putin"),
        ("Xi Jinping", "Xi Jinping"),
    ]
    assert found(registry, "leaders", "Wladimir Putin and Dmitri Medvedev") == [
        ("Vladimir Putin", "Wladimir Putin"),
        ("Dmitry Medvedev", "Dmitri Medvedev"),
    ]
    assert found(registry, "agreements", "the One Belt, One Road plan") == [("Belt and Road Initiative", "One Belt, One Road")]
    assert registry.canonical("leaders", "Vladmir Putin") == "Vladimir Putin"
    assert registry.canonical("outlets", "telesurenglish.net") == "teleSUR English"


def test_short_forms_never_match_inside_longer_words(registry: Registry) -> None:
    assert found(registry, "leaders", "Xinhua reported from Xi'an and a Xi-based group") == []
    assert found(registry, "outlets", "Xinhua reported") == [("Xinhua", "Xinhua")]
    assert found(registry, "leaders", "Xinhua said Xi spoke") == [("Xi Jinping", "Xi")]
    assert found(registry, "leaders", "Xi's visit") == [("Xi Jinping", "Xi")]
    assert found(registry, "leaders", "Putinism and Putin's") == [("Vladimir Putin", "Putin")]


def test_similar_names_stay_distinct(registry: Registry) -> None:
    assert found(registry, "leaders", "Li Keqiang, then Li Qiang") == [("Li Keqiang", "Li Keqiang"), ("Li Qiang", "Li Qiang")]
    assert found(registry, "agreements", "Power of Siberia 2 follows Power of Siberia.") == [
        ("Power of Siberia 2 gas pipeline", "Power of Siberia 2"),
        ("Power of Siberia gas pipeline", "Power of Siberia"),
    ]
    # The longest form wins where two overlap: one mention, not two.
    assert found(registry, "agreements", "the Belt and Road Forum") == [("Belt and Road Initiative", "Belt and Road Forum")]
    assert found(registry, "agreements", "S-400 Triumf") == [("S-400 sale", "S-400 Triumf")]


def test_case_rules(registry: Registry) -> None:
    # Forms of three letters or fewer, and all-capital forms, keep their case.
    assert found(registry, "leaders", "xi and XI") == []
    assert found(registry, "agreements", "the bri and the BRI") == [("Belt and Road Initiative", "BRI")]
    assert found(registry, "agreements", "an eeu and an EEU") == [("Eurasian Economic Union alignment", "EEU")]
    # Longer forms ignore case.
    assert found(registry, "leaders", "PUTIN and putin") == [("Vladimir Putin", "PUTIN"), ("Vladimir Putin", "putin")]
    assert found(registry, "agreements", "the Silk Road on Ice") == [("Polar Silk Road", "Silk Road on Ice")]
    assert registry.canonical("leaders", "vladimir putin") == "Vladimir Putin"
    assert registry.canonical("leaders", "xi") is None


def test_fuzzy_matching_only_suggests(registry: Registry) -> None:
    text = "Mikhail Mishustn met Li Qiang."
    assert found(registry, "leaders", text) == [("Li Qiang", "Li Qiang")]
    assert registry.suggest_aliases("leaders", text) == [("Mikhail Mishustn", "Mikhail Mishustin")]
    assert registry.canonical("leaders", "Mikhail Mishustn") is None
    assert registry.nearest("leaders", "Vladmir Putn") == ["Vladimir Putin"]
    assert registry.nearest("leaders", "Xi Jinpng") == ["Xi Jinping"]  # not also Li Qiang, a little less near
    assert registry.nearest("agreements", "Power of Siberia 3") == [
        "Power of Siberia gas pipeline",
        "Power of Siberia 2 gas pipeline",
    ]


def test_fuzzy_suggestion_in_a_build_adds_no_leader(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_premier.txt").write_text(
        "Premier Meets Premier\nPublished 7 June 2023\n"
        "Mikhail Mishustn met Li Qiang in Beijing on Tuesday. Li Qiang said trade had grown.\n"
        "Mikhail Mishustn said the talks were useful. Li Qiang agreed.\n",
        encoding="utf-8",
    )
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    result = run_build("--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert (
        "possible alias: seeds/001_premier.txt:3: 'Mikhail Mishustn' looks like Mikhail Mishustin; "
        "if it is, add it to its aliases in registry.yml"
    ) in out
    article = json.loads((tmp_path / "docs" / "data" / "archive.json").read_text("utf-8"))["articles"][0]
    assert article["leaders"]["value"] == ["Li Qiang"]


def test_a_form_given_for_two_entities_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "registry.yml").write_text(
        "leaders:\n"
        "  - name: Li Keqiang\n"
        "    aliases: [Premier Li]\n"
        "  - name: Li Qiang\n"
        "    aliases: [Li, Premier Li]\n"
        "agreements:\n"
        "  - name: Polar Silk Road\n"
        "  - name: polar silk road\n",
        encoding="utf-8",
    )
    (tmp_path / "seeds").mkdir()
    result = run_build("--check", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert result.stderr.splitlines() == [
        "registry.yml:5:19: form 'Premier Li' is given for both 'Li Keqiang' and 'Li Qiang'; "
        "keep it under one entry only; a form must name one entity",
        "registry.yml:8:11: form 'polar silk road' is given for both 'Polar Silk Road' and 'polar silk road'; "
        "keep it under one entry only; a form must name one entity",
        "2 problem(s) found; nothing was written.",
    ]
    assert result.returncode == 1


def test_registry_schema_errors(tmp_path: Path) -> None:
    (tmp_path / "registry.yml").write_text(
        "leaders:\n  - name: Li Qiang\n    alias: [Premier Li]\npeople: []\n",
        encoding="utf-8",
    )
    (tmp_path / "seeds").mkdir()
    result = run_build("--check", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert result.stderr.splitlines() == [
        "registry.yml:3:5: unknown key 'alias' in leaders[1]; did you mean 'aliases'?",
        "registry.yml:4:1: unknown key 'people' in the file; allowed keys are leaders, agreements, outlets",
        "2 problem(s) found; nothing was written.",
    ]
    assert result.returncode == 1


def test_canonical_takes_the_first_entity_with_the_form_as_written_or_in_any_case() -> None:
    from archive.registry import Entity

    registry = Registry(
        (
            Entity("leaders", "First Person", "", ("First Person", "Shared Alias")),
            Entity("leaders", "Second Person", "", ("Second Person", "shared alias", "XP")),
        )
    )
    assert registry.canonical("leaders", "shared alias") == "First Person"  # in any case, the first entity's form
    assert registry.canonical("leaders", "SECOND PERSON") == "Second Person"
    assert registry.canonical("leaders", "XP") == "Second Person"
    assert registry.canonical("leaders", "xp") is None  # a short form in capitals keeps its case
    assert registry.canonical("leaders", "Third Person") is None


def test_a_line_searched_again_gives_the_same_mentions_as_a_fresh_list(registry: Registry) -> None:
    matcher = registry.matcher("leaders")
    first = matcher.find("Putin met Xi Jinping.")
    first.clear()  # a caller's list is its own
    assert [(m.name, m.form) for m in matcher.find("Putin met Xi Jinping.")] == [
        ("Vladimir Putin", "Putin"),
        ("Xi Jinping", "Xi Jinping"),
    ]


def test_forms_grouped_by_first_character_match_as_the_plain_alternation() -> None:
    from archive.registry import by_first_character

    assert by_first_character(["putin", "pu", "xi", r"\-x", r"\-y"]) == r"p(?:utin|u)|xi|\-(?:x|y)"
    # a pattern opening otherwise stays where it is, and no group reaches across it; nor is a repeated first character
    # taken out of its quantifier
    assert by_first_character(["xa", "(?:x)b", "xc", "a?b", "ab"]) == "xa|(?:x)b|xc|a?b|ab"


@pytest.mark.parametrize("kind", ["leaders", "agreements", "outlets"])
def test_the_grouped_regex_finds_what_the_plain_alternation_finds(registry: Registry, kind: str) -> None:
    # FIRST_CHARACTER_GATE and by_first_character only make the search faster: on lines made of the registry's own
    # forms, their prefixes, lookalikes and joiners, both regexes give the same matches
    import random
    import re

    matcher = registry.matcher(kind)
    assert matcher.lower_regex is not None
    plain = re.compile(matcher._alternation(str.lower))
    assert plain.pattern != matcher.lower_regex.pattern
    rng = random.Random(17)
    pieces = [f.lower() for f in matcher.forms]
    pieces += [p[: rng.randint(1, len(p))] for p in pieces] + ["-", " ", "'s ", "ov ", "у ", "a", "’", "—", "习", "x"]
    for _ in range(1500):
        line = "".join(rng.choice(pieces) + rng.choice(("", " ", " ", ", ")) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in matcher.lower_regex.finditer(line)] == [m.span() for m in plain.finditer(line)], line
