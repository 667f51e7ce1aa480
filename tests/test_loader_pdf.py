"""The PDF loader, on PDFs built by tests/pdf_factory.py (fpdf2)."""

from __future__ import annotations

import dataclasses

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from pdf_factory import SENTENCES_ES, PlanPDF, caesar, prose  # noqa: E402

from screener.cli import main  # noqa: E402
from screener.errors import (  # noqa: E402
    EXIT_CORRUPT,
    EXIT_ENCRYPTED,
    EXIT_GARBAGE_TEXT,
    EXIT_NO_TEXT_LAYER,
    EXIT_OK,
    CorruptFileError,
    EncryptedFileError,
    GarbageTextError,
    NoTextLayerError,
)
from screener.loaders import load, load_bytes  # noqa: E402
from screener.loaders.pdf import load_pdf  # noqa: E402
from screener.model import Document  # noqa: E402

ENGINES = ["pypdfium2", "pdfplumber"]


def _plan(pages: int = 3) -> bytes:
    """A small plan: numbered chapters and sections, a hyphenated word, a table, header and footer."""
    pdf = PlanPDF(header_text="Plan Nacional de Desarrollo 2024-2028 | Capítulo {n}", footer="Page {n} of {nb}")
    pdf.set_title("Plan Nacional de Desarrollo")
    pdf.set_author("Ministerio de Planificación")
    for pg in range(1, pages + 1):
        pdf.add_page()
        if pg > 1:
            pdf.para(prose(2, seed=100 + pg, sentences=SENTENCES_ES))  # so that headings are not at the same spot on every page
        pdf.heading(f"{pg}. INTRODUCCIÓN" if pg == 1 else f"CHAPITRE {'I' * pg}")
        pdf.heading(f"{pg}.1 Salud", size=13)
        pdf.para_lines([
            "La población migrante enfrenta barreras de acceso a los servicios de",
            "salud y a la protección social. La migra-",
            "ción interna crece en las zonas socio-económicas más pobres del país.",
        ])
        pdf.para(prose(5, seed=pg, sentences=SENTENCES_ES))
        pdf.heading(f"{pg}.1.1 Atención primaria", size=11)
        pdf.para(prose(3, seed=pg + 10, sentences=SENTENCES_ES))
        pdf.table_rows(
            [
                ("Indicador", "Línea de base", "Meta"),
                ("Migrantes con acceso a servicios de salud primaria en los municipios fronterizos", "12%", "40%"),
                ("Personas retornadas con empleo formal", "3.000", "9.000"),
            ],
            col_widths=(90, 40, 40),
        )
        pdf.heading(f"{pg}.2 Empleo", size=13)
        pdf.para(prose(4, seed=pg + 20, sentences=SENTENCES_ES))
    return pdf.bytes()


@pytest.fixture(scope="module")
def plan_bytes() -> bytes:
    return _plan()


@pytest.fixture(scope="module", params=ENGINES)
def plan_doc(request, plan_bytes):
    return load_pdf(Path("plan.pdf"), plan_bytes, engine=request.param)


# -- structure ----------------------------------------------------------------------------


def test_offsets_pages_and_metadata(plan_doc):
    assert plan_doc.format == "pdf"
    assert plan_doc.pages == 3
    assert plan_doc.metadata["title"] == "Plan Nacional de Desarrollo"
    assert plan_doc.metadata["author"] == "Ministerio de Planificación"
    assert plan_doc.metadata["pages"] == 3
    assert plan_doc.language == "es"
    for b in plan_doc.blocks:
        assert plan_doc.text[b.start:b.end] == b.text
        assert b.page in (1, 2, 3)
    assert {b.page for b in plan_doc.blocks} == {1, 2, 3}


def test_title_falls_back_to_first_heading():
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.heading("1. INTRODUCTION")
    pdf.para(prose(4))
    doc = load_bytes("t.pdf", pdf.bytes())
    assert doc.metadata["title"] == "1. INTRODUCTION"


