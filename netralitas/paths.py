"""Where the project's files live; every other module asks here instead of building paths itself."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
CURATED_DIR = DATA_DIR / "curated"
DEFAULT_DB = DATA_DIR / "netralitas.duckdb"


def database_path() -> Path:
    """The database file. Read at call time, not import time: tests, benchmarks and the load test's servers
    point NETRALITAS_DB elsewhere after this module was imported."""
    return Path(os.environ.get("NETRALITAS_DB", DEFAULT_DB))


def data_dir() -> Path:
    """The data folder the app saves into; tests point it at a copy."""
    return Path(os.environ.get("NETRALITAS_DATA", DATA_DIR))
