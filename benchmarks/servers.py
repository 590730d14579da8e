"""Start the app the way it is served: one `streamlit run`, or K replicas behind HAProxy (deploy/haproxy.cfg).

Used by `python -m benchmarks serve|load|browser`. Everything binds to 127.0.0.1 on free ports, and every
process started here is stopped when the `serving` block ends.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from netralitas import db, paths

HAPROXY_TEMPLATE = paths.ROOT / "deploy" / "haproxy.cfg"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, timeout_s: float = 90.0) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not become healthy within {timeout_s:.0f} s")
        time.sleep(0.3)


def start_streamlit(port: int, database: Path, script: Path = paths.ROOT / "app.py") -> subprocess.Popen:
    """`streamlit run app.py`; the server settings come from .streamlit/config.toml beside the script, as with
    `make dashboard`."""
    command = [sys.executable, "-m", "streamlit", "run", str(script)]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true"]
    return subprocess.Popen(
        command,
        cwd=script.parent,
        env={**os.environ, "NETRALITAS_DB": str(database)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def haproxy_config(port: int, backends: list[int]) -> str:
    """deploy/haproxy.cfg with the listening port and one `server` line per replica filled in."""
    lines = [(f"r{i}", f"127.0.0.1:{backend}") for i, backend in enumerate(backends, 1)]
    servers = "\n".join(f"    server {name} {address} check cookie {name}" for name, address in lines)
    static = "\n".join(f"    server {name} {address} check" for name, address in lines)
    template = string.Template(HAPROXY_TEMPLATE.read_text(encoding="utf-8"))
    return template.substitute(port=port, servers=servers, static_servers=static)


def haproxy_binary() -> str:
    found = shutil.which("haproxy") or ("/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None)
    if not found:
        raise SystemExit("haproxy is not installed: `apt-get install -y haproxy` (or `make system`)")
    return found


@dataclass
class Serving:
    """What a running deployment offers: the address people use, and the processes that serve it."""

    url: str
    replicas: list[str]
    apps: list[subprocess.Popen] = field(default_factory=list)
    proxy: subprocess.Popen | None = None

    def app_processes(self) -> list[psutil.Process]:
        found = []
        for app in self.apps:
            with contextlib.suppress(psutil.Error):
                parent = psutil.Process(app.pid)
                found += [parent, *parent.children(recursive=True)]
        return found


@contextlib.contextmanager
def serving(replicas: int | None = None, database: Path | None = None, port: int | None = None) -> Iterator[Serving]:
    """One replica reached directly (`replicas=None`), or `replicas` of them behind HAProxy on `port`."""
    database = database or db.database_path()
    ports = [free_port() for _ in range(replicas or 1)]
    apps = [start_streamlit(p, database) for p in ports]
    stack = contextlib.ExitStack()
    try:
        for app in apps:
            stack.callback(stop, app)
        urls = [f"http://127.0.0.1:{p}" for p in ports]
        for url in urls:
            wait_healthy(url)
        if replicas is None:
            yield Serving(url=urls[0], replicas=urls, apps=apps)
            return
        front = port or free_port()
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="haproxy-")))
        config = folder / "haproxy.cfg"
        config.write_text(haproxy_config(front, ports), encoding="utf-8")
        subprocess.run([haproxy_binary(), "-c", "-q", "-f", str(config)], check=True)
        proxy = subprocess.Popen([haproxy_binary(), "-db", "-f", str(config)], stdout=subprocess.DEVNULL)
        stack.callback(stop, proxy)
        url = f"http://127.0.0.1:{front}"
        wait_healthy(url)
        yield Serving(url=url, replicas=urls, apps=apps, proxy=proxy)
    finally:
        stack.close()


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Meter:
    """Samples the summed RSS of a set of processes (peak kept) and their CPU time, in a background thread."""

    def __init__(self, processes: list[psutil.Process], every_s: float = 0.2) -> None:
        self.processes, self.every_s = processes, every_s
        self.peak_bytes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._cpu_start = self.cpu_s()

    def rss_bytes(self) -> int:
        total = 0
        for process in self.processes:
            with contextlib.suppress(psutil.Error):
                total += process.memory_info().rss
        return total

    def cpu_s(self) -> float:
        total = 0.0
        for process in self.processes:
            with contextlib.suppress(psutil.Error):
                times = process.cpu_times()
                total += times.user + times.system
        return total

    def cpu_used_s(self) -> float:
        return self.cpu_s() - self._cpu_start

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_bytes = max(self.peak_bytes, self.rss_bytes())
            self._stop.wait(self.every_s)

    def __enter__(self) -> Meter:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_bytes = max(self.peak_bytes, self.rss_bytes())
