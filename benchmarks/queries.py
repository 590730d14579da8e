"""Measure build, queries (DuckDB vs pandas), page runs and map payload at several dataset sizes.

`python -m benchmarks [queries] --sizes 10000,100000 --json out.json` (no subcommand runs this one).

Prints one table and writes JSON: a list of objects with n, query, duckdb_p50_ms, duckdb_p95_ms,
pandas_p50_ms, pandas_p95_ms, ratio, agree (and build/page/payload rows with their own fields).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from benchmarks import pandas_impl
from netralitas import paths, queries
from netralitas.filters import Filters

FILTERS = Filters(election="Pilkada 2024", date_from=dt.date(2024, 1, 1), island_groups=("Sulawesi", "Jawa"))
CASES = {  # name -> (duckdb call, pandas call, columns to compare)
    "map_aggregate": (lambda c, f: queries.by_province(c, f), pandas_impl.by_province, ["province_code", "events"]),
    "weekly_timeline": (lambda c, f: queries.weekly(c, f), pandas_impl.weekly, ["events"]),
    "reach_by_province": (lambda c, f: queries.reach(c, f, "province"), pandas_impl.reach, ["events"]),
    "table_page": (lambda c, f: queries.events_table(c, f, limit=500), pandas_impl.table_page, ["id"]),
    "overview": (lambda c, f: queries.overview(c, f), pandas_impl.overview, ["events", "provinces"]),
}


def timed(fn, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return times, result


def agree(a: pd.DataFrame, b: pd.DataFrame, columns: list[str]) -> bool:
    if len(a) != len(b):
        return False
    for column in columns:
        left = a[column].reset_index(drop=True)
        right = b[column].reset_index(drop=True) if column in b else b.iloc[:, 0].reset_index(drop=True)
        if column in ("events", "provinces"):
            if sorted(left.astype(int).tolist()) != sorted(right.astype(int).tolist()):
                return False
        elif sorted(map(str, left)) != sorted(map(str, right)):
            return False
    return True


def build(data_dir: Path, db: Path) -> dict:
    start = time.perf_counter()
    command = ["etl", "build", "--data", str(data_dir), "--db", str(db), "--max-file-mb", "4096"]
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.peak", *command],
        check=True,
        stderr=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        text=True,
    )
    peak_kib = int(done.stdout.split()[-1])  # the build's own peak (see benchmarks/peak.py)
    return {"build_s": round(time.perf_counter() - start, 2), "build_peak_mb": round(peak_kib / 1024, 1)}


def page_runs(db: Path) -> dict:
    """Run the map page through AppTest, cold (empty caches) and warm."""
    from streamlit.testing.v1 import AppTest

    os.environ["NETRALITAS_DB"] = str(db)
    app = AppTest.from_file(str(paths.ROOT / "app.py"), default_timeout=120)
    start = time.perf_counter()
    app.switch_page("pages/peta.py").run()
    cold = time.perf_counter() - start
    start = time.perf_counter()
    app.run()
    warm = time.perf_counter() - start
    return {"page_cold_s": round(cold, 3), "page_warm_s": round(warm, 3), "page_errors": len(app.exception)}


def payload() -> dict:
    """Bytes of province GeoJSON sent to the browser: as dissolved from the source, and as simplified."""
    geojson = paths.REFERENCE_DIR / "provinces.geojson"
    meta = json.loads((paths.REFERENCE_DIR / "provinces.meta.json").read_text())  # written by `etl geometry`
    return {"geojson_simplified_bytes": geojson.stat().st_size, "geojson_raw_bytes": meta["raw_bytes"]}


def run_size(n: int, repeat: int) -> list[dict]:
    from etl.synth import write

    rows = []
    with tempfile.TemporaryDirectory(prefix=f"bench{n}-") as tmp:
        data_dir = write(n, Path(tmp) / "data")
        db = Path(tmp) / "bench.duckdb"
        rows.append({"n": n, "query": "build", **build(data_dir, db)})
        con = duckdb.connect(str(db), read_only=True)
        events = con.execute("SELECT * FROM events").df()
        events["event_date"] = pd.to_datetime(events["event_date"])
        provinces = con.execute("SELECT * FROM provinces").df()
        for name, (duck, pand, columns) in CASES.items():
            d_times, d_result = timed(lambda duck=duck: duck(con.cursor(), FILTERS), repeat)
            p_times, p_result = timed(lambda pand=pand: pand(events, provinces, FILTERS), max(3, repeat // 4))
            d95, p95 = np.percentile(d_times, 95), np.percentile(p_times, 95)
            rows.append(
                {
                    "n": n,
                    "query": name,
                    "duckdb_p50_ms": round(float(np.median(d_times)), 2),
                    "duckdb_p95_ms": round(float(d95), 2),
                    "pandas_p50_ms": round(float(np.median(p_times)), 2),
                    "pandas_p95_ms": round(float(p95), 2),
                    "ratio": round(float(p95 / d95), 1),
                    "agree": agree(d_result, p_result, columns),
                }
            )
        con.close()
        rows.append({"n": n, "query": "page_map", **page_runs(db)})
        rows.append({"n": n, "query": "map_payload", **payload()})
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks [queries]", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        for row in run_size(n, args.repeat):
            results.append(row)
            print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0
