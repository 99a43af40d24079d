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

from .mdtext import front_matter, markdown_text
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


def articles(count: int) -> str:
    """'1 article', '2 articles': the count as a reader says it."""
    return f"{count} article" if count == 1 else f"{count} articles"


def year_of(entry: Entry) -> str:
    return entry.date[:4] if entry.date is not None else "Undated"


def sort_key(entry: Entry) -> tuple:
    """Date order; undated articles last; the slug breaks ties so the order is total and stable."""
    return (entry.date if entry.date is not None else "9999", entry.slug)


# Names of ASCII letters and digits in words joined by single spaces get a plain page address ("Vladimir Putin" ->
# vladimir-putin); any other name (with punctuation, "Foo-Bar"; an outlet read from a page, "Outlet <b>"; one cut
# short by the slug's length limit) gets a short hash of the exact name too, so that "Foo Bar" and "Foo-Bar" or two
# long names sharing their first 60 characters can't share one page. A plain slug that is a listing's ("index",
# "x-page-2") gets the hash as well: no entity can take a listing's place.
PLAIN_NAME = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
LISTING_SLUG = re.compile(r"index|con|prn|aux|nul|com[0-9]|lpt[0-9]")  # and the names Windows reserves
PAGED_SLUG = re.compile(r"-page-[0-9]+\Z")


def entity_doc(kind: str, name: str, part: int = 1) -> str:
    slug = slugify(name)
    plain = PLAIN_NAME.fullmatch(name) and slug == name.lower().replace(" ", "-")
    if not plain or LISTING_SLUG.fullmatch(slug) or PAGED_SLUG.search(slug):
        slug += "--" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]  # "--": never in a plain slug
    suffix = "" if part == 1 else f"-page-{part}"
    return f"{kind}/{slug}{suffix}.md"


def _provenance_marker(field: Field) -> str:
    if field.provenance.source == FROM_CONTRIBUTOR:
        basis = esc(field.provenance.evidence)
        # A disclosure, not a tooltip: the basis opens by keyboard and touch too.
        return (
            f' <details class="sa-prov-details" data-pagefind-ignore><summary class="sa-prov sa-prov-contributor">contributor</summary>'
            f'<span class="sa-prov-basis">Supplied by a contributor: {basis}</span></details>'
        )
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
    if m.wire.known:  # where the copy came from, when the page says: shown only then (most pages are no reprint)
        rows.insert(2, ("Wire source", esc(m.wire.value) + _provenance_marker(m.wire)))
    # Labels stay out of the search index; the spaces keep Pagefind from running values together.
    items = " ".join(f"<dt data-pagefind-ignore>{esc(k)}</dt> <dd>{v}</dd>" for k, v in rows)
    # One line (date · outlet · author) stands before the text; the whole card is one tap away.
    line = " · ".join(
        (
            esc(human_date(m.date.value)) if m.date.known else "Date unknown",
            esc(m.outlet.value) if m.outlet.known else "Outlet unknown",
            esc(m.author.value) if m.author.known else "Author unknown",
        )
    )
    # The card is out of the search index (its filters and meta still count): excerpts come from the text.
    return (
        f'<details class="sa-facts" data-pagefind-ignore><summary class="sa-facts__summary"><span class="sa-facts__line">{line}</span> '
        f'<span class="sa-facts__more">Facts and sources</span></summary>'
        f'<div class="sa-card" aria-label="Article facts" data-pagefind-meta="title:{esc(_title(page))}"><dl>{items}</dl></div>'
        f'<span hidden data-pagefind-meta="lead">{esc(_description(page))}</span></details>'
    )


