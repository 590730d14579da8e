"""Exports: CSV/XLSX safe to open in a spreadsheet, PNG/SVG rendered server-side, and the report pack."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import tempfile
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Hashable
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

# A cell starting with one of these is run as a formula by Excel/LibreOffice (CSV/formula injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_kaleido_lock = threading.Lock()
_kaleido_started = False


def neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def csv_bytes(frame: pd.DataFrame) -> bytes:
    # utf-8-sig so Excel opens Indonesian names correctly on Windows.
    return safe_frame(frame).to_csv(index=False).encode("utf-8-sig")


def xlsx_bytes(
    frame: pd.DataFrame,
    sheet: str = "data",
    about: list[tuple[str, str]] | None = None,
    headings: dict[str, str] | None = None,
) -> bytes:
    """A workbook an office can use: real date cells, a frozen header row with filters, widths fitted to the
    content, headings in words, and an "About" sheet (filters, build date, sources, licences, how to cite)."""
    from openpyxl.utils import get_column_letter

    buffer = io.BytesIO()
    clean = safe_frame(frame)
    for column in clean.columns:
        values = clean[column]
        if isinstance(values.dtype, pd.DatetimeTZDtype):  # Excel has no time zones
            values = values.dt.tz_localize(None)
        if pd.api.types.is_datetime64_any_dtype(values):
            clean[column] = values.dt.date  # a date cell, not "2024-03-09 00:00:00"
    clean = clean.astype(object).where(clean.notna(), None)  # empty cells, not "nan"
    clean = clean.rename(columns=headings or {})
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        clean.to_excel(writer, sheet_name=sheet[:31], index=False)
        table = writer.sheets[sheet[:31]]
        table.freeze_panes = "A2"
        if len(clean.columns):
            table.auto_filter.ref = f"A1:{get_column_letter(len(clean.columns))}{len(clean) + 1}"
        for index, column in enumerate(clean.columns, start=1):
            longest = max([len(str(column)), *(len(str(v)) for v in clean[column].head(500) if v is not None)])
            table.column_dimensions[get_column_letter(index)].width = min(max(10, longest + 2), 60)
            if pd.api.types.is_object_dtype(clean[column]) and any(
                isinstance(v, dt.date) for v in clean[column].head(50)
            ):
                for cell in table[get_column_letter(index)][1:]:
                    cell.number_format = "DD/MM/YYYY"
        if about:
            info = writer.book.create_sheet("About")
            for row, (key, value) in enumerate(about, start=1):
                info.cell(row=row, column=1, value=key)
                info.cell(row=row, column=2, value=neutralise(value))
            info.column_dimensions["A"].width = 24
            info.column_dimensions["B"].width = 100
    return buffer.getvalue()


def file_name(base: str, parts: list[str], lang: str, extension: str) -> str:
    """'kegiatan_pilkada-2024_jawa-tengah_id.csv': the selection and language travel in the name, so two
    downloads for two selections do not overwrite each other."""
    words = [base, *parts[:4], lang]
    slug = "_".join(re.sub(r"[^a-z0-9]+", "-", w.lower()).strip("-") for w in words if w)
    return f"{slug[:120]}.{extension}"


def chromium_available() -> bool:
    return any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome"))


# Kaleido reloads its tab after every image (~0.15 s); with two tabs one renders while the other reloads,
# which cuts the report pack's 30 images by about a third on two cores. More tabs only add contention.
_KALEIDO_TABS = 2


def _ensure_kaleido() -> None:
    """One warm browser for all exports (~2 s for the first image, ~0.1 s after); no MathJax CDN fetch."""
    global _kaleido_started
    if not _kaleido_started:
        import kaleido

        kaleido.start_sync_server(n=_KALEIDO_TABS, mathjax=False, silence_warnings=True)
        _kaleido_started = True


# One image size everywhere (download button, camera button, report pack, command line): 1280 px wide at
# twice the pixel density, so a PNG is 2560 px wide whichever way it was made.
IMAGE_WIDTH, IMAGE_SCALE = 1280, 2


# Rendered images by (what was drawn, format): the same chart for the same database, selection and language is
# the same picture, so a report pack after the charts were downloaded (or a second pack) renders only what is
# new. Kaleido spends ~0.15 s per image however small; a pack of ~17 charts in two formats is most of its time.
IMAGE_CACHE: OrderedDict[tuple, bytes] = OrderedDict()
IMAGE_CACHE_ENTRIES = 256  # PNGs of ~100-300 KB: tens of MB at most


def _cached(key: Hashable | None, fmt: str) -> bytes | None:
    if key is None:
        return None
    with _kaleido_lock:
        image = IMAGE_CACHE.get((key, fmt))
        if image is not None:
            IMAGE_CACHE.move_to_end((key, fmt))
        return image


def _remember(key: Hashable | None, fmt: str, image: bytes) -> None:
    if key is None:
        return
    IMAGE_CACHE[(key, fmt)] = image
    while len(IMAGE_CACHE) > IMAGE_CACHE_ENTRIES:
        IMAGE_CACHE.popitem(last=False)


def image_bytes(
    fig: go.Figure, fmt: str, width: int = IMAGE_WIDTH, height: int | None = None, key: Hashable | None = None
) -> bytes | None:
    """PNG or SVG of the figure, or None when no Chromium is installed (the page then says so). `key` names
    what the figure shows (database, chart, selection, language): the same key is rendered once."""
    if not chromium_available():
        return None
    key = None if key is None else (key, width, height)
    if (image := _cached(key, fmt)) is not None:
        return image
    options = _image_options(fig, fmt, width, height)
    with _kaleido_lock:
        _ensure_kaleido()
        image = fig.to_image(**options)
        _remember(key, fmt, image)
        return image


def _image_options(fig: go.Figure, fmt: str, width: int = IMAGE_WIDTH, height: int | None = None) -> dict:
    """The one image size policy: 1280 px wide (SVG) or at twice the density (PNG), the figure's own height."""
    height = height or int(fig.layout.height or 560)
    return {"format": fmt, "width": width, "height": height, "scale": IMAGE_SCALE if fmt == "png" else 1}


