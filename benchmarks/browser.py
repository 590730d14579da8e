"""What one person feels: cold and warm time to a fully drawn page, for every page, in headless Chromium.

Cold: a server just started (empty caches, nothing imported by a script yet) and a browser with an empty
cache. Warm: the same page opened again in a new tab of that browser (median of three) (its static files cached, the
server's query and chart caches filled). First visit, server warmed: an empty browser cache at a fresh server
that has run the page once, as `serve` starts its replicas. The same cold and warm times of a one-line
Streamlit page show the framework's own share. "Fully drawn": the page's heading is there, the script has
stopped running, every plotly chart has drawn its SVG and every table its canvas.

`python -m benchmarks browser --json FILE [--pages peta,data]`
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks import commands, servers
from benchmarks.servers import serving
from netralitas import db, paths

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


def cold_and_warm(browser, url: str) -> tuple[float, float]:
    """A first visit with an empty browser cache, then the median of three revisits in new tabs."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    cold = drawn_after(context, url)
    warm = sorted(drawn_after(context, url) for _ in range(3))[1]
    context.close()
    return cold, warm


def measure(browser, name: str) -> dict:
    with serving() as deployment:  # a fresh server per page: its first visit is really cold
        cold, warm = cold_and_warm(browser, f"{deployment.url}/{name}")
    with serving() as deployment:  # started as `serve` starts a replica: caches warmed, then a new visitor
        # in a thread of its own: Playwright's sync API already runs an event loop in this one
        with ThreadPoolExecutor(1) as pool:
            pool.submit(commands.warm, deployment, [name]).result()
        first, _warm = cold_and_warm(browser, f"{deployment.url}/{name}")
    row = {"page": name, "cold_s": round(cold, 2), "first_visit_warmed_s": round(first, 2), "warm_s": round(warm, 2)}
    row["meets_targets"] = row["cold_s"] <= TARGETS["cold_s"] and row["warm_s"] <= TARGETS["warm_s"]
    print(
        f"{name}: cold {row['cold_s']} s (target ≤ 1.5), first visit to a warmed server "
        f"{row['first_visit_warmed_s']} s, warm {row['warm_s']} s (target ≤ 0.5)",
        flush=True,
    )
    return row


def framework_floor(browser) -> dict:
    """The same measurement for a one-line Streamlit page (a heading) with the same server settings: what any
    Streamlit app costs on this machine before its own work starts (loading and starting the frontend)."""
    with tempfile.TemporaryDirectory(prefix="floor-") as folder:
        (Path(folder) / ".streamlit").mkdir()
        shutil.copy(paths.ROOT / ".streamlit" / "config.toml", Path(folder) / ".streamlit" / "config.toml")
        script = Path(folder) / "app.py"
        script.write_text('import streamlit as st\n\nst.header("Netralitas ASN")\n', encoding="utf-8")
        port = servers.free_port()
        server = servers.start_streamlit(port, db.database_path(), script)
        try:
            url = f"http://127.0.0.1:{port}"
            servers.wait_healthy(url)
            cold, warm = cold_and_warm(browser, url)
        finally:
            servers.stop(server)
    print(f"one-line Streamlit page: cold {cold:.2f} s, warm {warm:.2f} s (the framework's floor here)", flush=True)
    return {"cold_s": round(cold, 2), "warm_s": round(warm, 2)}


def measure_all(pages: list[str]) -> tuple[list[dict], dict]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            return [measure(browser, name) for name in pages], framework_floor(browser)
        finally:
            browser.close()


def main_result(pages: list[str]) -> dict:
    before = [round(x, 2) for x in os.getloadavg()]
    rows, floor = measure_all(pages)
    return {
        "pages": rows,
        "framework_floor": floor,
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
