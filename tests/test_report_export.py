"""Server-side PNG/SVG export (kaleido + system Chromium) and the report pack of the current selection."""

from __future__ import annotations

import io
import zipfile

import duckdb
import pandas as pd
import pytest

from netralitas import export, report, views
from netralitas.filters import Filters

needs_chromium = pytest.mark.skipif(not export.chromium_available(), reason="Debian chromium is not installed")


@needs_chromium
def test_chart_exports_are_real_images_with_title_and_source(built_db):
    con = duckdb.connect(str(built_db), read_only=True)
    chart = views.map_chart(con, Filters(election="Pilkada 2024"), "id")
    png = export.image_bytes(chart.figure, "png")
    svg = export.image_bytes(chart.figure, "svg").decode()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert svg.lstrip().startswith(("<svg", "<?xml")) and "</svg>" in svg
    assert "Jumlah kegiatan" in svg and "Pilkada 2024" in svg and "Sumber" in svg  # title, filters, source


@needs_chromium
def test_batch_images_match_the_single_image_size_policy():
    import plotly.graph_objects as go
    from PIL import Image

    tall = go.Figure(go.Bar(x=[1, 2], y=[3, 4]), layout={"height": 400})
    plain = go.Figure(go.Scatter(x=[1, 2], y=[2, 1]))  # no height: the 560 px default
    rendered = export.images({"tall": tall, "plain": plain})
    assert set(rendered) == {"tall.png", "tall.svg", "plain.png", "plain.svg"}
    # 1280 px at twice the density, whatever the figure; heights as the figures ask (×2)
    assert Image.open(io.BytesIO(rendered["tall.png"])).size == (2560, 800)
    assert Image.open(io.BytesIO(rendered["plain.png"])).size == (2560, 1120)
    assert b'width="1280"' in rendered["tall.svg"] and b'height="400"' in rendered["tall.svg"]


@needs_chromium
def test_an_image_rendered_once_is_reused_by_the_pack_and_the_download_buttons(monkeypatch):
    """Kaleido spends ~0.15 s per image: the same chart (database, selection, language) is rendered once,
    whether first downloaded by its button or packed, and a changed key renders anew."""
    import kaleido
    import plotly.graph_objects as go

    rendered: list[str] = []
    real = kaleido.write_fig_from_object_sync
    monkeypatch.setattr(
        kaleido, "write_fig_from_object_sync", lambda specs: rendered.extend(s["path"] for s in specs) or real(specs)
    )
    monkeypatch.setattr(export, "IMAGE_CACHE", type(export.IMAGE_CACHE)())
    bars = go.Figure(go.Bar(x=[1, 2], y=[3, 4]))
    single = export.image_bytes(bars, "png", key=("stamp", "bars", "id"))  # the download button
    first = export.images({"bars": bars}, keys={"bars": ("stamp", "bars", "id")})
    assert [p.rsplit("/", 1)[1] for p in rendered] == ["bars.svg"]  # the PNG came from the button's render
    assert first["bars.png"] == single
    export.images({"bars": bars}, keys={"bars": ("stamp", "bars", "id")})
    assert len(rendered) == 1  # a second pack renders nothing
    export.images({"bars": bars}, keys={"bars": ("new stamp", "bars", "id")})
    assert len(rendered) == 3  # a rebuilt database: both formats anew


@needs_chromium
def test_report_pack_holds_every_chart_and_a_readme(built_db, monkeypatch):
    monkeypatch.setenv("NETRALITAS_DB", str(built_db))
    papua = Filters(provinces=("Papua",))
    pack = zipfile.ZipFile(io.BytesIO(report.report_pack_bytes(papua, "en", ("png", "svg"))))
    names = set(pack.namelist())
    con = duckdb.connect(str(built_db), read_only=True)
    charts = views.all_charts(con, papua, "en")
    for chart in charts:
        assert {f"png/{chart.name}.png", f"svg/{chart.name}.svg", f"data/{chart.name}.csv"} <= names
    # By default PNG only (SVG doubles Kaleido's work), and the README says where SVG is, in one language.
    quick = zipfile.ZipFile(io.BytesIO(report.report_pack_bytes(papua, "id")))
    assert not [n for n in quick.namelist() if n.endswith(".svg")]
    assert {f"png/{chart.name}.png" for chart in charts} <= set(quick.namelist())
    indonesian = quick.read("README.txt").decode()
    assert "Sertakan SVG" in indonesian and "Sumber:" in indonesian
    assert not any(word in indonesian for word in ("Contents", "Sources", "Text alternatives", "Events:"))
    readme = pack.read("README.txt").decode()
    assert "Papua" in readme and "Database built" in readme and "geoBoundaries" in readme
    events = pd.read_csv(io.BytesIO(pack.read("events.csv")), encoding="utf-8-sig")
    expected = con.execute("SELECT count(*) FROM events WHERE province = 'Papua'").fetchone()[0]
    assert len(events) == expected and set(events["province"]) == {"Papua"}  # the selected events, all of them
    assert all(f"{chart.name}: {chart.alt}" in readme for chart in charts)  # every chart's text alternative


def test_every_chart_has_a_source_line_and_its_data(built_db):
    con = duckdb.connect(str(built_db), read_only=True)
    for lang in ("id", "en"):
        for chart in views.all_charts(con, Filters(), lang):
            texts = [a.text for a in chart.figure.layout.annotations]
            assert any(t.startswith(("Sumber:", "Source:")) for t in texts), chart.name
            assert chart.figure.layout.title.text, chart.name
            assert isinstance(chart.data, pd.DataFrame), chart.name
            # rows in the CSV are drawn, or the figure says why not (e.g. no event states a head count)
            assert chart.data.empty or len(chart.figure.data) or chart.figure.layout.meta, chart.name
