"""MkDocs hooks: rebuild the archive when serving, index the site with Pagefind, link each article's sidecar, give
every page its head metadata (citation_context) and write robots.txt."""

from __future__ import annotations

import html
import io
import json
import os
import posixpath
import subprocess
import sys
import time
from pathlib import Path

from markupsafe import Markup

ROOT = Path(__file__).resolve().parent.parent
HOOKS = Path(__file__).resolve().parent
if str(HOOKS) not in sys.path:  # MkDocs puts a hook's folder on the path only while loading it; tests load it by path
    sys.path.insert(0, str(HOOKS))

from htmlspace import squeeze  # noqa: E402  (beside this file: the hooks need nothing but their own folder)

_command = {"name": ""}
# When previewing: the problems of the last archive build, shown over every page until they are fixed.
_problems: list[str] = []


def on_startup(command, dirty):  # noqa: ANN001
    _command["name"] = command


def on_pre_build(config):  # noqa: ANN001
    # When previewing, rebuild docs/ from seeds/ first: only changed pages are rewritten, so the
    # server's own watcher sees only real changes.
    if _command["name"] == "serve":
        status, problems = archive_build()
        # The terminal keeps what matters: the problems (or nothing). The browser shows them over the page.
        if problems.strip():
            print(problems.rstrip(), file=sys.stderr)
        _problems[:] = [line for line in problems.splitlines() if line.strip()] if status != 0 else []


def archive_build() -> tuple[int, str]:
    """The archive build (build_archive.py --quiet) run in this process: its exit status and what it reported.

    IN_PROCESS_PREVIEW: a build in a new process paid, on every edit, for its imports, compiled patterns and word
    lists (at 10,000 articles about half of a one-sidecar rebuild); the preview's process keeps them. The build's
    code is read once: after changing archive/, restart the preview."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from archive.pipeline import Options, run

    out, err = io.StringIO(), io.StringIO()
    here = Path(os.path.relpath(ROOT))  # "." from the repository: problems name "seeds/x.yml", as the command does
    options = Options(
        seeds=here / "seeds",
        docs=here / "docs",
        registry=here / "registry.yml",
        cache=here / ".cache/archive",
        config=here / "mkdocs.yml",
        quiet=True,
    )
    try:
        status = run(options, out, err)
    except Exception as error:  # noqa: BLE001 - a fault in the build must not stop the preview: shown like a problem
        return (
            1,
            f"{err.getvalue()}build_archive.py:1:1: the archive build stopped: {type(error).__name__}: {error}; run .venv/bin/python build_archive.py to see where\n",
        )
    return status, err.getvalue()


def on_post_template(output_content, template_name, config):  # noqa: ANN001
    # The theme's own pages (404.html) squeezed as the others; sitemap.xml is not HTML and stays as MkDocs writes it.
    return squeeze(output_content) if template_name.endswith(".html") else output_content


PROBLEMS_FILE = "preview-problems.json"  # written only when previewing; archive.js shows it over the page


def on_post_page(output, page, config):  # noqa: ANN001
    # Every page without the indentation after each newline, which a browser never shows (hooks/htmlspace.py):
    # about a tenth of an article page's bytes.
    output = squeeze(output)
    # Only in the preview: tell archive.js to look for the build's problems (after every rebuild, even one
    # that rewrites no page, the file below is fresh).
    if _command["name"] == "serve":
        preview = '<meta name="sa-preview-problems" content="' + PROBLEMS_FILE + '">'
        preview += '<meta name="sa-preview-search" content="indexed when the preview started">'
        return output.replace("</head>", preview + "</head>", 1)
    return output


# The archive build's record of the files it wrote into docs/ (archive/writer.py MANIFEST).
ARCHIVE_MANIFEST = ".archive-manifest.json"


def hand_written(docs_dir: str) -> list[Path] | None:
    """The top-level files and folders of docs/ that people write (about.md, assets/...): every entry the archive
    build wrote nothing into, by its manifest. None when there is no readable manifest (no archive build yet)."""
    docs = Path(docs_dir)
    try:
        files = json.loads((docs / ARCHIVE_MANIFEST).read_text("utf-8")).get("files")
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(files, dict):
        return None
    built = {str(rel).split("/", 1)[0] for rel in files}
    return sorted(path for path in docs.iterdir() if not path.name.startswith(".") and path.name not in built)


def on_serve(server, config, builder):  # noqa: ANN001
    # What the preview rebuilds from: seeds/ and the registry. Every rebuild makes docs/ from them first
    # (on_pre_build), so the folders the archive build writes are its output, not something to watch: watched,
    # each edit's own writes there would start a second, needless rebuild right after the first, and MkDocs'
    # watcher (it polls) would re-read ~50,000 files twice a second at 10,000 articles. The hand-written pages and
    # assets of docs/ stay watched.
    written_by_people = hand_written(config["docs_dir"])
    if written_by_people is not None:
        server.unwatch(config["docs_dir"])
        for path in written_by_people:
            server.watch(str(path))
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


def article_meta(page) -> dict | None:  # noqa: ANN001
    """An article page's front matter as the build wrote it (raw strings, true types), or None for any other
    page. The one place hooks read article metadata: the keys are listed in ARCHITECTURE.md."""
    meta = raw_meta(page)
    return meta if isinstance(meta.get("source_file"), str) else None


def raw_meta(page) -> dict:  # noqa: ANN001
    """Any page's front matter as written (before on_page_markdown escapes what templates print)."""
    meta = getattr(page, "archive_raw_meta", None) or page.meta
    return meta if isinstance(meta, dict) else {}


