"""The one-click report pack: every chart for the current selection, the data behind each, and a README."""

from __future__ import annotations

from netralitas import db, export, queries, views
from netralitas.filters import Filters
from netralitas.labels import t


def readme_text(
    filters: Filters, lang: str, built_at: str, chart_names: list[str], formats: tuple[str, ...] = ("png",)
) -> str:
    lines = [
        t("app_title", lang) + " — " + t("app_subtitle", lang),
        "",
        f"{t('selection', lang)}: {views.describe(filters, lang)}",
        f"{t('built', lang)}: {built_at}",
        "",
        t("pack_contents", lang),
        *["  " + ", ".join([*(f"{fmt}/{name}.{fmt}" for fmt in formats), f"data/{name}.csv"]) for name in chart_names],
        *([] if "svg" in formats else [t("pack_no_svg", lang)]),
        "",
        t("pack_sources", lang),
        *[t(key, lang) for key in ("pack_events_source", "pack_violations_source", "pack_calendar_source")],
        t("pack_boundaries_source", lang),
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


def report_pack_bytes(filters: Filters, lang: str, formats: tuple[str, ...] = ("png",)) -> bytes:
    """Every chart as PNG (and SVG when asked: Kaleido renders each image anew, ~0.2 s, so SVG doubles the
    wait), the data behind each, the selected events and a README in the reader's language."""
    con = db.connect()
    try:
        charts = views.all_charts(con, filters, lang)
        built_at = str(queries.build_info(con)["built_at"].iloc[0])
        events = queries.events_table(con, filters, limit=queries.events_count(con, filters) or 1)
    finally:
        con.close()
    stamp = db.stamp()  # images rendered before for this database, selection and language are reused
    readme = readme_text(filters, lang, built_at, [c.name for c in charts], formats)
    readme += "\n" + t("pack_alt", lang) + "\n" + "".join(f"  {c.name}: {c.alt}\n" for c in charts)
    table = "kegiatan" if lang == "id" else "events"
    readme += f"\n{table}.csv: {t('pack_events_table', lang)} ({len(events)})\n"
    keys = {c.name: (stamp, *c.key) for c in charts}
    charts_data = [(c.name, c.figure, c.data) for c in charts]
    return export.report_pack(charts_data, readme, {table: events}, keys, formats)
