"""Reading untrusted files: raw articles and sidecars, with one clear line for each bad file."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

from .model import RawArticle
from .problems import Problems

MAX_RAW_BYTES = 2 * 1024 * 1024  # a scraped article is a few KB; 2 MB is surely not one article
# A scraped page is tens or hundreds of lines (the development corpora's longest: 44); every line goes through every
# cleaning rule, so 2 MB of one-character lines (a million lines) cost a minute and most of a gigabyte.
MAX_RAW_LINES = 20_000

# Raw file names become URLs and paths on every contributor's machine: plain ASCII, no dots at the
# start, nothing Windows reserves.
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")
WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}

# Invisible characters that change how text is read or compared without showing: zero-width
# spaces and joiners, the BOM, soft hyphen, and bidirectional controls (the "Trojan Source" set).
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
# Other control characters (C0 except tab/newline, C1) have no place in article text.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# --- regular files only -----------------------------------------------------------------------------
# Git stores symbolic links, so a pull request can add seeds/500_x.txt -> /etc/passwd; a FIFO or a device would
# hang a read. Inputs are opened without following a link (O_NOFOLLOW) and without blocking (O_NONBLOCK), and
# read only if the opened file is a regular one.

KINDS = {
    stat.S_IFLNK: "a symbolic link",
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFDIR: "a folder",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


class NotRegularFile(OSError):
    """An input that is not a regular file; its message names what it is."""

    def __init__(self, path: Path | str, mode: int) -> None:
        kind = KINDS.get(stat.S_IFMT(mode), "not a regular file")
        super().__init__(f"{path} is {kind}, not a regular file")
        self.filename = str(path)
        self.kind = kind


def refuse_not_regular(path: Path | str, problems: Problems, shown: str | None = None) -> bool:
    """One line for an input that is not a regular file (lstat: a link is not followed); True if it was refused."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False  # reported by whoever reads it
    if stat.S_ISREG(mode):
        return False
    kind = KINDS.get(stat.S_IFMT(mode), "not a regular file")
    fix = "commit the file itself, not a link to it" if stat.S_ISLNK(mode) else "make it a regular file, or remove it"
    problems.add(shown or str(path), 1, 1, f"{kind}, not a regular file: the build reads only regular files", fix)
    return True


def read_regular(path: Path | str) -> bytes:
    """The bytes of a regular file; NotRegularFile (an OSError) for a link, FIFO, folder or device, without blocking."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if getattr(os, "O_NOFOLLOW", 0) and os.path.islink(path):
            raise NotRegularFile(path, stat.S_IFLNK) from error
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path, mode)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    finally:
        os.close(fd)


def file_digest(path: Path) -> str:
    """SHA-256 of a regular file's bytes; that of no bytes for anything else (refused elsewhere, by name)."""
    try:
        data = read_regular(path)
    except OSError:
        data = b""
    return hashlib.sha256(data).hexdigest()


def split_lines(text: str) -> list[str]:
    """Split on \\n only: str.splitlines also splits on \\x1c-\\x1e, \\x85 and \\u2028, shifting line numbers."""
    return text.split("\n")


def normalize(text: str) -> str:
    """NFC, with CRLF/CR line ends made \\n and a leading BOM removed."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def strip_invisible(text: str) -> str:
    return INVISIBLE.sub("", text)


def clean_label(value):
    """A name or label as readers see it and pages are keyed by: invisible and bidi characters removed, white space
    collapsed ("VCPOST\u200b" is "VCPOST"; a right-to-left override cannot reverse it). Tuples: each, empties dropped."""
    if isinstance(value, str):
        return " ".join(strip_invisible(value).split())
    if isinstance(value, tuple):
        return tuple(dict.fromkeys(v for v in map(clean_label, value) if v))
    return value


LABEL_FIELDS = ("title", "outlet", "author", "leaders", "agreements", "wire")


def normalise_metadata(metadata):
    """Every name and label of a Metadata (title, outlet, author, leaders, agreements) through clean_label."""
    changes = {}
    for name in LABEL_FIELDS:
        field = getattr(metadata, name)
        if field.known:
            value = clean_label(field.value)
            if value != field.value:
                changes[name] = dataclasses.replace(field, value=value)
    return dataclasses.replace(metadata, **changes) if changes else metadata


def decode(path: str, data: bytes, problems: Problems) -> str | None:
    """Decode untrusted bytes as UTF-8, or record one problem naming the bad byte and where it is."""
    if not data.strip():
        problems.add(path, 1, 1, "file is empty", "add the article's text or delete the file")
        return None
    if b"\x00" in data:
        offset = data.index(b"\x00")
        line = data.count(b"\n", 0, offset) + 1
        col = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
        problems.add(path, line, col, "file holds NUL bytes (binary, or UTF-16)", "save the article as UTF-8 plain text")
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        col = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        problems.add(
            path,
            line,
            col,
            f"file is not UTF-8: byte 0x{data[err.start]:02x} at offset {err.start} cannot be decoded",
            "re-save the file as UTF-8 (e.g. iconv -f cp1252 -t utf-8)",
        )
        return None


def check_name(path: str, stem: str, problems: Problems) -> bool:
    if not SAFE_NAME.fullmatch(stem) or ".." in stem:  # fullmatch: "$" would let a final newline through
        problems.add(
            path,
            1,
            1,
            f"file name '{stem}' is not safe for a URL",
            "rename it with letters, digits, '_' and '-' only (e.g. 005_outlet-headline.txt)",
        )
        return False
    if stem.lower().split("_")[0] in WINDOWS_RESERVED or stem.lower() in WINDOWS_RESERVED:
        problems.add(path, 1, 1, f"file name '{stem}' is reserved on Windows", "rename the file")
        return False
    return True


def read_raw(path: Path, shown: str, problems: Problems) -> RawArticle | None:
    data = read_regular(path)
    if len(data) > MAX_RAW_BYTES:
        problems.add(
            shown,
            1,
            1,
            f"file is {len(data)} bytes, over the {MAX_RAW_BYTES // (1024 * 1024)} MB limit for one article",
            "keep only the article's own page text",
        )
        return None
    text = decode(shown, data, problems)
    if text is None:
        return None
    text = CONTROL.sub("", normalize(text))
    lines = tuple(line.rstrip() for line in split_lines(text))
    counted = len(lines) - (lines[-1:] == ("",))  # a final line end starts no line
    if counted > MAX_RAW_LINES:
        problems.add(
            shown,
            MAX_RAW_LINES + 1,
            1,
            f"file has {counted} lines, over the {MAX_RAW_LINES:,}-line limit for one article",
            "keep only the article's own page text",
        )
        return None
    if not any(strip_invisible(line).strip() for line in lines):
        problems.add(shown, 1, 1, "file has no visible text", "add the article's text or delete the file")
        return None
    return RawArticle(
        path=shown,
        name=path.name,
        stem=path.stem,
        sha256=hashlib.sha256(data).hexdigest(),
        lines=lines,
    )


def read_text(path: Path, shown: str, problems: Problems) -> str | None:
    """Read a contributor's text file (sidecar, registry) as UTF-8, normalised."""
    data = read_regular(path)
    if not data.strip():
        return ""
    if b"\x00" in data:
        problems.add(shown, 1, 1, "file holds NUL bytes (binary, or UTF-16)", "save it as UTF-8 plain text")
        return None
    text = decode(shown, data, problems)
    return None if text is None else normalize(text)
