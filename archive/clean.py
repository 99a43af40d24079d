"""Cleaning: RawArticle -> CleanArticle. (Placeholder; the junk-line rules are in progress.)"""

from __future__ import annotations

from collections.abc import Iterable

from .model import PARAGRAPH, TITLE, CleanArticle, Dropped, Line, RawArticle


def clean(raw: RawArticle, keep: Iterable[str] = (), drop: Iterable[str] = ()) -> CleanArticle:
    drop_set = set(drop)
    lines: list[Line] = []
    dropped: list[Dropped] = []
    for number, text in enumerate(raw.lines, start=1):
        text = text.strip()
        if not text:
            continue
        if text in drop_set:
            dropped.append(Dropped(number, "sidecar", text))
            continue
        lines.append(Line(number, TITLE if not lines else PARAGRAPH, text))
    return CleanArticle(raw, tuple(lines), tuple(dropped))
