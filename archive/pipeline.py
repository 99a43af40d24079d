"""The build, stage by stage; run() reads as the pipeline it runs:

    discover -> read -> clean -> extract -> anchor -> render -> write -> site

read, clean, extract and anchor are one article's stages (build_one), memoised by the article's inputs and
run in worker processes when there are many; render plans every output with a signature of what it shows
and renders what changed; write replaces changed files atomically, the manifest last; site runs MkDocs and
Pagefind. What the build may skip is decided in archive/incremental.py, nowhere else.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import NamedTuple, TextIO

import yaml

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from . import cite
from .annotate import anchor, clean_text
from .cache import PageStore, Summary
from .clean import clean
from .export import (
    WHOLE_DATASET,
    WHOLE_DATASET_MAX,
    annotation_items,
    annotations_jsonld,
    archive_json,
    archive_record,
    csv_table,
    datapackage,
    jsonl,
    table_row,
    year_of,
)
from .extract import from_text, merge, needs_curation
from .feeds import ANNOTATIONS_FEED, annotations_feed, articles_feed, feed_outputs, sitemap_stubs
from .incremental import Keyed, Memo, Signatures
from .model import CleanArticle, Entry, Fragment, Page, Source
from .problems import Problem, Problems
from .registry import Registry, parse_registry
from .sidecar import EMPTY, MAX_SLUG, Sidecar, parse_sidecar
from .sources import agreement_suggestions
from .textio import check_name, normalise_metadata, read_raw, read_text, refuse_not_regular, strip_invisible
from .urls import article_doc, slugify, text_doc
from .views import IndexDoc, article_markdown, index_docs, sort_key, template_files
from .writer import (
    Output,
    Staged,
    check_outputs,
    files_in,
    linked_folder,
    remove_leftovers,
    stage,
    swap_in_site,
    write_outputs,
)

# --- the run ----------------------------------------------------------------------------------------


def run(options: Options, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """The build (build_stages), or one line when a folder it must make or write cannot be (a read-only cache or
    docs/, a file where a folder should be): never a traceback."""
    try:
        return build_stages(options, out, err)
    except OSError as error:
        print(cannot_use(error, options), file=err)
        return 1
    finally:
        gc.unfreeze()  # LONG_LIVED objects are let go when the build ends (the preview runs builds in one process)


def cannot_use(error: OSError, options: Options) -> str:
    where = error.filename or options.cache
    return (
        f"{where}:1:1: cannot make or write this: {error.strerror or error}; make the cache ({options.cache}) and the "
        f"docs folder ({options.docs}) writable folders, then build again"
    )


def build_stages(options: Options, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """The build, one stage a line. Returns the exit status: 0, or 1 when any input has a problem."""
    if refused := linked_folders(options):  # docs/, seeds/ or the cache through a link: read or written elsewhere
        return report_problems(refused, err)
    with one_build_at_a_time(options, err):
        b = Build(options, out, err)
        registry = load_registry(options.registry, b.problems)
        sources = discover(options.seeds, b.problems)  # discover: raw articles and their sidecars
        keyed = b.key(sources)  # and the key of each one's contents
        if not b.problems and b.repeat_last_run(keyed):  # nothing changed since the last build
            return site(options, out, err) if options.site else 0
        with Workers(registry) as workers:
            summaries = b.build_articles(keyed, registry, workers)  # read -> clean -> extract -> anchor: build_one
            entries = b.assign_slugs(keyed, summaries)
            plan = b.plan(entries, registry)  # render, planned: every output and the signature of what it shows
            if b.report(keyed, summaries, entries):  # problems (then nothing is written), or --check
                return b.status
            if b.render_and_write(plan, workers):  # render what changed, then write_outputs: atomic, manifest last
                return 1  # docs/ could not be written (a full disk): one line, docs/ whole
        return site(options, out, err) if options.site else 0  # site: mkdocs build --strict, then Pagefind


def linked_folders(options: Options) -> Problems:
    """docs/, seeds/ or the cache as a symbolic link (a pull request can commit one) would read or write elsewhere."""
    problems = Problems()
    for what, folder in (("docs", options.docs), ("seeds", options.seeds), ("cache", options.cache)):
        linked = linked_folder(folder)
        if linked is not None:
            problems.add(str(linked), 1, 1, f"the {what} folder is reached through a symbolic link", "make it a real folder")
    return problems


def report_problems(problems: Problems, err: TextIO) -> int:
    for line in problems.lines():
        print(line, file=err)
    print(f"{len(problems)} problem(s) found; nothing was written.", file=err)
    return 1


class Listed(NamedTuple):
    """An article that has a page: its summary and its listing facts (slug assigned)."""

    summary: Summary
    entry: Entry


class Build:
    """One run's state: options, problems found so far, timings, and the memo of earlier builds."""

    def __init__(self, options: Options, out: TextIO, err: TextIO) -> None:
        self.options, self.out, self.err = options, out, err
        self.started = time.perf_counter()
        self.problems = Problems()
        self.timings = Timings(enabled=options.timings)
        self.base_url = site_base_url(options.config)
        self.memo = Memo(
            options.cache, options.docs, options.registry, template_files(), self.base_url, options.whole_dataset_max
        )
        self.status = 0
        self.built = 0
        self.listed: list[Listed] = []
        self.in_order: list[Summary] = []

    def key(self, sources: list[Source]) -> list[Keyed]:
        keyed = []
        for source in sources:
            try:
                keyed.append(Keyed(source, self.memo.key(source)))
            except OSError as error:  # a broken link, a folder named like an article, a file without read permission
                shown = str(error.filename) if error.filename else source.shown
                self.problems.add(
                    shown, 1, 1, f"cannot read the file: {error.strerror or error}", "make it a readable file, or remove it"
                )
        self.timings.mark("discover + hash inputs")
        return keyed

    def repeat_last_run(self, keyed: list[Keyed]) -> bool:
        """A no-op build: same inputs, code and docs as the last successful build. Its report is repeated."""
        last = self.memo.last_run(keyed)
        if last is None:
            return False
        counts = last["counts"]
        if not self.options.quiet:
            for line in last["report"]:
                print(line, file=self.out)
        if self.options.check:
            print(
                f"check passed: {counts['articles']} articles, {counts['annotations']} annotations, no problems.", file=self.out
            )
        else:
            self.memo.save_inputs()
            print(summary_line(counts, len(keyed), 0, len(self.memo.manifest()), 0, self.started), file=self.out)
        self.timings.mark("nothing changed")
        self.timings.report(self.err)
        return True

    def build_articles(self, keyed: list[Keyed], registry: Registry, workers: Workers) -> dict[str, Summary]:
        """Every article's summary: from the memo, or built now (on every core when there are many)."""

        def build(missing: list[Keyed], store: PageStore | None) -> Iterator[tuple[str, Summary, Page | None]]:
            if workers.worth_it(len(missing)):
                jobs = [(k.source, k.key, store) for k in missing]
                for k, summary in zip(missing, workers.map(_build_in_worker, jobs), strict=True):
                    yield k.key, summary, None  # the page stays in the store: not sent back
            else:
                for k in missing:
                    summary, page = build_and_store(k.source, k.key, registry, store)
                    yield k.key, summary, page

        summaries, self.fresh, self.built = self.memo.articles(keyed, build, store=not self.options.check)
        self.timings.mark(f"read + clean + metadata + anchor ({self.built} articles)")
        self.in_order = [summaries[k.key] for k in keyed]
        for summary in self.in_order:
            self.problems.items.extend(summary.problems)
        duplicates(list(zip([k.source for k in keyed], self.in_order, strict=True)), self.problems)
        return summaries

    def assign_slugs(self, keyed: list[Keyed], summaries: dict[str, Summary]) -> list[Entry]:
        listed = [s for s in self.in_order if s.entry is not None]
        slugs = assign_slugs(listed, self.problems)
        self.listed = [Listed(s, _entry(s)._replace(slug=slug)) for s, slug in zip(listed, slugs, strict=True)]
        self.sources = {k.key: k.source for k in keyed}
        return [item.entry for item in self.listed]

    def plan(self, entries: list[Entry], registry: Registry) -> Plan:
        gc.freeze()  # the manifest and the plan live until the build ends
        plan = plan_outputs(
            self.listed,
            registry,
            self.base_url,
            Signatures(self.memo.salt),
            self.memo.listing(),
            self.options.whole_dataset_max,
        )
        self.timings.mark("slugs + plan outputs")
        check_outputs(self.options.docs, plan.outputs, self.memo.manifest(), self.problems, self.memo.present())
        return plan

    def report(self, keyed: list[Keyed], summaries: dict[str, Summary], entries: list[Entry]) -> bool:
        """Print the problems (then stop, writing nothing) or the report for a person; True when the run ends here."""
        if not self.options.check:
            self.memo.save_articles({k.key: summaries[k.key] for k in keyed})
            self.memo.save_inputs()
        if self.problems:
            self.status = report_problems(self.problems, self.err)
            return True
        self.lines, self.counts = build_report(self.in_order, [item.summary for item in self.listed], entries)
        if not self.options.quiet:
            for line in self.lines:
                print(line, file=self.out)
        if self.options.check:
            counts = self.counts
            print(
                f"check passed: {counts['articles']} articles, {counts['annotations']} annotations, no problems.", file=self.out
            )
            return True
        self.keyed = keyed
        return False

    def render_and_write(self, plan: Plan, workers: Workers) -> int:
        docs, present = self.options.docs, self.memo.present()
        remove_leftovers(docs, present)
        try:
            rendered = render_articles(plan, self.memo, self.base_url, self.sources, self.fresh, workers)
            self.timings.mark(f"render articles ({rendered})")
            written, unchanged, deleted = write_outputs(docs, plan.outputs, self.memo.manifest(), present)
        except OSError as error:  # a full disk, a read-only docs/: one line, and docs/ as a killed build leaves it
            with contextlib.suppress(OSError):
                remove_leftovers(docs, files_in(docs))
            print(cannot_write(error, docs), file=self.err)
            return 1
        except BaseException:
            remove_leftovers(docs, files_in(docs))  # files staged for the pages not yet written
            raise
        self.memo.save_listing(plan.listing)
        self.timings.mark("render index pages + write")
        self.timings.report(self.err)
        self.memo.save_last_run(self.keyed, self.lines, self.counts)
        from_cache = len(self.keyed) - self.built
        print(summary_line(self.counts, from_cache, written, unchanged, deleted, self.started), file=self.out)
        return 0


