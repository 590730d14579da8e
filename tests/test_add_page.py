"""The "Tambah dari artikel" page: paste -> fields extracted -> edit -> save -> the row is in the database."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from etl.build import build
from netralitas import db, paths
from tests.conftest import make_data_dir

ARTICLE = (
    "Bawaslu Gelar Sosialisasi di Kudus\n\nKUDUS - Bawaslu Kabupaten Kudus menggelar sosialisasi netralitas ASN "
    "di Aula Pendopo Kabupaten Kudus, Senin (2/9/2024), menjelang Pilkada serentak. Kegiatan diikuti sebanyak "
    "120 peserta."
)


@pytest.fixture
def app(tmp_path, monkeypatch):
    data = make_data_dir(tmp_path / "data")
    target = tmp_path / "db.duckdb"
    build(data, target)
    monkeypatch.setenv("NETRALITAS_DATA", str(data))
    monkeypatch.setenv("NETRALITAS_DB", str(target))
    monkeypatch.setenv("NETRALITAS_PAGE", str(paths.ROOT / "pages" / "tambah.py"))
    at = AppTest.from_file(str(paths.ROOT / "tests" / "page_harness.py"), default_timeout=60).run()
    return at, data, target


def test_paste_edit_save_lands_in_csv_and_database(app):
    at, data, target = app
    at.text_input(key="add_url").set_value("https://example.org/bawaslu-kudus-sosialisasi")
    at.text_input(key="add_outlet").set_value("Contoh")
    at.text_area(key="add_text").set_value(ARTICLE).run()
    assert not at.exception
    assert at.text_input(key="f_province").value == "Jawa Tengah"
    assert at.text_input(key="f_regency_city").value == "Kabupaten Kudus"
    assert at.text_input(key="f_event_date").value == "2024-09-02"
    assert at.text_input(key="f_participants").value == "120"
    assert at.selectbox(key="f_event_kind").value == "sosialisasi"  # the kind is extracted, not a default
    assert any("Aula Pendopo" in m.value for m in at.markdown)  # evidence is shown
    at.text_input(key="f_venue").set_value("Aula Pendopo Kudus")  # the analyst corrects a field
    at.button[0].click().run()  # the form's submit button
    assert not at.exception, [e.message for e in at.exception]
    assert any("Tersimpan" in s.value for s in at.success), [e.value for e in at.error]
    row = (
        db.connect(target)
        .execute(
            "SELECT province, regency_city, participants, venue, source_url FROM events WHERE organizer LIKE '%Kudus%'"
        )
        .fetchone()
    )
    assert row == (
        "Jawa Tengah",
        "Kabupaten Kudus",
        120,
        "Aula Pendopo Kudus",
        "https://example.org/bawaslu-kudus-sosialisasi",
    )
    assert list((data / "curated" / "backups").glob("events-*.csv"))


def test_invalid_row_is_refused_with_reasons_and_nothing_written(app):
    at, data, _ = app
    before = (data / "curated" / "events.csv").read_bytes()
    at.text_area(key="add_text").set_value(ARTICLE).run()  # no source URL, no outlet
    at.button[0].click().run()
    assert any("source_url" in e.value for e in at.error)
    assert (data / "curated" / "events.csv").read_bytes() == before


def test_probable_duplicate_is_flagged_before_saving(app):
    at, _, _ = app
    at.text_input(key="add_url").set_value(
        "https://rakyatsulsel.fajar.co.id/2024/10/14/sosialisasi-netralitas-asn-bawaslu-sulsel-libatkan-3-pemda"
    )
    at.text_area(key="add_text").set_value(ARTICLE).run()
    assert any("duplikat" in w.value for w in at.warning)
