"""Kedro-style ETL steps: each takes DataFrames and returns DataFrames (plus the problems it found).

Every step is pure: no file or database access, so each can be tested alone with a few literal rows.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import numpy as np
import pandas as pd

from etl.problems import Problem
from etl.read import LINE
from netralitas import schema
from netralitas.places import Places

Problems = list[Problem]
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")  # "1.200" is how Indonesian text writes 1200


def per_value(column: pd.Series, function) -> pd.Series:
    """Apply `function` once per distinct value: a million rows hold a few thousand distinct places or dates."""
    results = {value: function(value) for value in column.unique()}
    return column.map(results)


def check_lengths(frame: pd.DataFrame, file: str) -> Problems:
    problems = []
    for column in frame.columns.drop(LINE):
        values = frame[column].to_numpy(dtype=object)
        lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))  # cells are str by now
        for index in (lengths > schema.MAX_FIELD_LENGTH).nonzero()[0]:
            value = values[index]
            reason = f"{len(value)} characters, over the limit of {schema.MAX_FIELD_LENGTH}"
            problems.append(Problem(file, int(frame[LINE].iloc[index]), column, value[:40], reason))
    return problems


def parse_date_cell(value: str) -> tuple[dt.date | None, bool]:
    """(date, repaired): ISO dates pass as they are; Indonesian forms are read and flagged as repaired."""
    if not value:
        return None, False
    if _ISO.match(value):
        try:
            return dt.date.fromisoformat(value), False
        except ValueError:
            return None, False
    from netralitas.dates import parse_date

    parsed = parse_date(value)
    return parsed, parsed is not None


def parse_dates(
    frame: pd.DataFrame, columns: list[str], file: str, required: set[str]
) -> tuple[pd.DataFrame, Problems]:
    out, problems = frame.copy(deep=False), []
    for column in columns:
        # Parse each distinct text once, then only the rows with something to say are visited.
        codes, texts = pd.factorize(out[column], use_na_sentinel=False)
        parsed = [parse_date_cell(text) for text in texts]
        dates = np.array([value for value, _ in parsed], dtype=object)[codes]
        repaired = np.array([flag for _, flag in parsed], dtype=bool)[codes]
        raw = out[column].to_numpy(dtype=object)
        given = raw != ""
        unread = given & pd.isna(dates)
        missing = ~given if column in required else np.zeros(len(raw), dtype=bool)
        for index in np.flatnonzero(unread | missing | repaired):
            line, text, value = int(out[LINE].iat[index]), raw[index], dates[index]
            if unread[index]:
                problems.append(Problem(file, line, column, text, "not a date; write YYYY-MM-DD"))
            elif missing[index]:
                problems.append(Problem(file, line, column, "", "required; write YYYY-MM-DD"))
            else:
                reason = f"read as {value.isoformat()}; please write YYYY-MM-DD"
                problems.append(Problem(file, line, column, text, reason, "warning"))
        out[column] = pd.Series(dates, index=out.index, dtype="object")
    return out, problems


def check_date_range(frame: pd.DataFrame, column: str, file: str) -> Problems:
    first, last = dt.date.fromisoformat(schema.FIRST_DATE), dt.date.fromisoformat(schema.LAST_DATE)
    bad = frame[frame[column].map(lambda d: d is not None and not (first <= d <= last))]
    reason = f"outside {schema.FIRST_DATE}..{schema.LAST_DATE}"
    return [Problem(file, int(r[LINE]), column, r[column].isoformat(), reason) for _, r in bad.iterrows()]


def parse_count(frame: pd.DataFrame, column: str, file: str, maximum: int) -> tuple[pd.DataFrame, Problems]:
    parsed = per_value(frame[column], _to_int)
    raw = frame[column]
    problems: Problems = []
    for mask, reason in (
        ((raw != "") & parsed.isna(), "not a whole number"),
        ((parsed < 0).fillna(False), "negative count"),
        ((parsed > maximum).fillna(False), f"implausible: over {maximum:,}"),
    ):
        problems += [
            Problem(file, int(r[LINE]), column, r[column], reason) for _, r in frame[mask.astype(bool)].iterrows()
        ]
    valid = parsed.where((parsed >= 0) & (parsed <= maximum))
    out = frame.copy(deep=False)  # copy-on-write: the input is never modified
    out[column] = pd.array(valid.tolist(), dtype="Int64") if len(valid) else pd.array([], dtype="Int64")
    return out, problems


@lru_cache(maxsize=8192)  # bounded: the server builds again after every save
def _to_int(raw: str) -> int | None:
    text = raw.replace(" ", "")
    if _THOUSANDS.match(text):
        text = text.replace(".", "")
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return None


def resolve_provinces(
    frame: pd.DataFrame, column: str, file: str, places: Places, allow: tuple[str, ...] = ()
) -> tuple[pd.DataFrame, Problems]:
    """Official province names from aliases ('Sultra', 'ID-ST') of the given reference tables; typos get a
    'did you mean'."""
    out, problems, values = frame.copy(deep=False), [], []
    for line, raw in zip(out[LINE], out[column], strict=True):
        if not raw or raw in allow:
            values.append(raw)
            continue
        name = places.resolve_province(raw)
        if name is None:
            guess = places.suggest_province(raw)
            hint = f"; did you mean {guess}?" if guess else "; use an official name (see data/reference/provinces.csv)"
            problems.append(Problem(file, int(line), column, raw, "unknown province" + hint))
        values.append(name or raw)
    out[column] = values
    return out, problems


def resolve_regencies(
    frame: pd.DataFrame, file: str, places: Places, province_column: str = "province"
) -> tuple[pd.DataFrame, Problems]:
    """Canonical 'Kabupaten X' / 'Kota Y' names; a regency must lie in the row's province."""
    out, problems, values = frame.copy(deep=False), [], []
    for line, raw, province in zip(out[LINE], out["regency_city"], out[province_column], strict=True):
        if not raw:
            values.append("")
            continue
        # Province first (it disambiguates 'Banjar'); without it, to tell "wrong province" from "unknown".
        regency = places.resolve_regency(raw, province or None) or places.resolve_regency(raw)
        if regency is None:
            problems.append(Problem(file, int(line), "regency_city", raw, "unknown regency/city"))
            values.append(raw)
        elif province and regency.province != province:
            reason = f"{regency.name} is in {regency.province}, not {province}"
            problems.append(Problem(file, int(line), "regency_city", raw, reason))
            values.append(raw)
        else:
            values.append(regency.name)
    out["regency_city"] = values
    return out, problems


