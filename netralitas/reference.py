"""The reference tables (data/reference/: provinces, regencies, the election calendar), each read by one function.

The app and the extractor read the project's own folder; the build reads the folder it was given
(`python -m etl build --data DIR`) and passes the tables on, so nothing below reads a global path by itself.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pandas as pd

from netralitas import paths

ELECTION_DATES = ("voting_date", "campaign_start", "campaign_end", "registration_start", "registration_end")


def read_table(path: Path) -> pd.DataFrame:
    """A reference CSV as text: no value is guessed into a number or a missing value."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def read_provinces(reference: Path) -> pd.DataFrame:
    return read_table(reference / "provinces.csv")


def read_regencies(reference: Path) -> pd.DataFrame:
    """Regencies/cities with their province's name beside its code."""
    regencies = read_table(reference / "regencies.csv")
    provinces = read_provinces(reference)
    names = dict(zip(provinces["province_code"], provinces["name"], strict=True))
    regencies["province"] = regencies["province_code"].map(names)
    return regencies


def read_elections(reference: Path) -> pd.DataFrame:
    """The KPU calendar (elections.csv), its dates as datetime.date (None where the regulation names none)."""
    frame = read_table(reference / "elections.csv")
    for column in ELECTION_DATES:
        frame[column] = frame[column].map(lambda v: dt.date.fromisoformat(v) if v else None)
    return frame


@lru_cache(maxsize=4)  # one entry per reference folder
def voting_days(reference: Path = paths.REFERENCE_DIR) -> dict[str, dt.date]:
    """Election name -> voting day, from the calendar; read once per folder."""
    elections = read_elections(reference)
    return dict(zip(elections["election"], elections["voting_date"], strict=True))
