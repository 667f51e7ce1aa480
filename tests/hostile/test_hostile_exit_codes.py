"""Every error is one line with its documented exit code (README, "Exit codes"), found before
screening when it can be; user mistakes are never "a bug in screener"."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from conftest import PLAN_EN, SAMPLES, cli, one_line_error, run

from screener.errors import (EXIT_BAD_DATA, EXIT_NOT_FOUND, EXIT_OK, EXIT_PARTIAL, EXIT_TOO_LARGE, EXIT_UNSUPPORTED,
                             EXIT_USAGE)

as_root = os.name == "posix" and os.geteuid() == 0
not_root = pytest.mark.skipif(as_root, reason="permissions do not bind root")


@pytest.fixture
def plan(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text(PLAN_EN, encoding="utf-8")
    return p


@pytest.mark.parametrize("args", [[], ["--help"], ["-h"]])
def test_bare_command_and_help_never_trace_back(args):
    res = cli(*args, timeout=120)
    assert "Traceback" not in res.stderr and "importlib" not in res.stderr
    assert "Usage:" in res.stdout + res.stderr and res.returncode in (0, 2)


def test_output_under_a_file_fails_before_screening(tmp_path, plan):
    line = one_line_error(run("scan", plan, "-o", plan / "r.html", "--no-classifier"), EXIT_NOT_FOUND)
    assert "a file is in the way" in line
    line = one_line_error(run("scan", tmp_path, "--out-dir", plan / "out", "--no-classifier"), EXIT_NOT_FOUND)


def test_long_report_names(tmp_path, plan):
    name = "r" * 241 + ".html"  # 246 characters: the temp file's suffix must not overflow
    res = run("scan", plan, "-o", tmp_path / name, "--no-classifier", "-q")
    assert res.exit_code == EXIT_OK, res.output
    assert (tmp_path / name).exists() and not list(tmp_path.glob("*.tmp"))
    assert "too long" in one_line_error(run("scan", plan, "-o", tmp_path / ("r" * 300 + ".html"), "--no-classifier"),
                                        EXIT_NOT_FOUND)


@not_root
def test_read_only_out_dir_is_found_before_screening(tmp_path, plan):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        line = one_line_error(run("scan", plan, plan, "--out-dir", ro, "--no-classifier"), EXIT_NOT_FOUND)
        assert "read-only" in line
    finally:
        ro.chmod(0o755)


@not_root
def test_unreadable_input_config_and_lexicon(tmp_path, plan):
    plan.chmod(0)
    cfg = tmp_path / "c.toml"
    cfg.write_text("[scan]\n", encoding="utf-8")
    try:
        one_line_error(run("scan", plan, "--no-classifier"), EXIT_NOT_FOUND)
        cfg.chmod(0)
        one_line_error(run("scan", SAMPLES / "summary_en.txt", "--config", cfg), EXIT_BAD_DATA)
        one_line_error(run("scan", SAMPLES / "summary_en.txt", "--lexicon", plan), EXIT_BAD_DATA)
    finally:
        plan.chmod(0o644)
        cfg.chmod(0o644)


def test_missing_lexicon_plugins_dir_model_and_config_are_exit_11(tmp_path, plan):
    for opt in ("--lexicon", "--plugins-dir", "--model", "--config"):
        one_line_error(run("scan", plan, opt, tmp_path / "nowhere"), EXIT_BAD_DATA)


def test_missing_input_is_exit_3_not_a_usage_error(tmp_path):
    one_line_error(run("scan", tmp_path / "nowhere.pdf"), EXIT_NOT_FOUND)


def test_deeply_nested_toml_is_a_config_error(tmp_path, plan):
    cfg = tmp_path / "deep.toml"
    cfg.write_text("[scan]\nx = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert "nested" in one_line_error(run("scan", plan, "--config", cfg), EXIT_BAD_DATA)


@pytest.mark.parametrize("card", ["[1, 2]", '{"threshold": "high"}', '{"model_sha256": 7}', "{" * 100000, "not json"])
def test_malformed_model_cards_are_exit_11(tmp_path, plan, card):
    model = tmp_path / "m.skops"
    model.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    (tmp_path / "m.card.json").write_text(card, encoding="utf-8")
    one_line_error(run("scan", plan, "--model", model, "--format", "json"), EXIT_BAD_DATA)


def test_a_report_never_lands_in_a_file_named_for_another_format(tmp_path, plan):
    # Before PDF output existed, -o report.pdf silently got Markdown. Now .pdf is a real format,
    # and a file named for one format still never receives another.
    line = one_line_error(run("scan", plan, "-o", tmp_path / "report.pdf", "--format", "md", "--no-classifier"), EXIT_USAGE)
    assert "names a PDF file but --format is md" in line
    line = one_line_error(run("compare", plan, plan, "-o", tmp_path / "report.pdf", "--no-classifier"), EXIT_USAGE)
    assert "does not write PDF files" in line
    assert not (tmp_path / "report.pdf").exists()


def test_max_size_message_names_small_sizes(plan):
    plan.write_text(PLAN_EN * 3, encoding="utf-8")
    line = one_line_error(run("extract", plan, "--max-size", "1KB"), EXIT_TOO_LARGE)
    assert "1.0 KB limit" in line and "0 MB" not in line


def test_utf32_text_with_bom_is_read(tmp_path):
    for bom, enc in ((codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF32_LE, "utf-32-le")):
        p = tmp_path / f"{enc}.txt"
        p.write_bytes(bom + "Migrant workers send remittances to their families.".encode(enc))
        res = run("extract", p)
        assert res.exit_code == EXIT_OK and "remittances" in res.stdout, res.output


@pytest.mark.parametrize("name,data", [
    ("late.html", ("<!-- " + "x" * 70000 + " -->\n<!DOCTYPE html><html><body><h1>Plan</h1>"
                   "<p>Migrant workers send remittances.</p></body></html>").encode()),
    ("u32.html", codecs.BOM_UTF32_BE + "<!DOCTYPE html><html><body><h1>Plan</h1><p>Migrant workers send remittances."
                 "</p></body></html>".encode("utf-32-be")),
])
def test_html_with_late_or_utf32_doctype_keeps_its_text(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    res = run("extract", p)
    assert res.exit_code == EXIT_OK and "Migrant workers send remittances." in res.stdout, res.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifos_dangling_links_and_unreadable_folders_are_reported_not_skipped(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "ok.md").write_text(PLAN_EN, encoding="utf-8")
    os.mkfifo(plans / "pipe.txt")  # opening it for reading would block forever
    (plans / "gone.md").symlink_to(tmp_path / "deleted.md")
    locked = plans / "locked"
    locked.mkdir()
    (locked / "inner.md").write_text(PLAN_EN, encoding="utf-8")
    locked.chmod(0)
    out = tmp_path / "out"
    try:
        res = cli("scan", plans, "--out-dir", out, "--no-classifier", "-j", "1", timeout=240)
    finally:
        locked.chmod(0o755)
    assert res.returncode == EXIT_PARTIAL, res.stderr
    rows = {Path(r["document"]).name: r for r in json.loads((out / "summary.json").read_text())["documents"]}
    assert rows["ok.md"]["status"] == "ok"
    assert rows["pipe.txt"]["exit_code"] == EXIT_UNSUPPORTED
    assert rows["gone.md"]["exit_code"] == EXIT_NOT_FOUND and "broken symbolic link" in rows["gone.md"]["error"]
    if not as_root:
        assert rows["locked"]["exit_code"] == EXIT_NOT_FOUND
    one = cli("extract", plans / "pipe.txt", timeout=120)
    assert one.returncode == EXIT_UNSUPPORTED and "not a regular file" in one.stderr


def test_train_on_an_unreviewed_workbook_says_so(tmp_path, plan):
    xlsx = tmp_path / "review.xlsx"
    res = run("scan", SAMPLES / "summary_en.txt", "-o", xlsx, "--no-classifier")
    assert res.exit_code == EXIT_OK, res.output
    line = one_line_error(run("train", xlsx, "-o", tmp_path / "m.skops"), EXIT_BAD_DATA)
    assert "no reviewed row was found" in line


def test_control_characters_in_a_name_stay_on_one_line(tmp_path):
    p = tmp_path / "evil\n\x1b[31mname.pdf"
    p.write_bytes(b"not a pdf at all")
    line = one_line_error(run("extract", p), 6)
    assert "\\n" in line and "\x1b" not in line
