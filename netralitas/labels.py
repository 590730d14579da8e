"""Every word the dashboard shows, in Bahasa Indonesia and English, and what each metric means and comes from."""

from __future__ import annotations

from dataclasses import dataclass

TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("Netralitas ASN", "ASN Neutrality"),
    "app_subtitle": (
        "Sosialisasi netralitas ASN menjelang Pemilu dan Pilkada 2024",
        "Civil-service neutrality briefings before Indonesia's 2024 elections",
    ),
    "page_overview": ("Ringkasan", "Overview"),
    "page_map": ("Peta", "Map"),
    "page_timeline": ("Linimasa", "Timeline"),
    "page_reach": ("Jangkauan", "Reach"),
    "page_violations": ("Pelanggaran", "Violations"),
    "page_data": ("Data", "Data"),
    "page_about": ("Tentang", "About"),
    "page_add": ("Tambah dari artikel", "Add from article"),
    "page_review": ("Tinjau kandidat", "Review candidates"),
    "filters": ("Filter", "Filters"),
    "page_not_found": ("Halaman tidak ditemukan", "Page not found"),
    "page_not_found_text": (
        "Alamat ini tidak ada di dasbor. Pilih halaman di panel samping, atau buka Ringkasan.",
        "This address is not part of the dashboard. Choose a page in the sidebar, or open the Overview.",
    ),
    "election": ("Pemilu/Pilkada", "Election"),
    "date_range": ("Rentang tanggal", "Date range"),
    "provinces": ("Provinsi", "Provinces"),
    "island_groups": ("Kepulauan", "Island groups"),
    "organizer_types": ("Jenis penyelenggara", "Organiser type"),
    "modes": ("Moda", "Mode"),
    "present": ("Mode presentasi", "Presentation mode"),
    "bad_param": ("Parameter URL tidak dikenal diabaikan: {names}", "Unknown URL parameters were ignored: {names}"),
    "undated_not_drawn": (
        "{n} angka tanpa tanggal tidak digambar (ada di CSV)",
        "{n} figures without a date are not drawn (they are in the CSV)",
    ),
    "several_elections": ("lebih dari satu pemilihan", "more than one election"),
    "no_data": (
        "Tidak ada kegiatan untuk pilihan ini. Longgarkan filter di panel samping.",
        "No events match this selection. Widen the filters in the sidebar.",
    ),
    "no_db": (
        "Basis data belum dibangun. Jalankan `python -m etl build`.",
        "The database has not been built yet. Run `python -m etl build`.",
    ),
    "no_counts": (
        "Belum ada kegiatan dengan jumlah peserta yang dilaporkan untuk pilihan ini.",
        "No event in this selection reports a participant count.",
    ),
    "no_asn": (
        "Belum ada pasangan jumlah peserta dan jumlah ASN untuk pilihan ini.",
        "No selection here has both participant counts and an ASN headcount.",
    ),
    "selection": ("Pilihan saat ini", "Current selection"),
    "everything": ("semua data", "all data"),
    "latest": ("Kegiatan terbaru", "Latest events"),
    "days_to": ("{days} hari lagi menuju {election}", "{days} days to {election}"),
    "days_since": ("{election}: {days} hari yang lalu", "{election}: {days} days ago"),
    "source": ("Sumber", "Source"),
    "metric": ("Ukuran", "Metric"),
    "province_detail": ("Rincian provinsi", "Province detail"),
    "no_record": ("tidak ada catatan", "no record"),
    "no_figure": ("tidak ada angka yang dipublikasikan", "no published figure"),
    "not_selected": ("tidak dipilih", "not selected"),
    "no_figure_strip": ("tanpa angka", "no figure"),
    "choose_election": (
        "Angka pelanggaran hanya dibandingkan dalam satu pemilihan: pilih Pemilu 2024 atau Pilkada 2024 di panel "
        "samping.",
        "Violation figures are only compared within one election: choose Pemilu 2024 or Pilkada 2024 in the sidebar.",
    ),
    "outreach_table": (
        "Provinsi dengan kegiatan paling sedikit per 1.000 ASN, dan pelanggaran yang dilaporkan",
        "Provinces with the fewest events per 1,000 ASN, and the violations reported there",
    ),
    "all_province_figures": (
        "Semua angka tingkat provinsi, dengan sumbernya",
        "Every province-level figure, with its source",
    ),
    "undated": ("tanggal tidak disebut", "date not stated"),
    "figure_rule": (
        "Angka per provinsi: hanya baris tingkat provinsi, satu pemilihan, satu ukuran, satu satuan; bila ada "
        "beberapa penerbit, dipakai penerbit yang mencakup provinsi terbanyak, angka terbarunya.",
        "Province figures: province-level rows only, one election, one metric, one unit; where several bodies "
        "published, the one covering the most provinces, its latest figure.",
    ),
    "unit_ASN": ("orang ASN", "persons"),
    "unit_case": ("kasus", "cases"),
    "unit_percent": ("persen", "percent"),
    "events_in_week": ("Kegiatan pada minggu {week}", "Events in the week of {week}"),
    "open_province": (
        "Klik sebuah provinsi pada peta (titiknya) untuk membuka rincian kabupaten/kota dan sumbernya.",
        "Click a province on the map (its dot) to open its regencies/cities and their sources.",
    ),
    "regency_map": ("Kegiatan per kabupaten/kota", "Events by regency/city"),
    "release": ("Rilis data", "Data release"),
    "how_to_cite": ("Cara mengutip", "How to cite"),
    "citation": (
        "Kontributor Netralitas ASN ({release}). Netralitas ASN: sosialisasi netralitas ASN dan angka pelanggaran "
        "yang dipublikasikan, Indonesia 2022–2025 [dataset, rilis {release}]. CC BY 4.0. Lihat CITATION.cff dan "
        "data/datapackage.json.",
        "Netralitas ASN contributors ({release}). Netralitas ASN: ASN-neutrality briefings and published violation "
        "figures, Indonesia 2022–2025 [dataset, release {release}]. CC BY 4.0. See CITATION.cff and "
        "data/datapackage.json.",
    ),
    "slide_mingguan": ("Per minggu", "Per week"),
    "slide_hari": ("Hari sebelum pemungutan", "Days before voting"),
    "slide_kumulatif": ("Kumulatif", "Cumulative"),
    "slide_kelompok": ("Per kelompok", "By group"),
    "slide_dimensi": ("Peserta", "Participants"),
    "slide_per_asn": ("Per 1.000 ASN", "Per 1,000 ASN"),
    "slide_ukuran": ("Ukuran kegiatan", "Event size"),
    "slide_waktu": ("Menurut waktu", "Over time"),
    "slide_rincian": ("Rincian", "Breakdown"),
    "slide_sosialisasi": ("Sosialisasi dan pelanggaran", "Briefings and violations"),
    "cumulative_events": ("Kegiatan (kumulatif)", "Events (cumulative)"),
    "alt_help": (
        "Ringkasan tertulis grafik ini, dibuat dari datanya (juga untuk pembaca layar).",
        "A written summary of this chart, made from its data (also for screen readers).",
    ),
    "choose": ("Pilih", "Choose"),
    "cite_embed": ("Kutip atau sematkan grafik ini", "Cite or embed this chart"),
    "chart_citation": (
        "{title}. Dalam: Netralitas ASN, rilis data {release}. Diakses {date}. {url}",
        "{title}. In: Netralitas ASN, data release {release}. Accessed {date}. {url}",
    ),
    "close_province": ("Kembali ke seluruh Indonesia", "Back to all of Indonesia"),
    "search": ("Cari (judul, penyelenggara, tempat, media)", "Search (title, organiser, place, outlet)"),
    "rows_shown": ("{shown} dari {total} kegiatan", "{shown} of {total} events"),
    "download_csv": ("Unduh CSV", "Download CSV"),
    "download_xlsx": ("Unduh XLSX", "Download XLSX"),
    "download_png": ("PNG", "PNG"),
    "download_svg": ("SVG", "SVG"),
    "data_csv": ("Data (CSV)", "Data (CSV)"),
    "largest_shown": (
        "{n} terbesar dari {total} ditampilkan; semuanya ada di data (CSV)",
        "the {n} largest of {total} shown; all are in the data (CSV)",
    ),
    "newest_panels_shown": (
        "{n} panel terbaru dari {total} ditampilkan; semuanya ada di data (CSV)",
        "the {n} newest of {total} panels shown; all are in the data (CSV)",
    ),
    "newest_publications_shown": (
        "{n} publikasi terbaru dari {total} ditampilkan; semuanya ada di data (CSV)",
        "the {n} newest of {total} publications shown; all are in the data (CSV)",
    ),
    "report_pack": ("Unduh paket laporan (ZIP)", "Download report pack (ZIP)"),
    # The report pack's README, in the reader's language like every page.
    "pack_contents": ("Isi:", "Contents:"),
    "pack_sources": ("Sumber:", "Sources:"),
    "pack_events_source": (
        "  Kegiatan: dikurasi dari berita daring, satu URL sumber per baris (data/curated/events.csv).",
        "  Events: curated from online news, one source URL per row (data/curated/events.csv).",
    ),
    "pack_violations_source": (
        "  Pelanggaran: angka yang diumumkan KASN, BKN dan Bawaslu, sebagaimana diberitakan.",
        "  Violations: figures published by KASN, BKN and Bawaslu, as reported in the news.",
    ),
    "pack_calendar_source": (
        "  Jadwal: PKPU 3/2022 (Pemilu 2024), PKPU 2/2024 (Pilkada 2024).",
        "  Calendar: PKPU 3/2022 (Pemilu 2024), PKPU 2/2024 (Pilkada 2024).",
    ),
    "pack_boundaries_source": (
        "  Batas wilayah: geoBoundaries (CC BY 3.0 IGO); kode wilayah: idn-area-data (ODbL).",
        "  Boundaries: geoBoundaries (CC BY 3.0 IGO); area codes: idn-area-data (ODbL).",
    ),
    "pack_no_svg": (
        "  SVG (vektor): pilih 'Sertakan SVG' sebelum mengunduh, atau unduh dari tombol tiap grafik.",
        "  SVG (vector): tick 'Include SVG' before downloading, or use each chart's own download button.",
    ),
    "pack_alt": ("Teks alternatif:", "Text alternatives:"),
    "pack_events_table": ("semua kegiatan pilihan ini", "every event of this selection"),
    "include_svg": ("Sertakan SVG (vektor; dua kali lebih lama)", "Include SVG (vector; takes twice as long)"),
    "no_chromium": (
        "Ekspor gambar di server tidak tersedia (Chromium tidak ditemukan); gunakan tombol kamera pada grafik.",
        "Server-side image export is unavailable (Chromium not found); use the chart's camera button.",
    ),
    "caveat": (
        "Catatan: ini asosiasi, bukan sebab-akibat. Provinsi yang lebih banyak sosialisasi bisa saja lebih "
        "banyak melapor, dan angka pelanggaran berasal dari sumber dan tanggal yang berbeda.",
        "Note: this is association, not effect. Provinces that hold more briefings may also report more, "
        "and the violation figures come from different bodies and dates.",
    ),
    "compare": ("Bandingkan dua pilihan", "Compare two selections"),
    "left": ("Kiri", "Left"),
    "right": ("Kanan", "Right"),
    "built": ("Basis data dibangun", "Database built"),
    "group_by": ("Kelompokkan menurut", "Group by"),
    "small_multiples": ("Per kelompok", "Small multiples"),
    "unknown": ("tidak diketahui", "unknown"),
    "province_level": ("(tingkat provinsi)", "(province level)"),
}

