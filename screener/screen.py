"""The screen: from a loaded ``Document`` to a ``ScreenResult``.

One spaCy pass per block, shared by every component: the migration lexicon (with its
false-friend exclusions), the sector plugins' term lists, the checklist topic terms and the
context rules all read the same ``Doc``. The classifier, when given, scores the same blocks;
``fuse`` combines both signals under the documented rule (docs/method.md).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Sequence

from . import __version__
from .classify.fusion import fuse
from .model import HEADING, Document
from .nlp.context import MatchContext, context_matcher
from .results import (
    ADDRESSED,
    MISSING,
    NON_COUNTING_ROLES,
    PARTLY,
    ChecklistResult,
    Excluded,
    Finding,
    ScreenResult,
    Searched,
    SectorResult,
    Signal,
    StageCell,
    page_ranges,
)
from .stages import STAGES, UNSPECIFIED, document_stages, fold
from . import vocabulary
from .vocabulary import CONCEPT_SECTORS, FORWARD_STAGES, GOVERNANCE, GOVERNED_CONCEPTS, LANGUAGES, RIGHTS_SECTORS, SECURITY

SUPPORTED_LANGUAGES = LANGUAGES
# Concepts that make up the migration dimensions of the summary (migrants_general is the
# generic word and is not a dimension of its own).
DIMENSIONS = vocabulary.DIMENSIONS  # the bundled lexicon's concepts but the generic one
LEXICON_CONFIDENCE = 0.8
MIN_CLASSIFIER_WORDS = 6
SECTOR_WINDOW = 150  # characters between a migration term and a sector term for the finding to be that sector's
SECTOR_TIE = 40  # sectors named within this many characters of the nearest one share the finding
TITLE_SPAN = 0.9  # a heading whose section covers this share of the text is the document's title
# A migration passage naming no sector goes to the sector it governs: migration governance,
# rights, law, institutions, asylum, nationality, border and consular provisions are the
# governance sector's (concepts, or these accent-folded cue words in the sentence); any
# other unsectored passage is "cross-cutting", rated and counted in the summary of its own.
_GOVERNANCE_CUES = re.compile(
    r"\b(?:rights?|law|laws|act|article|constitution(?:al)?|asylum|nationality|citizenship|citizens?|borders?|consul\w*"
    r"|institution\w*|polic(?:y|ies)|authorit(?:y|ies)|observator(?:y|ies)|protection|legislation|state"
    r"|derechos?|ley|leyes|articulo|constitucion(?:al)?|asilo|nacionalidad|ciudadan\w*|fronter\w*|institucion\w*"
    r"|politicas?|autoridad(?:es)?|observatorio|proteccion|legislacion|estado"
    r"|droits?|loi|lois|constitution(?:nel\w*)?|asile|nationalite|citoyen\w*|frontier\w*|consulaire|observatoire"
    r"|politiques?|autorites?|legislation|etat|code)\b"
)
CROSS_CUTTING = "cross_cutting"
SWITCHED_OFF = "switched_off"  # Excluded.excluded_by of a concept the user switched off
# The plan verdict (continuum) and each covered dimension rest on at least this many counted
# passages, at least one of them not a passing mention (docs/method.md, "Plan verdict").
MIN_SUPPORT = 2

# Migration framed as control: cue words (accent-folded) counted over the confirmed findings.
_CONTROL = re.compile(
    r"\b(?:control(?:ar|er|ling)?|irregular(?:es)?|irreguliers?|illegal(?:es|ly)?|ilegal(?:es)?|clandestin(?:e|s|es|os|as)?"
    r"|border security|seguridad fronteriza|securite des frontieres|deport\w*|expul\w*|reconduite|intercept\w*"
    r"|lutte contre l'immigration|lucha contra la migracion|combat(?:ting)? illegal|amenaza|threat|menace)\b"
)


@dataclass(frozen=True)
class ScreenOptions:
    """Knobs of a screen; the CLI and screener.toml fill them."""

    lang: str | None = None  # force the screening language
    report_lang: str | None = None
    sectors: tuple[str, ...] | None = None  # only these sector plugins
    min_sector_blocks: int = 3  # blocks with the sector's own terms for it to count as present
    classifier_threshold: float | None = None  # None: the model card's threshold
    use_classifier: bool = False  # off by default: see the model card (targets not met on real plans)
    exclude_concepts: tuple[str, ...] = ()  # lexicon concepts switched off (--no-academic-mobility)


@dataclass
class _BlockInfo:
    index: int
    stage: str
    stages: frozenset[str]
    sectors: set[str] = field(default_factory=set)
    own_sector_hits: dict[str, int] = field(default_factory=dict)
    items: set[str] = field(default_factory=set)  # checklist items whose topic terms occur
    probability: float | None = None
    sector_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, sector) in the block
    headed: set[str] = field(default_factory=set)  # sectors named by the enclosing headings

    def sectors_near(self, anchors: Sequence[tuple[int, int]]) -> tuple[str, ...]:
        """Sectors of a finding. Inside a sector chapter ("3.2 Salud") the headings decide.
        Elsewhere (diagnosis overviews, indicator and budget tables) the nearest sector named
        within SECTOR_WINDOW characters of the migration terms decides, so a paragraph that
        lists "el centro de salud" among a round-table's members further on does not make
        health address migration."""
        if self.headed:
            return tuple(sorted(self.headed))
        distance: dict[str, int] = {}
        for a, z, sec in self.sector_spans:
            d = min(max(a - z2, a2 - z, 0) for a2, z2 in anchors)
            if d <= SECTOR_WINDOW:
                distance[sec] = min(d, distance.get(sec, d))
        if not distance:
            return ()
        # the nearest sector(s) only: "protege sus páramos ..., genera empleo digno para su
        # población, incluidas las personas en movilidad humana" is about employment
        best = min(distance.values())
        return tuple(sorted(sec for sec, d in distance.items() if d <= best + SECTOR_TIE))

    def sectors_asserted(self) -> tuple[str, ...]:
        if self.headed:
            return tuple(sorted(self.headed))
        return tuple(sorted({sec for _a, _z, sec in self.sector_spans}))


def screen(
    doc: Document,
    *,
    plugins=None,
    lexicon=None,
    classifier=None,
    options: ScreenOptions = ScreenOptions(),
) -> ScreenResult:
    """Screen ``doc``; plugins/lexicon/classifier default to the bundled ones."""
    from .nlp.lexicon import compile_lexicon, compile_terms, default_lexicon
    from .nlp.pipeline import get_nlp, pipe
    from .plugins import load_plugins
    from .plugins.registry import new_document

    new_document()  # plugin hooks: a fresh time budget for this document
    warnings: list[str] = []
    lang = options.lang or doc.language
    if lang not in SUPPORTED_LANGUAGES:
        warnings.append(
            f"document language '{doc.language}' has no lexicon; screened with the English lexicon "
            "(use --lang es|fr|en to choose)"
        )
        lang = "en"
    lexicon = lexicon if lexicon is not None else default_lexicon()
    plugin_set = plugins if plugins is not None else load_plugins(only=options.sectors)
    sector_plugins = [p for p in plugin_set.plugins if options.sectors is None or p.name in options.sectors]
    plugin_errors = [
        {"name": e.name, "origin": e.origin, "message": e.message} for e in getattr(plugin_set, "errors", ())
    ]

    clock = _Clock()
    nlp = get_nlp(lang)
    lex = compile_lexicon(lexicon, lang)
    sector_matcher = compile_terms({p.name: p.terms_for(lang) for p in sector_plugins}, lang, nlp)
    heading_matcher = compile_terms(
        {p.name: (p.heading_terms_for(lang) or p.terms_for(lang)) for p in sector_plugins}, lang, nlp
    )
    item_matcher = compile_terms(
        {it.id: it.terms_for(lang) for p in sector_plugins for it in p.checklist if it.terms_for(lang)}, lang, nlp
    )

    clock.lap("setup")
    blocks = doc.blocks
    spacy_docs = pipe([b.text for b in blocks], lang)
    clock.lap("spacy")
    stage_tags = document_stages(doc)

    # Sections headed by one sector ("3.2 Salud") give it to everything inside them. A heading
    # naming several sectors ("Empleo, economía local e inclusión") or spanning nearly the whole
    # document (its title) is no sector chapter: the passages inside decide for themselves.
    section_sectors: list[set[str]] = []
    text_len = max(1, len(doc.text))
    for s in doc.sections:
        own = {m.concept for m in heading_matcher.find(nlp(s.title), text=s.title)}
        if len(own) > 1 or (s.end - s.start) / text_len > TITLE_SPAN:
            own = set()
        inherited = section_sectors[s.parent] if s.parent is not None else set()
        section_sectors.append(own or inherited)

    switched_off = frozenset(options.exclude_concepts)
    infos: list[_BlockInfo] = []
    raw_matches: list[list] = []
    excluded: list[Excluded] = []
    for b, sdoc, (stage, stages) in zip(blocks, spacy_docs, stage_tags):
        info = _BlockInfo(b.index, stage, stages)
        for m in _longest_across_labels(sector_matcher.find(sdoc, text=b.text)):
            info.own_sector_hits[m.concept] = info.own_sector_hits.get(m.concept, 0) + 1
            info.sector_spans.append((m.start, m.end, m.concept))
        for p in sector_plugins:
            extra = _plugin_spans(p, b.text, sdoc, lang, plugin_errors)
            if extra:
                info.own_sector_hits[p.name] = info.own_sector_hits.get(p.name, 0) + len(extra)
                info.sector_spans.extend((a, z, p.name) for a, z in extra)
        info.sectors = set(info.own_sector_hits)
        if b.section is not None:
            info.headed = set(section_sectors[b.section])
            info.sectors |= info.headed
        if item_matcher is not None:
            info.items = {m.concept for m in item_matcher.find(sdoc, text=b.text)}
        matches = []
        for m in lex.find(sdoc, text=b.text):
            why = m.excluded_by or (SWITCHED_OFF if m.concept in switched_off else None)
            if why:
                excluded.append(Excluded(b.index, b.page, b.start + m.start, b.start + m.end, m.text, m.concept, why))
            else:
                matches.append(m)
        raw_matches.append(matches)
        infos.append(info)

    clock.lap("matching")
    # Classifier: a second, independent signal on every block long enough to judge.
    threshold = None
    if classifier is not None and options.use_classifier:
        threshold = options.classifier_threshold if options.classifier_threshold is not None else classifier.threshold
        idx = [i for i, b in enumerate(blocks) if b.kind != HEADING and len(b.text.split()) >= MIN_CLASSIFIER_WORDS]
        probs = classifier.predict_proba([blocks[i].text for i in idx], lang=lang) if idx else []
        for i, p in zip(idx, probs):
            infos[i].probability = float(p)
    excluded_blocks = {e.block for e in excluded}
    clock.lap("classifier")

    sector_names = frozenset(p.name for p in sector_plugins)
    findings = _findings(doc, spacy_docs, infos, raw_matches, lang, classifier, threshold, excluded_blocks, sector_names)
    sectors = [
        _sector_result(p, doc, infos, findings, lang, options, lexicon) for p in sector_plugins
    ]
    findings = _with_references(findings, sectors)
    summary = _summary(doc, findings, sectors, lang)
    clock.lap("report_model")
    provenance = {
        "tool": f"screener {__version__}",
        "lexicon": f"{lexicon.name} {lexicon.version}",
        "plugins": {p.name: p.version for p in sector_plugins},
        "classifier": getattr(classifier, "id", None),
        "classifier_threshold": threshold,
        "screen_language": lang,
    }
    return ScreenResult(
        document=doc,
        language=lang,
        findings=tuple(findings),
        excluded=tuple(excluded),
        sectors=tuple(sectors),
        summary=summary,
        provenance=provenance,
        warnings=tuple(warnings) + tuple(doc.warnings),
        plugin_errors=tuple(plugin_errors),
        report_lang=options.report_lang or (doc.language if doc.language in SUPPORTED_LANGUAGES else "en"),
        timings=dict(clock.laps, classified_blocks=len([i for i in infos if i.probability is not None])),
    )


def _governed_sectors(sentence: str, concepts, available: frozenset[str]) -> tuple[str, ...]:
    """The sector an unsectored migration passage governs: governance for rights, law,
    institutions, asylum, nationality, borders, consular services; else none (cross-cutting)."""
    if GOVERNANCE not in available:
        return ()
    if GOVERNED_CONCEPTS & set(concepts) or _GOVERNANCE_CUES.search(fold(sentence)):
        return (GOVERNANCE,)
    return ()


def _with_concept_sectors(sectors: tuple[str, ...], concepts, available: frozenset[str]) -> tuple[str, ...]:
    """Migration governance and migration data are the governance sector's own subject."""
    extra = {sec for c in concepts for sec in CONCEPT_SECTORS.get(c, ()) if sec in available}
    return tuple(sorted(set(sectors) | extra)) if extra else sectors


