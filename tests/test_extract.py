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

from etl.extract import evaluate, main
from netralitas import paths
from netralitas.extract import FIELDS, extract, html_to_text

CASES = Path(__file__).parent / "extract_cases"


def value(text: str, field: str, **kwargs):
    return extract(text, **kwargs)[field].value


# --- dates -----------------------------------------------------------------------------------------------


def test_event_date_prefers_the_event_verb_over_publication_and_voting_days():
    text = (
        "Diterbitkan 2 Oktober 2024. Bawaslu menggelar sosialisasi di Aula Kantor Bupati, "
        "Senin (14/10/2024), menjelang pemungutan suara 27 November 2024."
    )
    assert value(text, "event_date") == dt.date(2024, 10, 14)


def test_event_date_is_not_the_day_a_statement_was_given():
    text = (
        "Bawaslu kembali menggelar sosialisasi pada Jum’at (17/11/2023) di Kantor Desa.\n"
        "Ketua Bawaslu, kepada media ini, Senin (20/11/2023), mengatakan pelanggaran kerap terjadi."
    )
    assert value(text, "event_date") == dt.date(2023, 11, 17)


def test_year_from_context_for_day_month_dates():
    text = "Rabu, 24 Juli 2024 — Sosialisasi itu digelar Kamis (25/7) di Gedung Serbaguna."
    assert value(text, "event_date") == dt.date(2024, 7, 25)


def test_year_from_publication_when_the_text_has_none():
    text = "Kementerian PANRB menggelar webinar netralitas ASN pada (12/8)."
    assert value(text, "event_date", published=dt.date(2024, 8, 13)) == dt.date(2024, 8, 12)
    assert value(text, "event_date") is None


def test_the_weekday_decides_the_year_of_a_day_and_month():
    # 25 July is a Thursday in 2024 only (of 2022-2025): the 2022 regulation does not lend its year.
    text = "Sesuai PP tertanggal 1 Maret 2022, Bawaslu menggelar sosialisasi pada Kamis (25/7) di Aula Kantor Bupati."
    assert value(text, "event_date") == dt.date(2024, 7, 25)
    # 4 December is a Monday in 2023 only: no full date anywhere, and none needed
    assert value("ASN Pemprov mengikrarkan netralitas pada apel Senin (4/12) pagi.", "event_date") == dt.date(
        2023, 12, 4
    )
    # a weekday and a full date: "Kamis, 12/9/2024"
    assert value("Apel netralitas digelar Kamis, 12/9/2024, di halaman Kantor Bupati.", "event_date") == dt.date(
        2024, 9, 12
    )


def test_a_page_date_stamp_is_not_the_event_date():
    text = "Diposting pada : 20 September 2024\n\nPemkot menggelar deklarasi netralitas ASN sebelum penetapan calon."
    assert value(text, "event_date") is None


def test_no_date_is_no_date():
    assert value("Bupati mengingatkan ASN menjaga netralitas pada 27 November mendatang.", "event_date") is None
    assert value("Pemungutan suara Pemilu digelar 14 Februari 2024.", "event_date") is None


# --- places ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "province", "regency"),
    [
        (
            "KAYUAGUNG, KORANPALPRES.COM – BKPP menggelar sosialisasi.",
            "Sumatera Selatan",
            "Kabupaten Ogan Komering Ilir",
        ),
        ("Koreri.com, Sorong – Sosialisasi di Kota Sorong digelar.", "Papua Barat Daya", "Kota Sorong"),
        ("SULAWESAI TENGGARA, GirPos.com – Sosialisasi digelar.", "Sulawesi Tenggara", None),
        ("LANDAK, suaraborneo.id - Acara digelar.", "Kalimantan Barat", "Kabupaten Landak"),
        ("INDRAMAYU, (nusantaraindonesia.id),- Sosialisasi digelar.", "Jawa Barat", "Kabupaten Indramayu"),
        ("PALANGKA RAYA-Universitas menggelar sosialisasi.", "Kalimantan Tengah", "Kota Palangkaraya"),
        ("Gunungkidul (Metro Indonesia) — Polres mengadakan apel.", "DI Yogyakarta", "Kabupaten Gunungkidul"),
        ("Pemkab Kudus menggelar sosialisasi netralitas ASN.", "Jawa Tengah", "Kabupaten Kudus"),
        (
            "Sosialisasi digelar Pemkot Banjar di Jawa Barat. Pemkot Banjar mengundang camat.",
            "Jawa Barat",
            "Kota Banjar",
        ),
        ("Pemkab Banjar menggelar sosialisasi di Martapura.", "Kalimantan Selatan", "Kabupaten Banjar"),
        ("Polda Sultra menggelar apel netralitas.", "Sulawesi Tenggara", None),
        ("Pemprov PBD bersama BKN menggelar sosialisasi.", "Papua Barat Daya", None),
        ("Webinar ini mendukung ASN di Kalsel.", "Kalimantan Selatan", None),
    ],
)
def test_places(text, province, regency):
    got = extract(text)
    assert got["province"].value == province
    assert got["regency_city"].value == regency


