"""Page-level evaluation (`screener evaluate --pages`): gold parsing, scoring, CLI, error paths."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from screener.cli import main
from screener.errors import EXIT_BAD_DATA, EXIT_USAGE, BadDataError, NoTextLayerError
from screener.page_eval import GoldPage, evaluate_pages, read_gold, resolve_documents

HEADER = "file\tpage\tlabel\tdimensions\tsectors\tnote\n"


def gold_file(tmp_path: Path, rows: str) -> Path:
    p = tmp_path / "gold.tsv"
    p.write_text(HEADER + rows, encoding="utf-8")
    return p


def finding(page: int, kind: str = "migration", counts: bool = True):
    sig = SimpleNamespace(source="lexicon", id="t:en:1")
    return SimpleNamespace(page=page, kind=kind, counts=counts, matched="migrants", concept="c", signals=(sig,),
                           text="quote")


def result(lang: str, pages: int, findings, continuum: str):
    return SimpleNamespace(document=SimpleNamespace(pages=pages), language=lang, findings=findings,
                           summary={"continuum": continuum})


def test_read_gold_parses_rows(tmp_path):
    g = read_gold(gold_file(tmp_path, "en/a.pdf\t3\t2\tdisplacement, refugees_asylum\tgovernance\tIDPs named\n"
                                      "en/a.pdf\t4\t0\t\t\t\n\n"))
    assert g == [GoldPage("en/a.pdf", 3, 2, ("displacement", "refugees_asylum"), ("governance",), "IDPs named"),
                 GoldPage("en/a.pdf", 4, 0, (), (), "")]


@pytest.mark.parametrize("rows, problem", [
    ("en/a.pdf\t3\t5\t\t\t\n", "label must be 0, 1 or 2"),
    ("en/a.pdf\tx\t0\t\t\t\n", "bad file or page"),
    ("en/a.pdf\t0\t0\t\t\t\n", "bad file or page"),
    ("en/a.pdf\t3\t0\t\t\t\nen/a.pdf\t3\t2\t\t\t\n", "labelled twice"),
    ("", "no labelled pages"),
])
def test_read_gold_rejects_bad_rows(tmp_path, rows, problem):
    with pytest.raises(BadDataError, match=problem):
        read_gold(gold_file(tmp_path, rows))


def test_read_gold_needs_the_header(tmp_path):
    p = tmp_path / "g.tsv"
    p.write_text("en/a.pdf\t1\t0\n", encoding="utf-8")
    with pytest.raises(BadDataError, match="header"):
        read_gold(p)


def test_scoring_ignores_label_1_and_counts_possible_separately(tmp_path):
    gold = [GoldPage("en/a.pdf", 1, 2, (), (), "hit"), GoldPage("en/a.pdf", 2, 2, (), (), "missed"),
            GoldPage("en/a.pdf", 3, 0, (), (), "false"), GoldPage("en/a.pdf", 4, 1, (), (), "ignored"),
            GoldPage("en/a.pdf", 5, 0, (), (), ""),
            GoldPage("es/b.pdf", 1, 0, (), (), ""), GoldPage("es/b.pdf", 2, 0, (), (), "")]
    screens = {
        "a": result("en", 5, [finding(1), finding(3), finding(4), finding(2, "possible", False)], "aware"),
        "b": result("es", 100, [finding(2, "possible", False), finding(7, "possible", False)], "blind"),
    }
    docs = {"en/a.pdf": Path("a"), "es/b.pdf": Path("b")}
    r = evaluate_pages(gold, docs, lambda p: screens[str(p)])
    en, es = r["languages"]["en"], r["languages"]["es"]
    assert en["counted"]["confusion"] == {"tp": 1, "fp": 1, "fn": 1, "tn": 1}
    assert en["counted"]["precision"] == 0.5 and en["counted"]["recall"] == 0.5
    assert en["labelled"] == {"0": 2, "1": 1, "2": 2}
    assert en["possible"]["precision"] == 1.0  # page 2 is a gold 2
    assert es["possible"]["precision"] == 0.0
    assert es["possible"]["per_50_pages_in_negative_docs"] == 1.0  # 2 passages in 100 pages
    assert es["counted"]["precision"] is None and es["counted"]["confusion"]["tn"] == 2
    assert [m["page"] for m in r["misses"]] == [2] and r["misses"][0]["possible"] is True
    assert [h["page"] for h in r["false_hits"]] == [3]
    assert all(d["verdict_right"] for d in r["documents"])
    assert r["languages"]["all"]["verdicts"]["right"] == 2


def test_a_document_that_cannot_be_read_counts_its_pages_as_missed():
    gold = [GoldPage("es/scan.pdf", 1, 2, ("displacement",), (), "IDPs")]

    def fail(path):
        raise NoTextLayerError(path, "no text layer", "run OCR")

    r = evaluate_pages(gold, {"es/scan.pdf": Path("scan.pdf")}, fail)
    assert r["languages"]["es"]["counted"]["confusion"]["fn"] == 1
    assert r["documents"][0]["error"].endswith("(exit 8)") and not r["documents"][0]["verdict_right"]


def test_resolve_documents_by_folder_and_by_file(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.pdf").write_bytes(b"%PDF")
    other = tmp_path / "b.pdf"
    other.write_bytes(b"%PDF")
    gold = [GoldPage("en/a.pdf", 1, 0, (), (), ""), GoldPage("fr/b.pdf", 1, 0, (), (), ""),
            GoldPage("fr/c.pdf", 1, 0, (), (), "")]
    assert resolve_documents(gold, [tmp_path, other]) == {"en/a.pdf": tmp_path / "en" / "a.pdf", "fr/b.pdf": other}


def test_cli_pages_on_a_real_sample(tmp_path):
    samples = Path(__file__).resolve().parent.parent / "sample_docs"
    g = gold_file(tmp_path, "pdot_es.pdf\t1\t0\t\t\t\npdot_es.pdf\t2\t1\t\t\t\n")
    out = tmp_path / "r.json"
    res = CliRunner().invoke(main, ["evaluate", "--pages", str(g), str(samples / "pdot_es.pdf"), "--no-classifier",
                                    "--format", "json", "-o", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["classifier"] is False and data["languages"]["es"]["labelled"] == {"0": 1, "1": 1, "2": 0}
    assert data["documents"][0]["file"] == "pdot_es.pdf" and data["documents"][0]["error"] is None


def test_cli_pages_errors(tmp_path):
    bad = gold_file(tmp_path, "x.pdf\t1\t7\t\t\t\n")
    res = CliRunner().invoke(main, ["evaluate", "--pages", str(bad), str(tmp_path)])
    assert res.exit_code == EXIT_BAD_DATA and "label must be 0, 1 or 2" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    good = gold_file(tmp_path, "nowhere/x.pdf\t1\t0\t\t\t\n")
    res = CliRunner().invoke(main, ["evaluate", "--pages", str(good), str(tmp_path)])
    assert res.exit_code == EXIT_BAD_DATA and "none of the gold's documents" in res.stderr
    res = CliRunner().invoke(main, ["evaluate", "--pages", str(good)])
    assert res.exit_code == EXIT_USAGE
    res = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert res.exit_code == EXIT_USAGE and "folders of documents go with --pages" in res.output


def test_text_sheets_cut_at_blank_lines_after_a_printed_page():
    from screener.page_eval import SHEET_CHARS, text_sheets

    para = ("word " * 60 + "\n") * 12  # ~3,600 characters, no blank line inside
    raw = para + "\n" + para + "\n" + "tail\n"
    sheets = text_sheets(raw)
    assert sheets[0] == (0, len(para) + 1) and sheets[-1][1] == len(raw)
    assert all(b - a >= SHEET_CHARS for a, b in sheets[:-1])
    assert "".join(raw[a:b] for a, b in sheets) == raw  # the sheets tile the file
    one_line = "x" * (3 * SHEET_CHARS)
    assert text_sheets(one_line) == [(0, len(one_line))]
    assert text_sheets("") == [(0, 0)]


def test_text_files_are_scored_by_sheets(tmp_path):
    """A finding in a TXT plan lands on the sheet of the raw file that holds its words."""
    filler = "The municipality maintains roads, water supply and the public market in good order.\n"
    sheet1 = filler * 40 + "\n"
    sheet2 = filler * 20 + "The plan supports returning migrants and their families with jobs and training.\n" + filler * 20 + "\n"
    plan = tmp_path / "en" / "plan.txt"
    plan.parent.mkdir()
    plan.write_text("Municipal plan\n\n" + sheet1 + sheet2 + filler * 5, encoding="utf-8")
    g = gold_file(tmp_path, "en/plan.txt\t1\t0\t\t\t\nen/plan.txt\t2\t2\treturn\tgovernance\treturning migrants\n")
    out = tmp_path / "r.json"
    res = CliRunner().invoke(main, ["evaluate", "--pages", str(g), str(tmp_path), "--format", "json", "-o", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    counted = data["languages"]["en"]["counted"]
    assert counted["confusion"] == {"tp": 1, "fp": 0, "fn": 0, "tn": 1}, counted
    assert data["documents"][0]["pages"] == 3


def test_cli_pages_ocr_needs_pages():
    res = CliRunner().invoke(main, ["evaluate", "--ocr"])
    assert res.exit_code == EXIT_USAGE and "--ocr goes with --pages" in res.output
