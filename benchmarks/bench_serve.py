"""Warm per-plan time of `screener serve` against the cold `screener scan`, in the same run.

    python benchmarks/bench_serve.py [FILE ...] [--runs 3]

Reference: a fresh `screener scan FILE -o report.html` process (imports, lexicon, plugins,
model, spaCy pipeline, then the screen; one report). Measured: the same FILE uploaded to a
running `screener serve --workers 1` whose worker has loaded everything once: wall time from
the POST until the status says done (upload, queue, read, screen, and all reports: HTML,
DOCX, XLSX, JSON), and the worker's own read + screen time. Median of --runs each.
Runs are interleaved (cold, warm, cold, ...) and CPU seconds are printed beside wall
seconds: on a shared machine, wall time follows the neighbours' load, CPU time much less.
Default files: sample_docs/pdot_es.pdf and, when the corpus is there, a 210-page corpus plan.
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
sys.path.insert(0, str(ROOT / "tests"))
DEFAULT = [ROOT / "sample_docs" / "pdot_es.pdf", ROOT.parent / "shared" / "corpus" / "en" / "lc_nap_2018-2028.pdf"]
START = "import sys; from screener.cli import main; sys.argv[0] = 'screener'; main()"


def cold(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh `screener scan` process."""
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", START, "scan", str(path), "-o", f"{tmp}/r.html", "-q"], check=True)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def warm(server, path: Path) -> dict:
    """One upload to the warm server: wall from POST to done, and the worker's own timings."""
    t = time.perf_counter()
    r = server.client.post("/api/screens", files={"file": (path.name, path.read_bytes())})
    r.raise_for_status()
    job = server.wait_done(r.json()["status_url"])
    assert job["status"] == "done", job
    timing = dict(job["summary"]["timings"])
    timing["wall"] = time.perf_counter() - t
    return timing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    files = [f for f in (args.files or DEFAULT) if f.exists()]
    from serve_helpers import ServerProcess
    import pypdfium2

    with tempfile.TemporaryDirectory() as tmp:
        server = ServerProcess(Path(tmp) / "data", workers=1)
        try:
            server.wait_ready()
            for f in files:
                pages = len(pypdfium2.PdfDocument(str(f))) if f.suffix == ".pdf" else "?"
                colds, warms = [], []
                for _ in range(args.runs):  # interleaved, so both see the same machine load
                    colds.append(cold(f))
                    warms.append(warm(server, f))
                med = statistics.median
                c_wall, c_cpu = med(c[0] for c in colds), med(c[1] for c in colds)
                w = {k: med(x[k] for x in warms) for k in warms[0]}
                w_screen = w["load"] + w["screen"]
                print(f"{f.name} ({pages} pages), median of {args.runs}:\n"
                      f"  cold `screener scan -o r.html`: wall {c_wall:.2f} s, CPU {c_cpu:.2f} s\n"
                      f"  warm serve, read + screen:       wall {w_screen:.2f} s, CPU {w['cpu_screen']:.2f} s "
                      f"(cold/warm CPU {c_cpu / w['cpu_screen']:.1f}x)\n"
                      f"  warm serve, upload to done (4 reports): wall {w['wall']:.2f} s, worker CPU {w['cpu_total']:.2f} s",
                      flush=True)
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
