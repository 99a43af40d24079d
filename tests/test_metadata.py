"""Metadata end to end on synthetic articles from outlets the archive has never seen (no sidecars):
found where the text states it, with the text that gave it; unknown, never guessed, where it doesn't."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support import ROOT, run_build

STATED = """\
Home
World
Share
Tweet
Premier Li Qiang and President Putin agree to expand grain and energy trade

By Maria Ivanova

Updated: 12 March 2024, 10:35 IST

Chinese Premier Li Qiang met Russian President Vladimir Putin in Moscow on Tuesday, the two sides said in statements.

Li Qiang told reporters that both sides would deepen work on the Belt and Road Initiative and on the power of Siberia 2 pipeline.

Advertisement

Putin said the talks were frank and that trade had grown for a fourth year in a row.

President Xi Jinping (L) and Li Qiang at a ceremony in Beijing in 2023. | Photo: Reuters

Analysts said the visit followed a busy month of diplomacy in the region.

Copyright © 2024 Example Daily Herald. All rights reserved.
"""

UNSTATED = """\
Officials review grain corridor as talks resume

By Agencies

Officials from both countries met again on Monday to review the grain corridor and rail freight.

The meeting followed remarks last year by Xi Jinping on the need for faster customs procedures.

A statement said the working group would meet again in the autumn.
"""

DATE_IN_SENTENCE_ONLY = """\
Trade figures show steady growth

On 5 July 2017 the two governments signed a customs protocol, officials recalled this week.

Freight volumes have grown since then, according to the statistics office.
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> dict[str, dict]:
    work = tmp_path_factory.mktemp("metadata")
    seeds = work / "seeds"
    seeds.mkdir()
    (seeds / "101_stated.txt").write_text(STATED, encoding="utf-8")
    (seeds / "102_unstated.txt").write_text(UNSTATED, encoding="utf-8")
    (seeds / "103_sentence-date.txt").write_text(DATE_IN_SENTENCE_ONLY, encoding="utf-8")
    shutil.copy(ROOT / "registry.yml", work / "registry.yml")
    result = run_build(
        "--seeds",
        str(seeds),
        "--docs",
        str(work / "docs"),
        "--cache",
        str(work / "cache"),
        "--registry",
        str(work / "registry.yml"),
    )
    assert result.returncode == 0, result.stderr
    data = json.loads((work / "docs" / "data" / "archive.json").read_text("utf-8"))
    out = {Path(a["source_file"]).stem: a for a in data["articles"]}
    out["_stdout"] = {"text": result.stdout}
    return out


def test_stated_fields_are_found_with_the_text_that_gave_them(archive):
    a = archive["101_stated"]
    assert a["title"]["value"] == "Premier Li Qiang and President Putin agree to expand grain and energy trade"
    assert (a["date"]["value"], a["date"]["precision"], a["date"]["kind"]) == ("2024-03-12", "day", "publication")
    assert a["date"]["provenance"] == {
        "source": "text",
        "evidence": "Updated: 12 March 2024, 10:35 IST",
        "file": a["source_file"],
        "line": 9,
    }
    assert a["author"]["value"] == "Maria Ivanova"
    assert a["author"]["provenance"]["evidence"] == "By Maria Ivanova"
    assert a["outlet"]["value"] == "Example Daily Herald"
    assert a["outlet"]["provenance"]["evidence"] == "Copyright © 2024 Example Daily Herald. All rights reserved."


def test_leaders_are_those_acting_not_those_in_a_caption(archive):
    a = archive["101_stated"]
    # Xi Jinping is named only in a photo caption: junk proves nothing.
    assert a["leaders"]["value"] == ["Li Qiang", "Vladimir Putin"]
    assert a["leaders"]["provenance"]["source"] == "text"
    assert a["agreements"]["value"] == ["Belt and Road Initiative", "Power of Siberia 2 gas pipeline"]


def test_nothing_is_guessed_where_the_text_is_silent(archive):
    a = archive["102_unstated"]
    assert a["date"]["value"] is None and a["date"]["provenance"] == {"source": "unknown"}
    assert a["author"]["value"] is None  # "Agencies" is not a person
    assert a["outlet"]["value"] is None
    # Named once, in passing, far from the lede: not a leader of this article. "None found" is an empty list.
    assert a["leaders"]["value"] == []
    assert a["needs_curation"] == ["date", "outlet", "author"]


def test_a_date_inside_a_sentence_is_not_a_dateline(archive):
    a = archive["103_sentence-date"]
    assert a["date"]["value"] is None


def test_the_report_lists_what_needs_curation(archive):
    stdout = archive["_stdout"]["text"]
    assert "needs curation: " in stdout and "102_unstated.txt: date, outlet, author unknown" in stdout
