"""Data: the filtered event table with source links and search; downloads of exactly what is shown."""

import streamlit as st

from netralitas import data, export, fmt, ui
from netralitas.labels import t

ui.require_entrypoint()
lang, selection = ui.lang(), ui.filters()
st.header(t("page_data", lang))
search = st.text_input(t("search", lang), key=ui.page_key("q"), bind="query-params", max_chars=100)
total = data.events_count(selection, search or "")
table = data.query("events_table", selection, search=search or "", limit=5000)
st.caption(t("rows_shown", lang, shown=fmt.number(len(table), lang), total=fmt.number(total, lang)))
if not ui.empty_notice(total):
    st.dataframe(
        table,
        hide_index=True,
        column_config=ui.event_columns(list(table.columns)),
    )
    left, right, pack = st.columns([1, 1, 2])
    left.download_button(
        t("download_csv", lang),
        data=export.csv_bytes(table),
        file_name="kegiatan_netralitas_asn.csv",
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
    )
    right.download_button(
        t("download_xlsx", lang),
        data=lambda: export.xlsx_bytes(table),
        file_name="kegiatan_netralitas_asn.xlsx",
        on_click="ignore",
        icon=":material/download:",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    with pack:
        from netralitas.report import report_pack_bytes

        st.download_button(
            t("report_pack", lang),
            data=lambda: report_pack_bytes(selection, lang),
            file_name="paket_laporan_netralitas_asn.zip",
            mime="application/zip",
            on_click="ignore",
            icon=":material/folder_zip:",
            type="primary",
        )
