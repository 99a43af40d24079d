"""Rendering: pages -> the Markdown files, data files and index pages written into docs/.

Article text is untrusted: it never goes through Markdown. Every value is HTML-escaped into a raw HTML
block, which Python-Markdown passes through untouched, so no Markdown extension (attr_list, links,
snippets) can act on it. Titles and descriptions in the front matter are escaped too, because
MkDocs' templates put them into <title>, the navigation and <meta> without escaping.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from .model import FROM_CONTRIBUTOR, HEADING, PARAGRAPH, STANDFIRST, UNKNOWN, Annotation, Entry, Field, Page
from .registry import Registry

LISTING_PAGE_ROWS = 250  # rows per generated listing page: keeps every page far below 500 KB of HTML
LATEST_ON_HOME = 10
MAX_CHART_YEARS = 60  # a wider span (a mistyped year) charts only the years that have articles
MONTHS = "January February March April May June July August September October November December".split()


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def slugify(text: str, max_length: int = 60) -> str:
    # Apostrophes join their word ("Russia's" -> "russias"), other punctuation separates words.
    text = re.sub(r"['’‘`]", "", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > max_length:
            break
        out = candidate
    return out or "untitled"


def url_of(doc: str) -> str:
    """The site URL (directory style) of a docs-relative file: 'a/b.md' -> 'a/b/', 'a/index.md' -> 'a/'."""
    if not doc.endswith(".md"):
        return doc
    stem = doc[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def rel(from_doc: str, to_doc: str) -> str:
    depth = url_of(from_doc).count("/") if from_doc.endswith(".md") else from_doc.count("/")
    return "../" * depth + url_of(to_doc) or "./"


def human_date(iso: str | None) -> str:
    if iso is None:
        return "Unknown"
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def year_of(entry: Entry) -> str:
    return entry.date[:4] if entry.date is not None else "Undated"


def sort_key(entry: Entry) -> tuple:
    """Date order; undated articles last; the slug breaks ties so the order is total and stable."""
    return (entry.date if entry.date is not None else "9999", entry.slug)


# Names made only of these characters get a plain page address ("Vladimir Putin" -> vladimir-putin); any
# other name (an outlet read from a page, say "Outlet <b>") gets a short hash too, so two names that differ
# only in punctuation can't share one page.
PLAIN_NAME = re.compile(r"^[A-Za-z0-9 .,'’&()-]+$")


def entity_doc(kind: str, name: str, part: int = 1) -> str:
    slug = slugify(name)
    if not PLAIN_NAME.match(name):
        slug += "-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:6]
    suffix = "" if part == 1 else f"-page-{part}"
    return f"{kind}/{slug}{suffix}.md"


# Characters JSON leaves raw that YAML refuses in a stream, or reads as line breaks (\x85, \u2028,
# \u2029) and would fold: escaped, so the front matter reads back exactly.
YAML_UNPRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def front_matter(data: dict) -> str:
    """YAML front matter written as JSON (JSON is YAML): ~5x faster than PyYAML's representer, and as strict."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1)
    text = YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return "---\n" + text + "\n---\n\n"


def _provenance_marker(field: Field) -> str:
    if field.provenance.source == FROM_CONTRIBUTOR:
        basis = esc(field.provenance.evidence)
        return f' <span class="sa-prov sa-prov-contributor" title="Supplied by a contributor: {basis}" data-pagefind-ignore>contributor</span>'
    if field.provenance.source == UNKNOWN:
        return ' <span class="sa-prov sa-prov-unknown" data-pagefind-ignore>needs curation</span>'
    return ""


# Placeholders for missing facts are shown, not indexed: they would match every article that lacks a fact.
UNKNOWN_HTML = "<span data-pagefind-ignore>Unknown</span>"


