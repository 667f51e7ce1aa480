"""Training: reproducible (fixed seed, fixed split), threshold chosen for F2, card written."""

from __future__ import annotations

import platform
from collections import defaultdict
from typing import Sequence

from .corpus import Passage, data_hash, split
from .evaluate import compare, prf
from .model import DEFAULT_SEED, PIPELINE_DESCRIPTIONS, build_pipeline

THRESHOLD_GRID = [round(0.2 + 0.025 * i, 3) for i in range(25)]  # 0.20 .. 0.80
MIN_PRECISION = 0.8


def train(passages: Sequence[Passage], *, seed: int = DEFAULT_SEED, lexicon=None, evaluate_holdout: bool = True,
          features: str = "word+char"):
    """Fit on the training split; returns (pipeline, card)."""
    import numpy as np
    import sklearn
    import skops
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    from ..errors import BadDataError

    train_set, eval_set = split(passages)
    labels = [p.label for p in train_set]
    if len(set(labels)) < 2 or min(labels.count(0), labels.count(1)) < 10:
        raise BadDataError(None, "training data needs at least 10 passages of each label in the training split")
    texts = [p.text for p in train_set]
    pipeline = build_pipeline(seed, features=features)
    oof = cross_val_predict(build_pipeline(seed, features=features), texts, labels, method="predict_proba",
                            cv=StratifiedKFold(5, shuffle=True, random_state=seed))[:, 1]
    # best F2 (recall first: a missed passage becomes a false gap) among the thresholds whose
    # out-of-fold precision is at least MIN_PRECISION, so "possible" passages are worth reading
    scores = {t: prf(labels, [int(p >= t) for p in oof]) for t in THRESHOLD_GRID}
    usable = [t for t in THRESHOLD_GRID if scores[t]["precision"] >= MIN_PRECISION] or THRESHOLD_GRID
    threshold = max(usable, key=lambda t: (scores[t]["f2"], -abs(t - 0.5)))
    by_lang = defaultdict(list)
    for i, p in enumerate(train_set):
        by_lang[p.lang].append(i)
    cv_metrics = {}
    for lang, idx in sorted(by_lang.items()):
        m = prf([labels[i] for i in idx], [int(oof[i] >= threshold) for i in idx])
        cv_metrics[lang] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in m.items()}
    pipeline.fit(texts, labels)
    for _name, vec in pipeline.named_steps["features"].transformer_list:
        # every n-gram pruned by min_df/max_features, kept only for introspection: tens of MB
        if hasattr(vec, "stop_words_"):
            del vec.stop_words_
        # numpy ints become one .npy file each in a skops archive (57k files, seconds to load)
        vec.vocabulary_ = {term: int(i) for term, i in vec.vocabulary_.items()}
    card = {
        "pipeline": PIPELINE_DESCRIPTIONS[features],
        "features": features,
        "languages": sorted(by_lang),
        "seed": seed,
        "threshold": threshold,
        "threshold_rule": f"highest out-of-fold F2 among thresholds with precision >= {MIN_PRECISION}",
        "n_train": len(train_set),
        "n_eval": len(eval_set),
        "data_sha256": data_hash(passages),
        "train_labels": {"0": labels.count(0), "1": labels.count(1)},
        "cv_metrics": cv_metrics,
        "sklearn_version": sklearn.__version__,
        "skops_version": skops.__version__,
        "numpy_version": np.__version__,
        "python_version": platform.python_version(),
    }
    if evaluate_holdout and eval_set and lexicon is not None:
        probs = pipeline.predict_proba([p.text for p in eval_set])[:, 1]
        ev = compare(eval_set, probs, threshold, lexicon)
        card["eval_metrics"] = {lang: {m: _round(v) for m, v in methods.items()} for lang, methods in ev.items()}
    return pipeline, card


def _round(m: dict) -> dict:
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in m.items()}


# --- training on real documents ---------------------------------------------------------------
# Thresholds tried on the grouped cross-validation; the chosen one is the lowest that meets the
# page targets in every language (most recall), see ``choose_threshold``.
REAL_THRESHOLD_GRID = [round(0.30 + 0.01 * i, 2) for i in range(70)]  # 0.30 .. 0.99
CV_FOLDS = 5


def document_folds(files: Sequence[str], k: int = CV_FOLDS) -> dict[str, int]:
    """Documents dealt round-robin into ``k`` folds, sorted by path (so by language first):
    fixed, and every fold holds documents of every language."""
    return {f: i % k for i, f in enumerate(sorted(files))}


def _possible_candidates(doc) -> list:
    """Blocks the screen could call "possible": no lexicon match and no exclusion fired."""
    return [b for b in doc.blocks if not b.lexicon and not b.false_friend]


