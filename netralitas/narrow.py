"""A chart redrawn for a narrow screen (a phone). Plotly places text in pixels and never reflows it: a figure
laid out for a desktop cuts its title, legend and source line at 390 px. Here, in pixels of the given width:
title, subtitle and source wrapped to it, the legend in rows under the title, at most two panels side by
side, a few date ticks, type a phone reads. Screen only: exports keep the standard layout."""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

import plotly.graph_objects as go

from netralitas.charts import outside_label_margin, plain, room_below

FONT = 12  # body and ticks
TITLE = 15
SMALL = 10  # source line
CHAR = 0.56  # average width of a character of Arial, in font sizes (bold: a little more)
PADDING = 32  # Streamlit's page padding on a phone: the figure is this much narrower than the screen
TOP = 6
TICKS_PER_PX = 1 / 85  # one date tick per 85 px ("Sep 2024" at 12 px is about 55 px)
HORIZONTAL_GAP = 0.1  # between two panels side by side (room for the right one's value ticks)


@dataclass
class Cell:
    """One subplot: its axes and where it sits (paper fractions)."""

    x: str
    y: str
    x_domain: tuple[float, float]
    y_domain: tuple[float, float]


def wrap(text: str, width_px: float, size: float, bold: bool = False) -> list[str]:
    """`text` in lines that fit `width_px` at font `size` (an estimate from the average character width)."""
    per_char = size * (CHAR + (0.06 if bold else 0))
    return textwrap.wrap(text, max(12, int(width_px / per_char)), break_long_words=False) or [""]


