"""The HTML report in a real headless Chromium: it renders, the heatmap is there, evidence
links resolve, and nothing is fetched from the network. Skipped when no Chromium is installed
(.ci/run installs Debian's chromium when it can)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli import main

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def chromium(tmp_path, *args, log=None):
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    if log is not None:
        cmd[1:1] = ["--enable-logging=stderr", "--v=1", "--log-net-log=" + str(log)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser") / "report.html"
    res = CliRunner().invoke(main, ["scan", str(ROOT / "sample_docs" / "pdot_es.pdf"), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    return out


def test_renders_with_heatmap_and_working_links(report, tmp_path):
    res = chromium(tmp_path, "--dump-dom", report.as_uri())
    dom = res.stdout
    assert "<table class=\"heat\">" in dom
    rows = re.findall(r'<tr><th><a href="#sector-([a-z_]+)"', dom)
    assert len(rows) >= 5  # one heatmap row per sector present
    for sector in rows:
        assert f'id="sector-{sector}"' in dom
    links = set(re.findall(r'href="#(F\d{4})"', dom))
    assert links, "no evidence links in the checklist"
    ids = set(re.findall(r'id="(F\d{4})"', dom))
    assert links <= ids, f"evidence links without a target: {sorted(links - ids)[:5]}"


def test_screenshot_shows_the_page(report, tmp_path):
    shot = tmp_path / "shot.png"
    res = chromium(tmp_path, "--window-size=1280,1400", f"--screenshot={shot}", report.as_uri())
    assert shot.exists(), res.stderr[-500:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a blank page compresses to a few KB


def _requested(tmp_path, url, name):
    log = tmp_path / f"{name}.json"
    chromium(tmp_path / name, "--dump-dom", url, log=log)
    text = log.read_text(errors="replace") if log.exists() else ""
    return {u for u in re.findall(r'"url":"([^"]+)"', text) if u.startswith(("http://", "https://"))}


def test_nothing_loads_from_the_network(report, tmp_path):
    html = report.read_text(encoding="utf-8")
    assert "default-src 'none'" in html  # the page forbids every fetch itself
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)
    # Chromium's own record of requests, minus what the browser asks for on a blank page
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
    baseline = _requested(tmp_path, blank.as_uri(), "blank")
    hosts = lambda urls: {re.sub(r"^https?://([^/]+).*", r"\1", u) for u in urls}  # noqa: E731
    extra = hosts(_requested(tmp_path, report.as_uri(), "report")) - hosts(baseline)
    assert not extra, extra


def test_printed_report_fits_the_length_budget(report, tmp_path):
    """Printed by Chromium with the detail folded, the sample plan's report is at most 8 pages."""
    import pypdfium2 as pdfium

    out = tmp_path / "printed.pdf"
    res = chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={out}", report.as_uri())
    assert out.exists(), res.stderr[-500:]
    pdf = pdfium.PdfDocument(str(out))
    try:
        assert 1 <= len(pdf) <= 8
        assert "Vacíos prioritarios" in pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
