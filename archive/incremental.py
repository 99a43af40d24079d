"""Is this unchanged? Every decision the build makes about work it may skip, behind one small interface.

    Memo(options)                     the cache for this build, keyed by the code, templates and registry
    memo.key(source)                  an article's key: its files' bytes (hashed only when size or mtime moved)
    memo.unchanged_since_last_run()   nothing at all changed: repeat the last report, render nothing
    memo.articles(keyed, build)       each article's Summary, built only when its key is new (memoised)
    memo.page(key)                    an article's built Page, for rendering
    Signatures                        one signature per output, from what its template shows
    memo.needs_write(rel, signature)  the output's signature moved, or the file is gone
    memo.fragments(...)               each article's dataset part, kept between builds

The storage itself (files, formats, atomic replacement) is archive/cache.py's; the pipeline asks only these.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.metadata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .cache import Cache, PageStore, Summary
from .model import Entry, Fragment, Page, Source
from .textio import file_digest
from .writer import MANIFEST, files_in, read_manifest


def digest(*parts: object) -> str:
    """SHA-256 of the parts as text, each ended by a separator: the signature of what an output shows."""
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(str(part).encode("utf-8"))
        hasher.update(b"\x1e")
    return hasher.hexdigest()


# Installed packages whose version shapes the output (templates, note HTML, sanitizing, YAML reading): part of the
# cache key and of every output signature, so installing another version rebuilds what it makes.
OUTPUT_PACKAGES = ("Jinja2", "Markdown", "nh3", "PyYAML")


def code_version(extra_files: Iterable[Path] = ()) -> str:
    """The build's code, templates and output-shaping packages: a change to any makes every article and output stale."""
    hasher = hashlib.sha256()
    for path in [*sorted(Path(__file__).parent.glob("*.py")), *extra_files]:
        hasher.update(path.name.encode())
        hasher.update(path.read_bytes())
    for package in OUTPUT_PACKAGES:
        try:
            version = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            version = "absent"
        hasher.update(f"\0{package}=={version}".encode())
    return hasher.hexdigest()


class Keyed(NamedTuple):
    """An article's files and the key of their contents."""

    source: Source
    key: str


