"""The build, stage by stage: discover -> key (hash inputs) -> build each article (read, clean, metadata,
anchor; cached, in worker processes when many) -> slugs -> plan every output with the signature of its
inputs -> render what changed (articles in workers) -> write atomically. See run() and _build()."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import importlib.metadata
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

from . import PIPELINE_VERSION
from .annotate import anchor, clean_text
from .cache import Cache, PageStore, Summary
from .clean import clean
from .export import annotation_items, annotations_jsonld, archive_json, archive_record
from .extract import from_text, merge, needs_curation
from .model import Entry, Page
from .problems import Problems
from .registry import Registry, parse_registry
from .render import article_markdown, digest, index_docs, slugify, sort_key
from .sidecar import EMPTY, MAX_SLUG, Sidecar, parse_sidecar
from .sources import agreement_suggestions
from .textio import check_name, file_digest, normalise_metadata, read_raw, read_text, refuse_not_regular, strip_invisible
from .writer import (
    MANIFEST,
    Output,
    Staged,
    check_outputs,
    files_in,
    linked_folder,
    needs_write,
    read_manifest,
    remove_leftovers,
    stage,
    write_outputs,
)


class Timings:
    """Wall time per stage, printed with --timings (the benchmark's profile of a build)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last = time.perf_counter()
        self.stages: list[tuple[str, float]] = []

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


@dataclass(frozen=True)
class Source:
    raw_path: Path
    sidecar_path: Path | None
    shown: str  # the raw file's path as messages show it


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


# --- per article: read, clean, extract, merge, anchor (cached) ------------------------------------


@dataclass(frozen=True)
class Built:
    """What one article's stages produce (the cache keeps its page and a Summary of it)."""

    page: Page | None
    problems: tuple  # Problem items
    raw_sha: str
    suggestions: tuple[str, ...] = ()  # possible new registry aliases, for a person to confirm


# Installed packages whose version shapes the output (note HTML, sanitizing, YAML reading): part of the cache key and of
# every output signature, so installing another version rebuilds what it makes.
OUTPUT_PACKAGES = ("Markdown", "nh3", "PyYAML")


def code_version() -> str:
    hasher = hashlib.sha256(PIPELINE_VERSION.encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        hasher.update(path.read_bytes())
    for package in OUTPUT_PACKAGES:
        try:
            version = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            version = "absent"
        hasher.update(f"\0{package}=={version}".encode())
    return hasher.hexdigest()


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
    )
    return Built(page, tuple(problems.items), raw.sha256, suggestions=alias_suggestions(cleaned, registry))


def alias_suggestions(cleaned, registry: Registry) -> tuple[str, ...]:
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
            self.pool = ProcessPoolExecutor(
                max_workers=self.count, initializer=_init_worker, initargs=(self.registry, os.getpid())
            )
        return self.pool.map(fn, jobs, chunksize=CHUNK)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


# --- slugs ----------------------------------------------------------------------------------------


def derived_slug(page: Page) -> str:
    m = page.metadata
    date = m.date.value if m.date.known else "undated"
    title = strip_invisible(m.title.value) if m.title.known else page.clean.raw.stem
    return slugify(f"{date} {title}", MAX_SLUG - 4)


def assign_slugs(summaries: list[Summary], problems: Problems) -> list[str]:
    """Pinned slugs as given (unique, or an error); derived ones made unique in file order."""
    taken: dict[str, str] = {}
    for summary in summaries:
        if summary.slug_pinned:
            slug = summary.entry.slug
            sidecar = f"seeds/{Path(summary.raw_path).stem}.yml"
            if slug in taken:
                problems.add(sidecar, 1, 1, f"slug '{slug}' is already pinned by {taken[slug]}", "choose another slug")
            taken.setdefault(slug, sidecar)
    out = []
    for summary in summaries:
        slug = summary.entry.slug
        if not summary.slug_pinned:
            base = slug = summary.derived_slug
            n = 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken[slug] = summary.raw_path
        out.append(slug)
    return out


# --- render ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderJob:
    """One article to render: its page and text files to stage (those whose inputs changed), its dataset part."""

    source: Source
    key: str
    slug: str
    neighbours: tuple[Entry | None, Entry | None]
    stage: tuple[str, ...]  # docs-relative files to write: its page, its text, or neither
    docs: Path
    store: PageStore
    base_url: str


@dataclass(frozen=True)
class Rendered:
    key: str
    staged: tuple[tuple[str, Staged], ...]
    fragment: tuple[str, str, bytes, tuple[bytes, ...]]  # (slug, base URL, archive.json record, JSON-LD items)


def render_article(job: RenderJob, registry: Registry, fresh: dict[str, Page]) -> Rendered:
    page = fresh.get(job.key) or job.store.load(job.key)
    if page is None:  # the cache lost it (deleted by hand): build it again
        page = build_one(job.source, registry).page
    page = dataclasses.replace(page, slug=job.slug)
    staged = []
    for rel in job.stage:
        if rel.startswith("articles/"):
            data = article_markdown(page, job.neighbours, registry, clean_text(page.clean)[1]).encode("utf-8")
        else:
            data = page.text.encode("utf-8")
        staged.append((rel, stage(job.docs, rel, data)))
    fragment = (job.slug, job.base_url, archive_record(page), annotation_items(page, job.base_url))
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
]


