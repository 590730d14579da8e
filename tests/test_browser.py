"""A real headless Chromium against `streamlit run`: every page renders, screenshots, a PNG/SVG download."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netralitas import paths
from tests.live_server import CHROMIUM, CHROMIUM_ARGS, streamlit_server

pytestmark = pytest.mark.browser
ARTIFACTS = paths.ROOT / "test-artifacts"
PAGES = ["ringkasan", "peta", "linimasa", "jangkauan", "pelanggaran", "data", "tambah", "tinjau", "tentang"]


@pytest.fixture(scope="module")
def server(built_db):
    with streamlit_server(built_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


def wait_ready(page) -> None:
    """Every page has a heading: once it is there the script has run (a cold server takes seconds)."""
    page.wait_for_selector('[data-testid="stMain"] h1, [data-testid="stMain"] h2', timeout=90_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
    page.wait_for_timeout(1500)


@pytest.mark.parametrize("name", PAGES)
def test_page_renders_in_chromium(server, browser, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    failed_requests: list[str] = []
    page.on("requestfailed", lambda r: failed_requests.append(r.url))
    page.goto(f"{server}/{name}", wait_until="domcontentloaded")
    wait_ready(page)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator('[data-testid="stMain"]').inner_text().strip()
    # Offline by design: nothing is fetched from outside this server (no CDN topojson, no tiles).
    assert [u for u in failed_requests if not u.startswith(server)] == []
    page.close()


@pytest.mark.parametrize("path", ["", "ringkasan", "peta"])
def test_the_menu_marks_the_page_the_reader_is_on(server, browser, path):
    """At "/" too: the overview shown there is marked, not left looking like somewhere else."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server}/{path}", wait_until="domcontentloaded")
    wait_ready(page)
    links = page.locator('[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"]')
    shades = links.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)")
    plain = max(set(shades), key=shades.count)  # most links are not the current page
    marked = [i for i, shade in enumerate(shades) if shade != plain]
    assert marked == [1 if path == "peta" else 0]
    page.close()


@pytest.mark.parametrize(("lang", "button"), [("id", '"Unggah"'), ("en", "none")])
def test_the_file_uploader_speaks_the_readers_language(server, browser, lang, button):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server}/tambah?lang={lang}", wait_until="domcontentloaded")
    wait_ready(page)
    label = page.locator('[data-testid="stFileUploaderDropzone"] button p').first
    # Indonesian replaces Streamlit's "Upload" (CSS: the English text at size 0, ours drawn after it)
    assert label.evaluate("e => getComputedStyle(e, '::after').content") == button
    page.close()


def test_map_is_drawn_and_png_svg_downloads_are_images(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server}/peta", wait_until="domcontentloaded")
    wait_ready(page)
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    assert page.locator(".js-plotly-plot .main-svg").count() >= 1
    for label, magic in (("PNG", b"\x89PNG"), ("SVG", b"<svg")):
        with page.expect_download(timeout=90_000) as info:
            page.get_by_role("button", name=label).first.click()
        content = Path(info.value.path()).read_bytes()
        assert content[:200].lstrip().startswith(magic) or magic in content[:400], content[:80]
    page.close()


def test_filters_in_the_url_survive_navigating_to_another_page(server, browser, built_db):
    """A presenter's pasted link keeps its filters when the audience clicks through the pages."""
    import duckdb

    con = duckdb.connect(str(built_db), read_only=True)
    expected = con.execute(
        "SELECT count(*) FROM events WHERE province = 'Sulawesi Selatan' AND election = 'Pilkada 2024'"
        " AND organizer_type = 'Bawaslu'"
    ).fetchone()[0]
    con.close()
    context = browser.new_context(viewport={"width": 1400, "height": 1000})  # fresh: no state from other tests
    page = context.new_page()
    page.goto(
        f"{server}/peta?province=Sulawesi+Selatan&election=Pilkada+2024&organizer=Bawaslu",
        wait_until="domcontentloaded",
    )
    wait_ready(page)
    page.locator('[data-testid="stSidebar"] a', has_text="Data").first.click()
    page.wait_for_url("**/data?**", timeout=60_000)
    wait_ready(page)
    # The province chooser writes its parameter from the page's own run, which under load can land a moment
    # after the bound ones: wait for it (a lost filter still fails here, after 15 s).
    page.wait_for_function("() => location.search.includes('province=Sulawesi+Selatan')", timeout=15_000)
    assert "province=Sulawesi+Selatan" in page.url and "election=Pilkada+2024" in page.url
    assert "organizer=Bawaslu" in page.url and page.url.count("election=") == 1
    caption = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first.inner_text()
    assert caption.startswith(f"{expected} ") and expected > 0, caption
    context.close()


