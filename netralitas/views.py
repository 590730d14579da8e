"""One function per chart: query, figure, title, subtitle and source together. Pages show them; the report
pack zips them; both get exactly the same chart and the same data behind it."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import pandas as pd
import plotly.graph_objects as go

from netralitas import alt, charts, fmt, queries
from netralitas.filters import Filters
from netralitas.geo import NATIONAL_MIN_AREA, NATIONAL_TOLERANCE, province_rings, representative_points
from netralitas.labels import METRICS, dimension_label, t, value_label

Con = duckdb.DuckDBPyConnection


@dataclass
class Chart:
    name: str  # file name in exports, stable across languages
    figure: go.Figure
    data: pd.DataFrame  # exactly the numbers drawn, for the CSV download
    selection: tuple[str, ...] = ()  # the filters in a few words, for download file names
    alt: str = ""  # a text alternative written from `data` (netralitas.alt)
    title: str = ""
    key: tuple = ()  # what the figure shows (chart, selection, language, presenting): its rendered images' key


def selection_words(filters: Filters) -> list[str]:
    """The selection in a few words for file names (election, provinces or islands, dates)."""
    words = [filters.election]
    words += list(filters.provinces[:2]) + (["etc"] if len(filters.provinces) > 2 else [])
    words += list(filters.island_groups[:2])
    if filters.date_from or filters.date_to:
        words.append(f"{filters.date_from or ''}-{filters.date_to or ''}")
    return [w for w in words if w]


def describe(filters: Filters, lang: str) -> str:
    """The active filters in words, for subtitles, exports and the overview page."""
    parts = []
    if filters.election:
        parts.append(filters.election)
    if filters.date_from or filters.date_to:
        parts.append(
            f"{fmt.date(filters.date_from, lang) if filters.date_from else '…'} – "
            f"{fmt.date(filters.date_to, lang) if filters.date_to else '…'}"
        )
    for values in (filters.provinces, filters.island_groups):
        if values:
            parts.append(", ".join(values) if len(values) <= 4 else f"{len(values)} {t('provinces', lang).lower()}")
    if filters.organizer_types:
        parts.append(", ".join(value_label(v, lang) for v in filters.organizer_types))
    if filters.modes:
        parts.append(", ".join(value_label(v, lang) for v in filters.modes))
    return " · ".join(parts) if parts else t("everything", lang)


def _finish(
    name: str,
    fig: go.Figure,
    data: pd.DataFrame,
    title: str,
    filters: Filters | None,
    lang: str,
    source: str,
    present: bool,
    note: str = "",
) -> Chart:
    subtitle = describe(filters, lang) if filters is not None else ""
    subtitle = f"{subtitle} · {note}" if subtitle and note else subtitle or note
    figure = charts.finish(fig, title, subtitle, f"{t('source', lang)}: {source}", present, lang)
    words = tuple(selection_words(filters)) if filters is not None else ()
    key = (name, repr(filters), lang, present, title, subtitle)
    return Chart(name, figure, data, words, f"{title}. {alt.text(data, lang)}", title, key)


def figure_sources(frame: pd.DataFrame, lang: str) -> str:
    """The source line of a violation comparison: each publisher with its dates and how many provinces."""
    rows = frame.dropna(subset=["violations"])
    if rows.empty:
        return t("no_figure", lang)
    parts = []
    for body, group in rows.groupby("violation_source_body", sort=False):
        dates = sorted({fmt.date(d, lang) if pd.notna(d) else t("undated", lang) for d in group["violation_as_of"]})
        unit = t(f"unit_{group['violation_unit'].iloc[0]}", lang)
        parts.append(
            f"{value_label(body, lang)} ({len(group)} {t('provinces', lang).lower()}, {', '.join(dates)}; {unit})"
        )
    return "; ".join(parts) + " — " + METRICS["violations_reported"].source_in(lang)


def map_columns(metric: str) -> list[str]:
    """The map's CSV: one row per selected province, the metric under its own name, and what it rests on."""
    context = {
        "events": [],
        "participants": [],
        "events_per_1000_asn": ["events", "asn_count"],
        "events_per_million_residents": ["events", "population"],
        "participants_per_1000_asn": ["participants", "asn_count"],
    }
    if metric in queries.VIOLATION_METRICS:
        return [
            "province_code",
            "province",
            metric,
            "violation_unit",
            "violation_source_body",
            "violation_as_of",
            "violation_outlet",
            "violation_source_url",
            "violation_id",
        ]
    return ["province_code", "province", metric, *context[metric]]


