"""Lexicon files: every kind of mistake reported with FILE:LINE and key; merging extra files."""

import textwrap

import pytest

from screener.errors import LexiconError
from screener.nlp.lexicon import (
    SCHEMA,
    bundled_lexicon_path,
    check_lexicon,
    compile_lexicon,
    compile_terms,
    default_lexicon,
    load_lexicon,
)
from screener.nlp.pipeline import get_nlp

GOOD = f"""\
schema: {SCHEMA}
name: local-terms
version: 0.1.0
concepts:
  - id: remittances
    label: {{en: Remittances}}
    terms:
      es: [giros del exterior, {{id: loc-giros, pattern: [{{LOWER: giros}}, {{LOWER: familiares}}]}}]
  - id: local_groups
    label: Local groups
    terms:
      es: [hermanos lejanos]
exclusions:
  - id: giros_bancarios
    terms:
      es: [giros bancarios del exterior]
"""


def write(tmp_path, text, name="lex.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(tmp_path, text):
    path = write(tmp_path, text)
    return path, check_lexicon(path)


def test_bundled_lexicon_is_valid_and_complete():
    path = bundled_lexicon_path()
    assert check_lexicon(path) == []
    lex = load_lexicon(path)
    expected = {
        "immigration", "emigration", "return", "transit", "internal_migration", "forced_displacement",
        "labour_migration", "brain_drain", "diaspora", "remittances", "trafficking", "human_mobility",
        "climate_migration", "statelessness", "migration_governance", "migration_data", "migrants_general",
        "academic_mobility",  # issue 9: cross-border student/teacher mobility, a concept of its own
    }
    assert set(lex.concept_ids) == expected
    for concept in lex.concepts:
        for lang in ("en", "es", "fr"):
            assert len(concept.terms_for(lang)) >= 15, (concept.id, lang)
        assert {k for k, _ in concept.labels} >= {"en", "es", "fr"}
    for exclusion in lex.exclusions:
        assert exclusion.terms
    ids = [t.id for c in (*lex.concepts, *lex.exclusions) for t in c.terms]
    assert len(ids) == len(set(ids))


def test_good_file_loads_with_default_ids(tmp_path):
    lex = load_lexicon(write(tmp_path, GOOD))
    terms = lex.concept("remittances").terms
    assert [t.id for t in terms] == ["remittances:es:1", "loc-giros"]
    assert terms[1].kind == "pattern"
    assert lex.exclusion("giros_bancarios").terms[0].text == "giros bancarios del exterior"


@pytest.mark.parametrize(
    "body, line, key, words",
    [
        (f"schema: {SCHEMA}\nname: x\ncolour: red\nconcepts:\n  - id: a\n    terms: {{en: [b]}}\n", 3, "colour", "unknown key"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms: {{en: [b]}}\n    synonyms: [c]\n", 6,
         "concepts[a].synonyms", "unknown key"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    label: A\n", 4, "concepts[a].terms", "missing required key"),
        ("name: x\nconcepts:\n  - id: a\n    terms: {en: [b]}\n", 1, "schema", "missing required key"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms:\n      en:\n        - ok\n        - {{regex: 'mig(rant'}}\n",
         8, "concepts[a].terms.en[1].regex", "invalid regular expression"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms:\n      en:\n        - {{regex: 'a*'}}\n",
         7, "concepts[a].terms.en[0].regex", "empty string"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms:\n      en:\n        - {{pattern: [{{LOWER: {{NOTIN: [x]}}}}]}}\n",
         7, "concepts[a].terms.en[0].pattern", "invalid token pattern"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms:\n      en:\n        - {{pattern: migrant}}\n",
         7, "concepts[a].terms.en[0].pattern", "non-empty list"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms: {{en: [b]}}\n  - id: a\n    terms: {{en: [c]}}\n",
         6, "concepts[a].id", "duplicate id"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms:\n      en: [migrant, Migrant]\n", 6,
         "concepts[a].terms.en[1]", "duplicate term"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms:\n      english: [migrant]\n", 6,
         "concepts[a].terms.english", "ISO 639-1"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms:\n      en: []\n", 6, "concepts[a].terms.en", "empty term list"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms:\n      en: ['  ']\n", 6, "concepts[a].terms.en[0]", "empty term"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms:\n      en: [{{phrase: b, regex: c}}]\n", 6,
         "concepts[a].terms.en[0]", "exactly one"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: Bad Id\n    terms: {{en: [b]}}\n", 4, "concepts[0].id", "lower-case"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms: {{en: [b]}}\n  - id: a2\n    terms: {{en: [{{id: t1, phrase: c}}, {{id: t1, phrase: d}}]}}\n",
         7, "concepts[a2].terms.en", "duplicate term id"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms: {{en: [data migration]}}\nexclusions:\n  - id: e\n    terms: {{en: [data migration]}}\n",
         8, "exclusions[e].terms.en", "would hide"),
        ("schema: screener.lexicon/9\nname: x\nconcepts:\n  - id: a\n    terms: {en: [b]}\n", 1, "schema", "must be"),
        (f"schema: {SCHEMA}\nname: x\nname: y\nconcepts:\n  - id: a\n    terms: {{en: [b]}}\n", 3, "name", "written twice"),
        (f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms: {{en: [b]\n", 6, "(yaml)", "YAML syntax error"),
        ("- just\n- a list\n", 1, "(root)", "must be a mapping"),
        ("", 1, "(root)", "empty"),
    ],
)
def test_each_problem_names_file_line_and_key(tmp_path, body, line, key, words):
    path = write(tmp_path, body)
    problems = check_lexicon(path)
    assert problems, body
    hit = [p for p in problems if p.key == key and words in p.message]
    assert hit, [str(p) for p in problems]
    assert hit[0].line == line, [str(p) for p in problems]
    assert str(hit[0]).startswith(f"{path}:{line}: {key}: ")
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    assert str(path) in info.value.message and "\n" not in info.value.message


def test_all_problems_are_collected(tmp_path):
    _path, problems = problems_of(
        tmp_path,
        f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: a\n    terms:\n      en: [{{regex: '('}}, {{regex: ')'}}]\n    colour: 1\n",
    )
    assert len(problems) == 3
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_missing_file_and_non_utf8(tmp_path):
    missing = check_lexicon(tmp_path / "nope.yaml")
    assert missing and "not found" in missing[0].message
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("name: migración\n".encode("latin-1"))
    assert "UTF-8" in check_lexicon(bad)[0].message
    with pytest.raises(LexiconError):
        load_lexicon(tmp_path / "nope.yaml")


def test_yaml_tags_are_not_executed(tmp_path):
    path = write(tmp_path, f"schema: {SCHEMA}\nname: !!python/object/apply:os.system ['echo hi']\nconcepts: []\n")
    problems = check_lexicon(path)
    assert problems and problems[0].key == "(yaml)"


def test_extra_file_merges_into_bundled_lexicon(tmp_path):
    path = write(tmp_path, GOOD)
    base = default_lexicon()
    lex = default_lexicon([path])
    assert lex is not base and base.concept("remittances").terms_for("es") != lex.concept("remittances").terms_for("es")
    added = lex.concept("remittances").terms_for("es")[-2:]
    n = len(base.concept("remittances").terms_for("es"))
    assert [t.id for t in added] == [f"remittances:es:{n + 1}", "loc-giros"]
    assert "local_groups" in lex.concept_ids and lex.concept_ids[: len(base.concepts)] == base.concept_ids
    assert "giros_bancarios" in [e.id for e in lex.exclusions]
    assert lex.sources == (str(bundled_lexicon_path()), str(path))
    matcher = compile_lexicon(lex, "es")
    found = matcher.find_text("Los giros familiares y los hermanos lejanos; giros bancarios del exterior.")
    concepts = {(m.concept, m.excluded_by) for m in found}
    assert ("remittances", None) in concepts and ("local_groups", None) in concepts
    # the bundled lexicon itself is untouched
    assert "local_groups" not in default_lexicon().concept_ids


def test_extra_file_duplicating_a_bundled_term_is_reported(tmp_path):
    path = write(tmp_path, f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: remittances\n    terms:\n      es: [remesas]\n")
    problems = check_lexicon(path, base=default_lexicon())
    assert problems and problems[0].line == 6 and "already in" in problems[0].message
    with pytest.raises(LexiconError, match=r":6: concepts\[remittances\]\.terms\.es"):
        default_lexicon([path])


def test_compile_terms_for_plugin_term_lists():
    nlp = get_nlp("en")
    matcher = compile_terms(
        {"health": ["health worker", {"id": "hosp", "pattern": [{"LOWER": "hospitals"}]}, {"regex": r"\bclinics?\b"}],
         "education": ["school"]},
        "en",
        nlp,
    )
    found = matcher.find(nlp("Health workers in hospitals, clinics and schools."))
    assert [(m.concept, m.term_id, m.rule, m.text) for m in found] == [
        ("health", "health:en:1", "lemma", "Health workers"),
        ("health", "hosp", "tokens", "hospitals"),
        ("health", "health:en:3", "regex", "clinics"),
        ("education", "education:en:1", "lemma", "schools"),
    ]
    with pytest.raises(LexiconError, match="invalid regular expression"):
        compile_terms({"x": [{"regex": "("}]}, "en", nlp, source="plugin.yaml")
