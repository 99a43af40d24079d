"""Validation patterns match whole values, an empty alias is refused, and every name is normalised the same way
(issue 16, findings 7, 9 and 10)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from support import ROOT, run_build

sys.path.insert(0, str(ROOT))

from archive.problems import Problems  # noqa: E402
from archive.registry import parse_registry  # noqa: E402
from archive.sidecar import parse_sidecar  # noqa: E402
from archive.textio import check_name, clean_label  # noqa: E402


def sidecar_problems(text: str) -> list[str]:
    problems = Problems()
    parse_sidecar("seeds/001_x.yml", text, problems)
    return problems.lines()


def test_a_final_newline_does_not_pass_a_pattern() -> None:
    """'$' matched before a final newline: a slug "x\\n" passed and the page landed where browsers can't reach it."""
    assert sidecar_problems('slug: "x\\n"\n') == [
        "seeds/001_x.yml:1:7: slug 'x\n' is not lower-case words joined by hyphens; write slug as lower-case words joined by hyphens"
    ]
    assert sidecar_problems('slug: "a-slug"\n') == []
    dated = 'metadata:\n  date:\n    value: "2017-07-05\\n"\n    kind: published\n    basis: "The page says so."\n'
    assert any("is not an ISO date" in line for line in sidecar_problems(dated)), sidecar_problems(dated)
    assert not any("ISO date" in line for line in sidecar_problems(dated.replace("\\n", "")))
    problems = Problems()
    assert not check_name("seeds/001_x\n.txt", "001_x\n", problems)
    assert check_name("seeds/001_x.txt", "001_x", Problems())


def test_an_empty_alias_is_refused() -> None:
    problems = Problems()
    registry = parse_registry("registry.yml", 'leaders:\n  - name: Vladimir Putin\n    aliases: ["", Putin]\n', problems)
    assert problems.lines() == [
        "registry.yml:3:15: empty name or alias under 'Vladimir Putin'; remove it: an empty form would match every article"
    ]
    assert registry.canonical("leaders", "Putin") == "Vladimir Putin"


def test_invisible_and_bidi_characters_are_removed_from_every_name() -> None:
    assert clean_label("VCPOST\u200b") == "VCPOST"
    assert clean_label("\u202eJane Doe\u202c") == "Jane Doe"
    assert clean_label(("Xi\u2066 Jinping", "Xi Jinping", "\u200b")) == ("Xi Jinping",)
    problems = Problems()
    registry = parse_registry("registry.yml", 'outlets:\n  - name: "VCPOST\\u200b"\n', problems)
    assert problems.lines() == []
    assert registry.canonical("outlets", "VCPOST") == "VCPOST"


ARTICLE = """\
Leaders Agree On A {which} Corridor
Published 3 March 2021
The two presidents met in the capital on Tuesday and agreed to build a {which} corridor for trade.
Vladimir Putin said the corridor would open within five years. Xi Jinping said the plan was sound.
© 2021 {outlet}. All rights reserved.
"""


def test_an_outlet_with_a_zero_width_space_is_the_same_outlet(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_a.txt").write_text(ARTICLE.format(which="Northern", outlet="Example Gazette"), "utf-8")
    (seeds / "002_b.txt").write_text(ARTICLE.format(which="Southern", outlet="Example\u200b Gazette\u200b"), "utf-8")
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    result = run_build("--quiet", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pages = sorted(p.name for p in (tmp_path / "docs" / "outlets").glob("*.md"))
    assert pages == ["example-gazette.md", "index.md"]
    assert "2 articles" in (tmp_path / "docs" / "outlets" / "index.md").read_text("utf-8")


ANNOTATED = """\
annotations:
  - id: a-note
    quote: "Vladimir Putin said"
    kind: "{kind}"
    note: "A note."
    author: "{author}"
    created: "2026-11-23"
    sources: ["https://example.org/"]
"""


def test_annotation_authors_and_kinds_are_normalised_like_every_other_name() -> None:
    """Finding 10: an annotation's author with a right-to-left override or a zero-width space, and a kind with one,
    were taken as written (a second byline indistinguishable from the first; a kind refused though it reads right)."""
    problems = Problems()
    sidecar = parse_sidecar(
        "seeds/001_x.yml", ANNOTATED.format(kind="context\\u200b", author="\\u202eJane\\u200b  Doe\\u202c"), problems
    )
    assert problems.lines() == []
    [note] = sidecar.annotations
    assert (note.author, note.kind) == ("Jane Doe", "context")
    problems = Problems()
    parse_sidecar("seeds/001_x.yml", ANNOTATED.format(kind="context", author="\\u200b\\u2066"), problems)
    assert problems.lines() == [
        "seeds/001_x.yml:6:13: annotations[1].author is empty once invisible characters are removed; write it in visible letters"
    ]
