"""Every question the dashboard asks, as SQL in one place. Values always travel as parameters.

Each function takes a DuckDB connection (or cursor) and a Filters value and returns a DataFrame, so the
same code serves the pages, the report pack, the tests and the benchmarks.
"""

from __future__ import annotations

from dataclasses import replace

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
# The ones the reach chart offers, in the order the page lists them (by election there is the comparison).
REACH_DIMENSIONS = ("province", "organizer_type", "mode", "audience", "event_kind", "island_group")


def _literal(search: str) -> str:
    """A search typed by a reader matches itself: '%' and '_' are not wildcards."""
    return search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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


# The province-level figure a comparison may use, as one rule (README, "Comparing violation figures"):
# only province rows (no regency, breakdown or category rows) of one election and one metric, counted in
# persons (ASN) or cases; one unit per answer (the unit most provinces have, ASN first on a tie); per
# province the publisher that covers the most provinces, then its latest dated figure (undated last).
_PROVINCE_FIGURES = """
    cand AS (SELECT * FROM violations
             WHERE scope NOT IN ('national', '') AND regency_city = '' AND breakdown = '' AND category = ''
               AND election = $vio_election AND metric = $vio_metric AND unit IN ('ASN', 'case')),
    unit_pick AS (SELECT unit FROM cand GROUP BY unit ORDER BY count(DISTINCT scope) DESC, unit LIMIT 1),
    same_unit AS (SELECT * FROM cand WHERE unit = (SELECT unit FROM unit_pick)),
    reach AS (SELECT source_body, count(DISTINCT scope) AS body_provinces FROM same_unit GROUP BY source_body),
    ranked AS (SELECT s.*, row_number() OVER (PARTITION BY s.scope
                   ORDER BY r.body_provinces DESC, s.source_body, s.as_of DESC NULLS LAST, s.id) AS pick
               FROM same_unit s JOIN reach r USING (source_body)),
    figure AS (SELECT scope AS province, value AS violations, unit AS violation_unit,
                      source_body AS violation_source_body, as_of AS violation_as_of,
                      source_url AS violation_source_url, outlet AS violation_outlet, id AS violation_id
               FROM ranked WHERE pick = 1)"""

VIOLATION_METRICS = {"violations_reported": "reported", "violations_proven": "proven"}


def province_violations(con: Con, election: str, metric: str = "reported") -> pd.DataFrame:
    """One comparable figure per province that has one (see _PROVINCE_FIGURES); none without an election."""
    return con.execute(
        f"WITH {_PROVINCE_FIGURES} SELECT * FROM figure ORDER BY province",
        {"vio_election": election, "vio_metric": metric},
    ).df()


def by_province(con: Con, filters: Filters, violation_metric: str = "reported") -> pd.DataFrame:
    """All 38 provinces. `selected` is false for a province the province/island filter leaves out; events
    is 0 for a selected province without an event; rates are empty where a headcount is missing; the
    violation columns hold the comparable figure of the selected election (empty: none published, or
    no election chosen)."""
    return _run(
        con,
        f"""
        WITH f AS (SELECT * FROM events e WHERE {{where}}),
        agg AS (SELECT province, count(*) AS events, sum(participants) AS participants
                FROM f GROUP BY province),
        {_PROVINCE_FIGURES}
        SELECT p.province_code, p.name AS province, p.island_group,
               (len($sel_provinces) = 0 OR list_contains($sel_provinces, p.name))
                 AND (len($sel_islands) = 0 OR list_contains($sel_islands, p.island_group)) AS selected,
               coalesce(agg.events, 0) AS events, agg.participants,
               p.asn_count, p.population,
               round(coalesce(agg.events, 0) * 1000.0 / nullif(p.asn_count, 0), 3) AS events_per_1000_asn,
               round(coalesce(agg.events, 0) * 1e6 / nullif(p.population, 0), 3) AS events_per_million_residents,
               round(agg.participants * 1000.0 / nullif(p.asn_count, 0), 1) AS participants_per_1000_asn,
               figure.* EXCLUDE (province)
        FROM provinces p
        LEFT JOIN agg ON agg.province = p.name
        LEFT JOIN figure ON figure.province = p.name
        ORDER BY p.province_code""",
        filters,
        {
            "vio_election": filters.election,
            "vio_metric": violation_metric,
            "sel_provinces": list(filters.provinces),
            "sel_islands": list(filters.island_groups),
        },
    )


def by_regency(con: Con, filters: Filters, province: str) -> pd.DataFrame:
    return _run(
        con,
        """
        SELECT e.regency_city,  -- '' for a province-wide event: the page names it in the reader's language
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
                                          e.audience, e.venue) ILIKE '%' || $search || '%' ESCAPE '\\')
        ORDER BY e.event_date DESC, e.id LIMIT $limit OFFSET $offset""",
        filters,
        {"search": _literal(search), "limit": limit, "offset": offset},
    )


def events_count(con: Con, filters: Filters, search: str = "") -> int:
    frame = _run(
        con,
        """
        SELECT count(*) AS n FROM events e WHERE {where}
          AND ($search = '' OR concat_ws(' ', e.title, e.organizer, e.province, e.regency_city, e.outlet,
                                          e.audience, e.venue) ILIKE '%' || $search || '%' ESCAPE '\\')""",
        filters,
        {"search": _literal(search)},
    )
    return int(frame["n"].iloc[0])


