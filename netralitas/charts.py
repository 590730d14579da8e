"""Every figure of the dashboard. Title, subtitle (the active filters) and source line are part of the
figure itself, so an exported PNG/SVG can go on a slide as it is."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import textwrap

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from netralitas import fmt
from netralitas.geo import Rings
from netralitas.labels import METRICS, column_label, dimension_label, t, value_label

# Okabe-Ito: distinguishable with the common colour-vision deficiencies, and in greyscale print.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000", "#999999"]
SEQUENTIAL = "Blues"  # single hue, monotone in lightness: readable with any colour-vision deficiency
NO_RECORD = "#B0B0B0"  # "no record" is grey, darker than the near-white used for zero
ELECTION_COLORS = {"Pemilu 2024": PALETTE[0], "Pilkada 2024": PALETTE[3]}
# One fixed colour per organiser type, so Bawaslu is the same orange under every filter and on every slide.
# Okabe-Ito first, then Paul Tol's muted colours for the types beyond eight.
ORGANIZER_COLORS = {
    "Bawaslu": "#E69F00",
    "regency/city government": "#56B4E9",
    "provincial government": "#0072B2",
    "KASN": "#009E73",
    "BKN": "#CC79A7",
    "KPU": "#D55E00",
    "Kemendagri": "#000000",
    "Kemenpan RB": "#F0E442",
    "police": "#332288",
    "military": "#117733",
    "university": "#882255",
    "other": "#999999",
}
# Presentation charts are 500 px high (room for the presenter bar and a chooser on a 1366x768 projector), of
# which ~320 px are plot area.
PRESENT_FIGURE_HEIGHT = 500
PRESENT_PLOT_HEIGHT = 320
LEGEND_ROW_MAX = 4  # more entries than this wrap into rows that would cover the title: list them on the right


def finish(
    fig: go.Figure, title: str, subtitle: str, source: str, present: bool = False, lang: str = "id"
) -> go.Figure:
    base = 20 if present else 13
    fig.update_layout(
        separators=",." if lang == "id" else ".,",  # 12.500 and 2,5 in Indonesian ticks, as in the text
        template="simple_white",
        colorway=PALETTE,
        font={"size": base, "family": "Arial, Helvetica, sans-serif", "color": "#111"},
        title={
            "text": f"<b>{title}</b><br><span style='font-size:{base - 1}px;color:#444'>{subtitle}</span>",
            "x": 0.01,
            "xanchor": "left",
            "font": {"size": base + 3},  # explicit: Streamlit's chart theme would otherwise shrink it
        },
        # Panels' titles (make_subplots writes them above each panel) need their own line under the subtitle.
        margin={
            "t": (90 if present else 80) + (base + 12 if panel_titles(fig) or _labels_above(fig) else 0),
            "b": 100,
            "l": 60,
        },
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 1, "xanchor": "right"},
    )
    # Ticks as large as the text around them (on a projector 20 px), not plotly's smaller default.
    fig.update_xaxes(tickfont={"size": base}, title_font={"size": base})
    # ... except category labels of a long bar list: every label must show, so they shrink to the room
    # there is (plotly would otherwise print every other one, next to the wrong bar).
    rows = max((len(t.y) for t in fig.data if t.type == "bar" and t.orientation == "h" and t.y is not None), default=0)
    label_size = max(11, min(base, int((PRESENT_PLOT_HEIGHT if present else 10_000) / max(rows, 1) * 0.75)))
    fig.update_yaxes(tickfont={"size": label_size if rows else base}, title_font={"size": base})
    if rows:  # one label per bar even when plotly judges them crowded (it then drops every other one)
        fig.for_each_yaxis(lambda axis: axis.update(tickmode="linear", dtick=1) if axis.tickmode != "array" else None)
    # Numbers written after the bars sit in the right margin: as wide as the longest, so none is cut off at any
    # width of the figure (a phone's 390 px too).
    right = outside_label_margin(fig, base)
    if sum(1 for trace in fig.data if trace.showlegend is not False and trace.name) > LEGEND_ROW_MAX:
        fig.update_layout(legend={"orientation": "v", "yanchor": "top", "y": 1.0, "x": 1.01, "xanchor": "left"})
    # Pinned in pixels below the plot area, so it never collides with an axis title at any height; a long
    # line (several publishers) wraps instead of running off the image.
    lines = textwrap.wrap(source, 110 if not present else 90, break_long_words=False)  # also fits a phone better
    below = 78 if present else 58  # room for projector-size ticks and axis title above the source line
    fig.update_layout(margin={"b": below + 42 + int((base - 3) * 1.3) * (len(lines) - 1), "r": right})
    if present:  # one screen: the figure's height is fixed
        fig.update_layout(height=PRESENT_FIGURE_HEIGHT)
    # Panels spaced in the figure's pixels: gaps given as shares shrink under the text of a short figure.
    plot_px = (fig.layout.height or 450) - fig.layout.margin.t - fig.layout.margin.b
    space_panels(fig, plot_px, base)
    fit_axis_titles(fig, plot_px, base)
    if _labels_above(fig) and fig.layout.legend.orientation == "h":  # the legend above the election labels
        fig.update_layout(legend={"y": 1 + base * 1.5 / plot_px})
    fig.add_annotation(
        name="source",
        text="<br>".join(lines),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-below,
        showarrow=False,
        font={"size": base - 3, "color": "#555"},
        align="left",
    )
    # The parts as written, so a narrow screen can wrap them anew (netralitas.narrow).
    fig.update_layout(meta={**(fig.layout.meta or {}), "title": title, "subtitle": subtitle, "source": source})
    return fig


def space_panels(fig: go.Figure, plot_px: float, font_px: int) -> None:
    """Rows of panels spaced in pixels for a plot area `plot_px` high: under a row, room for its tick labels
    (when shown), its x axis title and the next row's titles; the panels share the rest as they did. A
    presentation squeezes a figure to one screen, and gaps given as shares would shrink under the text."""
    rows = sorted({tuple(a.domain) for a in fig.select_yaxes() if a.domain}, key=lambda d: -d[1])
    if len(rows) < 2:
        return

    def below(row: tuple) -> float:  # ticks and x title under `row`, titles above the next row
        # an x axis's panel is the y axis of the same number (xaxis2 with yaxis2)
        axes = [a for a in fig.select_xaxes() if tuple(fig.layout["yaxis" + a.plotly_name[5:]].domain or ()) == row]
        return room_below(axes, font_px)

    def titles(row: tuple) -> list:
        return [a for a in fig.layout.annotations if a.name is None and a.y is not None and abs(a.y - row[1]) < 1e-9]

    above = {row: titles(row) for row in rows}  # found before any moves
    lines = {row: max([0, *(len((a.text or "").split("<br>")) for a in above[row])]) for row in rows}
    gaps = [  # never narrower than the figure's own gap
        max(below(upper) + lines[lower] * font_px * 1.5, (upper[0] - lower[1]) * plot_px)
        for upper, lower in itertools.pairwise(rows)
    ]
    share = (plot_px - sum(gaps)) / sum(r[1] - r[0] for r in rows)
    if share * min(r[1] - r[0] for r in rows) < font_px * 2:  # too many rows for the room: views show fewer
        return
    top = plot_px
    moved = {}
    for i, row in enumerate(rows):
        height = (row[1] - row[0]) * share
        moved[row] = (max(0.0, (top - height) / plot_px), top / plot_px)
        top -= height + (gaps[i] if i < len(gaps) else 0)
    for row, new in moved.items():
        for annotation in above[row]:
            annotation.update(y=new[1])
    ticks = {row: max(2, int((new[1] - new[0]) * plot_px / (font_px * 2.2))) for row, new in moved.items()}
    for axis in [a for a in fig.select_yaxes() if a.domain]:
        domain = tuple(axis.domain)
        # as many value ticks as the panel's height holds (plotly's own count overlaps at 20 px)
        axis.update(domain=moved.get(domain, domain), nticks=ticks.get(domain))


def room_below(axes: list, font_px: float) -> float:
    """The px under a row of panels whose x axes are `axes`: tick labels (when shown) and the axis title."""
    ticks = font_px * 2.4 + 6 if any(a.showticklabels is not False for a in axes) else 4
    return ticks + (font_px * 1.4 if any(a.title.text for a in axes) else 0)


def plain(text: str | None) -> str:
    """Text without its HTML tags (<b>, <br>, <span>): what a reader sees, to measure it."""
    return re.sub(r"<[^>]+>", "", text or "")


def fit_axis_titles(fig: go.Figure, plot_px: float, size: int) -> None:
    """A y axis title longer than its panel is high runs into the chart's title: set it smaller to fit."""
    for axis in [a for a in fig.select_yaxes() if a.title.text]:
        room = (axis.domain[1] - axis.domain[0] if axis.domain else 1) * plot_px * 0.95
        length = len(plain(axis.title.text)) * 0.55
        if length * size > room:
            axis.title.font.size = max(11, int(room / length))


