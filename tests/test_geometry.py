"""The committed province boundaries: 38 valid polygons, codes matching the province table, small enough."""

import json

import geopandas as gpd
import pandas as pd
import shapely

from netralitas import paths

GEOJSON = paths.REFERENCE_DIR / "provinces.geojson"


def test_38_valid_polygons_matching_the_province_table():
    frame = gpd.read_file(GEOJSON)
    provinces = pd.read_csv(paths.REFERENCE_DIR / "provinces.csv", dtype=str, keep_default_na=False)
    assert len(frame) == 38
    assert set(frame["province_code"].astype(str)) == set(provinces["province_code"])
    assert frame.geometry.is_valid.all()
    assert set(frame.geom_type) <= {"Polygon", "MultiPolygon"}
    assert not frame.geometry.is_empty.any()


def test_payload_under_one_megabyte_with_islands_kept():
    assert GEOJSON.stat().st_size < 1_000_000
    frame = gpd.read_file(GEOJSON).set_index("name")
    parts = {name: len(getattr(g, "geoms", [g])) for name, g in frame.geometry.items()}
    assert parts["Maluku"] > 20 and parts["Kepulauan Riau"] > 20  # archipelagos still look like archipelagos


def test_sorong_lies_in_papua_barat_daya_and_kendari_in_sultra():
    frame = gpd.read_file(GEOJSON).set_index("name")
    assert frame.loc["Papua Barat Daya"].geometry.contains(shapely.Point(131.25, -0.88))
    assert frame.loc["Sulawesi Tenggara"].geometry.contains(shapely.Point(122.51, -3.99))


def test_file_is_plain_geojson_with_attribution_keys():
    data = json.loads(GEOJSON.read_text())
    assert data["type"] == "FeatureCollection"
    assert {"province_code", "name"} <= set(data["features"][0]["properties"])