def search_terms(page: Page, registry: Registry) -> str:
    """The names a search should find the article by, in a section of their own at the end of the indexed body.

    Year, outlet, author, leaders and agreements with their registry spellings: searchable, yet apart from the
    text (Pagefind makes the heading a sub-result, #search-terms), so the search shows a text excerpt, not these.
    Hidden from readers: the facts card shows the same facts.
    """
    m = page.metadata
    aliases, names = [], []
    for kind, field in (("leaders", m.leaders), ("agreements", m.agreements)):
        for name in field.value or ():
            entity = registry.entity(kind, name)
            if entity:
                aliases.extend(f for f in entity.forms if f != name)
            names.append(name)
    facts = [
        m.date.value[:4] if m.date.known else "",
        m.outlet.value if m.outlet.known else "",
        m.author.value if m.author.known else "",
    ]
    terms = [t for t in facts if t] + names + list(_alias_list(tuple(aliases), tuple(names)))
    if not terms:
        return ""
    return f'<div class="sa-search-terms" aria-hidden="true"><h2 id="search-terms">{esc(", ".join(terms))}</h2></div>'


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated words without their outer punctuation: 'Ke-qiang' stays one word, as Pagefind keeps it."""
    return tuple(w for w in (w.strip(".,;:!?()'\"“”‘’") for w in text.casefold().split()) if w)


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


@functools.lru_cache(maxsize=4096)  # the same few leader and agreement sets recur across thousands of articles
def _alias_list(aliases: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases worth indexing: those whose words the names (and longer aliases) do not already hold in a row.

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
    return tuple(a for a in dict.fromkeys(aliases) if a in keep)


def _paragraph(
    text: str, line_start: int, annotations: list[tuple[int, Annotation]], escape: Callable[..., str], markdown: bool
) -> str:
    """A paragraph's text, escaped for where it stands (a Markdown paragraph, or a raw HTML block), with each
    annotated quote marked and followed by the numbered marker that opens its note."""
    out, pos = [], 0

    def part(lo: int, hi: int) -> str:
        if not markdown:
            return escape(text[lo:hi])
        return escape(text[lo:hi], at_line_start=lo == 0, at_line_end=hi == len(text))

    for number, a in annotations:
        start = a.start - line_start
        end = start + len(a.quote)
        note_id = f"note-{esc(a.id)}"
        marker = (
            f'<button type="button" class="sa-marker" popovertarget="{note_id}" aria-describedby="{note_id}" '
            f'aria-label="Annotation {number} ({esc(a.kind)})" data-pagefind-ignore>{number}</button>'
        )
        if start >= pos:
            out.append(part(pos, start))
            out.append(f'<mark class="sa-quote" id="quote-{esc(a.id)}">{part(start, end)}</mark>{marker}')
            pos = end
        else:  # overlaps the previous quote: marker only
            out.append(marker)
    out.append(part(pos, len(text)))
    return "".join(out)


def _note_popover(number: int, a: Annotation) -> str:
    return (
        f'<aside class="sa-note" id="note-{esc(a.id)}" popover role="note" aria-label="Annotation {number}" data-pagefind-ignore>'
        f'<p class="sa-note-head"><strong>{number}. {esc(a.kind)}</strong> · {esc(a.author)}, {esc(a.created)}</p>'
        f"{a.note_html}</aside>"
    )


# The article's parts are marked with HTML comments, which Markdown passes through and every Markdown
# tool hides; the site's hook (hooks/archive_hooks.py) turns them into the wrappers the page's layout and
# Pagefind need. A wrapper <div> in the file itself would make Markdown treat the text inside as raw HTML.
ARTICLE_START, ARTICLE_END = "<!-- sa:article -->", "<!-- /sa:article -->"
TEXT_START, TEXT_END = "<!-- sa:text -->", "<!-- /sa:text -->"


def front_matter_fields(page: Page, doc: str) -> dict:
    """The article's front matter: every field at the top level with its true type, provenance beside them."""
    m = page.metadata
    data: dict = {"title": _title(page), "description": _description(page)}
    provenance: dict = {}
    for name, f in m.fields():
        if name == "title":
            data["title_known"] = f.known
        else:
            data[name] = list(f.value) if isinstance(f.value, tuple) else f.value
        for key, value in f.extra:
            data[f"{name}_{key}"] = value or None
        provenance[name] = f.provenance.as_dict()
    data.update(
        {
            "slug": page.slug,
            "slug_pinned": page.slug_pinned,
            "page": url_of(doc),
            "source_file": f"seeds/{page.clean.raw.name}",
            "source_sha256": page.clean.raw.sha256,
            "word_count": page.word_count,
            "annotations": len(page.annotations),
            "needs_curation": list(page.needs_curation),
            "provenance": provenance,
        }
    )
    return data


