"""PDF extraction speed: ``screener.loaders.load`` against bare pypdfium2 text extraction.

Usage: python benchmarks/bench_extract.py [--pages 300] [--runs 5] [--max-ratio 3.0] [--plumber-pages 20]

Generates (once, cached under the system temp folder) a plan-like PDF with fpdf2:
numbered chapters and sections, justified paragraphs, indicator tables, a running
header and page-number footer. Times, in the same process, the median of ``--runs``
runs of
  * bare pypdfium2: ``page.get_textpage().get_text_range()`` for every page;
  * ``screener.loaders.load(path)`` (default engine: pypdfium2, full layout analysis);
  * optionally the pdfplumber engine on the first ``--plumber-pages`` pages, for reference.
Exits 1 when load / bare is above ``--max-ratio``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))


def plan_pdf(pages: int) -> Path:
    """The cached benchmark PDF (built on first use: fpdf2 takes a while for 300 pages)."""
    cache = Path(tempfile.gettempdir()) / "screener-bench"
    cache.mkdir(exist_ok=True)
    path = cache / f"plan-{pages}p-v1.pdf"
    if not path.exists():
        from pdf_factory import plan_like_pdf

        t = time.perf_counter()
        data = plan_like_pdf(pages)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        print(f"generated {path} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


def bare_pypdfium2(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path.read_bytes())
    n = 0
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            n += len(tp.get_text_range())
            tp.close()
            page.close()
    finally:
        pdf.close()
    return n


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--max-ratio", type=float, default=3.0)
    ap.add_argument("--plumber-pages", type=int, default=20, help="0 to skip the pdfplumber reference timing")
    args = ap.parse_args(argv)

    from screener.loaders import load

    path = plan_pdf(args.pages)
    doc = load(path)  # warm-up (imports, first-touch costs) and sanity check
    pages = doc.pages or 0
    bare = median_time(lambda: bare_pypdfium2(path), args.runs)
    full = median_time(lambda: load(path), args.runs)
    ratio = full / bare if bare else float("inf")
    print(f"document: {path} ({pages} pages, {len(doc.blocks)} blocks, {len(doc.sections)} sections, "
          f"{sum(1 for b in doc.blocks if b.kind == 'table_row')} table rows)")
    print(f"bare pypdfium2 text:   {bare:7.3f} s  {pages / bare:8.1f} pages/s")
    print(f"screener load (pdfium): {full:7.3f} s  {pages / full:8.1f} pages/s")
    print(f"ratio load / bare:     {ratio:7.2f}   (max {args.max_ratio})")
    if args.plumber_pages:
        import pypdfium2 as pdfium

        src = pdfium.PdfDocument(path.read_bytes())
        part = pdfium.PdfDocument.new()
        part.import_pages(src, list(range(min(args.plumber_pages, len(src)))))
        sub = Path(tempfile.gettempdir()) / "screener-bench" / f"plan-first{args.plumber_pages}.pdf"
        part.save(str(sub))
        part.close()
        src.close()
        t = time.perf_counter()
        load(sub, engine="pdfplumber")
        plumb = time.perf_counter() - t
        n = min(args.plumber_pages, pages)
        print(f"pdfplumber engine, first {n} pages: {plumb:7.3f} s  {n / plumb:6.1f} pages/s (reference)")
    if ratio > args.max_ratio:
        print(f"FAIL: screener's PDF loading is {ratio:.2f}x bare pypdfium2, over {args.max_ratio}x", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
