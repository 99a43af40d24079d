"""Problems found in the input, reported one line each: `path:line:col: what is wrong; how to fix it`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.what}; {self.fix}"


class Problems:
    """Collects every problem of a run, so that all are reported at once."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: str, line: int, col: int, what: str, fix: str) -> None:
        self.items.append(Problem(path, max(line, 1), max(col, 1), what, fix))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(set(self.items))  # as many as lines() prints: a problem found twice is one line

    def lines(self) -> list[str]:
        # Sorted by file and position, each problem once.
        return [str(p) for p in sorted(set(self.items))]
