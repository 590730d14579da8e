"""Tinjau kandidat: a curator opens a candidates CSV from `python -m etl ingest`, then accepts (after editing),
or rejects, each candidate; an accepted row is saved like any other (validated, logged, rebuilt)."""

import csv
import io

import streamlit as st

from etl.curate import save_event
from netralitas import candidate, curators, db, paths, ui
from netralitas.extract import FIELDS, Field
from netralitas.labels import t

ui.require_entrypoint()
MAX_CANDIDATES = 200
lang = ui.lang()
st.header(t("page_review", lang))
st.caption(
    "Buka berkas kandidat dari `python -m etl ingest SUMBER... --out kandidat.csv`; terima, koreksi atau tolak."
    if lang == "id"
    else "Open a candidates file from `python -m etl ingest SOURCE... --out candidates.csv`; accept, edit or reject."
)
curator = curators.current(lang)
if not curator:
    st.info(
        "Hanya kurator yang dapat meninjau kandidat." if lang == "id" else "Only curators can review candidates.",
        icon=":material/lock:",
    )
    st.stop()

ui.localise_uploader(lang)
upload = st.file_uploader(
    "Berkas kandidat (.csv)" if lang == "id" else "Candidates file (.csv)", type=["csv"], key="review_file"
)
if upload is None:
    st.stop()
rows = list(csv.DictReader(io.StringIO(upload.getvalue().decode("utf-8-sig", errors="replace"))))[:MAX_CANDIDATES]
decided = st.session_state.setdefault("review_decided", {})  # source -> "accepted" / "rejected"
open_rows = [(i, r) for i, r in enumerate(rows) if r.get("source", str(i)) not in decided]
st.caption(
    f"{len(open_rows)} dari {len(rows)} kandidat belum ditinjau."
    if lang == "id"
    else f"{len(open_rows)} of {len(rows)} candidates to review."
)
for number, row in open_rows:
    source = row.get("source", str(number))
    title = row.get("title") or source
    flags = (" ⚠ " + ("kemungkinan duplikat" if lang == "id" else "probable duplicate")) if row.get("duplicate") else ""
    with st.expander(f"{number + 1}. {title[:90]}{flags}", expanded=number == open_rows[0][0]):
        st.caption(source)
        if row.get("error"):
            st.error(row["error"])
            continue
        if row.get("duplicate"):
            st.warning(
                f"{'Mirip' if lang == 'id' else 'Like'}: {row.get('duplicate_of', '')}", icon=":material/warning:"
            )
        fields = {
            name: Field(
                row.get(name) or None, float(row.get(f"{name}_confidence") or 0), row.get(f"{name}_evidence", "")
            )
            for name in FIELDS
        }
        values, accepted = candidate.form(fields, f"c{number}", "Terima" if lang == "id" else "Accept", lang)
        if st.button("Tolak" if lang == "id" else "Reject", key=f"c{number}_reject"):
            decided[source] = "rejected"
            st.rerun()
        if accepted:
            new = {**values, **{k: row.get(k, "") for k in ("source_url", "outlet", "published_date", "other_urls")}}
            problems = save_event(new, paths.data_dir(), db.database_path(), curator=curator)
            if problems:
                st.error("\n".join(f"- {p.column}: {p.reason}" for p in problems))
            else:
                decided[source] = "accepted"
                st.success("Tersimpan" if lang == "id" else "Saved", icon=":material/check_circle:")
