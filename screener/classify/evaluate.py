"""Metrics: lexicon alone, classifier alone and their fusion, per language, on the same passages."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Sequence

from .corpus import Passage
from .fusion import fuse


def prf(y_true: Sequence[int], y_pred: Sequence[int]) -> dict:
    tp = sum(1 for t, p in zip(y_true, y_pred) if t and p)
    fp = sum(1 for t, p in zip(y_true, y_pred) if not t and p)
    fn = sum(1 for t, p in zip(y_true, y_pred) if t and not p)
    tn = sum(1 for t, p in zip(y_true, y_pred) if not t and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0

    def fbeta(b):
        d = b * b * precision + recall
        return (1 + b * b) * precision * recall / d if d else 0.0

    # label 0 ("not migration") metrics too, for the per-label view
    p0 = tn / (tn + fn) if tn + fn else 0.0
    r0 = tn / (tn + fp) if tn + fp else 0.0
    return {"n": len(y_true), "precision": precision, "recall": recall, "f1": fbeta(1), "f2": fbeta(2),
            "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
            "label_0": {"precision": p0, "recall": r0}}


def lexicon_votes(passages: Sequence[Passage], lexicon) -> list[tuple[bool, bool]]:
    """(non-excluded migration match, only false-friend matches) for each passage."""
    from ..nlp.lexicon import compile_lexicon
    from ..nlp.pipeline import get_nlp

    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(passages):
        by_lang[p.lang].append(i)
    votes: dict[int, tuple[bool, bool]] = {}
    for lang, idx in by_lang.items():
        nlp = get_nlp(lang)
        lex = compile_lexicon(lexicon, lang)
        for i, doc in zip(idx, nlp.pipe([passages[i].text for i in idx], batch_size=256)):
            ms = lex.find(doc)
            hit = any(m.excluded_by is None for m in ms)
            votes[i] = (hit, (not hit) and any(m.excluded_by for m in ms))
    return [votes[i] for i in range(len(passages))]


def compare(passages: Sequence[Passage], probabilities: Sequence[float], threshold: float, lexicon) -> dict:
    """{lang: {"lexicon"|"classifier"|"combined": metrics}} plus "all"."""
    votes = lexicon_votes(passages, lexicon)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(passages):
        groups[p.lang].append(i)
        groups["all"].append(i)
    out = {}
    for lang, idx in sorted(groups.items()):
        y = [passages[i].label for i in idx]
        lex = [int(votes[i][0]) for i in idx]
        clf = [int(probabilities[i] >= threshold) for i in idx]
        comb = [int(fuse(votes[i][0], votes[i][1], probabilities[i], threshold) is not None) for i in idx]
        out[lang] = {"lexicon": prf(y, lex), "classifier": prf(y, clf), "combined": prf(y, comb)}
    return out


def per_label_kind(passages: Sequence[Passage], probabilities, threshold, lexicon) -> dict:
    """Recall of the combination per passage kind (e.g. positive_implicit, hard_false_friend)."""
    votes = lexicon_votes(passages, lexicon)
    kinds: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(passages):
        kinds[p.kind or "unspecified"].append(i)
    out = {}
    for kind, idx in sorted(kinds.items()):
        correct = sum(
            int((fuse(votes[i][0], votes[i][1], probabilities[i], threshold) is not None) == bool(passages[i].label))
            for i in idx)
        out[kind] = {"n": len(idx), "accuracy": correct / len(idx)}
    return out


def plugin_gold_path(plugin) -> Path | None:
    """A sector plugin's own gold set: ``<name>.gold.jsonl`` beside its declarative file."""
    source = getattr(plugin, "source", None)
    if not source:
        return None
    path = Path(source)
    gold = path.with_name(path.name.rsplit(".", 1)[0] + ".gold.jsonl")
    return gold if gold.exists() else None
