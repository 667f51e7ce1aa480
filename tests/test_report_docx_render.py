"""The Word report as LibreOffice lays it out: converted to PDF headless, its text read back
with pypdfium2. Every word of every table header cell, and every sector name, must come out
whole (a column too narrow splits "Educación" into "Educac" / "ión"). Skipped when LibreOffice
is not installed (.ci/run installs libreoffice-writer-nogui when it can)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from screener.report.docx_report import render_docx
from screener.screen import Screener

ROOT = Path(__file__).resolve().parent.parent
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="no LibreOffice (soffice) on this machine")
WORD = re.compile(r"\w{3,}")


def _render(docx_path: Path, tmp: Path) -> list[str]:
    res = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--headless",
                          "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                         capture_output=True, text=True, timeout=180)
    pdf_path = tmp / (docx_path.stem + ".pdf")
    assert pdf_path.exists(), res.stderr[-500:]
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


@pytest.mark.parametrize("plan,lang", [("pdot_es.pdf", None), ("pud_fr.docx", None), ("sector_programme_en.pdf", "es")])
def test_no_broken_words_in_table_cells(plan, lang, tmp_path):
    from screener.screen import ScreenOptions

    result = Screener(options=ScreenOptions(report_lang=lang)).screen_file(ROOT / "sample_docs" / plan)
    path = tmp_path / "report.docx"
    path.write_bytes(render_docx(result))
    pages = _render(path, tmp_path)
    rendered = set(WORD.findall("\n".join(pages)))
    d = docx.Document(str(path))
    expected = set()
    for table in d.tables:
        expected |= set(WORD.findall(" ".join(c.text for c in table.rows[0].cells)))  # header cells
        expected |= set(WORD.findall(" ".join(r.cells[0].text for r in table.rows[1:] if len(table.columns) > 4)))
        expected |= set(WORD.findall(" ".join(r.cells[1].text for r in table.rows[1:] if len(table.columns) == 4)))
    assert expected
    broken = sorted(expected - rendered)
    assert not broken, f"words split across lines in table cells: {broken[:10]}"
