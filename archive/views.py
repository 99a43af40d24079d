"""Page views: each generated page is a Jinja template (archive/templates/) and the context built here.

Templates are rendered with autoescape on and undefined names as errors: every value is HTML-escaped where it
is printed, article text in a Markdown paragraph is escaped for Markdown (archive/mdtext.py), and the one
HTML printed as it is, a note's, is marked safe by archive/annotate.py, which sanitized it. Titles are written
raw into the front matter; the site's hook escapes them where MkDocs prints them.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import NamedTuple

import jinja2
from markupsafe import Markup

from .annotate import note_markup
from .incremental import digest
from .mdtext import front_matter, markdown_text
from .model import HEADING, PARAGRAPH, STANDFIRST, Annotation, Entry, Page
from .records import description_of, front_matter_fields, shorten, title_of
from .registry import Entity, Registry
from .urls import article_doc, entity_doc, rel, text_doc

TEMPLATES = Path(__file__).parent / "templates"
LISTING_PAGE_ROWS = 250  # rows per generated listing page: keeps every page far below 500 KB of HTML
LATEST_ON_HOME = 10
MAX_CHART_YEARS = 60  # a wider span (a mistyped year) charts only the years that have articles
CHART_WIDTH, CHART_HEIGHT, CHART_PAD = 640, 200, 30  # an SVG chart's box and the margin around its bars
LEADER_CHARTS = 6  # leaders with a chart of their own on the timeline and home pages (the most covered)
MONTHS = "January February March April May June July August September October November December".split()


def human_date(iso: str | None) -> str:
    if iso is None:
        return "Unknown"
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def articles(count: int) -> str:
    """'1 article', '2 articles': the count as a reader says it."""
    return f"{count} article" if count == 1 else f"{count} articles"


def _markdown_filter(text: str, at_start: bool = True, at_end: bool = True) -> Markup:
    # Escaping, not trusting: markdown_text leaves no character HTML or Markdown could read as markup.
    return Markup(markdown_text(text, at_start, at_end))


@functools.cache
def environment() -> jinja2.Environment:
    """One template environment a process (worker processes make their own)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )
    env.filters.update(
        rel=rel, human_date=human_date, articles=articles, markdown_text=_markdown_filter, shorten=shorten, note_html=note_markup
    )
    env.globals.update(entity_doc=entity_doc, article_doc=article_doc, text_doc=text_doc)
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def template_files() -> list[Path]:
    """Every template: part of the build cache's key, like the code."""
    return sorted(TEMPLATES.glob("*"))


# --- the article page ----------------------------------------------------------------------------------


class Piece(NamedTuple):
    """A run of a paragraph's text: plain, or an annotated quote (then marked, and followed by its marker)."""

    text: str
    at_start: bool  # begins the paragraph (Markdown escapes its first character more)
    at_end: bool
    annotation: Annotation | None = None
    number: int = 0  # the annotation's number on the page
    marker_only: bool = False  # a quote overlapping the one before: its marker only


class Block(NamedTuple):
    role: str  # STANDFIRST, HEADING or PARAGRAPH
    pieces: tuple[Piece, ...]


def _pieces(text: str, line_start: int, annotations: list[tuple[int, Annotation]]) -> tuple[Piece, ...]:
    out, pos = [], 0
    for number, a in annotations:
        start = a.start - line_start
        end = start + len(a.quote)
        if start >= pos:
            out.append(Piece(text[pos:start], pos == 0, False))
            out.append(Piece(text[start:end], start == 0, end == len(text), a, number))
            pos = end
        else:  # overlaps the previous quote: marker only
            out.append(Piece("", False, False, a, number, marker_only=True))
    out.append(Piece(text[pos:], pos == 0, True))
    return tuple(p for p in out if p.text or p.annotation is not None)


def note_numbers(page: Page) -> dict[str, int]:
    """Notes are numbered in the order they were added to the sidecar, not by position: a note added earlier
    in the text does not renumber the others, so "note 3" stays note 3."""
    return {a.id: i for i, a in enumerate(sorted(page.annotations, key=lambda a: a.line), start=1)}


