"""Notes link only to absolute http(s) URLs, and raw HTML never renders (issue 16, finding 8).

The check used to skip a ``` fence as code (no fenced-code extension is on, so the HTML inside rendered), to miss
unquoted href values, and the sanitizer kept relative and protocol-relative links (`//evil.example/login` was
published). Each case: the exact line `build_archive.py --check` prints, and what the renderer makes of the note.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from support import ROOT, run_build

sys.path.insert(0, str(ROOT))

from archive.annotate import link_targets, render_note, without_code_spans  # noqa: E402

ARTICLE = """\
Leaders Agree On A Northern Corridor
Published 3 March 2021
The two presidents met in the capital on Tuesday and agreed to build a northern corridor for trade.
"""
HOW = "notes may link only to absolute http:// or https:// URLs"
RAW = "note contains raw HTML; write the note in Markdown (emphasis, links, lists, quotes, code); HTML is not allowed"


def check_note(tmp_path: Path, note: str) -> list[str]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_corridor.txt").write_text(ARTICLE, "utf-8")
    (seeds / "001_corridor.yml").write_text(
        "annotations:\n  - id: cafe\n    quote: northern corridor for trade\n    kind: context\n"
        f"    note: {json.dumps(note)}\n    author: Test Author\n    created: '2024-01-02'\n    sources:\n      - https://example.org/a\n",
        "utf-8",
    )
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    result = run_build("--check", "--quiet", "--cache", "cache", cwd=tmp_path)
    return result.stderr.splitlines()


CASES = {
    "protocol-relative": ("See [the login](//evil.example/login).", [f"note links to '//evil.example/login'; {HOW}"]),
    "relative": ("See [the page](../../about/).", [f"note links to '../../about/'; {HOW}"]),
    "javascript": ("[x](javascript:alert(1))", [f"note links to 'javascript:alert(1)'; {HOW}"]),
    "unquoted href": ("<a href=javascript:alert(1)>x</a>", [RAW]),
    "HTML in a fence": ("```\n\n<img src=x onerror=alert(1)>\n\n```", [RAW]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_notes(tmp_path: Path, case: str) -> None:
    note, expected = CASES[case]
    lines = check_note(tmp_path, note)
    assert lines == [
        *(f"seeds/001_corridor.yml:5:11: annotation 'cafe' {line}" for line in expected),
        f"{len(expected)} problem(s) found; nothing was written.",
    ]


def test_an_absolute_link_and_html_in_a_code_span_pass(tmp_path: Path) -> None:
    lines = check_note(tmp_path, "See [the source](https://example.org/a) and the tag `<br>`.")
    assert lines == []


def test_the_renderer_keeps_only_absolute_http_links_and_escapes_raw_html() -> None:
    assert link_targets(render_note("[a](//evil.example/login) [b](/x) [c](https://example.org/ok)")) == [
        "https://example.org/ok"
    ]
    html = render_note("```\n\n<img src=x onerror=alert(1)>\n\n```")
    assert "<img" not in html and "&lt;img" in html
    assert link_targets("<a href=//evil.example>x</a><a href='https://a.example'>y</a>") == [
        "//evil.example",
        "https://a.example",
    ]


def test_code_spans_are_removed_in_linear_time() -> None:
    assert without_code_spans("a `<b>` c ``x ` y`` <i>") == "a  c  <i>"
    assert without_code_spans("``` unclosed <b>") == "``` unclosed <b>"
    assert without_code_spans("` " * 50_000) == " " * 25_000  # 25,000 code spans; the old regex was cubic on such lines
    assert without_code_spans("`" * 100_000) == "`" * 100_000  # one unclosed run
