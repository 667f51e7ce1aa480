"""Each stage of the engine on its own (screen.py): match, context, attribute to sectors,
stage, classifier, findings, checklist, rate, summarise; and a long-running Screener whose
spaCy vocabulary stays bounded."""

from __future__ import annotations

import json
import random
from dataclasses import FrozenInstanceError, fields

import pytest

from screener.loaders import load_bytes
from screener.nlp.context import MatchContext
from screener.nlp.lexicon import TermMatch
from screener.report.json_report import report_dict
from screener.results import ADDRESSED, MISSING, Finding, Signal
from screener.screen import (
    SECTOR_WINDOW,
    BlockInfo,
    BlockSectors,
    FindingInputs,
    Screener,
    ScreenOptions,
    SectorScope,
    attribute_sectors,
    build_findings,
    check_item,
    context_stage,
    longest_across_labels,
    match_terms,
    rating,
    score_blocks,
    sector_result,
    sentence_bounds,
    sentence_span,
    summarise,
)
from screener.stages import document_stages

PLAN = """# Development plan

## Health

The clinics will serve migrants and refugees in the border towns. There are no programmes for returnees.

## Employment and labour market

Labour migration agreements will protect migrant workers abroad, with remittances invested at home.

## Budget

The ministry migrated its database to the cloud (data migration) in 2020.
"""


@pytest.fixture(scope="module")
def screener():
    return Screener()


@pytest.fixture(scope="module")
def parsed(screener):
    doc = load_bytes("plan.md", PLAN.encode("utf-8"))
    return screener.matchers("en").parse(doc)


def _m(label, start, end, concept_text="x"):
    return TermMatch(label, "t", "t", "en", start, end, concept_text, "lower")


# --------------------------------------------------------------------------- match


def test_longest_across_labels_is_the_pairwise_rule():
    def pairwise(ms):
        return [m for m in ms if not any(o is not m and o.concept != m.concept and o.start <= m.start
                                         and m.end <= o.end and (o.end - o.start) > (m.end - m.start) for o in ms)]

    rnd = random.Random(7)
    for _ in range(3000):
        ms = []
        for _ in range(rnd.randint(0, 10)):
            a = rnd.randint(0, 12)
            ms.append(_m(rnd.choice("abc"), a, a + rnd.randint(1, 5)))
        assert longest_across_labels(ms) == pairwise(ms)
    # "seguridad" inside "seguridad alimentaria" of another sector goes; the same label stays
    assert longest_across_labels([_m("security", 0, 9), _m("rural", 0, 22)]) == [_m("rural", 0, 22)]
    assert longest_across_labels([_m("rural", 0, 9), _m("rural", 0, 22)]) == [_m("rural", 0, 9), _m("rural", 0, 22)]


def test_match_terms(screener, parsed):
    hits = match_terms(parsed, screener.matchers("en"), sectors=None)
    assert len(hits.blocks) == len(parsed.blocks)
    concepts = {m.concept for bh in hits.blocks for m in bh.migration}
    assert {"labour_migration", "remittances"} <= concepts
    assert any(e.excluded_by for e in hits.excluded)  # "data migration" is a false friend
    sectors = {m.concept for bh in hits.blocks for m in bh.sector}
    assert "health" in sectors and "employment" in sectors
    # a sector subset filters the hits of the matchers compiled for all plugins
    only = match_terms(parsed, screener.matchers("en"), sectors=frozenset({"health"}))
    assert {m.concept for bh in only.blocks for m in bh.sector} == {"health"}
    assert all(s <= {"health"} for s in only.section_sectors)
    off = match_terms(parsed, screener.matchers("en"), sectors=None, switched_off=frozenset({"remittances"}))
    assert not any(m.concept == "remittances" for bh in off.blocks for m in bh.migration)
    assert any(e.concept == "remittances" and e.excluded_by == "switched_off" for e in off.excluded)


# --------------------------------------------------------------------------- context


def test_sentence_span_bisects(parsed):
    pb = next(pb for pb in parsed.blocks if "no programmes" in pb.text)
    bounds = sentence_bounds(pb.doc)
    i = pb.text.index("returnees")
    s0, s1 = sentence_span(bounds, i, i + 9, len(pb.text))
    assert pb.text[s0:s1] == "There are no programmes for returnees."
    assert sentence_span(([], []), 3, 5, 40) == (0, 40)


