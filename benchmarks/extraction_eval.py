"""How well this build cleans and reads pages it has never seen, field by field, beside the obvious alternatives.

    .venv/bin/python benchmarks/extraction_eval.py --pages /work/devcorpus/pages --labels /work/devcorpus/labels
    .venv/bin/python benchmarks/extraction_eval.py --pages DIR --labels DIR --verbose   # what was wrong, page by page
    .venv/bin/python benchmarks/extraction_eval.py --pages DIR --labels DIR --json      # machine-readable results
    .venv/bin/python benchmarks/extraction_eval.py --pages DIR --labels DIR --check     # the labels' format only
    .venv/bin/python benchmarks/extraction_eval.py --sets /work/devcorpus/dev300 /work/devcorpus/dev301 --no-alternatives

Each page (NNN.txt, text copied from a web page with its furniture left in) is read, cleaned and read for
metadata in this process, as the build does it without sidecars (archive.textio, archive.clean,
archive.extract), and scored against its labels (NNN.yml; the format is in benchmarks/extraction_eval.md).
The same text, wrapped as minimal HTML (one <p> per line, no <title>), is given to htmldate (date),
trafilatura (date, title, author, site name, main text) and jusText (boilerplate or not, per line).
Installed from requirements-bench.txt. The pages are publishers' text: they live outside the repository.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from archive import clean as cleaning  # noqa: E402
from archive.extract import from_text  # noqa: E402
from archive.model import TEXT_ROLES, TITLE  # noqa: E402
from archive.problems import Problems  # noqa: E402
from archive.registry import Registry, parse_registry  # noqa: E402
from archive.textio import read_raw, read_text  # noqa: E402

# The systems scored, in the order of the table's columns.
BUILD = "this build"
SYSTEMS = (BUILD, "htmldate", "trafilatura", "justext")

# Verdicts, per field.
RIGHT, WRONG, UNKNOWN, LESS_PRECISE, NONE_STATED, INVENTED = (
    "right",
    "wrong",
    "unknown",
    "less precise",
    "none stated",
    "invented",
)


# ---------------------------------------------------------------------------------------------- labels


@dataclass(frozen=True)
class Label:
    """One page's ground truth (benchmarks/extraction_eval.md)."""

    title: str | None
    date: str | None  # "2019-03-27", "2019-03", "2019", or "--03-27" (month and day, no year stated)
    date_precision: str | None  # day, month, year, month-day
    authors: tuple[str, ...]
    outlet: str | None
    outlet_aliases: tuple[str, ...]
    wire: str | None
    leaders: tuple[str, ...]
    agreements: tuple[str, ...] | None  # None: the page's agreements are not labelled
    body: frozenset[int]
    junk: frozenset[int]
    meta: frozenset[int]
    title_lines: frozenset[int]


def load_label(path: Path) -> Label:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    lines = data.get("lines") or {}
    return Label(
        title=data.get("title"),
        date=None if data.get("date") is None else str(data["date"]),
        date_precision=data.get("date_precision"),
        authors=tuple(data.get("authors") or ()),
        outlet=data.get("outlet"),
        outlet_aliases=tuple(data.get("outlet_aliases") or ()),
        wire=data.get("wire"),
        leaders=tuple(data.get("leaders") or ()),
        agreements=None if data.get("agreements") is None else tuple(data["agreements"]),
        body=frozenset(lines.get("body") or ()),
        junk=frozenset(lines.get("junk") or ()),
        meta=frozenset(lines.get("meta") or ()),
        title_lines=frozenset(lines.get("title") or ()),
    )


# ------------------------------------------------------------------------------------------- checking

LABEL_KEYS = frozenset(
    "url query title date date_precision authors outlet outlet_aliases wire leaders agreements note lines".split()
)
DATE_SHAPES = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}", "month-day": r"--\d\d-\d\d"}
LINE_CLASSES = ("body", "junk", "meta", "title")


