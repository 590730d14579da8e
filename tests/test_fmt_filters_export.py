"""Indonesian formats, parameterised filters, and exports that are safe to open in a spreadsheet."""

import datetime as dt
import io
import zipfile

import duckdb
import pandas as pd
import pytest
from openpyxl import load_workbook

from netralitas import export, fmt
from netralitas.filters import Filters


def test_indonesian_and_english_formats():
    assert fmt.number(1234) == "1.234"
    assert fmt.number(1234, "en") == "1,234"
    assert fmt.percent(0.125) == "12,5%"
    assert fmt.date(dt.date(2023, 12, 15)) == "15 Des 2023"
    assert fmt.date(dt.date(2023, 12, 15), "en") == "15 Dec 2023"
    assert fmt.number(None) == fmt.number(float("nan")) == "–"


HOSTILE = ["'; DROP TABLE events; --", "<script>alert(1)</script>", "Jawa Barat' OR '1'='1"]


@pytest.mark.parametrize("value", HOSTILE)
def test_filter_values_never_enter_sql_text(value):
    where, params = Filters(provinces=(value,), election=value).where()
    assert value not in where
    assert params["provinces"] == [value] and params["election"] == value


def test_hostile_filter_runs_as_a_plain_value():
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE events AS SELECT 'Jawa Barat' AS province, 'Pemilu 2024' AS election, "
        "DATE '2024-01-01' AS event_date, 'BKN' AS organizer_type, 'daring' AS mode, 'Jawa' AS island_group"
    )
    for value in HOSTILE:
        where, params = Filters(provinces=(value,)).where()
        assert con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 1


def test_default_filters_select_everything():
    where, params = Filters().where()
    assert where == "TRUE" and params == {}


@pytest.mark.parametrize("cell", ["=1+1", "+62 812", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x")'])
def test_formula_cells_are_neutralised_in_csv_and_xlsx(cell):
    frame = pd.DataFrame({"title": [cell, "ok"], "participants": [1, 2]})
    text = export.csv_bytes(frame).decode("utf-8-sig")
    assert f"'{cell}" in text or f"\"'{cell}" in text.replace('""', '"')
    sheet = load_workbook(io.BytesIO(export.xlsx_bytes(frame))).active
    assert sheet["A2"].value == "'" + cell
    assert sheet["B2"].value == 1  # numbers stay numbers


def test_report_pack_contents_without_images(monkeypatch):
    import plotly.graph_objects as go

    monkeypatch.setattr(export, "chromium_available", lambda: False)
    pack = export.report_pack([("a", go.Figure(), pd.DataFrame({"x": [1]}))], "readme")
    names = zipfile.ZipFile(io.BytesIO(pack)).namelist()
    assert names == ["README.txt", "data/a.csv"]


def test_xlsx_fits_the_office():
    import datetime as dt

    frame = pd.DataFrame(
        {
            "event_date": pd.to_datetime(["2024-03-09", "2024-10-01"]),
            "participants": pd.array([120, None], dtype="Int64"),
            "title": ["Sosialisasi netralitas ASN yang cukup panjang judulnya", "Apel"],
        }
    )
    about = [("Pilihan saat ini", "Pilkada 2024"), ("Cara mengutip", "=not a formula")]
    book = load_workbook(io.BytesIO(export.xlsx_bytes(frame, "kegiatan", about, {"event_date": "Tanggal"})))
    sheet = book["kegiatan"]
    assert sheet["A1"].value == "Tanggal"  # a heading in words
    assert sheet["A2"].value.date() == dt.date(2024, 3, 9)  # a date cell, no time part
    assert sheet["A2"].number_format == "DD/MM/YYYY"
    assert sheet["B3"].value is None  # empty, not "nan" or "None"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:C3"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["B"].width  # fitted to the longest title
    assert book["About"]["B1"].value == "Pilkada 2024" and book["About"]["B2"].value == "'=not a formula"


def test_file_names_carry_the_selection_and_language():
    name = export.file_name("kegiatan", ["Pilkada 2024", "Jawa Tengah"], "en", "csv")
    assert name == "kegiatan_pilkada-2024_jawa-tengah_en.csv"
    assert export.file_name("peta_events", [], "id", "png") == "peta-events_id.png"


def test_search_wildcards_are_literal(built_db):
    import duckdb

    from netralitas import queries
    from netralitas.filters import Filters

    con = duckdb.connect(str(built_db), read_only=True)
    assert queries.events_count(con, Filters(), "%") == 0  # no title holds a per-cent sign
    assert queries.events_count(con, Filters(), "_") == 0
    assert queries.events_count(con, Filters(), "") == con.execute("SELECT count(*) FROM events").fetchone()[0]
