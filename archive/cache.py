"""The build's memory between runs, in --cache (default .cache/archive; outside docs/, safe to delete).

Every pickle file starts with an HMAC-SHA256 of its bytes under a key kept outside the repository (KEY_FILE, in
the user's cache folder, made on first use): the cache folder is in the checkout, and a pull request can commit
ignored paths (`git add -f`), so a file there that this machine did not write is never unpickled. Links in the
cache are never followed (a link where a cache file or folder should be is replaced).

    hashes.pickle        each input file's SHA-256, by path, size, mtime and inode (git's index does the same)
    index.pickle         one Summary per article: what archive-wide outputs and the report need of it
    pages/KE/KEY.pickle  one article's Page, read only when its page must be rendered again
    fragments.pickle     each article's archive.json record and JSON-LD items, as last rendered
    listing.pickle       the index pages' input signatures, and a digest of the listing facts they were made from
    last-run.pickle      the last build's fingerprint and report (a no-op build repeats them)

Articles are keyed by the hash of their raw file, their sidecar, the registry and the code. An edit to one
sidecar therefore reads one raw file and one sidecar, builds one article and loads one or three pages;
the rest is read from the small index. Every file is replaced atomically; any that is missing, stale or
unreadable counts as empty, and the build does the work again.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from .model import Entry, Page
from .textio import NotRegularFile, read_regular

# A file modified this close to (or after) the moment its hash was recorded may have changed again within
# the file system's timestamp resolution without its size or mtime showing it: it is hashed again.
RACY_WINDOW_NS = 2_000_000_000
# What a pickle load can raise on a truncated, foreign or outdated file: it is then treated as absent.
UNREADABLE = (OSError, EOFError, pickle.PickleError, AttributeError, KeyError, TypeError, ValueError, ImportError, IndexError)


class Summary(NamedTuple):
    """What the build keeps of one article between runs: everything but its page's text and notes.
    (A named tuple, like Entry, for a fast load of the index.)"""

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


# --- authenticated pickles ---------------------------------------------------------------------------

MAGIC = b"summit-archive cache 1\n"  # then the HMAC-SHA256 of the pickle, then the pickle
MAC_SIZE = 32
KEY_SIZE = 32
O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def key_file() -> Path:
    """Where this machine's cache key lives: the user's cache folder ($XDG_CACHE_HOME or ~/.cache), never the checkout."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    folder = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return folder / "summit-archive" / "cache-key"


_KEY: list[bytes] = []


def cache_key() -> bytes:
    """This user's secret key, made on first use. If it cannot be kept (no writable home), a key for this run only:
    the cache then works within the run and is simply not reused by the next one."""
    if _KEY:
        return _KEY[0]
    path = key_file()
    key = _read_key(path)
    if key is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-key-")
            try:
                os.write(fd, secrets.token_bytes(KEY_SIZE))
                os.close(fd)
                os.link(tmp, path)  # fails if another build made the key first: then that one is used
            except FileExistsError:
                pass
            finally:
                os.unlink(tmp)
        except OSError:
            pass
        key = _read_key(path) or secrets.token_bytes(KEY_SIZE)
    _KEY.append(key)
    return key


def _read_key(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | O_NOFOLLOW)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size != KEY_SIZE:
            return None
        data = os.read(fd, KEY_SIZE)
    finally:
        os.close(fd)
    return data if len(data) == KEY_SIZE else None


def _mac(data: bytes | memoryview, key: bytes | None = None) -> bytes:
    return hmac.new(key or cache_key(), data, hashlib.sha256).digest()


