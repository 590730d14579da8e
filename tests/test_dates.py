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
    ("Senin (11-12-2023)", None, D(2023, 12, 11)),
    ("15.12.2023", None, D(2023, 12, 15)),
    ("Rabu, 31 Juli 2024", None, D(2024, 7, 31)),
    ("31 Juli 2024", None, D(2024, 7, 31)),
    ("pada hari Kamis, 27 Juli 2023", None, D(2023, 7, 27)),
    ("15 Des 2023", None, D(2023, 12, 15)),
    ("5 Agustus 2024", None, D(2024, 8, 5)),
    ("1 Nopember 2023", None, D(2023, 11, 1)),
    ("17 Ags 2023", None, D(2023, 8, 17)),  # in the month table since dateparser left; dateparser read no month
    ("2 AGT. 2024", None, D(2024, 8, 2)),
    ("22 Mei 2023", None, D(2023, 5, 22)),
    ("Kamis (25/7)", 2024, D(2024, 7, 25)),
    ("Kamis (25/7)", None, None),  # no year anywhere: unknown, not guessed
    ("pada (Senin, 20/11)", 2023, D(2023, 11, 20)),
    ("27 November mendatang", 2024, D(2024, 11, 27)),
    ("Senin (4/11/24)", None, D(2024, 11, 4)),
    ("Selesa (14/11/23)", None, D(2023, 11, 14)),  # a misspelt weekday still dates the event
    ("Rabu ( 16/10/2024)", None, D(2024, 10, 16)),  # stray spaces inside the brackets
    ("Rabu (23/11/ 2022)", None, D(2022, 11, 23)),
    ("Jum’at (17/11/2023)", None, D(2023, 11, 17)),
    ("31/2/2024", None, None),  # no such day
    ("30 Februari 2024", None, None),
    ("pukul 10.30 WIB", None, None),
    ("layanan 24/7", 2024, None),  # a year-less day/month counts only in brackets or after a weekday
    ("UU 5/2014", None, None),
    ("Nomor 20 Tahun 2023", None, None),
    ("Mei 2023", None, None),  # a month is not a day
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


def test_find_dates_without_a_default_year_skips_yearless_forms():
    assert [d.date for d in find_dates("Kamis (25/7) dan Jumat (26/7/2024)")] == [D(2024, 7, 26)]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    parse_date(text)
    for mention in find_dates(text, 2024):
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789/-. ()JuliSenKams,", max_size=40))
def test_date_like_text_never_raises(text):
    parse_date(text, 2024)