def _longest_across_labels(matches: list) -> list:
    """Drop a sector term lying inside a longer term of another sector: "seguridad" yields to
    "seguridad alimentaria" (rural development) and "seguridad social" (employment)."""
    out = []
    for m in matches:
        if any(o is not m and o.concept != m.concept and o.start <= m.start and m.end <= o.end
               and (o.end - o.start) > (m.end - m.start) for o in matches):
            continue
        out.append(m)
    return out


class _Clock:
    """Phase timings of a screen (benchmarks/bench_scan.py reports them)."""

    def __init__(self) -> None:
        import time

        self._now = time.perf_counter
        self._last = self._now()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = self._now()
        self.laps[name] = now - self._last
        self._last = now


def _plugin_spans(plugin, text, sdoc, lang, errors: list[dict]) -> tuple:
    """A plugin's optional custom matching hook; a hook that raises is reported, not fatal."""
    if getattr(plugin, "hooks", None) is None:
        return ()
    from .plugins import sector_spans

    spans, failure = sector_spans(plugin, text, sdoc, lang)
    if failure is not None and not any(e["name"] == plugin.name and e["message"] == failure.message for e in errors):
        errors.append({"name": plugin.name, "origin": plugin.origin, "message": failure.message})
    return spans


def _sentence_span(sdoc, start: int, end: int) -> tuple[int, int]:
    for sent in sdoc.sents:
        if sent.start_char <= start < sent.end_char:
            return sent.start_char, max(sent.end_char, end)
    return 0, len(sdoc.text)