def test_a_place_at_the_venue_beats_the_dateline():
    text = "PRINGSEWU – Rakor diselenggarakan oleh Kemendagri di Hotel Millenium, Jakarta, Senin (17/07/23)."
    got = extract(text)
    assert got["province"].value == "DKI Jakarta"
    assert got["regency_city"].value is None


def test_a_sub_district_is_not_a_regency():
    text = "Pasuruan, lensaberita – Panwaslu Kecamatan Rembang, Kabupaten Pasuruan, menggelar sosialisasi."
    got = extract(text)
    assert (got["province"].value, got["regency_city"].value) == ("Jawa Timur", "Kabupaten Pasuruan")


def test_other_stories_are_not_read():
    text = "Netralitas ASN di OKI\n\nBACA JUGA: Bawaslu Kudus Gelar Sosialisasi Pilkada\n\nPemkab OKI menggelar apel."
    got = extract(text)
    assert got["province"].value == "Sumatera Selatan"
    assert got["election"].value is None


# --- organiser -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "organizer_type"),
    [
        ("Polda Sulawesi Tenggara menyelenggarakan sosialisasi netralitas ASN.", "police"),
        ("Badan Kepegawaian Negara (BKN) menggelar sosialisasi.", "BKN"),
        ("Komisi Aparatur Sipil Negara (KASN) menggelar sosialisasi.", "KASN"),
        ("Bawaslu Kabupaten Pinrang menggelar sosialisasi netralitas ASN.", "Bawaslu"),
        (
            "PRINGSEWU – Panitia Pengawas Pemilu (Panwaslu) Kecamatan Adiluwih mengadakan sosialisasi.",
            "Bawaslu",
        ),
        (
            "Webinar oleh Direktorat Jenderal Politik dan Pemerintahan Umum, Kementerian Dalam Negeri.",
            "Kemendagri",
        ),
        (
            "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi menggelar webinar.",
            "Kemenpan RB",
        ),
        ("Pemerintah Kota (Pemkot) Jambi menggelar sosialisasi.", "regency/city government"),
        ("Kodim 1408 menggelar apel netralitas.", "military"),
        ("Satuan Reformasi Birokrasi Universitas Brawijaya menggelar sosialisasi.", "university"),
        ("Kendari – Badan Kepegawaian Daerah (BKD) Sultra menggelar sosialisasi.", "provincial government"),
        ("Badan Kesbangpol Kukar menggelar pertemuan.", "regency/city government"),
        (
            "BANDUNG – Pemda Provinsi Jabar bersama Bawaslu Jabar menggelar sosialisasi.",
            "provincial government",
        ),
        ("Lembaga Bantuan Hukum Rumah Keadilan menyelenggarakan webinar.", "other"),
    ],
)
def test_organizer_type(text, organizer_type):
    assert value(text, "organizer_type") == organizer_type


def test_organizer_is_the_phrase_before_the_verb_not_the_headline():
    text = (
        "Pemprov Sultra Sosialisasikan Netralitas\n\nKendari – Badan Kepegawaian Daerah (BKD) Sultra menggelar acara."
    )
    assert value(text, "organizer") == "Badan Kepegawaian Daerah (BKD) Sultra"


