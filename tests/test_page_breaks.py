"""A paragraph printed over a page break: one block, and evidence cites the page its words are on.

Real plans run sentences over page breaks; the loader joins them into one block (a reviewer
quotes whole sentences), and ``Block.page_breaks`` keeps where the next page starts, so a
finding whose term is printed on page 2 says page 2, not the block's first page.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_factory import PlanPDF, prose  # noqa: E402
from screener.loaders import load_bytes  # noqa: E402
from screener.loaders.base import DocumentBuilder, page_mark  # noqa: E402
from screener.model import Document  # noqa: E402
from screener.screen import Screener  # noqa: E402


def _lines(pdf: PlanPDF, lines: list[str], size: float = 10) -> None:
    pdf.set_font(pdf.family_name, "", size)
    for line in lines:
        pdf.cell(0, size * 0.5, line, new_x="LMARGIN", new_y="NEXT")


def _carried_pdf() -> bytes:
    pdf = PlanPDF(footer="{n}")
    pdf.add_page()
    pdf.para(prose(40, seed=3))
    pdf.set_y(pdf.h - 35)
    _lines(pdf, ["The municipality will improve school buildings, water supply and rural roads for"])
    pdf.add_page()
    _lines(pdf, ["households that receive remittances from relatives working abroad in the Gulf states."])
    return pdf.bytes()


def test_a_paragraph_over_a_page_break_keeps_where_the_page_turns():
    doc = load_bytes("t.pdf", _carried_pdf())
    block = next(b for b in doc.blocks if b.text.startswith("The municipality will improve"))
    assert block.page == 1 and len(block.page_breaks) == 1
    at, page = block.page_breaks[0]
    assert page == 2 and block.text[at:].startswith("households that receive")
    assert block.page_at(0) == 1 and block.page_at(at - 1) == 1 and block.page_at(at) == 2
    again = Document.from_dict(doc.to_dict())  # the JSON document model keeps it (schema 1.2)
    assert again.blocks[block.index].page_breaks == block.page_breaks


def test_a_finding_cites_the_page_its_term_is_printed_on():
    doc = load_bytes("t.pdf", _carried_pdf())
    block = next(b for b in doc.blocks if b.text.startswith("The municipality will improve"))
    result = Screener().screen(doc)
    f = next(f for f in result.findings if f.block == block.index and f.matched == "remittances")
    assert f.page == 2 and block.page == 1


def test_builder_removes_page_marks_and_records_breaks():
    b = DocumentBuilder()
    b.paragraph("first part of a sentence " + page_mark(8) + "that goes on over the page " + page_mark(9) + "and on.", 7)
    b.paragraph("a paragraph without a break", 9)
    doc = b.build("x.pdf", b"x", "pdf", 9, language="en")
    first, second = doc.blocks
    assert "\ue000" not in doc.text and first.text == "first part of a sentence that goes on over the page and on."
    assert [(first.text[at:at + 4], p) for at, p in first.page_breaks] == [("that", 8), ("and ", 9)]
    assert second.page_breaks == () and second.page_at(3) == 9
