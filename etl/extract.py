"""`python -m etl extract PATH... [--json]` and `python -m etl extract --evaluate DIR`.

Reads plain-text or HTML articles (files, or `-` for stdin) and prints one candidate record per article.
--evaluate DIR: DIR holds article files and an `expected.csv` (column `file`, one column per field with
empty = expected empty, and an optional `published` date for year-less dates); fields without a column are
not scored. Prints per-field precision, recall and accuracy (the share of articles where the field is right,
an empty field that should be empty included) and the pooled "overall" figures; overall accuracy is the
field accuracy of the issue's target. Values are compared case-, space- and punctuation-insensitively; an
organiser also counts as right when either name contains the other.
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


COUNTS = ("predicted", "expected", "correct", "right", "cases")


def _ratios(counts: dict[str, int]) -> dict[str, float]:
    return {
        "precision": counts["correct"] / counts["predicted"] if counts["predicted"] else 1.0,
        "recall": counts["correct"] / counts["expected"] if counts["expected"] else 1.0,
        "accuracy": counts["right"] / counts["cases"] if counts["cases"] else 1.0,
        **counts,
    }


def evaluate(folder: Path, misses: list[str] | None = None) -> dict[str, dict[str, float]]:
    """Per-field precision, recall and accuracy over a labelled folder, plus "overall" (all fields pooled).
    `misses`, when given, collects one line per wrong field (file, field, got, wanted)."""
    with open(folder / "expected.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        scored = [name for name in FIELDS if name in (reader.fieldnames or [])]
        cases = list(reader)
    counts = {f: dict.fromkeys(COUNTS, 0) for f in scored}
    for case in cases:
        published = dt.date.fromisoformat(case["published"]) if case.get("published") else None
        fields = extract(read_article(str(folder / case["file"])), published)
        for name in scored:
            value, wanted = fields[name].value, (case.get(name) or "").strip()
            hit = value is not None and bool(wanted) and same(name, value, wanted)
            right = hit or (value is None and not wanted)
            for key, add in zip(COUNTS, (value is not None, bool(wanted), hit, right, 1), strict=True):
                counts[name][key] += add
            if not right and misses is not None:
                shown = value.isoformat() if isinstance(value, dt.date) else value
                misses.append(f"{case['file']}: {name} = {shown!r}, expected {wanted!r}")
    pooled = {key: sum(c[key] for c in counts.values()) for key in COUNTS}
    return {**{name: _ratios(c) for name, c in counts.items()}, "overall": _ratios(pooled)}


def _print_scores(scores: dict[str, dict[str, float]], misses: list[str]) -> None:
    print(f"{'field':<16}{'precision':>10}{'recall':>8}{'accuracy':>10}{'expected':>10}{'predicted':>11}")
    for name, s in scores.items():
        print(
            f"{name:<16}{s['precision']:>10.2f}{s['recall']:>8.2f}{s['accuracy']:>10.3f}"
            f"{s['expected']:>10}{s['predicted']:>11}"
        )
    overall = scores["overall"]
    print(f"\nfield accuracy: {overall['right']} of {overall['cases']} fields right ({overall['accuracy']:.1%})")
    for miss in misses:
        print(f"  miss  {miss}")


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
            misses: list[str] = []
            _print_scores(evaluate(args.evaluate, misses), misses)
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
