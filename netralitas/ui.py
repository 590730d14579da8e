"""Widgets shared by every page: the sidebar filters (kept in the URL), language, presentation mode, and
the chart block with its downloads. Pages call these and only arrange what they return."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from netralitas import charts, data, db, export, fmt, queries, schema, screen
from netralitas.filters import Filters
from netralitas.labels import column_label, t, value_label
from netralitas.views import Chart

# URL parameter names: part of every shared link, so they must not change.
FILTER_KEYS = ("lang", "present", "election", "dates", "province", "island", "organizer", "mode")
PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header {display: none !important;}
[data-testid="stMain"] [data-testid="stHeading"] {display: none !important;}  /* the chart carries its title */
.block-container {max-width: 100% !important; padding-top: 1rem !important;}
[data-testid="stMain"] .stMarkdown p, [data-testid="stMain"] .stMarkdown li {font-size: 1.35rem !important;}
[data-testid="stMetricValue"] {font-size: 3rem !important;}
</style>
"""
PRESENT_CHART_HEIGHT = charts.PRESENT_FIGURE_HEIGHT
# Page-level parameters (a page registers more through page_key).
_PAGE_KEYS: set[str] = {"metric", "dim", "q", "breakdown", "group", "detail", "chart", "embed"}
# Embedded: only the chart (and its text alternative) remain; choosers, captions and notes are hidden.
EMBED_CSS = """
<style>
[data-testid="stMain"] [data-testid="stElementContainer"]:not(:has(.js-plotly-plot))
  :not(:has([data-testid="stCaptionContainer"])),
[data-testid="stMain"] [data-testid="stElementContainer"]:has([data-testid="stButtonGroup"]),
[data-testid="stMain"] [data-testid="stAlert"] {display: none !important;}
.block-container {padding: 0.5rem 1rem !important;}
</style>
"""


# Streamlit's file uploader has no parameter for its button and size note (streamlit/streamlit#13500), so in
# Indonesian they are replaced by CSS: the text stays in the DOM at size 0 and a pseudo-element shows ours.
_UPLOADER_CSS_ID = """
<style>
[data-testid="stFileUploaderDropzone"] button p {font-size: 0 !important;}
[data-testid="stFileUploaderDropzone"] button p::after {content: "Unggah"; font-size: 0.875rem;}
[data-testid="stFileUploaderDropzoneInstructions"] span {font-size: 0 !important;}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {content: "maks. 2 MB per berkas"; font-size: 0.875rem;}
</style>
"""


def localise_uploader(code: str) -> None:
    """Draw file uploaders' own words in the reader's language (English is Streamlit's)."""
    if code == "id":
        st.html(_UPLOADER_CSS_ID)


def require_entrypoint() -> None:
    """Make sure app.py (filters + st.navigation) runs, even when the first request is a deep link.

    With a `pages/` folder beside app.py, a fresh Streamlit server starts in its legacy multipage mode and
    runs pages/<name>.py directly until app.py has called st.navigation once. Leaving that mode and
    rerunning puts app.py back in charge; the URL's page name still selects the same page.

    The test is this session's own (app.py stored its filters), not the server-wide mode flag: when many
    sessions arrive at once on a fresh server, one of them leaves legacy mode while the others are already
    running their page directly, and those would otherwise be drawn without the sidebar's filters.
    """
    if "_filters" in st.session_state or st.session_state.get("_entry_rerun"):
        return
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # a Streamlit without the legacy mode
        return
    PagesManager.uses_pages_directory = False
    st.session_state["_entry_rerun"] = True  # once: never a loop of reruns
    st.rerun()


def lang() -> str:
    return st.session_state.get("lang") or "id"


def embedded() -> bool:
    """`?embed=true`: the page sits in someone else's site (an iframe) and shows one chart, nothing else."""
    return bool(st.context.is_embedded)


def presenting() -> bool:
    return bool(st.session_state.get("present")) or embedded()


def filters() -> Filters:
    return st.session_state.get("_filters", Filters())


def page_key(name: str) -> str:
    """Page-level URL parameters (metric, dimension, search) register here so they are not flagged unknown."""
    _PAGE_KEYS.add(name)
    return name


