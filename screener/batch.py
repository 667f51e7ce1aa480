"""Batch screening: many plans, one report each, a summary across all; a bad file never stops it.

Documents run in parallel in a ``ProcessPoolExecutor``, biggest files first. On Linux its
workers are forked and use the batch's own ``Screener`` (built once, before the fork: its
lexicon, plugins and any compiled matchers are shared copy-on-write); elsewhere the initializer
builds one ``Screener`` per worker from the same constructor kwargs (a Screener holds spaCy
pipelines and a model: building it once per worker, not once per document, is what makes the
batch fast).
Each report is written atomically as soon as its document is done, and the manifest
(``OUT/.screener-manifest.json``) is rewritten atomically after every document, so Ctrl-C or a
crash loses at most the documents in flight, and ``--resume`` redoes only what is not up to date.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import re
import shutil
import signal
import stat
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Sequence, TextIO

import click

from .errors import (EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, OutputError, ScreenerError,
                     printable)
from .loaders import OUT_DIR_MARKER

MANIFEST_NAME = OUT_DIR_MARKER  # ".screener-manifest.json": a folder holding it is never read as plans
LOCK_NAME = ".screener-lock"
MANIFEST_VERSION = 1
SUMMARY_NAMES = ("summary.html", "summary.csv", "summary.xlsx", "summary.json")
OK, ERROR, SKIPPED = "ok", "error", "skipped-up-to-date"
# A document in flight when a worker process dies is retried once in a fresh pool; a second
# death marks it as failed, so one file that kills its worker cannot stop the batch.
MAX_ATTEMPTS = 2
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass(frozen=True)
class Task:
    """One document to screen: everything a worker needs, small and picklable."""

    path: str
    report: str  # report file name inside out_dir
    out_dir: str
    fmt: str


@dataclass(frozen=True)
class BatchRow:
    """One line of the batch summary: a screened, failed or up-to-date document."""

    document: str
    status: str  # ok | error | skipped-up-to-date
    report: str | None = None  # file name inside the output folder
    sha256: str | None = None
    language: str | None = None
    pages: int | None = None
    continuum: str | None = None
    ratings: dict[str, int | None] = field(default_factory=dict)  # None: sector absent from the plan
    findings: dict[str, int] = field(default_factory=dict)  # migration / counted / possible
    warnings: tuple[str, ...] = ()
    error_kind: str | None = None
    error: str | None = None
    exit_code: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["warnings"] = list(self.warnings)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "BatchRow":
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        known["warnings"] = tuple(known.get("warnings") or ())
        known["ratings"] = dict(known.get("ratings") or {})
        known["findings"] = dict(known.get("findings") or {})
        return cls(**known)


@dataclass(frozen=True)
class BatchSummary:
    """What the summary files show: the rows in input order, and how the run ended."""

    rows: tuple[BatchRow, ...]
    sectors: tuple[tuple[str, dict[str, str]], ...]  # (sector id, title by language), plugin order
    lang: str
    fingerprint: dict[str, Any]
    fmt: str
    interrupted: bool = False
    not_screened: int = 0  # documents left when interrupted

    @property
    def counts(self) -> dict[str, int]:
        return {s: sum(r.status == s for r in self.rows) for s in (OK, SKIPPED, ERROR)}


# --------------------------------------------------------------------------- per document


def file_sha256(path: str | Path) -> str | None:
    """Hash of the file's bytes, or None when it cannot be read (the loader then says why)."""
    h = hashlib.sha256()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # a FIFO would block the batch forever: never opened
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def row_from_result(task: Task, result, sha: str | None) -> BatchRow:
    s = result.summary
    present = set(s.get("sectors_present", ()))
    ratings = {name: (r if name in present else None) for name, r in s.get("ratings", {}).items()}
    d = result.document
    return BatchRow(
        document=task.path, status=OK, report=task.report, sha256=sha or d.sha256, language=d.language,
        pages=d.pages, continuum=s.get("continuum"), ratings=ratings,
        findings={k: int(s["findings"].get(k, 0)) for k in ("migration", "counted", "possible")},
        warnings=tuple(result.warnings),
    )


