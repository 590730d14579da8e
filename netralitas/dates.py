"""Indonesian date expressions as news and spreadsheets write them.

'2023-12-15', 'Jumat (15/12/2023)', 'Selasa (31/1/2023)', '15-12-2023', 'Rabu, 31 Juli 2024', '15 Des 2023',
'Kamis (25/7)' and '27 November mendatang' (year from `default_year`). Numeric forms are read here, always
day first as Indonesia writes them; month names (with 'Nopember', 'Agt', 'Des' ...) are read from the table of
Indonesian month names below. Impossible days ('31/2/2024') and year-less dates without a year to lend are None.

A year-less date written with its weekday can also take its year from the weekday: given `years` (the window
of years the text can be about), "Kamis (25/7)" is 2024, the only year of 2022-2025 in which 25 July is a
Thursday, even when the text also names a 2022 regulation. The default year wins when its weekday agrees.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Every way news writes a month (case-folded): full names, old spellings and abbreviations, with an optional dot.
_MONTH_NUMBER = {"januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3}
_MONTH_NUMBER |= {"april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7}
_MONTH_NUMBER |= {"agustus": 8, "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "oktober": 10, "okt": 10}
_MONTH_NUMBER |= {"november": 11, "nopember": 11, "nov": 11, "desember": 12, "des": 12}
_MONTHS = r"(?:" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + r")\.?"  # longest first: "Juli" not "Jul"
# "15/12/2023", "( 16/10/2024)", "23/11/ 2022" (stray spaces happen), "25/7" (year from context).
_SLASH = re.compile(r"(?<![\d/])(\d{1,2})\s?/\s?(\d{1,2})(?:\s?/\s?(\d{4}|\d{2}))?(?![\d/])")
# "15-12-2023", "11.12.2023": the year is required, so "10.30" (a time) and "2-3" (a range) are not dates.
_DASHED = re.compile(r"(?<![\d.\-])(\d{1,2})([\-.])(\d{1,2})\2(\d{4}|\d{2})(?![\d\-]|\.\d)")
_WEEKDAY = r"(?:Senin|Selasa|Selesa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)"
# A year-less "25/7" counts only where news writes dates, in brackets or after a weekday: not "24/7", "1/2".
_DATE_CONTEXT = re.compile(rf"(?:\(\s*(?:{_WEEKDAY},?\s*)?|{_WEEKDAY},?\s*\(?\s*)$", re.IGNORECASE)
_WEEKDAY_NUMBER = {"senin": 0, "selasa": 1, "selesa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5}
_WEEKDAY_NUMBER |= {"minggu": 6, "ahad": 6}
_WEEKDAY_BEFORE = re.compile(rf"({_WEEKDAY})\W{{0,4}}(?:tanggal\s+)?$", re.IGNORECASE)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TEXTUAL = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_MONTHS})(?:\s+(\d{{4}}))?(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date


def _make(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(name: str) -> int | None:
    return _MONTH_NUMBER.get(name.rstrip(".").casefold())


def _weekday(text: str, start: int) -> int | None:
    """The weekday written just before a date ("Kamis (25/7)", "Senin, 17 Juli"), 0 = Monday."""
    found = _WEEKDAY_BEFORE.search(text[max(0, start - 16) : start])
    if not found:
        return None
    name = re.sub(r"[^a-z]", "", found.group(1).casefold())
    return _WEEKDAY_NUMBER.get(name)


def _year_for(text: str, start: int, month: int, day: int, default_year: int | None, years: range | None) -> int | None:
    """The year of a year-less date: the default year, unless the written weekday says which year it is."""
    weekday = _weekday(text, start) if years else None
    if weekday is None or years is None:
        return default_year
    matching = [y for y in years if (d := _make(y, month, day)) is not None and d.weekday() == weekday]
    if not matching or default_year in matching:
        return default_year  # a misspelt weekday does not overrule the year the text gives
    if len(matching) == 1:
        return matching[0]
    return min(matching, key=lambda y: abs(y - default_year)) if default_year is not None else None


def find_dates(text: str, default_year: int | None = None, years: range | None = None) -> list[DateMention]:
    """Every date in the text with its span; day-first numeric forms, ISO and Indonesian month names.

    `years`: the years a year-less date written with its weekday may fall in (see the module's docstring)."""
    if not text:
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: dt.date | None) -> None:
        if value is not None and not any(s < end and start < e for s, e in taken):
            found.append(DateMention(start, end, text[start:end], value))
            taken.append((start, end))

    for m in _ISO.finditer(text):
        add(m.start(), m.end(), _make(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _TEXTUAL.finditer(text):
        month = _month_number(m.group(2))
        if month and not m.group(3):
            year = _year_for(text, m.start(), month, int(m.group(1)), default_year, years)
        else:
            year = int(m.group(3)) if m.group(3) else default_year
        if month:
            add(m.start(), m.end(), _make(year, month, int(m.group(1))))
    for m in _DASHED.finditer(text):
        add(m.start(), m.end(), _make(int(m.group(4)), int(m.group(3)), int(m.group(1))))
    for m in _SLASH.finditer(text):
        if m.group(3) is None and not _DATE_CONTEXT.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else _year_for(text, m.start(), month, day, default_year, years)
        add(m.start(), m.end(), _make(year, month, day))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """One date expression, or None; never raises."""
    if not text or not str(text).strip():
        return None
    mentions = find_dates(str(text), default_year)
    return mentions[0].date if mentions else None
