"""From an Indonesian news article to a candidate event record, each field with its evidence.

Rule-based on purpose: every value points at the exact span of the text it came from, so an analyst can
check it, and a field the text does not state stays empty (confidence 0) — the extractor never guesses.

Rules worth knowing:
- an article that names no event held (no sosialisasi, apel, deklarasi, webinar ... outside quoted speech;
  an appeal or a statement) gives an empty record but its title.
- event_date: the date in the sentence that carries the event's verb or noun (digelar, webinar, ...) wins over
  publication, interview and voting days; "27 November mendatang", "Diposting pada ..." and the voting days
  are never the event date. A year-less date written with its weekday takes the year in which that day is
  that weekday ("Kamis (25/7)" is 2024 even beside a 2022 regulation); otherwise the year of a full date
  elsewhere in the text, else `published`. When the only date of an event report is in a quote's
  attribution ("kata X, Senin, 17 Juli"), it is taken with low confidence.
- place: a place named at the venue or in the sentence that says where the event took place ("berlangsung di
  Kota Palu") beats the dateline ("KAYUAGUNG, KORANPALPRES.COM –"), which beats the most-named regency, then
  the most-named province. Names after "Kecamatan"/"Desa" are sub-districts, not regencies; a place in a list
  of speakers is the speaker's office. National events stay national: an event for "seluruh Indonesia", a
  national body's (KASN, BKN, Kemendagri, Kemenpan RB; not their regional offices) or an online one with no
  named host takes a place only from its venue, that sentence or the organiser's own name, never the dateline.
- mode: "hybrid" when the text says so, or when it names both sides (luring/tatap muka and zoom/daring), or a
  hall whose audience partly joined by Zoom; "daring" when the event itself is online ("secara daring melalui
  zoom di Aula X": the hall is where the host sat); "luring" for a named venue, "di <place>" in the event's
  sentence, or an apel (a parade is held in person).
- organizer: the body before an organising verb (menggelar, mengikrarkan, ...), or after "digelar oleh" /
  "diinisiasi"; else the body of whoever opened or led it ("Ketua Bawaslu X membuka sosialisasi"), a
  governor/regent/mayor standing for their government ("Pj Bupati Bekasi memimpin apel" is Pemkab Bekasi).
  organizer_type: the first body named in the organiser phrase decides ("BKN bersama Pemprov PBD" is BKN);
  a local agency (BKD, BKPSDM, Kesbangpol, Pemda) is provincial or regency/city by the place it names.
- event_kind: the first kind named outside quotes; an ikrar read at an apel is an apel.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from netralitas import schema
from netralitas.dates import DateMention, find_dates
from netralitas.places import PlaceMention, find_places, resolve_province, resolve_regency, suggest_province
from netralitas.reference import voting_days

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
    "event_kind",
    "title",
)
MAX_CHARS = 100_000  # a pasted page longer than this is not one article (the Add page's limit too)
# The years an event in this dataset can fall in: a weekday written with "Kamis (25/7)" picks one of them.
YEARS = range(int(schema.FIRST_DATE[:4]), int(schema.LAST_DATE[:4]) + 1)
WEEKDAY = r"(?:Senin|Selasa|Selesa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)"
# Lines that point at other stories; masked (not deleted, so spans stay exact) before anything is read.
OTHER_STORY = re.compile(r"(?im)^[ \t]*(?:baca juga|artikel terkait|berita terkait|lihat juga)\b.*$")
# Quoted speech, masked where it would mislead: "sosialisasi di media sosial" in an official's warning is not
# an event, and "kami menggelar rakor" names no body. Closing marks vary (” ’’ ").
QUOTED = re.compile(r"“[^“\n]*?(?:”|’’|\"|$)|\"[^\"\n]*\"", re.M)
# Kinds of event by the words that name them; the vocabulary of schema.EVENT_KINDS ("lainnya" for the rest).
KINDS = re.compile(
    r"\b(?:(?P<webinar>webinar)|(?P<rakor>rakor|rapat koordinasi)|(?P<bimtek>bimtek|bimbingan teknis)|"
    r"(?P<seminar>seminar)|(?P<apel>apel|upacara)|"
    r"(?P<deklarasi>deklarasi\w*|mendeklarasikan|ikrar|mengikrarkan|berikrar|pakta integritas)|"
    r"(?P<sosialisasi>(?:men)?sosialisasi\w*|sosialisi|penyuluhan|pembekalan)|"
    r"(?P<lainnya>workshop|lokakarya|diskusi|dialog|talk ?show|sarasehan|FGD|pertemuan))\b",
    re.I,
)
# Something held without a kind's name: "acara ... digelar", "digelar di Aula", "menggelar pembagian buku saku".
HELD = re.compile(
    r"\b(?:acara|kegiatan)\b(?:\s+\w+){0,2}?\s+(?:digelar|berlangsung|dilaksanakan|diselenggarakan|diadakan|"
    r"bertempat|diikuti|dihadiri|diinisiasi|diprakarsai)\b|"
    r"\b(?:digelar|dilaksanakan|diselenggarakan|berlangsung|bertempat|diadakan)\s+di\b|"
    r"\b(?:diikuti|dihadiri)\b[^.\n]{0,40}\bpeserta\b|"
    r"\b(?:menggelar|mengadakan|menyelenggarakan|melaksanakan|membagikan|pembagian)\b",
    re.I,
)
# Page furniture that dates the page, not the event.
STAMP = re.compile(
    r"(?:diposting|diterbitkan|dipublikasikan|diunggah|diperbarui|posted|published|updated?)\w*"
    r"(?:\s+(?:pada|on))?\s*:?\s*$",
    re.I,
)
EVENT_VERBS = re.compile(
    r"\b(dilaksanakan|digelar|menggelar|berlangsung|diselenggarakan|menyelenggarakan|di acara|bertempat|"
    r"mengadakan|diadakan|dilangsungkan|melaksanakan)\b",
    re.IGNORECASE,
)
SPEECH_VERBS = re.compile(r"\b(kata|ujar|ucap|ungkap|jelas|tutur|mengatakan|menyampaikan|disampaikan)\w*", re.I)
# The event itself online, as opposed to a link some participants used (REMOTE) beside a hall.
ONLINE = re.compile(r"\b(daring|webinar|virtual|online|video ?conference)\b", re.I)
REMOTE = re.compile(r"\b(zoom|live ?streaming|streaming|youtube)\b", re.I)
OFFLINE = re.compile(r"\b(luring|tatap muka|offline|hadir (?:secara )?langsung)\b", re.I)
GATHERED = re.compile(r"\b(?:mengumpulkan|dikumpulkan|berkumpul)\b(?:\s+\w+){0,2}\s+(?:ASN|pegawai|aparatur)", re.I)
HYBRID = re.compile(r"\b(hybrid|hibrid|hibrida)\b", re.I)
# An event for the whole country has no host province, whoever reports it and wherever the reporter sits.
NATIONWIDE = re.compile(r"\b(?:seluruh Indonesia|se-?Indonesia|tingkat nasional|skala nasional)\b", re.I)
NATIONAL_BODIES = {"KASN", "BKN", "Kemendagri", "Kemenpan RB"}
# ... unless the body named is one of their regional offices ("Kantor Regional III BKN", "Kanwil").
REGIONAL_OFFICE = re.compile(r"\b(?:Kanreg|Kantor Regional|Regional|Kanwil|Kantor Wilayah|Provinsi|Kabupaten|Kota)\b")
# Sentences that list speakers: their offices are theirs, not the event's place.
SPEAKER_LIST = re.compile(r"\b(?:nara ?sumber|pemateri|pembicara|panelis|di ?isi oleh|menghadirkan)\b", re.I)
# "di Kota Palu", "di Kota Masohi, Maluku Tengah", "di Desa Wandanpuro, Kecamatan Bululawang, Kabupaten Malang"
AT_PLACE = re.compile(r"\bdi\s+(?:[A-Z][\w.'-]*,?\s+){0,5}$")
INFORMAL_VENUE = re.compile(r"\bdi (?:sebuah|salah satu) (?:hotel|aula|gedung|ballroom|pendopo)\b", re.I)
VENUE_WORDS = (
    r"ruang|ruangan|room|aula|hotel|gedung|pendopo|pendapa|balai|kantor|auditorium|ballroom|ball room|wisma|graha|"
    r"rumah dinas|rumah jabatan|convention|hall|lapangan|halaman(?=\s+(?:apel\s+)?[A-Z])"
)
# "di Aula X", "di Claro Hotel Kendari", "bertempat di Hotel Aston": up to three capitalised words may precede
# the keyword; a bracketed acronym such as "(BKD)" is part of the name.
VENUE = re.compile(
    r"\b(?i:di|bertempat di)\s+((?:(?i:lantai)\s+\w+\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:(?i:" + VENUE_WORDS + r")|Desa|"
    r"Kelurahan)\b(?:[^,.;()\n\"“”]|\([A-Z]{2,10}\))*)"
)
# After a comma a venue goes on with another building, the sub-district of a village, or a street address and
# its town: "Lecture Room B, Gedung PPIIG UPR", "Desa Wandanpuro, Kecamatan Bululawang", "..., Jalan X No.41, Medan".
VENUE_MORE = re.compile(r",\s*((?:(?i:" + VENUE_WORDS + r")|Kecamatan|Kelurahan|Distrik)\b[^,.;()\n\"“”]*)")
ADDRESS = re.compile(r",\s*((?:Jalan|Jl\.)\s+[^,;()\n\"“”]*?(?:No\.?\s?\d+\w*)?)(?=[,;\n]|\.\s)(?:,\s*([A-Z][\w-]+))?")
# "dan" and the like may sit inside a name; any other lower-case word ends it ("... Mergangsan seluruh pegawai").
NAME_JOINERS = {"dan", "&", "de", "bersama", "melalui", "serta", "provinsi", "kabupaten", "kota", "se", "RI"}
VENUE_END = re.compile(
    rf"\s+(?:pada|itu|ini|tersebut|yang|dan|hari|sejak|selama|secara|untuk|dengan|sebagai|pukul|usai|seusai|"
    rf"setelah|saat|ketika|seluruh|semua|para|{WEEKDAY})\b.*$",
    re.I | re.S,
)
NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+)"
SPEAKERS = re.compile(r"\s*(?:nara ?sumber|pemateri|pembicara|panelis|moderator)", re.I)
HEADS = (
    r"peserta|partisipan|asn|pns|pegawai|orang|aparatur|camat|kepala|pejabat|perwakilan|prajurit|personel|guru|"
    r"lurah|sekda|pimpinan|mahasiswa|anggota|undangan|kades"
)
PARTICIPANTS = [
    re.compile(
        rf"\b(?:diikuti|dihadiri|melibatkan|mengundang|menghadirkan|bagi)\s+(?:oleh\s+)?(?:para\s+)?"
        rf"(?:peserta\s+)?(?:sebanyak\s+)?(?:sekitar\s+|kurang lebih\s+|lebih dari\s+|hampir\s+)?{NUMBER}(?:an)?\s*"
        rf"(?:lebih\s+)?(?:orang\s+)?(?=({HEADS})\b)",
        re.I,
    ),
    re.compile(
        rf"\b(?:sebanyak|sekitar|kurang lebih|total|lebih dari)\s+{NUMBER}\s*(?:lebih\s+)?"
        rf"(?=(peserta|partisipan)\b)",
        re.I,
    ),
    re.compile(rf"\b{NUMBER}\s*(?:lebih\s+)?(?=(peserta|partisipan)\b)", re.I),
    re.compile(rf"\b{NUMBER}\s+(?=(orang lebih)\b)", re.I),  # "seluruh ASN, 5000 orang lebih"
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
ORGANIZER_VERBS = re.compile(
    r"\b(menggelar|menyelenggarakan|selenggarakan|mengadakan|melaksanakan|melakukan kegiatan|mengikrarkan|"
    r"membagikan|berikrar|menyerukan ikrar|mengucapkan ikrar|membacakan ikrar|mendeklarasikan|deklarasikan|"
    r"sosialisasikan|(?-i:sosialisasi)(?= [a-z]))\b",
    re.I,
)
ORGANIZER_BY = re.compile(
    r"\b(?:diselenggarakan|digelar|dilaksanakan|diadakan)\s+oleh\s+([^.;\n]{3,160})|"
    r"\b(?:diinisiasi|diprakarsai)\s+(?:oleh\s+)?([^.;\n]{3,160})|"
    r"\b(?:webinar|sosialisasi|kegiatan)\b[^.]{0,140}?\boleh\s+((?-i:[A-Z])[^.;\n]{3,160})",
    re.I,
)
# "Kemendagri", "Bawaslu Kabupaten Kudus": a body's head word and the area it serves, without the official's name.
QUALIFIED_BODY = re.compile(r"\S+(?:\s+(?:Provinsi|Kabupaten|Kota|RI)\b(?:\s+[A-Z]\w+){0,3})?")
# Who opened or led it, when no body is said to have held it: "Ketua Bawaslu X ... membuka sosialisasi".
LED = re.compile(
    r"\b(?:membuka|memimpin)(?:\s+dan\s+\w+)?\s+(?:\w+\s+){0,2}?(?:acara|kegiatan|sosialisasi|apel|ikrar|"
    r"deklarasi|webinar|rakor|rapat)\b",
    re.I,
)
# A governor, regent or mayor stands for their government: "Pj Gubernur Kalimantan Barat" -> Pemprov.
GOVERNMENT_HEAD = re.compile(
    r"\b(?:(?P<prov>Gubernur)|(?P<kab>Bupati)|(?P<kota>Wali ?[Kk]ota))\s+(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
)
GOVERNMENT_NAMES = {
    "prov": ("Pemprov", "Pemprov|Pemerintah Provinsi"),
    "kab": ("Pemkab", "Pemkab|Pemerintah Kabupaten"),
    "kota": ("Pemkot", "Pemkot|Pemerintah Kota"),
}
ORG_HEAD = re.compile(
    r"\b(?:Badan|Dinas|Kantor|Biro|Bidang|Bagian|Direktorat|Kementerian|Sekretariat|Satuan|Komisi|Pemerintah|"
    r"Pemprov|Pemkab|Pemkot|Pemda|Polda|Polres\w*|Polri|Polsek|Kodim|Korem|Kodam|Universitas|Fakultas|"
    r"Lembaga|LBH|Panitia|Panwaslu|Panwascam|Panwaslih|BKN|KASN|Bawaslu|KPU|Kemendagri|BKPSDM\w*|BKPP|BKD|"
    r"Kesbangpol|Bakesbangpol|Inspektorat|SSDM|Kemantren|Kanwil|Kemenkumham)\b"
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
    (
        "university",
        r"\bUniversitas\b|\bFakultas\b|\bFH\b|\bFISIP\b|\bUIN\b|\bIAIN\b|Politeknik|Sekolah Tinggi|\bIPDN\b",
    ),
    ("provincial government", r"\bPemprov\b|Pemerintah Provinsi|Gubernur"),
    (
        "regency/city government",
        r"\bPemkab\b|\bPemkot\b|Pemerintah Kabupaten|Pemerintah Kota|Bupati|Wali ?[Kk]ota|Kemantren|Kecamatan|"
        r"Kelurahan",
    ),
    (
        LOCAL_AGENCY,  # provincial or regency/city: decided by the place the phrase names
        r"Badan Kepegawaian(?! Negara)|\bBKD\b|\bBKPSDM\w*|\bBKPP\b|Kesbangpol|Kesatuan Bangsa|\bPemda\b|"
        r"Pemerintah Daerah|Sekretariat Daerah|\bSetda\b|Inspektorat|\bDinas\b",
    ),
]
PILKADA = (
    r"\bpilkada\b|(?<=pemilu dan )pemilihan\b|pemilihan (?:umum )?kepala daerah|pemilihan serentak|"
    r"pemilihan (?:gubernur|bupati|wali ?kota)|\b27 november\b|\bpemilukada\b"
)
PEMILU = (
    r"\bpemilu\b|pemilihan umum(?! kepala daerah)|\bpileg\b|\bpilpres\b|\b14 februari\b|"
    r"pemilihan (?:presiden|legislatif)"
)
ELECTION = re.compile(rf"(?P<pilkada>{PILKADA})|(?P<pemilu>{PEMILU})", re.I)
# Bodies whose names contain "Pemilu" say nothing about which election an event prepares for.
ELECTION_BODIES = re.compile(
    r"Badan Pengawas(?:an)? Pemilu\w*(?: Umum)?|Panitia Pengawas Pemilu|Pengawas Pemilu|Komisi Pemilihan Umum|"
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
    said = unquoted(body)
    fields["title"] = _title(body)
    if not describes_event(said):
        return fields  # an appeal or a statement: nothing took place to record
    fields["event_kind"] = _event_kind(said)
    fields["event_date"] = _event_date(body, said, published)
    fields["organizer"], fields["organizer_type"] = _organizer(body, said)
    fields["venue"] = _venue(body)
    at_event = _event_places(body, said)
    fields["mode"] = _mode(body, fields["venue"], fields["event_kind"].value, at_event)
    organizer = fields["organizer"].value
    national = (
        NATIONWIDE.search(said) is not None
        or (fields["organizer_type"].value in NATIONAL_BODIES and not REGIONAL_OFFICE.search(organizer))
        or (fields["mode"].value == "daring" and organizer is None)
    )
    fields["province"], fields["regency_city"] = _place(body, fields["venue"], at_event, national, fields["organizer"])
    fields["participants"], fields["audience"] = _participants(body)
    fields["election"] = _election(body, fields["event_date"])
    return fields


def unquoted(text: str) -> str:
    """The text with quoted speech blanked out (same length, so offsets still point into the original)."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def describes_event(said: str) -> bool:
    """Whether the report (outside quotes) names an event that took place: a kind of event, or an acara held."""
    return bool(KINDS.search(said) or HELD.search(said))


