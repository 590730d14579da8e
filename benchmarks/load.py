"""A protocol-level load generator: sessions that speak Streamlit's own websocket protocol.

Each session does what a browser does when someone clicks a shared link: fetches the page and the static
files it preloads (optional), opens `/_stcore/stream`, asks for a script run of the deep link (a `BackMsg`
`rerun_script` carrying the query string and page name) and reads `ForwardMsg`s until `script_finished`:
that is its first render. It then changes the election filter `reruns` times with think time in between,
sending the widget state the browser would send, each measured to its own `script_finished`. Sessions stay
connected until every one is done, so the server's memory is measured with all of them open.
"""

from __future__ import annotations

import asyncio
import gzip
import re
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

FILTER = "election"  # the widget a session changes: its key is also its URL parameter
ASSET = re.compile(r'(?:src|href)="\./(static/[^"]+)"')
FINISHED_OK = ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY


@dataclass
class Run:
    """What one script run sent back."""

    seconds: float
    widgets: dict[str, object]  # widget key -> its element (ids end with "-<key>")
    page_hash: str
    query_string: str
    exceptions: list[str]
    bytes: int


@dataclass
class Session:
    first_render_s: float | None = None
    reruns_s: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    static_files: int = 0
    first_render_bytes: int = 0
    replica: str = ""  # the load balancer's cookie value: which replica served this session


def ws_url(url: str) -> str:
    return re.sub(r"^http", "ws", url.rstrip("/")) + "/_stcore/stream"


def _get(url: str, cookie: str) -> tuple[bytes, str]:
    """GET as a browser does (gzip accepted, the balancer's cookie sent): the body, decoded, and any cookie set."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", "Cookie": cookie})
    with urllib.request.urlopen(request, timeout=120) as reply:
        body = reply.read()
        if reply.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return body, reply.headers.get("Set-Cookie", "")


async def fetch_page(url: str, path: str, pool: ThreadPoolExecutor) -> tuple[int, str]:
    """The page and every script and stylesheet it preloads; returns the file count and the cookie a load
    balancer set (the websocket must carry it to stay on the same replica)."""
    loop = asyncio.get_running_loop()
    html, set_cookie = await loop.run_in_executor(pool, _get, f"{url}/{path}", "")
    cookie = set_cookie.split(";")[0]
    assets = sorted(set(ASSET.findall(html.decode("utf-8", "replace"))))
    await asyncio.gather(*(loop.run_in_executor(pool, _get, f"{url}/{a}", cookie) for a in assets))
    return 1 + len(assets), cookie


def rerun_message(client: dict) -> BackMsg:
    message = BackMsg()
    state = message.rerun_script
    state.query_string = client["query_string"]
    if client.get("page_hash"):
        state.page_script_hash = client["page_hash"]
    else:
        state.page_name = client["page_name"]
    state.context_info.url = client["url"]
    state.context_info.timezone = "Asia/Jakarta"
    state.context_info.locale = "id-ID"
    for widget_id, values in client.get("widgets", {}).items():
        widget = state.widget_states.widgets.add()
        widget.id = widget_id
        widget.string_array_value.data.extend(values)
    return message


async def script_run(ws, message: BackMsg, timeout_s: float) -> Run:
    """Send a rerun request and read until the run finishes (a run cut short by st.rerun is followed by the
    one that finishes)."""
    start = time.monotonic()
    await ws.send(message.SerializeToString())
    widgets: dict[str, object] = {}
    page_hash, query_string, exceptions, size = "", message.rerun_script.query_string, [], 0
    async with asyncio.timeout(timeout_s):
        while True:
            raw = await ws.recv()
            size += len(raw)
            forward = ForwardMsg.FromString(raw)
            kind = forward.WhichOneof("type")
            if kind == "navigation":
                page_hash = forward.navigation.page_script_hash
            elif kind == "page_info_changed":
                query_string = forward.page_info_changed.query_string
            elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                name = element.WhichOneof("type")
                if name == "exception":
                    exceptions.append(element.exception.message[:200])
                widget = getattr(element, name)
                if getattr(widget, "id", ""):
                    widgets[widget.id.rsplit("-", 1)[-1]] = widget
            elif kind == "script_finished":
                if forward.script_finished == FINISHED_OK:
                    return Run(time.monotonic() - start, widgets, page_hash, query_string, exceptions, size)
                if forward.script_finished != ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN:
                    exceptions.append(f"script finished with status {forward.script_finished}")


def with_param(query_string: str, key: str, value: str) -> str:
    pairs = [(k, v) for k, v in urllib.parse.parse_qsl(query_string) if k != key]
    return urllib.parse.urlencode([*pairs, (key, value)])


def next_choice(widget, current: str) -> str:
    """The option after `current` in a segmented control's list (wrapping), as the browser would send it."""
    labels = [option.content for option in widget.options]
    return labels[(labels.index(current) + 1) % len(labels)] if current in labels else labels[0]


