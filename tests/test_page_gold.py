"""The screen on real plans: page-level figures on the corpus gold set may not fall.

Screens every labelled document of ../shared/corpus with the default settings (as
`screener evaluate --pages gold/corpus_pages.tsv ../shared/corpus` does) and checks each
language against the floors below: the figures measured when they were last raised, a
little rounded down. Issue 9's targets are in ``screener.page_eval.TARGETS``; a floor is
raised to its target once the screen reaches it, never lowered to let a change through.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.page_eval import evaluate_pages, read_gold, resolve_documents
from screener.screen import Screener

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "gold" / "corpus_pages.tsv"

# language -> (counted precision, counted recall, verdicts right / documents), measured 2026-12-04
# without OCR (en 0.980 / 0.980, 11 of 12 verdicts; es 1.000 / 1.000, 18 of 18; fr 0.989 / 0.989,
# 10 of 11; with --ocr the same but fr 0.990 / 1.000). The lexicon was tuned on this gold's misses and false hits:
# development figures.
FLOORS = {
    "en": (0.97, 0.97, 0.91),
    "es": (0.99, 0.99, 1.0),
    "fr": (0.98, 0.98, 0.90),
}


@pytest.fixture(scope="module")
def result():
    if not CORPUS.is_dir():
        pytest.skip(f"the real-document corpus is not at {CORPUS} (it ships beside the repo, not in it)")
    gold = read_gold(GOLD)
    docs = resolve_documents(gold, [CORPUS])
    return evaluate_pages(gold, docs, Screener().screen_file)


def test_gold_set_is_large_enough_and_every_document_is_found():
    gold = read_gold(GOLD)
    files = {g.file for g in gold}
    assert len(gold) >= 600 and len(files) >= 25
    for lang in ("en", "es", "fr"):
        assert sum(g.file.startswith(lang + "/") for g in gold) >= 150, lang
    if CORPUS.is_dir():
        assert set(resolve_documents(gold, [CORPUS])) == files


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_page_figures_do_not_fall(result, lang):
    m = result["languages"][lang]
    precision, recall, verdicts = FLOORS[lang]
    assert (m["counted"]["precision"] or 0) >= precision, m["counted"]
    assert (m["counted"]["recall"] or 0) >= recall, m["counted"]
    assert m["verdicts"]["right"] / m["verdicts"]["documents"] >= verdicts, m["verdicts"]


# The held-out gold: 418 sheets of the corpus's TXT plans, labelled blind and never used to
# tune the screen (docs/evaluation.md). Measured 2026-12-04: en 0.959 / 0.867 (an earlier note said 0.874: mis-recorded), 5 of 5 verdicts;
# re-measured unchanged after the lexicon changes of the same day (issue 9, remaining figures).
# French has one substantive sheet (an internship abroad), missed, and one false-hit sheet, so only English has floors.
HELDOUT = ROOT / "gold" / "heldout_text_sheets.tsv"
HELDOUT_FLOORS = {"en": (0.95, 0.86, 1.0)}


@pytest.fixture(scope="module")
def heldout():
    if not CORPUS.is_dir():
        pytest.skip(f"the real-document corpus is not at {CORPUS} (it ships beside the repo, not in it)")
    gold = read_gold(HELDOUT)
    return evaluate_pages(gold, resolve_documents(gold, [CORPUS]), Screener().screen_file)


def test_heldout_gold_covers_the_text_plans():
    gold = read_gold(HELDOUT)
    assert len(gold) >= 400 and len({g.file for g in gold}) == 7
    assert all(g.file.endswith(".txt") for g in gold)


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(HELDOUT_FLOORS))
def test_heldout_figures_do_not_fall(heldout, lang):
    m = heldout["languages"][lang]
    precision, recall, verdicts = HELDOUT_FLOORS[lang]
    assert (m["counted"]["precision"] or 0) >= precision, m["counted"]
    assert (m["counted"]["recall"] or 0) >= recall, m["counted"]
    assert m["verdicts"]["right"] / m["verdicts"]["documents"] >= verdicts, m["verdicts"]
