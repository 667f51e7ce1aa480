"""Spreadsheet exports (XLSX and CSV): every finding and checklist item, one per row, for review.

The XLSX is also an input: a consultant marks each finding accepted or rejected in the
"Review" column and pastes passages the screen missed; ``screener train`` then reads it back
(``screener.classify.reviewed``). Header labels and sheet names are in the report language;
the reader accepts them in any of en/es/fr, so the column *order* may change but the column
*keys* below are the contract (docs/reviewing.md).

Document text ends up in cells, so any cell starting with = + - @ (or a tab/CR) is prefixed
with ' : a quote like "=HYPERLINK(...)" must never become a live formula.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..results import ADDRESSED, ScreenResult, localized
from . import sector_title
from .docx_report import FILLS, reproducible_zip, xml_safe
from .i18n import LANGUAGES, concept_label, kind_label, level_label, stage_label, status_label, t

# People's columns first, in the report language; then the stable machine-readable columns
# (codes, offsets, flags), whose values never change with the language (docs/reviewing.md).
FINDING_COLUMNS = (
    "id", "kind_text", "concept_text", "sectors_text", "stage_text", "context_text", "page", "section_path", "quote",
    "review", "review_note",
    "kind", "fired", "concept", "concepts", "sectors", "stage", "matched", "negated", "hypothetical", "historical",
    "passing", "confidence", "start", "end", "block", "document", "sha256", "language",
)
CHECKLIST_COLUMNS = (
    "sector", "item", "title", "level_text", "status", "recommendation", "evidence", "sdg", "gcm", "searched",
    "sector_id", "level", "status_code",
)
MISSED_COLUMNS = ("text", "lang", "label", "concepts", "sector", "note")
WIDTHS = {
    "id": 8, "kind": 10, "fired": 11, "concept": 18, "concepts": 24, "sectors": 20, "stage": 18, "page": 7,
    "section_path": 30, "quote": 70, "matched": 18, "negated": 9, "hypothetical": 9, "historical": 9,
    "passing": 9, "confidence": 10, "start": 9, "end": 9, "block": 7, "document": 24, "sha256": 18,
    "language": 9, "review": 13, "review_note": 30, "sector": 20, "sector_id": 16, "item": 10, "title": 40,
    "level": 10, "status": 14, "evidence": 18, "recommendation": 60, "sdg": 12, "gcm": 12, "searched": 50,
    "text": 80, "lang": 12, "label": 14, "note": 30, "kind_text": 14, "concept_text": 24, "sectors_text": 24,
    "stage_text": 18, "context_text": 18, "level_text": 12, "status_code": 12,
}
WRAP = {"quote", "section_path", "title", "recommendation", "searched", "text", "review_note", "note", "sectors_text",
        "concept_text"}
# ASCII formula starts and their full-width forms (＝＋－＠), which spreadsheets may fold to ASCII
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
MAX_CELL = 32000  # Excel refuses more than 32,767 characters in a cell
REVIEW_ROWS_MIN = 200  # the drop-down also covers empty rows below, for pasted findings
MISSED_ROWS = 500


def safe_cell(value):
    """A cell value that cannot run as a formula and that XML can hold; numbers pass through."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = xml_safe(value)
    if len(text) > MAX_CELL:
        text = text[:MAX_CELL] + "…"
    if text.lstrip(" ").startswith(FORMULA_START):
        text = "'" + text
    return text


def header_labels(keys, lang: str) -> list[str]:
    return [t(f"col_{k}", lang) for k in keys]


def _refs(c, kind: str) -> str:
    return ", ".join(str(x) for x in c.references.get(kind, ()))


def finding_rows(result: ScreenResult) -> list[list]:
    d = result.document
    lang = result.report_lang
    rows = []
    for f in result.findings:
        ctx = f.context
        context = ", ".join(t(a, lang) for a in ("negated", "hypothetical", "historical", "passing") if getattr(ctx, a))
        rows.append([
            f.id, kind_label(f.kind, lang), concept_label(f.concept, lang),
            ", ".join(sector_title(result, x) for x in f.sectors), stage_label(f.stage, lang), context,
            f.page, " › ".join(f.section_path), f.text, None, None,
            f.kind, f.fired, f.concept, ", ".join(f.concepts), ", ".join(f.sectors), f.stage, f.matched,
            ctx.negated, ctx.hypothetical, ctx.historical, ctx.passing, round(f.confidence, 4), f.start, f.end,
            f.block, d.source, d.sha256, result.language,
        ])
    return rows


def _searched_text(sr, lang: str) -> str:
    pages = t("searched_pages", lang, pages=sr.pages) if sr.pages else ""
    return t("searched_line", lang, n_concepts=len(sr.concepts), terms=sr.terms, langs=", ".join(sr.languages),
             blocks=sr.blocks, pages=pages)


def checklist_rows(result: ScreenResult) -> list[list]:
    lang = result.report_lang
    rows = []
    for sec in result.sectors:
        for c in sec.checklist:
            rows.append([
                sector_title(result, sec.sector), c.id, localized(c.title, lang), level_label(c.level, lang),
                status_label(c.status, lang), localized(c.recommendation, lang) if c.status != ADDRESSED else "",
                ", ".join(c.evidence), _refs(c, "sdg"), _refs(c, "gcm"), _searched_text(c.searched, lang),
                sec.sector, c.level, c.status,
            ])
    return rows