def check_label(page_text: str, label_text: str, leader_names: frozenset[str], where: str = "") -> list[str]:
    """What is wrong with one page's label, one line each ("NNN.yml: ..."): unknown keys, a non-blank line in no class
    or in two, a class naming a blank line, a title that is no title line's text, a date not of its precision's shape,
    a leader who is not one of the registry's. A label that a helper wrote by hand is checked before it is scored."""
    try:
        data = yaml.safe_load(label_text) or {}
    except yaml.YAMLError as error:
        return [f"{where}: not YAML: {str(error).splitlines()[0]}"]
    out = [f"{where}: unknown key {key!r}" for key in sorted(set(data) - LABEL_KEYS)]
    lines = page_text.split("\n")
    nonblank = {n for n, text in enumerate(lines, 1) if text.strip()}
    seen: dict[int, str] = {}
    classes = data.get("lines") or {}
    for cls in LINE_CLASSES:
        for n in classes.get(cls) or []:
            if not isinstance(n, int) or n not in nonblank:
                out.append(f"{where}: {cls}: line {n} is blank or beyond the page's end")
            elif n in seen:
                out.append(f"{where}: line {n} is in both {seen[n]} and {cls}")
            else:
                seen[n] = cls
    out += [f"{where}: line {n} is in no class: {lines[n - 1].strip()[:60]!r}" for n in sorted(nonblank - set(seen))]
    title, title_lines = data.get("title"), classes.get("title") or []
    if (title is None) != (not title_lines):
        out.append(f"{where}: a title needs its title lines, and title lines a title")
    elif title is not None and not any(str(title).strip() in lines[n - 1] for n in title_lines if n in nonblank):
        out.append(f"{where}: the title {title!r} is no title line's text")
    date, precision = data.get("date"), data.get("date_precision")
    if (date is None) != (precision is None):
        out.append(f"{where}: date and date_precision go together (both null, or both set)")
    elif date is not None and not re.fullmatch(DATE_SHAPES.get(str(precision), "(?!)"), str(date)):
        out.append(f"{where}: date {date!r} is not of the {precision!r} shape ({', '.join(DATE_SHAPES)})")
    out += [f"{where}: leader {name!r} is not a registry name" for name in data.get("leaders") or [] if name not in leader_names]
    return out


def check_labels(pages: Path, labels: Path, registry: Registry) -> list[str]:
    """check_label over a set: every page has its label, every label its page."""
    names = frozenset(registry.names("leaders"))
    out = [
        f"{page}: no label {labels / (page.stem + '.yml')}"
        for page in sorted(pages.glob("*.txt"))
        if not (labels / f"{page.stem}.yml").exists()
    ]
    for label_path in sorted(labels.glob("*.yml")):
        page = pages / f"{label_path.stem}.txt"
        if not page.exists():
            out.append(f"{label_path}: no page {page}")
            continue
        out += check_label(page.read_text(encoding="utf-8"), label_path.read_text(encoding="utf-8"), names, str(label_path))
    return out


# ------------------------------------------------------------------------------------------- comparing

QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", " ": " "})


