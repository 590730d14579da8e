"""From an Indonesian news article to a candidate event record, each field with its evidence.

Rule-based on purpose: every value points at the exact span of the text it came from, so an analyst can
check it, and a field the text does not state stays empty (confidence 0) — the extractor never guesses.

Rules worth knowing:
- event_date: the date in the sentence that carries the event's verb (digelar, dilaksanakan, ...) wins over
  publication, interview and voting days; "27 November mendatang" and the voting days themselves are never
  the event date. "Kamis (25/7)" takes its year from a full date elsewhere in the text, else `published`.
- place: a place named right at the venue ("di Hotel Aston, Kota Sorong") beats the dateline
  ("KAYUAGUNG, KORANPALPRES.COM –"), which beats the most-named regency, then the most-named province.
  Names after "Kecamatan"/"Desa" are sub-districts, not regencies ("Balai Kecamatan Rembang" is in Pasuruan).
- mode: "hybrid" when the text says so; otherwise any online word (zoom, daring, webinar, virtual, online)
  makes it "daring" even if a hall is named — in "daring melalui zoom di Aula X" the hall is where the host
  sat, the participants were online; otherwise a named venue makes it "luring".
- organizer_type: the first body named in the organiser phrase decides ("BKN bersama Pemprov PBD" is BKN);
  a local agency (BKD, BKPSDM, Kesbangpol, Pemda) is provincial or regency/city by the place it names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
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
MAX_CHARS = 200_000  # a pasted page longer than this is not one article
VOTING_DAYS = {dt.date(2024, 2, 14), dt.date(2024, 11, 27)}
WEEKDAY = r"(?:Senin|Selasa|Selesa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)"
# Lines that point at other stories; masked (not deleted, so spans stay exact) before anything is read.
OTHER_STORY = re.compile(r"(?im)^[ \t]*(?:baca juga|artikel terkait|berita terkait|lihat juga)\b.*$")
EVENT_VERBS = re.compile(
    r"\b(dilaksanakan|digelar|menggelar|berlangsung|diselenggarakan|menyelenggarakan|di acara|bertempat|"
    r"mengadakan|diadakan|dilangsungkan|melaksanakan)\b",
    re.IGNORECASE,
)
SPEECH_VERBS = re.compile(r"\b(kata|ujar|ucap|ungkap|jelas|tutur|mengatakan|menyampaikan|disampaikan)\w*", re.I)
ONLINE = re.compile(r"\b(zoom|daring|webinar|virtual|online|live ?streaming|video ?conference)\b", re.I)
HYBRID = re.compile(r"\b(hybrid|hibrid|hibrida)\b", re.I)
INFORMAL_VENUE = re.compile(r"\bdi (?:sebuah|salah satu) (?:hotel|aula|gedung|ballroom|pendopo)\b", re.I)
VENUE_WORDS = (
    r"ruang|aula|hotel|gedung|pendopo|pendapa|balai|kantor|auditorium|ballroom|ball room|wisma|graha|"
    r"rumah dinas|rumah jabatan|convention|hall|lapangan|halaman(?=\s+(?:apel\s+)?[A-Z])"
)
# "di Aula X", "di Claro Hotel Kendari", "bertempat di Hotel Aston": up to three capitalised words may precede
# the keyword; a bracketed acronym such as "(BKD)" is part of the name.
VENUE = re.compile(
    r"\b(?i:di|bertempat di)\s+((?:[A-Z][\w'-]*\s+){0,3}(?i:" + VENUE_WORDS + r")\b"
    r"(?:[^,.;()\n\"“”]|\([A-Z]{2,10}\))*)"
)
VENUE_END = re.compile(
    rf"\s+(?:pada|itu|yang|dan|hari|sejak|selama|secara|untuk|dengan|sebagai|pukul|{WEEKDAY})\b.*$",
    re.I | re.S,
)
NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+)"
HEADS = (
    r"peserta|partisipan|asn|pns|pegawai|orang|aparatur|camat|kepala|pejabat|perwakilan|prajurit|personel|guru|"
    r"lurah|sekda|pimpinan|mahasiswa|anggota|undangan|kades"
)
PARTICIPANTS = [
    re.compile(
        rf"\b(?:diikuti|dihadiri|melibatkan|mengundang|menghadirkan)\s+(?:oleh\s+)?(?:sebanyak\s+)?"
        rf"(?:sekitar\s+|kurang lebih\s+|lebih dari\s+|hampir\s+)?{NUMBER}\s*(?:lebih\s+)?(?:orang\s+)?"
        rf"(?=({HEADS})\b)",
        re.I,
    ),
    re.compile(
        rf"\b(?:sebanyak|sekitar|kurang lebih|total|lebih dari)\s+{NUMBER}\s*(?:lebih\s+)?"
        rf"(?=(peserta|partisipan)\b)",
        re.I,
    ),
    re.compile(rf"\b{NUMBER}\s*(?:lebih\s+)?(?=(peserta|partisipan)\b)", re.I),
]
AUDIENCE_END = re.compile(
    rf"(?:[.;:\n\"“”]|,\s*(?:dan\s+)?(?:di|ditutup|dilanjutkan)\b|\s+(?:itu|berlangsung|bertempat|pada|saat|"
    rf"sebagai|selama|secara|melalui|untuk|di(?=\s+[A-Z]))\b|,\s*{WEEKDAY}\b)"
)
ATTENDED_BY = re.compile(
    r"\b(?:diikuti|dihadiri)\s+(?:oleh\s+)?(?:para\s+)?(?=[A-Za-z])(?!sebanyak|sekitar|lebih)", re.I
)
EVENT_NOUN = re.compile(
    r"\b(?:acara|kegiatan|sosialisasi|webinar|seminar|rakor|rapat|apel|ikrar|deklarasi|pertemuan|bimtek|"
    r"workshop|forum|diskusi|penyuluhan|pembekalan|peserta|partisipan)\b",
    re.I,
)
LISTED = re.compile(
    r"\b(?:terdiri (?:dari|atas)|(?:peserta|partisipan) (?:yang )?(?:berasal )?dari(?: unsur)?)\s+", re.I
)
BREAKDOWN = re.compile(
    r"\d+\s+(?:orang\s+)?[A-Za-z]\w+(?:\s+[A-Za-z]\w+)?(?:\s*,\s*(?:serta\s+|dan\s+)?\d+\s+"
    r"(?:orang\s+)?[A-Za-z]\w+(?:\s+[A-Za-z]\w+)?)+"
)
ORGANIZER_VERBS = re.compile(r"\b(menggelar|menyelenggarakan|mengadakan|melaksanakan|melakukan kegiatan)\b", re.I)
ORGANIZER_BY = re.compile(
    r"\b(?:diselenggarakan|digelar|dilaksanakan|diadakan)\s+oleh\s+([^.;\n]{3,160})|"
    r"\b(?:webinar|sosialisasi|kegiatan)\b[^.]{0,140}?\boleh\s+([A-Z][^.;\n]{3,160})",
    re.I,
)
ORG_HEAD = re.compile(
    r"\b(?:Badan|Dinas|Kantor|Biro|Bidang|Bagian|Direktorat|Kementerian|Sekretariat|Satuan|Komisi|Pemerintah|"
    r"Pemprov|Pemkab|Pemkot|Pemda|Polda|Polres\w*|Polri|Polsek|Kodim|Korem|Kodam|Universitas|Fakultas|"
    r"Lembaga|LBH|Panitia|Panwaslu|Panwascam|Panwaslih|BKN|KASN|Bawaslu|KPU|Kemendagri|BKPSDM\w*|BKPP|BKD|"
    r"Kesbangpol|Bakesbangpol|Inspektorat|SSDM)\b"
)
ORG_END = re.compile(r"\s+(?:untuk|akan|kembali|juga|telah|pun|kini|turut|resmi|terus|hari ini)\s*$", re.I)
LOCAL_AGENCY = "local"
ORGANIZER_TYPES = [  # the body named first in the organiser phrase decides
    ("KASN", r"\bKASN\b|Komisi Aparatur Sipil Negara"),
    ("BKN", r"\bBKN\b|Badan Kepegawaian Negara"),
    ("Bawaslu", r"\bBawaslu\b|Panwas\w*|Panwaslih|Badan Pengawas Pemilu|Panitia Pengawas"),
    ("KPU", r"\bKPU\b|Komisi Pemilihan Umum"),
    ("Kemenpan RB", r"Kemen ?PAN[- ]?RB|Kementerian PANRB|Kementerian Pendayagunaan Aparatur"),
    (
        "Kemendagri",
        r"Kemendagri|Kementerian Dalam Negeri|Ditjen Polpum|Direktorat Jenderal Politik dan Pemerintahan",
    ),
    ("police", r"\bPolda\b|\bPolres\w*|\bPolri\b|\bPolsek\b|Kepolisian"),
    ("military", r"\bKodim\b|\bKorem\b|\bKodam\b|\bTNI\b|\bLanal\b|\bLanud\b"),
    ("university", r"\bUniversitas\b|\bFakultas\b|\bUIN\b|\bIAIN\b|Politeknik|Sekolah Tinggi|\bIPDN\b"),
    ("provincial government", r"\bPemprov\b|Pemerintah Provinsi|Gubernur"),
    (
        "regency/city government",
        r"\bPemkab\b|\bPemkot\b|Pemerintah Kabupaten|Pemerintah Kota|Bupati|Wali ?[Kk]ota",
    ),
    (
        LOCAL_AGENCY,  # provincial or regency/city: decided by the place the phrase names
        r"Badan Kepegawaian(?! Negara)|\bBKD\b|\bBKPSDM\w*|\bBKPP\b|Kesbangpol|Kesatuan Bangsa|\bPemda\b|"
        r"Pemerintah Daerah|Sekretariat Daerah|\bSetda\b|Inspektorat|\bDinas\b",
    ),
]
PILKADA = (
    r"\bpilkada\b|pemilihan (?:umum )?kepala daerah|pemilihan serentak|"
    r"pemilihan (?:gubernur|bupati|wali ?kota)|\b27 november\b|\bpemilukada\b"
)
PEMILU = (
    r"\bpemilu\b|pemilihan umum(?! kepala daerah)|\bpileg\b|\bpilpres\b|\b14 februari\b|"
    r"pemilihan (?:presiden|legislatif)"
)
ELECTION = re.compile(rf"(?P<pilkada>{PILKADA})|(?P<pemilu>{PEMILU})", re.I)
# Bodies whose names contain "Pemilu" say nothing about which election an event prepares for.
ELECTION_BODIES = re.compile(
    r"Badan Pengawas Pemilu\w*(?: Umum)?|Panitia Pengawas Pemilu|Pengawas Pemilu|Komisi Pemilihan Umum|"
    r"(?:Desk|Pojok|peserta|penyelenggara) Pemilu",
    re.I,
)
RUN_UP = re.compile(r"(?:jelang|menjelang|hadapi|menghadapi|menyongsong|dalam rangka|persiapan)\s+$", re.I)
THEME = re.compile(
    r"\b(?:bertema|bertajuk|bertemakan|tema|bertopik)\s*:?\s*(?:[\"“‘'](?P<quoted>[^\"“”‘’'″\n]{5,160})[\"”’'″]|"
    r"(?P<bare>[A-Z][^.,;\n\"“”]{5,120}))"
)


@dataclass
class Field:
    value: object = None
    confidence: float = 0.0
    evidence: str = ""

    def as_dict(self) -> dict:
        value = self.value.isoformat() if isinstance(self.value, dt.date) else self.value
        return {"value": value, "confidence": round(self.confidence, 2), "evidence": self.evidence}


def html_to_text(html: str) -> str:
    """Article text from HTML with BeautifulSoup; the page head, scripts, styles and menus are dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["head", "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe"]):
        tag.decompose()
    text = soup.get_text("\n")
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def extract(text: str, published: dt.date | None = None) -> dict[str, Field]:
    """One candidate record; fields the text does not state stay empty."""
    text = (text or "")[:MAX_CHARS]
    fields = {name: Field() for name in FIELDS}
    if not text.strip():
        return fields
    body = OTHER_STORY.sub(lambda m: " " * len(m.group(0)), text)
    try:
        fields["title"] = _title(body)
        fields["event_date"] = _event_date(body, published)
        fields["organizer"], fields["organizer_type"] = _organizer(body)
        fields["venue"] = _venue(body)
        fields["province"], fields["regency_city"] = _place(body, fields["venue"])
        fields["mode"] = _mode(body, fields["venue"])
        fields["participants"], fields["audience"] = _participants(body)
        fields["election"] = _election(body)
    except (ValueError, IndexError, re.error):  # arbitrary text must never crash the page: keep what was read
        pass
    return fields