def map_data(con: Con, filters: Filters, metric: str) -> pd.DataFrame:
    frame = queries.by_province(con, filters, queries.VIOLATION_METRICS.get(metric, "reported"))
    if metric in queries.VIOLATION_METRICS:
        frame[metric] = frame["violations"]
    return frame


def map_chart(con: Con, filters: Filters, lang: str, metric: str = "events", present: bool = False) -> Chart:
    title = f"{METRICS[metric].label(lang)} — {t('provinces', lang).lower()}"
    name = "peta_" + metric
    if metric in queries.VIOLATION_METRICS and not filters.election:
        empty = pd.DataFrame(columns=map_columns(metric))
        return _finish(
            name,
            charts.message(t("choose_election", lang)),
            empty,
            title,
            filters,
            lang,
            METRICS[metric].source_in(lang),
            present,
        )
    frame = map_data(con, filters, metric)
    geometry = queries.province_geometry(con)
    rings = province_rings(geometry, NATIONAL_TOLERANCE, NATIONAL_MIN_AREA)
    fig = charts.province_map(frame, rings, metric, lang, representative_points(geometry))
    source = (
        figure_sources(frame[frame["selected"]], lang)
        if metric in queries.VIOLATION_METRICS
        else METRICS[metric].source_in(lang)
    )
    data = frame.loc[frame["selected"], map_columns(metric)].reset_index(drop=True)
    chart = _finish(name, fig, data, title, filters, lang, source, present)
    chart.figure.update_layout(margin={"l": 8, "r": 8})  # no axes to make room for: the map gets the width
    return chart


def regency_map_chart(con: Con, filters: Filters, lang: str, present: bool = False) -> Chart:
    """The opened province (the one province in the filter) by regency/city: events in the selection."""
    name = "peta_kabupaten"
    if len(filters.provinces) != 1:
        title = t("regency_map", lang)
        return _finish(
            name,
            charts.message(t("open_province", lang)),
            pd.DataFrame(),
            title,
            filters,
            lang,
            METRICS["events"].source_in(lang),
            present,
        )
    province = filters.provinces[0]
    data = queries.regency_events(con, filters, province)
    frame = data.rename(columns={"regency_code": "province_code", "regency_city": "province"})
    rings = province_rings(queries.regency_geometry(con, province))
    fig = charts.province_map(frame, rings, "events", lang, fit=True)
    title = f"{t('regency_map', lang)}: {province}"
    return _finish(name, fig, data, title, filters, lang, METRICS["events"].source_in(lang), present)


def timeline_chart(con: Con, filters: Filters, lang: str, present: bool = False) -> Chart:
    data = queries.weekly(con, filters)
    fig = charts.weekly_timeline(data, queries.elections(con), lang)
    title = "Kegiatan per minggu menurut jenis penyelenggara" if lang == "id" else "Events per week by organiser type"
    return _finish("linimasa_mingguan", fig, data, title, filters, lang, METRICS["events"].source_in(lang), present)


def days_chart(con: Con, filters: Filters, lang: str, present: bool = False) -> Chart:
    data = queries.days_before(con, filters)
    fig = charts.days_before_histogram(data, lang)
    title = "Berapa hari sebelum pemungutan suara" if lang == "id" else "How many days before voting"
    return _finish(
        "hari_sebelum_pemungutan",
        fig,
        data,
        title,
        filters,
        lang,
        METRICS["median_days_before"].source_in(lang),
        present,
    )


