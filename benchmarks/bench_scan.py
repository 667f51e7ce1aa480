"""End-to-end screen of a 300-page plan against a bare "Ctrl-F", measured in the same run.

    python benchmarks/bench_scan.py [--pages 300] [--runs 3] [--max-ratio 5.0] [--lang es]

Reference ("Ctrl-F"): a fresh Python process that extracts the PDF's text with pypdfium2 and
searches it for "migra" — what a consultant does by hand today. Measured: a fresh
`screener scan FILE --format json` process (imports, lexicon, plugins, model, extraction,
spaCy, matching, classifier, report), peak memory of that process, and, in this process,
the phases of one screen and the classifier's throughput. Exits 1 when the full screen takes
more than --max-ratio times the reference.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CTRL_F = """
import re, sys, pypdfium2 as pdfium
pdf = pdfium.PdfDocument(sys.argv[1])
hits = 0
for i in range(len(pdf)):
    hits += len(re.findall("migra", pdf[i].get_textpage().get_text_range(), re.IGNORECASE))
print(hits)
"""


def bench_pdf(pages: int, lang: str) -> Path:
    cache = Path(tempfile.gettempdir()) / "screener-bench"
    cache.mkdir(exist_ok=True)
    path = cache / f"plan_{lang}_{pages}.pdf"
    if not path.exists():
        sys.path.insert(0, str(ROOT / "tools"))
        from build_samples import build_long_pdf

        build_long_pdf(path, pages=pages, lang=lang)
    return path


def timed(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds of a fresh process, and its peak RSS in MB (Linux: ru_maxrss in KB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True)
    dt = time.perf_counter() - t
    if out.returncode != 0:
        raise SystemExit(f"command failed ({out.returncode}): {' '.join(cmd)}\n{out.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return dt, max(peak, before) // 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--lang", default="es", choices=["en", "es", "fr"])
    ap.add_argument("--max-ratio", type=float, default=5.0)
    args = ap.parse_args(argv)

    pdf = bench_pdf(args.pages, args.lang)
    py = sys.executable
    screener = [py, "-c", "from screener.cli import main; main()"]
    out = Path(tempfile.gettempdir()) / "screener-bench" / "report.json"
    ctrl_f, full, peaks = [], [], []
    for _ in range(args.runs):
        ctrl_f.append(timed([py, "-c", CTRL_F, str(pdf)])[0])
        dt, peak = timed(screener + ["scan", str(pdf), "--format", "json", "-o", str(out), "-q"])
        full.append(dt)
        peaks.append(peak)
    ref, scan = statistics.median(ctrl_f), statistics.median(full)
    ratio = scan / ref

    # phases of one screen, in this process, after start-up
    from screener.screen import Screener

    t0 = time.perf_counter()
    s = Screener()
    t_setup = time.perf_counter() - t0
    t0 = time.perf_counter()
    doc = s.load(pdf)
    t_load = time.perf_counter() - t0
    s.screen(doc)  # warm: pipelines and matchers built
    t0 = time.perf_counter()
    result = s.screen(doc)
    t_screen = time.perf_counter() - t0
    tm = result.timings
    n_blocks = tm.get("classified_blocks", 0)
    clf_s = tm.get("classifier", 0.0)

    print(f"document: {pdf.name}, {doc.pages} pages, {len(doc.blocks)} blocks, language {doc.language}")
    print(f"Ctrl-F (pypdfium2 text + regex 'migra'), fresh process: {ref:.2f} s (median of {args.runs})")
    print(f"screener scan --format json, fresh process:           {scan:.2f} s (median of {args.runs}); "
          f"peak memory {max(peaks)} MB")
    print(f"ratio: {ratio:.1f}x (budget {args.max_ratio}x)")
    print(f"pages per second (full screen, cold): {doc.pages / scan:.0f}")
    print("in-process breakdown:")
    print(f"  start-up (lexicon, plugins, classifier model): {t_setup:.2f} s")
    print(f"  extraction (loader):                           {t_load:.2f} s")
    print(f"  screen (warm):                                 {t_screen:.2f} s = "
          + ", ".join(f"{k} {v:.2f}" for k, v in tm.items() if k != "classified_blocks"))
    if clf_s:
        share = clf_s / (t_load + t_screen)
        print(f"  classifier: {n_blocks} blocks in {clf_s:.2f} s = {n_blocks / clf_s:.0f} blocks/s; "
              f"{share:.0%} of extraction + screen")
    return 0 if ratio <= args.max_ratio else 1


if __name__ == "__main__":
    raise SystemExit(main())