def _headline_end(text: str) -> int:
    """Where the headline ends, if the text opens with one (a short first line that is not a sentence)."""
    lines = _lines(text)
    if len(lines) < 2:
        return 0
    offset, first = lines[0]
    if len(first) > 200 or first.rstrip().endswith((".", "!", "?", '"', "”")):
        return 0
    return offset + len(first)


def _name(phrase: str) -> str:
    """The name at the start of a phrase: up to the first lower-case word that cannot sit inside a name."""
    kept: list[str] = []
    for token in phrase.split():
        bare = token.strip(",()")
        if bare and not (
            bare[0].isupper() or bare[0].isdigit() or bare in NAME_JOINERS or bare.casefold() in NAME_JOINERS
        ):
            break
        kept.append(token)
    while kept and kept[-1].strip(",").casefold() in NAME_JOINERS:
        kept.pop()
    return " ".join(kept).strip(" ,")


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


def _event_kind(said: str) -> Field:
    """The first kind named outside quotes; a pledge read at an apel makes the event an apel."""
    found = list(KINDS.finditer(said))
    if not found:
        return Field("lainnya", 0.4, HELD.search(said).group(0)) if HELD.search(said) else Field()
    first = found[0]
    kind = first.lastgroup or "lainnya"
    apel = next((m for m in found if m.lastgroup == "apel"), None)
    if kind == "deklarasi" and apel is not None:
        first, kind = apel, "apel"
    return Field(kind, 0.7, first.group(0))


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


