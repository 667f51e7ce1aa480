"""No input is ever modified, and reports are never taken as inputs."""

from __future__ import annotations

import json

from conftest import PLAN_EN, one_line_error, run

from screener.batch import report_names
from screener.errors import EXIT_OK, EXIT_USAGE


def test_scan_refuses_to_write_its_report_over_the_plan(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN, encoding="utf-8")
    before = plan.read_bytes()
    res = run("scan", plan, "-o", plan, "--format", "md", "--no-classifier")
    assert "is the plan being screened" in one_line_error(res, EXIT_USAGE)
    assert plan.read_bytes() == before
    html = tmp_path / "plan.html"  # the same through another spelling of the path
    html.write_text("<h1>Plan</h1><p>" + PLAN_EN + "</p>", encoding="utf-8")
    res = run("scan", tmp_path / "." / "plan.html", "-o", html, "--no-classifier")
    one_line_error(res, EXIT_USAGE)
    assert html.read_text(encoding="utf-8").startswith("<h1>Plan</h1>")


def test_csv_checklist_beside_the_report_never_replaces_the_plan(tmp_path):
    plan = tmp_path / "r.checklist.csv"  # -o r.csv also writes r.checklist.csv
    plan.write_text(PLAN_EN, encoding="utf-8")
    res = run("scan", plan, "-o", tmp_path / "r.csv", "--no-classifier")
    one_line_error(res, EXIT_USAGE)
    assert plan.read_text(encoding="utf-8") == PLAN_EN


def test_extract_refuses_to_overwrite_its_input(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN, encoding="utf-8")
    one_line_error(run("extract", plan, "-o", plan), EXIT_USAGE)
    assert plan.read_text(encoding="utf-8") == PLAN_EN


def test_compare_refuses_to_overwrite_a_draft(tmp_path):
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(PLAN_EN, encoding="utf-8")
    b.write_text(PLAN_EN + "\nMore text.\n", encoding="utf-8")
    one_line_error(run("compare", a, b, "-o", b, "--format", "md", "--no-classifier"), EXIT_USAGE)
    assert b.read_text(encoding="utf-8").endswith("More text.\n")


def test_out_dir_equal_to_the_input_folder_is_refused(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "plan.html").write_text("<h1>Plan</h1><p>Migrant workers.</p>", encoding="utf-8")
    (plans / "other.md").write_text(PLAN_EN, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in plans.iterdir()}
    res = run("scan", plans, "--out-dir", plans, "--no-classifier", "-j", "1")
    assert "is the input folder" in one_line_error(res, EXIT_USAGE)
    assert {p.name: p.read_bytes() for p in plans.iterdir()} == before


def test_reports_inside_the_input_folder_are_never_screened_as_plans(tmp_path, monkeypatch):
    (tmp_path / "plan.md").write_text(PLAN_EN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for _ in range(2):  # `scan . --out-dir reports`, twice: the second run must not read reports/
        res = run("scan", ".", "--out-dir", "reports", "--no-classifier", "-j", "1", "--format", "md")
        assert res.exit_code == EXIT_OK, res.output
        docs = json.loads((tmp_path / "reports" / "summary.json").read_text(encoding="utf-8"))["documents"]
        assert [d["document"] for d in docs] == ["plan.md"]
    # and a previous batch's folder under another name is skipped too (it holds a manifest)
    res = run("scan", ".", "--out-dir", "reports2", "--no-classifier", "-j", "1", "--format", "md")
    docs = json.loads((tmp_path / "reports2" / "summary.json").read_text(encoding="utf-8"))["documents"]
    assert [d["document"] for d in docs] == ["plan.md"]


def test_a_plan_given_inside_the_out_dir_keeps_its_content(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    plan = out / "plan.md"
    plan.write_text(PLAN_EN, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text(PLAN_EN, encoding="utf-8")
    res = run("scan", plan, other, "--out-dir", out, "--format", "md", "--no-classifier", "-j", "1")
    assert res.exit_code == EXIT_OK, res.output
    assert plan.read_text(encoding="utf-8") == PLAN_EN
    names = report_names([plan, other], "md", avoid=["plan.md"])
    assert "plan.md" not in names


def test_csv_report_names_never_collide_with_checklists():
    from pathlib import Path

    for order in (["plan.txt", "plan.checklist.txt"], ["plan.checklist.txt", "plan.txt"]):
        names = report_names([Path(n) for n in order], "csv")
        files = [f for n in names for f in (n, n[:-4] + ".checklist.csv")]
        assert len({f.casefold() for f in files}) == len(files), names
