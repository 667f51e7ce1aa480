"""Text from a hostile document stays text in every report: no live link, no formula, no markup."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import PLAN_EN, run

from screener.errors import EXIT_OK

EVIL = ("Migrant workers send remittances, see [click here](javascript:alert(document.cookie)) and "
        "<javascript:alert(1)> for details on migration.")


def test_markdown_report_has_no_live_javascript_link(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN + "\n" + EVIL + "\n", encoding="utf-8")
    res = run("scan", plan, "--format", "md", "--no-classifier")
    assert res.exit_code == EXIT_OK, res.output
    md = res.stdout
    assert "javascript:" in md  # the quote is kept...
    assert "](javascript:" not in md and "<javascript:" not in md  # ...as text, not as a link
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py renders like GitHub")

    html = markdown_it.MarkdownIt().render(md)
    assert 'href="javascript:' not in html


def test_full_width_formula_signs_are_neutralised_in_xlsx_and_csv(tmp_path):
    from screener.report.xlsx_report import safe_cell

    for sign in ("\uff1d", "\uff0b", "\uff0d", "\uff20", "=", "+", "-", "@"):
        assert safe_cell(f"{sign}HYPERLINK(\"http://evil.example\")").startswith("'")
    plan = tmp_path / "plan.txt"
    plan.write_text("\uff1dHYPERLINK(\"http://evil.example\",\"migrant workers send remittances\")\n\n" + PLAN_EN,
                    encoding="utf-8")
    out = tmp_path / "r.csv"
    res = run("scan", plan, "-o", out, "--no-classifier")
    assert res.exit_code == EXIT_OK, res.output
    cells = [c for row in csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))) for c in row]
    assert not any(c.startswith(("\uff1d", "=")) for c in cells)


def test_summary_csv_neutralises_full_width_file_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "\uff1dcmd.md").write_text(PLAN_EN, encoding="utf-8")
    (tmp_path / "other.md").write_text(PLAN_EN, encoding="utf-8")
    assert run("scan", "\uff1dcmd.md", "other.md", "--out-dir", "out", "--no-classifier", "-j", "1").exit_code == EXIT_OK
    out = tmp_path / "out"
    rows = list(csv.reader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8-sig"))))
    assert rows[1][0].startswith("'")
    assert json.loads((out / "summary.json").read_text())["totals"]["ok"] == 2