def _sheet(ws, keys, rows, lang: str, *, filters: bool) -> None:
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="F6F8FA")
    ws.append(header_labels(keys, lang))
    for cell in ws[1]:
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for row in rows:
        ws.append([safe_cell(v) for v in row])
    for i, key in enumerate(keys, 1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = WIDTHS.get(key, 14)
        if key in WRAP:
            for (cell,) in ws.iter_rows(min_row=2, max_row=ws.max_row, min_col=i, max_col=i):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    if filters:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(ws.max_row, 1)}"


def render_xlsx(result: ScreenResult) -> bytes:
    """Findings, Checklist, Missed passages and About sheets, headers in the report language."""
    lang = result.report_lang
    d = result.document
    wb = Workbook()

    ws = wb.active
    ws.title = t("sheet_findings", lang)
    _sheet(ws, FINDING_COLUMNS, finding_rows(result), lang, filters=True)
    review_col = get_column_letter(FINDING_COLUMNS.index("review") + 1)
    last = max(ws.max_row, REVIEW_ROWS_MIN)
    dv = DataValidation(type="list", allow_blank=True, showDropDown=False,
                        formula1='"' + t("review_accepted", lang) + "," + t("review_rejected", lang) + '"')
    dv.error = t("review_error", lang)
    dv.errorTitle = t("col_review", lang)
    dv.showErrorMessage = True
    dv.add(f"{review_col}2:{review_col}{last}")
    ws.add_data_validation(dv)
    for (cell,) in ws.iter_rows(min_row=2, max_row=ws.max_row, min_col=FINDING_COLUMNS.index("review") + 1,
                                max_col=FINDING_COLUMNS.index("review") + 1):
        cell.fill = PatternFill("solid", fgColor="FFF8C5")  # the column to fill in

    ws = wb.create_sheet(t("sheet_checklist", lang))
    _sheet(ws, CHECKLIST_COLUMNS, checklist_rows(result), lang, filters=True)
    status_col = CHECKLIST_COLUMNS.index("status") + 1
    by_label = {status_label(s, lang): s for s in FILLS if s != "absent"}
    for (cell,) in ws.iter_rows(min_row=2, max_row=ws.max_row, min_col=status_col, max_col=status_col):
        status = by_label.get(cell.value)
        if status:
            cell.fill = PatternFill("solid", fgColor=FILLS[status])

    ws = wb.create_sheet(t("sheet_missed", lang))
    _sheet(ws, MISSED_COLUMNS, [], lang, filters=False)
    for key, values in (("lang", LANGUAGES), ("label", ("1", "0"))):
        col = get_column_letter(MISSED_COLUMNS.index(key) + 1)
        v = DataValidation(type="list", allow_blank=True, formula1='"' + ",".join(values) + '"')
        v.add(f"{col}2:{col}{MISSED_ROWS}")
        ws.add_data_validation(v)

    ws = wb.create_sheet(t("sheet_about", lang))
    prov = result.provenance
    plugins = prov.get("plugins") or {}
    about = [
        (t("report_title", lang), d.metadata.get("title") or ""),
        (t("file", lang), d.source),
        ("SHA-256", d.sha256),
        (t("format", lang), d.format.upper()),
        (t("language", lang), d.language),
        (t("screen_language", lang), result.language),
        (t("report_language", lang), lang),
        (t("pages", lang), d.pages if d.pages is not None else t("no_page", lang)),
        (t("about_tool", lang), prov.get("tool", "screener")),
        (t("about_lexicon", lang), prov.get("lexicon", "")),
        (t("about_plugins", lang), ", ".join(f"{k} {v}" for k, v in plugins.items()) if isinstance(plugins, dict)
         else json.dumps(plugins, ensure_ascii=False)),
        (t("about_classifier", lang), prov.get("classifier") or t("none", lang)),
        (t("about_threshold", lang), prov.get("classifier_threshold")),
    ]
    for k, v in about:
        ws.append([safe_cell(k), safe_cell(v)])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append([])
    ws.append([t("about_how_title", lang)])
    ws.cell(ws.max_row, 1).font = Font(bold=True, size=13)
    for line in t("about_how", lang).split("|"):
        ws.append([safe_cell(line)])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
        ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[ws.max_row].height = 45
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 90

    wb.active = 0
    buf = io.BytesIO()
    wb.save(buf)
    return reproducible_zip(buf.getvalue())


def _csv_text(keys, rows, lang: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header_labels(keys, lang))
    for row in rows:
        w.writerow(["" if v is None else ("TRUE" if v is True else "FALSE" if v is False else safe_cell(v)) for v in row])
    return "\ufeff" + buf.getvalue()  # BOM: Excel then reads the file as UTF-8 (accents intact)


def render_csv(result: ScreenResult) -> dict[str, str]:
    """``{"findings.csv": ..., "checklist.csv": ...}``: UTF-8 with BOM, CRLF, formula-safe."""
    lang = result.report_lang
    return {
        "findings.csv": _csv_text(FINDING_COLUMNS, finding_rows(result), lang),
        "checklist.csv": _csv_text(CHECKLIST_COLUMNS, checklist_rows(result), lang),
    }


def csv_files(result: ScreenResult, output) -> dict[Path, str]:
    """Where a single ``-o`` puts the two CSV tables: the findings at ``output`` itself (the file
    a reviewer fills in and ``screener train`` reads), the checklist beside it as
    ``<stem>.checklist.csv``. ``-o report.csv`` -> report.csv + report.checklist.csv."""
    output = Path(output)
    texts = render_csv(result)
    return {output: texts["findings.csv"], output.with_name(f"{output.stem}.checklist.csv"): texts["checklist.csv"]}
