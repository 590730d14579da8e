"""Steps specific to events: which election an event prepares for, how long before voting, duplicates."""

from __future__ import annotations

import pandas as pd

from etl import steps
from etl.problems import Problem
from etl.read import LINE
from netralitas import duplicates, schema
from netralitas.places import Places

# Notes that explain a post-voting event (e.g. a re-vote or an evaluation) let it through.
_AFTER_VOTING_OK = ("setelah", "pasca", "after voting", "evaluasi", "psu")


def derive_election(events: pd.DataFrame, elections: pd.DataFrame) -> pd.DataFrame:
    """Fill a missing election from the date (on or before Pemilu's voting day -> Pemilu) and add the countdown."""
    voting = dict(zip(elections["election"], elections["voting_date"], strict=True))
    out = events.copy(deep=False)
    pemilu_day = voting["Pemilu 2024"]
    missing = out["election"] == ""
    out.loc[missing, "election"] = out.loc[missing, "event_date"].map(
        lambda d: "Pemilu 2024" if d is not None and d <= pemilu_day else "Pilkada 2024"
    )
    out["election_date"] = out["election"].map(voting)
    out["days_before_election"] = pd.array(
        [
            (v - d).days if d is not None and v is not None else None
            for d, v in zip(out["event_date"], out["election_date"], strict=True)
        ],
        dtype="Int64",
    )
    return out


def check_before_voting(events: pd.DataFrame, file: str) -> list[Problem]:
    late = events[(events["days_before_election"] < 0).fillna(False)]
    problems = []
    for _, row in late.iterrows():
        if not any(word in row["notes"].casefold() for word in _AFTER_VOTING_OK):
            reason = (
                f"{-row['days_before_election']} days after {row['election']} voting; explain in notes or fix the date"
            )
            problems.append(Problem(file, int(row[LINE]), "event_date", row["event_date"].isoformat(), reason))
    return problems


def check_published_after_event(events: pd.DataFrame, file: str) -> list[Problem]:
    """A report published before the day it describes is an announcement or a typo in one of the dates."""
    early = [
        (line, held, published)
        for line, held, published in zip(events[LINE], events["event_date"], events["published_date"], strict=True)
        if held is not None and published is not None and published < held
    ]
    return [
        Problem(
            file,
            int(line),
            "published_date",
            published.isoformat(),
            f"published {(held - published).days} day(s) before the event ({held.isoformat()}): "
            "an announcement, or a wrong date?",
            "warning",
        )
        for line, held, published in early
    ]


def probable_duplicates(
    events: pd.DataFrame, file: str, distinct: frozenset[frozenset[str]] = frozenset()
) -> list[Problem]:
    """Rows that repeat an earlier row of the file by the one duplicate rule (netralitas.duplicates): warn, keep.
    Pairs a reviewer has read and found to be two events (`distinct`, by id) are not warned about again."""
    lines = events[LINE]
    ids = events["id"]
    return [
        Problem(
            file,
            int(lines[d.row]),
            "id" if d.column == "event_date" else "source_url",
            events.at[d.row, "id"],
            f"probable duplicate of line {int(lines[d.other])} "
            + ("(same link)" if d.column == "source_url" else "(same date, place and kind of organiser)"),
            "warning",
        )
        for d in duplicates.within(events)
        if frozenset((ids[d.row], ids[d.other])) not in distinct
    ]


def validate_events(
    raw: pd.DataFrame,
    elections: pd.DataFrame,
    places: Places,
    file: str,
    outlets: dict[str, str] | None = None,
    distinct: frozenset[frozenset[str]] = frozenset(),
) -> tuple[pd.DataFrame, list[Problem]]:
    """All event checks in one pass, so a run names every problem of the file at once."""
    problems: list[Problem] = []
    frame = raw  # read_curated_csv has trimmed every cell
    problems += steps.check_lengths(frame, file)
    problems += steps.check_unique_ids(frame, file)
    frame, found = steps.parse_dates(frame, ["event_date", "published_date"], file, required={"event_date"})
    problems += found
    problems += steps.check_date_range(frame, "event_date", file)
    frame, found = steps.parse_count(frame, "participants", file, schema.MAX_PARTICIPANTS)
    problems += found
    frame, found = steps.resolve_provinces(frame, "province", file, places)
    problems += found
    frame, found = steps.resolve_regencies(frame, file, places)
    problems += found
    for column, allowed, required in (
        ("organizer_type", schema.ORGANIZER_TYPES, True),
        ("mode", schema.MODES, False),
        ("election", schema.ELECTIONS, False),
        ("event_kind", schema.EVENT_KINDS, True),
    ):
        frame, found = steps.check_choices(frame, column, allowed, file, required)
        problems += found
    for column in ("organizer", "title"):
        problems += [
            Problem(file, int(r[LINE]), column, "", "required") for _, r in frame[frame[column] == ""].iterrows()
        ]
    problems += steps.check_urls(frame, file)
    frame, found = steps.normalise_outlets(frame, file, outlets or {})
    problems += found
    if not any(p.severity == "error" for p in problems):
        frame = derive_election(frame, elections)
        problems += check_before_voting(frame, file)
        problems += check_published_after_event(frame, file)
        problems += probable_duplicates(frame, file, distinct)
    return frame, problems