def _sync_url(key: str, value: str | list[str] | None) -> None:
    """Keep the address bar in step with a widget that is not bound to it (bound widgets write their label,
    which would tie every shared link to one language)."""
    if value:
        st.query_params[key] = value
    elif key in st.query_params:
        del st.query_params[key]


def url_choice(
    label: str,
    options: list[str],
    default: str,
    name: str,
    format_func: Callable[[str], str],
    legacy: Callable[[str], str] | None = None,
) -> str:
    """A segmented control whose choice lives in the URL as the option's key (`?metric=events_per_1000_asn`),
    labelled in the reader's language. `legacy` names the bilingual labels older links carry."""
    key = page_key(name)
    if key not in st.session_state:
        wanted = st.query_params.get(key)
        by_label = {legacy(o): o for o in options} if legacy else {}
        st.session_state[key] = wanted if wanted in options else by_label.get(wanted, default)
    chosen = st.segmented_control(
        label,
        options,
        key=key,
        format_func=format_func,
        label_visibility="collapsed" if presenting() else "visible",  # the chart's title says what is shown
    )
    chosen = chosen or default
    _sync_url(key, chosen)
    return chosen


def _url_multiselect(label: str, options: list[str], key: str, code: str) -> list[str]:
    """A multiselect of codes shown in words of the reader's language, its choice kept in the URL as codes."""
    if key not in st.session_state:
        st.session_state[key] = [v for v in st.query_params.get_all(key) if v in options]
    chosen = st.multiselect(
        label,
        options,
        key=key,
        format_func=lambda v: value_label(v, code),
        placeholder=t("choose", code),
    )
    _sync_url(key, list(chosen))
    return list(chosen)


def _safe(text: str) -> str:
    return re.sub(r"[^\w\-. ]", "", text)[:40]


def _check_params(options: dict[str, list]) -> None:
    """Say which URL parameters were ignored; the widgets themselves fall back to defaults."""
    allowed = {
        "province": options["provinces"],
        "island": options["island_groups"],
        "organizer": options["organizer_types"],
        "mode": options["modes"],
        "election": options["elections"],
        "lang": ["id", "en"],
        "present": ["true", "false"],
    }
    ignored = []
    for key in st.query_params:
        if (key not in FILTER_KEYS and key not in _PAGE_KEYS) or (
            key in allowed and any(v not in allowed[key] for v in st.query_params.get_all(key))
        ):
            ignored.append(key)
    if ignored:
        st.warning(
            t("bad_param", lang(), names=", ".join(sorted({_safe(k) for k in ignored}))), icon=":material/warning:"
        )


def _months() -> list[dt.date]:
    """The first day of every month the build accepts (schema.FIRST_DATE to LAST_DATE)."""
    first, last = dt.date.fromisoformat(schema.FIRST_DATE), dt.date.fromisoformat(schema.LAST_DATE)
    return [m.date() for m in pd.date_range(first, last, freq="MS")]


def _month_end(month: dt.date) -> dt.date:
    return (pd.Timestamp(month) + pd.offsets.MonthEnd(0)).date()


def _month_range(label: str, code: str) -> tuple[dt.date | None, dt.date | None]:
    """A range of months on a slider labelled in the reader's language ('Okt 2024'): Streamlit's date picker
    shows an English 'YYYY/MM/DD' mask that no parameter changes. The URL keeps `dates` as ISO days (the
    first and last day of the chosen months), as the date picker wrote them; a link with other days opens
    the months that hold them. The whole span is no filter at all."""
    months = _months()
    initial = st.session_state.get("_dates_kept")
    if initial is None:
        wanted = []
        for value in st.query_params.get_all("dates")[:2]:
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                continue
            wanted.append(min(max(day.replace(day=1), months[0]), months[-1]))
        if len(wanted) == 1:
            wanted.append(months[-1])
        initial = tuple(sorted(wanted)) if wanted else (months[0], months[-1])
    # A pair as `value` makes it a range slider on every run (a pair put in session state only on the first run
    # leaves a single-value slider that reports one month after a page switch); the range chosen is kept below.
    chosen = st.select_slider(label, months, value=initial, key="dates", format_func=lambda m: fmt.month(m, code))
    start, end = chosen if isinstance(chosen, (tuple, list)) else (chosen, chosen)
    st.session_state["_dates_kept"] = (start, end)
    if (start, end) == (months[0], months[-1]):
        _sync_url("dates", None)
        return None, None
    _sync_url("dates", [start.isoformat(), _month_end(end).isoformat()])
    return start, _month_end(end)