def _labels_above(fig: go.Figure) -> bool:
    """Election labels sit above the plot, under the subtitle: they need a line of their own."""
    return any(a.name == "election" for a in fig.layout.annotations)


def panel_titles(fig: go.Figure) -> list:
    """The titles make_subplots wrote above the top row of panels."""
    return [
        a
        for a in fig.layout.annotations
        if a.name is None and a.yref == "paper" and a.yanchor == "bottom" and a.y is not None and a.y > 0.999
    ]


def outside_label_margin(fig: go.Figure, size: int) -> int:
    """The right margin that holds the numbers written after horizontal bars: as wide as the longest, so none
    is cut off at any width of the figure."""
    outside = [
        str(label)
        for trace in fig.data
        if trace.type == "bar" and trace.orientation == "h" and trace.textposition == "outside" and trace.text
        for label in trace.text
    ]
    return 30 if not outside else int(max(len(label) for label in outside) * size * 0.62) + 16


# Decimals a metric is shown with: rates need them, counts never do.
DECIMALS = {"events_per_1000_asn": 2, "events_per_million_residents": 1, "participants_per_1000_asn": 1}
NOT_SELECTED = "#FFFFFF"  # white with grey hatching: not part of the selection, neither zero nor "no record"


def decimals(metric: str) -> int:
    return DECIMALS.get(metric, 0)


def value_text(value: object, lang: str, metric: str = "", unit: str = "") -> str:
    """A number as the chart writes it (bar label, hover, map): one rule for charts and text alternatives, so
    the words never round differently from the picture (a share: '50,8%'; a rate: its metric's decimals)."""
    if unit == "percent":
        return fmt.number(value, lang, 1) + "%"
    return fmt.number(value, lang, decimals(metric))


def _colorbar(label: str, top: float, metric: str) -> dict:
    places = decimals(metric)
    # Horizontal, in the Indian Ocean south-west of Sumatra: the map keeps the whole width at any size
    # (a vertical bar beside it took half a phone's width).
    bar = {
        "title": {"text": label, "side": "top"},
        "orientation": "h",
        "thickness": 10,
        "len": 0.32,
        "x": 0.0,
        "xanchor": "left",
        "y": 0.02,
        "yanchor": "bottom",
        "tickformat": f",.{places}f" if places else ",d",
    }
    if not places and top <= 10:
        bar["dtick"] = 1  # otherwise ticks at 0.5 steps print as "0, 1, 1, 2, 2"
    return bar


