"""Peta: choropleth of the 38 provinces, a metric selector, and a drill-down into one province."""

from dataclasses import replace

import streamlit as st

from netralitas import data, ui
from netralitas.labels import metric_choice, t

ui.require_entrypoint()
lang, selection = ui.lang(), ui.filters()
st.header(t("page_map", lang))
metrics = ["events", "participants", "participants_per_1000_asn", "violations_reported", "violations_proven"]
metric = ui.url_choice(t("metric", lang), metrics, "events", "metric", metric_choice)
ui.show(data.chart("map", selection, lang, ui.presenting(), metric=metric))
st.caption(
    "Abu-abu: tidak ada catatan untuk pilihan ini. Batas wilayah: geoBoundaries (CC BY 3.0 IGO) dari BPS/OCHA, "
    "dengan kode wilayah idn-area-data (ODbL)."
    if lang == "id"
    else "Grey: no record for this selection. Boundaries: geoBoundaries (CC BY 3.0 IGO) from BPS/OCHA, "
    "with area codes from idn-area-data (ODbL)."
)

if not ui.presenting():
    st.subheader(t("province_detail", lang))
    by_province = data.query("by_province", selection)
    choices = by_province.sort_values("events", ascending=False)["province"].tolist()
    province = st.selectbox(t("choose_province", lang), choices, index=None, key=ui.page_key("detail"))
    if province:
        left, right = st.columns([1, 2])
        left.dataframe(data.query("by_regency", selection, province=province), hide_index=True)
        events = data.query("events_table", replace(selection, provinces=(province,)))
        right.dataframe(
            events[["event_date", "regency_city", "organizer", "title", "participants", "source_url"]],
            hide_index=True,
            column_config={"source_url": st.column_config.LinkColumn(t("source", lang))},
        )
