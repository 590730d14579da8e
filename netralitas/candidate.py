"""The candidate-event form shared by the Add page and the Review page: every field editable, its evidence shown
(escaped), the row offered as CSV when nobody may save it."""

from __future__ import annotations

import csv
import html
import io

import streamlit as st

from netralitas import schema
from netralitas.extract import FIELDS, Field
from netralitas.labels import column_label, t, value_label

CHOICES = {
    "organizer_type": schema.ORGANIZER_TYPES,
    "mode": ("", *schema.MODES),
    "election": ("", *schema.ELECTIONS),
    "event_kind": schema.EVENT_KINDS,
}


def form(fields: dict[str, Field], key: str, submit: str, lang: str) -> tuple[dict[str, str], bool]:
    """The editable fields and whether the form was submitted; widget keys are `{key}_{field}`."""
    values: dict[str, str] = {}
    with st.form(key):
        for name in FIELDS:
            field = fields.get(name) or Field()
            current = "" if field.value is None else str(field.value)
            if name in CHOICES:
                choices = CHOICES[name]
                index = choices.index(current) if current in choices else 0
                values[name] = st.selectbox(
                    column_label(name, lang),
                    choices,
                    index=index,
                    key=f"{key}_{name}",
                    placeholder=t("choose", lang),  # Streamlit's own is English
                    format_func=lambda v: value_label(v, lang) if v else "–",  # the stored code stays the value
                )
            else:
                values[name] = st.text_input(column_label(name, lang), value=current, key=f"{key}_{name}")
            if field.evidence:
                # Escaped, then highlighted: the article's own markup never reaches the page.
                st.markdown(
                    f"<small>↳ <mark>{html.escape(field.evidence[:300])}</mark> ({field.confidence:.0%})</small>",
                    unsafe_allow_html=True,
                )
        values["notes"] = st.text_input(column_label("notes", lang), key=f"{key}_notes")
        submitted = st.form_submit_button(submit, type="primary", key=f"{key}_submit")
    return values, submitted


def row_csv(row: dict[str, str]) -> str:
    """The row with the header of events.csv, for a curator to append by hand or with `etl check`."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=schema.EVENT_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerow({c: row.get(c, "") or "" for c in schema.EVENT_COLUMNS})
    return buffer.getvalue()