def test_headings_levels_and_nesting(plan_doc):
    heads = [(b.text, b.level) for b in plan_doc.blocks if b.kind == "heading"]
    assert ("1. INTRODUCCIÓN", 1) in heads
    assert ("1.1 Salud", 2) in heads
    assert ("1.1.1 Atención primaria", 3) in heads
    assert ("CHAPITRE II", 1) in heads
    assert ("2.2 Empleo", 2) in heads
    titles = {s.title: s for s in plan_doc.sections}
    assert plan_doc.section_path(titles["1.1.1 Atención primaria"].index) == ["1. INTRODUCCIÓN", "1.1 Salud", "1.1.1 Atención primaria"]
    assert titles["2.1 Salud"].parent == titles["CHAPITRE II"].index
    # No table header or running header became a heading.
    assert not any("Indicador" in t or "Capítulo" in t for t, _ in heads)


def test_hyphenated_word_rejoined_and_real_hyphens_kept(plan_doc):
    text = plan_doc.text
    assert "La migración interna crece" in text
    assert "migra-" not in text and "migra ción" not in text
    assert "socio-económicas" in text
    para = next(b for b in plan_doc.blocks if b.text.startswith("La población migrante"))
    assert para.kind == "paragraph"
    assert para.text.endswith("más pobres del país.")  # the three lines make one paragraph


def test_running_header_footer_and_page_numbers_removed(plan_doc):
    assert "Plan Nacional de Desarrollo 2024-2028" not in plan_doc.text
    assert "Page 1 of 3" not in plan_doc.text and "of 3" not in plan_doc.text


def test_table_rows_both_engines(plan_doc):
    rows = [b for b in plan_doc.blocks if b.kind == "table_row"]
    assert len({b.table for b in rows}) == 3  # one table per page
    first = [b.cells for b in rows if b.table == rows[0].table]
    assert first == [
        ("Indicador", "Línea de base", "Meta"),
        ("Migrantes con acceso a servicios de salud primaria en los municipios fronterizos", "12%", "40%"),
        ("Personas retornadas con empleo formal", "3.000", "9.000"),
    ]
    assert all(b.page == rows[0].page for b in rows if b.table == rows[0].table)


def test_page_number_styles_removed():
    for footer in ("- {n} -", "{n}", "Página {n} de {nb}"):
        pdf = PlanPDF(header_text=None, footer=footer)
        for pg in range(3):
            pdf.add_page()
            pdf.para(prose(6, seed=pg))
        doc = load_bytes("t.pdf", pdf.bytes())
        assert not any(b.text.strip("- ").isdigit() or b.text.startswith("Página") for b in doc.blocks), footer


def test_two_column_page_reads_left_then_right():
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.heading("2. EMPLEO Y MIGRACIÓN")
    left = ["LEFT-ONE " + prose(3, seed=1), "LEFT-TWO " + prose(3, seed=2)]
    right = ["RIGHT-ONE " + prose(3, seed=3), "RIGHT-TWO " + prose(3, seed=4)]
    pdf.two_columns(left, right, right_first=True)  # drawn right column first
    pdf.para("After the columns: " + prose(2, seed=5))
    doc = load_bytes("t.pdf", pdf.bytes())
    order = [doc.text.index(k) for k in ("LEFT-ONE", "LEFT-TWO", "RIGHT-ONE", "RIGHT-TWO", "After the columns")]
    assert order == sorted(order)
    paras = [b for b in doc.blocks if b.kind == "paragraph"]
    assert [p.text.split()[0] for p in paras[:4]] == ["LEFT-ONE", "LEFT-TWO", "RIGHT-ONE", "RIGHT-TWO"]
    assert not any(b.kind == "table_row" for b in doc.blocks)


def test_paragraph_continues_across_pages():
    pdf = PlanPDF(footer="{n}")
    pdf.add_page()
    pdf.heading("1. CONTEXT")
    pdf.para(prose(90, seed=3))  # long enough to spill onto page 2
    doc = load_bytes("t.pdf", pdf.bytes())
    assert doc.pages == 2
    body = [b for b in doc.blocks if b.kind == "paragraph"]
    assert len(body) == 1 and body[0].page == 1


