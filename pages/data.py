"""Data: the filtered event table with source links and search; downloads of exactly what is shown."""

import streamlit as st

from netralitas import data, export, fmt, queries, ui
from netralitas.labels import column_label, t
from netralitas.report import about_rows
from netralitas.views import selection_words

ui.require_entrypoint()
lang, selection = ui.lang(), ui.filters()
st.header(t("page_data", lang))
search = st.text_input(t("search", lang), key=ui.page_key("q"), bind="query-params", max_chars=100)
total = data.events_count(selection, search or "")
table = data.query(queries.events_table, selection, search=search or "", limit=5000)
st.caption(t("rows_shown", lang, shown=fmt.number(len(table), lang), total=fmt.number(total, lang)))
if not ui.empty_notice(total):
    ui.table(table)
    left, right, pack = st.columns([1, 1, 2])
    left.download_button(
        t("download_csv", lang),
        data=export.csv_bytes(table),
        file_name=export.file_name("kegiatan", selection_words(selection), lang, "csv"),
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
    )
    right.download_button(
        t("download_xlsx", lang),
        data=lambda: export.xlsx_bytes(
            table,
            "kegiatan" if lang == "id" else "events",
            about=about_rows(selection, lang),
            headings={c: column_label(c, lang) for c in table.columns},
        ),
        file_name=export.file_name("kegiatan", selection_words(selection), lang, "xlsx"),
        on_click="ignore",
        icon=":material/download:",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    with pack:
        from netralitas.report import report_pack_bytes

        formats = ("png", "svg") if st.checkbox(t("include_svg", lang), key="pack_svg") else ("png",)
        st.download_button(
            t("report_pack", lang),
            data=lambda: report_pack_bytes(selection, lang, formats),
            file_name=export.file_name("paket_laporan", selection_words(selection), lang, "zip"),
            mime="application/zip",
            on_click="ignore",
            icon=":material/folder_zip:",
            type="primary",
        )
