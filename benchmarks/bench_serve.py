"""Warm per-plan time of `screener serve` against the cold `screener scan`, in the same run.

    python benchmarks/bench_serve.py [FILE ...] [--runs 3]

Reference: a fresh `screener scan FILE -o report.html` process (imports, lexicon, plugins,
model, spaCy pipeline, then the screen; one report). Measured: the same FILE uploaded to a
running `screener serve --workers 1` whose worker has loaded everything once: wall time from
the POST until the status says done (upload, queue, read, screen, and all reports: HTML,
DOCX, XLSX, JSON), and the worker's own read + screen time. Median of --runs each.
Default files: sample_docs/pdot_es.pdf and, when the corpus is there, a 210-page corpus plan.
"""

from __future__ import annotations

import argparse
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


def cold(path: Path, runs: int) -> float:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", START, "scan", str(path), "-o", f"{tmp}/r.html", "-q"], check=True)
            times.append(time.perf_counter() - t)
    return statistics.median(times)


def warm(server, path: Path, runs: int) -> tuple[float, float, float]:
    data = path.read_bytes()
    walls, screens, totals = [], [], []
    for _ in range(runs):
        t = time.perf_counter()
        r = server.client.post("/api/screens", files={"file": (path.name, data)})
        r.raise_for_status()
        job = server.wait_done(r.json()["status_url"])
        walls.append(time.perf_counter() - t)
        assert job["status"] == "done", job
        timing = job["summary"]["timings"]
        screens.append(timing["load"] + timing["screen"])
        totals.append(timing["total"])
    return statistics.median(walls), statistics.median(screens), statistics.median(totals)


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
                w_wall, w_screen, w_total = warm(server, f, args.runs)
                c = cold(f, args.runs)
                print(f"{f.name} ({pages} pages): cold `screener scan` {c:.2f} s | warm serve: {w_wall:.2f} s upload to "
                      f"done with 4 reports, of which read + screen {w_screen:.2f} s (all reports {w_total - w_screen:.2f} s)"
                      f" | cold / warm screen {c / w_screen:.1f}x", flush=True)
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
