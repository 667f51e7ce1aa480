"""Stage boundaries: results deeply immutable with closed value sets, one io module for writing,
reviewed spreadsheets read by stable column keys."""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import pytest

from screener import results
from screener.classify import reviewed
from screener.loaders import load
from screener.report.i18n import MESSAGES
from screener.screen import screen

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_docs" / "brief_es.md"


@pytest.fixture(scope="module")
def result():
    return screen(load(SAMPLE))


def test_results_are_deeply_read_only(result):
    with pytest.raises(TypeError):
        result.summary["continuum"] = "responsive"
    with pytest.raises(TypeError):
        result.summary["findings"]["counted"] = 0
    with pytest.raises(TypeError):
        result.provenance.update(tool="x")
    assert isinstance(result.summary["sectors_present"], tuple)
    sec = result.sectors[0]
    with pytest.raises(TypeError):
        sec.stages["budget"] = None
    with pytest.raises(TypeError):
        sec.checklist[0].references["sdg"] = ()
    f = result.findings[0]
    with pytest.raises(TypeError):
        f.references["sdg"] = ()
    with pytest.raises(TypeError):
        result._index.clear()
    assert result.finding(f.id) is f
    # what reads results sees plain JSON, and a batch worker can send a result to its parent
    text = json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)
    assert json.loads(text)["summary"]["findings"] == dict(result.summary["findings"])
    again = pickle.loads(pickle.dumps(result))
    assert again.summary == result.summary and again.finding(f.id) == f


def test_statuses_are_closed_sets(result):
    assert {str(s) for s in results.Status} == {"addressed", "partly", "missing", "absent"}
    assert results.ADDRESSED == "addressed" and json.dumps(results.Status.PARTLY) == '"partly"'
    assert isinstance(result.summary["continuum"], results.Verdict)
    for sec in result.sectors:
        for c in sec.checklist:
            assert isinstance(c.status, results.Status) and isinstance(c.reason, results.Reason)
            assert c.status != results.Status.ABSENT  # absent is a matrix cell's, never an item's
        assert all(isinstance(cell.status, results.Status) for cell in sec.stages.values())
    for f in result.findings:
        assert isinstance(f.kind, results.Kind) and isinstance(f.fired, results.Fired)
    with pytest.raises(ValueError):
        results.Status("wider_scope")  # a value the old docstring listed and nothing produced


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add("." * node.level + node.module)
    return out


def test_stages_write_through_the_io_module_not_the_cli():
    stages = [*(ROOT / "screener" / "classify").glob("*.py"), *(ROOT / "screener" / "report").glob("*.py"),
              ROOT / "screener" / "batch.py", *(ROOT / "screener" / "serve").glob("*.py")]
    offenders = [p.name for p in stages if any(m.endswith("cli.common") for m in _imports(p))]
    assert not offenders


def test_reviewed_files_are_read_by_stable_keys():
    """Every header the report writes for a column the trainer reads is one the reader knows,
    in every language; the reader does not import the report's translations."""
    for key in set(reviewed.FINDING_KEYS) | set(reviewed.MISSED_KEYS):
        for lang, label in MESSAGES[f"col_{key}"].items():
            assert label in reviewed.HEADERS[key], (key, lang, label)
    for key, names in reviewed.SHEETS.items():
        assert set(MESSAGES[key].values()) <= set(names)
    assert not any("report" in m for m in _imports(ROOT / "screener" / "classify" / "reviewed.py"))