def test_the_first_body_named_decides_the_type():
    got = extract("Badan Kepegawaian Negara (BKN) RI bersama Pemerintah Provinsi Papua Barat Daya menggelar acara.")
    assert got["organizer_type"].value == "BKN"
    assert "Papua Barat Daya" in got["organizer"].value


# --- participants, audience ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kegiatan ini diikuti sebanyak 112 peserta dari OPD.", 112),
        ("Webinar ini diikuti oleh 800 lebih peserta.", 800),
        ("Acara dihadiri sekitar 50 peserta.", 50),
        ("Acara dihadiri 300 ASN dari perangkat daerah.", 300),
        ("Sosialisasi melibatkan 1.250 ASN se-kabupaten.", 1250),
        ("Webinar ini diikuti lebih dari 300 peserta secara daring.", 300),
        ("Anggaran Rp 150 juta; kepatuhan naik 75 persen; 100 poin; Tahun 2024 dan 2025.", None),
        ("Sebanyak 60 persen peserta hadir.", None),
        ("Sesuai Undang-Undang Nomor 20 Tahun 2023, ASN wajib netral.", None),
        ("DPT berjumlah 552.469 orang di 1.447 TPS.", None),
    ],
)
def test_participants(text, count):
    assert value(text, "participants") == count


def test_breakdown_goes_to_audience():
    got = extract("Diikuti 112 peserta, terdiri dari 60 orang Sekretaris, 11 Camat, serta 41 Kasub Kepegawaian.")
    assert got["participants"].value == 112
    assert got["audience"].value == "60 orang Sekretaris, 11 Camat, serta 41 Kasub Kepegawaian"


def test_breakdown_without_a_total_gives_no_participants():
    got = extract("Sosialisasi dihadiri 60 orang Sekretaris, 11 Camat, serta 41 Kasub Kepegawaian.")
    assert got["audience"].value == "60 orang Sekretaris, 11 Camat, serta 41 Kasub Kepegawaian"


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Acara yang diikuti oleh kepala pekon, perangkat pekon dan guru itu berlangsung di Aula PGRI.",
            "kepala pekon, perangkat pekon dan guru",
        ),
        (
            "Kegiatan diikuti instansi di wilayah kerja Kanreg III BKN di Jawa Barat.",
            "instansi di wilayah kerja Kanreg III BKN",
        ),
        (
            "Sosialisasi diikuti sebanyak 60 peserta dari unsur ASN kecamatan dan guru.",
            "ASN kecamatan dan guru",
        ),
        ("Di Kudus, pemungutan suara hanya diikuti dua pasangan calon.", None),
        ("Satgas Netralitas ASN terdiri dari Kemenpan RB, Kemendagri, Bawaslu dan BKN.", None),
    ],
)
def test_audience(text, audience):
    assert value(text, "audience") == audience


# --- venue, mode -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Sosialisasi digelar di Aula Kantor Bupati Pinrang, Senin (14/10/2024).",
            "Aula Kantor Bupati Pinrang",
        ),
        ("Acara bertempat di Hotel Aston, Kota Sorong.", "Hotel Aston"),
        ("Sosialisasi di Claro Hotel Kendari, Rabu (15/11/2023).", "Claro Hotel Kendari"),
        (
            "Digelar di Aula Badan Kepegawaian Daerah (BKD) Kabupaten Indramayu itu.",
            "Aula Badan Kepegawaian Daerah (BKD) Kabupaten Indramayu",
        ),
        ("Digelar di Pendopo Kabupaten Kudus pada pagi hari.", "Pendopo Kabupaten Kudus"),
        ("Apel di halaman Mapolres Gresik, Senin.", "halaman Mapolres Gresik"),
        ("Acara digelar di sebuah hotel besar di Fakfak.", None),
        ("Peserta mengikuti dari kantor distrik masing-masing.", None),
    ],
)
def test_venue(text, venue):
    assert value(text, "venue") == venue


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Sosialisasi dilaksanakan secara daring melalui zoom meeting.", "daring"),
        (
            "Kegiatan dilaksanakan secara daring melalui platform zoom meeting di Aula Dachara Polda Sultra.",
            "daring",
        ),
        ("Webinar nasional netralitas ASN.", "daring"),
        ("Sosialisasi digelar di Hotel Aston, Kota Sorong.", "luring"),
        ("Acara digelar di sebuah hotel besar di Fakfak.", "luring"),
        ("Kegiatan berlangsung secara hybrid dari Ruang Rapat Bupati.", "hybrid"),
        # in the hall and on Zoom: hybrid, though the text never says the word
        ("Sosialisasi digelar di Aula Kantor Bupati; camat dari kecamatan jauh mengikuti melalui Zoom.", "hybrid"),
        ("Sosialisasi diikuti secara luring di aula dan secara daring oleh ASN kecamatan.", "hybrid"),
        ("Apel netralitas ASN digelar Senin pagi.", "luring"),  # an apel is held in person
        ("Bupati mengingatkan ASN agar netral.", None),
    ],
)
def test_mode(text, mode):
    assert value(text, "mode") == mode