def _date_score(text: str, said: str, mention: DateMention, published: dt.date | None) -> float | None:
    after = text[mention.end : mention.end + 25].casefold()
    stamped = STAMP.search(text[max(0, mention.start - 30) : mention.start])
    if mention.date in voting_days().values() or "mendatang" in after or stamped:
        return None  # the election's own day, a day still to come, or the page's own date stamp
    start, end = _sentence(text, mention.start)
    sentence, before = text[start:end], text[max(start, mention.start - 30) : mention.start]
    # "digelar ... Senin (14/10)" or "dalam webinar ... pada hari Kamis, 27 Juli": the sentence says what happened
    score = 2.0 if EVENT_VERBS.search(sentence) or KINDS.search(said[start:end]) else 0.0
    if re.search(r"\(\s*(?:\w+,?\s*)?$", text[max(0, mention.start - 12) : mention.start]):
        score += 1  # "Jumat (15/12/2023)": the dateline style of an event report
    if re.search(WEEKDAY, before, re.I):
        score += 0.5
    if SPEECH_VERBS.search(sentence):
        score -= 0.5  # "kata X, Senin (20/11)" is when it was said; the event may be another day
    if published and mention.date > published:
        score -= 3
    return score - 0.3 * mention.start / max(len(text), 1)  # earlier mentions lead the story


