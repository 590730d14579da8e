"""The benchmark harness runs end to end at a small size and reports what issue 4 asks for (no timings asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

from netralitas import paths

QUERIES = {"map_aggregate", "weekly_timeline", "reach_by_province", "table_page", "overview"}


def test_benchmark_reports_every_query_with_agreeing_answers(tmp_path):
    out = tmp_path / "bench.json"
    subprocess.run(
        [sys.executable, "-m", "benchmarks", "--sizes", "3000", "--repeat", "3", "--json", str(out)],
        cwd=paths.ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    rows = json.loads(out.read_text())
    by_query = {row["query"]: row for row in rows if row["n"] == 3000}
    assert QUERIES | {"build", "page_map", "map_payload"} <= set(by_query)
    for name in QUERIES:
        row = by_query[name]
        assert row["agree"] is True, name  # DuckDB and plain pandas give the same answer
        assert row["duckdb_p95_ms"] > 0 and row["pandas_p95_ms"] > 0
    # A small build is small (the peak is its own: see the next test).
    assert 50 < by_query["build"]["build_peak_mb"] < 1000
    assert by_query["page_map"]["page_errors"] == 0
    assert by_query["map_payload"]["geojson_simplified_bytes"] < 1_000_000


def test_build_peak_is_the_builds_own_not_the_parents(tmp_path):
    ballast = b"\x01" * (800 * 2**20)  # a benchmark process holding a large table, pages touched
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.peak", "etl", "build", "--db", str(tmp_path / "x.duckdb")],
        cwd=paths.ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    peak_mib = int(done.stdout.split()[-1]) / 1024
    assert len(ballast) and 50 < peak_mib < 600  # getrusage would have charged the 800 MiB to the build
