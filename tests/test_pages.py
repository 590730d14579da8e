"""Every page through streamlit.testing.v1.AppTest, against a database built from the fixture sample."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from netralitas import paths

PAGES = [
    "pages/ringkasan.py",
    "pages/peta.py",
    "pages/linimasa.py",
    "pages/jangkauan.py",
    "pages/pelanggaran.py",
    "pages/data.py",
    "pages/tambah.py",
    "pages/tentang.py",
]


@pytest.fixture
def app(built_db, monkeypatch) -> AppTest:
    monkeypatch.setenv("NETRALITAS_DB", str(built_db))
    return AppTest.from_file(str(paths.ROOT / "app.py"), default_timeout=60)


def metric(at: AppTest, label_start: str) -> str:
    return next(m.value for m in at.metric if m.label.startswith(label_start))


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_exception(app, page):
    app.switch_page(page).run()
    assert not app.exception, [e.message for e in app.exception]
    assert app.title or app.header


def test_province_filter_changes_the_figures(app, built_db):
    app.run()
    con = duckdb.connect(str(built_db), read_only=True)
    total = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert metric(app, "Jumlah kegiatan") == str(total)
    app.multiselect(key="province").set_value(["Sulawesi Tenggara"]).run()
    expected = con.execute("SELECT count(*) FROM events WHERE province = ?", ["Sulawesi Tenggara"]).fetchone()[0]
    assert metric(app, "Jumlah kegiatan") == str(expected) != str(total)
    assert app.query_params["province"] == ["Sulawesi Tenggara"]


def test_url_reproduces_the_view(app, built_db):
    app.query_params["election"] = "Pemilu 2024"
    app.query_params["lang"] = "en"
    app.run()
    con = duckdb.connect(str(built_db), read_only=True)
    expected = con.execute("SELECT count(*) FROM events WHERE election = 'Pemilu 2024'").fetchone()[0]
    assert metric(app, "Events") == str(expected)
    assert app.title[0].value == "ASN Neutrality"


def test_language_switch(app):
    app.run()
    assert app.title[0].value == "Netralitas ASN"
    app.session_state["lang"] = "en"
    app.run()
    assert app.title[0].value == "ASN Neutrality"
    assert any(m.label.startswith("Events") for m in app.metric)


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "'; DROP TABLE events; --", "Atlantis"])
def test_hostile_parameters_fall_back_with_a_notice(app, value):
    app.query_params["province"] = value
    app.query_params["evil<b>"] = "1"
    app.run()
    assert not app.exception
    assert app.multiselect(key="province").value == []
    notice = " ".join(w.value for w in app.warning)
    assert "diabaikan" in notice and "<" not in notice


def test_empty_selection_shows_a_message_not_an_error(app):
    app.run()
    app.date_input(key="dates").set_value((dt.date(2022, 1, 1), dt.date(2022, 1, 2))).run()
    assert not app.exception
    assert any("Tidak ada kegiatan" in i.value for i in app.info)
    for page in PAGES[1:6]:
        app.switch_page(page).run()
        assert not app.exception, (page, [e.message for e in app.exception])


def test_filters_survive_a_page_switch(app):
    app.run()
    app.multiselect(key="province").set_value(["DKI Jakarta"]).run()
    app.switch_page("pages/data.py").run()
    assert app.multiselect(key="province").value == ["DKI Jakarta"]
    table = app.dataframe[0].value
    assert set(table["province"]) == {"DKI Jakarta"}


def test_data_page_search(app):
    app.switch_page("pages/data.py").run()
    app.text_input(key="q").set_value("Fakfak").run()
    table = app.dataframe[0].value
    assert table["regency_city"].tolist() == ["Kabupaten Fakfak"]


def test_presentation_mode_shows_one_chart(app):
    app.query_params["present"] = "true"
    app.switch_page("pages/linimasa.py").run()
    assert not app.exception
    assert len(app.get("plotly_chart")) == 1
