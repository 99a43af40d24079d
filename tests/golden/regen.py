#!/usr/bin/env python3
"""Regenerate the golden files, one per seed: run this only on purpose, then review `git diff tests/golden`.

    .venv/bin/python tests/golden/regen.py

Each golden (tests/golden/<seed>.json) records what the pipeline makes of one seed: every kept line's role,
every dropped line's rule, each metadata field with its provenance, each annotation where it anchored.
Lines are recorded by number, not text, so the repository holds no second copy of the articles; the test
shows each line's text from the seed when it reports a difference.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from archive.annotate import clean_text  # noqa: E402
from archive.model import FROM_CONTRIBUTOR, Page  # noqa: E402
from archive.pipeline import build_one, discover, load_registry  # noqa: E402
from archive.problems import Problems  # noqa: E402

PAIR = re.compile(r'\[\n\s+(\d+),\n\s+("[^"\n]*")\n\s+\]')


def field_record(name: str, field) -> dict:
    value = list(field.value) if isinstance(field.value, tuple) else field.value
    provenance = {"source": field.provenance.source}
    if field.provenance.file:
        provenance["file"] = field.provenance.file
    if field.provenance.line is not None:
        provenance["line"] = field.provenance.line
    if field.provenance.source == FROM_CONTRIBUTOR:
        provenance["basis"] = field.provenance.evidence  # the contributor's words, not the publisher's
    record = {"value": value, "provenance": provenance}
    record.update(dict(field.extra))
    return record


def golden_of(page: Page) -> dict:
    _text, spans = clean_text(page.clean)

    def raw_line(start: int) -> int:
        return next(number for number, lo, hi in spans if lo <= start < hi)

    return {
        "seed": page.clean.raw.name,
        "slug": page.slug,
        "kept": [[line.number, line.role] for line in page.clean.lines],
        "dropped": [[d.number, d.rule] for d in page.clean.dropped],
        "metadata": {name: field_record(name, f) for name, f in page.metadata.fields()},
        "needs_curation": list(page.needs_curation),
        "annotations": [
            {"id": a.id, "kind": a.kind, "line": raw_line(a.start), "start": a.start, "end": a.start + len(a.quote)}
            for a in page.annotations
        ],
        "word_count": page.word_count,
    }


def current(seeds: Path = ROOT / "seeds") -> dict[str, dict]:
    """The golden records of the seeds as the pipeline builds them now, by seed stem."""
    problems = Problems()
    out = {}
    # From the repository root, so that files are named as a contributor sees them (seeds/...).
    with contextlib.chdir(ROOT):
        registry = load_registry(Path("registry.yml"), problems)
        for source in discover(seeds.relative_to(ROOT), problems):
            built = build_one(source, registry)
            problems.items.extend(built.problems)
            if built.page is not None:
                out[source.raw_path.stem] = golden_of(built.page)
    if problems:
        raise SystemExit("the seeds have problems; fix them first:\n" + "\n".join(problems.lines()))
    return out


def dump(record: dict) -> str:
    text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True)
    # One kept or dropped line a row ([8, "title"]), so a diff of the file reads line by line.
    return PAIR.sub(r"[\1, \2]", text) + "\n"


def main() -> int:
    records = current()
    for stale in GOLDEN.glob("*.json"):
        if stale.stem not in records:
            stale.unlink()
            print(f"deleted {stale.relative_to(ROOT)}")
    for stem, record in sorted(records.items()):
        path = GOLDEN / f"{stem}.json"
        text = dump(record)
        if path.exists() and path.read_text("utf-8") == text:
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    print("now review the changes: git diff tests/golden")
    return 0


if __name__ == "__main__":
    sys.exit(main())
