"""`python -m etl build --parquet DIR`: the database's tables as Parquet files."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.database import TABLES


def export_parquet(database: Path, out_dir: Path) -> None:
    """The same tables as Parquet, so DuckDB can query them from object storage without this file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(database), read_only=True)
    try:
        for table in TABLES:
            target = str(out_dir / (table + ".parquet")).replace("'", "''")  # a quote in a path is a quote
            con.execute(f"COPY \"{table}\" TO '{target}' (FORMAT parquet)")
    finally:
        con.close()
