"""Planning stages: which part of the planning cycle a section or block belongs to.

Headings decide first ("Diagnóstico", "Objectifs stratégiques", "Suivi-évaluation",
"Presupuesto"), and a section without a cue inherits its parent's stage. Cue terms in the
block decide second: a table row with amounts is budget, a line with a baseline and a target
is an indicator, wherever it sits. Matching is accent- and case-insensitive.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .model import Document
from .vocabulary import STAGES

UNSPECIFIED = "unspecified"

# Heading cues per stage, all three languages together (headings are short; a Spanish
# plan may well have an English "Budget" table title). Accents are folded before matching.
HEADING_CUES: dict[str, list[str]] = {
    "situation_analysis": [
        "diagnostico", "diagnostic", "situation analysis", "situational analysis", "analisis situacional",
        "analisis de situacion", "analyse de la situation", "analyse situationnelle", "etat des lieux",
        "contexto", "context", "contexte", "background", "antecedentes", "situacion actual",
        "current situation", "situation actuelle", "problematica", "problematique", "caracterizacion",
        "profile", "perfil", "profil", "problem analysis", "analisis de problemas", "baseline study",
        "componente biofisico", "componente sociocultural", "componente socio cultural",
        "componente economico", "componente de asentamientos", "componente politico", "challenges",
        "desafios", "enjeux", "constats", "overview", "sector analysis", "analyse sectorielle",
    ],
    "objectives": [
        "objetivo", "objective", "objectif", "vision", "goal", "meta estrategica", "propuesta",
        "orientaciones", "orientations", "axes strategiques", "axe strategique", "lineamientos",
        "politicas publicas", "politicas locales", "strategic direction", "priorities", "prioridades",
        "priorites", "expected results", "resultados esperados", "resultats attendus", "mision", "mission",
        "theory of change", "teoria de cambio", "theorie du changement", "outcomes",
    ],
    "actions": [
        "programa", "programme", "program", "proyecto", "project", "projet", "actividad", "activities",
        "activite", "plan d'action", "plan de accion", "action plan", "acciones", "actions", "intervention",
        "componentes del programa", "programme components", "components", "composante", "estrategias",
        "strategies", "strategie", "measures", "medidas", "mesures", "cartera de proyectos",
        "portefeuille", "initiatives", "operaciones", "implementation plan",
    ],
    "indicators": [
        "indicador", "indicator", "indicateur", "metas", "targets", "cibles", "results framework",
        "marco de resultados", "cadre de resultats", "cadre logique", "marco logico", "logical framework",
        "logframe", "seguimiento y evaluacion", "monitoring and evaluation", "monitoring", "m&e",
        "suivi-evaluation", "suivi et evaluation", "suivi evaluation", "seguimiento", "evaluacion",
        "evaluation", "linea base", "baseline", "matriz de indicadores",
    ],
    "budget": [
        "presupuesto", "budget", "financiamiento", "financiacion", "financing", "funding", "financement",
        "cadre de financement", "plan de inversiones", "plan plurianual de inversion", "investment plan",
        "costos", "costing", "cost estimate", "couts", "cout", "resource mobilization",
        "mobilisation des ressources", "movilizacion de recursos", "recursos financieros",
        "financial resources", "ressources financieres", "fuentes de financiamiento", "sources of funds",
    ],
    "institutions": [
        "modelo de gestion", "institutional arrangement", "implementation arrangement",
        "arreglos institucionales", "marco institucional", "institutional framework",
        "dispositif institutionnel", "cadre institutionnel", "mise en oeuvre", "implementacion",
        "implementation", "coordinacion", "coordination", "articulacion", "gobernanza del plan",
        "roles and responsibilities", "roles y responsabilidades", "roles et responsabilites",
        "actores", "acteurs", "stakeholders", "pilotage", "gestion del plan", "gestion du plan",
        "management arrangements", "organisational structure", "estructura organizativa",
    ],
}

# Cues inside a block that add a stage whatever the section says.
_CURRENCY = r"(?:usd|us\$|\$|eur|€|mga|ariary|\bar\b|npr|rs\.?|nrs|rupees?|dolares|dollars?|euros?|millions? d'ariary)"
BLOCK_CUES: dict[str, re.Pattern] = {
    "budget": re.compile(
        r"(?:" + _CURRENCY + r"\s?\d[\d.,\s]*\d|\d[\d.,\s]*\d\s?" + _CURRENCY + r"|\bpresupuesto\b|\bbudget\b"
        r"|\bmonto\b|\bmontant\b|\bcosto\b|\bcout\b|\bfinanc(?:iamiento|ement|ing)\b|\basignacion\b|\ballocation\b)"
    ),
    "indicators": re.compile(
        r"\b(?:indicador(?:es)?|indicators?|indicateurs?|linea base|baseline|situation de reference"
        r"|meta \d{4}|target (?:value|\d{4})|cible|valeur cible|medio de verificacion|means of verification"
        r"|source de verification|% (?:de|of|des)\b)"
    ),
    "actions_list": re.compile(  # a list item that starts with an action verb: "Firmar un convenio", "Organiser"
        r"^(?:[a-z]+(?:ar|er|ir|re)\b(?<!\bpor)(?<!\bsobre)|(?:establish|develop|strengthen|implement|provide|run|deliver|host"
        r"|organi[sz]e|support|train|build|create|set up|conduct|promote|ensure|expand|improve|introduce|launch|carry out"
        r"|design|prepare|adopt|extend|upgrade|rehabilitate|construct|fund|finance|install|register|open|sign)\b)"
    ),
    "monitoring": re.compile(
        r"\b(?:report(?:s|ing)? (?:quarterly|annually|monthly|every (?:quarter|year|month))|quarterly reports?|annual reports?"
        r"|informes? (?:trimestral|semestral|anual)(?:es)?|rapports? (?:trimestriels?|semestriels?|annuels?)"
        r"|reportar(?:a|an)? (?:trimestral|anual)mente|monitoring|monitored|seguimiento trimestral|suivi trimestriel)\b"
    ),
    "institutions": re.compile(
        r"\b(?:responsable|responsible|lead agency|entidad ejecutora|agence d'execution|unite de gestion"
        r"|comite de pilotage|steering committee|mesa tecnica|consejo cantonal|coordinated by|coordinado por"
        r"|coordonne par|memorandum of understanding|convenio|convention de partenariat)\b"
    ),
}


def fold(text: str) -> str:
    """Lower-case and strip accents, for cue matching."""
    text = unicodedata.normalize("NFKD", text.lower().replace("œ", "oe"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _heading_patterns() -> list[tuple[str, re.Pattern]]:
    out = []
    for stage, cues in HEADING_CUES.items():
        alts = sorted((re.escape(c) for c in cues), key=len, reverse=True)
        out.append((stage, re.compile(r"(?<![a-z])(?:" + "|".join(alts) + r")(?:es|s)?(?![a-z])")))
    return out


def heading_stage(title: str) -> str | None:
    """Stage named by a heading; the earliest cue wins ("Indicadores y metas" -> indicators,
    "Objetivos estratégicos y metas" -> objectives)."""
    t = fold(title)
    best: tuple[int, str] | None = None
    for stage, pat in _heading_patterns():
        m = pat.search(t)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), stage)
    return best[1] if best else None


def section_stages(doc: Document) -> list[str]:
    """Stage of every section: its own heading's cue, else its parent's, else unspecified."""
    out: list[str] = []
    for s in doc.sections:
        own = heading_stage(s.title)
        if own is None:
            own = out[s.parent] if s.parent is not None else UNSPECIFIED
        out.append(own)
    return out


def block_stages(text: str, kind: str = "paragraph") -> set[str]:
    """Stages a block's own words add (budget amounts, indicator and reporting vocabulary,
    responsible bodies; a list item opening with an action verb is an action)."""
    t = fold(text)
    found = {stage for stage, pat in BLOCK_CUES.items() if pat.search(t)}
    if "actions_list" in found:
        found.discard("actions_list")
        if kind == "list_item":
            found.add("actions")
    if "monitoring" in found:
        found.discard("monitoring")
        found.add("indicators")
    return found


def document_stages(doc: Document) -> list[tuple[str, frozenset[str]]]:
    """(primary stage, all stages) for every block of ``doc``."""
    per_section = section_stages(doc)
    out = []
    for b in doc.blocks:
        primary = per_section[b.section] if b.section is not None else UNSPECIFIED
        extra = block_stages(b.text, b.kind) if b.kind != "heading" else set()
        if primary == UNSPECIFIED and extra:
            # no section cue: the strongest block cue becomes the primary stage
            primary = next(s for s in ("budget", "indicators", "institutions", "actions") if s in extra)
        stages = frozenset({primary} | extra) - {UNSPECIFIED} or frozenset({UNSPECIFIED})
        out.append((primary, stages))
    return out
