"""`python -m etl build`: loads valid data, names every problem, and never damages the existing database."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.database import TABLES
from etl.problems import BuildError, Problem
from netralitas import paths, reference, schema
from netralitas.places import Places


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def rewrite(path: Path, data: list[dict[str, str]], columns=schema.EVENT_COLUMNS) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(data)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_happy_path_loads_every_table(data_dir, tmp_path):
    target = tmp_path / "db.duckdb"
    build(data_dir, target)
    con = duckdb.connect(str(target), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert set(TABLES) <= tables
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == len(rows(data_dir / "curated" / "events.csv"))
    assert con.execute("SELECT count(*) FROM provinces").fetchone()[0] == 38
    assert con.execute("SELECT count(*) FROM province_geometry").fetchone()[0] == 38
    # days_before_election is derived from the calendar: Pinrang, 14 Oct 2024 -> 44 days before 27 Nov 2024
    row = con.execute("SELECT election, days_before_election, island_group FROM events WHERE id = 'fx-01'").fetchone()
    assert row == ("Pilkada 2024", 44, "Sulawesi")


def test_missing_election_is_derived_from_the_date(data_dir, tmp_path):
    events = rows(data_dir / "curated" / "events.csv")
    events[0]["election"] = ""  # fx-01, 2024-10-14: after Pemilu, so Pilkada
    events[1]["election"] = ""  # fx-02, 2023-11-15: Pemilu
    rewrite(data_dir / "curated" / "events.csv", events)
    build(data_dir, tmp_path / "db.duckdb")
    con = duckdb.connect(str(tmp_path / "db.duckdb"), read_only=True)
    got = dict(con.execute("SELECT id, election FROM events WHERE id IN ('fx-01', 'fx-02')").fetchall())
    assert got == {"fx-01": "Pilkada 2024", "fx-02": "Pemilu 2024"}


def test_two_builds_give_the_same_tables(data_dir, tmp_path):
    build(data_dir, tmp_path / "a.duckdb")
    build(data_dir, tmp_path / "b.duckdb")
    a = duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True)
    b = duckdb.connect(str(tmp_path / "b.duckdb"), read_only=True)
    for table in ("events", "violations", "provinces", "regencies", "province_geometry"):
        assert a.execute(f"SELECT * FROM {table}").fetchall() == b.execute(f"SELECT * FROM {table}").fetchall()


def test_events_are_stored_newest_first(data_dir, tmp_path):
    # The Data page's newest-first page is fast at a million rows only because rows are stored in that order.
    build(data_dir, tmp_path / "db.duckdb")
    con = duckdb.connect(str(tmp_path / "db.duckdb"), read_only=True)
    stored = con.execute("SELECT event_date, id FROM events ORDER BY rowid").fetchall()
    assert len(stored) > 3
    assert stored == sorted(stored, key=lambda row: (-row[0].toordinal(), row[1]))


# One broken value per validation rule: (row index, column, bad value, words the reason must contain)
RULES = [
    (0, "event_date", "31/02/2024", "not a date"),
    (0, "event_date", "2019-05-01", "outside"),
    (0, "event_date", "", "required"),
    (0, "province", "Sulawesi Tenggra", "did you mean Sulawesi Tenggara"),
    (0, "province", "Atlantis", "unknown province"),
    (0, "regency_city", "Kota Sorong", "is in Papua Barat Daya, not Sulawesi Selatan"),
    (0, "regency_city", "Kabupaten Narnia", "unknown regency"),
    (0, "participants", "-5", "negative"),
    (0, "participants", "5000000", "implausible"),
    (0, "participants", "banyak", "not a whole number"),
    (0, "organizer_type", "alien", "not one of"),
    (0, "mode", "telepati", "not one of"),
    (0, "election", "Pemilu 2029", "not one of"),
    (0, "event_kind", "", "required"),
    (0, "source_url", "kendariinfo.com/x", "not an http(s) URL"),
    (0, "outlet", "", "required"),
    (1, "id", "fx-01", "duplicate id"),
    (0, "title", "x" * (schema.MAX_FIELD_LENGTH + 1), "over the limit"),
    (0, "event_date", "2024-12-20", "after Pilkada 2024 voting"),
]


@pytest.mark.parametrize(("index", "column", "value", "reason"), RULES, ids=[f"{r[1]}:{r[3][:20]}" for r in RULES])
def test_each_rule_names_file_line_column(data_dir, tmp_path, index, column, value, reason):
    events = rows(data_dir / "curated" / "events.csv")
    events[index][column] = value
    rewrite(data_dir / "curated" / "events.csv", events)
    with pytest.raises(BuildError) as caught:
        build(data_dir, tmp_path / "db.duckdb")
    errors = [p for p in caught.value.problems if p.severity == "error"]
    assert any(reason in p.reason and p.column == column and p.line == index + 2 for p in errors), errors
    assert all(p.file.endswith("events.csv") for p in errors)
    assert not (tmp_path / "db.duckdb").exists()


def test_all_problems_are_reported_in_one_run(data_dir, tmp_path):
    events = rows(data_dir / "curated" / "events.csv")
    events[0]["province"] = "Sulawesi Tenggra"
    events[3]["mode"] = "telepati"
    events[5]["participants"] = "-1"
    rewrite(data_dir / "curated" / "events.csv", events)
    with pytest.raises(BuildError) as caught:
        build(data_dir, tmp_path / "db.duckdb")
    assert {(p.line, p.column) for p in caught.value.problems if p.severity == "error"} >= {
        (2, "province"),
        (5, "mode"),
        (7, "participants"),
    }


def test_indonesian_dates_are_repaired_with_a_warning(data_dir, tmp_path):
    events = rows(data_dir / "curated" / "events.csv")
    events[0]["event_date"] = "Senin, 14 Oktober 2024"
    rewrite(data_dir / "curated" / "events.csv", events)
    problems = build(data_dir, tmp_path / "db.duckdb")
    assert any(p.severity == "warning" and "2024-10-14" in p.reason for p in problems)


def test_probable_duplicate_is_reported_not_rejected(data_dir, tmp_path):
    events = rows(data_dir / "curated" / "events.csv")
    twin = dict(events[0], id="fx-99", source_url="https://example.org/other-report")
    rewrite(data_dir / "curated" / "events.csv", [*events, twin])
    problems = build(data_dir, tmp_path / "db.duckdb")
    assert any("probable duplicate of line 2" in p.reason for p in problems)


def test_failed_build_leaves_the_database_byte_identical(data_dir, tmp_path):
    target = tmp_path / "db.duckdb"
    build(data_dir, target)
    before = digest(target)
    (data_dir / "curated" / "events.csv").write_bytes(b"id;event_date\n1;2024-01-01\n")
    with pytest.raises(BuildError):
        build(data_dir, target)
    assert digest(target) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_source_files_are_never_rewritten(data_dir, tmp_path):
    path = data_dir / "curated" / "events.csv"
    events = rows(path)
    events[0]["event_date"] = "Senin, 14 Oktober 2024"
    rewrite(path, events)
    before = digest(path)
    build(data_dir, tmp_path / "db.duckdb")
    assert digest(path) == before


def test_violation_rules(data_dir, tmp_path):
    path = data_dir / "curated" / "violations.csv"
    data = rows(path)
    data[0]["value"] = "banyak"
    data[1]["metric"] = "guessed"
    data[2]["scope"] = "Sulawesi Tenggra"
    rewrite(path, data, schema.VIOLATION_COLUMNS)
    with pytest.raises(BuildError) as caught:
        build(data_dir, tmp_path / "db.duckdb")
    found = {(p.line, p.column) for p in caught.value.problems}
    assert {(2, "value"), (3, "metric"), (4, "scope")} <= found


def build_command(data_dir: Path, target: Path) -> subprocess.CompletedProcess:
    """`python -m etl build --data DIR --db FILE`, as a person types it."""
    command = [sys.executable, "-m", "etl", "build", "--data", str(data_dir), "--db", str(target)]
    return subprocess.run(command, capture_output=True, text=True, cwd=paths.ROOT)


def test_command_line_exit_codes(data_dir, tmp_path):
    target = tmp_path / "db.duckdb"
    ok = build_command(data_dir, target)
    assert ok.returncode == 0, ok.stderr
    events = rows(data_dir / "curated" / "events.csv")
    events[2]["province"] = "Sulawesi Tenggra"
    rewrite(data_dir / "curated" / "events.csv", events)
    bad = build_command(data_dir, target)
    assert bad.returncode == 1
    assert "events.csv:4 column 'province'" in bad.stderr and "did you mean Sulawesi Tenggara" in bad.stderr
    assert "left unchanged" in bad.stderr


def test_parquet_export_answers_the_same_queries(data_dir, tmp_path):
    target = tmp_path / "db.duckdb"
    build(data_dir, target, parquet_dir=tmp_path / "parquet")
    from netralitas import queries
    from netralitas.filters import Filters

    direct = duckdb.connect(str(target), read_only=True)
    lake = duckdb.connect()
    for table in TABLES:
        lake.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{tmp_path / 'parquet' / table}.parquet')")
    selection = Filters(election="Pilkada 2024")
    assert queries.by_province(direct, selection).equals(queries.by_province(lake, selection))


def test_a_quote_in_the_parquet_path_is_part_of_the_name(data_dir, tmp_path):
    """The folder goes into a COPY statement: a quote there must not end the string."""
    from etl.parquet import export_parquet

    target = tmp_path / "db.duckdb"
    build(data_dir, target)
    folder = tmp_path / "analyst's export"
    export_parquet(target, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)


def test_the_pandera_contract_catches_what_a_step_lets_through(data_dir):
    """The last gate: a typed table that breaks the contract is reported with its line and column."""
    from etl import contracts
    from etl.events import validate_events
    from etl.read import read_curated_csv

    raw, _ = read_curated_csv(data_dir / "curated" / "events.csv", schema.EVENT_COLUMNS)
    folder = data_dir / "reference"
    events, problems = validate_events(raw, reference.read_elections(folder), Places.from_folder(folder), "events.csv")
    assert not [p for p in problems if p.severity == "error"]
    assert contracts.check(events, contracts.EVENTS, "events.csv") == []
    events.loc[events.index[2], "mode"] = "teleport"  # as if a step had forgotten to check it
    found = contracts.check(events, contracts.EVENTS, "events.csv")
    assert [(p.line, p.column, p.value) for p in found] == [(4, "mode", "teleport")]


def test_outlet_aliases_give_one_name_in_the_database_and_leave_the_csv_alone(data_dir, tmp_path):
    first = rows(data_dir / "curated" / "events.csv")[0]
    (data_dir / "reference" / "outlets.csv").write_text(
        f"outlet,aliases,notes\nThe One Name,{first['outlet'].upper()},test\n", encoding="utf-8"
    )
    before = digest(data_dir / "curated" / "events.csv")
    build(data_dir, tmp_path / "db.duckdb")
    con = duckdb.connect(str(tmp_path / "db.duckdb"), read_only=True)
    assert con.execute("SELECT outlet FROM events WHERE id = ?", [first["id"]]).fetchone()[0] == "The One Name"
    assert digest(data_dir / "curated" / "events.csv") == before


def test_console_report_prints_every_error_and_counts_warnings_beyond_the_limit(capsys):
    from etl.report import MAX_WARNINGS_SHOWN, report_problems

    warnings = [Problem("e.csv", n, "id", "", "probable duplicate", "warning") for n in range(MAX_WARNINGS_SHOWN + 5)]
    errors = [Problem("e.csv", 9000 + n, "mode", "x", "not one of: luring") for n in range(3)]
    report_problems(warnings + errors, as_json=False)
    printed = capsys.readouterr().err.splitlines()
    assert sum(line.startswith("ERROR") for line in printed) == 3
    assert sum(line.startswith("WARNING") for line in printed) == MAX_WARNINGS_SHOWN
    assert printed[-1].startswith("... and 5 more warning(s)")


def test_data_folder_is_honoured_with_its_own_reference_tables(data_dir, tmp_path):
    """`--data DIR` reads DIR's reference tables, not the project's: an alias, a regency spelling and a voting
    day that only DIR's tables know are what the build uses."""
    from netralitas import places

    folder = data_dir / "reference"
    for table, name, alias in (
        ("provinces", "Sulawesi Tenggara", "Negeri Anoa"),
        ("regencies", "Kota Kendari", "Kota Lulo"),
    ):
        frame = reference.read_table(folder / f"{table}.csv")
        at = frame["name"] == name
        frame.loc[at, "aliases"] = "|".join(filter(None, [*frame.loc[at, "aliases"], alias]))
        frame.to_csv(folder / f"{table}.csv", index=False)
    elections = reference.read_table(folder / "elections.csv")
    elections.loc[elections["election"] == "Pemilu 2024", "voting_date"] = "2024-02-15"  # a day later
    elections.to_csv(folder / "elections.csv", index=False)
    events = rows(data_dir / "curated" / "events.csv")
    kendari = next(e for e in events if e["regency_city"] == "Kota Kendari")
    kendari.update(province="Negeri Anoa", regency_city="Kota Lulo")
    rewrite(data_dir / "curated" / "events.csv", events)
    assert places.resolve_province("Negeri Anoa") is None  # the project's own tables know no such name

    target = tmp_path / "db.duckdb"
    done = build_command(data_dir, target)
    assert done.returncode == 0, done.stderr
    con = duckdb.connect(str(target), read_only=True)
    row = con.execute(
        "SELECT province, regency_city, event_date, election_date, days_before_election FROM events WHERE id = ?",
        [kendari["id"]],
    ).fetchone()
    assert row[:2] == ("Sulawesi Tenggara", "Kota Kendari")
    assert str(row[3]) == "2024-02-15" and row[4] == (row[3] - row[2]).days
