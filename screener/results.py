"""What a screen produces: findings with their evidence, sector verdicts, the summary.

Frozen dataclasses, so reports (JSON, Markdown, HTML, DOCX, XLSX) and comparisons all read
one immutable result. ``to_dict`` gives the JSON contract documented in docs/report-schema.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .model import Document, page_ranges  # noqa: F401  (page_ranges: reports import it from here)
from .nlp.context import MatchContext

REPORT_SCHEMA_VERSION = "1.0"

ADDRESSED, PARTLY, MISSING = "addressed", "partly", "missing"
# Block roles (Block.role, set by the loaders) whose findings are shown but never counted.
NON_COUNTING_ROLES = frozenset({"contents", "acronyms", "references"})


@dataclass(frozen=True, slots=True)
class Signal:
    """Why a finding fired: which term, rule or model, with what score."""

    source: str  # "lexicon" | "classifier" | "plugin"
    rule: str  # lexicon: lemma | lower | tokens | regex; classifier: model id
    id: str  # term id or model id
    matched: str  # matched text, or "" for the classifier
    score: float
    detail: tuple[str, ...] = ()  # classifier: the terms that weighed most

    def to_dict(self) -> dict[str, Any]:
        d = {"source": self.source, "rule": self.rule, "id": self.id, "matched": self.matched, "score": round(self.score, 4)}
        if self.detail:
            d["detail"] = list(self.detail)
        return d


@dataclass(frozen=True, slots=True)
class Finding:
    """Evidence that a passage addresses migration (or, for kind "possible", may)."""

    id: str
    kind: str  # "migration" (lexicon, or lexicon + classifier) | "possible" (classifier only)
    concept: str  # main migration concept
    concepts: tuple[str, ...]  # all concepts found in the passage
    sectors: tuple[str, ...]
    stage: str  # primary planning stage
    stages: tuple[str, ...]
    page: int | None
    block: int
    section_path: tuple[str, ...]
    start: int  # quoted sentence span in Document.text
    end: int
    text: str  # the quote: Document.text[start:end]
    match_start: int  # the matched term (lexicon findings) in Document.text
    match_end: int
    matched: str
    context: MatchContext
    signals: tuple[Signal, ...]
    confidence: float
    fired: str  # "lexicon" | "classifier" | "both"
    references: dict = field(default_factory=dict)  # {"sdg": [...], "gcm": [...]}: concepts' and checklist items'
    role: str | None = None  # the block's role when it is apparatus (contents, acronyms, references)
    incidental: bool = False  # only incidental terms (an organisation's name) in the passage: shown, not counted

    @property
    def asserted(self) -> bool:
        return self.context.asserted

    @property
    def counts(self) -> bool:
        """Counts as the plan addressing migration: confirmed, not negated, not only an incidental
        name ("IOM", "UNHCR": the labelling guide's "name only" rule) and not in a table of
        contents, acronym list or bibliography (those are shown, never counted).

        Hypothetical and historical mentions count: "potential migration of coastal
        communities" in a list of climate impacts, or land access for women "en cas de
        déplacement interne", are the plan treating migration (diagnosis, a contingent
        measure), as the labelling guide has it; the finding keeps its attribute for the reader."""
        return (self.kind == "migration" and not self.context.negated and not self.incidental
                and self.role not in NON_COUNTING_ROLES)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "concept": self.concept,
            "concepts": list(self.concepts),
            "sectors": list(self.sectors),
            "stage": self.stage,
            "stages": list(self.stages),
            "page": self.page,
            "block": self.block,
            "section_path": list(self.section_path),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "match": {"start": self.match_start, "end": self.match_end, "text": self.matched},
            "context": self.context.to_dict(),
            "signals": [s.to_dict() for s in self.signals],
            "fired": self.fired,
            "confidence": round(self.confidence, 4),
            "references": {k: list(v) for k, v in self.references.items()},
            "role": self.role,
            "incidental": self.incidental,
        }


@dataclass(frozen=True, slots=True)
class Excluded:
    """A migration-looking word that a false-friend rule set aside (shown for transparency)."""

    block: int
    page: int | None
    start: int
    end: int
    matched: str
    concept: str
    excluded_by: str

    def to_dict(self) -> dict[str, Any]:
        return {"block": self.block, "page": self.page, "start": self.start, "end": self.end,
                "matched": self.matched, "concept": self.concept, "excluded_by": self.excluded_by}


@dataclass(frozen=True, slots=True)
class Searched:
    """What a "missing" verdict rests on: what was looked for, and where."""

    concepts: tuple[str, ...]
    languages: tuple[str, ...]
    terms: int  # number of lexicon and topic terms tried
    sections: tuple[str, ...]
    pages: str  # compressed page ranges, "" when the format has no pages
    blocks: int

    def to_dict(self) -> dict[str, Any]:
        return {"concepts": list(self.concepts), "languages": list(self.languages), "terms": self.terms,
                "sections": list(self.sections), "pages": self.pages, "blocks": self.blocks}


@dataclass(frozen=True, slots=True)
class ChecklistResult:
    id: str
    level: str
    status: str  # addressed | partly | missing
    evidence: tuple[str, ...]  # finding ids
    reason: str  # machine-readable why: cooccurrence | wider_scope | not_asserted | possible_only | none
    searched: Searched
    references: dict[str, tuple]
    title: dict[str, str] = field(default_factory=dict)  # by language
    recommendation: dict[str, str] = field(default_factory=dict)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {"id": self.id, "level": self.level, "status": self.status, "evidence": list(self.evidence),
                "reason": self.reason, "title": localized(self.title, lang),
                "recommendation": localized(self.recommendation, lang) if self.status != ADDRESSED else None,
                "searched": self.searched.to_dict(),
                "references": {k: list(v) for k, v in self.references.items()}}


@dataclass(frozen=True, slots=True)
class StageCell:
    """One cell of the sector x stage matrix."""

    sector_blocks: int  # blocks where the sector is discussed in this stage
    findings: int  # confirmed, asserted migration findings
    other: int  # negated / hypothetical / historical (or uncounted) migration findings
    possible: int = 0  # classifier-only passages: shown, never a cell's status (docs/method.md)

    @property
    def status(self) -> str:
        if self.findings:
            return ADDRESSED
        if self.other:
            return PARTLY
        return MISSING if self.sector_blocks else "absent"

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "sector_blocks": self.sector_blocks, "findings": self.findings, "other": self.other,
                "possible": self.possible}


@dataclass(frozen=True, slots=True)
class SectorResult:
    sector: str
    code: str
    version: str
    present: bool
    pages: tuple[int, ...]
    blocks: int
    rating: int
    rating_if_confirmed: int  # the rating if the possible findings are confirmed by a reader
    stages: dict[str, StageCell]
    checklist: tuple[ChecklistResult, ...]
    findings: tuple[str, ...]
    searched: Searched
    title: dict[str, str] = field(default_factory=dict)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "sector": self.sector, "title": localized(self.title, lang), "code": self.code,
            "version": self.version, "present": self.present,
            "pages": list(self.pages), "blocks": self.blocks, "rating": self.rating,
            "rating_if_confirmed": self.rating_if_confirmed,
            "stages": {k: v.to_dict() for k, v in self.stages.items()},
            "checklist": [c.to_dict(lang) for c in self.checklist],
            "findings": list(self.findings), "searched": self.searched.to_dict(),
        }


@dataclass(frozen=True)
class ScreenResult:
    document: Document
    language: str  # language the screen used
    findings: tuple[Finding, ...]
    excluded: tuple[Excluded, ...]
    sectors: tuple[SectorResult, ...]
    summary: dict[str, Any]
    provenance: dict[str, Any]  # tool, lexicon, plugin and model versions
    warnings: tuple[str, ...] = ()
    plugin_errors: tuple[dict[str, str], ...] = ()
    report_lang: str = "en"
    timings: dict = field(default_factory=dict, compare=False, repr=False)  # seconds per phase; not in reports
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def finding(self, fid: str) -> Finding:
        if not self._index:
            self._index.update({f.id: f for f in self.findings})
        return self._index[fid]

    @property
    def unattributed(self) -> tuple[str, ...]:
        """Ids of findings tied to no sector (reports list them in a section of their own)."""
        return tuple(f.id for f in self.findings if not f.sectors)

    def sector(self, name: str) -> SectorResult:
        return next(s for s in self.sectors if s.sector == name)

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "schema_version": REPORT_SCHEMA_VERSION,
            "document": {"path": d.source, "sha256": d.sha256, "format": d.format, "language": d.language,
                         "pages": d.pages, "title": d.metadata.get("title"), "blocks": len(d.blocks),
                         "sections": len(d.sections), "warnings": list(d.warnings)},
            "screen_language": self.language,
            "report_language": self.report_lang,
            "provenance": self.provenance,
            "summary": self.summary,
            "sectors": [s.to_dict(self.report_lang) for s in self.sectors],
            "findings": [f.to_dict() for f in self.findings],
            "excluded": [e.to_dict() for e in self.excluded],
            "warnings": list(self.warnings),
            "plugin_errors": list(self.plugin_errors),
        }


def localized(texts: dict[str, str] | str | None, lang: str) -> str:
    """The text in ``lang``, else English, else any language given."""
    if not texts:
        return ""
    if isinstance(texts, str):
        return texts
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()))

