"""``screener serve`` in a real headless Chromium (Debian's chromium + chromium-driver; skipped
without them): the upload form works, the report renders in the page with its heatmap,
switching language changes the text, and nothing is fetched from another host."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from screener.report.i18n import t

sys.path.insert(0, str(Path(__file__).parent))

from serve_helpers import ROOT, ServerProcess  # noqa: E402
from webdriver import CHROMEDRIVER, CHROMIUM, Browser  # noqa: E402

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None or CHROMEDRIVER is None, reason="no Chromium and chromedriver on this machine")]


@pytest.fixture(scope="module")
def refused_port():
    """A port nothing listens on: the browser's proxy for every non-loopback host."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return port  # closed again: connections to it are refused


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = ServerProcess(tmp_path_factory.mktemp("serve-browser") / "data", workers=1)
    try:
        srv.wait_ready()
        yield srv
    finally:
        srv.stop()


@pytest.fixture()
def browser(tmp_path, refused_port):
    b = Browser(tmp_path / "profile", refused_port)
    yield b
    b.quit()


def _only_local(urls, server):
    others = [u for u in urls if not (u.startswith(server.url + "/") or u.startswith(("data:", "about:")))]
    assert not others, others


def test_upload_in_the_browser_then_read_the_report(server, browser):
    browser.get(server.url + "/?lang=en")
    assert browser.text(browser.find("h1")) == "Migration screen of development plans"
    _only_local(browser.resources(), server)
    # switch to Spanish: the page text changes, and the choice is remembered
    browser.click(browser.find('a[hreflang="es"]'))
    browser.wait_for('html[lang="es"]')
    assert browser.text(browser.find("h1")) == "Revisión de la migración en planes de desarrollo"
    assert browser.text(browser.find("#submit")) == "Revisar"
    browser.get(server.url + "/history")
    assert browser.text(browser.find("h1")) == "Historial"
    browser.get(server.url + "/")
    # the upload form: choose the file, submit, follow the progress, open the report
    browser.type(browser.find("#files"), str(ROOT / "sample_docs" / "pdot_es.pdf"))
    assert browser.text(browser.find("#chosen")) == "pdot_es.pdf"  # app.js lists the chosen file
    browser.click(browser.find("#submit"))
    browser.wait_for("table#jobs tr.job")
    assert "/uploads/" in browser.url
    _only_local(browser.resources(), server)
    link = browser.wait_for("tr.job a.open")  # updated in place by app.js polling the API
    assert browser.text(link) == "Abrir el informe"
    browser.click(link)
    frame = browser.wait_for("iframe#report")
    assert browser.find_all('a.dl[data-format="docx"]') and browser.find_all('a.dl[data-format="xlsx"]')
    _only_local(browser.resources(), server)
    browser.frame(frame)
    heat = browser.wait_for("table.heat", timeout=60)
    rows = browser.find_all("table.heat tr th a")
    assert len(rows) >= 5, "one heatmap row per sector present"
    assert browser.script("return document.documentElement.lang") == "es"  # report language followed the page's
    assert t("position", "es") in browser.text(browser.find("body"))  # the report's first page, in Spanish
    assert heat and browser.script("return document.querySelector('table.heat').getBoundingClientRect().height") > 100
    _only_local(browser.resources(), server)
    browser.frame(None)
    shot = browser.screenshot()
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 30_000


def test_french_from_the_browser_language(server, browser):
    browser.get(server.url + "/?lang=fr")
    assert browser.text(browser.find("nav a")) == "Examiner des plans"
    browser.get(server.url + "/compare")
    assert browser.text(browser.find("h1")) == "Comparer des versions"
    _only_local(browser.resources(), server)
