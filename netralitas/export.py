"""Exports: CSV/XLSX safe to open in a spreadsheet, PNG/SVG rendered server-side, and the report pack."""

from __future__ import annotations

import io
import shutil
import threading
import zipfile

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


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "data") -> bytes:
    buffer = io.BytesIO()
    clean = safe_frame(frame)
    for column in clean.columns:  # Excel has no time zones; dates go out as plain dates
        if isinstance(clean[column].dtype, pd.DatetimeTZDtype):
            clean[column] = clean[column].dt.tz_localize(None)
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        clean.to_excel(writer, sheet_name=sheet[:31], index=False)
    return buffer.getvalue()


def chromium_available() -> bool:
    return any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome"))


def _ensure_kaleido() -> None:
    """One warm browser for all exports (~2 s for the first image, ~0.1 s after); no MathJax CDN fetch."""
    global _kaleido_started
    if not _kaleido_started:
        import kaleido

        kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        _kaleido_started = True


def image_bytes(fig: go.Figure, fmt: str, width: int = 1280, height: int | None = None) -> bytes | None:
    """PNG or SVG of the figure, or None when no Chromium is installed (the page then says so)."""
    if not chromium_available():
        return None
    height = height or int(fig.layout.height or 560)
    with _kaleido_lock:
        _ensure_kaleido()
        return fig.to_image(format=fmt, width=width, height=height, scale=2 if fmt == "png" else 1)


def report_pack(charts: list[tuple[str, go.Figure, pd.DataFrame]], readme: str) -> bytes:
    """A ZIP with every chart as PNG and SVG, the CSV behind each, and a README of filters and sources."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", readme)
        for name, fig, data in charts:
            archive.writestr(f"data/{name}.csv", csv_bytes(data))
            for fmt in ("png", "svg"):
                image = image_bytes(fig, fmt)
                if image is not None:
                    archive.writestr(f"{fmt}/{name}.{fmt}", image)
    return buffer.getvalue()
