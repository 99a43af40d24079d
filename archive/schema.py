"""Declared schemas for the YAML files contributors edit, and the checker that types values by them.

Every scalar arrives as a string (archive.strictyaml); the schema says what it must be. Each mistake
becomes one Problem naming the file, line and column, what is wrong and how to fix it.
"""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from .problems import Problems
from .strictyaml import YList, YMap, YStr
from .textio import clean_label

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HTTP_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)


@dataclass(frozen=True)
class Text:
    """A string, optionally restricted by a pattern or to a set of choices."""

    pattern: re.Pattern | None = None
    choices: tuple[str, ...] = ()
    hint: str = "a line of text"
    max_length: int = 10_000
    calendar: bool = False  # the value (YYYY-MM-DD, YYYY-MM or YYYY) must be a real date
    # A name or label readers see (an annotation's author and kind): invisible and bidi characters removed and white
    # space collapsed (textio.clean_label) before any other check, as for every other name.
    label: bool = False


def real_date(value: str) -> bool:
    """'2021-02-30' and '2021-13' match the date pattern but name no day or month."""
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class ListOf:
    item: object
    hint: str = "a list"


@dataclass(frozen=True)
class Mapping:
    fields: dict = field(default_factory=dict)  # name -> schema
    required: tuple[str, ...] = ()
    hint: str = "a mapping of keys to values"


@dataclass(frozen=True)
class TextOrList:
    """A list of strings; a single string is accepted as a one-item list."""

    item: Text
    hint: str = "a list of names"


def _pos(value, default=(1, 1)) -> tuple[int, int]:
    return (getattr(value, "line", default[0]), getattr(value, "col", default[1]))


def _kind(value) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    return "text"


def check(value, schema, path: str, where: str, problems: Problems, at=(1, 1)):
    """Return value typed by schema (dicts, lists, str) or None where it is wrong; record problems."""
    line, col = _pos(value, at)
    if isinstance(schema, Text):
        if not isinstance(value, str):
            problems.add(
                path, line, col, f"{where} should be {schema.hint}, not {_kind(value)}", f"write {where} as {schema.hint}"
            )
            return None
        if len(value) > schema.max_length:
            problems.add(path, line, col, f"{where} is longer than {schema.max_length} characters", "shorten it")
            return None
        if schema.label:
            value = clean_label(value)
            if not value:
                problems.add(
                    path, line, col, f"{where} is empty once invisible characters are removed", "write it in visible letters"
                )
                return None
        if schema.choices and value not in schema.choices:
            near = difflib.get_close_matches(value, schema.choices, n=1, cutoff=0.5)
            hint = f"did you mean '{near[0]}'? " if near else ""
            problems.add(
                path,
                line,
                col,
                f"{where} '{value}' is not one of {', '.join(schema.choices)}",
                f"{hint}use one of the listed values",
            )
            return None
        if schema.pattern and not schema.pattern.fullmatch(value):
            problems.add(path, line, col, f"{where} '{value}' is not {schema.hint}", f"write {where} as {schema.hint}")
            return None
        if schema.calendar and not real_date(value):
            problems.add(path, line, col, f"{where} '{value}' is not a real date", "check the year, month and day")
            return None
        return str(value)
    if isinstance(schema, TextOrList):
        if isinstance(value, str):
            value = YList([value])
            value.line, value.col = line, col
        schema = ListOf(schema.item, schema.hint)
    if isinstance(schema, ListOf):
        if not isinstance(value, list):
            problems.add(
                path,
                line,
                col,
                f"{where} should be {schema.hint}, not {_kind(value)}",
                f"write {where} as a list, one '- item' a line",
            )
            return None
        out = []
        for i, item in enumerate(value):
            typed = check(item, schema.item, path, f"{where}[{i + 1}]", problems, (line, col))
            if typed is not None:
                out.append(typed)
        return out
    assert isinstance(schema, Mapping)
    if not isinstance(value, dict):
        name = where or "the file"
        problems.add(
            path, line, col, f"{name} should be {schema.hint}, not {_kind(value)}", f"write {name} as 'key: value' lines"
        )
        return None
    checked: dict[str, Any] = {}
    key_lines = getattr(value, "key_lines", {})
    for key, item in value.items():
        kline, kcol = key_lines.get(key, (line, col))
        if key not in schema.fields:
            near = difflib.get_close_matches(key, list(schema.fields), n=1, cutoff=0.6)
            fix = f"did you mean '{near[0]}'?" if near else f"allowed keys are {', '.join(schema.fields)}"
            problems.add(path, kline, kcol, f"unknown key '{key}' in {where or 'the file'}", fix)
            continue
        child = f"{where}.{key}" if where else key
        if item is None:
            if key in schema.required:
                problems.add(path, kline, kcol, f"{child} is empty", f"give {child} a value")
            continue
        typed = check(item, schema.fields[key], path, child, problems, (kline, kcol))
        if typed is not None:
            checked[key] = typed
    for key in schema.required:
        if key not in value:
            problems.add(path, line, col, f"{where or 'the file'} has no '{key}'", f"add '{key}:' to {where or 'the file'}")
    return checked


def position(value, key: str | None = None) -> tuple[int, int]:
    """The (line, col) of a loaded value, or of one of its keys."""
    if key is not None and isinstance(value, YMap):
        return value.key_lines.get(key, (value.line, value.col))
    if isinstance(value, (YStr, YMap, YList)):
        return (value.line, value.col)
    return (1, 1)