def norm(text: str | None) -> str:
    """Text as compared: NFKC, one kind of quote and dash, case-folded, single spaces, no outer punctuation."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES).casefold()
    return re.sub(r"\s+", " ", text).strip(" .,:;|-\"'")


def compare_title(label: str | None, found: str | None) -> str:
    if label is None:
        return NONE_STATED if not found else INVENTED
    if not found:
        return UNKNOWN
    return RIGHT if norm(found) == norm(label) else WRONG


def compare_date(label: str | None, precision: str | None, found: str | None) -> str:
    """right: the same value. less precise: a prefix of it (2019-03 for 2019-03-27). A year where the page
    states none (2019-03-27 for --03-27) is wrong: it was not read from the page."""
    if label is None:
        return NONE_STATED if not found else INVENTED
    if not found:
        return UNKNOWN
    if found == label:
        return RIGHT
    if not label.startswith("--") and label.startswith(found) and len(found) in (4, 7):
        return LESS_PRECISE
    return WRONG


def compare_name(label: str | None, aliases: tuple[str, ...], found: str | None, registry: Registry | None = None) -> str:
    """Outlet or wire source: right when the name, an alias or its registry name matches."""
    if label is None:
        return NONE_STATED if not found else INVENTED
    if not found:
        return UNKNOWN
    wanted = {norm(label), *(norm(a) for a in aliases)}
    candidates = {norm(found)}
    if registry is not None:
        for kind in ("outlets",):
            canonical = registry.canonical(kind, found)
            if canonical:
                candidates.add(norm(canonical))
        canonical = registry.canonical("outlets", label)
        if canonical:
            wanted.add(norm(canonical))
    return RIGHT if wanted & candidates else WRONG


AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


def split_authors(value: Any) -> list[str]:
    if not value:
        return []
    items = list(value) if isinstance(value, list | tuple) else [str(value)]
    return [part for item in items for part in AUTHOR_SPLIT.split(str(item)) if part.strip()]


def compare_authors(label: tuple[str, ...], found: Any) -> Counter[str]:
    """found: label authors the system gave; missed: label authors it did not; invented: names it gave that the label lacks."""
    wanted = {norm(a) for a in label}
    got = {norm(a) for a in split_authors(found)}
    return Counter(found=len(wanted & got), missed=len(wanted - got), invented=len(got - wanted))


def compare_set(label: tuple[str, ...], found: Any) -> Counter[str]:
    wanted, got = set(label), set(found or ())
    return Counter(hit=len(wanted & got), missed=len(wanted - got), extra=len(got - wanted))


@dataclass
class LineScore:
    junk: int = 0
    junk_removed: int = 0
    body: int = 0
    body_kept: int = 0
    meta: int = 0
    meta_out_of_text: int = 0
    dropped_body: list[tuple[int, str, str]] = field(default_factory=list)  # (line, why, text)
    kept_junk: list[tuple[int, str]] = field(default_factory=list)

    def add(self, other: LineScore) -> None:
        for name in ("junk", "junk_removed", "body", "body_kept", "meta", "meta_out_of_text"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score_lines(label: Label, kept: set[int], why_dropped: dict[int, str], texts: dict[int, str]) -> LineScore:
    """kept: the raw line numbers a system keeps in the article's text. Junk is removed when not kept; body
    is kept when kept; metadata lines (bylines, datelines, credits) should be out of the text."""
    score = LineScore(junk=len(label.junk), body=len(label.body), meta=len(label.meta))
    score.junk_removed = len(label.junk - kept)
    score.body_kept = len(label.body & kept)
    score.meta_out_of_text = len(label.meta - kept)
    score.dropped_body = [(n, why_dropped.get(n, "not kept"), texts.get(n, "")) for n in sorted(label.body - kept)]
    score.kept_junk = [(n, texts.get(n, "")) for n in sorted(label.junk & kept)]
    return score


# -------------------------------------------------------------------------------------------- systems


@dataclass
class Reading:
    """What one system read from one page; None where it does not read that field."""

    title: str | None = None
    date: str | None = None
    authors: Any = None
    outlet: str | None = None
    wire: str | None = None
    leaders: tuple[str, ...] | None = None
    agreements: tuple[str, ...] | None = None
    kept: set[int] | None = None
    why_dropped: dict[int, str] = field(default_factory=dict)
    reads: tuple[str, ...] = ()  # the fields this system reads


def read_with_build(path: Path, registry: Registry) -> tuple[Reading, dict[int, str]]:
    problems = Problems()
    raw = read_raw(path, f"seeds/{path.name}", problems)
    if raw is None:
        raise SystemExit(f"{path}: cannot be read: {problems.items}")
    clean = cleaning.clean(raw)
    meta = from_text(clean, registry)
    kept = {line.number for line in clean.lines if line.role in TEXT_ROLES}
    why = {d.number: f"dropped by {d.rule}" for d in clean.dropped}
    why.update({line.number: f"kept as {line.role}" for line in clean.lines if line.role not in TEXT_ROLES})
    wire = getattr(meta, "wire", None)  # the wire or original source, where this build reads it
    reading = Reading(
        title=meta.title.value,
        # A dateline without a year is recorded with "month-day" precision and its "--MM-DD" value in "partial".
        date=meta.date.value or meta.date.get("partial") or None,
        authors=meta.author.value,
        outlet=meta.outlet.value,
        wire=wire.value if wire is not None else None,
        leaders=tuple(meta.leaders.value or ()),
        agreements=tuple(meta.agreements.value or ()),
        kept=kept,
        why_dropped=why,
        reads=("lines", "title", "date", "authors", "outlet", "leaders", "agreements") + (("wire",) if wire is not None else ()),
    )
    texts = {n: line for n, line in enumerate(raw.lines, 1)}
    title_line = next((line.number for line in clean.lines if line.role == TITLE), None)
    if title_line is not None:
        reading.why_dropped.setdefault(title_line, "title")
    return reading, texts


def as_html(lines: dict[int, str]) -> str:
    """The page text as the simplest HTML: one paragraph per non-blank line, no <title> (the text has none)."""
    body = "\n".join(f"<p>{html.escape(text.strip())}</p>" for _, text in sorted(lines.items()) if text.strip())
    return f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'></head><body>\n{body}\n</body></html>\n"


def _lines_in(extracted: str, lines: dict[int, str]) -> set[int]:
    """Raw lines whose text a system's output contains (the output re-flows text, so compare normalised)."""
    haystack = norm(extracted)
    return {n for n, text in lines.items() if text.strip() and norm(text) and norm(text) in haystack}


