"""The PDF loader on the sample plans: every hand-written quote comes back, on its page.

``sample_docs/expected/*.yaml`` lists, for each sample, quotes written by hand from the
source before any screener ran: migration passages (with their PDF page, and
``table: true`` for table cells), false friends and hard negatives. Every one must be in
the text ``screener.loaders.load`` extracts from the PDF, up to whitespace and hyphenation
at line ends; a table quote must sit inside one cell. The tables of the sources must come
back row by row, cell by cell, and no table row may turn into a section heading.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from screener.loaders import load
from screener.model import Document

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_docs"


def _pdf_expectations() -> dict[str, dict]:
    out = {}
    for path in sorted((SAMPLES / "expected").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and str(data.get("document", "")).endswith(".pdf"):
            out[data["document"]] = data
    return out


EXPECTED = _pdf_expectations()
NAMES = sorted(EXPECTED)


@lru_cache(maxsize=None)
def _doc(name: str) -> Document:
    return load(SAMPLES / name)


def normalise(text: str) -> tuple[str, list[int]]:
    """Whitespace runs collapsed to one space, a hyphen at a line break joined; with the
    offset in ``text`` of every character kept."""
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                where.append(i)
            i += 1
            continue
        if c in "-\u00ad" and out and out[-1].isalpha():
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            if j > i + 1 and j < n and text[j].islower():
                i = j  # "migra- ción" -> "migración"
                continue
        out.append(c)
        where.append(i)
        i += 1
    return "".join(out), where


def _norm(text: str) -> str:
    return normalise(text)[0].strip()


def _pages_of(doc: Document, start: int, end: int) -> set[int]:
    """Pages the text between two offsets can be on: from the page of the block it starts
    in to the page of the block after the one it ends in (a block only knows its first page)."""
    blocks = doc.blocks
    first = next(k for k, b in enumerate(blocks) if b.end >= start)
    last = next((k for k, b in enumerate(blocks) if b.end >= end), len(blocks) - 1)
    lo = blocks[first].page or 0
    hi = blocks[min(last + 1, len(blocks) - 1)].page or lo
    return set(range(lo, max(lo, hi) + 1))


def _occurrences(doc: Document, quote: str) -> list[tuple[int, int]]:
    text, where = normalise(doc.text)
    q = _norm(quote)
    spans = []
    for m in re.finditer(re.escape(q), text):
        spans.append((where[m.start()], where[m.end() - 1] + 1))
    return spans


def test_there_are_pdf_samples_with_expectations():
    assert {"pdot_es.pdf", "sector_programme_en.pdf"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_migration_passages_found_on_their_page(name):
    doc = _doc(name)
    missing, wrong_page = [], []
    for p in EXPECTED[name]["migration_passages"]:
        spans = _occurrences(doc, p["quote"])
        if not spans:
            missing.append(p["quote"])
            continue
        if not any(p["page"] in _pages_of(doc, a, b) for a, b in spans):
            pages = sorted(set().union(*(_pages_of(doc, a, b) for a, b in spans)))
            wrong_page.append(f"{p['quote']!r}: expected page {p['page']}, found on {pages}")
    assert not missing, f"{len(missing)} quotes not in the text of {name}: {missing}"
    assert not wrong_page, "\n".join(wrong_page)


@pytest.mark.parametrize("name", NAMES)
def test_table_quotes_are_inside_one_cell(name):
    doc = _doc(name)
    cells = [_norm(c) for b in doc.blocks if b.kind == "table_row" for c in b.cells]
    quotes = [p["quote"] for p in EXPECTED[name]["migration_passages"] if p.get("table")]
    assert quotes
    outside = [q for q in quotes if not any(_norm(q) in c for c in cells)]
    assert not outside, f"table quotes not inside one cell of {name}: {outside}"


@pytest.mark.parametrize("name", NAMES)
def test_false_friends_and_hard_negatives_found(name):
    doc = _doc(name)
    quotes = list(EXPECTED[name].get("false_friends") or []) + list(EXPECTED[name].get("hard_negatives") or [])
    assert quotes
    missing = [q for q in quotes if not _occurrences(doc, q)]
    assert not missing, f"quotes not in the text of {name}: {missing}"


_CODE_TITLE = re.compile(r"^[A-Z]{1,4}-\d")


@pytest.mark.parametrize("name", NAMES)
def test_no_section_title_is_a_table_row(name):
    doc = _doc(name)
    rows = {" ".join(c for c in b.cells if c) for b in doc.blocks if b.kind == "table_row" and sum(1 for c in b.cells if c) >= 2}
    bad = []
    for s in doc.sections:
        letters = sum(ch.isalpha() for ch in s.title)
        digits = sum(ch.isdigit() for ch in s.title)
        if " | " in s.title or _CODE_TITLE.match(s.title) or digits > 2 * letters or s.title in rows:
            bad.append(s.title)
    assert not bad, f"section titles that are table rows in {name}: {bad}"
    # And so no table row sits under such a section.
    for b in doc.blocks:
        if b.kind == "table_row":
            assert not any(t in rows for t in doc.section_path(b.section))


@pytest.mark.parametrize("name", NAMES)
def test_source_tables_come_back_cell_by_cell(name):
    """Each row of each table of the sample's source is one table row with the same cells."""
    sys.path.insert(0, str(REPO / "tools"))
    import build_samples as bs
    import plan_render as pr

    src = bs.source_for(bs.target(name))
    got = {b.cells for b in _doc(name).blocks if b.kind == "table_row"}
    tables = [el for el in src.elements if el.kind == "table"]
    assert tables
    missing = []
    for el in tables:
        for row in el.rows:
            want = tuple(" ".join(pr.strip_inline(c).split()) for c in row)
            if want not in got:
                missing.append(want)
    assert not missing, f"{len(missing)} source table rows not rebuilt in {name}: {missing[:5]}"


@pytest.mark.parametrize("name", NAMES)
def test_a_table_split_by_a_page_break_keeps_one_header(name):
    doc = _doc(name)
    tables: dict[int, list] = {}
    for b in doc.blocks:
        if b.kind == "table_row":
            tables.setdefault(b.table, []).append(b)
    for rows in tables.values():
        header = rows[0].cells
        assert sum(1 for r in rows if r.cells == header) == 1, header
        assert [r.page for r in rows] == sorted(r.page for r in rows)


def test_normalise():
    assert normalise("la migra-\n ción  interna")[0] == "la migración interna"
    assert normalise("socio-económicas")[0] == "socio-económicas"
    assert normalise("COVID- 19")[0] == "COVID- 19"
    text = "a  b\n\nc"
    norm, where = normalise(text)
    assert norm == "a b c" and [text[k] for k in where] == ["a", " ", "b", "\n", "c"]
