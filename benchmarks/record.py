"""`python -m benchmarks record --out docs/load.json`: the runs the README's load table is made of.

For 1 and 2 replicas behind HAProxy, bursts of growing size at the deep link (all arriving within
`--arrival-s`), stopping after the first that misses the capacity rule (0 errors, first render p95 ≤ 5 s);
one burst straight at a lone server (no proxy: it also serves the static files); and the browser benchmark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from pathlib import Path

from benchmarks import browser, commands

CAPACITY_P95_S = 5.0


def within_capacity(row: dict) -> bool:
    return row["errors"] == 0 and row["first_render_p95_s"] is not None and row["first_render_p95_s"] <= CAPACITY_P95_S


def burst(sessions: int, arrival_s: float, replicas: int | None) -> dict:
    args = commands.load_parser().parse_args(["--sessions", str(sessions), "--arrival-s", str(arrival_s)])
    args.replicas = replicas
    row = commands.run_load(args)
    print(commands.describe(row), flush=True)
    return row


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks record", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,150,200,300", help="burst sizes tried, in order")
    parser.add_argument("--arrival-s", type=float, default=10.0)
    parser.add_argument("--replicas", default="1,2")
    parser.add_argument("--pages", default=",".join(browser.PAGES), help="pages for the browser benchmark")
    parser.add_argument("--out", type=Path, default=Path("docs/load.json"))
    args = parser.parse_args(argv)
    runs, capacity = [], {}
    for replicas in (int(r) for r in args.replicas.split(",")):
        capacity[str(replicas)] = 0
        for size in (int(s) for s in args.sizes.split(",")):
            row = burst(size, args.arrival_s, replicas)
            runs.append(row)
            if not within_capacity(row):
                break
            capacity[str(replicas)] = size
    runs.append(burst(int(args.sizes.split(",")[0]), args.arrival_s, None))
    pages = browser.main_result(args.pages.split(","))
    record = {
        "recorded": dt.date.today().isoformat(),
        "cpu_count": os.cpu_count(),
        "note": "a 2-core VM shared with other users during the run: see each run's loadavg_before/after",
        "capacity_rule": f"largest burst tried with 0 errors and first render p95 <= {CAPACITY_P95_S} s",
        "capacity": capacity,
        "load": runs,
        "browser": pages,
    }
    args.out.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0
