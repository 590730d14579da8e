"""Figures side by side are of one election, scope, metric and unit: checked on a hand-written dataset.

`tests/fixtures/compare/` holds twelve events and seventeen violation figures written for these tests, with
the traps the dashboard once fell into (a regency row, another election, an undated row, a share in
percent, two publishers and two dates for one province, a count of cases beside counts of persons) and
round headcounts (`reference/asn_headcount.csv`). Every expected answer below is worked out by hand from
those files, in the comment next to it.
"""

from __future__ import annotations

import io
import math
import re
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from netralitas import export, paths, queries, views
from netralitas.filters import Filters

FIXTURE = Path(__file__).parent / "fixtures" / "compare"
PILKADA, PEMILU = "Pilkada 2024", "Pemilu 2024"


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory):
    from etl.build import build

    data = tmp_path_factory.mktemp("compare") / "data"
    shutil.copytree(paths.REFERENCE_DIR, data / "reference")
    for file in (FIXTURE / "reference").iterdir():
        shutil.copy(file, data / "reference" / file.name)
    shutil.copytree(FIXTURE / "curated", data / "curated")
    assert build(data, data.parent / "compare.duckdb") == []
    connection = duckdb.connect(str(data.parent / "compare.duckdb"), read_only=True)
    yield connection
    connection.close()


def figures(frame: pd.DataFrame) -> dict[str, float]:
    return dict(zip(frame["province"], frame["violations"], strict=True))


def test_one_figure_per_province_of_one_election_metric_and_unit(con):
    found = queries.province_violations(con, PILKADA, "reported")
    # Jawa Tengah: Bawaslu's later figure (14, 1 Nov), not the 10 of 1 Oct, the regency's 52 or 2020's 99.
    # Sulawesi Tenggara: Bawaslu (3 provinces) before KASN (1), so 40, not the undated 188.
    # Sulawesi Selatan: only the undated 117 (the breakdown's 30 and the 45 % share are not totals).
    # Jawa Barat: only BKN's 7 *cases*; persons (3 provinces) outnumber cases (1), so it has no figure.
    assert figures(found) == {"Jawa Tengah": 14, "Sulawesi Selatan": 117, "Sulawesi Tenggara": 40}
    assert set(found["violation_unit"]) == {"ASN"}
    assert set(found["violation_source_body"]) == {"Bawaslu"}
    undated = found.set_index("province").loc["Sulawesi Selatan", "violation_as_of"]
    assert pd.isna(undated)


def test_other_metric_and_election_are_their_own_answers(con):
    assert figures(queries.province_violations(con, PILKADA, "proven")) == {"Jawa Barat": 5}
    pemilu = queries.province_violations(con, PEMILU, "reported")
    assert figures(pemilu) == {"Banten": 6, "Jawa Tengah": 22}  # KASN's undated case counts
    assert set(pemilu["violation_unit"]) == {"case"}
    assert queries.province_violations(con, "", "reported").empty  # no election, nothing to compare


def test_rates_are_events_over_the_headcount(con):
    frame = queries.by_province(con, Filters(election=PILKADA)).set_index("province")
    # Jawa Tengah holds cx-01..03 before Pilkada: 3 events, 300,000 PNS, 37 million residents.
    assert frame.loc["Jawa Tengah", "events"] == 3
    assert frame.loc["Jawa Tengah", "events_per_1000_asn"] == pytest.approx(3 * 1000 / 300_000, abs=1e-3)
    assert frame.loc["Jawa Tengah", "events_per_million_residents"] == pytest.approx(3 * 1e6 / 37_000_000, abs=1e-3)
    # Sulawesi Selatan: one event with 100 participants, 100,000 PNS: 1.0 participant per 1,000.
    assert frame.loc["Sulawesi Selatan", "participants_per_1000_asn"] == pytest.approx(1.0)
    # A province without a headcount in the fixture has no rate, not a rate of zero.
    assert math.isnan(frame.loc["Aceh", "events_per_1000_asn"])