def _blocks(page: Page, text_spans: list[tuple[int, int, int]]) -> list[Block]:
    numbered = note_numbers(page)
    by_line: dict[int, list[tuple[int, Annotation]]] = defaultdict(list)
    for a in page.annotations:
        for number, lo, hi in text_spans:
            if lo <= a.start < hi:
                by_line[number].append((numbered[a.id], a))
    starts = {number: lo for number, lo, _ in text_spans}
    return [
        Block(line.role, _pieces(line.text, starts[line.number], by_line.get(line.number, [])))
        for line in page.clean.lines
        if line.role in (STANDFIRST, HEADING, PARAGRAPH)
    ]


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated words without their outer punctuation: 'Ke-qiang' stays one word, as Pagefind keeps it."""
    return tuple(w for w in (w.strip(".,;:!?()'\"“”‘’") for w in text.casefold().split()) if w)


def _spaced(words: tuple[str, ...]) -> str:
    """Words as " a b c ": one holds another's words in a row exactly when its spaced string holds the other's (no word
    holds a space, none is empty), and a substring test is a C loop, not a Python one over every place."""
    return f" {' '.join(words)} "


@functools.lru_cache(maxsize=4096)  # the same few leader and agreement sets recur across thousands of articles
def _alias_list(aliases: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases worth indexing: those whose words the names (and longer aliases) do not already hold in a row.

    'Putin' next to 'Vladimir Putin' adds nothing a search could find, yet costs a position in every
    article of a frequent leader; such forms are left out of the index (and out of the positions
    Pagefind downloads for a query), while every word sequence a reader could search for stays.
    """
    # (every indexed sequence in one string: " a b " + " c d " -> " a b  c d "; a sequence of words in a row, spaced
    # once between them, cannot run across the two spaces where one ends and the next starts)
    indexed = "".join(_spaced(_words(name)) for name in names)
    keep = set()
    for alias in sorted(set(aliases), key=lambda a: (-len(_words(a)), a)):
        words = _words(alias)
        if words and _spaced(words) not in indexed:
            indexed += _spaced(words)
            keep.add(alias)
    return tuple(a for a in dict.fromkeys(aliases) if a in keep)


# LATIN_NATIVE_NOT_INDEXED: a leader's name spelled in another language's Latin alphabet (Turkish "Şi Cinping") finds
# the leader in that language's pages, but is not put in the search index: its short words ("şi") would change what a
# reader's words match by their start (Pagefind matches "silk" to the longest indexed word it starts with), and one
# site and its shards would then answer a query differently. The English name and its aliases find the article.
def _latin(text: str) -> bool:
    return all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def search_terms(page: Page, registry: Registry) -> list[str]:
    """The names a search should find the article by: year, outlet, author, leaders and agreements with the
    registry's spellings worth indexing (templates/article.md puts them in a section of their own)."""
    m = page.metadata
    aliases: list[str] = []
    names: list[str] = []
    for kind, field in (("leaders", m.leaders), ("agreements", m.agreements)):
        for name in field.value or ():
            entity = registry.entity(kind, name)
            if entity:
                aliases.extend(f for f in entity.forms if f != name)
                # searchable in the other scripts (Cyrillic, Chinese, Arabic, Korean, ...): LATIN_NATIVE_NOT_INDEXED
                aliases.extend(native for _lang, native in entity.native if not _latin(native))
            names.append(name)
    facts = [
        m.date.value[:4] if m.date.known else "",
        m.outlet.value if m.outlet.known else "",
        m.author.value if m.author.known else "",
    ]
    return [t for t in facts if t] + names + list(_alias_list(tuple(aliases), tuple(names)))


def article_markdown(
    page: Page,
    neighbours: tuple[Entry | None, Entry | None],
    registry: Registry,
    text_spans: list[tuple[int, int, int]],
    cite: dict | None = None,
) -> str:
    """The article's page: flat front matter, then annotated Markdown (templates/article.md)."""
    doc = article_doc(page.slug)
    older, newer = neighbours
    body = render(
        "article.md",
        doc=doc,
        slug=page.slug,
        title=title_of(page),
        m=page.metadata,
        raw=page.clean.raw,
        dropped=page.clean.dropped,
        description=description_of(page),
        blocks=_blocks(page, text_spans),
        annotations=page.annotations,
        numbers=note_numbers(page),
        search_terms=search_terms(page, registry),
        older=older,
        newer=newer,
    )
    fields = front_matter_fields(page)
    if cite:
        fields["cite"] = cite  # the head's metadata and the "Cite this article" box (archive.cite, overrides/)
    return front_matter(fields) + body.strip("\n") + "\n"


