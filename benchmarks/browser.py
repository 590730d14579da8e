"""What one person feels: cold and warm time to a fully drawn page, for every page, in headless Chromium.

Cold: a server just started (empty caches, nothing imported by a script yet) and a browser with an empty
cache. Warm: the same page opened again in a new tab of that browser (median of three) (its static files cached, the
server's query and chart caches filled). "Fully drawn": the page's heading is there, the script has
stopped running, every plotly chart has drawn its SVG and every table its canvas.

`python -m benchmarks browser --json FILE [--pages peta,data]`
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks import commands
from benchmarks.servers import serving

PAGES = ["ringkasan", "peta", "linimasa", "jangkauan", "pelanggaran", "data", "tambah", "tentang"]
TARGETS = {"cold_s": 1.5, "warm_s": 0.5}
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
CHROMIUM_ARGS += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
DRAWN = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  if (!main || !main.querySelector('h1, h2')) return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  for (const chart of main.querySelectorAll('[data-testid="stPlotlyChart"]'))
    if (!chart.querySelector('.main-svg')) return false;
  for (const table of main.querySelectorAll('[data-testid="stDataFrame"]'))
    if (!table.querySelector('canvas')) return false;
  return true;
}"""


def drawn_after(context, url: str, timeout_s: float = 120) -> float:
    """Seconds from navigation start until the page is fully drawn (see the module's docstring)."""
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
    page.wait_for_function(DRAWN, polling=50, timeout=timeout_s * 1000)
    seconds = time.perf_counter() - start
    if page.locator('[data-testid="stException"]').count():
        raise RuntimeError(f"{url} shows an exception")
    page.close()
    return seconds


def measure(pages: list[str]) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for name in pages:
            with serving() as deployment:  # a fresh server per page: its first visit is really cold
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                cold = drawn_after(context, f"{deployment.url}/{name}")
                warm = sorted(drawn_after(context, f"{deployment.url}/{name}") for _ in range(3))[1]
                context.close()
            with serving() as deployment:  # started as `serve` starts a replica: caches warmed, then a new visitor
                # in a thread of its own: Playwright's sync API already runs an event loop in this one
                with ThreadPoolExecutor(1) as pool:
                    pool.submit(commands.warm, deployment, [name]).result()
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                first = drawn_after(context, f"{deployment.url}/{name}")
                context.close()
            row = {"page": name, "cold_s": round(cold, 2), "first_visit_warmed_s": round(first, 2)}
            row["warm_s"] = round(warm, 2)
            row["meets_targets"] = row["cold_s"] <= TARGETS["cold_s"] and row["warm_s"] <= TARGETS["warm_s"]
            print(
                f"{name}: cold {row['cold_s']} s (target ≤ 1.5), first visit to a warmed server "
                f"{row['first_visit_warmed_s']} s, warm {row['warm_s']} s (target ≤ 0.5)",
                flush=True,
            )
            rows.append(row)
        browser.close()
    return rows


def framework_floor() -> dict:
    """The same measurement for a one-line Streamlit page (a heading) with the same server settings: what any
    Streamlit app costs on this machine before its own work starts (loading and starting the frontend)."""
    import subprocess
    import sys
    import tempfile

    from playwright.sync_api import sync_playwright

    from benchmarks.servers import free_port, wait_healthy
    from netralitas import paths

    with tempfile.TemporaryDirectory(prefix="floor-") as folder:
        (Path(folder) / ".streamlit").mkdir()
        (Path(folder) / ".streamlit" / "config.toml").write_bytes(
            (paths.ROOT / ".streamlit" / "config.toml").read_bytes()
        )
        (Path(folder) / "app.py").write_text('import streamlit as st\n\nst.header("Netralitas ASN")\n')
        port = free_port()
        command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]
        command += ["--server.address", "127.0.0.1", "--server.headless", "true"]
        server = subprocess.Popen(command, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}"
            wait_healthy(url)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                cold = drawn_after(context, url)
                warm = sorted(drawn_after(context, url) for _ in range(3))[1]
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"one-line Streamlit page: cold {cold:.2f} s, warm {warm:.2f} s (the framework's floor here)", flush=True)
    return {"cold_s": round(cold, 2), "warm_s": round(warm, 2)}


def main_result(pages: list[str]) -> dict:
    before = [round(x, 2) for x in os.getloadavg()]
    rows = measure(pages)
    return {
        "pages": rows,
        "framework_floor": framework_floor(),
        "targets": TARGETS,
        "warm_is": "median of 3 revisits, each in a new tab of the same browser",
        "cpu_count": os.cpu_count(),
        "loadavg_before": before,
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks browser", description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    result = main_result(args.pages.split(","))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0
