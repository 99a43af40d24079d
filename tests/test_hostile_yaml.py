"""YAML is data, strictly: each attack file in tests/data/yaml_attacks/ is a sidecar, checked by the real command.

The user sees one line per problem on stderr, `path:line:col: what is wrong; how to fix it`; each test asserts
those exact lines, exit status 1, and that nothing was written and nothing was constructed.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import PYTHON, ROOT, run_build

sys.path.insert(0, str(ROOT))

from archive.problems import Problems  # noqa: E402
from archive.sidecar import parse_sidecar  # noqa: E402
from archive.strictyaml import MAX_SIDECAR_BYTES, YamlError, load  # noqa: E402

ATTACKS = Path(__file__).parent / "data" / "yaml_attacks"
SIDECAR = "seeds/001_corridor.yml"

# A synthetic article (written for these tests) that the valid attack files annotate.
ARTICLE = """\
Leaders Agree On A Northern Corridor
Published 3 March 2021
By Jane Example
The two presidents met in the capital on Tuesday and agreed to build a northern corridor for trade.
Vladimir Putin said the corridor would open within five years. Xi Jinping said the plan was sound.
© 2021 Example News. All rights reserved.
"""

# attack file -> the exact problem lines `build_archive.py --check` prints for it.
EXPECTED = {
    "duplicate_keys.yml": [f"{SIDECAR}:7:5: duplicate key 'value' (first at line 5); keep one of the two"],
    "anchor_alias.yml": [
        f"{SIDECAR}:3:11: YAML anchor '&outlet' is not allowed; remove the anchor and write each value out in full"
    ],
    # Refused at the first anchor: nothing after it is composed, let alone expanded.
    "billion_laughs.yml": [
        f"{SIDECAR}:6:7: YAML anchor '&lol1' is not allowed; remove the anchor and write each value out in full"
    ],
    "merge_key.yml": [
        f"{SIDECAR}:4:9: YAML alias '*base' is not allowed; write the value out in full instead of using anchors and aliases"
    ],
    "python_object.yml": [
        f"{SIDECAR}:3:11: YAML tag '!!python/object/apply:os.system' is not allowed; remove the tag; write the value as plain text"
    ],
    "python_tag_on_text.yml": [
        f"{SIDECAR}:2:7: YAML tag '!!python/str' is not allowed; remove the tag; write the value as plain text"
    ],
    "local_tag.yml": [f"{SIDECAR}:4:12: YAML tag '!outlet' is not allowed; remove the tag; write the value as plain text"],
    "deep_nesting.yml": [
        f"{SIDECAR}:2:45: values are nested more than 32 levels deep; flatten the file; a sidecar needs at most four levels"
    ],
    "tabs.yml": [f"{SIDECAR}:3:1: a tab where YAML expects spaces; indent with spaces, never tabs"],
    "not_utf8.yml": [
        f"{SIDECAR}:4:15: file is not UTF-8: byte 0xe9 at offset 102 cannot be decoded; "
        "re-save the file as UTF-8 (e.g. iconv -f cp1252 -t utf-8)"
    ],
    "utf16.yml": [f"{SIDECAR}:1:1: file holds NUL bytes (binary, or UTF-16); save it as UTF-8 plain text"],
    "control_character.yml": [
        f"{SIDECAR}:4:19: control character U+0007 is not allowed; delete it (it is invisible in most editors)"
    ],
    "top_level_list.yml": [
        f"{SIDECAR}:2:1: the file should be a mapping of keys to values, not a list; write the file as 'key: value' lines"
    ],
    "two_documents.yml": [
        f"{SIDECAR}:3:1: a second YAML document ('---') in the file; keep one document: delete the '---' line and merge"
    ],
    "complex_key.yml": [f"{SIDECAR}:2:3: a key must be plain text; write the key as a single word"],
}


def seeds_with(folder: Path, sidecar: bytes) -> Path:
    seeds = folder / "seeds"
    seeds.mkdir()
    (seeds / "001_corridor.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "001_corridor.yml").write_bytes(sidecar)
    shutil.copy(ROOT / "registry.yml", folder / "registry.yml")
    return seeds


def check(folder: Path) -> subprocess.CompletedProcess:
    return run_build("--check", "--quiet", "--docs", "docs", "--cache", "cache", cwd=folder)


def assert_refused(result: subprocess.CompletedProcess, expected: list[str]) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.splitlines() == [*expected, f"{len(expected)} problem(s) found; nothing was written."]
    assert result.stdout == ""


def test_every_attack_file_has_a_case() -> None:
    files = {p.name for p in ATTACKS.iterdir()}
    assert files == set(EXPECTED) | {"implicit_types.yml"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_attack_file_is_refused_with_its_line(tmp_path: Path, name: str) -> None:
    seeds_with(tmp_path, (ATTACKS / name).read_bytes())
    assert_refused(check(tmp_path), EXPECTED[name])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["registry.yml", "seeds"]  # nothing written, nothing run


def test_python_object_is_never_constructed(tmp_path: Path) -> None:
    """Even a full build (not only --check) composes nodes and never calls a constructor."""
    seeds_with(tmp_path, (ATTACKS / "python_object.yml").read_bytes())
    result = run_build("--quiet", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert_refused(result, EXPECTED["python_object.yml"])
    assert not (tmp_path / "pwned-by-yaml").exists()
    assert not (ROOT / "pwned-by-yaml").exists()


def test_billion_laughs_within_a_small_memory_limit(tmp_path: Path) -> None:
    """The same check under a 1 GB address-space limit: expanding 9^9 aliases would die of MemoryError."""
    seeds_with(tmp_path, (ATTACKS / "billion_laughs.yml").read_bytes())

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    result = subprocess.run(
        [PYTHON, str(ROOT / "build_archive.py"), "--check", "--quiet", "--docs", "docs", "--cache", "cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        preexec_fn=limit,
    )
    assert_refused(result, EXPECTED["billion_laughs.yml"])


def test_nesting_far_beyond_the_stack_is_refused(tmp_path: Path) -> None:
    """50,000 levels (100 KB, under the size limit) would overflow a recursive composer: one line, no traceback."""
    depth = 50_000
    seeds_with(tmp_path, b"annotations: " + b"[" * depth + b"]" * depth + b"\n")
    assert_refused(
        check(tmp_path),
        [f"{SIDECAR}:1:45: values are nested more than 32 levels deep; flatten the file; a sidecar needs at most four levels"],
    )


def test_huge_sidecar_is_refused(tmp_path: Path) -> None:
    note = "x" * (MAX_SIDECAR_BYTES + 1)
    seeds_with(tmp_path, f"annotations:\n  - id: a\n    note: {note}\n".encode())
    assert_refused(check(tmp_path), [f"{SIDECAR}:1:1: sidecar is larger than 256 KB; split long notes or remove pasted text"])


def test_many_values_are_refused(tmp_path: Path) -> None:
    """Under the size limit but 30,000 values: bounded by a count, reported at the value that crosses it."""
    seeds_with(tmp_path, ("annotations:\n" + "  - x\n" * 30_000).encode())
    assert_refused(check(tmp_path), [f"{SIDECAR}:20000:1: file has more than 20000 values; split or shorten it"])


def test_implicit_types_stay_strings_in_the_typed_sidecar() -> None:
    problems = Problems()
    sidecar = parse_sidecar(SIDECAR, (ATTACKS / "implicit_types.yml").read_text("utf-8"), problems)
    assert problems.lines() == []
    values = {c.field: (c.value, c.basis) for c in sidecar.corrections}
    assert values == {
        "title": ("NO", "2017-07-05"),
        "author": ("012", "yes"),
        "outlet": ("1:20", "~"),
        "date": ("2017-07-05", "0x1F"),
    }
    assert all(type(v) is str and type(b) is str for v, b in values.values())
    assert sidecar.slug == "2017-07-05-no"
    (note,) = sidecar.annotations
    assert (note.note, note.author, note.created) == ("1e3", "off", "2024-01-02")
    assert all(type(v) is str for v in (note.note, note.author, note.created))


def test_implicit_types_stay_strings_in_the_published_data(tmp_path: Path) -> None:
    seeds_with(tmp_path, (ATTACKS / "implicit_types.yml").read_bytes())
    result = run_build("--quiet", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (article,) = json.loads((tmp_path / "docs" / "data" / "archive.json").read_text("utf-8"))["articles"]
    assert article["slug"] == "2017-07-05-no"
    assert [article[f]["value"] for f in ("title", "author", "outlet", "date")] == ["NO", "012", "1:20", "2017-07-05"]
    assert article["date"]["precision"] == "day"
    assert article["date"]["provenance"]["evidence"] == "0x1F"
    assert [(a["note"], a["author"], a["created"]) for a in article["annotations"]] == [("1e3", "off", "2024-01-02")]


def test_loader_values_are_plain_text() -> None:
    """The loader itself: every scalar a str (with its place), never a bool, int, float, date or None-for-'null'."""
    data = load("a: yes\nb: 0o17\nc: .inf\nd: null\ne: 2001-12-14t21:59:43.10-05:00\nf:\n")
    assert data == {"a": "yes", "b": "0o17", "c": ".inf", "d": "null", "e": "2001-12-14t21:59:43.10-05:00", "f": None}
    assert {type(v) for k, v in data.items() if k != "f"} == {type(data["a"])}
    assert isinstance(data["a"], str) and (data["e"].line, data["e"].col) == (5, 4)
    with pytest.raises(YamlError) as err:
        load("a: &x 1\nb: *x\n")
    assert (err.value.line, err.value.col, err.value.what) == (1, 4, "YAML anchor '&x' is not allowed")
