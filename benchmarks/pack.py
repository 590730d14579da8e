"""Time the report pack (issue 12's target: ≤ 5 s on the 2-core machine): `python -m benchmarks pack [--json F]`.

Prints and writes (--json) the seconds for the first pack of a fresh process (browser start included), then
with the browser warm: packs (PNG, the default) of selections not rendered before (every image new), one with SVG
as well, and the same selections again (their images reused from export's image cache, as when a reader downloads
a pack after viewing or exporting its charts), and the machine's load average, because other work on the two
cores slows Chromium.
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


def time_pack(filters: Filters, lang: str, formats: tuple[str, ...] = ("png",)) -> tuple[float, int]:
    start = time.perf_counter()
    pack = report.report_pack_bytes(filters, lang, formats)
    seconds = time.perf_counter() - start
    return seconds, len(zipfile.ZipFile(BytesIO(pack)).namelist())


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m benchmarks pack", description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="warm packs to time (default 3)")
    parser.add_argument("--json", type=Path, help="write the result here")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    cold, files = time_pack(Filters(), "id")
    # Selections not packed before: every chart rendered anew (a language, an election, both).
    fresh = [(Filters(), "en"), (Filters(election="Pilkada 2024"), "id"), (Filters(election="Pemilu 2024"), "en")]
    fresh = (fresh * args.repeat)[: args.repeat] if args.repeat <= len(fresh) else fresh
    warm = [time_pack(filters, lang)[0] for filters, lang in fresh]
    again = [time_pack(filters, lang)[0] for filters, lang in fresh]  # the same selections: images reused
    # With SVG as well (the page's "Include SVG"): a selection not rendered before, so every image is new.
    with_svg, _ = time_pack(Filters(election="Pilkada 2024"), "en", ("png", "svg"))
    result = {
        "report_pack_cold_s": round(cold, 2),
        "report_pack_warm_p50_s": round(statistics.median(warm), 2),
        "report_pack_warm_max_s": round(max(warm), 2),
        "report_pack_cached_p50_s": round(statistics.median(again), 2),
        "report_pack_with_svg_s": round(with_svg, 2),
        "files": files,
        "target_s": 5.0,
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }
    print(
        f"report pack ({files} files): first {result['report_pack_cold_s']} s; new selections "
        f"p50 {result['report_pack_warm_p50_s']} s / max {result['report_pack_warm_max_s']} s; the same again "
        f"(images reused) p50 {result['report_pack_cached_p50_s']} s; with SVG {result['report_pack_with_svg_s']} s "
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
