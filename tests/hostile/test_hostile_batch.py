"""Batch integrity: one batch per folder, --resume redoes what changed, finished reports and
the summary survive Ctrl-C (twice), SIGTERM and SIGKILL, and no worker outlives the batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PLAN_EN, one_line_error, run

from screener.errors import EXIT_INTERRUPTED, EXIT_NOT_FOUND, EXIT_OK, EXIT_PARTIAL


def make_plans(folder: Path, n: int, *, long_from: int | None = None) -> Path:
    """``n`` small plans; from ``long_from`` on, plans long enough (~1 s each) that a batch is
    still at work when a test interrupts it, however fast the machine."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = PLAN_EN + f"\nPlan number {i}.\n" * 40
        if long_from is not None and i >= long_from:
            body = (body + "\n") * 60
        (folder / f"plan{i:02d}.md").write_text(body, encoding="utf-8")
    return folder


def summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def test_a_second_batch_into_a_locked_folder_fails_at_once(tmp_path):
    import fcntl

    plans, out = make_plans(tmp_path / "plans", 2), tmp_path / "out"
    out.mkdir()
    with open(out / ".screener-lock", "w") as fh:
        fh.write("4242\n")
        fh.flush()
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        line = one_line_error(run("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1"), EXIT_NOT_FOUND)
        assert "another screener batch (pid 4242)" in line
    assert not (out / "summary.json").exists()
    assert run("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1").exit_code == EXIT_OK


def test_resume_redoes_reports_made_with_other_lexicon_engine_or_options(tmp_path):
    plans, out = make_plans(tmp_path / "plans", 2), tmp_path / "out"
    lex = tmp_path / "mine.yaml"
    lex_text = ("schema: screener.lexicon/1\nname: mine\nversion: 1.0.0\nconcepts:\n  - id: immigration\n"
                "    terms:\n      en: [{phrase: newcomers}]\n")
    lex.write_text(lex_text, encoding="utf-8")
    base = ("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1", "--lexicon", lex)
    assert run(*base).exit_code == EXIT_OK
    assert run(*base, "--resume").exit_code == EXIT_OK
    assert summary(out)["totals"]["skipped"] == 2
    lex.write_text(lex_text.replace("newcomers", "new arrivals"), encoding="utf-8")  # same name and version
    assert run(*base, "--resume").exit_code == EXIT_OK
    assert summary(out)["totals"] == {"documents": 2, "ok": 2, "skipped": 0, "errors": 0}
    assert run(*base, "--resume", "--engine", "pdfplumber").exit_code == EXIT_OK
    assert summary(out)["totals"]["skipped"] == 0
    assert run(*base, "--resume", "--sectors", "health").exit_code == EXIT_OK
    assert summary(out)["totals"]["skipped"] == 0


def test_bad_manifest_row_on_resume_is_screened_again(tmp_path):
    plans, out = make_plans(tmp_path / "plans", 2), tmp_path / "out"
    assert run("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1").exit_code == EXIT_OK
    manifest = out / ".screener-manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for entry in data["documents"].values():
        entry["row"] = {"document": 5, "status": "ok", "ratings": [1, 2], "bogus": {}}
    manifest.write_text(json.dumps(data), encoding="utf-8")
    res = run("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1", "--resume")
    assert res.exit_code == EXIT_OK, res.output
    assert "Traceback" not in res.output


