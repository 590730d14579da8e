"""Writes the labelled extractor cases: articles in our own words, each built on the pattern of one real
published article (its URL goes to sources.csv) — the dateline, date form, organiser, head-count phrasing,
venue and distractors of that article, never its sentences. Run once; the files are committed.

Labels follow the rules in netralitas/extract.py: the event date is the day the event was held (not the
publication, interview or voting day); an empty label means the text does not state the value."""

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


def html(title: str, body: str, noise: bool = True) -> str:
    """A news page around the article: menus, scripts and a footer that mention other places and dates."""
    head = "<head><title>Berita Daerah</title><script>var tgl='01/01/2020'; track('Kota Bogor');</script>"
    head += "<style>.menu{color:red}</style></head>"
    nav = "<nav>Beranda | Politik | Kota Bogor | Pilkada Jawa Timur | Indeks 1 Januari 2020</nav>" if noise else ""
    foot = "<footer>Redaksi: Jl. Merdeka 1, Bandung. Hak cipta 2024.</footer>" if noise else ""
    return f"<!DOCTYPE html><html>{head}<body>{nav}<article><h1>{title}</h1>{body}</article>{foot}</body></html>"


CASES: list[dict] = [
    {
        "url": "https://bongkarpost.co.id/panwaslu-kecamatan-adiluwih-gelar-sosialisasi-netralitas-asn",
        "text": """Panwaslu Adiluwih Ingatkan Aparatur Pekon Jaga Netralitas

PRINGSEWU – Panitia Pengawas Pemilu (Panwaslu) Kecamatan Adiluwih, Kabupaten Pringsewu, mengadakan sosialisasi netralitas ASN, kepala pekon dan perangkatnya menghadapi Pilkada serentak 2024.

Acara yang diikuti oleh kepala pekon, perangkat pekon, guru dan pegawai kecamatan itu berlangsung di Aula PGRI Kecamatan Adiluwih, Rabu ( 16/10/2024).

Ketua Panwaslu Kecamatan Adiluwih dalam sambutannya menyebut pencegahan lebih murah daripada penindakan. Dua pemateri hadir, dari Badan Kesbangpol Kabupaten Pringsewu dan dari Polres Pringsewu.

Pemateri dari kepolisian mengingatkan bahwa kepala pekon yang berpihak dapat dijerat pidana pemilihan.""",
        "expected": {
            "event_date": "2024-10-16",
            "province": "Lampung",
            "regency_city": "Kabupaten Pringsewu",
            "organizer": "Panwaslu Kecamatan Adiluwih",
            "organizer_type": "Bawaslu",
            "mode": "luring",
            "venue": "Aula PGRI Kecamatan Adiluwih",
            "audience": "kepala pekon, perangkat pekon, guru dan pegawai kecamatan",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://www.senangsenang.id/news/93613520693/bawaslu-kudus-tegaskan-netralitas-asn-dalam-pilkada-2024-hindari-konflik-kepentingan?page=2",
        "text": """Bawaslu Kudus Minta PNS Hindari Konflik Kepentingan Selama Pilkada

KUDUS – Bawaslu Kabupaten Kudus menggelar sosialisasi netralitas aparatur sipil negara di Ruang Rapat Bawaslu Kudus, Selasa (3/9/2024). Sejumlah pegawai negeri sipil dari lingkungan Pemkab Kudus hadir dalam kegiatan itu.

Ketua Bawaslu Kudus menyebut netralitas ASN sebagai syarat pilkada yang jujur. Sosialisasi ini diharapkan menjadi pegangan ASN selama tahapan Pilkada 2024.

Di Kudus, pemungutan suara pada 27 November 2024 hanya diikuti dua pasangan calon bupati dan wakil bupati. Salah satu pasangan diusung partai pemilik 31 kursi DPRD.

Artikel Terkait
KPU Pastikan Putusan MK Jadi Pedoman Pilkada Serentak 2024""",
        "expected": {
            "event_date": "2024-09-03",
            "province": "Jawa Tengah",
            "regency_city": "Kabupaten Kudus",
            "organizer": "Bawaslu Kabupaten Kudus",
            "organizer_type": "Bawaslu",
            "mode": "luring",
            "venue": "Ruang Rapat Bawaslu Kudus",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://kompasiana.com/002_lutfiahulfa8995/670ff17134777c0e087c8926/agenda-bawaslu-dalam-pengawasan-partisipasi-bagi-pegawai-asn-kota-tasikmalaya-pada-pemilihan-serentak-tahun-2024?page=1&page_images=2",
        "text": """Agenda Bawaslu Kota Tasikmalaya Bersama ASN Jelang Pemilihan Serentak

Pemilihan gubernur, wali kota dan wakilnya akan digelar serentak pada 27 November 2024, dan tahap kampanye kini sedang berjalan.

Bawaslu Kota Tasikmalaya mengadakan sosialisasi pengawasan partisipatif bagi aparatur sipil negara. Acara ini berlangsung pada tanggal 15 Oktober 2024 di Hotel Aston Tasikmalaya dan dihadiri camat, lurah serta pegawai dinas sosial, pendidikan dan kesehatan.

Perwakilan Pj Wali Kota menyebut sosialisasi ini bukti keseriusan menjaga netralitas. Di akhir acara peserta membacakan deklarasi netralitas ASN pada Pemilihan Serentak Tahun 2024.""",
        "expected": {
            "event_date": "2024-10-15",
            "province": "Jawa Barat",
            "regency_city": "Kota Tasikmalaya",
            "organizer": "Bawaslu Kota Tasikmalaya",
            "organizer_type": "Bawaslu",
            "mode": "luring",
            "venue": "Hotel Aston Tasikmalaya",
            "audience": "camat, lurah serta pegawai dinas sosial, pendidikan dan kesehatan",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://papuabarat.tribunnews.com/2024/10/09/bawaslu-fakfak-sosialisasikan-netralitas-asn-menjelang-pilkada-serentak-2024",
        "text": """Bawaslu Fakfak Ajak ASN Jauhi Politik Praktis

Penulis: Redaksi | Editor: Redaksi

TRIBUNPAPUABARAT.COM, FAKFAK - Badan Pengawas Pemilu (Bawaslu) Fakfak, Papua Barat, menyelenggarakan sosialisasi netralitas bagi ASN lingkup Pemkab Fakfak menjelang Pilkada serentak 2024.

Kegiatan bertajuk sosialisasi netralitas ASN pada pemilihan gubernur serta bupati tahun 2024 itu dilangsungkan di sebuah hotel besar di Fakfak, Rabu (9/10/2024).

"Ini bagian dari pencegahan," kata Ketua Bawaslu Fakfak.

Baca juga: Bawaslu Kaimana Sosialisasi Netralitas ASN dan Deklarasi Kampanye Damai

Ia menyebut Bawaslu Fakfak sudah meneruskan rekomendasi pelanggaran ke BKN.""",
        "expected": {
            "event_date": "2024-10-09",
            "province": "Papua Barat",
            "regency_city": "Kabupaten Fak Fak",
            "organizer": "Badan Pengawas Pemilu (Bawaslu) Fakfak",
            "organizer_type": "Bawaslu",
            "mode": "luring",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://kabarsula.com/bawaslu-kepsul-gencarkan-sosialisasi-netralitas-asn/",
        "text": """Bawaslu Kepulauan Sula Gencarkan Sosialisasi Netralitas ASN

KABARSULA.COM – Bawaslu Kabupaten Kepulauan Sula terus menyosialisasikan netralitas ASN dari kecamatan ke kecamatan untuk mencegah pelanggaran pada Pemilu 2024.

Setelah Mangoli Tengah dan Mangoli Timur, pada Jum’at (17/11/2023) Bawaslu kembali menggelar sosialisasi di Kecamatan Mangoli Utara. Kegiatan itu dilaksanakan di Kantor Desa Falabisahaya dan dihadiri kepala desa, camat, kepala sekolah beserta guru.

Kordiv Pencegahan Bawaslu Kepulauan Sula, kepada media ini, Senin (20/11/2023), mengatakan pelanggaran netralitas kerap terjadi pada pemilihan legislatif dan presiden.""",
        "expected": {
            "event_date": "2023-11-17",
            "province": "Maluku Utara",
            "regency_city": "Kabupaten Kepulauan Sula",
            "organizer": "Bawaslu",
            "organizer_type": "Bawaslu",
            "mode": "luring",
            "venue": "Kantor Desa Falabisahaya",
            "audience": "kepala desa, camat, kepala sekolah beserta guru",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://portal.sukabumikota.go.id/bawaslu-menggelar-sosialisasi-terkait-netralitas-asn-pada-pemilihan-kepala-daerah",
        "text": """Bawaslu Kota Sukabumi Sosialisasikan Netralitas ASN pada Pilkada

Reporter : Humas

Badan Pengawas Pemilu (Bawaslu) Kota Sukabumi menggelar sosialisasi netralitas Aparatur Sipil Negara (ASN) pada Pemilihan Kepala Daerah. Kegiatan yang dilaksanakan pada 25 Oktober 2024 di Hotel Balcony itu dihadiri ASN dari berbagai perangkat daerah Pemerintah Kota Sukabumi.

Koordinator divisi penanganan pelanggaran menerangkan dasar hukumnya, antara lain Undang-Undang Nomor 20 Tahun 2023 tentang ASN. Sejauh ini Bawaslu menangani dua kasus, dan rekomendasinya telah diteruskan kepada BKN.""",
        "expected": {
            "event_date": "2024-10-25",
            "province": "Jawa Barat",
            "regency_city": "Kota Sukabumi",
            "organizer": "Badan Pengawas Pemilu (Bawaslu) Kota Sukabumi",
            "organizer_type": "Bawaslu",
            "mode": "luring",
            "venue": "Hotel Balcony",
            "audience": "ASN dari berbagai perangkat daerah Pemerintah Kota Sukabumi",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://bkpsdm.tegalkab.go.id/main/read/1/berita/502/bkpsdm-kabupaten-tegal-gelar-webinar-netralitas-asn-dalam-pilkada-2024",
        "text": """BKPSDM Kabupaten Tegal Gelar Webinar Netralitas ASN

Slawi – Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Tegal menyelenggarakan webinar bertema "Netralitas ASN dalam Pemilihan Kepala Daerah Tahun 2024", Kamis (27/09/2024). Acara berlangsung secara hybrid: pegawai BKPSDM hadir di kelas, sementara ASN lain mengikuti melalui Zoom dan siaran langsung YouTube.

Kepala BKPSDM membuka webinar dan menekankan tiga fungsi ASN. Ketua Bawaslu Kabupaten Tegal menjadi narasumber utama tentang larangan bagi ASN selama Pilkada serentak.""",
        "expected": {
            "event_date": "2024-09-27",
            "province": "Jawa Tengah",
            "regency_city": "Kabupaten Tegal",
            "organizer": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Tegal",
            "organizer_type": "regency/city government",
            "mode": "hybrid",
            "election": "Pilkada 2024",
            "title": "Netralitas ASN dalam Pemilihan Kepala Daerah Tahun 2024",
        },
    },
    {
        "url": "https://dumai.bawaslu.go.id/berita/webinar-sosialisasi-konsekuensi-pelanggaran-netralitas-asn-di-pemilu-dan-pilkada-serentak",
        "text": """Webinar Konsekuensi Pelanggaran Netralitas ASN

Bawaslu Kota Dumai - Dumai. Sabtu, 11 September 2021 Bawaslu Kota Dumai mengadakan sosialisasi melalui zoom meeting bagi ASN, tenaga honorer dan warga Kota Dumai serta Kabupaten Bengkalis. Acara bertajuk "Konsekuensi Pelanggaran Netralitas ASN di Pemilu Serentak Tahun 2024" ini menghadirkan tiga narasumber.

Ketua Bawaslu Kota Dumai berharap ASN tidak terlibat politik praktis menjelang pemilu serentak tahun 2024.""",
        "expected": {
            "event_date": "2021-09-11",
            "province": "Riau",
            "regency_city": "Kota Dumai",
            "organizer": "Bawaslu Kota Dumai",
            "organizer_type": "Bawaslu",
            "mode": "daring",
            "election": "Pemilu 2024",
            "title": "Konsekuensi Pelanggaran Netralitas ASN di Pemilu Serentak Tahun 2024",
        },
    },
    {
        "url": "https://rumahkeadilan.or.id/webinar-online-sukses-sosialisasikan-manifestasi-demokrasi-ideal-menjaga-netralitas-pejabat-negara-di-masa-kampanye",
        "text": """Webinar LBH Bahas Netralitas Pejabat di Masa Kampanye

MALANG – Lembaga Bantuan Hukum (LBH) Rumah Keadilan menyelenggarakan webinar bertema "Menjaga Netralitas Pejabat Negara dalam Kampanye" pada Selasa, 6 Februari 2024, bekerja sama dengan Bawaslu Provinsi Jawa Timur.

Webinar yang berlangsung daring dari pukul 09.05 hingga 11.15 itu diikuti sekitar 48 peserta dari berbagai instansi. Pemateri menyinggung 412 aduan pelanggaran netralitas ASN pada 2019.

Diskusi diarahkan pada pemungutan suara Pemilu 14 Februari 2024.""",
        "expected": {
            "event_date": "2024-02-06",
            "province": "Jawa Timur",
            "organizer": "Lembaga Bantuan Hukum (LBH) Rumah Keadilan",
            "organizer_type": "other",
            "mode": "daring",
            "participants": "48",
            "audience": "berbagai instansi",
            "election": "Pemilu 2024",
            "title": "Menjaga Netralitas Pejabat Negara dalam Kampanye",
        },
    },
    {
        "url": "https://kanreg3.id/netralitas-asn-menjelang-pilkada-serentak-kanreg-iii-bkn-imbau-agar-pegawai-di-pemerintahan-dapat-tegakkan-netralitas",
        "text": """Kanreg III BKN Imbau Pegawai Tegakkan Netralitas Jelang Pilkada

BANDUNG – Bidang Pengembangan dan Supervisi Kepegawaian Kantor Regional III BKN menyelenggarakan Rakabangtesi pada Rabu (2/10/24) secara daring dengan tema Netralitas Dalam Menghadapi Pilkada Serentak. Kegiatan diikuti instansi di wilayah kerja Kanreg III BKN di Jawa Barat serta pegawai Kanreg III BKN.

Kepala Bidang PDSK mengingatkan sanksi bagi pegawai yang melanggar, mulai dari sanksi kode etik hingga pemberhentian tidak dengan hormat.""",
        "expected": {
            "event_date": "2024-10-02",
            "province": "Jawa Barat",
            "organizer": "Kantor Regional III BKN",
            "organizer_type": "BKN",
            "mode": "daring",
            "audience": "instansi di wilayah kerja Kanreg III BKN",
            "election": "Pilkada 2024",
            "title": "Netralitas Dalam Menghadapi Pilkada Serentak",
        },
    },
    {
        "url": "https://pekanbaru.bkn.go.id/home/2023/05/23/kuatkan-komitmen-netralitas-asn-kanreg-xii-bkn-gelar-rakor-jelang-tahun-politik-2024/",
        "text": """Kanreg XII BKN Gelar Rakor Netralitas Jelang Tahun Politik

Pemilihan umum akan digelar pada 2024, dan tahap pencalonan anggota DPR sudah berjalan sejak Mei 2023.

Untuk menyamakan langkah pencegahan, Kantor Regional XII BKN menyelenggarakan rapat koordinasi bertema "Menjaga Netralitas ASN di Tahun Politik". Rakor diselenggarakan di Kota Makassar, Sulawesi Selatan, pada Senin, 22 Mei 2023 bertempat di Hotel Clarro.

Sekretaris daerah dan kepala BKD/BKPSDM se-wilayah kerja Kanreg XII hadir sebagai peserta, bersama ketua Bawaslu setempat. Rakor diarahkan pada persiapan Pemilu 2024.""",
        "expected": {
            "event_date": "2023-05-22",
            "province": "Sulawesi Selatan",
            "regency_city": "Kota Makassar",
            "organizer": "Kantor Regional XII BKN",
            "organizer_type": "BKN",
            "mode": "luring",
            "venue": "Hotel Clarro",
            "election": "Pemilu 2024",
            "title": "Menjaga Netralitas ASN di Tahun Politik",
        },
    },
    {
        "url": "https://kasn.go.id/index.php/id/publikasi/kasn-dorong-asn-di-provinsi-aceh-terus-jaga-netralitas",
        "text": """KASN Dorong ASN Aceh Terus Jaga Netralitas

Komisi Aparatur Sipil Negara (KASN) menggelar Sosialisasi Netralitas ASN di Provinsi Aceh, Kamis (12/10/2023), bagi ASN Pemerintah Provinsi Aceh menjelang pemilihan umum.

Asisten KASN menyebut netralitas bermanfaat bagi birokrasi dan masyarakat. Anggota Panwaslih Aceh menambahkan, ASN Aceh sudah membacakan ikrar netralitas pada awal 2023.

(Humas KASN)""",
        "expected": {
            "event_date": "2023-10-12",
            "province": "Aceh",
            "organizer": "Komisi Aparatur Sipil Negara (KASN)",
            "organizer_type": "KASN",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://kasn.go.id/index.php/id/publikasi/cegah-pelanggaran-netralitas-asn-kasn-gelar-sosialisasi-di-sulawesi-utara",
        "text": """Cegah Pelanggaran, KASN Sosialisasi Netralitas di Sulawesi Utara

Komisi Aparatur Sipil Negara (KASN) menggelar sosialisasi dan evaluasi pencegahan pelanggaran netralitas bagi ASN se-Provinsi Sulawesi Utara, Kamis (3/11/2022). Sosialisasi bertempat di Kantor Gubernur Sulawesi Utara.

Asisten KASN memaparkan pelanggaran yang sering terjadi menjelang pemilu, seperti menghadiri kegiatan partai politik. Kepala BKD Provinsi Sulawesi Utara mengapresiasi kegiatan tersebut. Sesudahnya peserta mengisi survei tentang persiapan Pemilu 2024.""",
        "expected": {
            "event_date": "2022-11-03",
            "province": "Sulawesi Utara",
            "organizer": "Komisi Aparatur Sipil Negara (KASN)",
            "organizer_type": "KASN",
            "mode": "luring",
            "venue": "Kantor Gubernur Sulawesi Utara",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://bkd.jatengprov.go.id./read/221/sosialisasi-netralitas-asn-bagi-asn-di-lingkungan-pemerintah-provinsi-jawa-tengah.html",
        "text": """Sosialisasi Netralitas ASN di Lingkungan Pemprov Jawa Tengah

Badan Kepegawaian Daerah Provinsi Jawa Tengah menyelenggarakan Sosialisasi Netralitas ASN bagi pegawai di lingkungan Pemerintah Provinsi Jawa Tengah, sebagai bekal menghadapi Pemilu 2024.

Kegiatan diselenggarakan di Aula Badan Kepegawaian Daerah Provinsi Jawa Tengah dan dimulai pukul 08.50 WIB dengan lagu Indonesia Raya. Plt Sekretaris BKD membuka acara, dilanjutkan paparan tiga narasumber.

Salah satu kesimpulan: netralitas harus dijaga sebelum, selama dan sesudah masa kampanye.""",
        "expected": {
            "province": "Jawa Tengah",
            "organizer": "Badan Kepegawaian Daerah Provinsi Jawa Tengah",
            "organizer_type": "provincial government",
            "mode": "luring",
            "venue": "Aula Badan Kepegawaian Daerah Provinsi Jawa Tengah",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://nusantaraindonesia.id/2023/11/pemkab-indramayu-sosialisasikan-tujuh.html",
        "text": """Pemkab Indramayu Sosialisasikan Tujuh Larangan bagi ASN

INDRAMAYU, (nusantaraindonesia.id),- Pemerintah Kabupaten Indramayu melalui Bagian Tata Pemerintahan Setda mengadakan Sosialisasi Netralitas ASN Kabupaten Indramayu Tahun 2023, Rabu (08/11/2023).

Sosialisasi yang digelar di Aula Badan Kepegawaian Daerah (BKD) Kabupaten Indramayu itu berlangsung empat hari dengan jadwal bergiliran bagi setiap perangkat daerah.

Ketua Bidang Pembinaan Netralitas ASN pada Desk Pemilu membuka acara. Ia berharap ASN Indramayu tetap netral dalam pelaksanaan Pemilu 2024.""",
        "expected": {
            "event_date": "2023-11-08",
            "province": "Jawa Barat",
            "regency_city": "Kabupaten Indramayu",
            "organizer": "Pemerintah Kabupaten Indramayu",
            "organizer_type": "regency/city government",
            "mode": "luring",
            "venue": "Aula Badan Kepegawaian Daerah (BKD) Kabupaten Indramayu",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://www.suaraborneo.id/2024/07/pemerintah-kabupaten-landak-sosialisasi.html",
        "text": """Pemkab Landak Sosialisasikan Netralitas ASN dalam Pemilihan 2024

LANDAK, suaraborneo.id - Pemerintah Kabupaten Landak mengadakan sosialisasi netralitas Aparatur Sipil Negara dalam pemilihan kepala daerah tahun 2024. Acara dilaksanakan di aula kantor bupati Landak pada Rabu, 10 Juli 2024, dihadiri Pj Bupati, Sekda, ketua KPU, ketua Bawaslu dan para ASN.

Pj Bupati membuka acara dengan mengabsen peserta satu per satu. Pemungutan suara pemilihan kepala daerah dijadwalkan pada 27 November 2024, dan ia berharap partisipasi pemilih mencapai 90 persen.""",
        "expected": {
            "event_date": "2024-07-10",
            "province": "Kalimantan Barat",
            "regency_city": "Kabupaten Landak",
            "organizer": "Pemerintah Kabupaten Landak",
            "organizer_type": "regency/city government",
            "mode": "luring",
            "venue": "aula kantor bupati Landak",
            "audience": "Pj Bupati, Sekda, ketua KPU, ketua Bawaslu dan para ASN",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://kumalanews.id/2023/11/14/sekda-kukar-sunggono-minta-asn-dapat-memahami-batasan-netralitas-selama-masa-kampanye-pemilu-2024/",
        "text": """Sekda Kukar Minta ASN Pahami Batasan Netralitas Selama Kampanye

KUMALANEWS.ID – Pemerintah Kabupaten (Pemkab) Kutai Kartanegara (Kukar) menggelar Sosialisasi Netralitas ASN dalam Pemilu Tahun 2024 pada Selesa (14/11/23).

Kegiatan di ruang serbaguna Kantor Bupati Kukar itu dibuka Sekda Kukar, didampingi Kaban Kesbangpol, anggota KPU dan Ketua Bawaslu Kukar, dan diikuti ASN lingkungan Pemkab Kukar.

Sekda meminta ASN memahami batasan selama masa kampanye Pemilu 2024.""",
        "expected": {
            "event_date": "2023-11-14",
            "province": "Kalimantan Timur",
            "regency_city": "Kabupaten Kutai Kartanegara",
            "organizer": "Pemerintah Kabupaten (Pemkab) Kutai Kartanegara (Kukar)",
            "organizer_type": "regency/city government",
            "mode": "luring",
            "venue": "ruang serbaguna Kantor Bupati Kukar",
            "audience": "ASN lingkungan Pemkab Kukar",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://jabarnews.com/daerah/banyak-pelanggaran-netralitas-asn-bey-machmudin-kembali-ingatkan-hal-ini/2",
        "text": """Pemprov Jabar dan Bawaslu Perkuat Netralitas ASN

BANDUNG – Pemda Provinsi Jabar bersama Bawaslu Jabar menggelar sosialisasi penguatan netralitas ASN pada Pemilu serentak 2024. Acara yang digelar di Aula Barat Gedung Sate hari ini, Senin (22/1/2024), dihadiri 27 kepala daerah kabupaten/kota selaku pembina kepegawaian.

Pj Gubernur menyebut 20 kasus yang tercatat Bawaslu tidak melibatkan ASN Pemprov. Pemungutan suara berlangsung 14 Februari 2024.""",
        "expected": {
            "event_date": "2024-01-22",
            "province": "Jawa Barat",
            "organizer": "Pemda Provinsi Jabar bersama Bawaslu Jabar",
            "organizer_type": "provincial government",
            "mode": "luring",
            "venue": "Aula Barat Gedung Sate",
            "participants": "27",
            "audience": "kepala daerah kabupaten/kota selaku pembina kepegawaian",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://www.biroumumprotokol.id/terbaru/i/77824573/apel-gabungan-seluruh-asn-dan-sosialisasi-netralitas-asn-dalam-pemilu-serentak-tahun-2024-dan-ramah-tamah-istora-lukas-enembe",
        "text": """Apel Gabungan dan Sosialisasi Netralitas ASN Pemprov Papua

Pemerintah Provinsi Papua menggelar apel gabungan ASN dari 40 SKPD, disusul Sosialisasi Netralitas ASN dalam Pemilu Serentak Tahun 2024 bersama KPU Provinsi Papua dan Bawaslu, pada Senin, 15 Januari 2024 pukul 08.00 WIT. Kegiatan bertempat di Gedung Istora Lukas Enembe, Sentani.

Pj Sekretaris Daerah memimpin ikrar netralitas yang diikuti ribuan ASN, dilanjutkan penandatanganan pakta integritas oleh pimpinan SKPD.""",
        "expected": {
            "event_date": "2024-01-15",
            "province": "Papua",
            "organizer": "Pemerintah Provinsi Papua",
            "organizer_type": "provincial government",
            "mode": "luring",
            "venue": "Gedung Istora Lukas Enembe",
            "audience": "ribuan ASN",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://bangkalan.networks.co.id/kodim-0829bangkalan-gelar-sosialisasi-netralitas-tni-dalam-pemilu-2024",
        "text": """Kodim 0829/Bangkalan Sosialisasikan Netralitas TNI dan ASN TNI

BANGKALAN – Untuk mendukung kelancaran Pemilu 2024, Kodim 0829/Bangkalan menyelenggarakan sosialisasi netralitas TNI dan ASN TNI di Aula Gedung Manunggal pada hari Selasa (28/11/2023).

Komisioner KPU Bangkalan mengingatkan bahwa masa kampanye berlangsung dari 28 November 2023 hingga 10 Februari 2024. Ketua Bawaslu Bangkalan meminta prajurit tidak menyebarkan hoaks dan tidak mengizinkan alat peraga kampanye di lahan TNI.

Baca juga: Forkopimda Jatim Peringati Harkitnas""",
        "expected": {
            "event_date": "2023-11-28",
            "province": "Jawa Timur",
            "regency_city": "Kabupaten Bangkalan",
            "organizer": "Kodim 0829/Bangkalan",
            "organizer_type": "military",
            "mode": "luring",
            "venue": "Aula Gedung Manunggal",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://kudus.delikhukum.id/kodim-0722kudus-lakukan-penyuluhan-netralitas-tni-dalam-pemilu-2024",
        "text": """Prajurit Kodim Kudus Ikuti Penyuluhan Netralitas

KUDUS - Kodim 0722/Kudus menggelar penyuluhan netralitas TNI dan ASN TNI menjelang Pemilu 2024 bertempat di Aula Makodim 0722/Kudus, Rabu (18/10/2023).

Kegiatan ini melaksanakan perintah Panglima TNI agar setiap prajurit menghindari hal yang mencederai netralitas. Kasdim mewakili Dandim menyampaikan bahwa prajurit bersama Polri siap mengamankan pemungutan suara.

Redaktur : Pendim 0722/Kudus""",
        "expected": {
            "event_date": "2023-10-18",
            "province": "Jawa Tengah",
            "regency_city": "Kabupaten Kudus",
            "organizer": "Kodim 0722/Kudus",
            "organizer_type": "military",
            "mode": "luring",
            "venue": "Aula Makodim 0722/Kudus",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://sulbar.nagori.web.id/menghadapi-pesta-demokrasi-dandim-1402polman-sosialisasikan-buku-netralitas-tni",
        "text": """Dandim 1402/Polman Sosialisasikan Buku Netralitas

POLMAN – Kodim 1402/Polman mengadakan sosialisasi buku netralitas TNI di hadapan ratusan prajurit dan ASN TNI usai apel pagi di lapangan apel Makodim 1402/Polman, Kabupaten Polewali Mandar, Sulawesi Barat, Kamis (9/11/2023).

Dandim menyebut buku itu disusun khusus untuk wilayah Kodam XIV/Hasanuddin sebagai pedoman menghadapi pemilihan umum 2024. Ia meminta Babinsa bijak bermedia sosial.""",
        "expected": {
            "event_date": "2023-11-09",
            "province": "Sulawesi Barat",
            "regency_city": "Kabupaten Polewali Mandar",
            "organizer": "Kodim 1402/Polman",
            "organizer_type": "military",
            "mode": "luring",
            "venue": "lapangan apel Makodim 1402/Polman",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://malang-post.com/2023/10/29/netralitas-asn-di-pemilu-2024-disosialisasikan-oleh-satuan-reformasi-birokrasi-universitas-brawijaya",
        "text": """SRB Universitas Brawijaya Sosialisasikan Netralitas ASN

Malang Post – Satuan Reformasi Birokrasi (SRB) Universitas Brawijaya menggelar kegiatan bertema "Sosialisasi Netralitas Aparatur Sipil Negara dalam Menghadapi Pemilu 2024". Acara dilaksanakan pada Sabtu, (28/10/2023) secara daring dan dihadiri civitas akademika Universitas Brawijaya di Kota Malang.

Wakil Rektor menekankan pentingnya netralitas menjelang tahapan kampanye pemilihan presiden. Sesi pertama diisi anggota Bawaslu RI, sesi kedua membahas media sosial.""",
        "expected": {
            "event_date": "2023-10-28",
            "province": "Jawa Timur",
            "regency_city": "Kota Malang",
            "organizer": "Satuan Reformasi Birokrasi (SRB) Universitas Brawijaya",
            "organizer_type": "university",
            "mode": "daring",
            "audience": "civitas akademika Universitas Brawijaya",
            "election": "Pemilu 2024",
            "title": "Sosialisasi Netralitas Aparatur Sipil Negara dalam Menghadapi Pemilu 2024",
        },
    },
    {
        "url": "https://kaltengonline.com/2022/11/24/hadapi-pemilu-serentak-2024-upr-sosialisasi-netralitas-asn",
        "text": """Hadapi Pemilu Serentak 2024, UPR Sosialisasi Netralitas ASN

PALANGKA RAYA-Menyongsong pemilu serentak tahun 2024, Universitas Palangka Raya (UPR) mengadakan sosialisasi netralitas ASN, Rabu (23/11/ 2022). Kegiatan yang digelar di Gedung PPIIG UPR itu berlangsung secara hybrid dan dihadiri pimpinan rektorat, dekanat, dosen serta tenaga kependidikan.

Dua narasumber dari KASN hadir secara online. Rektor UPR mengingatkan bahwa ASN dilarang menjadi anggota partai politik.""",
        "expected": {
            "event_date": "2022-11-23",
            "province": "Kalimantan Tengah",
            "regency_city": "Kota Palangkaraya",
            "organizer": "Universitas Palangka Raya (UPR)",
            "organizer_type": "university",
            "mode": "hybrid",
            "venue": "Gedung PPIIG UPR",
            "audience": "pimpinan rektorat, dekanat, dosen serta tenaga kependidikan",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://fh.unsoed.ac.id/berita/bagian-hukum-administrasi-negara-fh-unsoed-selenggarakan-webinar-tentang-mempertanyakan-netralitas-asn-dalam-pemilu-2024/",
        "text": """FH Unsoed Bahas Netralitas ASN dalam Webinar

PURWOKERTO – Rabu, 22 November 2023. Bagian Hukum Administrasi Negara Fakultas Hukum Universitas Jenderal Soedirman (Unsoed) menyelenggarakan webinar dengan tema "Mempertanyakan Netralitas ASN dalam Pemilu 2024" pada (Senin, 20/11). Webinar ini diikuti lebih dari 300 peserta secara daring melalui zoom meeting.

Pemateri berasal dari kalangan akademisi, Badan Kepegawaian Negara dan Bawaslu Kabupaten Banyumas.""",
        "expected": {
            "event_date": "2023-11-20",
            # An online webinar: Purwokerto (the dateline) is no regency of the reference tables, and Banyumas is
            # only a speaker's office, so the text does not place it (issue 15: national events stay national).
            "organizer": "Bagian Hukum Administrasi Negara Fakultas Hukum Universitas Jenderal Soedirman (Unsoed)",
            "organizer_type": "university",
            "mode": "daring",
            "participants": "300",
            "election": "Pemilu 2024",
            "title": "Mempertanyakan Netralitas ASN dalam Pemilu 2024",
        },
    },
    {
        "url": "https://liputan-wartajatim.com/?p=1563",
        "text": """Polres Gresik Bekali Personel Buku Saku Netralitas

GRESIK – Polres Gresik menggelar pembekalan netralitas Polri dan ASN Polri sekaligus menyerahkan buku saku pengamanan pemilu di halaman Mapolres Gresik, Senin (11-12-2023).

Buku saku memuat 17 poin pedoman netralitas selama tahapan Pemilu 2024, dari pendaftaran pemilih hingga penetapan hasil. Kapolres menegaskan pelanggaran akan diproses tegas.

(NH)""",
        "expected": {
            "event_date": "2023-12-11",
            "province": "Jawa Timur",
            "regency_city": "Kabupaten Gresik",
            "organizer": "Polres Gresik",
            "organizer_type": "police",
            "mode": "luring",
            "venue": "halaman Mapolres Gresik",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://metroindonesia.co/kapolres-gunungkidul-mengingatkan-netralitas-anggota-polri-dalam-pemilu",
        "text": """Kapolres Gunungkidul Ingatkan Netralitas Personel

Gunungkidul (Metro Indonesia) — Pemungutan suara Pemilu 2024 untuk memilih presiden dan anggota legislatif akan dilaksanakan pada 14 Februari 2024.

Polres Gunungkidul mengadakan arahan netralitas bagi personel dan ASN Polri dalam apel pagi Operasi Mantap Brata di halaman apel Mapolres Gunungkidul, Selasa, 9 Januari 2024.

Kapolres mengingatkan Pasal 28 UU Nomor 2 Tahun 2002 yang mewajibkan Polri netral.

(Humas Polres Gunungkidul, Polda DI Yogyakarta)""",
        "expected": {
            "event_date": "2024-01-09",
            "province": "DI Yogyakarta",
            "regency_city": "Kabupaten Gunungkidul",
            "organizer": "Polres Gunungkidul",
            "organizer_type": "police",
            "mode": "luring",
            "venue": "halaman apel Mapolres Gunungkidul",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://lensaberita.online/panwaslu-kecamatan-rembang-gelar-sosialisasi-partisipatif",
        "text": """Panwaslu Kecamatan Rembang Gelar Sosialisasi Netralitas

Pasuruan, lensaberita – Memasuki masa kampanye Pilkada 2024, Panitia Pengawas Pemilu (Panwaslu) Kecamatan Rembang, Kabupaten Pasuruan, menggelar sosialisasi netralitas ASN di Balai Kecamatan Rembang, Kamis (26/9/2024) siang.

Yang diundang adalah kepala desa, BPD, PPDI serta TNI-Polri. Narasumber adalah mantan Ketua Bawaslu Kabupaten Pasuruan.

Peserta antusias bertanya, misalnya apakah boleh membuat status tentang pasangan calon.""",
        "expected": {
            "event_date": "2024-09-26",
            "province": "Jawa Timur",
            "regency_city": "Kabupaten Pasuruan",
            "organizer": "Panitia Pengawas Pemilu (Panwaslu) Kecamatan Rembang",
            "organizer_type": "Bawaslu",
            "mode": "luring",
            "venue": "Balai Kecamatan Rembang",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://kumpulanberitaterkini.com/read/647510/2024/11/20/pemkab-kukar-minta-bawaslu-perjelas-aturan-netralitas-asn-di-pilkada-2024",
        "text": """Pemkab Kukar Minta Aturan Netralitas ASN Diperjelas

Pemerintah Kabupaten Kutai Kartanegara, Kalimantan Timur, menjamin ASN tetap netral pada Pilkada Serentak 2024.

Badan Kesbangpol Kukar menggelar pertemuan membahas netralitas ASN di Balai Pertemuan Umum (BPU) Kantor Camat Muara Jawa, Kamis (10/10). Hadir pimpinan DPRD, Ketua KPU Kukar dan Ketua Bawaslu Kukar.

"Netralitas ASN wajib dipatuhi," kata Pjs Bupati Kukar dalam keterangan tertulis, Minggu (13/10/2024).

Daftar pemilih tetap Kukar untuk Pilkada 2024 berjumlah 552.469 orang di 1.447 TPS, dan partisipasi diperkirakan 84,24 persen.""",
        "expected": {
            "event_date": "2024-10-10",
            "province": "Kalimantan Timur",
            "regency_city": "Kabupaten Kutai Kartanegara",
            "organizer": "Badan Kesbangpol Kukar",
            "organizer_type": "regency/city government",
            "mode": "luring",
            "venue": "Balai Pertemuan Umum (BPU) Kantor Camat Muara Jawa",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://www.tandaseru.com/2024/09/30/bawaslu-sosialisasikan-netralitas-kepada-asn-halmahera-barat/2",
        "text": """Pemda Halmahera Barat Sosialisasikan Netralitas ASN

JAILOLO – Pemerintah Kabupaten Halmahera Barat menggelar sosialisasi netralitas ASN di Aula Kantor Bupati Halmahera Barat, Senin (30/9/2024), dengan Bawaslu sebagai narasumber.

Kegiatan ini diikuti pimpinan OPD, camat, ketua Apdesi tingkat kecamatan dan para kepala desa.

Ketua Bawaslu mengapresiasi langkah Pemda. Kordiv penanganan pelanggaran meminta ASN tidak menyukai atau mengomentari unggahan pasangan calon pada Pilkada serentak 2024.""",
        "expected": {
            "event_date": "2024-09-30",
            "province": "Maluku Utara",
            "regency_city": "Kabupaten Halmahera Barat",
            "organizer": "Pemerintah Kabupaten Halmahera Barat",
            "organizer_type": "regency/city government",
            "mode": "luring",
            "venue": "Aula Kantor Bupati Halmahera Barat",
            "audience": "pimpinan OPD, camat, ketua Apdesi tingkat kecamatan dan para kepala desa",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://infolampungnews.com/adi-erlansyah-hadiri-rakor-perumusan-kebijakan-netralitas-asn-yang-menjabat-pj-kepala-daerah/",
        "text": """Pj Bupati Hadiri Rakor Netralitas ASN Penjabat Kepala Daerah

PRINGSEWU – Pj Bupati Pringsewu menghadiri rapat koordinasi tentang netralitas ASN yang menjabat penjabat kepala daerah, dalam rangka supervisi regulasi pelaksanaan Pilkada 2024.

Rakor diselenggarakan oleh Direktorat Jenderal Otonomi Daerah Kementerian Dalam Negeri di Hotel Millenium, Jakarta, Senin (17/07/23), dan diikuti penjabat gubernur, bupati dan wali kota se-Indonesia.

Dirjen Otda meminta para penjabat berpedoman pada keputusan bersama lima lembaga Nomor 2 Tahun 2022.""",
        "expected": {
            "event_date": "2023-07-17",
            "province": "DKI Jakarta",
            "organizer": "Direktorat Jenderal Otonomi Daerah Kementerian Dalam Negeri",
            "organizer_type": "Kemendagri",
            "mode": "luring",
            "venue": "Hotel Millenium",
            "audience": "penjabat gubernur, bupati dan wali kota se-Indonesia",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://menpan.go.id/site/berita-terkini/kementerian-panrb-adakan-webinar-untuk-tingkatkan-kewaspadaan-politisasi-asn-dalam-pilkada-2020",
        "text": """Kementerian PANRB Gelar Webinar Kewaspadaan Politisasi ASN

JAKARTA – Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) menggelar webinar bertema "Netralitas dan Kewaspadaan Politisasi ASN dalam Pilkada Serentak" pada Senin (12/8), bekerja sama dengan sebuah fakultas ilmu sosial.

Webinar dibuka pukul 09.00 WIB dan menghadirkan empat narasumber, antara lain Ketua Bawaslu dan komisioner KASN. Pembahasan diarahkan ke pemilihan kepala daerah serentak 27 November 2024.""",
        "published": "2024-08-13",
        "expected": {
            "event_date": "2024-08-12",
            # A ministry's online webinar: JAKARTA is where the report was filed, not a host province (issue 15).
            "organizer": "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB)",
            "organizer_type": "Kemenpan RB",
            "mode": "daring",
            "election": "Pilkada 2024",
            "title": "Netralitas dan Kewaspadaan Politisasi ASN dalam Pilkada Serentak",
        },
    },
    {
        "url": "https://banten.inews.id/read/356788/panwascam-mancak-gelar-sosialisasi-netralitas-asn-dan-pelanggaran-kampanye-pemilu-serentak-2024/2",
        "ext": "html",
        "text": html(
            "Panwascam Mancak Gelar Sosialisasi Netralitas ASN",
            "<p>SERANG, iNewsBanten - Panwaslu Kecamatan Mancak, Kabupaten Serang, menggelar sosialisasi netralitas "
            "ASN dan pelanggaran kampanye Pemilu serentak 2024 di Aula Kantor Kecamatan Mancak, Selasa (5/12/2023).</p>"
            "<p>Sosialisasi diikuti sebanyak 60 peserta dari unsur ASN kecamatan, kepala desa dan guru.</p>"
            "<p>Menurut Ketua Panwascam, aturan netralitas sudah ada sejak Undang-Undang Nomor 5 Tahun 2014.</p>"
            "<p>Editor : Redaksi</p>",
        ),
        "expected": {
            "event_date": "2023-12-05",
            "province": "Banten",
            "regency_city": "Kabupaten Serang",
            "organizer": "Panwaslu Kecamatan Mancak",
            "organizer_type": "Bawaslu",
            "mode": "luring",
            "venue": "Aula Kantor Kecamatan Mancak",
            "participants": "60",
            "audience": "ASN kecamatan, kepala desa dan guru",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://www.dara.co.id/stop-asn-terlibat-dalam-politik-praktis-begini-yang-dilakukan-bakesbangpol-bandung-barat/",
        "ext": "html",
        "text": html(
            "Bakesbangpol Bandung Barat Sosialisasikan Rambu Netralitas",
            "<p>NGAMPRAH – Badan Kesatuan Bangsa dan Politik (Bakesbangpol) Kabupaten Bandung Barat menggelar "
            "sosialisasi netralitas ASN di Aula HBS, Cimareme, Rabu (29/11/2023).</p>"
            "<p>Kegiatan itu digelar untuk mendukung Pemilu, Pileg dan Pilpres 2024, sesuai arahan Pj Bupati. "
            "Narasumber berasal dari Bawaslu KBB dan Bakesbangpol Provinsi Jawa Barat.</p>"
            "<p>Hal itu disampaikan Kepala Bakesbangpol di Ngamprah, Kamis (30/11/2023).</p>",
        ),
        "expected": {
            "event_date": "2023-11-29",
            "province": "Jawa Barat",
            "regency_city": "Kabupaten Bandung Barat",
            "organizer": "Badan Kesatuan Bangsa dan Politik (Bakesbangpol) Kabupaten Bandung Barat",
            "organizer_type": "regency/city government",
            "mode": "luring",
            "venue": "Aula HBS",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://kendariinfo.com/pemprov-sosialisasikan-kebijakan-netralitas-asn-sultra-hadapi-pemilu-2024",
        "ext": "html",
        "text": html(
            "Pemprov Sultra Sosialisasikan Kebijakan Netralitas ASN",
            "<p>Kendari – Menjelang Pemilu 2024, Badan Kepegawaian Daerah (BKD) Sultra menggelar sosialisasi "
            "kebijakan netralitas ASN di Claro Hotel Kendari, Rabu (15/11/2023).</p>"
            "<p>Acara dihadiri 300 ASN dari organisasi perangkat daerah Pemprov Sultra, dan ditutup dengan "
            "deklarasi netralitas.</p>",
        ),
        "expected": {
            "event_date": "2023-11-15",
            "province": "Sulawesi Tenggara",
            "regency_city": "Kota Kendari",
            "organizer": "Badan Kepegawaian Daerah (BKD) Sultra",
            "organizer_type": "provincial government",
            "mode": "luring",
            "venue": "Claro Hotel Kendari",
            "participants": "300",
            "audience": "ASN dari organisasi perangkat daerah Pemprov Sultra",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://sorong.tribunnews.com/2023/07/17/pj-bupati-maybrat-hadiri-rakor-soal-netralitas-asn-di-jakarta-ini-arahan-dirjen-otda-kemendagri",
        "ext": "html",
        "text": html(
            "Bawaslu Maybrat Sosialisasi Netralitas ASN dan Perangkat Desa",
            "<p>TRIBUNSORONG.COM, MAYBRAT – Bawaslu Kabupaten Maybrat menggelar sosialisasi netralitas ASN dan "
            "perangkat kampung secara virtual, Selasa (18/7/2023), karena akses jalan ke distrik terputus.</p>"
            "<p>Sekitar 120 peserta mengikuti dari kantor distrik masing-masing. Anggaran kegiatan Rp 25 juta "
            "dan materi mencakup 10 larangan menjelang Pemilu 2024.</p>",
            noise=False,
        ),
        "expected": {
            "event_date": "2023-07-18",
            "province": "Papua Barat Daya",
            "regency_city": "Kabupaten Maybrat",
            "organizer": "Bawaslu Kabupaten Maybrat",
            "organizer_type": "Bawaslu",
            "mode": "daring",
            "participants": "120",
            "election": "Pemilu 2024",
        },
    },
    # Written after the rules above were fixed and scored blind before any change (see the report).
    {
        "url": "https://kabarngetren.com/2024/10/30/polda-jateng-distribusikan-buku-saku-pedoman-netralitas-anggota-polri-untuk-pengamanan-pilkada-2024",
        "text": """Polda Jateng Bagikan Buku Saku Netralitas untuk Pengamanan Pilkada

Kabar Ngetren/Semarang – Bidang Profesi dan Pengamanan (Bid Propam) Polda Jawa Tengah membagikan buku saku pedoman netralitas kepada personel Polri dan ASN di seluruh satuan kerja Mapolda Jateng, Rabu pagi (30/10).

Buku saku juga disebarkan dalam format PDF lewat akun media sosial resmi Polda, sehingga jajaran Polres di Jawa Tengah dapat membacanya. Kabid Propam menyebut langkah ini bagian dari pengamanan Pilkada Serentak 2024 yang pemungutan suaranya jatuh pada 27 November 2024.""",
        "expected": {
            "event_date": "2024-10-30",
            "province": "Jawa Tengah",
            "organizer": "Bidang Profesi dan Pengamanan (Bid Propam) Polda Jawa Tengah",
            "organizer_type": "police",
            "election": "Pilkada 2024",
        },
    },
    {
        "url": "https://undip.ac.id/?p=16974",
        "text": """Undip dan KASN Gelar Webinar Meritokrasi dan Netralitas

SEMARANG – Universitas Diponegoro bekerja sama dengan Komisi Aparatur Sipil Negara menggelar sosialisasi netralitas ASN dalam bentuk webinar bertema "Membangun Meritokrasi dan Demokrasi Indonesia" di auditorium FISIP Undip, Jumat (17/11/2023).

Lebih dari 300 partisipan dari pemprov, pemkot dan pemkab di Jawa Tengah mengikuti acara ini. Rektor menyebut ASN harus netral sejak dilantik, terlebih menjelang Pemilu 2024.""",
        "expected": {
            "event_date": "2023-11-17",
            "province": "Jawa Tengah",
            "organizer": "Universitas Diponegoro",
            "organizer_type": "university",
            "mode": "daring",
            "venue": "auditorium FISIP Undip",
            "participants": "300",
            "audience": "pemprov, pemkot dan pemkab",
            "title": "Membangun Meritokrasi dan Demokrasi Indonesia",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://reportase.co/?p=350",
        "text": """Bawaslu Mamuju Akan Gencarkan Sosialisasi Netralitas ASN

Mamuju – Bawaslu Kabupaten Mamuju berencana mengintensifkan sosialisasi netralitas ASN begitu tahapan kampanye dimulai.

Koordinator divisi pencegahan mengatakan, sosialisasi nanti akan menyasar guru, tenaga kesehatan dan pegawai kecamatan. Dua kasus dugaan pelanggaran sudah diteruskan ke KASN.""",
        "expected": {
            "province": "Sulawesi Barat",
            "regency_city": "Kabupaten Mamuju",
        },
    },
    {
        "url": "https://sergaptkp.com/2023/12/dandim-lamongan-bekali-prajurit-buku-saku-netralitas-tni",
        "text": """Kodim Lamongan Bekali Prajurit dan ASN TNI Soal Netralitas

LAMONGAN – Kodim 0812/Lamongan mengadakan pengecekan dan pembagian buku saku netralitas TNI kepada prajurit serta ASN TNI di Aula Makodim 0812/Lamongan, Jumat (15/12/2023).

Dandim menegaskan netralitas harga mati selama Pemilu 2024. "Dengan langkah ini kami berharap pemilu berjalan aman," ucapnya.""",
        "expected": {
            "event_date": "2023-12-15",
            "province": "Jawa Timur",
            "regency_city": "Kabupaten Lamongan",
            "organizer": "Kodim 0812/Lamongan",
            "organizer_type": "military",
            "mode": "luring",
            "venue": "Aula Makodim 0812/Lamongan",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://wartabanjar.com/2022/12/08/pesan-gubernur-kalsel-agar-asn-harus-netral-saat-pemilu-2024/2",
        "text": """Bawaslu RI Kumpulkan Kepala Daerah Se-Kalsel Bahas Netralitas ASN

BANJARMASIN – Bawaslu RI menggelar rapat koordinasi netralitas ASN bersama pemerintah daerah di Hotel Galaxy Banjarmasin, Kamis (8/12/2022). Kegiatan ini diikuti oleh seluruh kepala daerah se-Kalsel atau yang mewakili, serta pejabat eselon II.

Narasumber dari Kemendagri, Kemenpan-RB, KASN dan BKN turut hadir. Plh Sekjen Bawaslu memperkirakan pelanggaran netralitas pada Pemilu 2024 akan banyak.""",
        "expected": {
            "event_date": "2022-12-08",
            "province": "Kalimantan Selatan",
            "regency_city": "Kota Banjarmasin",
            "organizer": "Bawaslu RI",
            "organizer_type": "Bawaslu",
            "mode": "luring",
            "venue": "Hotel Galaxy Banjarmasin",
            "audience": "seluruh kepala daerah se-Kalsel atau yang mewakili, serta pejabat eselon II",
            "election": "Pemilu 2024",
        },
    },
    {
        "url": "https://pantura.tribunnews.com/2020/10/27/asn-pemkab-pekalongan-ikarkan-netral-dalam-pilkada",
        "text": """Pemkab Pekalongan Gelar Ikrar Netralitas ASN

TRIBUN-PANTURA.COM, KAJEN - ASN Pemerintah Kabupaten (Pemkab) Pekalongan menggelar apel ikrar netralitas menjelang Pilkada 2024.

Apel digelar di halaman Kantor Kesbangpol Kabupaten Pekalongan, Senin (21/10/2024), dan diikuti sebanyak 250 ASN dari organisasi perangkat daerah. Kepala Kesbangpol menyebut ikrar ini tindak lanjut surat edaran Sekda.""",
        "expected": {
            "event_date": "2024-10-21",
            "province": "Jawa Tengah",
            "regency_city": "Kabupaten Pekalongan",
            "organizer": "Pemerintah Kabupaten (Pemkab) Pekalongan",
            "organizer_type": "regency/city government",
            "mode": "luring",
            "venue": "halaman Kantor Kesbangpol Kabupaten Pekalongan",
            "participants": "250",
            "audience": "ASN dari organisasi perangkat daerah",
            "election": "Pilkada 2024",
        },
    },
]


def title_of(text: str) -> str:
    """The headline: the first non-empty line (for HTML the <h1>, since the page head and menu are dropped)."""
    if text.lstrip().startswith("<!DOCTYPE"):
        return text.split("<h1>", 1)[1].split("</h1>", 1)[0]
    return next(line.strip() for line in text.splitlines() if line.strip())


def main() -> None:
    for old in HERE.glob("case_*"):
        old.unlink()
    with (
        open(HERE / "expected.csv", "w", newline="", encoding="utf-8") as exp,
        open(HERE / "sources.csv", "w", newline="", encoding="utf-8") as src,
    ):
        e = csv.DictWriter(exp, fieldnames=["file", *F, "published"], lineterminator="\n")
        e.writeheader()
        s = csv.writer(src, lineterminator="\n")
        s.writerow(["file", "model_url"])
        for number, case in enumerate(CASES, start=1):
            name = f"case_{number:02d}.{case.get('ext', 'txt')}"
            (HERE / name).write_text(case["text"] + "\n", encoding="utf-8")
            fields = {f: "" for f in F} | {"title": title_of(case["text"])} | case["expected"]
            e.writerow({"file": name, **fields, "published": case.get("published", "")})
            s.writerow([name, case["url"]])


if __name__ == "__main__":
    main()
