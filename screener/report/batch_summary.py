"""The batch summary: one row per document, one column per sector, in HTML, CSV, XLSX and JSON.

HTML and XLSX are for people (headers and statuses in the report language, ratings colored
like the single-document report); CSV keeps stable English column ids so scripts and
spreadsheet imports do not break when the report language changes; JSON is the
machine-readable whole. Every file is written atomically, so an interrupted batch never leaves
a half-written summary.
"""

from __future__ import annotations

from .docx_report import xml_safe
from .xlsx_report import FORMULA_START

import csv
import io
import json
from html import escape
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..results import localized
from .i18n import MESSAGES, t


CSV_FIXED = ("document", "status", "language", "pages", "continuum")
CSV_TAIL = ("findings_migration", "findings_counted", "findings_possible", "report", "error_kind", "exit_code", "error")
_RATING_FILL = {0: "FFEBE9", 1: "FFF1E5", 2: "FFF8C5", 3: "DAFBE1"}
_STATUS_CLASS = {"ok": "", "skipped-up-to-date": "", "error": "c-missing"}


def _sector_ids(summary) -> list[str]:
    """Sector columns: the plugins' order, then any sector only the rows know (old manifests)."""
    ids = [s for s, _title in summary.sectors]
    for row in summary.rows:
        ids.extend(s for s in row.ratings if s not in ids)
    return ids


def _sector_title(summary, sector: str) -> str:
    titles = dict(summary.sectors).get(sector)
    return localized(titles, summary.lang) or sector


def _status(row, lang: str) -> str:
    return t(f"batch_status_{row.status}", lang)


def _continuum(row, lang: str) -> str:
    if not row.continuum:
        return ""
    key = f"continuum_{row.continuum}"
    return t(key, lang) if key in MESSAGES else row.continuum


def _cell(value) -> str:
    return "" if value is None else str(value)


# --------------------------------------------------------------------------- JSON


def summary_dict(summary) -> dict:
    c = summary.counts
    return {
        "tool": f"screener {__version__}",
        "format": summary.fmt,
        "fingerprint": summary.fingerprint,
        "interrupted": summary.interrupted,
        "not_screened": summary.not_screened,
        "totals": {"documents": len(summary.rows), "ok": c["ok"], "skipped": c["skipped-up-to-date"], "errors": c["error"]},
        "sectors": [{"id": s, "title": localized(dict(summary.sectors).get(s), summary.lang) or s}
                    for s in _sector_ids(summary)],
        "documents": [r.to_dict() for r in summary.rows],
    }


def render_summary_json(summary) -> str:
    return json.dumps(summary_dict(summary), ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- CSV


def _csv_safe(value: str) -> str:
    """Spreadsheets run cells starting with = + - @ (or their full-width forms, which some
    spreadsheets fold to ASCII) as formulas: a file name must stay text."""
    return "'" + value if value[:1] in FORMULA_START else value


def render_summary_csv(summary) -> str:
    """UTF-8 with a BOM; read it back with encoding="utf-8-sig"."""
    sectors = _sector_ids(summary)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([*CSV_FIXED, *sectors, *CSV_TAIL])
    for r in summary.rows:
        w.writerow([
            _csv_safe(r.document), r.status, _cell(r.language), _cell(r.pages), _cell(r.continuum),
            *(_cell(r.ratings.get(s)) for s in sectors),
            _cell(r.findings.get("migration")), _cell(r.findings.get("counted")), _cell(r.findings.get("possible")),
            _csv_safe(_cell(r.report)), _cell(r.error_kind), _cell(r.exit_code), _csv_safe(_cell(r.error)),
        ])
    return "\ufeff" + buf.getvalue()  # the BOM makes Excel read UTF-8 (accented names) correctly


# --------------------------------------------------------------------------- XLSX


def _headers(summary) -> list[str]:
    lang = summary.lang
    return [
        t("document", lang), t("status", lang), t("language", lang), t("pages", lang), t("continuum", lang),
        *(_sector_title(summary, s) for s in _sector_ids(summary)),
        t("batch_findings", lang), t("batch_counted", lang), t("batch_possible", lang),
        t("batch_report", lang), t("batch_error_kind", lang), t("batch_exit_code", lang), t("batch_error", lang),
    ]


def render_summary_xlsx(summary) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    lang = summary.lang
    sectors = _sector_ids(summary)
    wb = Workbook()
    ws = wb.active
    ws.title = t("summary", lang)[:31]
    headers = _headers(summary)
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    first_sector = len(CSV_FIXED) + 1
    for r in summary.rows:
        values = [
            r.document, _status(r, lang), r.language, r.pages, _continuum(r, lang),
            *(r.ratings.get(s) for s in sectors),
            r.findings.get("migration"), r.findings.get("counted"), r.findings.get("possible"),
            r.report, r.error_kind, r.exit_code, r.error,
        ]
        # a file name may hold control characters, which XML (hence openpyxl) refuses
        values = [xml_safe(v) if isinstance(v, str) else v for v in values]
        ws.append(values)
        row = ws.max_row
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=col)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the file is called
        for k, s in enumerate(sectors):
            value = r.ratings.get(s)
            if value in _RATING_FILL:
                ws.cell(row=row, column=first_sector + k).fill = PatternFill("solid", fgColor=_RATING_FILL[value])
        if r.report and r.status != "error":
            link = ws.cell(row=row, column=len(CSV_FIXED) + len(sectors) + 4)
            link.hyperlink = quote(r.report)  # relative: the summary sits beside the reports
            link.font = Font(color="0969DA", underline="single")
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    widths = [50, 18, 9, 7, 22, *([12] * len(sectors)), 11, 11, 11, 30, 16, 9, 80]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    notes = [t("batch_totals", lang, n=len(summary.rows), ok=summary.counts["ok"],
               skipped=summary.counts["skipped-up-to-date"], errors=summary.counts["error"]),
             t("batch_blank_rating", lang)]
    if summary.interrupted:
        notes.insert(0, t("batch_interrupted", lang, n=summary.not_screened))
    ws.append([])
    for note in notes:
        ws.append([note])
        ws.cell(row=ws.max_row, column=1).data_type = "s"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- HTML


