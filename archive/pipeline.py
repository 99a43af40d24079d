"""The build, stage by stage: discover -> read -> clean -> metadata -> anchor -> render -> write."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import PIPELINE_VERSION
from .annotate import anchor, clean_text
from .clean import clean
from .export import annotations_jsonld, archive_json
from .extract import from_text, merge, needs_curation
from .model import Page
from .problems import Problems
from .registry import Registry, parse_registry
from .render import article_markdown, index_group, index_pages, slugify, sort_key
from .sidecar import EMPTY, MAX_SLUG, Sidecar, parse_sidecar
from .textio import check_name, read_raw, read_text, strip_invisible
from .writer import MANIFEST, Output, atomic_write, check_outputs, read_manifest, write_outputs


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
    """What one article's stages produce; cached by the hash of everything they read."""

    page: Page | None
    problems: tuple  # Problem items
    raw_sha: str
    key: str = ""  # the cache key it was built under
    suggestions: tuple[str, ...] = ()  # possible new registry aliases, for a person to confirm


def code_version() -> str:
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


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
    if metadata.title.known:
        # Zero-width and bidi controls would hide inside <title>, links and search results.
        title = " ".join(strip_invisible(metadata.title.value).split())
        metadata = dataclasses.replace(metadata, title=dataclasses.replace(metadata.title, value=title))
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
    """Near-misses of registry names in the kept text ("Vladimr Putin"): suggested, never matched."""
    out = []
    for line in cleaned.lines:
        for kind in ("leaders", "agreements"):
            for written, name in registry.suggest_aliases(kind, line.text):
                out.append(
                    f"possible alias: {cleaned.raw.path}:{line.number}: '{written}' looks like {name}; "
                    f"if it is, add it to its aliases in registry.yml"
                )
    return tuple(dict.fromkeys(out))


# Below this many articles to build, starting worker processes costs more than the second core saves.
PARALLEL_MIN_ARTICLES = 200
_worker_registry: list[Registry] = []


def _init_worker(registry: Registry) -> None:
    _worker_registry[:] = [registry]


def _build_in_worker(source: Source) -> Built:
    return build_one(source, _worker_registry[0])


def build_many(sources: list[Source], registry: Registry) -> list[Built]:
    """build_one over many articles, on every core when there are enough of them; results in input order."""
    workers = min(os.cpu_count() or 1, 4)
    if len(sources) < PARALLEL_MIN_ARTICLES or workers < 2:
        return [build_one(source, registry) for source in sources]
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(registry,)) as pool:
        return list(pool.map(_build_in_worker, sources, chunksize=32))


class Cache:
    """One pickle of Built results keyed by the hash of raw file, sidecar, registry and code. Safe to delete."""

    def __init__(self, folder: Path, salt: str) -> None:
        self.path = folder / "pages.pickle"
        self.last_run = folder / "last-run.json"
        self.salt = salt
        self._old: dict[str, Built] | None = None
        self.new: dict[str, Built] = {}

    @property
    def old(self) -> dict[str, Built]:
        """The previous build's results, loaded on first use (a no-op build never needs them)."""
        if self._old is None:
            self._old = {}
            try:
                with self.path.open("rb") as handle:
                    data = pickle.load(handle)
                if data.get("salt") == self.salt:
                    self._old = data["entries"]
            except (OSError, EOFError, pickle.PickleError, AttributeError, KeyError, TypeError, ValueError, ImportError):
                self._old = {}
        return self._old

    def key(self, source: Source) -> str:
        digest = hashlib.sha256(self.salt.encode())
        digest.update(source.raw_path.read_bytes())
        digest.update(b"\0")
        if source.sidecar_path is not None:
            digest.update(source.sidecar_path.read_bytes())
        return digest.hexdigest()

    def get(self, key: str) -> Built | None:
        built = self.old.get(key)
        if built is not None:
            self.new[key] = built
        return built

    def put(self, key: str, built: Built) -> None:
        self.new[key] = built

    def save(self) -> None:
        if self.new.keys() == self.old.keys():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            # fast: no memo of every object pickled (the results are trees), which halves the peak memory of saving.
            pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.fast = True
            pickler.dump({"salt": self.salt, "entries": self.new})
        os.replace(tmp, self.path)


# --- slugs ----------------------------------------------------------------------------------------


def derived_slug(page: Page) -> str:
    m = page.metadata
    date = m.date.value if m.date.known else "undated"
    title = strip_invisible(m.title.value) if m.title.known else page.clean.raw.stem
    return slugify(f"{date} {title}", MAX_SLUG - 4)


