"""Writing docs/: only files the build made, each replaced atomically, the manifest last.

The manifest (docs/.archive-manifest.json; MkDocs skips dot files) lists every file the build wrote with
its SHA-256. A file not in it is hand-written and never overwritten or deleted. A file whose bytes did not
change is not touched, so its modification time stays and `mkdocs serve` does not rebuild for it.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .problems import Problems

MANIFEST = ".archive-manifest.json"
TEMP_PREFIX = ".tmp-archive-"

# The manifest is in the checkout, so a pull request can write it: it is read as a claim, not trusted. Its
# entries must be normalised docs-relative paths (no "..", ".", "//", "\\", absolute or empty ones, no NUL), and
# only files under GENERATED_ROOTS (or GENERATED_FILES) are ever deleted: a hand-written page (about.md) listed
# there stays. An entry that breaks these rules is ignored, as if it were not listed.
GENERATED_ROOTS = ("articles/", "data/", "all/", "timeline/", "leaders/", "outlets/", "agreements/", "feeds/")
GENERATED_FILES = ("index.md",)


def safe_rel(rel: object) -> bool:
    """A normalised relative POSIX path inside docs/, as the build writes them."""
    return (
        isinstance(rel, str)
        and rel != ""
        and "\0" not in rel
        and "\\" not in rel
        and not rel.startswith("/")
        and posixpath.normpath(rel) == rel
        and ".." not in rel.split("/")
    )


def generated(rel: str) -> bool:
    """Whether rel lies where the build writes (and so may delete): never a hand-written page's place."""
    return safe_rel(rel) and (rel in GENERATED_FILES or rel.startswith(GENERATED_ROOTS)) and rel != MANIFEST


def linked_component(root: Path, rel: str) -> Path | None:
    """The first of root/rel's parent folders (below root) that is a symbolic link or not a folder, if any."""
    path = root
    for part in rel.split("/")[:-1]:
        path = path / part
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            return None
        if not stat.S_ISDIR(mode):
            return path
    return None


def linked_folder(path: Path) -> Path | None:
    """A folder given on the command line (docs/, seeds/, the cache) that is, or for a relative path passes through,
    a symbolic link: the build would read or write elsewhere. None when it is a real folder (or absent)."""
    parts = [path] if path.is_absolute() else [Path(*path.parts[: i + 1]) for i in range(len(path.parts))]
    for part in parts:
        if os.path.islink(part):
            return part
    return None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Staged:
    """A file's new bytes, already written to a temporary file beside it (by a worker process)."""

    tmp: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class Output:
    """A file to write: a signature of everything its bytes depend on, and the function that makes them."""

    signature: str
    # bytes; chunks, for a file too large to hold at once; or a Staged file
    produce: Callable[[], bytes | Iterable[bytes] | Staged]


def files_in(docs: Path) -> set[str]:
    """Every file under docs/, as docs-relative POSIX paths: one walk instead of a stat for each output."""
    found: set[str] = set()
    root = os.fspath(docs)
    for folder, _dirs, files in os.walk(root):
        prefix = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        found.update(prefix + name for name in files)
    return found


def needs_write(rel: str, signature: str, manifest: dict[str, tuple[str, str]], present: set[str]) -> bool:
    """Whether a generated file must be made again: its inputs changed since the last build, or it is gone."""
    old_inputs = manifest.get(rel, ("", ""))[1]
    return not (old_inputs and old_inputs == signature and rel in present)


def stage(docs: Path, rel: str, data: bytes) -> Staged:
    """Write a generated file's bytes beside it, for write_outputs to put in place."""
    return Staged(_temp_beside(docs / rel, data), sha256(data), len(data))


