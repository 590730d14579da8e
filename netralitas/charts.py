"""Every figure of the dashboard. Title, subtitle (the active filters) and source line are part of the
figure itself, so an exported PNG/SVG can go on a slide as it is."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from netralitas import fmt
from netralitas.geo import Rings
from netralitas.labels import METRICS, dimension_label, t, value_label

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
LEGEND_ROW_MAX = 4  # more entries than this wrap into rows that would cover the title: list them on the right


def finish(fig: go.Figure, title: str, subtitle: str, source: str, present: bool = False) -> go.Figure:
    base = 20 if present else 13
    fig.update_layout(
        template="simple_white",
        colorway=PALETTE,
        font={"size": base, "family": "Arial, Helvetica, sans-serif", "color": "#111"},
        title={
            "text": f"<b>{title}</b><br><span style='font-size:{base - 1}px;color:#444'>{subtitle}</span>",
            "x": 0.01,
            "xanchor": "left",
        },
        margin={"t": 90 if present else 80, "b": 100, "l": 60, "r": 30},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 1, "xanchor": "right"},
    )
    if sum(1 for trace in fig.data if trace.showlegend is not False and trace.name) > LEGEND_ROW_MAX:
        fig.update_layout(legend={"orientation": "v", "yanchor": "top", "y": 1.0, "x": 1.01, "xanchor": "left"})
    # Pinned in pixels below the plot area, so it never collides with an axis title at any height.
    fig.add_annotation(
        text=source,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-58,
        showarrow=False,
        font={"size": base - 3, "color": "#555"},
        align="left",
    )
    return fig


def _colorbar(label: str, top: float, is_rate: bool) -> dict:
    bar = {"title": {"text": label}, "thickness": 12, "len": 0.6, "tickformat": ",.1f" if is_rate else ",d"}
    if not is_rate and top <= 10:
        bar["dtick"] = 1  # otherwise ticks at 0.5 steps print as "0, 1, 1, 2, 2"
    return bar


def _count_axis(fig: go.Figure, top: float, axis: str = "y") -> None:
    """Whole-number ticks for counts: '0.5 events' on a slide invites questions."""
    settings = {"rangemode": "tozero", "tickformat": ",d"}
    if top <= 10:
        settings["dtick"] = 1
    (fig.update_yaxes if axis == "y" else fig.update_xaxes)(**settings)


def _empty(message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font={"size": 16})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def province_map(by_province: pd.DataFrame, rings: dict[str, Rings], metric: str, lang: str) -> go.Figure:
    """A choropleth drawn as filled outlines on plain axes: no topojson or tiles to fetch, so it works
    offline in the browser and in kaleido. Grey = no record; the colour scale starts at zero."""
    values = pd.to_numeric(by_province[metric], errors="coerce")
    top = float(values.max()) if values.notna().any() and values.max() > 0 else 1.0
    label = METRICS[metric].label(lang)
    fig = go.Figure()
    for code, name, value in zip(by_province["province_code"], by_province["province"], values, strict=True):
        if code not in rings:
            continue
        xs, ys = rings[code]
        recorded = pd.notna(value)
        color = sample_colorscale(SEQUENTIAL, [value / top])[0] if recorded else NO_RECORD
        shown = (
            fmt.number(value, lang, 1 if metric.endswith("per_1000_asn") else 0) if recorded else t("no_record", lang)
        )
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                fill="toself",
                fillcolor=color,
                mode="lines",
                line={"color": "white", "width": 0.6},
                name=f"{name}: {shown}",
                hoveron="fills",
                hoverinfo="name",
                showlegend=False,
            )
        )
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
                "colorbar": _colorbar(label, top, is_rate=metric.endswith("per_1000_asn")),
            },
        )
    )
    fig.update_xaxes(visible=False, range=[94.5, 141.5], constrain="domain")
    fig.update_yaxes(visible=False, range=[-11.5, 6.5], scaleanchor="x", scaleratio=1, constrain="domain")
    fig.update_layout(height=520, hoverlabel={"namelength": -1})
    return fig


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
        fig.add_annotation(
            x=voting,
            y=1,
            yref="paper",
            text=f"{row['election']} ({fmt.date(voting, lang)})",
            showarrow=False,
            xanchor="right",
            font={"color": color, "size": 11},
            textangle=-90,
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
    fig.update_xaxes(title="days_before_election", autorange="reversed")
    fig.update_yaxes(title=METRICS["events"].label(lang))
    _count_axis(fig, float(days["events"].sum()))
    return fig


def cumulative_curve(cumulative: pd.DataFrame, elections: pd.DataFrame, lang: str) -> go.Figure:
    if cumulative.empty:
        return _empty(t("no_data", lang))
    fig = go.Figure()
    for election, rows in cumulative.groupby("election"):
        fig.add_trace(
            go.Scatter(
                x=rows["event_date"],
                y=rows["cumulative_events"],
                name=election,
                mode="lines",
                line={"shape": "hv", "width": 3, "color": ELECTION_COLORS.get(election)},
            )
        )
    _mark_elections(fig, elections, lang)
    fig.update_layout(height=420)
    return fig


def small_multiples(monthly: pd.DataFrame, lang: str) -> go.Figure:
    if monthly.empty:
        return _empty(t("no_data", lang))
    groups = list(dict.fromkeys(monthly["grp"]))
    cols = 4
    rows = -(-len(groups) // cols)
    from plotly.subplots import make_subplots

    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=groups,
        shared_xaxes=True,
        shared_yaxes=True,
        vertical_spacing=0.25 / max(rows, 1),
    )
    for i, group in enumerate(groups):
        part = monthly[monthly["grp"] == group]
        fig.add_trace(
            go.Bar(x=part["month"], y=part["events"], marker_color=PALETTE[0], showlegend=False, name=group),
            row=i // cols + 1,
            col=i % cols + 1,
        )
    fig.update_layout(height=max(300, 170 * rows))
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
            text=[fmt.number(v, lang, 1) for v in data["participants_per_1000_asn"]],
            textposition="outside",
        )
    )
    fig.update_layout(height=max(320, 24 * len(data) + 140))
    fig.update_xaxes(title=METRICS["participants_per_1000_asn"].label(lang))
    return fig


def size_histogram(sizes: pd.DataFrame, lang: str) -> go.Figure:
    if sizes.empty:
        return _empty(t("no_data", lang))
    fig = go.Figure()
    for election, rows in sizes.groupby("election"):
        fig.add_trace(
            go.Histogram(
                x=rows["participants"],
                name=election,
                nbinsx=30,
                marker_color=ELECTION_COLORS.get(election),
                opacity=0.75,
            )
        )
    fig.update_layout(barmode="overlay", height=400)
    fig.update_xaxes(title=METRICS["participants"].label(lang), type="log")
    fig.update_yaxes(title=METRICS["events"].label(lang))
    return fig


def comparison(left: pd.DataFrame, right: pd.DataFrame, names: tuple[str, str], lang: str) -> go.Figure:
    """Two selections side by side on the headline figures."""
    keys = ["events", "participants", "provinces"]
    fig = go.Figure()
    for frame, name, color in ((left, names[0], PALETTE[0]), (right, names[1], PALETTE[1])):
        values = [float(frame[k].iloc[0]) if pd.notna(frame[k].iloc[0]) else 0 for k in keys]
        fig.add_trace(
            go.Bar(
                x=[METRICS[k].label(lang) for k in keys],
                y=values,
                name=name,
                marker_color=color,
                text=[fmt.number(v, lang) for v in values],
                textposition="outside",
            )
        )
    fig.update_layout(barmode="group", height=420)
    fig.update_yaxes(type="log")
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


def violation_timeline(totals: pd.DataFrame, lang: str) -> go.Figure:
    """One panel per election (each has its own time span), so a reader compares like with like."""
    if totals.empty:
        return _empty(t("no_data", lang))
    from plotly.subplots import make_subplots

    undated = int(totals["as_of"].isna().sum())
    totals = totals.dropna(subset=["as_of"])  # a figure without a date has no place on a time axis
    if totals.empty:
        return _empty(t("no_data", lang))
    # Newest election on top; "other" (figures spanning several elections) last.
    elections = sorted(totals["election"].unique(), key=lambda e: (e != "other", e.split()[-1], e), reverse=True)
    titles = [t("several_elections", lang) if e == "other" else e for e in elections]
    fig = make_subplots(rows=len(elections), cols=1, subplot_titles=titles, vertical_spacing=0.3 / len(elections))
    shown: set[str] = set()
    for row, election in enumerate(elections, start=1):
        part = totals[totals["election"] == election]
        for (metric, body), rows in part.groupby(["metric", "source_body"], sort=True):
            rows = rows.sort_values("as_of")
            name = f"{body} · {value_label(metric, lang)}"
            fig.add_trace(
                go.Scatter(
                    x=rows["as_of"],
                    y=rows["value"],
                    mode="lines+markers",
                    name=name,
                    legendgroup=name,
                    showlegend=name not in shown,
                    line={
                        "color": METRIC_COLORS.get(metric, PALETTE[-1]),
                        "width": 2,
                        "dash": BODY_DASHES.get(body, "longdash"),
                    },
                    marker={"size": 8},
                    hovertemplate=f"{election} · {name}: %{{y:,}} ASN (%{{x|%d/%m/%Y}})<extra></extra>",
                ),
                row=row,
                col=1,
            )
            shown.add(name)
        fig.update_yaxes(title_text="ASN", rangemode="tozero", tickformat=",d", row=row, col=1)
        days = part["as_of"].dropna()
        if days.nunique() == 1:  # one date: give the axis a month either side instead of nanosecond ticks
            day = pd.Timestamp(days.iloc[0])
            fig.update_xaxes(range=[day - pd.Timedelta(days=45), day + pd.Timedelta(days=45)], row=row, col=1)
        months = (days.max() - days.min()).days / 30.4
        step = "M1" if months <= 12 else "M3" if months <= 24 else "M6" if months <= 60 else "M12"
        fig.update_xaxes(tickformat="%b %Y", dtick=step, row=row, col=1)  # whole months: no repeated labels
    fig.update_layout(height=max(420, 260 * len(elections)))
    if undated:
        fig.add_annotation(
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


def breakdown_bars(breakdown: pd.DataFrame, lang: str) -> go.Figure:
    if breakdown.empty:
        return _empty(t("no_data", lang))
    data = breakdown.sort_values("value")
    labels = [
        f"{c} ({e}, {fmt.date(a, lang)})"
        for c, e, a in zip(data["category"], data["election"], data["as_of"], strict=True)
    ]
    suffix = ["%" if u == "percent" else "" for u in data["unit"]]
    fig = go.Figure(
        go.Bar(
            x=data["value"],
            y=labels,
            orientation="h",
            marker_color=PALETTE[3],
            text=[fmt.number(v, lang, 1 if s else 0) + s for v, s in zip(data["value"], suffix, strict=True)],
            textposition="outside",
        )
    )
    fig.update_layout(height=max(320, 24 * len(data) + 140))
    return fig


def outreach_scatter(data: pd.DataFrame, lang: str) -> go.Figure:
    if data.empty:
        return _empty(t("no_data", lang))
    fig = go.Figure(
        go.Scatter(
            x=data["events"],
            y=data["violations"],
            mode="markers+text",
            text=data["province"],
            textposition="top center",
            marker={"size": 12, "color": PALETTE[0]},
            hovertemplate="%{text}: %{x} kegiatan, %{y} pelanggaran<extra></extra>",
        )
    )
    fig.update_xaxes(title=METRICS["events"].label(lang))
    fig.update_yaxes(title=METRICS["violations_reported"].label(lang))
    fig.update_layout(height=460)
    return fig


def countdown_text(elections: pd.DataFrame, today: dt.date, lang: str) -> list[str]:
    lines = []
    for _, row in elections.iterrows():
        voting = pd.Timestamp(row["voting_date"]).date()
        days = (voting - today).days
        key = "days_to" if days >= 0 else "days_since"
        lines.append(t(key, lang, days=fmt.number(abs(days), lang), election=row["election"]))
    return lines