def read_with_htmldate(page_html: str) -> Reading:
    from htmldate import find_date

    try:
        found = find_date(page_html, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a failure of the alternative is its unknown, not ours
        found = None
    return Reading(date=found, reads=("date",))


def read_with_trafilatura(page_html: str, lines: dict[int, str]) -> Reading:
    import trafilatura

    doc = trafilatura.bare_extraction(page_html, with_metadata=True, include_comments=False, favor_precision=False)
    if doc is None:
        return Reading(kept=set(), reads=("lines", "title", "date", "authors", "outlet"))
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    return Reading(
        title=get("title"),
        date=get("date"),
        authors=get("author"),
        outlet=get("sitename"),
        kept=_lines_in(get("text") or "", lines),
        reads=("lines", "title", "date", "authors", "outlet"),
    )


def _stoplist(lines: dict[int, str]) -> frozenset[str]:
    """jusText's stop-word list for the page's language: the one that covers most of its words."""
    import justext

    words = [w.casefold() for text in lines.values() for w in re.findall(r"\w+", text)]
    best, best_hits = frozenset(), -1
    for language in justext.get_stoplists():
        stoplist = justext.get_stoplist(language)
        hits = sum(w in stoplist for w in words)
        if hits > best_hits:
            best, best_hits = stoplist, hits
    return best


def read_with_justext(page_html: str, lines: dict[int, str]) -> Reading:
    import justext

    paragraphs = justext.justext(page_html.encode("utf-8"), _stoplist(lines), encoding="utf-8")
    good = " \n ".join(p.text for p in paragraphs if not p.is_boilerplate)
    return Reading(kept=_lines_in(good, lines), reads=("lines",))


# ----------------------------------------------------------------------------------------------- score


@dataclass
class PageResult:
    page: str
    verdicts: dict[str, dict[str, Any]]  # system -> field -> verdict or counts
    problems: dict[str, list[str]]  # system -> what was wrong, for --verbose


def score_page(name: str, label: Label, readings: dict[str, Reading], texts: dict[int, str], registry: Registry) -> PageResult:
    verdicts: dict[str, dict[str, Any]] = {}
    problems: dict[str, list[str]] = {}
    for system, r in readings.items():
        v: dict[str, Any] = {}
        wrong: list[str] = []
        if "lines" in r.reads and r.kept is not None:
            lines = score_lines(label, r.kept, r.why_dropped, texts)
            v["lines"] = lines
            wrong += [f"dropped body line {n} ({why}): {text.strip()[:100]}" for n, why, text in lines.dropped_body]
            wrong += [f"kept junk line {n}: {text.strip()[:100]}" for n, text in lines.kept_junk]
        if "title" in r.reads:
            v["title"] = compare_title(label.title, r.title)
            if v["title"] in (WRONG, INVENTED, UNKNOWN):
                wrong.append(f"title {v['title']}: got {r.title!r}, label {label.title!r}")
        if "date" in r.reads:
            v["date"] = compare_date(label.date, label.date_precision, r.date)
            if v["date"] not in (RIGHT, NONE_STATED):
                wrong.append(f"date {v['date']}: got {r.date!r}, label {label.date!r}")
        if "outlet" in r.reads:
            v["outlet"] = compare_name(label.outlet, label.outlet_aliases, r.outlet, registry)
            if v["outlet"] not in (RIGHT, NONE_STATED):
                wrong.append(f"outlet {v['outlet']}: got {r.outlet!r}, label {label.outlet!r}")
        if "wire" in r.reads:
            v["wire"] = compare_name(label.wire, (), r.wire, registry)
            if v["wire"] not in (RIGHT, NONE_STATED):
                wrong.append(f"wire source {v['wire']}: got {r.wire!r}, label {label.wire!r}")
        if "authors" in r.reads:
            v["authors"] = compare_authors(label.authors, r.authors)
            if v["authors"]["missed"] or v["authors"]["invented"]:
                wrong.append(f"authors: got {r.authors!r}, label {list(label.authors)!r}")
        if "leaders" in r.reads:
            v["leaders"] = compare_set(label.leaders, r.leaders)
            if v["leaders"]["missed"] or v["leaders"]["extra"]:
                wrong.append(f"leaders: got {sorted(r.leaders or ())}, label {sorted(label.leaders)}")
        if "agreements" in r.reads and label.agreements is not None:
            v["agreements"] = compare_set(label.agreements, r.agreements)
            if v["agreements"]["missed"] or v["agreements"]["extra"]:
                wrong.append(f"agreements: got {sorted(r.agreements or ())}, label {sorted(label.agreements)}")
        verdicts[system] = v
        problems[system] = wrong
    return PageResult(name, verdicts, problems)


def evaluate(pages: Path, labels: Path, registry: Registry, alternatives: bool = True) -> list[PageResult]:
    results = []
    for label_path in sorted(labels.glob("*.yml")):
        page = pages / f"{label_path.stem}.txt"
        if not page.exists():
            raise SystemExit(f"{label_path}: no page {page}")
        label = load_label(label_path)
        build, texts = read_with_build(page, registry)
        readings = {BUILD: build}
        if alternatives:
            page_html = as_html(texts)
            readings["htmldate"] = read_with_htmldate(page_html)
            readings["trafilatura"] = read_with_trafilatura(page_html, texts)
            readings["justext"] = read_with_justext(page_html, texts)
        results.append(score_page(page.stem, label, readings, texts, registry))
    return results


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


def summarise(results: list[PageResult]) -> dict[str, dict[str, Any]]:
    """Per system, per field: totals over the pages."""
    out: dict[str, dict[str, Any]] = {}
    for system in SYSTEMS:
        per = [r.verdicts[system] for r in results if system in r.verdicts]
        if not per:
            continue
        s: dict[str, Any] = {}
        lines = [v["lines"] for v in per if "lines" in v]
        if lines:
            total = LineScore()
            for one in lines:
                total.add(one)
            s["lines"] = {
                "junk": total.junk,
                "junk_removed": total.junk_removed,
                "body": total.body,
                "body_kept": total.body_kept,
                "meta": total.meta,
                "meta_out_of_text": total.meta_out_of_text,
                "pages_losing_body": sum(bool(one.dropped_body) for one in lines),
            }
        for name in ("title", "date", "outlet", "wire"):
            got = [v[name] for v in per if name in v]
            if got:
                s[name] = dict(Counter(got))
        for name in ("authors", "leaders", "agreements"):
            got = [v[name] for v in per if name in v]
            if got:
                s[name] = dict(sum(got, Counter()))
        out[system] = s
    return out


def table(summary: dict[str, dict[str, Any]], pages: int) -> str:
    systems = [s for s in SYSTEMS if s in summary]

    def cell(system: str, fn) -> str:
        try:
            return fn(summary[system])
        except KeyError:
            return "-"

    def verdicts(name: str, stated: str) -> list[tuple[str, Any]]:
        def count(s, v):
            return s[name].get(v, 0)

        def stated_total(s):
            return sum(n for v, n in s[name].items() if v != NONE_STATED and v != INVENTED)

        return [
            (f"{name}: pages that state one", lambda s: str(stated_total(s))),
            (f"  {stated}", lambda s: str(count(s, RIGHT))),
            ("  wrong", lambda s: str(count(s, WRONG))),
            ("  less precise", lambda s: str(count(s, LESS_PRECISE))) if name == "date" else None,
            ("  unknown (missing)", lambda s: str(count(s, UNKNOWN))),
            ("  invented where none stated", lambda s: str(count(s, INVENTED))),
        ]

    rows: list[tuple[str, Any] | None] = [
        (
            "junk lines removed",
            lambda s: (
                f"{s['lines']['junk_removed']}/{s['lines']['junk']} ({pct(s['lines']['junk_removed'], s['lines']['junk'])})"
            ),
        ),
        (
            "body lines kept",
            lambda s: f"{s['lines']['body_kept']}/{s['lines']['body']} ({pct(s['lines']['body_kept'], s['lines']['body'])})",
        ),
        ("  pages losing a body line", lambda s: str(s["lines"]["pages_losing_body"])),
        (
            "metadata lines out of the text",
            lambda s: (
                f"{s['lines']['meta_out_of_text']}/{s['lines']['meta']} ({pct(s['lines']['meta_out_of_text'], s['lines']['meta'])})"
            ),
        ),
        *verdicts("date", "right"),
        *verdicts("title", "right"),
        *verdicts("outlet", "found (right)"),
        *verdicts("wire", "found (right)"),
        (
            "authors: found",
            lambda s: f"{s['authors'].get('found', 0)}/{s['authors'].get('found', 0) + s['authors'].get('missed', 0)}",
        ),
        ("  invented", lambda s: str(s["authors"].get("invented", 0))),
        (
            "leaders: recall",
            lambda s: (
                f"{s['leaders'].get('hit', 0)}/{s['leaders'].get('hit', 0) + s['leaders'].get('missed', 0)} "
                f"({pct(s['leaders'].get('hit', 0), s['leaders'].get('hit', 0) + s['leaders'].get('missed', 0))})"
            ),
        ),
        (
            "  precision",
            lambda s: (
                f"{s['leaders'].get('hit', 0)}/{s['leaders'].get('hit', 0) + s['leaders'].get('extra', 0)} "
                f"({pct(s['leaders'].get('hit', 0), s['leaders'].get('hit', 0) + s['leaders'].get('extra', 0))})"
            ),
        ),
        (
            "agreements: recall",
            lambda s: (
                f"{s['agreements'].get('hit', 0)}/{s['agreements'].get('hit', 0) + s['agreements'].get('missed', 0)} "
                f"({pct(s['agreements'].get('hit', 0), s['agreements'].get('hit', 0) + s['agreements'].get('missed', 0))})"
            ),
        ),
        (
            "  precision",
            lambda s: (
                f"{s['agreements'].get('hit', 0)}/{s['agreements'].get('hit', 0) + s['agreements'].get('extra', 0)} "
                f"({pct(s['agreements'].get('hit', 0), s['agreements'].get('hit', 0) + s['agreements'].get('extra', 0))})"
            ),
        ),
    ]
    rows = [r for r in rows if r is not None]
    width = max(len(r[0]) for r in rows) + 2
    cols = [max(len(s), 14) + 2 for s in systems]
    out = [f"{pages} pages".ljust(width) + "".join(s.rjust(c) for s, c in zip(systems, cols, strict=True))]
    for name, fn in rows:
        out.append(name.ljust(width) + "".join(cell(s, fn).rjust(c) for s, c in zip(systems, cols, strict=True)))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, help="folder of NNN.txt pages")
    ap.add_argument("--labels", type=Path, help="folder of NNN.yml labels")
    # (several sets at once, each a folder holding pages/ and labels/: the totals are over all their pages, and a page
    # is named SET/NNN)
    ap.add_argument("--sets", type=Path, nargs="+", default=[], help="set folders, each with pages/ and labels/")
    ap.add_argument("--registry", type=Path, default=ROOT / "registry.yml")
    ap.add_argument("--verbose", action="store_true", help="print, page by page, what each system got wrong")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--no-alternatives", action="store_true", help="score this build only")
    ap.add_argument("--check", action="store_true", help="check the labels' format only (benchmarks/collecting_pages.md)")
    args = ap.parse_args(argv)
    if (args.pages is None) != (args.labels is None) or (args.pages is None and not args.sets):
        ap.error("give --pages and --labels, or --sets")
    sets = [(args.pages, args.labels, "")] if args.pages is not None else []
    sets += [(folder / "pages", folder / "labels", f"{folder.name}/") for folder in args.sets]

    problems = Problems()
    registry_text = read_text(args.registry, str(args.registry), problems) or ""
    registry = parse_registry(str(args.registry), registry_text, problems)
    if args.check:
        wrong = [problem for pages, labels, _ in sets for problem in check_labels(pages, labels, registry)]
        print("\n".join(wrong) if wrong else f"OK {sum(len(list(labels.glob('*.yml'))) for _, labels, _ in sets)} labels")
        return 1 if wrong else 0
    results = []
    for pages, labels, prefix in sets:
        for result in evaluate(pages, labels, registry, alternatives=not args.no_alternatives):
            result.page = prefix + result.page
            results.append(result)
    summary = summarise(results)
    if args.json:
        pages = {r.page: {"verdicts": _plain(r.verdicts), "problems": r.problems} for r in results}
        print(json.dumps({"pages": len(results), "summary": summary, "per_page": pages}, indent=1, ensure_ascii=False))
        return 0
    print(table(summary, len(results)))
    dropped = [(r.page, d) for r in results for d in r.verdicts[BUILD]["lines"].dropped_body]
    print(f"\nbody lines this build dropped: {len(dropped)}")
    for page, (n, why, text) in dropped:
        print(f"  {page}:{n} ({why}): {text.strip()[:110]}")
    if args.verbose:
        for r in results:
            for system in SYSTEMS:
                if r.problems.get(system):
                    print(f"\n{r.page} [{system}]")
                    for p in r.problems[system]:
                        print(f"  - {p}")
    return 0


def _plain(verdicts: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for system, fields in verdicts.items():
        out[system] = {}
        for name, value in fields.items():
            if isinstance(value, LineScore):
                value = {k: getattr(value, k) for k in ("junk", "junk_removed", "body", "body_kept", "meta", "meta_out_of_text")}
            elif isinstance(value, Counter):
                value = dict(value)
            out[system][name] = value
    return out


if __name__ == "__main__":
    raise SystemExit(main())