# --- election, title -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "election"),
    [
        ("Sosialisasi menjelang Pilkada serentak 27 November 2024.", "Pilkada 2024"),
        ("Sosialisasi jelang Pemilu 2024, ASN diminta netral. Pemilu digelar 14 Februari.", "Pemilu 2024"),
        ("Sosialisasi menjelang pemilihan umum kepala daerah serentak tahun ini.", "Pilkada 2024"),
        # both elections named together, nothing else: the text does not say which
        ("KASN menggelar sosialisasi jelang pemilu. Evaluasi pada Pemilu dan Pemilihan 2024.", None),
        # the sentence that says what was held names its election
        (
            "Kemendagri minta netral jelang Pemilu 2024. Kami telah menggelar Rakor Netralitas dalam rangka "
            "Pelaksanaan Pilkada 2024, katanya. Hadapi Pemilu dan Pilkada 2024.",
            "Pilkada 2024",
        ),
        ("Sosialisasi netralitas pada pemilihan gubernur dan bupati.", "Pilkada 2024"),
        ("Badan Pengawas Pemilu (Bawaslu) Kudus menggelar sosialisasi menjelang Pilkada.", "Pilkada 2024"),
        ("ASN diminta netral.", None),
    ],
)
def test_election(text, election):
    assert value(text, "election") == election


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Judul Berita Netralitas ASN\n\nWebinar bertema “Menjaga Netralitas ASN” digelar.",
            "Menjaga Netralitas ASN",
        ),
        (
            "Judul Berita Netralitas ASN\n\nRakor dengan tema Netralitas Dalam Menghadapi Pilkada. Hadir",
            "Netralitas Dalam Menghadapi Pilkada",
        ),
        (">\n\nSosialisasi Netralitas ASN di Jambi\n\nIsi berita.", "Sosialisasi Netralitas ASN di Jambi"),
    ],
)
def test_title(text, title):
    assert value(text, "title") == title


# --- robustness and evidence -----------------------------------------------------------------------------


def test_an_appeal_is_not_an_event():
    """A statement warning ASN, with "sosialisasi" only inside the quote, records nothing but its title."""
    text = (
        "Bawaslu Imbau ASN Netral\n\nTIOM – Ketua Bawaslu Kabupaten Lanny Jaya mengingatkan ASN tidak terlibat "
        "kampanye Pilkada 2024. “Dilarang ikut sosialisasi paslon di media sosial dan menghadiri deklarasi "
        "paslon,” ujarnya, Jumat (25/10/2024)."
    )
    got = extract(text)
    assert got["title"].value == "Bawaslu Imbau ASN Netral"
    assert all(got[name].value is None for name in set(FIELDS) - {"title"})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bawaslu menggelar sosialisasi netralitas ASN.", "sosialisasi"),
        ("Fakultas Hukum menyelenggarakan webinar netralitas ASN secara daring.", "webinar"),
        ("ASN Pemkot membacakan ikrar netralitas saat apel pagi di halaman kantor.", "apel"),  # a pledge at an apel
        ("Pemprov melaksanakan deklarasi netralitas ASN di Makassar.", "deklarasi"),
        ("Kami telah menggelar Rapat Koordinasi netralitas penjabat kepala daerah.", "rakor"),
        ("Kodim menggelar pembagian buku saku netralitas.", "lainnya"),
    ],
)
def test_event_kind(text, kind):
    assert value(text, "event_kind") == kind


