"""Reliability checks shared by the test suite and the report: `python -m tests.reliability`.

Prints: bad inputs tried / rejected with a clear message / rows lost; hostile inputs tried; concurrent
readers during rebuilds and simultaneous saves; a load test of concurrent protocol-level sessions.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import shutil
import tempfile
import threading
import time
from pathlib import Path

import duckdb

from etl.build import build
from etl.problems import BuildError
from netralitas import export, paths, queries
from netralitas.filters import Filters

HERE = Path(__file__).parent
BAD = HERE / "bad_inputs"
HOSTILE = [
    "'; DROP TABLE events; --",
    "<script>alert(1)</script>",
    '" OR 1=1 --',
    "%' OR '%'='",
    "=cmd|' /C calc'!A0",
    "Jawa Barat\x00",
    "../../etc/passwd",
    "{{7*7}}",
    "<img src=x onerror=alert(1)>",
    "Robert'); --",
]


def make_data(folder: Path) -> Path:
    shutil.copytree(paths.REFERENCE_DIR, folder / "reference")
    shutil.copytree(HERE / "fixtures" / "curated", folder / "curated")
    return folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def bad_inputs() -> list[dict]:
    """Each broken file: is it rejected (or repaired) with file, line, column and reason, and nothing lost?"""
    results = []
    cases = list(csv.DictReader(io.StringIO((BAD / "expected.csv").read_text(encoding="utf-8"))))
    with tempfile.TemporaryDirectory() as tmp:
        data, target = make_data(Path(tmp) / "data"), Path(tmp) / "db.duckdb"
        build(data, target)
        good_rows = duckdb.connect(str(target), read_only=True).execute("SELECT count(*) FROM events").fetchone()[0]
        before = digest(target)
        for case in cases:
            events = data / "curated" / "events.csv"
            shutil.copy(BAD / case["file"], events)
            source_before = digest(events)
            try:
                build(data, target)
                outcome, clear = "repaired", case["reason"] == ""
                target_ok = True
                before = digest(target)  # a repaired file legitimately replaces the database
            except BuildError as exc:
                errors = [p for p in exc.problems if p.severity == "error"]
                outcome = "rejected"
                clear = any(
                    case["reason"] in p.reason
                    and str(p.line) == case["line"]
                    and p.column == case["column"]
                    and p.file.endswith("events.csv")
                    for p in errors
                )
                target_ok = digest(target) == before
            rows = duckdb.connect(str(target), read_only=True).execute("SELECT count(*) FROM events").fetchone()[0]
            results.append(
                {
                    "file": case["file"],
                    "outcome": outcome,
                    "clear_message": clear,
                    "database_unchanged": target_ok,
                    "source_unchanged": digest(events) == source_before,
                    "rows_lost": max(0, good_rows - rows),
                }
            )
            shutil.copy(HERE / "fixtures" / "curated" / "events.csv", events)
        # A file far larger than any real one is refused before parsing.
        huge = data / "curated" / "events.csv"
        with open(huge, "ab") as handle:
            handle.truncate(25 * 2**20)
        try:
            build(data, target)
            refused = False
        except BuildError as exc:
            refused = any("limit" in p.reason for p in exc.problems)
        results.append(
            {
                "file": "(25 MB file)",
                "outcome": "rejected" if refused else "accepted",
                "clear_message": refused,
                "database_unchanged": digest(target) == before,
                "source_unchanged": True,
                "rows_lost": 0,
            }
        )
    return results


def hostile_inputs(database: Path) -> list[dict]:
    """Filter values carrying SQL/HTML run as plain values; exports neutralise formulas."""
    con = duckdb.connect(str(database), read_only=True)
    total = con.execute("SELECT count(*) FROM events").fetchone()[0]
    results = []
    for value in HOSTILE:
        for selection in (Filters(provinces=(value,)), Filters(election=value), Filters(modes=(value,))):
            try:
                found = int(queries.overview(con, selection)["events"].iloc[0])
                table = queries.events_table(con, Filters(), search=value)
                ok = found == 0 and len(table) == 0
            except duckdb.Error:
                ok = False
            results.append({"input": value, "ok": ok})
    intact = con.execute("SELECT count(*) FROM events").fetchone()[0] == total
    import pandas as pd

    cells = export.csv_bytes(pd.DataFrame({"x": ["=1+1", "+1", "-1", "@A1"]})).decode("utf-8-sig")
    results.append({"input": "formula cells in CSV export", "ok": all(f"'{c}" in cells for c in ("=1+1", "+1", "@A1"))})
    results.append({"input": "tables intact after hostile queries", "ok": intact})
    return results


def rebuild_while_reading(seconds: float = 8.0, readers: int = 4) -> dict:
    """Readers query continuously while the database is rebuilt again and again: no error, never half a DB."""
    errors: list[str] = []
    reads = 0
    with tempfile.TemporaryDirectory() as tmp:
        data, target = make_data(Path(tmp) / "data"), Path(tmp) / "db.duckdb"
        build(data, target)
        expected = duckdb.connect(str(target), read_only=True).execute("SELECT count(*) FROM events").fetchone()[0]
        stop = time.monotonic() + seconds

        def read() -> None:
            nonlocal reads
            while time.monotonic() < stop:
                try:
                    con = duckdb.connect(str(target), read_only=True)
                    count = con.execute("SELECT count(*) FROM events").fetchone()[0]
                    provinces = con.execute("SELECT count(*) FROM provinces").fetchone()[0]
                    con.close()
                    if count != expected or provinces != 38:
                        errors.append(f"saw {count} events / {provinces} provinces")
                    reads += 1
                except Exception as exc:
                    errors.append(repr(exc))

        threads = [threading.Thread(target=read) for _ in range(readers)]
        for thread in threads:
            thread.start()
        builds = 0
        while time.monotonic() < stop:
            build(data, target)
            builds += 1
        for thread in threads:
            thread.join()
    return {"builds": builds, "reads": reads, "errors": len(errors), "first_error": errors[0] if errors else ""}


def simultaneous_saves(count: int = 2) -> dict:
    """Several analysts saving at once from the add-from-article page: every row lands."""
    from etl.curate import save_event

    with tempfile.TemporaryDirectory() as tmp:
        data, target = make_data(Path(tmp) / "data"), Path(tmp) / "db.duckdb"
        build(data, target)
        base = dict(next(csv.DictReader(io.StringIO((data / "curated" / "events.csv").read_text(encoding="utf-8")))))
        rows = [
            dict(
                base,
                id="",
                event_date=f"2024-10-{10 + i:02d}",
                organizer=f"Bawaslu uji {i}",
                source_url=f"https://example.org/uji-{i}",
            )
            for i in range(count)
        ]
        results: list[list] = []
        threads = [
            threading.Thread(
                target=lambda r=r: results.append(save_event(r, data, target, curator="reliability check"))
            )
            for r in rows
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        saved = (
            duckdb.connect(str(target), read_only=True)
            .execute("SELECT count(*) FROM events WHERE organizer LIKE 'Bawaslu uji%'")
            .fetchone()[0]
        )
        backups = len(list((data / "curated" / "backups").glob("*.csv")))
    return {"saves": count, "landed": saved, "problems": sum(len(r) for r in results), "backups": backups}


def load_test(database: Path, sessions: int = 20, arrival_s: float = 5.0, reruns: int = 3) -> dict:
    """`streamlit run` on loopback and N sessions speaking its websocket protocol (benchmarks/load.py): each
    opens the map with Pilkada 2024 selected, waits for its first render, then changes the election filter.
    One process holds them all, so this measures the server, not a roomful of browsers on the same cores."""
    import asyncio

    from benchmarks import load
    from benchmarks.servers import serving

    with serving(database=database) as deployment:
        plan = load.Plan(deployment.url, "peta?election=Pilkada+2024", reruns=reruns, think_s=0.2)
        results = asyncio.run(load.burst(plan, sessions, arrival_s, timeout_s=120))
    errors = [e for r in results for e in r.errors]
    firsts = [r.first_render_s for r in results if r.first_render_s is not None]
    p95 = load.percentile(firsts, 0.95)
    return {
        "sessions": sessions,
        "first_renders": len(firsts),
        "complete_sessions": sum(len(r.reruns_s) == reruns for r in results),
        "errors": len(errors),
        "p95_first_render_s": round(p95, 2) if p95 is not None else None,
        "first_error": errors[0] if errors else "",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability", description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--arrival-s", type=float, default=5.0)
    args = parser.parse_args(argv)
    bad = bad_inputs()
    rejected = [r for r in bad if r["outcome"] == "rejected"]
    print(
        f"bad inputs tried: {len(bad)}; rejected with a clear message: {sum(r['clear_message'] for r in rejected)}"
        f"/{len(rejected)}; repaired: {len(bad) - len(rejected)}; rows lost: {sum(r['rows_lost'] for r in bad)}; "
        f"database unchanged after every rejection: {all(r['database_unchanged'] for r in rejected)}; "
        f"source files rewritten: {sum(not r['source_unchanged'] for r in bad)}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        data, target = make_data(Path(tmp) / "data"), Path(tmp) / "db.duckdb"
        build(data, target)
        hostile = hostile_inputs(target)
        print(f"hostile inputs tried: {len(hostile)}; handled safely: {sum(h['ok'] for h in hostile)}")
        rebuild = rebuild_while_reading()
        print(
            f"rebuilds while reading: {rebuild['builds']} builds, {rebuild['reads']} reads, errors: {rebuild['errors']}"
        )
        saves = simultaneous_saves()
        print(f"simultaneous saves: {saves['saves']} saved, {saves['landed']} landed, backups kept: {saves['backups']}")
        load = load_test(target, args.sessions, args.arrival_s)
        print(
            f"protocol-level sessions: {load['sessions']}; first renders: {load['first_renders']}; complete: "
            f"{load['complete_sessions']}; errors: {load['errors']}; p95 first render: {load['p95_first_render_s']} s "
            f"{load['first_error']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
