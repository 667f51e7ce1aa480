"""Start ``screener serve`` in a child process on a free 127.0.0.1 port and talk to it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
START = "import sys; from screener.cli import main; sys.argv[0] = 'screener'; main()"


class ServerProcess:
    """``screener serve --port 0`` (any free port, loopback only); ``url`` once it listens."""

    def __init__(self, data_dir: Path, *args: str, workers: int = 2, env: dict | None = None) -> None:
        cmd = [sys.executable, "-c", START, "serve", "--host", "127.0.0.1", "--port", "0", "--data-dir", str(data_dir),
               "--workers", str(workers), *args]
        self.workers = workers
        self.lines: list[str] = []
        # started outside the checkout: `python -c` puts the working folder first on sys.path, and the
        # checkout's screener/ would shadow the installed package
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     text=True, env={**os.environ, **(env or {})}, cwd=str(Path(data_dir).parent))
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.url = self._wait_for_url()
        self.client = httpx.Client(base_url=self.url, timeout=120, follow_redirects=False)

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.append(line.rstrip("\n"))

    @property
    def stderr(self) -> str:
        return "\n".join(self.lines)

    def _wait_for_url(self, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            m = re.search(r"serving on (http://127\.0\.0\.1:\d+)/", self.stderr)
            if m:
                return m.group(1)
            if self.proc.poll() is not None:
                raise RuntimeError(f"screener serve exited with {self.proc.returncode}: {self.stderr}")
            time.sleep(0.1)
        raise RuntimeError(f"screener serve did not start: {self.stderr}")

    def wait_ready(self, timeout: float = 600) -> dict:
        """Until every worker has loaded the screener (a loaded 2-core machine may take a while)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                health = self.client.get("/api/health").json()
            except httpx.TransportError:
                health = {}
            if health.get("error"):
                raise RuntimeError(health["error"])
            if health.get("ready") == self.workers:
                return health
            time.sleep(0.3)
        raise RuntimeError(f"workers not ready: {self.stderr}")

    def wait_done(self, status_url: str, timeout: float = 600, seen: list | None = None) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = self.client.get(status_url).json()
            if seen is not None and (not seen or seen[-1] != job["status"]):
                seen.append(job["status"])
            if job["status"] in ("done", "failed"):
                return job
            time.sleep(0.2)
        raise AssertionError(f"not finished: {status_url}")

    def stop(self) -> int:
        self.client.close()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._reader.join(5)
        return self.proc.returncode


def csrf_of(page: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', page)
    assert m, "no CSRF field in the form"
    return m.group(1)
