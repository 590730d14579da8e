"""Chart details a presenter would notice on a slide."""

from __future__ import annotations

import pandas as pd
import pytest

from netralitas.charts import province_map

SQUARE = ([0.0, 1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0, 0.0])


def _colorbar(metric: str, values: list[float]) -> dict:
    frame = pd.DataFrame({"province_code": ["11", "12"], "province": ["Aceh", "Sumatera Utara"], metric: values})
    fig = province_map(frame, {"11": SQUARE, "12": SQUARE}, metric, "id")
    return fig.data[-1].marker.colorbar.to_plotly_json()


def test_small_counts_get_one_tick_per_whole_number():
    bar = _colorbar("events", [2, 1])
    assert bar["dtick"] == 1 and bar["tickformat"] == ",d"  # not "0, 1, 1, 2, 2"


@pytest.mark.parametrize(("metric", "values"), [("events", [250, 40]), ("participants_per_1000_asn", [0.4, 1.2])])
def test_large_counts_and_rates_keep_automatic_ticks(metric, values):
    assert "dtick" not in _colorbar(metric, values)


def test_every_organiser_type_has_its_own_fixed_colour():
    from netralitas import schema
    from netralitas.charts import ORGANIZER_COLORS

    assert set(ORGANIZER_COLORS) == set(schema.ORGANIZER_TYPES)
    assert len(set(ORGANIZER_COLORS.values())) == len(ORGANIZER_COLORS)


def _weekly(types: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "week": pd.to_datetime(["2024-10-07"] * len(types)),
            "election": "Pilkada 2024",
            "organizer_type": types,
            "events": 1,
        }
    )


def test_a_type_keeps_its_colour_whatever_else_is_shown():
    from netralitas.charts import weekly_timeline

    calendar = pd.DataFrame(columns=["election", "voting_date", "campaign_start", "campaign_end"])
    alone = weekly_timeline(_weekly(["police"]), calendar, "en")
    among = weekly_timeline(_weekly(["BKN", "Bawaslu", "police"]), calendar, "en")
    colour = {trace.name: trace.marker.color for trace in among.data}
    assert alone.data[0].marker.color == colour[alone.data[0].name]


def test_a_long_legend_moves_beside_the_plot_instead_of_over_the_title():
    from netralitas import schema
    from netralitas.charts import finish, weekly_timeline

    calendar = pd.DataFrame(columns=["election", "voting_date", "campaign_start", "campaign_end"])
    many = finish(weekly_timeline(_weekly(list(schema.ORGANIZER_TYPES)), calendar, "id"), "T", "S", "src")
    few = finish(weekly_timeline(_weekly(["BKN", "KPU"]), calendar, "id"), "T", "S", "src")
    assert many.layout.legend.orientation == "v" and many.layout.legend.x > 1
    assert few.layout.legend.orientation == "h"


def test_violation_timeline_has_one_panel_per_election_and_unit_and_a_colour_per_stage():
    from netralitas.charts import METRIC_COLORS, violation_timeline

    totals = pd.DataFrame(
        {
            "election": ["Pemilu 2024", "Pemilu 2024", "Pemilu 2024", "Pilkada 2020", "Pilkada 2020", "Pilkada 2024"],
            "metric": ["reported", "proven", "reported", "reported", "proven", "reported"],
            "source_body": ["KASN", "KASN", "BKN", "KASN", "Bawaslu", "Bawaslu"],
            "as_of": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-02-06", "2020-12-01", "2020-12-01", None]),
            "value": [400, 200, 47, 2000, 1500, 99],
            "unit": ["ASN", "ASN", "case", "ASN", "ASN", "ASN"],
            "source_url": ["https://a.id/1"] * 6,
            "outlet": ["Antara"] * 6,
        }
    )
    fig = violation_timeline(totals, "en")
    texts = [a.text for a in fig.layout.annotations]
    # newest election on top, persons and cases in panels of their own; the undated figure has no panel
    assert texts[:3] == ["Pemilu 2024 — persons", "Pemilu 2024 — cases", "Pilkada 2020 — persons"]
    assert texts[3] == "1 figures without a date are not drawn (they are in the CSV)"
    assert [fig.layout[f"yaxis{n}"].title.text for n in ("", "2", "3")] == ["persons", "cases", "persons"]
    bkn = [trace for trace in fig.data if trace.name == "BKN · reported"]
    assert len(bkn) == 1 and bkn[0].yaxis == "y2"  # the case count is not on a persons axis
    reported = [trace for trace in fig.data if trace.name == "KASN · reported"]
    assert len(reported) == 2 and {trace.marker.color for trace in reported} == {METRIC_COLORS["reported"]}
    assert [trace.showlegend for trace in reported] == [True, False]  # one legend entry, not one per panel


def test_reach_without_any_head_count_says_so_instead_of_drawing_an_empty_axis():
    from netralitas.charts import reach_bars
    from netralitas.labels import t

    reach = pd.DataFrame(
        {
            "category": ["Papua", "Aceh"],
            "participants": pd.array([None, None], dtype="Int64"),
            "events": [2, 1],
            "events_with_count": [0, 0],
        }
    )
    fig = reach_bars(reach, "province", "en")
    assert not fig.data and fig.layout.annotations[0].text == t("no_counts", "en")
    reach.loc[0, "participants"] = 120
    assert reach_bars(reach, "province", "en").data  # one count is enough for the bars