def grouped_cv_probabilities(synthetic: Sequence[Passage], docs, *, seed: int = DEFAULT_SEED, features: str = "word",
                             k: int = CV_FOLDS, progress=None, max_negatives_per_doc: int = 400) -> dict[str, list[tuple[int | None, float]]]:
    """For each fold of documents: train without them, score their possible-candidate blocks.

    Returns {file: [(page, probability), ...]}; no document is scored by a model that saw any of
    its passages (the synthetic passages are in every fold's training set: no document wrote them).
    """
    from . import weak

    folds = document_folds([d.file for d in docs], k)
    out: dict[str, list[tuple[int | None, float]]] = {}
    for fold in range(k):
        held = [d for d in docs if folds[d.file] == fold]
        if not held:
            continue
        train_docs = [d for d in docs if folds[d.file] != fold]
        ps = list(synthetic) + weak.passages(train_docs, max_negatives_per_doc=max_negatives_per_doc, seed=seed)
        if progress:
            progress(f"fold {fold + 1}/{k}: training on {len(ps)} passages, scoring {len(held)} documents")
        pipe = build_pipeline(seed, features=features)
        pipe.fit([p.text for p in ps], [p.label for p in ps])
        for d in held:
            cands = _possible_candidates(d)
            probs = pipe.predict_proba([b.text for b in cands])[:, 1] if cands else []
            out[d.file] = [(b.page, float(p)) for b, p in zip(cands, probs)]
    return out


def page_figures(gold, docs, probabilities: dict, threshold: float | None) -> dict:
    """``screener evaluate --pages`` figures for the lexicon-only screen plus "possible" passages
    at ``threshold`` (None: no classifier), scored by the same code (page_eval._score)."""
    from collections import defaultdict as dd
    from dataclasses import replace

    from ..page_eval import _DocOutcome, _score

    by_file = dd(list)
    for g in gold:
        by_file[g.file].append(g)
    have = {d.file: d for d in docs}
    outcomes = {}
    for file in by_file:
        d = have.get(file)
        if d is None:
            lang = file.split("/", 1)[0] if "/" in file else "und"
            outcomes[file] = _DocOutcome(file, lang, None, error="not screened")
            continue
        o = d.outcome
        pages: dict[int, list[dict]] = {}
        n = 0
        if threshold is not None:
            for page, p in probabilities.get(file, ()):
                if p >= threshold:
                    n += 1
                    if page is not None:
                        pages.setdefault(page, []).append({"matched": "", "concept": "unspecified", "term": "", "quote": ""})
        outcomes[file] = replace(o, possible_pages=pages, possible_passages=n)
    return _score(by_file, outcomes)


def meets_targets(fig: dict, languages: Sequence[str]) -> bool:
    from ..page_eval import TARGETS

    for lang in languages:
        m = fig["languages"].get(lang)
        if m is None:
            return False
        p = m["possible"]
        if p["precision"] is None or p["precision"] < TARGETS["possible_precision"]:
            return False
        per50 = p["per_50_pages_in_negative_docs"]
        if per50 is not None and per50 > TARGETS["possible_per_50_pages_in_negative_docs"]:
            return False
    return True


def choose_threshold(by_threshold: dict[float, dict], languages: Sequence[str]) -> tuple[float, bool, str]:
    """(threshold, meets the targets, rule). The lowest threshold meeting the targets in every
    language; failing that, the lowest whose noise in plans without migration is at most the
    target in every language (so a user who turns the classifier on gets the least noise per
    recall); failing that, the highest tried."""
    from ..page_eval import TARGETS

    ok = [t for t, f in sorted(by_threshold.items()) if meets_targets(f, languages)]
    if ok:
        return ok[0], True, "lowest grouped-CV threshold meeting the page targets in every language"
    cap = TARGETS["possible_per_50_pages_in_negative_docs"]

    def quiet(f):
        return all((f["languages"].get(lang, {}).get("possible", {}).get("per_50_pages_in_negative_docs") or 0) <= cap
                   for lang in languages)

    quiet_ts = [t for t, f in sorted(by_threshold.items()) if quiet(f)]
    if quiet_ts:
        return quiet_ts[0], False, (f"targets not met at any threshold; lowest grouped-CV threshold with at most {cap:g} "
                                    "possible passage per 50 pages in documents without migration, in every language")
    return max(by_threshold), False, "targets not met at any threshold; the highest threshold tried"


def _figures_summary(fig: dict) -> dict:
    return {lang: {"labelled": m["labelled"], "counted": {k: m["counted"][k] for k in ("precision", "recall", "f2")},
                   "possible": m["possible"]}
            for lang, m in fig["languages"].items()}


