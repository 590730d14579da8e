"""Reference transforms: provinces with their headcount and population, events with their province's code,
and boundaries as WKB, ready to load."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd


def with_province_columns(events: pd.DataFrame, provinces: pd.DataFrame) -> pd.DataFrame:
    """Copy code and island group onto each event so filters need no join (it matters at a million rows)."""
    lookup = provinces[["name", "province_code", "island_group"]].rename(columns={"name": "province"})
    merged = events.merge(lookup, on="province", how="left")
    merged[["province_code", "island_group"]] = merged[["province_code", "island_group"]].fillna("")
    return merged


def provinces_with_figures(provinces: pd.DataFrame, figures: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Each province with its newest ASN headcount and population (empty where none was published)."""
    for name, value in (("asn_headcount", "asn_count"), ("population", "population")):
        prefix = "asn" if name == "asn_headcount" else "population"
        frame = figures.get(name)
        if frame is None or frame.empty:
            provinces = provinces.assign(
                **{
                    value: pd.array([None] * len(provinces), dtype="Int64"),
                    f"{prefix}_year": pd.array([None] * len(provinces), dtype="Int64"),
                    f"{prefix}_source_url": "",
                }
            )
            continue
        # The newest published figure per province wins; a figure of unknown year never does.
        latest = frame.sort_values("year", na_position="first").drop_duplicates("province", keep="last")
        latest = latest.rename(
            columns={"province": "name", "year": f"{prefix}_year", "source_url": f"{prefix}_source_url"}
        )
        provinces = provinces.merge(
            latest[["name", value, f"{prefix}_year", f"{prefix}_source_url"]], on="name", how="left"
        )
        provinces[f"{prefix}_source_url"] = provinces[f"{prefix}_source_url"].fillna("")
    return provinces


def geometry_table(path: Path, key: str = "province_code") -> pd.DataFrame:
    """Outlines as WKB keyed by area code; a missing regency file (older checkouts) gives an empty table."""
    if not path.exists():
        return pd.DataFrame({key: pd.Series(dtype=str), "geometry": pd.Series(dtype=object)})
    frame = gpd.read_file(path)
    return pd.DataFrame({key: frame[key].astype(str), "geometry": frame.geometry.to_wkb()})
