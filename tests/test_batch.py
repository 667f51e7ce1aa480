"""Batch screening: reports and summary, bad files, --resume, Ctrl-C, worker crashes, progress."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import random
import re
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import screener.batch as batch
import screener.cli.common as common
from screener.batch import BatchRow, BatchSummary, Progress, report_names, run_batch
from screener.cli import main
from screener.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL
from screener.loaders import iter_supported

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"
GOOD = ("brief_es.md", "summary_en.txt", "note_fr.html")
BAD = {"broken.pdf": ("corruptfile", 6), "scanned.pdf": ("notextlayer", 8), "empty.txt": ("emptydocument", 4)}


def _scanned_pdf() -> bytes:
    from pdf_factory import PlanPDF

    pdf = PlanPDF(footer=None)
    for k in range(2):
        pdf.image_page(seed=k)
    return pdf.bytes()


@pytest.fixture(scope="module")
def scanned_bytes() -> bytes:
    return _scanned_pdf()


@pytest.fixture
def plans(tmp_path, scanned_bytes) -> Path:
    """Three good plans and three bad files in one folder."""
    d = tmp_path / "plans"
    d.mkdir()
    for name in GOOD:
        shutil.copy(SAMPLES / name, d / name)
    rnd = random.Random(3)
    (d / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(rnd.randrange(256) for _ in range(4000)))
    (d / "scanned.pdf").write_bytes(scanned_bytes)
    (d / "empty.txt").write_bytes(b"")
    return d


def scan(*args: str):
    result = CliRunner().invoke(main, ["scan", *args])
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def summary_rows(out: Path) -> dict[str, dict]:
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return {Path(r["document"]).name: r for r in data["documents"]}


def no_temp_files(out: Path) -> bool:
    return not [n for n in os.listdir(out) if n.endswith(".tmp")]


# --------------------------------------------------------------------------- the CLI


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_scan_folder_reports_good_lists_bad(plans, tmp_path, jobs):
    out = tmp_path / "out"
    res = scan(str(plans), "--out-dir", str(out), "--format", "html", "--jobs", jobs)
    assert res.exit_code == EXIT_PARTIAL, res.output

    rows = summary_rows(out)
    assert set(rows) == set(GOOD) | set(BAD)
    for name in GOOD:
        r = rows[name]
        assert r["status"] == "ok", r
        report = out / r["report"]
        assert report.is_file() and report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        assert r["continuum"] in ("blind", "aware", "sensitive", "responsive")
        assert r["language"] == name.split("_")[1].split(".")[0]
        assert all(v is None or 0 <= v <= 3 for v in r["ratings"].values())
    for name, (kind, code) in BAD.items():
        r = rows[name]
        assert (r["status"], r["error_kind"], r["exit_code"]) == ("error", kind, code), r
        assert name in r["error"] and r["report"] is None
    assert sorted(p.name for p in out.glob("*.html") if p.name != "summary.html") == sorted(rows[n]["report"] for n in GOOD)
    assert no_temp_files(out)

    with open(out / "summary.csv", encoding="utf-8-sig", newline="") as fh:
        table = {Path(r["document"]).name: r for r in csv.DictReader(fh)}
    assert table["scanned.pdf"]["error_kind"] == "notextlayer" and table["scanned.pdf"]["exit_code"] == "8"
    assert table["empty.txt"]["error_kind"] == "emptydocument"
    es = table["brief_es.md"]
    assert es["status"] == "ok" and es["report"] == "brief_es.html"
    # the sector columns agree with the JSON: a number when the sector is discussed, else blank
    for sector, rating in rows["brief_es.md"]["ratings"].items():
        assert es[sector] == ("" if rating is None else str(rating))
    assert "error" in res.stderr  # bad files are reported on stderr, one line each
    assert "\r" not in res.stderr  # stderr is not a terminal: no progress bar


def test_summary_xlsx_reads_back(plans, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "out"
    assert scan(str(plans), "--out-dir", str(out), "--format", "json", "--jobs", "1").exit_code == EXIT_PARTIAL
    ws = load_workbook(out / "summary.xlsx").active
    header = [c.value for c in ws[1]]
    assert header[:2] == ["Document", "Status"]
    names = set(GOOD) | set(BAD)
    rows = {Path(r[0]).name: dict(zip(header, r)) for r in ws.iter_rows(min_row=2, values_only=True)
            if r[0] and Path(str(r[0])).name in names}
    assert set(rows) == set(GOOD) | set(BAD)
    assert rows["scanned.pdf"]["Error kind"] == "notextlayer" and rows["scanned.pdf"]["Exit code"] == 8
    assert rows["summary_en.txt"]["Report"] == "summary_en.json"
    expected = summary_rows(out)["summary_en.txt"]["ratings"]
    sector_cols = header[5:-7]
    assert len(sector_cols) == len(expected)
    values = [rows["summary_en.txt"][h] for h in sector_cols]
    assert values == list(expected.values())
    assert all(v is None or isinstance(v, int) for v in values)


def test_summary_html_escapes_file_names(tmp_path):
    d = tmp_path / "plans"
    d.mkdir()
    evil = d / "plan <script>alert(1)<\\script> & co.txt"
    shutil.copy(SAMPLES / "summary_en.txt", evil)
    out = tmp_path / "out"
    res = scan(str(d), "--out-dir", str(out), "--format", "md", "--jobs", "1")
    assert res.exit_code == EXIT_OK, res.output
    html = (out / "summary.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)" in html and "&amp; co" in html
    report = summary_rows(out)[evil.name]["report"]
    assert "<" not in report and (out / report).is_file()
    assert f'href="{__import__("urllib.parse").parse.quote(report)}"' in html


def test_resume_skips_up_to_date_and_redoes_changed(plans, tmp_path):
    out = tmp_path / "out"
    args = [str(plans), "--out-dir", str(out), "--format", "json", "--jobs", "1"]
    assert scan(*args).exit_code == EXIT_PARTIAL
    rows = summary_rows(out)
    mtimes = {n: (out / rows[n]["report"]).stat().st_mtime_ns for n in GOOD}

    assert scan(*args, "--resume").exit_code == EXIT_PARTIAL  # the bad files still fail
    again = summary_rows(out)
    for n in GOOD:
        assert again[n]["status"] == "skipped-up-to-date"
        assert again[n]["ratings"] == rows[n]["ratings"]  # the summary still shows the old results
        assert (out / rows[n]["report"]).stat().st_mtime_ns == mtimes[n]
    assert {again[n]["status"] for n in BAD} == {"error"}

    with open(plans / "summary_en.txt", "a", encoding="utf-8") as fh:
        fh.write("\nThe plan will support returning migrants with vocational training.\n")
    assert scan(*args, "--resume").exit_code == EXIT_PARTIAL
    third = summary_rows(out)
    assert third["summary_en.txt"]["status"] == "ok"
    assert third["summary_en.txt"]["sha256"] != rows["summary_en.txt"]["sha256"]
    assert third["brief_es.md"]["status"] == third["note_fr.html"]["status"] == "skipped-up-to-date"
    assert (out / rows["brief_es.md"]["report"]).stat().st_mtime_ns == mtimes["brief_es.md"]

    # a deleted report, another format, or no --resume: screened again
    (out / rows["brief_es.md"]["report"]).unlink()
    assert scan(*args, "--resume").exit_code == EXIT_PARTIAL
    assert summary_rows(out)["brief_es.md"]["status"] == "ok"
    md_args = [str(plans), "--out-dir", str(out), "--format", "md", "--jobs", "1", "--resume"]
    assert scan(*md_args).exit_code == EXIT_PARTIAL
    assert {summary_rows(out)[n]["status"] for n in GOOD} == {"ok"}
    assert scan(*args).exit_code == EXIT_PARTIAL
    assert {summary_rows(out)[n]["status"] for n in GOOD} == {"ok"}

    manifest = json.loads((out / batch.MANIFEST_NAME).read_text(encoding="utf-8"))["documents"]
    assert {Path(k).name for k in manifest} == set(GOOD)  # failures are never recorded as done


def test_corrupt_manifest_means_screen_everything(plans, tmp_path):
    out = tmp_path / "out"
    args = [str(plans), "--out-dir", str(out), "--format", "json", "--jobs", "1", "--resume"]
    scan(*args)
    (out / batch.MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    res = scan(*args)
    assert res.exit_code == EXIT_PARTIAL and "manifest unreadable" in res.stderr
    assert {summary_rows(out)[n]["status"] for n in GOOD} == {"ok"}


def test_interrupt_keeps_finished_reports(plans, tmp_path, monkeypatch):
    """Ctrl-C while the second report is being written: the first stays, nothing half-written."""
    out = tmp_path / "out"
    real_screen_one, real_fsync = batch._screen_one, os.fsync
    calls = {"armed": False}

    def fsync(fd):
        if calls["armed"]:
            calls["armed"] = False
            raise KeyboardInterrupt
        return real_fsync(fd)

    def screen_one(screener, task):
        if task.path.endswith("note_fr.html"):
            calls["armed"] = True  # the interrupt lands inside write_atomic, after the temp file exists
        return real_screen_one(screener, task)

    monkeypatch.setattr(batch, "_screen_one", screen_one)
    monkeypatch.setattr(common.os, "fsync", fsync)
    res = scan(str(plans), "--out-dir", str(out), "--format", "html", "--jobs", "1")
    assert res.exit_code == EXIT_INTERRUPTED, res.output
    assert "interrupted" in res.stderr and "--resume" in res.stderr
    assert no_temp_files(out)

    # documents run in sorted order: brief_es.md, broken.pdf, empty.txt, then note_fr.html is interrupted
    rows = summary_rows(out)
    assert list(rows) == ["brief_es.md", "broken.pdf", "empty.txt"]
    assert [r["status"] for r in rows.values()] == ["ok", "error", "error"]
    report = out / rows["brief_es.md"]["report"]
    assert report.read_text(encoding="utf-8").rstrip().endswith("</html>")
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert data["interrupted"] is True and data["not_screened"] == 3
    assert [p.name for p in out.iterdir() if p.suffix == ".html" and p.name != "summary.html"] == [report.name]

    monkeypatch.undo()
    mtime = report.stat().st_mtime_ns
    res = scan(str(plans), "--out-dir", str(out), "--format", "html", "--jobs", "1", "--resume")
    assert res.exit_code == EXIT_PARTIAL
    rows = summary_rows(out)
    assert len(rows) == 6 and rows["brief_es.md"]["status"] == "skipped-up-to-date"
    assert report.stat().st_mtime_ns == mtime


# --------------------------------------------------------------------------- the pool, directly


@pytest.fixture(scope="module")
def engine():
    from screener.screen import Screener

    return Screener()


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="patching workers needs the fork start method")
def test_pool_interrupt_stops_workers(plans, tmp_path, monkeypatch, engine):
    """Ctrl-C while a worker is inside write_atomic: exit 130 at once, worker stopped, its temp file gone."""
    out = tmp_path / "out"
    started = tmp_path / "started"
    real_screen_one, real_wait = batch._screen_one, batch.wait

    def screen_one(screener, task):  # runs in the (forked) worker
        if task.path.endswith("note_fr.html"):
            real_fsync = os.fsync

            def slow_fsync(fd):
                started.touch()  # the report's temp file exists now
                time.sleep(60)  # a stopped worker never gets past this
                real_fsync(fd)

            common.os.fsync = slow_fsync
        return real_screen_one(screener, task)

    def wait(fs, return_when):  # in the parent: Ctrl-C once the worker is mid-write
        while not started.exists():
            done, pending = real_wait(fs, timeout=0.05, return_when=return_when)
            if done:
                return done, pending
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "_screen_one", screen_one)
    monkeypatch.setattr(batch, "wait", wait)
    code = run_batch(engine, iter_supported([str(plans)]), out, fmt="json", jobs=2, screener_kwargs={}, quiet=True)
    assert code == EXIT_INTERRUPTED
    assert no_temp_files(out)
    assert not (out / "note_fr.json").exists()  # the worker was stopped, not waited for
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]
    rows = summary_rows(out)
    assert "note_fr.html" not in rows and len(rows) < 6
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["interrupted"] is True
    for r in rows.values():
        if r["status"] == "ok":
            json.loads((out / r["report"]).read_text(encoding="utf-8"))  # complete, parseable


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="patching workers needs the fork start method")
def test_worker_crash_is_isolated(plans, tmp_path, monkeypatch, engine):
    """A file that kills its worker process is listed as crashed; every other file is screened."""
    out = tmp_path / "out"
    real = batch._screen_one

    def screen_one(screener, task):
        if task.path.endswith("summary_en.txt"):
            os._exit(3)  # what a segfault in a PDF library looks like to the pool
        return real(screener, task)

    monkeypatch.setattr(batch, "_screen_one", screen_one)
    code = run_batch(engine, iter_supported([str(plans)]), out, fmt="json", jobs=2, screener_kwargs={}, quiet=True)
    assert code == EXIT_PARTIAL
    rows = summary_rows(out)
    assert rows["summary_en.txt"]["error_kind"] == "crashed"
    assert {rows[n]["status"] for n in ("brief_es.md", "note_fr.html")} == {"ok"}
    assert {rows[n]["error_kind"] for n in BAD} == {k for k, _ in BAD.values()}


def test_internal_error_does_not_stop_the_batch(tmp_path, monkeypatch, engine):
    d = tmp_path / "plans"
    d.mkdir()
    for name in GOOD[:2]:
        shutil.copy(SAMPLES / name, d / name)

    def boom(path):
        if str(path).endswith(".md"):
            raise ValueError("bug")
        return type(engine).screen_file(engine, path)

    monkeypatch.setattr(engine, "screen_file", boom)
    code = run_batch(engine, iter_supported([str(d)]), tmp_path / "out", fmt="json", jobs=1, quiet=True)
    rows = summary_rows(tmp_path / "out")
    assert code == EXIT_PARTIAL
    assert rows["brief_es.md"]["error_kind"] == "internal" and "report it" in rows["brief_es.md"]["error"]
    assert rows["summary_en.txt"]["status"] == "ok"


# --------------------------------------------------------------------------- units


def test_report_names_never_collide():
    paths = [Path("a/plan.pdf"), Path("a/sub/plan.pdf"), Path("a/plan.docx"), Path("b/x/plan.pdf"),
             Path("a/summary.pdf"), Path("a/Plan.PDF"), Path("a/other.txt")]
    names = report_names(paths, "html")
    assert len({n.casefold() for n in names}) == len(paths)
    assert "summary.html" not in names and "other.html" in names
    assert names == report_names(paths, "html")  # stable: --resume finds them again
    assert report_names([Path("x/plan.pdf"), Path("y/plan.pdf")], "md") == ["x__plan.md", "y__plan.md"]
    assert report_names([Path("plan.pdf"), Path("2019/plan.pdf")], "json") == ["plan.json", "2019__plan.json"]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal_only():
    now = {"t": 0.0}
    tty = _Tty()
    p = Progress(4, enabled=True, stream=tty, clock=lambda: now["t"])
    now["t"] = 30.0
    p.update(done=1, errors=1, current="plan.pdf")
    out = tty.getvalue()
    assert out.startswith("\r") and "[1/4]" in out and "errors 1" in out and "ETA 1m30s" in out and "plan.pdf" in out
    p.clear()
    quiet = io.StringIO()
    Progress(4, enabled=False, stream=quiet).update(done=2, current="x")
    assert quiet.getvalue() == ""


def test_summary_renderers_mark_interruption_and_blank_absent_sectors():
    from screener.report.batch_summary import render_summary_csv, render_summary_html

    rows = (
        BatchRow("=cmd|' /C calc'!A0.pdf", "ok", report="x.html", language="fr", pages=3, continuum="aware",
                 ratings={"health": 2, "security": None}, findings={"migration": 4, "counted": 3, "possible": 1}),
        BatchRow("b.pdf", "error", error_kind="corruptfile", error="b.pdf: damaged.", exit_code=6),
    )
    s = BatchSummary(rows, (("health", {"en": "Health", "fr": "Santé"}), ("security", {"en": "Security"})),
                     "fr", {}, "html", interrupted=True, not_screened=2)
    html = render_summary_html(s)
    assert "Santé" in html and "interrompu" in html and 'class="r r2"' in html
    assert re.search(r'<td class="r" title="[^"]*"></td>', html)  # absent sector: blank cell
    table = list(csv.reader(io.StringIO(render_summary_csv(s).lstrip("\ufeff"))))
    assert table[0][5:7] == ["health", "security"]
    assert table[1][0].startswith("'=")  # no formula injection through a file name
    assert table[1][5:7] == ["2", ""]


def test_batch_defaults_to_html_reports_and_a_summary_in_the_plans_language(tmp_path):
    d = tmp_path / "plans"
    d.mkdir()
    shutil.copy(SAMPLES / "brief_es.md", d / "a_es.md")
    shutil.copy(SAMPLES / "brief_es.md", d / "b_es.md")
    shutil.copy(SAMPLES / "summary_en.txt", d / "c_en.txt")
    out = tmp_path / "out"
    assert scan(str(d), "--out-dir", str(out), "--jobs", "1", "-q").exit_code == 0
    assert sorted(p.name for p in out.glob("*.html")) == ["a_es.html", "b_es.html", "c_en.html", "summary.html"]
    html = (out / "summary.html").read_text(encoding="utf-8")
    assert '<html lang="es">' in html and "Resumen del análisis por lotes" in html
    assert 'class="scroll"' in html and 'th class="v"' in html  # sector names upright-narrow: no sideways page scroll
    # --report-lang still decides when given
    out2 = tmp_path / "out2"
    assert scan(str(d), "--out-dir", str(out2), "--jobs", "1", "-q", "--report-lang", "fr").exit_code == 0
    assert '<html lang="fr">' in (out2 / "summary.html").read_text(encoding="utf-8")
