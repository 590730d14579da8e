"""Entry point: registers the pages and routes to them. Everything else lives in `netralitas` and `pages/`."""

import streamlit as st

from netralitas import screen, ui
from netralitas.labels import t

st.set_page_config(page_title="Netralitas ASN", page_icon="🗳️", layout="wide")
menu = st.sidebar.container()  # the page links go first, above the filters drawn next
ui.sidebar()  # in the entry point, so the filters and their URL parameters survive page switches
lang = ui.lang()
screen.track()  # the chart layout follows the screen's width (a phone gets figures laid out for it)
PAGES = [
    ("pages/ringkasan.py", "page_overview", "ringkasan", ":material/dashboard:"),
    ("pages/peta.py", "page_map", "peta", ":material/map:"),
    ("pages/linimasa.py", "page_timeline", "linimasa", ":material/timeline:"),
    ("pages/jangkauan.py", "page_reach", "jangkauan", ":material/groups:"),
    ("pages/pelanggaran.py", "page_violations", "pelanggaran", ":material/gavel:"),
    ("pages/data.py", "page_data", "data", ":material/table:"),
    ("pages/tambah.py", "page_add", "tambah", ":material/post_add:"),
    ("pages/tinjau.py", "page_review", "tinjau", ":material/fact_check:"),
    ("pages/tentang.py", "page_about", "tentang", ":material/info:"),
]
pages = [st.Page(path, title=t(title, lang), url_path=url, icon=icon) for path, title, url, icon in PAGES]
# "/" shows the overview too, so its own address /ringkasan (the link people share) is a page like any other.
home = st.Page(PAGES[0][0], title=t("page_overview", lang), url_path="beranda", icon=PAGES[0][3], default=True)
# An unknown address (a mistyped or old link) gets a page of its own saying so in the reader's language, with
# the way home: Streamlit would otherwise show its English "Page not found" dialog over the overview.
unknown = ui.unknown_path([p.url_path for p in pages])
extra = (
    [st.Page(ui.not_found(pages[0]), title=t("page_not_found", lang), url_path=unknown, visibility="hidden")]
    if unknown
    else []
)
navigation = st.navigation([home, *pages, *extra], position="hidden")
ui.menu(menu, pages, home, navigation)
ui.presenter_bar(pages, navigation)
navigation.run()
