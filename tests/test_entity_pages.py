"""Every entity gets its own page, and none takes a listing's place (issue 16, finding 6).

A scraped footer "© 2019 Index. All rights reserved." made an outlet "Index" whose page replaced the Outlets
index; "Foo Bar" and "Foo-Bar" shared one page; names sharing their first 60 characters collided too."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from support import ROOT, run_build

sys.path.insert(0, str(ROOT))

from archive.urls import entity_doc  # noqa: E402
from archive.views import paginate  # noqa: E402

NAMES = [
    "Index",
    "index",
    "Foo Bar",
    "Foo-Bar",
    "Foo Page 2",
    "Foo Bar E32b2c",
    "A" * 65 + " One",
    "A" * 65 + " Two",
    "Vladimir Putin",
    "Outlet <b>",
]


def test_every_name_has_its_own_page_and_none_is_a_listing() -> None:
    for kind in ("leaders", "outlets", "agreements"):
        listings = {f"{kind}/index.md"}
        pages = {}
        for name in NAMES:
            docs = [doc for doc, _rows in paginate(entity_doc(kind, name), [None] * 120)]  # several pages each
            assert not listings & set(docs), name
            for doc in docs:
                assert doc not in pages, f"{name!r} and {pages.get(doc)!r} share {doc}"
                pages[doc] = name
    # Plain names keep their plain address.
    assert entity_doc("leaders", "Vladimir Putin") == "leaders/vladimir-putin.md"


ARTICLE = """\
Leaders Agree On A {which} Corridor
Published 3 March 2021
The two presidents met in the capital on Tuesday and agreed to build a {which} corridor for trade.
Vladimir Putin said the corridor would open within five years. Xi Jinping said the plan was sound.
© 2019 {outlet}. All rights reserved.
"""


def test_an_outlet_named_index_does_not_replace_the_outlets_listing(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, (which, outlet) in enumerate([("Northern", "Index"), ("Southern", "Foo Bar"), ("Eastern", "Foo-Bar")]):
        (seeds / f"00{i}_corridor.txt").write_text(ARTICLE.format(which=which, outlet=outlet), "utf-8")
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    result = run_build("--quiet", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    outlets = tmp_path / "docs" / "outlets"
    listing = (outlets / "index.md").read_text("utf-8")
    assert "Index" in listing and "Foo Bar" in listing and "Foo-Bar" in listing  # the listing, naming all three
    pages = sorted(p.name for p in outlets.glob("*.md") if p.name != "index.md")
    assert len(pages) == 3, pages
    assert "foo-bar.md" in pages
