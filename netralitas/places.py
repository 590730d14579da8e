"""Place names as news writers use them ('Sultra', 'Kab. OKI', 'Pemkot Jambi', 'KAYUAGUNG') resolved to the
official province and regency/city of the reference tables."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from netralitas import paths
from netralitas.reference import read_provinces, read_regencies

# Prefixes that say which kind of area a name is; longest first so "Kota Administrasi" wins over "Kota".
_KOTA = ("kota administrasi", "pemerintah kota", "wali kota", "walikota", "pemkot", "kota")
_KAB = ("pemerintah kabupaten", "kabupaten", "pemkab", "bupati", "kab.", "kab")
_PROVINCE_PREFIX = ("pemerintah provinsi", "provinsi", "pemprov", "prov.", "prov")
# Bare names that are also ordinary words or too ambiguous to match in free text without a prefix.
_BARE_STOPLIST = {
    "batang",
    "bone",
    "buru",
    "muna",
    "karo",
    "pati",
    "agam",
    "banjar",
    "kota",
    "bangka",
    "belitung",
    "lebak",
    "tual",
    "toba",
    "sigi",
    "alor",
    "nias",
    "malaka",
    "teluk",
    "kepulauan",
    "pesisir",
}


@dataclass(frozen=True)
class Regency:
    code: str
    name: str
    province: str


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    province: str
    regency: Regency | None
    kind: str  # "province" or "regency"


def norm(text: str) -> str:
    """Case, accents, spaces and punctuation folded: 'Bau-Bau' == 'Baubau', 'Palangka Raya' == 'Palangkaraya'."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]", "", text)


def _strip_prefix(text: str, prefixes: tuple[str, ...]) -> tuple[str | None, str]:
    lowered = text.strip().casefold()
    for prefix in prefixes:
        if lowered.startswith(prefix + " ") or (prefix.endswith(".") and lowered.startswith(prefix)):
            return prefix, text.strip()[len(prefix) :].strip()
    return None, text.strip()


def _kind_and_core(name: str) -> tuple[str, str]:
    prefix, core = _strip_prefix(name, _KOTA)
    if prefix:
        return "kota", core
    prefix, core = _strip_prefix(name, _KAB)
    return ("kabupaten", core) if prefix else ("", name.strip())


# Each cache below is bounded: a long-lived server sees endless pasted text, and a million rows repeat a few
# hundred spellings.
CACHE_SIZE = 8192


