"""The typed tables' contract, checked with pandera right before loading.

The steps already report every problem with its line; this contract is the last gate: whatever reaches the
database has exactly these types and allowed values, and a step that forgets a check fails here, loudly.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from etl.problems import Problem
from etl.read import LINE
from netralitas import schema

_TEXT = pa.Column(str, nullable=False)
_DATE = pa.Check(lambda s: s.map(lambda d: d is None or hasattr(d, "isoformat")), element_wise=False)

EVENTS = pa.DataFrameSchema(
    {
        "id": pa.Column(str, unique=True),
        "event_date": pa.Column(object, _DATE, nullable=False),
        "organizer_type": pa.Column(str, pa.Check.isin(schema.ORGANIZER_TYPES)),
        "mode": pa.Column(str, pa.Check.isin(("", *schema.MODES))),
        "election": pa.Column(str, pa.Check.isin(schema.ELECTIONS)),
        "event_kind": pa.Column(str, pa.Check.isin(schema.EVENT_KINDS)),
        "participants": pa.Column("Int64", pa.Check.in_range(0, schema.MAX_PARTICIPANTS), nullable=True),
        "days_before_election": pa.Column("Int64", nullable=False),
        "source_url": pa.Column(str, pa.Check.str_matches(r"^https?://")),
        "outlet": pa.Column(str, pa.Check.str_length(min_value=1)),
        "title": _TEXT,
        "organizer": _TEXT,
    },
    strict=False,
)

VIOLATIONS = pa.DataFrameSchema(
    {
        "id": pa.Column(str, unique=True),
        "source_body": pa.Column(str, pa.Check.isin(schema.VIOLATION_BODIES)),
        "election": pa.Column(str, pa.Check.isin(schema.VIOLATION_ELECTIONS)),
        "metric": pa.Column(str, pa.Check.isin(schema.VIOLATION_METRICS)),
        "unit": pa.Column(str, pa.Check.isin(schema.VIOLATION_UNITS)),
        "value": pa.Column(float, pa.Check.ge(0)),
        "source_url": pa.Column(str, pa.Check.str_matches(r"^https?://")),
    },
    strict=False,
)


# Up to this many rows every row is checked; above it, a fixed-seed sample of this size. The steps have
# already checked every row; the contract is there to catch a step that is wrong for a whole class of rows,
# which a sample of 50,000 finds as surely as the full table, at a fraction of the cost at a million rows.
FULL_CHECK_ROWS = 50_000


def check(frame: pd.DataFrame, contract: pa.DataFrameSchema, file: str) -> list[Problem]:
    """Every contract failure as a Problem naming the file, line and column."""
    sample = frame if len(frame) <= FULL_CHECK_ROWS else frame.sample(n=FULL_CHECK_ROWS, random_state=0)
    try:
        contract.validate(sample, lazy=True)
    except pa.errors.SchemaErrors as exc:
        problems = []
        for _, case in exc.failure_cases.iterrows():
            index = case.get("index")
            line = int(frame.loc[index, LINE]) if index is not None and LINE in frame else 0
            reason = f"breaks the table contract: {case['check']}"
            problems.append(Problem(file, line, str(case.get("column") or ""), str(case["failure_case"]), reason))
        return problems
    return []
