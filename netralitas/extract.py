"""From an Indonesian news article to a candidate event record, each field with its evidence.

Rule-based on purpose: every value points at the exact span it came from, so an analyst can check it, and
a field the text does not state stays empty (confidence 0) — the extractor never guesses.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from netralitas.dates import DateMention, find_dates
from netralitas.places import PlaceMention, find_places, resolve_province, resolve_regency, suggest_province

FIELDS = (
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
    "title",
)
VOTING_DAYS = {dt.date(2024, 2, 14), dt.date(2024, 11, 27)}
EVENT_VERBS = re.compile(
    r"\b(dilaksanakan|digelar|mengikuti|diikuti|menggelar|berlangsung|diselenggarakan|menyelenggarakan|di acara|"
    r"bertempat|mengadakan|melaksanakan|diadakan|acara)\b",
    re.IGNORECASE,
)
ONLINE = re.compile(r"\b(zoom|daring|webinar|virtual|online|live ?streaming|youtube|video ?conference)\b", re.I)
HYBRID = re.compile(r"\b(hybrid|hibrid|hibrida)\b", re.I)
# "di Aula X", "di Claro Hotel Kendari", "dari Ruang Y": up to three capitalised words may precede the keyword.
VENUE = re.compile(
    r"\b(?i:di|bertempat di|dari)\s+((?:[A-Z][\w'-]*\s+){0,3}(?i:ruang|aula|hotel|gedung|pendopo|pendapa|balai|"
    r"kantor|auditorium|ballroom|ball room|wisma|graha|rumah dinas|rumah jabatan|convention|hall)\b[^,.;()\n]{2,70})"
)
WEEKDAY_TAIL = re.compile(r"\s+(?:pada\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b.*$", re.I)
NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+)"
PARTICIPANTS = [
    re.compile(
        rf"\b(?:diikuti|dihadiri|melibatkan|mengundang|menghadirkan)\s+(?:oleh\s+)?(?:sebanyak\s+)?"
        rf"(?:sekitar\s+|kurang lebih\s+|lebih dari\s+|hampir\s+)?{NUMBER}\s*(lebih\s+)?(?:orang\s+)?"
        rf"(peserta|asn|pegawai|orang|aparatur|camat|kepala desa|pejabat|perwakilan)",
        re.I,
    ),
    re.compile(rf"\b(?:sebanyak|sekitar|kurang lebih|total)\s+{NUMBER}\s*(lebih\s+)?(?:orang\s+)?(peserta)\b", re.I),
    re.compile(rf"\b{NUMBER}\s*(lebih\s+)?(?:orang\s+)?(peserta)\b", re.I),
]
AUDIENCE_LIST = re.compile(r"(?:terdiri (?:dari|atas)|yang terdiri dari|meliputi|yakni)\s+([^.\"”\n]{5,200})", re.I)
BREAKDOWN = re.compile(
    r"\d+\s+(?:orang\s+)?[A-Za-z][\w]+(?:\s+[A-Za-z]\w+)?(?:\s*,\s*(?:serta\s+|dan\s+)?\d+\s+"
    r"(?:orang\s+)?[A-Za-z]\w+(?:\s+[A-Za-z]\w+)?)+"
)
ORGANIZER_VERBS = re.compile(r"\b(menggelar|menyelenggarakan|melaksanakan|mengadakan|melakukan kegiatan)\b", re.I)
ORGANIZER_BY = re.compile(
    r"\b(?:diselenggarakan|digelar|dilaksanakan|diadakan)\s+oleh\s+([^.;\n]{3,120})|"
    r"\b(?:webinar|sosialisasi|kegiatan)\b[^.]{0,120}?\boleh\s+([A-Z][^.;\n]{3,120})",
    re.I,
)
ORGANIZER_TYPES = [  # first match wins: the most specific body first
    ("KASN", r"\bKASN\b|Komisi Aparatur Sipil Negara"),
    ("BKN", r"\bBKN\b|Badan Kepegawaian Negara"),
    ("Bawaslu", r"\bBawaslu\b|Panwaslu|Badan Pengawas Pemilu"),
    ("KPU", r"\bKPU\b|Komisi Pemilihan Umum"),
    ("Kemenpan RB", r"Kemen ?PAN[- ]?RB|Kementerian Pendayagunaan Aparatur"),
    (
        "Kemendagri",
        r"Kemendagri|Kementerian Dalam Negeri|Ditjen Polpum|Direktorat Jenderal Politik dan Pemerintahan Umum",
    ),
    ("police", r"\bPolda\b|\bPolres\w*\b|\bPolri\b|\bPolsek\b|Kepolisian"),
    ("military", r"\bKodim\b|\bKorem\b|\bKodam\b|\bTNI\b|Lanal|Lanud"),
    ("university", r"\bUniversitas\b|\bUIN\b|\bIAIN\b|Politeknik|Sekolah Tinggi|\bSTPDN\b|\bIPDN\b"),
    ("provincial government", r"Pemprov|Pemerintah Provinsi|\bProvinsi\b|Gubernur|Kesbangpol Prov"),
    (
        "regency/city government",
        r"Pemkab|Pemkot|Pemerintah Kabupaten|Pemerintah Kota|\bKabupaten\b|\bKota\b|"
        r"Bupati|Wali ?kota|BKPSDM|BKPP|\bBKD\b",
    ),
]
PILKADA = re.compile(
    r"\bpilkada\b|pemilihan kepala daerah|pemilihan umum kepala daerah|pemilihan serentak|"
    r"pemilihan (?:gubernur|bupati|wali ?kota)|27 november|pemilihan 2024|pemilihan tahun 2024",
    re.I,
)
PEMILU = re.compile(r"\bpemilu\b|pemilihan umum(?! kepala daerah)|\bpileg\b|\bpilpres\b|14 februari", re.I)


@dataclass
class Field:
    value: object = None
    confidence: float = 0.0
    evidence: str = ""

    def as_dict(self) -> dict:
        value = self.value.isoformat() if isinstance(self.value, dt.date) else self.value
        return {"value": value, "confidence": round(self.confidence, 2), "evidence": self.evidence}


def html_to_text(html: str) -> str:
    """Article text from HTML with BeautifulSoup; scripts, styles and page chrome are dropped, never rendered."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe"]):
        tag.decompose()
    text = soup.get_text("\n")
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _sentence(text: str, position: int) -> tuple[int, int]:
    start = max(text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1
    ends = [i for i in (text.find(". ", position), text.find("\n", position)) if i != -1]
    return start, (min(ends) if ends else len(text))


def extract(text: str, published: dt.date | None = None) -> dict[str, Field]:
    """One candidate record; fields the text does not state stay empty."""
    text = (text or "")[:200_000]
    fields = {name: Field() for name in FIELDS}
    if not text.strip():
        return fields
    try:
        fields["title"] = _title(text)
        fields["event_date"] = _event_date(text, published)
        fields["province"], fields["regency_city"] = _place(text)
        fields["organizer"], fields["organizer_type"] = _organizer(text)
        fields["venue"] = _venue(text)
        fields["mode"] = _mode(text, fields["venue"])
        fields["participants"], fields["audience"] = _participants(text)
        fields["election"] = _election(text)
    except (ValueError, IndexError, re.error):  # arbitrary text must never crash the page: keep what was read
        pass
    return fields


def _title(text: str) -> Field:
    for line in text.splitlines():
        line = line.strip(" >\t")
        if 10 <= len(line) <= 200:
            return Field(line, 0.6, line)
    return Field()


def _year_hint(dates: list[DateMention], published: dt.date | None) -> int | None:
    full = [d.date.year for d in dates]
    if full:
        return max(set(full), key=full.count)
    return published.year if published else None


def _event_date(text: str, published: dt.date | None) -> Field:
    full = find_dates(text)
    candidates = find_dates(text, _year_hint(full, published))
    best, best_score = None, -99.0
    for mention in candidates:
        after = text[mention.end : mention.end + 25].casefold()
        if mention.date in VOTING_DAYS or "mendatang" in after:
            continue  # the election's own date, not the event's
        start, end = _sentence(text, mention.start)
        sentence = text[start:end]
        score = 0.0
        if EVENT_VERBS.search(sentence):
            score += 2
        if re.search(r"\(\s*\d{1,2}/\d{1,2}", text[mention.start - 2 : mention.end]):
            score += 1  # "Jumat (15/12/2023)": the dateline style of an event report
        if re.search(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b", text[max(0, start) : mention.start]):
            score += 0.5
        if published and mention.date > published:
            score -= 3
        score -= 0.3 * mention.start / max(len(text), 1)  # earlier mentions lead the story
        if score > best_score:
            best, best_score = mention, score
    if best is None or best_score < 0.5:
        return Field()  # a date with no event context (a schedule, a deadline) is not the event's date
    confidence = 0.9 if best_score >= 2 else 0.6
    start, end = _sentence(text, best.start)
    return Field(best.date, confidence, text[start:end].strip()[:300] or best.text)


def _dateline(text: str) -> tuple[str, str] | None:
    """'KAYUAGUNG, KORANPALPRES.COM –' or 'Koreri.com, Sorong –': the place a report was filed from."""
    head = text[:1500]
    for match in re.finditer(r"(?m)^\s*([A-Za-z .'-]{3,40}),\s*([\w.\-]+\.(?:com|id|co\.id|net|co))\s*[–—-]", head):
        return match.group(1).strip(), match.group(0).strip()
    for match in re.finditer(r"(?m)^\s*([\w.\-]+\.(?:com|id|co\.id|net|co)),\s*([A-Za-z .'-]{3,40}?)\s*[–—-]", head):
        return match.group(2).strip(), match.group(0).strip()
    for match in re.finditer(r"(?m)^\s*([A-Z][A-Z .'-]{2,30}[A-Z])\s*[–—-]{1,2}\s", head):  # "PALANGKA RAYA - ..."
        return match.group(1).strip(), match.group(0).strip()
    return None


def _place(text: str) -> tuple[Field, Field]:
    mentions = find_places(text)
    regencies = [m for m in mentions if m.regency is not None]
    provinces = [m for m in mentions if m.kind == "province"]
    dateline = _dateline(text)
    if dateline:
        place, evidence = dateline
        regency = resolve_regency(place)
        if regency is None:  # a bare town like "Sorong": the text names the Kota or Kabupaten elsewhere
            named = [m.regency for m in regencies if m.regency and re.search(re.escape(place), m.text, re.I)]
            regency = named[0] if len(set(named)) == 1 else None
        if regency is not None:
            return Field(regency.province, 0.9, evidence), Field(regency.name, 0.85, evidence)
        province = resolve_province(place) or suggest_province(place)
        if province:
            return Field(province, 0.85, evidence), _regency_in(regencies, province)
    if regencies:
        first = _most_named(regencies)
        return Field(first.province, 0.75, first.text), Field(first.regency.name, 0.7, first.text)
    if provinces:
        first = _most_named(provinces)
        return Field(first.province, 0.7, first.text), Field()
    return Field(), Field()


def _most_named(mentions: list[PlaceMention]) -> PlaceMention:
    counts: dict[str, int] = {}
    for mention in mentions:
        key = mention.regency.name if mention.regency else mention.province
        counts[key] = counts.get(key, 0) + 1
    top = max(counts.values())
    return next(m for m in mentions if counts[m.regency.name if m.regency else m.province] == top)


def _regency_in(regencies: list[PlaceMention], province: str) -> Field:
    inside = [m for m in regencies if m.province == province and m.regency]
    names = {m.regency.name for m in inside}
    if len(names) == 1:
        return Field(inside[0].regency.name, 0.7, inside[0].text)
    return Field()


ORG_HEAD = re.compile(
    r"\b(?:Badan|Dinas|Kantor|Biro|Direktorat|Kementerian|Sekretariat|Satuan|Komisi|Pemerintah|"
    r"Pemprov|Pemkab|Pemkot|Polda|Polres\w*|Polri|Polsek|Kodim|Korem|Universitas|BKN|KASN|Bawaslu|"
    r"KPU|Kemendagri|BKPSDM\w*|BKPP|BKD|Kesbangpol|Bakesbangpol|Inspektorat|SSDM)\b"
)
TRAILING = re.compile(r"\s+(?:untuk|akan|kembali|juga|telah|pun|kini|turut|resmi|hari ini)\s*$", re.I)


def _subject(text: str, verb: re.Match) -> tuple[str, str] | None:
    """The organisation named just before an organising verb: from its first head word to the verb."""
    start, _ = _sentence(text, verb.start())
    clause = re.split(r"\s+yang\s+|[–—]\s+", text[start : verb.start()])[-1]
    head = ORG_HEAD.search(clause)
    if not head:
        return None
    phrase = TRAILING.sub("", clause[head.start() :].strip(" ,"))
    if not 2 < len(phrase) <= 160:
        return None
    return phrase, text[start : verb.end()].strip()


def _organizer(text: str) -> tuple[Field, Field]:
    phrase, evidence = None, ""
    by = ORGANIZER_BY.search(text)
    for verb in ORGANIZER_VERBS.finditer(text):
        if by is not None and by.start() < verb.start():
            break
        found = _subject(text, verb)
        if found:
            phrase, evidence = found
            break
    if phrase is None and by:
        phrase = (by.group(1) or by.group(2)).strip()
        phrase = re.split(r"\s+(?:dengan tema|bertempat|di |pada |yang )", phrase)[0].strip(" ,")
        evidence = by.group(0).strip()
    if not phrase:
        return Field(), Field()
    for kind, pattern in ORGANIZER_TYPES:
        if re.search(pattern, phrase):
            return Field(phrase, 0.75, evidence), Field(kind, 0.75, phrase)
    return Field(phrase, 0.6, evidence), Field("other", 0.3, phrase)


def _venue(text: str) -> Field:
    match = VENUE.search(text)
    if not match:
        return Field()
    venue = WEEKDAY_TAIL.sub("", match.group(1)).strip(" ,")
    return Field(venue, 0.7, match.group(0).strip())


def _mode(text: str, venue: Field) -> Field:
    hybrid = HYBRID.search(text)
    if hybrid:
        return Field("hybrid", 0.8, hybrid.group(0))
    online = ONLINE.search(text)
    if online:
        # "daring melalui zoom di Aula X": the hall is where the host sat; participants joined online.
        return Field("daring", 0.8, online.group(0))
    if venue.value:
        return Field("luring", 0.7, venue.evidence)
    return Field()


def _participants(text: str) -> tuple[Field, Field]:
    count = Field()
    for pattern in PARTICIPANTS:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 4) : match.start()]
            after = text[match.end() : match.end() + 2]
            if "Rp" in before or after.startswith("%"):
                continue
            number = int(match.group(1).replace(".", ""))
            if 1900 <= number <= 2100 or number <= 1:
                continue  # years and "1 peserta" phrases are not head counts
            count = Field(number, 0.85 if pattern is PARTICIPANTS[0] else 0.7, match.group(0).strip())
            break
        if count.value is not None:
            break
    audience = Field()
    listing = AUDIENCE_LIST.search(text)
    breakdown = BREAKDOWN.search(text)
    if breakdown:
        audience = Field(breakdown.group(0).strip(), 0.7, breakdown.group(0).strip())
    elif listing and count.value is not None and abs(listing.start() - text.find(count.evidence)) < 400:
        audience = Field(listing.group(1).strip(" ,"), 0.6, listing.group(0).strip())
    return count, audience


def _election(text: str) -> Field:
    pilkada = PILKADA.findall(text)
    pemilu = PEMILU.findall(text)
    if not pilkada and not pemilu:
        return Field()
    if len(pilkada) > len(pemilu):
        return Field("Pilkada 2024", 0.8, PILKADA.search(text).group(0))
    if len(pemilu) > len(pilkada):
        return Field("Pemilu 2024", 0.8, PEMILU.search(text).group(0))
    return Field()
