"""Where the project's files live; every other module asks here instead of building paths itself."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
CURATED_DIR = DATA_DIR / "curated"
# The database can be pointed elsewhere (tests, benchmarks) without touching the real one.
DB_PATH = Path(os.environ.get("NETRALITAS_DB", DATA_DIR / "netralitas.duckdb"))


def data_dir() -> Path:
    """The data folder the app saves into; tests point it at a copy."""
    return Path(os.environ.get("NETRALITAS_DATA", DATA_DIR))
