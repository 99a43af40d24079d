"""A synthetic seeds folder that feeds every payload of tests/data/xss_payloads.txt through the three doors.

(a) article text: the title line, inside a paragraph, and on a line of its own after a paragraph;
(b) an annotation note (sidecar), when the check accepts it (the check refuses raw HTML and non-http links);
(c) metadata values in the sidecar: title, outlet and author corrections.
Article p<i> carries payload i through doors (a) and (b), article t<i> through door (c).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from support import ROOT, copy_hand_written_docs, run_build

PAYLOADS_FILE = Path(__file__).parent / "data" / "xss_payloads.txt"
QUOTE = "agreed to cooperate on trade"


def payloads() -> list[str]:
    lines = PAYLOADS_FILE.read_text("utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("# ")]


def yaml_quote(text: str) -> str:
    """A YAML double-quoted scalar for any text: escapes for quotes, backslashes and everything outside printable ASCII."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= code < 0x7F:
            out.append(char)
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


def date_of(i: int) -> tuple[str, str]:
    """Distinct dates, so every article has a place in the timeline: ('5 July 2017', '2017-07-05')."""
    year, month, day = 2016 + i // 28 % 8, 1 + i % 12, 1 + i % 28
    months = "January February March April May June July August September October November December".split()
    return f"{day} {months[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}"


def article_text(i: int, payload: str, title: str) -> str:
    human, _iso = date_of(i)
    return (
        f"{title}\n"
        f"Published {human}\n"
        f"Vladimir Putin and Xi Jinping met in the capital on Tuesday and {QUOTE}. {payload}\n"
        f"{payload}\n"
        "Officials said Vladimir Putin and Xi Jinping would meet again next year to continue the talks.\n"
    )


def annotation(i: int, note: str) -> str:
    return (
        "annotations:\n"
        f"  - id: note-{i}\n"
        f"    quote: {yaml_quote(QUOTE)}\n"
        "    kind: context\n"
        f"    note: {yaml_quote(note)}\n"
        "    author: Test Author\n"
        '    created: "2024-01-02"\n'
        "    sources:\n"
        "      - https://example.org/source\n"
    )


def corrections(payload: str) -> str:
    return "metadata:\n" + "".join(
        f"  {field}:\n    value: {yaml_quote(value)}\n    basis: A synthetic test value.\n"
        for field, value in (("title", payload), ("outlet", f"Outlet {payload}"), ("author", payload))
    )


def write_seeds(seeds: Path, notes: bool = True, refused_notes: frozenset[int] = frozenset()) -> list[str]:
    """Write the hostile seeds; notes whose index is in refused_notes are left out. Returns the payloads."""
    seeds.mkdir(parents=True, exist_ok=True)
    items = payloads()
    for i, payload in enumerate(items):
        (seeds / f"1{i:02d}_p{i}.txt").write_text(article_text(i, payload, f"Summit talks {payload}"), encoding="utf-8")
        if notes and i not in refused_notes:
            (seeds / f"1{i:02d}_p{i}.yml").write_text(annotation(i, payload), encoding="utf-8")
        (seeds / f"2{i:02d}_t{i}.txt").write_text(article_text(i + 1, payload, f"Plain title number {i}"), encoding="utf-8")
        (seeds / f"2{i:02d}_t{i}.yml").write_text(corrections(payload), encoding="utf-8")
    return items


REFUSED_NOTE = re.compile(r"^seeds/1\d\d_p(\d+)\.yml:\d+:\d+: annotation 'note-\d+' note ")


def refused_notes(folder: Path) -> frozenset[int]:
    """Run the real check over all notes; the indexes of the notes it refuses (each with one line)."""
    result = run_build("--check", "--quiet", "--docs", "docs", "--cache", "cache", cwd=folder)
    lines = result.stderr.splitlines()
    refused = {int(m.group(1)) for line in lines if (m := REFUSED_NOTE.match(line))}
    unexpected = [line for line in lines[:-1] if not REFUSED_NOTE.match(line)]
    assert not unexpected, "\n".join(unexpected)
    return frozenset(refused)


def build_hostile_site(work: Path) -> tuple[Path, list[str], frozenset[int]]:
    """Check every door, then build docs and site (mkdocs --strict + Pagefind) without the refused notes."""
    shutil.copy(ROOT / "registry.yml", work / "registry.yml")
    items = write_seeds(work / "seeds")
    refused = refused_notes(work)
    for i in refused:
        (work / "seeds" / f"1{i:02d}_p{i}.yml").unlink()
    docs = work / "docs"
    copy_hand_written_docs(docs)
    result = run_build(
        "--quiet",
        "--seeds",
        "seeds",
        "--docs",
        "docs",
        "--cache",
        "cache",
        "--site",
        "--site-dir",
        "site",
        "--config",
        str(ROOT / "mkdocs.yml"),
        cwd=work,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "site", items, refused


def archive_records(docs: Path) -> dict[str, dict]:
    data = json.loads((docs / "data" / "archive.json").read_text("utf-8"))
    return {Path(a["source_file"]).stem: a for a in data["articles"]}