def card_html(page: Page, registry: Registry) -> str:
    """The facts card alone (templates/card.html), as the article page shows it."""
    return render(
        "card.html", doc=article_doc(page.slug), title=title_of(page), m=page.metadata, description=description_of(page)
    )


# --- listings, index pages and charts ------------------------------------------------------------------


@dataclass(frozen=True)
class IndexDoc:
    """A generated index page: a digest of everything it shows, and the function that renders it.

    The build compares the digest with the last build's and renders only pages whose digest changed: a new
    annotation re-renders the few listings that show its article's row, not all of them."""

    inputs: str
    render: Callable[[], str]


def year_of(entry: Entry) -> str:
    return entry.date[:4] if entry.date is not None else "Undated"


def sort_key(entry: Entry) -> tuple[str, str]:
    """Date order; undated articles last; the slug breaks ties so the order is total and stable."""
    return (entry.date if entry.date is not None else "9999", entry.slug)


class Chunk(NamedTuple):
    doc: str  # docs-relative file of this page of the listing
    entries: list[Entry]


def paginate(base: str, entries: list[Entry]) -> list[Chunk]:
    """base 'leaders/x.md' -> [('leaders/x.md', rows), ('leaders/x-page-2.md', rows), ...]."""
    chunks = [entries[i : i + LISTING_PAGE_ROWS] for i in range(0, len(entries), LISTING_PAGE_ROWS)] or [[]]
    return [Chunk(base if i == 1 else base[:-3] + f"-page-{i}.md", chunk) for i, chunk in enumerate(chunks, start=1)]


@dataclass(frozen=True)
class ChartData:
    """The figures the charts show: articles per year, and per leader and year (leaders most covered first)."""

    years: tuple[str, ...]
    per_year: tuple[int, ...]
    leaders: tuple[tuple[str, tuple[int, ...]], ...]


def chart_data(entries: list[Entry]) -> ChartData:
    # Every year from the first to the last, so a gap in coverage shows as a gap; undated articles last.
    seen = {year_of(e) for e in entries}
    dated = sorted(int(y) for y in seen if y.isdigit())
    span = range(dated[0], dated[-1] + 1) if dated else range(0)
    years = [str(y) for y in (span if len(span) <= MAX_CHART_YEARS else dated)]
    years += ["Undated"] if "Undated" in seen else []
    per_year = Counter(year_of(e) for e in entries)
    per_leader: dict[str, Counter[str]] = defaultdict(Counter)
    for e in entries:
        for name in e.leaders or ():
            per_leader[name][year_of(e)] += 1
    order = sorted(per_leader, key=lambda n: (-sum(per_leader[n].values()), n))
    return ChartData(
        tuple(years),
        tuple(per_year[y] for y in years),
        tuple((name, tuple(per_leader[name][y] for y in years)) for name in order),
    )


class Bar(NamedTuple):
    label: str
    value: int
    x: str  # SVG coordinates, formatted
    y: str
    width: str
    height: str
    middle: str
    axis_y: int
    value_y: str


class Chart(NamedTuple):
    id: str
    title: str
    desc: str  # the figures as text, for readers who cannot see the chart
    width: int
    height: int
    bars: tuple[Bar, ...]


class ChartsView(NamedTuple):
    charts: tuple[Chart, ...]
    years: tuple[str, ...]
    leaders: tuple[tuple[str, tuple[int, ...]], ...]