@pytest.mark.parametrize("damage,expect", [
    ({"row": {"document": 5, "status": "ok", "ratings": [1, 2], "bogus": {}}}, "is damaged; screening it again"),
    ("garbage", "1 damaged entry in the manifest; that document is screened again"),
    (None, "manifest damaged (no table of documents); every document is screened again"),
])
def test_every_kind_of_damaged_manifest_is_said_once_and_screened_again(tmp_path, damage, expect):
    plans, out = make_plans(tmp_path / "plans", 2), tmp_path / "out"
    assert run("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1").exit_code == EXIT_OK
    manifest = out / ".screener-manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    first = sorted(data["documents"])[0]
    if damage is None:
        data["documents"] = [1, 2]
    elif isinstance(damage, dict):
        data["documents"][first].update(damage)
    else:
        data["documents"][first] = damage
    manifest.write_text(json.dumps(data), encoding="utf-8")
    res = run("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1", "--resume")
    assert res.exit_code == EXIT_OK and "Traceback" not in res.output, res.output
    warnings = [ln for ln in res.stderr.splitlines() if ln.startswith("screener: warning:")]
    assert len(warnings) == 1 and expect in warnings[0], res.stderr
    assert summary(out)["totals"]["skipped"] == (0 if damage is None else 1)


def test_control_characters_in_file_names_break_nothing(tmp_path):
    plans = make_plans(tmp_path / "plans", 1)
    (plans / "bad\x1b[2J\nname\x07.md").write_text(PLAN_EN, encoding="utf-8")
    (plans / "broken\x1b]0;owned\x07.pdf").write_bytes(b"%PDF-1.7\n garbage")
    out = tmp_path / "out"
    for _ in range(2):  # and every rerun works
        res = run("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1")
        assert res.exit_code == EXIT_PARTIAL, res.output
        errors = [ln for ln in res.stderr.splitlines() if ln.startswith("screener: error:")]
        assert len(errors) == 1 and "\x1b" not in res.stderr and "\x07" not in res.stderr
        from openpyxl import load_workbook

        wb = load_workbook(out / "summary.xlsx")
        assert wb.active.max_row >= 4


# --------------------------------------------------------------------------- signals (real processes)


def children(pid: int) -> set[int]:
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.add(int(entry.name))
            except (OSError, ValueError, IndexError):
                pass
    return out


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_batch(tmp_path: Path, n: int = 14) -> tuple[subprocess.Popen, Path, set[int]]:
    plans, out = make_plans(tmp_path / "plans", n, long_from=4), tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", "from screener.cli import main; main()", "scan", str(plans),
                             "--out-dir", str(out), "-j", "2", "--no-classifier", "--format", "md"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            cwd=tmp_path)  # outside the checkout (see conftest.cli)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:  # wait until the workers are at work
        if list(out.glob("plan*.md")) and len(children(proc.pid)) >= 2:
            break
        if proc.poll() is not None:
            pytest.fail(f"batch ended early: {proc.communicate()}")
        time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("batch never started")
    return proc, out, children(proc.pid)


def wait_gone(pids: set[int], seconds: float = 60) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.2)
    return {p for p in pids if alive(p)}


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists() or os.name != "posix", reason="needs Linux /proc")


@needs_proc
@pytest.mark.parametrize("how", ["sigterm", "double-ctrl-c"])
def test_sigterm_and_double_ctrl_c_keep_reports_and_summary(tmp_path, how):
    proc, out, workers = start_batch(tmp_path)
    if how == "sigterm":
        proc.send_signal(signal.SIGTERM)
    else:
        proc.send_signal(signal.SIGINT)
        time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
    _stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_INTERRUPTED, stderr
    assert "Traceback" not in stderr
    data = summary(out)
    assert data["interrupted"] is True and data["totals"]["ok"] >= 1
    assert not list(out.glob(".*.tmp")) and not list(out.glob("*.tmp"))
    assert not wait_gone(workers), "workers outlived the batch"


@needs_proc
def test_sigkill_of_the_batch_leaves_no_worker_running(tmp_path):
    proc, out, workers = start_batch(tmp_path)
    proc.kill()
    proc.communicate(timeout=60)
    assert not wait_gone(workers), "orphaned workers kept running"
    # the lock went with the processes: the batch can be resumed at once
    res = run("scan", tmp_path / "plans", "--out-dir", out, "--no-classifier", "-j", "1", "--resume", "--format", "md")
    assert res.exit_code == EXIT_OK, res.output
    assert summary(out)["totals"]["skipped"] >= 1