DIMENSION_LABELS: dict[str, tuple[str, str]] = {
    "province": ("Provinsi", "Province"),
    "organizer_type": ("Jenis penyelenggara", "Organiser type"),
    "mode": ("Moda", "Mode"),
    "audience": ("Sasaran peserta", "Audience"),
    "event_kind": ("Jenis kegiatan", "Kind of event"),
    "election": ("Pemilu/Pilkada", "Election"),
    "island_group": ("Kepulauan", "Island group"),
}

VALUE_LABELS: dict[str, tuple[str, str]] = {
    "luring": ("luring", "in person"),
    "daring": ("daring", "online"),
    "hybrid": ("hibrida", "hybrid"),
    "unknown": ("tidak diketahui", "unknown"),
    "national": ("nasional (tanpa provinsi)", "national (no province)"),
    "provincial government": ("pemerintah provinsi", "provincial government"),
    "regency/city government": ("pemerintah kab/kota", "regency/city government"),
    "police": ("kepolisian", "police"),
    "military": ("TNI", "military"),
    "university": ("perguruan tinggi", "university"),
    "other": ("lainnya", "other"),
    "reported": ("dilaporkan", "reported"),
    "proven": ("terbukti", "proven"),
    "sanctioned": ("dijatuhi sanksi", "sanctioned"),
    "followed_up": ("ditindaklanjuti PPK", "followed up"),
    "recommended": ("direkomendasikan", "recommended"),
    "not_proven": ("tidak terbukti", "not proven"),
    "share": ("porsi", "share"),
    "rank": ("peringkat", "rank"),
    "ikp_score": ("skor IKP", "IKP score"),
    "ASN": ("orang ASN", "persons"),
    "case": ("kasus", "cases"),
    "percent": ("persen", "percent"),
    "score": ("skor", "score"),
    "kind": ("jenis pelanggaran", "kind of violation"),
    "position": ("jabatan", "position"),
    "agency_level": ("tingkat instansi", "agency level"),
    "reason": ("latar belakang", "reason"),
    "province_ranking": ("peringkat provinsi", "province ranking"),
    "regency_ranking": ("peringkat kabupaten/kota", "regency ranking"),
}


