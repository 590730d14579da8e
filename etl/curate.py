"""Adding one event to the curated CSV (the Add and Review pages' save: writing is the ETL's side of the arrow):
validated like every row, backed up, logged with its curator, never losing a concurrent save.

A save takes an exclusive file lock, re-reads the file as it is now (so a save that landed a moment ago
is kept), validates the whole file with the new row, writes a backup and then the new file atomically,
appends a line to the review log (`data/curated/reviews/accepted.csv`: time, curator, row id, source URL),
and finally rebuilds the database (the app's caches follow the database stamp).
"""

from __future__ import annotations

import csv
import datetime as dt
import fcntl
import io
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from etl.events import validate_events
from etl.problems import BuildError
from etl.read import read_curated_csv
from netralitas import duplicates, paths, reference, schema
from netralitas.places import Places

BACKUP_DIR_NAME = "backups"
REVIEW_LOG = Path("reviews") / "accepted.csv"  # under data/curated; append-only
REVIEW_COLUMNS = ["time", "curator", "row_id", "source_url"]


def next_id(rows: list[dict[str, str]], prefix: str = "add") -> str:
    taken = {r["id"] for r in rows}
    number = 1
    while f"{prefix}-{number:03d}" in taken:
        number += 1
    return f"{prefix}-{number:03d}"


def _read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def _render(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=schema.EVENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({c: r.get(c, "") or "" for c in schema.EVENT_COLUMNS} for r in rows)
    return buffer.getvalue()


def probable_duplicates(row: dict[str, str], existing: pd.DataFrame) -> pd.DataFrame:
    """Curated events that `row` probably repeats, by the one duplicate rule (netralitas.duplicates)."""
    found = duplicates.against(pd.DataFrame([row]), existing)
    ids = list(dict.fromkeys(d.other for d in found))
    return existing[existing["id"].astype(str).isin(ids)]


def save_event(row: dict[str, str], data_dir: Path | None = None, db_path: Path | None = None, *, curator: str) -> list:
    """Append `row` (id assigned if empty) on behalf of `curator`. Returns the problems; an empty list means
    saved, logged and rebuilt."""
    if not curator or not curator.strip():
        raise PermissionError("only a curator may add an event")
    data_dir = data_dir or paths.data_dir()
    events_path = data_dir / "curated" / "events.csv"
    with open(events_path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # held until the rebuild is done: saves queue, none is lost
        rows = _read_rows(events_path)
        new = {c: str(row.get(c, "") or "").strip() for c in schema.EVENT_COLUMNS}
        new["id"] = new["id"] or next_id(rows)
        text = _render([*rows, new])
        with tempfile.TemporaryDirectory() as scratch:
            candidate = Path(scratch) / "events.csv"
            candidate.write_text(text, encoding="utf-8")
            raw, problems = read_curated_csv(candidate, schema.EVENT_COLUMNS)
            folder = data_dir / "reference"
            _, found = validate_events(raw, reference.read_elections(folder), Places.from_folder(folder), "events.csv")
        errors = [p for p in problems + found if p.severity == "error"]
        if errors:
            return errors
        _backup(events_path)
        _atomic_write(events_path, text)
        _log_review(events_path.parent / REVIEW_LOG, curator.strip(), new["id"], new["source_url"])
        # Imported here, not at the top: the Add and Review pages import this module when they open, and the
        # build's contract check and geometry (pandera, geopandas) cost 0.3 s that only a save needs.
        from etl.build import build

        try:
            build(data_dir, db_path)
        except BuildError as exc:
            return [p for p in exc.problems if p.severity == "error"]
    return []


def _log_review(path: Path, curator: str, row_id: str, source_url: str) -> None:
    """One line per accepted row, appended (never rewritten), under the same lock as the save."""
    path.parent.mkdir(parents=True, exist_ok=True)
    new_file = not path.exists() or path.stat().st_size == 0
    with open(path, "a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if new_file:
            writer.writerow(REVIEW_COLUMNS)
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        writer.writerow([stamp, curator, row_id, source_url])


def _backup(path: Path) -> Path:
    folder = path.parent / BACKUP_DIR_NAME
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}{path.suffix}"
    shutil.copy2(path, target)
    return target


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    os.replace(tmp, path)