def _count_axis(fig: go.Figure, top: float, axis: str = "y") -> None:
    """Whole-number ticks for counts: '0.5 events' on a slide invites questions."""
    settings = {"rangemode": "tozero", "tickformat": ",d"}
    if top <= 10:
        settings["dtick"] = 1
    (fig.update_yaxes if axis == "y" else fig.update_xaxes)(**settings)


def message(text: str) -> go.Figure:
    """A figure that says why nothing is drawn (instead of empty axes)."""
    return _empty(text)


def _empty(message: str) -> go.Figure:
    fig = go.Figure(layout={"meta": {"message": message}})  # tests tell "says why" from "silently empty"
    fig.add_annotation(text=message, showarrow=False, font={"size": 16})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _violation_note(row: pd.Series, lang: str) -> str:
    """Who published a province's figure, when, and where: shown on hover next to the value."""
    when = fmt.date(row["violation_as_of"], lang) if pd.notna(row["violation_as_of"]) else t("undated", lang)
    unit = t(f"unit_{row['violation_unit']}", lang)
    return f"{unit} · {row['violation_source_body']}, {when}<br>{row['violation_source_url']}"


def _shown(row: pd.Series, metric: str, lang: str) -> str:
    if not row["selected"]:
        return t("not_selected", lang)
    value = row[metric]
    if pd.isna(value):
        return t("no_figure" if metric.startswith("violations") else "no_record", lang)
    text = value_text(value, lang, metric)
    if metric.startswith("violations"):
        text += " " + _violation_note(row, lang)
    return text


def _legend_swatch(name: str, color: str, pattern: bool = False) -> go.Scatter:
    """A legend entry only (a fill trace without points, so its legend icon is a filled box)."""
    return go.Scatter(
        x=[None, None, None],
        y=[None, None, None],
        fill="toself",
        fillcolor=color,
        fillpattern={"shape": "/", "fgcolor": "#999999", "size": 6} if pattern else None,
        mode="lines",
        line={"color": "#888888", "width": 1},
        name=name,
        hoverinfo="skip",
    )


def _bounds(rings: dict[str, Rings]) -> tuple[list[float], list[float]]:
    xs = [x for ring in rings.values() for x in ring[0] if x is not None]
    ys = [y for ring in rings.values() for y in ring[1] if y is not None]
    pad = 0.04 * max(max(xs) - min(xs), max(ys) - min(ys), 0.1)
    return [min(xs) - pad, max(xs) + pad], [min(ys) - pad, max(ys) + pad]


def province_map(
    by_province: pd.DataFrame,
    rings: dict[str, Rings],
    metric: str,
    lang: str,
    points: pd.DataFrame | None = None,
    fit: bool = False,
) -> go.Figure:
    """A choropleth drawn as filled outlines on plain axes: no topojson or tiles to fetch, so it works
    offline in the browser and in kaleido. Three states besides a value, each with its legend swatch:
    grey = no record / no published figure, hatched white = outside the selection; zero is the palest blue.
    `points` (province_code, lon, lat) adds a clickable dot per province for drilling down."""
    frame = by_province.copy()
    if "selected" not in frame:
        frame["selected"] = True
    values = pd.to_numeric(frame[metric], errors="coerce").where(frame["selected"])
    top = float(values.max()) if values.notna().any() and values.max() > 0 else 1.0
    label = METRICS[metric].label(lang)
    fig = go.Figure()
    for (_, row), value in zip(frame.iterrows(), values, strict=True):
        if row["province_code"] not in rings:
            continue
        xs, ys = rings[row["province_code"]]
        if not row["selected"]:
            color = NOT_SELECTED
        elif pd.isna(value):
            color = NO_RECORD
        else:
            color = sample_colorscale(SEQUENTIAL, [value / top])[0]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                fill="toself",
                fillcolor=color,
                fillpattern={"shape": "/", "fgcolor": "#BBBBBB", "size": 6} if not row["selected"] else None,
                mode="lines",
                line={"color": "white" if row["selected"] else "#CCCCCC", "width": 0.6},
                name=f"{row['province']}: {_shown(row, metric, lang)}",
                hoveron="fills",
                hoverinfo="name",
                showlegend=False,
            )
        )
    if points is not None and not points.empty:
        located = frame.merge(points, on="province_code")
        fig.add_trace(
            go.Scatter(
                x=located["lon"],
                y=located["lat"],
                mode="markers",
                marker={"size": 7, "color": "#333333", "opacity": 0.5, "line": {"color": "white", "width": 1}},
                customdata=located[["province"]],
                text=[f"{r['province']}: {_shown(r, metric, lang)}" for _, r in located.iterrows()],
                hovertemplate="%{text}<extra></extra>",
                showlegend=False,
                name="provinces",
            )
        )
    if values[frame["selected"]].isna().any():  # a swatch only for a state the map shows
        absent = t("no_figure" if metric.startswith("violations") else "no_record", lang)
        fig.add_trace(_legend_swatch(absent, NO_RECORD))
    if not frame["selected"].all():
        fig.add_trace(_legend_swatch(t("not_selected", lang), NOT_SELECTED, pattern=True))
    # An invisible trace carries the colour bar.
    fig.add_trace(
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            showlegend=False,
            hoverinfo="skip",
            marker={
                "colorscale": SEQUENTIAL,
                "cmin": 0,
                "cmax": top,
                "color": [0],
                "colorbar": _colorbar(label, top, metric),
            },
        )
    )
    x_range, y_range = _bounds(rings) if fit else ([94.5, 141.5], [-11.5, 6.5])  # fit: one province's regencies
    fig.update_xaxes(visible=False, range=x_range, constrain="domain")
    fig.update_yaxes(visible=False, range=y_range, scaleanchor="x", scaleratio=1, constrain="domain")
    fig.update_layout(
        height=520,
        hoverlabel={"namelength": -1},
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 0, "yanchor": "top"},
        clickmode="event+select",
        dragmode=False,
    )
    return fig


