"""Each module-level name of the archive's code is bound once: a rule's constant bound again further down the module
(MAX_MENU_ITEM_WORDS was 4 for the menu rows and 3 for the home menus) silently changes the earlier rule, since both
read the module's one global. A name that extends itself (SECTION_LABELS = SECTION_LABELS | FOREIGN_SECTION_LABELS)
is one list, built in two steps."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ARCHIVE = Path(__file__).parent.parent / "archive"


def names_bound_twice(source: str) -> list[str]:
    """The module-level names a module binds more than once (assignments, functions, classes), but for a name whose
    later binding reads its own earlier value."""
    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            read = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} if node.value is not None else set()
            for target in targets:
                if isinstance(target, ast.Name) and target.id not in read:
                    bound[target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            bound[node.name] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_a_name_bound_twice_is_found() -> None:
    source = "LIMIT = 4\ndef rule(x):\n    return x <= LIMIT\nLIMIT = 3\nWORDS = {1}\nWORDS = WORDS | {2}\n"
    assert names_bound_twice(source) == ["LIMIT"]


@pytest.mark.parametrize("module", sorted(ARCHIVE.glob("*.py")), ids=lambda path: path.name)
def test_each_module_level_name_is_bound_once(module: Path) -> None:
    assert names_bound_twice(module.read_text(encoding="utf-8")) == []