def _links(doc: str, kind: str, field: Field, filter_name: str) -> str:
    if not field.known:
        return UNKNOWN_HTML
    if not field.value:
        return "<span data-pagefind-ignore>None found</span>"
    return ", ".join(
        f'<a href="{esc(rel(doc, entity_doc(kind, name)))}" data-pagefind-filter="{filter_name}">{esc(name)}</a>'
        for name in field.value
    )


def metadata_card(page: Page, doc: str, registry: Registry) -> str:
    m = page.metadata
    date_label = "Event date" if m.date.get("kind") == "event" else "Published"
    date_html = esc(human_date(m.date.value))
    if m.date.known:
        date_html = (
            f'<time datetime="{esc(m.date.value)}" data-pagefind-sort="date:{esc(m.date.value)}" '
            f'data-pagefind-meta="date:{esc(m.date.value)}">{date_html}</time>'
            f' <span data-pagefind-filter="year" data-pagefind-ignore>{esc(m.date.value[:4])}</span>'
            f' <span class="sa-precision" data-pagefind-ignore>({esc(m.date.get("precision"))} precision)</span>'
        )
    outlet = UNKNOWN_HTML
    if m.outlet.known:
        outlet = (
            f'<a href="{esc(rel(doc, entity_doc("outlets", m.outlet.value)))}" data-pagefind-filter="outlet" '
            f'data-pagefind-meta="outlet">{esc(m.outlet.value)}</a>'
        )
    url = (
        f'<a href="{esc(m.url.value)}" rel="nofollow noopener noreferrer" data-pagefind-ignore>{esc(m.url.value)}</a>'
        if m.url.known
        else UNKNOWN_HTML
    )
    rows = [
        (date_label, date_html + _provenance_marker(m.date)),
        ("Outlet", outlet + _provenance_marker(m.outlet)),
        ("Author", (esc(m.author.value) if m.author.known else UNKNOWN_HTML) + _provenance_marker(m.author)),
        ("Leaders", _links(doc, "leaders", m.leaders, "leader") + _provenance_marker(m.leaders)),
        ("Agreements", _links(doc, "agreements", m.agreements, "agreement") + _provenance_marker(m.agreements)),
        ("Original", url + _provenance_marker(m.url)),
    ]
    # Labels stay out of the search index; the spaces keep Pagefind from running values together.
    items = " ".join(f"<dt data-pagefind-ignore>{esc(k)}</dt> <dd>{v}</dd>" for k, v in rows)
    aliases, names = [], []
    for kind, field in (("leaders", m.leaders), ("agreements", m.agreements)):
        for name in field.value or ():
            entity = registry.entity(kind, name)
            if entity:
                aliases.extend(f for f in entity.forms if f != name)
                aliases.extend(native for _lang, native in entity.native)  # searchable in Cyrillic and Chinese script
            names.append(name)
    alias_html = (
        f'<p class="sa-aliases"><span data-pagefind-ignore>Also written:</span> {_alias_list(tuple(aliases), tuple(names))}</p>'
        if aliases
        else ""
    )
    # Searchable, but weighted low so that excerpts and ranking favour the article's own text.
    return f'<div class="sa-card" aria-label="Article facts" data-pagefind-weight="0.2"><dl>{items}</dl> {alias_html}</div>'


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated words without their outer punctuation: 'Ke-qiang' stays one word, as Pagefind keeps it."""
    return tuple(w for w in (w.strip(".,;:!?()'\"“”‘’") for w in text.casefold().split()) if w)


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


@functools.lru_cache(maxsize=4096)  # the same few leader and agreement sets recur across thousands of articles
def _alias_list(aliases: tuple[str, ...], names: tuple[str, ...]) -> str:
    """Every alias shown; indexed only if the card does not already hold its words in a row.

    'Putin' next to 'Vladimir Putin' adds nothing a search could find, yet costs a position in every
    article of a frequent leader; such forms are left out of the index (and out of the positions
    Pagefind downloads for a query), while every word sequence a reader could search for stays.
    """
    indexed = [_words(name) for name in names]
    keep = set()
    for alias in sorted(set(aliases), key=lambda a: (-len(_words(a)), a)):
        words = _words(alias)
        if words and not any(_contains(seq, words) for seq in indexed):
            indexed.append(words)
            keep.add(alias)
    return ", ".join(esc(a) if a in keep else f"<span data-pagefind-ignore>{esc(a)}</span>" for a in aliases)


def _paragraph_html(text: str, line_start: int, annotations: list[tuple[int, Annotation]]) -> str:
    """Escape a paragraph, highlighting annotated quotes with a marker that opens the note."""
    out, pos = [], 0
    for number, a in annotations:
        start = a.start - line_start
        end = start + len(a.quote)
        note_id = f"note-{esc(a.id)}"
        marker = (
            f'<button type="button" class="sa-marker" popovertarget="{note_id}" aria-describedby="{note_id}" '
            f'aria-label="Annotation {number} ({esc(a.kind)})" data-pagefind-ignore>{number}</button>'
        )
        if start >= pos:
            out.append(esc(text[pos:start]))
            out.append(f'<mark class="sa-quote" id="quote-{esc(a.id)}">{esc(text[start:end])}</mark>{marker}')
            pos = end
        else:  # overlaps the previous quote: marker only
            out.append(marker)
    out.append(esc(text[pos:]))
    return "".join(out)


def _note_popover(number: int, a: Annotation) -> str:
    return (
        f'<aside class="sa-note" id="note-{esc(a.id)}" popover role="note" aria-label="Annotation {number}" data-pagefind-ignore>'
        f'<p class="sa-note-head"><strong>{number}. {esc(a.kind)}</strong> · {esc(a.author)}, {esc(a.created)}</p>'
        f"{a.note_html}</aside>"
    )


def article_markdown(
    page: Page, neighbours: tuple[Entry | None, Entry | None], registry: Registry, text_spans: list, cite: dict | None = None
) -> str:
    doc = f"articles/{page.slug}.md"
    m = page.metadata
    numbered = {a.id: i for i, a in enumerate(page.annotations, start=1)}
    by_line: dict[int, list[tuple[int, Annotation]]] = defaultdict(list)
    for a in page.annotations:
        for number, lo, hi in text_spans:
            if lo <= a.start < hi:
                by_line[number].append((numbered[a.id], a))
    body = []
    starts = {number: lo for number, lo, _ in text_spans}
    for line in page.clean.lines:
        if line.role not in (STANDFIRST, HEADING, PARAGRAPH):
            continue
        inner = _paragraph_html(line.text, starts[line.number], by_line.get(line.number, []))
        if line.role == HEADING:
            body.append(f"<h2>{inner}</h2>")
        elif line.role == STANDFIRST:
            body.append(f'<p class="sa-standfirst">{inner}</p>')
        else:
            body.append(f"<p>{inner}</p>")
    notes = "".join(_note_popover(numbered[a.id], a) for a in page.annotations)
    # A quote in the title is listed with the others below; the h1 itself is the theme's.
    annotations_html = ""
    if page.annotations:
        items = []
        for a in page.annotations:
            sources = ", ".join(f'<a href="{esc(u)}" rel="nofollow noopener noreferrer">{esc(u)}</a>' for u in a.sources)
            items.append(
                f'<li id="annotation-{esc(a.id)}"><p><a href="#quote-{esc(a.id)}" data-pagefind-ignore>“{esc(a.quote)}”</a> '
                f'<span class="sa-kind">{esc(a.kind)}</span></p>{a.note_html}'
                f'<p class="sa-byline">{esc(a.author)}, <time datetime="{esc(a.created)}">{esc(a.created)}</time>. '
                f"Sources: {sources}</p></li>"
            )
        annotations_html = (
            f'<section class="sa-annotations"><h2 id="annotations">Annotations</h2><ol>{"".join(items)}</ol></section>'
        )
    prev_page, next_page = neighbours
    nav = []
    if prev_page is not None:
        nav.append(
            f'<a class="sa-prev" rel="prev" href="{esc(rel(doc, f"articles/{prev_page.slug}.md"))}">← Older: {esc(prev_page.title)}</a>'
        )
    if next_page is not None:
        nav.append(
            f'<a class="sa-next" rel="next" href="{esc(rel(doc, f"articles/{next_page.slug}.md"))}">Newer: {esc(next_page.title)} →</a>'
        )
    owner = esc(m.outlet.value) if m.outlet.known else "its original publisher (not yet identified)"
    dropped = "".join(f"<li>line {d.number}: <code>{esc(d.rule)}</code> — {esc(d.text[:200])}</li>" for d in page.clean.dropped)
    provenance_rows = "".join(
        f"<tr><td>{esc(name)}</td><td>{esc(f.provenance.source)}</td><td>{esc(f.provenance.evidence[:300])}</td></tr>"
        for name, f in m.fields()
    )
    source = (
        f'<section class="sa-source" data-pagefind-ignore><h2 id="source">Source and rights</h2>'
        f"<p>This article belongs to {owner}. It is reproduced in the Summit Archive, a research and commentary archive, "
        f'for study and criticism; see <a href="{esc(rel(doc, "about.md"))}#rights-and-takedown">rights and takedown</a>. '
        f'The annotations are licensed CC BY 4.0. The clean text is at <a href="{esc(rel(doc, f"data/text/{page.slug}.txt"))}">'
        f"data/text/{esc(page.slug)}.txt</a>.</p>"
        f"<p>Raw source file: <code>seeds/{esc(page.clean.raw.name)}</code>, SHA-256 <code>{esc(page.clean.raw.sha256)}</code>.</p>"
        f"<details><summary>Where each fact comes from</summary><table><thead><tr><th>Field</th><th>Source</th><th>Evidence or basis</th>"
        f"</tr></thead><tbody>{provenance_rows}</tbody></table></details>"
        f"<details><summary>Lines the cleaning dropped ({len(page.clean.dropped)})</summary><ul>{dropped}</ul></details>"
        f"</section>"
    )
    meta = {
        "title": esc(_title(page)),
        "description": esc(_description(page)),
        "archive": page_record(page, doc),
    }
    if cite:
        meta["cite"] = cite  # the head's metadata and the "Cite this article" box (archive.cite, overrides/)
    parts = [
        front_matter(meta),
        f'<div class="sa-article" data-pagefind-body data-pagefind-meta="title:{esc(_title(page))}">',
        metadata_card(page, doc, registry),
        f'<div class="sa-text">{"".join(body)}</div>',
        notes,
        annotations_html,
        "</div>",
        source,
        f'<nav class="sa-prevnext" aria-label="Previous and next article">{"".join(nav)}</nav>' if nav else "",
    ]
    # One raw HTML block with no blank line inside, so Markdown leaves every part of it alone.
    return parts[0] + "\n".join(p for p in parts[1:] if p) + "\n"


def _title(page: Page) -> str:
    return page.metadata.title.value if page.metadata.title.known else page.clean.raw.name


def _description(page: Page, limit: int = 200) -> str:
    return shorten(page.lead, limit)


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def field_record(f: Field) -> dict:
    value = list(f.value) if isinstance(f.value, tuple) else f.value
    out = {"value": value, "provenance": f.provenance.as_dict()}
    out.update({k: v for k, v in f.extra if v})
    return out


def page_record(page: Page, doc: str) -> dict:
    return {
        "slug": page.slug,
        "slug_pinned": page.slug_pinned,
        "page": url_of(doc),
        "source_file": f"seeds/{page.clean.raw.name}",
        "source_sha256": page.clean.raw.sha256,
        "word_count": page.word_count,
        "needs_curation": list(page.needs_curation),
        **{name: field_record(f) for name, f in page.metadata.fields()},
    }


def annotation_record(a: Annotation) -> dict:
    return {
        "id": a.id,
        "quote": a.quote,
        "prefix": a.prefix,
        "suffix": a.suffix,
        "note": a.note,
        "kind": a.kind,
        "author": a.author,
        "created": a.created,
        "sources": list(a.sources),
        "start": a.start,
        "end": a.start + len(a.quote),
    }


def dumps(data) -> bytes:
    # One record a line: readable in a diff, and without indent= json uses its fast C encoder for each record.
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        head = {k: v for k, v in data.items() if k != "articles"}
        records = ",\n".join(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in data["articles"])
        text = json.dumps(head, sort_keys=True, ensure_ascii=False)[:-1] + ', "articles": [\n' + records + "\n]}"
        return (text + "\n").encode("utf-8")
    return (json.dumps(data, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


# --- listings, index pages and charts -------------------------------------------------------------


@dataclass(frozen=True)
class IndexDoc:
    """A generated index page: a digest of everything it shows, and the function that renders it.

    The build compares the digest with the last build's and renders only pages whose digest changed: a new
    annotation re-renders the few listings that show its article's row, not all of them."""

    inputs: str
    render: Callable[[], str]


