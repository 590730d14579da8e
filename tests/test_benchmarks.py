"""The benchmark harness runs end to end at a small size and reports what issue 4 asks for (no timings asserted)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import load
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


def run_load(tmp_path, database, *extra: str) -> dict:
    out = tmp_path / "load.json"
    command = [sys.executable, "-m", "benchmarks", "load", "--sessions", "3", "--arrival-s", "0.5"]
    command += ["--reruns", "1", "--think-s", "0.1", "--json", str(out), *extra]
    env = {**os.environ, "NETRALITAS_DB": str(database)}
    subprocess.run(command, cwd=paths.ROOT, check=True, capture_output=True, timeout=300, env=env)
    return json.loads(out.read_text())


def test_load_command_reports_the_issue_keys_from_a_real_burst(tmp_path, built_db):
    row = run_load(tmp_path, built_db, "--no-warmup")
    assert {"sessions", "errors", "first_render_p50_s", "first_render_p95_s", "rerun_p95_s"} <= set(row)
    assert {"server_rss_mb", "rss_per_session_mb", "cpu_s", "arrival_s", "url_path", "replicas"} <= set(row)
    assert row["sessions"] == 3 and row["errors"] == 0, row["first_error"]
    assert row["reruns_done"] == 3  # one filter change per session, each to its finished run
    assert 0 < row["first_render_p50_s"] <= row["first_render_p95_s"] <= row["first_render_max_s"]
    assert row["server_rss_mb"] >= row["server_rss_baseline_mb"] > 50  # a Streamlit process is not tiny
    assert row["cpu_s"] > 0 and row["static_files_per_session"] > 10  # the page and the scripts it preloads
    assert row["url_path"] == "peta?election=Pilkada+2024" and row["replicas"] is None


@pytest.mark.skipif(not shutil.which("haproxy") and not Path("/usr/sbin/haproxy").exists(), reason="no haproxy")
def test_load_through_haproxy_spreads_sessions_over_both_replicas(tmp_path, built_db):
    row = run_load(tmp_path, built_db, "--replicas", "2", "--no-warmup")
    assert row["errors"] == 0, row["first_error"]
    assert set(row["sessions_per_replica"]) == {"r1", "r2"}  # the balancer's cookie names the replica
    assert sum(row["sessions_per_replica"].values()) == 3


def test_percentile_is_the_value_a_session_actually_waited():
    # nearest rank: ceil(0.95 * 20) = 19th of 1..20; ceil(0.5 * 3) = 2nd of [1, 3, 5]
    assert load.percentile([float(i) for i in range(20, 0, -1)], 0.95) == 19.0
    assert load.percentile([5.0, 1.0, 3.0], 0.5) == 3.0
    assert load.percentile([], 0.5) is None


def test_a_filter_change_moves_to_the_next_option_and_rewrites_only_its_parameter():
    from streamlit.proto.ButtonGroup_pb2 import ButtonGroup

    widget = ButtonGroup()
    for label in ("Pemilu 2024", "Pilkada 2024"):
        widget.options.add().content = label
    assert load.next_choice(widget, "Pilkada 2024") == "Pemilu 2024"  # wraps around
    assert load.next_choice(widget, "Pemilu 2024") == "Pilkada 2024"
    assert load.with_param("election=Pilkada+2024&metric=events", "election", "Pemilu 2024") == (
        "metric=events&election=Pemilu+2024"
    )


def test_capacity_is_the_largest_burst_within_the_rule_and_says_when_none_failed():
    from benchmarks import record

    def row(replicas: int, sessions: int, p95: float, errors: int = 0) -> dict:
        return {"replicas": replicas, "sessions": sessions, "first_render_p95_s": p95, "errors": errors}

    runs = {
        "capacity": {"1": 150, "2": 200},
        "load": [row(1, 100, 2.0), row(1, 150, 4.99), row(1, 200, 5.2), row(2, 100, 1.0), row(2, 200, 3.0)],
    }
    assert record.carried(runs, 1) == "150"  # 200 missed: 5.2 s > 5 s
    assert record.carried(runs, 2) == "at least 200"  # the largest burst tried was still within 5 s
    assert not record.within_capacity(row(1, 100, 1.0, errors=1))  # one error is a miss, however fast