class Places:
    """The resolver over one set of reference tables: the project's own (`default()`), or the folder a build
    was given, whose tables the build passes in."""

    def __init__(self, provinces: pd.DataFrame, regencies: pd.DataFrame):
        self.provinces = provinces
        self.regencies = regencies  # with the province's name (reference.read_regencies)
        self._province_index = self._index_provinces()
        self._by_kind, self._bare = self._index_regencies()
        self._patterns: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        self.resolve_province = lru_cache(maxsize=CACHE_SIZE)(self._resolve_province)
        self.suggest_province = lru_cache(maxsize=CACHE_SIZE)(self._suggest_province)
        self.resolve_regency = lru_cache(maxsize=CACHE_SIZE)(self._resolve_regency)

    @classmethod
    def from_folder(cls, reference: Path) -> Places:
        return cls(read_provinces(reference), read_regencies(reference))

    def province_names(self) -> list[str]:
        return self.provinces["name"].tolist()

    def _index_provinces(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for _, row in self.provinces.iterrows():
            keys = [row["name"], row["iso_code"], row["province_code"], *filter(None, row["aliases"].split("|"))]
            for key in keys:
                index[norm(key)] = row["name"]
        return index

    def _resolve_province(self, text: str) -> str | None:
        if not text or not str(text).strip():
            return None
        _, core = _strip_prefix(str(text), _PROVINCE_PREFIX)
        return self._province_index.get(norm(core)) or self._province_index.get(norm(text))

    def _suggest_province(self, text: str) -> str | None:
        close = difflib.get_close_matches(norm(text), list(self._province_index), n=1, cutoff=0.75)
        return self._province_index[close[0]] if close else None

    def _index_regencies(self) -> tuple[dict[tuple[str, str], list[Regency]], dict[str, list[Regency]]]:
        """(kind, core) -> regencies, and bare core/alias -> regencies."""
        by_kind: dict[tuple[str, str], list[Regency]] = {}
        bare: dict[str, list[Regency]] = {}
        for _, row in self.regencies.iterrows():
            regency = Regency(row["regency_code"], row["name"], row["province"])
            kind, core = _kind_and_core(row["name"])
            by_kind.setdefault((kind, norm(core)), []).append(regency)
            bare.setdefault(norm(core), []).append(regency)
            for alias in filter(None, row["aliases"].split("|")):
                alias_kind, alias_core = _kind_and_core(alias)
                if alias_kind:
                    by_kind.setdefault((alias_kind, norm(alias_core)), []).append(regency)
                bare.setdefault(norm(alias_core), []).append(regency)
        return by_kind, bare

    def _resolve_regency(self, text: str, province: str | None = None) -> Regency | None:
        """'Kabupaten Ogan Komering Ilir', 'Kab. OKI', 'OKI', 'Pemkot Jambi', 'Kudus'; None when unknown or
        ambiguous."""
        if not text or not str(text).strip():
            return None
        kind, core = _kind_and_core(str(text))
        candidates = self._by_kind.get((kind, norm(core)), []) if kind else self._bare.get(norm(core), [])
        if kind and not candidates:  # "Kota Kayuagung" style: the seat town of a regency
            candidates = self._bare.get(norm(core), [])
        if province:
            candidates = [c for c in candidates if c.province == province]
        unique = list(dict.fromkeys(candidates))
        return unique[0] if len(unique) == 1 else None

    def _mention_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Two patterns: names matched case-insensitively, and short uppercase abbreviations matched exactly."""
        if self._patterns is None:
            self._patterns = self._compile_mention_patterns()
        return self._patterns

    def _compile_mention_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        names: set[str] = set()
        abbreviations: set[str] = set()
        prefixed_only: set[str] = set()  # "Banjar" alone is ambiguous; "Pemkot Banjar" is not
        for _, row in self.provinces.iterrows():
            names.add(row["name"])
            for alias in filter(None, row["aliases"].split("|")):
                (abbreviations if alias.isupper() and len(alias) <= 4 else names).add(alias)
        for _, row in self.regencies.iterrows():
            _, core = _kind_and_core(row["name"])
            names.add(row["name"])
            (prefixed_only if norm(core) in _BARE_STOPLIST else names).add(core)
            for alias in filter(None, row["aliases"].split("|")):
                (abbreviations if alias.isupper() and len(alias) <= 4 else names).add(alias)
        prefixes = r"(?:(?:Pemkab|Pemkot|Pemprov|Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?|Bupati|Wali ?[Kk]ota)\s+)?"
        ordered = sorted(names, key=len, reverse=True)
        must = prefixes[:-1]  # the same prefixes, required
        name_re = re.compile(
            must
            + r"\b(?:"
            + "|".join(_flexible(n) for n in sorted(prefixed_only, key=len, reverse=True))
            + r")\b|"
            + prefixes
            + r"\b(?:"
            + "|".join(_flexible(n) for n in ordered)
            + r")\b",
            re.IGNORECASE,
        )
        abbr_re = re.compile(
            prefixes + r"\b(?:" + "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True)) + r")\b"
        )
        return name_re, abbr_re

    def find_places(self, text: str) -> list[PlaceMention]:
        """Every province or regency/city mention in free text, in order, never raising."""
        if not text:
            return []
        mentions: list[PlaceMention] = []
        taken: list[tuple[int, int]] = []
        for pattern in self._mention_patterns():
            for match in pattern.finditer(text):
                span = match.span()
                if any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                mention = self._classify(match.group(0), span)
                if mention:
                    mentions.append(mention)
                    taken.append(span)
        return sorted(mentions, key=lambda m: m.start)

    def _classify(self, found: str, span: tuple[int, int]) -> PlaceMention | None:
        prefix, _ = _strip_prefix(found, _PROVINCE_PREFIX)
        kind, _ = _kind_and_core(found)
        if not kind:
            province = self.resolve_province(found)
            if province:
                return PlaceMention(span[0], span[1], found, province, None, "province")
        regency = self.resolve_regency(found)
        if regency is not None and not prefix:
            return PlaceMention(span[0], span[1], found, regency.province, regency, "regency")
        province = self.resolve_province(found)
        if province:
            return PlaceMention(span[0], span[1], found, province, None, "province")
        return None


@lru_cache(maxsize=1)
def default() -> Places:
    """The project's own reference tables (data/reference/), read on first use: the app and the extractor's."""
    return Places.from_folder(paths.REFERENCE_DIR)


def province_names() -> list[str]:
    return default().province_names()


def resolve_province(text: str) -> str | None:
    return default().resolve_province(text)


def suggest_province(text: str) -> str | None:
    return default().suggest_province(text)


def resolve_regency(text: str, province: str | None = None) -> Regency | None:
    """'Kabupaten Ogan Komering Ilir', 'Kab. OKI', 'OKI', 'Pemkot Jambi', 'Kudus'; None when unknown or ambiguous."""
    return default().resolve_regency(text, province)


def find_places(text: str) -> list[PlaceMention]:
    """Every province or regency/city mention in free text, in order, never raising."""
    return default().find_places(text)


def _flexible(name: str) -> str:
    """Spaces and hyphens in a name match any run of spaces or hyphens ('Bau-Bau', 'Bau Bau')."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", name) if p]
    return r"[\s\-]*".join(parts)