def _event_date(text: str, said: str, published: dt.date | None) -> Field:
    candidates = find_dates(text, _year_hint(find_dates(text), published), YEARS)
    scored = [(s, m) for m in candidates if (s := _date_score(text, said, m, published)) is not None]
    if not scored:
        return Field()
    score, best = max(scored, key=lambda pair: pair[0])
    start, end = _sentence(text, best.start)
    evidence = text[start:end].strip()[:300] or best.text
    if score >= 0.5:
        return Field(best.date, 0.9 if score >= 2 else 0.6, evidence)
    if len({m.date for _, m in scored}) == 1:
        # The report's only date, given with a statement about the event ("kata X, Senin, 17 Juli"): the day it
        # was reported, most likely the day it happened; said with low confidence so the curator checks it.
        return Field(best.date, 0.4, evidence)
    return Field()  # dates with no event context (a schedule, a deadline) are not the event's date


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


def _event_places(text: str, said: str) -> list[PlaceMention]:
    """Places named as where the event happened: "di <place>" in a sentence about the event (outside quotes),
    not "ASN dari berbagai dinas di Kota Jambi" (where people came from)."""
    found = []
    for mention in _places(text):
        if said[mention.start : mention.end].strip() == "":
            continue  # inside a quote
        start, end = _sentence(said, mention.start)
        clause_start = max(said.rfind(",", start, mention.start), said.rfind(";", start, mention.start), start)
        before = text[start : mention.start]
        if not AT_PLACE.search(before):
            continue
        at = AT_PLACE.search(before).start() + start
        if re.search(r"\bdari\b", said[min(clause_start, at) : at], re.I):
            continue
        if EVENT_VERBS.search(said[start:end]) or KINDS.search(said[start:end]):
            found.append(mention)
    return found


