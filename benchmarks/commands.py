"""`python -m benchmarks load` (a burst of protocol-level sessions) and `python -m benchmarks serve` (the app as
deployed: K replicas behind HAProxy, caches warmed, until Ctrl-C)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import signal
import sys
import time
from collections import Counter
from pathlib import Path

from benchmarks import load
from benchmarks.servers import Meter, Serving, serving

DEEP_LINK = "peta?election=Pilkada+2024"
# Every page's first run, so a replica has imported and cached what visitors ask for before they come.
WARM_PATHS = ["ringkasan", "peta", "linimasa", "jangkauan", "pelanggaran", "data", "tentang"]
TARGETS = {"first_render_p95_s": 5.0, "rerun_p95_s": 1.0, "rss_per_session_mb": 5.0}
MIB = 2**20


def warm(deployment: Serving, paths: list[str]) -> None:
    """One session per page on every replica (directly, not through the proxy), each filter value once."""

    async def visit() -> None:
        for url in deployment.replicas:
            for path in paths:
                plan = load.Plan(url=url, path=path, reruns=2, think_s=0, static=False)
                result = (await load.burst(plan, 1, 0))[0]
                if result.errors:
                    raise RuntimeError(f"warming {url}/{path}: {result.errors[0]}")

    asyncio.run(visit())


def _round(value: float | None, places: int = 3) -> float | None:
    return None if value is None else round(value, places)


def summary(results: list[load.Session], rss: dict[str, int], cpu_s: float, sessions: int) -> dict:
    firsts = [r.first_render_s for r in results if r.first_render_s is not None]
    reruns = [s for r in results for s in r.reruns_s]
    errors = [e for r in results for e in r.errors]
    per_session = (rss["idle"] - rss["baseline"]) / sessions / MIB if rss["idle"] else None
    return {
        "sessions": sessions,
        "errors": len(errors),
        "sessions_with_errors": sum(bool(r.errors) for r in results),
        "first_render_p50_s": _round(load.percentile(firsts, 0.5)),
        "first_render_p95_s": _round(load.percentile(firsts, 0.95)),
        "first_render_max_s": _round(max(firsts, default=None)),
        "rerun_p50_s": _round(load.percentile(reruns, 0.5)),
        "rerun_p95_s": _round(load.percentile(reruns, 0.95)),
        "reruns_done": len(reruns),
        "server_rss_mb": _round(rss["peak"] / MIB, 1) if rss["peak"] else None,
        "server_rss_baseline_mb": _round(rss["baseline"] / MIB, 1) if rss["baseline"] else None,
        "rss_per_session_mb": _round(per_session, 2),
        "cpu_s": _round(cpu_s, 1),
        "static_files_per_session": max((r.static_files for r in results), default=0),
        "first_render_kb": _round(max((r.first_render_bytes for r in results), default=0) / 1024, 1),
        "sessions_per_replica": dict(sorted(Counter(r.replica for r in results if r.replica).items())),
        "first_error": errors[0] if errors else "",
    }


def meets(row: dict) -> bool:
    """The issue's burst target: no error, first render p95 within 5 s, reruns p95 within 1 s."""
    p95, rerun = row["first_render_p95_s"], row["rerun_p95_s"]
    return row["errors"] == 0 and p95 is not None and p95 <= 5.0 and (rerun is None or rerun <= 1.0)


