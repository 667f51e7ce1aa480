"""Batch workers forked with the batch's own Screener (Linux), biggest files first."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

import screener.batch as batch
from screener.batch import Task, largest_first, run_batch
from screener.errors import EXIT_OK

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"
DOCS = ("brief_es.md", "summary_en.txt", "note_fr.html")


def test_largest_first_orders_by_size_and_keeps_ties_in_order(tmp_path):
    sizes = {"a.txt": 10, "b.txt": 300, "c.txt": 10, "d.txt": 50}
    for name, n in sizes.items():
        (tmp_path / name).write_text("x" * n, encoding="utf-8")
    tasks = [Task(str(tmp_path / n), n + ".html", str(tmp_path), "html") for n in sizes]
    tasks.append(Task(str(tmp_path / "gone.txt"), "gone.html", str(tmp_path), "html"))
    assert largest_first(tasks, [0, 1, 2, 3, 4]) == [1, 3, 0, 2, 4]
    assert largest_first(tasks, [4, 2, 0]) == [2, 0, 4]  # only what is to do; missing file last


def _folder(tmp_path: Path) -> list[Path]:
    plans = tmp_path / "plans"
    plans.mkdir()
    for name in DOCS:
        shutil.copyfile(SAMPLES / name, plans / name)
    return sorted(plans.iterdir())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork start method: Linux only")
def test_forked_workers_use_the_batch_screener_and_build_none(tmp_path, monkeypatch):
    from screener.screen import Screener

    screener = Screener()
    paths = _folder(tmp_path)

    def no_new_screener(self, *a, **k):  # inherited by the forked workers
        raise RuntimeError("a worker built its own Screener")

    monkeypatch.setattr(Screener, "__init__", no_new_screener)
    code = run_batch(screener, paths, tmp_path / "out", fmt="json", quiet=True, jobs=2)
    assert code == EXIT_OK
    rows = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    text = json.dumps(rows)
    assert "a worker built its own Screener" not in text
    for name in DOCS:  # every report written, by the workers
        assert (tmp_path / "out" / (Path(name).stem + ".json")).stat().st_size > 500
    assert batch._INHERITED is None  # not kept after the pool


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork start method: Linux only")
def test_explicit_worker_kwargs_still_build_a_screener_per_worker(tmp_path, monkeypatch):
    from screener.screen import Screener

    screener = Screener()
    paths = _folder(tmp_path)
    monkeypatch.setattr(Screener, "__init__", lambda self, *a, **k: (_ for _ in ()).throw(RuntimeError("built")))
    code = run_batch(screener, paths, tmp_path / "out", fmt="json", quiet=True, jobs=2,
                     screener_kwargs=dict(screener.init_kwargs))
    assert code != EXIT_OK  # the workers tried to build their own (and could not)
