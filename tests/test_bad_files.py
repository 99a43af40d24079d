"""Bad raw files get one clear line each, never a traceback; odd but valid ones (BOM, CRLF, NFD) are handled.

Every case writes synthetic files into a fresh seeds folder and runs the real command line (support.run_build).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
import yaml
from support import ROOT, build_site, run_build

# Synthetic articles written for these tests.
ARTICLE = """\
Leaders Agree On A Northern Corridor
Published 3 March 2021
The two presidents met in the capital on Tuesday and agreed to build a northern corridor for trade.
Vladimir Putin said the corridor would open within five years. Xi Jinping said the plan was sound.
"""
OTHER = ARTICLE.replace("Northern", "Southern").replace("northern", "southern").replace("3 March", "4 March")

ANNOTATION = """\
annotations:
  - id: cafe
    quote: "{quote}"
    kind: context
    note: A synthetic note.
    author: Test Author
    created: "2024-01-02"
    sources:
      - https://example.org/a
"""


def make(folder: Path, files: dict[str, bytes | str]) -> Path:
    seeds = folder / "seeds"
    seeds.mkdir(exist_ok=True)
    for name, data in files.items():
        (seeds / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    shutil.copy(ROOT / "registry.yml", folder / "registry.yml")
    return seeds


def cli(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return run_build(*args, "--quiet", "--docs", "docs", "--cache", "cache", cwd=folder)


def check(folder: Path) -> subprocess.CompletedProcess:
    return cli(folder, "--check")


def test_unreadable_entries_are_named_not_crashed_on(tmp_path: Path) -> None:
    """A broken symbolic link and folders named like an article or a sidecar: one line each, no traceback."""
    seeds = make(tmp_path, {"001_corridor.txt": ARTICLE, "002_other.txt": OTHER})
    (seeds / "003_link.txt").symlink_to(tmp_path / "missing.txt")
    (seeds / "004_folder.txt").mkdir()
    (seeds / "002_other.yml").mkdir()
    assert_problems(
        cli(tmp_path),
        [
            "seeds/002_other.yml:1:1: a folder, not a regular file: the build reads only regular files; "
            "make it a regular file, or remove it",
            "seeds/003_link.txt:1:1: a symbolic link, not a regular file: the build reads only regular files; "
            "commit the file itself, not a link to it",
            "seeds/004_folder.txt:1:1: a folder, not a regular file: the build reads only regular files; "
            "make it a regular file, or remove it",
        ],
    )


def assert_problems(result: subprocess.CompletedProcess, expected: list[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.splitlines() == [*expected, f"{len(expected)} problem(s) found; nothing was written."]
    assert result.returncode == 1


BIG = ARTICLE.encode() + b"word " * (2 * 1024 * 1024 // 5)  # 2 MB and a few hundred bytes
# \u2028 and \x85 are line breaks to str.splitlines (and \x85 a C1 control); the bad byte is still on line 6.
SEPARATED = (
    "A Title\n\nOne\u2028line with a line separator.\nTwo\x85lines? No, one.\nRecord\x1eseparator.\n".encode() + b"Caf\xe9\n"
)

REFUSED = {
    "not UTF-8, says the byte and where": (
        {"002_cp1252.txt": b"A Title Here\n\nCaf\xe9 au lait is served.\n"},
        [
            "seeds/002_cp1252.txt:3:4: file is not UTF-8: byte 0xe9 at offset 17 cannot be decoded; "
            "re-save the file as UTF-8 (e.g. iconv -f cp1252 -t utf-8)"
        ],
    ),
    "empty": ({"003_empty.txt": b""}, ["seeds/003_empty.txt:1:1: file is empty; add the article's text or delete the file"]),
    "white space only": (
        {"003_blank.txt": b" \n\t\r\n\n"},
        ["seeds/003_blank.txt:1:1: file is empty; add the article's text or delete the file"],
    ),
    "invisible characters only": (
        {"003_invisible.txt": "\u200b\u200d\n\u2066\u2069\ufeff\n"},
        ["seeds/003_invisible.txt:1:1: file has no visible text; add the article's text or delete the file"],
    ),
    "binary, NUL bytes": (
        {"004_binary.txt": b"PK\x03\x04\n\x00\x01\x02"},
        ["seeds/004_binary.txt:2:1: file holds NUL bytes (binary, or UTF-16); save the article as UTF-8 plain text"],
    ),
    "UTF-16": (
        {"004_utf16.txt": ARTICLE.encode("utf-16")},
        ["seeds/004_utf16.txt:1:4: file holds NUL bytes (binary, or UTF-16); save the article as UTF-8 plain text"],
    ),
    "over 2 MB": (
        {"006_big.txt": BIG},
        [
            f"seeds/006_big.txt:1:1: file is {len(BIG)} bytes, over the 2 MB limit for one article; "
            "keep only the article's own page text"
        ],
    ),
    # Issue 16, finding 12: 2 MB of one-character lines took 83 s and 633 MB (a million lines through every rule).
    "a million one-character lines": (
        {"006_lines.txt": ARTICLE.encode() + b"a\n" * 999_000},
        [
            f"seeds/006_lines.txt:20001:1: file has {len(ARTICLE.splitlines()) + 999_000} lines, over the 20,000-line "
            "limit for one article; keep only the article's own page text"
        ],
    ),
    "two raw files with the same text": (
        {"001_corridor.txt": ARTICLE, "007_copy.txt": ARTICLE},
        ["seeds/007_copy.txt:1:1: same text as seeds/001_corridor.txt; delete one of the two files (and merge their sidecars)"],
    ),
    "a sidecar without its article": (
        {"001_corridor.txt": ARTICLE, "008_orphan.yml": "slug: orphan\n"},
        ["seeds/008_orphan.yml:1:1: sidecar has no article seeds/008_orphan.txt; rename it to match its article, or delete it"],
    ),
    "dot-dot and hidden names": (
        {"..evil.txt": ARTICLE, "a..b.txt": OTHER},
        [
            "seeds/..evil.txt:1:1: file name '..evil' is not safe for a URL; "
            "rename it with letters, digits, '_' and '-' only (e.g. 005_outlet-headline.txt)",
            "seeds/a..b.txt:1:1: file name 'a..b' is not safe for a URL; "
            "rename it with letters, digits, '_' and '-' only (e.g. 005_outlet-headline.txt)",
        ],
    ),
    "names Windows reserves": (
        {"con.txt": ARTICLE, "nul_notes.txt": OTHER, "LPT1.txt": ARTICLE + "x\n"},
        [
            "seeds/LPT1.txt:1:1: file name 'LPT1' is reserved on Windows; rename the file",
            "seeds/con.txt:1:1: file name 'con' is reserved on Windows; rename the file",
            "seeds/nul_notes.txt:1:1: file name 'nul_notes' is reserved on Windows; rename the file",
        ],
    ),
    "names that differ only in case (both can exist on Linux)": (
        {"009_Corridor.txt": ARTICLE, "009_corridor.txt": OTHER},
        ["seeds/009_corridor.txt:1:1: file name differs from seeds/009_Corridor.txt only in case; rename one of them"],
    ),
    "a \\u2028 or \\x85 inside a line does not shift later line numbers": (
        {"010_separators.txt": SEPARATED},
        [
            f"seeds/010_separators.txt:6:4: file is not UTF-8: byte 0xe9 at offset {SEPARATED.index(bytes([0xE9]))} cannot be decoded; "
            "re-save the file as UTF-8 (e.g. iconv -f cp1252 -t utf-8)"
        ],
    ),
}


@pytest.mark.parametrize("files, expected", list(REFUSED.values()), ids=list(REFUSED))
def test_bad_file_gets_one_line(tmp_path: Path, files: dict, expected: list[str]) -> None:
    make(tmp_path, files)
    result = check(tmp_path)
    assert_problems(result, expected)
    assert result.stdout == ""
    # A full build refuses the same way and writes nothing.
    result = cli(tmp_path, "--site")
    assert_problems(result, expected)
    assert not (tmp_path / "docs").exists() and not (tmp_path / "site").exists()


def test_every_problem_in_one_run(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "001_corridor.txt": ARTICLE,
            "002_cp1252.txt": b"Caf\xe9\n",
            "003_empty.txt": b"",
            "007_copy.txt": ARTICLE,
            "008_orphan.yml": "slug: x\n",
        },
    )
    assert_problems(
        check(tmp_path),
        [
            "seeds/002_cp1252.txt:1:4: file is not UTF-8: byte 0xe9 at offset 3 cannot be decoded; "
            "re-save the file as UTF-8 (e.g. iconv -f cp1252 -t utf-8)",
            "seeds/003_empty.txt:1:1: file is empty; add the article's text or delete the file",
            "seeds/007_copy.txt:1:1: same text as seeds/001_corridor.txt; delete one of the two files (and merge their sidecars)",
            "seeds/008_orphan.yml:1:1: sidecar has no article seeds/008_orphan.txt; rename it to match its article, or delete it",
        ],
    )


def built(folder: Path) -> dict:
    result = cli(folder)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return json.loads((folder / "docs" / "data" / "archive.json").read_text("utf-8"))


def test_bom_and_crlf_are_handled(tmp_path: Path) -> None:
    make(tmp_path, {"011_windows.txt": ("\ufeff" + ARTICLE).replace("\n", "\r\n").encode("utf-8")})
    (article,) = built(tmp_path)["articles"]
    assert article["title"]["value"] == "Leaders Agree On A Northern Corridor"
    assert article["date"]["value"] == "2021-03-03"
    docs = tmp_path / "docs"
    text = (docs / article["text_file"]).read_bytes().decode("utf-8")
    assert text == unicodedata.normalize("NFC", ARTICLE.replace("\n", "\n\n", 3).replace("Published 3 March 2021\n\n", ""))
    for path in docs.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"\r" not in data and "\ufeff".encode() not in data, path


def test_lone_cr_line_ends_are_lines(tmp_path: Path) -> None:
    make(tmp_path, {"011_oldmac.txt": ARTICLE.replace("\n", "\r").encode()})
    (article,) = built(tmp_path)["articles"]
    assert (article["title"]["value"], article["date"]["provenance"]["line"]) == ("Leaders Agree On A Northern Corridor", 2)


def test_invisible_characters_are_stripped_from_title_and_slug(tmp_path: Path) -> None:
    hidden = "Leaders\u200b Agree On A \u202eNorthern\u202c Corridor\u2066\u2069\u00ad"
    make(tmp_path, {"012_hidden.txt": ARTICLE.replace("Leaders Agree On A Northern Corridor", hidden)})
    (article,) = built(tmp_path)["articles"]
    assert article["title"]["value"] == "Leaders Agree On A Northern Corridor"
    assert article["slug"] == "2021-03-03-leaders-agree-on-a-northern-corridor"
    page = (tmp_path / "docs" / "articles" / f"{article['slug']}.md").read_text("utf-8")
    meta = yaml.safe_load(page.split("---\n")[1])
    assert meta["title"] == "Leaders Agree On A Northern Corridor"
    # The raw line stays, as evidence of where the title came from.
    assert meta["provenance"]["title"]["evidence"] == hidden


def test_invisible_characters_are_stripped_from_a_contributor_title(tmp_path: Path) -> None:
    sidecar = 'metadata:\n  title:\n    value: "Corrected\\u200b \\u202eTitle"\n    basis: The page says so.\n'
    make(tmp_path, {"012_hidden.txt": ARTICLE, "012_hidden.yml": sidecar})
    (article,) = built(tmp_path)["articles"]
    assert (article["title"]["value"], article["slug"]) == ("Corrected Title", "2021-03-03-corrected-title")


def test_separators_inside_lines_keep_line_numbers(tmp_path: Path) -> None:
    """Split on \\n only: the dateline on raw line 5 is reported as line 5 after \\u2028, \\x85 and \\x1e."""
    text = "Leaders Agree On A Corridor\nOne\u2028line.\nTwo\x85halves.\nRecord\x1eseparator.\nPublished 3 March 2021\n"
    make(tmp_path, {"013_separators.txt": text + ARTICLE.split("\n", 2)[2]})
    (article,) = built(tmp_path)["articles"]
    assert article["date"]["provenance"]["line"] == 5
    assert article["date"]["provenance"]["evidence"] == "Published 3 March 2021"


@pytest.mark.parametrize("article_form, quote_form", [("NFC", "NFD"), ("NFD", "NFC"), ("NFD", "NFD")])
def test_text_is_nfc_before_anchoring_and_slugging(tmp_path: Path, article_form: str, quote_form: str) -> None:
    title = "Café Talks In Zürich"
    quote = "agreed to build a crème brûlée corridor"
    text = ARTICLE.replace("Leaders Agree On A Northern Corridor", title).replace("agreed to build a northern corridor", quote)
    sidecar = ANNOTATION.format(quote=unicodedata.normalize(quote_form, quote))
    make(tmp_path, {"014_accents.txt": unicodedata.normalize(article_form, text), "014_accents.yml": sidecar})
    result = check(tmp_path)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    (article,) = built(tmp_path)["articles"]
    assert article["title"]["value"] == unicodedata.normalize("NFC", title)
    assert article["slug"] == "2021-03-03-cafe-talks-in-zurich"
    (note,) = article["annotations"]
    assert note["quote"] == unicodedata.normalize("NFC", quote)
    page_text = (tmp_path / "docs" / article["text_file"]).read_text("utf-8")
    assert page_text[note["start"] : note["end"]] == note["quote"]


def test_raw_files_are_never_modified(tmp_path: Path) -> None:
    """Build, check and site build leave every file in seeds/ byte-identical (odd encodings included)."""
    seeds = make(
        tmp_path,
        {
            "011_windows.txt": ("\ufeff" + ARTICLE).replace("\n", "\r\n").encode(),
            "014_nfd.txt": unicodedata.normalize("NFD", OTHER.replace("Southern", "Café Southern")),
            "014_nfd.yml": "slug: cafe-southern\n",
        },
    )
    before = {p.name: p.read_bytes() for p in seeds.iterdir()}
    for args in (("--check",), ()):
        result = cli(tmp_path, *args)
        assert result.returncode == 0, result.stderr
    build_site(seeds, tmp_path / "work")
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before
