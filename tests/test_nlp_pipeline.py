"""The offline spaCy pipeline: case-blind lemmas, folded NORM, one instance per language."""

import pytest

from screener.nlp.pipeline import COMPONENT, doc_text, fold, get_nlp, pipe


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("es", "Planes Remesas Migraciones", ["plan", "remesar", "migración"]),
        ("en", "Refugees Remittances Countries", ["refugee", "remittance", "country"]),
        ("fr", "Migrations Transferts Ressortissants", ["migration", "transfert", "ressortissant"]),
    ],
)
def test_lemmas_of_capitalised_words_are_lower_case(lang, text, expected):
    doc = get_nlp(lang)(text)
    assert [t.lemma_ for t in doc] == expected


def test_lemmas_are_never_upper_case_even_when_unknown():
    doc = get_nlp("es")("ACNUR Ecuador XYZW")
    assert [t.lemma_ for t in doc] == ["acnur", "ecuador", "xyzw"]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_pipeline_is_cached_and_has_components(lang):
    nlp = get_nlp(lang)
    assert get_nlp(lang) is nlp
    assert nlp.lang == lang
    assert nlp.has_pipe("sentencizer") and nlp.has_pipe(COMPONENT)
    doc = nlp("First sentence here. Second one there.")
    assert len(list(doc.sents)) == 2


def test_norm_folds_accents_plurals_and_apostrophes():
    doc = get_nlp("fr")("Déplacées Réfugiés l’extérieur")
    assert [t.norm_ for t in doc] == ["deplace", "refugie", "l'", "exterieur"]
    assert fold("migraciones", "es") == fold("migración", "es") == "migracion"
    assert fold("refugees", "en") == "refugee"
    assert fold("nationaux", "fr") == fold("national", "fr")


@pytest.mark.parametrize("lang, text, tokens", [
    ("fr", "l'emploi des étrangers44 .", ["l'", "emploi", "des", "étrangers", "44", "."]),
    ("en", "migrants12, CO2 G20 SDG16 km2 2020", ["migrants", "12", ",", "CO2", "G20", "SDG16", "km2", "2020"]),
    ("es", "remesas3 y COVID-19", ["remesas", "3", "y", "COVID-19"]),
])
def test_footnote_calls_are_split_off_lower_case_words_only(lang, text, tokens):
    assert [t.text for t in get_nlp(lang)(text)] == tokens


def test_unknown_and_undetermined_languages_fall_back_to_lower_case():
    for lang in ("und", "zz", "pt"):
        doc = get_nlp(lang)("Migrantes Internos")
        assert [t.lemma_ for t in doc][0].islower()
    assert [t.lemma_ for t in get_nlp("und")("Migrantes Internos")] == ["migrantes", "internos"]


def test_pipe_batches_and_keeps_source_text():
    texts = ["Las remesas crecen.", "", "Los  migrantes\tretornados."]
    docs = pipe(texts, "es", batch_size=2)
    assert [d.text for d in docs] == texts
    assert [doc_text(d) for d in docs] == texts


def test_named_model_that_is_not_installed_is_a_config_error(monkeypatch):
    from screener.errors import ConfigError
    from screener.nlp import pipeline

    monkeypatch.setenv(pipeline.MODEL_ENV, "de:de_no_such_pipeline_xyz")
    get_nlp.cache_clear()
    try:
        with pytest.raises(ConfigError, match="not installed"):
            get_nlp("de")
        assert get_nlp("en").has_pipe(COMPONENT)  # other languages are not affected
    finally:
        monkeypatch.delenv(pipeline.MODEL_ENV)
        get_nlp.cache_clear()
