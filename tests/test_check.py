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
