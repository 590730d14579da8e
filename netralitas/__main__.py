"""`python -m netralitas export|report`: the dashboard's charts and report pack without a browser.

The same view functions as the pages draw every chart, so an exported CSV is exactly what its chart draws.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from netralitas import db, export, queries, report, views
from netralitas.filters import Filters

FORMATS = ("csv", "png", "svg")


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--election", default="", help="Pemilu 2024 or Pilkada 2024 (default: both)")
    parser.add_argument("--province", action="append", default=[], help="a province (repeat for several)")
    parser.add_argument("--island", action="append", default=[], help="an island group (repeat for several)")
    parser.add_argument("--organizer", action="append", default=[], help="an organiser type (repeat for several)")
    parser.add_argument("--mode", action="append", default=[], help="luring, daring or hybrid (repeat)")
    parser.add_argument("--from", dest="date_from", type=dt.date.fromisoformat, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", type=dt.date.fromisoformat, help="last day, YYYY-MM-DD")
    parser.add_argument("--lang", choices=("id", "en"), default="id")


def _filters(args: argparse.Namespace, options: dict[str, list[str]]) -> Filters:
    """The selection, refusing any value the dashboard itself would not offer (with what it does offer)."""
    given = {
        "election": ([args.election] if args.election else [], options["elections"]),
        "province": (args.province, options["provinces"]),
        "island": (args.island, options["island_groups"]),
        "organizer": (args.organizer, options["organizer_types"]),
        "mode": (args.mode, options["modes"]),
    }
    for flag, (values, allowed) in given.items():
        for value in values:
            if value not in allowed:
                raise SystemExit(f"--{flag} {value!r} is not one of: {', '.join(allowed)}")
    return Filters(
        election=args.election,
        date_from=args.date_from,
        date_to=args.date_to,
        provinces=tuple(args.province),
        island_groups=tuple(args.island),
        organizer_types=tuple(args.organizer),
        modes=tuple(args.mode),
    )


def _chart_name(chart: str, metric: str | None) -> str:
    name = f"peta_{metric or 'events'}" if chart == "peta" else chart
    if metric and chart != "peta" and not chart.startswith("peta_"):
        raise SystemExit("--metric applies to the map only (peta)")
    if name not in views.CHARTS:
        raise SystemExit(f"unknown chart {chart!r}: `python -m netralitas export --list` names them")
    return name


def export_command(args: argparse.Namespace) -> int:
    if args.list:
        print("\n".join(views.CHARTS))
        return 0
    if not args.chart or not args.out:
        raise SystemExit("give CHART and --out FILE (or --list)")
    name = _chart_name(args.chart, args.metric)
    con = db.connect()
    try:
        selection = _filters(args, queries.filter_options(con))
        if name.startswith("peta_violations") and not selection.election:
            raise SystemExit("violation figures are compared within one election: add --election")
        chart = views.CHARTS[name](con, selection, args.lang)
    finally:
        con.close()
    if args.format == "csv":
        payload = export.csv_bytes(chart.data)
    else:
        payload = export.image_bytes(chart.figure, args.format)
        if payload is None:
            raise SystemExit("PNG/SVG need Chromium (apt-get install chromium)")
    args.out.write_bytes(payload)
    print(f"wrote {args.out} ({name}, {len(chart.data)} rows)")
    return 0


def report_command(args: argparse.Namespace) -> int:
    con = db.connect()
    try:
        selection = _filters(args, queries.filter_options(con))
    finally:
        con.close()
    formats = ("png", "svg") if args.svg else ("png",)
    args.out.write_bytes(report.report_pack_bytes(selection, args.lang, formats))
    print(f"wrote {args.out}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m netralitas", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    exporter = commands.add_parser("export", help="one chart as CSV, PNG or SVG")
    exporter.add_argument("chart", nargs="?", help="a name from --list, or 'peta' with --metric")
    exporter.add_argument("--list", action="store_true", help="print every chart's stable name")
    exporter.add_argument("--format", choices=FORMATS, default="csv")
    exporter.add_argument("--out", type=Path)
    exporter.add_argument("--metric", choices=views.MAP_METRICS, help="the map's metric")
    _filter_arguments(exporter)
    exporter.set_defaults(run=export_command)
    packer = commands.add_parser("report", help="the report pack: every chart as PNG (and SVG), CSV and a README")
    packer.add_argument("--out", type=Path, required=True)
    packer.add_argument("--svg", action="store_true", help="also every chart as SVG (takes about twice as long)")
    _filter_arguments(packer)
    packer.set_defaults(run=report_command)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
