"""The Review page: a curator accepts (after editing) or rejects the candidates of `etl ingest`; others cannot."""

from __future__ import annotations

import csv

import pytest
from streamlit.testing.v1 import AppTest

from etl import ingest
from etl.build import build
from netralitas import curators, paths
from tests.conftest import make_data_dir

PASSWORD = "kata sandi kurator 15"
TEXTS = {
    "kudus.txt": "KUDUS - Bawaslu Kabupaten Kudus menggelar sosialisasi netralitas ASN di Aula Pendopo Kabupaten "
    "Kudus, Senin (2/9/2024), menjelang Pilkada serentak.",
    "sorong.txt": "Koreri.com, Sorong – BKN menggelar sosialisasi netralitas ASN di Hotel Aston, Kota Sorong, "
    "Kamis (17/10/2024), jelang Pilkada 2024.",
}


@pytest.fixture
def setup(tmp_path, monkeypatch):
    folder = make_data_dir(tmp_path / "data")
    build(folder, tmp_path / "db.duckdb")
    monkeypatch.setenv("NETRALITAS_DATA", str(folder))
    monkeypatch.setenv("NETRALITAS_DB", str(tmp_path / "db.duckdb"))
    monkeypatch.setenv("NETRALITAS_PAGE", str(paths.ROOT / "pages" / "tinjau.py"))
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in TEXTS.items():
        (articles / name).write_text(text, encoding="utf-8")
    out = tmp_path / "candidates.csv"
    found = ingest.candidates([str(articles)])
    for c, url in zip(found, ("https://contoh.id/kudus", "https://contoh.id/sorong"), strict=True):
        c.article.url, c.article.outlet = url, "Contoh"
    ingest.write_csv(out, found)
    return folder, out.read_bytes()


def page(secrets: dict) -> AppTest:
    at = AppTest.from_file(str(paths.ROOT / "tests" / "page_harness.py"), default_timeout=60)
    at.secrets = secrets
    return at.run()


def rows(folder) -> list[dict[str, str]]:
    with open(folder / "curated" / "events.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_a_visitor_cannot_open_candidates(setup):
    at = page({"unrelated": "1"})
    assert not at.exception
    assert not at.get("file_uploader") and any("kurator" in i.value for i in at.info)


def test_a_curator_accepts_one_after_editing_and_rejects_the_other(setup):
    folder, candidates_csv = setup
    before = len(rows(folder))
    at = page({"curation": {"password_hash": curators.hash_password(PASSWORD)}})
    at.text_input(key="curator_name").set_value("Rina")
    at.text_input(key="curator_password").set_value(PASSWORD)
    at = at.button(key="curator_submit").click().run()
    at = at.file_uploader(key="review_file").set_value(("candidates.csv", candidates_csv, "text/csv")).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.text_input(key="c0_regency_city").value == "Kabupaten Kudus"
    at.text_input(key="c0_venue").set_value("Pendopo Kudus")  # edited before accepting
    at.button(key="c0_submit").click().run()
    assert any(s.value == "Tersimpan" for s in at.success), [e.value for e in at.error]
    at.button(key="c1_reject").click().run()
    after = rows(folder)
    assert len(after) == before + 1
    assert (after[-1]["venue"], after[-1]["source_url"]) == ("Pendopo Kudus", "https://contoh.id/kudus")
    assert not [t for t in at.text_input if t.key and t.key.startswith(("c0_", "c1_"))]  # both decided
    with open(folder / "curated" / "reviews" / "accepted.csv", newline="", encoding="utf-8") as handle:
        assert [r["row_id"] for r in csv.DictReader(handle)] == [after[-1]["id"]]