def test_context_stage(screener, parsed):
    m = screener.matchers("en")
    hits = match_terms(parsed, m, sectors=None)
    evidence = context_stage(parsed, hits, m.context)
    assert len(evidence) == len(parsed.blocks)
    by_text = {pb.text[e.start:e.end]: e for pb, ev in zip(parsed.blocks, evidence) for e in ev}
    negated = by_text["There are no programmes for returnees."]
    assert negated.contexts[negated.pick].negated and not negated.contexts[negated.pick].asserted
    plain = by_text["The clinics will serve migrants and refugees in the border towns."]
    assert plain.contexts[plain.pick].asserted and len(plain.matches) == len(plain.contexts) >= 2


# --------------------------------------------------------------------------- attribute to sectors


def test_attribute_sectors_heading_and_terms(screener, parsed):
    hits = match_terms(parsed, screener.matchers("en"), sectors=None)
    extra = [()] * len(parsed.blocks)
    extra[-1] = ((0, 3, "health"),)  # a hook span
    out = attribute_sectors(parsed.document, hits, extra)
    health_block = next(i for i, pb in enumerate(parsed.blocks) if "clinics" in pb.text)
    assert "health" in out[health_block].headed and "health" in out[health_block].sectors
    assert out[-1].own("health") >= 1 and (0, 3, "health") in out[-1].spans
    assert list(out[-1].spans) == sorted(out[-1].spans)


def test_sectors_near_takes_the_nearest_within_the_window():
    bs = BlockSectors(hits=(("health", 1), ("employment", 1)),
                      spans=((0, 6, "health"), (100, 108, "employment"), (900, 905, "education")),
                      sectors=frozenset({"health", "employment", "education"}), max_span=8)
    assert bs.sectors_near([(110, 118)]) == ("employment",)  # 2 characters away, health 104
    assert bs.sectors_near([(60, 66)]) == ("employment", "health")  # within SECTOR_TIE of each other
    assert bs.sectors_near([(905 + SECTOR_WINDOW + 1, 905 + SECTOR_WINDOW + 5)]) == ()
    assert bs.sectors_asserted() == ("education", "employment", "health")
    headed = BlockSectors(headed=frozenset({"urban_development"}), sectors=frozenset({"urban_development"}))
    assert headed.sectors_near([(0, 3)]) == ("urban_development",)


# --------------------------------------------------------------------------- stage, classifier


def test_stage_and_classifier_stages(parsed):
    tags = document_stages(parsed.document)
    assert len(tags) == len(parsed.blocks)
    assert "budget" in tags[-1][1]
    assert score_blocks(parsed.document, None, "en") == (None,) * len(parsed.blocks)

    class Model:
        id = "m"

        def predict_proba(self, texts, lang):
            return [0.9 for _ in texts]

    probs = score_blocks(parsed.document, Model(), "en")
    assert all(p is None for p, b in zip(probs, parsed.document.blocks) if b.kind == "heading")
    assert any(p == 0.9 for p in probs)


# --------------------------------------------------------------------------- findings


def _infos(screener, parsed):
    m = screener.matchers("en")
    hits = match_terms(parsed, m, sectors=None)
    sectors = attribute_sectors(parsed.document, hits, [()] * len(parsed.blocks))
    tags = document_stages(parsed.document)
    infos = tuple(BlockInfo(b.index, st, sts, bs, bh.items)
                  for b, (st, sts), bs, bh in zip(parsed.document.blocks, tags, sectors, hits.blocks))
    return hits, infos, context_stage(parsed, hits, m.context)


def test_finding_inputs_is_a_typed_frozen_object(screener, parsed):
    hits, infos, evidence = _infos(screener, parsed)
    inp = FindingInputs(document=parsed.document, parsed=parsed, infos=infos, evidence=evidence, lang="en",
                        excluded_blocks=frozenset(e.block for e in hits.excluded),
                        sector_names=frozenset(p.name for p in screener.plugins))
    assert {f.name for f in fields(inp)} == {"document", "parsed", "infos", "evidence", "lang", "classifier",
                                              "threshold", "excluded_blocks", "sector_names"}
    with pytest.raises(FrozenInstanceError):
        inp.lang = "es"
    findings = build_findings(inp)
    assert [f.id for f in findings] == [f"F{i + 1:04d}" for i in range(len(findings))]
    assert len(findings) == sum(len(ev) for ev in evidence)  # one per sentence holding matches
    clinics = next(f for f in findings if "clinics" in f.text)
    assert clinics.sectors == ("health",) and clinics.counts
    labour = next(f for f in findings if "Labour migration" in f.text)
    assert "employment" in labour.sectors
    assert parsed.document.text[labour.start:labour.end] == labour.text


