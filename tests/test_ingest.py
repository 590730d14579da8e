"""URL and batch ingest: pages we write ourselves, served from http.server on 127.0.0.1 (issue 15)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from etl import ingest
from netralitas import paths

ARTICLE = (
    "<html><head><title>Bawaslu Pinrang Gelar Sosialisasi Netralitas ASN</title>"
    '<meta property="article:published_time" content="2024-10-15T08:00:00+08:00">'
    '<meta property="og:site_name" content="Kabar Contoh"></head><body>'
    "<nav>Beranda | Politik | Kota Bogor | 01/01/2020</nav><article>"
    "<h1>Bawaslu Pinrang Gelar Sosialisasi Netralitas ASN</h1>"
    "<p>PINRANG – Bawaslu Kabupaten Pinrang menggelar sosialisasi netralitas ASN di Aula Kantor Bupati Pinrang, "
    "Senin (14/10/2024), menjelang Pilkada serentak 2024. Kegiatan diikuti sebanyak 150 peserta dari OPD.</p>"
    "<p>Ketua Bawaslu mengingatkan ASN agar tidak ikut berkampanye dan menjaga netralitas selama tahapan "
    "pemilihan berlangsung di seluruh kecamatan.</p></article><footer>Hak cipta</footer></body></html>"
)
PAGES = {
    "/berita": ("text/html; charset=utf-8", ARTICLE),
    "/data.json": ("application/json", '{"not": "a page"}'),
    "/besar": ("text/html", "<html><body>" + "<p>isi berita</p>" * 20_000 + "</body></html>"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/pindah":
            self.send_response(302)
            self.send_header("Location", "ftp://example.org/berkas")  # urllib would follow ftp
            self.end_headers()
            return
        if self.path not in PAGES:
            self.send_error(404)
            return
        kind, body = PAGES[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # quiet test output
        pass


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_guard_refuses_loopback_without_the_flag(site):
    with pytest.raises(ingest.FetchError, match="private or reserved"):
        ingest.fetch(f"{site}/berita")
    assert ingest.read_source(f"{site}/berita").error  # and the batch keeps going with the reason


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("192.168.0.10", True),
        ("169.254.169.254", True),  # the cloud metadata service
        ("100.64.0.1", True),  # carrier-grade NAT
        ("0.0.0.0", True),
        ("::1", True),
        ("fe80::1", True),
        ("::ffff:127.0.0.1", True),  # loopback written as IPv6
        ("224.0.0.1", True),
        ("93.184.215.14", False),
        ("2606:4700::1111", False),
    ],
)
def test_which_addresses_are_refused(address, refused):
    assert ingest.refused(address) is refused


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "gopher://x", "http://"])
def test_only_http_and_https(url):
    with pytest.raises(ingest.FetchError, match="only http and https"):
        ingest.fetch(url, allow_private=True)


def test_content_type_size_and_redirect_checks(site):
    with pytest.raises(ingest.FetchError, match="content type application/json"):
        ingest.fetch(f"{site}/data.json", allow_private=True)
    with pytest.raises(ingest.FetchError, match="bytes"):
        ingest.fetch(f"{site}/besar", allow_private=True, max_bytes=100_000)
    with pytest.raises(ingest.FetchError, match="only http and https"):
        ingest.fetch(f"{site}/pindah", allow_private=True)  # a redirect out of http(s)
    with pytest.raises(ingest.FetchError, match="HTTP 404"):
        ingest.fetch(f"{site}/hilang", allow_private=True)


def test_a_fetched_page_becomes_a_candidate_with_its_date_and_outlet(site):
    article = ingest.read_source(f"{site}/berita", allow_private=True)
    assert article.error == ""
    assert article.text.startswith("Bawaslu Pinrang Gelar Sosialisasi")
    assert "Kota Bogor" not in article.text  # the menu is not the article
    assert (article.published, article.outlet) == (ingest.dt.date(2024, 10, 15), "Kabar Contoh")
    [found] = ingest.candidates([f"{site}/berita"], allow_private=True)
    row = found.row()
    assert (row["event_date"], row["province"], row["regency_city"]) == (
        "2024-10-14",
        "Sulawesi Selatan",
        "Kabupaten Pinrang",
    )
    assert (row["participants"], row["event_kind"], row["source_url"]) == ("150", "sosialisasi", f"{site}/berita")


def test_command_line_batch_of_url_file_and_folder_flags_duplicates(site, data_dir, tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.html").write_text(ARTICLE, encoding="utf-8")  # a saved copy of the same page
    (folder / "b.txt").write_text("Bupati mengimbau ASN agar netral.", encoding="utf-8")  # no event
    (folder / "skip.pdf").write_bytes(b"%PDF")
    out = tmp_path / "candidates.csv"
    command = [sys.executable, "-m", "etl", "ingest", f"{site}/berita", str(folder), "--out", str(out)]
    done = subprocess.run(
        [*command, "--allow-private-hosts", "--json", "--data", str(data_dir)],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["source"].rsplit("/", 1)[-1] for r in rows] == ["berita", "a.html", "b.txt"]
    # the curated fixture fx-01 is Bawaslu in Kabupaten Pinrang on 2024-10-14: both copies are probably it
    assert rows[0]["duplicate"] == "yes" and "fx-01" in rows[0]["duplicate_of"].split()
    assert rows[1]["duplicate"] == "yes" and f"{site}/berita" in rows[1]["duplicate_of"].split()
    assert rows[2]["duplicate"] == "" and rows[2]["event_date"] == ""
    assert rows[0]["venue_evidence"].startswith("di Aula Kantor Bupati Pinrang")
    records = json.loads(done.stdout)
    assert records[0]["fields"]["event_date"]["value"] == "2024-10-14" and records[0]["duplicate"] is True
    refused = subprocess.run([*command, "--data", str(data_dir)], cwd=paths.ROOT, capture_output=True, text=True)
    assert refused.returncode == 1 and "private or reserved" in refused.stderr
