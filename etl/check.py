"""`python -m etl check FILE`: check a curator's batch of new events (or violation figures) before it is merged.

The batch goes through the same validation as a build (every problem with line and column), and is compared
with what is already curated by the one duplicate rule (`netralitas.duplicates`: a shared link, or the same
day, place and kind of organiser). Nothing is written: the real database and events.csv are not touched.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

from etl.inputs import DISTINCT_EVENTS, load_inputs, read_distinct_pairs
from etl.problems import Problem, display_name
from etl.read import LINE, read_curated_csv
from netralitas import duplicates, paths, schema


def clashes(
    staged: pd.DataFrame, committed: pd.DataFrame, file: str, distinct: frozenset[frozenset[str]] = frozenset()
) -> list[Problem]:
    """Staged rows that are probably events already curated, by the one duplicate rule (netralitas.duplicates),
    except pairs a reviewer has already found distinct."""
    return [
        Problem(file, int(staged.at[d.row, LINE]), d.column, str(staged.at[d.row, d.column]), d.reason, "warning")
        for d in duplicates.against(staged, committed)
        if frozenset((str(staged.at[d.row, "id"]), str(d.other))) not in distinct
    ]


def _is_violations(staging: Path) -> bool:
    with staging.open(encoding="utf-8-sig") as handle:
        return "source_body" in handle.readline()


def check(staging: Path, data_dir: Path = paths.DATA_DIR) -> list[Problem]:
    """A batch of events (header of events.csv) or of violation figures (header of violations.csv), validated
    as the build would, beside the committed copy of the other file."""
    name = display_name(staging)
    target, other = ("violations.csv", "events.csv") if _is_violations(staging) else ("events.csv", "violations.csv")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "data"
        shutil.copytree(data_dir / "reference", scratch / "reference")
        (scratch / "curated").mkdir()
        shutil.copy(data_dir / "curated" / other, scratch / "curated" / other)
        reviewed = data_dir / "curated" / DISTINCT_EVENTS
        if reviewed.exists():  # pairs already read and found distinct are not warned about again
            (scratch / "curated" / DISTINCT_EVENTS).parent.mkdir()
            shutil.copy(reviewed, scratch / "curated" / DISTINCT_EVENTS)
        shutil.copy(staging, scratch / "curated" / target)
        tables, problems = load_inputs(scratch)
        scratch_name = display_name(scratch / "curated" / target)
        other_name = display_name(scratch / "curated" / other)
        problems = [dataclasses.replace(p, file=name) if p.file == scratch_name else p for p in problems]
        # The committed file, and the reviewed pairs about its rows, are not this batch's business.
        problems = [p for p in problems if p.file != other_name and not p.file.endswith(DISTINCT_EVENTS.name)]
        distinct, _ = read_distinct_pairs(scratch / "curated" / DISTINCT_EVENTS)
    if target == "violations.csv":
        return problems
    # Compare the batch as the build read it ("Sultra" -> "Sulawesi Tenggara", "Rabu, 31 Juli 2024" -> ISO),
    # so an alias or a date form does not hide an event that is already curated.
    staged = tables["events"].assign(event_date=lambda f: f["event_date"].map(lambda d: d.isoformat() if d else ""))
    committed, _ = read_curated_csv(data_dir / "curated" / "events.csv", schema.EVENT_COLUMNS)
    return problems + clashes(staged, committed, name, distinct)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl check", description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="a CSV with the columns of events.csv or of violations.csv")
    parser.add_argument("--data", type=Path, default=paths.DATA_DIR, help="folder with reference/ and curated/")
    args = parser.parse_args(argv)
    problems = check(args.file, args.data)
    for problem in problems:
        print(problem)
    errors = sum(p.severity == "error" for p in problems)
    print(f"{errors} error(s), {len(problems) - errors} warning(s)", file=sys.stderr)
    return 1 if errors else 0
