"""The preview (`./scripts/site.sh serve`): what it watches, and that an edit costs one rebuild, not two."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import time
import urllib.request
from pathlib import Path

from support import ROOT
from test_documented_commands import free_port, fresh_clone, start_preview


def load_hooks():
    spec = importlib.util.spec_from_file_location("archive_hooks_preview_test", ROOT / "hooks" / "archive_hooks.py")
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    return hooks


class RecordingServer:
    """MkDocs' LiveReloadServer as on_serve sees it: watch() and unwatch() of paths (MkDocs watches docs/ first)."""

    def __init__(self, docs: Path) -> None:
        self.watched = [str(docs)]

    def watch(self, path: str) -> None:
        self.watched.append(path)

    def unwatch(self, path: str) -> None:
        self.watched.remove(path)


def docs_folder(tmp_path: Path, manifest: dict | None) -> Path:
    docs = tmp_path / "docs"
    for rel in ("about.md", "assets/archive.js", "index.md", "articles/a.md", "data/years/2019.json", "feeds/x.xml"):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("x", "utf-8")
    if manifest is not None:
        (docs / ".archive-manifest.json").write_text(json.dumps(manifest), "utf-8")
    return docs


def test_the_preview_watches_the_hand_written_part_of_docs_and_the_seeds(tmp_path):
    hooks = load_hooks()
    built = ("index.md", "articles/a.md", "data/years/2019.json", "feeds/x.xml")
    docs = docs_folder(tmp_path, {"files": {rel: {"sha256": "", "inputs": ""} for rel in built}})
    server = RecordingServer(docs)
    assert hooks.on_serve(server, {"docs_dir": str(docs)}, None) is server
    assert server.watched == [
        str(docs / "about.md"),
        str(docs / "assets"),
        str(hooks.ROOT / "seeds"),
        str(hooks.ROOT / "registry.yml"),
    ]


def test_without_an_archive_build_the_preview_watches_all_of_docs(tmp_path):
    hooks = load_hooks()
    for manifest in (None, ["not", "a", "mapping"], {"files": "nor this"}):
        docs = docs_folder(tmp_path, manifest)
        server = RecordingServer(docs)
        hooks.on_serve(server, {"docs_dir": str(docs)}, None)
        assert server.watched == [str(docs), str(hooks.ROOT / "seeds"), str(hooks.ROOT / "registry.yml")]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def shown(url: str, text: str, process, log: Path, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while text not in fetch(url):
        if process.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"{text!r} not shown at {url}:\n" + log.read_text())
        time.sleep(0.3)


def save(path: Path, text: str, scratch: Path) -> None:
    """Replace a file in one step, as editors save (the watcher polls: it must not see a half-written file)."""
    (scratch / "saving").write_text(text, "utf-8")
    os.replace(scratch / "saving", path)


def test_an_edit_is_shown_after_one_rebuild(tmp_path):
    """A sidecar edit rebuilds once: the archive build's own writes to docs/ start no second rebuild. A hand-written
    page is still watched: its edit is the next (and only the next) rebuild."""
    clone = fresh_clone(tmp_path)
    port = free_port()
    log = tmp_path / "serve.log"
    process = start_preview(clone, port, log)
    try:
        sidecar = clone / "seeds" / "000_f9c22195b0385aa0.yml"
        slug = next(line for line in sidecar.read_text().splitlines() if line.startswith("slug: ")).split(": ", 1)[1]
        mount = re.search(r"^site_url:\s*\S+?//[^/]+(/\S*)", (clone / "mkdocs.yml").read_text(), re.M).group(1)
        base = f"http://127.0.0.1:{port}{mount.rstrip('/')}/"
        shown(base, "<html", process, log)
        text = sidecar.read_text("utf-8")
        edited, count = re.subn(r"^(    note: )(.*)$", r"\g<1>Firstmarker \g<2>", text, count=1, flags=re.M)
        assert count == 1
        save(sidecar, edited, tmp_path)
        shown(f"{base}articles/{slug}/", "Firstmarker", process, log)
        deadline = time.monotonic() + 60
        while log.read_text().count("Reloading browsers") < 1:  # the sidecar's rebuild has ended
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        time.sleep(3)  # several of the watcher's polls (every 0.5 s): time for a second rebuild to start, if any
        # The preview's first build and the sidecar's: none for the archive build's own writes to docs/.
        assert log.read_text().count("Building documentation...") == 2, log.read_text()
        about = clone / "docs" / "about.md"
        save(about, about.read_text("utf-8") + "\nSecondmarker\n", tmp_path)
        shown(f"{base}about/", "Secondmarker", process, log)
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=20)
    terminal = log.read_text()
    assert terminal.count("Building documentation...") == 3, terminal


def test_a_fault_in_the_archive_build_is_one_line_over_the_preview_not_a_stopped_server(monkeypatch):
    # IN_PROCESS_PREVIEW: the build runs inside the preview's process, so an exception in it must not escape
    import archive.pipeline

    def faulty(options, out, err):
        print("seeds/a.yml:3:1: a problem the build found; fix it", file=err)
        raise KeyError("slug")

    monkeypatch.setattr(archive.pipeline, "run", faulty)
    hooks = load_hooks()
    assert hooks.archive_build() == (
        1,
        "seeds/a.yml:3:1: a problem the build found; fix it\n"
        "build_archive.py:1:1: the archive build stopped: KeyError: 'slug'; run .venv/bin/python build_archive.py to see where\n",
    )
    hooks._command["name"] = "serve"
    hooks.on_pre_build({})
    assert hooks._problems == [
        "seeds/a.yml:3:1: a problem the build found; fix it",
        "build_archive.py:1:1: the archive build stopped: KeyError: 'slug'; run .venv/bin/python build_archive.py to see where",
    ]


def test_the_preview_runs_the_archive_build_in_its_own_process_from_the_repository(monkeypatch):
    import archive.pipeline

    seen = []

    def recording(options, out, err):
        seen.append(options)
        return 0

    monkeypatch.setattr(archive.pipeline, "run", recording)
    monkeypatch.chdir(ROOT)
    assert load_hooks().archive_build() == (0, "")
    (options,) = seen
    assert (options.seeds, options.docs, options.registry, options.config, options.quiet) == (
        Path("seeds"),
        Path("docs"),
        Path("registry.yml"),
        Path("mkdocs.yml"),
        True,
    )


def test_build_workers_start_afresh_in_a_process_with_other_threads(monkeypatch):
    # FORK_ONLY_ALONE: the preview's server has threads; a forked worker would copy their held locks. (The test
    # process's own threads vary with the run: the count the pool sees is set here.)
    import archive.pipeline
    from archive.pipeline import Workers
    from archive.registry import Registry

    def start_method(threads: int) -> str:
        monkeypatch.setattr(archive.pipeline.threading, "active_count", lambda: threads)
        workers = Workers(Registry(()))
        assert list(workers.map(abs, [-1])) == [1]
        assert workers.pool is not None
        method = workers.pool._mp_context.get_start_method()
        workers.close()
        return method

    assert start_method(1) == "fork"
    assert start_method(3) == "spawn"