def month_ticks(first: object, last: object, lang: str, most: int = 8) -> tuple[list, list[str]]:
    """Month starts between two dates (every 1, 2, 3, 6 or 12 months: at most `most` ticks), named in the
    reader's language: plotly would write "Oct 2024" under an Indonesian page."""
    from babel.dates import format_date

    start, end = pd.Timestamp(first).to_period("M").to_timestamp(), pd.Timestamp(last)
    months = pd.date_range(start, end + pd.offsets.MonthBegin(1), freq="MS")
    step = next((n for n in (1, 2, 3, 6, 12) if len(months) / n <= most), 12)
    months = months[::step]
    labels = [format_date(m.date(), "MMM y", locale=fmt.LOCALES[lang]).replace(".", "") for m in months]
    return list(months), labels


def _month_axis(fig: go.Figure, dates: pd.Series, lang: str, **where: int) -> None:
    dates = pd.to_datetime(dates.dropna())
    if dates.empty:
        return
    values, labels = month_ticks(dates.min(), dates.max(), lang)
    fig.update_xaxes(tickmode="array", tickvals=values, ticktext=labels, **where)


def _mark_elections(fig: go.Figure, elections: pd.DataFrame, lang: str) -> None:
    for _, row in elections.iterrows():
        color = ELECTION_COLORS.get(row["election"], "#444")
        if pd.notna(row["campaign_start"]) and pd.notna(row["campaign_end"]):
            fig.add_vrect(
                x0=row["campaign_start"],
                x1=row["campaign_end"],
                fillcolor=color,
                opacity=0.08,
                line_width=0,
                layer="below",
            )
        voting = pd.Timestamp(row["voting_date"])
        fig.add_vline(x=voting.value / 1e6, line_dash="dash", line_color=color)
        # Above the plot area, level: a label inside it crossed the curves that rise toward voting day.
        fig.add_annotation(
            name="election",
            x=voting,
            y=1,
            yref="paper",
            yanchor="bottom",
            text=f"{row['election']} · {fmt.date(voting, lang)}",
            showarrow=False,
            xanchor="center",
            font={"color": color, "size": 11},
        )


def weekly_timeline(weekly: pd.DataFrame, elections: pd.DataFrame, lang: str) -> go.Figure:
    if weekly.empty:
        return _empty(t("no_data", lang))
    fig = go.Figure()
    for group, rows in weekly.groupby("organizer_type", sort=True):
        per_week = rows.groupby("week", as_index=False)["events"].sum()
        fig.add_trace(
            go.Bar(
                x=per_week["week"],
                y=per_week["events"],
                name=value_label(group, lang),
                marker_color=ORGANIZER_COLORS.get(group, PALETTE[-1]),
            )
        )
    fig.update_layout(barmode="stack", bargap=0.05, height=460)
    fig.update_yaxes(title=METRICS["events"].label(lang))
    _count_axis(fig, float(weekly.groupby("week")["events"].sum().max()))
    _mark_elections(fig, elections, lang)
    _month_axis(fig, pd.concat([weekly["week"], pd.to_datetime(elections["voting_date"])]), lang)
    return fig


def days_before_histogram(days: pd.DataFrame, lang: str) -> go.Figure:
    if days.empty:
        return _empty(t("no_data", lang))
    fig = go.Figure()
    for election, rows in days.groupby("election"):
        fig.add_trace(
            go.Histogram(
                x=rows["days_before_election"].repeat(rows["events"]),
                name=election,
                xbins={"size": 14},
                marker_color=ELECTION_COLORS.get(election),
                opacity=0.75,
            )
        )
    fig.update_layout(barmode="overlay", height=420)
    fig.update_xaxes(title=column_label("days_before_election", lang), autorange="reversed")
    fig.update_yaxes(title=METRICS["events"].label(lang))
    _count_axis(fig, float(days["events"].sum()))
    return fig


def cumulative_curve(cumulative: pd.DataFrame, elections: pd.DataFrame, lang: str) -> go.Figure:
    if cumulative.empty:
        return _empty(t("no_data", lang))
    fig = go.Figure()
    for election, rows in cumulative.groupby("election"):
        color = ELECTION_COLORS.get(election)
        fig.add_trace(
            go.Scatter(
                x=rows["event_date"],
                y=rows["cumulative_events"],
                name=election,
                mode="lines",
                line={"shape": "hv", "width": 3, "color": color},
                showlegend=False,  # each curve is named at its end instead: no legend to cross the labels
            )
        )
        last = rows.iloc[-1]
        fig.add_annotation(
            name="end",
            x=last["event_date"],
            y=last["cumulative_events"],
            text=f"{election}: {fmt.number(last['cumulative_events'], lang)}",
            showarrow=False,
            xanchor="left",
            xshift=4,
            font={"color": color, "size": 12},
        )
    _mark_elections(fig, elections, lang)
    _month_axis(fig, pd.concat([cumulative["event_date"], pd.to_datetime(elections["voting_date"])]), lang)
    fig.update_yaxes(title=t("cumulative_events", lang), rangemode="tozero")
    fig.update_layout(height=420)
    return fig