def _legend(fig: go.Figure, width_px: float) -> tuple[int, dict]:
    """How many rows the legend takes at `width_px`, and its entry width: fixed, so the browser lays out as
    many columns as counted here (its own choice depends on its fonts and could run taller than the room)."""
    names = [str(tr.name) for tr in fig.data if tr.showlegend is not False and tr.name]
    if not names:
        return 0, {}
    entry = 40 + max(len(n) for n in names) * (FONT - 1) * CHAR
    columns = max(1, min(len(names), int(width_px // entry)))
    return math.ceil(len(names) / columns), {"entrywidthmode": "pixels", "entrywidth": int(width_px / columns) - 45}


def cells(fig: go.Figure) -> list[Cell]:
    """The subplots in reading order (top row first, left to right)."""
    found = []
    for x_axis in fig.select_xaxes():
        y_name = "yaxis" + x_axis.plotly_name[5:]  # xaxis2's panel is yaxis2's
        if x_axis.domain is None or fig.layout[y_name] is None:
            continue
        found.append(Cell(x_axis.plotly_name, y_name, tuple(x_axis.domain), tuple(fig.layout[y_name].domain or (0, 1))))
    return sorted(found, key=lambda c: (-round(c.y_domain[1], 6), c.x_domain[0]))


def _titles(fig: go.Figure, cell: Cell) -> list:
    """The subplot titles make_subplots wrote above `cell` (paper annotations at its top edge)."""
    return [
        a
        for a in fig.layout.annotations
        if a.xref == "paper"
        and a.yref == "paper"
        and a.name is None
        and a.y is not None
        and abs(a.y - cell.y_domain[1]) < 1e-6
        and cell.x_domain[0] - 1e-6 <= (a.x or 0) <= cell.x_domain[1] + 1e-6
    ]


def _bars(fig: go.Figure, cell: Cell | None = None) -> list:
    """Horizontal bar traces (of one cell's axes, or all)."""
    return [
        tr
        for tr in fig.data
        if tr.type == "bar"
        and tr.orientation == "h"
        and tr.y is not None
        and (cell is None or ("yaxis" + (tr.yaxis or "y")[1:]) == cell.y)
    ]


def _wrap_bar_labels(fig: go.Figure, width_px: float) -> tuple[int, int]:
    """Category labels of horizontal bars wrapped to at most `width_px`, each bar tall enough for its lines.
    Returns (the widest label in px, the px each bar needs)."""
    widest, bar_px = 0, 16
    for trace in _bars(fig):
        axis = fig.layout["yaxis" + (trace.yaxis or "y")[1:]]
        labels = [str(v) for v in trace.y]
        lines = [wrap(label, width_px, FONT - 1) for label in labels]
        axis.update(tickmode="array", tickvals=labels, ticktext=["<br>".join(ls) for ls in lines])
        widest = max([widest, *(len(line) * (FONT - 1) * CHAR for ls in lines for line in ls)])
        bar_px = max([bar_px, *(14 * len(ls) + 4 for ls in lines)])
    return int(widest), bar_px


def _restack(fig: go.Figure, heights: list[float], grid: list[Cell], plot_w: float, left: float) -> float:
    """Lay the panels out again in pixels, at most two side by side (one column when panels differ in height,
    e.g. a plot with its strip below), every panel's title wrapped above it. Returns the plot area's height."""
    originally = len({c.x_domain for c in grid})
    unequal = len({round(h) for h in heights}) > 1
    columns = 1 if originally == 1 or unequal else 2
    order = sorted(range(len(grid)), key=lambda i: (grid[i].x_domain[0], -grid[i].y_domain[1]))
    if columns == 2 or originally == 1:
        order = list(range(len(grid)))  # reading order: rows, left to right
    cell_width = (1 - HORIZONTAL_GAP * (columns - 1)) / columns
    placed = []  # (cell, row, column, height, title lines)
    for position, i in enumerate(order):
        cell, height = grid[i], (min(heights[i], 150) if columns == 2 else heights[i])
        lines = 0
        for title in _titles(fig, cell):
            flush_left = title.xanchor == "left"  # a long title from the figure's left edge, not the panel's
            room = (plot_w + left - 8) if flush_left else cell_width * plot_w
            text = wrap(plain(title.text), room, FONT - 1)
            title.update(text="<br>".join(text), font={"size": FONT - 1}, align="left" if flush_left else "center")
            lines = max(lines, len(text))
        placed.append((cell, position // columns, position % columns, height, lines))
    rows = max(p[1] for p in placed) + 1
    row_height = [max(p[3] for p in placed if p[1] == r) for r in range(rows)]
    row_title = [max(p[4] for p in placed if p[1] == r) * 15 + 4 for r in range(rows)]
    ticks = [room_below([fig.layout[p[0].x] for p in placed if p[1] == r], FONT - 1) for r in range(rows)]
    total = sum(row_height) + sum(row_title) + sum(ticks[:-1])
    tops = [sum(row_height[:r]) + sum(row_title[: r + 1]) + sum(ticks[:r]) for r in range(rows)]
    for cell, row, column, _, _ in placed:
        x0 = column * (cell_width + HORIZONTAL_GAP)
        new_x, new_y = (x0, x0 + cell_width), (1 - (tops[row] + row_height[row]) / total, 1 - tops[row] / total)
        for title in _titles(fig, cell):
            if title.xanchor == "left":
                title.update(x=-(left - 4) / plot_w, y=new_y[1])
            else:
                title.update(x=(new_x[0] + new_x[1]) / 2, y=new_y[1])
        fig.layout[cell.x].domain = new_x
        fig.layout[cell.y].domain = new_y
    return total


def _date_ticks(fig: go.Figure, width_px: float) -> None:
    """At most one tick per 85 px of each panel, level (rotated ticks would reach into the panel below):
    every second (third…) of the month ticks the desktop figure names."""
    for axis in fig.select_xaxes():
        share = (axis.domain[1] - axis.domain[0]) if axis.domain else 1
        most = max(2, int(width_px * share * TICKS_PER_PX))
        axis.update(tickangle=0)
        if axis.tickmode == "array" and axis.tickvals is not None and len(axis.tickvals) > most:
            step = math.ceil(len(axis.tickvals) / most)
            axis.update(tickvals=list(axis.tickvals)[::step], ticktext=list(axis.ticktext)[::step])
        elif axis.tickmode != "array":
            axis.update(nticks=most)


def _heading(title: str, subtitle: str, width_px: float) -> tuple[str, int]:
    """The title in bold and the subtitle under it, both wrapped; and the px they take."""
    title_lines = wrap(title, width_px, TITLE, bold=True)
    subtitle_lines = wrap(subtitle, width_px, FONT) if subtitle else []
    text = "<b>" + "<br>".join(title_lines) + "</b>"
    if subtitle_lines:
        text += f"<br><span style='font-size:{FONT}px;color:#444'>{'<br>'.join(subtitle_lines)}</span>"
    return text, len(title_lines) * 19 + len(subtitle_lines) * 16


def for_width(figure: go.Figure, screen_px: int) -> go.Figure:
    """A copy of `figure` laid out for a screen `screen_px` wide (a figure from charts.finish)."""
    fig = go.Figure(figure)
    meta = dict(fig.layout.meta or {})
    if "title" not in meta:  # not a finished chart (an empty-state message): nothing to lay out
        return fig
    width = screen_px - PADDING
    margin = fig.layout.margin
    plot_px = (fig.layout.height or 450) - (margin.t or 80) - (margin.b or 80)
    is_map = fig.layout.yaxis.scaleanchor == "x"

    # Left and right margins in px (not plotly's automargin): the source line and left-flush titles start at
    # the figure's edge, which is then a known distance left of the plot.
    widest, bar_px = _wrap_bar_labels(fig, width * 0.42)
    y_title = 18 if any(a.title.text for a in fig.select_yaxes()) else 0
    left = 4 if is_map else (widest + 14 + y_title if widest else 54)
    right = 4 if is_map else outside_label_margin(fig, FONT - 1)
    plot_w = width - left - right
    edge = -(left - 4) / plot_w  # the figure's left edge in paper units

    # Title and subtitle; a chart's note (e.g. how many undated figures are not drawn) joins the subtitle.
    notes = [a for a in fig.layout.annotations if a.name == "note"]
    subtitle = " · ".join([meta.get("subtitle") or "", *(plain(a.text) for a in notes)]).strip(" ·")
    heading, title_px = _heading(meta["title"], subtitle, width - 8)
    legend_rows, entries = _legend(fig, plot_w)  # plotly wraps a legend at the plot's width
    legend_px = legend_rows * 19
    elections = [a for a in fig.layout.annotations if a.name == "election"]
    election_px = 30 if elections else 0
    top = TOP + title_px + 8 + legend_px + election_px

    # Source line under the ticks and the x axis title (and the colour bar of a map).
    source_lines = wrap(meta.get("source") or "", width - 8, SMALL)
    has_x_title = any(a.title.text for a in fig.select_xaxes())
    below = (56 if has_x_title else 30) + (64 if is_map else 0)
    bottom = below + len(source_lines) * 13 + 10

    grid = cells(fig)
    used = {"xaxis" + (tr.xaxis or "x")[1:] for tr in fig.data}
    for cell in [c for c in grid if c.x not in used]:  # a grid's empty last cell: no axes drawn for nothing
        fig.layout[cell.x].update(visible=False)
        fig.layout[cell.y].update(visible=False)
    grid = [c for c in grid if c.x in used]
    if len(grid) > 1 or any(_titles(fig, c) for c in grid):  # panels, or one panel with its title
        heights = [
            sum(len(tr.y) for tr in _bars(fig, c)) * bar_px + 6
            if _bars(fig, c)
            else (c.y_domain[1] - c.y_domain[0]) * plot_px
            for c in grid
        ]
        plot_px = _restack(fig, heights, grid, plot_w, left)
    elif _bars(fig):
        plot_px = max(200, sum(len(tr.y) for tr in _bars(fig)) * bar_px)  # one readable label per bar
    elif is_map:
        plot_px = plot_w * 0.42  # Indonesia is about 2.6 times as wide as it is high
    else:
        plot_px = min(max(plot_px, 240), 300)
    if is_map:  # the colour bar below the map, not on it (the map is only ~150 px high here)
        for trace in fig.data:
            if trace.marker is not None and trace.marker.colorbar is not None and trace.marker.colorbar.len:
                trace.marker.colorbar.update(y=-12 / plot_px, yanchor="top", len=0.6, x=0)

    total = top + plot_px + bottom
    fig.update_layout(
        height=int(total),
        font={"size": FONT},
        margin={"t": top, "b": bottom, "l": left, "r": right, "autoexpand": False},
        title={"text": ""},  # an annotation instead: plotly anchors a multi-line title by its first line
        legend={
            "orientation": "h",
            "yref": "paper",
            "y": 1 + (election_px + 2) / plot_px,
            "yanchor": "bottom",
            "xref": "paper",  # with "container" plotly squeezes the plot beside the legend
            "x": edge,
            "xanchor": "left",
            "font": {"size": FONT - 1},
            "tracegroupgap": 0,  # grouped entries (a series' line and points) would each add a gap
            **entries,
        },
    )
    fig.update_xaxes(tickfont={"size": FONT - 1}, title_font={"size": FONT - 1}, automargin=False)
    fig.update_yaxes(tickfont={"size": FONT - 1}, title_font={"size": FONT - 1}, automargin=False)
    _date_ticks(fig, plot_w)
    fig.for_each_trace(
        lambda tr: tr.update(textfont={"size": SMALL}), selector={"type": "scatter", "mode": "markers+text"}
    )
    for i, annotation in enumerate(elections):  # the election's name only, every other one a line higher
        annotation.update(text=plain(annotation.text).split(" · ")[0], font={"size": FONT - 1}, yshift=2 + 14 * (i % 2))
    for annotation in fig.layout.annotations:
        if annotation.name == "source":
            annotation.update(text="<br>".join(source_lines), font={"size": SMALL}, yshift=-below, x=edge)
        elif annotation.name == "end":  # a curve's name at its end: above the end, not in the right margin
            annotation.update(xanchor="right", yanchor="bottom", xshift=0, font={"size": FONT - 1})
        elif meta.get("message") and annotation.text == meta["message"]:  # an empty chart says why, wrapped
            size = annotation.font.size or FONT
            annotation.update(text="<br>".join(wrap(annotation.text, width - 16, size)))
    fig.layout.annotations = [a for a in fig.layout.annotations if a.name != "note"]
    fig.add_annotation(
        name="title",
        text=heading,
        font={"size": TITLE},
        align="left",
        xref="paper",
        yref="paper",
        x=edge,
        y=1,
        xanchor="left",
        yanchor="bottom",
        yshift=legend_px + election_px + 6,
        showarrow=False,
    )
    return fig
