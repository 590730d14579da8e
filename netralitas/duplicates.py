"""The one rule for "probably an event already curated", used by the build, `python -m etl check`, the Add page
and `python -m etl ingest`.

Two rows are probably the same event when
- they share a link (a source URL or one of the other URLs; "https://www.x.id/a/" is "http://x.id/a"), or
- they have the same date, province, regency/city and kind of organiser ("Bawaslu" twice in Kota Madiun on one
  day is one briefing reported twice; the city government's own declaration the same day is another event).
A row without a date matches on its links only. Probable, not certain: callers warn and keep both rows.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

import pandas as pd

SAME_EVENT = ("event_date", "province", "regency_city", "organizer_type")
_LINK_NOISE = r"^\s*https?://(?:www\.)?|[#].*$|/+\s*$"


@dataclass(frozen=True)
class Duplicate:
    row: Hashable  # the label of the row that repeats
    other: Hashable  # the label of the first row (within one frame) or the id of the curated row
    column: str  # "source_url" (a shared link) or "event_date" (same day, place and kind of organiser)
    reason: str


def _text(column: pd.Series) -> pd.Series:
    """Cells as comparable text: dates as ISO (date objects from the build, datetime64 from the database),
    missing as "". astype(str) rather than a Python function per cell: the build compares a million rows."""
    if pd.api.types.is_datetime64_any_dtype(column):
        return column.dt.strftime("%Y-%m-%d").fillna("")
    return column.where(column.notna(), "").astype(str)


def _links(frame: pd.DataFrame) -> pd.DataFrame:
    """One (row label, normalised link) pair per link of each row."""
    empty = pd.Series("", index=frame.index, dtype=object)
    first, others = frame.get("source_url", empty), frame.get("other_urls", empty)
    pairs = pd.concat([_text(first), _text(others).str.split().explode()])
    pairs = pairs.dropna().str.casefold().str.replace(_LINK_NOISE, "", regex=True)
    pairs = pairs[pairs != ""]
    return pd.DataFrame({"row": pairs.index, "key": pairs.to_numpy()}).drop_duplicates()


def _same_event_keys(frame: pd.DataFrame) -> pd.DataFrame:
    """One (row label, key) pair per dated row: the key joins date, province, regency/city, kind of organiser."""
    empty = pd.Series("", index=frame.index, dtype=object)
    columns = [_text(frame.get(c, empty)) for c in SAME_EVENT]
    keys = columns[0].str.cat(columns[1:], sep="\x1f")
    dated = columns[0] != ""
    return pd.DataFrame({"row": frame.index[dated.to_numpy()], "key": keys[dated].to_numpy()})


def _explain(column: str, other: Hashable) -> str:
    if column == "source_url":
        return f"same link as {other}: the same event reported again?"
    return f"same day and place and the same kind of organiser as {other}: the same event?"


def within(frame: pd.DataFrame) -> list[Duplicate]:
    """Rows that repeat an earlier row of the same frame (each named with the first row's label)."""
    found: list[Duplicate] = []
    for column, pairs in (("source_url", _links(frame)), ("event_date", _same_event_keys(frame))):
        # Grouping integer codes is ~10x cheaper than grouping strings at a million rows.
        codes = pd.Series(pd.factorize(pairs["key"])[0], index=pairs.index)
        repeated = codes.duplicated(keep="first")
        if not repeated.any():
            continue
        first = pairs["row"].groupby(codes).transform("first")
        found += [
            Duplicate(row, other, column, _explain(column, other))
            for row, other in zip(pairs.loc[repeated, "row"], first[repeated], strict=True)
        ]
    order = {label: i for i, label in enumerate(frame.index)}
    return sorted(_once(found), key=lambda d: order[d.row])


def against(frame: pd.DataFrame, curated: pd.DataFrame) -> list[Duplicate]:
    """Rows of `frame` that are probably events of `curated` (named by the curated row's id)."""
    if frame.empty or curated.empty:
        return []
    curated = curated.set_axis(_text(curated["id"]))
    found: list[Duplicate] = []
    for column, keys in (("source_url", _links), ("event_date", _same_event_keys)):
        matched = keys(frame).merge(keys(curated), on="key", suffixes=("", "_other"))
        found += [
            Duplicate(row, other, column, _explain(column, other))
            for row, other in zip(matched["row"], matched["row_other"], strict=True)
        ]
    return _once(found)


def _once(found: list[Duplicate]) -> list[Duplicate]:
    """Each (row, other, column) once, in the order found."""
    return list(dict.fromkeys(found))