def sidebar() -> Filters:
    """Render the global filters in the sidebar (bound to the query string) and return the selection."""
    if not data.available():
        st.error(t("no_db", "id") + "\n\n" + t("no_db", "en"))
        st.stop()
    options = data.options()
    bounds = options["date_bounds"]
    with st.sidebar:
        # A bound widget writes its *label* into the URL, so bound labels never depend on the language.
        st.segmented_control("Bahasa / Language", ["id", "en"], default="id", key="lang", bind="query-params")
        code = lang()
        st.toggle(t("present", code), key="present", bind="query-params")
        st.subheader(t("filters", code))
        election = st.segmented_control(t("election", code), options["elections"], key="election", bind="query-params")
        date_from, date_to = _month_range(t("date_range", code), code)
        provinces = st.multiselect(
            t("provinces", code),
            options["provinces"],
            key="province",
            bind="query-params",
            placeholder=t("choose", code),
        )
        islands = st.multiselect(
            t("island_groups", code),
            options["island_groups"],
            key="island",
            bind="query-params",
            placeholder=t("choose", code),
        )
        organizers = _url_multiselect(t("organizer_types", code), options["organizer_types"], "organizer", code)
        modes = _url_multiselect(t("modes", code), options["modes"], "mode", code)
        if bounds[0] is not None:
            st.caption(f"{bounds[0]:%d/%m/%Y} – {bounds[1]:%d/%m/%Y}")
    selection = Filters(
        election=election or "",
        date_from=date_from,
        date_to=date_to,
        provinces=tuple(provinces),
        island_groups=tuple(islands),
        organizer_types=tuple(organizers),
        modes=tuple(modes),
    )
    st.session_state["_filters"] = selection
    _check_params(options)
    if presenting():
        st.html(PRESENT_CSS)
    if embedded():
        st.html(EMBED_CSS)
    return selection


def unknown_path(known: list[str]) -> str:
    """The page name of this address when no page has it ('' for the home page and every known page)."""
    from urllib.parse import unquote, urlparse

    name = unquote(urlparse(str(st.context.url or "")).path.rstrip("/").rsplit("/", 1)[-1])
    return "" if not name or name in known or name == "beranda" else name


def not_found(home) -> Callable[[], None]:
    def page() -> None:
        code = lang()
        # A server's very first session still runs in Streamlit's legacy pages mode (see require_entrypoint),
        # which opens its own English dialog for the unknown name before this page exists: this page says it.
        st.html("<style>.stDialog {display: none !important;}</style>")
        st.header(t("page_not_found", code))
        st.info(t("page_not_found_text", code), icon=":material/explore_off:")
        st.page_link(home, label=t("page_overview", code), icon=":material/dashboard:")

    return page


def menu(slot, pages: list, home=None, current=None) -> None:
    """The page links in the sidebar (Streamlit's own menu is hidden: it would list "/" and /ringkasan, one
    page twice). At "/" the overview's link is the home page itself, so the menu marks where the reader is."""
    if home is not None and current is home:
        pages = [home, *pages[1:]]
    with slot:
        for page in pages:
            # No query_params: every filter widget lives in app.py, so its state (and the address bar it
            # writes) survives the switch; passing them too raced with the bound ones and dropped some.
            st.page_link(page)


def _leave_presentation() -> None:
    # A callback runs before the widgets are drawn: writing the toggle's state here is allowed (after the
    # toggle is drawn it raises StreamlitWidgetAlreadyInstantiatedError).
    st.session_state["present"] = False


def presenter_bar(pages: list, current) -> None:
    """With the sidebar hidden, a presenter still moves between pages: previous, the page's name, next, and
    a way out of presentation mode. The filters travel with the links."""
    if not presenting() or embedded():
        return
    index = next((i for i, p in enumerate(pages) if p.url_path == current.url_path), 0)
    back, name, forward, leave = st.columns([1.4, 2.4, 1.6, 1.6], vertical_alignment="center")
    if index > 0:
        back.page_link(pages[index - 1], label="◀ " + pages[index - 1].title)
    name.markdown(f"**{current.title}** · {index + 1}/{len(pages)}")
    if index + 1 < len(pages):
        forward.page_link(pages[index + 1], label=pages[index + 1].title + " ▶")
    leave.button("✕ " + t("present", lang()), on_click=_leave_presentation, key="leave_present")


