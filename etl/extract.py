"""`python -m etl extract PATH... [--json]` and `python -m etl extract --evaluate DIR`.

Reads plain-text or HTML articles (files, or `-` for stdin) and prints one candidate record per article.
--evaluate DIR: DIR holds article files and an `expected.csv` (column `file`, one column per field with
empty = expected empty, and an optional `published` date for year-less dates); prints per-field precision
and recall and the pooled overall figures. Values are compared case-, space- and punctuation-insensitively;
an organiser also counts as right when either name contains the other.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from pathlib import Path

from netralitas.extract import FIELDS, extract, html_to_text
from netralitas.places import norm

MAX_BYTES = 2 * 2**20


def read_article(path: str) -> str:
    raw = sys.stdin.buffer.read(MAX_BYTES) if path == "-" else Path(path).read_bytes()[:MAX_BYTES]
    text = raw.decode("utf-8", errors="replace")
    looks_html = path.lower().endswith((".html", ".htm")) or text.lstrip()[:200].lower().startswith(
        ("<!doctype", "<html")
    )
    return html_to_text(text) if looks_html else text


def same(field: str, predicted: object, expected: str) -> bool:
    """Case-, space- and punctuation-insensitive; an organiser also matches when either contains the other."""
    if isinstance(predicted, dt.date):
        predicted = predicted.isoformat()
    a, b = norm(str(predicted)), norm(expected)
    if field == "organizer":  # "Pemkot Jambi" and "Pemerintah Kota (Pemkot) Jambi" name the same host
        return bool(a and b) and (a in b or b in a)
    return a == b


def _ratios(counts: dict[str, int]) -> dict[str, float]:
    return {
        "precision": counts["correct"] / counts["predicted"] if counts["predicted"] else 1.0,
        "recall": counts["correct"] / counts["expected"] if counts["expected"] else 1.0,
        **counts,
    }


def evaluate(folder: Path) -> dict[str, dict[str, float]]:
    """Per-field precision and recall over a labelled folder, plus "overall" (all fields pooled)."""
    with open(folder / "expected.csv", newline="", encoding="utf-8") as handle:
        cases = list(csv.DictReader(handle))
    counts = {f: {"predicted": 0, "expected": 0, "correct": 0} for f in FIELDS}
    for case in cases:
        published = dt.date.fromisoformat(case["published"]) if case.get("published") else None
        fields = extract(read_article(str(folder / case["file"])), published)
        for name in FIELDS:
            value, wanted = fields[name].value, (case.get(name) or "").strip()
            counts[name]["predicted"] += value is not None
            counts[name]["expected"] += bool(wanted)
            counts[name]["correct"] += value is not None and bool(wanted) and same(name, value, wanted)
    pooled = {key: sum(c[key] for c in counts.values()) for key in ("predicted", "expected", "correct")}
    return {**{name: _ratios(c) for name, c in counts.items()}, "overall": _ratios(pooled)}


def _print_scores(scores: dict[str, dict[str, float]]) -> None:
    print(f"{'field':<16}{'precision':>10}{'recall':>8}{'expected':>10}{'predicted':>11}")
    for name, s in scores.items():
        print(f"{name:<16}{s['precision']:>10.2f}{s['recall']:>8.2f}{s['expected']:>10}{s['predicted']:>11}")


def _print_records(paths: list[str], records: list[dict]) -> None:
    for path, record in zip(paths, records, strict=True):
        print(f"== {path}")
        for name, field in record.items():
            shown = "" if field["value"] is None else field["value"]
            print(f"  {name:<15} {shown!s:<45} ({field['confidence']:.0%})  ← {field['evidence'][:70]!r}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl extract", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="article files (.txt/.html) or - for stdin")
    parser.add_argument("--json", action="store_true", help="a JSON list, one object per input")
    parser.add_argument("--evaluate", type=Path, metavar="DIR", help="precision/recall on a labelled folder")
    args = parser.parse_args(argv)
    if not args.evaluate and not args.paths:
        parser.error("give at least one article path, - for stdin, or --evaluate DIR")
    try:
        if args.evaluate:
            _print_scores(evaluate(args.evaluate))
            return 0
        records = [{name: f.as_dict() for name, f in extract(read_article(p)).items()} for p in args.paths]
    except (OSError, ValueError, KeyError) as error:  # a missing file or a broken expected.csv: say which
        print(f"extract: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=1))
    else:
        _print_records(args.paths, records)
    return 0
