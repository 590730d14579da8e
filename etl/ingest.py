"""`python -m etl ingest SOURCE... [--allow-private-hosts] --out candidates.csv [--json]`: candidate events from
news pages, for a curator to review (the Review page, or a spreadsheet and `etl check`).

SOURCE is a URL, a saved page (.html/.htm), a text file (.txt) or a folder of them. A URL is fetched with a
timeout and a size limit, http/https only, an HTML or text content type, and never from a loopback, private,
link-local or reserved address (a server-side request forgery guard: the address is checked at every
connection, redirects included) unless --allow-private-hosts. The article's main text, title and publication
date come from trafilatura; then netralitas.extract reads the fields. Each candidate carries every column of
events.csv, each extracted field's evidence and confidence, and a duplicate flag by the one duplicate rule
(netralitas.duplicates) against the curated events and the batch itself. Nothing is written but --out.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import http.client
import ipaddress
import json
import socket
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from etl.read import read_curated_csv
from netralitas import duplicates, paths, schema
from netralitas.extract import FIELDS, Field, extract

TIMEOUT = 15  # seconds per connection and read
MAX_BYTES = 2 * 2**20  # a news page is far smaller; the Add page's upload limit too
CONTENT_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}
FILE_TYPES = {".html", ".htm", ".txt"}
USER_AGENT = "netralitas-asn-ingest/1 (+https://github.com; a curator's review queue)"


class FetchError(Exception):
    """A source that could not be read, with the reason a curator can act on."""


@dataclass
class Article:
    source: str
    text: str = ""
    url: str = ""
    title: str = ""
    published: dt.date | None = None
    outlet: str = ""
    error: str = ""


@dataclass
class Candidate:
    article: Article
    fields: dict[str, Field] = field(default_factory=dict)
    duplicate_of: list[str] = field(default_factory=list)

    def row(self) -> dict[str, str]:
        """The candidate as a row of events.csv (id left for the save to assign)."""
        row = {c: "" for c in schema.EVENT_COLUMNS}
        for name, found in self.fields.items():
            value = found.value.isoformat() if isinstance(found.value, dt.date) else found.value
            row[name] = "" if value is None else str(value)
        row["source_url"] = self.article.url
        row["outlet"] = self.article.outlet
        row["published_date"] = self.article.published.isoformat() if self.article.published else ""
        return row


# --- fetching ----------------------------------------------------------------------------------------------


def refused(address: str) -> bool:
    """Loopback, private, link-local, reserved, multicast or unspecified: not a public news site."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def _guarded_connection(allow_private: bool):
    """socket.create_connection that resolves the host itself and connects only to an allowed address: the
    address checked is the address used, so a DNS answer cannot change between the check and the connection."""

    def create_connection(address, timeout=TIMEOUT, source_address=None, *args, **kwargs):
        host, port = address
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        allowed = [info for info in infos if allow_private or not refused(info[4][0])]
        if not allowed:
            raise FetchError(f"{host} resolves to a private or reserved address; refused")
        family, kind, proto, _, sockaddr = allowed[0]
        sock = socket.socket(family, kind, proto)
        sock.settimeout(timeout)
        try:
            sock.connect(sockaddr)
        except OSError:
            sock.close()
            raise
        return sock

    return create_connection


