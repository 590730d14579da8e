"""The "Tambah dari artikel" page: paste -> fields extracted -> edit -> a curator saves -> the row is in the
database; without curator rights nothing can be written (issue 15)."""

from __future__ import annotations

import csv
import threading

import pytest
from streamlit.testing.v1 import AppTest

from etl.build import build
from netralitas import curators, db, paths
from tests.conftest import make_data_dir

ARTICLE = (
    "Bawaslu Gelar Sosialisasi di Kudus\n\nKUDUS - Bawaslu Kabupaten Kudus menggelar sosialisasi netralitas ASN "
    "di Aula Pendopo Kabupaten Kudus, Senin (2/9/2024), menjelang Pilkada serentak. Kegiatan diikuti sebanyak "
    "120 peserta."
)
PASSWORD = "kata sandi kurator 15"
WITH_PASSWORD = {"curation": {"password_hash": curators.hash_password(PASSWORD)}}
NO_CURATION = {"unrelated": "1"}  # a secrets dict of our own: the developer's real secrets.toml is not read


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = make_data_dir(tmp_path / "data")
    target = tmp_path / "db.duckdb"
    build(folder, target)
    monkeypatch.setenv("NETRALITAS_DATA", str(folder))
    monkeypatch.setenv("NETRALITAS_DB", str(target))
    monkeypatch.setenv("NETRALITAS_PAGE", str(paths.ROOT / "pages" / "tambah.py"))
    monkeypatch.setattr(curators, "WRONG_PASSWORD_DELAY", 0)
    return folder, target


def page(secrets: dict) -> AppTest:
    at = AppTest.from_file(str(paths.ROOT / "tests" / "page_harness.py"), default_timeout=60)
    at.secrets = secrets
    return at.run()


def log_in(at: AppTest, name: str, password: str = PASSWORD) -> AppTest:
    at.text_input(key="curator_name").set_value(name)
    at.text_input(key="curator_password").set_value(password)
    return at.button(key="curator_submit").click().run()


def fill(at: AppTest, url: str = "https://example.org/bawaslu-kudus-sosialisasi") -> AppTest:
    at.text_input(key="add_url").set_value(url)
    at.text_input(key="add_outlet").set_value("Contoh")
    return at.text_area(key="add_text").set_value(ARTICLE).run()


