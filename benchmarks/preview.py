"""Preview latency at scale (issue 15): how long `./scripts/site.sh serve` takes to show a sidecar edit.

    .venv/bin/python benchmarks/preview.py --seeds benchmarks/work/shards-n10000/seeds [--commit REV] [--edits 2]
                                           [--work DIR] [--reuse]

Exports the code (the working tree, or --commit REV with `git archive`) into a scratch folder whose seeds/
is a copy of the corpus, runs what `./scripts/site.sh serve` runs there (`build_archive.py`, then `mkdocs
serve --dirty`), waits for the first build, then edits one sidecar's annotation note (a new marker each
time) and times from the save until the served article page shows the marker. Prints one line per edit and
the first build's time; the server's log is kept in the scratch folder. `--reuse` keeps that folder's seeds,
docs/ and build cache from an earlier run (the code is exported into it again): the archive build before the
preview then redoes only what the code change makes stale.

`--reindex N` then times N more edits the way the preview worked before it kept its search index: the
served site's `pagefind/pagefind.js` is removed before each of them, so the rebuild runs Pagefind over the
whole site again (the hook indexes when no index is there), without building a second preview of the same
archive from an older commit.
"""

from __future__ import annotations

import argparse
import re
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
CODE = ["archive", "hooks", "overrides", "build_archive.py", "mkdocs.yml", "registry.yml", "docs"]


def export(commit: str | None, dest: Path) -> None:
    if commit is None:
        listed = subprocess.run(["git", "ls-files", "-z", "--", *CODE], cwd=ROOT, capture_output=True, check=True).stdout
        for name in filter(None, listed.decode().split("\0")):
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
        return
    data = subprocess.run(["git", "archive", commit, "--", *CODE], cwd=ROOT, capture_output=True, check=True).stdout
    tar = dest / "code.tar"
    tar.write_bytes(data)
    with tarfile.open(tar) as archive:
        archive.extractall(dest, filter="data")
    tar.unlink()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=Path, required=True)
    parser.add_argument("--commit", help="measure this commit instead of the working tree")
    parser.add_argument("--edits", type=int, default=2)
    parser.add_argument("--reindex", type=int, default=0, help="then this many edits with Pagefind re-run (as before)")
    parser.add_argument("--work", type=Path, default=HERE / "work" / "preview")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the work folder of the last run (its seeds, docs/ and build cache; the code is exported again)",
    )
    args = parser.parse_args(argv)
    work = args.work
    if not (args.reuse and (work / "seeds").is_dir()):
        if work.exists():
            shutil.rmtree(work)
        work.mkdir(parents=True)
        shutil.copytree(args.seeds, work / "seeds")
    export(args.commit, work)  # with --reuse too: the code measured is always the one asked for
    started = time.perf_counter()
    subprocess.run([PYTHON, "build_archive.py", "--quiet"], cwd=work, check=True, capture_output=True)
    print(f"archive build: {time.perf_counter() - started:.1f} s", flush=True)
    served_before = set(Path(tempfile.gettempdir()).glob("mkdocs_*"))  # mkdocs serve builds into a new one
    port = free_port()
    log = open(work / "serve.log", "wb")  # noqa: SIM115 - open for the server's lifetime
    started = time.perf_counter()
    server = subprocess.Popen(
        [PYTHON, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
        cwd=work,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}/summit-archive/"
    try:
        while not fetch(base):
            if server.poll() is not None:
                raise SystemExit(f"mkdocs serve exited; see {work / 'serve.log'}")
            time.sleep(1)
        print(f"first build (preview start): {time.perf_counter() - started:.1f} s", flush=True)
        sidecar = sorted((work / "seeds").glob("*.yml"))[0]
        slug = re.search(r"^slug: *\"?([^\"\n]+)", sidecar.read_text("utf-8"), re.MULTILINE)
        assert slug, f"{sidecar} pins no slug"
        url = f"{base}articles/{slug.group(1)}/"
        assert fetch(url), url
        page = f"articles/{slug.group(1)}/index.html"
        served = [d for d in set(Path(tempfile.gettempdir()).glob("mkdocs_*")) - served_before if (d / page).is_file()]
        for i in range(args.edits + args.reindex):
            reindex = i >= args.edits
            if reindex:
                assert len(served) == 1, f"the preview's site folder is not known: {served}"
                (served[0] / "pagefind" / "pagefind.js").unlink()
            marker = f"previewmarker{i}x{int(time.time())}"
            text = sidecar.read_text("utf-8")
            text, count = re.subn(r"^(    note: )(.*)$", rf"\g<1>{marker} \g<2>", text, count=1, flags=re.M)
            assert count == 1, f"no annotation note in {sidecar}"
            time.sleep(2)  # apart from the last rebuild
            saved = time.perf_counter()
            sidecar.write_text(text, "utf-8")
            while marker not in fetch(url):
                if time.perf_counter() - saved > 900:
                    raise SystemExit("the edit did not show within 15 minutes")
                time.sleep(0.5)
            how = " (Pagefind re-run over the whole site, as before)" if reindex else ""
            print(f"edit {i + 1}: shown after {time.perf_counter() - saved:.1f} s{how}", flush=True)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    # Every build the server ran after its first: one an edit, unless something else started more (the archive
    # build's own writes to docs/ did, while the preview watched them).
    built = re.findall(r"Documentation built in ([0-9.]+) seconds", (work / "serve.log").read_text("utf-8", "replace"))
    print(f"rebuilds after the first build: {len(built[1:])} ({', '.join(s + ' s' for s in built[1:])})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