def images(
    figures: dict[str, go.Figure],
    formats: tuple[str, ...] = ("png", "svg"),
    keys: dict[str, Hashable] | None = None,
) -> dict[str, bytes]:
    """Every figure in every format, rendered as one batch so Kaleido's tabs work side by side; keys are
    `<name>.<format>`. `keys` (name -> what the figure shows) reuses images rendered before under the same key
    (image_bytes shares them). Empty when no Chromium is installed."""
    if not chromium_available() or not figures:
        return {}
    import kaleido

    keys = {name: (key, IMAGE_WIDTH, None) for name, key in (keys or {}).items()}
    found = {f"{name}.{fmt}": _cached(keys.get(name), fmt) for name in figures for fmt in formats}
    out = {file: image for file, image in found.items() if image is not None}
    with tempfile.TemporaryDirectory() as folder, _kaleido_lock:
        specs = [
            {"fig": fig.to_dict(), "path": str(Path(folder, f"{name}.{fmt}")), "opts": _image_options(fig, fmt)}
            for name, fig in figures.items()
            for fmt in formats
            if f"{name}.{fmt}" not in out
        ]
        if specs:
            _ensure_kaleido()
            kaleido.write_fig_from_object_sync(specs)
        for path in Path(folder).iterdir():
            name, fmt = path.stem, path.suffix[1:]
            out[path.name] = path.read_bytes()
            _remember(keys.get(name), fmt, out[path.name])
    return out


def report_pack(
    charts: list[tuple[str, go.Figure, pd.DataFrame]],
    readme: str,
    tables: dict[str, pd.DataFrame] | None = None,
    keys: dict[str, Hashable] | None = None,
    formats: tuple[str, ...] = ("png", "svg"),
) -> bytes:
    """A ZIP with every chart in `formats`, the CSV behind each, the tables (e.g. the selected events) and a
    README of filters, sources and text alternatives."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", readme)
        for name, frame in (tables or {}).items():
            archive.writestr(f"{name}.csv", csv_bytes(frame))
        for name, _fig, data in charts:
            archive.writestr(f"data/{name}.csv", csv_bytes(data))
        for file, image in sorted(images({name: fig for name, fig, _data in charts}, formats, keys).items()):
            archive.writestr(f"{Path(file).suffix[1:]}/{file}", image)
    return buffer.getvalue()