def small_multiples(monthly: pd.DataFrame, lang: str) -> go.Figure:
    """One small panel per group on shared scales (same months, same event axis), so panels compare at a
    glance; every panel titled (events without a province are "national") and dated in the reader's language."""
    if monthly.empty:
        return _empty(t("no_data", lang))
    from plotly.subplots import make_subplots

    monthly = monthly.assign(grp=monthly["grp"].fillna("national").replace("", "national"))
    groups = list(dict.fromkeys(monthly["grp"]))
    cols = 4
    rows = -(-len(groups) // cols)
    height = 150 + 190 * rows
    plot = height - 80 - 100 - 25  # the figure less finish()'s margins (title, panel titles, source)
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=[value_label(str(g), lang) for g in groups],
        shared_xaxes="all",
        shared_yaxes="all",
        vertical_spacing=min(0.3, 70 / plot),  # room for the next row's title below each row's date ticks
        horizontal_spacing=0.04,
    )
    for i, group in enumerate(groups):
        part = monthly[monthly["grp"] == group]
        fig.add_trace(
            go.Bar(x=part["month"], y=part["events"], marker_color=PALETTE[0], showlegend=False, name=str(group)),
            row=i // cols + 1,
            col=i % cols + 1,
        )
    # Level ticks, few and short (a panel is ~250 px wide at 20 px type; rotated ones reached into the next row's
    # titles): each January named by its year when the months span two New Years, else months in words.
    first, last = pd.Timestamp(monthly["month"].min()), pd.Timestamp(monthly["month"].max())
    years = pd.date_range(first, last, freq="YS")
    if len(years) >= 2:
        values, labels = list(years), [str(y.year) for y in years]
    else:
        values, labels = month_ticks(first, last, lang, most=3)
    fig.update_xaxes(tickmode="array", tickvals=values, ticktext=labels, showticklabels=True, tickangle=0)
    fig.update_yaxes(rangemode="tozero", tickformat=",d")
    fig.update_layout(height=height)
    return fig


_REACH_HOVER = {
    "id": "%{y}: %{text} peserta · %{customdata[0]} kegiatan (%{customdata[1]} dengan angka)<extra></extra>",
    "en": "%{y}: %{text} participants · %{customdata[0]} events (%{customdata[1]} with a count)<extra></extra>",
}


def reach_bars(reach: pd.DataFrame, dimension: str, lang: str) -> go.Figure:
    if reach.empty:
        return _empty(t("no_data", lang))
    if reach["participants"].isna().all():  # events, but none states a head count: say so, not an empty axis
        return _empty(t("no_counts", lang))
    data = reach.sort_values("participants", na_position="first")
    labels = [value_label(str(c), lang) for c in data["category"]]
    fig = go.Figure(
        go.Bar(
            x=data["participants"].fillna(0),  # a zero-length bar, so "–" (no count reported) stays visible
            y=labels,
            orientation="h",
            marker_color=PALETTE[0],
            text=[fmt.number(v, lang) for v in data["participants"]],
            textposition="outside",
            cliponaxis=False,  # the longest bar's number stays whole instead of being cut at the plot edge
            customdata=data[["events", "events_with_count"]],
            hovertemplate=_REACH_HOVER[lang],
        )
    )
    fig.update_layout(height=max(320, 26 * len(data) + 140))
    top = pd.to_numeric(data["participants"], errors="coerce").max()
    fig.update_xaxes(title=METRICS["participants"].label(lang), range=[0, float(top) * 1.12] if top > 0 else None)
    fig.update_yaxes(title=dimension_label(dimension, lang))
    return fig


def per_asn_bars(by_province: pd.DataFrame, lang: str) -> go.Figure:
    data = by_province.dropna(subset=["participants_per_1000_asn"]).sort_values("participants_per_1000_asn")
    if data.empty:
        return _empty(t("no_asn", lang))
    fig = go.Figure(
        go.Bar(
            x=data["participants_per_1000_asn"],
            y=data["province"],
            orientation="h",
            marker_color=PALETTE[2],
            text=[value_text(v, lang, "participants_per_1000_asn") for v in data["participants_per_1000_asn"]],
            textposition="outside",
        )
    )
    fig.update_layout(height=max(320, 24 * len(data) + 140))
    fig.update_xaxes(title=METRICS["participants_per_1000_asn"].label(lang))
    return fig


def size_bins(participants: pd.Series) -> pd.DataFrame:
    """Event sizes counted in bins that double (1, 2–3, 4–7, …): even on a log axis. plotly's own histogram
    bins in linear space and draws nothing on a log axis, hence binned here."""
    sizes = pd.to_numeric(participants, errors="coerce").dropna()
    sizes = sizes[sizes > 0].astype(int)
    if sizes.empty:
        return pd.DataFrame(columns=["low", "high", "events"])
    exponents = np.floor(np.log2(sizes.to_numpy())).astype(int)
    counts = pd.Series(exponents).value_counts().sort_index()
    return pd.DataFrame(
        {"low": 2**counts.index, "high": 2 ** (counts.index + 1) - 1, "events": counts.to_numpy()}
    ).reset_index(drop=True)


def size_histogram(bins: pd.DataFrame, lang: str) -> go.Figure:
    """Events per size bin (from size_bins, one set per election), bins in size order."""
    if bins.empty:
        return _empty(t("no_counts", lang))
    names = {
        (lo, hi): f"{fmt.number(lo, lang)}–{fmt.number(hi, lang)}" if hi > lo else fmt.number(lo, lang)
        for lo, hi in zip(bins["low"], bins["high"], strict=True)
    }
    order = [names[k] for k in sorted(names)]
    fig = go.Figure()
    for election, rows in bins.groupby("election"):
        fig.add_trace(
            go.Bar(
                x=[names[k] for k in zip(rows["low"], rows["high"], strict=True)],
                y=rows["events"],
                name=election,
                marker_color=ELECTION_COLORS.get(election),
                text=rows["events"],
                textposition="outside",
                cliponaxis=False,
            )
        )
    fig.update_layout(barmode="group", height=400)
    fig.update_xaxes(
        title=METRICS["participants"].label(lang), type="category", categoryorder="array", categoryarray=order
    )
    fig.update_yaxes(title=METRICS["events"].label(lang))
    _count_axis(fig, float(bins["events"].max()))
    return fig


