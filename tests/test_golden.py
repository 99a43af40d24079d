"""Each seed against its golden file: roles of kept lines, rules of dropped ones, metadata, anchored annotations.

When the pipeline's output changes on purpose, run `.venv/bin/python tests/golden/regen.py` and review the diff.
"""

from __future__ import annotations

import difflib
import json
import sys

import pytest
from support import ROOT

sys.path.insert(0, str(ROOT / "tests" / "golden"))

import regen  # noqa: E402

SEEDS = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
REGEN = "run `.venv/bin/python tests/golden/regen.py`, then review `git diff tests/golden`"


@pytest.fixture(scope="module")
def current() -> dict[str, dict]:
    return regen.current()


def readable(record: dict, raw_lines: list[str]) -> list[str]:
    """The record as lines a person can read: each kept or dropped line with its text from the seed."""

    def text(number: int) -> str:
        line = raw_lines[number - 1].strip() if 0 < number <= len(raw_lines) else "(no such line)"
        return line if len(line) <= 100 else line[:99] + "…"

    out = [f"slug: {record['slug']}"]
    out += [f"kept    line {n:>3} {role:<12} | {text(n)}" for n, role in record["kept"]]
    out += [f"dropped line {n:>3} {rule:<24} | {text(n)}" for n, rule in record["dropped"]]
    for name, field in sorted(record["metadata"].items()):
        out.append(f"metadata {name}: {json.dumps(field, ensure_ascii=False, sort_keys=True)}")
    out.append(f"needs curation: {', '.join(record['needs_curation']) or 'nothing'}")
    for a in record["annotations"]:
        out.append(f"annotation {a['id']} ({a['kind']}) at line {a['line']}, offsets {a['start']}-{a['end']}")
    out.append(f"words: {record['word_count']}")
    return out


def test_every_seed_has_a_golden_file() -> None:
    goldens = sorted(p.stem for p in (ROOT / "tests" / "golden").glob("*.json"))
    assert goldens == SEEDS, f"golden files and seeds differ; {REGEN}"


@pytest.mark.parametrize("stem", SEEDS)
def test_seed_matches_its_golden(stem: str, current: dict[str, dict]) -> None:
    path = ROOT / "tests" / "golden" / f"{stem}.json"
    expected = json.loads(path.read_text("utf-8"))
    actual = current[stem]
    if actual == expected:
        return
    raw_lines = (ROOT / "seeds" / f"{stem}.txt").read_text("utf-8").split("\n")
    diff = difflib.unified_diff(
        readable(expected, raw_lines),
        readable(actual, raw_lines),
        fromfile=f"tests/golden/{stem}.json (expected)",
        tofile=f"seeds/{stem}.txt (built now)",
        lineterm="",
    )
    pytest.fail(f"the pipeline's output for seeds/{stem}.txt changed:\n" + "\n".join(diff) + f"\n\nIf this is intended, {REGEN}.")


def test_golden_files_are_as_regen_writes_them(current: dict[str, dict]) -> None:
    """A hand-edited golden (reordered keys, other indentation) would make the next regen diff noisy."""
    for stem in SEEDS:
        path = ROOT / "tests" / "golden" / f"{stem}.json"
        if json.loads(path.read_text("utf-8")) == current[stem]:
            assert path.read_text("utf-8") == regen.dump(current[stem]), f"{path.name} is not formatted as regen.py writes it"


def test_a_change_shows_a_readable_diff(current: dict[str, dict]) -> None:
    """The failure message names the line, its old and new role, and its text from the seed."""
    stem = SEEDS[0]
    record = json.loads(json.dumps(current[stem]))
    number, role = record["kept"][-1]
    record["kept"][-1] = [number, "heading" if role != "heading" else "paragraph"]
    raw_lines = (ROOT / "seeds" / f"{stem}.txt").read_text("utf-8").split("\n")
    diff = list(difflib.unified_diff(readable(record, raw_lines), readable(current[stem], raw_lines), lineterm="", n=0))
    changed = [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    text = raw_lines[number - 1].strip()
    text = text if len(text) <= 100 else text[:99] + "…"
    assert changed == [
        f"-kept    line {number:>3} {record['kept'][-1][1]:<12} | {text}",
        f"+kept    line {number:>3} {role:<12} | {text}",
    ]