def error_row(task: Task, exc: BaseException, sha: str | None = None) -> BatchRow:
    if isinstance(exc, MemoryError):  # the worker's memory limit: this document only, exit 10
        from .limits import memory_too_large

        exc = memory_too_large(task.path)
    if isinstance(exc, ScreenerError):
        return BatchRow(document=task.path, status=ERROR, sha256=sha, error_kind=exc.kind, error=exc.message,
                        exit_code=exc.exit_code)
    # A bug in screener or a library on this file: the batch goes on, the row says how to report it.
    detail = " ".join(str(exc).split())[:200]
    return BatchRow(
        document=task.path, status=ERROR, sha256=sha, error_kind="internal", exit_code=EXIT_INTERNAL,
        error=printable(f"{task.path}: internal error ({type(exc).__name__}: {detail}). This is a bug in screener; please report it."),
    )


def _screen_one(screener, task: Task) -> BatchRow:
    """Screen one document and write its report atomically; user-caused failures become a row."""
    from .report import write_report

    sha = file_sha256(task.path)  # before loading: a file changed meanwhile is redone on --resume
    try:
        result = screener.screen_file(task.path)
        write_report(result, task.fmt, Path(task.out_dir) / task.report)  # atomic; CSV adds .checklist.csv
    except Exception as exc:  # noqa: BLE001 - never stop the batch at one file
        return error_row(task, exc, sha)
    return row_from_result(task, result, sha)


# --------------------------------------------------------------------------- worker processes

_WORKER_SCREENER = None
_IN_TASK = False
# The batch's own Screener, set in the parent just before a fork-started pool is made: a forked
# worker uses it as it is (its compiled matchers and spaCy pipelines shared copy-on-write)
# instead of building its own.
_INHERITED = None


class _Terminated(BaseException):
    """Raised in a worker on SIGTERM while it screens, so write_atomic removes its temp file."""


def _on_sigterm(signum, frame):  # pragma: no cover - runs in worker processes
    if _IN_TASK:
        raise _Terminated()
    os._exit(EXIT_INTERRUPTED)


def _init_worker(screener_kwargs: dict[str, Any], parent_pid: int | None = None, inherit: bool = False) -> None:
    """Pool initializer: one Screener per worker; Ctrl-C is the parent's to handle.

    With ``inherit`` (a forked worker) the worker uses the parent's Screener, already built
    and with the matchers of the languages it has screened; otherwise it builds its own from
    ``screener_kwargs``. The worker stops by itself when the batch process is gone (SIGKILL
    leaves no one to stop it), and its address space is capped, so one runaway document fails
    alone (exit 10)."""
    global _WORKER_SCREENER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_sigterm)
    from .limits import address_space, limit_memory, memory_allowance, parent_watch
    from .screen import Screener

    if parent_pid is not None:
        parent_watch(parent_pid, lambda: os.kill(os.getpid(), signal.SIGTERM))
    _WORKER_SCREENER = _INHERITED if inherit and _INHERITED is not None else Screener(**screener_kwargs)
    allowance = memory_allowance()
    if allowance:
        limit_memory(address_space() + allowance)


def _work(task: Task) -> BatchRow:  # pragma: no cover - runs in worker processes (coverage misses it)
    global _IN_TASK
    _IN_TASK = True
    try:
        return _screen_one(_WORKER_SCREENER, task)
    except _Terminated:
        os._exit(EXIT_INTERRUPTED)  # the temp file is already gone (write_atomic cleans up on BaseException)
    finally:
        _IN_TASK = False


def _terminate_workers(executor: ProcessPoolExecutor) -> None:
    """Stop workers now (their SIGTERM handler removes half-written temp files first)."""
    for proc in list((getattr(executor, "_processes", None) or {}).values()):
        try:
            if proc.is_alive():
                proc.terminate()
        except (OSError, ValueError, AttributeError):
            pass
    for proc in list((getattr(executor, "_processes", None) or {}).values()):
        try:
            proc.join(timeout=10)
            if proc.is_alive():  # stuck in C code past its handler: it must not write on after us
                proc.kill()
                proc.join(timeout=5)
        except (OSError, ValueError, AttributeError, AssertionError):
            pass