def digest(*parts: object) -> str:
    """SHA-256 of the parts as text, each ended by a separator: the signature of what an output shows."""
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(str(part).encode("utf-8"))
        hasher.update(b"\x1e")
    return hasher.hexdigest()


def _row(doc: str, entry: Entry) -> str:
    outlet = esc(entry.outlet) if entry.outlet is not None else "—"
    return (
        f"<tr><td>{esc(entry.date) if entry.date is not None else 'undated'}</td>"
        f'<td><a href="{esc(rel(doc, f"articles/{entry.slug}.md"))}">{esc(entry.title)}</a></td>'
        f"<td>{outlet}</td><td>{entry.annotations}</td></tr>"
    )


def table(doc: str, entries: list[Entry], caption: str) -> str:
    rows = "".join(_row(doc, e) for e in entries)
    return (
        f'<table class="sa-table"><caption>{esc(caption)}</caption><thead><tr><th scope="col">Date</th><th scope="col">Title</th>'
        f'<th scope="col">Outlet</th><th scope="col">Annotations</th></tr></thead><tbody>{rows}</tbody></table>'
    )


def paginate(base: str, entries: list[Entry]) -> list[tuple[str, list[Entry]]]:
    """base 'leaders/x.md' -> [('leaders/x.md', rows), ('leaders/x-page-2.md', rows), ...]."""
    chunks = [entries[i : i + LISTING_PAGE_ROWS] for i in range(0, len(entries), LISTING_PAGE_ROWS)] or [[]]
    out = []
    for i, chunk in enumerate(chunks, start=1):
        doc = base if i == 1 else base[:-3] + f"-page-{i}.md"
        out.append((doc, chunk))
    return out


