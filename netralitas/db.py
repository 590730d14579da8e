"""Opening the database read-only, and a stamp that changes whenever a build swaps in a new file."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from netralitas import paths


def database_path() -> Path:
    return Path(os.environ.get("NETRALITAS_DB", paths.DB_PATH))


def stamp(path: Path | None = None) -> str:
    """Inode + mtime: os.replace gives the new file a new inode, so caches keyed on this refresh themselves."""
    path = path or database_path()
    try:
        info = path.stat()
    except FileNotFoundError:
        return "missing"
    return f"{info.st_ino}-{info.st_mtime_ns}-{info.st_size}"


def connect(path: Path | None = None) -> duckdb.DuckDBPyConnection:
    path = path or database_path()
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist; run `python -m etl build` first")
    return duckdb.connect(str(path), read_only=True)
