"""Worker processes: each loads the Screener once, then screens job after job.

The server never screens on its event loop. It puts jobs on a queue; N worker processes
(``--workers``) take them one at a time, so at most N screens run at once and the rest wait
in order. Workers report back on an event queue (running / stage / done / failed); a thread
in the server turns those into index updates. A worker that dies mid-job (out of memory, a
crash in a native library) fails that job with a one-line message and is replaced.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import threading
import time
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

REPORT_FORMATS = ("html", "docx", "xlsx", "json", "pdf")
COMPARE_FORMATS = ("html", "json", "md")
WARM_TEXT = {
    "en": "Migration and health. The plan will extend health services to migrants and returnees in every district.",
    "es": "Migración y salud. El plan ampliará los servicios de salud a las personas migrantes y retornadas.",
    "fr": "Migration et santé. Le plan étendra les services de santé aux migrants et aux rapatriés.",
}

_screener = None  # this worker's Screener, built once


def pdf_available() -> bool:
    """Whether the installed report package can render PDF (another branch may add it)."""
    try:
        from ..report import FORMATS
    except ImportError:  # pragma: no cover
        return False
    return "pdf" in FORMATS


def _init(init_kwargs: dict[str, Any], warm: bool) -> None:
    global _screener
    from ..screen import Screener

    _screener = Screener(**init_kwargs)
    if warm:
        # the first use of each language pipeline costs more than a whole small screen
        from ..loaders import load_bytes

        for lang, text in WARM_TEXT.items():
            _screen(load_bytes(f"warm-{lang}.txt", (text + "\n").encode()), None, None, lang)


def _screen(doc, sectors, report_lang, lang=None):
    s = _screener
    options = replace(s.options, sectors=tuple(sectors) if sectors else s.options.sectors,
                      report_lang=report_lang or s.options.report_lang, lang=lang or s.options.lang)
    return s.screen(doc, options=options)  # the worker's compiled matchers, whatever the upload's sectors


def _load(path: Path, name: str):
    from ..loaders import load_bytes

    return load_bytes(Path(name), path.read_bytes(), engine=_screener.engine, max_pages=_screener.max_pages)


def _write(path: Path, data: str | bytes) -> None:
    from ..io import write_atomic

    write_atomic(path, data)


def run_screen(job: dict, stage: Callable[[str], None]) -> tuple[dict, dict]:
    from ..report import render

    started = time.time()
    c0 = time.process_time()  # CPU seconds: what a busy machine does not inflate
    t0 = time.perf_counter()
    stage("reading")
    doc = _load(Path(job["uploads"][0]), job["names"][0])
    t1 = time.perf_counter()
    stage("screening")
    result = _screen(doc, job.get("sectors"), job.get("report_lang"))
    t2 = time.perf_counter()
    c2 = time.process_time()
    stage("reporting")
    out = Path(job["report_dir"])
    reports: dict[str, str] = {}
    warnings = list(result.warnings)
    for fmt in REPORT_FORMATS:
        if fmt == "pdf" and not pdf_available():
            continue
        try:
            data = render(result, fmt)
        except Exception as exc:  # a renderer another branch adds may need an optional library
            if fmt != "pdf":
                raise
            warnings.append(f"no PDF report: {type(exc).__name__}: {exc}")
            continue
        _write(out / f"report.{fmt}", data)
        reports[fmt] = f"report.{fmt}"
    t3 = time.perf_counter()
    s = result.summary
    summary = {
        "title": doc.metadata.get("title"), "language": doc.language, "screen_language": result.language,
        "report_language": result.report_lang, "pages": doc.pages, "format": doc.format,
        "sectors_present": s["sectors_present"], "sectors_addressing": s["sectors_addressing"],
        "continuum": s["continuum"], "findings": s["findings"], "warnings": warnings,
        "timings": {"load": round(t1 - t0, 3), "screen": round(t2 - t1, 3), "report": round(t3 - t2, 3),
                    "total": round(t3 - t0, 3), "cpu_screen": round(c2 - c0, 3),
                    "cpu_total": round(time.process_time() - c0, 3)},
        "worker": os.getpid(), "started_at": started, "finished_at": time.time(),
    }
    return reports, summary


def run_compare(job: dict, stage: Callable[[str], None]) -> tuple[dict, dict]:
    from ..compare import compare, read_report
    from ..report.compare_report import render_comparison

    t0 = time.perf_counter()
    sides = []
    for i, (path, name) in enumerate(zip(job["uploads"], job["names"])):
        stage("old" if i == 0 else "new")
        report = read_report(path, _screener.max_bytes)
        sides.append(report if report is not None else _screen(_load(Path(path), name), job.get("sectors"),
                                                               job.get("report_lang")))
    stage("reporting")
    comparison = compare(sides[0], sides[1], lang=job.get("report_lang"))
    out = Path(job["report_dir"])
    reports = {}
    for fmt in COMPARE_FORMATS:
        _write(out / f"compare.{fmt}", render_comparison(comparison, fmt))
        reports[fmt] = f"compare.{fmt}"
    summary = {"sectors_changed": len(comparison.sector_changes), "items_changed": len(comparison.items),
               "added": len(comparison.added), "removed": len(comparison.removed),
               "warnings": list(comparison.warnings),
               "timings": {"total": round(time.perf_counter() - t0, 3)}, "worker": os.getpid()}
    return reports, summary


def _one_line(exc: BaseException, job: dict) -> str:
    """The CLI's one-line message, naming the client's file, never a stored path."""
    from ..errors import ScreenerError

    if isinstance(exc, ScreenerError):
        msg = exc.message
    elif isinstance(exc, MemoryError):
        msg = "the file is too complex to screen (out of memory). Split the document."
    else:
        if os.environ.get("SCREENER_DEBUG"):
            traceback.print_exc()
        msg = (f"internal error: {type(exc).__name__}: {exc}. This is a bug in screener; please report it "
               "(set SCREENER_DEBUG=1 to see the traceback)")
    for path, name in zip(job["uploads"], job["names"]):
        msg = msg.replace(str(path), name)
    return " ".join(msg.split())


def worker_main(wid: int, init_kwargs: dict, warm: bool, jobs, events) -> None:
    """A worker process: build the Screener, then screen until told to stop (None)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the server, which stops us
    try:
        _init(init_kwargs, warm)
    except BaseException as exc:  # bad model, lexicon or plugin: every job would fail the same way
        from ..errors import EXIT_INTERNAL

        events.put(("dead", wid, _one_line(exc, {"uploads": [], "names": []}), getattr(exc, "exit_code", EXIT_INTERNAL)))
        return
    events.put(("ready", wid, os.getpid()))
    while True:
        job = jobs.get()
        if job is None:
            return
        jid = job["id"]
        events.put(("running", wid, jid))
        try:
            run = run_compare if job["kind"] == "compare" else run_screen
            reports, summary = run(job, lambda s: events.put(("stage", wid, jid, s)))
        except BaseException as exc:  # noqa: BLE001 - one bad file must not stop the worker
            events.put(("failed", wid, jid, _one_line(exc, job)))
            if isinstance(exc, KeyboardInterrupt):
                return
            continue
        events.put(("done", wid, jid, reports, summary))


