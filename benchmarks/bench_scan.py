"""Cold `screener scan` of real plans against a bare "Ctrl-F", measured in the same run.

    python benchmarks/bench_scan.py [--corpus ../shared/corpus] [--files en/a.pdf,...] [--runs 3]
                                    [--max-ratio 8.0] [--max-rss 300] [--phases] [--baseline DIR]
    python benchmarks/bench_scan.py --plan [--pages 300] [--lang es] ...   (a generated plan instead)

Input: the longest text PDF of each language of the real corpus (``{en,es,fr}/*.pdf``, page
count from pypdfium2; scans — PDFs with under 200 characters of text a page — are skipped;
``$SCREENER_CORPUS``, else ``../shared/corpus``), or with ``--plan`` a generated plan-like PDF.

Reference ("Ctrl-F"): a fresh Python process that extracts the text of every page with
pypdfium2 and searches it for the regex ``migra`` — what a consultant does by hand today.
Measured: a fresh ``screener scan FILE --format json -o OUT -q`` process with default settings
(imports, lexicon, plugins, extraction, spaCy pipeline, matching, report), its wall time, CPU
time and peak resident memory (``wait4`` rusage of that very process). Runs alternate
reference / scan, ``--runs`` times, so both see the same machine; the ratio is of the medians.
``--phases`` also runs, once per file, a fresh process that times each step of a cold scan;
``--baseline DIR`` times another checkout's scan in the same runs (before/after in one session).

Exits 1 when a ratio (wall) is over ``--max-ratio`` (8, the issue's target) or a scan's peak
memory over ``--max-rss`` MB (300).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from real_corpus import default_corpus, pages_and_scan  # noqa: E402 (the benchmarks folder)

ROOT = Path(__file__).resolve().parent.parent
CTRL_F = """
import re, sys, pypdfium2 as pdfium
pdf = pdfium.PdfDocument(sys.argv[1])
hits = 0
for i in range(len(pdf)):
    hits += len(re.findall("migra", pdf[i].get_textpage().get_text_range(), re.IGNORECASE))
print(hits)
"""
SCAN = "import sys; from screener.cli import main; sys.argv[0] = 'screener'; main()"
# the steps of a cold scan, each timed, in a fresh process (what `screener scan` does, in order)
PHASES = r"""
import sys, time, resource
t0 = time.perf_counter(); c0 = time.process_time(); out = []
def lap(name):
    global t0, c0
    t, c = time.perf_counter(), time.process_time()
    out.append(f"{name} {t - t0:.2f} s ({c - c0:.2f} CPU)"); t0, c0 = t, c