def _findings(doc, spacy_docs, infos, raw_matches, lang, classifier, threshold, excluded_blocks, sector_names) -> list[Finding]:
    from .nlp.pipeline import get_nlp

    context = context_matcher(lang, get_nlp(lang))  # the rules run on each block's own Doc
    out: list[Finding] = []
    for b, sdoc, info, matches in zip(doc.blocks, spacy_docs, infos, raw_matches):
        path = tuple(doc.section_path(b.section))
        p = info.probability
        role = getattr(b, "role", None)  # Block.role (loaders): contents, acronyms, references
        fired = fuse(bool(matches), b.index in excluded_blocks, p, threshold)
        if matches:
            # one finding per sentence holding matches
            by_sentence: dict[tuple[int, int], list] = defaultdict(list)
            for m in matches:
                by_sentence[_sentence_span(sdoc, m.start, m.end)].append(m)
            for (s0, s1), ms in sorted(by_sentence.items()):
                names = [(m.start, m.end) for m in ms if m.incidental]
                # a term inside an incidental name ("Migration" in "International Organization for
                # Migration") is part of the name, incidental too
                side = {id(m) for m in ms if m.incidental or any(s <= m.start and m.end <= e for s, e in names)}
                ms.sort(key=lambda m: (id(m) in side, m.concept == "migrants_general", m.start))
                incidental = all(id(m) in side for m in ms)
                sentence = b.text[s0:s1]
                sent_span = sdoc.char_span(s0, s1, alignment_mode="expand") or sdoc[:]
                contexts = [context.classify(sent_span, m.start, m.end, lang, sentence) for m in ms]
                pick = next((i for i, c in enumerate(contexts) if c.asserted), 0)
                main, ctx = ms[pick], contexts[pick]
                concepts = tuple(dict.fromkeys(m.concept for m in ms))
                signals = [Signal("lexicon", m.rule, m.term_id, m.text, LEXICON_CONFIDENCE) for m in ms]
                confidence = LEXICON_CONFIDENCE
                if p is not None:
                    signals.append(Signal("classifier", classifier.id, classifier.id, "", p))
                    if fired == "both":
                        confidence = 1 - (1 - LEXICON_CONFIDENCE) * (1 - p)
                sectors = _with_concept_sectors(info.sectors_near([(m.start, m.end) for m in ms]), concepts, sector_names)
                if not sectors:
                    sectors = _governed_sectors(sentence, concepts, sector_names)
                out.append(Finding(
                    id="", kind="migration", concept=main.concept, concepts=concepts, sectors=sectors, role=role,
                    stage=info.stage, stages=tuple(sorted(info.stages)), page=b.page, block=b.index,
                    section_path=path, start=b.start + s0, end=b.start + s1, text=sentence,
                    match_start=b.start + main.start, match_end=b.start + main.end, matched=main.text,
                    context=ctx, signals=tuple(signals), confidence=confidence, fired=fired,
                    incidental=incidental,
                ))
        elif fired == "classifier":
            # classifier only: shown as "possible", with the terms that weighed most (added below)
            out.append(Finding(
                id="", kind="possible", concept="unspecified", concepts=(), sectors=info.sectors_asserted(),
                stage=info.stage, stages=tuple(sorted(info.stages)), page=b.page, block=b.index,
                section_path=path, start=b.start, end=b.end, text=b.text, match_start=b.start,
                match_end=b.end, matched="", context=MatchContext(), confidence=p, fired="classifier",
                signals=(Signal("classifier", classifier.id, classifier.id, "", p),), role=role,
            ))
    possible = [i for i, f in enumerate(out) if f.kind == "possible"]
    if possible:  # one vectorisation for every explanation
        tops = classifier.explain_many([out[i].text for i in possible], lang=lang, top=6)
        for i, top in zip(possible, tops):
            out[i] = replace(out[i], signals=(replace(out[i].signals[0], detail=tuple(top)),))
    return [replace(f, id=f"F{i + 1:04d}") for i, f in enumerate(out)]


