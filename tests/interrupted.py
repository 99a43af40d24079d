"""What the interrupted-build tests share: a project folder of 400 synthetic articles, snapshots, real builds
started as subprocesses and killed with SIGKILL once their output appears."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

from support import PYTHON, ROOT, copy_hand_written_docs, run_build

ARTICLES = 400
# How long a killed build's workers and children may take to notice and leave: they check every half second
# (archive.pipeline's PARENT_CHECK_SECONDS), but on a loaded machine (the suite runs on every core) a process waits its
# turn; one that never leaves fails all the same.
ORPHAN_SECONDS = 30


def article(i: int, version: str) -> str:
    """A synthetic article; `version` changes one word in every paragraph, so every output changes with it."""
    return (
        f"Northern Corridor Talks Number {i}\n"
        f"Published {1 + i % 28} March {2016 + i % 8}\n"
        f"Vladimir Putin and Xi Jinping met on Tuesday in round {i} and agreed a {version} plan for trade.\n"
        f"The {version} plan covers energy, transport and finance, officials said after the talks ended.\n"
        "Both leaders said they would meet again next year to review progress on the corridor.\n"
    )


def write_articles(seeds: Path, version: str) -> None:
    seeds.mkdir(exist_ok=True)
    for i in range(ARTICLES):
        (seeds / f"{i:04d}_corridor.txt").write_text(article(i, version), encoding="utf-8")


def snapshot(folder: Path) -> dict[str, str]:
    """rel path -> SHA-256 of every file under folder (dot files included)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def project_folder(tmp_path: Path) -> Path:
    """A project folder of its own: config, hooks, theme overrides and hand-written pages copied in."""
    for name in ("mkdocs.yml", "registry.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    for name in ("hooks", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name)
    copy_hand_written_docs(tmp_path / "docs")
    write_articles(tmp_path / "seeds", "first")
    return tmp_path


def build(work: Path, *args: str) -> subprocess.CompletedProcess:
    return run_build("--quiet", "--cache", "cache", *args, cwd=work)


def start_build(work: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [PYTHON, str(ROOT / "build_archive.py"), "--quiet", "--cache", "cache", *args],
        cwd=work,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def processes_in(folder: Path) -> list[int]:
    """Running processes whose working directory is folder (a build and any worker it started).

    The test's own children are not counted: its first build runs in this process (support.run_build), in folder, and
    may start multiprocessing's resource tracker there, which lives as long as this process does; a killed build's
    orphans are given to init, never to the test."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and Path(os.readlink(proc / "cwd")) == folder and _parent_of(proc) != os.getpid():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def _parent_of(proc: Path) -> int:
    for line in (proc / "status").read_text().splitlines():
        if line.startswith("PPid:"):
            return int(line.split()[1])
    return 0


def command_lines(pids: list[int]) -> list[str]:
    """What each process runs (for a failing assertion's message)."""
    lines = []
    for pid in pids:
        try:
            lines.append(f"{pid}: " + Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except OSError:
            lines.append(f"{pid}: (gone)")
    return lines


def kill_when(process: subprocess.Popen, appeared) -> bool:
    """SIGKILL the build as soon as appeared() is true; False if the build ended first."""
    while process.poll() is None:
        if appeared():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.002)
    return False
