"""``screener serve`` driven over HTTP on a free 127.0.0.1 port: upload, progress, reports,
downloads, compare, errors, limits, CSRF, and a restart that keeps the history."""

from __future__ import annotations

import hashlib
import io
import re
import socket
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from serve_helpers import ROOT, ServerProcess, csrf_of  # noqa: E402

from screener.cli import main  # noqa: E402

SAMPLES = ROOT / "sample_docs"
MAX_PAGES = 40


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = ServerProcess(tmp_path_factory.mktemp("serve") / "data", "--max-size", "1MiB", "--max-pages", str(MAX_PAGES),
                        "--max-files", "4")
    try:
        srv.wait_ready()
        yield srv
    finally:
        srv.stop()


def cli_error(tmp_path, name: str, data: bytes, *options: str) -> str:
    """The one line ``screener scan`` prints for this file (run where the file has this name)."""
    import os

    (tmp_path / name).write_bytes(data)
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        res = CliRunner().invoke(main, ["scan", name, "--format", "json", "-q", *options])
    finally:
        os.chdir(here)
    assert res.exit_code not in (0, 1), res.output
    lines = [ln for ln in res.output.splitlines() if ln.startswith("screener: error: ")]
    assert len(lines) == 1, res.output
    return lines[0][len("screener: error: "):]


def test_says_it_listens_on_this_computer_only(server):
    assert "serving on http://127.0.0.1:" in server.stderr and "this computer only" in server.stderr
    host, port = server.url.removeprefix("http://").split(":")
    assert host == "127.0.0.1"
    # and it really is not on the other interfaces
    others = [a for a in {ai[4][0] for ai in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
              if not a.startswith("127.")]
    for addr in others:
        with socket.socket() as s:
            s.settimeout(1)
            assert s.connect_ex((addr, int(port))) != 0, addr


def test_other_hosts_need_a_flag_and_get_a_warning(monkeypatch, tmp_path):
    res = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--data-dir", str(tmp_path)])
    assert res.exit_code == 2 and "--allow-remote" in res.output
    # with the flag: the warning, without really opening a port to the network in a test
    import uvicorn

    import screener.cli.serve as serve_cli

    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    monkeypatch.setattr(serve_cli, "_listen", lambda host, port: listening)
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)
    res = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--allow-remote", "--data-dir", str(tmp_path)])
    listening.close()
    assert res.exit_code == 0, res.output
    assert "warning: listening on 0.0.0.0" in res.output and "no login" in res.output


