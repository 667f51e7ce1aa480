"""DOCX report: real engine output read back with python-docx."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile

import docx
import pytest
from docx.enum.section import WD_ORIENT

from screener.report import SYMBOLS, summary_text
from screener.report.docx_report import FILLS, MAX_FINDINGS_PER_SECTOR, render_docx, xml_safe
from screener.report.i18n import stage_label, t
from screener.results import localized
from screener.screen import ScreenOptions, Screener
from screener.report.view import gaps_per_sector, position_text, priority_gaps, sector_cells, sector_rating
from screener.stages import STAGES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

PLAN_ES = """# Plan Municipal de Desarrollo 2024-2028

## Diagnóstico

### Salud

El sistema de salud municipal atiende a 40.000 habitantes en cinco centros de salud. La población migrante venezolana y los refugiados tienen dificultades de acceso a los servicios de salud y a la atención primaria. Los hospitales registran una alta demanda de atención materna.

### Educación

Las escuelas del municipio reciben a niños migrantes y refugiados que no tienen documentos para matricularse. La deserción escolar es alta en la zona rural. Los docentes requieren formación en educación inclusiva.

## Objetivos estratégicos

Garantizar el acceso universal a la salud, incluida la población migrante y desplazada, en los centros de salud y hospitales del municipio.

Asegurar la matrícula escolar de los niños migrantes en las escuelas públicas y reducir la deserción escolar.

## Programas y proyectos

Programa de salud comunitaria: brigadas médicas para migrantes en tránsito y vacunación en los centros de salud.

Proyecto de educación: aulas de nivelación para estudiantes migrantes y retornados, con becas escolares.

## Indicadores

Indicador: porcentaje de migrantes afiliados al seguro de salud; línea base 20 %, meta 2028 60 %.

Indicador: número de niños migrantes matriculados en escuelas públicas; línea base 300, meta 2028 900.

## Presupuesto

