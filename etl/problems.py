"""A problem found in a curated file, said so that a person can find and fix it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    file: str
    line: int  # 1-based physical line in the file; 0 when the problem is the file itself
    column: str
    value: str
    reason: str
    severity: str = "error"  # "error" rejects the build; "warning" is reported and the row is kept

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" column '{self.column}'" if self.column else ""
        value = f" value {self.value[:80]!r}" if self.value else ""
        return f"{self.severity.upper()} {where}{field}{value}: {self.reason}"


class BuildError(Exception):
    """Raised with every problem of a run, so one build reports all of them at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def display_name(path: Path) -> str:
    """Paths in messages are relative to the project when possible: shorter and the same on every machine."""
    from netralitas.paths import ROOT

    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