def assign_slugs(pages: list[Page], problems: Problems) -> list[Page]:
    """Pinned slugs as given (unique, or an error); derived ones made unique in file order."""
    taken: dict[str, str] = {}
    for page in pages:
        if page.slug_pinned:
            if page.slug in taken:
                problems.add(
                    f"seeds/{page.clean.raw.stem}.yml",
                    1,
                    1,
                    f"slug '{page.slug}' is already pinned by {taken[page.slug]}",
                    "choose another slug",
                )
            taken.setdefault(page.slug, f"seeds/{page.clean.raw.stem}.yml")
    out = []
    for page in pages:
        if not page.slug_pinned:
            base = derived_slug(page)
            slug, n = base, 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken[slug] = page.clean.raw.path
            page = dataclasses.replace(page, slug=slug)
        out.append(page)
    return out


# --- render everything ----------------------------------------------------------------------------


def site_base_url(config: Path) -> str:
    """site_url from mkdocs.yml, for absolute IRIs in the JSON-LD export ('' when unset)."""
    try:
        data = yaml.safe_load(config.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return ""
    url = str(data.get("site_url") or "")
    return url if url.endswith("/") or not url else url + "/"


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()


def _listing_facts(page: Page) -> str:
    """What the index pages (home, timeline, listings, charts) show of an article."""
    m = page.metadata
    lead = next((line.text for line in page.clean.lines if line.role in ("standfirst", "paragraph")), "")
    facts = (
        page.slug,
        m.title.value,
        m.date.value,
        m.outlet.value,
        m.leaders.value,
        m.agreements.value,
        len(page.annotations),
        lead,
    )
    return repr(facts)


def plan_outputs(
    pages: list[Page], keys: dict[str, str], registry: Registry, base_url: str, salt: str, manifest: dict[str, tuple[str, str]]
) -> dict[str, Output]:
    """Every file the build writes, with a signature of what its bytes depend on and a function that makes them.

    Nothing is rendered here: the writer calls `produce` only where the signature changed, so a no-op rebuild
    renders nothing and a one-sidecar edit re-renders that article's page and the archive-wide files.
    """
    ordered = sorted(pages, key=sort_key)
    outputs: dict[str, Output] = {}

    def neighbour(page: Page | None) -> tuple:
        return (page.slug, page.metadata.title.value, page.metadata.date.value) if page else ()

    for i, page in enumerate(ordered):
        before = ordered[i - 1] if i > 0 else None
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        key = keys[page.slug]

        def article(page=page, before=before, after=after) -> bytes:
            _text, spans = clean_text(page.clean)
            return article_markdown(page, (before, after), registry, spans).encode("utf-8")

        outputs[f"articles/{page.slug}.md"] = Output(_digest(salt, key, page.slug, neighbour(before), neighbour(after)), article)
        outputs[f"data/text/{page.slug}.txt"] = Output(_digest(salt, key), lambda page=page: page.text.encode("utf-8"))

    everything = _digest(salt, base_url, *sorted(f"{p.slug}:{keys[p.slug]}" for p in pages))
    downloads = [
        ("archive.json (every article's metadata)", "data/archive.json"),
        ("annotations.jsonld (W3C Web Annotations)", "data/annotations.jsonld"),
    ]
    total_annotations = sum(len(p.annotations) for p in pages)
    rendered: dict[str, str] = {}

    def index_page(doc: str) -> bytes:
        # One group of index pages in memory at a time (the writer goes through them in path order).
        if doc not in rendered:
            rendered.clear()
            rendered.update(index_pages(ordered, registry, total_annotations, downloads, only=frozenset({index_group(doc)})))
        return rendered.pop(doc).encode("utf-8")

    def index_paths() -> list[str]:
        return sorted(index_pages(ordered, registry, total_annotations, downloads))

    # The index pages' paths: the previous build's, when none of their inputs changed; else render them now.
    # Index pages show only each article's listing facts: an edited note or a corrected typo in the text
    # leaves them alone.
    listed = _digest(salt, *sorted(_listing_facts(p) for p in pages))
    previous = [rel for rel, (_sha, inputs) in manifest.items() if inputs == listed and not rel.startswith("data/")]
    for doc in previous or index_paths():
        outputs[doc] = Output(listed, lambda doc=doc: index_page(doc))
    outputs["data/archive.json"] = Output(everything, lambda: archive_json(ordered))
    outputs["data/annotations.jsonld"] = Output(everything, lambda: annotations_jsonld(ordered, base_url))
    return outputs


# --- the run --------------------------------------------------------------------------------------


def load_registry(path: Path, problems: Problems) -> Registry:
    if not path.is_file():
        problems.add(str(path), 1, 1, "registry file not found", "run from the repository root or pass --registry FILE")
        return Registry(())
    text = read_text(path, str(path), problems)
    return parse_registry(str(path), text or "", problems)


def duplicates(built: list[tuple[Source, Built]], problems: Problems) -> None:
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
    started = time.perf_counter()
    problems = Problems()
    registry = load_registry(options.registry, problems)
    sources = discover(options.seeds, problems)
    cache = Cache(
        options.cache,
        code_version() + hashlib.sha256(options.registry.read_bytes() if options.registry.is_file() else b"").hexdigest(),
    )
    timings = Timings(enabled=options.timings)
    keyed = [(source, cache.key(source)) for source in sources]
    timings.mark("discover + hash inputs")
    base_url = site_base_url(options.config)
    if not problems and unchanged_since_last_run(options, cache, keyed, base_url, out, started):
        timings.mark("nothing changed")
        timings.report(err)
        return build_site(options, out, err) if options.site else 0
    missing = [(source, key) for source, key in keyed if cache.get(key) is None]
    for (_source, key), result in zip(missing, build_many([s for s, _ in missing], registry), strict=True):
        cache.put(key, dataclasses.replace(result, key=key))
    from_cache = len(keyed) - len(missing)
    timings.mark(f"read + clean + metadata + anchor ({len(missing)} articles)")
    built: list[tuple[Source, Built]] = []
    for source, key in keyed:
        result = cache.new[key]
        built.append((source, result))
        problems.items.extend(result.problems)
    duplicates(built, problems)
    pages = assign_slugs([b.page for _, b in built if b.page is not None], problems)
    keys = {}
    for page, (_source, b) in zip(pages, [(s, b) for s, b in built if b.page is not None], strict=True):
        keys[page.slug] = b.key
    manifest = read_manifest(options.docs)
    outputs = plan_outputs(pages, keys, registry, base_url, cache.salt, manifest)
    timings.mark("slugs + plan outputs")
    check_outputs(options.docs, outputs, manifest, problems)

    for line in problems.lines():
        print(line, file=err)
    if problems:
        print(f"{len(problems)} problem(s) found; nothing was written.", file=err)
        return 1
    if not options.check:
        cache.save()
        timings.mark("save cache")
    report: list[str] = []
    for path, fields in sorted((p.clean.raw.path, p.needs_curation) for p in pages if p.needs_curation):
        report.append(f"needs curation: {path}: {', '.join(fields)} unknown")
    for _source, b in built:
        report.extend(b.suggestions)
    for page in sorted(pages, key=lambda p: p.clean.raw.path):
        if not page.slug_pinned:
            report.append(
                f"slug not pinned: {page.clean.raw.path}: add 'slug: {page.slug}' to its sidecar to keep the URL stable"
            )
    rules = Counter(d.rule for p in pages for d in p.clean.dropped)
    unknown = Counter(f for p in pages for f in p.needs_curation)
    counts = {
        "articles": len(pages),
        "annotations": sum(len(p.annotations) for p in pages),
        "unknown": ", ".join(f"{k} {v}" for k, v in sorted(unknown.items())) or "none",
        "rules": ", ".join(f"{k} {v}" for k, v in sorted(rules.items())) or "none",
    }
    if not options.quiet:
        for line in report:
            print(line, file=out)
    if options.check:
        print(f"check passed: {counts['articles']} articles, {counts['annotations']} annotations, no problems.", file=out)
        return 0
    written, unchanged, deleted = write_outputs(options.docs, outputs, manifest)
    timings.mark("render + write")
    timings.report(err)
    save_last_run(options, cache, keyed, base_url, report, counts)
    print(summary_line(counts, from_cache, written, unchanged, deleted, started), file=out)
    if options.site:
        return build_site(options, out, err)
    return 0


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
    return _digest(cache.salt, base_url, manifest, *(f"{source.shown}:{key}" for source, key in keyed))


def save_last_run(options: Options, cache: Cache, keyed, base_url: str, report: list[str], counts: dict) -> None:
    data = {"fingerprint": _run_fingerprint(options, cache, keyed, base_url), "report": report, "counts": counts}
    cache.last_run.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(cache.last_run, json.dumps(data, sort_keys=True).encode("utf-8"))


def unchanged_since_last_run(options: Options, cache: Cache, keyed, base_url: str, out, started: float) -> bool:
    """A no-op build: same inputs, code and docs as the last successful build. Its report is repeated; nothing is read
    beyond the inputs' bytes and nothing is rendered (a deleted output file makes it a real build)."""
    try:
        last = json.loads(cache.last_run.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(last, dict) or last.get("fingerprint") != _run_fingerprint(options, cache, keyed, base_url):
        return False
    manifest = read_manifest(options.docs)
    if not all((options.docs / rel).is_file() for rel in manifest):
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


def build_site(options: Options, out=sys.stdout, err=sys.stderr) -> int:
    """mkdocs build --strict into a temporary folder, then Pagefind; it replaces site/ only on success."""
    site_dir = options.site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
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
