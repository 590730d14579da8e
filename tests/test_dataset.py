"""The real curated dataset (issue: curate the real dataset): its shape, provenance and coverage."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from etl.build import build
from netralitas import paths
from netralitas.places import province_names

EVENTS = paths.CURATED_DIR / "events.csv"
VIOLATIONS = paths.CURATED_DIR / "violations.csv"
VOTING = {"Pemilu 2024": dt.date(2024, 2, 14), "Pilkada 2024": dt.date(2024, 11, 27)}


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return pd.read_csv(EVENTS, dtype=str, keep_default_na=False)


def test_every_province_and_both_elections_are_covered(events):
    assert len(province_names()) == 38
    assert set(province_names()) <= set(events["province"])
    assert set(events["election"]) == {"Pemilu 2024", "Pilkada 2024"}


def test_enough_events_and_organiser_types(events):
    assert len(events) >= 250
    assert events["organizer_type"].nunique() >= 8
    # Not one body's story: Bawaslu, local governments and national bodies each hold a share.
    assert events["organizer_type"].value_counts(normalize=True).max() < 0.6
    assert {"Bawaslu", "KASN", "BKN", "KPU", "Kemendagri", "Kemenpan RB", "police", "military", "university"} <= set(
        events["organizer_type"]
    )


def test_every_row_has_provenance(events):
    assert events["source_url"].str.match(r"^https?://[^\s/]+\.[^\s]+$").all()
    assert (events["outlet"].str.strip() != "").all()
    for extra in events["other_urls"]:
        assert all(u.startswith(("http://", "https://")) for u in extra.split())


def test_no_duplicate_events(events):
    assert events["id"].is_unique
    assert not events.duplicated(["event_date", "organizer", "province", "regency_city"]).any()
    assert not events.duplicated(["source_url", "event_date"]).any()


def test_dates_in_range_and_before_voting_unless_explained(events):
    for _, row in events.iterrows():
        day = dt.date.fromisoformat(row["event_date"])
        assert dt.date(2022, 1, 1) <= day <= dt.date(2025, 12, 31), row["id"]
        if day > VOTING[row["election"]]:
            assert row["notes"], row["id"]


def test_every_row_is_real_not_synthetic(events):
    assert not events["source_url"].str.contains("synthetic.invalid").any()
    assert not events["outlet"].str.upper().eq("SYNTHETIC").any()


def test_participants_are_plain_counts(events):
    counts = pd.to_numeric(events["participants"].replace("", None), errors="raise").dropna()
    assert (counts > 0).all() and (counts == counts.round()).all()


def test_violations_have_provenance():
    violations = pd.read_csv(VIOLATIONS, dtype=str, keep_default_na=False)
    assert len(violations) >= 100
    assert violations["source_url"].str.startswith("http").all()
    assert (violations["outlet"] != "").all()
    undated = violations[violations["as_of"] == ""]
    assert (undated["notes"] != "").all(), undated["id"].tolist()  # an unknown date is explained, never guessed
    assert {"KASN", "Bawaslu", "BKN", "Kemendagri"} <= set(violations["source_body"])


@pytest.fixture(scope="module")
def real_build(tmp_path_factory: pytest.TempPathFactory):
    target = tmp_path_factory.mktemp("real") / "real.duckdb"
    return target, build(paths.DATA_DIR, target)


def test_the_real_build_rejects_no_row(real_build):
    _target, problems = real_build
    assert not [p for p in problems if p.severity == "error"]


@pytest.mark.parametrize(("table", "value"), [("asn_headcount", "asn_count"), ("population", "population")])
def test_every_province_has_a_sourced_reference_figure(table, value):
    figures = pd.read_csv(paths.REFERENCE_DIR / f"{table}.csv", dtype=str, keep_default_na=False)
    figures = figures[figures["province"].isin(province_names())]
    dated = figures[figures["year"] != ""]  # a figure of unknown year is kept but never the one the build uses
    assert set(dated["province"]) == set(province_names())
    assert figures[value].str.fullmatch(r"\d+").all()
    assert dated["year"].astype(int).between(2020, 2025).all()
    assert figures["source_url"].str.startswith("http").all() and (figures["outlet"] != "").all()


def test_the_coverage_log_names_every_regency_and_city():
    """The next curator sees what was searched where: one row per regency/city, names as in the reference."""
    import csv

    from netralitas import paths

    with open(paths.REFERENCE_DIR / "regencies.csv", encoding="utf-8") as handle:
        regencies = {row["name"] for row in csv.DictReader(handle)}
    logged: set[str] = set()
    for log in sorted((paths.CURATED_DIR / "reviews").glob("coverage_*.csv")):
        with open(log, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert {"province", "regency_city", "queries", "hits_read", "added_ids", "rejected"} <= set(rows[0]), log
        logged |= {row["regency_city"] for row in rows if row["regency_city"]}
    assert logged - regencies == set()  # no misspelt place
    assert regencies - logged == set()  # no place forgotten


def test_every_published_violation_category_has_an_english_label():
    violations = pd.read_csv(VIOLATIONS, dtype=str, keep_default_na=False)
    labels = pd.read_csv(paths.REFERENCE_DIR / "violation_categories.csv", dtype=str, keep_default_na=False)
    assert labels["category"].is_unique and (labels["category_en"] != "").all()
    missing = set(violations["category"]) - {""} - set(labels["category"])
    assert not missing, f"add English labels to data/reference/violation_categories.csv: {sorted(missing)}"


def test_english_readers_get_english_categories(real_build):
    import duckdb

    from netralitas import queries

    con = duckdb.connect(str(real_build[0]), read_only=True)
    indonesian = set(queries.violation_breakdown(con, "reason", lang="id")["category"])
    english = set(queries.violation_breakdown(con, "reason", lang="en")["category"])
    assert "utang budi" in indonesian and "debt of gratitude" in english
    assert "utang budi" not in english and len(english) == len(indonesian)


def test_the_readme_counts_are_the_built_databases(real_build):
    """README's "Now:" line is the first thing a reader quotes: it must say what the data holds."""
    import re

    import duckdb

    now = (paths.ROOT / "README.md").read_text(encoding="utf-8").split("**Now:**", 1)[1][:1500]
    con = duckdb.connect(str(real_build[0]), read_only=True)
    events, regencies = con.execute("SELECT count(*), count(DISTINCT nullif(regency_city, '')) FROM events").fetchone()
    figures = con.execute("SELECT count(*) FROM violations").fetchone()[0]
    assert re.search(rf"\b{events} events in all 38 provinces", now)
    assert re.search(rf"\b{regencies} regencies/cities", now)
    assert re.search(rf"\b{figures} published violation figures", now)