def cumulative_chart(con: Con, filters: Filters, lang: str, present: bool = False) -> Chart:
    data = queries.cumulative(con, filters)
    fig = charts.cumulative_curve(data, queries.elections(con), lang)
    title = "Kumulatif kegiatan" if lang == "id" else "Cumulative events"
    return _finish("kumulatif", fig, data, title, filters, lang, METRICS["events"].source_in(lang), present)


def multiples_chart(con: Con, filters: Filters, lang: str, group: str = "island_group", present: bool = False) -> Chart:
    data = queries.weekly_by_group(con, filters, group)
    totals = data.groupby("grp", dropna=False)["events"].sum().sort_values(ascending=False)
    note = ""
    if present and len(totals) > PRESENT_MAX_PANELS * 4:  # two rows of four: the groups with most events
        largest = set(totals.index[: PRESENT_MAX_PANELS * 4])
        note = t("largest_shown", lang, n=len(largest), total=len(totals))
    fig = charts.small_multiples(data[data["grp"].isin(largest)] if note else data, lang)
    title = (
        f"Kegiatan per bulan menurut {dimension_label(group, lang).lower()}"
        if lang == "id"
        else f"Events per month by {dimension_label(group, lang).lower()}"
    )
    return _finish(f"per_{group}", fig, data, title, filters, lang, METRICS["events"].source_in(lang), present, note)


# A projector screen holds about a dozen bars with 20 px labels (more squeeze them into every other one);
# the rest stay in the chart's data (CSV) and the subtitle says so.
PRESENT_MAX_BARS = 12
PRESENT_MAX_PANELS = 2  # rows of panels a presentation chart holds (500 px with 20 px ticks and titles)
PRESENT_PANELS_PX = 250  # its plot area for bars and the gaps between panels


def for_screen(data: pd.DataFrame, column: str, present: bool, lang: str) -> tuple[pd.DataFrame, str]:
    """The rows to draw and, when a presentation shows only the largest, the note saying how many."""
    counted = int(data[column].notna().sum())
    if not present or counted <= PRESENT_MAX_BARS:
        return data, ""
    # nlargest leaves out the rows without a value: on one screen they would only take room
    return data.nlargest(PRESENT_MAX_BARS, column), t("largest_shown", lang, n=PRESENT_MAX_BARS, total=counted)


def reach_chart(con: Con, filters: Filters, lang: str, dimension: str = "province", present: bool = False) -> Chart:
    data = queries.reach(con, filters, dimension)
    if present:
        data = data.dropna(subset=["participants"]).reset_index(drop=True)
    shown, note = for_screen(data, "participants", present, lang)
    fig = charts.reach_bars(shown, dimension, lang)
    title = (
        f"Peserta menurut {dimension_label(dimension, lang).lower()}"
        if lang == "id"
        else f"Participants by {dimension_label(dimension, lang).lower()}"
    )
    source = METRICS["participants"].source_in(lang)
    return _finish(f"jangkauan_{dimension}", fig, data, title, filters, lang, source, present, note)


def per_asn_chart(con: Con, filters: Filters, lang: str, present: bool = False) -> Chart:
    data = queries.by_province(con, filters)
    shown, note = for_screen(data, "participants_per_1000_asn", present, lang)
    fig = charts.per_asn_bars(shown, lang)
    return _finish(
        "peserta_per_1000_asn",
        fig,
        data[["province", "participants", "asn_count", "participants_per_1000_asn"]],
        METRICS["participants_per_1000_asn"].label(lang),
        filters,
        lang,
        METRICS["participants_per_1000_asn"].source_in(lang),
        present,
        note,
    )


