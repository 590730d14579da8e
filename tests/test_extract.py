"""Extractor patterns one by one, robustness, the CLI, and accuracy on the labelled cases."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract import evaluate
from netralitas import paths
from netralitas.extract import FIELDS, extract, html_to_text

CASES = Path(__file__).parent / "extract_cases"


def value(text: str, field: str, **kwargs):
    return extract(text, **kwargs)[field].value


def test_event_date_prefers_the_event_verb_over_publication_and_voting_days():
    text = (
        "Diterbitkan 2 Oktober 2024. Bawaslu menggelar sosialisasi di Aula Kantor Bupati, Senin (14/10/2024), "
        "menjelang pemungutan suara 27 November 2024."
    )
    assert value(text, "event_date") == dt.date(2024, 10, 14)


def test_year_from_context_for_day_month_dates():
    text = "Rabu, 24 Juli 2024 — Sosialisasi itu digelar Kamis (25/7) di Gedung Serbaguna."
    assert value(text, "event_date") == dt.date(2024, 7, 25)


def test_no_date_is_no_date():
    assert value("Bupati mengingatkan ASN menjaga netralitas pada 27 November mendatang.", "event_date") is None


@pytest.mark.parametrize(
    ("text", "province", "regency"),
    [
        (
            "KAYUAGUNG, KORANPALPRES.COM – BKPP menggelar sosialisasi.",
            "Sumatera Selatan",
            "Kabupaten Ogan Komering Ilir",
        ),
        ("Koreri.com, Sorong – Sosialisasi di Kota Sorong digelar.", "Papua Barat Daya", "Kota Sorong"),
        ("Pemkab Kudus menggelar sosialisasi netralitas ASN.", "Jawa Tengah", "Kabupaten Kudus"),
        (
            "Sosialisasi digelar Pemkot Banjar di Jawa Barat. Pemkot Banjar mengundang camat.",
            "Jawa Barat",
            "Kota Banjar",
        ),
        ("Polda Sultra menggelar apel netralitas.", "Sulawesi Tenggara", None),
        ("Pemprov PBD bersama BKN menggelar sosialisasi.", "Papua Barat Daya", None),
    ],
)
def test_places(text, province, regency):
    got = extract(text)
    assert got["province"].value == province
    assert got["regency_city"].value == regency


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kegiatan ini diikuti sebanyak 112 peserta dari OPD.", 112),
        ("Webinar ini diikuti oleh 800 lebih peserta.", 800),
        ("Acara dihadiri sekitar 50 peserta.", 50),
        ("Sosialisasi melibatkan 1.250 ASN se-kabupaten.", 1250),
        ("Anggaran Rp 150 juta; kepatuhan naik 75 persen; 100 poin; Tahun 2024 dan 2025.", None),
        ("Sebanyak 60 persen peserta hadir.", None),
    ],
)
def test_participants(text, count):
    assert value(text, "participants") == count


def test_breakdown_goes_to_audience():
    got = extract("Diikuti 112 peserta, terdiri dari 60 orang Sekretaris, 11 Camat, serta 41 Kasub Kepegawaian.")
    assert got["participants"].value == 112
    assert "11 Camat" in got["audience"].value


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Sosialisasi dilaksanakan secara daring melalui zoom meeting.", "daring"),
        ("Webinar nasional netralitas ASN.", "daring"),
        ("Sosialisasi digelar di Hotel Aston, Kota Sorong.", "luring"),
        ("Kegiatan berlangsung secara hybrid dari Ruang Rapat Bupati.", "hybrid"),
        ("Bupati mengingatkan ASN agar netral.", None),
    ],
)
def test_mode(text, mode):
    assert value(text, "mode") == mode


@pytest.mark.parametrize(
    ("text", "organizer_type"),
    [
        ("Polda Sulawesi Tenggara menyelenggarakan sosialisasi netralitas ASN.", "police"),
        ("Badan Kepegawaian Negara (BKN) menggelar sosialisasi.", "BKN"),
        ("Bawaslu Kabupaten Pinrang menggelar sosialisasi netralitas ASN.", "Bawaslu"),
        ("Webinar oleh Direktorat Jenderal Politik dan Pemerintahan Umum, Kementerian Dalam Negeri.", "Kemendagri"),
        ("Pemerintah Kota (Pemkot) Jambi menggelar sosialisasi.", "regency/city government"),
        ("Kodim 1408 menggelar apel netralitas.", "military"),
    ],
)
def test_organizer_type(text, organizer_type):
    assert value(text, "organizer_type") == organizer_type


@pytest.mark.parametrize(
    ("text", "election"),
    [
        ("Sosialisasi menjelang Pilkada serentak 27 November 2024.", "Pilkada 2024"),
        ("Jelang Pemilu 2024, ASN diminta netral. Pemilu digelar 14 Februari.", "Pemilu 2024"),
        ("Pemilihan umum kepala daerah serentak tahun ini.", "Pilkada 2024"),
    ],
)
def test_election(text, election):
    assert value(text, "election") == election


def test_html_is_reduced_to_text_never_kept_as_markup():
    html = (
        "<html><head><script>alert(1)</script><style>p{}</style></head>"
        "<body><p>Sosialisasi <b>ASN</b></p></body></html>"
    )
    text = html_to_text(html)
    assert "alert" not in text and "<" not in text and "Sosialisasi" in text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text):
    got = extract(text)
    assert set(got) == set(FIELDS)


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="<>/=\"' abcdiptscr", max_size=500))
def test_arbitrary_html_never_raises(html):
    html_to_text(html)


def test_cli_json_shape(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Pemkab Kudus menggelar sosialisasi netralitas ASN, Senin (5/8/2024), jelang Pilkada.")
    out = subprocess.run(
        [sys.executable, "-m", "etl", "extract", str(article), "--json"],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        check=True,
    )
    records = json.loads(out.stdout)
    assert len(records) == 1 and set(records[0]) == set(FIELDS)
    assert records[0]["event_date"] == {
        "value": "2024-08-05",
        "confidence": records[0]["event_date"]["confidence"],
        "evidence": records[0]["event_date"]["evidence"],
    }
    assert records[0]["province"]["value"] == "Jawa Tengah"


@pytest.mark.skipif(not (CASES / "expected.csv").exists(), reason="labelled cases not written yet")
def test_accuracy_on_the_labelled_cases(capsys):
    scores = evaluate(CASES)
    with capsys.disabled():
        print(
            "\nextractor on tests/extract_cases:",
            {f: (round(s["precision"], 2), round(s["recall"], 2)) for f, s in scores.items()},
        )
    for field, score in scores.items():
        assert score["precision"] >= 0.9, (field, score)
        assert score["recall"] >= 0.8, (field, score)
