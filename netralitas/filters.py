"""The global filters: one frozen value that every query takes, turned into SQL with parameters only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Filters:
    election: str = ""  # "" means both elections
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    provinces: tuple[str, ...] = ()
    island_groups: tuple[str, ...] = ()
    organizer_types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()

    def where(self, alias: str = "e") -> tuple[str, dict[str, object]]:
        """A WHERE body built from fixed text; every value travels as a named parameter."""
        clauses: list[str] = ["TRUE"]
        params: dict[str, object] = {}
        scalar = (("election", "election", "="), ("date_from", "event_date", ">="), ("date_to", "event_date", "<="))
        for name, column, op in scalar:
            value = getattr(self, name)
            if value:
                clauses.append(f"{alias}.{column} {op} ${name}")
                params[name] = value
        lists = (
            ("provinces", "province"),
            ("island_groups", "island_group"),
            ("organizer_types", "organizer_type"),
            ("modes", "mode"),
        )
        for name, column in lists:
            values = getattr(self, name)
            if values:
                clauses.append(f"list_contains(${name}, {alias}.{column})")
                params[name] = list(values)
        return " AND ".join(clauses), params
