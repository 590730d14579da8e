"""A release people can cite: the Data Package describes the files as the build reads them, and validates."""

from __future__ import annotations

import hashlib
import json

import duckdb
import pytest

from etl import datapackage
from netralitas import paths, schema

PACKAGE = paths.DATA_DIR / "datapackage.json"


def test_the_committed_package_is_what_the_generator_writes():
    """Regenerate with `python -m etl datapackage` after changing schema.py (this fails until you do)."""
    assert json.loads(PACKAGE.read_text(encoding="utf-8")) == datapackage.package()


def test_package_fields_are_the_build_columns_and_vocabulary():
    resources = {r["name"]: r for r in datapackage.package()["resources"]}
    fields = {name: [f["name"] for f in resources[name]["schema"]["fields"]] for name in ("events", "violations")}
    assert fields == {"events": schema.EVENT_COLUMNS, "violations": schema.VIOLATION_COLUMNS}
    kinds = {f["name"]: f for f in resources["events"]["schema"]["fields"]}
    assert kinds["organizer_type"]["constraints"]["enum"] == list(schema.ORGANIZER_TYPES)
    assert kinds["event_date"]["type"] == "date" and kinds["participants"]["type"] == "integer"


def test_frictionless_validates_every_file():
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(PACKAGE))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_frictionless_catches_a_bad_row(tmp_path):
    """The validation can fail: a date that is not a date and an organiser type outside the vocabulary."""
    frictionless = pytest.importorskip("frictionless")
    import shutil

    shutil.copytree(paths.DATA_DIR / "curated", tmp_path / "curated", ignore=shutil.ignore_patterns("staging"))
    shutil.copytree(paths.REFERENCE_DIR, tmp_path / "reference")
    shutil.copy(PACKAGE, tmp_path / "datapackage.json")
    events = tmp_path / "curated" / "events.csv"
    lines = events.read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    cells[1], cells[5] = "31/02/2024", "alien"
    events.write_text("\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n", encoding="utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    problems = {(row[1], row[2]) for row in report.flatten(["rowNumber", "fieldName", "type"])}
    assert {("event_date", "type-error"), ("organizer_type", "constraint-error")} <= problems


def test_the_build_records_every_input_and_the_release(built_db, data_dir):
    con = duckdb.connect(str(built_db), read_only=True)
    inputs = dict(con.execute("SELECT path, sha256 FROM build_inputs").fetchall())
    expected = hashlib.sha256((data_dir / "curated" / "events.csv").read_bytes()).hexdigest()
    assert inputs["curated/events.csv"] == expected  # the fixture folder the database was built from
    assert {"reference/provinces.csv", "reference/regencies.geojson", "curated/violations.csv"} <= set(inputs)


def test_citation_names_the_package_release():
    citation = (paths.ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert f'version: "{datapackage.package()["version"]}"' in citation
