"""Every alias and every regency resolves to the right province; free-text mentions are found."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netralitas import paths
from netralitas.places import find_places, province_names, resolve_province, resolve_regency, suggest_province

PROVINCES = pd.read_csv(paths.REFERENCE_DIR / "provinces.csv", dtype=str, keep_default_na=False)
REGENCIES = pd.read_csv(paths.REFERENCE_DIR / "regencies.csv", dtype=str, keep_default_na=False)
NAMES = dict(zip(PROVINCES["province_code"], PROVINCES["name"], strict=True))


def test_38_provinces_with_codes_and_the_2022_papua_provinces():
    assert len(province_names()) == 38
    assert PROVINCES["province_code"].is_unique and PROVINCES["iso_code"].is_unique
    assert {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"} <= set(province_names())
    assert set(PROVINCES.query("name.str.startswith('Papua')")["iso_code"]) >= {"ID-PD", "ID-PE", "ID-PS", "ID-PT"}


def test_every_province_name_code_and_alias_resolves_to_itself():
    for _, row in PROVINCES.iterrows():
        for key in [row["name"], row["iso_code"], row["province_code"], *filter(None, row["aliases"].split("|"))]:
            assert resolve_province(key) == row["name"], key


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Sultra", "Sulawesi Tenggara"),
        ("Kalsel", "Kalimantan Selatan"),
        ("Jatim", "Jawa Timur"),
        ("Jabar", "Jawa Barat"),
        ("DKI", "DKI Jakarta"),
        ("DIY", "DI Yogyakarta"),
        ("Babel", "Kepulauan Bangka Belitung"),
        ("Kepri", "Kepulauan Riau"),
        ("NTB", "Nusa Tenggara Barat"),
        ("NTT", "Nusa Tenggara Timur"),
        ("Sulsel", "Sulawesi Selatan"),
        ("Sumut", "Sumatera Utara"),
        ("Malut", "Maluku Utara"),
        ("PBD", "Papua Barat Daya"),
        ("Provinsi Jawa Tengah", "Jawa Tengah"),
        ("sulawesi  tenggara", "Sulawesi Tenggara"),
    ],
)
def test_news_aliases(text, province):
    assert resolve_province(text) == province


def test_every_regency_and_alias_resolves_to_its_province():
    for _, row in REGENCIES.iterrows():
        regency = resolve_regency(row["name"])
        assert regency is not None and regency.province == NAMES[row["province_code"]], row["name"]
        for alias in filter(None, row["aliases"].split("|")):
            found = resolve_regency(alias, NAMES[row["province_code"]])
            assert found is not None and found.name == row["name"], alias


@pytest.mark.parametrize(
    ("text", "name", "province"),
    [
        ("Kota Sorong", "Kota Sorong", "Papua Barat Daya"),
        ("Kabupaten OKI", "Kabupaten Ogan Komering Ilir", "Sumatera Selatan"),
        ("Kab. OKI", "Kabupaten Ogan Komering Ilir", "Sumatera Selatan"),
        ("Kayuagung", "Kabupaten Ogan Komering Ilir", "Sumatera Selatan"),
        ("Pemkot Jambi", "Kota Jambi", "Jambi"),
        ("Kudus", "Kabupaten Kudus", "Jawa Tengah"),
        ("Kota Banjar", "Kota Banjar", "Jawa Barat"),
        ("Kabupaten Banjar", "Kabupaten Banjar", "Kalimantan Selatan"),
        ("Kota Bau-Bau", "Kota Bau Bau", "Sulawesi Tenggara"),
    ],
)
def test_regency_forms(text, name, province):
    regency = resolve_regency(text)
    assert (regency.name, regency.province) == (name, province)


def test_ambiguous_bare_names_need_more_context():
    assert resolve_regency("Banjar") is None
    assert resolve_regency("Banjar", "Jawa Barat").name == "Kota Banjar"


def test_typos_get_a_suggestion():
    assert suggest_province("Sulawesi Tenggra") == "Sulawesi Tenggara"
    assert suggest_province("Kalimantan Tmur") == "Kalimantan Timur"
    assert suggest_province("xyz") is None


def test_find_places_in_text():
    text = "KAYUAGUNG, KORANPALPRES.COM – BKPP Kabupaten OKI di Sumsel; Pemkot Banjar dan Sultra."
    found = [(m.text, m.province, m.regency.name if m.regency else None) for m in find_places(text)]
    assert ("KAYUAGUNG", "Sumatera Selatan", "Kabupaten Ogan Komering Ilir") in found
    assert ("Pemkot Banjar", "Jawa Barat", "Kota Banjar") in found
    assert ("Sultra", "Sulawesi Tenggara", None) in found


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_arbitrary_text_never_raises(text):
    find_places(text)
    resolve_province(text)
    resolve_regency(text)
    suggest_province(text)
