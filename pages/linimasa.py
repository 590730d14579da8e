"""Linimasa: events per week toward each voting day, days before voting, cumulative, small multiples."""

import streamlit as st

from netralitas import data, ui
from netralitas.labels import dimension_choice, t

ui.require_entrypoint()
lang, selection, present = ui.lang(), ui.filters(), ui.presenting()
st.header(t("page_timeline", lang))
groups = ["island_group", "province", "organizer_type"]
group = ui.url_choice(t("small_multiples", lang), groups, "island_group", "group", dimension_choice)
ui.show_all(
    [
        ("mingguan", lambda: data.chart("timeline", selection, lang, present)),
        ("hari", lambda: data.chart("days", selection, lang, present)),
        ("kumulatif", lambda: data.chart("cumulative", selection, lang, present)),
        ("kelompok", lambda: data.chart("multiples", selection, lang, present, group=group)),
    ]
)