# Columns whose cells are codes (shown in the reader's words) or numbers (shown with the reader's separators).
_CODED = (
    "metric",
    "unit",
    "breakdown",
    "source_body",
    "violation_unit",
    "violation_source_body",
    "organizer_type",
    "mode",
)
_DECIMALS = {"events_per_1000_asn": 3, "events_per_million_residents": 2, "participants_per_1000_asn": 1}


def _trimmed(text: str, places: int) -> str:
    """'12,50' -> '12,5' and '3,00' -> '3': decimals only where the figure has them."""
    return text.rstrip("0").rstrip(",.") if places else text


def _number_cell(value: object, code: str, places: int) -> str:
    return "" if pd.isna(value) else _trimmed(fmt.number(value, code, places), places)


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """A table as a reader sees it: codes in words, numbers with the language's separators, dates as
    people write them, and an empty cell (not 'None') where nothing is known. Links stay links."""
    return _readable(frame, lang())


@st.cache_data(max_entries=64, show_spinner=False)  # the Data page reruns on every keystroke of its search
def _readable(frame: pd.DataFrame, code: str) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if column == "organizer" and code == "id":  # curators join organisers with "with" (CURATION_RULES)
            out[column] = values.map(lambda v: v.replace(" with ", " bersama ") if isinstance(v, str) else "")
        elif column in _CODED:
            out[column] = values.map(lambda v: value_label(v, code) if isinstance(v, str) else "")
        elif pd.api.types.is_datetime64_any_dtype(values) or column in ("as_of", "violation_as_of"):
            out[column] = values.map(lambda v: "" if pd.isna(v) else fmt.date(v, code))
        elif pd.api.types.is_numeric_dtype(values) and column not in ("events",):
            places = _DECIMALS.get(column, 0 if column != "value" else 2)
            out[column] = [_number_cell(v, code, places) for v in values]
        else:
            out[column] = values.map(lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) else v)
    return out


def figure_columns(columns: list[str]) -> dict:
    """Column settings for a table of violation figures: words for headings, the source as a link."""
    code = lang()
    config: dict = {c: st.column_config.Column(column_label(c, code)) for c in columns}
    for column in ("source_url", "violation_source_url"):
        config[column] = st.column_config.LinkColumn(column_label(column, code))
    config["participants"] = st.column_config.TextColumn(column_label("participants", code))
    return {c: v for c, v in config.items() if c in columns}


def table(frame: pd.DataFrame) -> None:
    """A table as readers see it (see readable): headings in words, links as links."""
    st.dataframe(readable(frame), hide_index=True, column_config=figure_columns(list(frame.columns)))


def empty_notice(count: int) -> bool:
    """True (and a friendly message) when the selection holds no event."""
    if count == 0:
        st.info(t("no_data", lang()), icon=":material/search_off:")
        return True
    return False


def _clicked(key: str) -> list[dict]:
    state = st.session_state.get(key)
    return list(state.selection.points) if state and state.selection else []


def open_province(key: str) -> None:
    """Map click (a province's dot): the province filter becomes that province, so the link carries it."""
    names = [p["customdata"][0] for p in _clicked(key) if p.get("customdata")]
    if names:
        st.session_state["province"] = [names[0]]


def close_province() -> None:
    st.session_state["province"] = []