def test_clicking_a_province_opens_it_and_the_link_carries_it(server, browser):
    """The drill-down a presenter can paste: a click on a province's dot sets ?province=… and opens it."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/peta?lang=en", wait_until="domcontentloaded")
    wait_ready(page)
    page.wait_for_selector(".js-plotly-plot .scatterlayer .trace .points path", timeout=60_000)
    dots = page.locator(".js-plotly-plot .scatterlayer .trace .points path")
    assert dots.count() == 38  # one clickable dot per province
    dots.nth(0).click(force=True)  # Aceh's dot: provinces are drawn in code order
    page.wait_for_url("**province=Aceh**", timeout=60_000)
    wait_ready(page)
    assert page.get_by_text("Province detail: Aceh").count() == 1
    assert page.locator('[data-testid="stException"]').count() == 0
    context.close()


def test_a_presenter_moves_through_pages_and_leaves_presentation_mode(server, browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(f"{server}/linimasa?present=true&election=Pilkada+2024", wait_until="domcontentloaded")
    page.wait_for_selector(".js-plotly-plot", timeout=90_000)
    page.wait_for_timeout(1500)
    box = page.locator(".js-plotly-plot").first.bounding_box()
    assert box["y"] + box["height"] <= 768, box  # the whole chart on one projector screen
    page.get_by_role("link", name="Jangkauan ▶").click()  # next page, filters carried
    page.wait_for_url("**/jangkauan?**", timeout=60_000)
    assert "election=Pilkada+2024" in page.url and "present=true" in page.url
    page.wait_for_selector(".js-plotly-plot", timeout=90_000)
    assert page.locator(".js-plotly-plot").count() == 1  # one chart per screen
    page.get_by_role("button", name="✕ Mode presentasi").click()
    page.wait_for_selector('[data-testid="stSidebar"]', state="visible", timeout=60_000)
    page.wait_for_timeout(1500)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "present=true" not in page.url
    context.close()


def test_clicking_a_week_lists_that_weeks_events(server, browser, built_db):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/linimasa?lang=en", wait_until="domcontentloaded")
    wait_ready(page)
    bars = page.locator(".js-plotly-plot").first.locator(".barlayer .point path")
    bars.first.wait_for(timeout=60_000)
    page.wait_for_timeout(1000)  # plotly binds its click handlers after drawing
    tallest = max(range(bars.count()), key=lambda i: (bars.nth(i).bounding_box() or {"height": 0})["height"])
    heading = page.get_by_text("Events in the week of")
    for _ in range(3):  # under a loaded machine a click can land before the chart listens: try again
        bars.nth(tallest).click(force=True)
        try:
            heading.wait_for(timeout=20_000)
            break
        except Exception:  # playwright's TimeoutError; the final wait below reports it
            continue
    heading.wait_for(timeout=20_000)
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=60_000)  # the week's events and sources
    assert page.locator('[data-testid="stException"]').count() == 0
    context.close()


# Words of the interface (not of the data: table cells are drawn on a canvas and carry Indonesian titles in
# both languages) that must not appear in the other language.
OTHER_LANGUAGE = {
    "id": [
        "Source:",
        "Choose",
        "Events per",
        "Download",
        "no published figure",
        "province level",
        "Back to",
        "Presentation mode",
        "Province detail",
        "persons",
        "Participants",
        "Page not found",  # Streamlit's own dialog for an unknown address
        "YYYY",  # the date picker's mask (a placeholder: the visible text includes placeholders)
        "DD/MM",
    ],
    "en": [
        "Sumber:",
        "Pilih",
        "Jumlah kegiatan",
        "Unduh",
        "tidak ada angka",
        "tingkat provinsi",
        "Kembali",
        "Mode presentasi",
        "Rincian provinsi",
        "orang ASN",
        "Peserta",
        "Halaman tidak ditemukan",
        "TTTT",
    ],
}
# snake_case outside file paths ("data/reference/asn_headcount.csv" in a source line is a path, not a header)
RAW = re.compile(r"\bNone\b|\bnan\b|\bNaT\b|00:00:00|(?<![/\w])[a-z]+_[a-z_]+\b(?![./])")
# Visible text without Material icon names (an icon is a ligature: its name is in the text, not on screen)
# and without code blocks
VISIBLE_TEXT = """() => {
  const body = document.body.cloneNode(true);
  // icon names, and code blocks (citations and embed snippets quote URLs with their parameter keys)
  body.querySelectorAll('[data-testid="stIconMaterial"], pre, code, noscript').forEach(e => e.remove());
  // placeholders and masks are on screen too (a date picker's 'YYYY/MM/DD'), though not in innerText
  const hints = [...document.querySelectorAll('[placeholder]')].map(e => e.getAttribute('placeholder'));
  // a detached clone has no layout, so its innerText keeps what CSS hides: drop the dialogs hidden on screen
  const shown = [...document.querySelectorAll('.stDialog')].map(e => getComputedStyle(e).display !== 'none');
  body.querySelectorAll('.stDialog').forEach((e, i) => { if (!shown[i]) e.remove(); });
  return [body.innerText, ...hints].join(String.fromCharCode(10));
}"""


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("present", ["false", "true"])
@pytest.mark.parametrize("name", [*PAGES, "halaman-lama"])
def test_one_language_no_raw_values_and_charts_that_fit(server, browser, name, lang, present):
    """`halaman-lama` is an address no page has: our own message in the reader's language, not Streamlit's."""
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(f"{server}/{name}?lang={lang}&present={present}&election=Pilkada+2024", wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stMain"] h1, [data-testid="stMain"] h2', state="attached", timeout=90_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
    page.wait_for_timeout(1500)
    assert page.locator('[data-testid="stException"]').count() == 0
    text = page.evaluate(VISIBLE_TEXT)
    if name != "tentang":  # the About page names files and commands (data/curated/events.csv, python -m etl)
        assert not RAW.findall(text), RAW.findall(text)[:5]
    wrong = [w for w in OTHER_LANGUAGE[lang] if w in text]
    assert not wrong, wrong
    if present == "true":
        for box in [c.bounding_box() for c in page.locator(".js-plotly-plot").all()]:
            assert box["height"] <= 768, box
    assert page.evaluate(TEXT_PROBLEMS) == []  # no title, tick or label cut off or on top of another
    context.close()


def test_an_embed_link_renders_the_chart_alone(server, browser):
    context = browser.new_context(viewport={"width": 900, "height": 640})
    page = context.new_page()
    page.goto(
        f"{server}/linimasa?embed=true&chart=kumulatif&election=Pilkada+2024&lang=en", wait_until="domcontentloaded"
    )
    page.wait_for_selector(".js-plotly-plot", timeout=90_000)
    page.wait_for_timeout(1500)
    assert page.locator(".js-plotly-plot").count() == 1
    assert "Cumulative events" in page.locator(".js-plotly-plot").inner_text()  # the chart the link names
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    assert page.get_by_role("button").filter(has_text="Per week").count() == 0  # no chooser, no downloads
    assert page.locator('[data-testid="stException"]').count() == 0
    context.close()


# Text a chart draws (titles, legend, ticks, axis titles, annotations, names beside points), each text
# that runs past its figure or the screen, and each pair lying on top of each other.
TEXT_PROBLEMS = """() => {
  const problems = [];
  const sel = '.infolayer text, .legendtext, .xtick text, .ytick text, .annotation-text, '
    + '.g-xtitle text, .g-ytitle text, .textpoint text';
  document.querySelectorAll('.js-plotly-plot').forEach((plot, n) => {
    const box = plot.getBoundingClientRect();
    const texts = [...plot.querySelectorAll(sel)].filter(t => t.textContent.trim())
      .map(t => [t, t.getBoundingClientRect()]).filter(([, r]) => r.width > 0);
    for (const [t, r] of texts) {
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.right > window.innerWidth)
        problems.push(`chart ${n}: "${t.textContent.slice(0, 40)}" cut off`);
    }
    texts.forEach(([a, ra], i) => texts.slice(i + 1).forEach(([b, rb]) => {
      if (a.contains(b) || b.contains(a)) return;
      const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (w > 2 && h > 2)
        problems.push(`chart ${n}: "${a.textContent.slice(0, 30)}" on "${b.textContent.slice(0, 30)}"`);
    }));
  });
  return problems;
}"""


@pytest.mark.parametrize("present,lang", [("false", "id"), ("true", "en")])
@pytest.mark.parametrize("name", ["peta", "linimasa", "jangkauan", "pelanggaran"])
def test_on_a_phone_every_chart_fills_the_width_and_no_text_is_cut_off_or_covered(server, browser, name, present, lang):
    """At 390 x 844 the browser reports its width and every chart is laid out for it (netralitas.narrow)."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{server}/{name}?lang={lang}&present={present}", wait_until="domcontentloaded")
    page.wait_for_selector(".js-plotly-plot", timeout=90_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
    # the rerun after the width is reported: the phone layout writes its title as an annotation, not plotly's title
    page.wait_for_function(
        "() => [...document.querySelectorAll('.js-plotly-plot .gtitle')].every(t => !t.textContent)", timeout=60_000
    )
    page.wait_for_timeout(500)
    plots = page.locator(".js-plotly-plot").all()
    assert plots, "no chart drawn"
    for plot in plots:
        assert plot.bounding_box()["width"] >= 0.9 * (390 - 32)  # the page's whole width, padding aside
    assert page.evaluate(TEXT_PROBLEMS) == []
    assert page.locator('[data-testid="stException"]').count() == 0
    context.close()


TICK_SIZES = """() => [...document.querySelectorAll('.js-plotly-plot .xtick text, .js-plotly-plot .ytick text')]
  .map(t => parseFloat(getComputedStyle(t).fontSize))"""
SLIDES = [
    "peta",
    "linimasa",
    "linimasa?chart=hari",
    "linimasa?chart=kumulatif",
    "linimasa?chart=kelompok&group=province",
    "jangkauan",
    "jangkauan?chart=per_asn",
    "jangkauan?chart=ukuran",
    "pelanggaran",
    "pelanggaran?chart=rincian",
    "pelanggaran?chart=sosialisasi",
]


@pytest.mark.parametrize("slide", SLIDES)
def test_on_a_1920_projector_every_slide_fits_with_ticks_of_20_px(server, browser, slide):
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    page.goto(f"{server}/{slide}{'&' if '?' in slide else '?'}present=true", wait_until="domcontentloaded")
    page.wait_for_selector(".js-plotly-plot", timeout=90_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
    page.wait_for_timeout(1500)
    plots = page.locator(".js-plotly-plot").all()
    assert len(plots) == 1  # one chart per screen
    box = plots[0].bounding_box()
    assert box["y"] + box["height"] <= 1080, box  # all of it on the screen, under the presenter bar
    sizes = page.evaluate(TICK_SIZES)
    assert not sizes or min(sizes) >= 20, sizes  # the map has no ticks
    assert page.evaluate(TEXT_PROBLEMS) == []
    context.close()