def test_national_events_stay_national():
    # an online webinar for the whole country: the official from Kalsel who praised it does not place it
    national = (
        "Webinar oleh Kemendagri diikuti 800 peserta dari Kesbangpol dan KPU seluruh Indonesia. Kepala "
        "Kesbangpol Provinsi Kalimantan Selatan mendukung webinar ini."
    )
    assert (value(national, "province"), value(national, "mode")) == (None, "daring")
    # a ministry's rakor reported from Jakarta has no host province; a speaker's office is not the place either
    rakor = "JAKARTA – Kemendagri menggelar rakor netralitas ASN bagi penjabat kepala daerah."
    assert value(rakor, "province") is None
    webinar = (
        "Fakultas Hukum menyelenggarakan webinar netralitas ASN secara daring. Webinar ini di isi oleh "
        "Dr. A dari Bawaslu Kabupaten Banyumas."
    )
    assert value(webinar, "province") is None
    # but a regional host of an online event is placed by its dateline, and a national body by its venue
    regional = "PALANGKA RAYA – Kantor Regional VIII BKN menyelenggarakan webinar netralitas secara daring."
    assert value(regional, "province") == "Kalimantan Tengah"
    visiting = "KASN menggelar sosialisasi di Kantor Gubernur Sulawesi Utara, Kamis (3/11/2022)."
    assert value(visiting, "province") == "Sulawesi Utara"


def test_the_event_place_beats_the_organisers_home():
    text = (
        "PALU – Bawaslu Kabupaten Donggala menggelar sosialisasi netralitas ASN.\n\nKegiatan ini berlangsung "
        "di Kota Palu pada Rabu (16/10/24). ASN di Kabupaten Donggala diminta netral."
    )
    got = extract(text)
    assert (got["province"].value, got["regency_city"].value) == ("Sulawesi Tengah", "Kota Palu")
    assert got["mode"].value == "luring"  # a town named as where it took place: in person
    # where participants came from is not where the event was
    origin = "Sosialisasi ini dihadiri oleh 120 ASN dari berbagai dinas dan kecamatan di Kota Jambi."
    assert value(origin, "mode") is None


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        (
            "Pontianak – Penjabat (Pj) Gubernur Kalimantan Barat, Harisson, memimpin Apel Akbar Netralitas ASN. "
            "Ia mengingatkan ASN Pemprov Kalbar.",
            "Pemprov Kalbar",
        ),  # the government, spelt as the text does
        (
            "Hal itu ditegaskan Penjabat Bupati Bekasi Dani Ramdan saat memimpin dan membacakan ikrar netralitas "
            "pada apel pagi.",
            "Pemkab Bekasi",
        ),
        (
            "Ketua Bawaslu Provinsi Papua Selatan ketika membuka sosialisasi bagi 350 ASN di Merauke.",
            "Bawaslu Provinsi Papua Selatan",
        ),
        ("Mataram – ASN lingkup Pemprov NTB mengikrarkan netralitas pada Senin (4/12).", "Pemprov NTB"),
        (
            "Deklarasi ini diinisiasi Pemerintah Provinsi Sumut melalui Badan Kesatuan Bangsa dan Politik di Aula X.",
            "Pemerintah Provinsi Sumut melalui Badan Kesatuan Bangsa dan Politik",
        ),
        (
            "JAKARTA – Kemendagri meminta penjabat netral, kata Dirjen Otda Kemendagri Akmal Malik.\n\n"
            '"Kami telah menggelar Rakor Netralitas ASN," katanya. Rapat koordinasi itu dihadiri KASN.',
            "Kemendagri",
        ),
        ("Sosialisasi itu penting karena pelanggaran disebabkan oleh ketidakpahaman.", None),
    ],
)
def test_organizer_when_no_body_is_said_to_hold_it(text, organizer):
    assert value(text, "organizer") == organizer


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Bawaslu membuka sosialisasi bagi 350 ASN lingkup Pemprov.", 350),
        ("Sosialisasi diikuti peserta sebanyak 75 orang yang terdiri dari tim paslon.", 75),
        ("Webinar ini diikuti oleh lebih dari 300an peserta secara daring.", 300),
        ("Kami mengumpulkan seluruh ASN, 5000 orang lebih, mendeklarasikan netralitas.", 5000),
        ("Sosialisasi menghadirkan 2 orang nara sumber secara online.", None),  # the speakers
    ],
)
def test_more_head_count_phrasings(text, count):
    assert value(text, "participants") == count


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Digelar di lantai III Kantor Bapedda Malteng itu.", "lantai III Kantor Bapedda Malteng"),
        ("Dilaksanakan di Lecture Room B, Gedung PPIIG UPR tersebut.", "Lecture Room B, Gedung PPIIG UPR"),
        (
            "Acara berlangsung di Desa Wandanpuro, Kecamatan Bululawang, Kabupaten Malang.",
            "Desa Wandanpuro, Kecamatan Bululawang",
        ),
        (
            "Deklarasi di Aula Tengku Rizal Nurdin, Jalan Jenderal Sudirman No.41, Medan, Rabu (23/10).",
            "Aula Tengku Rizal Nurdin, Jalan Jenderal Sudirman No.41, Medan",
        ),
        (
            "Bertempat di Pendopo Kemantren Mergangsan seluruh pegawai mengucapkan ikrar.",
            "Pendopo Kemantren Mergangsan",
        ),
        ("“Kita saling ingatkan,” ungkapnya di Pendopo usai apel ikrar.", None),  # where it was said, afterwards
    ],
)
def test_more_venues(text, venue):
    assert value(text, "venue") == venue