def _opener(allow_private: bool) -> urllib.request.OpenerDirector:
    connect = _guarded_connection(allow_private)

    class Http(http.client.HTTPConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = connect

    class Https(http.client.HTTPSConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = connect

    class HttpHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(Http, req)

    class HttpsHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(Https, req)

    class Redirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            _check_url(newurl)  # never to file:// or ftp://, whatever the page says
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    # No proxy handler: a proxy would make the connection, and the guard would check the proxy's address.
    return urllib.request.build_opener(urllib.request.ProxyHandler({}), HttpHandler, HttpsHandler, Redirects)


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: only http and https addresses are fetched")


def fetch(url: str, allow_private: bool = False, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> str:
    """The page at `url` as text, within the limits above; FetchError says why not."""
    _check_url(url)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain"})
    try:
        with _opener(allow_private).open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in CONTENT_TYPES:
                raise FetchError(f"{url}: content type {kind} is not a web page")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: {int(declared):,} bytes, more than the {max_bytes:,} allowed")
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise FetchError(f"{url}: more than the {max_bytes:,} bytes allowed")
            return body.decode(response.headers.get_content_charset() or "utf-8", errors="replace")
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(f"{url}: HTTP {error.code}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        raise FetchError(str(reason) if isinstance(reason, FetchError) else f"{url}: {reason}") from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise FetchError(f"{url}: {error}") from None


# --- reading -----------------------------------------------------------------------------------------------


def from_html(source: str, html: str, url: str = "") -> Article:
    """Main text, title, date and site name of a news page (trafilatura), the title first as the headline."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        return Article(source, url=url, error="no article text found on the page")
    text = doc.text.strip()
    title = (doc.title or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    try:
        published = dt.date.fromisoformat(doc.date[:10]) if doc.date else None
    except ValueError:
        published = None
    return Article(source, text, url or (doc.url or ""), title, published, (doc.sitename or "").strip())


def read_source(source: str, allow_private: bool = False) -> Article:
    """One article from a URL or a file; errors are kept on the article, not raised."""
    try:
        if source.startswith(("http://", "https://")) or "://" in source:
            return from_html(source, fetch(source, allow_private), source)
        path = Path(source)
        raw = path.read_bytes()[:MAX_BYTES].decode("utf-8", errors="replace")
        if path.suffix.lower() in (".html", ".htm"):
            return from_html(source, raw)
        return Article(source, raw)
    except (FetchError, OSError) as error:
        return Article(source, error=str(error))


def expand(sources: list[str]) -> list[str]:
    """Folders become the article files inside them, in name order."""
    found: list[str] = []
    for source in sources:
        path = Path(source)
        if "://" not in source and path.is_dir():
            found += [str(p) for p in sorted(path.iterdir()) if p.suffix.lower() in FILE_TYPES]
        else:
            found.append(source)
    return found


def candidates(sources: list[str], curated: pd.DataFrame | None = None, allow_private: bool = False) -> list[Candidate]:
    """One candidate per article, duplicates flagged against `curated` and earlier candidates of the batch."""
    found = []
    for source in expand(sources):
        article = read_source(source, allow_private)
        fields = extract(article.text, article.published) if article.text else {}
        found.append(Candidate(article, fields))
    rows = pd.DataFrame([c.row() for c in found], columns=schema.EVENT_COLUMNS)
    if curated is not None and not rows.empty:
        for duplicate in duplicates.against(rows, curated):
            found[duplicate.row].duplicate_of.append(str(duplicate.other))
    for duplicate in duplicates.within(rows):
        found[duplicate.row].duplicate_of.append(found[duplicate.other].article.source)
    for candidate in found:
        candidate.duplicate_of = list(dict.fromkeys(candidate.duplicate_of))
    return found


# --- output ------------------------------------------------------------------------------------------------

EXTRA = ["source", "error", "duplicate", "duplicate_of"]
EVIDENCE = [f"{name}_{part}" for name in FIELDS for part in ("evidence", "confidence")]
CSV_COLUMNS = [*EXTRA, *schema.EVENT_COLUMNS, *EVIDENCE]


def as_record(candidate: Candidate) -> dict[str, object]:
    return {
        "source": candidate.article.source,
        "error": candidate.article.error,
        "duplicate": bool(candidate.duplicate_of),
        "duplicate_of": candidate.duplicate_of,
        "row": candidate.row(),
        "fields": {name: f.as_dict() for name, f in candidate.fields.items()},
    }


def as_csv_row(candidate: Candidate) -> dict[str, str]:
    row = {
        "source": candidate.article.source,
        "error": candidate.article.error,
        "duplicate": "yes" if candidate.duplicate_of else "",
        "duplicate_of": " ".join(candidate.duplicate_of),
        **candidate.row(),
    }
    for name in FIELDS:
        found = candidate.fields.get(name) or Field()
        row[f"{name}_evidence"] = found.evidence
        row[f"{name}_confidence"] = f"{found.confidence:.2f}" if found.value is not None else ""
    return row


def write_csv(path: Path, found: list[Candidate]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(as_csv_row(c) for c in found)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl ingest", description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="URL, .html/.txt file, or a folder of them")
    parser.add_argument("--out", type=Path, required=True, help="the candidates CSV to write")
    parser.add_argument("--json", action="store_true", help="also print the candidates as JSON")
    parser.add_argument(
        "--allow-private-hosts", action="store_true", help="fetch from loopback/private addresses (testing only)"
    )
    parser.add_argument("--data", type=Path, default=paths.DATA_DIR, help="folder with curated/events.csv")
    args = parser.parse_args(argv)
    curated, _ = read_curated_csv(args.data / "curated" / "events.csv", schema.EVENT_COLUMNS)
    found = candidates(args.sources, curated, args.allow_private_hosts)
    write_csv(args.out, found)
    if args.json:
        print(json.dumps([as_record(c) for c in found], ensure_ascii=False, indent=1))
    failed = [c.article for c in found if c.article.error]
    for article in failed:
        print(f"ingest: {article.source}: {article.error}", file=sys.stderr)
    flagged = sum(bool(c.duplicate_of) for c in found)
    print(f"{len(found)} candidate(s), {flagged} probable duplicate(s), {len(failed)} failed", file=sys.stderr)
    return 1 if failed else 0