def _in_speaker_list(text: str, position: int) -> bool:
    """Whether a mention sits in a list of speakers ("di isi oleh Dr. X, ... dari Bawaslu Kabupaten Banyumas").
    Looks back within the paragraph: titles like "Dr." and "M.Si." break the naive sentence split."""
    paragraph = text.rfind("\n", 0, position) + 1
    return bool(SPEAKER_LIST.search(text[max(paragraph, position - 200) : position]))


def _place(
    text: str, venue: Field, at_event: list[PlaceMention], national: bool, organizer: Field
) -> tuple[Field, Field]:
    mentions = _places(text)
    candidates: list[tuple[PlaceMention, float]] = []
    if venue.value:  # a place named at the venue is where the event was
        at = text.find(venue.evidence)
        near = [m for m in mentions if at != -1 and at <= m.start <= at + len(venue.evidence) + 40]
        candidates += [(m, 0.9) for m in near]
    candidates += [(m, 0.9) for m in at_event]
    if national and not candidates:
        # A nationwide event, a national body's, or an online one with no named host: the dateline is where the
        # reporter sat; only the organiser's own name can still place it.
        candidates += [(m, 0.7) for m in mentions if organizer.value and m.text in str(organizer.value)]
    elif not national:
        dateline = _dateline(text, mentions)
        candidates += [(dateline, 0.85)] if dateline else []
        listed = [m for m in mentions if not _in_speaker_list(text, m.start)]
        for group in ([m for m in listed if m.regency], [m for m in listed if not m.regency]):
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


