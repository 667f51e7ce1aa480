"""Batch screening throughput: ``run_batch`` with --jobs 1 and --jobs N on the same plans.

Usage: python benchmarks/bench_batch.py [--docs 50] [--pages 20] [--jobs 2] [--min-speedup 1.5] [--force-check] [--format html]

Builds (once, cached under the system temp folder) plan-like PDFs with
``tools/build_samples.py:build_long_pdf`` in English, Spanish and French, in a few lengths
around ``--pages`` so the documents differ, and copies them into a folder of ``--docs`` plans.
One ``Screener`` is built in this process and warmed up on one plan per language (so the
language pipelines are loaded before timing: forked workers inherit them, as in a long batch
where that one-off cost disappears). Then the same folder is screened twice into fresh output
folders, ``--jobs 1`` (in-process) and ``--jobs N`` (worker pool), each timed end to end
(reports, manifest and summary included). Prints documents per minute for each and the
speed-up; exits 1 when the speed-up is below ``--min-speedup``. The budget is checked only
when N cores are available to this process and the machine was not busy (1-minute load
average at most half the cores, unless ``--force-check``): other work on the cores makes a
speed-up meaningless.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

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
    code = run_batch(screener, paths, out, fmt=fmt, quiet=True, jobs=jobs, screener_kwargs={})
    return time.perf_counter() - t, cpu_seconds() - c, code


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=50, help="plans in the batch (default 50)")
    ap.add_argument("--pages", type=int, default=20, help="pages per plan, about (default 20)")
    ap.add_argument("--jobs", type=int, default=2, help="workers of the parallel run (default 2)")
    ap.add_argument("--min-speedup", type=float, default=1.5, help="fail below this speed-up (default 1.5)")
    ap.add_argument("--force-check", action="store_true", help="check the budget even on a busy machine")
    ap.add_argument("--format", default="html", choices=["html", "md", "json"], help="report format (default html)")
    args = ap.parse_args(argv)

    from screener.batch import default_jobs
    from screener.loaders import iter_supported
    from screener.screen import Screener

    with tempfile.TemporaryDirectory(prefix="screener-bench-batch-") as tmp:
        work = Path(tmp)
        folder = plan_folder(work, args.docs, args.pages)
        paths = iter_supported([str(folder)])
        screener = Screener()
        for lang in LANGS:  # load each language pipeline once, outside the timings
            screener.screen_file(next(p for p in paths if f"-{lang}-" in p.name))

        load_before = _load()
        results = {}
        for jobs in (1, args.jobs):
            seconds, cpu, code = timed_batch(screener, paths, work / f"out-j{jobs}", jobs, args.format)
            if code != 0:
                print(f"batch with --jobs {jobs} exited {code}", file=sys.stderr)
                return 1
            results[jobs] = seconds
            print(f"--jobs {jobs}: {len(paths)} documents in {seconds:.1f} s = {len(paths) / seconds * 60:.1f} "
                  f"documents/minute (CPU {cpu:.1f} s, {cpu / seconds:.2f} cores busy)")

    speedup = results[1] / results[args.jobs]
    cores = default_jobs()
    print(f"speed-up with {args.jobs} jobs: {speedup:.2f}x (ideal {args.jobs}x; {cores} cores available; "
          f"load average {load_before:.1f} before, {_load():.1f} after)")
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
