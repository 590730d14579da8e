"""Cached charts are shared by every session (data.chart, issue 13): reading them must not change them."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import plotly.io as pio

from netralitas.data import SharedFigure


def figure() -> go.Figure:
    return go.Figure(go.Bar(x=["Aceh", "Bali"], y=[3, 5]), layout={"height": 560, "title": {"text": "Acara"}})


def test_a_shared_figure_gives_the_same_spec_as_the_figure_it_was_made_from():
    plain = figure()
    shared = SharedFigure(plain).freeze()
    assert shared.to_dict() == plain.to_dict()
    # the JSON Streamlit sends (key order may differ: plotly adds the template when it is first asked)
    assert json.loads(pio.to_json(shared, validate=False)) == json.loads(pio.to_json(plain, validate=False))
    assert shared.to_dict() is shared.to_dict()  # built once, not per reader


def test_presenting_changes_a_copy_not_the_shared_figure():
    shared = SharedFigure(figure()).freeze()
    before = json.dumps(shared.to_dict(), sort_keys=True)
    presented = go.Figure(shared).update_layout(height=500)  # what ui.show does in presentation mode
    assert presented.layout.height == 500
    assert shared.to_dict()["layout"]["height"] == 560
    assert json.dumps(shared.to_dict(), sort_keys=True) == before
