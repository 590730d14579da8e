"""`python -m etl build`: validate every curated file, then swap a freshly built database into place.

The steps live beside this module: `inputs` (read and validate), `areas` (reference transforms), `database`
(the atomic write), `parquet` (--parquet), `lock` (one build at a time), `report` (the problems printed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import pandas as pd

from etl import copy_on_write
from etl.database import write_database
from etl.inputs import input_digests, load_inputs, release
from etl.lock import build_lock
from etl.parquet import export_parquet
from etl.problems import BuildError, Problem
from etl.report import report_problems
from netralitas import paths, schema


@copy_on_write
def build(
    data_dir: Path = paths.DATA_DIR,
    target: Path | None = None,
    parquet_dir: Path | None = None,
    max_file_bytes: int = schema.MAX_FILE_BYTES,
) -> list[Problem]:
    """Validate and load; raises BuildError (and leaves the database untouched) when any error is found."""
    target = target or paths.database_path()
    with build_lock(target):
        tables, problems = load_inputs(data_dir, max_file_bytes)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise BuildError(problems)
        tables["build_info"] = pd.DataFrame(
            [
                {
                    "built_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
                    "events": len(tables["events"]),
                    "violations": len(tables["violations"]),
                    "warnings": len(problems),
                    "release": release(data_dir),
                }
            ]
        )
        tables["build_inputs"] = input_digests(data_dir)
        write_database(tables, target)
        if parquet_dir is not None:
            export_parquet(target, parquet_dir)
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl build", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=paths.DATA_DIR, help="folder with reference/ and curated/")
    parser.add_argument(
        "--db", type=Path, default=None, help="database to write (default: $NETRALITAS_DB or data/netralitas.duckdb)"
    )
    parser.add_argument("--parquet", type=Path, default=None, help="also write every table as Parquet here")
    parser.add_argument("--json", action="store_true", help="print problems as JSON")
    parser.add_argument(
        "--max-file-mb",
        type=int,
        default=schema.MAX_FILE_BYTES // 2**20,
        help="refuse curated files larger than this (benchmarks raise it)",
    )
    args = parser.parse_args(argv)
    try:
        problems = build(args.data, args.db, args.parquet, args.max_file_mb * 2**20)
    except BuildError as exc:
        report_problems(exc.problems, args.json)
        errors = sum(p.severity == "error" for p in exc.problems)
        print(f"build failed: {errors} error(s); the existing database was left unchanged", file=sys.stderr)
        return 1
    report_problems(problems, args.json)
    print(f"built {args.db or paths.database_path()} ({len(problems)} warning(s))", file=sys.stderr)
    return 0
