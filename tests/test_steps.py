"""Each ETL step alone, on a few literal rows (Kedro style): DataFrame in, DataFrame and problems out."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from etl import events, steps
from etl.read import LINE
from netralitas import places

FILE = "events.csv"


def frame(**columns) -> pd.DataFrame:
    """Rows as text, the way the reader hands them over, on lines 2, 3, ..."""
    out = pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in columns.items()})
    out[LINE] = range(2, len(out) + 2)
    return out


def where(problems) -> list[tuple[int, str]]:
    return [(p.line, p.column) for p in problems]


def test_strip_frame_trims_and_collapses_without_touching_the_input():
    from etl.read import strip_frame

    raw = frame(place=["  Kota  Sorong ", "Kendari"], note=["a\tb", ""])
    clean = strip_frame(raw)
    assert clean["place"].tolist() == ["Kota Sorong", "Kendari"]
    assert clean["note"].tolist() == ["a b", ""]
    assert raw["place"].tolist() == ["  Kota  Sorong ", "Kendari"]  # pure: the input is unchanged


def test_check_lengths_names_the_overlong_cell():
    from netralitas import schema

    problems = steps.check_lengths(frame(title=["ok", "x" * (schema.MAX_FIELD_LENGTH + 1)]), FILE)
    assert where(problems) == [(3, "title")]


def test_parse_dates_reads_iso_repairs_indonesian_and_names_the_rest():
    raw = frame(event_date=["2024-10-14", "Rabu, 31 Juli 2024", "31/02/2024", ""])
    parsed, problems = steps.parse_dates(raw, ["event_date"], FILE, required={"event_date"})
    assert parsed["event_date"].tolist()[:2] == [dt.date(2024, 10, 14), dt.date(2024, 7, 31)]
    assert [(p.line, p.severity) for p in problems] == [(3, "warning"), (4, "error"), (5, "error")]


def test_check_date_range():
    dated = frame(event_date=[dt.date(2024, 1, 1), dt.date(2019, 5, 1)])
    assert where(steps.check_date_range(dated, "event_date", FILE)) == [(3, "event_date")]


def test_parse_count_accepts_indonesian_thousands_and_refuses_text_and_negatives():
    counted, problems = steps.parse_count(
        frame(participants=["1.200", "", "banyak", "-5"]), "participants", FILE, 10**6
    )
    assert counted["participants"].tolist()[:2] == [1200, pd.NA]
    assert [(p.line, p.reason) for p in problems] == [(4, "not a whole number"), (5, "negative count")]


def test_resolve_provinces_maps_aliases_and_suggests_for_typos():
    resolved, problems = steps.resolve_provinces(
        frame(province=["Sultra", "DKI", "Sulawesi Tengara"]), "province", FILE, places.default()
    )
    assert resolved["province"].tolist()[:2] == ["Sulawesi Tenggara", "DKI Jakarta"]
    assert where(problems) == [(4, "province")] and "did you mean" in problems[0].reason


def test_resolve_regencies_checks_the_regency_lies_in_the_province():
    raw = frame(province=["Papua Barat Daya", "Jawa Barat"], regency_city=["Kota Sorong", "Kota Sorong"])
    resolved, problems = steps.resolve_regencies(raw, FILE, places.default())
    assert resolved["regency_city"].tolist()[0] == "Kota Sorong"
    assert where(problems) == [(3, "regency_city")] and "Papua Barat Daya" in problems[0].reason


def test_check_choices_is_case_insensitive_and_requires_a_value():
    checked, problems = steps.check_choices(
        frame(mode=["Daring", "zoom", ""]), "mode", ("luring", "daring"), FILE, True
    )
    assert checked["mode"].tolist()[0] == "daring"
    assert where(problems) == [(3, "mode"), (4, "mode")]


def test_check_urls_and_outlet():
    raw = frame(
        source_url=["https://a.id/x", "www.b.id/y"], other_urls=["https://c.id/z ftp://d", ""], outlet=["A", ""]
    )
    assert sorted(where(steps.check_urls(raw, FILE))) == [(2, "other_urls"), (3, "outlet"), (3, "source_url")]


def test_check_unique_ids_points_at_the_first_occurrence():
    problems = steps.check_unique_ids(frame(id=["a", "b", "a", ""]), FILE)
    assert [(p.line, p.reason) for p in problems] == [(4, "duplicate id (first on line 2)"), (5, "required")]


CALENDAR = pd.DataFrame(
    {"election": ["Pemilu 2024", "Pilkada 2024"], "voting_date": [dt.date(2024, 2, 14), dt.date(2024, 11, 27)]}
)


def test_derive_election_fills_the_missing_one_and_counts_the_days():
    raw = frame(event_date=[dt.date(2023, 11, 15), dt.date(2024, 10, 14)], election=["", "Pilkada 2024"])
    derived = events.derive_election(raw, CALENDAR)
    assert derived["election"].tolist() == ["Pemilu 2024", "Pilkada 2024"]
    assert derived["days_before_election"].tolist() == [91, 44]


def test_events_after_voting_need_a_note():
    late = events.derive_election(
        frame(event_date=[dt.date(2025, 7, 21)] * 2, election=["Pilkada 2024"] * 2, notes=["", "PSU (re-vote)"]),
        CALENDAR,
    )
    assert where(events.check_before_voting(late, FILE)) == [(2, "event_date")]


@pytest.mark.parametrize(
    ("published", "warned"), [(dt.date(2024, 10, 10), True), (dt.date(2024, 10, 14), False), (None, False)]
)
def test_a_report_published_before_its_event_is_flagged(published, warned):
    rows = frame(event_date=[dt.date(2024, 10, 14)], published_date=[published])
    problems = events.check_published_after_event(rows, FILE)
    assert [(p.line, p.column, p.severity) for p in problems] == ([(2, "published_date", "warning")] if warned else [])


def test_probable_duplicates_warn_and_name_the_first_line():
    rows = frame(
        id=["e-1", "e-2", "e-3"],
        event_date=[dt.date(2024, 10, 14)] * 3,
        organizer=["Bawaslu Pinrang", "bawaslu pinrang", "KPU Pinrang"],
        organizer_type=["Bawaslu", "Bawaslu", "KPU"],
        province=["Sulawesi Selatan"] * 3,
        regency_city=["Kabupaten Pinrang"] * 3,
    )
    problems = events.probable_duplicates(rows, FILE)
    assert [(p.line, p.severity, "line 2" in p.reason) for p in problems] == [(3, "warning", True)]


def test_normalise_outlets_applies_the_alias_table_and_warns_about_unlisted_spellings():
    raw = frame(outlet=["Kompas", "kompas.com", "Tribun Bali", "TRIBUN BALI", "Tribun Bali", "Antara"])
    named, problems = steps.normalise_outlets(raw, FILE, {"kompas": "Kompas.com", "kompas.com": "Kompas.com"})
    assert named["outlet"].tolist()[:2] == ["Kompas.com", "Kompas.com"]
    assert [(p.line, p.value, p.severity) for p in problems] == [(5, "TRIBUN BALI", "warning")]
    assert "'Tribun Bali'" in problems[0].reason  # the spelling used most is the one suggested


def test_translate_categories_labels_known_ones_and_names_the_row_without_one():
    from etl.violations import translate_categories

    rows = frame(category=["utang budi", "", "kategori baru"])
    out, problems = translate_categories(rows, "violations.csv", {"utang budi": "debt of gratitude"})
    # the unknown category keeps its published wording rather than becoming empty
    assert out["category_en"].tolist() == ["debt of gratitude", "", "kategori baru"]
    assert where(problems) == [(4, "category")] and problems[0].severity == "warning"
    assert "category_en" not in rows  # the input frame is left alone