# --------------------------------------------------------------------------- checklist, rate, summarise


def _finding(fid="F0001", stages=("actions",), concepts=("immigration",), negated=False, passing=False, block=0,
             sectors=("health",)):
    return Finding(id=fid, kind="migration", concept=concepts[0], concepts=concepts, sectors=sectors,
                   stage=stages[0], stages=stages, page=1, block=block, section_path=(), start=0, end=5, text="x",
                   match_start=0, match_end=1, matched="x", context=MatchContext(negated=negated, passing=passing),
                   signals=(Signal("lexicon", "lower", "t", "x", 0.8),), confidence=0.8, fired="lexicon")


def test_rating():
    assert rating([]) == 0
    assert rating([_finding(negated=True)]) == 1
    assert rating([_finding(stages=("situation_analysis",))]) == 1
    assert rating([_finding(passing=True)]) == 1
    assert rating([_finding()]) == 2
    assert rating([_finding(stages=("actions", "indicators", "budget"))]) == 3


def test_check_item_and_sector_result(screener, parsed):
    hits, infos, evidence = _infos(screener, parsed)
    findings = build_findings(FindingInputs(document=parsed.document, parsed=parsed, infos=infos, evidence=evidence,
                                            lang="en", sector_names=frozenset(p.name for p in screener.plugins)))
    health = screener.plugins.get("health")
    result = sector_result(health, parsed.document, infos, findings, "en", ScreenOptions(), screener.lexicon)
    assert result.present and result.rating >= 1 and len(result.checklist) == len(health.checklist)
    # an item is missing when no finding of its concepts is in the sector's blocks
    item = health.checklist[0]
    empty = SectorScope(parsed.document, (), {}, {}, "", ())
    counts = {c.id: len(c.terms_for("en")) for c in screener.lexicon.concepts}
    missing = check_item(item, empty, "en", tuple(counts), counts)
    assert missing.status == MISSING and missing.evidence == () and missing.searched.blocks == 0
    statuses = {c.status for c in result.checklist}
    assert statuses <= {ADDRESSED, "partly", MISSING}


def test_summarise():
    empty = summarise(None, [], [], "en")
    assert empty["continuum"] == "blind" and empty["findings"]["counted"] == 0
    two = summarise(None, [_finding("F0001"), _finding("F0002", block=1)], [], "en")
    # supported, but no present sector rates it and nothing is cross-cutting: aware
    assert two["continuum"] == "aware" and two["dimensions_covered"] == ["immigration"]
    assert two["cross_cutting"]["findings"] == 0
    cross = summarise(None, [_finding("F0001", sectors=()), _finding("F0002", block=1, sectors=())], [], "en")
    assert cross["continuum"] == "sensitive" and cross["cross_cutting"] == {
        "findings": 2, "counted": 2, "rating": 2, "ids": ["F0001", "F0002"]}
    one = summarise(None, [_finding("F0001", sectors=())], [], "en")
    assert one["continuum"] == "blind" and one["dimensions_weak"] == ["immigration"]


# --------------------------------------------------------------------------- a long-running Screener


def test_vocab_stays_bounded_over_200_screens():
    """200 screens of different plans in one process: the pipeline's StringStore is renewed
    (fresh pipeline, matchers recompiled) once documents added VOCAB_RENEW strings, and a
    screen after a renewal gives the same report as before it."""
    s = Screener()
    s.VOCAB_RENEW = 25_000
    rnd = random.Random(11)
    reference = load_bytes("ref.md", PLAN.encode("utf-8"))
    before = json.dumps(report_dict(s.screen(reference)), sort_keys=True)
    first = s.matchers("en")
    matchers_seen, added, peak = {id(first)}, 0, 0
    for i in range(200):
        words = " ".join("".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(5, 9)))
                         for _ in range(300))
        doc = load_bytes(f"p{i}.md", f"# Plan {i}\n\nMigrant workers and {words}.\n".encode("utf-8"))
        m = s.matchers("en")
        grown = m.vocab_growth()
        s.screen(doc)
        added += m.vocab_growth() - grown  # strings this document brought
        peak = max(peak, m.vocab_growth())
        matchers_seen.add(id(m))
    assert added > 4 * s.VOCAB_RENEW  # the documents really brought new strings
    assert len(matchers_seen) >= 4  # renewed several times
    assert peak <= s.VOCAB_RENEW + 2_000  # bounded: at most one document past the limit
    assert json.dumps(report_dict(s.screen(reference)), sort_keys=True) == before
