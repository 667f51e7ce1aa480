"""HTML and Markdown reports read as an official would: the first page answers, no internals
outside the "explain" toggles, everything in the report language, the heatmap agrees with
the rating, document text escaped, one self-contained file."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from screener.report import render
from screener.report.i18n import LANGUAGES, MESSAGES, t
from screener.report.view import (localize_warning, position_text, priority_gaps, rating_from_cells, sector_cells,
                                  sector_rating)
from screener.screen import ScreenOptions, Screener
from screener.stages import STAGES

ROOT = Path(__file__).resolve().parent.parent
# ../shared/corpus beside the repository (a git worktree sits one level deeper)
CORPUS = next((p for p in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus") if p.exists()),
              ROOT.parent / "shared" / "corpus")
TERM_ID = re.compile(r"\b[a-z_]+:(?:en|es|fr):\d+\b")
OFFSETS = re.compile(r"\bchars \d+|\bcaracteres \d+|\bcaractères \d+")


@pytest.fixture(scope="module")
def screener():
    return Screener()


@pytest.fixture(scope="module")
def pdot(screener):
    return screener.screen_file(ROOT / "sample_docs" / "pdot_es.pdf")


def _visible(html: str) -> str:
    """The text a reader sees with every toggle closed (explain and detail folded away)."""
    soup = BeautifulSoup(html, "html.parser")
    for el in soup.select("details.explain, style, title"):
        el.decompose()
    return soup.get_text(" ")


def test_every_message_is_in_three_languages():
    missing = [k for k, v in MESSAGES.items() if set(LANGUAGES) - set(v)]
    assert not missing, missing


def test_first_page_order_and_content(pdot):
    html = render(pdot, "html")
    soup = BeautifulSoup(html, "html.parser")
    h2 = [h.get_text(" ", strip=True) for h in soup.find_all("h2")]
    assert h2[:5] == [t(k, "es") for k in ("position", "priority_gaps", "already_addressed", "matrix", "detail")]
    assert position_text(pdot) in soup.select_one("p.position").get_text()
    gaps = soup.select_one("table.gaps").get_text(" ")
    for sec in pdot.sectors:
        if sec.present:
            for g in priority_gaps(pdot, sec.sector, 2):
                assert g.recommendation in gaps
    done = soup.select("ul.done li")
    assert done and all("“" in li.get_text() for li in done)  # each addressed linkage with its quote


def test_no_internals_outside_explain_toggles(pdot):
    for lang in LANGUAGES:
        res = dataclasses.replace(pdot, report_lang=lang)
        html = render(res, "html")
        seen = _visible(html)
        assert not TERM_ID.search(seen) and not OFFSETS.search(seen)
        assert not re.search(r"\bF\d{4}\b", seen)  # finding ids
        assert not re.search(r"\((?:lower|lemma|tokens|regex)\b", seen)  # match rules
        for e in pdot.excluded:
            assert e.excluded_by not in seen  # 'data_migration' and the like
        # but they are there for whoever opens a toggle
        assert TERM_ID.search(html) and f"<summary>{t('explain', lang)}</summary>" in html
        md = render(res, "md")
        assert not TERM_ID.search(md) and not OFFSETS.search(md) and not re.search(r"`F\d{4}`", md)


def test_heatmap_and_rating_agree_with_the_engine(pdot):
    soup = BeautifulSoup(render(pdot, "html"), "html.parser")
    rows = soup.select("table.heat tbody tr")
    present = [s for s in pdot.sectors if s.present]
    assert len(rows) == len(present)
    for sec, row in zip(present, rows):
        tds = row.find_all("td")
        assert tds[0].select_one(".num").get_text() == str(sec.rating)  # the engine's rating
        cells = sector_cells(pdot, sec.sector)
        for st, td in zip(STAGES, tds[1:]):
            assert f"c-{cells[st].status}" in td["class"]
        # a full cell in a forward stage always means a rating of at least 2, and vice versa
        forward = [cells[st].status == "addressed" for st in STAGES[1:]]
        assert (sec.rating >= 2) == any(forward)


def test_passing_mentions_do_not_fill_a_cell():
    from screener.report.view import Cell

    cells = {st: Cell("missing", 0, 0, 0) for st in STAGES}
    cells["situation_analysis"] = Cell("addressed", 2, 0, 0)
    cells["budget"] = Cell("partly", 0, 1, 0)  # the budget finding is 'in passing'
    r = rating_from_cells(cells, True, "en")
    assert r.value == 1 and "diagnosis" in r.rule and r.next_step
    cells["actions"] = Cell("addressed", 1, 0, 0)
    cells["indicators"] = Cell("addressed", 1, 0, 0)
    assert rating_from_cells(cells, True, "en").value == 2  # budget only in passing: not 3
    cells["budget"] = Cell("addressed", 1, 0, 0)
    assert rating_from_cells(cells, True, "en").value == 3


@pytest.mark.parametrize("plan", ["es/co_pdm_florencia_2020-2023.pdf", "fr/bj_pna_changements_climatiques_2022.pdf",
                                  "en/lc_nap_2018-2028.pdf"])
def test_rating_rule_matches_the_engine_on_real_plans(screener, plan):
    path = CORPUS / plan
    if not path.exists():
        pytest.skip(f"corpus not found at {CORPUS} (../shared/corpus)")
    res = screener.screen_file(path)
    for sec in res.sectors:
        if sec.present:
            r = sector_rating(res, sec.sector)
            assert r.value == sec.rating, sec.sector
            assert r.if_confirmed == max(sec.rating, sec.rating_if_confirmed), sec.sector


def test_warnings_are_in_the_report_language():
    w = "1 page 3 has no text layer (scanned images) and were not read; run OCR (e.g. `ocrmypdf`) to include them"
    es = localize_warning(w, "es")
    assert es.startswith("Las páginas 3 no tienen capa de texto") and "page" not in es
    assert localize_warning("4 pages 2-5 have no text layer (scanned images) and were not read", "fr").startswith("Les pages 2-5")
    assert "léxico" in localize_warning("document language 'de' has no lexicon; screened with the English lexicon", "es")
    assert localize_warning("something new", "fr") == "something new"


def test_document_text_is_escaped_and_the_file_self_contained(pdot):
    fid = pdot.sector(pdot.summary["sectors_present"][0]).findings[0]
    nasty = "<script>alert(1)</script> migrantes <img src=x onerror=alert(1)> & \"quotes\""
    bad = dataclasses.replace(pdot.finding(fid), text=nasty, start=0, end=len(nasty), match_start=0, match_end=0)
    doc = dataclasses.replace(pdot.document, metadata={**pdot.document.metadata, "title": "<b>Plan</b>"})
    res = dataclasses.replace(pdot, document=doc, findings=tuple(bad if f.id == fid else f for f in pdot.findings), _index={})
    for fmt in ("html", "md"):
        out = render(res, fmt)
        assert "<script" not in out and "<img" not in out and "<b>Plan" not in out
    html = render(res, "html")
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&lt;b&gt;Plan&lt;/b&gt;" in html
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html) and "<link" not in html
    assert "default-src 'none'" in html
