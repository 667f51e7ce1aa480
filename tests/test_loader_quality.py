"""The loader on real plans: benchmarks/loader_quality.py's measures on ../shared/corpus.

Skipped (with the reason printed) when the corpus is absent. Broken paragraphs, split
ligatures, contents pages and furniture are checked on a subset of ten documents (laws,
national plans, a municipal plan, a gazette, an evaluation; chosen to cover layouts, not by
their scores); paragraph boundaries on every page of the hand-written gold
(gold/paragraphs.jsonl, 36 pages of 24 PDFs). Issue 8's boundary target is 0.95 for both
precision and recall; the whole gold measured 0.933 / 0.976 when the loader landed and
0.958 / 0.976 once wrapped table headers were rebuilt (2026-12-04), so the floors below are
the target and the recall measured then, to be raised as the loader improves, never lowered.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import loader_quality as lq  # noqa: E402

# Laws, national plans, a municipal plan, a gazette and an evaluation in the three languages;
# justified, ragged, two-column, bullet-heavy and table pages; one with split ligatures (ec_guia).
SUBSET = [
    "en/np_constitution_2015_en.pdf",
    "en/ke_nap_2015-2030.pdf",
    "en/cd_nap_2022-2026_en.pdf",
    "en/tl_nap_2021.pdf",
    "es/bo_pei_punata_2021-2025.pdf",
    "es/ec_guia_senplades_transferencias_gad.pdf",
    "es/mx_pdm_tanhuato_2018-2021.pdf",
    "fr/ma_code_du_travail_2011.pdf",
    "fr/ht_oim_dialogue_binational_rapport_initial.pdf",
    "fr/bj_pna_changements_climatiques_2022.pdf",
]

CORPUS = lq.default_corpus()


@pytest.fixture(scope="module")
def measured():
    if not CORPUS.is_dir():
        reason = f"real-document corpus not found at {CORPUS} (set SCREENER_CORPUS or check out ../shared/corpus)"
        print(f"SKIPPED: {reason}")
        pytest.skip(reason)
    paths = [CORPUS / f for f in SUBSET if (CORPUS / f).is_file()]
    if len(paths) < len(SUBSET):
        pytest.skip(f"corpus at {CORPUS} lacks some of the subset's files")
    gold = [g for g in lq.load_gold() if g["file"] in SUBSET]
    stats, summary = lq.run(CORPUS, paths, gold=gold)
    return stats, summary


def test_no_document_failed(measured):
    stats, _ = measured
    assert [s.file for s in stats if s.error] == []


def test_broken_paragraphs_at_most_3_percent_per_language(measured):
    stats, _ = measured
    for lang, v in lq.by_language(stats).items():
        examples = [e for s in stats if s.lang == lang for e in s.broken_examples][:5]
        assert v["broken_share"] <= lq.TARGET_BROKEN, (lang, v["broken_share"], examples)


def test_no_split_ligature_left(measured):
    stats, _ = measured
    left = {s.file: s.ligatures for s in stats if s.ligatures}
    assert left == {}


BOUNDARY_FLOORS = (0.95, 0.97)  # precision, recall on the whole gold (target: lq.TARGET_BOUNDARY)


def test_paragraph_boundaries_match_the_whole_gold():
    if not CORPUS.is_dir():
        pytest.skip(f"real-document corpus not found at {CORPUS}")
    gold = lq.load_gold()
    files = sorted({g["file"] for g in gold})
    _, summary = lq.run(CORPUS, [CORPUS / f for f in files], gold=gold, log=lambda *a: None)
    assert summary["pages"] == len(gold) >= 30 and len(files) >= 10
    notes = dict(list(summary["notes"].items())[:6])
    assert summary["precision"] >= BOUNDARY_FLOORS[0], (summary["precision"], notes)
    assert summary["recall"] >= BOUNDARY_FLOORS[1], (summary["recall"], notes)


def test_contents_pages_are_found(measured):
    stats, _ = measured
    by_file = {s.file: s for s in stats}
    assert by_file["en/np_constitution_2015_en.pdf"].roles.get("contents", 0) >= 3
    assert by_file["fr/bj_pna_changements_climatiques_2022.pdf"].roles.get("contents", 0) >= 3
    assert by_file["en/ke_nap_2015-2030.pdf"].roles.get("acronyms", 0) >= 1


def test_no_running_furniture_left_in_the_gazette_and_the_law(measured):
    stats, _ = measured
    by_file = {s.file: s for s in stats}
    for f in ("es/mx_pdm_tanhuato_2018-2021.pdf", "fr/ma_code_du_travail_2011.pdf", "en/np_constitution_2015_en.pdf"):
        assert by_file[f].furniture == [], (f, by_file[f].furniture[:5])


def test_wrapped_table_header_is_one_row_and_the_running_path_is_furniture():
    """Zipaquirá plan, page 30: the header cells wrap over one to three lines each
    ("Indicador / Producto / PDM", "Meta de / producto / cuatrienio"), staggered; they make
    one table row, not a heading per printed line. The file path printed under the
    letterhead of every page ("PDM 2024-2027\\1.1.") is furniture."""
    path = CORPUS / "es/co_pdm_zipaquira_2024-2027.pdf"
    if not path.is_file():
        pytest.skip(f"corpus file not found: {path}")
    from screener.loaders import load

    doc = load(path)
    page = [b for b in doc.blocks if b.page == 30]
    rows = [b.cells for b in page if b.kind == "table_row"]
    assert any("Indicador Producto PDM" in cells and "Unidad de medida" in cells for cells in rows), rows[:3]
    assert not any(b.kind != "table_row" and b.text in ("Meta de", "PDM cuatrienio cuatrienio") for b in page)
    assert not any("PDM 2024-2027\\1.1." in b.text for b in doc.blocks)