def article_markdown(page: Page, neighbours: tuple[Entry | None, Entry | None], registry: Registry, text_spans: list) -> str:
    doc = f"articles/{page.slug}.md"
    m = page.metadata
    # Notes are numbered in the order they were added to the sidecar, not by position: a note added
    # earlier in the text does not renumber the others, so "note 3" stays note 3.
    numbered = {a.id: i for i, a in enumerate(sorted(page.annotations, key=lambda a: a.line), start=1)}
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
        marks = by_line.get(line.number, [])
        if line.role == HEADING:
            body.append(f"<h2>{_paragraph(line.text, starts[line.number], marks, esc, markdown=False)}</h2>")
        elif line.role == STANDFIRST:
            body.append(f'<p class="sa-standfirst">{_paragraph(line.text, starts[line.number], marks, esc, markdown=False)}</p>')
        else:  # a Markdown paragraph
            body.append(_paragraph(line.text, starts[line.number], marks, markdown_text, markdown=True))
    notes = [_note_popover(numbered[a.id], a) for a in page.annotations]
    # A quote in the title is listed with the others below; the h1 itself is the theme's.
    annotations_html = ""
    if page.annotations:
        items = []
        for a in sorted(page.annotations, key=lambda a: numbered[a.id]):
            sources = ", ".join(f'<a href="{esc(u)}" rel="nofollow noopener noreferrer">{esc(u)}</a>' for u in a.sources)
            items.append(
                f'<li id="annotation-{esc(a.id)}" value="{numbered[a.id]}"><p><a href="#quote-{esc(a.id)}" data-pagefind-ignore>“{esc(a.quote)}”</a> '
                f'<span class="sa-kind" data-pagefind-ignore>{esc(a.kind)}</span></p>\n{a.note_html}\n'
                f'<p class="sa-byline" data-pagefind-ignore>{esc(a.author)}, <time datetime="{esc(a.created)}">{esc(a.created)}</time>. '
                f"Sources: {sources}</p></li>"
            )
        annotations_html = (
            '<section class="sa-annotations"><h2 id="annotations">Annotations</h2>\n<ol>\n'
            + "\n".join(items)
            + "\n</ol>\n</section>"
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
    blocks = [
        ARTICLE_START,
        metadata_card(page, doc, registry),
        TEXT_START,
        *body,
        TEXT_END,
        *notes,
        annotations_html,
        search_terms(page, registry),
        ARTICLE_END,
        source,
        f'<nav class="sa-prevnext" aria-label="Previous and next article">{"".join(nav)}</nav>' if nav else "",
    ]
    # One block a paragraph, a blank line between: Markdown's paragraphs, and raw HTML blocks it leaves alone.
    return front_matter(front_matter_fields(page, doc)) + "\n\n".join(b for b in blocks if b) + "\n"


def _title(page: Page) -> str:
    return page.heading


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


def _row(doc: str, entry: Entry, show_outlet: bool = True) -> str:
    outlet = esc(entry.outlet) if entry.outlet is not None else "—"
    return (
        f"<tr><td>{esc(entry.date) if entry.date is not None else 'undated'}</td>"
        f'<td><a href="{esc(rel(doc, f"articles/{entry.slug}.md"))}">{esc(entry.title)}</a></td>'
        + (f"<td>{outlet}</td>" if show_outlet else "")
        + f"<td>{entry.annotations}</td></tr>"
    )


def table(doc: str, entries: list[Entry], caption: str, show_outlet: bool = True) -> str:
    """A listing; an outlet's own page leaves out the outlet column (every row would repeat it)."""
    rows = "".join(_row(doc, e, show_outlet) for e in entries)
    outlet_head = '<th scope="col">Outlet</th>' if show_outlet else ""
    return (
        f'<table class="sa-table"><caption>{esc(caption)}</caption><thead><tr><th scope="col">Date</th><th scope="col">Title</th>'
        f'{outlet_head}<th scope="col">Annotations</th></tr></thead><tbody>{rows}</tbody></table>'
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


def generated_page(doc: str, title: str, body_html: str, description: str = "") -> str:
    meta: dict = {"title": title, "archive_generated": True}
    if description:
        meta["description"] = description
    return front_matter(meta) + body_html + "\n"


def _all_page(doc: str, chunk: list[Entry], docs: list[str], total: int) -> str:
    body = f"<p>{articles(total)} in date order.</p>" + pager(doc, docs) + table(doc, chunk, "All articles") + pager(doc, docs)
    return generated_page(doc, "All articles", body)


TIMELINE_PER_YEAR = 10  # articles listed under each year on the timeline; the year's own page lists all


def _timeline_index(data: ChartData, year_counts: list[tuple[str, int]], recent: dict[str, list[Entry]]) -> str:
    """Years, newest first, each with its articles under it (as Material's blog archive), then the charts."""
    doc = "timeline/index.md"
    overview = ["<p>The articles year by year; each year's page lists all of its articles.</p>"]
    for year, count in sorted(year_counts, key=lambda yc: (yc[0].isdigit(), yc[0]), reverse=True):
        year_doc = f"timeline/{year.lower()}.md"
        items = "".join(
            f'<li><time datetime="{esc(e.date or "")}">{esc(human_date(e.date))}</time> · '
            f'<a href="{esc(rel(doc, f"articles/{e.slug}.md"))}">{esc(e.title)}</a></li>'
            for e in recent.get(year, [])
        )
        more = (
            f'<p><a href="{esc(rel(doc, year_doc))}">All {articles(count)} of {esc(year)}</a></p>'
            if count > len(recent.get(year, []))
            else ""
        )
        overview.append(
            f'<h2 id="year-{esc(year.lower())}"><a href="{esc(rel(doc, year_doc))}">{esc(year)}</a> '
            f'<span class="sa-year-count">{articles(count)}</span></h2><ul class="sa-year-list">{items}</ul>{more}'
        )
    overview.append(f'<h2 id="charts">The archive at a glance</h2>{charts(data)}')
    return generated_page(doc, "Timeline", "".join(overview))


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
        f'<p><a href="{esc(rel(doc, "timeline/index.md"))}">All years</a> · {articles(total)} in {esc(year)}.</p>'
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
            f'<li><a href="{esc(rel(f"{kind}/index.md", entity_doc(kind, name)))}">{esc(name)}</a>{role_html}: {articles(count)}</li>'
        )
    note = f"<p>{articles(unknown_count)}: this field unknown, awaiting curation.</p>" if unknown_count else ""
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
) -> str:
    intro = f"<p>{articles(total)} ({esc(counts)}).</p>"
    if len(forms) > 1:
        intro += f'<p class="sa-aliases">Also written: {esc(", ".join(forms[1:]))}</p>'
    if role:
        intro += f"<p>{esc(role)}</p>"
    back = f'<p><a href="{esc(rel(doc, f"{kind}/index.md"))}">All {label.lower()}</a></p>'
    body = back + intro + pager(doc, docs) + table(doc, chunk, f"Articles: {name}", kind != "outlets") + pager(doc, docs)
    return generated_page(doc, name, body)