def pager(doc: str, docs: list[str]) -> str:
    if len(docs) < 2:
        return ""
    links = []
    for i, target in enumerate(docs, start=1):
        if target == doc:
            links.append(f'<span aria-current="page">{i}</span>')
        else:
            links.append(f'<a href="{esc(rel(doc, target))}">{i}</a>')
    return f'<nav class="sa-pager" aria-label="Pages">Page: {" ".join(links)}</nav>'


def bar_chart(title: str, labels: list[str], values: list[int], chart_id: str) -> str:
    """An inline SVG bar chart, readable without JavaScript, with a text alternative."""
    width, height, pad = 640, 200, 30
    top = max(values, default=0) or 1
    bar_w = (width - 2 * pad) / max(len(values), 1)
    bars = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        h = (height - 2 * pad) * value / top
        x = pad + i * bar_w
        y = height - pad - h
        bars.append(
            f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" height="{h:.1f}" class="sa-bar"><title>{esc(label)}: {value}</title></rect>'
            f'<text x="{x + bar_w / 2:.1f}" y="{height - pad + 14}" text-anchor="middle" class="sa-axis">{esc(label)}</text>'
            f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" class="sa-value">{value}</text>'
        )
    desc = "; ".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True))
    return (
        f'<figure class="sa-chart"><svg viewBox="0 0 {width} {height}" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="{chart_id}-t">{esc(title)}</title><desc id="{chart_id}-d">{esc(desc)}</desc>'
        f"{''.join(bars)}</svg><figcaption>{esc(title)}</figcaption></figure>"
    )


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
    per_leader: dict[str, Counter] = defaultdict(Counter)
    for e in entries:
        for name in e.leaders or ():
            per_leader[name][year_of(e)] += 1
    order = sorted(per_leader, key=lambda n: (-sum(per_leader[n].values()), n))
    return ChartData(
        tuple(years),
        tuple(per_year[y] for y in years),
        tuple((name, tuple(per_leader[name][y] for y in years)) for name in order),
    )


