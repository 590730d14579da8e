"""The obvious pandas versions of the dashboard's queries: the baseline DuckDB has to beat, answer for answer."""

from __future__ import annotations

import pandas as pd

from netralitas.filters import Filters


def _filter(events: pd.DataFrame, f: Filters) -> pd.DataFrame:
    mask = pd.Series(True, index=events.index)
    if f.election:
        mask &= events["election"] == f.election
    if f.date_from:
        mask &= events["event_date"] >= pd.Timestamp(f.date_from)
    if f.date_to:
        mask &= events["event_date"] <= pd.Timestamp(f.date_to)
    for name, column in (
        ("provinces", "province"),
        ("island_groups", "island_group"),
        ("organizer_types", "organizer_type"),
        ("modes", "mode"),
    ):
        if getattr(f, name):
            mask &= events[column].isin(getattr(f, name))
    return events[mask]


def overview(events: pd.DataFrame, provinces: pd.DataFrame, f: Filters) -> pd.DataFrame:
    e = _filter(events, f)
    online = e["mode"].map({"daring": 1.0, "hybrid": 1.0, "luring": 0.0})
    return pd.DataFrame(
        [
            {
                "events": len(e),
                "provinces": e.loc[e["province"] != "", "province"].nunique(),
                "participants": e["participants"].sum(min_count=1),
                "online_share": online.mean(),
                "median_days_before": e["days_before_election"].median(),
            }
        ]
    )


def by_province(events: pd.DataFrame, provinces: pd.DataFrame, f: Filters) -> pd.DataFrame:
    e = _filter(events, f)
    agg = e.groupby("province").agg(events=("id", "size"), participants=("participants", lambda s: s.sum(min_count=1)))
    out = provinces[["province_code", "name"]].merge(agg, left_on="name", right_index=True, how="left")
    out["events"] = out["events"].fillna(0).astype(int)
    return out.sort_values("province_code")[["province_code", "name", "events", "participants"]]


def weekly(events: pd.DataFrame, provinces: pd.DataFrame, f: Filters) -> pd.DataFrame:
    e = _filter(events, f)
    week = e["event_date"] - pd.to_timedelta(e["event_date"].dt.weekday, unit="D")
    out = e.assign(week=week).groupby(["week", "election", "organizer_type"]).size().rename("events").reset_index()
    return out.sort_values(["week", "election", "organizer_type"])


def reach(events: pd.DataFrame, provinces: pd.DataFrame, f: Filters) -> pd.DataFrame:
    e = _filter(events, f).assign(province=lambda d: d["province"].replace("", "national"))
    out = e.groupby("province").agg(events=("id", "size"), participants=("participants", lambda s: s.sum(min_count=1)))
    return out.reset_index().rename(columns={"province": "category"})


def table_page(events: pd.DataFrame, provinces: pd.DataFrame, f: Filters) -> pd.DataFrame:
    e = _filter(events, f)
    return e.sort_values(["event_date", "id"], ascending=[False, True]).head(500)
