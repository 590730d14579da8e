"""Province outlines as plain x/y rings, ready for a map that needs no tile or topojson download."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

Rings = tuple[list[float | None], list[float | None]]


def shapes(geometry: pd.DataFrame) -> np.ndarray:
    """The WKB column of a geometry table as shapely shapes. shapely alone: importing geopandas in the app
    cost about a second per cold start, for 38 shapes."""
    return shapely.from_wkb(geometry["geometry"].map(bytes).to_numpy())


def rings(shape: BaseGeometry, min_area: float = 0.0) -> Rings:
    """Exterior rings of every polygon, joined by None breaks so one plotly trace draws them all; islands
    smaller than `min_area` (square degrees) are left out, but never a province's largest polygon."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    polygons = [p for p in getattr(shape, "geoms", [shape]) if not p.is_empty]
    largest = max((p.area for p in polygons), default=0.0)
    for polygon in polygons:
        if polygon.area < min_area and polygon.area < largest:
            continue
        x, y = polygon.exterior.coords.xy
        xs += [round(v, 3) for v in x] + [None]
        ys += [round(v, 3) for v in y] + [None]
    return xs, ys


# At national scale one pixel of a 1,280 px export is ~0.04 degrees: detail below that, and islets smaller
# than a few pixels, only fattened the figure (the SVG was 1.2 MB, thousands of sub-pixel islet paths).
# A province opened on its own keeps the stored detail.
NATIONAL_TOLERANCE = 0.04
NATIONAL_MIN_AREA = 0.004  # square degrees, about 50 km2


def province_rings(geometry: pd.DataFrame, tolerance: float = 0.0, min_area: float = 0.0) -> dict[str, Rings]:
    outlines = shapes(geometry)
    if tolerance:
        outlines = shapely.simplify(outlines, tolerance, preserve_topology=True)
    return {code: rings(shape, min_area) for code, shape in zip(geometry["province_code"], outlines, strict=True)}


def representative_points(geometry: pd.DataFrame) -> pd.DataFrame:
    """A point inside each province (not the centroid, which can fall in the sea): where its dot is drawn."""
    points = shapely.point_on_surface(shapes(geometry))
    return pd.DataFrame(
        {"province_code": geometry["province_code"], "lon": shapely.get_x(points), "lat": shapely.get_y(points)}
    )
