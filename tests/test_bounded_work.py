"""Small sidecars cannot make the build slow (issue 16, finding 5): the work per annotation and per note is
bounded, linear in the article's length. Each case is a real --check run in a subprocess, on synthetic text.

Before the fix: a 163-byte sidecar (quote "a", prefix "q") took 155 s on a 400 KB article; an unmatched 660-word
quote built windows of every length (30 s, 158 MB); a note of 5,000 '[' took half a minute to convert, twice.
The time limit here is far above what each case now takes (a second or two) and far below what it took.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

from support import PYTHON, ROOT

LIMIT_SECONDS = 60

WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split()


def long_article(kb: int) -> str:
    """A synthetic article of about kb kilobytes: a title, a date, sentences full of the letter 'a'."""
    lines = ["Leaders Agree On A Northern Corridor", "Published 3 March 2021"]
    size, i = 0, 0
    while size < kb * 1024:
        sentence = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(12)).capitalize() + " and a plan was agreed."
        lines.append(sentence)
        size += len(sentence) + 1
        i += 1
    return "\n".join(lines) + "\n"


def sidecar(quote: str, note: str = "A synthetic note.", prefix: str = "") -> str:
    extra = f"    prefix: {prefix!r}\n" if prefix else ""
    return (
        "annotations:\n"
        "  - id: cafe\n"
        f"    quote: {quote!r}\n"
        f"{extra}"
        "    kind: context\n"
        f"    note: {note!r}\n"
        "    author: Test Author\n"
        '    created: "2024-01-02"\n'
        "    sources:\n"
        "      - https://example.org/a\n"
    )


def check(tmp_path: Path, article: str, yml: str) -> tuple[subprocess.CompletedProcess, float]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_corridor.txt").write_text(article, "utf-8")
    (seeds / "001_corridor.yml").write_text(yml, "utf-8")
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    started = time.perf_counter()
    result = subprocess.run(
        [PYTHON, str(ROOT / "build_archive.py"), "--check", "--quiet", "--cache", "cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=LIMIT_SECONDS,
    )
    took = time.perf_counter() - started
    print(f"{took:.2f}s")
    return result, took


def test_a_one_letter_quote_with_a_prefix_on_a_400_kb_article(tmp_path: Path) -> None:
    result, _took = check(tmp_path, long_article(400), sidecar("a", prefix="q"))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].startswith(
        "seeds/001_corridor.yml:3:1: annotation 'cafe' quote with its prefix/suffix not found in the article's clean text"
    )
    assert "Traceback" not in result.stderr


def test_an_unmatched_660_word_quote(tmp_path: Path) -> None:
    quote = " ".join(WORDS[k % 7][:2] for k in range(660))  # 660 words, under the 2,000-character limit
    result, _took = check(tmp_path, long_article(200), sidecar(quote))
    assert "quote not found in the article's clean text" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_note_of_5000_brackets_is_refused_without_converting_it(tmp_path: Path) -> None:
    result, took = check(tmp_path, long_article(2), sidecar("Northern Corridor", note="[" * 4990))
    assert result.stderr.splitlines() == [
        "seeds/001_corridor.yml:5:11: annotation 'cafe' note has 4990 '[' characters, more than 100; "
        "keep the note to a few links; write a literal bracket as \\[",
        "1 problem(s) found; nothing was written.",
    ]
    assert took < 20


def test_metadata_reading_looks_up_the_title_a_fixed_number_of_times(monkeypatch, tmp_path: Path) -> None:
    """Issue 16, finding 12: 2 MB of one-character lines took 83 s. Under the line limit the cost was quadratic: the
    wire rules asked for the article's title once per short line, and each ask scanned every line. Counted, not
    timed: the lookups must not grow with the article."""
    from archive import model
    from archive.clean import clean
    from archive.extract import from_text
    from archive.pipeline import load_registry
    from archive.problems import Problems
    from archive.textio import read_raw

    real_title, real_role = model.CleanArticle.title, model.CleanArticle.role
    asked = {"title": 0, "role": 0}

    def title(self):
        asked["title"] += 1
        return real_title.fget(self)

    def role(self, name):
        asked["role"] += 1
        return real_role(self, name)

    monkeypatch.setattr(model.CleanArticle, "title", property(title))
    monkeypatch.setattr(model.CleanArticle, "role", role)
    registry = load_registry(ROOT / "registry.yml", Problems())
    counts = []
    for lines in (2_000, 8_000):
        path = tmp_path / f"00{lines}_lines.txt"
        path.write_text("Leaders Agree On A Northern Corridor\nPublished 3 March 2021\n" + "a\n" * lines, "utf-8")
        raw = read_raw(path, path.name, Problems())
        assert raw is not None
        cleaned = clean(raw)
        asked.update(title=0, role=0)
        from_text(cleaned, registry)
        counts.append(dict(asked))
    assert counts[0] == counts[1], counts
    assert counts[1]["title"] + counts[1]["role"] < 50, counts
