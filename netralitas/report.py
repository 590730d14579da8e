"""The one-click report pack: every chart for the current selection, the data behind each, and a README."""

from __future__ import annotations

from netralitas import db, export, queries, views
from netralitas.filters import Filters
from netralitas.labels import t


def readme_text(filters: Filters, lang: str, built_at: str, chart_names: list[str]) -> str:
    lines = [
        t("app_title", lang) + " — " + t("app_subtitle", lang),
        "",
        f"{t('selection', lang)}: {views.describe(filters, lang)}",
        f"{t('built', lang)}: {built_at}",
        "",
        "Isi / Contents:",
        *[f"  png/{name}.png, svg/{name}.svg, data/{name}.csv" for name in chart_names],
        "",
        "Sumber / Sources:",
        "  Kegiatan / events: curated from online news, one source URL per row (data/curated/events.csv).",
        "  Pelanggaran / violations: figures published by KASN, BKN and Bawaslu, as reported in the news.",
        "  Jadwal / calendar: PKPU 3/2022 (Pemilu 2024), PKPU 2/2024 (Pilkada 2024).",
        "  Batas wilayah / boundaries: geoBoundaries (CC BY 3.0 IGO); codes: idn-area-data (ODbL).",
    ]
    return "\n".join(lines) + "\n"


def report_pack_bytes(filters: Filters, lang: str) -> bytes:
    con = db.connect()
    try:
        charts = views.all_charts(con, filters, lang)
        built_at = str(queries.build_info(con)["built_at"].iloc[0])
    finally:
        con.close()
    readme = readme_text(filters, lang, built_at, [c.name for c in charts])
    return export.report_pack([(c.name, c.figure, c.data) for c in charts], readme)
