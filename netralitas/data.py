"""The app's access to the database: one read-only connection per database file, cached results.

Every cached function takes the database stamp, so a rebuilt database (a new file swapped in by
`python -m etl build`) is picked up on the next rerun without restarting the server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import duckdb
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from netralitas import db, narrow, queries, views
from netralitas.filters import Filters


@st.cache_resource(max_entries=2)  # the current file, and the previous one while its queries finish
def _connection(stamp: str) -> duckdb.DuckDBPyConnection:
    return db.connect()


def cursor() -> duckdb.DuckDBPyConnection:
    """A cursor per use: one DuckDB connection is not safe to share across sessions' threads."""
    return _connection(db.stamp()).cursor()


def available() -> bool:
    return db.database_path().exists()


@st.cache_data(max_entries=512, show_spinner=False)
def _query(name: str, _function: Callable, filters: Filters | None, stamp: str, kwargs: tuple) -> pd.DataFrame:
    # `name` keys the cache (Streamlit does not hash the function itself: the leading underscore)
    with _connection(stamp).cursor() as con:
        args = (con,) if filters is None else (con, filters)
        return _function(*args, **dict(kwargs))


def query(function: Callable[..., pd.DataFrame], filters: Filters | None = None, **kwargs: Any) -> pd.DataFrame:
    """A function of `queries`, cached per database file: `data.query(queries.by_regency, selection, ...)`."""
    return _query(function.__qualname__, function, filters, db.stamp(), tuple(sorted(kwargs.items())))


class SharedFigure(go.Figure):
    """A cached chart's figure, read by every session: its dict is built once. st.plotly_chart calls
    Figure.to_dict on every run, a deep copy plus a base64 pass over every array (9 ms of a warm map run
    of ~25 ms); readers (st.plotly_chart, plotly.io, kaleido) only read the dict, so one copy serves all."""

    def freeze(self) -> SharedFigure:
        self._frozen_dict = super().to_dict()
        return self

    def to_dict(self) -> dict:
        return self._frozen_dict


# A resource, not data: every session gets the same Chart object. cache_data would pickle it and rebuild the
# plotly figure on every read, which re-validates every property (38 ms of a warm map run of ~100 ms, the
# largest share under load). Charts are therefore read-only once built (ui.show copies before changing one).
@st.cache_resource(max_entries=256, show_spinner=False)
def _chart(
    name: str, _function: Callable, filters: Filters, lang: str, present: bool, stamp: str, kwargs: tuple
) -> views.Chart:
    with _connection(stamp).cursor() as con:
        chart = _function(con, filters, lang, present=present, **dict(kwargs))
    return replace(chart, figure=SharedFigure(chart.figure).freeze())


def chart(
    function: Callable[..., views.Chart], filters: Filters, lang: str, present: bool = False, **kwargs: Any
) -> views.Chart:
    """A chart of `views`, cached per filter set, language and database file: `data.chart(views.map_chart, ...)`."""
    return _chart(function.__qualname__, function, filters, lang, present, db.stamp(), tuple(sorted(kwargs.items())))


def for_width(chart: views.Chart, width: int) -> go.Figure:
    """`chart` laid out for a phone `width` px wide (netralitas.narrow), made once per chart and width: laying
    out 39 panels takes ~0.9 s, too long for every rerun. Read-only, like the chart itself."""
    return _for_width(db.stamp(), chart.key, width, chart.figure)


@st.cache_resource(max_entries=256, show_spinner=False)
def _for_width(stamp: str, key: tuple, width: int, _figure: go.Figure) -> go.Figure:
    return SharedFigure(narrow.for_width(_figure, width)).freeze()


def options() -> dict[str, list[str]]:
    """Filter choices and date bounds of the current database file."""
    return _options(db.stamp())


@st.cache_data(max_entries=16, show_spinner=False)
def _options(stamp: str) -> dict[str, list[str]]:
    with _connection(stamp).cursor() as con:
        result = queries.filter_options(con)
        result["date_bounds"] = list(queries.date_bounds(con))
        return result


def events_count(filters: Filters, search: str) -> int:
    return int(_count(filters, search, db.stamp()))


@st.cache_data(max_entries=128, show_spinner=False)
def _count(filters: Filters, search: str, stamp: str) -> int:
    with _connection(stamp).cursor() as con:
        return queries.events_count(con, filters, search)