def _with_references(findings: list[Finding], sectors: list[SectorResult]) -> list[Finding]:
    """Each finding links to the SDG targets and GCM objectives of its concepts and of the
    checklist items it is evidence for."""
    from .references import concept_references

    by_concept = concept_references()
    extra: dict[str, list[dict]] = defaultdict(list)
    for sec in sectors:
        for item in sec.checklist:
            for fid in item.evidence:
                extra[fid].append(item.references)
    out = []
    for f in findings:
        refs = [by_concept.get(c, {}) for c in f.concepts] + extra.get(f.id, [])
        sdg = tuple(sorted({t for r in refs for t in r.get("sdg", ())}, key=_target_key))
        gcm = tuple(sorted({int(n) for r in refs for n in r.get("gcm", ())}))
        out.append(replace(f, references={"sdg": sdg, "gcm": gcm}))
    return out


def _target_key(target: str) -> tuple:
    goal, _, sub = target.partition(".")
    return (int(goal), (0, int(sub)) if sub.isdigit() else (1, sub))


def _rating(findings: Sequence[Finding], include_possible: bool = False) -> int:
    """0 = migration absent; 1 = only in diagnosis or in passing; 2 = in objectives, actions or
    other forward-looking parts; 3 = in objectives/actions AND indicators AND budget or institutions."""
    findings = [f for f in findings if f.role not in NON_COUNTING_ROLES]  # apparatus never rates
    counted = [f for f in findings if f.counts or (include_possible and f.kind == "possible")]
    if not counted:
        # negated/hypothetical/historical mentions make 1; "possible" alone never raises a rating
        return 1 if any(f.kind == "migration" for f in findings) else 0
    if all(f.context.passing for f in counted):
        return 1
    stages = set().union(*(f.stages for f in counted if not f.context.passing))
    if not stages & FORWARD_STAGES:
        return 1
    if stages & {"objectives", "actions"} and "indicators" in stages and stages & {"budget", "institutions"}:
        return 3
    return 2