def bar_chart(title: str, labels: list[str] | tuple[str, ...], values: list[int] | tuple[int, ...], chart_id: str) -> Chart:
    top = max(values, default=0) or 1
    bar_w = (CHART_WIDTH - 2 * CHART_PAD) / max(len(values), 1)
    bars = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        h = (CHART_HEIGHT - 2 * CHART_PAD) * value / top
        x = CHART_PAD + i * bar_w
        y = CHART_HEIGHT - CHART_PAD - h
        bars.append(
            Bar(
                label,
                value,
                f"{x + 2:.1f}",
                f"{y:.1f}",
                f"{bar_w - 4:.1f}",
                f"{h:.1f}",
                f"{x + bar_w / 2:.1f}",
                CHART_HEIGHT - CHART_PAD + 14,
                f"{y - 4:.1f}",
            )
        )
    desc = "; ".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True))
    return Chart(chart_id, title, desc, CHART_WIDTH, CHART_HEIGHT, tuple(bars))


def charts_view(data: ChartData) -> ChartsView:
    """Articles per year, and per leader over the years (the most covered leaders each a chart)."""
    charts = [bar_chart("Articles per year", data.years, data.per_year, "chart-years")]
    for i, (name, counts) in enumerate(data.leaders[:LEADER_CHARTS]):
        charts.append(bar_chart(f"Articles with {name}, per year", data.years, counts, f"chart-leader-{i}"))
    return ChartsView(tuple(charts), data.years, data.leaders)


def generated_page(template: str, title: str, description: str = "", extra: dict | None = None, **context: object) -> str:
    """An index page: front matter (raw title; the site's hook escapes it; extra fields for overrides/), then its
    template's HTML."""
    meta: dict[str, object] = {"title": title, "archive_generated": True, **(extra or {})}
    if description:
        meta["description"] = description
    return front_matter(meta) + render(template, **context).strip("\n") + "\n"


def _all_page(doc: str, chunk: list[Entry], docs: list[str], total: int) -> str:
    return generated_page("all.md", "All articles", doc=doc, entries=chunk, docs=docs, total=total)


TIMELINE_PER_YEAR = 10  # articles listed under each year on the timeline; the year's own page lists all


def _timeline_index(data: ChartData, year_counts: list[tuple[str, int]], recent: dict[str, list[Entry]]) -> str:
    years = sorted(year_counts, key=lambda yc: (yc[0].isdigit(), yc[0]), reverse=True)  # newest first, undated last
    return generated_page(
        "timeline_index.md", "Timeline", doc="timeline/index.md", chart=charts_view(data), years=years, recent=recent
    )


def _timeline_page(doc: str, year: str, chunk: list[Entry], docs: list[str], total: int) -> str:
    return generated_page("timeline_year.md", f"Timeline: {year}", doc=doc, year=year, entries=chunk, docs=docs, total=total)


def _kind_index(kind: str, label: str, names: list[tuple[str, str, int]], unknown_count: int) -> str:
    return generated_page("kind_index.md", label, doc=f"{kind}/index.md", kind=kind, names=names, unknown_count=unknown_count)


def _entity_page(
    doc: str,
    kind: str,
    label: str,
    name: str,
    forms: tuple[str, ...],
    role: str,
    chunk: list[Entry],
    docs: list[str],
    total: int,
    counts: str,
    entity: dict | None = None,
) -> str:
    # The entity's identifiers, other scripts and feed are shown by overrides/partials/entity.html.
    return generated_page(
        "entity.md",
        name,
        extra={"entity": entity} if entity else None,
        doc=doc,
        kind=kind,
        label=label,
        name=name,
        forms=forms,
        role=role,
        entries=chunk,
        docs=docs,
        total=total,
        counts=counts,
    )


def entity_meta(kind: str, name: str, entity: Entity | None) -> dict:
    """An entity page's front matter "entity": its kind, name, Wikidata id, names in other scripts and its feed."""
    from .cite import entity_json_ld
    from .feeds import feed_path  # feeds imports this module (sort_key)

    return {
        "kind": kind,
        "name": name,
        "wikidata": entity.wikidata if entity else "",
        "native": dict(entity.native) if entity else {},  # language -> name
        "feed": feed_path(kind, name) if kind in ("leaders", "agreements") else "",
        "json_ld": entity_json_ld(kind, name, entity),
    }


def _home(
    latest: list[Entry], total: int, total_annotations: int, outlets: int, downloads: list[tuple[str, str]], data: ChartData
) -> str:
    return generated_page(
        "home.md",
        "Summit Archive",
        "Press coverage of Russia–China leader meetings, annotated.",
        doc="index.md",
        latest=latest,
        total=total,
        total_annotations=total_annotations,
        outlets=outlets,
        downloads=downloads,
        chart=charts_view(data),
    )