def comparison(left: pd.DataFrame, right: pd.DataFrame, names: tuple[str, str], lang: str) -> go.Figure:
    """Two selections side by side, one panel per measure (events, participants, provinces reached): each
    measure on its own linear axis, never three units on one log scale."""
    from plotly.subplots import make_subplots

    keys = ["events", "participants", "provinces"]
    fig = make_subplots(rows=1, cols=3, subplot_titles=[METRICS[k].label(lang) for k in keys], horizontal_spacing=0.08)
    for col, key in enumerate(keys, start=1):
        values = [frame[key].iloc[0] for frame in (left, right)]
        shown = [float(v) if pd.notna(v) else 0.0 for v in values]
        fig.add_trace(
            go.Bar(
                x=list(names),
                y=shown,
                marker_color=[PALETTE[0], PALETTE[1]],
                text=[fmt.number(v, lang) for v in values],  # "–" where nothing was reported
                textposition="outside",
                cliponaxis=False,
                showlegend=False,
            ),
            row=1,
            col=col,
        )
        fig.update_yaxes(rangemode="tozero", tickformat=",d", range=[0, max([*shown, 1]) * 1.2], row=1, col=col)
    fig.update_layout(height=420)
    return fig


# Violation figures: one colour per stage of the case, one line style per publishing body, same in every panel.
METRIC_COLORS = {
    "reported": "#0072B2",
    "recommended": "#E69F00",
    "proven": "#D55E00",
    "sanctioned": "#000000",
    "followed_up": "#009E73",
}
BODY_DASHES = {"KASN": "solid", "Bawaslu": "dash", "BKN": "dot", "Kemendagri": "dashdot"}
# ... and one marker per body, so two bodies' figures of the same stage differ in the legend and on a point alone.
BODY_SYMBOLS = {"KASN": "circle", "Bawaslu": "square", "BKN": "diamond", "Kemendagri": "triangle-up"}


def joined_figures(totals: pd.DataFrame) -> pd.Series:
    """Which published figures a timeline joins with a line: within one body's series of one stage and unit,
    a date with a single figure (however many outlets reported it) whose neighbouring date also has a single
    figure. Two different figures on one day are separate statements: points of their own, never joined."""
    joined = pd.Series(False, index=totals.index)
    keys = ["election", "unit", "metric", "source_body"]
    for _, rows in totals.dropna(subset=["as_of"]).groupby(keys, sort=False):
        per_day = rows.groupby("as_of")["value"].nunique().sort_index()
        single = (per_day == 1).to_numpy()
        for i, day in enumerate(per_day.index):
            neighbour = (i > 0 and single[i - 1]) or (i + 1 < len(single) and single[i + 1])
            if single[i] and neighbour:
                joined[rows.index[rows["as_of"] == day]] = True
    return joined


def violation_panels(totals: pd.DataFrame) -> list:
    """One panel per election and unit (persons and cases never share an axis); newest election first;
    "other" (figures spanning several elections) last. Each panel has .election and .unit."""
    dated = totals.dropna(subset=["as_of"])
    panels = sorted(dated[["election", "unit"]].drop_duplicates().itertuples(index=False), key=lambda p: p.unit)
    panels.sort(key=lambda p: (p.election != "other", p.election.split()[-1], p.election), reverse=True)
    return panels


def violation_timeline(totals: pd.DataFrame, lang: str) -> go.Figure:
    """One panel per election (each has its own time span), so a reader compares like with like."""
    if totals.empty:
        return _empty(t("no_data", lang))
    from plotly.subplots import make_subplots

    if "joined" not in totals:
        totals = totals.assign(joined=joined_figures(totals))
    undated = int(totals["as_of"].isna().sum())
    totals = totals.dropna(subset=["as_of"])  # a figure without a date has no place on a time axis
    if totals.empty:
        return _empty(t("no_data", lang))
    panels = violation_panels(totals)
    titles = [
        f"{t('several_elections', lang) if p.election == 'other' else p.election} — {t(f'unit_{p.unit}', lang)}"
        for p in panels
    ]
    fig = make_subplots(rows=len(panels), cols=1, subplot_titles=titles, vertical_spacing=0.3 / len(panels))
    shown: set[str] = set()
    for row, (election, unit) in enumerate(panels, start=1):
        part = totals[(totals["election"] == election) & (totals["unit"] == unit)]
        unit_label = t(f"unit_{unit}", lang)
        for (metric, body), rows in part.groupby(["metric", "source_body"], sort=True):
            name = f"{value_label(body, lang)} · {value_label(metric, lang)}"
            color = METRIC_COLORS.get(metric, PALETTE[-1])
            # The same figure reported by several outlets is one point; its outlets are named on hover.
            points = (
                rows.groupby(["as_of", "value"], as_index=False)
                .agg(outlets=("outlet", lambda o: ", ".join(dict.fromkeys(o))), source_url=("source_url", "first"))
                .sort_values(["as_of", "value"])
            )
            joined = set(rows.loc[rows["joined"], "as_of"])
            # The line runs only through dates with one figure: two different figures the same day are separate
            # statements (30 and 400 cases), and a line through them would read as a change over time.
            line = points.drop_duplicates("as_of")
            fig.add_trace(
                go.Scatter(
                    x=line["as_of"],
                    y=[v if d in joined else None for d, v in zip(line["as_of"], line["value"], strict=True)],
                    mode="lines",
                    connectgaps=False,
                    line={"color": color, "width": 2, "dash": BODY_DASHES.get(body, "longdash")},
                    legendgroup=name,
                    showlegend=False,
                    hoverinfo="skip",
                ),
                row=row,
                col=1,
            )
            fig.add_trace(
                go.Scatter(
                    x=points["as_of"],
                    y=points["value"],
                    mode="markers",
                    name=name,
                    legendgroup=name,
                    showlegend=name not in shown,
                    marker={"size": 9, "color": color, "symbol": BODY_SYMBOLS.get(body, "x")},
                    customdata=points[["outlets", "source_url"]],
                    text=[fmt.date(d, lang) for d in points["as_of"]],
                    hovertemplate=f"{election} · {name}: %{{y:,}} {unit_label} (%{{text}}, %{{customdata[0]}})"
                    "<br>%{customdata[1]}<extra></extra>",
                ),
                row=row,
                col=1,
            )
            shown.add(name)
        fig.update_yaxes(title_text=unit_label, rangemode="tozero", tickformat=",d", row=row, col=1)
        days = part["as_of"].dropna()
        if days.nunique() == 1:  # one date: give the axis a month either side instead of nanosecond ticks
            day = pd.Timestamp(days.iloc[0])
            fig.update_xaxes(range=[day - pd.Timedelta(days=45), day + pd.Timedelta(days=45)], row=row, col=1)
        if days.nunique() > 1:  # whole months named in the reader's language, never repeated
            _month_axis(fig, days, lang, row=row, col=1)
        else:
            values, labels = month_ticks(days.min() - pd.Timedelta(days=45), days.max() + pd.Timedelta(days=45), lang)
            fig.update_xaxes(tickmode="array", tickvals=values, ticktext=labels, row=row, col=1)
    elections = panels
    fig.update_layout(height=max(420, 260 * len(elections)))
    if undated:
        fig.add_annotation(
            name="note",
            text=t("undated_not_drawn", lang, n=undated),
            xref="paper",
            yref="paper",
            x=1,
            y=1,
            yshift=40,
            showarrow=False,
            xanchor="right",
            font={"size": 11, "color": "#555"},
        )
    return fig


