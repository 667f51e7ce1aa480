"""Lemma-safe matching: one-word terms match their safe inflections, never a shared lookup lemma."""

import pytest

from screener.nlp.forms import inflected_forms, inflected_forms_many, lookup_lemma
from screener.nlp.lexicon import compile_lexicon, compile_terms, default_lexicon


@pytest.mark.parametrize("lang,term,kept,dropped", [
    # the tables give "traffic" as the lemma of "trafficking": the noun "traffic" is another word
    ("en", "trafficking", {"trafficking"}, {"traffic", "traffics"}),
    ("en", "refugees", {"refugee", "refugees"}, set()),
    ("en", "emigrate", {"emigrated", "emigrates", "emigrating"}, set()),
    # "deporte" (sport) -> "deportar"; "desplazan" (they travel) -> "desplazar"; "medidas" -> "medir"
    ("es", "deportados", {"deportado", "deportada", "deportadas"}, {"deporte", "deportes", "deportar", "deporta"}),
    ("es", "desplazados", {"desplazado", "desplazadas"}, {"desplazan", "desplaza", "desplazar"}),
    ("es", "medidas", {"medida"}, {"medir", "mide", "miden"}),
    ("es", "migrante", {"migrantes"}, set()),
    # "réfugiés" -> "réfugier" (to take shelter): the verb's forms are another word
    ("fr", "réfugiés", {"réfugié"}, {"réfugie", "réfugier", "réfugient"}),
    ("fr", "déplacés", {"déplacée", "déplacées"}, {"déplace", "déplacer", "déplacent"}),
    ("fr", "migrants", {"migrant", "migrante", "migrantes"}, set()),
])
def test_inflected_forms(lang, term, kept, dropped):
    forms = set(inflected_forms(term, lang))
    assert term in forms
    assert kept <= forms, kept - forms
    assert not (dropped & forms), dropped & forms


def test_forms_share_the_term_lemma_and_are_cached():
    many = inflected_forms_many(["deportados", "refugiados"], "es")
    for term, forms in many.items():
        assert {lookup_lemma(f, "es") for f in forms} <= {lookup_lemma(term, "es"), term} | set(forms)
    assert inflected_forms("deportados", "es") == many["deportados"]


@pytest.mark.parametrize("lang,text,absent", [
    ("en", "Enhance traffic management at the main junctions.", "trafficking"),
    ("es", "Garantizar el acceso al deporte y la recreación de niñas y niños.", "return"),
    ("es", "Los deportes de playa atraen turistas.", "return"),
])
def test_shared_lemma_no_longer_matches(lang, text, absent):
    found = {m.concept for m in compile_lexicon(default_lexicon(), lang).find_text(text)}
    assert absent not in found


@pytest.mark.parametrize("lang,text,concept", [
    ("es", "Atención a las personas deportadas y a los deportados desde Estados Unidos.", "return"),
    ("es", "Las refugiadas reciben asistencia legal.", "forced_displacement"),
    ("en", "Human trafficking is prosecuted.", "trafficking"),
    ("fr", "Les réfugiés et la réfugiée reçoivent une aide.", "forced_displacement"),
])
def test_true_inflections_still_match(lang, text, concept):
    found = {m.concept for m in compile_lexicon(default_lexicon(), lang).find_text(text)}
    assert concept in found


def test_sector_and_topic_terms_are_lemma_safe_too():
    # a checklist topic term "medidas" must not fire on the verb "medir"
    matcher = compile_terms({"topic": ["medidas"]}, "es")
    from screener.nlp.pipeline import get_nlp

    nlp = get_nlp("es")
    assert not matcher.find(nlp("Es difícil medir el impacto."))
    assert matcher.find(nlp("Se toman medidas y cada medida tiene un responsable."))


def test_lexicon_show_prints_the_forms():
    from click.testing import CliRunner

    from screener.cli import main

    r = CliRunner().invoke(main, ["lexicon", "show", "return", "--lang", "es", "--forms"])
    assert r.exit_code == 0, r.output
    line = next(l for l in r.output.splitlines() if l.strip().startswith("forms") and "deportadas" in l)
    assert "deporte" not in line.split()