def _remove_half_written(out_dir: Path, tasks: list[Task], unfinished: list[int]) -> None:
    """After an interruption, remove the temp files of reports that were never finished.

    A worker's SIGTERM handler normally removes its own, but a signal that lands between the
    temp file's creation and its ``try``, or a worker killed after the grace period, leaves one.
    The out-dir is locked by this batch, so its temp files are this batch's."""
    for i in unfinished:
        for tmp in out_dir.glob(f".{glob.escape(tasks[i].report[:200])}.*.tmp"):
            try:
                tmp.unlink()
            except OSError:
                pass


def default_jobs() -> int:
    """Cores this process may use (respects CPU affinity, e.g. in containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- names and manifest


def _companions(name: str, fmt: str) -> list[str]:
    """The files one report name occupies: a CSV report also writes ``<stem>.checklist.csv``."""
    if fmt == "csv":
        return [name, name[: -len(".csv")] + ".checklist.csv"]
    return [name]


def report_names(paths: Sequence[Path], fmt: str, *, avoid: Sequence[str] = ()) -> list[str]:
    """One report file name per document, unique in the output folder (case-insensitively).

    ``stem.fmt`` when the stem is unique. Documents sharing a stem get the folders that tell
    them apart (``plan.html``, ``2019__plan.html`` for ``plan.pdf`` and ``2019/plan.pdf``) and,
    in one folder, their extension (``plan_pdf.html``, ``plan_docx.html``), so no report overwrites
    another. Names depend only on the batch's paths, so --resume finds them again.
    """
    reserved = {n.casefold() for n in SUMMARY_NAMES} | {MANIFEST_NAME.casefold(), LOCK_NAME.casefold()}
    reserved |= {n.casefold() for n in avoid}  # plans inside the output folder are never replaced
    resolved = [Path(os.path.abspath(p)) for p in paths]

    def clean(text: str) -> str:
        return _UNSAFE.sub("_", text).strip(" .") or "document"

    def folder_prefix(p: Path, root: Path) -> str:
        try:
            parts = p.parent.relative_to(root).parts
        except ValueError:
            parts = p.parent.parts[-2:]
        return "".join(clean(x) + "__" for x in parts)

    def common(members: list[int]) -> Path:
        try:
            return Path(os.path.commonpath([str(resolved[i].parent) for i in members]))
        except ValueError:  # different drives (Windows)
            return Path()

    names = [clean(p.stem) for p in resolved]
    groups: dict[str, list[int]] = {}
    for i, n in enumerate(names):
        groups.setdefault(n.casefold(), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        root = common(members)
        for i in members:
            names[i] = folder_prefix(resolved[i], root) + names[i]
        same: dict[str, list[int]] = {}
        for i in members:
            same.setdefault(names[i].casefold(), []).append(i)
        for twins in same.values():
            if len(twins) > 1:
                for i in twins:
                    names[i] += "_" + (clean(resolved[i].suffix.lstrip(".")) or "noext")
    out, taken = [], set(reserved)
    for i, n in enumerate(names):
        if f"{n}.{fmt}".casefold() in reserved:  # summary.pdf must not replace the batch summary
            n = names[i] = n + "_" + (clean(resolved[i].suffix.lstrip(".")) or "noext")
    for n in names:  # last resort (a path given twice, names differing only in case): a counter
        name, k = f"{n}.{fmt}", 2
        while any(c.casefold() in taken for c in _companions(name, fmt)):
            name, k = f"{n}-{k}.{fmt}", k + 1
        taken.update(c.casefold() for c in _companions(name, fmt))
        out.append(name)
    return out


def _doc_key(path: str | Path) -> str:
    return os.path.abspath(path)


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str, sort_keys=True))


def read_manifest(out_dir: Path) -> dict[str, dict[str, Any]]:
    """Entries of a previous run; an unreadable manifest only means nothing is skipped."""
    path = out_dir / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        click.echo(f"screener: warning: {path}: manifest unreadable; every document is screened again", err=True)
        return {}
    docs = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(docs, dict):
        click.echo(f"screener: warning: {path}: manifest damaged (no table of documents); every document is "
                   "screened again", err=True)
        return {}
    good = {k: v for k, v in docs.items() if isinstance(k, str) and isinstance(v, dict)}
    if len(good) < len(docs):
        n = len(docs) - len(good)
        click.echo(f"screener: warning: {path}: {n} damaged entr{'y' if n == 1 else 'ies'} in the manifest; "
                   f"{'that document is' if n == 1 else 'those documents are'} screened again", err=True)
    return good


def write_manifest(out_dir: Path, entries: dict[str, dict[str, Any]]) -> None:
    from .io import write_atomic

    body = {"manifest_version": MANIFEST_VERSION, "documents": dict(sorted(entries.items()))}
    write_atomic(out_dir / MANIFEST_NAME, json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n")


def is_up_to_date(entry: dict[str, Any] | None, *, sha: str | None, fingerprint: dict, fmt: str, report: str,
                  out_dir: Path) -> bool:
    """Skip only when file, engine versions/options, format and report name all match and the report exists."""
    return bool(
        entry
        and sha is not None
        and entry.get("sha256") == sha
        and entry.get("fingerprint") == fingerprint
        and entry.get("format") == fmt
        and entry.get("report") == report
        and (out_dir / report).is_file()
    )


# --------------------------------------------------------------------------- progress


class Progress:
    """One self-rewriting status line on a terminal (documents done/total, errors, ETA, file)."""

    def __init__(self, total: int, *, enabled: bool, stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.total = total
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.clock = clock
        self.start = clock()
        self.done = 0
        self.base = 0  # documents done before the clock started (up to date on --resume): no ETA weight
        self.errors = 0
        self.current = ""
        self._width = 0

    def line(self) -> str:
        pct = 100 * self.done // self.total if self.total else 100
        parts = [f"[{self.done}/{self.total}] {pct:3d}%", f"errors {self.errors}"]
        worked = self.done - self.base
        if worked > 0 and self.done < self.total:
            eta = (self.clock() - self.start) / worked * (self.total - self.done)
            parts.append(f"ETA {format_duration(eta)}")
        if self.current:
            parts.append(self.current)
        return "screener: " + " | ".join(parts)

    def update(self, *, done: int | None = None, errors: int | None = None, current: str | None = None) -> None:
        if done is not None:
            self.done = done
        if errors is not None:
            self.errors = errors
        if current is not None:
            self.current = current
        self._draw()

    def _draw(self) -> None:
        if not self.enabled:
            return
        cols = max(20, shutil.get_terminal_size((100, 20)).columns - 1)
        text = self.line()
        if len(text) > cols:
            text = text[: cols - 3] + "..."
        self.stream.write("\r" + text.ljust(self._width))
        self._width = len(text)
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def echo(self, message: str) -> None:
        """A full line (an error) above the progress line."""
        self.clear()
        click.echo(message, err=True)
        self._draw()


def format_duration(seconds: float) -> str:
    s = max(0, int(round(seconds)))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


# --------------------------------------------------------------------------- the batch


def _screener_kwargs(screener) -> dict[str, Any] | None:
    kwargs = getattr(screener, "init_kwargs", None)
    return dict(kwargs) if isinstance(kwargs, dict) else None


def summary_language(rows, default: str) -> str:
    """The report language of most rows (each plan's report is in its own language by default);
    ``default`` when none is, or on a tie."""
    from collections import Counter

    top = Counter(r.language for r in rows if r.language in ("en", "es", "fr")).most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return default
    return top[0][0]


def run_batch(
    screener,
    paths: list[Path],
    out_dir: Path,
    *,
    fmt: str = "html",
    quiet: bool = False,
    jobs: int | None = None,
    resume: bool = False,
    screener_kwargs: dict[str, Any] | None = None,
    summary_lang: str | None = None,
    progress_stream: TextIO | None = None,
) -> int:
    """Screen ``paths`` into ``out_dir``; returns EXIT_OK, EXIT_PARTIAL or EXIT_INTERRUPTED.

    ``screener`` (a built ``Screener``) gives the fingerprint and screens in-process when one
    job suffices; worker processes build their own from ``screener_kwargs`` (the constructor
    kwargs, default ``screener.init_kwargs``). Without kwargs the batch runs in-process.
    The output folder is locked for the run (a second batch into it fails at once), and
    SIGTERM is handled like Ctrl-C: finished reports and the summary are kept.
    """
    out_dir = Path(out_dir)
    from .io import check_writable

    check_writable(out_dir, folder=True)  # before screening anything, not after
    with _locked(out_dir), _sigterm_as_interrupt():
        try:
            return _run_batch(screener, paths, out_dir, fmt=fmt, quiet=quiet, jobs=jobs, resume=resume,
                              screener_kwargs=screener_kwargs, summary_lang=summary_lang,
                              progress_stream=progress_stream)
        finally:
            _release_signals()


def _run_batch(screener, paths, out_dir: Path, *, fmt, quiet, jobs, resume, screener_kwargs, summary_lang,
               progress_stream) -> int:
    paths = [Path(p) for p in paths]
    here = os.path.realpath(out_dir)
    inside = [p.name for p in paths if os.path.realpath(p.parent) == here]
    names = report_names(paths, fmt, avoid=inside)
    tasks = [Task(str(p), n, str(out_dir), fmt) for p, n in zip(paths, names)]
    fingerprint = _jsonable(resume_key(screener))
    lang = summary_lang or getattr(getattr(screener, "options", None), "report_lang", None) or "en"
    stream = progress_stream or sys.stderr
    show = not quiet and _isatty(stream)

    manifest = read_manifest(out_dir)
    rows: dict[int, BatchRow] = {}
    todo: list[int] = []
    for i, task in enumerate(tasks):
        entry = manifest.get(_doc_key(task.path))
        if resume and is_up_to_date(entry, sha=file_sha256(task.path), fingerprint=fingerprint, fmt=fmt,
                                    report=task.report, out_dir=out_dir):
            try:
                old = BatchRow.from_dict(entry.get("row") or {"document": task.path, "status": OK})
                rows[i] = replace(old, document=task.path, status=SKIPPED, report=task.report)
                continue
            except (TypeError, ValueError, AttributeError):  # a damaged manifest row: screen it again
                click.echo(f"screener: warning: {out_dir / MANIFEST_NAME}: entry of {printable(task.path)} is "
                           "damaged; screening it again", err=True)
        todo.append(i)

    progress = Progress(len(tasks), enabled=show, stream=stream)
    state = {"errors": 0}

    def record(i: int, row: BatchRow) -> None:
        rows[i] = row
        key = _doc_key(tasks[i].path)
        if row.status == OK:
            manifest[key] = {"sha256": row.sha256, "fingerprint": fingerprint, "format": fmt,
                             "report": row.report, "row": row.to_dict()}
        else:
            manifest.pop(key, None)
            state["errors"] += 1
        write_manifest(out_dir, manifest)
        progress.done, progress.errors, progress.current = len(rows), state["errors"], Path(tasks[i].path).name
        if row.status == ERROR and not quiet:
            progress.echo(f"screener: error: {row.error}")
        else:
            progress.update()

    jobs = default_jobs() if jobs is None or jobs < 1 else jobs
    kwargs = screener_kwargs if screener_kwargs is not None else _screener_kwargs(screener)
    # the workers may use this very Screener when they are forked from this process and would
    # build the same one (kwargs taken from it)
    inherit = screener_kwargs is None and kwargs is not None
    interrupted = False
    progress.base = len(rows)
    progress.update(done=len(rows))
    try:
        if jobs == 1 or len(todo) <= 1 or kwargs is None:
            for i in todo:
                progress.update(current=Path(tasks[i].path).name)
                record(i, _screen_one(screener, tasks[i]))
        else:
            _run_pool(tasks, largest_first(tasks, todo), min(jobs, len(todo)), kwargs, record,
                      screener=screener if inherit else None)
    except KeyboardInterrupt:
        interrupted = True
        _hold_signals()  # a second Ctrl-C must not stop the summary from being written
        _remove_half_written(out_dir, tasks, [i for i in range(len(tasks)) if i not in rows])
    finally:
        progress.clear()

    done = [rows[i] for i in sorted(rows)]
    if not (summary_lang or getattr(getattr(screener, "options", None), "report_lang", None)):
        lang = summary_language(done, lang)  # no --report-lang: the language most of the reports are in
    summary = BatchSummary(
        rows=tuple(done),
        sectors=_sector_titles(screener),
        lang=lang,
        fingerprint=fingerprint,
        fmt=fmt,
        interrupted=interrupted,
        not_screened=len(tasks) - len(done),
    )
    from .report.batch_summary import write_summary

    write_summary(out_dir, summary)
    c = summary.counts
    if interrupted:
        click.echo(f"screener: interrupted: {c[OK]} screened, {c[SKIPPED]} up to date, {c[ERROR]} failed, "
                   f"{summary.not_screened} not screened; finished reports were kept "
                   f"(run again with --resume to finish)", err=True)
        return EXIT_INTERRUPTED
    if not quiet:
        click.echo(f"screener: {c[OK]} screened, {c[SKIPPED]} up to date, {c[ERROR]} failed; "
                   f"summary: {out_dir / 'summary.html'}", err=True)
    return EXIT_PARTIAL if c[ERROR] else EXIT_OK


def largest_first(tasks: list[Task], todo: list[int]) -> list[int]:
    """``todo`` with the biggest files first (ties and unreadable sizes: in the given order), so
    the last document a worker takes is a short one and no worker is left alone with a long
    plan at the end. Reports, manifest and summary do not depend on the order."""
    def size(i: int) -> int:
        try:
            return os.path.getsize(tasks[i].path)
        except OSError:
            return 0

    return sorted(todo, key=lambda i: -size(i))


def _fork_context():
    """The "fork" start method where it is safe and available (Linux), else None (the default)."""
    import multiprocessing

    if not sys.platform.startswith("linux") or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork")


def _run_pool(tasks: list[Task], todo: list[int], jobs: int, kwargs: dict[str, Any],
              record: Callable[[int, BatchRow], None], screener=None) -> None:
    """Run ``todo`` in worker processes; survives a worker dying; on Ctrl-C stops the workers.

    With ``screener`` and the fork start method (Linux) the workers use that Screener (built
    once, here, before they are forked); otherwise each builds its own from ``kwargs``.

    When a worker dies the pool breaks and every unfinished document comes back. The suspects
    (the first ``jobs + 1`` of them: what the workers and the call queue held) are then run by a
    single worker in order, so a second death names the culprit exactly; the others go on in
    parallel.
    """
    queue = list(todo)
    isolate = False
    while queue:
        if isolate:
            batch, queue, workers = queue[: jobs + 1], queue[jobs + 1:], 1
        else:
            batch, queue, workers = queue, [], min(jobs, len(queue))
        broken = _pool_round(tasks, batch, workers, kwargs, record, screener)
        if not broken:
            isolate = False
            continue
        if isolate:  # one worker, in order: the first document it did not finish killed it
            culprit = min(broken, key=batch.index)
            record(culprit, _crash_row(tasks[culprit]))
            broken = [i for i in batch if i in broken and i != culprit]
            isolate = False
        else:
            isolate = True
        queue = sorted(broken, key=batch.index) + queue


def _pool_round(tasks: list[Task], batch: list[int], workers: int, kwargs: dict[str, Any],
                record: Callable[[int, BatchRow], None], screener=None) -> list[int]:
    """One pool over ``batch``; returns the documents lost because a worker died."""
    global _INHERITED
    context = _fork_context()
    inherit = screener is not None and context is not None
    _INHERITED = screener if inherit else None
    executor = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, mp_context=context,
                                   initargs=(kwargs, os.getpid(), inherit))
    futures: dict = {}
    broken: list[int] = []
    seen: set[int] = set()
    try:
        futures = {executor.submit(_work, tasks[i]): i for i in batch}
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                i = futures[fut]
                try:
                    row = fut.result()
                except BrokenProcessPool:
                    broken.append(i)
                    continue
                except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be unpickled
                    row = error_row(tasks[i], exc)
                seen.add(i)
                record(i, row)
    except BaseException:
        # Ctrl-C (or a bug): keep what already finished, stop the rest at once. A second
        # Ctrl-C (or SIGTERM) now would leave no summary: they wait until it is written.
        _hold_signals()
        for fut, i in futures.items():
            try:
                if i not in seen and fut.done() and not fut.cancelled() and fut.exception() is None:
                    seen.add(i)
                    record(i, fut.result())
            except BaseException:  # noqa: BLE001 - already interrupting
                pass
        # No fut.cancel(): the pool marks what is left as broken once its workers are gone, and
        # cancelling too races with that (InvalidStateError in the pool's thread on 3.11).
        _terminate_workers(executor)
        executor.shutdown(wait=True)
        _INHERITED = None
        raise
    executor.shutdown(wait=True)
    _INHERITED = None
    return broken


# --------------------------------------------------------------------------- lock, signals, resume key


@contextlib.contextmanager
def _locked(out_dir: Path):
    """Hold ``OUT/.screener-lock`` (an OS lock, released even on SIGKILL) for the batch: two
    batches writing one folder would drop each other's manifest and summary entries."""
    path = out_dir / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(out_dir, f"cannot write into the output folder ({exc.strerror or exc})") from None
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no lock
            fcntl = None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                try:
                    other = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                except OSError:
                    other = "?"
                raise OutputError(out_dir, f"another screener batch (pid {other}) is writing into this folder",
                                  "Wait for it to finish, or give another --out-dir.") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        os.set_inheritable(fd, False)
        yield
    finally:
        os.close(fd)  # releases the lock


_SAVED: dict[int, Any] = {}


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def _sigterm_as_interrupt():
    """SIGTERM (a service manager, `kill`) stops the batch like Ctrl-C, summary included."""
    if not _main_thread():
        yield
        return

    def on_term(signum, frame):
        raise KeyboardInterrupt()

    old = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def _hold_signals() -> None:
    """Ignore further Ctrl-C / SIGTERM while the batch stops and writes its summary."""
    if not _main_thread():
        return
    for sig in (signal.SIGINT, signal.SIGTERM):
        if sig not in _SAVED:
            _SAVED[sig] = signal.signal(sig, signal.SIG_IGN)


def _release_signals() -> None:
    if not _main_thread():
        return
    for sig, handler in list(_SAVED.items()):
        signal.signal(sig, handler)
        del _SAVED[sig]


def _files_digest(paths: Sequence[str | Path], *, suffixes: tuple[str, ...] | None = None) -> dict[str, str | None]:
    """sha256 of each file (a folder: of every file in it with one of ``suffixes``), by path."""
    out: dict[str, str | None] = {}
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and (suffixes is None or f.suffix.lower() in suffixes) and "__pycache__" not in f.parts:
                    out[str(f.resolve())] = file_sha256(f)
        else:
            out[str(p.resolve())] = file_sha256(p)
    return out


def resume_key(screener) -> dict[str, Any]:
    """Everything that changes a report, for --resume: versions, options, and the *content* of
    the lexicon files, plugin folders and model used (an edited lexicon redoes every plan)."""
    key = dict(screener.fingerprint())
    kw = getattr(screener, "init_kwargs", None) or {}
    key["engine"] = getattr(screener, "engine", kw.get("engine"))
    key["lexicon_files"] = _files_digest(kw.get("lexicon_paths") or ())
    key["plugins_dirs"] = _files_digest(kw.get("plugins_dirs") or (), suffixes=(".py", ".yaml", ".yml"))
    model = getattr(getattr(screener, "classifier", None), "path", None)
    key["model_sha256"] = file_sha256(model) if model else None
    key["max_chars"] = getattr(screener, "max_chars", None)  # OCR settings are in the fingerprint
    return key


def _crash_row(task: Task) -> BatchRow:
    return BatchRow(
        document=task.path, status=ERROR, error_kind="crashed", exit_code=EXIT_INTERNAL,
        error=f"{printable(task.path)}: the worker process screening this file died (out of memory, or a crash in a PDF "
              "library). Screen it alone with `screener scan FILE` to see why; try --engine pdfplumber.",
    )


def _sector_titles(screener) -> tuple[tuple[str, dict[str, str]], ...]:
    plugins = getattr(getattr(screener, "plugins", None), "plugins", ()) or ()
    only = getattr(getattr(screener, "options", None), "sectors", None)
    return tuple((p.name, dict(getattr(p, "title", {}) or {})) for p in plugins if not only or p.name in only)


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