def sizes_chart(con: Con, filters: Filters, lang: str, present: bool = False) -> Chart:
    sizes = queries.event_sizes(con, filters)
    binned = [charts.size_bins(rows["participants"]).assign(election=e) for e, rows in sizes.groupby("election")]
    columns = ["election", "low", "high", "events"]
    data = pd.concat(binned, ignore_index=True)[columns] if binned else pd.DataFrame(columns=columns)
    fig = charts.size_histogram(data, lang)
    title = "Sebaran ukuran kegiatan (peserta)" if lang == "id" else "Event size distribution (participants)"
    return _finish("ukuran_kegiatan", fig, data, title, filters, lang, METRICS["participants"].source_in(lang), present)


def compare_chart(
    con: Con, left: Filters, lang: str, present: bool = False, *, right: Filters, names: tuple[str, str]
) -> Chart:
    """Two selections side by side; the signature of every chart (selection, language, presenting) plus the
    second selection, so the page caches it like the others."""
    a, b = queries.overview(con, left), queries.overview(con, right)
    fig = charts.comparison(a, b, names, lang)
    data = pd.concat([a.assign(selection=names[0]), b.assign(selection=names[1])], ignore_index=True)
    title = f"{names[0]} vs {names[1]}"
    return _finish("perbandingan", fig, data, title, None, lang, METRICS["events"].source_in(lang), present)


def violations_chart(con: Con, filters: Filters, lang: str, present: bool = False) -> Chart:
    data = queries.violation_totals(con, filters.election)
    data["joined"] = charts.joined_figures(data)  # in the CSV too: which points the chart joins by a line
    panels = charts.violation_panels(data)
    note = ""
    if present and len(panels) > PRESENT_MAX_PANELS:  # a projector screen holds two panels at 20 px type
        kept = {(p.election, p.unit) for p in panels[:PRESENT_MAX_PANELS]}
        shown = data[[(e, u) in kept for e, u in zip(data["election"], data["unit"], strict=True)]]
        note = t("newest_panels_shown", lang, n=PRESENT_MAX_PANELS, total=len(panels))
    fig = charts.violation_timeline(shown if note else data, lang)
    title = "Pelanggaran netralitas ASN yang dipublikasikan" if lang == "id" else "Published ASN-neutrality violations"
    subtitle_filters = Filters(election=filters.election)
    return _finish(
        "pelanggaran_waktu",
        fig,
        data,
        title,
        subtitle_filters,
        lang,
        METRICS["violations_reported"].source_in(lang),
        present,
        note,
    )


def breakdown_sources(data: pd.DataFrame, lang: str) -> str:
    """The source line of a breakdown: every publication drawn, each with its body, date and outlet."""
    if data.empty:
        return METRICS["violations_reported"].source_in(lang)
    return "; ".join(charts.publication_order(data))


def _newest_publications(data: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, str]:
    """A projector screen holds a few panels of bars: the newest publications that fit, and a note saying so."""
    order = charts.publication_order(data)
    kept: list[str] = []
    used = 0
    for publication in order:
        labels = data.loc[data["publication"] == publication, "category"]
        # 20 px type: a label line is ~24 px; a panel after the first adds ticks and its title (~70 px)
        need = sum(24 * len(textwrap.wrap(str(c), charts.LABEL_CHARS)) + 8 for c in labels) + (70 if kept else 0)
        if kept and used + need > PRESENT_PANELS_PX:
            break
        kept.append(publication)
        used += need
    if len(kept) == len(order):
        return data, ""
    note = t("newest_publications_shown", lang, n=len(kept), total=len(order))
    return data[data["publication"].isin(kept)], note


def breakdown_chart(con: Con, filters: Filters, lang: str, breakdown: str = "kind", present: bool = False) -> Chart:
    data = queries.violation_breakdown(con, breakdown, filters.election, lang)
    # One publication = one statement: body, election, date and the outlet that reported it; one panel each.
    data.insert(0, "publication", [charts.publication(row, lang) for _, row in data.iterrows()])
    shown, note = _newest_publications(data, lang) if present else (data, "")
    fig = charts.breakdown_bars(shown, lang)
    label = value_label(breakdown, lang)  # the same words as the breakdown's name in tables
    title = f"Pelanggaran menurut {label}" if lang == "id" else f"Violations by {label}"
    return _finish(
        f"pelanggaran_{breakdown}",
        fig,
        data,
        title,
        Filters(election=filters.election),
        lang,
        breakdown_sources(shown, lang),
        present,
        note,
    )