@contextlib.contextmanager
def one_build_at_a_time(options: Options, err: TextIO) -> Iterator[None]:
    """Builds sharing a cache (the preview server's and one run by hand) take turns: two at once would write the
    same cache files and the same docs/. An advisory lock on the cache folder; none where fcntl is missing
    (Windows), nor for --check, which writes nothing."""
    cache = options.cache
    if fcntl is None or options.check:
        yield
        return
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / "build.lock", "a+b") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for another build using {cache} to finish...", file=err, flush=True)
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class Timings:
    """Wall time per stage, printed with --timings (the benchmark's profile of a build)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last = time.perf_counter()
        self.stages: list[tuple[str, float, float]] = []

    def mark(self, stage: str) -> None:
        now = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if self.enabled else 0.0
        self.stages.append((stage, now - self.last, peak))
        self.last = now

    def report(self, err) -> None:
        if self.enabled:
            for stage, seconds, peak in self.stages:
                print(f"timing: {stage}: {seconds:.3f}s (peak RSS so far {peak:.0f} MB)", file=err)


@dataclass(frozen=True)
class Options:
    seeds: Path = Path("seeds")
    docs: Path = Path("docs")
    registry: Path = Path("registry.yml")
    cache: Path = Path(".cache/archive")
    check: bool = False
    site: bool = False
    site_dir: Path = Path("site")
    config: Path = Path("mkdocs.yml")
    quiet: bool = False
    timings: bool = False
    shard_by: str = "none"  # "year", "decade": the site as shards, one MkDocs build each, and a hub (archive/shards.py)
    shard: str | None = None  # with shard_by: build only this shard (or "hub") into site_dir, as a CI job does
    whole_dataset_max: int = WHOLE_DATASET_MAX  # past this many articles, the dataset a year a file only (export.py)


# --- discover -------------------------------------------------------------------------------------


def discover(seeds: Path, problems: Problems) -> list[Source]:
    if not seeds.is_dir():
        problems.add(str(seeds), 1, 1, "seeds folder not found", "run from the repository root or pass --seeds DIR")
        return []
    # Dot files (.gitkeep, .DS_Store) are skipped, but not a hidden article or sidecar such as "..x.txt": its name is reported.
    names = sorted(p.name for p in seeds.iterdir() if not p.name.startswith(".") or p.name.endswith((".txt", ".yml")))
    # A link, FIFO or folder is named and left out: never followed, never read (see textio.read_regular).
    names = [name for name in names if not refuse_not_regular(seeds / name, problems)]
    raws = {n[:-4] for n in names if n.endswith(".txt")}
    sidecars = {n[:-4] for n in names if n.endswith(".yml")}
    sources = []
    folded: dict[str, str] = {}
    for name in names:
        path = seeds / name
        shown = str(path)
        stem, dot, ext = name.rpartition(".")
        if not dot or ext not in ("txt", "yml"):
            problems.add(
                shown, 1, 1, "unexpected file in the seeds folder", "raw articles end in .txt and their sidecars in .yml"
            )
            continue
        if ext == "yml":
            if stem not in raws:
                problems.add(
                    shown,
                    1,
                    1,
                    f"sidecar has no article {seeds / (stem + '.txt')}",
                    "rename it to match its article, or delete it",
                )
            continue
        if not check_name(shown, stem, problems):
            continue
        # Two names that differ only in case collide on macOS and Windows checkouts.
        key = stem.casefold()
        if key in folded:
            problems.add(shown, 1, 1, f"file name differs from {folded[key]} only in case", "rename one of them")
            continue
        folded[key] = shown
        sidecar = seeds / f"{stem}.yml" if stem in sidecars else None
        sources.append(Source(path, sidecar, shown))
    return sources


# --- per article: read, clean, extract, anchor (memoised) ---------------------------------------------


@dataclass(frozen=True)
class Built:
    """What one article's stages produce (the memo keeps its page and a Summary of it)."""

    page: Page | None
    problems: tuple[Problem, ...]
    raw_sha: str
    suggestions: tuple[str, ...] = ()  # possible new registry aliases, for a person to confirm