def test_map_csv_leaves_unpublished_figures_empty_and_unselected_provinces_out(con):
    selection = Filters(election=PILKADA, provinces=("Jawa Tengah", "Jawa Barat", "DKI Jakarta"))
    chart = views.map_chart(con, selection, "en", "violations_reported")
    assert list(chart.data["province"]) == ["DKI Jakarta", "Jawa Barat", "Jawa Tengah"]  # by province code
    csv = pd.read_csv(io.BytesIO(export.csv_bytes(chart.data)), encoding="utf-8-sig", dtype=str)
    cells = dict(zip(csv["province"], csv["violations_reported"], strict=True))
    assert cells["Jawa Tengah"] == "14.0" and pd.isna(cells["Jawa Barat"]) and pd.isna(cells["DKI Jakarta"])
    names = {trace.name.split(":")[0]: trace.name for trace in chart.figure.data if trace.name and ":" in trace.name}
    assert names["Jawa Barat"].endswith("no published figure")
    assert names["Aceh"].endswith("not selected")  # outside the filter: neither 0 nor "no record"
    assert "Bawaslu" in chart.figure.layout.annotations[-1].text  # the source line names the publisher


def test_events_map_counts_zero_only_inside_the_selection(con):
    chart = views.map_chart(con, Filters(island_groups=("Bali dan Nusa Tenggara",)), "en", "events")
    # Bali holds cx-11; the other two provinces of the group hold nothing: 0 there, and no other province.
    assert dict(zip(chart.data["province"], chart.data["events"], strict=True)) == {
        "Bali": 1,
        "Nusa Tenggara Barat": 0,
        "Nusa Tenggara Timur": 0,
    }


def test_a_violation_map_without_an_election_asks_for_one(con):
    chart = views.map_chart(con, Filters(), "en", "violations_reported")
    assert chart.data.empty
    assert "choose Pemilu 2024 or Pilkada 2024" in chart.figure.layout.annotations[0].text


def test_outreach_table_answers_the_analysts_question(con):
    table = queries.outreach_table(con, Filters(election=PILKADA, provinces=("DKI Jakarta", "Jawa Tengah")))
    # DKI: 1 event / 200,000 PNS = 0.005 per 1,000; Jawa Tengah: 3 / 300,000 = 0.010. Fewest first.
    assert list(table["province"]) == ["DKI Jakarta", "Jawa Tengah"]
    assert list(table["events_per_1000_asn"]) == pytest.approx([0.005, 0.010])
    assert pd.isna(table.loc[0, "violations"]) and table.loc[1, "violations"] == 14  # DKI is kept, not dropped
    both = queries.outreach_table(con, Filters(provinces=("Banten",)))
    assert list(both["election"]) == [PEMILU, PILKADA]  # no election chosen: both, side by side
    assert list(both["violations"].fillna(-1)) == [6, -1]


def test_outreach_chart_draws_every_selected_province(con):
    chart = views.outreach_chart(con, Filters(election=PILKADA), "en")
    with_figure, without = chart.figure.data[0], chart.figure.data[1]
    assert len(with_figure.x) == 3  # Jawa Tengah, Sulawesi Selatan, Sulawesi Tenggara
    # Every other province with a headcount sits on the "no figure" strip: Jawa Barat, DKI, Banten, Bali.
    assert sorted(p[0] for p in without.customdata) == ["Bali", "Banten", "DKI Jakarta", "Jawa Barat"]
    assert set(without.y) == {0}


def test_national_totals_have_one_unit_per_axis_and_no_shares(con):
    totals = queries.violation_totals(con, PILKADA)
    assert sorted(zip(totals["value"], totals["unit"], strict=True)) == [(120, "case"), (500, "ASN")]
    fig = views.violations_chart(con, Filters(election=PILKADA), "en").figure
    axes = sorted(fig.layout[name].title.text for name in ("yaxis", "yaxis2"))
    assert axes == ["cases", "persons"]


