"""Check a curator's staging events CSV with the real build, without touching the real database.

    .venv/bin/python data/curated/staging/check_staging.py data/curated/staging/events_X.csv

Builds a throwaway database from the reference tables, the committed events plus the staging rows, and
prints every problem (file, line, column, reason) and the probable duplicates against committed events.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "data"


def main(staging: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_data = Path(tmp) / "data"
        shutil.copytree(DATA / "reference", tmp_data / "reference")
        (tmp_data / "curated").mkdir()
        shutil.copy(DATA / "curated" / "violations.csv", tmp_data / "curated" / "violations.csv")
        shutil.copy(staging, tmp_data / "curated" / "events.csv")
        result = subprocess.run(
            [sys.executable, "-m", "etl", "build", "--data", str(tmp_data), "--db", str(Path(tmp) / "x.duckdb")],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        print(result.stdout[-6000:], result.stderr[-6000:], sep="\n")
    with open(DATA / "curated" / "events.csv", newline="", encoding="utf-8") as f:
        committed = list(csv.DictReader(f))
    with open(staging, newline="", encoding="utf-8") as f:
        staged = list(csv.DictReader(f))
    urls = {u for r in committed for u in [r["source_url"], *r["other_urls"].split()] if u}
    keys = {(r["event_date"], r["province"], r["regency_city"]): r["id"] for r in committed}
    for line, row in enumerate(staged, start=2):
        if row["source_url"] in urls:
            print(f"{staging.name}:{line}: source_url already in committed events.csv")
        key = (row["event_date"], row["province"], row["regency_city"])
        if key in keys:
            print(f"{staging.name}:{line}: same date and place as committed event {keys[key]} - same event?")
    print(f"{len(staged)} staged rows checked; build exit code {result.returncode}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
