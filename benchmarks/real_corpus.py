"""Where the benchmarks find the real corpus, and which of its PDFs are scans: one place for
the scripts that measure on ../shared/corpus (imported from the benchmarks folder)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCAN_TEXT = 200  # characters of text a page under which a PDF counts as a scan


def default_corpus() -> Path:
    """$SCREENER_CORPUS, else ../shared/corpus beside the checkout (or beside its worktree folder)."""
    if os.environ.get("SCREENER_CORPUS"):
        return Path(os.environ["SCREENER_CORPUS"])
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "corpus").is_dir():
            return base / "shared" / "corpus"
    return ROOT.parent / "shared" / "corpus"


def pages_and_scan(path: Path) -> tuple[int, bool]:
    """The PDF's page count, and whether it is a scan (under SCAN_TEXT characters a page)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        n = len(pdf)
        return n, not n or sum(len(pdf[i].get_textpage().get_text_range()) for i in range(n)) / n < SCAN_TEXT
    finally:
        pdf.close()