def _clause_before(text: str, position: int) -> tuple[int, str]:
    """The sentence start and the clause that leads up to `position` (after a dash or "yang")."""
    start, _ = _sentence(text, position)
    return start, re.split(r"\s+yang\s+|\s[–—-]\s|[–—]", text[start:position])[-1]


def _subject(text: str, said: str, verb: re.Match) -> tuple[str, str] | None:
    """The organisation named just before an organising verb: from its first head word, as far as the name goes.
    "Kami menggelar ..." in a quote is the body of the official quoted before it."""
    start, clause = _clause_before(text, verb.start())
    head = ORG_HEAD.search(clause)
    if head:
        whole = ORG_END.sub("", clause[head.start() :].strip(" ,"))
        phrase = _name(whole)
        if verb.group(0) == "sosialisasi" and phrase != whole:
            return None  # "Bawaslu ... berencana mengintensifkan sosialisasi": a noun, not the verb
        return (phrase, text[start : verb.end()].strip()) if 2 < len(phrase) <= 160 else None
    if re.search(r"\bkami\s+(?:\w+\s+)?$", clause, re.I):
        bodies = list(ORG_HEAD.finditer(said, 0, start))
        if bodies:
            body = QUALIFIED_BODY.match(said, bodies[-1].start())
            return body.group(0).strip(" ,"), text[start : verb.end()].strip()
    return None