@dataclass
class Plan:
    url: str
    path: str  # page and query string, e.g. "peta?election=Pilkada+2024"
    reruns: int = 3
    think_s: float = 2.0
    static: bool = True
    run_timeout_s: float = 180.0


async def session(plan: Plan, pool: ThreadPoolExecutor, release: asyncio.Event, result: Session) -> None:
    start = time.monotonic()
    page, _, query = plan.path.partition("?")
    cookie = ""
    try:
        if plan.static:
            result.static_files, cookie = await fetch_page(plan.url, plan.path, pool)
            result.replica = cookie.partition("=")[2]
        headers = {"Cookie": cookie} if cookie else None
        async with websockets.connect(
            ws_url(plan.url), subprotocols=["streamlit"], additional_headers=headers, max_size=None, open_timeout=120
        ) as ws:
            client = {"query_string": query, "page_name": page, "url": f"{plan.url}/{plan.path}"}
            run = await script_run(ws, rerun_message(client), plan.run_timeout_s)
            result.first_render_s, result.first_render_bytes = time.monotonic() - start, run.bytes
            result.errors += run.exceptions
            for _ in range(plan.reruns):
                await asyncio.sleep(plan.think_s)
                widget = run.widgets[FILTER]
                current = urllib.parse.parse_qs(run.query_string).get(FILTER, [""])[0]
                choice = next_choice(widget, current)
                client |= {
                    "page_hash": run.page_hash,
                    "query_string": with_param(run.query_string, FILTER, choice),
                    "widgets": {widget.id: [choice]},
                }
                run = await script_run(ws, rerun_message(client), plan.run_timeout_s)
                result.reruns_s.append(run.seconds)
                result.errors += run.exceptions
            await release.wait()
    except Exception as exc:  # any failure is this session's error, reported, never raised past the run
        result.errors.append(f"{type(exc).__name__}: {exc}"[:200])


async def burst(
    plan: Plan, sessions: int, arrival_s: float, on_all_done=None, timeout_s: float = 600.0
) -> list[Session]:
    """`sessions` sessions arriving evenly over `arrival_s`; `on_all_done()` runs while all are still open."""
    results = [Session() for _ in range(sessions)]
    release = asyncio.Event()
    with ThreadPoolExecutor(max_workers=32) as pool:
        tasks = []
        for index, result in enumerate(results):
            tasks.append(asyncio.create_task(session(plan, pool, release, result)))
            if index + 1 < sessions:
                await asyncio.sleep(arrival_s / max(1, sessions - 1))
        try:
            async with asyncio.timeout(timeout_s):
                while not all(_finished(r, plan) for r in results):
                    await asyncio.sleep(0.2)
        except TimeoutError:
            for result in results:
                if not _finished(result, plan):
                    result.errors.append(f"not finished within {timeout_s:.0f} s")
        if on_all_done:
            await asyncio.sleep(1.0)  # let the server settle before it is measured idle
            on_all_done()
        release.set()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results


def _finished(result: Session, plan: Plan) -> bool:
    return bool(result.errors) or len(result.reruns_s) == plan.reruns


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile (no interpolation: the value some session actually waited)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))  # ceil(n * share)
    return ordered[int(rank) - 1]