ENTITY_KINDS = (("leaders", "Leaders", "leaders"), ("outlets", "Outlets", "outlet"), ("agreements", "Agreements", "agreements"))


def index_docs(
    entries: list[Entry],
    registry: Registry,
    total_annotations: int,
    downloads: list[tuple[str, str]],
) -> dict[str, IndexDoc]:
    """Home, timeline (per year), all-articles table, and one page per leader, outlet and agreement.

    Nothing is rendered here: each page comes with a digest of what it shows (its rows' facts, its counts,
    its pager), and the writer renders only those whose digest changed."""
    entries = sorted(entries, key=sort_key)
    facts = {e.slug: repr(e) for e in entries}
    out: dict[str, IndexDoc] = {}

    def rows(chunk: list[Entry]) -> str:
        return "\x1d".join(facts[e.slug] for e in chunk)

    # All articles, paginated.
    chunks = paginate("all/index.md", entries)
    docs = [c.doc for c in chunks]
    for doc, chunk in chunks:
        out[doc] = IndexDoc(
            digest("all", doc, len(entries), docs, rows(chunk)), partial(_all_page, doc, chunk, docs, len(entries))
        )

    # Timeline: an overview with the charts, one page per year.
    data = chart_data(entries)
    by_year: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_year[year_of(e)].append(e)
    year_counts = [(year, len(by_year[year])) for year in sorted(by_year)]
    recent = {year: sorted(group, key=sort_key)[-TIMELINE_PER_YEAR:][::-1] for year, group in by_year.items()}
    out["timeline/index.md"] = IndexDoc(
        digest("timeline", data, year_counts, {y: rows(g) for y, g in sorted(recent.items())}),
        partial(_timeline_index, data, year_counts, recent),
    )
    for year, year_entries in by_year.items():
        chunks = paginate(f"timeline/{year.lower()}.md", year_entries)
        docs = [c.doc for c in chunks]
        for doc, chunk in chunks:
            out[doc] = IndexDoc(
                digest("year", doc, year, len(year_entries), docs, rows(chunk)),
                partial(_timeline_page, doc, year, chunk, docs, len(year_entries)),
            )

    # One page per leader, outlet and agreement; and an index of each kind.
    for kind, label, attr in ENTITY_KINDS:
        groups: dict[str, list[Entry]] = defaultdict(list)
        unknown_count = 0
        for e in entries:
            value = getattr(e, attr)
            if value is None:
                unknown_count += 1
                continue
            for name in (value,) if kind == "outlets" else value:
                groups[name].append(e)
        names = []
        for name in sorted(groups, key=lambda n: (-len(groups[n]), n)):
            entity = registry.entity(kind, name)
            names.append((name, entity.role if entity else "", len(groups[name])))
        out[f"{kind}/index.md"] = IndexDoc(
            digest("kind", kind, names, unknown_count), partial(_kind_index, kind, label, names, unknown_count)
        )
        for name, group in groups.items():
            entity = registry.entity(kind, name)
            forms, role = (entity.forms, entity.role) if entity else ((), "")
            meta = entity_meta(kind, name, entity)
            chunks = paginate(entity_doc(kind, name), group)
            docs = [c.doc for c in chunks]
            per_year = Counter(year_of(e) for e in group)
            counts = ", ".join(f"{y}: {per_year[y]}" for y in sorted(per_year))
            for doc, chunk in chunks:
                out[doc] = IndexDoc(
                    digest("entity", doc, kind, name, forms, role, len(group), counts, docs, rows(chunk), meta),
                    partial(_entity_page, doc, kind, label, name, forms, role, chunk, docs, len(group), counts, meta),
                )

    # Home.
    latest = sorted((e for e in entries if e.date is not None), key=sort_key, reverse=True)[:LATEST_ON_HOME]
    outlets = len({e.outlet for e in entries if e.outlet is not None})
    out["index.md"] = IndexDoc(
        digest("home", rows(latest), len(entries), total_annotations, outlets, downloads, data),
        partial(_home, latest, len(entries), total_annotations, outlets, downloads, data),
    )
    return out