@dataclass
class Plan:
    """Every file the build writes, each with a signature of what its bytes depend on (see writer.Output)."""

    outputs: dict[str, Output]
    articles: list[tuple[Summary, Entry, tuple[Entry | None, Entry | None]]]  # in date order
    staged: dict[str, Staged]  # article files rendered ahead by render_articles
    fragments: dict[str, tuple]  # key -> dataset fragment, filled in before the dataset is written
    listing: dict = dataclasses.field(default_factory=dict)  # the index pages' signatures, for the next build


def plan_outputs(
    listed: list[tuple[Summary, Entry]], registry: Registry, base_url: str, salt: str, previous_listing: dict
) -> Plan:
    """Nothing is rendered here: the writer makes a file only where its signature changed, so a no-op rebuild
    renders nothing and a one-sidecar edit re-renders that article's files, the listings that show it, and
    the dataset (joined from each article's kept part)."""
    ordered = sorted(listed, key=lambda item: sort_key(item[1]))
    plan = Plan({}, [], {}, {})
    outputs = plan.outputs

    def neighbour(entry: Entry | None) -> tuple:
        return (entry.slug, entry.title) if entry else ()

    for i, (summary, entry) in enumerate(ordered):
        before = ordered[i - 1][1] if i > 0 else None
        after = ordered[i + 1][1] if i + 1 < len(ordered) else None
        plan.articles.append((summary, entry, (before, after)))
        for rel, signature in (
            (f"articles/{entry.slug}.md", digest(salt, summary.key, entry.slug, neighbour(before), neighbour(after))),
            (f"data/text/{entry.slug}.txt", digest(salt, summary.key)),
        ):
            outputs[rel] = Output(signature, lambda rel=rel: plan.staged.pop(rel))

    # Index pages show only the listing facts of articles (Entry). When none changed (an edited note, a corrected
    # typo in the text), their signatures are the last build's, and they are planned only if one must be written.
    entries = [entry for _summary, entry in ordered]
    listing = digest(salt, *map(repr, entries))
    index: dict = {}

    def planned() -> dict:
        if not index:
            index.update(index_docs(entries, registry, sum(e.annotations for e in entries), DOWNLOADS))
        return index

    if previous_listing.get("listing") == listing and isinstance(previous_listing.get("docs"), dict):
        signatures = previous_listing["docs"]
    else:
        signatures = {doc: digest(salt, doc, item.inputs) for doc, item in planned().items()}
    for doc, signature in signatures.items():
        outputs[doc] = Output(signature, lambda doc=doc: planned()[doc].render().encode("utf-8"))
    plan.listing = {"listing": listing, "docs": signatures}

    everything = digest(salt, base_url, *sorted(f"{e.slug}:{s.key}" for s, e in ordered))
    keys = [summary.key for summary, _entry in ordered]
    outputs["data/archive.json"] = Output(everything, lambda: archive_json((plan.fragments[k][2] for k in keys), len(keys)))
    outputs["data/annotations.jsonld"] = Output(
        everything, lambda: annotations_jsonld([item for k in keys for item in plan.fragments[k][3]], base_url)
    )
    return plan


