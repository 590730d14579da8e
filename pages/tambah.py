"""Tambah dari artikel: paste or upload an article, check the extracted fields; a curator saves a validated row,
anyone else downloads it as a CSV row."""

import streamlit as st

from etl import ingest
from etl.curate import probable_duplicates, save_event
from netralitas import candidate, curators, data, db, paths, queries, ui
from netralitas.extract import MAX_CHARS, extract, html_to_text
from netralitas.labels import t

ui.require_entrypoint()
lang = ui.lang()
st.header(t("page_add", lang))
st.caption(
    "Tempel teks berita atau unggah berkas .txt/.html (maks. 2 MB). HTML hanya diubah menjadi teks, tidak ditampilkan."
    if lang == "id"
    else "Paste an article's text or upload a .txt/.html file (max 2 MB). "
    "HTML is only turned into text, never rendered."
)
curator = curators.current(lang)
if curator:
    st.caption(f"Kurator: {curator}" if lang == "id" else f"Curator: {curator}")
else:
    st.info(
        "Hanya kurator yang dapat menyimpan. Anda tetap dapat mengekstrak dan mengunduh baris CSV."
        if lang == "id"
        else "Only curators can save. You can still extract an article and download the row as CSV.",
        icon=":material/lock:",
    )

source_url = st.text_input("URL sumber" if lang == "id" else "Source URL", key="add_url", max_chars=2000)

# Fetching is for curators only: the server makes the request (behind the same guard as `etl ingest`).
if curator and st.button("Ambil artikel dari URL" if lang == "id" else "Fetch the article", key="add_fetch"):
    fetched = ingest.read_source(source_url.strip(), curators.configured().allow_private_hosts)
    if fetched.error:
        st.error(fetched.error)
    else:
        st.session_state["add_fetched"] = fetched
        if fetched.outlet and not st.session_state.get("add_outlet"):
            st.session_state["add_outlet"] = fetched.outlet
outlet = st.text_input("Media" if lang == "id" else "Outlet", key="add_outlet", max_chars=200)
ui.localise_uploader(lang)
upload = st.file_uploader(
    "Berkas (.txt/.html)" if lang == "id" else "File (.txt/.html)", type=["txt", "html", "htm"], key="add_file"
)
pasted = st.text_area(
    "Teks artikel" if lang == "id" else "Article text", key="add_text", height=220, max_chars=MAX_CHARS
)

article = st.session_state.get("add_fetched")
if article is not None and article.source != source_url.strip():
    article = None  # fetched for another address
if upload is not None:
    raw = upload.getvalue()[: MAX_CHARS * 4].decode("utf-8", errors="replace")
    if upload.name.lower().endswith((".html", ".htm")):
        # A saved page: its main text and date as for a fetched one; the whole page's text if that finds nothing.
        article = ingest.from_html(upload.name, raw, source_url.strip())
        article = article if not article.error else ingest.Article(upload.name, html_to_text(raw))
    else:
        article = ingest.Article(upload.name, raw)
text = (article.text if article is not None else pasted or "")[:MAX_CHARS]
published = article.published if article is not None else None

if text.strip():
    fields = extract(text, published)
    st.subheader("Periksa dan koreksi" if lang == "id" else "Check and correct")
    submit = ("Simpan" if lang == "id" else "Save") if curator else ("Perbarui baris" if lang == "id" else "Update row")
    values, submitted = candidate.form(fields, "f", submit, lang)
    row = {**values, "source_url": source_url, "outlet": outlet}
    row["published_date"] = published.isoformat() if published else ""
    duplicates = probable_duplicates(row, data.query(queries.curated_events))
    if not duplicates.empty:
        st.warning("Kemungkinan duplikat:" if lang == "id" else "Probable duplicate:", icon=":material/warning:")
        st.dataframe(duplicates, hide_index=True)
    if not curator:
        st.download_button(
            "Unduh baris CSV" if lang == "id" else "Download the row as CSV",
            candidate.row_csv(row),
            file_name="event.csv",
            mime="text/csv",
            key="add_download",
        )
    elif submitted:
        # The database is rebuilt and swapped: its new stamp refreshes every cached query on the next run.
        problems = save_event(row, paths.data_dir(), db.database_path(), curator=curator)
        if problems:
            st.error("\n".join(f"- {p.column}: {p.reason}" for p in problems))
        else:
            st.success(
                "Tersimpan; basis data dibangun ulang." if lang == "id" else "Saved; the database was rebuilt.",
                icon=":material/check_circle:",
            )
