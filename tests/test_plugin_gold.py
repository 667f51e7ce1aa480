"""Each built-in sector plugin carries a small gold set; the screen's recall on it is checked
per language with the same evaluation `screener evaluate` runs."""

from __future__ import annotations

import pytest

from screener.classify.corpus import _shingles, load_corpus, load_jsonl, split
from screener.classify.evaluate import compare, plugin_gold_path
from screener.classify.model import load_model
from screener.nlp.lexicon import default_lexicon
from screener.plugins import load_plugins

PLUGINS = load_plugins().plugins
MIN_RECALL = 0.8  # combined lexicon + classifier, per plugin and language, passages naming migration
# With every positive, the implicit ones ("migration in other words") included. The bundled
# classifier's threshold is chosen on real plans against noise (model card), which costs
# recall on these passages written for the project: measured 0.50-1.00 per plugin and
# language (the synthetic-threshold model of before: 0.875-1.00). Floor at the measured minimum.
MIN_RECALL_WITH_IMPLICIT = 0.5


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


@pytest.mark.parametrize("plugin", PLUGINS, ids=[p.name for p in PLUGINS])
def test_gold_set_recall_per_language(plugin, model, lexicon):
    gold = plugin_gold_path(plugin)
    assert gold is not None, f"{plugin.name} has no gold set beside {plugin.source}"
    passages = load_jsonl(gold)
    assert {p.lang for p in passages} == {"en", "es", "fr"}
    assert all(p.sector == plugin.name for p in passages)
    metrics = compare(passages, model.predict_proba([p.text for p in passages]), model.threshold, lexicon)
    explicit = [p for p in passages if p.kind != "positive_implicit"]
    named = compare(explicit, model.predict_proba([p.text for p in explicit]), model.threshold, lexicon)
    for lang in ("en", "es", "fr"):
        combined = metrics[lang]["combined"]
        assert named[lang]["combined"]["recall"] >= MIN_RECALL, f"{plugin.name}/{lang}: {named[lang]['combined']}"
        assert combined["recall"] >= MIN_RECALL_WITH_IMPLICIT, f"{plugin.name}/{lang}: {combined}"
        # the combination never recalls less than the lexicon alone
        assert combined["recall"] >= metrics[lang]["lexicon"]["recall"]


def test_gold_sets_do_not_leak_into_training():
    train, _eval = split(load_corpus())
    index = {}
    for i, p in enumerate(train):
        for g in _shingles(p.text):
            index.setdefault(g, set()).add(i)
    for plugin in PLUGINS:
        gold = plugin_gold_path(plugin)
        if gold is None:
            continue
        for p in load_jsonl(gold):
            sh = _shingles(p.text)
            counts = {}
            for g in sh:
                for i in index.get(g, ()):
                    counts[i] = counts.get(i, 0) + 1
            for i, c in counts.items():
                assert c / len(sh | _shingles(train[i].text)) <= 0.5, (p.id, train[i].id)