def _sentence(text: str, position: int) -> tuple[int, int]:
    """The sentence around a position: from the last full stop or line break to the next one."""
    start = max(text.rfind(". ", 0, position) + 1, text.rfind("\n", 0, position) + 1, 0)
    ends = [i for i in (text.find(". ", position), text.find("\n", position)) if i != -1]
    return start, (min(ends) if ends else len(text))


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their offsets."""
    found, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            found.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return found


# --- title -------------------------------------------------------------------------------------------------


def _title(text: str) -> Field:
    theme = THEME.search(text)
    if theme:
        name = (theme.group("quoted") or theme.group("bare")).strip()
        return Field(name, 0.8, theme.group(0))
    for _, line in _lines(text):
        line = line.strip(" >\t")
        if 10 <= len(line) <= 200 and len(line.split()) >= 3:
            return Field(line, 0.6, line)
    return Field()


# --- date --------------------------------------------------------------------------------------------------


def _year_hint(dates: list[DateMention], published: dt.date | None) -> int | None:
    """The year of "(25/7)": the commonest year among full dates in the text, else the publication year."""
    years = Counter(d.date.year for d in dates)
    if years:
        return years.most_common(1)[0][0]
    return published.year if published else None


def _date_score(text: str, mention: DateMention, published: dt.date | None) -> float | None:
    after = text[mention.end : mention.end + 25].casefold()
    if mention.date in VOTING_DAYS or "mendatang" in after:
        return None  # the election's own day, or a day still to come, is not the event's
    start, end = _sentence(text, mention.start)
    sentence, before = text[start:end], text[max(start, mention.start - 30) : mention.start]
    score = 2.0 if EVENT_VERBS.search(sentence) else 0.0
    if re.search(r"\(\s*(?:\w+,?\s*)?$", text[max(0, mention.start - 12) : mention.start]):
        score += 1  # "Jumat (15/12/2023)": the dateline style of an event report
    if re.search(WEEKDAY, before, re.I):
        score += 0.5
    if SPEECH_VERBS.search(sentence):
        score -= 0.5  # "kata X, Senin (20/11)" is when it was said; the event may be another day
    if published and mention.date > published:
        score -= 3
    return score - 0.3 * mention.start / max(len(text), 1)  # earlier mentions lead the story


def _event_date(text: str, published: dt.date | None) -> Field:
    candidates = find_dates(text, _year_hint(find_dates(text), published))
    scored = [(s, m) for m in candidates if (s := _date_score(text, m, published)) is not None]
    if not scored:
        return Field()
    score, best = max(scored, key=lambda pair: pair[0])
    if score < 0.5:
        return Field()  # a date with no event context (a schedule, a deadline) is not the event's date
    start, end = _sentence(text, best.start)
    return Field(best.date, 0.9 if score >= 2 else 0.6, text[start:end].strip()[:300] or best.text)


# --- place -------------------------------------------------------------------------------------------------


def _places(text: str) -> list[PlaceMention]:
    """Province and regency mentions, without sub-district names ("Kecamatan Rembang", "Desa Sula")."""
    sub_district = re.compile(r"(?:kecamatan|kelurahan|desa|distrik|kampung|pekon|nagari)\s*$", re.I)
    return [m for m in find_places(text) if not sub_district.search(text[max(0, m.start - 12) : m.start])]


def _dateline(text: str, mentions: list[PlaceMention]) -> PlaceMention | None:
    """Where a report was filed from: 'KAYUAGUNG, KORANPALPRES.COM –', 'Koreri.com, Sorong –', 'KUDUS -'."""
    for _, line in _lines(text)[:8]:
        match = re.match(r"\s*([^–—\n]{2,60}?)\s*(?:[–—]|\s-\s|,-|(?<=[A-Z])-(?=[A-Z]))", line)
        if not match or len(match.group(1).split()) > 6:
            continue
        for token in re.split(r"[,()]", match.group(1)):
            token = token.strip(" .")
            if len(token) < 3 or re.search(r"\.(?:com|id|co|net)\b", token, re.I):
                continue  # the outlet's name, not a place
            found = _candidate_from_name(token, match.group(0).strip(), mentions)
            if found:
                return found
    return None


def _candidate_from_name(name: str, evidence: str, mentions: list[PlaceMention]) -> PlaceMention | None:
    regency = resolve_regency(name)
    if regency is None:  # a bare town like "Sorong": the text names the Kota or Kabupaten elsewhere
        word = re.compile(rf"\b{re.escape(name)}\b", re.I)
        named = {m.regency for m in mentions if m.regency and word.search(m.text)}
        regency = named.pop() if len(named) == 1 else None
    if regency is None:
        inside = [m for m in _places(name) if m.regency]
        regency = inside[0].regency if inside else None
    if regency is not None:
        return PlaceMention(0, 0, evidence, regency.province, regency, "regency")
    province = resolve_province(name) or (suggest_province(name) if name.isupper() else None)
    return PlaceMention(0, 0, evidence, province, None, "province") if province else None


def _most_named(mentions: list[PlaceMention]) -> PlaceMention | None:
    if not mentions:
        return None
    counts = Counter(m.regency.name if m.regency else m.province for m in mentions)
    top = max(counts.values())
    return next(m for m in mentions if counts[m.regency.name if m.regency else m.province] == top)


def _place(text: str, venue: Field) -> tuple[Field, Field]:
    mentions = _places(text)
    candidates: list[tuple[PlaceMention, float]] = []
    if venue.value:  # a place named at the venue is where the event was
        at = text.find(venue.evidence)
        near = [m for m in mentions if at != -1 and at <= m.start <= at + len(venue.evidence) + 40]
        candidates += [(m, 0.9) for m in near]
    dateline = _dateline(text, mentions)
    candidates += [(dateline, 0.85)] if dateline else []
    for group in ([m for m in mentions if m.regency], [m for m in mentions if not m.regency]):
        top = _most_named(group)
        candidates += [(top, 0.7)] if top else []
    if not candidates:
        return Field(), Field()
    first, confidence = candidates[0]
    regency = next(((m, c) for m, c in candidates if m.regency and m.province == first.province), None)
    province = Field(first.province, confidence, first.text)
    if regency is None:
        return province, Field()
    return province, Field(regency[0].regency.name, regency[1] - 0.05, regency[0].text)


# --- organiser ---------------------------------------------------------------------------------------------


def _subject(text: str, verb: re.Match) -> tuple[str, str] | None:
    """The organisation named just before an organising verb: from its first head word to the verb."""
    start, _ = _sentence(text, verb.start())
    clause = re.split(r"\s+yang\s+|\s[–—-]\s|[–—]", text[start : verb.start()])[-1]
    head = ORG_HEAD.search(clause)
    if not head:
        return None
    phrase = ORG_END.sub("", clause[head.start() :].strip(" ,"))
    if not 2 < len(phrase) <= 160:
        return None
    return phrase, text[start : verb.end()].strip()


def _passive(match: re.Match) -> str:
    phrase = (match.group(1) or match.group(2)).strip()
    return re.split(r"\s+(?:dengan tema|bertema|bertempat|di|pada|yang|dan diikuti)\s", phrase)[0].strip(" ,")


def _organizer(text: str) -> tuple[Field, Field]:
    lines = _lines(text)
    skip = lines[1][0] if len(lines) > 1 else 0  # the headline names the story, not always the host
    phrase, evidence = None, ""
    by = ORGANIZER_BY.search(text, skip)
    for verb in ORGANIZER_VERBS.finditer(text, skip):
        if by is not None and by.start() < verb.start():
            break
        found = _subject(text, verb)
        if found:
            phrase, evidence = found
            break
    if phrase is None and by:
        phrase, evidence = _passive(by), by.group(0).strip()
    if not phrase:
        return Field(), Field()
    kind = _organizer_type(phrase)
    return Field(phrase, 0.75, evidence), Field(kind, 0.75 if kind != "other" else 0.4, phrase)


def _organizer_type(phrase: str) -> str:
    hits = [(m.start(), kind) for kind, pattern in ORGANIZER_TYPES if (m := re.search(pattern, phrase))]
    if not hits:
        return "other"
    kind = min(hits)[1]
    if kind != LOCAL_AGENCY:
        return kind
    if re.search(r"\bProv(?:insi|\.)?\b", phrase) or any(m.kind == "province" for m in _places(phrase)):
        return "provincial government"
    return "regency/city government"


# --- venue, mode -------------------------------------------------------------------------------------------


def _venue(text: str) -> Field:
    for match in VENUE.finditer(text):
        venue = VENUE_END.sub("", match.group(1)).strip(" ,")
        if len(venue) >= 4:
            return Field(venue, 0.7, match.group(0).strip())
    return Field()


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
    informal = INFORMAL_VENUE.search(text)
    return Field("luring", 0.6, informal.group(0)) if informal else Field()


# --- participants, audience --------------------------------------------------------------------------------


def _head_count(text: str) -> tuple[Field, re.Match | None]:
    for rank, pattern in enumerate(PARTICIPANTS):
        for match in pattern.finditer(text):
            before, after = (
                text[max(0, match.start() - 4) : match.start()],
                text[match.end() : match.end() + 2],
            )
            if "Rp" in before or after.startswith("%"):
                continue
            number = int(match.group(1).replace(".", ""))
            if 1900 <= number <= 2100 or number <= 1:
                continue  # years and "1 peserta" phrases are not head counts
            evidence = text[match.start() : match.end() + len(match.group(2))]
            return Field(number, 0.85 if rank == 0 else 0.7, evidence.strip()), match
    return Field(), None


def _phrase_from(text: str, start: int) -> str:
    """A listed group of people from `start` to the end of its clause."""
    end = AUDIENCE_END.search(text, start)
    return text[start : end.start() if end else len(text)].strip(" ,")


def _participants(text: str) -> tuple[Field, Field]:
    count, match = _head_count(text)
    breakdown = BREAKDOWN.search(text)
    if breakdown:  # "60 orang Sekretaris, 11 Camat, serta 41 Kasub": who came, not a total
        return count, Field(breakdown.group(0).strip(), 0.7, breakdown.group(0).strip())
    if match is not None and match.group(2).casefold() not in ("peserta", "partisipan", "orang"):
        # "dihadiri 27 kepala daerah kabupaten/kota": the count names who came
        group = _phrase_from(text, match.end())
        return count, Field(group, 0.6, group) if len(group) > 2 else Field()
    for found in [*LISTED.finditer(text), *ATTENDED_BY.finditer(text)]:
        start, _ = _sentence(text, found.start())
        if not EVENT_NOUN.search(text[start : found.end()]):
            continue  # "Pilkada diikuti dua paslon", "Satgas terdiri dari ...": not the event's people
        group = _phrase_from(text, found.end())
        if 2 < len(group) <= 200:
            return count, Field(group, 0.6, text[found.start() : found.end() + len(group)])
    return count, Field()


# --- election ----------------------------------------------------------------------------------------------


def _election(text: str) -> Field:
    """The election the event prepares for: mentions weighted by where they stand, bodies' names ignored."""
    masked = ELECTION_BODIES.sub(lambda m: "#" * len(m.group(0)), text)
    lines = _lines(masked)
    headline_end = lines[0][0] + len(lines[0][1]) if lines else 0
    weights: Counter[str] = Counter()
    evidence: dict[str, str] = {}
    for match in ELECTION.finditer(masked):
        kind = match.lastgroup or ""
        weight = 1.0 + (2 if match.start() < headline_end else 0)
        weight += 1 if RUN_UP.search(masked[max(0, match.start() - 20) : match.start()]) else 0
        weights[kind] += weight
        evidence.setdefault(kind, match.group(0))
    if not weights:
        return Field()
    (top, first), *rest = weights.most_common()
    if rest and rest[0][1] == first:
        return Field()  # as much of one as of the other: the text does not say
    label = "Pilkada 2024" if top == "pilkada" else "Pemilu 2024"
    return Field(label, 0.8 if not rest else 0.65, evidence[top])