def show(chart: Chart, key: str | None = None, on_select: Callable[[str], None] | None = None) -> None:
    """The chart, then PNG/SVG (rendered on demand by kaleido) and the CSV of exactly what is drawn.
    `on_select(key)` runs when the reader clicks a point (the widget state under `key` holds the points)."""
    code = lang()
    camera = {
        "format": "png",
        "filename": export.file_name(chart.name, list(chart.selection), code, "png")[:-4],
        "width": export.IMAGE_WIDTH,
        "height": int(chart.figure.layout.height or 560),
        "scale": export.IMAGE_SCALE,
    }
    config = {"displaylogo": False, "toImageButtonOptions": camera}
    figure = chart.figure
    if width := screen.narrow_width():  # a phone: the figure laid out for its width
        figure = data.for_width(chart, width)
    elif presenting() and figure.layout.height != PRESENT_CHART_HEIGHT:
        # One chart per screen: room for the presenter bar and a chooser above it on a 1366x768 projector.
        # On a copy: the cached chart is shared by every session (data.chart).
        figure = go.Figure(figure).update_layout(height=PRESENT_CHART_HEIGHT)
    widget = key or f"chart_{chart.name}"
    if on_select is None:
        st.plotly_chart(figure, config=config, key=widget)
    else:
        st.plotly_chart(
            figure,
            config=config,
            key=widget,
            on_select=lambda: on_select(widget),
            selection_mode="points",
        )
    # The text alternative: read by screen readers, useful to anyone (and in the report pack's README).
    st.caption(chart.alt, help=t("alt_help", code))
    if presenting():
        return
    _cite_and_embed(chart, key)
    left, middle, right, note = st.columns([1, 1, 1.4, 4])
    if export.chromium_available():
        left.download_button(
            t("download_png", code),
            data=lambda: export.image_bytes(chart.figure, "png", key=(db.stamp(), *chart.key)),
            file_name=export.file_name(chart.name, list(chart.selection), code, "png"),
            mime="image/png",
            key=f"png_{key or chart.name}",
            on_click="ignore",
            icon=":material/image:",
        )
        middle.download_button(
            t("download_svg", code),
            data=lambda: export.image_bytes(chart.figure, "svg", key=(db.stamp(), *chart.key)),
            file_name=export.file_name(chart.name, list(chart.selection), code, "svg"),
            mime="image/svg+xml",
            key=f"svg_{key or chart.name}",
            on_click="ignore",
            icon=":material/draw:",
        )
    else:
        note.caption(t("no_chromium", code))
    right.download_button(
        t("data_csv", code),
        data=export.csv_bytes(chart.data),
        file_name=export.file_name(chart.name, list(chart.selection), code, "csv"),
        mime="text/csv",
        key=f"csv_{key or chart.name}",
        on_click="ignore",
        icon=":material/table:",
    )


def pick_week(key: str) -> None:
    """Timeline click: remember the clicked bar's week, so the page can list that week's events."""
    weeks = [p["x"] for p in _clicked(key) if p.get("x")]
    st.session_state["_week"] = str(weeks[0])[:10] if weeks else None


def _page_url(**extra: str) -> str:
    """This page's address with its filters (and `extra`), for citations and embed snippets."""
    base = str(st.context.url or "").split("?")[0]
    params = [(k, v) for k in st.query_params for v in st.query_params.get_all(k)] + list(extra.items())
    return base + ("?" + urlencode(params) if params else "")


def _cite_and_embed(chart: Chart, label: str | None) -> None:
    """How to cite this chart (title, release, date, the link with its filters) and how to embed it alone;
    st.code gives each a copy button."""
    code = lang()
    release = str(data.query(queries.build_info).iloc[0].get("release") or "")
    today = fmt.date(dt.date.today(), code)
    with st.expander(t("cite_embed", code), icon=":material/format_quote:"):
        st.code(
            t("chart_citation", code, title=chart.title, release=release, date=today, url=_page_url()),
            language=None,
            wrap_lines=True,
        )
        extra = {"embed": "true", **({"chart": label} if label else {})}
        src = _page_url(**extra)
        st.code(
            f'<iframe src="{src}" width="100%" height="640" style="border:0" title="{chart.title}"></iframe>',
            language="html",
            wrap_lines=True,
        )


def show_all(
    factories: list[tuple[str, Callable[[], Chart]]], on_select: dict[str, Callable[[str], None]] | None = None
) -> None:
    """All charts one below the other; in presentation mode, one chart per screen with a chooser.
    `on_select` maps a chart's label to what a click on it does."""
    if presenting() and len(factories) > 1:
        labels = [label for label, _ in factories]
        wanted = st.query_params.get("chart")  # an embed link names its chart
        chosen = st.segmented_control(
            " ",
            labels,
            default=wanted if wanted in labels else labels[0],
            key="slide",
            label_visibility="collapsed",
            format_func=lambda label: t(f"slide_{label}", lang()),  # not bound to the URL: words may differ
        )
        factories = [f for f in factories if f[0] == (chosen or labels[0])]
    for label, factory in factories:
        show(factory(), key=label, on_select=(on_select or {}).get(label))