def _distinct_labels(labels: list[str], outlets: list[str]) -> list[str]:
    """Two published figures with the same category, election and date (e.g. both undated) would share one bar
    position and be drawn over each other: the outlet that reported each tells them apart."""
    counts = pd.Series(labels).value_counts()
    named = [
        f"{label} · {outlet}" if counts[label] > 1 else label for label, outlet in zip(labels, outlets, strict=True)
    ]
    seen: dict[str, int] = {}
    for i, label in enumerate(named):  # the same outlet twice: number them rather than overlap
        seen[label] = seen.get(label, 0) + 1
        named[i] = label if seen[label] == 1 else f"{label} ({seen[label]})"
    return named


def publication(row: pd.Series, lang: str) -> str:
    """One publication of a breakdown: who, for which election, when, and the outlet that reported it."""
    when = fmt.date(row["as_of"], lang) if pd.notna(row["as_of"]) else t("undated", lang)
    election = t("several_elections", lang) if row["election"] == "other" else row["election"]
    return f"{value_label(row['source_body'], lang)} · {election} · {when} · {row['outlet']}"


def publication_order(breakdown: pd.DataFrame) -> list[str]:
    """Publications newest first (undated last), each once."""
    ordered = breakdown.sort_values(["as_of", "publication"], ascending=[False, True], na_position="last")
    return list(dict.fromkeys(ordered["publication"]))


def breakdown_panels(breakdown: pd.DataFrame) -> list[tuple[str, str]]:
    """(publication, unit) per panel: a publication's counts and shares are two panels (never one axis)."""
    units = sorted(breakdown["unit"].unique(), key=lambda u: u == "percent")  # counts before shares
    present = set(zip(breakdown["publication"], breakdown["unit"], strict=True))
    return [(p, u) for p in publication_order(breakdown) for u in units if (p, u) in present]


LABEL_CHARS = 45  # a category label longer than this wraps: the plot keeps most of the width


def breakdown_bars(breakdown: pd.DataFrame, lang: str) -> go.Figure:
    """One panel per publication (body, election, date, outlet) and unit, titled with it: shares from different
    surveys never share an axis, nor percent the axis of counts. `breakdown` carries a `publication` column
    (views.breakdown_chart; made here from the row otherwise)."""
    if breakdown.empty:
        return _empty(t("no_data", lang))
    from plotly.subplots import make_subplots

    if "publication" not in breakdown:
        breakdown = breakdown.assign(publication=[publication(row, lang) for _, row in breakdown.iterrows()])
    panels = breakdown_panels(breakdown)
    parts = [breakdown[(breakdown["publication"] == p) & (breakdown["unit"] == u)] for p, u in panels]
    # In px first: each panel as high as its bars (two-line labels need more), then a gap for the ticks and the
    # next panel's title (long ones wrap: from the plot's left edge they would run past the figure's right).
    titles = ["<br>".join(textwrap.wrap(f"{p} ({t(f'unit_{u}', lang)})", 90)) for p, u in panels]
    gap = 45 + 15 * max(title.count("<br>") + 1 for title in titles)
    heights = [sum(16 * len(textwrap.wrap(str(c), LABEL_CHARS)) + 12 for c in part["category"]) for part in parts]
    plot = sum(heights) + gap * (len(panels) - 1)
    fig = make_subplots(
        rows=len(panels),
        cols=1,
        row_heights=[h / sum(heights) for h in heights],
        # the unit in the title: an axis title under each panel would sit on the next panel's title
        subplot_titles=titles,
        vertical_spacing=gap / plot if len(panels) > 1 else 0.0,
    )
    for row, ((_, unit), part) in enumerate(zip(panels, parts, strict=True), start=1):
        data = part.sort_values("value")
        labels = _distinct_labels([str(c) for c in data["category"]], data["outlet"].tolist())
        fig.add_trace(
            go.Bar(
                x=data["value"],
                y=labels,
                orientation="h",
                marker_color=PALETTE[3] if unit == "percent" else PALETTE[0],
                text=[value_text(v, lang, unit=unit) for v in data["value"]],
                textposition="outside",
                cliponaxis=False,  # the longest bar keeps its whole number (finish makes room in the margin)
                customdata=data[["source_url"]],
                hovertemplate="%{y}: %{text}<br>%{customdata[0]}<extra></extra>",
                showlegend=False,
            ),
            row=row,
            col=1,
        )
        top = float(data["value"].max())
        fig.update_xaxes(range=[0, top * 1.04 if top > 0 else 1], row=row, col=1)
        wrapped = ["<br>".join(textwrap.wrap(label, LABEL_CHARS)) for label in labels]
        fig.update_yaxes(tickmode="array", tickvals=labels, ticktext=wrapped, row=row, col=1)
    for annotation in fig.layout.annotations:  # panel titles flush left, above their bars
        annotation.update(x=0, xanchor="left", align="left", font={"size": 12, "color": "#333"})
    fig.update_layout(height=max(320, plot + 220))  # + finish()'s margins: title, first panel's title, source
    return fig


