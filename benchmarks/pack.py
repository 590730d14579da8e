"""Time the report pack (issue 12's target: ≤ 5 s on the 2-core machine): `python -m benchmarks pack [--json F]`.

Prints and writes (--json) the seconds for the first pack of a fresh process (browser start included), the
next packs with the browser warm (what a dashboard user waits), and the machine's load average, because
other work on the two cores slows Chromium down.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
import zipfile
from io import BytesIO
from pathlib import Path

from netralitas import report
from netralitas.filters import Filters


def time_pack(filters: Filters, lang: str) -> tuple[float, int]:
    start = time.perf_counter()
    pack = report.report_pack_bytes(filters, lang)
    seconds = time.perf_counter() - start
    return seconds, len(zipfile.ZipFile(BytesIO(pack)).namelist())


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m benchmarks pack", description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="warm packs to time (default 3)")
    parser.add_argument("--json", type=Path, help="write the result here")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    cold, files = time_pack(Filters(), "id")
    warm = [time_pack(Filters(), lang)[0] for lang in ("id", "en") * args.repeat][: args.repeat]
    result = {
        "report_pack_cold_s": round(cold, 2),
        "report_pack_warm_p50_s": round(statistics.median(warm), 2),
        "report_pack_warm_max_s": round(max(warm), 2),
        "files": files,
        "target_s": 5.0,
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }
    print(
        f"report pack ({files} files): first {result['report_pack_cold_s']} s, then "
        f"p50 {result['report_pack_warm_p50_s']} s / max {result['report_pack_warm_max_s']} s "
        f"(target ≤ {result['target_s']} s; load average {result['load_average_before']})"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return result


def run(argv: list[str]) -> int:
    main(argv)
    return 0


if __name__ == "__main__":
    main()