def _passive(match: re.Match) -> str:
    phrase = next(g for g in match.groups() if g).strip()
    phrase = re.split(r"\s+(?:dengan tema|bertema|bertempat|di|pada|yang|dan diikuti)\s", phrase)[0].strip(" ,")
    return _name(phrase)


def _government(text: str, head: re.Match) -> str | None:
    """The government a governor, regent or mayor leads, spelt as the text spells it when it names it."""
    level = next(k for k in ("prov", "kab", "kota") if head.group(k))
    short, spellings = GOVERNMENT_NAMES[level]
    words = head.group("name").split()
    for size in range(len(words), 0, -1):  # "Bupati Bekasi Dani Ramdan": the place is the first word(s)
        name = " ".join(words[:size])
        if level == "prov":
            place = resolve_province(name)
        else:
            place = resolve_regency(("Kota " if level == "kota" else "Kabupaten ") + name)
        if place is None:
            continue
        for written in re.finditer(rf"\b(?:{spellings})\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})", text):
            same = resolve_province(written.group(1)) if level == "prov" else None
            if level != "prov":
                same = resolve_regency(("Kota " if level == "kota" else "Kabupaten ") + written.group(1))
            if same == place:
                return written.group(0).rstrip(".")
        return f"{short} {name}"
    return None


def _led_by(text: str, said: str) -> tuple[str, str] | None:
    """The body of whoever opened or led the event, when the text says no more about who held it."""
    for led in LED.finditer(said):
        start, clause = _clause_before(text, led.start())
        head = ORG_HEAD.search(clause)
        if head:
            phrase = _name(clause[head.start() :])
            if phrase:
                return phrase, text[start : led.end()].strip()
        leader = GOVERNMENT_HEAD.search(clause)
        government = _government(text, leader) if leader else None
        if government:
            return government, text[start : led.end()].strip()
    return None


def _organizer(text: str, said: str) -> tuple[Field, Field]:
    skip = _headline_end(text)  # the headline names the story, not always the host
    phrase, evidence = None, ""
    by = ORGANIZER_BY.search(text, skip)
    while by is not None and not _passive(by):  # "disebabkan oleh ketidakpahaman" names no body
        by = ORGANIZER_BY.search(text, by.end())
    for verb in ORGANIZER_VERBS.finditer(text, skip):
        if by is not None and by.start() < verb.start():
            break
        found = _subject(text, said, verb)
        if found:
            phrase, evidence = found
            break
    if phrase is None and by:
        phrase, evidence = _passive(by), by.group(0).strip()
    if phrase is None:
        phrase, evidence = _led_by(text, said) or (None, "")
    if not phrase:
        return Field(), Field()
    kind = _organizer_type(phrase)
    confidence = 0.75 if evidence and phrase in evidence else 0.6
    type_evidence = phrase if phrase in text else evidence  # "Pemkab Bekasi" from "Penjabat Bupati Bekasi ..."
    return Field(phrase, confidence, evidence), Field(kind, 0.75 if kind != "other" else 0.4, type_evidence)


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
        if re.search(SPEECH_VERBS.pattern + r"\s*$", text[max(0, match.start() - 20) : match.start()], re.I):
            continue  # "ungkapnya di Pendopo usai apel": where it was said, after the event
        venue = VENUE_END.sub("", match.group(1)).strip(" ,")
        if len(venue) < 4:
            continue
        end, parts = match.end(), [venue]
        while more := VENUE_MORE.match(text, end):
            parts.append(VENUE_END.sub("", more.group(1)).strip())
            end = more.end()
        address = ADDRESS.match(text, end)
        if address:
            town = address.group(2)
            parts += [address.group(1).strip(), *([town] if town and find_places(town) else [])]
            end = address.end() if town and find_places(town) else address.end(1)
        return Field(", ".join(p for p in parts if p), 0.7, text[match.start() : end].strip())
    return Field()