# Column headings of the event tables (Ringkasan, Data): what an analyst reads instead of snake_case names.
COLUMN_LABELS: dict[str, tuple[str, str]] = {
    **DIMENSION_LABELS,  # province, organiser type, mode, audience, kind, election: the same words everywhere
    "id": ("ID", "ID"),
    "event_date": ("Tanggal", "Date"),
    "regency_city": ("Kabupaten/kota", "Regency/city"),
    "organizer": ("Penyelenggara", "Organiser"),
    "participants": ("Peserta", "Participants"),
    "days_before_election": ("Hari sebelum pemungutan suara", "Days before voting"),
    "title": ("Judul", "Title"),
    "venue": ("Tempat", "Venue"),
    "outlet": ("Media", "Outlet"),
    "published_date": ("Tanggal terbit", "Published"),
    "source_url": ("Sumber", "Source"),
    "other_urls": ("Sumber lain", "Other sources"),
    "notes": ("Catatan", "Notes"),
    "source_body": ("Penerbit", "Published by"),
    "as_of": ("Per tanggal", "As of"),
    "metric": ("Ukuran", "Metric"),
    "breakdown": ("Rincian", "Breakdown"),
    "category": ("Kategori", "Category"),
    "value": ("Angka", "Value"),
    "unit": ("Satuan", "Unit"),
    "events": ("Kegiatan", "Events"),
    "asn_count": ("Jumlah PNS", "Civil servants (PNS)"),
    "population": ("Penduduk", "Population"),
    "events_per_1000_asn": ("Kegiatan per 1.000 ASN", "Events per 1,000 ASN"),
    "events_per_million_residents": ("Kegiatan per 1 juta penduduk", "Events per million residents"),
    "violations": ("Pelanggaran dilaporkan", "Violations reported"),
    "violation_unit": ("Satuan", "Unit"),
    "violation_source_body": ("Penerbit angka", "Figure published by"),
    "violation_as_of": ("Angka per tanggal", "Figure as of"),
    "violation_outlet": ("Media", "Outlet"),
    "violation_source_url": ("Sumber angka", "Figure source"),
    "violation_id": ("ID angka", "Figure ID"),
}


