"""Fixtures shared by the site tests and the browser tests: the seeds' real site, built once per session."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/, for support.py

from support import ROOT, build_site  # noqa: E402


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return build_site(ROOT / "seeds", tmp_path_factory.mktemp("seeds-site"))


@pytest.fixture(scope="session")
def archive(site) -> dict:
    """The build's own record of every article (data/archive.json), to find pages and expected values."""
    return json.loads((site / "data" / "archive.json").read_text(encoding="utf-8"))