def _mode(text: str, venue: Field, kind: str | None, at_event: list[PlaceMention]) -> Field:
    hybrid = HYBRID.search(text)
    if hybrid:
        return Field("hybrid", 0.8, hybrid.group(0))
    online, remote, offline = ONLINE.search(text), REMOTE.search(text), OFFLINE.search(text)
    if (online or remote) and offline:
        return Field("hybrid", 0.7, offline.group(0))  # "peserta hadir langsung ... dan melalui zoom"
    if remote and not online and venue.value:
        return Field("hybrid", 0.6, remote.group(0))  # a hall with an audience, others joining by Zoom
    if online or remote:
        # "daring melalui zoom di Aula X": the hall is where the host sat; participants joined online.
        found = online or remote
        return Field("daring", 0.8, found.group(0))
    if venue.value:
        return Field("luring", 0.7, venue.evidence)
    if kind == "apel":
        apel = re.search(r"\bapel\b", text, re.I)
        return Field("luring", 0.6, apel.group(0)) if apel else Field()
    town = next((m for m in at_event if m.regency), None)  # "di Provinsi Aceh" may be an online session
    gathered = GATHERED.search(text) or town or INFORMAL_VENUE.search(text)
    if isinstance(gathered, PlaceMention):
        return Field("luring", 0.6, gathered.text)
    return Field("luring", 0.6, gathered.group(0)) if gathered else Field()


# --- participants, audience --------------------------------------------------------------------------------


def _head_count(text: str) -> tuple[Field, re.Match | None]:
    for rank, pattern in enumerate(PARTICIPANTS):
        for match in pattern.finditer(text):
            before, after = (
                text[max(0, match.start() - 4) : match.start()],
                text[match.end() : match.end() + 2],
            )
            if "Rp" in before or after.startswith("%") or SPEAKERS.match(text, match.end() + len(match.group(2))):
                continue  # money, shares and "2 orang narasumber" (the speakers) are not the audience
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


def _election(text: str, event_date: Field) -> Field:
    """The election the event prepares for: mentions weighted by where they stand, bodies' names ignored.

    The sentence that says what was held decides when it names one election with its year ("menggelar Rakor
    ... Pelaksanaan Pilkada 2024"). Otherwise a mention with its year ("Pilkada Serentak 2024") counts fully,
    more in the headline or after "jelang"; a bare "pemilu" (elections in general) counts a quarter. "Pemilu dan
    Pemilihan 2024" names both. Too close a call says nothing. An event after Pemilu's voting day can only
    prepare for the Pilkada."""
    if isinstance(event_date.value, dt.date) and event_date.value > voting_days()["Pemilu 2024"]:
        return Field("Pilkada 2024", 0.8, event_date.evidence)
    masked = ELECTION_BODIES.sub(lambda m: "#" * len(m.group(0)), text)
    headline_end = _headline_end(masked)
    weights: Counter[str] = Counter()
    evidence: dict[str, str] = {}
    held: dict[str, str] = {}  # named, with its year, in a sentence that says what was held
    for match in ELECTION.finditer(masked):
        kind = match.lastgroup or ""
        start, end = _sentence(masked, match.start())
        following = masked[match.end() : min(end, match.end() + 40)]
        if not (re.search(r"\b2024\b|\bserentak\b", following, re.I) or match.group(0)[0].isdigit()):
            weights[kind] += 0.25
            evidence.setdefault(kind, match.group(0))
            continue
        weight = 1.0 + (2 if match.start() < headline_end else 0)
        weight += 1 if RUN_UP.search(masked[max(0, match.start() - 20) : match.start()]) else 0
        if ORGANIZER_VERBS.search(masked[start : match.start()]):
            held.setdefault(kind, match.group(0))
        weights[kind] += weight
        evidence[kind] = evidence[kind] if kind in evidence and weights[kind] > weight else match.group(0)
    if len(held) == 1:
        kind, said = next(iter(held.items()))
        return Field("Pilkada 2024" if kind == "pilkada" else "Pemilu 2024", 0.8, said)
    if not weights:
        return Field()
    (top, first), *rest = weights.most_common()
    if rest and rest[0][1] >= 0.75 * first:
        return Field()  # about as much of one as of the other: the text does not say
    label = "Pilkada 2024" if top == "pilkada" else "Pemilu 2024"
    return Field(label, 0.8 if not rest else 0.65, evidence[top])