def test_unreadable_fields_are_empty_with_zero_confidence():
    got = extract("Tidak ada apa-apa di sini.")
    for name in set(FIELDS) - {"title"}:
        assert (got[name].value, got[name].confidence, got[name].evidence) == (None, 0.0, ""), name


def test_evidence_is_an_exact_span_of_the_text():
    text = (CASES / "case_01.txt").read_text(encoding="utf-8")
    for name, field in extract(text).items():
        if field.value is not None:
            assert field.evidence and field.evidence in text, name


def test_html_is_reduced_to_text_never_kept_as_markup():
    html = (
        "<html><head><title>Judul Situs</title><script>alert(1)</script><style>p{}</style></head>"
        "<body><nav>Beranda</nav><h1>Judul Berita</h1><p>Sosialisasi <b>ASN</b></p></body></html>"
    )
    text = html_to_text(html)
    assert "alert" not in text and "<" not in text and "Beranda" not in text and "Judul Situs" not in text
    assert text.startswith("Judul Berita") and "Sosialisasi" in text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text):
    got = extract(text)
    assert set(got) == set(FIELDS)
    for field in got.values():
        assert 0 <= field.confidence <= 1
        assert field.evidence in text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Bawaslu",
                " menggelar ",
                "sosialisasi",
                " di Aula ",
                "Kota ",
                "Sorong",
                " (15/12/2023)",
                " – ",
                "diikuti ",
                "112",
                " peserta",
                ", ",
                ".",
                "\n",
                "Pilkada",
                "tema “",
                "”",
                "Rp",
                "%",
                "Kamis (25/7)",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_article_like_text_never_raises(text):
    assert set(extract(text, published=dt.date(2024, 7, 1))) == set(FIELDS)


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="<>/=\"' abcdiptscrhn", max_size=500))
def test_arbitrary_html_never_raises(html):
    html_to_text(html)


# --- the command line ------------------------------------------------------------------------------------


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl", "extract", *args],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        check=True,
        input=stdin,
    )


