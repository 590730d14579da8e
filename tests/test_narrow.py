"""A chart laid out for a phone (netralitas.narrow): wrapped text, panels restacked, nothing on top of another."""

from __future__ import annotations

import itertools
import json
import re

import pandas as pd
import plotly.graph_objects as go

from netralitas import charts, narrow
from netralitas.geo import Rings

PHONE = 390  # the screen; the figure is 32 px narrower (Streamlit's page padding)
TITLE = "Kegiatan sosialisasi netralitas ASN per minggu menurut jenis penyelenggara dan kepulauan"
SOURCE = "Sumber: " + "; ".join(f"Bawaslu provinsi {n} (14 Okt 2024, kasus)" for n in range(6))


def lines(text: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", line) for line in re.split(r"<br>", text)]


def multiples() -> go.Figure:
    groups = ["Sumatera", "Jawa", "Kalimantan", "Sulawesi", "Bali dan Nusa Tenggara", "Maluku", "Papua"]
    months = pd.date_range("2023-01-01", "2024-11-01", freq="MS")
    monthly = pd.DataFrame(
        [(g, m, i % 5) for g in groups for i, m in enumerate(months)], columns=["grp", "month", "events"]
    )
    return charts.finish(charts.small_multiples(monthly, "id"), TITLE, "semua data", SOURCE, lang="id")


def title_of(fig: go.Figure):
    return next(a for a in fig.layout.annotations if a.name == "title")


def test_the_title_and_source_wrap_to_the_phone_and_keep_every_word():
    fig = narrow.for_width(multiples(), PHONE)
    heading = lines(title_of(fig).text)
    # 358 px figure, 8 px spare; bold 15 px Arial ≈ 0.62 × 15 = 9.3 px a character: 37 characters a line
    title_lines = heading[: len(heading) - 1]  # the last line is the subtitle ("semua data")
    assert len(title_lines) >= 2 and all(len(line) <= 37 for line in title_lines), title_lines
    assert " ".join(title_lines) == TITLE and heading[-1] == "semua data"
    source = lines(next(a for a in fig.layout.annotations if a.name == "source").text)
    # 10 px ≈ 5.6 px a character: 62 characters a line
    assert len(source) > 1 and all(len(line) <= 62 for line in source)
    assert " ".join(source) == SOURCE
    assert fig.layout.title.text == ""  # not plotly's title too: that one would still run off the screen


def test_small_multiples_restack_two_abreast_with_room_for_ticks_and_the_next_title():
    fig = narrow.for_width(multiples(), PHONE)
    cells = [c for c in narrow.cells(fig) if fig.layout[c.x].visible is not False]
    assert len(narrow.cells(fig)) == 8  # make_subplots' 2 x 4 grid; its empty eighth cell is not drawn
    assert len(cells) == 7 and len({c.x_domain for c in cells}) == 2  # was four abreast
    plot_px = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    rows = sorted({c.y_domain for c in cells}, reverse=True)
    assert len(rows) == 4
    for upper, lower in itertools.pairwise(rows):
        gap_px = (upper[0] - lower[1]) * plot_px
        assert gap_px >= 30 + 15  # the upper row's date ticks, then the lower row's one-line titles
    titles = [a for a in fig.layout.annotations if a.name is None]
    for cell in cells:  # each panel's title sits on its own panel's top edge, centred over it
        (title,) = [
            a for a in titles if abs(a.y - cell.y_domain[1]) < 1e-9 and cell.x_domain[0] < a.x < cell.x_domain[1]
        ]
        assert abs(title.x - sum(cell.x_domain) / 2) < 1e-9


def test_the_legend_runs_in_rows_under_the_title_and_dates_are_few_and_level():
    weekly = pd.DataFrame(
        {
            "week": pd.to_datetime(["2023-06-05", "2023-06-05", "2024-02-05", "2024-11-04", "2024-11-04"]),
            "organizer_type": ["Bawaslu", "regency/city government", "KASN", "police", "BKN"],
            "events": [3, 1, 2, 5, 1],
        }
    )
    elections = pd.DataFrame(
        {
            "election": ["Pemilu 2024", "Pilkada 2024"],
            "voting_date": pd.to_datetime(["2024-02-14", "2024-11-27"]),
            "campaign_start": [pd.NaT, pd.NaT],
            "campaign_end": [pd.NaT, pd.NaT],
        }
    )
    fig = charts.finish(charts.weekly_timeline(weekly, elections, "id"), TITLE, "", SOURCE, lang="id")
    assert fig.layout.legend.orientation == "v"  # more than four entries: beside the plot on a wide screen
    phone = narrow.for_width(fig, PHONE)
    assert phone.layout.legend.orientation == "h"
    assert phone.layout.legend.y > 1  # above the plot, below the title
    # 18 months of ticks on a ~270 px wide plot: at most one per 85 px, i.e. three
    assert len(phone.layout.xaxis.tickvals) <= 3 and phone.layout.xaxis.tickangle == 0
    labels = [a for a in phone.layout.annotations if a.name == "election"]
    assert [a.text for a in labels] == ["Pemilu 2024", "Pilkada 2024"]  # the name only, not its date too
    assert labels[0].yshift != labels[1].yshift  # staggered, so neighbouring labels do not overlap


def test_the_map_takes_the_width_with_its_colour_bar_below():
    square = (
        [95.0, 141.0, 141.0, 95.0, 95.0],
        [-11.0, -11.0, 6.0, 6.0, -11.0],
    )
    rings: dict[str, Rings] = {"11": square}
    frame = pd.DataFrame({"province_code": ["11"], "province": ["Aceh"], "events": [4]})
    fig = charts.finish(charts.province_map(frame, rings, "events", "id"), "Peta", "", "Sumber: x", lang="id")
    phone = narrow.for_width(fig, PHONE)
    assert phone.layout.margin.l <= 4 and phone.layout.margin.r <= 4
    (bar,) = [tr.marker.colorbar for tr in phone.data if tr.marker is not None and tr.marker.colorbar.len]
    assert bar.y < 0 and bar.orientation == "h"  # under the map, not on top of Java


def test_the_shown_figure_is_a_copy_and_a_message_stays_as_it_is():
    fig = multiples()
    before = json.dumps(fig.to_dict(), sort_keys=True, default=str)
    narrow.for_width(fig, PHONE)
    assert json.dumps(fig.to_dict(), sort_keys=True, default=str) == before  # the export keeps its layout
    message = charts.message("Tidak ada data")
    assert narrow.for_width(message, PHONE).to_dict() == message.to_dict()


def test_panels_of_a_short_figure_get_gaps_in_pixels_for_ticks_and_the_next_title():
    """A presentation squeezes the figure to 500 px: a gap given as a share would shrink under the text."""
    from plotly.subplots import make_subplots

    fig = make_subplots(rows=2, cols=1, subplot_titles=["A", "B"], vertical_spacing=0.02)
    for row in (1, 2):
        fig.add_trace(go.Scatter(x=[1, 2], y=[row, row + 1]), row=row, col=1)
    fig = charts.finish(fig, "Judul", "", "Sumber: x", present=True, lang="id")
    plot_px = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    upper, lower = fig.layout.yaxis.domain, fig.layout.yaxis2.domain
    # 20 px type: ticks 20 × 2.4 + 6 = 54 px, then one title line 20 × 1.5 = 30 px
    assert (upper[0] - lower[1]) * plot_px >= 84 - 1e-6
    assert upper[1] == 1 and lower[0] == 0  # the panels share the rest of the plot area
    titles = sorted((a.y for a in fig.layout.annotations if a.text in ("A", "B")), reverse=True)
    assert titles == [upper[1], lower[1]]  # each title moved with its panel
