"""`python -m etl check FILE`: a curator's batch is validated and compared with what is curated, nothing written."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

from etl.check import check
from netralitas import paths, schema


def batch(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=schema.EVENT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def committed(data_dir: Path) -> list[dict[str, str]]:
    with open(data_dir / "curated" / "events.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_a_clean_new_event_passes(data_dir, tmp_path):
    new = {**committed(data_dir)[0], "id": "nw-001", "event_date": "2024-09-02", "source_url": "https://x.id/new"}
    assert check(batch(tmp_path / "events_nw.csv", [new]), data_dir) == []


def test_problems_name_the_batch_file_and_clashes_are_warned(data_dir, tmp_path):
    first = committed(data_dir)[0]
    again = {**first, "id": "nw-001"}  # same URL, same day and place: already curated
    typo = {**first, "id": "nw-002", "event_date": "2024-09-03", "source_url": "https://x.id/b", "province": "Sulsell"}
    before = hashlib.sha256((data_dir / "curated" / "events.csv").read_bytes()).hexdigest()
    problems = check(batch(tmp_path / "events_nw.csv", [again, typo]), data_dir)
    found = {(p.line, p.column, p.severity) for p in problems}
    assert (3, "province", "error") in found
    assert {(2, "source_url", "warning"), (2, "event_date", "warning")} <= found
    assert all(p.file.endswith("events_nw.csv") for p in problems)
    assert hashlib.sha256((data_dir / "curated" / "events.csv").read_bytes()).hexdigest() == before


def test_command_line_exit_code(data_dir, tmp_path):
    bad = {**committed(data_dir)[0], "id": "nw-001", "event_date": "tomorrow"}
    path = batch(tmp_path / "events_nw.csv", [bad])
    done = subprocess.run(
        [sys.executable, "-m", "etl", "check", str(path), "--data", str(data_dir)],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and "events_nw.csv:2" in done.stdout


def test_an_alias_or_indonesian_date_does_not_hide_a_clash(data_dir, tmp_path):
    first = committed(data_dir)[0]  # fx-01: Sulawesi Selatan, 2024-10-14
    again = {**first, "id": "nw-001", "province": "Sulsel", "event_date": "Senin, 14 Oktober 2024"}
    problems = check(batch(tmp_path / "events_nw.csv", [again]), data_dir)
    assert (2, "event_date", "warning") in {(p.line, p.column, p.severity) for p in problems if "same day" in p.reason}


def _violations(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=schema.VIOLATION_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_a_violation_batch_is_checked_with_the_as_of_and_ranking_rules(data_dir, tmp_path):
    base = {c: "" for c in schema.VIOLATION_COLUMNS}
    base.update(source_body="Bawaslu", election="Pilkada 2024", scope="Jawa Tengah", metric="reported", value="12")
    base.update(unit="ASN", source_url="https://x.id/v", outlet="X")
    rows = [
        {**base, "id": "nv-1", "as_of": "2024-10-01"},  # fine
        {**base, "id": "nv-2", "as_of": "2024-10-02", "notes": "as_of = tanggal publikasi"},  # the old habit
        {
            **base,
            "id": "nv-3",
            "metric": "rank",
            "unit": "rank",
            "breakdown": "province_ranking",
            "value": "2",
            "regency_city": "Kabupaten Purbalingga",
        },  # a regency rank labelled as a province rank
        {**base, "id": "nv-4", "unit": "persons"},  # not a unit
    ]
    problems = check(_violations(tmp_path / "violations_nv.csv", rows), data_dir)
    found = {(p.line, p.column, p.severity) for p in problems}
    assert found == {(3, "as_of", "warning"), (4, "breakdown", "warning"), (5, "unit", "error")}
    assert all(p.file.endswith("violations_nv.csv") for p in problems)  # the batch, not the committed file


def test_whole_number_figures_load_like_any_other(data_dir, tmp_path):
    """A violations file whose values are all integers once broke the table contract (int64, not float64)."""
    from etl.build import build

    path = data_dir / "curated" / "violations.csv"
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["value"] = str(int(float(row["value"])))
    _violations(path, rows)
    assert build(data_dir, tmp_path / "x.duckdb") == []