def read_manifest(docs: Path) -> dict[str, tuple[str, str]]:
    """rel path -> (sha256, input signature) of every file the last build wrote."""
    try:
        data = json.loads((docs / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files", {}) if isinstance(data, dict) else {}
    out = {}
    for rel, entry in files.items() if isinstance(files, dict) else ():
        if not safe_rel(rel) or rel == MANIFEST:
            continue
        if isinstance(entry, dict):
            out[str(rel)] = (str(entry.get("sha256", "")), str(entry.get("inputs", "")))
        elif isinstance(entry, str):
            out[str(rel)] = (entry, "")
    return out


def check_outputs(docs: Path, outputs: dict, manifest: dict, problems: Problems, present: set[str]) -> None:
    """Refuse, before writing anything, to put a generated file where a hand-written one stands, or to write or
    delete through a symbolic link (a linked docs/data would put the dataset anywhere)."""
    folders = {rel.rpartition("/")[0] + "/x" for rel in (*outputs, *manifest)}
    for linked in sorted({str(p) for p in map(lambda rel: linked_component(docs, rel), folders) if p is not None}):
        problems.add(
            linked,
            1,
            1,
            "a symbolic link (or file) stands where the build keeps a folder of generated pages; it is never followed",
            "delete it: the build makes the folder",
        )
    for rel in sorted(outputs):
        if rel not in manifest and (rel in present or os.path.lexists(os.path.join(docs, rel))):
            problems.add(
                str(docs / rel),
                1,
                1,
                "a hand-written file stands where the build would write a generated page",
                "rename or move the hand-written file (the build never overwrites it)",
            )


def _temp_beside(path: Path, data: bytes) -> Path:
    """Write data to a hidden temporary file beside path (MkDocs skips dot files); return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _stream_beside(path: Path, chunks: Iterable[bytes]) -> tuple[Path, str, int]:
    """Write chunks to a hidden temporary file beside path; return it with the SHA-256 and size of what was written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=path.suffix)
    digest, size = hashlib.sha256(), 0
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                handle.write(chunk)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp), digest.hexdigest(), size


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Replace path with data (bytes, or chunks of them) in one step: readers see the old file or the new one,
    never part of one. The one way the build replaces a file in docs/ (the cache's owner-only files are written by
    archive/cache.py: write_private, the key file, the fragment store)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_beside(path, data) if isinstance(data, bytes) else _stream_beside(path, data)[0]
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _manifest_bytes(files: dict[str, dict[str, str]]) -> bytes:
    """One file a line, keys sorted (json's C encoder for each line: indent= would take the slow Python one)."""
    quote = json.encoder.encode_basestring  # the C function json.dumps uses for a str
    lines = ",\n".join(
        f'{quote(rel)}: {{"inputs": {quote(files[rel]["inputs"])}, "sha256": {quote(files[rel]["sha256"])}}}'
        for rel in sorted(files)
    )
    return ('{"files": {\n' + lines + '\n}, "note": "written by build_archive.py; do not edit"}\n').encode("utf-8")


def remove_leftovers(docs: Path, present: set[str]) -> None:
    """Temporary files a killed build left behind (never a hand-written file: only our own prefix)."""
    for rel in present:
        if rel.rpartition("/")[2].startswith(TEMP_PREFIX):
            (docs / rel).unlink(missing_ok=True)