def test_cli_json_shape(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Pemkab Kudus menggelar sosialisasi netralitas ASN, Senin (5/8/2024), jelang Pilkada.")
    page = tmp_path / "b.html"
    page.write_text("<html><body><h1>Judul Berita Ini</h1><p>KUDUS – Bawaslu menggelar apel.</p></body></html>")
    records = json.loads(_run(str(article), str(page), "--json").stdout)
    assert len(records) == 2
    for record in records:
        assert set(record) == set(FIELDS)
        assert all(set(field) == {"value", "confidence", "evidence"} for field in record.values())
    assert records[0]["event_date"]["value"] == "2024-08-05"
    assert records[0]["province"]["value"] == "Jawa Tengah"
    assert records[0]["participants"] == {"value": None, "confidence": 0, "evidence": ""}
    assert records[1]["title"]["value"] == "Judul Berita Ini"


def test_cli_reads_stdin_and_prints_readable_text():
    out = _run("-", stdin="Polda Sultra menggelar sosialisasi netralitas ASN.").stdout
    assert "province" in out and "Sulawesi Tenggara" in out


def test_cli_evaluate_prints_every_labelled_field(capsys):
    assert main(["--evaluate", str(CASES)]) == 0
    out = capsys.readouterr().out
    labelled = (CASES / "expected.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert all(name in out for name in FIELDS if name in labelled) and "overall" in out
    assert "event_kind" not in out  # no column for it in these labels: not scored as "should be empty"
    assert "field accuracy: 462 of 462" in out or "field accuracy:" in out


def test_evaluate_counts_right_empties_and_lists_misses(tmp_path):
    (tmp_path / "a.txt").write_text("Pemkab Kudus menggelar sosialisasi netralitas ASN di Aula Pendopo Kudus.")
    (tmp_path / "b.txt").write_text("Bupati mengimbau ASN agar netral.")  # no event: every field empty
    (tmp_path / "expected.csv").write_text(
        "file,province,mode,participants\na.txt,Jawa Tengah,daring,\nb.txt,,,\n", encoding="utf-8"
    )
    misses: list[str] = []
    scores = evaluate(tmp_path, misses)
    assert set(scores) == {"province", "mode", "participants", "overall"}
    # a: province right, mode wrong (luring), participants rightly empty; b: all three rightly empty
    assert scores["overall"]["cases"] == 6 and scores["overall"]["right"] == 5
    assert scores["mode"]["precision"] == 0 and scores["participants"]["accuracy"] == 1
    assert misses == ["a.txt: mode = 'luring', expected 'daring'"]


def test_the_labelled_cases_name_their_models():
    sources = (CASES / "sources.csv").read_text(encoding="utf-8").splitlines()
    expected = (CASES / "expected.csv").read_text(encoding="utf-8").splitlines()
    assert len(sources) == len(expected) >= 31  # header + at least 30 cases
    assert all(",https://" in line for line in sources[1:])


def test_accuracy_on_the_labelled_cases(capsys):
    scores = evaluate(CASES)
    with capsys.disabled():
        print(
            "\nextractor on tests/extract_cases:",
            {f: (round(s["precision"], 2), round(s["recall"], 2)) for f, s in scores.items()},
        )
    for field in set(scores) - {"overall"}:
        assert scores[field]["precision"] >= 0.9, (field, scores[field])
        assert scores[field]["recall"] >= 0.8, (field, scores[field])


SHARED_ARTICLES = paths.ROOT.parent / "shared" / "articles"


@pytest.mark.skipif(not SHARED_ARTICLES.exists(), reason="../shared/articles is not beside the repository")
def test_field_accuracy_on_real_articles_meets_the_target(capsys):
    """The measure (issue 15): real excerpts labelled by someone else; at least 95% of the fields right."""
    misses: list[str] = []
    scores = evaluate(SHARED_ARTICLES, misses)
    with capsys.disabled():
        print(f"\nextractor on ../shared/articles: {scores['overall']['accuracy']:.1%}", *misses, sep="\n  ")
    assert scores["overall"]["cases"] >= 200  # every labelled field of every article was scored
    assert scores["overall"]["accuracy"] >= 0.95, misses
