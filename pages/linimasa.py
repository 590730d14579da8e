"""Linimasa: events per week toward each voting day, days before voting, cumulative, small multiples."""

import datetime as dt
from dataclasses import replace

import streamlit as st

from netralitas import data, fmt, queries, ui, views
from netralitas.labels import dimension_choice, dimension_label, t

ui.require_entrypoint()
lang, selection, present = ui.lang(), ui.filters(), ui.presenting()
st.header(t("page_timeline", lang))
groups = ["island_group", "province", "organizer_type"]
group = ui.url_choice(
    t("small_multiples", lang), groups, "island_group", "group", lambda k: dimension_label(k, lang), dimension_choice
)
ui.show_all(
    [
        ("mingguan", lambda: data.chart(views.timeline_chart, selection, lang, present)),
        ("hari", lambda: data.chart(views.days_chart, selection, lang, present)),
        ("kumulatif", lambda: data.chart(views.cumulative_chart, selection, lang, present)),
        ("kelompok", lambda: data.chart(views.multiples_chart, selection, lang, present, group=group)),
    ],
    on_select={"mingguan": ui.pick_week},
)
week = st.session_state.get("_week")
if week and not present:
    # A click on a week's bar: that week's events, each with its source.
    start = dt.date.fromisoformat(week)
    st.subheader(t("events_in_week", lang, week=fmt.date(start, lang)))
    events = data.query(queries.events_table, replace(selection, date_from=start, date_to=start + dt.timedelta(days=6)))
    columns = ["event_date", "province", "regency_city", "organizer", "title", "source_url"]
    ui.table(events[columns])
