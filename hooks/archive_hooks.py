"""MkDocs hooks: rebuild the archive when serving, index the site with Pagefind, link each article's sidecar."""

from __future__ import annotations

import html
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_command = {"name": ""}
# When previewing: the problems of the last archive build, shown over every page until they are fixed.
_problems: list[str] = []


def on_startup(command, dirty):  # noqa: ANN001
    _command["name"] = command


def on_pre_build(config):  # noqa: ANN001
    # When previewing, rebuild docs/ from seeds/ first: only changed pages are rewritten, so the
    # server's own watcher sees only real changes.
    if _command["name"] == "serve":
        result = subprocess.run(
            [sys.executable, str(ROOT / "build_archive.py"), "--quiet"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        # The terminal keeps what matters: the problems (or nothing). The browser shows them over the page.
        if result.stderr.strip():
            print(result.stderr.rstrip(), file=sys.stderr)
        _problems[:] = [line for line in result.stderr.splitlines() if line.strip()] if result.returncode != 0 else []


PROBLEMS_FILE = "preview-problems.json"  # written only when previewing; archive.js shows it over the page


def on_post_page(output, page, config):  # noqa: ANN001
    # Only in the preview: tell archive.js to look for the build's problems (after every rebuild, even one
    # that rewrites no page, the file below is fresh).
    if _command["name"] == "serve":
        return output.replace("</head>", '<meta name="sa-preview-problems" content="' + PROBLEMS_FILE + '"></head>', 1)
    return output


def on_serve(server, config, builder):  # noqa: ANN001
    for path in (ROOT / "seeds", ROOT / "registry.yml"):
        server.watch(str(path))
    return server


def sidecar_edit_url(config, source_file: str) -> str:
    """The repository's edit link for an article's sidecar: repo_url + edit_uri with docs/ swapped for seeds/."""
    repo = (config.get("repo_url") or "").rstrip("/")
    edit_uri = (config.get("edit_uri") or "edit/main/docs/").strip("/")
    parts = edit_uri.split("/")
    if parts and parts[-1] == "docs":
        parts = parts[:-1]
    stem = Path(source_file).stem
    return f"{repo}/{'/'.join(parts)}/seeds/{stem}.yml" if repo else ""


def on_page_context(context, page, config, nav):  # noqa: ANN001
    record = page.meta.get("archive") if isinstance(page.meta, dict) else None
    if isinstance(record, dict) and record.get("source_file"):
        page.edit_url = sidecar_edit_url(config, str(record["source_file"]))
    return context


def on_page_content(html_text, page, config, files):  # noqa: ANN001
    record = page.meta.get("archive") if isinstance(page.meta, dict) else None
    if isinstance(record, dict) and record.get("source_file"):
        url = sidecar_edit_url(config, str(record["source_file"]))
        if url:
            html_text += (
                f'<p class="sa-suggest"><a href="{html.escape(url)}" rel="nofollow">Suggest an annotation</a> '
                "(opens this article's sidecar file for editing in the repository)</p>"
            )
    return html_text


def on_post_build(config):  # noqa: ANN001
    if _command["name"] == "serve":
        (Path(config["site_dir"]) / PROBLEMS_FILE).write_text(json.dumps(_problems), encoding="utf-8")
    started = time.perf_counter()
    result = subprocess.run(
        # Only article pages carry data-pagefind-body; reading just them halves Pagefind's work at scale.
        [sys.executable, "-m", "pagefind", "--site", config["site_dir"], "--glob", "articles/**/*.html", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pagefind failed: {result.stderr.strip() or result.stdout.strip()}")
    print(f"pagefind indexed the site in {time.perf_counter() - started:.2f}s", file=sys.stderr)
