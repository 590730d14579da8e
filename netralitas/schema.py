"""The vocabulary of the curated files: columns and allowed values, shared by the ETL, the extractor and the app."""

from __future__ import annotations

EVENT_COLUMNS = [
    "id",
    "event_date",
    "province",
    "regency_city",
    "organizer",
    "organizer_type",
    "mode",
    "venue",
    "participants",
    "audience",
    "election",
    "event_kind",
    "title",
    "source_url",
    "other_urls",
    "outlet",
    "published_date",
    "notes",
]
VIOLATION_COLUMNS = [
    "id",
    "source_body",
    "election",
    "scope",
    "regency_city",
    "as_of",
    "metric",
    "breakdown",
    "category",
    "value",
    "unit",
    "source_url",
    "outlet",
    "published_date",
    "notes",
]
ASN_COLUMNS = ["province", "asn_count", "year", "as_of", "source_url", "outlet", "notes"]
POPULATION_COLUMNS = ["province", "population", "year", "source_url", "outlet", "notes"]

ELECTIONS = ("Pemilu 2024", "Pilkada 2024")
ORGANIZER_TYPES = (
    "BKN",
    "KASN",
    "Bawaslu",
    "KPU",
    "Kemendagri",
    "Kemenpan RB",
    "provincial government",
    "regency/city government",
    "police",
    "military",
    "university",
    "other",
)
MODES = ("luring", "daring", "hybrid")
EVENT_KINDS = ("sosialisasi", "deklarasi", "apel", "webinar", "bimtek", "rakor", "seminar", "lainnya")

VIOLATION_ELECTIONS = ("Pemilu 2024", "Pilkada 2024", "Pilkada 2020", "Pemilu 2019", "other")
VIOLATION_BODIES = ("KASN", "BKN", "Bawaslu", "Kemendagri", "Kemenpan RB", "provincial government", "other")
VIOLATION_METRICS = (
    "reported",
    "proven",
    "sanctioned",
    "followed_up",
    "recommended",
    "not_proven",
    "share",
    "ikp_score",
    "rank",
)
VIOLATION_BREAKDOWNS = ("", "kind", "position", "agency_level", "reason", "province_ranking", "regency_ranking")
VIOLATION_UNITS = ("ASN", "case", "percent", "score", "rank")
NATIONAL = "national"

# Bounds that separate a typo from a real value: the largest single briefing found in the news had a few
# thousand participants; 100,000 in one event is a data-entry error, not an event.
MAX_PARTICIPANTS = 100_000
MAX_FIELD_LENGTH = 2_000
MAX_FILE_BYTES = 20 * 1024 * 1024
FIRST_DATE = "2022-01-01"
LAST_DATE = "2025-12-31"
