"""Bad, hostile and concurrent input: nothing lost, nobody in (the same checks the report prints)."""

from __future__ import annotations

from tests import reliability


def test_every_bad_input_is_rejected_clearly_or_repaired_and_nothing_is_lost():
    results = reliability.bad_inputs()
    assert len(results) >= 20
    for result in results:
        assert result["clear_message"], result
        assert result["database_unchanged"], result
        assert result["source_unchanged"], result
        assert result["rows_lost"] == 0, result
    assert {r["file"] for r in results if r["outcome"] == "repaired"} == {"bom_ok.csv", "indonesian_date_ok.csv"}


def test_hostile_inputs_are_plain_values(built_db):
    results = reliability.hostile_inputs(built_db)
    assert all(r["ok"] for r in results), [r for r in results if not r["ok"]]


def test_readers_never_see_a_half_built_database():
    result = reliability.rebuild_while_reading(seconds=4, readers=3)
    assert result["builds"] >= 2 and result["reads"] > 10
    assert result["errors"] == 0, result["first_error"]


def test_simultaneous_saves_both_land_with_backups():
    result = reliability.simultaneous_saves(count=3)
    assert result == {"saves": 3, "landed": 3, "problems": 0, "backups": 3}


def test_a_short_load_test_has_no_errors_and_every_session_finishes(built_db):
    result = reliability.load_test(built_db, sessions=5, arrival_s=1.0, reruns=2)
    assert result["errors"] == 0, result["first_error"]
    assert result["first_renders"] == 5  # every session saw its first script run finish
    assert result["complete_sessions"] == 5  # ... and both of its filter changes
