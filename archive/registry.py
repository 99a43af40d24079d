"""The entity registry (registry.yml): leaders, agreements and outlets, with the forms articles use.

Matching is exact on the registry's forms at word boundaries ("Xi" never matches "Xinhua"), longest form
first (so "Power of Siberia 2" is not also read as "Power of Siberia"). Fuzzy matching only *suggests*
aliases for a person to confirm; it never adds a value.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from . import schema as s
from .problems import Problems
from .strictyaml import YamlError, load

KINDS = ("leaders", "agreements", "outlets")

ENTRY_SCHEMA = s.Mapping(
    {"name": s.Text(hint="a canonical name", max_length=200), "role": s.Text(), "aliases": s.ListOf(s.Text(max_length=200))},
    required=("name",),
)
REGISTRY_SCHEMA = s.Mapping({kind: s.ListOf(ENTRY_SCHEMA) for kind in KINDS})

# Word characters for boundaries: letters, digits, and the hyphen (so "S-400" is one word and
# "Xi" does not match inside "Xi-based" any more than inside "Xinhua"). An apostrophe inside a word
# joins it too ("Xi'an", the city), except for the possessive ("Xi's").
# Names suggested for an unknown one are those within this similarity of the nearest.
NEAREST_MARGIN = 0.1

BOUNDARY_BEFORE = r"(?<![\w-])"
BOUNDARY_AFTER = r"(?![\w-]|['’](?![sS]\b)\w)"


def case_sensitive(form: str) -> bool:
    """Short forms and acronyms keep their case: 'Xi', 'BRI', 'EAEU' (not 'xi', 'bri')."""
    return len(form) <= 3 or form.isupper()


@dataclass(frozen=True)
class Entity:
    kind: str
    name: str
    role: str
    forms: tuple[str, ...]  # the name first, then aliases


@dataclass(frozen=True)
class Mention:
    name: str
    form: str
    start: int  # offset in the searched text


class Matcher:
    """One compiled regex per kind: alternatives longest first, so overlaps resolve to the longer form."""

    def __init__(self, entities: list[Entity]) -> None:
        self.by_form: dict[str, str] = {}
        self.by_folded: dict[str, str] = {}
        forms: list[str] = []
        for entity in entities:
            for form in entity.forms:
                if case_sensitive(form):
                    self.by_form[form] = entity.name
                else:
                    self.by_folded[form.casefold()] = entity.name
                forms.append(form)
        forms.sort(key=lambda f: (-len(f), f))
        # One case-blind regex (much faster than per-form case flags); case-sensitive forms are checked after.
        alternation = "|".join(re.escape(f) for f in forms)
        self.regex = re.compile(BOUNDARY_BEFORE + "(?:" + alternation + ")" + BOUNDARY_AFTER, re.IGNORECASE) if forms else None
        # Names written as full names (with a space), and their words: for suggesting near-miss aliases.
        self.full = {f: self.by_form.get(f) or self.by_folded[f.casefold()] for f in forms if " " in f}
        self.known = {f.casefold() for f in forms}
        self.tokens = {word for form in self.full for word in form.split()}

    def find(self, text: str) -> list[Mention]:
        if self.regex is None:
            return []
        out = []
        for m in self.regex.finditer(text):
            form = m.group(0)
            name = self.by_form.get(form) or self.by_folded.get(form.casefold())
            if name:
                out.append(Mention(name, form, m.start()))
        return out


@dataclass(frozen=True)
class Registry:
    entities: tuple[Entity, ...]

    def of(self, kind: str) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]

    def names(self, kind: str) -> list[str]:
        return [e.name for e in self.of(kind)]

    def entity(self, kind: str, name: str) -> Entity | None:
        return next((e for e in self.of(kind) if e.name == name), None)

    def matcher(self, kind: str) -> Matcher:
        cache = self.__dict__.setdefault("_matchers", {})
        if kind not in cache:
            cache[kind] = Matcher(self.of(kind))
        return cache[kind]

    def canonical(self, kind: str, written: str) -> str | None:
        """The canonical name for a name or alias as a contributor wrote it, or None."""
        for entity in self.of(kind):
            for form in entity.forms:
                if written == form or (not case_sensitive(form) and written.casefold() == form.casefold()):
                    return entity.name
        return None

    def nearest(self, kind: str, written: str, n: int = 3) -> list[str]:
        """Up to n names whose forms are nearest to what was written; only those about as near as the nearest
        ("Xi Jinpng" suggests Xi Jinping, not also Li Qiang)."""
        forms = {form: e.name for e in self.of(kind) for form in e.forms}
        scored = []
        for form in forms:
            matcher = difflib.SequenceMatcher(None, written, form)
            if matcher.real_quick_ratio() >= 0.5 and matcher.quick_ratio() >= 0.5 and matcher.ratio() >= 0.5:
                scored.append((-matcher.ratio(), form))
        scored.sort()
        out: list[str] = []
        for score, form in scored:
            if -score >= -scored[0][0] - NEAREST_MARGIN and forms[form] not in out:
                out.append(forms[form])
        return out[:n]

    def suggest_aliases(self, kind: str, text: str, cutoff: float = 0.85) -> list[tuple[str, str]]:
        """(written, canonical) pairs for capitalised word pairs that nearly match a full name: for a person to confirm.

        Pairs inside an exact match ("Eurasian Economic" of "Eurasian Economic Union") and possessives are not near-misses.
        """
        matcher = self.matcher(kind)
        candidates = []
        for m in re.finditer(r"\b([A-Z][\w-]+ [A-Z][\w-]+)(?:['’]s\b)?", text):
            pair = m.group(1)
            # A near-miss keeps one word of the name right ("Vladimr Putin", "Xi Jinpng"); this cheap test spares
            # difflib the thousands of capitalised pairs a long article has.
            if pair.casefold() not in matcher.known and matcher.tokens.intersection(pair.split()):
                candidates.append((m.start(1), m.end(1), pair))
        if not candidates:
            return []
        exact = [(m.start, m.start + len(m.form)) for m in matcher.find(text)]
        out = []
        for start, end, pair in candidates:
            if any(lo <= start and end <= hi for lo, hi in exact):
                continue
            close = difflib.get_close_matches(pair, list(matcher.full), n=1, cutoff=cutoff)
            if close and (pair, matcher.full[close[0]]) not in out:
                out.append((pair, matcher.full[close[0]]))
        return out


def parse_registry(path: str, text: str, problems: Problems) -> Registry:
    try:
        data = load(text)
    except YamlError as err:
        problems.add(path, err.line, err.col, err.what, err.fix)
        return Registry(())
    s.check(data or {}, REGISTRY_SCHEMA, path, "", problems)  # reports every problem; entries are typed one by one below
    entities: list[Entity] = []
    owner: dict[tuple[str, str], str] = {}
    for kind in KINDS:
        raw_entries = (data or {}).get(kind) or []
        for raw_entry in raw_entries if isinstance(raw_entries, list) else []:
            entry = s.check(raw_entry, ENTRY_SCHEMA, path, kind, Problems()) or {}
            if "name" not in entry:
                continue
            forms = [entry["name"], *entry.get("aliases", [])]
            # The loaded strings (with their line and column), so a clash points at the form itself.
            written = [raw_entry.get("name"), *(raw_entry.get("aliases") or [])]
            places = {str(w): s.position(w) for w in written if isinstance(w, str)}
            for form in forms:
                key = (kind, form.casefold())
                if key in owner and owner[key] != entry["name"]:
                    problems.add(
                        path,
                        *places.get(form, s.position(raw_entry)),
                        f"form '{form}' is given for both '{owner[key]}' and '{entry['name']}'",
                        "keep it under one entry only; a form must name one entity",
                    )
                owner.setdefault(key, entry["name"])
            entities.append(Entity(kind, entry["name"], entry.get("role", ""), tuple(dict.fromkeys(forms))))
    return Registry(tuple(entities))