def rows(folder) -> list[dict[str, str]]:
    with open(folder / "curated" / "events.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_without_curation_the_page_extracts_and_offers_a_csv_row_but_cannot_write(data):
    folder, target = data
    before, stamp = (folder / "curated" / "events.csv").read_bytes(), db.stamp(target)
    at = fill(page(NO_CURATION))
    assert not at.exception
    assert at.text_input(key="f_province").value == "Jawa Tengah"
    assert not [t for t in at.text_input if t.key == "curator_password"]  # nothing to log in to
    downloads = at.get("download_button")
    assert len(downloads) == 1
    at.button(key="f_submit").click().run()  # the form only refreshes the row
    assert not at.success and not at.exception
    assert (folder / "curated" / "events.csv").read_bytes() == before and db.stamp(target) == stamp
    assert not (folder / "curated" / "reviews" / "accepted.csv").exists()


def test_a_wrong_password_writes_nothing(data):
    folder, target = data
    before, stamp = (folder / "curated" / "events.csv").read_bytes(), db.stamp(target)
    at = log_in(page(WITH_PASSWORD), "Rina", "tebakan yang salah")
    assert any("salah" in e.value for e in at.error)
    at = fill(at)
    at.button(key="f_submit").click().run()
    assert not at.success
    assert (folder / "curated" / "events.csv").read_bytes() == before and db.stamp(target) == stamp


def test_the_right_password_appends_one_row_logs_it_and_rebuilds(data):
    folder, target = data
    before, stamp = len(rows(folder)), db.stamp(target)
    at = fill(log_in(page(WITH_PASSWORD), "Rina"))
    assert at.text_input(key="f_event_date").value == "2024-09-02"
    assert at.selectbox(key="f_event_kind").value == "sosialisasi"  # the kind is extracted, not a default
    assert any("Aula Pendopo" in m.value for m in at.markdown)  # evidence is shown
    at.text_input(key="f_venue").set_value("Aula Pendopo Kudus")  # the analyst corrects a field
    at.button(key="f_submit").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert any("Tersimpan" in s.value for s in at.success), [e.value for e in at.error]
    after = rows(folder)
    assert len(after) == before + 1 and after[-1]["venue"] == "Aula Pendopo Kudus"
    assert db.stamp(target) != stamp  # rebuilt: the new stamp refreshes the cached queries
    found = db.connect(target).execute("SELECT venue, source_url FROM events WHERE id = ?", [after[-1]["id"]])
    assert found.fetchone() == ("Aula Pendopo Kudus", "https://example.org/bawaslu-kudus-sosialisasi")
    with open(folder / "curated" / "reviews" / "accepted.csv", newline="", encoding="utf-8") as handle:
        log = list(csv.DictReader(handle))
    assert [(r["curator"], r["row_id"], r["source_url"]) for r in log] == [
        ("Rina (password)", after[-1]["id"], "https://example.org/bawaslu-kudus-sosialisasi")
    ]
    assert list((folder / "curated" / "backups").glob("events-*.csv"))


def test_an_invalid_row_is_refused_with_reasons_and_nothing_written(data):
    folder, _ = data
    before = (folder / "curated" / "events.csv").read_bytes()
    at = log_in(page(WITH_PASSWORD), "Rina")
    at.text_area(key="add_text").set_value(ARTICLE).run()  # no source URL, no outlet
    at.button(key="f_submit").click().run()
    assert any("source_url" in e.value for e in at.error)
    assert (folder / "curated" / "events.csv").read_bytes() == before


def test_two_curators_saving_at_once_keep_both_rows(data):
    folder, _ = data
    before = len(rows(folder))
    sessions = [fill(log_in(page(WITH_PASSWORD), name), f"https://example.org/{name}") for name in ("Rina", "Budi")]
    for at, day in zip(sessions, ("2024-09-02", "2024-09-03"), strict=True):  # two different events
        at.text_input(key="f_event_date").set_value(day)
    threads = [threading.Thread(target=lambda a=at: a.button(key="f_submit").click().run()) for at in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    after = rows(folder)
    assert len(after) == before + 2
    assert {r["source_url"] for r in after[-2:]} == {"https://example.org/Rina", "https://example.org/Budi"}


def test_probable_duplicate_is_flagged_before_saving(data):
    at = page(NO_CURATION)
    at.text_input(key="add_url").set_value(
        "https://rakyatsulsel.fajar.co.id/2024/10/14/sosialisasi-netralitas-asn-bawaslu-sulsel-libatkan-3-pemda"
    )
    at.text_area(key="add_text").set_value(ARTICLE).run()
    assert any("duplikat" in w.value for w in at.warning)


SAVED_PAGE = (
    "<html><head><title>Bawaslu Kudus Gelar Sosialisasi</title>"
    '<meta property="article:published_time" content="2024-09-03T09:00:00+07:00"></head><body>'
    "<nav>Beranda | Kota Bogor</nav><article><h1>Bawaslu Kudus Gelar Sosialisasi</h1><p>"
    + ARTICLE.split("\n\n", 1)[1]
    + "</p><p>Ketua Bawaslu mengingatkan ASN agar tidak ikut berkampanye selama tahapan pemilihan.</p>"
    "</article></body></html>"
)


def test_a_saved_html_page_is_read_for_its_article(data):
    at = page(NO_CURATION)
    at.file_uploader(key="add_file").set_value(("berita.html", SAVED_PAGE.encode(), "text/html")).run()
    assert not at.exception
    assert (at.text_input(key="f_province").value, at.text_input(key="f_event_date").value) == (
        "Jawa Tengah",
        "2024-09-02",
    )


def test_only_a_curator_fetches_and_the_guard_holds_without_the_setting(data, monkeypatch):
    from etl import ingest

    monkeypatch.setattr(ingest, "fetch", lambda url, allow_private=False: SAVED_PAGE if allow_private else _refuse())
    visitor = page(NO_CURATION)
    assert not [b for b in visitor.button if b.key == "add_fetch"]  # visitors cannot make the server fetch
    curator = log_in(page(WITH_PASSWORD), "Rina")
    curator.text_input(key="add_url").set_value("http://127.0.0.1:9/berita").run()
    curator.button(key="add_fetch").click().run()
    assert any("private" in e.value for e in curator.error)
    local = {"curation": {**WITH_PASSWORD["curation"], "allow_private_hosts": True}}
    allowed = log_in(page(local), "Rina")
    allowed.text_input(key="add_url").set_value("http://127.0.0.1:9/berita").run()
    allowed.button(key="add_fetch").click().run()
    assert not allowed.exception and allowed.text_input(key="f_regency_city").value == "Kabupaten Kudus"


def _refuse():
    from etl import ingest

    raise ingest.FetchError("127.0.0.1 resolves to a private or reserved address; refused")