# Front matter values MkDocs' and Material's templates print as they are, unescaped (<title>, <h1>, the
# header, <meta name="description|author">): escaped here, once, where they are printed. The page keeps
# its raw values for other hooks (article_meta).
PRINTED_META = ("title", "description")
# Front matter fields Material would print into <head> by their name alone (an article's `author` as
# <meta name="author">): left out of what templates see; the head's metadata is chosen on purpose, not by a
# field's name.
UNPRINTED_META = ("author",)

# The article's parts are marked with HTML comments in its Markdown (archive/templates/article.md); a wrapper <div>
# in the file itself would make Markdown read the text inside it as raw HTML.
WRAPPERS = {
    "<!-- sa:article -->": '<div class="sa-article" data-pagefind-body>',
    "<!-- /sa:article -->": "</div>",
    "<!-- sa:text -->": '<div class="sa-text">',
    "<!-- /sa:text -->": "</div>",
}


# A hand-written page (docs/about.md) names the downloads of each year with this marker; the years are the build's.
YEAR_DOWNLOADS = "<!-- sa:downloads-by-year -->"
YEAR_FORMATS = (("json", "JSON"), ("csv", "CSV"), ("jsonl", "JSON Lines"))


def year_downloads(files, page) -> str:  # noqa: ANN001
    """A Markdown list linking every data/years/<year>.<ext> file the build wrote, an item a year (a list, not a
    table: it must not scroll sideways on a phone)."""
    names = {f.src_uri for f in files if f.src_uri.startswith("data/years/")}
    years = sorted({Path(name).stem for name in names}, reverse=True)
    here = posixpath.dirname(page.file.src_uri) or "."
    items = []
    for year in years:
        links = [
            f"[{label}]({posixpath.relpath(f'data/years/{year}.{ext}', here)})"
            for ext, label in YEAR_FORMATS
            if f"data/years/{year}.{ext}" in names
        ]
        items.append(f"- **{year}**: " + " · ".join(links))
    return "\n".join(items) if items else "(No article has been built yet.)"


# Past archive/export.py's WHOLE_DATASET_MAX articles the build writes the dataset a year a file only: the page that
# lists the downloads names a whole-archive file it did not write, unlinked (a link to it would fail the strict build).
WHOLE_FILES = tuple(f"data/archive.{ext}" for ext, _label in YEAR_FORMATS)


def unbuilt_whole_files(markdown: str, files) -> str:  # noqa: ANN001
    names = {f.src_uri for f in files}
    for rel in WHOLE_FILES:
        if rel not in names:
            markdown = markdown.replace(f"[`{rel}`]({rel})", f"`{rel}` (not built for an archive this large: see each year's)")
    return markdown


def on_page_markdown(markdown, page, config, files):  # noqa: ANN001
    if YEAR_DOWNLOADS in markdown:
        markdown = unbuilt_whole_files(markdown.replace(YEAR_DOWNLOADS, year_downloads(files, page)), files)
    # Before any template is rendered (MkDocs renders every page's Markdown first): the navigation of one
    # page prints the titles of others.
    if isinstance(page.meta, dict):
        page.archive_raw_meta = dict(page.meta)
        escaped = {k: v for k, v in page.meta.items() if k not in UNPRINTED_META}
        for key in PRINTED_META:
            if isinstance(escaped.get(key), str):
                escaped[key] = Markup(html.escape(escaped[key], quote=True))
        page.meta = escaped
    return markdown


SITE_FEEDS = (("Newest articles", "feeds/articles.xml"), ("Newest annotations", "feeds/annotations.xml"))


