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


def about_rows(filters: Filters, lang: str) -> list[tuple[str, str]]:
    """The XLSX "About" sheet: what was selected, when the data was built, where it comes from, how to cite."""
    con = db.connect()
    try:
        info = queries.build_info(con).iloc[0]
    finally:
        con.close()
    release = str(info.get("release") or "")
    return [
        (t("app_title", lang), t("app_subtitle", lang)),
        (t("selection", lang), views.describe(filters, lang)),
        (t("built", lang), str(info["built_at"])),
        (t("release", lang), release),
        (t("source", lang), "data/curated/events.csv, data/curated/violations.csv (one source URL per row)"),
        ("Lisensi / Licence", "CC BY 4.0 (compilation); boundaries CC BY 3.0 IGO; area codes ODbL"),
        (t("how_to_cite", lang), t("citation", lang, release=release)),
    ]


def report_pack_bytes(filters: Filters, lang: str) -> bytes:
    con = db.connect()
    try:
        charts = views.all_charts(con, filters, lang)
        built_at = str(queries.build_info(con)["built_at"].iloc[0])
        events = queries.events_table(con, filters, limit=queries.events_count(con, filters) or 1)
    finally:
        con.close()
    stamp = db.stamp()  # images rendered before for this database, selection and language are reused
    readme = readme_text(filters, lang, built_at, [c.name for c in charts])
    readme += "\n" + ("Teks alternatif / Text alternatives:" if lang == "id" else "Text alternatives:") + "\n"
    readme += "".join(f"  {c.name}: {c.alt}\n" for c in charts)
    table = "kegiatan" if lang == "id" else "events"
    readme += f"\n{table}.csv: " + ("semua kegiatan pilihan ini" if lang == "id" else "every event of this selection")
    readme += f" ({len(events)})\n"
    keys = {c.name: (stamp, *c.key) for c in charts}
    return export.report_pack([(c.name, c.figure, c.data) for c in charts], readme, {table: events}, keys)
