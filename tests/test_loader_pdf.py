"""The PDF loader, on PDFs built by tests/pdf_factory.py (fpdf2)."""

from __future__ import annotations

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
    assert "ocrmypdf" in str(err.value)


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
