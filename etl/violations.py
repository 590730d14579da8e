"""Steps for the published violation figures and the per-province reference figures."""

from __future__ import annotations

import pandas as pd

from etl import steps
from etl.problems import Problem
from etl.read import LINE
from netralitas import schema
from netralitas.places import Places


def validate_violations(
    raw: pd.DataFrame,
    file: str,
    places: Places,
    outlets: dict[str, str] | None = None,
    categories: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, list[Problem]]:
    problems: list[Problem] = []
    frame = raw  # read_curated_csv has trimmed every cell
    frame, found = steps.normalise_outlets(frame, file, outlets or {})
    problems += found
    problems += steps.check_lengths(frame, file)
    problems += steps.check_unique_ids(frame, file)
    frame, found = steps.parse_dates(frame, ["as_of", "published_date"], file, required=set())
    problems += found
    frame, found = steps.resolve_provinces(frame, "scope", file, places, allow=(schema.NATIONAL,))
    problems += found
    problems += [
        Problem(file, int(r[LINE]), "scope", "", "required: 'national' or a province")
        for _, r in frame[frame["scope"] == ""].iterrows()
    ]
    with_province = frame.assign(province=frame["scope"].where(frame["scope"] != schema.NATIONAL, ""))
    resolved, found = steps.resolve_regencies(with_province, file, places)
    frame["regency_city"] = resolved["regency_city"]
    problems += found
    for column, allowed, required in (
        ("source_body", schema.VIOLATION_BODIES, True),
        ("election", schema.VIOLATION_ELECTIONS, True),
        ("metric", schema.VIOLATION_METRICS, True),
        ("breakdown", schema.VIOLATION_BREAKDOWNS, False),
        ("unit", schema.VIOLATION_UNITS, True),
    ):
        frame, found = steps.check_choices(frame, column, allowed, file, required)
        problems += found
    # float64 always: a file whose figures are all whole numbers must load like any other
    values = pd.to_numeric(frame["value"].str.replace(",", ".", regex=False), errors="coerce").astype("float64")
    for _, row in frame[values.isna()].iterrows():
        problems.append(Problem(file, int(row[LINE]), "value", row["value"], "not a number"))
    for _, row in frame[(values < 0).fillna(False)].iterrows():
        problems.append(Problem(file, int(row[LINE]), "value", row["value"], "negative"))
    frame["value"] = values
    problems += steps.check_urls(frame, file)
    problems += check_as_of_rule(frame, file)
    frame, found = translate_categories(frame, file, categories or {})
    problems += found
    return frame, problems


def translate_categories(frame: pd.DataFrame, file: str, english: dict[str, str]) -> tuple[pd.DataFrame, list[Problem]]:
    """Add `category_en`: categories are the publisher's own Indonesian wording, and an English reader must not
    meet them untranslated (data/reference/violation_categories.csv). A category without one is a warning, and
    the English dashboard then shows the Indonesian words rather than nothing."""
    out = frame.assign(category_en=frame["category"].map(lambda c: english.get(c, c)))
    missing = frame[(frame["category"] != "") & ~frame["category"].isin(english.keys())]
    problems = [
        Problem(
            file,
            int(row[LINE]),
            "category",
            row["category"],
            "no English label: add it to data/reference/violation_categories.csv",
            "warning",
        )
        for _, row in missing.iterrows()
    ]
    return out, problems


# A note admitting that as_of was copied from the publication or announcement day: the curation rule is the
# date of the statement or report as the page gives it, else empty with a note.
_PUBLICATION_AS_OF = r"as_of\s*=\s*tanggal\s+(?:publikasi|terbit|pengumuman|berita|artikel)|as_of is the publication"


def check_as_of_rule(frame: pd.DataFrame, file: str) -> list[Problem]:
    """Warnings for rows that break the one as_of rule or the ranking rule (a regency rank names its regency)."""
    problems = []
    notes = frame["notes"].str.contains(_PUBLICATION_AS_OF, case=False, regex=True, na=False)
    for _, row in frame[notes & frame["as_of"].notna()].iterrows():
        problems.append(
            Problem(
                file,
                int(row[LINE]),
                "as_of",
                str(row["as_of"])[:10],
                "the note says as_of is the publication/announcement date: use the date of the statement "
                "or report as the page gives it, or leave as_of empty and say so in notes",
                "warning",
            )
        )
    wrong_rank = (frame["breakdown"] == "regency_ranking") & (frame["regency_city"] == "")
    wrong_rank |= (frame["breakdown"] == "province_ranking") & (frame["regency_city"] != "")
    for _, row in frame[wrong_rank].iterrows():
        problems.append(
            Problem(
                file,
                int(row[LINE]),
                "breakdown",
                row["breakdown"],
                "a regency rank is 'regency_ranking' with its regency_city; a province rank has none",
                "warning",
            )
        )
    return problems


def validate_province_figures(
    raw: pd.DataFrame, value_column: str, file: str, places: Places
) -> tuple[pd.DataFrame, list[Problem]]:
    """ASN headcount or population per province: one published number with its year and source."""
    problems: list[Problem] = []
    frame = raw  # read_curated_csv has trimmed every cell
    frame, found = steps.resolve_provinces(frame, "province", file, places, allow=(schema.NATIONAL,))
    problems += found
    frame, found = steps.parse_count(frame, value_column, file, maximum=400_000_000)
    problems += found
    frame, found = steps.parse_count(frame, "year", file, maximum=2100)
    problems += found
    problems += steps.check_urls(frame, file)
    return frame, problems
