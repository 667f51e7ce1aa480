"""DOCX loader: structure, pages, localized styles and every bad-input path."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

import docx_factory as f
from screener.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    NoTextLayerError,
    TooLargeError,
    UnsupportedFormatError,
)
from screener.loaders import load_bytes
from screener.loaders import docx as docx_loader
from screener.loaders.docx import load_docx

PATH = Path("plan.docx")


def load(data: bytes):
    doc = load_docx(PATH, data)
    f.check_document(doc)
    return doc


def kinds(doc):
    return [(b.kind, b.text) for b in doc.blocks]


# ----------------------------------------------------------------------------- structure


def test_plan_document_structure_and_metadata():
    doc = load(f.plan_document())
    assert doc.format == "docx"
    assert doc.language == "es"
    assert doc.metadata["title"] == "Plan Municipal de Desarrollo"
    assert doc.metadata["author"] == "Alcaldía de Prueba"
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert heads == [("Plan Municipal de Desarrollo", 1), ("Diagnóstico", 1), ("Salud", 2), ("Presupuesto", 1)]
    assert [b.text for b in doc.blocks if b.kind == "list_item"] == [
        "Atención primaria para la población migrante",
        "Vacunación en los puntos de frontera",
    ]
    assert doc.section_path(doc.blocks[4].section) == ["Diagnóstico", "Salud"]


def test_headers_and_footers_are_excluded():
    doc = load(f.plan_document())
    assert "ENCABEZADO" not in doc.text
    assert "PIE DE PÁGINA" not in doc.text


def test_tables_in_reading_order_and_merged_cells_not_duplicated():
    doc = load(f.plan_document())
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [r.cells for r in rows] == [("Sector", "Monto", "Fuente"), ("Salud", "100", "Municipio"), ("Total fusionado",)]
    assert {r.table for r in rows} == {0}
    order = [b.kind for b in doc.blocks]
    first_row = order.index("table_row")
    assert doc.blocks[first_row - 1].text == "Presupuesto"
    assert doc.blocks[first_row + 3].text.startswith("Texto después de la tabla")
    assert doc.text.count("Total fusionado") == 1


def test_vertical_merge_and_nested_table():
    d = docx.Document()
    d.add_paragraph(f.EN_PARAGRAPH)
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text = "Region"
    t.cell(0, 1).text = "Measure"
    top = t.cell(1, 0).merge(t.cell(2, 0))
    top.text = "North"
    t.cell(1, 1).text = "Border clinics"
    t.cell(2, 1).text = "Schools"
    inner = t.cell(2, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "Year"
    inner.cell(0, 1).text = "Cost"
    inner.cell(1, 0).text = "2025"
    inner.cell(1, 1).text = "300"
    doc = load(f.to_bytes(d))
    rows = [(b.table, b.cells) for b in doc.blocks if b.kind == "table_row"]
    assert rows == [
        (0, ("Region", "Measure")),
        (0, ("North", "Border clinics")),
        (0, ("", "Schools")),  # the merged cell is not repeated
        (1, ("Year", "Cost")),  # the nested table follows its row, as its own table
        (1, ("2025", "300")),
    ]
    assert doc.text.count("North") == 1


def test_one_cell_layout_table_is_read_as_body():
    d = docx.Document()
    t = d.add_table(rows=1, cols=1)
    cell = t.cell(0, 0)
    cell.paragraphs[0].text = "Encadré"
    cell.paragraphs[0].style = d.styles["Heading 2"]
    cell.add_paragraph(f.FR_PARAGRAPH)
    doc = load(f.to_bytes(d))
    assert kinds(doc) == [("heading", "Encadré"), ("paragraph", f.FR_PARAGRAPH)]
    assert doc.language == "fr"


def test_localized_heading_styles_and_outline_levels():
    d = docx.Document()
    f.add_outline_style(d, "Título 1", 1, style_id="Ttulo1")
    f.add_outline_style(d, "Titre 2", 2)
    f.add_named_style(d, "Überschrift 3")  # heading by its name only
    f.add_named_style(d, "Título")  # the document title style, Spanish
    f.add_named_style(d, "Mi estilo")  # not a heading
    d.add_paragraph("Plan de Desarrollo", style="Título")
    d.add_paragraph("Contexto", style="Título 1")
    d.add_paragraph("Démographie", style="Titre 2")
    d.add_paragraph("Bevölkerung", style="Überschrift 3")
    d.add_paragraph("Texto normal con estilo propio.", style="Mi estilo")
    direct = d.add_paragraph("Encabezado por nivel de esquema")
    f.set_outline(direct, 1)
    body = d.add_paragraph("Cuerpo en estilo de título", style="Heading 1")
    f.set_outline(body, 9)  # outline level 9 = body text, overrides the style
    doc = load(f.to_bytes(d))
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        ("heading", "Plan de Desarrollo", 1),
        ("heading", "Contexto", 1),
        ("heading", "Démographie", 2),
        ("heading", "Bevölkerung", 3),
        ("paragraph", "Texto normal con estilo propio.", None),
        ("heading", "Encabezado por nivel de esquema", 2),
        ("paragraph", "Cuerpo en estilo de título", None),
    ]
    assert doc.sections[2].parent == 1


def test_style_inherits_outline_level_through_based_on():
    d = docx.Document()
    child = f.add_named_style(d, "Capítulo propio")
    child.base_style = d.styles["Heading 2"]
    d.add_paragraph("Heredado", style="Capítulo propio")
    doc = load(f.to_bytes(d))
    assert (doc.blocks[0].kind, doc.blocks[0].level) == ("heading", 2)


def test_lists_from_numbering_and_list_styles():
    d = docx.Document()
    numbered = d.add_paragraph("Item with direct numbering")
    f.set_numbering(numbered, num_id=1)
    d.add_paragraph("Item in a list style", style="List Bullet")
    not_list = d.add_paragraph("List style with numbering switched off", style="List Number")
    f.set_numbering(not_list, num_id=0)
    d.add_paragraph("Plain paragraph")
    doc = load(f.to_bytes(d))
    assert [b.kind for b in doc.blocks] == ["list_item", "list_item", "paragraph", "paragraph"]


def test_numbered_heading_stays_a_heading():
    d = docx.Document()
    h = d.add_heading("Introducción", level=1)
    f.set_numbering(h, num_id=1)
    doc = load(f.to_bytes(d))
    assert doc.blocks[0].kind == "heading"


def test_content_controls_insertions_deletions_and_text_boxes():
    d = docx.Document()
    d.add_paragraph("Antes")
    body = d.element.body
    sdt = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Dentro del control</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(len(body) - 1, sdt)
    tracked = parse_xml(
        f"<w:p {nsdecls('w')}><w:r><w:t xml:space=\"preserve\">Texto </w:t></w:r>"
        "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>borrado </w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>insertado</w:t></w:r></w:ins></w:p>"
    )
    body.insert(len(body) - 1, tracked)
    boxed = parse_xml(
        f"<w:p {nsdecls('w')} xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:r><w:t>Ancla</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        "<w:p><w:r><w:t>En el cuadro de texto</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    body.insert(len(body) - 1, boxed)
    doc = load(f.to_bytes(d))
    assert [b.text for b in doc.blocks] == ["Antes", "Dentro del control", "Texto insertado", "Ancla", "En el cuadro de texto"]
    assert "borrado" not in doc.text


def test_table_of_contents_entries_are_skipped():
    d = docx.Document()
    toc = f.add_named_style(d, "toc 1")
    d.add_paragraph("Introducción\t3", style=toc)
    d.add_heading("Introducción", 1)
    d.add_paragraph(f.ES_PARAGRAPH)
    doc = load(f.to_bytes(d))
    assert doc.text.count("Introducción") == 1


# ----------------------------------------------------------------------------- pages


def test_no_page_breaks_means_unknown_pages():
    d = docx.Document()
    d.add_heading("Uno", 1)
    d.add_paragraph(f.ES_PARAGRAPH)
    doc = load(f.to_bytes(d))
    assert doc.pages is None
    assert all(b.page is None for b in doc.blocks)
    assert all(s.page is None for s in doc.sections)


def test_hard_page_breaks_count_pages():
    doc = load(f.plan_document())
    assert doc.pages == 3  # the last paragraph runs over onto page 3
    by_text = {b.text[:12]: b.page for b in doc.blocks}
    assert by_text["Diagnóstico"] == 1
    assert by_text["Presupuesto"] == 2
    assert by_text["Texto despué"] == 2  # a block's page is where it starts


def test_page_break_before_and_leading_break_ignored():
    d = docx.Document()
    first = d.add_paragraph("Portada")
    first.paragraph_format.page_break_before = True  # no blank page before the first content
    second = d.add_paragraph("Segunda página")
    second.paragraph_format.page_break_before = True
    d.add_paragraph("Sigue en la segunda")
    doc = load(f.to_bytes(d))
    assert [b.page for b in doc.blocks] == [1, 2, 2]
    assert doc.pages == 2


def test_rendered_page_breaks_win_over_hard_breaks():
    d = docx.Document()
    p1 = d.add_paragraph("Página uno")
    p1.add_run().add_break(WD_BREAK.PAGE)  # hard break: Word also saved a rendered one below
    p2 = d.add_paragraph("Página dos, un párrafo largo que sigue")
    f.add_rendered_break(p2, before_text=True)
    run = p2.add_run(" en la página tres")
    run._r.insert(0, parse_xml(f"<w:lastRenderedPageBreak {nsdecls('w')}/>"))
    d.add_paragraph("Después, en la página tres")
    p4 = d.add_paragraph("Página cuatro")
    f.add_rendered_break(p4, before_text=True)
    doc = load(f.to_bytes(d))
    assert [b.page for b in doc.blocks] == [1, 2, 3, 4]
    assert doc.pages == 4


def test_section_break_starts_a_page():
    d = docx.Document()
    d.add_paragraph("Primera sección")
    d.add_section()  # python-docx puts the sectPr in the last paragraph's pPr
    d.add_paragraph("Segunda sección")
    doc = load(f.to_bytes(d))
    assert [b.page for b in doc.blocks] == [1, 2]


def test_image_on_cover_page_counts_as_content():
    d = docx.Document()
    d.add_picture(io.BytesIO(f.tiny_png()))
    p = d.add_paragraph("Texto de la página dos")
    f.add_rendered_break(p, before_text=True)
    doc = load(f.to_bytes(d))
    assert doc.blocks[0].page == 2 and doc.pages == 2


# ----------------------------------------------------------------------------- other Word flavours


def test_macro_enabled_document_is_read():
    data = f.plan_document()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        ct = z.read("[Content_Types].xml")
    ct = ct.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    doc = load(f.rezip(data, {"[Content_Types].xml": ct}))
    assert doc.metadata["title"] == "Plan Municipal de Desarrollo"


def test_missing_core_properties_gives_no_invented_metadata():
    data = f.plan_document()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rels = z.read("_rels/.rels")
    import re

    rels = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", rels)
    doc = load(f.rezip(data, {"_rels/.rels": rels, "docProps/core.xml": None}))
    assert "title" not in doc.metadata and "author" not in doc.metadata


# ----------------------------------------------------------------------------- bad input


def test_images_only_docx_needs_ocr():
    with pytest.raises(NoTextLayerError, match="only images"):
        load_docx(PATH, f.images_only_document())


def test_docx_without_text_is_empty():
    with pytest.raises(EmptyDocumentError, match="no text"):
        load_docx(PATH, f.empty_document())


@pytest.mark.parametrize("cut", [10, 200, 2000])
def test_truncated_docx_is_corrupt(cut):
    data = f.plan_document()
    with pytest.raises((CorruptFileError, UnsupportedFormatError)):
        load_bytes(PATH, data[:cut])
    with pytest.raises(CorruptFileError):
        load_docx(PATH, data[:cut])


def test_missing_document_xml_is_corrupt():
    data = f.rezip(f.plan_document(), {"word/document.xml": None})
    with pytest.raises(CorruptFileError):
        load_bytes(PATH, data)
    with pytest.raises(CorruptFileError):
        load_docx(PATH, data)


@pytest.mark.parametrize(
    "payload",
    [
        b"<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body><w:p>",
        b"this is not xml at all",
        b"\xff\xfe\x00garbage",
    ],
)
def test_garbled_document_xml_is_corrupt(payload):
    data = f.rezip(f.plan_document(), {"word/document.xml": payload})
    with pytest.raises(CorruptFileError) as info:
        load_docx(PATH, data)
    assert "\n" not in info.value.message and "plan.docx" in info.value.message


def test_xml_entity_declarations_are_refused():
    xml = f.document_xml(f.plan_document())
    bomb = xml.replace(
        b"<w:document",
        b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document',
        1,
    )
    with pytest.raises(CorruptFileError, match="DOCTYPE"):
        load_docx(PATH, f.rezip(f.plan_document(), {"word/document.xml": bomb}))


def test_zip_bomb_member_ratio_is_refused():
    data = f.rezip(f.plan_document(), {}, extra={"word/media/bomb.bin": b"\0" * (11 * 10**6)})
    with pytest.raises(TooLargeError, match="decompression bomb"):
        load_docx(PATH, data)


def test_zip_bomb_total_size_is_refused(monkeypatch):
    monkeypatch.setattr(docx_loader, "MAX_TOTAL_UNCOMPRESSED", 10_000)
    with pytest.raises(TooLargeError, match="unpacks to"):
        load_docx(PATH, f.plan_document())


def test_bomb_is_refused_before_python_docx_opens_it(monkeypatch):
    def boom(*_a, **_k):  # pragma: no cover - must not be reached
        raise AssertionError("python-docx opened a zip bomb")

    monkeypatch.setattr(docx_loader, "_open", boom)
    data = f.rezip(f.plan_document(), {}, extra={"word/media/bomb.bin": b"\0" * (11 * 10**6)})
    with pytest.raises(TooLargeError):
        load_docx(PATH, data)


def test_password_protected_docx_is_reported_as_encrypted():
    cfb = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 100
    with pytest.raises(EncryptedFileError, match="password"):
        load_bytes(PATH, cfb)
    legacy = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000 + "WordDocument".encode("utf-16-le")
    with pytest.raises(UnsupportedFormatError, match="97-2003"):
        load_bytes(Path("old.doc"), legacy)


def test_error_messages_are_one_line_and_name_the_file():
    for data, exc in (
        (f.images_only_document(), NoTextLayerError),
        (f.empty_document(), EmptyDocumentError),
        (f.plan_document()[:500], CorruptFileError),
    ):
        with pytest.raises(exc) as info:
            load_docx(Path("dir/mi plan.docx"), data)
        msg = info.value.message
        assert msg.startswith("dir/mi plan.docx: ") and "\n" not in msg


def test_hidden_text_is_not_read():
    d = docx.Document()
    p = d.add_paragraph("Visible ")
    p.add_run("oculto").font.hidden = True
    p.add_run("fin")
    assert load(f.to_bytes(d)).blocks[0].text == "Visible fin"


def test_strict_open_xml_is_unsupported_with_advice():
    data = f.plan_document()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rels = z.read("_rels/.rels")
    rels = rels.replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    )
    with pytest.raises(UnsupportedFormatError, match="Strict Open XML"):
        load_docx(PATH, f.rezip(data, {"_rels/.rels": rels}))
