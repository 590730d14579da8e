"""Province outlines as plain x/y rings, ready for a map that needs no tile or topojson download."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry.base import BaseGeometry

Rings = tuple[list[float | None], list[float | None]]


def to_geodataframe(geometry: pd.DataFrame) -> gpd.GeoDataFrame:
    """The `province_geometry` table (WKB) as a GeoDataFrame keyed by province code."""
    shapes = gpd.GeoSeries.from_wkb(geometry["geometry"].map(bytes), crs="EPSG:4326")
    return gpd.GeoDataFrame(geometry.drop(columns=["geometry"]), geometry=shapes, crs="EPSG:4326")


def rings(shape: BaseGeometry) -> Rings:
    """Exterior rings of every polygon, joined by None breaks so one plotly trace draws them all."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    polygons = getattr(shape, "geoms", [shape])
    for polygon in polygons:
        x, y = polygon.exterior.coords.xy
        xs += [round(v, 3) for v in x] + [None]
        ys += [round(v, 3) for v in y] + [None]
    return xs, ys


def province_rings(geometry: pd.DataFrame) -> dict[str, Rings]:
    frame = to_geodataframe(geometry)
    return {code: rings(shape) for code, shape in zip(frame["province_code"], frame.geometry, strict=True)}


def representative_points(geometry: pd.DataFrame) -> pd.DataFrame:
    """A point inside each province (not the centroid, which can fall in the sea): where its dot is drawn."""
    frame = to_geodataframe(geometry)
    points = frame.geometry.representative_point()
    return pd.DataFrame({"province_code": frame["province_code"], "lon": points.x, "lat": points.y})
