"""Loading a data folder's inputs: every curated and reference file read, validated and typed, with every problem.

The reference tables are read here, from the folder the build was given, and passed to the steps: no step
reads a path of its own, so `python -m etl build --data DIR` builds DIR's data against DIR's reference.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from etl import areas, contracts, copy_on_write
from etl.events import validate_events
from etl.problems import Problem, display_name
from etl.read import read_curated_csv
from etl.violations import validate_province_figures, validate_violations
from netralitas import reference, schema
from netralitas.places import Places


@copy_on_write
def load_inputs(
    data_dir: Path, max_file_bytes: int = schema.MAX_FILE_BYTES
) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Read and validate every input; returns clean tables and all problems (errors and warnings)."""
    folder, curated = data_dir / "reference", data_dir / "curated"
    elections = reference.read_elections(folder)
    provinces, regencies = reference.read_provinces(folder), reference.read_regencies(folder)
    places = Places(provinces, regencies)
    outlets = read_outlet_aliases(folder / "outlets.csv")
    problems: list[Problem] = []

    distinct, found = read_distinct_pairs(curated / DISTINCT_EVENTS)
    problems += found
    raw, found = read_curated_csv(curated / "events.csv", schema.EVENT_COLUMNS, max_file_bytes)
    problems += found
    events, found = validate_events(raw, elections, places, display_name(curated / "events.csv"), outlets, distinct)
    problems += found
    problems += stale_distinct_pairs(curated / DISTINCT_EVENTS, distinct, set(events.get("id", ())))

    raw, found = read_curated_csv(curated / "violations.csv", schema.VIOLATION_COLUMNS, max_file_bytes)
    problems += found
    categories = read_category_labels(folder / "violation_categories.csv")
    violations, found = validate_violations(raw, display_name(curated / "violations.csv"), places, outlets, categories)
    problems += found

    figures = {}
    for name, columns, value in (
        ("asn_headcount", schema.ASN_COLUMNS, "asn_count"),
        ("population", schema.POPULATION_COLUMNS, "population"),
    ):
        path = folder / f"{name}.csv"
        if path.exists():  # optional: without it the per-1,000-ASN metric shows as not available
            raw, found = read_curated_csv(path, columns)
            problems += found
            figures[name], found = validate_province_figures(raw, value, display_name(path), places)
            problems += found
    if not any(p.severity == "error" for p in problems):  # the contract speaks of clean, typed tables only
        problems += contracts.check(events, contracts.EVENTS, display_name(curated / "events.csv"))
        problems += contracts.check(violations, contracts.VIOLATIONS, display_name(curated / "violations.csv"))
    provinces = areas.provinces_with_figures(provinces, figures)
    tables = {
        "events": areas.with_province_columns(events, provinces),
        "violations": violations,
        "elections": elections,
        "provinces": provinces,
        "regencies": regencies,
        "province_geometry": areas.geometry_table(folder / "provinces.geojson"),
        "regency_geometry": areas.geometry_table(folder / "regencies.geojson", "regency_code"),
    }
    return tables, problems


# Pairs of events a reviewer read and found to be two events although the duplicate rule matches them
# (two kecamatan's sessions on one day, two days of one pledge on one page): the build stops warning about them.
DISTINCT_EVENTS = Path("reviews") / "distinct_events.csv"
_DISTINCT_COLUMNS = ["id", "other_id", "reason"]


def read_distinct_pairs(path: Path) -> tuple[frozenset[frozenset[str]], list[Problem]]:
    """The reviewed pairs as sets of two ids; optional. A row without two ids or a reason is an error."""
    if not path.exists():
        return frozenset(), []
    table, name = reference.read_table(path), display_name(path)
    if list(table.columns) != _DISTINCT_COLUMNS:
        return frozenset(), [Problem(name, 1, "", ",".join(table.columns), f"expected columns {_DISTINCT_COLUMNS}")]
    problems = [
        Problem(name, line, column, "", "required: two ids and the reviewer's reason")
        for line, row in zip(range(2, len(table) + 2), table.itertuples(index=False), strict=True)
        for column in _DISTINCT_COLUMNS
        if not getattr(row, column).strip()
    ]
    pairs = frozenset(frozenset((a.strip(), b.strip())) for a, b in zip(table["id"], table["other_id"], strict=True))
    return pairs, problems


def stale_distinct_pairs(path: Path, distinct: frozenset[frozenset[str]], ids: set[str]) -> list[Problem]:
    """A reviewed pair naming an id that events.csv no longer has: the decision is about rows that are gone."""
    return [
        Problem(display_name(path), 0, "id", missing, "no event has this id any more: remove the pair", "warning")
        for pair in sorted(distinct, key=sorted)
        for missing in sorted(pair - ids)
    ]


def read_outlet_aliases(path: Path) -> dict[str, str]:
    """alias (case-folded) -> the outlet's one name; optional: without the file names are kept as written."""
    if not path.exists():
        return {}
    table = reference.read_table(path)
    return {
        alias.casefold(): outlet
        for outlet, aliases in zip(table["outlet"], table["aliases"], strict=True)
        for alias in [outlet, *aliases.split("|")]
        if alias.strip()
    }


def read_category_labels(path: Path) -> dict[str, str]:
    """Indonesian category as published -> its English label; optional like the outlet aliases."""
    if not path.exists():
        return {}
    table = reference.read_table(path)
    return dict(zip(table["category"], table["category_en"], strict=True))


def input_digests(data_dir: Path) -> pd.DataFrame:
    """sha256 of every file the build reads: which release of the data a database was built from."""
    files = sorted([*(data_dir / "curated").glob("*.csv"), *(data_dir / "reference").glob("*")])
    return pd.DataFrame(
        {
            "path": [f"{f.parent.name}/{f.name}" for f in files],
            "bytes": [f.stat().st_size for f in files],
            "sha256": [hashlib.sha256(f.read_bytes()).hexdigest() for f in files],
        }
    )


def release(data_dir: Path) -> str:
    """The dataset's version as data/datapackage.json states it ('' when the folder has none)."""
    package = data_dir / "datapackage.json"
    return json.loads(package.read_text(encoding="utf-8")).get("version", "") if package.exists() else ""