def check_choices(
    frame: pd.DataFrame, column: str, allowed: tuple[str, ...], file: str, required: bool
) -> tuple[pd.DataFrame, Problems]:
    """Allowed values, matched case-insensitively so 'Daring' is accepted as 'daring'."""
    by_key = {a.casefold(): a for a in allowed}
    canonical = per_value(frame[column], lambda raw: by_key.get(raw.casefold()))
    problems = []
    unknown = frame[(frame[column] != "") & canonical.isna()]
    choices = ", ".join(a for a in allowed if a)
    problems += [
        Problem(file, int(r[LINE]), column, r[column], "not one of: " + choices) for _, r in unknown.iterrows()
    ]
    if required:
        problems += [
            Problem(file, int(r[LINE]), column, "", "required") for _, r in frame[frame[column] == ""].iterrows()
        ]
    out = frame.copy(deep=False)  # copy-on-write: the input is never modified
    out[column] = canonical.where(canonical.notna(), frame[column])
    return out, problems


_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$")


def is_url(value: str) -> bool:
    return bool(_URL.match(value))


def check_urls(frame: pd.DataFrame, file: str) -> Problems:
    """Vectorised: a million rows are checked with one regex pass per column."""
    problems = []
    bad = frame[~frame["source_url"].str.match(_URL.pattern)]
    problems += [
        Problem(file, int(r[LINE]), "source_url", r["source_url"], "not an http(s) URL") for _, r in bad.iterrows()
    ]
    if "other_urls" in frame.columns:
        extra = frame.loc[frame["other_urls"] != "", [LINE, "other_urls"]]
        for line, urls in zip(extra[LINE], extra["other_urls"], strict=True):
            problems += [
                Problem(file, int(line), "other_urls", u, "not an http(s) URL") for u in urls.split() if not is_url(u)
            ]
    missing = frame[frame["outlet"] == ""]
    problems += [
        Problem(file, int(r[LINE]), "outlet", "", "required: the outlet that published it")
        for _, r in missing.iterrows()
    ]
    return problems


def _spelling_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def normalise_outlets(frame: pd.DataFrame, file: str, aliases: dict[str, str]) -> tuple[pd.DataFrame, Problems]:
    """One name per outlet: aliases from data/reference/outlets.csv (case-insensitive) become the outlet's name,
    and two spellings that differ only in case, spaces or punctuation are warned about so they get an entry."""
    out = frame.copy(deep=False)  # copy-on-write: the input is never modified
    out["outlet"] = per_value(frame["outlet"], lambda name: aliases.get(name.casefold(), name))
    spellings: dict[str, list[str]] = {}
    for name in out["outlet"].value_counts().index:  # most used spelling first
        spellings.setdefault(_spelling_key(name), []).append(name)
    problems = []
    for names in (n for n in spellings.values() if len(n) > 1):
        for other in names[1:]:
            line = int(out.loc[out["outlet"] == other, LINE].iloc[0])
            reason = f"also written {names[0]!r}: add the spelling to data/reference/outlets.csv"
            problems.append(Problem(file, line, "outlet", other, reason, "warning"))
    return out, problems


def check_unique_ids(frame: pd.DataFrame, file: str) -> Problems:
    if "id" not in frame:
        return []
    ids = frame["id"]
    seen_before = ids.duplicated()
    empty = (ids == "").to_numpy()
    repeated = (seen_before & ~empty).to_numpy()
    firsts = frame.loc[~seen_before & ids.isin(set(ids[repeated])), ["id", LINE]]
    first_line = dict(zip(firsts["id"], firsts[LINE], strict=True))
    problems = []
    for index in np.flatnonzero(empty | repeated):
        line, value = int(frame[LINE].iat[index]), ids.iat[index]
        if empty[index]:
            problems.append(Problem(file, line, "id", "", "required"))
        else:
            problems.append(Problem(file, line, "id", value, f"duplicate id (first on line {first_line[value]})"))
    return problems
