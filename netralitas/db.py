"""Opening the database read-only, and a stamp that changes whenever a build swaps in a new file."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import duckdb

from netralitas import paths


def database_path() -> Path:
    return paths.database_path()


def stamp(path: Path | None = None) -> str:
    """Inode + mtime: os.replace gives the new file a new inode, so caches keyed on this refresh themselves."""
    path = path or database_path()
    try:
        info = path.stat()
    except FileNotFoundError:
        return "missing"
    return f"{info.st_ino}-{info.st_mtime_ns}-{info.st_size}"


def connect(path: Path | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the database file as it is now.

    DuckDB keeps one instance per path in a process: while any connection to the old file is open,
    connecting to the same path again returns that instance, i.e. the database from before a rebuild.
    Opening through a fresh hard link gives the new file its own instance; the link is removed at once
    (the open file stays readable) and the old instance closes with its last connection.
    """
    path = path or database_path()
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist; run `python -m etl build` first")
    alias = path.with_name(f".{path.name}.{uuid.uuid4().hex}.open")
    try:
        os.link(path, alias)
    except OSError:  # no hard links here (unusual filesystem): plain open, rebuilds need a restart
        return duckdb.connect(str(path), read_only=True)
    try:
        return duckdb.connect(str(alias), read_only=True)
    finally:
        alias.unlink(missing_ok=True)