def _labelled(frame: pd.DataFrame, x: str, y: str | None, limit: int = 4) -> set:
    """Rows worth naming on a scatter: the extremes first (highest y, lowest and highest x), then skipping
    any point whose label would sit on one already placed. The rest are named on hover."""
    if frame.empty:
        return set()
    xs = frame[x] / (frame[x].max() or 1)
    ys = frame[y] / (frame[y].max() or 1) if y else pd.Series(0.0, index=frame.index)
    order = [frame[x].idxmin(), frame[x].idxmax()]
    if y:
        order = list(frame[y].sort_values(ascending=False).index[:3]) + order
    placed: list = []
    for index in dict.fromkeys(order):
        # a label is up to ~0.5 of the axis wide and ~0.15 tall (a projector's 20 px type, a phone's narrow panel)
        if all(abs(xs[index] - xs[o]) > 0.5 or abs(ys[index] - ys[o]) > 0.15 for o in placed):
            placed.append(index)
        if len(placed) == limit:
            break
    return set(placed)


def _text_positions(x: pd.Series, side: str) -> list[str]:
    """Labels near the left or right edge lean inwards, so a long province name is not cut off."""
    share = x / (x.max() or 1)
    return [f"{side} right" if v < 0.2 else f"{side} left" if v > 0.8 else f"{side} center" for v in share]


def _outreach_hover(row: pd.Series, lang: str) -> str:
    rate = value_text(row["events_per_1000_asn"], lang, "events_per_1000_asn")
    head = f"<b>{row['province']}</b><br>{rate} {METRICS['events_per_1000_asn'].label(lang).lower()}"
    head += f" ({fmt.number(row['events'], lang)} {METRICS['events'].label(lang).lower()})"
    if pd.isna(row["violations"]):
        return head + "<br>" + t("no_figure", lang)
    return head + f"<br>{fmt.number(row['violations'], lang)} " + _violation_note(row, lang)


def outreach_scatter(panels: dict[str, pd.DataFrame], lang: str) -> go.Figure:
    """Outreach per 1,000 ASN against the comparable violation figure, one panel per election. Every selected
    province is drawn: those without a published figure sit on a 'no figure' strip under the axis."""
    panels = {e: f for e, f in panels.items() if not f.empty}
    if not panels:
        return _empty(t("no_data", lang))
    from plotly.subplots import make_subplots

    elections = list(panels)
    fig = make_subplots(
        rows=2,
        cols=len(elections),
        row_heights=[0.84, 0.16],
        shared_xaxes=True,
        vertical_spacing=0.04,
        horizontal_spacing=0.1,
        column_titles=elections,
    )
    for col, election in enumerate(elections, start=1):
        frame = panels[election].dropna(subset=["events_per_1000_asn"])
        color = ELECTION_COLORS.get(election, PALETTE[0])
        named = _labelled(frame.dropna(subset=["violations"]), "events_per_1000_asn", "violations")
        named |= _labelled(frame[frame["violations"].isna()], "events_per_1000_asn", None, limit=2)
        for row, part in ((1, frame.dropna(subset=["violations"])), (2, frame[frame["violations"].isna()])):
            fig.add_trace(
                go.Scatter(
                    x=part["events_per_1000_asn"],
                    y=part["violations"] if row == 1 else [0] * len(part),
                    mode="markers+text",
                    textfont={"size": 12},  # names beside points stay small at any size: 20 px ones cover others
                    text=[p if i in named else "" for i, p in zip(part.index, part["province"], strict=True)],
                    textposition=_text_positions(part["events_per_1000_asn"], "top" if row == 1 else "bottom"),
                    cliponaxis=False,
                    marker={
                        "size": 11,
                        "color": color if row == 1 else "white",
                        "line": {"color": color, "width": 2},
                    },
                    hovertext=[_outreach_hover(r, lang) for _, r in part.iterrows()],
                    hoverinfo="text",
                    customdata=part[["province"]],
                    showlegend=False,
                    name=election,
                ),
                row=row,
                col=col,
            )
        units = frame["violation_unit"].dropna().unique()
        unit = f" ({t(f'unit_{units[0]}', lang)})" if len(units) == 1 else ""
        top = float(frame["violations"].max()) if frame["violations"].notna().any() else 1.0
        fig.update_yaxes(
            title_text=METRICS["violations_reported"].label(lang) + unit,
            range=[0, top * 1.3],  # headroom: the highest point's label stays inside the panel
            tickformat=",d",
            row=1,
            col=col,
        )
        fig.update_yaxes(
            tickvals=[0], ticktext=[t("no_figure_strip", lang)], showgrid=False, range=[-1, 1], row=2, col=col
        )
        fig.update_xaxes(title_text=METRICS["events_per_1000_asn"].label(lang), rangemode="tozero", row=2, col=col)
    fig.update_layout(height=520)
    return fig


def countdown_text(elections: pd.DataFrame, today: dt.date, lang: str) -> list[str]:
    lines = []
    for _, row in elections.iterrows():
        voting = pd.Timestamp(row["voting_date"]).date()
        days = (voting - today).days
        key = "days_to" if days >= 0 else "days_since"
        lines.append(t(key, lang, days=fmt.number(abs(days), lang), election=row["election"]))
    return lines