def check_names(sidecar: Sidecar, registry: Registry, problems: Problems) -> None:
    for field, name, line, col in sidecar.name_lines:
        if registry.canonical(field, name) is None:
            near = registry.nearest(field, name)
            hint = f"did you mean {' or '.join(repr(n) for n in near)}? " if near else ""
            kind = field[:-1]
            problems.add(
                sidecar.path, line, col, f"unknown {kind} '{name}'", f"{hint}use a name from registry.yml, or add it there"
            )


def build_one(source: Source, registry: Registry) -> Built:
    problems = Problems()
    raw = read_raw(source.raw_path, source.shown, problems)
    sidecar = EMPTY
    if source.sidecar_path is not None:
        text = read_text(source.sidecar_path, str(source.sidecar_path), problems)
        if text is not None:
            sidecar = parse_sidecar(str(source.sidecar_path), text, problems)
    if raw is None:
        return Built(None, tuple(problems.items), "")
    check_names(sidecar, registry, problems)
    cleaned = clean(raw, keep=[o.text for o in sidecar.keep], drop=[o.text for o in sidecar.drop])
    kept = {line.text for line in cleaned.lines} | {d.text for d in cleaned.dropped if d.rule != "sidecar"}
    for override in sidecar.keep + sidecar.drop:
        if override.text not in kept and not any(d.text == override.text for d in cleaned.dropped):
            problems.add(
                sidecar.path,
                override.line,
                1,
                f"cleaning override text not found: '{override.text[:60]}'",
                "copy the whole line exactly from the raw article",
            )
    metadata = merge(from_text(cleaned, registry), sidecar, registry)
    # Zero-width and bidi controls would hide inside <title>, links, page names, facets and search results.
    metadata = normalise_metadata(metadata)
    text, _spans = clean_text(cleaned)
    annotations = anchor(sidecar.annotations, cleaned, sidecar.path, problems)
    # The raw lines are not needed after cleaning; dropping them keeps the cache and memory small.
    slim = dataclasses.replace(cleaned, raw=dataclasses.replace(raw, lines=()))
    page = Page(
        slug=sidecar.slug,
        clean=slim,
        metadata=metadata,
        annotations=annotations,
        word_count=len(text.split()),
        slug_pinned=bool(sidecar.slug),
        needs_curation=needs_curation(metadata),
        snapshot=sidecar.snapshot,
    )
    return Built(page, tuple(problems.items), raw.sha256, suggestions=alias_suggestions(cleaned, registry))


