"""A folder of plans: nothing in it is skipped silently and nothing in it can block the scan.

Plan-named entries that cannot be screened (a FIFO named plan.txt, a broken link named
plan.md, a subfolder that cannot be listed) fail as documents, one error line each (exit 12,
test_hostile_exit_codes.py); any other pipe, socket, device or broken link gets one warning
line. A FIFO is never opened: reading one blocks until someone writes to it.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from conftest import PLAN_EN, cli, cli_denied

from screener.errors import EXIT_NOT_FOUND, EXIT_OK, EXIT_PARTIAL, EXIT_UNSUPPORTED

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def summary_rows(out: Path) -> dict:
    return {os.path.basename(r["document"]): r for r in json.loads((out / "summary.json").read_text())["documents"]}


def test_pipes_sockets_and_broken_links_of_any_name_get_one_warning_each(tmp_path):
    plans = tmp_path / "plans"
    (plans / "sub").mkdir(parents=True)
    (plans / "ok.md").write_text(PLAN_EN, encoding="utf-8")
    os.mkfifo(plans / "pipe")  # no plan's extension: not a document, but not silently skipped either
    os.mkfifo(plans / "sub" / "deep.fifo")
    (plans / "gone").symlink_to(tmp_path / "deleted" / "plan.pdf")
    (plans / "sub" / "gone_dir").symlink_to(tmp_path / "no_such_folder")
    (plans / "photo.png").write_bytes(b"\x89PNG")  # an ordinary non-plan file: no warning
    sock = socket.socket(socket.AF_UNIX)
    sock_path = plans / "s.sock"
    try:
        sock.bind(str(sock_path))
    except OSError:  # path too long for AF_UNIX on this machine
        sock_path = None
    out = tmp_path / "out"
    try:
        res = cli("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1", "--format", "md", timeout=240)
    finally:
        sock.close()
    assert res.returncode == EXIT_OK, res.stderr
    warnings = [ln for ln in res.stderr.splitlines() if ln.startswith("screener: warning:")]
    expected = {"pipe": "a pipe (FIFO), not a regular file", "deep.fifo": "a pipe (FIFO), not a regular file",
                "gone": "broken symbolic link", "gone_dir": "broken symbolic link"}
    if sock_path is not None:
        expected["s.sock"] = "a socket, not a regular file"
    assert len(warnings) == len(expected), res.stderr
    for name, what in expected.items():
        assert any(f"/{name}: skipped: " in w and what in w for w in warnings), (name, warnings)
    assert "photo.png" not in res.stderr
    assert list(summary_rows(out)) == ["ok.md"]
    quiet = cli("scan", plans, "--out-dir", tmp_path / "out2", "--no-classifier", "-j", "1", "-q", timeout=240)
    assert quiet.returncode == EXIT_OK and quiet.stderr == "", quiet.stderr


def test_plan_named_fifo_link_and_locked_folder_fail_as_documents_even_when_permissions_bind(tmp_path):
    tmp_path.chmod(0o755)
    plans = tmp_path / "plans"
    (plans / "locked").mkdir(parents=True)
    (plans / "ok.md").write_text(PLAN_EN, encoding="utf-8")
    os.mkfifo(plans / "pipe.txt")
    (plans / "gone.md").symlink_to(tmp_path / "deleted.md")
    (plans / "locked" / "inner.md").write_text(PLAN_EN, encoding="utf-8")
    (plans / "locked").chmod(0)
    out = tmp_path / "out"
    try:
        res = cli_denied("scan", plans, "--out-dir", out, "--no-classifier", "-j", "2", "--format", "md")
    finally:
        (plans / "locked").chmod(0o755)
    assert res.returncode == EXIT_PARTIAL, res.stderr
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("screener: error:")]
    assert len(errors) == 3 and "Traceback" not in res.stderr, res.stderr
    rows = summary_rows(out)
    assert rows["ok.md"]["status"] == "ok"
    assert rows["pipe.txt"]["exit_code"] == EXIT_UNSUPPORTED
    assert rows["gone.md"]["exit_code"] == rows["locked"]["exit_code"] == EXIT_NOT_FOUND


def test_a_thousand_nested_folders_are_one_line_not_a_bug(tmp_path):
    """os.walk recurses before Python 3.12: such a tree was an "internal error". Now it is
    exit 10 naming the folder, or (an iterative os.walk) the plan at the bottom is screened."""
    depth = 1100
    top = tmp_path / "deep"
    top.mkdir()
    fds = [os.open(top, os.O_RDONLY)]
    try:
        for _ in range(depth):  # by file descriptor: the path grows past what one call accepts
            os.mkdir("a", dir_fd=fds[-1])
            fds.append(os.open("a", os.O_RDONLY, dir_fd=fds[-1]))
        fd = os.open("plan.md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fds[-1])
        os.write(fd, PLAN_EN.encode())
        os.close(fd)
        res = cli("scan", top, "--out-dir", tmp_path / "out", "--no-classifier", "-j", "1", "--format", "md",
                  timeout=240)
        assert "Traceback" not in res.stderr and "internal error" not in res.stderr, res.stderr
        if res.returncode == EXIT_OK:
            assert (tmp_path / "out" / "plan.md").exists()
        else:
            assert res.returncode == 10 and "nested too deeply" in res.stderr, res.stderr
    finally:  # remove it the same way, bottom up (rmtree would recurse too)
        try:
            os.unlink("plan.md", dir_fd=fds[-1])
        except FileNotFoundError:
            pass
        for parent, child in zip(reversed(fds[:-1]), reversed(fds[1:])):
            os.close(child)
            os.rmdir("a", dir_fd=parent)
        os.close(fds[0])
