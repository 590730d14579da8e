"""A text alternative for every chart, written from the numbers it draws: what is highest and lowest, the
total, and over time when it peaked. Shown under the chart (read by screen readers) and in the report pack."""

from __future__ import annotations

import pandas as pd

from netralitas import fmt
from netralitas.labels import t, value_label

# (label column, value column) for charts that compare categories, first match wins.
_PAIRS = (
    ("province", "violations"),
    ("province", "events_per_1000_asn"),
    ("province", "events_per_million_residents"),
    ("province", "participants_per_1000_asn"),
    ("province", "violations_reported"),
    ("province", "violations_proven"),
    ("province", "participants"),
    ("province", "events"),
    ("regency_city", "events"),
    ("category", "participants"),
    ("category", "value"),
    ("grp", "events"),
)
_TIME = ("week", "event_date", "as_of", "month")


def _words(lang: str, indonesian: str, english: str) -> str:
    return indonesian if lang == "id" else english


def _number(value: object, lang: str) -> str:
    number = float(value)
    return fmt.number(number, lang, 0 if number == int(number) else 2)


def _categories(data: pd.DataFrame, label: str, value: str, lang: str) -> str:
    # One value per label (a label may repeat across elections or dates: keep its largest)
    rows = data.dropna(subset=[value]).groupby(label, sort=False)[value].max().sort_values()
    if rows.empty:
        return _words(lang, "Tidak ada angka untuk digambar.", "No figure to draw.")
    high, low = value_label(str(rows.index[-1]), lang), value_label(str(rows.index[0]), lang)
    text = _words(
        lang,
        f"{len(rows)} baris. Tertinggi: {high} ({_number(rows.iloc[-1], lang)}); "
        f"terendah: {low} ({_number(rows.iloc[0], lang)}).",
        f"{len(rows)} rows. Highest: {high} ({_number(rows.iloc[-1], lang)}); "
        f"lowest: {low} ({_number(rows.iloc[0], lang)}).",
    )
    missing = int(data[value].isna().sum())
    if missing:
        text += _words(lang, f" {missing} tanpa angka.", f" {missing} without a figure.")
    return text


def _over_time(data: pd.DataFrame, when: str, value: str, lang: str) -> str:
    per_day = data.dropna(subset=[when]).groupby(when)[value].sum()
    if per_day.empty:
        return _words(lang, "Tidak ada angka bertanggal.", "No dated figure.")
    peak = per_day.idxmax()
    first, last = per_day.index.min(), per_day.index.max()
    span = f"{fmt.date(first, lang)} – {fmt.date(last, lang)}"
    return _words(
        lang,
        f"{span}: jumlah {_number(per_day.sum(), lang)}; puncak {_number(per_day.max(), lang)} pada "
        f"{fmt.date(peak, lang)}.",
        f"{span}: total {_number(per_day.sum(), lang)}; peak {_number(per_day.max(), lang)} on {fmt.date(peak, lang)}.",
    )


def _figures(data: pd.DataFrame, lang: str) -> str:
    """Published figures of different stages and units are never added up: name the largest and the span."""
    dated = data.dropna(subset=["as_of"])
    top = data.loc[data["value"].idxmax()]
    when = fmt.date(top["as_of"], lang) if pd.notna(top["as_of"]) else t("undated", lang)
    what = f"{top['category']}: " if str(top.get("category") or "") else ""
    what += f"{_number(top['value'], lang)} {t('unit_' + top['unit'], lang)} ({value_label(top['metric'], lang)}, "
    what += f"{value_label(top['source_body'], lang)}, {when})"
    span = f"{fmt.date(dated['as_of'].min(), lang)} – {fmt.date(dated['as_of'].max(), lang)}" if len(dated) else ""
    return _words(
        lang,
        f"{len(data)} angka yang dipublikasikan {span}; terbesar: {what}.",
        f"{len(data)} published figures {span}; largest: {what}.",
    )


def text(data: pd.DataFrame, lang: str) -> str:
    """One or two sentences about what the chart's data shows; never empty."""
    if data is None or data.empty:
        return _words(
            lang, "Grafik ini tidak berisi data untuk pilihan ini.", "This chart holds no data for this selection."
        )
    columns = set(data.columns)
    if "cumulative_events" in columns:
        finals = data.groupby("election")["cumulative_events"].max()
        parts = [f"{e}: {_number(v, lang)}" for e, v in finals.items()]
        return _words(lang, "Total kegiatan kumulatif — ", "Cumulative events — ") + "; ".join(parts) + "."
    if {"metric", "as_of", "value"} <= columns:
        return _figures(data, lang)
    value = "events" if "events" in columns else "value" if "value" in columns else None
    for when in _TIME:
        if when in columns and value and not ({"province", "category", "regency_city"} & columns):
            return _over_time(data, when, value, lang)
    if "days_before_election" in columns:
        median = data.loc[data.index.repeat(data["events"]), "days_before_election"].median()
        return _words(
            lang,
            f"Median {_number(median, lang)} hari sebelum pemungutan suara.",
            f"Median {_number(median, lang)} days before voting.",
        )
    if {"low", "high", "events"} <= columns:
        top = data.loc[data["events"].idxmax()]
        return _words(
            lang,
            f"Ukuran yang paling sering: {_number(top['low'], lang)}–{_number(top['high'], lang)} peserta "
            f"({_number(top['events'], lang)} kegiatan).",
            f"Most common size: {_number(top['low'], lang)}–{_number(top['high'], lang)} participants "
            f"({_number(top['events'], lang)} events).",
        )
    for label, measure in _PAIRS:
        if {label, measure} <= columns:
            return _categories(data, label, measure, lang)
    return _words(lang, f"{len(data)} baris data.", f"{len(data)} rows of data.")