def test_api_upload_progress_report_and_downloads(server):
    from docx import Document as Docx
    from openpyxl import load_workbook

    data = (SAMPLES / "pdot_es.pdf").read_bytes()
    r = server.client.post("/api/screens", files={"file": ("pdot_es.pdf", data, "application/pdf")},
                           data={"sectors": "health,education", "report_lang": "en"})
    assert r.status_code == 202, r.text
    body = r.json()
    assert set(body) == {"id", "status_url"} and body["status_url"].endswith(f"/api/screens/{body['id']}")
    seen: list[str] = []
    job = server.wait_done(body["status_url"], seen=seen)
    assert job["status"] == "done", job
    assert seen[-1] == "done" and set(seen) <= {"queued", "running", "done"}
    assert job["error"] is None
    reports = job["reports"]
    assert set(reports) == {"html", "docx", "xlsx", "pdf", "json"}
    html = server.client.get(reports["html"])
    assert html.status_code == 200 and '<table class="heat">' in html.text
    assert "default-src 'none'" in html.headers["content-security-policy"]
    report = server.client.get(reports["json"]).json()
    assert report["report_language"] == "en"
    assert [s["sector"] for s in report["sectors"]] == ["education", "health"]
    assert report["document"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert report["document"]["path"] == "pdot_es.pdf"  # the client's name, not the stored one
    docx = server.client.get(reports["docx"])
    assert 'attachment; filename="pdot_es-report.docx"' in docx.headers["content-disposition"]
    assert any(p.style.name.startswith("Heading") for p in Docx(io.BytesIO(docx.content)).paragraphs)
    wb = load_workbook(io.BytesIO(server.client.get(reports["xlsx"]).content))
    assert wb.sheetnames
    from screener.serve.worker import pdf_available

    if pdf_available():  # the PDF renderer comes from another branch: link it only when it is there
        assert server.client.get(reports["pdf"]).content.startswith(b"%PDF")
    else:
        assert reports["pdf"] is None
        assert "report.pdf" not in server.client.get(f"/screens/{job['id']}").text
    page = server.client.get(f"/screens/{job['id']}?lang=en").text
    assert f'src="/screens/{job["id"]}/report.html"' in page and "report.docx?download=1" in page


def test_page_upload_with_a_bad_file_screens_the_others(server, tmp_path):
    index = server.client.get("/?lang=en")
    token = csrf_of(index.text)
    good = (SAMPLES / "summary_en.txt").read_bytes()
    bad = b"this is not a PDF at all\n" * 20
    r = server.client.post("/upload", data={"csrf": token, "report_lang": "es"}, files=[
        ("files", ("fake.pdf", bad, "application/pdf")), ("files", ("summary_en.txt", good, "text/plain"))])
    assert r.status_code == 303, r.text
    batch = r.headers["location"]
    assert re.fullmatch(r"/uploads/[a-z0-9]{16}", batch)
    page = server.client.get(batch).text
    ids = re.findall(r'<tr class="job" data-id="([a-z0-9]{16})"', page)
    assert len(ids) == 2
    jobs = [server.wait_done(f"/api/screens/{i}") for i in ids]
    assert [j["filename"] for j in jobs] == ["fake.pdf", "summary_en.txt"]
    assert jobs[0]["status"] == "failed" and jobs[1]["status"] == "done"
    assert jobs[0]["error"] == cli_error(tmp_path, "fake.pdf", bad)
    page = server.client.get(batch).text
    assert jobs[0]["error"].replace("'", "&#39;") in page and f'href="/screens/{ids[1]}"' in page
    assert server.client.get(jobs[1]["reports"]["json"]).json()["report_language"] == "es"


def test_forms_need_the_csrf_token(server):
    files = {"files": ("a.txt", b"Migration and health services for migrants.", "text/plain")}
    assert server.client.post("/upload", files=files).status_code == 403
    assert server.client.post("/upload", data={"csrf": "x" * 43}, files=files).status_code == 403
    token = csrf_of(server.client.get("/").text)
    r = server.client.post("/upload", data={"csrf": token}, files=files, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    r = server.client.post("/api/screens", files={"file": files["files"]}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    assert "Set-Cookie" not in server.client.get("/").headers  # the cookie is set once, then kept
    assert server.client.get("/", headers={"Host": "evil.example"}).status_code == 400  # DNS rebinding


def test_limits_and_type_give_the_cli_messages(server, tmp_path):
    big = b"migration " * 120_000  # 1.2 MB, over --max-size 1MiB
    r = server.client.post("/api/screens", files={"file": ("big.txt", big, "text/plain")})
    assert r.status_code == 413 and r.json()["error"] == cli_error(tmp_path, "big.txt", big, "--max-size", "1MiB")
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
    r = server.client.post("/api/screens", files={"file": ("plan.pdf", png, "application/pdf")})
    assert r.status_code == 415 and r.json()["error"] == cli_error(tmp_path, "plan.pdf", png)
    from pdf_factory import plan_like_pdf

    long = plan_like_pdf(pages=MAX_PAGES + 5)
    r = server.client.post("/api/screens", files={"file": ("long.pdf", long, "application/pdf")})
    assert r.status_code == 202
    job = server.wait_done(r.json()["status_url"])
    assert job["status"] == "failed"
    assert job["error"] == cli_error(tmp_path, "long.pdf", long, "--max-pages", str(MAX_PAGES))
    token = csrf_of(server.client.get("/").text)
    five = [("files", (f"p{i}.txt", b"Migration.", "text/plain")) for i in range(5)]
    r = server.client.post("/upload?lang=en", data={"csrf": token}, files=five)
    assert r.status_code == 400 and "At most 4 files" in r.text
    r = server.client.post("/api/screens", files={"file": ("a.txt", b"x", "text/plain")}, data={"sectors": "nope"})
    assert r.status_code == 400 and "unknown sector" in r.json()["error"]
    r = server.client.post("/api/screens", files={"file": ("empty.txt", b"", "text/plain")})
    assert r.json()["error"] == cli_error(tmp_path, "empty.txt", b"")
    huge = b"x" * (5 * (1 << 20) + (2 << 20))  # over the whole-request limit: refused before it is read
    r = server.client.post("/api/screens", files={"file": ("huge.txt", huge, "text/plain")})
    assert r.status_code == 413


def test_client_names_are_never_paths_and_are_escaped(server):
    name = '../../<img src=x onerror=alert(1)>.txt'
    r = server.client.post("/api/screens", files={"file": (name, b"Health services for migrants and returnees.\n", "text/plain")})
    job = server.wait_done(r.json()["status_url"])
    assert job["filename"] == "<img src=x onerror=alert(1)>.txt"
    data_dir = Path(re.search(r"data in (\S+);", server.stderr).group(1))
    stored = [p.name for p in (data_dir / "uploads").iterdir()]
    assert all(re.fullmatch(r"[a-z0-9]{16}-\d\.(pdf|docx|txt|md|html|json)", n) for n in stored), stored
    assert not list(data_dir.parent.glob("*.txt"))
    history = server.client.get("/history").text
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in history and "<img src=x" not in history


def test_compare_two_drafts(server):
    token = csrf_of(server.client.get("/compare?lang=en").text)
    old = (SAMPLES / "sector_programme_en_draft1.pdf").read_bytes()
    new = (SAMPLES / "sector_programme_en.pdf").read_bytes()
    r = server.client.post("/compare", data={"csrf": token, "report_lang": "en"},
                           files={"old": ("draft1.pdf", old, "application/pdf"), "new": ("draft2.pdf", new, "application/pdf")})
    assert r.status_code == 303
    job_id = r.headers["location"].rsplit("/", 1)[-1]
    job = server.wait_done(f"/api/compares/{job_id}")
    assert job["status"] == "done", job
    comparison = server.client.get(job["reports"]["json"]).json()
    assert comparison["old"]["path"] == "draft1.pdf" and comparison["new"]["path"] == "draft2.pdf"
    assert job["summary"]["added"] == len(comparison["evidence"]["added"])
    page = server.client.get(f"/compares/{job_id}").text
    assert f'src="/compares/{job_id}/compare.html"' in page


def test_pages_in_three_languages_fetch_nothing_from_other_hosts(server):
    texts = {}
    for lang in ("en", "es", "fr"):
        for path in ("/", "/compare", "/history"):
            r = server.client.get(f"{path}?lang={lang}")
            assert r.status_code == 200
            assert f'<html lang="{lang}">' in r.text
            assert "default-src 'self'" in r.headers["content-security-policy"]
            assert not re.search(r"""(?:src|href|action)=["']?(?:https?:)?//""", r.text), path
            texts[lang, path] = r.text
    assert "Screen plans" in texts["en", "/"] and "Revisar planes" in texts["es", "/"] and "Examiner des plans" in texts["fr", "/"]
    r = server.client.get("/", headers={"Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5"})
    assert '<html lang="fr">' in r.text
    js = server.client.get("/static/app.js").text + server.client.get("/static/app.css").text
    assert not re.search(r"https?://(?!\[)", js.replace("https?:\\/\\/", ""))


def test_a_restart_keeps_the_history(tmp_path):
    data = tmp_path / "data"
    first = ServerProcess(data, workers=1)
    try:
        r = first.client.post("/api/screens", files={"file": ("brief_es.md", (SAMPLES / "brief_es.md").read_bytes(), "text/markdown")})
        job = first.wait_done(r.json()["status_url"])
        assert job["status"] == "done"
        html = first.client.get(job["reports"]["html"]).content
        # accepted just before the stop: finished then, or screened again at the next start, never lost
        late = first.client.post("/api/screens", files={"file": ("pdot_es.pdf", (SAMPLES / "pdot_es.pdf").read_bytes())})
        assert late.status_code == 202
    finally:
        assert first.stop() == 0
    second = ServerProcess(data, workers=1)
    try:
        listed = second.client.get("/api/screens").json()["screens"]
        assert [(j["id"], j["filename"]) for j in listed] == [(late.json()["id"], "pdot_es.pdf"), (job["id"], "brief_es.md")]
        again = second.client.get(f"/api/screens/{job['id']}").json()
        assert again["status"] == "done"
        assert second.client.get(again["reports"]["html"]).content == html
        assert "brief_es.md" in second.client.get("/history").text
        assert second.wait_done(f"/api/screens/{late.json()['id']}")["status"] == "done"
    finally:
        second.stop()


def test_api_doc_names_every_route(tmp_path):
    from starlette.routing import Route

    from screener.serve import Settings, build_app

    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    app = build_app(Settings(data_dir=tmp_path / "data"))
    routes = {(m, r.path) for r in app.routes if isinstance(r, Route) for m in r.methods if m != "HEAD"}
    for method, path in routes:
        if path.startswith("/api/"):
            assert f"`{method} {path}" in doc or f"`{method} {path}`" in doc or f"{method} {path}" in doc, (method, path)
        elif "{stem" not in path and method == "GET":
            assert f"`{path}`" in doc or f"`{path}" in doc, path
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "screener serve" in readme and "docs/api.md" in readme and "docs/serve-screenshot.png" in readme
    assert (ROOT / "docs" / "serve-screenshot.png").read_bytes()[:4] == b"\x89PNG"


def test_a_model_the_workers_cannot_load_stops_the_server_with_its_exit_code(tmp_path):
    import subprocess

    from serve_helpers import START

    bad = tmp_path / "bad.skops"
    bad.write_bytes(b"not a model")
    res = subprocess.run([sys.executable, "-c", START, "serve", "--port", "0", "--data-dir", str(tmp_path / "d"),
                          "--workers", "1", "--model", str(bad)], capture_output=True, text=True, timeout=600,
                         stdin=subprocess.DEVNULL, cwd=tmp_path)  # outside the checkout, as serve_helpers explains
    assert res.returncode == 11, res.stderr
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("screener: error: ")]
    assert len(errors) == 1 and "bad.skops" in errors[0] and "Traceback" not in res.stderr


def test_the_page_offers_a_local_plugin_that_cites_a_lexicon_concept(tmp_path):
    """A --plugins-dir plugin whose checklist cites a concept the --lexicon adds loads in the
    workers' Screener; the sector list of the page loads it against the same lexicon."""
    from screener.serve.app import Server, Settings

    lex = tmp_path / "local.yaml"
    lex.write_text("schema: screener.lexicon/1\nname: local\nversion: 0.1.0\nconcepts:\n"
                   "  - id: seasonal_harvest_work\n    terms:\n      es: [temporeros de la cosecha]\n", encoding="utf-8")
    pdir = tmp_path / "plugins"
    pdir.mkdir()
    (pdir / "harvest.yaml").write_text(
        "schema: screener.plugin/1\nname: harvest\ncode: HRV\nversion: 1.0.0\n"
        "title: {en: Harvest, es: Cosecha}\ndescription: {en: Harvest work.}\n"
        "sector_terms: {es: [cosecha]}\nchecklist:\n"
        "  - id: HRV-01\n    level: core\n    title: {en: Seasonal workers}\n    description: {en: x}\n"
        "    detect: {concepts: [seasonal_harvest_work]}\n    recommendation: {en: x}\n"
        "    references: {sdg: ['8.8'], gcm: [6]}\n", encoding="utf-8")
    kwargs = {"lexicon_paths": (str(lex),), "plugins_dirs": (str(pdir),)}
    server = Server(Settings(data_dir=tmp_path / "data", workers=1, init_kwargs=kwargs, warm=False))
    assert "harvest" in server.sector_names
