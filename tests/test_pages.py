"""Every page through streamlit.testing.v1.AppTest, against a database built from the fixture sample."""

from __future__ import annotations

import datetime as dt
import json
import math

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from netralitas import paths

PAGES = ["ringkasan", "peta", "linimasa", "jangkauan", "pelanggaran", "data", "tambah", "tinjau", "tentang"]
HARNESS = str(paths.ROOT / "tests" / "page_harness.py")


@pytest.fixture
def db(built_db, monkeypatch):
    monkeypatch.setenv("NETRALITAS_DB", str(built_db))
    return duckdb.connect(str(built_db), read_only=True)


def page(name: str, monkeypatch, **params) -> AppTest:
    monkeypatch.setenv("NETRALITAS_PAGE", str(paths.ROOT / "pages" / f"{name}.py"))
    at = AppTest.from_file(HARNESS, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def metric(at: AppTest, label_start: str) -> str:
    return next(m.value for m in at.metric if m.label.startswith(label_start))


def test_app_entry_point_routes_to_the_overview(db):
    at = AppTest.from_file(str(paths.ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "Netralitas ASN"
    assert metric(at, "Jumlah kegiatan") == str(db.execute("SELECT count(*) FROM events").fetchone()[0])


@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_without_exception(db, monkeypatch, name):
    at = page(name, monkeypatch)
    assert not at.exception, [e.message for e in at.exception]
    assert at.title or at.header


def test_province_filter_changes_the_figures(db, monkeypatch):
    at = page("ringkasan", monkeypatch)
    total = db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert metric(at, "Jumlah kegiatan") == str(total)
    at.multiselect(key="province").set_value(["Sulawesi Tenggara"]).run()
    expected = db.execute("SELECT count(*) FROM events WHERE province = ?", ["Sulawesi Tenggara"]).fetchone()[0]
    assert metric(at, "Jumlah kegiatan") == str(expected) != str(total)


def test_election_filter_changes_the_map_data(db, monkeypatch):
    at = page("peta", monkeypatch)
    at.button_group(key="election").set_value("Pemilu 2024").run()
    names = [trace.get("name", "") for trace in json.loads(at.get("plotly_chart")[0].proto.spec)["data"]]
    # each province's fill is named "<province>: <events>": the counts must be Pemilu's, not the subtitle alone
    for province in ("Jawa Timur", "Sulawesi Tenggara"):
        count = db.execute(
            "SELECT count(*) FROM events WHERE province = ? AND election = 'Pemilu 2024'", [province]
        ).fetchone()[0]
        assert f"{province}: {count}" in names


def test_url_reproduces_the_view(db, monkeypatch):
    at = page("ringkasan", monkeypatch, election="Pemilu 2024", lang="en")
    expected = db.execute("SELECT count(*) FROM events WHERE election = 'Pemilu 2024'").fetchone()[0]
    assert metric(at, "Events") == str(expected)
    assert at.title[0].value == "ASN Neutrality"


def test_language_switch(db, monkeypatch):
    at = page("ringkasan", monkeypatch)
    assert at.title[0].value == "Netralitas ASN"
    at.button_group(key="lang").set_value("en").run()
    assert at.title[0].value == "ASN Neutrality"
    assert any(m.label.startswith("Events") for m in at.metric)


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "'; DROP TABLE events; --", "Atlantis"])
def test_hostile_parameters_fall_back_with_a_notice(db, monkeypatch, value):
    at = page("ringkasan", monkeypatch, province=value, **{"evil<b>": "1"})
    assert not at.exception
    assert at.multiselect(key="province").value == []
    notice = " ".join(w.value for w in at.warning)
    assert "diabaikan" in notice and "<" not in notice
    assert metric(at, "Jumlah kegiatan") == str(db.execute("SELECT count(*) FROM events").fetchone()[0])


@pytest.mark.parametrize("name", PAGES[:6])
def test_empty_selection_shows_a_message_not_an_error(db, monkeypatch, name):
    at = page(name, monkeypatch)
    at.select_slider(key="dates").set_value((dt.date(2022, 1, 1), dt.date(2022, 2, 1))).run()  # Jan–Feb 2022
    assert not at.exception, [e.message for e in at.exception]
    if name in ("ringkasan", "data"):
        assert any("Tidak ada kegiatan" in i.value for i in at.info)


def test_data_page_search_and_filter(db, monkeypatch):
    at = page("data", monkeypatch, province=["Papua Barat", "DKI Jakarta"])
    assert set(at.dataframe[0].value["province"]) == {"Papua Barat", "DKI Jakarta"}
    at.text_input(key="q").set_value("Fakfak").run()
    assert at.dataframe[0].value["regency_city"].tolist() == ["Kabupaten Fak Fak"]


def test_presentation_mode_shows_one_chart_per_screen(db, monkeypatch):
    at = page("linimasa", monkeypatch, present="true")
    assert not at.exception
    assert len(at.get("plotly_chart")) == 1
    normal = page("linimasa", monkeypatch)
    assert len(normal.get("plotly_chart")) == 4


def test_a_rebuilt_database_is_picked_up_without_restarting(tmp_path, monkeypatch):
    import csv

    from etl.build import build
    from tests.conftest import make_data_dir

    data, target = make_data_dir(tmp_path / "data"), tmp_path / "db.duckdb"
    build(data, target)
    monkeypatch.setenv("NETRALITAS_DB", str(target))
    at = page("ringkasan", monkeypatch)
    before = int(metric(at, "Jumlah kegiatan"))
    events = data / "curated" / "events.csv"
    rows = list(csv.DictReader(events.open(encoding="utf-8")))
    rows.append(dict(rows[0], id="fx-new", event_date="2024-10-21", source_url="https://example.org/new"))
    with events.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    build(data, target)
    at.run()
    assert int(metric(at, "Jumlah kegiatan")) == before + 1


@pytest.mark.parametrize(
    ("name", "param", "key"),
    [
        ("peta", "metric", "participants_per_1000_asn"),
        ("jangkauan", "dim", "organizer_type"),
        ("pelanggaran", "breakdown", "position"),
        ("linimasa", "group", "province"),
    ],
)
def test_a_hand_written_link_may_name_the_option_by_its_key(db, monkeypatch, name, param, key):
    """Streamlit writes the label into the URL; a presenter typing the short key gets the same view."""
    at = page(name, monkeypatch, **{param: key})
    assert at.button_group(key=param).value == key
    assert not at.exception


def test_a_link_with_one_province_opens_its_detail_with_sources(db, monkeypatch):
    at = page("peta", monkeypatch, province="Sulawesi Tenggara", lang="en")
    assert not at.exception
    assert any(h.value == "Province detail: Sulawesi Tenggara" for h in at.subheader)
    expected = db.execute("SELECT count(*) FROM events WHERE province = 'Sulawesi Tenggara'").fetchone()[0]
    events = at.dataframe[1].value
    assert len(events) == expected and events["source_url"].str.startswith("http").all()
    at.button[0].click().run()  # "Back to all of Indonesia"
    assert not any(h.value.startswith("Province detail") for h in at.subheader)


def test_the_violations_page_lists_the_fewest_events_per_asn_first(db, monkeypatch):
    at = page("pelanggaran", monkeypatch, election="Pilkada 2024", lang="en")
    assert not at.exception
    table = at.dataframe[0].value
    rates = [float(v) if v else math.inf for v in table["events_per_1000_asn"]]  # English separators
    assert rates == sorted(rates)
    assert set(table["election"]) == {"Pilkada 2024"} and len(table) == 38  # every province, none dropped
    assert "None" not in table.to_string() and "nan" not in table.to_string()


def test_leaving_presentation_mode_does_not_crash(db):
    """`/linimasa?present=true`, then the presenter's exit button: once a StreamlitWidgetAlreadyInstantiatedError."""
    at = AppTest.from_file(str(paths.ROOT / "app.py"), default_timeout=60)
    at.query_params["present"] = "true"
    at.run()
    assert not at.exception and at.session_state["present"] is True
    leave = next(b for b in at.button if b.key == "leave_present")
    assert leave.label == "✕ Mode presentasi"
    leave.click().run()
    assert not at.exception, [e.message for e in at.exception]
    # (AppTest sends its own ?present=true again on every run; the browser test checks that the mode ends)


def test_the_slide_chooser_speaks_the_readers_language(db, monkeypatch):
    at = page("linimasa", monkeypatch, present="true", lang="en")
    chooser = next(w for w in at.button_group if w.key == "slide")
    labels = [str(option) for option in chooser.options]
    assert "Per week" in " ".join(labels) and "mingguan" not in " ".join(labels)


def test_choices_speak_one_language_and_links_carry_keys(db, monkeypatch):
    at = page("peta", monkeypatch, lang="en")
    pills = [str(option) for option in at.button_group(key="metric").options]
    assert "Events per 1,000 ASN" in pills and not any(" / " in p for p in pills)
    at.button_group(key="metric").set_value("events_per_1000_asn").run()
    assert at.query_params["metric"] == ["events_per_1000_asn"] or at.query_params["metric"] == "events_per_1000_asn"
    organisers = at.multiselect(key="organizer")
    assert organisers.placeholder == "Choose"
    # an older link with the bilingual label still opens the same view
    old = page("peta", monkeypatch, metric="Kegiatan per 1.000 ASN / Events per 1,000 ASN")
    assert old.button_group(key="metric").value == "events_per_1000_asn"


def test_organiser_filter_shows_words_and_keeps_codes_in_the_url(db, monkeypatch):
    at = page("ringkasan", monkeypatch, organizer="provincial government")
    assert not at.exception and not at.warning  # a code in the link is understood
    chosen = at.multiselect(key="organizer")
    assert chosen.value == ["provincial government"]
    assert "pemerintah provinsi" in [str(o) for o in chosen.options]


def test_every_chart_offers_a_citation_and_an_embed_snippet_with_its_filters(db, monkeypatch):
    at = page("linimasa", monkeypatch, election="Pilkada 2024", lang="en")
    snippets = [c.value for c in at.code]
    citation = next(s for s in snippets if s.startswith("Events per week by organiser type. In: Netralitas ASN"))
    assert "election=Pilkada+2024" in citation
    embed = next(s for s in snippets if s.startswith("<iframe") and "chart=kumulatif" in s)
    assert "embed=true" in embed and "election=Pilkada+2024" in embed


def test_the_date_range_is_months_named_in_the_readers_language_and_kept_in_the_url(db, monkeypatch):
    """Streamlit's date picker shows an English 'YYYY/MM/DD' mask; the months slider speaks the reader's
    language. A link's days open the months that hold them; the URL keeps ISO days, the months' first and last."""
    at = page("ringkasan", monkeypatch, dates=["2024-01-15", "2024-03-10"])
    slider = at.select_slider(key="dates")
    assert slider.value == (dt.date(2024, 1, 1), dt.date(2024, 3, 1))
    assert slider.format_func(dt.date(2024, 10, 1)) == "Okt 2024"  # Indonesian month names
    assert at.query_params["dates"] == ["2024-01-01", "2024-03-31"]
    assert at.session_state["_filters"].date_to == dt.date(2024, 3, 31)
    assert slider.options[0] == "Jan 2022" and slider.options[-1] == "Des 2025"
    at = slider.set_value((dt.date(2022, 1, 1), dt.date(2025, 12, 1))).run()
    assert "dates" not in at.query_params and at.session_state["_filters"].date_from is None  # no filter
