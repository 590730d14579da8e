"""Numbers and dates the way each language writes them (1.234 and 12,5% in Indonesian), via Babel."""

from __future__ import annotations

import datetime as dt
import math

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

LOCALES = {"id": "id_ID", "en": "en_GB"}


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value) in ("<NA>", "NaT")


def number(value: object, lang: str = "id", decimals: int = 0) -> str:
    if _missing(value):
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(float(value), format=pattern, locale=LOCALES[lang])


def percent(share: object, lang: str = "id", decimals: int = 1) -> str:
    if _missing(share):
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    return format_percent(float(share), format=pattern, locale=LOCALES[lang])


def date(value: object, lang: str = "id") -> str:
    """'15 Des 2023' / '15 Dec 2023'."""
    if _missing(value):
        return "–"
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        value = dt.date.fromisoformat(str(value)[:10])
    return format_date(value, format="d MMM y", locale=LOCALES[lang]).replace(".", "")


def month(value: object, lang: str = "id") -> str:
    """'Okt 2024' / 'Oct 2024'."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        value = dt.date.fromisoformat(str(value)[:10])
    return format_date(value, format="MMM y", locale=LOCALES[lang]).replace(".", "")
