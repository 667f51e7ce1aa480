"""The screen: from a loaded ``Document`` to a ``ScreenResult``, in small typed stages.

A ``Screener`` compiles every matcher once (``LanguageMatchers``: migration lexicon with its
false friends, the plugins' sector, heading and checklist terms, the context rules) and runs
the stages on each document: parse (one spaCy Doc per block, shared by every matcher and by
the plugin hooks) -> ``match_terms`` -> ``plugin_spans`` -> ``context_stage`` ->
``attribute_sectors`` -> stages (``stages.document_stages``) -> ``score_blocks`` (classifier,
optional) -> ``build_findings`` -> ``sector_result`` (``check_item``, ``rating``) ->
``summarise``. Frozen data passes between them (docs/architecture.md). ``fuse`` combines the
lexicon and classifier signals under the documented rule (docs/method.md).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from . import __version__
from .classify.fusion import fuse
from .model import HEADING, Block, Document
from .nlp.context import MatchContext
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

if TYPE_CHECKING:
    from .nlp.lexicon import TermMatch

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


# --------------------------------------------------------------------------- data between the stages


@dataclass(frozen=True)
class ParsedBlock:
    """One block of the document and its spaCy ``Doc`` (the one every matcher reads)."""

    block: Block
    doc: Any  # spacy.tokens.Doc of ``block.text``

    @property
    def text(self) -> str:
        return self.block.text


@dataclass(frozen=True)
class ParsedDocument:
    """The shared parsed document: the loaded ``Document`` and one spaCy ``Doc`` per block.

    What the plugin hook ``screener_sector_spans`` receives as ``doc`` (docs/plugins.md)."""

    document: Document
    lang: str
    blocks: tuple[ParsedBlock, ...]

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def docs(self) -> tuple[Any, ...]:
        return tuple(pb.doc for pb in self.blocks)


@dataclass(frozen=True)
class BlockHits:
    """What the compiled matchers found in one block (offsets into the block's text)."""

    sector: tuple[TermMatch, ...] = ()  # sector terms, a term inside a longer one of another sector dropped
    items: frozenset[str] = frozenset()  # checklist items whose topic terms occur
    migration: tuple[TermMatch, ...] = ()  # accepted migration matches (not false friends, not switched off)


@dataclass(frozen=True)
class TermHits:
    """Output of the match stage: per block hits, the rejected matches, each section's sectors."""

    blocks: tuple[BlockHits, ...]
    excluded: tuple[Excluded, ...]
    section_sectors: tuple[frozenset[str], ...]  # sectors a section's heading (or its parent's) names


@dataclass(frozen=True)
class SentenceEvidence:
    """One sentence holding migration matches, with each match's context (context stage)."""

    start: int  # sentence span in the block's text
    end: int
    matches: tuple[TermMatch, ...]  # main match candidates first (not incidental, not generic)
    contexts: tuple[MatchContext, ...]  # aligned with ``matches``
    incidental: bool  # every match is (inside) an incidental name

    @property
    def pick(self) -> int:
        """The match the finding quotes: the first asserted one, else the first."""
        return next((i for i, c in enumerate(self.contexts) if c.asserted), 0)


@dataclass(frozen=True)
class BlockSectors:
    """Which sectors a block belongs to (sector attribution stage)."""

    hits: tuple[tuple[str, int], ...] = ()  # (sector, own term and hook spans in the block), sorted
    spans: tuple[tuple[int, int, str], ...] = ()  # (start, end, sector) in the block, sorted by start
    headed: frozenset[str] = frozenset()  # sectors named by the enclosing headings
    sectors: frozenset[str] = frozenset()  # own sectors and headed ones
    max_span: int = 0  # longest span (bounds the window search)

    def own(self, name: str) -> int:
        """How many of the sector's own terms and hook spans the block holds."""
        for sec, n in self.hits:
            if sec == name:
                return n
        return 0

    def sectors_near(self, anchors: Sequence[tuple[int, int]]) -> tuple[str, ...]:
        """Sectors of a finding. Inside a sector chapter ("3.2 Salud") the headings decide.
        Elsewhere (diagnosis overviews, indicator and budget tables) the nearest sector named
        within SECTOR_WINDOW characters of the migration terms decides, so a paragraph that
        lists "el centro de salud" among a round-table's members further on does not make
        health address migration. Only spans that can be that near are looked at (linear in
        the block)."""
        if self.headed:
            return tuple(sorted(self.headed))
        if not self.spans or not anchors:
            return ()
        lo_at = min(a for a, _z in anchors) - SECTOR_WINDOW - self.max_span
        hi_at = max(z for _a, z in anchors) + SECTOR_WINDOW
        lo = bisect.bisect_left(self.spans, (lo_at, -1, ""))
        hi = bisect.bisect_right(self.spans, (hi_at, float("inf"), "\uffff"))
        distance: dict[str, int] = {}
        for a, z, sec in self.spans[lo:hi]:
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
        return tuple(sorted({sec for _a, _z, sec in self.spans}))


@dataclass(frozen=True)
class BlockInfo:
    """Everything the findings, checklist and rating stages know of one block."""

    index: int
    stage: str
    stages: frozenset[str]
    sectors: BlockSectors
    items: frozenset[str] = frozenset()
    probability: float | None = None

    def in_sector(self, name: str) -> bool:
        return name in self.sectors.sectors

    def own_hits(self, name: str) -> int:
        return self.sectors.own(name)


@dataclass(frozen=True)
class FindingInputs:
    """What the findings stage combines (formerly nine positional parameters)."""

    document: Document
    parsed: ParsedDocument
    infos: tuple[BlockInfo, ...]
    evidence: tuple[tuple[SentenceEvidence, ...], ...]  # per block
    lang: str
    classifier: Any = None  # a loaded model (``classify.load_model``), or None
    threshold: float | None = None
    excluded_blocks: frozenset[int] = frozenset()
    sector_names: frozenset[str] = frozenset()


# --------------------------------------------------------------------------- compiled once per Screener


class LanguageMatchers:
    """Every matcher of one language, compiled once for a ``Screener`` and reused for every
    document: the migration lexicon (with its false friends), the sector terms, the heading
    terms and the checklist topic terms of every loaded plugin, and the context rules, all on
    one spaCy pipeline. A screen for a subset of sectors filters the matches (a per-label
    result does not depend on the other labels), so nothing is compiled per document."""

    def __init__(self, lang: str, lexicon, plugins: Sequence[Any], nlp=None) -> None:
        from .nlp.context import ContextMatcher, rules_for
        from .nlp.lexicon import LexiconMatcher, compile_terms
        from .nlp.pipeline import get_nlp

        self.lang = lang
        self.nlp = nlp if nlp is not None else get_nlp(lang)
        _prime_forms(lang, lexicon, plugins)
        self.lexicon = LexiconMatcher(lexicon, lang, self.nlp)
        self.sectors = compile_terms({p.name: p.terms_for(lang) for p in plugins}, lang, self.nlp)
        self.headings = compile_terms(
            {p.name: (p.heading_terms_for(lang) or p.terms_for(lang)) for p in plugins}, lang, self.nlp
        )
        self.items = compile_terms(
            {it.id: it.terms_for(lang) for p in plugins for it in p.checklist if it.terms_for(lang)}, lang, self.nlp
        )
        self.item_sector = {it.id: p.name for p in plugins for it in p.checklist}
        self.context = ContextMatcher(rules_for(lang), self.nlp)
        self.term_counts = {c.id: len(c.terms_for(lang)) for c in lexicon.concepts}
        self.base_strings = len(self.nlp.vocab.strings)

    def parse(self, doc: Document) -> ParsedDocument:
        """The spaCy pass: one Doc per block, each keeping its source text (``pipeline.TEXT_KEY``)."""
        from .nlp.pipeline import BATCH_SIZE, TEXT_KEY

        texts = [b.text for b in doc.blocks]
        docs = list(self.nlp.pipe(texts, batch_size=BATCH_SIZE))
        for text, sdoc in zip(texts, docs):
            sdoc.user_data[TEXT_KEY] = text
        return ParsedDocument(doc, self.lang, tuple(ParsedBlock(b, d) for b, d in zip(doc.blocks, docs)))

    def vocab_growth(self) -> int:
        """Strings the documents added to the pipeline's StringStore since it was compiled."""
        return len(self.nlp.vocab.strings) - self.base_strings


def _prime_forms(lang: str, lexicon, plugins: Sequence[Any]) -> None:
    """Compute the lemma-safe forms (``nlp.forms``) of every one-word lemma term of ``lang`` —
    lexicon, false friends, sector, heading and checklist terms — in one pass over the lemma
    table. Each of the five term matchers then finds its forms cached instead of making its
    own pass (0.02-0.07 s each on the 2-core machine). The forms of a lemma are the same whichever
    call computes them; a term missed here is computed by its matcher as before."""
    from .nlp.forms import inflected_forms_many
    from .nlp.lexicon import parse_term

    terms = [t for c in (*lexicon.concepts, *lexicon.exclusions) for t in c.terms if t.lang == lang]
    raw: list[Any] = []
    for p in plugins:
        raw += [*p.terms_for(lang), *p.heading_terms_for(lang)]
        raw += [t for it in p.checklist for t in it.terms_for(lang)]
    for r in raw:  # plugin terms are written as in YAML (strings, mappings): read as compile_terms does
        if isinstance(r, (str, dict)):
            try:
                r = parse_term(r, "prime", lang, 1)
            except Exception:  # an invalid entry: compile_terms reports it
                continue
        if r is not None:
            terms.append(r)
    words = {t.text for t in terms
             if getattr(t, "kind", None) == "phrase" and getattr(t, "match", None) == "lemma"
             and isinstance(t.text, str) and t.text and not any(ch.isspace() for ch in t.text)}
    if words:
        inflected_forms_many(words, lang)


# --------------------------------------------------------------------------- stage: match


def longest_across_labels(matches: Sequence[TermMatch]) -> list[TermMatch]:
    """Drop a sector term lying inside a longer term of another sector: "seguridad" yields to
    "seguridad alimentaria" (rural development) and "seguridad social" (employment).

    Sort and sweep, O(n log n): a match is dropped when a match of another label strictly
    contains it. Sweeping by start, the earlier-starting matches are summarised by the two
    largest ends of distinct labels; matches with the same start compare by end."""
    n = len(matches)
    if n < 2:
        return list(matches)
    order = sorted(range(n), key=lambda i: (matches[i].start, -matches[i].end))
    drop = [False] * n
    before = _TopEnds()  # matches starting strictly before the current start
    i = 0
    while i < n:
        start = matches[order[i]].start
        j = i
        while j < n and matches[order[j]].start == start:
            j += 1
        group = order[i:j]  # same start, ends descending
        same = _TopEnds()  # matches of this start with a strictly larger end
        k = 0
        while k < len(group):
            end = matches[group[k]].end
            m_ = k
            while m_ < len(group) and matches[group[m_]].end == end:
                m_ += 1
            for idx in group[k:m_]:
                label = matches[idx].concept
                if before.other(label) >= end or same.other(label) > end:
                    drop[idx] = True
            for idx in group[k:m_]:
                same.add(end, matches[idx].concept)
            k = m_
        for idx in group:
            before.add(matches[idx].end, matches[idx].concept)
        i = j
    return [m for i, m in enumerate(matches) if not drop[i]]


class _TopEnds:
    """The largest end seen and the largest end of a label other than its label."""

    __slots__ = ("e1", "l1", "e2")

    def __init__(self) -> None:
        self.e1, self.l1, self.e2 = -1, None, -1

    def add(self, end: int, label: str) -> None:
        if label == self.l1:
            self.e1 = max(self.e1, end)
        elif end > self.e1:
            self.e1, self.l1, self.e2 = end, label, self.e1
        else:
            self.e2 = max(self.e2, end)

    def other(self, label: str) -> int:
        """The largest end among labels other than ``label`` (-1: none)."""
        return self.e1 if self.l1 != label else self.e2


def match_terms(parsed: ParsedDocument, matchers: LanguageMatchers, *, sectors: frozenset[str] | None,
                switched_off: frozenset[str] = frozenset()) -> TermHits:
    """Match stage: the compiled matchers over every block and every section title.

    ``sectors`` keeps only those sector plugins' hits (None: all compiled ones)."""
    doc = parsed.document
    keep = (lambda label: True) if sectors is None else (lambda label: label in sectors)
    keep_item = (lambda item: True) if sectors is None else (lambda item: matchers.item_sector.get(item) in sectors)

    # Sections headed by one sector ("3.2 Salud") give it to everything inside them. A heading
    # naming several sectors ("Empleo, economía local e inclusión") or spanning nearly the whole
    # document (its title) is no sector chapter: the passages inside decide for themselves.
    section_sectors: list[frozenset[str]] = []
    text_len = max(1, len(doc.text))
    titles = [s.title for s in doc.sections]
    for s, tdoc in zip(doc.sections, matchers.nlp.pipe(titles)):
        own = frozenset(m.concept for m in matchers.headings.find(tdoc, text=s.title) if keep(m.concept))
        if len(own) > 1 or (s.end - s.start) / text_len > TITLE_SPAN:
            own = frozenset()
        inherited = section_sectors[s.parent] if s.parent is not None else frozenset()
        section_sectors.append(own or inherited)

    hits: list[BlockHits] = []
    excluded: list[Excluded] = []
    for pb in parsed.blocks:
        b, sdoc = pb.block, pb.doc
        sector = longest_across_labels([m for m in matchers.sectors.find(sdoc, text=b.text) if keep(m.concept)])
        items = frozenset(m.concept for m in matchers.items.find(sdoc, text=b.text) if keep_item(m.concept))
        accepted = []
        for m in matchers.lexicon.find(sdoc, text=b.text):
            why = m.excluded_by or (SWITCHED_OFF if m.concept in switched_off else None)
            if why:
                excluded.append(Excluded(b.index, b.page_at(m.start), b.start + m.start, b.start + m.end, m.text, m.concept, why))
            else:
                accepted.append(m)
        hits.append(BlockHits(tuple(sector), items, tuple(accepted)))
    return TermHits(tuple(hits), tuple(excluded), tuple(section_sectors))


# --------------------------------------------------------------------------- stage: plugin hooks


def plugin_spans(parsed: ParsedDocument, plugins: Sequence[Any], errors: list[dict]) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """Each plugin's ``screener_sector_spans`` hook, called once for the document (only for the
    plugins that implement it), its spans (offsets into ``Document.text``) assigned to every
    block they overlap, clipped to the block. A failing hook is recorded in ``errors``."""
    per_block: list[list[tuple[int, int, str]]] = [[] for _ in parsed.blocks]
    if not plugins:
        return tuple(() for _ in parsed.blocks)
    from .plugins import sector_spans

    starts = [pb.block.start for pb in parsed.blocks]
    for p in plugins:
        spans, failure = sector_spans(p, parsed.text, parsed, parsed.lang)
        if failure is not None:
            if not any(e["name"] == p.name and e["message"] == failure.message for e in errors):
                errors.append({"name": p.name, "origin": p.origin, "message": failure.message})
            continue
        for s, e in spans:
            i = max(0, bisect.bisect_right(starts, s) - 1)
            while i < len(starts) and starts[i] < e:
                b = parsed.blocks[i].block
                if b.start < e and s < b.end:
                    per_block[i].append((max(s, b.start) - b.start, min(e, b.end) - b.start, p.name))
                i += 1
    return tuple(tuple(x) for x in per_block)


# --------------------------------------------------------------------------- stage: context


def sentence_bounds(sdoc) -> tuple[list[int], list[int]]:
    """Start and end characters of the Doc's sentences (for bisecting)."""
    starts, ends = [], []
    for sent in sdoc.sents:
        starts.append(sent.start_char)
        ends.append(sent.end_char)
    return starts, ends


def sentence_span(bounds: tuple[list[int], list[int]], start: int, end: int, text_len: int) -> tuple[int, int]:
    """The sentence holding ``start`` (extended to ``end``), or the whole block."""
    starts, ends = bounds
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and start < ends[i]:
        return starts[i], max(ends[i], end)
    return 0, text_len


def context_stage(parsed: ParsedDocument, hits: TermHits, context) -> tuple[tuple[SentenceEvidence, ...], ...]:
    """Context stage: group each block's migration matches by sentence; classify each match
    (negated, hypothetical, historical, passing) with the context rules on the block's Doc."""
    lang = parsed.lang
    out: list[tuple[SentenceEvidence, ...]] = []
    for pb, bh in zip(parsed.blocks, hits.blocks):
        if not bh.migration:
            out.append(())
            continue
        b, sdoc = pb.block, pb.doc
        bounds = sentence_bounds(sdoc)
        by_sentence: dict[tuple[int, int], list[TermMatch]] = defaultdict(list)
        for m in bh.migration:
            by_sentence[sentence_span(bounds, m.start, m.end, len(b.text))].append(m)
        evidence = []
        for (s0, s1), ms in sorted(by_sentence.items()):
            names = [(m.start, m.end) for m in ms if m.incidental]
            # a term inside an incidental name ("Migration" in "International Organization for
            # Migration") is part of the name, incidental too
            side = {id(m) for m in ms if m.incidental or any(s <= m.start and m.end <= e for s, e in names)}
            ms.sort(key=lambda m: (id(m) in side, m.concept == "migrants_general", m.start))
            sentence = b.text[s0:s1]
            sent_span = sdoc.char_span(s0, s1, alignment_mode="expand") or sdoc[:]
            contexts = tuple(context.classify(sent_span, m.start, m.end, lang, sentence) for m in ms)
            evidence.append(SentenceEvidence(s0, s1, tuple(ms), contexts, all(id(m) in side for m in ms)))
        out.append(tuple(evidence))
    return tuple(out)


# --------------------------------------------------------------------------- stage: attribute to sectors


def attribute_sectors(document: Document, hits: TermHits,
                      extra: Sequence[Sequence[tuple[int, int, str]]]) -> tuple[BlockSectors, ...]:
    """Sector attribution stage: a block's own sector terms and hook spans, and the sectors of
    the headings above it."""
    out = []
    for b, bh, more in zip(document.blocks, hits.blocks, extra):
        counts: dict[str, int] = {}
        spans = [(m.start, m.end, m.concept) for m in bh.sector]
        for m in bh.sector:
            counts[m.concept] = counts.get(m.concept, 0) + 1
        for a, z, name in more:
            counts[name] = counts.get(name, 0) + 1
        spans.extend(more)
        spans.sort()
        headed = hits.section_sectors[b.section] if b.section is not None else frozenset()
        out.append(BlockSectors(tuple(sorted(counts.items())), tuple(spans), headed, frozenset(counts) | headed,
                                max((z - a for a, z, _s in spans), default=0)))
    return tuple(out)


# --------------------------------------------------------------------------- stage: classifier


def score_blocks(document: Document, classifier, lang: str) -> tuple[float | None, ...]:
    """A second, independent signal on every block long enough to judge (None: not scored)."""
    probs: list[float | None] = [None] * len(document.blocks)
    if classifier is None:
        return tuple(probs)
    blocks = document.blocks
    idx = [i for i, b in enumerate(blocks) if b.kind != HEADING and len(b.text.split()) >= MIN_CLASSIFIER_WORDS]
    for i, p in zip(idx, classifier.predict_proba([blocks[i].text for i in idx], lang=lang) if idx else []):
        probs[i] = float(p)
    return tuple(probs)


# --------------------------------------------------------------------------- stage: findings


def build_findings(inp: FindingInputs) -> list[Finding]:
    """One finding per sentence holding accepted migration matches, and one "possible" finding
    per block only the classifier flags; numbered F0001... in document order."""
    doc, classifier, lang = inp.document, inp.classifier, inp.lang
    out: list[Finding] = []
    for b, info, evidence in zip(doc.blocks, inp.infos, inp.evidence):
        path = tuple(doc.section_path(b.section))
        p = info.probability
        role = getattr(b, "role", None)  # Block.role (loaders): contents, acronyms, references
        fired = fuse(bool(evidence), b.index in inp.excluded_blocks, p, inp.threshold)
        for ev in evidence:
            ms = ev.matches
            main, ctx = ms[ev.pick], ev.contexts[ev.pick]
            concepts = tuple(dict.fromkeys(m.concept for m in ms))
            signals = [Signal("lexicon", m.rule, m.term_id, m.text, LEXICON_CONFIDENCE) for m in ms]
            confidence = LEXICON_CONFIDENCE
            if p is not None:
                signals.append(Signal("classifier", classifier.id, classifier.id, "", p))
                if fired == "both":
                    confidence = 1 - (1 - LEXICON_CONFIDENCE) * (1 - p)
            sentence = b.text[ev.start:ev.end]
            sectors = _with_concept_sectors(info.sectors.sectors_near([(m.start, m.end) for m in ms]), concepts,
                                            inp.sector_names)
            if not sectors:
                sectors = _governed_sectors(sentence, concepts, inp.sector_names)
            out.append(Finding(
                id="", kind="migration", concept=main.concept, concepts=concepts, sectors=sectors, role=role,
                stage=info.stage, stages=tuple(sorted(info.stages)), page=b.page_at(main.start), block=b.index,
                section_path=path, start=b.start + ev.start, end=b.start + ev.end, text=sentence,
                match_start=b.start + main.start, match_end=b.start + main.end, matched=main.text,
                context=ctx, signals=tuple(signals), confidence=confidence, fired=fired,
                incidental=ev.incidental,
            ))
        if not evidence and fired == "classifier":
            # classifier only: shown as "possible", with the terms that weighed most (added below)
            out.append(Finding(
                id="", kind="possible", concept="unspecified", concepts=(), sectors=info.sectors.sectors_asserted(),
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


def with_references(findings: list[Finding], sectors: Sequence[SectorResult]) -> list[Finding]:
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


# --------------------------------------------------------------------------- stage: rate


def rating(findings: Sequence[Finding], include_possible: bool = False) -> int:
    """0 = migration absent; 1 = only in diagnosis or in passing; 2 = in objectives, actions or
    other forward-looking parts; 3 = in objectives/actions AND indicators AND budget or institutions."""
    findings = [f for f in findings if f.role not in NON_COUNTING_ROLES]  # apparatus never rates
    counted = [f for f in findings if f.counts or (include_possible and f.kind == "possible")]
    if not counted:
        # negated mentions make 1; "possible" alone never raises a rating
        return 1 if any(f.kind == "migration" for f in findings) else 0
    if all(f.context.passing for f in counted):
        return 1
    stages = set().union(*(f.stages for f in counted if not f.context.passing))
    if not stages & FORWARD_STAGES:
        return 1
    if stages & {"objectives", "actions"} and "indicators" in stages and stages & {"budget", "institutions"}:
        return 3
    return 2


# --------------------------------------------------------------------------- stage: sectors and checklists


def sector_result(plugin, doc: Document, infos: Sequence[BlockInfo], findings: Sequence[Finding], lang: str,
                  options: ScreenOptions, lexicon, term_counts: Mapping[str, int] | None = None) -> SectorResult:
    """One sector's verdict: presence, stage cells, checklist (``check_item``) and rating."""
    name = plugin.name
    sector_blocks = [i for i in infos if i.in_sector(name)]
    own = [i for i in infos if i.own_hits(name)]
    headed = any(i.in_sector(name) and not i.own_hits(name) for i in infos)
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

    if term_counts is None:
        term_counts = {c.id: len(c.terms_for(lang)) for c in lexicon.concepts}
    all_concepts = tuple(c.id for c in lexicon.concepts)
    section_titles = tuple(dict.fromkeys(
        doc.sections[doc.blocks[i.index].section].title for i in sector_blocks if doc.blocks[i.index].section is not None
    ))
    searched = Searched(all_concepts, (lang,), sum(term_counts.values()), section_titles[:40], page_ranges(pages),
                        len(sector_blocks))

    by_block = defaultdict(list)
    for f in mine:
        by_block[f.block].append(f)
    section_items: dict[int | None, set[str]] = defaultdict(set)
    for i in sector_blocks:
        section_items[doc.blocks[i.index].section] |= i.items
    scope = SectorScope(doc, tuple(sector_blocks), by_block, section_items, page_ranges(pages), section_titles)
    checklist = tuple(check_item(item, scope, lang, all_concepts, term_counts) for item in plugin.checklist)
    return SectorResult(
        sector=name, code=plugin.code, version=plugin.version, present=present, pages=pages,
        blocks=len(sector_blocks), rating=rating(mine) if present or mine else 0,
        rating_if_confirmed=rating(mine, include_possible=True) if present or mine else 0,
        stages=stages, checklist=checklist, findings=tuple(f.id for f in mine), searched=searched,
        title=dict(plugin.title),
    )


def min_blocks_for(n_blocks: int, options: ScreenOptions) -> int:
    """Blocks using a sector's words for it to be present: ``min_sector_blocks`` in a full plan,
    fewer in a short brief (one block per 25 of the document, at least one)."""
    return max(1, min(options.min_sector_blocks, n_blocks // 25))


@dataclass(frozen=True)
class SectorScope:
    """Where a sector's checklist items look for evidence."""

    document: Document
    blocks: tuple[BlockInfo, ...]  # the sector's blocks
    findings_by_block: Mapping[int, list[Finding]]  # the sector's findings
    section_items: Mapping[int | None, set[str]]  # checklist items whose terms occur in each section's sector blocks
    pages: str  # page ranges, for "what was searched"
    section_titles: tuple[str, ...]


def _concept_ok(item, f: Finding) -> bool:
    if f.kind == "possible" or f.role in NON_COUNTING_ROLES:
        return False  # classifier-only passages and apparatus never make an item addressed or partly
    wanted = set(item.concepts)
    if not wanted or "any" in wanted:
        return True
    return bool(wanted & set(f.concepts))


def check_item(item, scope: SectorScope, lang: str, all_concepts: tuple[str, ...],
               term_counts: Mapping[str, int]) -> ChecklistResult:
    """Checklist stage. addressed: a confirmed, asserted finding of the item's concepts
    co-occurs with its topic terms in its scope (and stage); partly: the co-occurrence is only
    in the wider section, or only negated; missing: neither (with what
    was searched)."""
    doc = scope.document
    needs_terms = bool(item.terms_for(lang))
    stage_ok = (lambda f: not item.stages or bool(set(item.stages) & set(f.stages)))
    strong, weak = [], []
    for i in scope.blocks:
        fs = [f for f in scope.findings_by_block.get(i.index, ()) if _concept_ok(item, f) and stage_ok(f)]
        if not fs:
            continue
        in_block = not needs_terms or item.id in i.items
        in_section = in_block or item.id in scope.section_items[doc.blocks[i.index].section]
        scope_ok = in_block or (item.scope == "section" and in_section)
        for f in fs:
            if scope_ok and f.counts:
                strong.append(f.id)
            elif in_section:
                weak.append(f.id)
    concepts = tuple(c for c in item.concepts if c != "any") or all_concepts
    n_terms = sum(n for c, n in term_counts.items() if c in concepts) + len(item.terms_for(lang))
    searched = Searched(concepts, (lang,), n_terms, scope.section_titles[:40], scope.pages, len(scope.blocks))
    refs = {"sdg": tuple(item.references.get("sdg", ())), "gcm": tuple(item.references.get("gcm", ()))}
    texts = {"title": dict(item.title), "recommendation": dict(item.recommendation)}
    if strong:
        return ChecklistResult(item.id, item.level, ADDRESSED, tuple(dict.fromkeys(strong)), "cooccurrence", searched, refs, **texts)
    if weak:
        return ChecklistResult(item.id, item.level, PARTLY, tuple(dict.fromkeys(weak)), "weak_evidence", searched, refs, **texts)
    return ChecklistResult(item.id, item.level, MISSING, (), "none", searched, refs, **texts)


# --------------------------------------------------------------------------- stage: summarise


def _supported(fs: Sequence[Finding]) -> bool:
    """Enough to rest a verdict on: MIN_SUPPORT counted passages, one of them not in passing."""
    return len(fs) >= MIN_SUPPORT and any(not f.context.passing for f in fs)


def summarise(doc: Document, findings: Sequence[Finding], sectors: Sequence[SectorResult], lang: str,
              dimensions: Sequence[str] | None = None) -> dict[str, Any]:
    """Summary stage: the plan's position on the continuum, dimensions, sectors, checklist totals.

    ``dimensions``: the concepts of the lexicon the screen used (a ``--lexicon`` may add some,
    ``exclude_concepts`` switches some off); default: the bundled lexicon's."""
    dims = tuple(dimensions) if dimensions is not None else DIMENSIONS
    counted = [f for f in findings if f.counts]
    support: dict[str, list[Finding]] = defaultdict(list)
    for f in counted:
        for c in f.concepts:
            if c in dims:
                support[c].append(f)
    covered = sorted(c for c, fs in support.items() if _supported(fs))
    weak = sorted(c for c in support if c not in covered)  # one passage, or passing mentions only
    possible = sorted({c for f in findings if not f.counts for c in f.concepts if c in dims} - set(covered) - set(weak))
    present = [s for s in sectors if s.present]
    cross = [f for f in findings if f.kind == "migration" and not f.sectors]
    cross_rating = rating(cross)
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
    counting = {s for f in findings if f.counts for s in f.sectors}
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
        "dimensions_missing": [d for d in dims if d not in covered and d not in possible and d not in weak],
        "dimension_support": {c: len(fs) for c, fs in sorted(support.items())},
        CROSS_CUTTING: {"findings": len(cross), "counted": sum(f.counts for f in cross), "rating": cross_rating,
                        "ids": [f.id for f in cross]},
        "sectors_present": [s.sector for s in present],
        "sectors_absent": [s.sector for s in sectors if not s.present],
        "sectors_addressing": [s.sector for s in present if s.rating >= 1 and s.sector in counting],
        "sectors_ignoring": [s.sector for s in present if s.sector not in counting],
        "ratings": {s.sector: s.rating for s in sectors},
        "checklist": {
            "addressed": sum(c.status == ADDRESSED for s in present for c in s.checklist),
            "partly": sum(c.status == PARTLY for s in present for c in s.checklist),
            "missing": sum(c.status == MISSING for s in present for c in s.checklist),
        },
    }


# --------------------------------------------------------------------------- the engine


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


def screen(
    doc: Document,
    *,
    plugins=None,
    lexicon=None,
    classifier=None,
    options: ScreenOptions = ScreenOptions(),
) -> ScreenResult:
    """Screen ``doc`` once; plugins/lexicon/classifier default to the bundled ones.

    Compiles the matchers for this one call: to screen many documents keep a ``Screener``."""
    return Screener.from_parts(plugins=plugins, lexicon=lexicon, classifier=classifier, options=options).screen(doc)


class Screener:
    """Everything a screen needs, loaded once and reused for many documents (and workers).

    It owns every cache of the engine: the matchers of each language are compiled at the
    first document in that language and kept (``LanguageMatchers``), renewed with a fresh
    spaCy pipeline once documents have added ``VOCAB_RENEW`` strings to its vocabulary, so a
    long-running worker's memory stays bounded."""

    VOCAB_RENEW = 100_000  # strings documents may add to a pipeline's StringStore before it is renewed

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
        from .nlp import pipeline  # noqa: F401 - first: imports spaCy without its CLI (pipeline.import_spacy)
        from .nlp.lexicon import default_lexicon
        from .plugins import load_plugins

        # what a worker process needs to build the same Screener (batch --jobs)
        self.init_kwargs = {"options": options, "lexicon_paths": tuple(lexicon_paths), "plugins_dirs": tuple(plugins_dirs),
                            "model": model, "max_bytes": max_bytes, "engine": engine, "max_pages": max_pages,
                            "max_chars": max_chars, "ocr": ocr}
        lexicon = default_lexicon(list(lexicon_paths))
        unknown = [c for c in options.exclude_concepts if c not in lexicon.concept_ids]
        if unknown:
            from .errors import ConfigError

            raise ConfigError("exclude_concepts", f"unknown concept(s): {', '.join(unknown)}",
                              f"Use concept ids from `screener lexicon show`: {', '.join(lexicon.concept_ids)}.")
        plugins = load_plugins(plugins_dirs=list(plugins_dirs), only=list(options.sectors) if options.sectors else None,
                               concepts=lexicon.concept_ids)  # a --lexicon concept is one plugins may use
        classifier = None
        if options.use_classifier:
            from .classify import load_model

            classifier = load_model(model)
        self._setup(options, lexicon, plugins, classifier)
        self.max_bytes = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        self.engine = engine
        self.max_pages = DEFAULT_MAX_PAGES if max_pages is None else max_pages
        self.max_chars = DEFAULT_MAX_CHARS if max_chars is None else max_chars  # 0: no limit
        self.ocr = ocr  # loaders.ocr.OcrOptions, or None: no OCR
        self.model_path = model

    @classmethod
    def from_parts(cls, *, plugins=None, lexicon=None, classifier=None,
                   options: ScreenOptions = ScreenOptions()) -> "Screener":
        """A Screener around already loaded parts (None: the bundled lexicon and plugins)."""
        from .nlp import pipeline  # noqa: F401 - first: imports spaCy without its CLI (pipeline.import_spacy)
        from .nlp.lexicon import default_lexicon
        from .plugins import load_plugins

        self = cls.__new__(cls)
        self.init_kwargs = None
        lexicon = lexicon if lexicon is not None else default_lexicon()
        plugins = plugins if plugins is not None else load_plugins(only=options.sectors)
        self._setup(options, lexicon, plugins, classifier)
        self.max_bytes = self.max_pages = self.max_chars = None
        self.engine, self.ocr, self.model_path = "pypdfium2", None, None
        return self

    def _setup(self, options: ScreenOptions, lexicon, plugins, classifier) -> None:
        import threading

        from .plugins.registry import implements

        self.options = options
        self.lexicon = lexicon
        self.plugins = plugins
        self.classifier = classifier
        # the plugins whose module implements the per-document hook, found once: the others
        # cost no hook call at all
        self.hook_plugins = tuple(p for p in plugins.plugins if implements(p, "screener_sector_spans"))
        self._matchers: dict[str, LanguageMatchers] = {}
        self._lock = threading.Lock()

    def matchers(self, lang: str) -> LanguageMatchers:
        """The compiled matchers of ``lang`` (built at the first use, renewed when the vocab grew)."""
        with self._lock:
            m = self._matchers.get(lang)
            if m is not None and m.vocab_growth() <= self.VOCAB_RENEW:
                return m
            nlp = None
            if m is not None:  # renew: a fresh pipeline and vocabulary, the same results
                from .nlp.pipeline import get_nlp

                nlp = get_nlp.__wrapped__(lang)
            m = LanguageMatchers(lang, self.lexicon, self.plugins.plugins, nlp)
            self._matchers[lang] = m
            return m

    def load(self, path) -> Document:
        from .loaders import load

        return load(path, max_bytes=self.max_bytes, engine=self.engine, max_pages=self.max_pages,
                    max_chars=self.max_chars, ocr=self.ocr)

    def screen_file(self, path) -> ScreenResult:
        return self.screen(self.load(path))

    def screen(self, doc: Document, options: ScreenOptions | None = None) -> ScreenResult:
        """Screen ``doc`` through the stages: parse → match → plugin hooks → context →
        attribute to sectors → stage → classifier → findings → checklist and rating per sector →
        summarise. ``options`` overrides the Screener's for this document (serve: sectors,
        languages per upload); a sector subset must be among the loaded plugins."""
        from .plugins.registry import new_document

        options = options or self.options
        new_document()  # plugin hooks: a fresh time budget for this document
        warnings: list[str] = []
        lang = options.lang or doc.language
        if lang not in SUPPORTED_LANGUAGES:
            warnings.append(
                f"document language '{doc.language}' has no lexicon; screened with the English lexicon "
                "(use --lang es|fr|en to choose)"
            )
            lang = "en"
        wanted = None if options.sectors is None else frozenset(options.sectors)
        sector_plugins = [p for p in self.plugins.plugins if wanted is None or p.name in wanted]
        all_loaded = wanted is None or len(sector_plugins) == len(self.plugins.plugins)
        plugin_errors = [
            {"name": e.name, "origin": e.origin, "message": e.message} for e in getattr(self.plugins, "errors", ())
        ]

        clock = _Clock()
        matchers = self.matchers(lang)
        clock.lap("setup")
        parsed = matchers.parse(doc)
        clock.lap("spacy")
        hits = match_terms(parsed, matchers, sectors=None if all_loaded else wanted,
                           switched_off=frozenset(options.exclude_concepts))
        hooks = [p for p in self.hook_plugins if wanted is None or p.name in wanted]
        extra = plugin_spans(parsed, hooks, plugin_errors)
        evidence = context_stage(parsed, hits, matchers.context)
        block_sectors = attribute_sectors(doc, hits, extra)
        stage_tags = document_stages(doc)
        clock.lap("matching")
        classifier, threshold = None, None
        if self.classifier is not None and options.use_classifier:
            classifier = self.classifier
            threshold = options.classifier_threshold if options.classifier_threshold is not None else classifier.threshold
        probabilities = score_blocks(doc, classifier, lang)
        clock.lap("classifier")

        infos = tuple(
            BlockInfo(b.index, stage, stages, bs, bh.items, p)
            for b, (stage, stages), bs, bh, p in zip(doc.blocks, stage_tags, block_sectors, hits.blocks, probabilities)
        )
        sector_names = frozenset(p.name for p in sector_plugins)
        findings = build_findings(FindingInputs(
            document=doc, parsed=parsed, infos=infos, evidence=evidence, lang=lang, classifier=classifier,
            threshold=threshold, excluded_blocks=frozenset(e.block for e in hits.excluded), sector_names=sector_names,
        ))
        sectors = [sector_result(p, doc, infos, findings, lang, options, self.lexicon, matchers.term_counts)
                   for p in sector_plugins]
        findings = with_references(findings, sectors)
        dims = [c for c in vocabulary.dimensions_of(self.lexicon.concept_ids) if c not in options.exclude_concepts]
        summary = summarise(doc, findings, sectors, lang, dims)
        clock.lap("report_model")
        provenance = {
            "tool": f"screener {__version__}",
            "lexicon": f"{self.lexicon.name} {self.lexicon.version}",
            "plugins": {p.name: p.version for p in sector_plugins},
            "classifier": getattr(self.classifier, "id", None),
            "classifier_threshold": threshold,
            "screen_language": lang,
        }
        return ScreenResult(
            document=doc,
            language=lang,
            findings=tuple(findings),
            excluded=hits.excluded,
            sectors=tuple(sectors),
            summary=summary,
            provenance=provenance,
            warnings=tuple(warnings) + tuple(doc.warnings),
            plugin_errors=tuple(plugin_errors),
            report_lang=options.report_lang or (doc.language if doc.language in SUPPORTED_LANGUAGES else "en"),
            timings=dict(clock.laps, classified_blocks=sum(p is not None for p in probabilities)),
        )

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
