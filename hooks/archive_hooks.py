"""MkDocs hooks: rebuild the archive when serving, index the site with Pagefind, link each article's sidecar."""

from __future__ import annotations

import html
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


def problems_overlay(lines: list[str]) -> str:
    """A box over the preview listing the build's problems (escaped: they quote contributors' files)."""
    items = "".join(f"<li><code>{html.escape(line)}</code></li>" for line in lines)
    return (
        '<div class="sa-build-problems" role="alert" aria-labelledby="sa-build-problems-title">'
        '<p id="sa-build-problems-title"><strong>The archive build failed</strong>: this preview shows the last good '
        "pages. Fix these and save; the page reloads.</p>"
        f"<ul>{items}</ul></div>"
    )


def on_post_page(output, page, config):  # noqa: ANN001
    if _command["name"] == "serve" and _problems:
        return output.replace("</body>", problems_overlay(_problems) + "</body>", 1)
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