import screener.cli
from screener.screen import Screener
lap("python + screener imports")
from screener.nlp import pipeline  # what Screener() imports first: spaCy (without its CLI)
lap("import spaCy")
s = Screener()
lap("Screener() (lexicon, plugins)")
doc = s.load(sys.argv[1])
from screener.cli.scan import release_loader_caches
release_loader_caches()  # as screener scan does after loading its one document
lap("extraction (loader)")
from screener.nlp.pipeline import get_nlp
get_nlp(doc.language)
lap("language pipeline (" + doc.language + ")")
s.matchers(doc.language)
lap("matchers")
r = s.screen(doc)
lap("screen (spaCy pass " + f"{r.timings['spacy']:.2f} s, matching {r.timings['matching']:.2f} s)")
from screener.report import render
render(r, "json")
lap("JSON report")
print("; ".join(out) + f"; peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
"""


def longest_text_pdfs(corpus: Path) -> list[tuple[Path, int]]:
    """The longest text PDF of each language (pages), scans skipped."""
    out = []
    for lang in ("en", "es", "fr"):
        sized = []
        for p in sorted((corpus / lang).glob("*.pdf")):
            n, scan = pages_and_scan(p)
            if not scan:
                sized.append((n, p))
        if sized:
            n, p = max(sized)
            out.append((p, n))
    return out


def generated_plan(pages: int, lang: str) -> Path:
    cache = Path(tempfile.gettempdir()) / "screener-bench"
    cache.mkdir(exist_ok=True)
    path = cache / f"plan_{lang}_{pages}.pdf"
    if not path.exists():
        sys.path.insert(0, str(ROOT / "tools"))
        from build_samples import build_long_pdf

        build_long_pdf(path, pages=pages, lang=lang)
    return path


def timed(cmd: list[str], repo: Path = ROOT) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one fresh process (its own rusage)."""
    env = dict(os.environ, PYTHONPATH=str(repo) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t = time.perf_counter()
    # run in the checkout: `python -c` puts the working folder first on sys.path
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=str(repo))
    _pid, status, usage = os.wait4(proc.pid, 0)
    dt = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return dt, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024  # Linux: KB


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--files", help="comma-separated corpus paths (default: the longest text PDF of each language)")
    ap.add_argument("--plan", action="store_true", help="screen a generated plan-like PDF instead of the corpus")
    ap.add_argument("--pages", type=int, default=300, help="--plan: pages (default 300)")
    ap.add_argument("--lang", default="es", choices=["en", "es", "fr"], help="--plan: language (default es)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--max-ratio", type=float, default=8.0)
    ap.add_argument("--max-rss", type=int, default=300, help="MB")
    ap.add_argument("--phases", action="store_true", help="also time each step of a cold scan (one more process a file)")
    ap.add_argument("--baseline", type=Path, help="another checkout (e.g. `git archive main`): its scan is timed in "
                                                  "the same runs, alternated, for a before/after in one session")
    args = ap.parse_args(argv)

    if args.plan:
        files = [(generated_plan(args.pages, args.lang), args.pages)]
    else:
        if not args.corpus.is_dir():
            print(f"corpus not found: {args.corpus} (set SCREENER_CORPUS, or use --plan)", file=sys.stderr)
            return 2
        if args.files:
            import pypdfium2 as pdfium

            files = []
            for f in args.files.split(","):
                p = args.corpus / f.strip()
                pdf = pdfium.PdfDocument(str(p))
                files.append((p, len(pdf)))
                pdf.close()
        else:
            files = longest_text_pdfs(args.corpus)

    py = sys.executable
    out = Path(tempfile.mkdtemp(prefix="screener-bench-scan-")) / "report.json"
    print(f"load average before: {load_average()} ({os.cpu_count()} cores)")
    failed = False
    files = [(p.resolve(), n) for p, n in files]
    out = out.resolve()
    for path, pages in files:
        ref, scan, base = [], [], []
        cmd = [py, "-c", SCAN, "scan", str(path), "--format", "json", "-o", str(out), "-q"]
        for _ in range(args.runs):
            ref.append(timed([py, "-c", CTRL_F, str(path)]))
            if args.baseline:
                base.append(timed(cmd, args.baseline))
            scan.append(timed(cmd))
        r_wall, r_cpu = statistics.median(x[0] for x in ref), statistics.median(x[1] for x in ref)
        s_wall, s_cpu = statistics.median(x[0] for x in scan), statistics.median(x[1] for x in scan)
        peak = max(x[2] for x in scan)
        ratio, cpu_ratio = s_wall / r_wall, s_cpu / r_cpu
        name = f"{path.parent.name}/{path.name}" if not args.plan else path.name
        print(f"{name} ({pages} pages): Ctrl-F {r_wall:.2f} s ({r_cpu:.2f} CPU); screener scan {s_wall:.2f} s "
              f"({s_cpu:.2f} CPU), peak {peak} MB; ratio {ratio:.1f}x wall, {cpu_ratio:.1f}x CPU "
              f"(budget {args.max_ratio:g}x, {args.max_rss} MB); runs: "
              + ", ".join(f"{a[0]:.2f}/{b[0]:.2f}" for a, b in zip(ref, scan)))
        if base:
            b_wall, b_cpu = statistics.median(x[0] for x in base), statistics.median(x[1] for x in base)
            print(f"  baseline {args.baseline}: {b_wall:.2f} s ({b_cpu:.2f} CPU), peak {max(x[2] for x in base)} MB; "
                  f"ratio {b_wall / r_wall:.1f}x wall, {b_cpu / r_cpu:.1f}x CPU; runs: "
                  + ", ".join(f"{b[0]:.2f}" for b in base))
        if args.phases:
            env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
            res = subprocess.run([py, "-c", PHASES, str(path)], capture_output=True, text=True, env=env, cwd=str(ROOT))
            print("  phases: " + (res.stdout.strip() or res.stderr.strip()[-500:]))
        if ratio > args.max_ratio or peak > args.max_rss:
            failed = True
    print(f"load average after: {load_average()}")
    if failed:
        print(f"FAIL: a scan is over {args.max_ratio:g}x Ctrl-F or {args.max_rss} MB", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