def citation_context(page, config) -> dict:  # noqa: ANN001
    """The context "sa" of overrides/main.html and its partials, from the page's front matter: the one place that
    reads it for the head metadata, the "Cite this article" box and entity pages.

    Article pages carry "cite" (made by archive/cite.py in the build: meta tags, JSON-LD, formatted citation,
    downloads, Robust Links); entity pages carry "entity"; every other page gets Open Graph and Twitter tags from
    its title and description. Values are read raw (as the build wrote them): the templates escape each once."""
    record = article_meta(page)  # an article's metadata, read the one way hooks read it
    cite = record.get("cite") if record is not None and isinstance(record.get("cite"), dict) else None
    meta = record if record is not None else raw_meta(page)  # other pages: their title, description and entity
    entity = meta.get("entity") if isinstance(meta.get("entity"), dict) else None
    feeds = [{"title": f"{config['site_name']}: {title}", "href": href} for title, href in SITE_FEEDS]
    if entity and entity.get("feed"):
        feeds.insert(0, {"title": f"{config['site_name']}: {entity.get('name', '')}", "href": entity["feed"]})
    if cite:
        meta_lists = cite.get("meta") or {}
        tags = list(zip(*(meta_lists.get(k) or [] for k in ("attributes", "names", "contents")), strict=True))
        return {"meta": tags, "json_ld": cite.get("json_ld", ""), "cite": cite, "feeds": feeds, "entity": None}
    title = str(meta.get("title") or page.title or config["site_name"])
    description = str(meta.get("description") or config.get("site_description") or "")
    tags = [("property", "og:type", "website"), ("property", "og:site_name", config["site_name"])]
    tags += [("property", "og:title", title), ("name", "twitter:title", title)]
    if description:
        tags += [("property", "og:description", description), ("name", "twitter:description", description)]
    if page.canonical_url:
        tags.append(("property", "og:url", page.canonical_url))
    tags.append(("name", "twitter:card", "summary"))
    json_ld = str(entity.get("json_ld") or "") if entity else ""  # escaped for a script element by the build
    return {"meta": tags, "json_ld": json_ld, "cite": None, "feeds": feeds, "entity": entity}


def on_page_context(context, page, config, nav):  # noqa: ANN001
    record = article_meta(page)
    if record is not None:
        page.edit_url = sidecar_edit_url(config, record["source_file"])
    context["sa"] = citation_context(page, config)
    return context


def on_page_content(html_text, page, config, files):  # noqa: ANN001
    record = article_meta(page)
    if record is None:
        return html_text
    for marker, tag in WRAPPERS.items():
        html_text = html_text.replace(marker, tag, 1)
    return html_text


def robots_txt(config) -> str:  # noqa: ANN001
    """Every page may be crawled; the sitemap is named under site_url (a fork's own when it sets one)."""
    site_url = (config.get("site_url") or "").rstrip("/")
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines.append(f"Sitemap: {site_url}/sitemap.xml")
    return "\n".join(lines) + "\n"


def shard_of(config) -> dict:  # noqa: ANN001
    """In a sharded build (archive/shards.py): {"name": "2019", "hub": False}; {} in the single build."""
    shard = (config.get("extra") or {}).get("archive_shard")
    return shard if isinstance(shard, dict) else {}


def on_post_build(config):  # noqa: ANN001
    (Path(config["site_dir"]) / "robots.txt").write_text(robots_txt(config), encoding="utf-8")
    if _command["name"] == "serve":
        (Path(config["site_dir"]) / PROBLEMS_FILE).write_text(json.dumps(_problems), encoding="utf-8")
    if _command["name"] == "serve" and (Path(config["site_dir"]) / "pagefind" / "pagefind.js").is_file():
        # Previewing (mkdocs serve --dirty keeps the site folder): Pagefind indexed the site when the preview
        # started; a rebuild after an edit keeps that index rather than re-reading every article (at 10,000
        # articles, most of a rebuild's time). The search page says so (archive.js, sa-preview-search).
        print("pagefind skipped: previewing, the search index is the one made when the preview started", file=sys.stderr)
        return
    shard = shard_of(config)
    if shard.get("hub"):
        return  # the hub of a sharded site holds no article: the search merges the shards' bundles
    # A shard's bundle goes to pagefind/<shard>/, beside the other shards' in the assembled site.
    bundle = ["--output-subdir", f"pagefind/{shard['name']}"] if shard else []
    started = time.perf_counter()
    result = subprocess.run(
        # Only article pages carry data-pagefind-body; reading just them halves Pagefind's work at scale.
        [sys.executable, "-m", "pagefind", "--site", config["site_dir"], "--glob", "articles/**/*.html", "--quiet", *bundle],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pagefind failed: {result.stderr.strip() or result.stdout.strip()}")
    print(f"pagefind indexed the site in {time.perf_counter() - started:.2f}s", file=sys.stderr)
