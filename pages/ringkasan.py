"""Ringkasan: the headline figures, countdowns, latest events and what the filters select."""

import datetime as dt

import streamlit as st

from netralitas import charts, data, fmt, queries, ui
from netralitas.labels import METRICS, t
from netralitas.views import describe

ui.require_entrypoint()
lang, selection = ui.lang(), ui.filters()
st.title(t("app_title", lang))
st.caption(t("app_subtitle", lang))
st.markdown(f"**{t('selection', lang)}:** {describe(selection, lang)}")

figures = data.query(queries.overview, selection).iloc[0]
for column, line in zip(
    st.columns(2), charts.countdown_text(data.query(queries.elections), dt.date.today(), lang), strict=False
):
    column.info(line, icon=":material/how_to_vote:")
if not ui.empty_notice(int(figures["events"])):
    cells = st.columns(5)
    shown = [
        ("events", fmt.number(figures["events"], lang)),
        ("provinces", f"{fmt.number(figures['provinces'], lang)} / 38"),
        ("participants", fmt.number(figures["participants"], lang)),
        ("online_share", fmt.percent(figures["online_share"], lang)),
        ("median_days_before", fmt.number(figures["median_days_before"], lang)),
    ]
    for cell, (key, value) in zip(cells, shown, strict=True):
        cell.metric(METRICS[key].label(lang), value, help=f"{t('source', lang)}: {METRICS[key].source_in(lang)}")
    st.caption(
        (
            "Peserta dijumlahkan dari {n} kegiatan yang menyebut angka."
            if lang == "id"
            else "Participants summed over the {n} events whose report gives a number."
        ).format(n=fmt.number(figures["events_with_count"], lang))
    )
    st.subheader(t("latest", lang))
    latest = data.query(queries.latest_events, selection, limit=8)
    ui.table(latest)