def test_list_items():
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.heading("3. ACCIONES")
    pdf.para_lines(["Las acciones previstas son:"])
    pdf.para_lines(["a) ampliar la cobertura de salud para las personas migrantes;"])
    pdf.para_lines(["b) crear oficinas de empleo en los municipios de frontera."])
    doc = load_bytes("t.pdf", pdf.bytes())
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        "a) ampliar la cobertura de salud para las personas migrantes;",
        "b) crear oficinas de empleo en los municipios de frontera.",
    ]



# -- tables: wrapped cells, header rows, codes, page breaks ---------------------------------

INDICATORS = [
    ("Code", "Result and indicator", "Baseline", "Target 2029", "Source of verification"),
    ("I-01", "Number of returning migrant workers certified through recognition of prior learning", "95", "3,000", "Skills testing records"),
    ("I-02", "Number of prospective migrant workers receiving pre-departure orientation and counselling", "14,000", "120,000", "Migrant Resource Centre records"),
    ("I-03", "Meetings of the coordination committee held", "0", "20", "Minutes"),
    ("I-04", "Share of graduates employed six months after training (%)", "38", "60", "Tracer studies of graduates"),
]


def _table_doc(rows, widths, **look) -> Document:
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.heading("4. RESULTS FRAMEWORK")
    pdf.para(prose(3, seed=9))
    pdf.para_lines(["Table 3. Results framework"], size=9)
    pdf.table_rows(rows, col_widths=widths, **look)
    pdf.para_lines(["Source: programme monitoring system."], size=9)
    pdf.para(prose(3, seed=10))
    return load_bytes("t.pdf", pdf.bytes())


@pytest.mark.parametrize(
    "look",
    [
        {"padding": 1.2},  # vertically centred cells with padding (fpdf2, LibreOffice)
        {"padding": 1.2, "v_align": "TOP"},  # top-aligned cells with padding
        {"padding": 1.0, "v_align": "TOP", "borders": "NONE"},  # no rules: rows told apart by spacing and the first column
        {"padding": 1.0, "borders": "HORIZONTAL_LINES"},
    ],
    ids=["centred", "top", "tight", "hlines"],
)
def test_wrapped_cells_stay_in_their_row(look):
    # The indicator text wraps onto two or three lines; the header "Target 2029" onto two.
    doc = _table_doc(INDICATORS, (14, 62, 18, 16, 30), **look)
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [b.cells for b in rows] == INDICATORS
    assert len({b.table for b in rows}) == 1
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    assert heads == ["4. RESULTS FRAMEWORK"]  # neither the header row nor a code row became a heading
    # The caption and the note below the table stay outside it.
    paras = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert "Table 3. Results framework" in paras and "Source: programme monitoring system." in paras


def test_close_columns_are_told_apart():
    # Columns only two cell paddings apart (a right-aligned figure, then text): narrower
    # than the gap that marks cells in ordinary lines.
    rows = [
        ("Activity", "Total cost", "Main source of funds"),
        ("1.4 Recognition of prior learning, including returnee window", "210", "Provincial government"),
        ("3.4 Reintegration of returnees", "230", "Provincial government and development partners"),
        ("4.4 Health of migrant workers", "50", "Provincial government"),
    ]
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.heading("5. BUDGET")
    pdf.set_font(pdf.family_name, "", 9)
    with pdf.table(col_widths=(75, 17, 45), text_align=("LEFT", "RIGHT", "LEFT"), line_height=4.5, padding=1.2) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    doc = load_bytes("t.pdf", pdf.bytes())
    assert [b.cells for b in doc.blocks if b.kind == "table_row"] == rows


def test_table_over_a_page_break_is_one_table():
    rows = [("Indicador", "Línea de base" if PlanPDF().unicode else "Linea de base", "Meta")]
    rows += [(f"Indicador {k} de cobertura de servicios para personas retornadas", f"{k}%", f"{k + 10}%") for k in range(1, 31)]
    pdf = PlanPDF(footer="{n}")
    pdf.add_page()
    pdf.heading("1. METAS")
    pdf.para(prose(20, seed=2))
    pdf.table_rows(rows, col_widths=(100, 35, 35), padding=1.0)  # the header row is repeated on page 2
    doc = load_bytes("t.pdf", pdf.bytes())
    got = [b for b in doc.blocks if b.kind == "table_row"]
    assert doc.pages == 2
    assert [b.cells for b in got] == rows  # header once, no row lost or split at the break
    assert len({b.table for b in got}) == 1
    assert {b.page for b in got} == {1, 2}
    assert [b.page for b in got] == sorted(b.page for b in got)


