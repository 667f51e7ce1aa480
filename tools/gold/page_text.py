"""Print the plain text of chosen pages of a corpus PDF, for labelling (or write a page as PNG).

The text is PDFium's plain page text, not screener's loader output: labels are written
from the page itself, never from what the tool made of it.

    python tools/gold/page_text.py ../shared/corpus/en/x.pdf 3 7 12
    python tools/gold/page_text.py ../shared/corpus/es/scan.pdf 2 --png /tmp/p2.png
    python tools/gold/page_text.py ../shared/corpus/en/plan.txt 12     # a text file's sheet 12
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pypdfium2

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from screener.page_eval import SHEET_FORMATS, read_raw_text, text_sheets  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("pages", nargs="+", type=int, help="1-based page numbers")
    ap.add_argument("--png", help="write the (first) page as a PNG here instead of printing text")
    ap.add_argument("--scale", type=float, default=1.6)
    args = ap.parse_args()
    if Path(args.pdf).suffix.lower() in SHEET_FORMATS:  # a text file: its raw sheets
        raw = read_raw_text(args.pdf)
        sheets = text_sheets(raw)
        for n in args.pages:
            a, b = sheets[n - 1]
            print(f"===== sheet {n} of {len(sheets)} ({b - a} chars) =====")
            print(raw[a:b].strip())
            print()
        return 0
    pdf = pypdfium2.PdfDocument(args.pdf)
    try:
        if args.png:
            page = pdf[args.pages[0] - 1]
            page.render(scale=args.scale).to_pil().save(args.png)
            return 0
        for n in args.pages:
            page = pdf[n - 1]
            tp = page.get_textpage()
            text = tp.get_text_bounded().replace("\r\n", "\n")
            print(f"===== page {n} of {len(pdf)} ({len(text.strip())} chars) =====")
            print(text.strip() or "[no extractable text on this page]")
            print()
    finally:
        pdf.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