def test_breakdown_puts_shares_on_their_own_axis_and_keeps_long_labels_whole(con):
    chart = views.breakdown_chart(con, Filters(election=PILKADA), "en", "kind")
    counts, shares = chart.figure.data
    assert list(counts.x) == [284] and list(shares.x) == [60]  # national rows only: cv-15 and cv-14
    assert counts.xaxis != shares.xaxis
    assert counts.cliponaxis is False
    # room for the bar's number: in the right margin, as wide as the longest number at the figure's font size
    assert chart.figure.layout.margin.r >= len("284") * chart.figure.layout.font.size * 0.6
    # one publication (BKN, 20 Nov 2024, Fixture News): its two panels are titled with it, the source names it
    titles = [a.text for a in chart.figure.layout.annotations[:-1] if "BKN" in a.text]
    assert titles == [f"BKN · Pilkada 2024 · 20 Nov 2024 · Fixture News ({unit})" for unit in ("cases", "percent")]
    assert "BKN · Pilkada 2024 · 20 Nov 2024 · Fixture News" in chart.figure.layout.annotations[-1].text


def _image(figure):
    from PIL import Image

    return Image.open(io.BytesIO(export.image_bytes(figure, "png", width=480, height=360))).convert("RGB")


def _blank(figure) -> bool:
    """True when the PNG is (almost) the same without the figure's data: axes, title and source only.
    'Almost': an empty trace still nudges a few hundred pixels of axis; real data changes tens of thousands."""
    import plotly.graph_objects as go
    from PIL import ImageChops

    difference = ImageChops.difference(_image(figure), _image(go.Figure(layout=figure.layout)))
    changed = sum(1 for pixel in difference.getdata() if pixel != (0, 0, 0))
    return changed < 0.01 * difference.width * difference.height


@pytest.mark.parametrize("name", sorted(views.CHARTS))
def test_every_chart_draws_the_rows_of_its_csv(con, name):
    chart = views.CHARTS[name](con, Filters(election=PILKADA), "en")
    drawn = [trace for trace in chart.figure.data if trace.x is not None and len([v for v in trace.x if v is not None])]
    if len(chart.data):
        assert drawn or chart.figure.layout.meta, f"{name}: {len(chart.data)} rows in the CSV, nothing drawn or said"


@pytest.mark.skipif(not export.chromium_available(), reason="needs chromium")
def test_no_chart_image_is_blank(con):
    import plotly.graph_objects as go

    fixed = {"xaxis": {"range": [0, 1]}, "yaxis": {"range": [0, 1]}}
    assert _blank(go.Figure(go.Bar(x=[], y=[]), layout=fixed))  # the check itself tells an empty chart
    assert not _blank(go.Figure(go.Bar(x=[0.5], y=[0.5]), layout=fixed))
    for name, factory in views.CHARTS.items():
        chart = factory(con, Filters(election=PILKADA, provinces=("Jawa Tengah",)), "en")
        if chart.figure.layout.meta:  # a message instead of a chart: it says why nothing is drawn
            continue
        assert not _blank(chart.figure), name


def test_export_command_writes_exactly_what_the_chart_draws(con, tmp_path, monkeypatch):
    from netralitas.__main__ import main

    monkeypatch.setenv("NETRALITAS_DB", con.execute("PRAGMA database_list").df()["file"].iloc[0])
    out = tmp_path / "map.csv"
    argv = ["export", "peta", "--metric", "events_per_1000_asn", "--election", PILKADA, "--out", str(out)]
    argv += ["--province", "Jawa Tengah", "--province", "Sulawesi Selatan"]
    assert main(argv) == 0
    written = pd.read_csv(out, encoding="utf-8-sig")
    # 3 / 300,000 and 1 / 100,000 events per 1,000 PNS
    assert dict(zip(written["province"], written["events_per_1000_asn"], strict=True)) == {
        "Jawa Tengah": 0.01,
        "Sulawesi Selatan": 0.01,
    }
    with pytest.raises(SystemExit, match="add --election"):
        main(["export", "peta", "--metric", "violations_reported", "--out", str(out)])
    with pytest.raises(SystemExit, match="not one of"):
        main(["export", "kumulatif", "--province", "Atlantis", "--out", str(out)])


def test_export_list_names_every_chart(capsys):
    from netralitas.__main__ import main

    assert main(["export", "--list"]) == 0
    listed = capsys.readouterr().out.split()
    assert listed == list(views.CHARTS)
    assert {"peta_violations_reported", "peta_events_per_1000_asn", "sosialisasi_vs_pelanggaran"} <= set(listed)


