"""The one duplicate rule (netralitas.duplicates) and the four places that use it: build, check, Add page, ingest."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd

from etl.check import check
from etl.curate import probable_duplicates
from etl.events import validate_events
from etl.read import read_curated_csv
from netralitas import duplicates, reference, schema
from netralitas.places import Places

DAY = dt.date(2024, 10, 14)


def events(*rows: dict) -> pd.DataFrame:
    base = {
        "id": "",
        "event_date": DAY,
        "province": "Sulawesi Selatan",
        "regency_city": "Kabupaten Pinrang",
        "organizer_type": "Bawaslu",
        "source_url": "",
        "other_urls": "",
    }
    return pd.DataFrame([{**base, **row} for row in rows])


def test_a_shared_link_is_a_duplicate_however_it_is_written():
    frame = events(
        {"id": "a", "source_url": "https://www.berita.id/a/", "organizer_type": "KPU"},
        {"id": "b", "source_url": "http://berita.id/b", "event_date": dt.date(2024, 1, 2)},
        {
            "id": "c",
            "source_url": "https://lain.id/c",
            "other_urls": "https://x.id http://berita.id/a#atas",
            "event_date": None,
        },
    )
    found = duplicates.within(frame)
    assert [(d.row, d.other, d.column) for d in found] == [(2, 0, "source_url")]


def test_same_day_place_and_kind_of_organiser_is_a_duplicate_another_kind_is_not():
    frame = events(
        {"id": "a", "source_url": "https://a.id/1"},
        {"id": "b", "source_url": "https://b.id/2"},  # Bawaslu again, same day and regency: reported twice
        {"id": "c", "source_url": "https://c.id/3", "organizer_type": "regency/city government"},
        {"id": "d", "source_url": "https://d.id/4", "regency_city": "Kota Parepare"},
        {"id": "e", "source_url": "https://e.id/5", "event_date": None},  # no date: links only
        {"id": "f", "source_url": "https://f.id/6", "event_date": None},
    )
    assert [(d.row, d.other, d.column) for d in duplicates.within(frame)] == [(1, 0, "event_date")]


def test_against_names_the_curated_id():
    curated = events({"id": "fx-01", "source_url": "https://a.id/1"})
    new = events({"id": "", "source_url": "https://a.id/1"}, {"source_url": "https://z.id", "event_date": "2024-10-14"})
    found = duplicates.against(new, curated)
    assert {(d.row, d.other, d.column) for d in found} == {
        (0, "fx-01", "source_url"),
        (0, "fx-01", "event_date"),
        (1, "fx-01", "event_date"),
    }
    assert duplicates.against(new.iloc[:0], curated) == []


def test_dates_from_the_database_compare_with_dates_typed_on_a_page():
    curated = events({"id": "fx-01", "source_url": "https://a.id/1"})
    curated["event_date"] = pd.to_datetime(curated["event_date"])  # what DuckDB's .df() returns
    typed = events({"source_url": "https://b.id/2", "event_date": "2024-10-14"})
    assert [(d.other, d.column) for d in duplicates.against(typed, curated)] == [("fx-01", "event_date")]


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=schema.EVENT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_build_check_and_add_page_agree(data_dir, tmp_path):
    """One pair that the rule calls a duplicate and one it does not, through each of the callers."""
    with open(data_dir / "curated" / "events.csv", newline="", encoding="utf-8") as handle:
        first = next(csv.DictReader(handle))
    twin = {**first, "id": "nw-001", "source_url": "https://lain.id/berita", "other_urls": ""}
    other_kind = {
        **twin,
        "id": "nw-002",
        "source_url": "https://lain.id/lain",
        "organizer_type": "KPU" if first["organizer_type"] != "KPU" else "BKN",
    }
    # the Add page
    committed, _ = read_curated_csv(data_dir / "curated" / "events.csv", schema.EVENT_COLUMNS)
    assert probable_duplicates(twin, committed)["id"].tolist() == [first["id"]]
    assert probable_duplicates(other_kind, committed).empty
    # python -m etl check
    warned = {
        p.line
        for p in check(_write(tmp_path / "batch.csv", [twin, other_kind]), data_dir)
        if p.severity == "warning" and "same day" in p.reason
    }
    assert warned == {2}
    # the build: both rows in one file
    path = _write(tmp_path / "events.csv", [first, twin, other_kind])
    raw, _ = read_curated_csv(path, schema.EVENT_COLUMNS)
    folder = data_dir / "reference"
    _, problems = validate_events(raw, reference.read_elections(folder), Places.from_folder(folder), "events.csv")
    assert [(p.line, "line 2" in p.reason) for p in problems if "duplicate" in p.reason] == [(3, True)]


def _reviewed(data_dir: Path, *pairs: tuple[str, str, str]) -> None:
    path = data_dir / "curated" / "reviews" / "distinct_events.csv"
    path.parent.mkdir(exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "other_id", "reason"])
        writer.writerows(pairs)


def _duplicate_warnings(problems) -> list[str]:
    return sorted(p.value for p in problems if "duplicate" in p.reason)


def test_a_pair_a_reviewer_found_distinct_is_not_warned_about_again(data_dir, tmp_path):
    """Two kecamatan's sessions on one day match the rule; once a reviewer has recorded them as two events the
    build and `etl check` stop warning about that pair, and only that pair."""
    from etl.inputs import load_inputs

    with open(data_dir / "curated" / "events.csv", newline="", encoding="utf-8") as handle:
        committed = list(csv.DictReader(handle))
    first = committed[0]
    second = {**first, "id": "nw-001", "source_url": "https://lain.id/kecamatan-b", "other_urls": ""}
    third = {**first, "id": "nw-002", "source_url": "https://lain.id/kecamatan-c", "other_urls": ""}
    _write(data_dir / "curated" / "events.csv", [*committed, second, third])
    _, before = load_inputs(data_dir)
    assert _duplicate_warnings(before) == ["nw-001", "nw-002"]

    _reviewed(data_dir, (first["id"], "nw-001", "different kecamatan and venue"))
    _, after = load_inputs(data_dir)
    assert _duplicate_warnings(after) == ["nw-002"]  # nw-002 still repeats the first row (and nw-001)
    assert not [p for p in after if p.severity == "error"]

    # `etl check` of a batch against the curated file honours the same record.
    _write(data_dir / "curated" / "events.csv", committed)
    batch = _write(tmp_path / "batch.csv", [second, third])
    warned = {p.line for p in check(batch, data_dir) if "same day" in p.reason}
    assert warned == {3}


def test_a_reviewed_pair_without_a_reason_is_an_error_and_a_gone_id_a_warning(data_dir):
    from etl.inputs import load_inputs

    _reviewed(data_dir, ("fx-01", "fx-02", ""), ("fx-01", "gone-9", "two days of one pledge"))
    _, problems = load_inputs(data_dir)
    about = [(p.line, p.column, p.value, p.severity) for p in problems if p.file.endswith("distinct_events.csv")]
    assert (2, "reason", "", "error") in about
    assert (0, "id", "gone-9", "warning") in about