def _home(
    latest: list[Entry], total: int, total_annotations: int, outlets: int, downloads: list[tuple[str, str]], data: ChartData
) -> str:
    links = " · ".join(f'<a href="{esc(rel("index.md", target))}">{esc(label)}</a>' for label, target in downloads)
    home = (
        "<p>The Summit Archive collects press coverage of meetings between the leaders of Russia and China, cleaned of "
        "page furniture, with the facts of each article at a glance and annotations by contributors beside the text.</p>"
        f'<p class="sa-counts"><strong>{total}</strong> {"article" if total == 1 else "articles"} · '
        f"<strong>{total_annotations}</strong> {'annotation' if total_annotations == 1 else 'annotations'} · "
        f"<strong>{outlets}</strong> {'outlet' if outlets == 1 else 'outlets'}</p>"
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
    recent = {year: sorted(group, key=sort_key)[-TIMELINE_PER_YEAR:][::-1] for year, group in by_year.items()}
    out["timeline/index.md"] = IndexDoc(
        digest("timeline", data, year_counts, {y: rows(g) for y, g in sorted(recent.items())}),
        partial(_timeline_index, data, year_counts, recent),
    )
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
            chunks = paginate(entity_doc(kind, name), group)
            docs = [d for d, _ in chunks]
            per_year = Counter(year_of(e) for e in group)
            counts = ", ".join(f"{y}: {per_year[y]}" for y in sorted(per_year))
            for doc, chunk in chunks:
                out[doc] = IndexDoc(
                    digest("entity", doc, kind, name, forms, role, len(group), counts, docs, rows(chunk)),
                    partial(_entity_page, doc, kind, label, name, forms, role, chunk, docs, len(group), counts),
                )

    # Home.
    latest = sorted((e for e in entries if e.date is not None), key=sort_key, reverse=True)[:LATEST_ON_HOME]
    outlets = len({e.outlet for e in entries if e.outlet is not None})
    out["index.md"] = IndexDoc(
        digest("home", rows(latest), len(entries), total_annotations, outlets, downloads, data),
        partial(_home, latest, len(entries), total_annotations, outlets, downloads, data),
    )
    return out