El presupuesto del programa de salud para migrantes es de USD 250.000 y el de educación de USD 180.000.
"""


@pytest.fixture(scope="module")
def plan_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "plan_municipal.md"
    path.write_text(PLAN_ES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def result_es(plan_path):
    return Screener(options=ScreenOptions(use_classifier=False)).screen_file(plan_path)


@pytest.fixture(scope="module")
def result_en(plan_path):
    return Screener(options=ScreenOptions(use_classifier=False, report_lang="en")).screen_file(plan_path)


def _read(data: bytes):
    return docx.Document(io.BytesIO(data))


def _headings(d):
    return [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def _all_text(d) -> str:
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_engine_found_the_health_and_education_passages(result_es):
    # guard: the rest of the file is only meaningful with a real multi-sector result
    assert result_es.report_lang == "es"
    assert {"health", "education"} <= set(result_es.summary["sectors_present"])
    assert len(result_es.findings) >= 4


def test_headings_use_builtin_word_styles(result_es):
    d = _read(render_docx(result_es))
    heads = _headings(d)
    styles = {s for s, _ in heads}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3"} <= styles
    # the built-in style ids are what Word's navigation pane and TOC field look for
    ids = {p.style.style_id for p in d.paragraphs if p.style.name.startswith("Heading")}
    assert {"Heading1", "Heading2", "Heading3"} <= ids
    h1 = [text for s, text in heads if s == "Heading 1"]
    # the first page answers: position, priority gaps, what is addressed; then matrix and detail
    assert h1[:5] == [t("position", "es"), t("priority_gaps", "es"), t("already_addressed", "es"),
                      t("matrix", "es"), t("detail", "es")]
    h2 = [text for s, text in heads if s == "Heading 2"]
    for sector in ("education", "health"):
        title = localized(result_es.sector(sector).title, "es")
        assert any(text.startswith(title) for text in h2)


def test_first_page_position_and_summary(result_es, plan_path):
    d = _read(render_docx(result_es))
    text = _all_text(d)
    assert d.paragraphs[0].style.name == "Title"
    assert d.paragraphs[0].text == t("report_title", "es")
    assert str(plan_path) in text
    assert f"{t('language', 'es')}: es" in text
    assert t("no_page", "es") in text  # Markdown has no pages
    assert position_text(result_es) in [p.text for p in d.paragraphs if p.style.name == "Report Position"]
    assert " ".join(summary_text(result_es)[:-1]) in text


def test_every_shown_finding_quote_is_in_a_quote_paragraph(result_es):
    d = _read(render_docx(result_es))
    quotes = {p.text for p in d.paragraphs if p.style.name == "Quote"}
    shown = {fid for s in result_es.sectors if s.present for fid in s.findings}
    assert shown
    for fid in shown:
        assert result_es.finding(fid).text in quotes
    text = _all_text(d)
    f = result_es.finding(sorted(shown)[0])
    assert f"{t('stage', 'es')}: {stage_label(f.stage, 'es')}" in text
    assert " › ".join(f.section_path) in text


def test_no_internals_in_the_word_report(result_es):
    text = _all_text(_read(render_docx(result_es)))
    for f in result_es.findings:
        assert f"chars {f.start}" not in text
        for sig in f.signals:
            if sig.source == "lexicon":
                assert sig.id not in text  # term ids like human_mobility:es:7 stay in JSON/XLSX
    assert not re.search(r"\bF\d{4}\b", text)  # finding ids too


def test_matrix_cells_agree_with_the_rating(result_es):
    d = _read(render_docx(result_es))
    header = [t("sector", "es"), t("rating", "es")] + [stage_label(s, "es") for s in STAGES]
    tables = [tb for tb in d.tables if [c.text for c in tb.rows[0].cells] == header]
    assert len(tables) == 1
    matrix = tables[0]
    present = [s for s in result_es.sectors if s.present]
    assert len(matrix.rows) == 1 + len(present)
    seen = set()
    for sec, row in zip(present, matrix.rows[1:]):
        assert row.cells[0].text == localized(sec.title, "es")
        cells = sector_cells(result_es, sec.sector)
        assert row.cells[1].text.startswith(f"{sec.rating} ")  # the engine's rating, with its rule
        assert sector_rating(result_es, sec.sector).rule[1:] in row.cells[1].text
        for st in STAGES:
            cell = row.cells[2 + STAGES.index(st)]
            status = cells[st].status
            assert cell.text.startswith(SYMBOLS[status])
            shd = cell._tc.tcPr.find(W + "shd")
            assert shd is not None and shd.get(W + "fill") == FILLS[status]
            seen.add(status)
    assert "addressed" in seen and len(seen) >= 2  # shading really differs by status


def test_tables_have_widths_repeated_headers_and_the_matrix_is_landscape(result_es):
    d = _read(render_docx(result_es))
    for tb in d.tables:
        layout = tb._tbl.tblPr.find(W + "tblLayout")
        assert layout is not None and layout.get(W + "type") == "fixed"
        widths = [c.width for c in tb.rows[-1].cells]
        assert all(widths) and len(set(widths)) > 1  # set per table, not equal columns
        assert tb.rows[0]._tr.trPr.find(W + "tblHeader") is not None
    orient = [s.orientation for s in d.sections]
    assert orient == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    assert {"Report Small", "Report Table", "Report Table Header", "Report Position"} <= {s.name for s in d.styles}


def test_checklist_and_recommendations(result_es):
    d = _read(render_docx(result_es))
    item_header = [t("item", "es"), t("status", "es"), t("recommendation", "es"), t("references", "es")]
    checklists = [tb for tb in d.tables if [c.text for c in tb.rows[0].cells] == item_header]
    assert len(checklists) == len([s for s in result_es.sectors if s.present])
    edu = result_es.sector("education")
    rows = [r.cells[0].text for r in checklists[0].rows[1:]]
    assert [localized(c.title, "es") for c in edu.checklist] == [r.rsplit(" (", 1)[0] for r in rows]
    text = _all_text(d)
    todo = [c for s in result_es.sectors if s.present for c in s.checklist if c.status in ("missing", "partly")]
    assert todo, "the test plan should leave some checklist items missing"
    for c in todo:
        assert localized(c.recommendation, "es") in text
    gaps = [tb for tb in d.tables if tb.rows[0].cells[0].text == t("sector", "es") and len(tb.columns) == 4]
    assert gaps, "no priority-gap table"
    for sec in result_es.sectors:
        if sec.present:
            for g in priority_gaps(result_es, sec.sector, gaps_per_sector(result_es)):
                assert any(g.recommendation in c.text for row in gaps[0].rows for c in row.cells)


def test_report_language_switches_all_text(result_es, result_en):
    es = _all_text(_read(render_docx(result_es)))
    en = _all_text(_read(render_docx(result_en)))
    assert t("priority_gaps", "es") in es and "Recomendación" in es
    assert "Priority gaps" in en and "Recommendation" in en and "Recomendación" not in en
    assert stage_label("situation_analysis", "en") in en


def test_output_is_reproducible_and_dateless(result_es):
    a, b = render_docx(result_es), render_docx(result_es)
    assert a == b
    with zipfile.ZipFile(io.BytesIO(a)) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in z.infolist())
    assert "dcterms:created" not in core and "dcterms:modified" not in core
    assert _read(a).core_properties.language == "es-ES"


def test_control_characters_from_the_text_layer_are_stripped(result_es):
    fid = result_es.sector("health").findings[0]
    bad = dataclasses.replace(result_es.finding(fid), text="Migrantes\x0b con\x01 acceso\x1f a salud \ufffe fin.")
    findings = tuple(bad if f.id == fid else f for f in result_es.findings)
    nasty = dataclasses.replace(result_es, findings=findings, warnings=("aviso\x07 con campana",), _index={})
    d = _read(render_docx(nasty))
    text = _all_text(d)
    assert "Migrantes con acceso a salud  fin." in text
    assert "aviso con campana" in text
    assert not any(ch in text for ch in "\x0b\x01\x1f\x07\ufffe")


def test_xml_safe_keeps_ordinary_whitespace_and_accents():
    assert xml_safe("a\tb\nc\r d\x00é\x0c") == "a\tb\nc\r dé"
    assert xml_safe(None) == ""


def test_long_sectors_are_cut_and_plugin_errors_listed(result_es):
    health = result_es.sector("health")
    many = dataclasses.replace(health, findings=health.findings * 70)
    sectors = tuple(many if s.sector == "health" else s for s in result_es.sectors)
    res = dataclasses.replace(result_es, sectors=sectors, plugin_errors=({"name": "agua", "message": "hook failed"},))
    text = _all_text(_read(render_docx(res)))
    n = len(many.findings) - MAX_FINDINGS_PER_SECTOR
    assert t("more_findings", "es", n=n) in text
    assert f"{t('plugin_errors', 'es')}: agua: hook failed" in text