def write_outputs(
    docs: Path, outputs: dict[str, Output], manifest: dict[str, tuple[str, str]], present: set[str]
) -> tuple[int, int, int]:
    """Write changed files, delete stale generated ones, then the manifest. Returns (written, unchanged, deleted).

    A file whose input signature is unchanged (and is still there) is not even rendered; one whose new
    bytes equal the old is not rewritten, so its modification time stays. Call remove_leftovers first
    (before any file is staged).

    In three steps, so that a build killed at any point leaves docs/ usable: every changed file is first
    rendered into a temporary file beside its target (docs/ itself unchanged); then a manifest naming old and
    new files, those about to be replaced with their old hash and no input signature (so the next build renders
    them again and writes each one whose bytes on disk are not the new ones), replaces the old one; then the
    temporary files replace their targets, stale files go, and the final manifest is written. A build killed in
    the middle leaves each file whole, old or new; the next build finishes the job.
    """
    written = unchanged = deleted = 0
    new_manifest: dict[str, dict[str, str]] = {}
    staged: list[tuple[Path, Path]] = []  # (temporary file, target)
    try:
        for rel in sorted(outputs):
            output = outputs[rel]
            old_sha = manifest.get(rel, ("", ""))[0]
            if not needs_write(rel, output.signature, manifest, present):
                new_manifest[rel] = {"sha256": old_sha, "inputs": output.signature}
                unchanged += 1
                continue
            target = docs / rel
            data = output.produce()
            if isinstance(data, Staged):
                new_manifest[rel] = {"sha256": data.sha256, "inputs": output.signature}
                if old_sha == data.sha256 and target.is_file() and target.stat().st_size == data.size:
                    data.tmp.unlink()
                    unchanged += 1
                else:
                    staged.append((data.tmp, target))
                continue
            if not isinstance(data, bytes):  # chunks (the large dataset files): streamed, never joined in memory
                tmp, digest, size = _stream_beside(target, data)
                new_manifest[rel] = {"sha256": digest, "inputs": output.signature}
                if old_sha == digest and target.is_file() and target.stat().st_size == size:
                    tmp.unlink()
                    unchanged += 1
                else:
                    staged.append((tmp, target))
                continue
            digest = sha256(data)
            new_manifest[rel] = {"sha256": digest, "inputs": output.signature}
            if old_sha == digest and target.is_file() and target.stat().st_size == len(data):
                unchanged += 1
                continue
            staged.append((_temp_beside(target, data), target))
    except BaseException:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)
        raise
    stale = sorted(rel for rel in set(manifest) - set(outputs) if generated(rel))
    if staged or stale:
        # Every file that may stand in docs/ after this point is listed, so none is ever taken for hand-written.
        interim = {rel: {"sha256": sha, "inputs": inputs} for rel, (sha, inputs) in manifest.items()}
        interim.update(new_manifest)
        for _tmp, target in staged:
            # What is on disk until the file is replaced: its old hash (none for a new file) and no input signature. A
            # build killed in the loop below leaves each file old or new, and the next build, comparing new bytes with
            # these hashes, replaces every file that is not yet new (it used to find the new hash here and skip the
            # file, so a same-size correction stayed wrong build after build).
            rel = target.relative_to(docs).as_posix()
            interim[rel] = {"sha256": manifest.get(rel, ("", ""))[0], "inputs": ""}
        atomic_write(docs / MANIFEST, _manifest_bytes(interim))
    for tmp, target in staged:
        os.replace(tmp, target)
        written += 1
    for rel in stale:  # read_manifest kept only entries where the build writes; check_outputs refused linked folders
        target = docs / rel
        if os.path.lexists(target) and not os.path.isdir(target) and linked_component(docs, rel) is None:
            target.unlink()  # a link itself is removed, never what it points to
            deleted += 1
            parent = target.parent
            while parent != docs and not parent.is_symlink() and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
    data = _manifest_bytes(new_manifest)
    try:
        same = (docs / MANIFEST).read_bytes() == data
    except OSError:
        same = False
    if not same:  # a no-op build leaves even the manifest untouched
        atomic_write(docs / MANIFEST, data)
    return written, unchanged, deleted


# renameat2's flag: swap two paths in one step (Linux 3.15+, glibc 2.28+, on ext4, btrfs, xfs, tmpfs...).
RENAME_EXCHANGE = 2
AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths atomically (renameat2 with RENAME_EXCHANGE): at every moment each name holds one whole
    folder. False where the system or the file system cannot (then nothing was changed)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):  # not Linux, or a C library without renameat2
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    return renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0


def swap_in_site(tmp: Path, site_dir: Path) -> None:
    """Put a whole new site in place of the old one. Where Linux allows, one atomic exchange: site/ always holds a
    whole site, old or new, and the old one (now at tmp) goes. Elsewhere two renames: the old one moves aside to
    `<site>.old`, the new one is renamed in; a kill between the two leaves no site/, and the next build puts
    `<site>.old` back (pipeline.remove_site_leftovers)."""
    if site_dir.is_dir() and not site_dir.is_symlink() and exchange(tmp, site_dir):
        shutil.rmtree(tmp)
        return
    old = site_dir.with_name(site_dir.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if site_dir.exists():
        site_dir.rename(old)
    tmp.rename(site_dir)
    if old.exists():
        shutil.rmtree(old)