def render_articles(
    plan: Plan,
    docs: Path,
    manifest: dict,
    present: set[str],
    cache: Cache,
    base_url: str,
    sources: dict[str, Source],
    fresh: dict[str, Page],
    workers: Workers,
) -> int:
    """Render, on every core when there are many, each article whose page or text file must be written or whose
    dataset part is not in the cache; stage their files in docs/ and fill in plan.fragments. Returns how many."""
    dataset_stale = any(needs_write(rel, plan.outputs[rel].signature, manifest, present) for rel in DATASET)
    kept = cache.fragments if dataset_stale else {}
    gc.freeze()
    jobs = []
    for summary, entry, neighbours in plan.articles:
        stage_rels = tuple(
            rel
            for rel in (f"articles/{entry.slug}.md", f"data/text/{entry.slug}.txt")
            if needs_write(rel, plan.outputs[rel].signature, manifest, present)
        )
        fragment = kept.get(summary.key)
        if dataset_stale and fragment is not None and fragment[:2] == (entry.slug, base_url):
            plan.fragments[summary.key] = fragment
        elif not stage_rels and not dataset_stale:
            continue
        if stage_rels or summary.key not in plan.fragments:
            jobs.append(
                RenderJob(sources[summary.key], summary.key, entry.slug, neighbours, stage_rels, docs, cache.pages, base_url)
            )
    if workers.worth_it(len(jobs)):
        results: Iterable[Rendered] = workers.map(_render_in_worker, jobs)
    else:
        results = (render_article(job, workers.registry, fresh) for job in jobs)
    for result in results:
        plan.staged.update(result.staged)
        plan.fragments[result.key] = result.fragment
    if dataset_stale:
        cache.save_fragments(dict(plan.fragments))
    return len(jobs)


# --- the run --------------------------------------------------------------------------------------


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


def run(options: Options, out=sys.stdout, err=sys.stderr) -> int:
    if options.check:  # writes nothing: needs no turn
        return _run(options, out, err)
    with one_build_at_a_time(options.cache, err):
        return _run(options, out, err)


@contextlib.contextmanager
def one_build_at_a_time(cache: Path, err) -> Iterator[None]:
    """Builds sharing a cache (the preview server's and one run by hand) take turns: two at once would write the
    same cache files and the same docs/. An advisory lock on the cache folder; none where fcntl is missing (Windows)."""
    if fcntl is None:
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


def _run(options: Options, out, err) -> int:
    started = time.perf_counter()
    problems = Problems()
    if refuse_linked_folders(options, problems):
        for line in problems.lines():
            print(line, file=err)
        print(f"{len(problems)} problem(s) found; nothing was written.", file=err)
        return 1
    registry = load_registry(options.registry, problems)
    sources = discover(options.seeds, problems)
    cache = Cache(
        options.cache,
        code_version() + file_digest(options.registry),
    )
    timings = Timings(enabled=options.timings)
    keyed = []
    for source in sources:
        try:
            keyed.append((source, cache.key(source.shown, source.raw_path, source.sidecar_path)))
        except OSError as error:  # a broken link, a folder named like an article, a file without read permission
            shown = str(error.filename) if error.filename else source.shown
            problems.add(shown, 1, 1, f"cannot read the file: {error.strerror or error}", "make it a readable file, or remove it")
    timings.mark("discover + hash inputs")
    base_url = site_base_url(options.config)
    if not problems and unchanged_since_last_run(options, cache, keyed, base_url, out, started):
        if not options.check:
            cache.hashes.save()
        timings.mark("nothing changed")
        timings.report(err)
        return build_site(options, out, err) if options.site else 0
    workers = Workers(registry)
    try:
        return _build(options, problems, registry, cache, keyed, base_url, workers, timings, started, out, err)
    finally:
        workers.close()


