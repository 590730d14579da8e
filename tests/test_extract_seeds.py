"""The five real seed articles: every field must come out right (texts read from ../shared/seeds/)."""

from __future__ import annotations

import datetime as dt

import pytest

from netralitas import paths
from netralitas.extract import FIELDS, extract
from netralitas.places import norm

SEEDS = paths.ROOT.parent / "shared" / "seeds"
EXPECTED = {
    "000_d0d73f8f9469fb60.txt": {
        "event_date": dt.date(2023, 12, 15),
        "province": "Sulawesi Tenggara",  # from the misspelt dateline "SULAWESAI TENGGARA" and "Polda Sultra"
        "regency_city": None,
        "organizer": "Polda Sulawesi Tenggara",
        "organizer_type": "police",
        "mode": "daring",  # "daring melalui zoom meeting di Aula ...": the hall is where the host sat
        "venue": "Aula Dachara Polda Sultra",
        "participants": None,
        "audience": None,
        "election": "Pemilu 2024",
        "event_kind": "sosialisasi",
        "title": "PNS Polda Sultra Dukung Netralitas ASN,Sosialisasi Jelang Pemilu 2024 Dilaksanakan Secara Online",
    },
    "001_cd1e4cc00439bffa.txt": {
        "event_date": dt.date(2024, 10, 17),
        "province": "Papua Barat Daya",
        "regency_city": "Kota Sorong",
        "organizer": "Badan Kepegawaian Negara (BKN) RI bersama Pemerintah Provinsi Papua Barat Daya",
        "organizer_type": "BKN",
        "mode": "luring",
        "venue": "Hotel Aston",
        "participants": None,
        "audience": None,  # "Satgas ... terdiri dari Menpan RB, ..." lists a task force, not who attended
        "election": "Pilkada 2024",
        "event_kind": "sosialisasi",
        "title": "BKN RI- Pemprov PBD Gelar Sosialisasi Pastikan Netralitas ASN di Pilkada 2024",
    },
    "002_b15925bd33c63a9e.txt": {
        "event_date": dt.date(2023, 1, 31),
        # A national webinar ("... kabupaten/kota seluruh Indonesia"): no host province, as curated (sb-057);
        # Kalimantan Selatan is only where this report and one supporting official came from.
        "province": None,
        "regency_city": None,
        "organizer": "Direktorat Jenderal Politik dan Pemerintahan Umum, Kementerian Dalam Negeri",
        "organizer_type": "Kemendagri",
        "mode": "daring",
        "venue": None,
        "participants": 800,
        "audience": "kepala Bakesbangpol, kepala biro pemerintahan, kepala dinas Kominfo, biro Humas, "
        "Bawaslu, KPU provinsi dan kabupaten/kota seluruh Indonesia",
        "election": "Pemilu 2024",
        "event_kind": "webinar",
        "title": "Menjaga Netralitas Penyelenggara Dalam Pelaksanaan Tahapan Pemilu 2024",
    },
    "003_a816644cb67bffc8.txt": {
        # The article gives no event date: "27 November mendatang" is voting day, and must not be taken.
        "event_date": None,
        "province": "Jambi",
        "regency_city": "Kota Jambi",
        "organizer": "Pemkot Jambi",
        "organizer_type": "regency/city government",
        "mode": None,
        "venue": None,
        "participants": 112,
        "audience": "60 orang Sekretaris, 11 Camat, serta 41 Kasub Kepegawaian",
        "election": "Pilkada 2024",
        "event_kind": "sosialisasi",
        "title": "Sosialisasi Netralitas ASN, Pj Wali Kota Jambi : ASN Harus Bebas Intervensi Politik",
    },
    "004_72ca306ff750cd8f.txt": {
        "event_date": dt.date(2024, 7, 31),
        "province": "Sumatera Selatan",
        "regency_city": "Kabupaten Ogan Komering Ilir",
        "organizer": "Badan Kepegawaian, Pendidikan dan Pelatihan (BKPP) Kabupaten Ogan Komering Ilir",
        "organizer_type": "regency/city government",
        "mode": "luring",
        "venue": "gedung Assessment Center BKPP OKI",
        "participants": None,
        "audience": None,
        "election": "Pilkada 2024",
        "event_kind": "sosialisasi",
        "title": "Tegaskan ASN untuk Jaga Netralitas Selama Pelaksanaan Pilkada 2024",
    },
}


def _same(field: str, value: object, wanted: object) -> bool:
    """Exact, except the organiser: 'Pemkot Jambi' is found inside 'Pemerintah Kota (Pemkot) Jambi'."""
    if field == "organizer":
        return bool(value) and (norm(str(wanted)) in norm(str(value)) or norm(str(value)) in norm(str(wanted)))
    return value == wanted


def test_the_table_covers_every_field():
    assert all(set(fields) == set(FIELDS) for fields in EXPECTED.values())


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is not beside the repository")
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field_of_every_seed(name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    got = extract(text)
    for field, wanted in EXPECTED[name].items():
        value = got[field].value
        if wanted is None:
            assert value is None, (field, value)
            assert got[field].confidence == 0 and got[field].evidence == "", field
        else:
            assert _same(field, value, wanted), (field, value)
            assert got[field].evidence and got[field].evidence in text, field  # the exact span it came from
            assert 0 < got[field].confidence <= 1, field