def train_real(synthetic: Sequence[Passage], docs, gold, *, seed: int = DEFAULT_SEED, features: str = "word",
               lexicon=None, gold_name: str = "", progress=None, max_negatives_per_doc: int = 400):
    """Fit on synthetic + weakly labelled real passages; threshold and figures from the
    document-grouped cross-validation on the page gold set. Returns (pipeline, card)."""
    import numpy as np
    import sklearn
    import skops

    from ..errors import BadDataError
    from . import weak

    real = weak.passages(docs, max_negatives_per_doc=max_negatives_per_doc, seed=seed)
    syn_train, syn_eval = split(synthetic)
    all_train = list(syn_train) + real
    labels = [p.label for p in all_train]
    if min(labels.count(0), labels.count(1)) < 10:
        raise BadDataError(None, "training data needs at least 10 passages of each label")
    probs = grouped_cv_probabilities(syn_train, docs, seed=seed, features=features, progress=progress,
                                     max_negatives_per_doc=max_negatives_per_doc)
    gold_files = {g.file for g in gold}
    languages = sorted({d.lang for d in docs if d.file in gold_files})
    by_threshold = {t: page_figures(gold, docs, probs, t) for t in REAL_THRESHOLD_GRID}
    threshold, ok, rule = choose_threshold(by_threshold, languages)
    lexicon_alone = page_figures(gold, docs, probs, None)
    if progress:
        progress(f"final fit on {len(all_train)} passages")
    pipeline = build_pipeline(seed, features=features)
    pipeline.fit([p.text for p in all_train], labels)
    _slim(pipeline)
    weak_counts: dict[str, dict[str, int]] = {}
    for p in real:
        weak_counts.setdefault(p.lang, {}).setdefault(p.kind, 0)
        weak_counts[p.lang][p.kind] += 1
    grid_rows = []
    for t in REAL_THRESHOLD_GRID[::5] + [threshold]:
        f = by_threshold[t]
        grid_rows.append({"threshold": t, **{lang: f["languages"][lang]["possible"] for lang in languages}})
    grid_rows = sorted({r["threshold"]: r for r in grid_rows}.values(), key=lambda r: r["threshold"])
    card = {
        "pipeline": PIPELINE_DESCRIPTIONS[features],
        "features": features,
        "languages": languages,
        "seed": seed,
        "threshold": threshold,
        "threshold_rule": rule,
        "meets_targets": ok,
        "default_on": ok,
        "n_train": len(all_train),
        "n_eval": len(syn_eval),
        "data_sha256": data_hash(all_train),
        "train_labels": {"0": labels.count(0), "1": labels.count(1)},
        "real_training": {"documents": len(docs), "passages": len(real),
                          "positives": sum(p.label for p in real), "by_language_and_rule": weak_counts,
                          "max_negatives_per_doc": max_negatives_per_doc},
        "real_cv": {"gold": gold_name, "gold_pages": len(gold), "folds": CV_FOLDS,
                    "documents_scored": len(gold_files & {d.file for d in docs}),
                    "at_threshold": _figures_summary(by_threshold[threshold]),
                    "lexicon_alone": _figures_summary(lexicon_alone),
                    "by_threshold": grid_rows},
        "sklearn_version": sklearn.__version__,
        "skops_version": skops.__version__,
        "numpy_version": np.__version__,
        "python_version": platform.python_version(),
    }
    if syn_eval:
        ev_probs = pipeline.predict_proba([p.text for p in syn_eval])[:, 1]
        if lexicon is not None:
            ev = compare(syn_eval, ev_probs, threshold, lexicon)
            card["eval_metrics"] = {lang: {m: _round(v) for m, v in methods.items()} for lang, methods in ev.items()}
        by_lang = defaultdict(list)
        for i, p in enumerate(syn_eval):
            by_lang[p.lang].append(i)
        card["synthetic_eval"] = {lang: _round(prf([syn_eval[i].label for i in idx], [int(ev_probs[i] >= threshold) for i in idx]))
                              for lang, idx in sorted(by_lang.items())}
    return pipeline, card


def _slim(pipeline) -> None:
    for _name, vec in pipeline.named_steps["features"].transformer_list:
        # every n-gram pruned by min_df/max_features, kept only for introspection: tens of MB
        if hasattr(vec, "stop_words_"):
            del vec.stop_words_
        # numpy ints become one .npy file each in a skops archive (57k files, seconds to load)
        vec.vocabulary_ = {term: int(i) for term, i in vec.vocabulary_.items()}
