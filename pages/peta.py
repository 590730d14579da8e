"""Peta: choropleth of the 38 provinces, a metric selector, and a drill-down into one province (click its dot)."""

from dataclasses import replace

import streamlit as st

from netralitas import data, queries, ui, views
from netralitas.labels import METRICS, metric_choice, t

ui.require_entrypoint()
lang, selection = ui.lang(), ui.filters()
st.header(t("page_map", lang))
metric = ui.url_choice(
    t("metric", lang), list(views.MAP_METRICS), "events", "metric", lambda k: METRICS[k].label(lang), metric_choice
)
ui.show(data.chart(views.map_chart, selection, lang, ui.presenting(), metric=metric), on_select=ui.open_province)
st.caption(
    "Abu-abu: tidak ada catatan / tidak ada angka yang dipublikasikan; arsir: di luar pilihan filter. "
    "Batas wilayah: geoBoundaries (CC BY 3.0 IGO) dari BPS/OCHA, dengan kode wilayah idn-area-data (ODbL)."
    if lang == "id"
    else "Grey: no record / no published figure; hatched: outside the filter's selection. "
    "Boundaries: geoBoundaries (CC BY 3.0 IGO) from BPS/OCHA, with area codes from idn-area-data (ODbL)."
)

if not ui.presenting():
    opened = selection.provinces[0] if len(selection.provinces) == 1 else None
    if opened is None:
        st.info(t("open_province", lang), icon=":material/touch_app:")
    else:
        st.subheader(f"{t('province_detail', lang)}: {opened}")
        st.button(t("close_province", lang), on_click=ui.close_province, icon=":material/arrow_back:")
        one = replace(selection, provinces=(opened,))
        ui.show(data.chart(views.regency_map_chart, one, lang))
        left, right = st.columns([1, 2])
        with left:
            regencies = data.query(queries.by_regency, one, province=opened)
            ui.table(regencies.replace({"regency_city": {"": t("province_level", lang)}}))
        with right:
            events = data.query(queries.events_table, one)
            ui.table(events[["event_date", "regency_city", "organizer", "title", "participants", "source_url"]])
        figures = data.query(queries.province_figures, province=opened, election=selection.election, lang=lang)
        if not figures.empty:
            st.markdown("**" + t("page_violations", lang) + "**")
            ui.table(figures)
