"""Reading a curated CSV strictly: encoding, delimiter, header and row shape are checked before any value."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from etl.problems import Problem, display_name
from netralitas.schema import MAX_FILE_BYTES

LINE = "_line"  # the physical line each row starts on, kept so every later message can name it


def read_curated_csv(
    path: Path, columns: list[str], max_bytes: int = MAX_FILE_BYTES
) -> tuple[pd.DataFrame, list[Problem]]:
    """Return the rows as text (index = physical line) and the problems that stop the file from loading."""
    name = display_name(path)
    empty = pd.DataFrame(columns=[*columns, LINE])
    if not path.exists():
        return empty, [Problem(name, 0, "", "", "file not found")]
    raw = path.read_bytes()
    if len(raw) > max_bytes:
        size_mb = len(raw) / 2**20
        reason = f"file is {size_mb:.0f} MB, over the {max_bytes // 2**20} MB limit for a curated file"
        return empty, [Problem(name, 0, "", "", reason)]
    text, problem = _decode(raw, name)
    if problem:
        return empty, [problem]
    if not text.strip():
        return empty, [Problem(name, 0, "", "", "file is empty; expected a header row: " + ",".join(columns))]
    del raw, text  # verified; now stream the file instead of holding three copies of it in memory
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return _parse(handle, name, columns)


def _decode(raw: bytes, name: str) -> tuple[str, Problem | None]:
    # utf-8-sig drops the BOM a spreadsheet adds; anything that is not UTF-8 is refused rather than
    # guessed, because a wrong guess silently corrupts names like "Sorong" -> "SorÃ³ng".
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        byte = raw[exc.start : exc.start + 1].hex()
        reason = f"not UTF-8 (byte 0x{byte}; Latin-1/Windows-1252?); save the file as UTF-8 CSV"
        return "", Problem(name, line, "", "", reason)


def _parse(lines: Iterable[str], name: str, columns: list[str]) -> tuple[pd.DataFrame, list[Problem]]:
    reader = csv.reader(lines, strict=True)
    problems: list[Problem] = []
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        return pd.DataFrame(columns=[*columns, LINE]), [Problem(name, 1, "", "", f"unreadable header: {exc}")]
    header_problems = _check_header(header, name, columns)
    if header_problems:
        return pd.DataFrame(columns=[*columns, LINE]), header_problems
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 2
    try:
        for row in reader:
            if len(row) > 1 or (row and row[0].strip()):  # skip blank lines without scanning every cell
                if len(row) != len(header):
                    reason = f"row has {len(row)} fields, the header has {len(header)} (unquoted comma?)"
                    problems.append(Problem(name, start, "", "", reason))
                else:
                    rows.append(row)
                    lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        problems.append(Problem(name, reader.line_num, "", "", f"CSV syntax: {exc}"))
    if not rows and not problems:
        problems.append(Problem(name, 1, "", "", "file has a header but no data rows"))
    frame = pd.DataFrame(rows, columns=header, dtype=str)
    frame = frame[columns] if not frame.empty else pd.DataFrame(columns=columns, dtype=str)
    frame[LINE] = lines
    return frame, problems


def _check_header(header: list[str], name: str, columns: list[str]) -> list[Problem]:
    if len(header) == 1 and ";" in header[0]:
        reason = "semicolon-separated (a spreadsheet in Indonesian locale?); save as comma-separated CSV"
        return [Problem(name, 1, "", header[0][:60], reason)]
    problems = []
    missing = [c for c in columns if c not in header]
    extra = [c for c in header if c not in columns]
    duplicated = sorted({c for c in header if header.count(c) > 1})
    if missing:
        problems.append(Problem(name, 1, ", ".join(missing), "", "missing column(s)"))
    if extra:
        problems.append(Problem(name, 1, ", ".join(extra), "", "unknown column(s); expected " + ",".join(columns)))
    if duplicated:
        problems.append(Problem(name, 1, ", ".join(duplicated), "", "column named twice"))
    return problems