def refuse_linked_folders(options: Options, problems: Problems) -> bool:
    """docs/, seeds/ or the cache as a symbolic link (a pull request can commit one) would read or write elsewhere."""
    for what, folder in (("docs", options.docs), ("seeds", options.seeds), ("cache", options.cache)):
        linked = linked_folder(folder)
        if linked is not None:
            problems.add(str(linked), 1, 1, f"the {what} folder is reached through a symbolic link", "make it a real folder")
    return bool(problems)


def build_articles(
    keyed: list[tuple[Source, str]], cache: Cache, registry: Registry, workers: Workers, store: PageStore | None
) -> tuple[dict[str, Summary], dict[str, Page], int]:
    """Every article's summary: from the cache index, or built now (on every core when there are many).
    Returns the summaries by key, the pages built in this process (to render without reading them back),
    and how many articles were built."""
    old = cache.index
    gc.freeze()  # see LONG_LIVED
    missing = [(source, key) for source, key in keyed if key not in old]
    summaries: dict[str, Summary] = {key: old[key] for _source, key in keyed if key in old}
    fresh: dict[str, Page] = {}
    if workers.worth_it(len(missing)):
        jobs = [(source, key, store) for source, key in missing]
        for (_source, key), summary in zip(missing, workers.map(_build_in_worker, jobs), strict=True):
            summaries[key] = summary
    else:
        for source, key in missing:
            summaries[key], page = build_and_store(source, key, registry, store)
            if page is not None:
                fresh[key] = page
    return summaries, fresh, len(missing)


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


def _build(options, problems, registry, cache, keyed, base_url, workers, timings, started, out, err) -> int:
    store = None if options.check else cache.pages
    summaries, fresh, built = build_articles(keyed, cache, registry, workers, store)
    timings.mark(f"read + clean + metadata + anchor ({built} articles)")
    in_order = [summaries[key] for _source, key in keyed]
    for summary in in_order:
        problems.items.extend(summary.problems)
    duplicates(list(zip([s for s, _ in keyed], in_order, strict=True)), problems)
    listed = [s for s in in_order if s.entry is not None]
    entries = [s.entry._replace(slug=slug) for s, slug in zip(listed, assign_slugs(listed, problems), strict=True)]
    manifest = read_manifest(options.docs)
    gc.freeze()
    plan = plan_outputs(list(zip(listed, entries, strict=True)), registry, base_url, cache.salt, cache.listing())
    timings.mark("slugs + plan outputs")
    present = files_in(options.docs)
    check_outputs(options.docs, plan.outputs, manifest, problems, present)

    if not options.check:
        cache.save_index({key: summaries[key] for _source, key in keyed})
        cache.hashes.save()
    for line in problems.lines():
        print(line, file=err)
    if problems:
        print(f"{len(problems)} problem(s) found; nothing was written.", file=err)
        return 1
    report, counts = build_report(in_order, listed, entries)
    if not options.quiet:
        for line in report:
            print(line, file=out)
    if options.check:
        print(f"check passed: {counts['articles']} articles, {counts['annotations']} annotations, no problems.", file=out)
        return 0
    remove_leftovers(options.docs, present)
    try:
        sources = {key: source for source, key in keyed}
        rendered = render_articles(plan, options.docs, manifest, present, cache, base_url, sources, fresh, workers)
        timings.mark(f"render articles ({rendered})")
        written, unchanged, deleted = write_outputs(options.docs, plan.outputs, manifest, present)
    except OSError as error:  # a full disk, a read-only docs/: one line, and docs/ as a killed build leaves it
        with contextlib.suppress(OSError):
            remove_leftovers(options.docs, files_in(options.docs))
        print(cannot_write(error, options.docs), file=err)
        return 1
    except BaseException:
        remove_leftovers(options.docs, files_in(options.docs))  # files staged for the pages not yet written
        raise
    cache.save_listing(plan.listing)
    timings.mark("render index pages + write")
    timings.report(err)
    save_last_run(options, cache, keyed, base_url, report, counts)
    print(summary_line(counts, len(keyed) - built, written, unchanged, deleted, started), file=out)
    if options.site:
        workers.close()  # not idle through the site build
        return build_site(options, out, err)
    return 0


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


