"""Pages turned by /Rotate: read where they are seen, and never dropped as "rotated text"."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from fpdf.enums import TextMode

from screener.loaders import load

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")

LINES = [
    "Remittances from migrant workers abroad support the households of the district.",
    "The plan funds a help desk for returning migrants in every municipal office.",
    "Displaced families receive housing support under the second programme.",
]


def turned_pdf(rotate: int, text_turned_back: bool, lines: list[str] = LINES, *,
               mode: TextMode = TextMode.FILL, word_by_word: bool = False) -> bytes:
    """A page turned by /Rotate ``rotate``; its text drawn upwards (``text_turned_back``: it
    reads upright once the page turns by 90) or as on any page; ``word_by_word``: every word a
    text object of its own, as ocrmypdf writes an OCR layer (``mode`` INVISIBLE)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text_mode = mode
    for row, line in enumerate(lines):
        if text_turned_back:
            x, y = 100.0 + 16 * row, 700.0
            for word in line.split() if word_by_word else [line]:
                with pdf.rotation(90, x, y):
                    pdf.text(x, y, word)
                y -= pdf.get_string_width(word + " ")
        else:
            pdf.text(60.0, 100.0 + 16 * row, line)
    doc = pdfium.PdfDocument(bytes(pdf.output()))
    doc[0].set_rotation(rotate)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("rotate", [90, 270])
def test_text_not_turned_with_its_page_is_read(tmp_path, rotate):
    """A landscape table printed across a portrait sheet: the page is turned, its text is not.
    It was all dropped as rotated text (48 pages of the Nepal budget speech)."""
    path = tmp_path / "t.pdf"
    path.write_bytes(turned_pdf(rotate, text_turned_back=False))
    text = " ".join(b.text for b in load(path).blocks)
    for line in LINES:
        assert line in text, text


def test_text_turned_back_with_its_page_reads_in_order(tmp_path):
    path = tmp_path / "t.pdf"
    path.write_bytes(turned_pdf(90, text_turned_back=True))
    doc = load(path)
    text = " ".join(b.text for b in doc.blocks)
    for line in LINES:
        assert line in text, text
    assert text.index(LINES[0]) < text.index(LINES[1]) < text.index(LINES[2])  # top to bottom as seen


def test_an_ocr_text_layer_on_a_turned_page_keeps_its_words_whole(tmp_path):
    """Invisible text (an OCR layer) on a page turned by /Rotate: its words' boxes lie one
    above the other in the page's own coordinates, which once made rows and cells of them
    and cut their first letters off ("éplacée" on the OCHA scan). Read as lines, in order."""
    lines = [
        "Les femmes et les filles et particulierement celles deplacees demeurent les",
        "plus exposees aux risques de protection et aux barrieres d'acces aux services,",
        "en particulier dans les situations de deplacement force dans le pays entier.",
    ]
    path = tmp_path / "layer.pdf"
    path.write_bytes(turned_pdf(90, True, lines, mode=TextMode.INVISIBLE, word_by_word=True))
    text = " ".join(b.text for b in load(path).blocks)
    assert "particulierement celles deplacees demeurent les" in text, text
    assert "situations de deplacement force" in text, text


@needs_corpus
def test_corpus_turned_pages():
    budget = load(CORPUS / "en/np_budget_speech_2017-18.pdf")
    pages = {b.page for b in budget.blocks}
    assert set(range(66, 70)) <= pages and set(range(84, 100)) <= pages
    assert "Cash and Non Cash Expenditure by Economic Heads" in " ".join(b.text for b in budget.blocks if b.page == 66)
    congo = load(CORPUS / "en/cd_nap_2022-2026_en.pdf")
    p57 = " ".join(b.text for b in congo.blocks if b.page == 57)
    assert "due to having to move unexpectedly" in p57 and "from their destroyed homes" in p57
    assert "Destruction of the homes of indigenous" in p57  # was "truction of the homes of in"
