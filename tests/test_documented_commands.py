"""The check command the documentation gives works as written, from a fresh clone, whatever `python` is."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
from pathlib import Path

from support import ROOT

# Where a contributor is told how to check their work.
DOCUMENTS = ["README.md", "CONTRIBUTING.md", "docs/how-to-annotate.md", ".github/PULL_REQUEST_TEMPLATE.md"]
# `python build_archive.py` run by a bare interpreter fails on a fresh clone (the packages are in .venv).
BARE_PYTHON = re.compile(r"(?<![/\w.])python3? build_archive\.py")


def test_every_document_gives_the_one_check_command():
    for name in DOCUMENTS:
        text = (ROOT / name).read_text(encoding="utf-8")
        assert not BARE_PYTHON.search(text), f"{name} tells readers to run build_archive.py with a bare python"
    for name in ("CONTRIBUTING.md", "docs/how-to-annotate.md", ".github/PULL_REQUEST_TEMPLATE.md"):
        assert "./scripts/check.sh" in (ROOT / name).read_text(encoding="utf-8"), name


def fresh_clone(tmp_path: Path) -> Path:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(ROOT), str(clone)], check=True)
    # The packages this machine already installed (scripts/bootstrap.sh reuses .venv while its stamp matches).
    (clone / ".venv").symlink_to((ROOT / ".venv").resolve())
    return clone


def plain_env() -> dict[str, str]:
    """No virtualenv on PATH: `python` is whatever the system has."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_preview(clone: Path, port: int, log: Path) -> subprocess.Popen:
    """`./scripts/site.sh serve` in a clone, as the README says, its output in log (its own session: stop it with
    os.killpg)."""
    env = {**plain_env(), "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        return subprocess.Popen(
            ["./scripts/site.sh", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=clone,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def test_the_check_command_works_from_a_fresh_clone(tmp_path):
    clone = fresh_clone(tmp_path)
    result = subprocess.run(["./scripts/check.sh"], cwd=clone, env=plain_env(), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("check passed: ")
    assert not (clone / "docs" / "articles").exists()  # the check writes nothing


def test_a_python_without_the_packages_gets_one_line_not_a_traceback(tmp_path):
    system_python = shutil.which("python3", path=plain_env()["PATH"])
    result = subprocess.run(
        [system_python, "build_archive.py", "--check"], cwd=ROOT, env=plain_env(), capture_output=True, text=True
    )
    if result.returncode == 0:  # this system's python has the packages: nothing to explain
        return
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("build_archive.py: ") and "./scripts/check.sh" in line


def test_the_how_to_page_says_where_new_annotations_go_and_the_keyboard_way():
    """Notes are numbered in sidecar order (issue 13, point 7): a new annotation goes at the end of the list, or every
    later note is renumbered. And annotating needs no mouse (point 8)."""
    how_to = " ".join((ROOT / "docs" / "how-to-annotate.md").read_text(encoding="utf-8").split())
    assert "Add new annotations at the **end** of the list: notes are numbered in the order of the list" in how_to
    assert "**Without a mouse:** under the article, Tab to **Or type the words to annotate**" in how_to
