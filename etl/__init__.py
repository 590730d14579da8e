"""ETL: validate curated CSVs and load them into DuckDB (`python -m etl build`)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

import pandas as _pd

F = TypeVar("F", bound=Callable)


def copy_on_write(function: F) -> F:
    """Run `function` with pandas' copy-on-write: each ETL step returns a modified copy of its input (pure
    functions), and with copy-on-write those copies share memory until a column really changes, which keeps a
    million-row build within memory. Scoped to the call: importing `etl` (the Add page does, to save a row)
    must not change pandas' behaviour for the whole server."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with _pd.option_context("mode.copy_on_write", True):
            return function(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
