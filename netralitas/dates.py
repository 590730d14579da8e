"""Indonesian date expressions as news and spreadsheets write them.

'2023-12-15', 'Jumat (15/12/2023)', 'Selasa (31/1/2023)', '15-12-2023', 'Rabu, 31 Juli 2024', '15 Des 2023',
'Kamis (25/7)' and '27 November mendatang' (year from `default_year`). Numeric forms are read here, always
day first as Indonesia writes them; month names (with 'Nopember', 'Agt', 'Des' ...) go through dateparser's
Indonesian locale. Impossible days ('31/2/2024') and year-less dates without a year to lend are None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_MONTHS = (
    r"(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember"
    r"|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Sep|Okt|Nov|Des)\.?"
)
# "15/12/2023", "( 16/10/2024)", "23/11/ 2022" (stray spaces happen), "25/7" (year from context).
_SLASH = re.compile(r"(?<![\d/])(\d{1,2})\s?/\s?(\d{1,2})(?:\s?/\s?(\d{4}|\d{2}))?(?![\d/])")
# "15-12-2023", "11.12.2023": the year is required, so "10.30" (a time) and "2-3" (a range) are not dates.
_DASHED = re.compile(r"(?<![\d.\-])(\d{1,2})([\-.])(\d{1,2})\2(\d{4}|\d{2})(?![\d\-]|\.\d)")
_WEEKDAY = r"(?:Senin|Selasa|Selesa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)"
# A year-less "25/7" counts only where news writes dates, in brackets or after a weekday: not "24/7", "1/2".
_DATE_CONTEXT = re.compile(rf"(?:\(\s*(?:{_WEEKDAY},?\s*)?|{_WEEKDAY},?\s*\(?\s*)$", re.IGNORECASE)
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


@lru_cache(maxsize=8192)  # bounded: a long-lived server sees endless pasted text
def _month_number(name: str) -> int | None:
    import dateparser

    parsed = dateparser.parse(f"1 {name.rstrip('.')} 2000", languages=["id"], settings={"STRICT_PARSING": True})
    return parsed.month if parsed else None


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every date in the text with its span; day-first numeric forms, ISO and Indonesian month names."""
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
        year = int(m.group(3)) if m.group(3) else default_year
        if month:
            add(m.start(), m.end(), _make(year, month, int(m.group(1))))
    for m in _DASHED.finditer(text):
        add(m.start(), m.end(), _make(int(m.group(4)), int(m.group(3)), int(m.group(1))))
    for m in _SLASH.finditer(text):
        if m.group(3) is None and not _DATE_CONTEXT.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        year = int(m.group(3)) if m.group(3) else default_year
        add(m.start(), m.end(), _make(year, int(m.group(2)), int(m.group(1))))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """One date expression, or None; never raises."""
    if not text or not str(text).strip():
        return None
    mentions = find_dates(str(text), default_year)
    return mentions[0].date if mentions else None
