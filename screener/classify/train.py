"""Training: reproducible (fixed seed, fixed split), threshold chosen for F2, card written."""

from __future__ import annotations

import platform
from collections import defaultdict
from typing import Sequence

from .corpus import Passage, data_hash, split
from .evaluate import compare, prf
from .model import DEFAULT_SEED, build_pipeline

THRESHOLD_GRID = [round(0.2 + 0.025 * i, 3) for i in range(25)]  # 0.20 .. 0.80
MIN_PRECISION = 0.8


def train(passages: Sequence[Passage], *, seed: int = DEFAULT_SEED, lexicon=None, evaluate_holdout: bool = True):
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
    pipeline = build_pipeline(seed)
    oof = cross_val_predict(build_pipeline(seed), texts, labels, method="predict_proba",
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
        "pipeline": "FeatureUnion(word 1-2-gram TF-IDF, char_wb 3-5-gram TF-IDF) -> CalibratedClassifierCV(LogisticRegression, sigmoid, 5-fold)",
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
