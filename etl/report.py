"""A run's problems for a person (every error, warnings up to a limit) or for a program (--json: all)."""

from __future__ import annotations

import json
import sys

from etl.problems import Problem

# Every error is printed; warnings beyond this many are counted, not printed (--json lists them all): nobody
# reads a quarter of a million "probable duplicate" lines, and printing them took seconds at a million rows.
MAX_WARNINGS_SHOWN = 200


def report_problems(problems: list[Problem], as_json: bool) -> None:
    if as_json:
        print(json.dumps([p.__dict__ for p in problems], ensure_ascii=False, indent=1))
        return
    lines, warnings = [], 0
    for problem in problems:
        warnings += problem.severity == "warning"
        if problem.severity != "warning" or warnings <= MAX_WARNINGS_SHOWN:
            lines.append(str(problem))
    hidden = warnings - MAX_WARNINGS_SHOWN
    if hidden > 0:
        lines.append(f"... and {hidden:,} more warning(s) not shown; --json lists every one")
    print("\n".join(lines), file=sys.stderr)
