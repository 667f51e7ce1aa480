"""Small DOCX files built in memory with python-docx, for the loader tests.

Built here rather than stored so each test shows exactly what the file holds.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

ES_PARAGRAPH = (
    "El plan reconoce que la migración interna y la llegada de personas desde los países vecinos "
    "transforman la demanda de servicios de salud y de educación en los municipios de la frontera."
)
EN_PARAGRAPH = (
    "The plan recognises that internal migration and the arrival of people from neighbouring countries "
    "change the demand for health and education services in the border districts."
)
FR_PARAGRAPH = (
    "Le plan reconnaît que la migration interne et l'arrivée de personnes venant des pays voisins "
    "transforment la demande de services de santé et d'éducation dans les communes frontalières."
)


def to_bytes(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def tiny_png() -> bytes:
    """A valid 2x2 RGB PNG, written by hand."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def add_outline_style(document, name: str, level: int, style_id: str | None = None):
    """A paragraph style with a localized name and ``w:outlineLvl`` (0-based in the XML)."""
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if style_id:
        style.element.set(qn("w:styleId"), style_id)
    ppr = style.element.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level - 1))
    ppr.append(outline)
    return style


def add_named_style(document, name: str):
    """A paragraph style that is a heading by its name only (no outline level)."""
    return document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)


def set_outline(paragraph, level0: int) -> None:
    """Direct ``w:outlineLvl`` on a paragraph (0-based as in the XML)."""
    ppr = paragraph._p.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level0))
    ppr.append(outline)


def set_numbering(paragraph, num_id: int = 1, ilvl: int = 0) -> None:
    """Direct ``w:numPr`` (a numbered/bulleted list paragraph in Word)."""
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(lvl)
    num_pr.append(nid)
    ppr.insert(0, num_pr)


def add_rendered_break(paragraph, before_text: bool = True) -> None:
    """A ``w:lastRenderedPageBreak`` as Word saves it where a page began."""
    run = paragraph.runs[0] if paragraph.runs else paragraph.add_run()
    br = OxmlElement("w:lastRenderedPageBreak")
    if before_text:
        run._r.insert(0, br)
    else:
        run._r.append(br)


def plan_document() -> bytes:
    """A small Spanish plan: title, headings, list, table, header/footer, two hard page breaks."""
    d = docx.Document()
    d.core_properties.title = "Plan Municipal de Desarrollo"
    d.core_properties.author = "Alcaldía de Prueba"
    section = d.sections[0]
    section.header.paragraphs[0].text = "ENCABEZADO REPETIDO"
    section.footer.paragraphs[0].text = "PIE DE PÁGINA REPETIDO"
    d.add_heading("Plan Municipal de Desarrollo", level=0)  # style "Title"
    d.add_heading("Diagnóstico", level=1)
    d.add_paragraph(ES_PARAGRAPH)
    d.add_heading("Salud", level=2)
    d.add_paragraph("Atención primaria para la población migrante", style="List Bullet")
    d.add_paragraph("Vacunación en los puntos de frontera", style="List Number")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Presupuesto", level=1)
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "Sector"
    table.cell(0, 1).text = "Monto"
    table.cell(0, 2).text = "Fuente"
    table.cell(1, 0).text = "Salud"
    table.cell(1, 1).text = "100"
    table.cell(1, 2).text = "Municipio"
    merged = table.cell(2, 0).merge(table.cell(2, 2))
    merged.text = "Total fusionado"
    p = d.add_paragraph("Texto después de la tabla. ")
    p.add_run().add_break(WD_BREAK.PAGE)
    p.add_run("Continúa en la página tres.")
    return to_bytes(d)


def images_only_document() -> bytes:
    d = docx.Document()
    d.add_picture(io.BytesIO(tiny_png()))
    d.add_picture(io.BytesIO(tiny_png()))
    return to_bytes(d)


def empty_document() -> bytes:
    d = docx.Document()
    d.add_paragraph("")
    d.add_paragraph("   ")
    return to_bytes(d)


def rezip(data: bytes, replace: dict[str, bytes | None], *, extra: dict[str, bytes] | None = None) -> bytes:
    """A copy of the DOCX zip with some parts replaced (None drops the part) or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    dst.writestr(info.filename, replace[info.filename])
            else:
                dst.writestr(info.filename, src.read(info.filename))
        for name, payload in (extra or {}).items():
            dst.writestr(name, payload)
    return out.getvalue()


def document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml")


def check_document(doc) -> None:
    """The offsets contract every loader must keep (shared by the loader and fuzz tests)."""
    from screener.model import BLOCK_KINDS, Document

    assert doc.blocks, "a Document always has blocks"
    prev_end = -1
    for i, b in enumerate(doc.blocks):
        assert b.index == i
        assert b.kind in BLOCK_KINDS
        assert doc.text[b.start:b.end] == b.text, (b, doc.text[b.start:b.end])
        assert b.text.strip() and (b.kind == "table_row" or b.text == b.text.strip())
        assert b.start > prev_end
        prev_end = b.end
        if b.kind == "table_row":
            assert b.cells is not None and b.table is not None
            assert b.text == " | ".join(b.cells)
        else:
            assert b.cells is None and b.table is None
        assert (b.level is not None) == (b.kind == "heading")
        if doc.pages is None:
            assert b.page is None
        else:
            assert b.page is not None and 1 <= b.page <= doc.pages
    pages = [b.page for b in doc.blocks if b.page is not None]
    assert pages == sorted(pages), "pages never go backwards"
    heads = [b for b in doc.blocks if b.kind == "heading"]
    assert len(heads) == len(doc.sections)
    for i, (s, h) in enumerate(zip(doc.sections, heads)):
        assert s.index == i and s.title == h.text and s.start == h.start and s.level == h.level
        assert s.page == h.page
        assert s.start < s.end <= len(doc.text)
        if s.parent is not None:
            parent = doc.sections[s.parent]
            assert s.parent < i and parent.level < s.level
            assert parent.start < s.start and s.end <= parent.end
    for b in doc.blocks:
        containing = [s for s in doc.sections if s.start <= b.start < s.end]
        innermost = max(containing, key=lambda s: s.start) if containing else None
        assert b.section == (innermost.index if innermost else None)
    assert Document.from_dict(doc.to_dict()) == doc