def alias_suggestions(cleaned: CleanArticle, registry: Registry) -> tuple[str, ...]:
    """Near-misses of registry names in the kept text ("Vladimr Putin"), and agreement-like phrases the registry does
    not know ("a 30-year gas supply contract", archive.sources.agreement_suggestions): suggested, never matched."""
    out = []
    for line in cleaned.lines:
        for kind in ("leaders", "agreements"):
            for written, name in registry.suggest_aliases(kind, line.text):
                out.append(
                    f"possible alias: {cleaned.raw.path}:{line.number}: '{written}' looks like {name}; "
                    f"if it is, add it to its aliases in registry.yml"
                )
    for number, phrase in agreement_suggestions(cleaned, registry):
        out.append(
            f"possible agreement: {cleaned.raw.path}:{number}: '{phrase}' is not in registry.yml; "
            f"if it names an agreement, add it there with its basis (a suggestion, not recorded as a fact)"
        )
    return tuple(dict.fromkeys(out))


def summarise(built: Built, source: Source, key: str) -> Summary:
    page = built.page
    if page is None:
        return Summary(key, source.shown, "", built.problems, built.suggestions, None)
    return Summary(
        key=key,
        raw_path=page.clean.raw.path,
        raw_sha=built.raw_sha,
        problems=built.problems,
        suggestions=built.suggestions,
        entry=page.entry(),
        slug_pinned=page.slug_pinned,
        derived_slug=derived_slug(page),
        needs_curation=page.needs_curation,
        rules=tuple(sorted(Counter(d.rule for d in page.clean.dropped).items())),
    )


def build_and_store(source: Source, key: str, registry: Registry, store: PageStore | None) -> tuple[Summary, Page | None]:
    """build_one, its page kept in the page store (unless only checking), and what the build keeps of it."""
    built = build_one(source, registry)
    if built.page is not None and store is not None:
        store.store(key, built.page)
    return summarise(built, source, key), built.page


# LONG_LIVED: the cache index, the manifest and the dataset parts live until the build ends, and hold most of
# its objects. gc.freeze() after loading each moves them out of the cycle collector's way: at 10,000 articles it
# otherwise scans them again and again, about a sixth of a one-sidecar rebuild.

# Below this many articles to build or render, starting worker processes costs more than the second core saves.
PARALLEL_MIN_ARTICLES = 200
CHUNK = 32  # articles a worker takes at a time
PARENT_CHECK_SECONDS = 0.5  # how often a worker checks that the build that started it is still running
_worker: dict = {}


def _init_worker(registry: Registry, parent: int) -> None:
    _worker["registry"] = registry
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A worker whose build was killed (SIGKILL, out of memory) would wait for work forever: it leaves too."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _build_in_worker(job: tuple[Source, str, PageStore | None]) -> Summary:
    source, key, store = job
    return build_and_store(source, key, _worker["registry"], store)[0]  # the page stays in the store: not sent back


def _render_in_worker(job: RenderJob) -> Rendered:
    return render_article(job, _worker["registry"], {})