# Violations are published figures, not events: the event filters other than election do not apply.
def violation_totals(con: Con, election: str = "") -> pd.DataFrame:
    return con.execute(
        """
        SELECT source_body, election, as_of, metric, value, unit, source_url, outlet, notes
        FROM violations
        WHERE scope = 'national' AND breakdown = '' AND regency_city = '' AND unit IN ('ASN', 'case')
          AND metric IN ('reported', 'proven', 'sanctioned', 'followed_up', 'recommended')
          AND ($election = '' OR election = $election)
        ORDER BY election, as_of, metric""",
        {"election": election},
    ).df()


# Categories are the publisher's Indonesian wording; English readers get the label from
# data/reference/violation_categories.csv (the build copies it into category_en).
_CATEGORY = "CASE WHEN $lang = 'en' THEN category_en ELSE category END AS category"


def violation_breakdown(con: Con, breakdown: str, election: str = "", lang: str = "id") -> pd.DataFrame:
    return con.execute(
        f"""
        SELECT source_body, election, as_of, metric, {_CATEGORY}, value, unit, source_url, outlet
        FROM violations
        WHERE breakdown = $breakdown AND scope = 'national' AND ($election = '' OR election = $election)
        ORDER BY election, as_of DESC, value DESC""",
        {"breakdown": breakdown, "election": election, "lang": lang},
    ).df()


def violation_by_province(con: Con, election: str = "", lang: str = "id") -> pd.DataFrame:
    """Every province-level figure (counts, ranks, scores; no shares), each with its source: the evidence."""
    return con.execute(
        f"""
        SELECT scope AS province, election, source_body, as_of, metric, breakdown, {_CATEGORY}, value, unit, outlet,
               source_url, id
        FROM violations
        WHERE scope <> 'national' AND regency_city = '' AND metric NOT IN ('share')
          AND ($election = '' OR election = $election)
        ORDER BY province, election, as_of DESC NULLS LAST, id""",
        {"election": election, "lang": lang},
    ).df()


def province_figures(con: Con, province: str, election: str = "", lang: str = "id") -> pd.DataFrame:
    """Every published figure about one province (its regencies included), each with its source."""
    return con.execute(
        f"""
        SELECT election, regency_city, source_body, as_of, metric, breakdown, {_CATEGORY}, value, unit, outlet,
               source_url, id
        FROM violations WHERE scope = $province AND ($election = '' OR election = $election)
        ORDER BY election DESC, regency_city, as_of DESC NULLS LAST, id""",
        {"province": province, "election": election, "lang": lang},
    ).df()


def outreach_vs_violations(con: Con, filters: Filters) -> pd.DataFrame:
    """Every selected province, its outreach per 1,000 ASN and its comparable reported-violation figure for
    the filter's election (empty where none was published). Needs an election: the caller asks for one."""
    frame = by_province(con, filters, "reported")
    columns = ["province", "events", "asn_count", "events_per_1000_asn", "events_per_million_residents"]
    columns += [c for c in frame.columns if c.startswith("violation")]
    return frame.loc[frame["selected"], columns].reset_index(drop=True)


def outreach_table(con: Con, filters: Filters) -> pd.DataFrame:
    """outreach_vs_violations for the filter's election, or both elections side by side, fewest events per
    1,000 ASN first: which provinces reached the fewest, and what was reported there."""
    chosen = [filters.election] if filters.election else list(elections(con)["election"])
    frames = [outreach_vs_violations(con, replace(filters, election=e)).assign(election=e) for e in chosen]
    frame = pd.concat(frames, ignore_index=True)
    columns = [
        "election",
        "province",
        "events",
        "asn_count",
        "events_per_1000_asn",
        "events_per_million_residents",
        "violations",
        "violation_unit",
        "violation_source_body",
        "violation_as_of",
        "violation_source_url",
    ]
    return frame.sort_values(["election", "events_per_1000_asn", "province"])[columns].reset_index(drop=True)


def elections(con: Con) -> pd.DataFrame:
    return con.execute("SELECT * FROM elections ORDER BY voting_date").df()


def province_geometry(con: Con) -> pd.DataFrame:
    return con.execute("""
        SELECT g.province_code, p.name, g.geometry FROM province_geometry g
        JOIN provinces p USING (province_code) ORDER BY g.province_code""").df()


def regency_geometry(con: Con, province: str) -> pd.DataFrame:
    """One province's regency/city outlines: read only when that province is opened."""
    return con.execute(
        """
        SELECT g.regency_code AS province_code, r.name, g.geometry FROM regency_geometry g
        JOIN regencies r USING (regency_code) WHERE r.province = $province ORDER BY g.regency_code""",
        {"province": province},
    ).df()


def regency_events(con: Con, filters: Filters, province: str) -> pd.DataFrame:
    """Every regency/city of a province with its events in the selection (0 where none)."""
    return _run(
        con,
        """
        WITH f AS (SELECT e.regency_city, count(*) AS events, sum(e.participants) AS participants
                   FROM events e WHERE {where} AND e.province = $province GROUP BY 1)
        SELECT r.regency_code, r.name AS regency_city, coalesce(f.events, 0) AS events, f.participants
        FROM regencies r LEFT JOIN f ON f.regency_city = r.name
        WHERE r.province = $province ORDER BY r.regency_code""",
        filters,
        {"province": province},
    )


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


def curated_events(con: Con) -> pd.DataFrame:
    """Every event with the columns the duplicate rule compares (netralitas.duplicates) and a curator reads."""
    return con.execute(
        """
        SELECT id, event_date, province, regency_city, organizer_type, organizer, title, source_url, other_urls
        FROM events ORDER BY event_date, id"""
    ).df()