def test_prose_is_not_a_table():
    # Justified paragraphs and a short last line under them: wide spaces, but no table.
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.heading("2. CONTEXTO")
    pdf.set_font(pdf.family_name, "", 10)
    for k in range(4):
        pdf.multi_cell(80, 5, prose(4, seed=k, sentences=SENTENCES_ES), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    doc = load_bytes("t.pdf", pdf.bytes())
    assert not any(b.kind == "table_row" for b in doc.blocks)
    assert sum(1 for b in doc.blocks if b.kind == "paragraph") == 4


@pytest.mark.parametrize(
    "text, bold, is_heading",
    [
        ("I-01 850 4.000", False, False),
        ("I-01 Hectáreas de páramo bajo acuerdos", True, False),
        ("OE-2.1 Empleo digno", True, False),
        ("2024 2025 2026 2027 Total", True, False),
        ("1.2 Componente socio-cultural", True, True),
        ("ANEXO I", True, True),
        ("Plan 2025-2029", True, True),
        ("COVID-19 RESPONSE", False, True),
    ],
)
def test_codes_and_figures_are_not_headings(text, bold, is_heading):
    from screener.loaders.pdf import _heading_info, _Line

    ln = _Line(text, 70, 200, 100, 110, 200, 10.0, bold, 1)
    assert (_heading_info(ln, 10.0, {}, None) is not None) == is_heading


# -- bad input ----------------------------------------------------------------------------


def test_corrupt_pdf(tmp_path):
    with pytest.raises(CorruptFileError) as err:
        load_bytes("bad.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert "bad.pdf" in str(err.value) and "\n" not in str(err.value)


def test_truncated_pdf(plan_bytes):
    with pytest.raises(CorruptFileError) as err:
        load_bytes("cut.pdf", plan_bytes[: len(plan_bytes) // 2])
    assert "truncated" in str(err.value) or "damaged" in str(err.value)


def test_encrypted_pdf():
    pdf = PlanPDF(footer=None)
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.para(prose(5))
    with pytest.raises(EncryptedFileError) as err:
        load_bytes("locked.pdf", pdf.bytes())
    assert "password" in str(err.value)


def test_owner_password_only_is_readable():
    pdf = PlanPDF(footer=None)
    pdf.set_encryption(owner_password="owner")
    pdf.add_page()
    pdf.para(prose(5))
    doc = load_bytes("perm.pdf", pdf.bytes())
    assert "migrants" in doc.text


def test_scanned_pdf_needs_ocr():
    pdf = PlanPDF(footer=None)
    for k in range(3):
        pdf.image_page(seed=k)
    with pytest.raises(NoTextLayerError) as err:
        load_bytes("scan.pdf", pdf.bytes())
    assert "--ocr" in str(err.value)  # "rerun with --ocr", or how to install OCR (tests/test_ocr.py)


def test_some_scanned_pages_warn():
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.heading("1. INTRODUCTION")
    pdf.para(prose(8))
    pdf.image_page(seed=1)
    pdf.add_page()
    pdf.para(prose(8, seed=2))
    pdf.image_page(seed=3)
    pdf.add_page()
    pdf.para(prose(8, seed=4))
    doc = load_bytes("mixed.pdf", pdf.bytes())
    assert doc.pages == 5
    assert len(doc.warnings) == 1 and "pages 2, 4" in doc.warnings[0] and "OCR" in doc.warnings[0]


def test_garbage_text_layer():
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.heading(caesar("1. INTRODUCTION"))
    for k in range(4):
        pdf.para(caesar(prose(6, seed=k)))
    with pytest.raises(GarbageTextError):
        load_bytes("garbage.pdf", pdf.bytes())


def test_unmapped_symbols_are_garbage():
    # fpdf2 drops characters its font lacks, so build the extracted lines directly: this is
    # what PDFium returns for fonts whose glyphs map to the private-use area.
    from screener.loaders.pdf import _Line, _Page, _check_garbage

    page = _Page(1, 595.0, 842.0)
    for k in range(20):
        text = "".join(chr(0xE000 + (k * 31 + i * 7) % 400) for i in range(40))
        page.lines.append(_Line(text, 50, 500, 50 + 12 * k, 60 + 12 * k, 500, 10.0, False, 1))
    with pytest.raises(GarbageTextError) as err:
        _check_garbage(Path("pua.pdf"), [page])
    assert "unmapped" in str(err.value)
    # Real prose in a script the stop-word lists do not cover is not garbage.
    page.lines = [_Line("राष्ट्रिय योजना आयोगले प्रवासन सम्बन्धी नीति तयार गर्नेछ " * 3, 50, 500, 50, 60, 500, 10.0, False, 1)] * 10
    _check_garbage(Path("ne.pdf"), [page])


def test_bad_engine_name(plan_bytes):
    with pytest.raises(ValueError):
        load_pdf(Path("p.pdf"), plan_bytes, engine="nope")


# -- through load() and the CLI ---------------------------------------------------------


def test_load_from_path(tmp_path, plan_bytes):
    path = tmp_path / "plan.pdf"
    path.write_bytes(plan_bytes)
    doc = load(path)
    assert doc.source == str(path) and doc.pages == 3
    assert len(doc.sha256) == 64


@pytest.mark.parametrize(
    "make, code",
    [
        (lambda plan: plan, EXIT_OK),
        (lambda plan: plan[: len(plan) // 2], EXIT_CORRUPT),
        ("encrypted", EXIT_ENCRYPTED),
        ("scan", EXIT_NO_TEXT_LAYER),
        ("garbage", EXIT_GARBAGE_TEXT),
    ],
)
def test_cli_extract_exit_codes(tmp_path, plan_bytes, make, code):
    if make == "encrypted":
        pdf = PlanPDF(footer=None)
        pdf.set_encryption(owner_password="o", user_password="u")
        pdf.add_page()
        pdf.para(prose(4))
        data = pdf.bytes()
    elif make == "scan":
        pdf = PlanPDF(footer=None)
        pdf.image_page()
        data = pdf.bytes()
    elif make == "garbage":
        pdf = PlanPDF(footer=None)
        pdf.add_page()
        pdf.para(caesar(prose(30)))
        data = pdf.bytes()
    else:
        data = make(plan_bytes)
    path = tmp_path / "in.pdf"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert result.exit_code == code, result.output
    stderr = result.stderr if hasattr(result, "stderr") else ""
    assert "Traceback" not in result.output and "Traceback" not in stderr
    if code == EXIT_OK:
        doc = json.loads(result.stdout)
        assert doc["pages"] == 3 and doc["format"] == "pdf"
    else:
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0]


def test_a_table_of_names_and_figures_is_not_garbage():
    # Labour permits by destination country (a real DoFE Nepal statistics layout): no stop
    # words at all, but real words, so it is read, not refused as a broken encoding.
    from screener.loaders.pdf import _Line, _Page, _check_garbage

    countries = ["ALBANIA", "Australia", "Austria", "Bahrain", "Belgium", "Brazil", "Canada", "Croatia", "Cyprus",
                 "Japan", "Jordan", "Kuwait", "Malaysia", "Qatar", "Romania", "Saudi Arabia", "Poland", "Portugal"]
    page = _Page(1, 595.0, 842.0)
    for k, name in enumerate(countries * 4):
        page.lines.append(_Line(f"{k + 1} {name} {k * 7 % 90} {k * 3 % 40} {k * 10 % 130} 0 0 0", 50, 500,
                                50 + 12 * k, 60 + 12 * k, 500, 10.0, False, 1))
    _check_garbage(Path("permits.pdf"), [page])
    page.lines = [dataclasses.replace(ln, text=caesar(ln.text)) for ln in page.lines]
    with pytest.raises(GarbageTextError):
        _check_garbage(Path("permits-broken.pdf"), [page])