def read_private(path: Path) -> bytes | None:
    """A cache file's bytes, only if it is a regular file (a link is not followed)."""
    try:
        fd = os.open(path, os.O_RDONLY | O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError:
        return None
    finally:
        os.close(fd)


def loads(data: bytes | None, key: bytes | None = None):
    """Unpickle what this machine's builds wrote, and nothing else: None for any file whose MAC does not verify."""
    if data is None or not data.startswith(MAGIC) or len(data) < len(MAGIC) + MAC_SIZE:
        return None
    view = memoryview(data)
    mac, payload = view[len(MAGIC) : len(MAGIC) + MAC_SIZE], view[len(MAGIC) + MAC_SIZE :]
    if not hmac.compare_digest(mac, _mac(payload, key)):
        return None
    try:
        return pickle.loads(payload)
    except UNREADABLE:
        return None


def dumps(obj, key: bytes | None = None) -> bytes:
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return MAGIC + _mac(payload, key) + payload


def real_folder(folder: Path) -> None:
    """Make folder a real directory: a link (or file) standing there, inside the cache, is removed first."""
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        folder.mkdir(parents=True, exist_ok=True)
        return
    if not stat.S_ISDIR(st.st_mode):
        folder.unlink()
        folder.mkdir()


def write_private(path: Path, data: bytes) -> None:
    """Replace path atomically with data, through no link."""
    real_folder(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _load(path: Path, salt: str) -> dict:
    data = loads(read_private(path))
    return data.get("entries", {}) if isinstance(data, dict) and data.get("salt") == salt else {}


def _save(path: Path, salt: str, entries: dict) -> None:
    write_private(path, dumps({"salt": salt, "entries": entries}))


class FileHashes:
    """SHA-256 of input files, read again only when a file's size, mtime or inode changed."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "hashes.pickle"
        self.old = _load(self.path, "hashes")
        self.new: dict[str, tuple[int, int, int, str]] = {}
        self.started_ns = time.time_ns()
        self.hashed = 0  # files read and hashed in this build

    def sha256(self, path: Path) -> str:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(path, st.st_mode)  # a link, FIFO or folder is never followed nor read
        name = str(path)
        old = self.old.get(name)
        if old and old[:3] == (st.st_size, st.st_mtime_ns, st.st_ino) and st.st_mtime_ns < self.saved_ns - RACY_WINDOW_NS:
            self.new[name] = old
            return old[3]
        sha = hashlib.sha256(read_regular(path)).hexdigest()
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
    """One file an article, named by its key; workers write and read them directly (with the MAC key it carries)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.mac_key = cache_key()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def store(self, key: str, page: Page) -> None:
        write_private(self.path(key), dumps(page, self.mac_key))

    def load(self, key: str) -> Page | None:
        page = loads(read_private(self.path(key)), self.mac_key)
        return page if isinstance(page, Page) else None


class Cache:
    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = folder
        self.salt = salt
        self.hashes = FileHashes(folder)
        self.last_run = folder / "last-run.pickle"
        self.index_path = folder / "index.pickle"
        self.pages = PageStore(folder / "pages")
        self.fragment_store = FragmentStore(folder, salt)
        self._index: dict[str, Summary] | None = None
        self._fragments: dict[str, tuple] | None = None
        self._listing: dict | None = None

    def load_last_run(self) -> dict | None:
        data = loads(read_private(self.last_run))
        return data if isinstance(data, dict) else None

    def save_last_run(self, data: dict) -> None:
        write_private(self.last_run, dumps(data))

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

    # The index pages' signatures, by a digest of every article's listing facts (see plan_outputs).

    def listing(self) -> dict:
        if self._listing is None:
            self._listing = _load(self.folder / "listing.pickle", self.salt)
        return self._listing

    def save_listing(self, listing: dict) -> None:
        if self.listing() != listing:
            _save(self.folder / "listing.pickle", self.salt, listing)
            self._listing = listing

    # Fragments: key -> (slug, base URL, archive.json record, JSON-LD items, *more parts as bytes: the table row, the
    # annotations for the feed), loaded only when the dataset is rewritten.

    @property
    def fragments(self) -> dict[str, tuple]:
        if self._fragments is None:
            self._fragments = self.fragment_store.load()
        return self._fragments

    def save_fragments(self, fragments: dict[str, tuple]) -> None:
        """Keep these fragments (every article's): only those not already kept are written."""
        kept = self.fragments
        new = {key: f for key, f in fragments.items() if kept.get(key) is not f}
        self.fragment_store.save(fragments.keys(), new)
        self._fragments = None


def _part_digest(*chunks: bytes | memoryview) -> bytes:
    hasher = hashlib.blake2b(digest_size=16)
    for chunk in chunks:
        hasher.update(chunk)
    return hasher.digest()


class FragmentStore:
    """The dataset's parts, in an append-only file of bytes (fragments-N.bin) and a small map, pickled, of
    key -> (slug, base URL, offset, record length, item lengths, digest of the part's bytes). The map is
    authenticated like every pickle here, and names each part's digest: a part whose bytes differ is not read.

    An edit appends its article's new parts and rewrites the map: a few kilobytes, where rewriting every part
    would write the whole dataset again (~40 MB at 10,000 articles). Once dead bytes outweigh live ones the
    parts are copied into the next N.bin and the old file is deleted. The map names its file and size, so a
    crash between the two writes leaves parts that are never read, never wrong ones."""

    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = folder
        self.map_path = folder / "fragments.pickle"
        self.salt = salt
        self._map: dict | None = None

    def _read_map(self) -> dict:
        if self._map is None:
            data = _load(self.map_path, self.salt)
            self._map = data if {"file", "size", "parts"} <= data.keys() else {"file": "", "size": 0, "parts": {}}
        return self._map

    def _write_map(self, data: dict) -> None:
        _save(self.map_path, self.salt, data)
        self._map = data

    def load(self) -> dict[str, tuple]:
        info = self._read_map()
        data = read_private(self.folder / info["file"]) if info["file"] else b""
        if data is None or len(data) < info["size"]:
            return {}
        blob = memoryview(data)
        out = {}
        for key, (slug, base_url, offset, record_length, item_lengths, check, *extra) in info["parts"].items():
            more_lengths = extra[0] if extra else ()
            end = offset + record_length + sum(item_lengths) + sum(more_lengths)
            if _part_digest(blob[offset:end]) != check:  # bytes this machine did not write: the part is made again
                continue
            record = blob[offset : offset + record_length]
            items, pos = [], offset + record_length
            for length in item_lengths:
                items.append(blob[pos : pos + length])
                pos += length
            more = []
            for length in extra[0] if extra else ():
                more.append(blob[pos : pos + length])
                pos += length
            out[key] = (slug, base_url, record, tuple(items), *more)
        return out

    def save(self, live: Iterable[str], new: dict[str, tuple]) -> None:
        info = self._read_map()
        old_parts = info["parts"]
        parts = {key: old_parts[key] for key in live if key not in new and key in old_parts}
        kept_bytes = sum(p[3] + sum(p[4]) + sum(p[6] if len(p) > 6 else ()) for p in parts.values())
        new_bytes = sum(len(f[2]) + sum(map(len, f[3])) + sum(map(len, f[4:])) for f in new.values())
        name, size = info["file"], info["size"]
        path = self.folder / name if name else None
        dead_bytes = size - kept_bytes
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | O_NOFOLLOW) if path is not None else -1
        except OSError:
            fd = -1
        if fd >= 0 and (not stat.S_ISREG((st := os.fstat(fd)).st_mode) or st.st_size != size):
            os.close(fd)
            fd = -1
        if fd < 0 or dead_bytes > kept_bytes + new_bytes:
            if fd >= 0:
                os.close(fd)
            self._rewrite(info, parts, new)
            return
        with os.fdopen(fd, "ab") as handle:
            for key, (slug, base_url, record, items, *more) in new.items():
                check = _part_digest(record, *items, *more)
                parts[key] = (slug, base_url, size, len(record), tuple(len(i) for i in items), check, tuple(map(len, more)))
                for chunk in (record, *items, *more):
                    handle.write(chunk)
                    size += len(chunk)
        self._write_map({"file": name, "size": size, "parts": parts})

    def _rewrite(self, info: dict, parts: dict, new: dict[str, tuple]) -> None:
        """Copy the live parts and the new ones into the next file; then the map; then delete the old file."""
        old = self.load() if parts else {}
        number = int(info["file"][len("fragments-") : -len(".bin")] or 0) + 1 if info["file"] else 1
        name = f"fragments-{number}.bin"
        real_folder(self.folder)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
        out_parts, size = {}, 0
        try:
            with os.fdopen(fd, "wb") as handle:
                for key, (slug, base_url, record, items, *more) in [*((k, old[k]) for k in parts if k in old), *new.items()]:
                    check = _part_digest(record, *items, *more)
                    lengths = tuple(len(i) for i in items)
                    out_parts[key] = (slug, base_url, size, len(record), lengths, check, tuple(map(len, more)))
                    for chunk in (record, *items, *more):
                        handle.write(chunk)
                        size += len(chunk)
            os.replace(tmp, self.folder / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._write_map({"file": name, "size": size, "parts": out_parts})
        for stale in self.folder.glob("fragments-*.bin"):
            if stale.name != name:
                stale.unlink(missing_ok=True)
