"""The strict CSV reader: each broken file is refused with a message naming file, line and reason."""

from pathlib import Path

import pandas as pd
import pytest

from etl.read import LINE, read_curated_csv
from netralitas import schema

HEADER = ",".join(schema.EVENT_COLUMNS)
ROW = "e-1,2024-10-14,Sulawesi Selatan,,Bawaslu Sulsel,Bawaslu,luring,,,,Pilkada 2024,sosialisasi,T,https://x.id/a,,X,,"


def write(tmp_path: Path, content: bytes | str, name: str = "events.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_reads_rows_with_their_physical_line(tmp_path):
    frame, problems = read_curated_csv(
        write(tmp_path, f"{HEADER}\n{ROW}\n\n{ROW.replace('e-1', 'e-2')}\n"), schema.EVENT_COLUMNS
    )
    assert problems == []
    assert frame["id"].tolist() == ["e-1", "e-2"]
    assert frame[LINE].tolist() == [2, 4]


def test_bom_is_accepted(tmp_path):
    frame, problems = read_curated_csv(
        write(tmp_path, b"\xef\xbb\xbf" + f"{HEADER}\n{ROW}\n".encode()), schema.EVENT_COLUMNS
    )
    assert problems == [] and frame["id"].tolist() == ["e-1"]


def test_latin1_is_refused_with_line(tmp_path):
    content = f"{HEADER}\n{ROW}\n".encode() + ROW.replace("Bawaslu Sulsel", "Pemprov Sulawesi").encode() + b" caf\xe9\n"
    _, problems = read_curated_csv(write(tmp_path, content), schema.EVENT_COLUMNS)
    assert len(problems) == 1
    assert problems[0].line == 3 and "not UTF-8" in problems[0].reason
    assert "events.csv" in str(problems[0])


def test_semicolon_csv_is_explained(tmp_path):
    _, problems = read_curated_csv(write(tmp_path, HEADER.replace(",", ";") + "\n"), schema.EVENT_COLUMNS)
    assert "semicolon" in problems[0].reason and problems[0].line == 1


def test_missing_and_extra_columns_are_named(tmp_path):
    header = HEADER.replace(",notes", ",catatan")
    _, problems = read_curated_csv(write(tmp_path, header + "\n" + ROW + "\n"), schema.EVENT_COLUMNS)
    reasons = {p.column: p.reason for p in problems}
    assert "missing" in reasons["notes"]
    assert "unknown" in reasons["catatan"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        (HEADER + "\n", "no data rows"),
    ],
)
def test_empty_and_header_only(tmp_path, content, expected):
    _, problems = read_curated_csv(write(tmp_path, content), schema.EVENT_COLUMNS)
    assert expected in problems[0].reason


def test_row_with_wrong_field_count_names_its_line(tmp_path):
    _, problems = read_curated_csv(write(tmp_path, f"{HEADER}\n{ROW}\n{ROW},extra\n"), schema.EVENT_COLUMNS)
    assert [(p.line, "fields" in p.reason) for p in problems] == [(3, True)]


def test_far_too_large_file_is_refused_before_parsing(tmp_path):
    path = tmp_path / "events.csv"
    with open(path, "wb") as handle:
        handle.write(HEADER.encode() + b"\n")
        handle.truncate(schema.MAX_FILE_BYTES + 1)
    _, problems = read_curated_csv(path, schema.EVENT_COLUMNS)
    assert "limit" in problems[0].reason


def test_missing_file(tmp_path):
    _, problems = read_curated_csv(tmp_path / "nope.csv", schema.EVENT_COLUMNS)
    assert problems[0].reason == "file not found"


def _exact(path: Path):
    from etl.read import parse_rows

    with open(path, encoding="utf-8-sig", newline="") as handle:
        return parse_rows(handle, "events.csv", schema.EVENT_COLUMNS)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_fast_path_reads_exactly_what_the_row_by_row_path_reads(tmp_path, newline, monkeypatch):
    rows = [
        ROW,
        ROW.replace("e-1", "e-2").replace(",T,", ',"Sosialisasi, deklarasi ""netral""",'),
        ROW.replace("e-1", "e-3").replace("Bawaslu Sulsel", "Bawaslu Kota Bau-Bau  ").replace(",,X,", ",,Pos Kupang,"),
    ]
    path = write(tmp_path, "\ufeff" + newline.join([HEADER, *rows]) + newline)
    exact, exact_problems = _exact(path)
    monkeypatch.setattr("etl.read.parse_rows", None)  # a clean file must not need the row-by-row path
    fast, problems = read_curated_csv(path, schema.EVENT_COLUMNS)
    assert problems == exact_problems == []
    pd.testing.assert_frame_equal(fast.reset_index(drop=True), exact.reset_index(drop=True), check_dtype=False)
    assert fast.loc[1, "title"] == 'Sosialisasi, deklarasi "netral"'


def test_line_break_inside_a_cell_keeps_every_later_row_on_its_physical_line(tmp_path):
    multi = ROW.replace("e-1", "e-2").replace(",T,", ',"two\nlines",')
    frame, problems = read_curated_csv(
        write(tmp_path, f"{HEADER}\n{ROW}\n{multi}\n{ROW.replace('e-1', 'e-3')}\n"), schema.EVENT_COLUMNS
    )
    assert problems == []
    assert frame[LINE].tolist() == [2, 3, 5]


def test_text_after_a_closing_quote_is_refused_not_glued(tmp_path):
    bad = ROW.replace("e-1", "e-2").replace(",T,", ',"Sosialisasi"netralitas,')
    _, problems = read_curated_csv(write(tmp_path, f"{HEADER}\n{ROW}\n{bad}\n"), schema.EVENT_COLUMNS)
    assert [(p.line, "CSV syntax" in p.reason) for p in problems] == [(3, True)]


def test_cells_come_back_trimmed_on_both_paths(tmp_path):
    spaced = ROW.replace("Bawaslu Sulsel", " Bawaslu   Sulsel\t")
    one_line, _ = read_curated_csv(write(tmp_path, f"{HEADER}\n{spaced}\n"), schema.EVENT_COLUMNS)
    multi = spaced.replace(",T,", ',"two\nlines ",')  # a line break inside a cell takes the row-by-row path
    exact, _ = read_curated_csv(write(tmp_path, f"{HEADER}\n{multi}\n", "b.csv"), schema.EVENT_COLUMNS)
    assert one_line.loc[0, "organizer"] == exact.loc[0, "organizer"] == "Bawaslu Sulsel"
    assert exact.loc[0, "title"] == "two lines"


def test_a_lone_carriage_return_in_a_cell_takes_the_exact_path(tmp_path, monkeypatch):
    import etl.read

    calls, real = [], etl.read.parse_rows
    monkeypatch.setattr("etl.read.parse_rows", lambda *args: calls.append(1) or real(*args))
    path = write(tmp_path, f"{HEADER}\n" + ROW.replace(",T,", ',"a\rb",') + "\n")
    frame, problems = read_curated_csv(path, schema.EVENT_COLUMNS)
    assert calls and problems == [] and frame.loc[0, "title"] == "a b"