def test_an_opened_province_is_drawn_by_regency(con):
    chart = views.regency_map_chart(con, Filters(election=PILKADA, provinces=("Jawa Tengah",)), "en")
    counts = dict(zip(chart.data["regency_city"], chart.data["events"], strict=True))
    # cx-01 in Kabupaten Purbalingga, cx-02 in Kota Semarang; cx-03 is province-wide (no regency)
    assert len(counts) == 35 and sum(counts.values()) == 2
    assert counts["Kabupaten Purbalingga"] == 1 and counts["Kota Semarang"] == 1
    fills = [trace for trace in chart.figure.data if trace.fill == "toself" and trace.x and trace.x[0] is not None]
    assert len(fills) == 35  # every regency/city of the province has an outline
    assert views.regency_map_chart(con, Filters(), "en").figure.layout.meta  # no province opened: says so


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_chart_has_a_text_alternative_from_its_data(con, lang):
    for name, factory in views.CHARTS.items():
        chart = factory(con, Filters(election=PILKADA), lang)
        assert chart.alt and chart.alt.startswith(chart.figure.layout.title.text.split("<br>")[0][3:-4]), name


def test_text_alternatives_say_what_is_highest_and_never_add_up_figures(con):
    by_map = views.map_chart(con, Filters(election=PILKADA), "en", "events").alt
    # Pilkada events in the fixture: Jawa Tengah 3, Sulawesi Tenggara 2, four provinces 1, the rest 0
    assert "Highest: Jawa Tengah (3)" in by_map
    totals = views.violations_chart(con, Filters(election=PILKADA), "en").alt
    # cv-12 (500 persons) and cv-13 (120 cases) are different units: named, never summed to 620
    assert "largest: 500 persons (reported, KASN, 20 Nov 2024)" in totals and "620" not in totals


@pytest.mark.skipif(not export.chromium_available(), reason="needs chromium")
def test_the_national_map_svg_stays_small(con):
    """Sub-pixel islets once made the map SVG 1.2 MB; an opened province keeps its full detail."""
    svg = export.image_bytes(views.map_chart(con, Filters(), "en", "events").figure, "svg")
    assert len(svg) <= 300_000, len(svg)


def test_presenting_the_reach_chart_keeps_only_rows_with_a_head_count(con):
    full = views.reach_chart(con, Filters(election=PILKADA), "en", "province")
    slide = views.reach_chart(con, Filters(election=PILKADA), "en", "province", present=True)
    # Pilkada events with a head count: cx-01 (Jawa Tengah, 120) and cx-07 (Sulawesi Selatan, 100)
    assert sorted(slide.data["category"]) == ["Jawa Tengah", "Sulawesi Selatan"]
    assert len(full.data) > len(slide.data)  # the page itself still lists every province with an event


def _drawn_text(figure) -> str:
    """Every string the figure writes: bar labels, hover text, trace names (maps), annotations."""
    parts = [a.text or "" for a in figure.layout.annotations]
    for trace in figure.data:
        for field in ("text", "hovertext", "name"):
            value = getattr(trace, field, None)
            parts += [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value or "")]
    return " ".join(parts)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_text_alternatives_write_numbers_as_the_chart_does(con, lang):
    """'Bali (165,30)' under a bar labelled 165,3: every number with decimals in a chart's text alternative is
    written the same way somewhere on the chart (its bar labels, hover text or map names)."""
    separator = "," if lang == "id" else "."
    number = re.compile(r"\d[\d.,]*\d" if lang == "id" else r"\d[\d,.]*\d")
    checked = 0
    for name, factory in views.CHARTS.items():
        for filters in (Filters(), Filters(election=PILKADA)):
            chart = factory(con, filters, lang)
            drawn = _drawn_text(chart.figure)
            words = chart.alt[len(chart.title) :]
            for value in number.findall(words):
                if separator in value:  # a decimal: the place where rounding can differ
                    checked += 1
                    assert value in drawn, (name, value, chart.alt)
    assert checked >= 4  # rates per 1,000 ASN, per million residents and shares were compared
