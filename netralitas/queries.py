"""Every question the dashboard asks, as SQL in one place. Values always travel as parameters.

Each function takes a DuckDB connection (or cursor) and a Filters value and returns a DataFrame, so the
same code serves the pages, the report pack, the tests and the benchmarks.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from netralitas.filters import Filters

Con = duckdb.DuckDBPyConnection

# Dimensions a chart may group by: the page picks a key, never a column name of its own.
DIMENSIONS = {
    "province": "coalesce(nullif(e.province, ''), 'national')",  # no province = a nationwide event
    "organizer_type": "e.organizer_type",
    "mode": "coalesce(nullif(e.mode, ''), 'unknown')",
    "audience": "coalesce(nullif(e.audience, ''), 'unknown')",
    "event_kind": "e.event_kind",
    "election": "e.election",
    "island_group": "e.island_group",
}


def _run(con: Con, sql: str, filters: Filters, extra: dict[str, object] | None = None) -> pd.DataFrame:
    where, params = filters.where()
    return con.execute(sql.replace("{where}", where), {**params, **(extra or {})}).df()


def overview(con: Con, filters: Filters) -> pd.DataFrame:
    return _run(
        con,
        """
        SELECT count(*) AS events,
               count(DISTINCT nullif(e.province, '')) AS provinces,
               sum(e.participants) AS participants,
               count(e.participants) AS events_with_count,
               avg(CASE WHEN e.mode IN ('daring', 'hybrid') THEN 1.0
                        WHEN e.mode = 'luring' THEN 0.0 END) AS online_share,
               median(e.days_before_election) AS median_days_before
        FROM events e WHERE {where}""",
        filters,
    )


def latest_events(con: Con, filters: Filters, limit: int = 8) -> pd.DataFrame:
    return _run(
        con,
        """
        SELECT e.event_date, e.province, e.regency_city, e.organizer, e.title, e.participants, e.source_url, e.outlet
        FROM events e WHERE {where}
        ORDER BY e.event_date DESC, e.id LIMIT $limit""",
        filters,
        {"limit": limit},
    )


def by_province(con: Con, filters: Filters) -> pd.DataFrame:
    """All 38 provinces, including those with no event in the selection (events 0, participants NULL)."""
    return _run(
        con,
        """
        WITH f AS (SELECT * FROM events e WHERE {where}),
        agg AS (SELECT province, count(*) AS events, sum(participants) AS participants
                FROM f GROUP BY province),
        vio AS (SELECT scope, max(value) FILTER (metric = 'reported') AS violations_reported,
                       max(value) FILTER (metric = 'proven') AS violations_proven
                FROM violations WHERE breakdown = '' AND unit = 'ASN' GROUP BY scope)
        SELECT p.province_code, p.name AS province, p.island_group,
               coalesce(agg.events, 0) AS events, agg.participants,
               p.asn_count,
               round(agg.participants * 1000.0 / nullif(p.asn_count, 0), 1) AS participants_per_1000_asn,
               vio.violations_reported, vio.violations_proven
        FROM provinces p
        LEFT JOIN agg ON agg.province = p.name
        LEFT JOIN vio ON vio.scope = p.name
        ORDER BY p.province_code""",
        filters,
    )


def by_regency(con: Con, filters: Filters, province: str) -> pd.DataFrame:
    return _run(
        con,
        """
        SELECT coalesce(nullif(e.regency_city, ''), '(tingkat provinsi)') AS regency_city,
               count(*) AS events, sum(e.participants) AS participants
        FROM events e WHERE {where} AND e.province = $province
        GROUP BY 1 ORDER BY events DESC, regency_city""",
        filters,
        {"province": province},
    )


def weekly(con: Con, filters: Filters) -> pd.DataFrame:
    return _run(
        con,
        """
        SELECT date_trunc('week', e.event_date)::DATE AS week, e.election, e.organizer_type, count(*) AS events
        FROM events e WHERE {where}
        GROUP BY ALL ORDER BY week, e.election, e.organizer_type""",
        filters,
    )


def days_before(con: Con, filters: Filters) -> pd.DataFrame:
    return _run(
        con,
        """
        SELECT e.election, e.days_before_election, count(*) AS events
        FROM events e WHERE {where}
        GROUP BY ALL ORDER BY e.election, e.days_before_election""",
        filters,
    )


def cumulative(con: Con, filters: Filters) -> pd.DataFrame:
    return _run(
        con,
        """
        WITH daily AS (SELECT e.event_date, e.election, count(*) AS events
                       FROM events e WHERE {where} GROUP BY ALL)
        SELECT event_date, election,
               sum(events) OVER (PARTITION BY election ORDER BY event_date) AS cumulative_events
        FROM daily ORDER BY election, event_date""",
        filters,
    )


def weekly_by_group(con: Con, filters: Filters, group: str) -> pd.DataFrame:
    column = DIMENSIONS[group]  # KeyError for anything not whitelisted
    return _run(
        con,
        f"""
        SELECT {column} AS grp, date_trunc('month', e.event_date)::DATE AS month, count(*) AS events
        FROM events e WHERE {{where}} GROUP BY ALL ORDER BY grp, month""",
        filters,
    )


def reach(con: Con, filters: Filters, dimension: str) -> pd.DataFrame:
    column = DIMENSIONS[dimension]
    return _run(
        con,
        f"""
        SELECT {column} AS category, count(*) AS events, sum(e.participants) AS participants,
               count(e.participants) AS events_with_count, median(e.participants) AS median_participants
        FROM events e WHERE {{where}} GROUP BY 1 ORDER BY participants DESC NULLS LAST, events DESC""",
        filters,
    )


def event_sizes(con: Con, filters: Filters) -> pd.DataFrame:
    return _run(
        con,
        """
        SELECT e.election, e.participants FROM events e
        WHERE {where} AND e.participants IS NOT NULL ORDER BY e.participants""",
        filters,
    )


def events_table(con: Con, filters: Filters, search: str = "", limit: int = 500, offset: int = 0) -> pd.DataFrame:
    """The table behind the Data page; `search` matches title, organiser, place and outlet, case-insensitive."""
    return _run(
        con,
        """
        SELECT e.id, e.event_date, e.province, e.regency_city, e.organizer, e.organizer_type, e.mode,
               e.participants, e.audience, e.election, e.days_before_election, e.event_kind, e.title,
               e.venue, e.outlet, e.source_url, e.other_urls, e.notes
        FROM events e WHERE {where}
          AND ($search = '' OR concat_ws(' ', e.title, e.organizer, e.province, e.regency_city, e.outlet,
                                          e.audience, e.venue) ILIKE '%' || $search || '%')
        ORDER BY e.event_date DESC, e.id LIMIT $limit OFFSET $offset""",
        filters,
        {"search": search, "limit": limit, "offset": offset},
    )


def events_count(con: Con, filters: Filters, search: str = "") -> int:
    frame = _run(
        con,
        """
        SELECT count(*) AS n FROM events e WHERE {where}
          AND ($search = '' OR concat_ws(' ', e.title, e.organizer, e.province, e.regency_city, e.outlet,
                                          e.audience, e.venue) ILIKE '%' || $search || '%')""",
        filters,
        {"search": search},
    )
    return int(frame["n"].iloc[0])


# Violations are published figures, not events: the event filters other than election do not apply.
def violation_totals(con: Con, election: str = "") -> pd.DataFrame:
    return con.execute(
        """
        SELECT source_body, election, as_of, metric, value, unit, source_url, outlet, notes
        FROM violations
        WHERE scope = 'national' AND breakdown = '' AND regency_city = ''
          AND metric IN ('reported', 'proven', 'sanctioned', 'followed_up', 'recommended')
          AND ($election = '' OR election = $election)
        ORDER BY election, as_of, metric""",
        {"election": election},
    ).df()


def violation_breakdown(con: Con, breakdown: str, election: str = "") -> pd.DataFrame:
    return con.execute(
        """
        SELECT source_body, election, as_of, metric, category, value, unit, source_url, outlet
        FROM violations
        WHERE breakdown = $breakdown AND scope = 'national' AND ($election = '' OR election = $election)
        ORDER BY election, as_of DESC, value DESC""",
        {"breakdown": breakdown, "election": election},
    ).df()


def violation_by_province(con: Con, election: str = "") -> pd.DataFrame:
    return con.execute(
        """
        SELECT scope AS province, source_body, election, as_of, metric, value, unit, source_url, outlet
        FROM violations
        WHERE scope <> 'national' AND regency_city = '' AND metric NOT IN ('share')
          AND ($election = '' OR election = $election)
        ORDER BY province, as_of""",
        {"election": election},
    ).df()


def outreach_vs_violations(con: Con, filters: Filters) -> pd.DataFrame:
    """Provinces where both an event count and a published province-level violation figure exist."""
    return _run(
        con,
        """
        WITH f AS (SELECT province, count(*) AS events, sum(participants) AS participants
                   FROM events e WHERE {where} GROUP BY province),
        v AS (SELECT scope, arg_max(value, as_of) AS violations, arg_max(source_body, as_of) AS source_body,
                     arg_max(election, as_of) AS violation_election, arg_max(source_url, as_of) AS source_url
              FROM violations WHERE scope <> 'national' AND regency_city = '' AND breakdown = ''
                AND metric IN ('reported', 'proven') AND unit IN ('ASN', 'case')
              GROUP BY scope)
        SELECT f.province, f.events, f.participants, p.asn_count,
               round(f.events * 10000.0 / nullif(p.asn_count, 0), 2) AS events_per_10000_asn,
               v.violations, v.source_body, v.violation_election, v.source_url
        FROM f JOIN v ON v.scope = f.province JOIN provinces p ON p.name = f.province
        ORDER BY v.violations DESC""",
        filters,
    )


def ikp_scores(con: Con) -> pd.DataFrame:
    return con.execute("""
        SELECT scope AS province, election, as_of, value, source_url, outlet
        FROM violations WHERE metric = 'ikp_score' ORDER BY value DESC""").df()


def elections(con: Con) -> pd.DataFrame:
    return con.execute("SELECT * FROM elections ORDER BY voting_date").df()


def provinces(con: Con) -> pd.DataFrame:
    return con.execute("SELECT * FROM provinces ORDER BY province_code").df()


def province_geometry(con: Con) -> pd.DataFrame:
    return con.execute("""
        SELECT g.province_code, p.name, g.geometry FROM province_geometry g
        JOIN provinces p USING (province_code) ORDER BY g.province_code""").df()


def build_info(con: Con) -> pd.DataFrame:
    return con.execute("SELECT * FROM build_info").df()


def filter_options(con: Con) -> dict[str, list[str]]:
    """What the sidebar offers: only values that exist, so a URL can't smuggle in anything else."""

    def values(sql: str) -> list[str]:
        return [row[0] for row in con.execute(sql).fetchall() if row[0]]

    return {
        "provinces": values("SELECT name FROM provinces ORDER BY name"),
        "island_groups": values("SELECT DISTINCT island_group FROM provinces ORDER BY 1"),
        "organizer_types": values("SELECT DISTINCT organizer_type FROM events ORDER BY 1"),
        "modes": values("SELECT DISTINCT mode FROM events WHERE mode <> '' ORDER BY 1"),
        "elections": values("SELECT election FROM elections ORDER BY voting_date"),
    }


def date_bounds(con: Con) -> tuple:
    return con.execute("SELECT min(event_date), max(event_date) FROM events").fetchone()