class Memo:
    def __init__(
        self, cache_folder: Path, docs: Path, registry: Path, templates: Iterable[Path], base_url: str, whole_dataset_max: int
    ) -> None:
        self.cache = Cache(cache_folder, code_version(templates) + file_digest(registry))
        self.salt = self.cache.salt
        self.docs = docs
        self.base_url = base_url
        self.whole_dataset_max = whole_dataset_max  # which dataset files a build writes (export.WHOLE_DATASET_MAX)
        self._manifest: dict[str, tuple[str, str]] | None = None
        self._present: set[str] | None = None

    # --- inputs ------------------------------------------------------------------------------------

    def key(self, source: Source) -> str:
        """The article's key: its path as messages show it (they name it), raw file, sidecar, registry and code."""
        hashes = self.cache.hashes
        sidecar = hashes.sha256(source.sidecar_path) if source.sidecar_path is not None else ""
        parts = [self.salt, source.shown, hashes.sha256(source.raw_path), sidecar]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def _fingerprint(self, keyed: list[Keyed]) -> str:
        """Everything a build's output depends on: inputs, code, registry, base URL, the whole dataset's limit, and the
        docs manifest as left."""
        try:
            manifest = hashlib.sha256((self.docs / MANIFEST).read_bytes()).hexdigest()
        except OSError:
            manifest = "none"
        keys = (f"{k.source.shown}:{k.key}" for k in keyed)
        return digest(self.salt, self.base_url, self.whole_dataset_max, manifest, *keys)

    def last_run(self, keyed: list[Keyed]) -> dict | None:
        """The last build's report and counts, if nothing it depends on changed since (and every file it wrote is
        still there); else None. Nothing is read beyond the inputs' bytes."""
        last = self.cache.load_last_run()  # authenticated: a committed one would otherwise make --check pass unchecked
        if not isinstance(last, dict) or last.get("fingerprint") != self._fingerprint(keyed):
            return None
        if not read_manifest(self.docs).keys() <= files_in(self.docs):
            return None
        return last

    def save_last_run(self, keyed: list[Keyed], report: list[str], counts: dict) -> None:
        self.cache.save_last_run({"fingerprint": self._fingerprint(keyed), "report": report, "counts": counts})

    def save_inputs(self) -> None:
        self.cache.hashes.save()

    # --- articles (memoised by key) --------------------------------------------------------------------

    def articles(
        self,
        keyed: list[Keyed],
        build: Callable[[list[Keyed], PageStore | None], Iterator[tuple[str, Summary, Page | None]]],
        store: bool,
    ) -> tuple[dict[str, Summary], dict[str, Page], int]:
        """Every article's Summary: from the cache's index, or made by build() for the keys it lacks (build stores
        each page in the page store it is given). Returns summaries by key, the pages built in this process,
        and how many were built."""
        old = self.cache.index
        gc.freeze()  # the index lives until the build ends: out of the cycle collector's way
        missing = [k for k in keyed if k.key not in old]
        summaries = {k.key: old[k.key] for k in keyed if k.key in old}
        fresh: dict[str, Page] = {}
        for key, summary, page in build(missing, self.cache.pages if store else None):
            summaries[key] = summary
            if page is not None:
                fresh[key] = page
        return summaries, fresh, len(missing)

    def save_articles(self, summaries: dict[str, Summary]) -> None:
        self.cache.save_index(summaries)

    def page(self, key: str) -> Page | None:
        return self.cache.pages.load(key)

    @property
    def pages(self) -> PageStore:
        return self.cache.pages

    # --- outputs -------------------------------------------------------------------------------------

    def manifest(self) -> dict[str, tuple[str, str]]:
        if self._manifest is None:
            self._manifest = read_manifest(self.docs)
        return self._manifest

    def present(self) -> set[str]:
        """Every file in docs/ now (one walk of the folder)."""
        if self._present is None:
            self._present = files_in(self.docs)
        return self._present

    def needs_write(self, rel: str, signature: str) -> bool:
        """Whether a generated file must be made again: its inputs changed since the last build, or it is gone."""
        old_inputs = self.manifest().get(rel, ("", ""))[1]
        return not (old_inputs and old_inputs == signature and rel in self.present())

    def listing(self) -> dict:
        return self.cache.listing()

    def save_listing(self, listing: dict) -> None:
        self.cache.save_listing(listing)

    def fragments(self) -> dict[str, Fragment]:
        return {key: Fragment(*value) for key, value in self.cache.fragments.items() if len(value) == len(Fragment._fields)}

    def save_fragments(self, fragments: dict[str, Fragment]) -> None:
        self.cache.save_fragments(dict(fragments))


class Signatures:
    """One signature per output, from what its template shows: the memo compares them with the last build's."""

    def __init__(self, salt: str) -> None:
        self.salt = salt

    def article(self, key: str, slug: str, older: Entry | None, newer: Entry | None, base_url: str) -> str:
        def neighbour(entry: Entry | None) -> tuple[str, str] | tuple[()]:
            return (entry.slug, entry.title) if entry else ()

        return digest(self.salt, key, slug, neighbour(older), neighbour(newer), base_url)

    def cite_file(self, key: str, slug: str, base_url: str) -> str:
        """The article's citation downloads (CSL-JSON, BibTeX, RIS): they name its absolute address."""
        return digest(self.salt, key, slug, base_url)

    def datapackage(self, base_url: str, years: list[str], whole: bool) -> str:
        return digest(self.salt, base_url, years, whole)

    def feed(self, path: str, base_url: str, listing: str, title: str, page: object) -> str:
        """A feed of articles shows listing facts only, like the index pages."""
        return digest(self.salt, path, base_url, listing, title, page)

    def stub(self, path: str) -> str:
        return digest(self.salt, path)

    def text(self, key: str) -> str:
        return digest(self.salt, key)

    def listing_facts(self, entries: list[Entry]) -> str:
        """What every index page may show of the articles: while it holds, their signatures are the last build's."""
        return digest(self.salt, *map(repr, entries))

    def index(self, doc: str, inputs: str) -> str:
        return digest(self.salt, doc, inputs)

    def dataset(self, base_url: str, articles: Iterable[tuple[str, str]]) -> str:
        return digest(self.salt, base_url, *sorted(f"{slug}:{key}" for slug, key in articles))