def _sector_result(plugin, doc, infos, findings, lang, options, lexicon) -> SectorResult:
    name = plugin.name
    sector_blocks = [i for i in infos if name in i.sectors]
    own = [i for i in infos if i.own_sector_hits.get(name)]
    headed = any(name in i.sectors and not i.own_sector_hits.get(name) for i in infos)
    present = len(own) >= min_blocks_for(len(doc.blocks), options) or (headed and len(own) >= 1)
    mine = [f for f in findings if name in f.sectors]
    pages = tuple(sorted({doc.blocks[i.index].page for i in sector_blocks if doc.blocks[i.index].page is not None}))

    stages: dict[str, StageCell] = {}
    for st in STAGES + (UNSPECIFIED,):
        blocks_here = sum(1 for i in sector_blocks if st in i.stages)
        fs = [f for f in mine if st in f.stages]
        stages[st] = StageCell(blocks_here, sum(f.counts for f in fs),
                               sum(f.kind == "migration" and not f.counts for f in fs),
                               sum(f.kind == "possible" for f in fs))
    cell = stages[UNSPECIFIED]
    if not cell.sector_blocks and not cell.findings + cell.other + cell.possible:
        del stages[UNSPECIFIED]

    all_concepts = tuple(c.id for c in lexicon.concepts)
    section_titles = tuple(dict.fromkeys(
        doc.sections[doc.blocks[i.index].section].title for i in sector_blocks if doc.blocks[i.index].section is not None
    ))
    n_terms = sum(len(c.terms_for(lang)) for c in lexicon.concepts)
    searched = Searched(all_concepts, (lang,), n_terms, section_titles[:40], page_ranges(pages), len(sector_blocks))

    by_block = defaultdict(list)
    for f in mine:
        by_block[f.block].append(f)
    checklist = tuple(
        _check_item(item, doc, sector_blocks, by_block, lang, lexicon, page_ranges(pages), section_titles)
        for item in plugin.checklist
    )
    return SectorResult(
        sector=name, code=plugin.code, version=plugin.version, present=present, pages=pages,
        blocks=len(sector_blocks), rating=_rating(mine) if present or mine else 0,
        rating_if_confirmed=_rating(mine, include_possible=True) if present or mine else 0,
        stages=stages, checklist=checklist, findings=tuple(f.id for f in mine), searched=searched,
        title=dict(plugin.title),
    )


