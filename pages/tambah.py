"""Tambah dari artikel: paste or upload an article, check the extracted fields, save a validated row."""

import html

import streamlit as st

from netralitas import data, db, paths, queries, schema, ui
from netralitas.labels import t

ui.require_entrypoint()
MAX_CHARS = 100_000
lang = ui.lang()
st.header(t("page_add", lang))
st.caption(
    "Tempel teks berita atau unggah berkas .txt/.html (maks. 2 MB). HTML hanya diubah menjadi teks, tidak ditampilkan."
    if lang == "id"
    else "Paste an article's text or upload a .txt/.html file (max 2 MB). "
    "HTML is only turned into text, never rendered."
)

source_url = st.text_input("URL sumber / source URL", key="add_url", max_chars=2000)
outlet = st.text_input("Media / outlet", key="add_outlet", max_chars=200)
upload = st.file_uploader("Berkas / file", type=["txt", "html", "htm"], key="add_file")
pasted = st.text_area("Teks artikel / article text", key="add_text", height=220, max_chars=MAX_CHARS)

from netralitas.extract import extract, html_to_text

text = pasted or ""
if upload is not None:
    raw = upload.getvalue()[: MAX_CHARS * 4].decode("utf-8", errors="replace")
    text = html_to_text(raw) if upload.name.lower().endswith((".html", ".htm")) else raw
text = text[:MAX_CHARS]

if text.strip():
    fields = extract(text)
    st.subheader("Periksa dan koreksi / check and correct")
    with st.form("candidate"):
        values = {}
        for name, field in fields.items():
            current = "" if field.value is None else str(field.value)
            if name in ("organizer_type", "mode", "election", "event_kind"):
                choices = {
                    "organizer_type": schema.ORGANIZER_TYPES,
                    "mode": ("", *schema.MODES),
                    "election": schema.ELECTIONS,
                    "event_kind": schema.EVENT_KINDS,
                }[name]
                index = choices.index(current) if current in choices else 0
                values[name] = st.selectbox(name, choices, index=index, key=f"f_{name}")
            else:
                values[name] = st.text_input(name, value=current, key=f"f_{name}")
            if field.evidence:
                # Escaped, then highlighted: the article's own markup never reaches the page.
                st.markdown(
                    f"<small>↳ <mark>{html.escape(field.evidence[:300])}</mark> ({field.confidence:.0%})</small>",
                    unsafe_allow_html=True,
                )
        notes = st.text_input("notes", key="f_notes")
        submitted = st.form_submit_button("Simpan / save", type="primary")
    row = {**values, "notes": notes, "source_url": source_url, "outlet": outlet}
    existing = data.query(queries.curated_events)
    from etl.curate import probable_duplicates, save_event

    duplicates = probable_duplicates(row, existing)
    if not duplicates.empty:
        st.warning("Kemungkinan duplikat / probable duplicate:", icon=":material/warning:")
        st.dataframe(duplicates, hide_index=True)
    if submitted:
        problems = save_event(row, paths.data_dir(), db.database_path())
        if problems:
            st.error("\n".join(f"- {p.column}: {p.reason}" for p in problems))
        else:
            st.success(
                "Tersimpan dan basis data dibangun ulang / saved and the database rebuilt.",
                icon=":material/check_circle:",
            )
            st.cache_data.clear()