def outreach_chart(con: Con, filters: Filters, lang: str, present: bool = False) -> Chart:
    data = queries.outreach_table(con, filters)
    panels = {e: rows.reset_index(drop=True) for e, rows in data.groupby("election", sort=True)}
    fig = charts.outreach_scatter(panels, lang)
    title = (
        "Kegiatan per 1.000 ASN dan pelanggaran yang dilaporkan, per provinsi"
        if lang == "id"
        else "Events per 1,000 ASN and reported violations, by province"
    )
    source = METRICS["events_per_1000_asn"].source_in(lang) + "; " + figure_sources(data, lang)
    return _finish("sosialisasi_vs_pelanggaran", fig, data, title, filters, lang, source, present)


MAP_METRICS = (
    "events",
    "events_per_1000_asn",
    "events_per_million_residents",
    "participants",
    "participants_per_1000_asn",
    "violations_reported",
    "violations_proven",
)
ChartFactory = Callable[[Con, Filters, str], Chart]


def _registry() -> dict[str, ChartFactory]:
    """Every chart by its stable name (the name in export file names), drawn by the same functions as the pages."""
    charts_by_name: dict[str, ChartFactory] = {}
    for metric in MAP_METRICS:
        charts_by_name["peta_" + metric] = lambda c, f, lang, m=metric: map_chart(c, f, lang, m)
    charts_by_name["peta_kabupaten"] = regency_map_chart
    charts_by_name["linimasa_mingguan"] = timeline_chart
    charts_by_name["hari_sebelum_pemungutan"] = days_chart
    charts_by_name["kumulatif"] = cumulative_chart
    for group in ("island_group", "province", "organizer_type"):
        charts_by_name["per_" + group] = lambda c, f, lang, g=group: multiples_chart(c, f, lang, g)
    for dimension in queries.REACH_DIMENSIONS:
        charts_by_name["jangkauan_" + dimension] = lambda c, f, lang, d=dimension: reach_chart(c, f, lang, d)
    charts_by_name["peserta_per_1000_asn"] = per_asn_chart
    charts_by_name["ukuran_kegiatan"] = sizes_chart
    charts_by_name["pelanggaran_waktu"] = violations_chart
    for breakdown in ("kind", "position", "agency_level", "reason"):
        charts_by_name["pelanggaran_" + breakdown] = lambda c, f, lang, b=breakdown: breakdown_chart(c, f, lang, b)
    charts_by_name["sosialisasi_vs_pelanggaran"] = outreach_chart
    return charts_by_name


CHARTS = _registry()
REPORT_CHARTS = (
    "peta_events",
    "peta_events_per_1000_asn",
    "peta_participants",
    "linimasa_mingguan",
    "hari_sebelum_pemungutan",
    "kumulatif",
    "per_island_group",
    "jangkauan_province",
    "jangkauan_organizer_type",
    "jangkauan_mode",
    "peserta_per_1000_asn",
    "ukuran_kegiatan",
    "pelanggaran_waktu",
    "pelanggaran_kind",
    "sosialisasi_vs_pelanggaran",
)


def all_charts(con: Con, filters: Filters, lang: str) -> list[Chart]:
    """Every chart of the dashboard for one selection: the contents of the report pack (with an election
    chosen, the violation maps too: without one they have nothing comparable to draw)."""
    names = list(REPORT_CHARTS)
    if filters.election:
        names[2:2] = ["peta_violations_reported", "peta_violations_proven"]
    return [CHARTS[name](con, filters, lang) for name in names]
