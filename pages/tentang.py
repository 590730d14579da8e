"""Tentang: method, sources with licences, data freshness, limits."""

import streamlit as st

from netralitas import data, fmt, queries, ui
from netralitas.labels import METRICS, t

ui.require_entrypoint()
lang = ui.lang()
st.header(t("page_about", lang))
info = data.query(queries.build_info).iloc[0]
release = info.get("release") or "–"
st.markdown(
    f"**{t('release', lang)}:** {release} · **{t('built', lang)}:** {fmt.date(info['built_at'], lang)} · "
    f"{fmt.number(info['events'], lang)} {METRICS['events'].label(lang).lower()} · "
    f"{fmt.number(info['violations'], lang)} " + ("angka pelanggaran" if lang == "id" else "violation figures")
)
st.markdown(f"**{t('how_to_cite', lang)}**")
st.code(t("citation", lang, release=release), language=None, wrap_lines=True)  # the code block has a copy button
if lang == "id":
    st.markdown("""
### Metode
Setiap baris adalah kegiatan sosialisasi netralitas ASN yang diberitakan media daring, dicatat dengan tanggal,
tempat, penyelenggara, moda, jumlah peserta (hanya bila disebutkan) dan tautan sumbernya. Nilai yang tidak
disebutkan dibiarkan kosong, tidak ditebak. `days_before_election` = tanggal pemungutan suara − tanggal kegiatan.
Kurasi dua tahap: satu orang mencatat, orang lain membaca ulang setiap baris pada halaman sumbernya dan
memperbaiki atau menghapus yang tidak dinyatakan di sana (log di `data/curated/reviews/`).

### Sumber dan lisensi
- Kegiatan dan angka pelanggaran: berita daring (tautan per baris); fakta dicatat, bukan teks.
- Jadwal Pemilu dan Pilkada: PKPU 3/2022 dan PKPU 2/2024 (melalui pemberitaan).
- Batas provinsi: geoBoundaries (CC BY 3.0 IGO) dari BPS/OCHA, disederhanakan; kode wilayah: idn-area-data (ODbL).
- Jumlah PNS per provinsi (untuk "per 1.000 ASN"): angka BPS/BKN 2023–2024 melalui pemberitaan; PNS saja, tanpa
  PPPK, sehingga angka per 1.000 ASN adalah batas atas.

### Keterbatasan
Data ini hanya mencakup kegiatan yang diberitakan dan ditemukan; provinsi dengan liputan media sedikit
tampak lebih sepi daripada kenyataannya. Jumlah peserta hanya tersedia untuk sebagian kegiatan.
Hubungan antara sosialisasi dan pelanggaran adalah asosiasi, bukan sebab-akibat.
""")
else:
    st.markdown("""
### Method
Each row is an ASN-neutrality briefing reported by online media, recorded with its date, place, organiser, mode,
participant count (only when stated) and source link. Values not stated are left empty, never guessed.
`days_before_election` = voting day − event date.
Curated in two passes: one person records, another re-reads every row against its source page and fixes or
deletes what the page does not state (logs in `data/curated/reviews/`).

### Sources and licences
- Events and violation figures: online news (one link per row); facts recorded, not text.
- Election calendar: KPU regulations PKPU 3/2022 and PKPU 2/2024 (as reported).
- Province boundaries: geoBoundaries (CC BY 3.0 IGO) from BPS/OCHA, simplified; area codes: idn-area-data (ODbL).
- Civil servants per province (for "per 1,000 ASN"): BPS/BKN 2023–2024 figures as reported in the news; PNS
  only, without PPPK contract staff, so the per-1,000 figure is an upper bound.

### Limits
Only events that were reported and found are included; provinces with little media coverage look quieter than
they were. Participant counts exist for only part of the events. The link between briefings and violations is
association, not effect.
""")
st.subheader("Ukuran / Metrics")
st.dataframe(
    [{"metric": m.key, "label": m.label(lang), t("source", lang): m.source_in(lang)} for m in METRICS.values()],
    hide_index=True,
)
