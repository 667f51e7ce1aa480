"""A minimal W3C WebDriver client for Debian's chromedriver, over plain HTTP on loopback.

Selenium would do the same, but its driver manager may try to download a driver or a
browser at run time; tests must stay offline, and these few endpoints are all they need.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import httpx

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
         "--disable-dev-shm-usage", "--window-size=1280,1000"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriverError(AssertionError):
    pass


class Browser:
    """One headless Chromium session. Every host but loopback goes to a proxy that refuses
    all connections, so a page that tried to fetch from the network would fail loudly."""

    def __init__(self, profile_dir, refused_proxy_port: int) -> None:
        self.port = free_port()
        self.driver = subprocess.Popen([CHROMEDRIVER, f"--port={self.port}", "--allowed-ips=127.0.0.1"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.http = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=120)
        deadline = time.monotonic() + 30
        while True:
            try:
                if self.http.get("/status").json()["value"]["ready"]:
                    break
            except (httpx.TransportError, KeyError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise WebDriverError("chromedriver did not start")
            time.sleep(0.2)
        args = FLAGS + [f"--user-data-dir={profile_dir}", f"--proxy-server=http://127.0.0.1:{refused_proxy_port}"]
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome",
                                                 "goog:chromeOptions": {"binary": CHROMIUM, "args": args}}}}
        self.session = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method: str, path: str, body: dict | None = None):
        r = self.http.request(method, path, json=body if body is not None else ({} if method == "POST" else None))
        value = r.json().get("value")
        if r.status_code >= 400:
            raise WebDriverError(f"{method} {path}: {value}")
        return value

    def _s(self, method: str, path: str, body: dict | None = None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def get(self, url: str) -> None:
        self._s("POST", "/url", {"url": url})

    @property
    def url(self) -> str:
        return self._s("GET", "/url")

    def find(self, css: str) -> str:
        return self._s("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def find_all(self, css: str) -> list[str]:
        return [e[ELEMENT] for e in self._s("POST", "/elements", {"using": "css selector", "value": css})]

    def wait_for(self, css: str, timeout: float = 240) -> str:
        deadline = time.monotonic() + timeout
        while True:
            found = self.find_all(css)
            if found:
                return found[0]
            if time.monotonic() > deadline:
                body = self.script("return document.body ? document.body.innerText.slice(0, 500) : ''")
                raise WebDriverError(f"no {css!r} on {self.url}: {body}")
            time.sleep(0.3)

    def click(self, element: str) -> None:
        self._s("POST", f"/element/{element}/click")

    def type(self, element: str, text: str) -> None:
        self._s("POST", f"/element/{element}/value", {"text": text})

    def text(self, element: str) -> str:
        return self._s("GET", f"/element/{element}/text")

    def attribute(self, element: str, name: str) -> str | None:
        return self._s("GET", f"/element/{element}/attribute/{name}")

    def script(self, js: str, *args):
        return self._s("POST", "/execute/sync", {"script": js, "args": list(args)})

    def frame(self, element: str | None) -> None:
        if element is None:
            self._s("POST", "/frame/parent")
        else:
            self._s("POST", "/frame", {"id": {ELEMENT: element}})

    def screenshot(self) -> bytes:
        import base64

        return base64.b64decode(self._s("GET", "/screenshot"))

    def resources(self) -> list[str]:
        """Every URL this document loaded (the page itself and its subresources)."""
        return self.script("return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));")

    def quit(self) -> None:
        try:
            self._s("DELETE", "")
        except (WebDriverError, httpx.TransportError):
            pass
        self.http.close()
        self.driver.terminate()
        try:
            self.driver.wait(10)
        except subprocess.TimeoutExpired:
            self.driver.kill()
