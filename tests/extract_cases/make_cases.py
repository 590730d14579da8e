"""Writes the labelled extractor cases: short articles in our own words, each modelled on the pattern of a real
published article (its URL in sources.csv). Run once; the files are committed. Fields: see expected.csv."""

import csv
from pathlib import Path

HERE = Path(__file__).parent
F = [
    "event_date",
    "province",
    "regency_city",
    "organizer",
    "organizer_type",
    "mode",
    "venue",
    "participants",
    "audience",
    "election",
    "title",
]
CASES = [
    (
        "https://rakyatsulsel.fajar.co.id/2024/10/14/sosialisasi-netralitas-asn-bawaslu-sulsel-libatkan-3-pemda",
        "Bawaslu Sulsel Gandeng Tiga Pemda Sosialisasikan Netralitas ASN\n\nMAKASSAR, RAKYATSULSEL - Bawaslu Sulawesi Selatan menggelar sosialisasi netralitas ASN untuk Pemkab Pinrang, Sidrap dan Kota Parepare di Aula Kantor Bupati Pinrang, Senin (14/10/2024). Kegiatan ini disiapkan menjelang Pilkada serentak 27 November mendatang.",
        dict(
            event_date="2024-10-14",
            province="Sulawesi Selatan",
            regency_city="Kabupaten Pinrang",
            organizer="Bawaslu Sulawesi Selatan",
            organizer_type="Bawaslu",
            mode="luring",
            venue="Aula Kantor Bupati Pinrang",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://kongkritpost.com/pj-gubernur-sultra-tegaskan-netralitas-asn-dalam-pilkada-serentak-2024-pada-koordinasi-nasional-bawaslu/",
        "Koordinasi Nasional Netralitas ASN\n\nJAKARTA - Bawaslu RI menggelar koordinasi nasional netralitas ASN bagi kepala daerah di Econvention Ancol, Selasa (17/09/2024). Pilkada serentak diperkirakan rawan pelanggaran pada masa kampanye.",
        dict(
            event_date="2024-09-17",
            province="DKI Jakarta",
            organizer="Bawaslu RI",
            organizer_type="Bawaslu",
            mode="luring",
            venue="Econvention Ancol",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://kendariinfo.com/pemprov-sosialisasikan-kebijakan-netralitas-asn-sultra-hadapi-pemilu-2024",
        "Pemprov Sosialisasikan Netralitas ASN Jelang Pemilu\n\nKendari – Menjelang Pemilu 2024, Badan Kepegawaian Daerah (BKD) Sultra menggelar sosialisasi kebijakan netralitas ASN di Claro Hotel Kendari, Rabu (15/11/2023). Acara itu juga diisi deklarasi netralitas.",
        dict(
            event_date="2023-11-15",
            province="Sulawesi Tenggara",
            regency_city="Kota Kendari",
            organizer="Badan Kepegawaian Daerah (BKD) Sultra",
            organizer_type="regency/city government",
            mode="luring",
            venue="Claro Hotel Kendari",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://musionline.co.id/2895-baca-berita-asn-polri-harus-netral-di-pemilu-2024.html",
        "ASN Polri Harus Netral\n\nJAKARTA - SSDM Polri menggelar sosialisasi netralitas ASN di ballroom Hotel Arosa, Bintaro, Jakarta Selatan, Jumat (15/12/2023). Seluruh ASN Polri di Mabes dan Polda mengikuti acara lewat zoom meeting dan siaran YouTube, demi suksesnya Pemilu 2024.",
        dict(
            event_date="2023-12-15",
            province="DKI Jakarta",
            regency_city="Kota Administrasi Jakarta Selatan",
            organizer="SSDM Polri",
            organizer_type="police",
            mode="daring",
            venue="ballroom Hotel Arosa",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://klikindonesia.co/read/2023/11/22/1303/polda-sulteng-gelar-rakor-netralitas-asn-tni-dan-polri-jelang-pemilu-2024-dihadiri-staf-ahli-kemenkopolhukam-ri",
        "Polda Sulteng Gelar Rakor Netralitas\n\nPALU - Polda Sulawesi Tengah melaksanakan rapat koordinasi netralitas ASN, TNI dan Polri di aula Rupatama, Rabu (22/11/2023), untuk menjaga Pemilu 2024 tetap jujur dan adil.",
        dict(
            event_date="2023-11-22",
            province="Sulawesi Tengah",
            regency_city="Kota Palu",
            organizer="Polda Sulawesi Tengah",
            organizer_type="police",
            mode="luring",
            venue="aula Rupatama",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://koreri.com/2024/10/07/rondonuwu-tegas-asn-kota-sorong-harus-jaga-netralitas-di-pilkada-serentak-2024/amp",
        "ASN Kota Sorong Diminta Netral\n\nKoreri.com, Sorong – Bawaslu Kota Sorong menggelar sosialisasi netralitas ASN bagi pimpinan OPD di Gedung Lamberthus Jitmau, Senin (7/10/2024), menjelang Pilkada serentak.",
        dict(
            event_date="2024-10-07",
            province="Papua Barat Daya",
            regency_city="Kota Sorong",
            organizer="Bawaslu Kota Sorong",
            organizer_type="Bawaslu",
            mode="luring",
            venue="Gedung Lamberthus Jitmau",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://papuabarat.tribunnews.com/2024/10/09/bawaslu-fakfak-sosialisasikan-netralitas-asn-menjelang-pilkada-serentak-2024",
        "Bawaslu Fakfak Sosialisasikan Netralitas ASN\n\nFAKFAK - Bawaslu Kabupaten Fakfak melaksanakan sosialisasi netralitas ASN lingkup Pemkab Fakfak, Rabu (9/10/2024), menjelang Pilkada serentak 2024.",
        dict(
            event_date="2024-10-09",
            province="Papua Barat",
            regency_city="Kabupaten Fak Fak",
            organizer="Bawaslu Kabupaten Fakfak",
            organizer_type="Bawaslu",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://www.mepago.co/sosialisasi-netralitas-asn-dan-aparat-kampung-di-kabupaten-kepulauan-yapen-menjelang-pilkada-2024/",
        "Netralitas ASN dan Aparat Kampung di Yapen\n\nSERUI - Bawaslu Kabupaten Kepulauan Yapen menggelar sosialisasi netralitas ASN dan aparat kampung di Hotel Kelapa 2 Serui pada Rabu, (2/10/2024), menjelang pemilihan gubernur dan bupati tahun 2024.",
        dict(
            event_date="2024-10-02",
            province="Papua",
            regency_city="Kabupaten Kepulauan Yapen",
            organizer="Bawaslu Kabupaten Kepulauan Yapen",
            organizer_type="Bawaslu",
            mode="luring",
            venue="Hotel Kelapa 2 Serui",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://palembang.tribunnews.com/2023/12/20/masa-kampanye-pemilu-dimulai-sekda-oki-gencar-sosialisasikan-netralitas-aparatur-sipil-negara",
        "Sekda OKI Sosialisasikan Netralitas\n\nSRIPOKU.COM, KAYUAGUNG -- Memasuki masa kampanye Pemilu 2024, BKPP Kabupaten Ogan Komering Ilir menggelar sosialisasi netralitas bagi ratusan ASN di ruang Assessment Center BKPP OKI, Rabu (20/12/2023).",
        dict(
            event_date="2023-12-20",
            province="Sumatera Selatan",
            regency_city="Kabupaten Ogan Komering Ilir",
            organizer="BKPP Kabupaten Ogan Komering Ilir",
            organizer_type="regency/city government",
            mode="luring",
            venue="ruang Assessment Center BKPP OKI",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://beritaandalas.com/jelang-pemilu-pemkab-oki-gencar-sosialisasi-netralitas-asn",
        "Pemkab OKI Gencar Sosialisasi\n\nOKI - Pemerintah Kabupaten Ogan Komering Ilir melalui BKPP menggelar sosialisasi kode etik dan netralitas ASN dalam Pemilu 2024. Kegiatan diikuti ratusan ASN secara hybrid dari Ruang Assesment Centre BKPP OKI, Selasa (19/12/2023).",
        dict(
            event_date="2023-12-19",
            province="Sumatera Selatan",
            regency_city="Kabupaten Ogan Komering Ilir",
            organizer="Pemerintah Kabupaten Ogan Komering Ilir",
            organizer_type="regency/city government",
            mode="hybrid",
            venue="Ruang Assesment Centre BKPP OKI",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://www.rmolsumsel.id/bawaslu-sumsel-ingatkan-camat-tetap-netral-di-pilkada-serentak",
        "Bawaslu Sumsel Ingatkan Camat\n\nPALEMBANG - Bawaslu Sumatera Selatan menggelar sosialisasi netralitas ASN di The Alts Hotel Palembang, Jumat, 4 Oktober 2024. Sosialisasi dihadiri 241 camat se-Sumsel menjelang Pilkada serentak.",
        dict(
            event_date="2024-10-04",
            province="Sumatera Selatan",
            regency_city="Kota Palembang",
            organizer="Bawaslu Sumatera Selatan",
            organizer_type="Bawaslu",
            mode="luring",
            venue="The Alts Hotel Palembang",
            participants="241",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://ogannews.com/hadiri-acara-ngopi-bawaslu-oku-tekankan-netralitas-asn-dan-penyelenggara-di-pilkada-2024",
        "Ngobrol Pilkada Soal Netralitas\n\nBATURAJA - KPU Kabupaten Ogan Komering Ulu menggelar diskusi Ngobrol Pilkada bertema netralitas ASN di Fullhouse Cafe, Baturaja Timur, Senin (28/10/24), menjelang pemilihan serentak 2024.",
        dict(
            event_date="2024-10-28",
            province="Sumatera Selatan",
            regency_city="Kabupaten Ogan Komering Ulu",
            organizer="KPU Kabupaten Ogan Komering Ulu",
            organizer_type="KPU",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://mmc.baritoselatankab.go.id/detail/04f61f456870547c5d16fa8c5746c405",
        "Ikrar Netralitas ASN di Barsel\n\nBUNTOK - Pemerintah Kabupaten Barito Selatan menggelar ikrar netralitas ASN menjelang Pilkada 2024 di Aula Setda Barsel, Selasa, 10 September 2024.",
        dict(
            event_date="2024-09-10",
            province="Kalimantan Tengah",
            regency_city="Kabupaten Barito Selatan",
            organizer="Pemerintah Kabupaten Barito Selatan",
            organizer_type="regency/city government",
            mode="luring",
            venue="Aula Setda Barsel",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://humabetang.com/berita/sosialisasi-netralitas-asn-dalam-pemilu-2024-secara-virtual",
        "Sosialisasi Netralitas Secara Virtual\n\nPALANGKA RAYA - Rumah Sakit Bhayangkara Palangka Raya mengikuti sosialisasi netralitas ASN yang digelar SSDM Polri secara virtual di Aula Gawi Hapakat, Jumat (15/12/2023), menjelang Pemilu 2024.",
        dict(
            event_date="2023-12-15",
            province="Kalimantan Tengah",
            regency_city="Kota Palangkaraya",
            mode="daring",
            venue="Aula Gawi Hapakat",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://lampungjayaa.online/2023/12/asn-polri-polres-tanggamus-ikuti.html?hl=ar",
        "ASN Polres Tanggamus Ikuti Sosialisasi\n\nTanggamus - Polres Tanggamus mengikuti sosialisasi netralitas ASN secara daring di Aula Wirasatya, Jumat 15 Desember 2023, menjelang Pemilu 2024.",
        dict(
            event_date="2023-12-15",
            province="Lampung",
            regency_city="Kabupaten Tanggamus",
            mode="daring",
            venue="Aula Wirasatya",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://mistar.id/news/politik/penyuluhan-pojok-pemilu-polsek-parapat-ingatkan-asn-harus-netral",
        "Polsek Parapat Ingatkan ASN Netral\n\nSimalungun - Polsek Parapat Polres Simalungun melaksanakan penyuluhan Pojok Pemilu di Open Stage Parapat, Kabupaten Simalungun, Jumat (10/11/23). Pesertanya kepala sekolah dan guru, diingatkan agar ASN netral pada Pemilu 2024.",
        dict(
            event_date="2023-11-10",
            province="Sumatera Utara",
            regency_city="Kabupaten Simalungun",
            organizer="Polsek Parapat Polres Simalungun",
            organizer_type="police",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://iknpos.id/?p=15645",
        "Kaltim Jaga Netralitas ASN\n\nBALIKPAPAN - Pemprov Kaltim melalui Kesbangpol menggelar rapat koordinasi pengawasan Pilkada serentak di Hotel Horison Bandara Balikpapan, Selasa 12 November 2024. Koordinasi dengan kabupaten dan kota juga dilakukan via zoom.",
        dict(
            event_date="2024-11-12",
            province="Kalimantan Timur",
            regency_city="Kota Balikpapan",
            organizer="Pemprov Kaltim",
            organizer_type="provincial government",
            mode="daring",
            venue="Hotel Horison Bandara Balikpapan",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://edisiindonesia.id/2023/11/15/kepala-daerah-se-sultra-deklarasi-dan-teken-pakta-integritas-netralitas-asn-di-pemilu-2024/",
        "Kepala Daerah se-Sultra Deklarasi Netralitas\n\nKENDARI, EDISIINDONESIA.id – Pemerintah Provinsi Sulawesi Tenggara menggelar sosialisasi kebijakan netralitas ASN sekaligus deklarasi dan penandatanganan pakta integritas, Rabu (15/11/2023), untuk menyukseskan Pemilu 2024.",
        dict(
            event_date="2023-11-15",
            province="Sulawesi Tenggara",
            regency_city="Kota Kendari",
            organizer="Pemerintah Provinsi Sulawesi Tenggara",
            organizer_type="provincial government",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://sumateraekspres.bacakoran.co/read/31813/isu-netralitas-beberapa-hari-terakhir-jadi-sorotan-kpu-warning-asn",
        "KPU Ingatkan ASN\n\nINDRALAYA - KPU Kabupaten Ogan Ilir menggelar sosialisasi netralitas penyelenggara negara untuk Pemilu 2024 di Gedung Pertemuan Pendopoan Rumah Dinas Bupati Ogan Ilir.",
        dict(
            province="Sumatera Selatan",
            regency_city="Kabupaten Ogan Ilir",
            organizer="KPU Kabupaten Ogan Ilir",
            organizer_type="KPU",
            mode="luring",
            venue="Gedung Pertemuan Pendopoan Rumah Dinas Bupati Ogan Ilir",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://jambibro.com/pemilu-makin-dekat-asn-polda-jambi-jamin-netral",
        "ASN Polda Jambi Jamin Netral\n\nJAMBIBRO.COM – ASN Polda Jambi mengikuti sosialisasi netralitas ASN secara virtual melalui zoom, Jumat, 15 Desember 2023, menjelang Pemilu 2024.",
        dict(event_date="2023-12-15", province="Jambi", mode="daring", election="Pemilu 2024"),
    ),
    (
        "https://sultratop.com/pemprov-sultra-catat-ada-40-pelanggaran-asn-jelang-pilkada",
        "Pemprov Sultra Catat 40 Pelanggaran\n\nSULTRATOP.COM, KENDARI – Pemprov Sultra menggelar rapat koordinasi persiapan Pilkada serentak di aula kantor Gubernur Sultra pada Rabu (6/11/2024). Pelanggaran netralitas ASN tercatat 40 kasus, sebagian besar 50,76 persen karena ikatan persaudaraan.",
        dict(
            event_date="2024-11-06",
            province="Sulawesi Tenggara",
            regency_city="Kota Kendari",
            organizer="Pemprov Sultra",
            organizer_type="provincial government",
            mode="luring",
            venue="aula kantor Gubernur Sultra",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://www.inews.id/news/nasional/kpu-jadwalkan-pemungutan-suara-pilkada-serentak-27-november-2024/2",
        "Jadwal Pilkada\n\nKPU menjadwalkan pemungutan suara Pilkada serentak pada 27 November 2024; masa kampanye 25 September sampai 23 November 2024.",
        dict(election="Pilkada 2024"),
    ),
    (
        "https://editor.id/bernhard-rondonuwu-ingatkan-asn-wajib-netral-di-pilkada-2024/2",
        "<html><head><title>ASN Wajib Netral</title><script>var ad=1;</script></head><body><nav>Beranda | Politik</nav><h1>ASN Wajib Netral di Pilkada 2024</h1><p>SORONG - Bawaslu Kota Sorong menggelar sosialisasi netralitas ASN di Gedung Lamberthus Jitmau, Senin (7/10/2024).</p><p>Peserta menerima materi batasan selama Pilkada 2024.</p><footer>Hak cipta</footer></body></html>",
        dict(
            event_date="2024-10-07",
            province="Papua Barat Daya",
            regency_city="Kota Sorong",
            organizer="Bawaslu Kota Sorong",
            organizer_type="Bawaslu",
            mode="luring",
            venue="Gedung Lamberthus Jitmau",
            election="Pilkada 2024",
            title="ASN Wajib Netral",
        ),
        "html",
    ),
    (
        "https://rakyatsulsel.fajar.co.id/2024/10/14/sosialisasi-netralitas-asn-bawaslu-sulsel-libatkan-3-pemda",
        "<html><body><article><h1>Sosialisasi Netralitas di Pinrang</h1><p>PINRANG - Bawaslu Kabupaten Pinrang menggelar sosialisasi netralitas ASN, diikuti sebanyak 150 peserta, di Aula Kantor Bupati Pinrang, Senin (14/10/2024), menjelang Pilkada.</p></article><aside>Baca juga</aside></body></html>",
        dict(
            event_date="2024-10-14",
            province="Sulawesi Selatan",
            regency_city="Kabupaten Pinrang",
            organizer="Bawaslu Kabupaten Pinrang",
            organizer_type="Bawaslu",
            mode="luring",
            venue="Aula Kantor Bupati Pinrang",
            participants="150",
            election="Pilkada 2024",
            title="Sosialisasi Netralitas di Pinrang",
        ),
        "html",
    ),
    (
        "https://girpos.com/2023/12/15/pns-polda-sultra-dukung-netralitas-asnsosialisasi-jelang-pemilu-2024-dilaksanakan-secara-online/",
        "PNS Polres Kendari Ikuti Sosialisasi Online\n\nKENDARI, GirPos.com – Polres Kendari menyelenggarakan sosialisasi netralitas ASN menjelang Pemilu 2024. Kegiatan dilaksanakan secara daring melalui zoom di Aula Polres Kendari, Jumat (15/12/2023).",
        dict(
            event_date="2023-12-15",
            province="Sulawesi Tenggara",
            regency_city="Kota Kendari",
            organizer="Polres Kendari",
            organizer_type="police",
            mode="daring",
            venue="Aula Polres Kendari",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://koreri.com/2024/10/07/rondonuwu-tegas-asn-kota-sorong-harus-jaga-netralitas-di-pilkada-serentak-2024/amp",
        "BKN dan Pemprov Gelar Sosialisasi\n\nKoreri.com, Manokwari – Badan Kepegawaian Negara (BKN) bersama Pemerintah Provinsi Papua Barat menggelar sosialisasi netralitas ASN di Hotel Swiss-Belhotel Manokwari, Kamis (10/10/2024), menjelang Pilkada serentak.",
        dict(
            event_date="2024-10-10",
            province="Papua Barat",
            regency_city="Kabupaten Manokwari",
            organizer="Badan Kepegawaian Negara (BKN) bersama Pemerintah Provinsi Papua Barat",
            organizer_type="BKN",
            mode="luring",
            venue="Hotel Swiss-Belhotel Manokwari",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://palembang.tribunnews.com/2023/12/20/masa-kampanye-pemilu-dimulai-sekda-oki-gencar-sosialisasikan-netralitas-aparatur-sipil-negara",
        "Netralitas ASN Kota Jambi\n\nJAMBI - Pemkot Jambi melalui BKPSDMD menggelar sosialisasi netralitas ASN. Kegiatan diikuti sebanyak 90 peserta, terdiri dari 40 orang Sekretaris, 20 Lurah, serta 30 Kasubag, menjelang Pilkada 27 November mendatang.",
        dict(
            province="Jambi",
            regency_city="Kota Jambi",
            organizer="Pemkot Jambi",
            organizer_type="regency/city government",
            participants="90",
            audience="40 orang Sekretaris, 20 Lurah, serta 30 Kasubag",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://musionline.co.id/2895-baca-berita-asn-polri-harus-netral-di-pemilu-2024.html",
        "Webinar Netralitas ASN Nasional\n\nKementerian Dalam Negeri menggelar webinar netralitas penyelenggara Pemilu 2024, Rabu (8/2/2023). Webinar ini diikuti oleh 1.200 lebih peserta dari seluruh Indonesia.",
        dict(
            event_date="2023-02-08",
            organizer="Kementerian Dalam Negeri",
            organizer_type="Kemendagri",
            mode="daring",
            participants="1200",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://kendariinfo.com/pemprov-sosialisasikan-kebijakan-netralitas-asn-sultra-hadapi-pemilu-2024",
        "Apel Netralitas di Kudus\n\nKUDUS - Pemkab Kudus menggelar apel netralitas ASN di halaman Pendopo Kabupaten Kudus, Senin (2/9/2024), menjelang Pilkada serentak. Apel dihadiri sekitar 500 ASN.",
        dict(
            event_date="2024-09-02",
            province="Jawa Tengah",
            regency_city="Kabupaten Kudus",
            organizer="Pemkab Kudus",
            organizer_type="regency/city government",
            participants="500",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://klikindonesia.co/read/2023/11/22/1303/polda-sulteng-gelar-rakor-netralitas-asn-tni-dan-polri-jelang-pemilu-2024-dihadiri-staf-ahli-kemenkopolhukam-ri",
        "Kodim Gelar Sosialisasi Netralitas\n\nMAMUJU - Kodim 1418 Mamuju menggelar sosialisasi netralitas TNI dan ASN di Aula Makodim, Kamis (23/11/2023), menjelang Pemilu 2024.",
        dict(
            event_date="2023-11-23",
            province="Sulawesi Barat",
            regency_city="Kabupaten Mamuju",
            organizer="Kodim 1418 Mamuju",
            organizer_type="military",
            mode="luring",
            venue="Aula Makodim",
            election="Pemilu 2024",
        ),
    ),
    (
        "https://rakyatsulsel.fajar.co.id/2024/10/14/sosialisasi-netralitas-asn-bawaslu-sulsel-libatkan-3-pemda",
        "Bawaslu Banjar Sosialisasi\n\nMARTAPURA - Bawaslu Kabupaten Banjar menggelar sosialisasi netralitas ASN di Aula Barakat, Selasa (1/10/2024), menjelang Pilkada Kalsel 2024.",
        dict(
            event_date="2024-10-01",
            province="Kalimantan Selatan",
            regency_city="Kabupaten Banjar",
            organizer="Bawaslu Kabupaten Banjar",
            organizer_type="Bawaslu",
            mode="luring",
            venue="Aula Barakat",
            election="Pilkada 2024",
        ),
    ),
    (
        "https://www.rmolsumsel.id/bawaslu-sumsel-ingatkan-camat-tetap-netral-di-pilkada-serentak",
        "Universitas Gelar Seminar Netralitas\n\nMAKASSAR - Universitas Hasanuddin menggelar seminar netralitas ASN di Auditorium Prof Amiruddin, Kamis (26/9/2024), menjelang Pilkada serentak. Seminar dihadiri 300 peserta.",
        dict(
            event_date="2024-09-26",
            province="Sulawesi Selatan",
            regency_city="Kota Makassar",
            organizer="Universitas Hasanuddin",
            organizer_type="university",
            mode="luring",
            venue="Auditorium Prof Amiruddin",
            participants="300",
            election="Pilkada 2024",
        ),
    ),
]


def main():
    with (
        open(HERE / "expected.csv", "w", newline="", encoding="utf-8") as exp,
        open(HERE / "sources.csv", "w", newline="", encoding="utf-8") as src,
    ):
        e = csv.DictWriter(exp, fieldnames=["file", *F], lineterminator="\n")
        e.writeheader()
        s = csv.writer(src, lineterminator="\n")
        s.writerow(["file", "model_url"])
        for i, case in enumerate(CASES, 1):
            url, text, fields = case[:3]
            name = f"case_{i:02d}.{case[3] if len(case) > 3 else 'txt'}"
            (HERE / name).write_text(text + "\n", encoding="utf-8")
            title = text.split("\n")[0] if not text.startswith("<") else ""
            e.writerow({"file": name, **{f: "" for f in F}, **fields, "title": fields.get("title", title)})
            s.writerow([name, url])
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()