def run_load(args: argparse.Namespace) -> dict:
    settings = {
        "arrival_s": args.arrival_s,
        "url_path": args.url_path,
        "replicas": args.replicas,
        "url": args.url,
        "reruns": args.reruns,
        "think_s": args.think_s,
        "static": args.static,
        "warmup": args.warmup,
        "cpu_count": os.cpu_count(),
        "loadavg_before": [round(x, 2) for x in os.getloadavg()],
    }
    external = Serving(url=args.url.rstrip("/"), replicas=[args.url.rstrip("/")]) if args.url else None
    with contextlib.nullcontext(external) if external else serving(args.replicas) as deployment:
        if args.warmup:
            warm(deployment, [args.url_path])
        plan = load.Plan(deployment.url, args.url_path, args.reruns, args.think_s, args.static)
        client_start = resource.getrusage(resource.RUSAGE_SELF)
        with Meter(deployment.app_processes()) as meter:
            rss = {"baseline": meter.rss_bytes(), "idle": 0}
            start = time.monotonic()

            def measure_idle() -> None:
                rss["idle"] = meter.rss_bytes()

            results = asyncio.run(load.burst(plan, args.sessions, args.arrival_s, measure_idle, args.timeout_s))
            wall = time.monotonic() - start
        rss["peak"], cpu_s = meter.peak_bytes, meter.cpu_used_s()
        client = resource.getrusage(resource.RUSAGE_SELF)
    row = summary(results, rss, cpu_s, args.sessions)
    client_cpu = client.ru_utime + client.ru_stime - client_start.ru_utime - client_start.ru_stime
    row |= settings | {"wall_s": round(wall, 1), "client_cpu_s": round(client_cpu, 1)}
    row["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    row["meets_targets"] = meets(row)
    return row


def describe(row: dict) -> str:
    replicas = f"{row['replicas']} replica(s) behind HAProxy" if row["replicas"] else "1 server"
    return (
        f"{row['sessions']} sessions over {row['arrival_s']} s at /{row['url_path']} ({replicas}): "
        f"errors {row['errors']}; first render p50 {row['first_render_p50_s']} s, p95 {row['first_render_p95_s']} s "
        f"(target ≤ 5); rerun p95 {row['rerun_p95_s']} s (target ≤ 1); server RSS peak {row['server_rss_mb']} MiB, "
        f"{row['rss_per_session_mb']} MiB per idle session (target < 5); server CPU {row['cpu_s']} s; "
        f"load average {row['loadavg_before'][0]} → {row['loadavg_after'][0]}; "
        f"{'meets' if row['meets_targets'] else 'misses'} the burst targets"
        + (f"; first error: {row['first_error']}" if row["first_error"] else "")
    )


def load_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks load", description=load.__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--arrival-s", type=float, default=10.0, help="sessions arrive evenly over this time")
    parser.add_argument("--url-path", default=DEEP_LINK, help="page and query string of the shared link")
    parser.add_argument("--replicas", type=int, default=None, help="K replicas behind HAProxy (default: 1, direct)")
    parser.add_argument("--url", default=None, help="a running server to load instead of starting one")
    parser.add_argument("--reruns", type=int, default=3, help="filter changes per session after its first render")
    parser.add_argument("--think-s", type=float, default=2.0, help="pause before each filter change")
    parser.add_argument("--no-static", dest="static", action="store_false", help="skip the page's static files")
    parser.add_argument("--no-warmup", dest="warmup", action="store_false", help="start from cold caches")
    parser.add_argument("--timeout-s", type=float, default=600.0, help="bound on the whole burst")
    parser.add_argument("--json", type=Path, default=None)
    return parser


def load_command(argv: list[str]) -> int:
    args = load_parser().parse_args(argv)
    row = run_load(args)
    print(describe(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(row, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if row["errors"] == 0 else 1


def serve_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks serve", description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--port", type=int, default=8501, help="where HAProxy listens (127.0.0.1)")
    parser.add_argument("--no-warmup", dest="warmup", action="store_false")
    args = parser.parse_args(argv)
    # SIGTERM (a service manager, `kill`) unwinds like Ctrl-C, so the replicas and HAProxy are stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with serving(args.replicas, port=args.port) as deployment:
        if args.warmup:
            warm(deployment, WARM_PATHS)
        print(f"serving {deployment.url} ({args.replicas} replicas: {', '.join(deployment.replicas)}); Ctrl-C stops")
        with contextlib.suppress(KeyboardInterrupt):
            while deployment.proxy and deployment.proxy.poll() is None:
                time.sleep(1)
    return 0