def charts(data: ChartData) -> str:
    """Articles per year, and per leader over the years: SVG and the same figures as a table."""
    years = list(data.years)
    out = [bar_chart("Articles per year", years, list(data.per_year), "chart-years")]
    head = "".join(f'<th scope="col">{esc(y)}</th>' for y in years)
    rows = "".join(
        f'<tr><th scope="row">{esc(name)}</th>{"".join(f"<td>{n}</td>" for n in counts)}</tr>' for name, counts in data.leaders
    )
    for i, (name, counts) in enumerate(data.leaders[:6]):
        out.append(bar_chart(f"Articles with {name}, per year", years, list(counts), f"chart-leader-{i}"))
    out.append(
        # One column a year: on a phone the table scrolls inside its own focusable region, not the page.
        '<div class="sa-scroll" tabindex="0" role="region" aria-label="Articles per leader and year (table)">'
        f'<table class="sa-table"><caption>Articles per leader and year</caption><thead><tr><th scope="col">Leader</th>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    return f'<div class="sa-charts">{"".join(out)}</div>'


def generated_page(doc: str, title: str, body_html: str, description: str = "", extra: dict | None = None) -> str:
    meta = {"title": esc(title), "archive_generated": True, **(extra or {})}
    if description:
        meta["description"] = esc(description)
    return front_matter(meta) + body_html + "\n"


def _all_page(doc: str, chunk: list[Entry], docs: list[str], total: int) -> str:
    body = f"<p>{total} articles in date order.</p>" + pager(doc, docs) + table(doc, chunk, "All articles") + pager(doc, docs)
    return generated_page(doc, "All articles", body)


def _timeline_index(data: ChartData, year_counts: list[tuple[str, int]]) -> str:
    overview = ["<p>Every article, grouped by year.</p>", charts(data), "<ul>"]
    for year, count in year_counts:
        overview.append(
            f'<li><a href="{esc(rel("timeline/index.md", f"timeline/{year.lower()}.md"))}">{esc(year)}</a>: {count} articles</li>'
        )
    overview.append("</ul>")
    return generated_page("timeline/index.md", "Timeline", "".join(overview))


def _timeline_page(doc: str, year: str, chunk: list[Entry], docs: list[str], total: int) -> str:
    items = []
    for e in chunk:
        outlet = esc(e.outlet) if e.outlet is not None else "outlet unknown"
        items.append(
            f'<li><time datetime="{esc(e.date or "")}">{esc(human_date(e.date))}</time> · {outlet} · '
            f'<a href="{esc(rel(doc, f"articles/{e.slug}.md"))}">{esc(e.title)}</a>'
            f'<br><span class="sa-teaser">{esc(shorten(e.lead, 160))}</span></li>'
        )
    body = (
        f'<p><a href="{esc(rel(doc, "timeline/index.md"))}">All years</a> · {total} articles in {esc(year)}.</p>'
        + pager(doc, docs)
        + f'<ol class="sa-timeline">{"".join(items)}</ol>'
        + pager(doc, docs)
    )
    return generated_page(doc, f"Timeline: {year}", body)


def _kind_index(kind: str, label: str, names: list[tuple[str, str, int]], unknown_count: int) -> str:
    listing = []
    for name, role, count in names:
        role_html = f" — {esc(role)}" if role else ""
        listing.append(
            f'<li><a href="{esc(rel(f"{kind}/index.md", entity_doc(kind, name)))}">{esc(name)}</a>{role_html}: {count} articles</li>'
        )
    note = f"<p>{unknown_count} articles have this field unknown, awaiting curation.</p>" if unknown_count else ""
    return generated_page(f"{kind}/index.md", label, f"<ul>{''.join(listing)}</ul>{note}")


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
    intro = f"<p>{total} articles ({esc(counts)}).</p>"
    if len(forms) > 1:
        intro += f'<p class="sa-aliases">Also written: {esc(", ".join(forms[1:]))}</p>'
    if role:
        intro += f"<p>{esc(role)}</p>"
    back = f'<p><a href="{esc(rel(doc, f"{kind}/index.md"))}">All {label.lower()}</a></p>'
    body = back + intro + pager(doc, docs) + table(doc, chunk, f"Articles: {name}") + pager(doc, docs)
    # The entity's identifiers, other scripts and feed are shown by overrides/partials/entity.html.
    return generated_page(doc, name, body, extra={"entity": entity} if entity else None)


def entity_meta(kind: str, name: str, entity) -> dict:
    """An entity page's front matter "entity": its kind, name, Wikidata id, names in other scripts and its feed."""
    from .cite import entity_json_ld
    from .feeds import feed_path

    return {
        "kind": kind,
        "name": name,
        "wikidata": entity.wikidata if entity else "",
        "native": [list(pair) for pair in entity.native] if entity else [],
        "feed": feed_path(kind, name) if kind in ("leaders", "agreements") else "",
        "json_ld": entity_json_ld(kind, name, entity),
    }


def _home(
    latest: list[Entry], total: int, total_annotations: int, outlets: int, downloads: list[tuple[str, str]], data: ChartData
) -> str:
    links = " · ".join(f'<a href="{esc(rel("index.md", target))}">{esc(label)}</a>' for label, target in downloads)
    home = (
        "<p>The Summit Archive collects press coverage of meetings between the leaders of Russia and China, cleaned of "
        "page furniture, with the facts of each article at a glance and annotations by contributors beside the text.</p>"
        f'<p class="sa-counts"><strong>{total}</strong> articles · <strong>{total_annotations}</strong> annotations · '
        f"<strong>{outlets}</strong> outlets</p>"
        f'<h2 id="latest">Latest articles</h2>{table("index.md", latest, "Latest articles")}'
        f'<p><a href="{esc(rel("index.md", "timeline/index.md"))}">Timeline</a> · '
        f'<a href="{esc(rel("index.md", "all/index.md"))}">All articles</a> · '
        f'<a href="{esc(rel("index.md", "search.md"))}">Search</a></p>'
        f'<h2 id="shape">The archive at a glance</h2>{charts(data)}'
        f'<h2 id="downloads">Downloads</h2><p>{links}</p>'
    )
    return generated_page("index.md", "Summit Archive", home, "Press coverage of Russia–China leader meetings, annotated.")


ENTITY_KINDS = (("leaders", "Leaders", "leaders"), ("outlets", "Outlets", "outlet"), ("agreements", "Agreements", "agreements"))


def index_docs(
    entries: list[Entry], registry: Registry, total_annotations: int, downloads: list[tuple[str, str]]
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
    docs = [d for d, _ in chunks]
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
    out["timeline/index.md"] = IndexDoc(digest("timeline", data, year_counts), partial(_timeline_index, data, year_counts))
    for year, year_entries in by_year.items():
        chunks = paginate(f"timeline/{year.lower()}.md", year_entries)
        docs = [d for d, _ in chunks]
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
            docs = [d for d, _ in chunks]
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
