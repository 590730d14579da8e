"""Writing the database: every table into a temporary file beside the target, then swapped into place.

os.replace is atomic on POSIX: readers see the old database or the new one, never half of one, and a failed
build leaves the old file byte-identical.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb
import pandas as pd

from etl.read import LINE

TABLES = (
    "events",
    "violations",
    "provinces",
    "regencies",
    "elections",
    "province_geometry",
    "regency_geometry",
    "build_info",
    "build_inputs",
)

# Rows are stored in a fixed order, so two builds of the same input give the same tables. Events are stored
# newest first: the Data page asks for the newest 500, and with the table in that order DuckDB's zone maps let
# the top-N skip almost every row group (47 ms -> 15 ms p95 at a million events).
ROW_ORDER = {"events": "event_date DESC, id"}
DATE_COLUMNS = (
    "event_date",
    "published_date",
    "as_of",
    "election_date",
    "voting_date",
    "campaign_start",
    "campaign_end",
    "registration_start",
    "registration_end",
)


def write_database(tables: dict[str, pd.DataFrame], target: Path) -> None:
    """Build into a temp file in the target's folder, then atomically replace the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # DuckDB wants to create the file itself
    try:
        # Bounded so a large build spills to disk instead of holding every intermediate in memory.
        con = duckdb.connect(str(tmp), config={"memory_limit": "512MB", "preserve_insertion_order": False})
        try:
            for name, frame in tables.items():
                _create_table(con, name, frame)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)


def _create_table(con: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame) -> None:
    clean = frame.drop(columns=[LINE], errors="ignore")
    order = ROW_ORDER.get(name)
    if order is None:
        sort_key = "id" if "id" in clean.columns else clean.columns[0]
        clean = clean.sort_values(sort_key, kind="stable").reset_index(drop=True)
    con.register("incoming", clean)
    # name and order come from this module, never from input
    con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM incoming' + (f" ORDER BY {order}" if order else ""))
    con.unregister("incoming")
    for column in DATE_COLUMNS:
        if column in clean.columns:
            con.execute(f'ALTER TABLE "{name}" ALTER "{column}" TYPE DATE')
