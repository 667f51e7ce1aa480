"""Planning stages from headings first, cue terms second."""

import pytest

from screener.loaders import load_bytes
from screener.stages import block_stages, document_stages, heading_stage


@pytest.mark.parametrize("title,stage", [
    ("1. Diagnóstico", "situation_analysis"),
    ("Situation analysis", "situation_analysis"),
    ("État des lieux", "situation_analysis"),
    ("2. Propuesta", "objectives"),
    ("Objectifs stratégiques", "objectives"),
    ("2.3 Objetivos estratégicos y metas", "objectives"),
    ("Indicadores y metas", "indicators"),
    ("CHAPITRE IV – SUIVI-ÉVALUATION", "indicators"),
    ("Results Framework", "indicators"),
    ("3. Programas y proyectos", "actions"),
    ("Programme d'actions prioritaires", "actions"),
    ("5 PRESUPUESTO", "budget"),
    ("Cadre de financement", "budget"),
    ("Modelo de gestión", "institutions"),
    ("Dispositif institutionnel de mise en œuvre", "institutions"),
    ("Implementation arrangements", "institutions"),
    ("3.2 Salud", None),
])
def test_heading_stage(title, stage):
    assert heading_stage(title) == stage


def test_block_cues():
    assert "budget" in block_stages("Programa de inclusión económica | USD 120.000 | GAD")
    assert "indicators" in block_stages("Indicador: % de hogares con acceso; línea base 2023: 45%")
    assert "institutions" in block_stages("Responsable: comité de pilotage de la commune")
    assert block_stages("Los jóvenes migran a la ciudad.") == set()


def test_sections_inherit_and_blocks_get_stage():
    md = ("# 1. Diagnóstico\n\n## 1.1 Salud\n\nTexto del diagnóstico de salud.\n\n"
          "# 2. Presupuesto\n\nEl programa cuesta USD 50.000 en total.\n\n# Anexo\n\nOtro texto sin etapa.\n").encode()
    doc = load_bytes("plan.md", md)
    tags = document_stages(doc)
    by_text = {b.text: tags[b.index] for b in doc.blocks}
    assert by_text["Texto del diagnóstico de salud."][0] == "situation_analysis"  # inherited from "1. Diagnóstico"
    assert by_text["El programa cuesta USD 50.000 en total."][0] == "budget"
    assert by_text["Otro texto sin etapa."][0] == "unspecified"