def column_label(column: str, lang: str = "id") -> str:
    pair = COLUMN_LABELS.get(column)
    return column if pair is None else pair[0 if lang == "id" else 1]


@dataclass(frozen=True)
class Metric:
    key: str
    label_id: str
    label_en: str
    source: tuple[str, str]  # (Indonesian, English): shown under every chart that uses it, and exported with it

    def label(self, lang: str) -> str:
        return self.label_id if lang == "id" else self.label_en

    def source_in(self, lang: str) -> str:
        return self.source[0 if lang == "id" else 1]


_EVENTS = ("Kurasi berita daring (data/curated/events.csv)", "Curated from online news (data/curated/events.csv)")
_PNS = (
    "jumlah PNS menurut BKN/BPS via berita (data/reference/asn_headcount.csv)",
    "BKN/BPS civil-servant counts via news (data/reference/asn_headcount.csv)",
)
_VIOLATIONS = (
    "KASN, BKN, Bawaslu, via berita (data/curated/violations.csv)",
    "KASN, BKN, Bawaslu, via news (data/curated/violations.csv)",
)


def _with(*parts: tuple[str, str]) -> tuple[str, str]:
    return "; ".join(p[0] for p in parts), "; ".join(p[1] for p in parts)


METRICS: dict[str, Metric] = {
    m.key: m
    for m in (
        Metric("events", "Jumlah kegiatan", "Events", _EVENTS),
        Metric("participants", "Peserta (yang dilaporkan)", "Participants (as reported)", _EVENTS),
        Metric("events_per_1000_asn", "Kegiatan per 1.000 ASN", "Events per 1,000 ASN", _with(_EVENTS, _PNS)),
        Metric(
            "events_per_million_residents",
            "Kegiatan per 1 juta penduduk",
            "Events per million residents",
            _with(
                _EVENTS,
                (
                    "penduduk: BPS 2024 (data/reference/population.csv)",
                    "population: BPS 2024 (data/reference/population.csv)",
                ),
            ),
        ),
        Metric(
            "participants_per_1000_asn", "Peserta per 1.000 ASN", "Participants per 1,000 ASN", _with(_EVENTS, _PNS)
        ),
        Metric("violations_reported", "Pelanggaran dilaporkan", "Violations reported", _VIOLATIONS),
        Metric("violations_proven", "Pelanggaran terbukti", "Violations proven", _VIOLATIONS),
        Metric("online_share", "Porsi kegiatan daring", "Share held online", _EVENTS),
        Metric(
            "median_days_before",
            "Median hari sebelum pemungutan",
            "Median days before voting",
            _with(_EVENTS, ("jadwal: PKPU 3/2022, PKPU 2/2024", "calendar: PKPU 3/2022, PKPU 2/2024")),
        ),
        Metric("provinces", "Provinsi terjangkau", "Provinces reached", _EVENTS),
        Metric(
            "ikp_score",
            "Skor IKP netralitas ASN",
            "Vulnerability index (IKP), ASN neutrality",
            (
                "IKP Bawaslu via berita (data/curated/violations.csv)",
                "Bawaslu IKP via news (data/curated/violations.csv)",
            ),
        ),
    )
}


