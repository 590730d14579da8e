"""`python -m benchmarks record --out docs/load.json`: the runs the README's load table is made of
(`--readme README.md` then re-renders the README's tables from that file).

For 1 and 2 replicas behind HAProxy, bursts of growing size at the deep link (all arriving within
`--arrival-s`), stopping after the first that misses the capacity rule (0 errors, first render p95 ≤ 5 s);
one burst straight at a lone server (no proxy: it also serves the static files); and the browser benchmark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
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
    parser.add_argument(
        "--readme", type=Path, default=None, help="re-render this README's tables from --out, run nothing"
    )
    args = parser.parse_args(argv)
    if args.readme:
        record = json.loads(args.out.read_text(encoding="utf-8"))
        args.readme.write_text(update_readme(record, args.readme.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
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


def _setup(row: dict) -> str:
    return f"{row['replicas']} × Streamlit behind HAProxy" if row["replicas"] else "1 × Streamlit, no proxy"


def load_table(record: dict) -> str:
    """README's load table, made from docs/load.json (tests/test_promises.py checks they agree)."""
    lines = [
        "| setup | sessions in 10 s | errors | first render p50 / p95 | rerun p95 | server RSS peak "
        "| RSS per idle session | server CPU | load average before → after |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in record["load"]:
        lines.append(
            f"| {_setup(row)} | {row['sessions']} | {row['errors']} | {row['first_render_p50_s']} s / "
            f"{row['first_render_p95_s']} s | {row['rerun_p95_s']} s | {row['server_rss_mb']} MiB | "
            f"{row['rss_per_session_mb']} MiB | {row['cpu_s']} s | {row['loadavg_before'][0]} → "
            f"{row['loadavg_after'][0]} |"
        )
    return "\n".join(lines)


def browser_table(record: dict) -> str:
    lines = ["| page | cold | first visit, server warmed | warm |", "| --- | ---: | ---: | ---: |"]
    lines += [
        f"| {row['page']} | {row['cold_s']} s | {row.get('first_visit_warmed_s', '–')} s | {row['warm_s']} s |"
        for row in record["browser"]["pages"]
    ]
    floor = record["browser"].get("framework_floor")
    if floor:  # what a one-line Streamlit page costs on the same machine: the part no app code can remove
        lines.append(
            f"| *a one-line Streamlit page (the framework's floor)* | {floor['cold_s']} s | – | {floor['warm_s']} s |"
        )
    before, after = record["browser"]["loadavg_before"][0], record["browser"]["loadavg_after"][0]
    return "\n".join(lines) + f"\n\nLoad average during these page runs: {before} → {after}."


def carried(record: dict, replicas: int) -> str:
    """The capacity in words: "at least N" when even the largest burst tried was within the rule."""
    runs = [row for row in record["load"] if row["replicas"] == replicas]
    size = record["capacity"].get(str(replicas), 0)
    return f"at least {size}" if runs and within_capacity(runs[-1]) else str(size)


def capacity_sentence(record: dict) -> str:
    return (
        f"**One 2-core server carries {carried(record, 1)} attendees arriving within 10 s** with 0 errors and a "
        f"first-render p95 within 5 s (one replica behind HAProxy; two replicas on the same two cores: "
        f"{carried(record, 2)})"
    )


def update_readme(record: dict, text: str) -> str:
    """README with each generated part (between its <!-- name --> and <!-- /name --> markers) re-rendered."""
    parts = {"load-table": load_table, "browser-table": browser_table, "capacity": capacity_sentence}
    for name, render in parts.items():

        def fill(match: re.Match, render=render) -> str:
            edge = "\n" if match.group(2).startswith("\n") else ""  # a block keeps its markers on lines of their own
            return match.group(1) + edge + render(record) + edge + match.group(3)

        text = re.sub(rf"(<!-- {name} -->)(.*?)(<!-- /{name} -->)", fill, text, flags=re.S)
    return text
