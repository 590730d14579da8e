"""Pelanggaran: published violation figures over time, by kind and position, by province, and against outreach."""

import streamlit as st

from netralitas import data, queries, ui, views
from netralitas.labels import breakdown_choice, breakdown_label, t

ui.require_entrypoint()
lang, selection, present = ui.lang(), ui.filters(), ui.presenting()
st.header(t("page_violations", lang))
st.caption(
    "Angka yang dipublikasikan KASN, BKN dan Bawaslu, masing-masing dengan tanggal dan sumbernya. Filter "
    "pemilu berlaku; filter kegiatan lain tidak berlaku untuk angka nasional."
    if lang == "id"
    else "Figures published by KASN, BKN and Bawaslu, each with its date and source. The election filter applies; "
    "the other event filters do not apply to national figures."
)
breakdowns = ["kind", "position", "agency_level", "reason"]
breakdown = ui.url_choice(
    t("group_by", lang), breakdowns, "kind", "breakdown", lambda k: breakdown_label(k, lang), breakdown_choice
)
ui.show_all(
    [
        ("waktu", lambda: data.chart(views.violations_chart, selection, lang, present)),
        ("rincian", lambda: data.chart(views.breakdown_chart, selection, lang, present, breakdown=breakdown)),
        ("sosialisasi", lambda: data.chart(views.outreach_chart, selection, lang, present)),
    ]
)
st.warning(t("caveat", lang), icon=":material/info:")
st.caption(t("figure_rule", lang))
if not present:
    # The analyst's question in one table: the least outreach per 1,000 ASN first, beside the comparable figure.
    st.subheader(t("outreach_table", lang))
    outreach = data.query(queries.outreach_table, selection)
    ui.table(outreach)
    st.subheader(t("all_province_figures", lang))
    figures = data.query(queries.violation_by_province, election=selection.election, lang=lang)
    ui.table(figures)