def t(key: str, lang: str = "id", **values: object) -> str:
    text = TEXT[key][0 if lang == "id" else 1]
    return text.format(**values) if values else text


def value_label(value: str, lang: str = "id") -> str:
    pair = VALUE_LABELS.get(value)
    return value if pair is None else pair[0 if lang == "id" else 1]


def dimension_label(key: str, lang: str = "id") -> str:
    return DIMENSION_LABELS[key][0 if lang == "id" else 1]


def _both(indonesian: str, english: str) -> str:
    return indonesian if indonesian == english else f"{indonesian} / {english}"


# Labels for widgets bound to the URL: the URL carries the label, so it must read the same in both languages.
def metric_choice(key: str) -> str:
    return _both(METRICS[key].label_id, METRICS[key].label_en)


def dimension_choice(key: str) -> str:
    return _both(*DIMENSION_LABELS[key])


BREAKDOWN_LABELS = {
    "kind": ("Jenis pelanggaran", "Kind"),
    "position": ("Jabatan", "Position"),
    "agency_level": ("Tingkat instansi", "Agency level"),
    "reason": ("Latar belakang", "Reason"),
}


def breakdown_label(key: str, lang: str) -> str:
    return BREAKDOWN_LABELS[key][0 if lang == "id" else 1]


def breakdown_choice(key: str) -> str:
    return _both(*BREAKDOWN_LABELS[key])