def _run_fingerprint(options: Options, cache: Cache, keyed: list[tuple[Source, str]], base_url: str) -> str:
    """Everything a build's output depends on: inputs, code, registry, base URL, and the docs manifest as left."""
    try:
        manifest = hashlib.sha256((options.docs / MANIFEST).read_bytes()).hexdigest()
    except OSError:
        manifest = "none"
    return digest(cache.salt, base_url, manifest, *(f"{source.shown}:{key}" for source, key in keyed))


def save_last_run(options: Options, cache: Cache, keyed, base_url: str, report: list[str], counts: dict) -> None:
    data = {"fingerprint": _run_fingerprint(options, cache, keyed, base_url), "report": report, "counts": counts}
    cache.save_last_run(data)


def unchanged_since_last_run(options: Options, cache: Cache, keyed, base_url: str, out, started: float) -> bool:
    """A no-op build: same inputs, code and docs as the last successful build. Its report is repeated; nothing is read
    beyond the inputs' bytes and nothing is rendered (a deleted output file makes it a real build)."""
    last = cache.load_last_run()  # authenticated: a committed one would otherwise make --check pass unchecked
    if not isinstance(last, dict) or last.get("fingerprint") != _run_fingerprint(options, cache, keyed, base_url):
        return False
    manifest = read_manifest(options.docs)
    if not manifest.keys() <= files_in(options.docs):
        return False
    counts = last["counts"]
    if not options.quiet:
        for line in last["report"]:
            print(line, file=out)
    if options.check:
        print(f"check passed: {counts['articles']} articles, {counts['annotations']} annotations, no problems.", file=out)
    else:
        print(summary_line(counts, len(keyed), 0, len(manifest), 0, started), file=out)
    return True


# --- the site -------------------------------------------------------------------------------------


def remove_site_leftovers(site_dir: Path, config_dir: Path) -> None:
    """What a site build killed midway left: its .site-* folder and config, and site.old. Builds take turns (see
    one_build_at_a_time), so none of these belongs to a running build."""
    for leftover in site_dir.parent.glob(".site-*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
    for leftover in config_dir.glob(".site-*.yml"):
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


def build_site(options: Options, out=sys.stdout, err=sys.stderr) -> int:
    """mkdocs build --strict into a temporary folder, then Pagefind; it replaces site/ only on success."""
    site_dir = options.site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_site_leftovers(site_dir, options.config.resolve().parent)
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    # Beside mkdocs.yml: MkDocs resolves custom_dir and hooks relative to the config file that is loaded.
    config = options.config.resolve().parent / f"{tmp.name}.yml"
    config.write_text(
        f"INHERIT: {options.config.resolve()}\ndocs_dir: {options.docs.resolve()}\nsite_dir: {tmp}\n",
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
        old = site_dir.with_name(site_dir.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        if site_dir.exists():
            site_dir.rename(old)
        tmp.rename(site_dir)
        if old.exists():
            shutil.rmtree(old)
        return 0
    finally:
        config.unlink(missing_ok=True)
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
