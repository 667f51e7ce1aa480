"""Batch screening throughput: ``run_batch`` with --jobs 1 and --jobs N on the same plans.

Usage: python benchmarks/bench_batch.py [--corpus [DIR] [--docs 20]] [--docs 50] [--pages 20] [--jobs 2]
                                        [--cold] [--min-speedup 1.5] [--force-check] [--format html]

Input: with ``--corpus``, ``--docs`` (default 20) real documents of the corpus (``DIR``, else
``$SCREENER_CORPUS``, else ``../shared/corpus``): its text PDFs, TXT and DOCX files (scans —
PDFs with under 200 characters of text a page — skipped), taken in turn from en, es and fr in
name order. Otherwise plan-like PDFs built (once, cached under the system temp folder) with
``tools/build_samples.py:build_long_pdf`` in English, Spanish and French, in a few lengths
around ``--pages`` so the documents differ, ``--docs`` (default 50) of them. They are copied
into a temporary folder.

One ``Screener`` is built in this process and warmed up on the smallest PDF of each language of
the batch: the spaCy pipeline, matchers and loader word list of each language are built before
timing (forked workers inherit them with that very Screener, as in a long batch where that
one-off cost disappears); ``--cold`` skips the warm-up and builds a fresh Screener
for each run, as ``screener scan DIR --out-dir OUT`` does. Then the same folder is screened into
fresh output folders, ``--jobs N`` (worker pool) first, then ``--jobs 1`` (in-process; run
second, so the workers do not inherit what this process learnt screening the same files), each
timed end to end (reports, manifest and summary included). Prints
documents per minute for each, the speed-up and the load average; exits 1 when the speed-up
is below ``--min-speedup``. The budget is checked only when N cores are available to this
process and the machine was not busy (1-minute load average at most half the cores, unless
``--force-check``): other work on the cores makes a speed-up meaningless. As a reference measured in the same run, the script prints the speed-up
a pure-Python loop gets from N processes on the machine, before and after the batch runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from real_corpus import default_corpus, pages_and_scan  # noqa: E402 (the benchmarks folder)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

LANGS = ("en", "es", "fr")


def plan_pdfs(pages: int) -> list[Path]:
    """Cached source PDFs: every language in lengths pages-2 .. pages+2."""
    cache = Path(tempfile.gettempdir()) / "screener-bench"
    cache.mkdir(exist_ok=True)
    out = []
    for n in range(max(3, pages - 2), pages + 3):
        for lang in LANGS:
            path = cache / f"long-{lang}-{n}p-v1.pdf"
            if not path.exists():
                from build_samples import build_long_pdf

                t = time.perf_counter()
                tmp = path.with_suffix(".tmp")
                build_long_pdf(tmp, pages=n, lang=lang)
                tmp.replace(path)
                print(f"generated {path.name} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
            out.append(path)
    return out


def plan_folder(work: Path, docs: int, pages: int) -> Path:
    sources = plan_pdfs(pages)
    folder = work / "plans"
    folder.mkdir()
    for i in range(docs):
        src = sources[i % len(sources)]
        shutil.copyfile(src, folder / f"plan{i + 1:03d}_{src.stem}.pdf")
    return folder


def corpus_folder(work: Path, corpus: Path, docs: int) -> Path:
    """``docs`` real documents, taken in turn from each language (name order), scans skipped."""
    per_lang = []
    for lang in LANGS:
        files = [p for p in sorted((corpus / lang).iterdir())
                 if p.suffix.lower() in (".pdf", ".txt", ".docx") and not (p.suffix.lower() == ".pdf" and pages_and_scan(p)[1])]
        per_lang.append(files)
    chosen: list[Path] = []
    while len(chosen) < docs and any(per_lang):
        for files in per_lang:
            if files and len(chosen) < docs:
                chosen.append(files.pop(0))
    folder = work / "plans"
    folder.mkdir()
    for p in chosen:
        shutil.copyfile(p, folder / f"{p.parent.name}_{p.name}")
    return folder


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_speedup(jobs: int, tasks: int = 8, n: int = 3_000_000) -> float:
    """The speed-up ``jobs`` processes get on this machine now: the same pure-Python loop
    ``tasks`` times with one worker process and with ``jobs`` (a reference for the batch's)."""
    from concurrent.futures import ProcessPoolExecutor

    times = {}
    for j in (1, jobs):
        with ProcessPoolExecutor(j) as ex:
            list(ex.map(_burn, [1000] * j))  # workers started before timing
            t = time.perf_counter()
            list(ex.map(_burn, [n] * tasks))
            times[j] = time.perf_counter() - t
    return times[1] / times[jobs]


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers)."""
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed_batch(screener, paths: list[Path], out: Path, jobs: int, fmt: str) -> tuple[float, float, int]:
    from screener.batch import run_batch

    t, c = time.perf_counter(), cpu_seconds()
    code = run_batch(screener, paths, out, fmt=fmt, quiet=True, jobs=jobs)  # workers: this Screener (fork)
    return time.perf_counter() - t, cpu_seconds() - c, code


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", nargs="?", type=Path, const=default_corpus(), default=None,
                    help="screen real corpus documents (default folder: ../shared/corpus)")
    ap.add_argument("--docs", type=int, default=None, help="documents in the batch (default 50; --corpus: 20)")
    ap.add_argument("--cold", action="store_true", help="no warm-up: a fresh Screener for each run, as the CLI")
    ap.add_argument("--pages", type=int, default=20, help="pages per plan, about (default 20)")
    ap.add_argument("--jobs", type=int, default=2, help="workers of the parallel run (default 2)")
    ap.add_argument("--min-speedup", type=float, default=1.5, help="fail below this speed-up (default 1.5)")
    ap.add_argument("--force-check", action="store_true", help="check the budget even on a busy machine")
    ap.add_argument("--format", default="html", choices=["html", "md", "json"], help="report format (default html)")
    args = ap.parse_args(argv)

    from screener.batch import default_jobs
    from screener.loaders import iter_supported
    from screener.screen import Screener

    if args.docs is None:
        args.docs = 20 if args.corpus else 50
    with tempfile.TemporaryDirectory(prefix="screener-bench-batch-") as tmp:
        work = Path(tmp)
        if args.corpus:
            if not args.corpus.is_dir():
                print(f"corpus not found: {args.corpus} (set SCREENER_CORPUS)", file=sys.stderr)
                return 2
            folder = corpus_folder(work, args.corpus, args.docs)
        else:
            folder = plan_folder(work, args.docs, args.pages)
        paths = iter_supported([str(folder)])
        size = sum(p.stat().st_size for p in paths)
        print(f"{len(paths)} documents, {size / 1e6:.1f} MB" + (f": {', '.join(p.name for p in paths)}" if args.corpus else ""))
        screener = Screener()
        if not args.cold:  # one-off costs outside the timings: each language's pipeline, matchers and
            for lang in LANGS:  # the loader's word list, by screening its smallest PDF (or document)
                mine = [p for p in paths if p.name.startswith(f"{lang}_") or f"-{lang}-" in p.name]
                pdfs = [p for p in mine if p.suffix.lower() == ".pdf"] or mine
                if pdfs:
                    screener.screen_file(min(pdfs, key=lambda p: p.stat().st_size))
                else:
                    screener.matchers(lang)

        load_before = _load()
        reference = [machine_speedup(args.jobs)]
        results = {}
        for jobs in (args.jobs, 1):
            if args.cold:
                screener = Screener()
            seconds, cpu, code = timed_batch(screener, paths, work / f"out-j{jobs}", jobs, args.format)
            if code != 0:
                print(f"batch with --jobs {jobs} exited {code}", file=sys.stderr)
                return 1
            results[jobs] = seconds
            print(f"--jobs {jobs}: {len(paths)} documents in {seconds:.1f} s = {len(paths) / seconds * 60:.1f} "
                  f"documents/minute (CPU {cpu:.1f} s, {cpu / seconds:.2f} cores busy; load average {_load():.1f} after)")

        reference.append(machine_speedup(args.jobs))
    speedup = results[1] / results[args.jobs]
    cores = default_jobs()
    print(f"speed-up with {args.jobs} jobs: {speedup:.2f}x (ideal {args.jobs}x; {cores} cores available; "
          f"load average {load_before:.1f} before, {_load():.1f} after)")
    print(f"reference, same run: a pure-Python loop in {args.jobs} processes ran {reference[0]:.2f}x (before) and "
          f"{reference[1]:.2f}x (after) faster than in one: the parallelism the machine gave; batch / reference "
          f"{speedup / statistics.mean(reference):.2f}")
    if cores < args.jobs:
        print(f"budget not checked: only {cores} cores for {args.jobs} jobs")
    elif load_before > cores / 2 and not args.force_check:
        print(f"budget not checked: the machine was busy (load average {load_before:.1f} on {cores} cores); "
              "rerun on an idle machine or pass --force-check")
    elif speedup < args.min_speedup:
        print(f"FAIL: speed-up {speedup:.2f}x is below --min-speedup {args.min_speedup}", file=sys.stderr)
        return 1
    return 0


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0


if __name__ == "__main__":
    sys.exit(main())