def _e(text) -> str:
    return escape(str(text if text is not None else ""), quote=True)


BATCH_CSS = (
    "body{max-width:none}.scroll{overflow-x:auto}table.batch{width:auto;max-width:100%}"
    "table.batch td,table.batch th{padding:3px 6px}td.n{text-align:center}td.r{text-align:center;font-weight:600;min-width:2.2em}"
    # sector names written upwards: nine sectors fit in a 1,400 px window without scrolling sideways
    "th.v{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;vertical-align:bottom;text-align:left;"
    "font-weight:600;min-width:2.2em}"
    "td.doc{max-width:22em;overflow-wrap:anywhere}"
    "@media (max-width:700px){table.batch{font-size:.85em}td.doc{max-width:12em}}"
)


def render_summary_html(summary) -> str:
    from .html import CSS

    lang = summary.lang
    sectors = _sector_ids(summary)
    c = summary.counts
    any_error = any(r.error for r in summary.rows)
    h = [
        "<!DOCTYPE html>", f'<html lang="{_e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{_e(t('batch_title', lang))}</title><style>{CSS}{BATCH_CSS}</style></head><body>",
        f"<h1>{_e(t('batch_title', lang))}</h1>",
    ]
    if summary.interrupted:
        h.append(f'<p class="warn">{_e(t("batch_interrupted", lang, n=summary.not_screened))}</p>')
    h.append(f'<p class="position">{_e(t("batch_totals", lang, n=len(summary.rows), ok=c["ok"], skipped=c["skipped-up-to-date"], errors=c["error"]))}</p>')
    h.append('<div class="scroll"><table class="batch"><thead><tr>')
    heads = [f"<th>{_e(t('document', lang))}</th>", f"<th>{_e(t('status', lang))}</th>", f"<th>{_e(t('continuum', lang))}</th>",
             *(f'<th class="v" title="{_e(_sector_title(summary, s))}">{_e(_sector_title(summary, s))}</th>' for s in sectors),
             f"<th>{_e(t('batch_findings', lang))}</th>", f"<th>{_e(t('batch_possible', lang))}</th>",
             f"<th>{_e(t('batch_report', lang))}</th>"]
    if any_error:
        heads.append(f"<th>{_e(t('batch_error', lang))}</th>")
    h.extend(heads)
    h.append("</tr></thead><tbody>")
    for r in summary.rows:
        sub = " · ".join(x for x in (r.language or "", f"{t('pages', lang)}: {r.pages}" if r.pages is not None else "") if x)
        cells = [
            f'<td class="doc">{_e(r.document)}<br><span class="sub">{_e(sub)}</span></td>',
            f'<td class="{_STATUS_CLASS.get(r.status, "")}">{_e(_status(r, lang))}</td>',
            f"<td>{_e(_continuum(r, lang))}</td>",
        ]
        for s in sectors:
            v = r.ratings.get(s)
            cls = f"r r{v}" if v in (0, 1, 2, 3) else "r"
            tip = t(f"rating_{v}", lang) if v in (0, 1, 2, 3) else t("batch_blank_rating", lang)
            cells.append(f'<td class="{cls}" title="{_e(_sector_title(summary, s))}: {_e(tip)}">{_e(v)}</td>')
        cells.append(f'<td class="n">{_e(r.findings.get("migration"))}</td>')
        cells.append(f'<td class="n">{_e(r.findings.get("possible"))}</td>')
        if r.report and r.status != "error":
            cells.append(f'<td><a href="{_e(quote(r.report))}">{_e(r.report)}</a></td>')
        else:
            cells.append("<td></td>")
        if any_error:
            err = f"{r.error_kind}: {r.error}" if r.error else ""
            if r.exit_code:
                err += f" (exit {r.exit_code})"
            cells.append(f"<td>{_e(err)}</td>")
        h.append("<tr>" + "".join(cells) + "</tr>")
    h.append("</tbody></table></div>")
    h.append(f"<h2>{_e(t('legend', lang))}</h2><ul>")
    h.extend(f'<li><span class="r{k}">&nbsp;{k}&nbsp;</span> {_e(t(f"rating_{k}", lang))}</li>' for k in range(4))
    h.append(f"<li>{_e(t('batch_blank_rating', lang))}</li></ul>")
    h.append(f'<p class="sub">{_e(t("continuum", lang))}: {_e(t("continuum_help", lang))}</p>')
    h.append(f'<p class="meta">{_e(t("generated_by", lang, tool=f"screener {__version__}"))}</p></body></html>')
    return "\n".join(h) + "\n"


# --------------------------------------------------------------------------- files


def write_summary(out_dir: str | Path, summary) -> list[Path]:
    """Write summary.json, .csv, .xlsx and .html (each atomically); returns their paths."""
    from ..io import write_atomic

    out_dir = Path(out_dir)
    outputs = {
        "summary.json": render_summary_json(summary),
        "summary.csv": render_summary_csv(summary),
        "summary.xlsx": render_summary_xlsx(summary),
        "summary.html": render_summary_html(summary),
    }
    written = []
    for name, data in outputs.items():
        write_atomic(out_dir / name, data)
        written.append(out_dir / name)
    return written