def test_comparison_gives_each_measure_its_own_linear_axis_and_ticks_use_the_readers_separators():
    from netralitas.charts import comparison, finish

    left = pd.DataFrame({"events": [178], "participants": [24918], "provinces": [34]})
    right = pd.DataFrame({"events": [228], "participants": [None], "provinces": [38]})
    fig = comparison(left, right, ("Pemilu 2024", "Pilkada 2024"), "id")
    assert [trace.yaxis for trace in fig.data] == ["y", "y2", "y3"]  # three measures, three axes
    assert all(fig.layout[a].type != "log" for a in ("yaxis", "yaxis2", "yaxis3"))
    assert list(fig.data[1].text) == ["24.918", "–"]  # no participant count is "–", not 0
    assert finish(fig, "t", "s", "src", lang="id").layout.separators == ",."


def test_a_presentation_draws_the_largest_bars_a_screen_holds_and_says_so():
    from netralitas import charts, views

    data = pd.DataFrame({"category": [f"P{i}" for i in range(15)], "participants": [float(i) for i in range(15)]})
    data = data.assign(events=1, events_with_count=1)
    data.loc[0, "participants"] = None  # no head count: takes no room on a projector
    shown, note = views.for_screen(data, "participants", True, "en")
    assert sorted(shown["participants"]) == [float(i) for i in range(3, 15)]  # the 12 largest of 14 with a count
    assert note == "the 12 largest of 14 shown; all are in the data (CSV)"
    page_rows, page_note = views.for_screen(data, "participants", False, "en")
    assert page_rows is data and page_note == ""  # the page itself shows every row
    figure = charts.finish(charts.reach_bars(shown, "province", "en"), "t", "s", "src", present=True)
    assert figure.layout.yaxis.tickfont.size == 20  # projector-size labels
    assert figure.layout.yaxis.dtick == 1  # one per bar: plotly must not drop every other one


def test_a_breakdown_draws_one_publication_per_panel_titled_with_it():
    """Shares from different surveys never share an axis: each publication (body, election, date, outlet) is
    a panel of its own with its title; two figures of one category in one publication get bars of their own."""
    from netralitas import charts

    figures = pd.DataFrame(
        {
            "source_body": ["KASN", "KASN", "KASN", "KASN", "Bawaslu"],
            "election": ["Pilkada 2020"] * 4 + ["Pilkada 2024"],
            "as_of": pd.to_datetime([None, None, None, None, "2024-12-04"]),
            "metric": ["share"] * 4 + ["reported"],
            "category": ["party", "party", "social media", "party", "siding"],
            "value": [14.2, 5.6, 30.0, 9.0, 64],
            "unit": ["percent"] * 4 + ["case"],
            "source_url": ["https://a.example", "https://a.example", "https://a.example", "https://b.example", "c"],
            "outlet": ["Suara Sulsel", "Suara Sulsel", "Suara Sulsel", "Okezone", "Kabarika.id"],
        }
    )
    fig = charts.breakdown_bars(figures, "en")
    titles = [a.text for a in fig.layout.annotations]
    # newest first; the two undated KASN surveys (two outlets) are two panels, never one axis
    assert titles == [
        "Bawaslu · Pilkada 2024 · 4 Dec 2024 · Kabarika.id (cases)",
        "KASN · Pilkada 2020 · date not stated · Okezone (percent)",
        "KASN · Pilkada 2020 · date not stated · Suara Sulsel (percent)",
    ]
    assert [list(bar.x) for bar in fig.data] == [[64], [9.0], [5.6, 14.2, 30.0]]
    assert [bar.xaxis for bar in fig.data] == ["x", "x2", "x3"]  # an axis each
    assert list(fig.data[2].y) == ["party · Suara Sulsel", "party · Suara Sulsel (2)", "social media"]
    assert list(fig.data[2].text) == ["5.6%", "14.2%", "30.0%"] and list(fig.data[0].text) == ["64"]


def test_the_timeline_never_joins_two_statements_of_one_day_by_a_line():
    """Bawaslu gave 30 and 400 cases the same day (two statements): points of their own, no line from one to
    the other or on to the next date; a series with one figure a day is joined. The CSV says which are."""
    from netralitas import alt, charts

    totals = pd.DataFrame(
        {
            "election": ["Pilkada 2024"] * 3 + ["Pemilu 2024"] * 4,
            "metric": ["reported"] * 7,
            "source_body": ["Bawaslu"] * 3 + ["KASN"] * 4,
            "as_of": pd.to_datetime(
                ["2024-09-17", "2024-09-17", "2024-12-04", "2023-12-19", "2024-02-06", "2024-06-12", "2024-06-12"]
            ),
            "value": [400, 30, 878, 219, 403, 464, 464],  # 464 twice: one figure, two outlets
            "unit": ["case"] * 3 + ["ASN"] * 4,
            "source_url": ["https://a.id"] * 7,
            "outlet": ["Okezone", "Tribunnews", "Kabarika.id", "VOI", "Antara", "Tirto.id", "wbialogorze.info"],
        }
    )
    assert list(charts.joined_figures(totals)) == [False, False, False, True, True, True, True]
    fig = charts.violation_timeline(totals, "en")
    lines = {t.legendgroup: t for t in fig.data if t.mode == "lines"}
    assert list(lines["Bawaslu · reported"].y) == [None, None]  # 17 Sep (two figures) and 4 Dec: not joined
    assert list(lines["KASN · reported"].y) == [219, 403, 464]
    points = next(t for t in fig.data if t.mode == "markers" and t.name == "Bawaslu · reported")
    assert sorted(points.y) == [30, 400, 878]
    kasn = next(t for t in fig.data if t.mode == "markers" and t.name == "KASN · reported")
    assert list(kasn.y) == [219, 403, 464] and "Tirto.id, wbialogorze.info" in kasn.customdata[2][0]
    text = alt.text(totals, "en")
    assert "separate statements, not joined by a line: Bawaslu, reported, Pilkada 2024, 17 Sept 2024: 30 / 400" in text
