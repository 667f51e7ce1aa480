"""Incidental terms: an organisation's name (IOM, OIM, UNHCR, ACNUR, HCR) alone is a name-only
mention (page-labelling guide: acronym only = 0, name or title only = 1), so it is shown but
counts only in a passage that holds another, counted term."""

import pytest

from screener.loaders.text import load_text
from screener.nlp.lexicon import LexiconError, check_lexicon, parse_term
from screener.screen import screen


def findings(tmp_path, text, lang):
    path = tmp_path / f"plan-{lang}.txt"
    data = text.encode("utf-8")
    path.write_bytes(data)
    return screen(load_text(path, data, fmt="txt"), classifier=None).findings


@pytest.mark.parametrize("lang,text", [
    ("en", "The evaluation was commissioned by IOM and covers its offices in the region."),
    ("en", "The International Organization for Migration supports the ministry with equipment."),
    ("en", "UNHCR funded the water points of the district."),
    ("fr", "L'OIM Haïti a organisé un atelier de validation avec les ministères."),
    ("fr", "Le HCR et l'Organisation internationale pour les migrations financent le projet."),
    ("es", "La OIM y el ACNUR apoyan la mesa técnica de agua potable."),
])
def test_name_alone_is_shown_not_counted(tmp_path, lang, text):
    fs = [f for f in findings(tmp_path, text, lang) if f.kind == "migration"]
    assert fs, "the name is still shown"
    assert all(f.incidental and not f.counts for f in fs)
    assert all(f.to_dict()["incidental"] for f in fs)


@pytest.mark.parametrize("lang,text", [
    ("en", "IOM will support the return and reintegration of migrant workers."),
    ("fr", "L'OIM appuiera la réintégration des migrants de retour."),
    ("es", "El ACNUR atiende a los refugiados venezolanos del municipio."),
])
def test_name_beside_a_counted_term_counts(tmp_path, lang, text):
    fs = [f for f in findings(tmp_path, text, lang) if f.kind == "migration"]
    assert any(f.counts and not f.incidental for f in fs)


def test_incidental_must_be_a_boolean():
    with pytest.raises(LexiconError, match="incidental"):
        parse_term({"phrase": "IOM", "incidental": "yes"}, "migration_governance", "en", 1)
    assert parse_term({"phrase": "IOM", "incidental": True}, "migration_governance", "en", 1).incidental


def test_lexicon_check_reports_a_bad_incidental(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: screener.lexicon/1\nname: bad\nconcepts:\n  - id: migration_governance\n"
                   "    terms:\n      en: [{phrase: IOM Kenya, incidental: 1}]\n", encoding="utf-8")
    problems = check_lexicon(bad)
    assert any("incidental" in str(p) for p in problems)
