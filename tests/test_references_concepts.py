"""Findings link to the SDG targets and GCM objectives of their concepts and checklist items."""

from screener.nlp.lexicon import default_lexicon
from screener.references import concept_references, gcm_objectives, sdg_targets


def test_every_concept_has_existing_references():
    refs = concept_references()
    assert set(refs) == set(default_lexicon().concept_ids)
    targets, objectives = set(sdg_targets()), set(gcm_objectives())
    for concept, r in refs.items():
        assert set(r["sdg"]) <= targets, concept
        assert set(r["gcm"]) <= objectives, concept


def test_findings_carry_references(tmp_path):
    from screener.screen import Screener, ScreenOptions

    p = tmp_path / "plan.md"
    p.write_text("# Plan\n\n## Empleo\n\nLas remesas de los trabajadores migrantes financian el consumo de los hogares.\n",
                 encoding="utf-8")
    r = Screener(options=ScreenOptions(use_classifier=False)).screen_file(p)
    f = next(f for f in r.findings if "remittances" in f.concepts)
    assert "10.c" in f.references["sdg"] and 20 in f.references["gcm"]
    assert f.to_dict()["references"]["gcm"] == list(f.references["gcm"])
