"""A text alternative for every chart, written from the numbers it draws: what is highest and lowest, the
total, and over time when it peaked. Shown under the chart (read by screen readers) and in the report pack."""

from __future__ import annotations

import pandas as pd

from netralitas import charts, fmt
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


def _number(value: object, lang: str, metric: str = "", unit: str = "") -> str:
    """As the chart writes it (charts.value_text): 165,3 in the text where the bar says 165,3."""
    return charts.value_text(float(value), lang, metric, unit)


def _categories(data: pd.DataFrame, label: str, value: str, lang: str) -> str:
    # One value per label (a label may repeat across elections or dates: keep its largest)
    rows = data.dropna(subset=[value]).groupby(label, sort=False)[value].max().sort_values()
    if rows.empty:
        return _words(lang, "Tidak ada angka untuk digambar.", "No figure to draw.")
    high, low = value_label(str(rows.index[-1]), lang), value_label(str(rows.index[0]), lang)
    text = _words(
        lang,
        f"{len(rows)} baris. Tertinggi: {high} ({_number(rows.iloc[-1], lang, value)}); "
        f"terendah: {low} ({_number(rows.iloc[0], lang, value)}).",
        f"{len(rows)} rows. Highest: {high} ({_number(rows.iloc[-1], lang, value)}); "
        f"lowest: {low} ({_number(rows.iloc[0], lang, value)}).",
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


def _amount(row: pd.Series, lang: str) -> str:
    """'2.073 orang ASN', '50,8%': the value as drawn, with its unit."""
    if row["unit"] == "percent":
        return _number(row["value"], lang, unit="percent")
    return f"{_number(row['value'], lang)} {t('unit_' + row['unit'], lang)}"


def _same_day(data: pd.DataFrame, lang: str) -> str:
    """Figures one body published the same day for the same stage that differ (30 and 400 cases): separate
    statements, drawn as separate points and never joined by a line; say so."""
    parts = []
    keys = ["election", "source_body", "metric", "unit", "as_of"]
    for (election, body, metric, unit, when), rows in data.dropna(subset=["as_of"]).groupby(keys, sort=True):
        values = sorted(rows["value"].unique())
        if len(values) > 1:
            amounts = " / ".join(_number(v, lang, unit=unit) for v in values)
            parts.append(
                f"{value_label(body, lang)}, {value_label(metric, lang)}, {election}, {fmt.date(when, lang)}: {amounts}"
                + ("" if unit == "percent" else f" {t('unit_' + unit, lang)}")
            )
    if not parts:
        return ""
    return (
        _words(
            lang,
            " Angka berbeda pada hari yang sama adalah pernyataan terpisah, tidak dihubungkan garis: ",
            " Different figures on the same day are separate statements, not joined by a line: ",
        )
        + "; ".join(parts)
        + "."
    )


def _figures(data: pd.DataFrame, lang: str) -> str:
    """Published figures of different stages and units are never added up: name the largest and the span."""
    dated = data.dropna(subset=["as_of"])
    top = data.loc[data["value"].idxmax()]
    when = fmt.date(top["as_of"], lang) if pd.notna(top["as_of"]) else t("undated", lang)
    what = f"{top['category']}: " if str(top.get("category") or "") else ""
    what += f"{_amount(top, lang)} ({value_label(top['metric'], lang)}, "
    what += f"{value_label(top['source_body'], lang)}, {when})"
    span = f"{fmt.date(dated['as_of'].min(), lang)} – {fmt.date(dated['as_of'].max(), lang)}" if len(dated) else ""
    return _words(
        lang,
        f"{len(data)} angka yang dipublikasikan {span}; terbesar: {what}.",
        f"{len(data)} published figures {span}; largest: {what}.",
    ) + _same_day(data, lang)


def _publications(data: pd.DataFrame, lang: str) -> str:
    """A breakdown: per publication (one panel each) its largest and smallest category, as the bars say."""
    parts = []
    for _, rows in data.groupby(["publication", "unit"], sort=False):
        rows = rows.sort_values("value")
        high, low = rows.iloc[-1], rows.iloc[0]
        part = f"{charts.publication(high, lang)}: {high['category']} ({_amount(high, lang)})"
        if len(rows) > 1:
            part += _words(lang, f", terkecil {low['category']}", f", smallest {low['category']}")
            part += f" ({_amount(low, lang)})"
        parts.append(part)
    head = _words(
        lang,
        f"{len(data)} angka, setiap publikasi di panelnya sendiri; terbesar per publikasi — ",
        f"{len(data)} figures, each publication in its own panel; largest per publication — ",
    )
    return head + "; ".join(parts) + "."


def text(data: pd.DataFrame, lang: str) -> str:
    """One or two sentences about what the chart's data shows; never empty."""
    if data is None or data.empty:
        return _words(
            lang, "Grafik ini tidak berisi data untuk pilihan ini.", "This chart holds no data for this selection."
        )
    columns = set(data.columns)
    if "cumulative_events" in columns:
        finals = data.groupby("election")["cumulative_events"].max()  # the number at each curve's end
        parts = [f"{e}: {_number(v, lang)}" for e, v in finals.items()]
        return _words(lang, "Total kegiatan kumulatif — ", "Cumulative events — ") + "; ".join(parts) + "."
    if {"publication", "category", "value"} <= columns:
        return _publications(data, lang)
    if {"metric", "as_of", "value"} <= columns:
        return _figures(data, lang)
    value = "events" if "events" in columns else "value" if "value" in columns else None
    for when in _TIME:
        if when in columns and value and not ({"province", "category", "regency_city"} & columns):
            return _over_time(data, when, value, lang)
    if "days_before_election" in columns:
        median = round(data.loc[data.index.repeat(data["events"]), "days_before_election"].median())
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
