"""Indonesian date forms, and arbitrary text never raising."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netralitas.dates import find_dates, parse_date

D = dt.date
CASES = [
    ("2023-12-15", None, D(2023, 12, 15)),
    ("Jumat (15/12/2023)", None, D(2023, 12, 15)),
    ("Kamis (17/10/2024)", None, D(2024, 10, 17)),
    ("Selasa (31/1/2023)", None, D(2023, 1, 31)),
    ("(17/09/2024)", None, D(2024, 9, 17)),
    ("15-12-2023", None, D(2023, 12, 15)),
    ("Rabu, 31 Juli 2024", None, D(2024, 7, 31)),
    ("31 Juli 2024", None, D(2024, 7, 31)),
    ("15 Des 2023", None, D(2023, 12, 15)),
    ("5 Agustus 2024", None, D(2024, 8, 5)),
    ("1 Nopember 2023", None, D(2023, 11, 1)),
    ("Kamis (25/7)", 2024, D(2024, 7, 25)),
    ("Kamis (25/7)", None, None),  # no year anywhere: unknown, not guessed
    ("27 November mendatang", 2024, D(2024, 11, 27)),
    ("Senin (4/11/24)", None, D(2024, 11, 4)),
    ("31/2/2024", None, None),
    ("pukul 10.30 WIB", None, None),
    ("", None, None),
]


@pytest.mark.parametrize(("text", "year", "expected"), CASES)
def test_date_forms(text, year, expected):
    assert parse_date(text, year) == expected


def test_find_dates_gives_spans():
    text = "Kegiatan digelar Rabu, 31 Juli 2024 di Kayuagung; pemungutan suara 27 November mendatang."
    found = find_dates(text, 2024)
    assert [d.date for d in found] == [D(2024, 7, 31), D(2024, 11, 27)]
    assert all(text[d.start : d.end] == d.text for d in found)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    parse_date(text)
    find_dates(text, 2024)
