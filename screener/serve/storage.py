"""The data directory: an SQLite index of screens and comparisons, uploads and reports as files.

Layout under ``--data-dir``::

    screener.sqlite3        the index (one row a job; WAL, so workers and the server share it)
    uploads/<id>-<n>.<fmt>  the uploaded bytes, under generated names only
    reports/<id>/report.<fmt>

A client's file name is kept as display text (escaped when shown) and never used as a path.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import sqlite3
import threading
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,              -- screen | compare
    batch TEXT NOT NULL,             -- the upload it came with
    position INTEGER NOT NULL,       -- order within the upload
    filename TEXT NOT NULL,          -- display only, never a path
    filename2 TEXT,                  -- compare: the newer draft
    uploads TEXT NOT NULL,           -- JSON list of stored upload names
    sectors TEXT,                    -- JSON list or null (all)
    report_lang TEXT,
    status TEXT NOT NULL,
    stage TEXT,
    error TEXT,
    created REAL NOT NULL,
    started REAL,
    finished REAL,
    reports TEXT,                    -- JSON {format: file name under reports/<id>/}
    summary TEXT                     -- JSON: language, pages, title, counts, timings
);
CREATE INDEX IF NOT EXISTS jobs_batch ON jobs(batch, position);
CREATE INDEX IF NOT EXISTS jobs_created ON jobs(created);
"""
_ID = re.compile(r"^[a-z0-9]{16}$")


def new_id() -> str:
    """16 random lowercase characters: unguessable, and safe in a URL and a file name."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(secrets.choice(alphabet) for _ in range(16))


def valid_id(value: str) -> bool:
    return bool(_ID.match(value or ""))


def display_name(raw: str | None, default: str = "upload") -> str:
    """The last path component of a client's file name, without control characters; for
    display and messages only."""
    name = re.split(r"[\\/]", raw or "")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    return (name or default)[:200]


@dataclass(frozen=True)
class Job:
    id: str
    kind: str
    batch: str
    position: int
    filename: str
    filename2: str | None
    uploads: tuple[str, ...]
    sectors: tuple[str, ...] | None
    report_lang: str | None
    status: str
    stage: str | None
    error: str | None
    created: float
    started: float | None
    finished: float | None
    reports: dict[str, str] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Job":
        return cls(
            id=row["id"], kind=row["kind"], batch=row["batch"], position=row["position"], filename=row["filename"],
            filename2=row["filename2"], uploads=tuple(json.loads(row["uploads"])),
            sectors=tuple(json.loads(row["sectors"])) if row["sectors"] else None, report_lang=row["report_lang"],
            status=row["status"], stage=row["stage"], error=row["error"], created=row["created"],
            started=row["started"], finished=row["finished"], reports=json.loads(row["reports"] or "{}"),
            summary=json.loads(row["summary"] or "{}"),
        )

    @property
    def pending(self) -> bool:
        return self.status in (QUEUED, RUNNING)


class Store:
    """The index. Thread-safe; every process (server, workers) opens its own."""

    def __init__(self, data_dir: str | Path) -> None:
        self.root = Path(data_dir)
        self.uploads = self.root / "uploads"
        self.reports = self.root / "reports"
        for d in (self.root, self.uploads, self.reports):
            d.mkdir(parents=True, exist_ok=True)
        self.path = self.root / "screener.sqlite3"
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # ------------------------------------------------------------------ files

    def upload_path(self, name: str) -> Path:
        if not re.fullmatch(r"[a-z0-9]{16}-\d+\.[a-z]{2,5}", name):
            raise ValueError(f"not a stored upload name: {name!r}")
        return self.uploads / name

    def report_dir(self, job_id: str) -> Path:
        if not valid_id(job_id):
            raise ValueError(f"not a job id: {job_id!r}")
        return self.reports / job_id

    def save_upload(self, job_id: str, n: int, fmt: str, data: bytes) -> str:
        """Write uploaded bytes under a generated name; returns that name."""
        name = f"{job_id}-{n}.{fmt}"
        path = self.upload_path(name)
        tmp = path.with_suffix(".part")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        return name

    # ------------------------------------------------------------------ rows

    def add(self, *, job_id: str, kind: str, batch: str, position: int, filename: str, uploads: list[str],
            sectors: list[str] | None, report_lang: str | None, filename2: str | None = None,
            status: str = QUEUED, error: str | None = None) -> None:
        now = time.time()
        with self._tx() as db:
            db.execute(
                "INSERT INTO jobs (id, kind, batch, position, filename, filename2, uploads, sectors, report_lang, status,"
                " error, created, finished) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (job_id, kind, batch, position, filename, filename2, json.dumps(uploads),
                 json.dumps(list(sectors)) if sectors else None, report_lang, status, error, now,
                 now if status == FAILED else None),
            )

    def get(self, job_id: str) -> Job | None:
        if not valid_id(job_id):
            return None
        with self._lock:
            row = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return Job.from_row(row) if row else None

    def batch(self, batch: str) -> list[Job]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM jobs WHERE batch = ? ORDER BY position", (batch,)).fetchall()
        return [Job.from_row(r) for r in rows]

    def history(self, limit: int = 500) -> list[Job]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM jobs ORDER BY created DESC, position DESC LIMIT ?", (limit,)).fetchall()
        return [Job.from_row(r) for r in rows]

    def pending(self) -> list[Job]:
        """Jobs a previous run left queued or running, oldest first (resubmitted at start-up)."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM jobs WHERE status IN (?, ?) ORDER BY created, position",
                                    (QUEUED, RUNNING)).fetchall()
        return [Job.from_row(r) for r in rows]

    def mark_running(self, job_id: str, stage: str | None = None) -> None:
        with self._tx() as db:
            db.execute("UPDATE jobs SET status = ?, stage = ?, started = COALESCE(started, ?) WHERE id = ? AND status != ?",
                       (RUNNING, stage, time.time(), job_id, DONE))

    def set_stage(self, job_id: str, stage: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE jobs SET stage = ? WHERE id = ? AND status = ?", (stage, job_id, RUNNING))

    def mark_queued(self, job_id: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE jobs SET status = ?, stage = NULL, started = NULL WHERE id = ?", (QUEUED, job_id))

    def mark_done(self, job_id: str, reports: dict[str, str], summary: dict[str, Any]) -> None:
        with self._tx() as db:
            db.execute("UPDATE jobs SET status = ?, stage = NULL, error = NULL, finished = ?, reports = ?, summary = ?"
                       " WHERE id = ?", (DONE, time.time(), json.dumps(reports), json.dumps(summary), job_id))

    def mark_failed(self, job_id: str, error: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE jobs SET status = ?, stage = NULL, error = ?, finished = ? WHERE id = ?",
                       (FAILED, error, time.time(), job_id))