class WorkerPool:
    """N worker processes sharing one job queue; ``on_event`` runs in a server thread."""

    def __init__(self, n: int, init_kwargs: dict, on_event: Callable[[tuple], None], *, warm: bool = True) -> None:
        self.n = n
        self.init_kwargs = init_kwargs
        self.warm = warm
        self.on_event = on_event
        self._ctx = mp.get_context("spawn")  # never fork a process that runs an event loop and threads
        self.jobs = self._ctx.Queue()
        self.events = self._ctx.Queue()
        self.procs: dict[int, Any] = {}
        self.current: dict[int, str | None] = {}
        self.ready: set[int] = set()
        self.fatal: str | None = None
        self.fatal_code = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._next_wid = 0
        self._thread = threading.Thread(target=self._pump, name="screener-events", daemon=True)

    def start(self) -> None:
        for _ in range(self.n):
            self._spawn()
        self._thread.start()

    def _spawn(self) -> None:
        wid = self._next_wid
        self._next_wid += 1
        p = self._ctx.Process(target=worker_main, args=(wid, self.init_kwargs, self.warm, self.jobs, self.events),
                              name=f"screener-worker-{wid}", daemon=True)
        p.start()
        self.procs[wid] = p
        self.current[wid] = None

    def submit(self, job: dict) -> None:
        self.jobs.put(job)

    def _pump(self) -> None:
        while not self._stop.is_set():
            try:
                event = self.events.get(timeout=0.5)
            except queue.Empty:
                self._reap()
                continue
            except (EOFError, OSError):  # pragma: no cover - queue closed at shutdown
                return
            kind, wid = event[0], event[1]
            if kind == "ready":
                self.ready.add(wid)
            elif kind == "dead":
                self.fatal = event[2]
                self.fatal_code = event[3]
            elif kind == "running":
                self.current[wid] = event[2]
            elif kind in ("done", "failed"):
                self.current[wid] = None
            try:
                self.on_event(event)
            except Exception:  # pragma: no cover - never let the pump die
                traceback.print_exc()
            self._reap()

    def _reap(self) -> None:
        """Fail the job of a worker that died and start another in its place."""
        if self._stop.is_set() or self.fatal:
            return
        for wid, p in list(self.procs.items()):
            if p.is_alive():
                continue
            jid = self.current.pop(wid, None)
            del self.procs[wid]
            self.ready.discard(wid)
            if jid is not None:
                self.on_event(("failed", wid, jid, f"the screen stopped unexpectedly (worker exit code {p.exitcode}); "
                                                  "the file may be too large or complex for this machine. Split it, or "
                                                  "screen it with `screener scan` to see the error"))
            self._spawn()

    def busy(self) -> int:
        return sum(1 for j in self.current.values() if j is not None)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        for _ in self.procs:
            try:
                self.jobs.put(None)
            except (OSError, ValueError):  # pragma: no cover
                pass
        deadline = time.monotonic() + timeout
        for p in self.procs.values():
            p.join(max(0.1, deadline - time.monotonic()))
        for p in self.procs.values():
            if p.is_alive():  # a long screen still running: the job stays queued in the index for next start
                p.terminate()
                p.join(1)
        self._thread.join(2)
        for q in (self.jobs, self.events):  # release the queues' semaphores now, not at interpreter exit
            q.close()
            q.cancel_join_thread()
