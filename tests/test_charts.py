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
    assert len(reported) == 2 and {trace.line.color for trace in reported} == {METRIC_COLORS["reported"]}
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


def test_two_undated_figures_of_one_category_get_bars_of_their_own():
    from netralitas import charts

    figures = pd.DataFrame(
        {
            "source_body": ["KASN", "KASN", "KASN"],
            "election": ["Pilkada 2020"] * 3,
            "as_of": [None, None, None],
            "metric": ["share"] * 3,
            "category": ["party", "party", "social media"],
            "value": [14.2, 5.6, 30.0],
            "unit": ["percent"] * 3,
            "source_url": ["https://a.example", "https://b.example", "https://a.example"],
            "outlet": ["Suara Sulsel", "Okezone", "Suara Sulsel"],
        }
    )
    bars = charts.breakdown_bars(figures, "en").data[0]
    # sorted by value; the two "party" figures were drawn on one position, the larger hiding the smaller
    assert list(bars.y) == [
        "party (Pilkada 2020, –) · Okezone",
        "party (Pilkada 2020, –) · Suara Sulsel",
        "social media (Pilkada 2020, –)",
    ]
    assert list(bars.x) == [5.6, 14.2, 30.0]
