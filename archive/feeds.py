"""Atom feeds, written with feedgen: the newest articles, the newest annotations, and one per leader and agreement.

Every date in a feed comes from the data (an article's date, an annotation's "created"), never from the clock: the
feed's own <updated> is its newest entry's, so two builds of the same archive write the same bytes. Undated articles
are left out of feeds (a feed is ordered by date). A date known to the month or year only stands for its first day.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from feedgen.feed import FeedGenerator

from .model import Entry
from .urls import entity_doc, url_of
from .views import sort_key

FEED_ENTRIES = 50  # entries per feed: the newest ones
FEEDS_FOLDER = "feeds"
# Characters XML 1.0 forbids (lxml refuses them): removed from feed text, which is otherwise escaped by lxml.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
SITE_NAME = "Summit Archive"


def feed_path(kind: str, name: str) -> str:
    """'leaders', 'Vladimir Putin' -> 'feeds/leaders/vladimir-putin.xml' (the entity page's own address, as XML)."""
    return f"{FEEDS_FOLDER}/{entity_doc(kind, name)[:-3]}.xml"


ARTICLES_FEED = f"{FEEDS_FOLDER}/articles.xml"
ANNOTATIONS_FEED = f"{FEEDS_FOLDER}/annotations.xml"


def _text(value: str) -> str:
    return XML_INVALID.sub("", value)


def when(iso: str) -> datetime.datetime:
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return datetime.datetime(parts[0], parts[1], parts[2], tzinfo=datetime.UTC)


def _absolute(base_url: str, path: str) -> str:
    return base_url + path


def _feed_id(base_url: str, path: str) -> str:
    return _absolute(base_url, path) if base_url else f"urn:summit-archive:{path}"


def _new_feed(base_url: str, path: str, title: str, page: str) -> FeedGenerator:
    fg = FeedGenerator()
    fg.id(_feed_id(base_url, path))
    fg.title(_text(title))
    fg.link(href=_absolute(base_url, path), rel="self")
    fg.link(href=_absolute(base_url, page), rel="alternate")
    fg.generator(SITE_NAME)  # not feedgen's name and version: an upgrade must not change the bytes
    fg.language("en")
    return fg


def _finish(fg: FeedGenerator, newest: str | None) -> bytes:
    # Atom requires <updated>: the newest entry's date, or the archive's epoch for an empty feed (never "now").
    fg.updated(when(newest or "1970-01-01"))
    return fg.atom_str(pretty=True)


def articles_feed(entries: Iterable[Entry], base_url: str, path: str, title: str, page: str) -> bytes:
    dated = sorted((e for e in entries if e.date is not None), key=sort_key, reverse=True)[:FEED_ENTRIES]
    fg = _new_feed(base_url, path, title, page)
    for e in reversed(dated):  # feedgen adds each entry first: oldest in, newest out on top
        url = _absolute(base_url, url_of(f"articles/{e.slug}.md"))
        fe = fg.add_entry()
        fe.id(_feed_id(base_url, url_of(f"articles/{e.slug}.md")))
        fe.title(_text(e.title))
        fe.link(href=url, rel="alternate")
        assert e.date is not None  # only dated entries are listed
        fe.updated(when(e.date))
        fe.published(when(e.date))
        if e.lead:
            fe.summary(_text(e.lead))
        if e.outlet:
            fe.category(term=_text(e.outlet), label=_text(f"Outlet: {e.outlet}"))
    return _finish(fg, dated[0].date if dated else None)


def annotations_feed(annotations: Iterable[tuple], titles: dict[str, str], base_url: str) -> bytes:
    """annotations: (slug, id, created, kind, author, quote, note) of every annotation."""
    newest = sorted(annotations, key=lambda a: (a[2], a[0], a[1]), reverse=True)[:FEED_ENTRIES]
    fg = _new_feed(base_url, ANNOTATIONS_FEED, f"{SITE_NAME}: newest annotations", "")
    for slug, annotation_id, created, kind, author, quote, note in reversed(newest):
        page = url_of(f"articles/{slug}.md")
        fe = fg.add_entry()
        fe.id(_feed_id(base_url, f"{page}#annotation-{annotation_id}"))
        fe.title(_text(f"{kind}: “{quote}” ({titles.get(slug, slug)})"))
        fe.link(href=_absolute(base_url, f"{page}#annotation-{annotation_id}"), rel="alternate")
        fe.author(name=_text(author))
        fe.updated(when(created))
        fe.published(when(created))
        fe.summary(_text(note))  # the note's Markdown, as text: feed readers show it escaped, never as HTML
    return _finish(fg, newest[0][2] if newest else None)


# Material's language switcher fetches "sitemap.xml" beside every <link rel="alternate"> of a page, feeds included
# (a 404 in every reader's console otherwise): each feeds folder answers with an empty one.
EMPTY_SITEMAP = b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n'


def sitemap_stubs(paths: Iterable[str]) -> dict[str, bytes]:
    """feeds/sitemap.xml, feeds/leaders/sitemap.xml, ...: one in each folder that holds a feed."""
    return {f"{path.rsplit('/', 1)[0]}/sitemap.xml": EMPTY_SITEMAP for path in sorted(paths)}


def feed_outputs(entries: list[Entry], base_url: str) -> dict[str, tuple[str, str, tuple]]:
    """Every article feed: path -> (title, page it belongs to, the entries it lists)."""
    out: dict[str, tuple[str, str, tuple]] = {
        ARTICLES_FEED: (f"{SITE_NAME}: newest articles", "", tuple(entries)),
    }
    groups: dict[tuple[str, str], list[Entry]] = {}
    for e in entries:
        for kind, names in (("leaders", e.leaders), ("agreements", e.agreements)):
            for name in names or ():
                groups.setdefault((kind, name), []).append(e)
    for (kind, name), group in sorted(groups.items()):
        out[feed_path(kind, name)] = (f"{SITE_NAME}: {name}", url_of(entity_doc(kind, name)), tuple(group))
    return out