class Workers:
    """A pool of worker processes, started the first time there is enough work for it."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.pool: ProcessPoolExecutor | None = None
        self.count = min(os.cpu_count() or 1, 4)

    def worth_it(self, jobs: int) -> bool:
        return jobs >= PARALLEL_MIN_ARTICLES and self.count >= 2

    def map(self, fn, jobs: list) -> Iterator:
        if self.pool is None:
            # FORK_ONLY_ALONE: a forked child gets a copy of every lock, held or not; in a process with other threads
            # (the preview's server: hooks/archive_hooks.py runs the build in it) the workers start afresh instead.
            alone = threading.active_count() == 1
            self.pool = ProcessPoolExecutor(
                max_workers=self.count,
                mp_context=multiprocessing.get_context("fork" if alone else "spawn"),
                initializer=_init_worker,
                initargs=(self.registry, os.getpid()),
            )
        return self.pool.map(fn, jobs, chunksize=CHUNK)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()  # not left idle through the site build


# --- slugs ----------------------------------------------------------------------------------------


def derived_slug(page: Page) -> str:
    m = page.metadata
    date = m.date.value if m.date.known else "undated"
    title = strip_invisible(m.title.value) if m.title.known else page.clean.raw.stem
    return slugify(f"{date} {title}", MAX_SLUG - 4)


def _entry(summary: Summary) -> Entry:
    assert summary.entry is not None  # only articles that were read have a page
    return summary.entry


def assign_slugs(summaries: list[Summary], problems: Problems) -> list[str]:
    """Pinned slugs as given (unique, or an error); derived ones made unique in file order."""
    taken: dict[str, str] = {}
    for summary in summaries:
        if summary.slug_pinned:
            slug = _entry(summary).slug
            sidecar = f"seeds/{Path(summary.raw_path).stem}.yml"
            if slug in taken:
                problems.add(sidecar, 1, 1, f"slug '{slug}' is already pinned by {taken[slug]}", "choose another slug")
            taken.setdefault(slug, sidecar)
    out = []
    for summary in summaries:
        slug = _entry(summary).slug
        if not summary.slug_pinned:
            base = slug = summary.derived_slug
            n = 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken[slug] = summary.raw_path
        out.append(slug)
    return out


# --- render -----------------------------------------------------------------------------------------


class Neighbours(NamedTuple):
    older: Entry | None
    newer: Entry | None


class PlannedArticle(NamedTuple):
    summary: Summary
    entry: Entry
    neighbours: Neighbours


@dataclass(frozen=True)
class RenderJob:
    """One article to render: its page and text files to stage (those whose inputs changed), its dataset part."""

    source: Source
    key: str
    slug: str
    neighbours: Neighbours
    stage: tuple[str, ...]  # docs-relative files to write: its page, its text, or neither
    docs: Path
    store: PageStore
    base_url: str


@dataclass(frozen=True)
class Rendered:
    key: str
    staged: tuple[tuple[str, Staged], ...]
    fragment: Fragment


def render_article(job: RenderJob, registry: Registry, fresh: dict[str, Page]) -> Rendered:
    page = fresh.get(job.key) or job.store.load(job.key)
    if page is None:  # the cache lost it (deleted by hand): build it again
        page = build_one(job.source, registry).page
    assert page is not None  # its key is in the index: it was read once, and is read the same way again
    page = dataclasses.replace(page, slug=job.slug)
    staged = []
    work = cite.work_of(page, registry, job.base_url)
    downloads = cite.cite_files(work) if any(rel.startswith(cite.CITE_FOLDER) for rel in job.stage) else {}
    for rel in job.stage:
        if rel.startswith("articles/"):
            block = cite.front_matter_block(work, page.metadata.date.value)
            data = article_markdown(page, job.neighbours, registry, clean_text(page.clean)[1], block).encode("utf-8")
        elif rel in downloads:
            data = downloads[rel]
        else:
            data = page.text.encode("utf-8")
        staged.append((rel, stage(job.docs, rel, data)))
    notes = json.dumps([[job.slug, a.id, a.created, a.kind, a.author, a.quote, a.note] for a in page.annotations]).encode()
    fragment = Fragment.pack(
        job.slug,
        job.base_url,
        archive_record(page),
        annotation_items(page, job.base_url),
        table_row(page, job.base_url),
        notes,
    )
    return Rendered(job.key, tuple(staged), fragment)


def site_base_url(config: Path) -> str:
    """site_url from mkdocs.yml, for absolute IRIs in the JSON-LD export ('' when unset)."""
    try:
        data = yaml.safe_load(config.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return ""
    url = str(data.get("site_url") or "")
    return url if url.endswith("/") or not url else url + "/"


DATASET = ("data/archive.json", "data/annotations.jsonld")
DOWNLOADS = [
    ("archive.json (every article's metadata)", "data/archive.json"),
    ("annotations.jsonld (W3C Web Annotations)", "data/annotations.jsonld"),
    ("archive.csv (one row an article)", "data/archive.csv"),
    ("archive.jsonl (JSON Lines)", "data/archive.jsonl"),
    ("datapackage.json (Frictionless: every field described)", "data/datapackage.json"),
    ("Atom feed: newest articles", "feeds/articles.xml"),
    ("Atom feed: newest annotations", "feeds/annotations.xml"),
]


@dataclass
class Plan:
    """Every file the build writes, each with a signature of what its bytes depend on (see writer.Output)."""

    outputs: dict[str, Output]
    articles: list[PlannedArticle]  # in date order
    staged: dict[str, Staged]  # article files rendered ahead by render_articles
    fragments: dict[str, Fragment]  # key -> dataset part, filled in before the dataset is written
    listing: dict = dataclasses.field(default_factory=dict)  # the index pages' signatures, for the next build


def plan_outputs(
    listed: list[Listed],
    registry: Registry,
    base_url: str,
    signatures: Signatures,
    previous_listing: dict,
    whole_dataset_max: int = WHOLE_DATASET_MAX,
) -> Plan:
    """Nothing is rendered here: the writer makes a file only where its signature changed, so a no-op rebuild
    renders nothing and a one-sidecar edit re-renders that article's files, the listings that show it, and
    the dataset (joined from each article's kept part). Past whole_dataset_max articles the dataset is planned a
    year a file only: the whole-archive files are not planned, so the writer deletes them if an earlier build wrote
    them (and plans them again when the archive shrinks back)."""
    ordered = sorted(listed, key=lambda item: sort_key(item.entry))
    whole = len(ordered) <= whole_dataset_max
    plan = Plan({}, [], {}, {})
    outputs = plan.outputs

    for i, (summary, entry) in enumerate(ordered):
        older = ordered[i - 1].entry if i > 0 else None
        newer = ordered[i + 1].entry if i + 1 < len(ordered) else None
        plan.articles.append(PlannedArticle(summary, entry, Neighbours(older, newer)))
        for rel, signature in (
            # The page's head and citation name its absolute address: site_url is part of what it shows.
            (article_doc(entry.slug), signatures.article(summary.key, entry.slug, older, newer, base_url)),
            (text_doc(entry.slug), signatures.text(summary.key)),
            *((rel, signatures.cite_file(summary.key, entry.slug, base_url)) for rel in cite.files(entry.slug).values()),
        ):
            outputs[rel] = Output(signature, partial(plan.staged.pop, rel))

    # Index pages show only the listing facts of articles (Entry). When none changed (an edited note, a corrected
    # typo in the text), their signatures are the last build's, and they are planned only if one must be written.
    entries = [item.entry for item in ordered]
    listing = signatures.listing_facts(entries)
    index: dict[str, IndexDoc] = {}

    years = sorted({year_of(e) for e in entries})
    downloads = [item for item in DOWNLOADS if whole or item[1] not in WHOLE_DATASET]
    downloads += [(f"{year}: JSON", f"data/years/{year}.json") for year in years]
    downloads += [(f"{year}: CSV", f"data/years/{year}.csv") for year in years]
    downloads += [(f"{year}: JSON Lines", f"data/years/{year}.jsonl") for year in years]

    def planned() -> dict[str, IndexDoc]:
        if not index:
            index.update(index_docs(entries, registry, sum(e.annotations for e in entries), downloads))
        return index

    if previous_listing.get("listing") == listing and isinstance(previous_listing.get("docs"), dict):
        docs_signatures = previous_listing["docs"]
    else:
        docs_signatures = {doc: signatures.index(doc, item.inputs) for doc, item in planned().items()}
    for doc, signature in docs_signatures.items():
        outputs[doc] = Output(signature, partial(_render_index, planned, doc))
    plan.listing = {"listing": listing, "docs": docs_signatures}

    everything = signatures.dataset(base_url, ((item.entry.slug, item.summary.key) for item in ordered))
    keys = [item.summary.key for item in ordered]
    outputs["data/annotations.jsonld"] = Output(
        everything, lambda: annotations_jsonld([item for k in keys for item in plan.fragments[k].items], base_url)
    )
    if whole:  # every record in one file too (and as a table: CSV, JSON Lines), up to WHOLE_DATASET_MAX articles
        outputs["data/archive.json"] = Output(
            everything, lambda: archive_json((plan.fragments[k].record for k in keys), len(keys))
        )
        outputs["data/archive.csv"] = Output(everything, lambda: csv_table(plan.fragments[k].row for k in keys))
        outputs["data/archive.jsonl"] = Output(everything, lambda: jsonl(plan.fragments[k].row for k in keys))
    outputs["data/datapackage.json"] = Output(
        signatures.datapackage(base_url, years, whole), lambda: datapackage(years, base_url, whole)
    )

    # Each year's files hold that year's rows (a row's year is its article's date, as in the listings): signed by
    # that year's articles alone, an edit rewrites its own year's files, not every year's.
    of_year: dict[str, list[str]] = {year: [] for year in years}
    year_articles: dict[str, list[tuple[str, str]]] = {year: [] for year in years}
    for item in ordered:
        of_year[year_of(item.entry)].append(item.summary.key)
        year_articles[year_of(item.entry)].append((item.entry.slug, item.summary.key))

    def year_json(year: str) -> Iterator[bytes]:
        # archive.json's shape for one year's articles (at 10,000 articles the whole file is about 40 MB).
        return archive_json((plan.fragments[k].record for k in of_year[year]), len(of_year[year]))

    def year_csv(year: str) -> Iterator[bytes]:
        return csv_table(plan.fragments[k].row for k in of_year[year])

    def year_jsonl(year: str) -> Iterator[bytes]:
        return jsonl(plan.fragments[k].row for k in of_year[year])

    for year in years:
        of_the_year = signatures.dataset(base_url, year_articles[year])
        outputs[f"data/years/{year}.json"] = Output(of_the_year, partial(year_json, year))
        outputs[f"data/years/{year}.csv"] = Output(of_the_year, partial(year_csv, year))
        outputs[f"data/years/{year}.jsonl"] = Output(of_the_year, partial(year_jsonl, year))
    # Feeds: of articles (Entry facts only, like the listings), and of annotations (from the dataset's parts).
    for path, (title, page, group) in feed_outputs(entries, base_url).items():
        outputs[path] = Output(
            signatures.feed(path, base_url, listing, title, page),
            partial(articles_feed, group, base_url, path, title, page),
        )
    for path, data in sitemap_stubs([*feed_outputs(entries, base_url), ANNOTATIONS_FEED]).items():
        outputs[path] = Output(signatures.stub(path), partial(bytes, data))
    titles = {e.slug: e.title for e in entries}
    outputs[ANNOTATIONS_FEED] = Output(
        everything,
        lambda: annotations_feed([n for k in keys for n in json.loads(plan.fragments[k].notes)], titles, base_url),
    )
    return plan


def _render_index(planned: Callable[[], dict[str, IndexDoc]], doc: str) -> bytes:
    return planned()[doc].render().encode("utf-8")


def render_articles(
    plan: Plan, memo: Memo, base_url: str, sources: dict[str, Source], fresh: dict[str, Page], workers: Workers
) -> int:
    """Render, on every core when there are many, each article whose page or text file must be written or whose
    dataset part is not in the memo; stage their files in docs/ and fill in plan.fragments. Returns how many."""
    dataset_stale = any(
        memo.needs_write(rel, output.signature)
        for rel, output in plan.outputs.items()
        if rel in DATASET or rel.startswith(("data/years/", "data/archive.")) or rel == ANNOTATIONS_FEED
    )
    kept = memo.fragments() if dataset_stale else {}
    gc.freeze()
    jobs = []
    for summary, entry, neighbours in plan.articles:
        stage_rels = tuple(
            rel
            for rel in (article_doc(entry.slug), text_doc(entry.slug), *cite.files(entry.slug).values())
            if memo.needs_write(rel, plan.outputs[rel].signature)
        )
        fragment = kept.get(summary.key)
        if dataset_stale and fragment is not None and (fragment.slug, fragment.base_url) == (entry.slug, base_url):
            plan.fragments[summary.key] = fragment
        elif not stage_rels and not dataset_stale:
            continue
        if stage_rels or summary.key not in plan.fragments:
            jobs.append(
                RenderJob(sources[summary.key], summary.key, entry.slug, neighbours, stage_rels, memo.docs, memo.pages, base_url)
            )
    if workers.worth_it(len(jobs)):
        results: Iterable[Rendered] = workers.map(_render_in_worker, jobs)
    else:
        results = (render_article(job, workers.registry, fresh) for job in jobs)
    for result in results:
        plan.staged.update(result.staged)
        plan.fragments[result.key] = result.fragment
    if dataset_stale:
        memo.save_fragments(plan.fragments)
    return len(jobs)


def load_registry(path: Path, problems: Problems) -> Registry:
    if refuse_not_regular(path, problems):
        return Registry(())
    if not path.is_file():
        problems.add(str(path), 1, 1, "registry file not found", "run from the repository root or pass --registry FILE")
        return Registry(())
    text = read_text(path, str(path), problems)
    return parse_registry(str(path), text or "", problems)


def duplicates(built: list[tuple[Source, Summary]], problems: Problems) -> None:
    first: dict[str, str] = {}
    for source, b in built:
        if not b.raw_sha:
            continue
        if b.raw_sha in first:
            problems.add(
                source.shown, 1, 1, f"same text as {first[b.raw_sha]}", "delete one of the two files (and merge their sidecars)"
            )
        first.setdefault(b.raw_sha, source.shown)


def build_report(in_order: list[Summary], listed: list[Summary], entries: list[Entry]) -> tuple[list[str], dict]:
    """The lines for a person (fields to curate, possible aliases, slugs to pin) and the summary's counts."""
    report: list[str] = []
    for path, fields in sorted((s.raw_path, s.needs_curation) for s in listed if s.needs_curation):
        report.append(f"needs curation: {path}: {', '.join(fields)} unknown")
    for summary in in_order:
        report.extend(summary.suggestions)
    for path, slug in sorted((s.raw_path, e.slug) for s, e in zip(listed, entries, strict=True) if not s.slug_pinned):
        report.append(f"slug not pinned: {path}: add 'slug: {slug}' to its sidecar to keep the URL stable")
    rules: Counter = Counter()
    for summary in listed:
        rules.update(dict(summary.rules))
    unknown = Counter(f for s in listed for f in s.needs_curation)
    counts = {
        "articles": len(listed),
        "annotations": sum(e.annotations for e in entries),
        "unknown": ", ".join(f"{k} {v}" for k, v in sorted(unknown.items())) or "none",
        "rules": ", ".join(f"{k} {v}" for k, v in sorted(rules.items())) or "none",
    }
    return report, counts


def cannot_write(error: OSError, docs: Path) -> str:
    where = error.filename or docs
    return (
        f"{where}:1:1: cannot write: {error.strerror or error}; free some disk space or make {docs} writable, then build "
        "again (every file is whole, old or new; the next build finishes the job)"
    )


def summary_line(counts: dict, from_cache: int, written: int, unchanged: int, deleted: int, started: float) -> str:
    return (
        f"built {counts['articles']} articles ({from_cache} from cache), {counts['annotations']} annotations; "
        f"files: {written} written, {unchanged} unchanged, {deleted} deleted; "
        f"unknown fields: {counts['unknown']}; rules fired: {counts['rules']} ({time.perf_counter() - started:.2f}s)"
    )


# --- the site -------------------------------------------------------------------------------------


# (a build's own config is a small regular file: a link or a special file of that name, which a pull request could add
# beside mkdocs.yml, is never read, and goes as an orphan does)
MAX_SITE_CONFIG_BYTES = 4096


def _config_site_dir_stands(config: Path) -> bool:
    if config.is_symlink() or not config.is_file():
        return False
    try:
        with config.open("rb") as handle:
            text = handle.read(MAX_SITE_CONFIG_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return False
    named = next((line.removeprefix("site_dir: ") for line in text.splitlines() if line.startswith("site_dir: ")), "")
    return bool(named) and Path(named).is_dir()


def remove_site_leftovers(site_dir: Path, config_dir: Path) -> None:
    """What a site build killed midway left: its .site-* folder and config, and site.old. Builds take turns (see
    one_build_at_a_time), so none of these belongs to a running build."""
    for leftover in site_dir.parent.glob(".site-*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
    for leftover in config_dir.glob(".site-*.yml"):
        # (CONFIG_OF_A_LIVE_BUILD: configs lie beside mkdocs.yml, which builds of other sites and caches share; a config
        # whose temporary folder still stands elsewhere belongs to such a build, running: only an orphan goes)
        if not _config_site_dir_stands(leftover):
            leftover.unlink(missing_ok=True)
    old = site_dir.with_name(site_dir.name + ".old")
    if old.is_dir() and not old.is_symlink():
        if not site_dir.exists():  # killed between the two renames: the old site is the last good one
            old.rename(site_dir)
        else:
            shutil.rmtree(old, ignore_errors=True)


def die_with_parent() -> None:
    """In the mkdocs child (Linux): end it when the build that started it dies (SIGKILL leaves no orphan)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass


def site(options: Options, out=sys.stdout, err=sys.stderr) -> int:
    """The site: one build, or (with --shard-by) shards and a hub assembled into one site (archive/shards.py)."""
    if options.shard_by == "none":
        return build_site(options, out, err)
    from .shards import build_sharded

    return build_sharded(options, out, err)


def build_site(
    options: Options,
    out=sys.stdout,
    err=sys.stderr,
    docs: Path | None = None,
    site_dir: Path | None = None,
    extra_config: str = "",
) -> int:
    """mkdocs build --strict into a temporary folder, then Pagefind; it replaces site/ only on success. A shard's
    build (archive/shards.py) passes its own docs folder, site folder and configuration (navigation, shard name)."""
    docs = docs or options.docs
    site_dir = (site_dir or options.site_dir).resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_site_leftovers(site_dir, options.config.resolve().parent)
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    # Beside mkdocs.yml: MkDocs resolves custom_dir and hooks relative to the config file that is loaded.
    config = options.config.resolve().parent / f"{tmp.name}.yml"
    config.write_text(
        f"INHERIT: {options.config.resolve()}\ndocs_dir: {docs.resolve()}\nsite_dir: {tmp}\n{extra_config}",
        encoding="utf-8",
    )
    try:
        started = time.perf_counter()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        # Not --quiet: with it MkDocs 1.6 no longer counts warnings, and --strict lets a broken link through.
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
            check=False,
            preexec_fn=die_with_parent,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        info = False
        for line in result.stdout.splitlines():
            # Warnings, errors and the hooks' own lines; not MkDocs' INFO messages (nor their indented lists).
            info = line.startswith("INFO") or (info and line[:1].isspace())
            if line.strip() and not info:
                print(line, file=err)
        if result.returncode != 0:
            print("site build failed; the previous site/ is unchanged.", file=err)
            return 1
        print(f"site built in {time.perf_counter() - started:.2f}s (Pagefind included)", file=out)
        swap_in_site(tmp, site_dir)
        return 0
    finally:
        config.unlink(missing_ok=True)
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
