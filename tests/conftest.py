"""Shared fixtures: a data folder made of the real reference tables and a small real curated sample."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from netralitas import paths

FIXTURES = Path(__file__).parent / "fixtures"


def make_data_dir(target: Path) -> Path:
    shutil.copytree(paths.REFERENCE_DIR, target / "reference")
    shutil.copytree(FIXTURES / "curated", target / "curated")
    return target


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return make_data_dir(tmp_path / "data")


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built once from the fixture sample, for query and page tests."""
    from etl.build import build

    root = tmp_path_factory.mktemp("db")
    data = make_data_dir(root / "data")
    target = root / "netralitas.duckdb"
    build(data, target)
    return target
