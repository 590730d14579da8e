"""Jangkauan: who was reached — participants by dimension, per 1,000 ASN, event sizes, and a comparison."""

from dataclasses import replace

import streamlit as st

from netralitas import data, queries, ui, views
from netralitas.labels import dimension_choice, dimension_label, t

ui.require_entrypoint()
lang, selection, present = ui.lang(), ui.filters(), ui.presenting()
st.header(t("page_reach", lang))
dimension = ui.url_choice(
    t("group_by", lang),
    list(queries.REACH_DIMENSIONS),
    "province",
    "dim",
    lambda k: dimension_label(k, lang),
    dimension_choice,
)
ui.show_all(
    [
        ("dimensi", lambda: data.chart(views.reach_chart, selection, lang, present, dimension=dimension)),
        ("per_asn", lambda: data.chart(views.per_asn_chart, selection, lang, present)),
        ("ukuran", lambda: data.chart(views.sizes_chart, selection, lang, present)),
    ]
)

if not present:  # one chart per screen while presenting
    st.subheader(t("compare", lang))
    options = data.options()
    kind = st.radio(
        " ",
        ["provinces", "election"],
        horizontal=True,
        label_visibility="collapsed",
        format_func=lambda k: t(k, lang),
        key="compare_kind",
    )
    choices = options["provinces"] if kind == "provinces" else options["elections"]
    left, right = st.columns(2)
    a = left.selectbox(t("left", lang), choices, index=0, key="compare_a", placeholder=t("choose", lang))
    b = right.selectbox(
        t("right", lang), choices, index=min(1, len(choices) - 1), key="compare_b", placeholder=t("choose", lang)
    )
    if kind == "provinces":
        filters_a, filters_b = replace(selection, provinces=(a,)), replace(selection, provinces=(b,))
    else:
        filters_a, filters_b = replace(selection, election=a), replace(selection, election=b)
    ui.show(data.chart(views.compare_chart, filters_a, lang, present, right=filters_b, names=(a, b)), key="compare")
