"""Context rules as data: the bundled files validate, PSEUDO triggers fix "not only" and
"potential of the diaspora", and the rules run on the screen's own Doc."""

from pathlib import Path

import pytest

from screener.nlp.context import (
    bundled_context_paths, check_context_file, classify_context, classify_span, parse_context_file,
)


def ctx(sentence, term, lang):
    i = sentence.index(term)
    return classify_context(sentence, i, i + len(term), lang)


def test_bundled_rule_files_are_valid_for_each_language():
    paths = bundled_context_paths()
    langs = set()
    for p in paths:
        lang, rules, problems = parse_context_file(p)
        assert problems == [], [str(x) for x in problems]
        assert {r.category for r in rules} >= {"NEGATED_EXISTENCE", "HYPOTHETICAL", "HISTORICAL", "PSEUDO", "TERMINATE"}
        langs.add(lang)
    assert langs >= {"en", "es", "fr"}


@pytest.mark.parametrize("sentence,term,lang", [
    ("The programme will reach not only migrants but all residents of the district.", "migrants", "en"),
    ("No child of migrant families will be left out of school.", "migrant families", "en"),
    ("We will harness the potential of the diaspora for investment.", "diaspora", "en"),
    ("El programa llegará no solo a migrantes sino a toda la población.", "migrantes", "es"),
    ("Ningún niño migrante quedará excluido del sistema educativo.", "niño migrante", "es"),
    ("Se aprovechará el potencial de la diáspora para invertir en el cantón.", "diáspora", "es"),
    ("Le programme vise non seulement les migrants mais aussi les jeunes.", "migrants", "fr"),
    ("Aucun enfant migrant ne sera laissé pour compte.", "enfant migrant", "fr"),
    ("Mobiliser le potentiel de la diaspora pour le développement local.", "diaspora", "fr"),
])
def test_pseudo_triggers_keep_the_statement_asserted(sentence, term, lang):
    c = ctx(sentence, term, lang)
    assert c.asserted, c.triggers


@pytest.mark.parametrize("sentence,term,lang,attr", [
    ("There are no migrants in the district.", "migrants", "en", "negated"),
    ("Potential migrants will receive pre-departure training.", "migrants", "en", "hypothetical"),
    ("No hay migrantes en la parroquia.", "migrantes", "es", "negated"),
    ("Il n'y a pas de migrants dans la commune.", "migrants", "fr", "negated"),
])
def test_true_triggers_still_fire(sentence, term, lang, attr):
    assert getattr(ctx(sentence, term, lang), attr)


def test_rules_run_on_the_shared_doc():
    from screener.nlp.pipeline import pipe

    text = "Intro sentence here. There is no data on migrants in the district."
    doc = pipe([text], "en")[0]
    i = text.index("migrants")
    sent = next(s for s in doc.sents if s.start_char <= i < s.end_char)
    c = classify_span(sent, i, i + len("migrants"), "en")
    assert c.negated and "negated:no data on" in c.triggers


def _write(tmp_path, body):
    p = tmp_path / "ctx.yaml"
    p.write_text(body, encoding="utf-8")
    return p


def test_invalid_rule_file_names_file_and_line(tmp_path):
    p = _write(tmp_path, "schema: screener.context/1\nlang: en\nrules:\n"
                         "  - {literal: no, category: NEGATED_EXISTENCE}\n"
                         "  - {literal: \"if\", category: MAYBE, direction: FORWARD}\n"
                         "  - {literal: \"might\", category: HYPOTHETICAL, direction: SIDEWAYS, max_scope: -1}\n")
    problems = [str(x) for x in check_context_file(p)]
    assert any(f"{p}:4:" in x and "boolean" in x for x in problems), problems
    assert any(f"{p}:5:" in x and "category" in x for x in problems), problems
    assert any(f"{p}:6:" in x and "direction" in x for x in problems), problems
    assert any(f"{p}:6:" in x and "max_scope" in x for x in problems), problems


def test_lexicon_check_validates_context_files(tmp_path):
    from click.testing import CliRunner

    from screener.cli import main

    bad = _write(tmp_path, "schema: screener.context/1\nlang: en\nrules:\n  - {pattern: [], category: PSEUDO}\n")
    r = CliRunner().invoke(main, ["lexicon", "check", str(bad)])
    assert r.exit_code == 11, r.output
    assert f"{bad}:4:" in r.output
    r = CliRunner().invoke(main, ["lexicon", "check"])
    assert r.exit_code == 0, r.output
    assert "context rules" in r.output
