"""Linimasa: events per week toward each voting day, days before voting, cumulative, small multiples."""

import streamlit as st

from netralitas import data, ui
from netralitas.labels import dimension_choice, t

ui.require_entrypoint()
lang, selection, present = ui.lang(), ui.filters(), ui.presenting()
st.header(t("page_timeline", lang))
group = (
    st.segmented_control(
        t("small_multiples", lang),
        ["island_group", "province", "organizer_type"],
        default="island_group",
        key=ui.page_key("group"),
        bind="query-params",
        format_func=dimension_choice,
    )
    or "island_group"
)
ui.show_all(
    [
        ("mingguan", lambda: data.chart("timeline", selection, lang, present)),
        ("hari", lambda: data.chart("days", selection, lang, present)),
        ("kumulatif", lambda: data.chart("cumulative", selection, lang, present)),
        ("kelompok", lambda: data.chart("multiples", selection, lang, present, group=group)),
    ]
)
