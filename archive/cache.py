"""The build's memory between runs, in --cache (default .cache/archive; outside docs/, safe to delete).

    hashes.pickle        each input file's SHA-256, by path, size, mtime and inode (git's index does the same)
    index.pickle         one Summary per article: what archive-wide outputs and the report need of it
    pages/KE/KEY.pickle  one article's Page, read only when its page must be rendered again
    fragments.pickle     each article's archive.json record and JSON-LD items, as last rendered
    last-run.json        the last build's fingerprint and report (a no-op build repeats them)

Articles are keyed by the hash of their raw file, their sidecar, the registry and the code. An edit to one
sidecar therefore reads one raw file and one sidecar, builds one article and loads one or three pages;
the rest is read from the small index. Every file is replaced atomically; any that is missing, stale or
unreadable counts as empty, and the build does the work again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .model import Entry, Page

# A file modified this close to (or after) the moment its hash was recorded may have changed again within
# the file system's timestamp resolution without its size or mtime showing it: it is hashed again.
RACY_WINDOW_NS = 2_000_000_000
# What a pickle load can raise on a truncated, foreign or outdated file: it is then treated as absent.
UNREADABLE = (OSError, EOFError, pickle.PickleError, AttributeError, KeyError, TypeError, ValueError, ImportError, IndexError)


@dataclass(frozen=True, slots=True)
class Summary:
    """What the build keeps of one article between runs: everything but its page's text and notes."""

    key: str  # the cache key it was built under
    raw_path: str  # as messages show it
    raw_sha: str  # "" when the raw file could not be read (then entry is None)
    problems: tuple  # Problem items, reported on every build until fixed
    suggestions: tuple[str, ...]  # possible new registry aliases, for a person to confirm
    entry: Entry | None  # listing facts; its slug is the pinned slug, or "" until one is derived
    slug_pinned: bool = False
    derived_slug: str = ""  # the slug its date and title give, used when none is pinned
    needs_curation: tuple[str, ...] = ()
    rules: tuple[tuple[str, int], ...] = ()  # (rule, lines it dropped)


def _load(path: Path, salt: str) -> dict:
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
    except UNREADABLE:
        return {}
    return data.get("entries", {}) if isinstance(data, dict) and data.get("salt") == salt else {}


def _save(path: Path, salt: str, entries: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump({"salt": salt, "entries": entries}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class FileHashes:
    """SHA-256 of input files, read again only when a file's size, mtime or inode changed."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "hashes.pickle"
        self.old = _load(self.path, "hashes")
        self.new: dict[str, tuple[int, int, int, str]] = {}
        self.started_ns = time.time_ns()
        self.hashed = 0  # files read and hashed in this build

    def sha256(self, path: Path) -> str:
        st = path.stat()
        name = str(path)
        old = self.old.get(name)
        if old and old[:3] == (st.st_size, st.st_mtime_ns, st.st_ino) and st.st_mtime_ns < self.saved_ns - RACY_WINDOW_NS:
            self.new[name] = old
            return old[3]
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        self.new[name] = (st.st_size, st.st_mtime_ns, st.st_ino, sha)
        self.hashed += 1
        return sha

    @property
    def saved_ns(self) -> int:
        return self.old.get("", (0, 0, 0, ""))[1]

    def save(self) -> None:
        # Saved again when a file was hashed (which also moves the racy window past it) or one went away.
        if self.hashed or self.new.keys() != self.old.keys() - {""}:
            _save(self.path, "hashes", {"": (0, self.started_ns, 0, ""), **self.new})


class PageStore:
    """One file an article, named by its key; workers write and read them directly."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def store(self, key: str, page: Page) -> None:
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
        with tmp.open("wb") as handle:
            pickle.dump(page, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

    def load(self, key: str) -> Page | None:
        try:
            with self.path(key).open("rb") as handle:
                page = pickle.load(handle)
        except UNREADABLE:
            return None
        return page if isinstance(page, Page) else None


class Cache:
    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = folder
        self.salt = salt
        self.hashes = FileHashes(folder)
        self.last_run = folder / "last-run.json"
        self.index_path = folder / "index.pickle"
        self.pages = PageStore(folder / "pages")
        self.fragments_path = folder / "fragments.pickle"
        self._index: dict[str, Summary] | None = None
        self._fragments: dict[str, tuple] | None = None

    def key(self, shown: str, raw: Path, sidecar: Path | None) -> str:
        """The article's cache key: its path as messages show it (they name it), raw file, sidecar, registry and code."""
        parts = [self.salt, shown, self.hashes.sha256(raw), self.hashes.sha256(sidecar) if sidecar is not None else ""]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    # The index: loaded on first use (a no-op build never needs it).

    @property
    def index(self) -> dict[str, Summary]:
        if self._index is None:
            self._index = _load(self.index_path, self.salt)
            if not self._index and self.pages.folder.exists():
                shutil.rmtree(self.pages.folder, ignore_errors=True)  # pages no index names: another code version's
        return self._index

    def save_index(self, summaries: dict[str, Summary]) -> None:
        old = self.index
        if summaries.keys() == old.keys():
            return
        _save(self.index_path, self.salt, summaries)
        for key in old.keys() - summaries.keys():
            self.pages.path(key).unlink(missing_ok=True)
        self._index = summaries

    # Fragments: key -> (slug, base URL, archive.json record, JSON-LD items), loaded only when the dataset is rewritten.

    @property
    def fragments(self) -> dict[str, tuple]:
        if self._fragments is None:
            self._fragments = _load(self.fragments_path, self.salt)
        return self._fragments

    def save_fragments(self, fragments: dict[str, tuple]) -> None:
        _save(self.fragments_path, self.salt, fragments)
        self._fragments = fragments