def min_blocks_for(n_blocks: int, options: ScreenOptions) -> int:
    """Blocks using a sector's words for it to be present: ``min_sector_blocks`` in a full plan,
    fewer in a short brief (one block per 25 of the document, at least one)."""
    return max(1, min(options.min_sector_blocks, n_blocks // 25))


def _concept_ok(item, f: Finding) -> bool:
    if f.kind == "possible" or f.role in NON_COUNTING_ROLES:
        return False  # classifier-only passages and apparatus never make an item addressed or partly
    wanted = set(item.concepts)
    if not wanted or "any" in wanted:
        return True
    return bool(wanted & set(f.concepts))


def _check_item(item, doc, sector_blocks, by_block, lang, lexicon, pages, section_titles) -> ChecklistResult:
    """addressed: a confirmed, asserted finding of the item's concepts co-occurs with its topic
    terms in its scope (and stage); partly: the co-occurrence is only in the wider section, or
    only negated/hypothetical/possible; missing: neither (with what was searched)."""
    needs_terms = bool(item.terms_for(lang))
    stage_ok = (lambda f: not item.stages or bool(set(item.stages) & set(f.stages)))
    strong, weak = [], []
    section_items: dict[int | None, set[str]] = defaultdict(set)
    for i in sector_blocks:
        section_items[doc.blocks[i.index].section] |= i.items
    for i in sector_blocks:
        fs = [f for f in by_block.get(i.index, ()) if _concept_ok(item, f) and stage_ok(f)]
        if not fs:
            continue
        in_block = not needs_terms or item.id in i.items
        in_section = in_block or item.id in section_items[doc.blocks[i.index].section]
        scope_ok = in_block or (item.scope == "section" and in_section)
        for f in fs:
            if scope_ok and f.counts:
                strong.append(f.id)
            elif in_section:
                weak.append(f.id)
    concepts = tuple(c for c in item.concepts if c != "any") or tuple(c.id for c in lexicon.concepts)
    n_terms = sum(len(c.terms_for(lang)) for c in lexicon.concepts if c.id in concepts) + len(item.terms_for(lang))
    searched = Searched(concepts, (lang,), n_terms, section_titles[:40], pages, len(sector_blocks))
    refs = {"sdg": tuple(item.references.get("sdg", ())), "gcm": tuple(item.references.get("gcm", ()))}
    texts = {"title": dict(item.title), "recommendation": dict(item.recommendation)}
    if strong:
        return ChecklistResult(item.id, item.level, ADDRESSED, tuple(dict.fromkeys(strong)), "cooccurrence", searched, refs, **texts)
    if weak:
        return ChecklistResult(item.id, item.level, PARTLY, tuple(dict.fromkeys(weak)), "weak_evidence", searched, refs, **texts)
    return ChecklistResult(item.id, item.level, MISSING, (), "none", searched, refs, **texts)


def _supported(fs: Sequence[Finding]) -> bool:
    """Enough to rest a verdict on: MIN_SUPPORT counted passages, one of them not in passing."""
    return len(fs) >= MIN_SUPPORT and any(not f.context.passing for f in fs)


def _summary(doc: Document, findings: list[Finding], sectors: list[SectorResult], lang: str) -> dict[str, Any]:
    counted = [f for f in findings if f.counts]
    support: dict[str, list[Finding]] = defaultdict(list)
    for f in counted:
        for c in f.concepts:
            if c in DIMENSIONS:
                support[c].append(f)
    covered = sorted(c for c, fs in support.items() if _supported(fs))
    weak = sorted(c for c in support if c not in covered)  # one passage, or passing mentions only
    possible = sorted({c for f in findings if not f.counts for c in f.concepts if c in DIMENSIONS} - set(covered) - set(weak))
    present = [s for s in sectors if s.present]
    cross = [f for f in findings if f.kind == "migration" and not f.sectors]
    cross_rating = _rating(cross)
    max_rating = max([s.rating for s in present] + [cross_rating], default=0)
    forward = [s for s in present if s.rating >= 2]
    if not _supported(counted):
        continuum = "blind"
    elif max_rating <= 1:
        continuum = "aware"
    elif max_rating == 3 and len(forward) * 3 >= len(present):
        continuum = "responsive"
    else:
        continuum = "sensitive"
    control = [f for f in counted if _CONTROL.search(fold(f.text))]
    security_only = [f for f in counted if set(f.sectors) == {SECURITY}]
    rights_sectors = RIGHTS_SECTORS
    addressed_rights = [s for s in present if s.sector in rights_sectors and s.rating >= 2]
    security_framing = bool(counted) and (
        (len(control) / len(counted) >= 0.5 or len(security_only) / len(counted) >= 0.6) and len(addressed_rights) < 2
    )
    pages_with = sorted({f.page for f in counted if f.page is not None})
    return {
        "continuum": continuum,
        "continuum_support": len(counted),
        "min_support": MIN_SUPPORT,
        "security_framing": security_framing,
        "control_share": round(len(control) / len(counted), 3) if counted else 0.0,
        "findings": {"migration": len([f for f in findings if f.kind == "migration"]),
                     "counted": len(counted),
                     "possible": len([f for f in findings if f.kind == "possible"]),
                     "not_asserted": len([f for f in findings if f.kind == "migration" and not f.asserted])},
        "pages_with_migration": pages_with,
        "dimensions_covered": covered,
        "dimensions_weak": weak,
        "dimensions_possible": possible,
        "dimensions_missing": [d for d in DIMENSIONS if d not in covered and d not in possible and d not in weak],
        "dimension_support": {c: len(fs) for c, fs in sorted(support.items())},
        CROSS_CUTTING: {"findings": len(cross), "counted": sum(f.counts for f in cross), "rating": cross_rating,
                        "ids": [f.id for f in cross]},
        "sectors_present": [s.sector for s in present],
        "sectors_absent": [s.sector for s in sectors if not s.present],
        "sectors_addressing": [s.sector for s in present if s.rating >= 1 and any(
            f.counts for f in findings if s.sector in f.sectors)],
        "sectors_ignoring": [s.sector for s in present if not any(f.counts for f in findings if s.sector in f.sectors)],
        "ratings": {s.sector: s.rating for s in sectors},
        "checklist": {
            "addressed": sum(c.status == ADDRESSED for s in present for c in s.checklist),
            "partly": sum(c.status == PARTLY for s in present for c in s.checklist),
            "missing": sum(c.status == MISSING for s in present for c in s.checklist),
        },
    }


class Screener:
    """Everything a screen needs, loaded once and reused for many documents (and workers)."""

    def __init__(
        self,
        *,
        options: ScreenOptions = ScreenOptions(),
        lexicon_paths: Sequence[str] = (),
        plugins_dirs: Sequence[str] = (),
        model: str | None = None,
        max_bytes: int | None = None,
        engine: str = "pypdfium2",
        max_pages: int | None = None,
        max_chars: int | None = None,
        ocr: Any = None,
    ) -> None:
        from .limits import DEFAULT_MAX_CHARS
        from .loaders.base import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES
        from .nlp.lexicon import default_lexicon
        from .plugins import load_plugins

        # what a worker process needs to build the same Screener (batch --jobs)
        self.init_kwargs = {"options": options, "lexicon_paths": tuple(lexicon_paths), "plugins_dirs": tuple(plugins_dirs),
                            "model": model, "max_bytes": max_bytes, "engine": engine, "max_pages": max_pages,
                            "max_chars": max_chars, "ocr": ocr}
        self.options = options
        self.lexicon = default_lexicon(list(lexicon_paths))
        unknown = [c for c in options.exclude_concepts if c not in self.lexicon.concept_ids]
        if unknown:
            from .errors import ConfigError

            raise ConfigError("exclude_concepts", f"unknown concept(s): {', '.join(unknown)}",
                              f"Use concept ids from `screener lexicon show`: {', '.join(self.lexicon.concept_ids)}.")
        self.plugins = load_plugins(plugins_dirs=list(plugins_dirs), only=list(options.sectors) if options.sectors else None,
                                    concepts=self.lexicon.concept_ids)  # a --lexicon concept is one plugins may use
        self.classifier = None
        if options.use_classifier:
            from .classify import load_model

            self.classifier = load_model(model)
        self.max_bytes = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        self.engine = engine
        self.max_pages = DEFAULT_MAX_PAGES if max_pages is None else max_pages
        self.max_chars = DEFAULT_MAX_CHARS if max_chars is None else max_chars  # 0: no limit
        self.ocr = ocr  # loaders.ocr.OcrOptions, or None: no OCR
        self.model_path = model

    def load(self, path) -> Document:
        from .loaders import load

        return load(path, max_bytes=self.max_bytes, engine=self.engine, max_pages=self.max_pages,
                    max_chars=self.max_chars, ocr=self.ocr)

    def screen(self, doc: Document) -> ScreenResult:
        return screen(doc, plugins=self.plugins, lexicon=self.lexicon, classifier=self.classifier, options=self.options)

    def screen_file(self, path) -> ScreenResult:
        return self.screen(self.load(path))

    def fingerprint(self) -> dict[str, Any]:
        """Versions that make a report up to date (for --resume)."""
        return {
            "tool": __version__,
            "lexicon": f"{self.lexicon.name} {self.lexicon.version}",
            "plugins": {p.name: p.version for p in self.plugins.plugins},
            "classifier": getattr(self.classifier, "id", None),
            "options": repr(self.options),
            **({"ocr": repr(self.ocr)} if self.ocr is not None else {}),
        }
