"""The passage classifier: one scikit-learn Pipeline, persisted with skops plus a model card.

Word 1-2-grams and character 3-5-grams (accents stripped) feed a logistic regression whose
probabilities are calibrated (sigmoid, 5-fold). One model serves en, es and fr: character
n-grams carry the shared stems (migra-, refug-, remes-/remit-) across languages.
Model files are loaded with skops against an explicit list of trusted types, never pickle.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

from ..errors import ModelError

MODEL_NAME = "classifier.skops"
CARD_SUFFIX = ".card.json"
DEFAULT_SEED = 20261123

# Every type a screener model may contain. Anything else in a file is refused.
TRUSTED_TYPES = [
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.model_selection._split.StratifiedKFold",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "builtins.slice",
    "scipy.sparse._csr.csr_matrix",
    "scipy.sparse._csr.csr_array",
]


PIPELINE_DESCRIPTIONS = {
    "word": "FeatureUnion(word 1-2-gram TF-IDF, 20,000 features) -> CalibratedClassifierCV(LogisticRegression, sigmoid, 5-fold)",
    "word+char": "FeatureUnion(word 1-2-gram TF-IDF, char_wb 3-5-gram TF-IDF) -> "
                 "CalibratedClassifierCV(LogisticRegression, sigmoid, 5-fold)",
}


def build_pipeline(seed: int = DEFAULT_SEED, features: str = "word+char"):
    """``features``: "word" (word 1-2-grams, several times faster to score) or "word+char"."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    if features not in PIPELINE_DESCRIPTIONS:
        raise ValueError(f"features must be one of {', '.join(PIPELINE_DESCRIPTIONS)}")
    # word-only models cap their vocabulary: 60k n-grams loaded 1.5 s slower with no better grouped-CV figures
    word_cap = 20_000 if features == "word" else None
    parts = [
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode",
                                 lowercase=True, min_df=2, token_pattern=r"(?u)\b[^\W\d_]{2,}\b",
                                 max_features=word_cap)),
    ]
    if features == "word+char":
        parts.append(("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                                              strip_accents="unicode", lowercase=True, min_df=2, max_features=120_000)))
    clf = CalibratedClassifierCV(
        LogisticRegression(C=8.0, max_iter=3000, class_weight="balanced", random_state=seed),
        method="sigmoid", cv=5,
    )
    return Pipeline([("features", FeatureUnion(parts)), ("clf", clf)])


@dataclass
class Classifier:
    """A loaded model and its card; what the screen calls."""

    pipeline: Any
    card: dict
    path: str

    @property
    def id(self) -> str:
        return f"tfidf-logreg@{self.card.get('data_sha256', '')[:8]}"

    @property
    def threshold(self) -> float:
        return float(self.card.get("threshold", 0.5))

    def predict_proba(self, texts: Sequence[str], lang: str | None = None):
        if not texts:
            return []
        return self.pipeline.predict_proba(list(texts))[:, 1]

    def explain(self, text: str, lang: str | None = None, top: int = 6) -> list[str]:
        """The word features that pushed this passage most towards 'migration'."""
        return self.explain_many([text], lang=lang, top=top)[0]

    def explain_many(self, texts: Sequence[str], lang: str | None = None, top: int = 6) -> list[list[str]]:
        """``explain`` for many passages with one vectorisation (the costly part); may be empty
        when only character n-grams carried the passage."""
        import numpy as np

        if not texts:
            return []
        features = self.pipeline.named_steps["features"]
        names, coef = _weights(self)
        contrib = features.transform(list(texts)).tocsr().multiply(coef).tocsr()
        stop = _stop_words()
        out = []
        for r in range(contrib.shape[0]):
            row = contrib.getrow(r)
            order = np.argsort(-row.data)
            idx, vals = row.indices[order], row.data[order]
            positive = [(names[i], v) for i, v in zip(idx, vals) if v > 0]
            words = [n.split("__", 1)[1] for n, _v in positive if n.startswith("word__")]
            # word features only: character n-grams ("th…", "vin…") explain nothing to a reader
            words = [w for w in words if not all(part in stop for part in w.split())]
            out.append(words[:top])
        return out


_WEIGHTS: dict[int, tuple] = {}


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Function words of every language, accent-stripped like the features: never an explanation."""
    import unicodedata

    from ..loaders.language import STOP_WORDS

    def strip(w: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))

    return frozenset(strip(w) for words in STOP_WORDS.values() for w in words)


def _weights(model: Classifier):
    key = id(model.pipeline)
    if key not in _WEIGHTS:
        import numpy as np

        features = model.pipeline.named_steps["features"]
        clf = model.pipeline.named_steps["clf"]
        coef = np.mean([c.estimator.coef_[0] for c in clf.calibrated_classifiers_], axis=0)
        _WEIGHTS[key] = (features.get_feature_names_out(), coef)
    return _WEIGHTS[key]


def bundled_model_path() -> Path:
    return Path(str(resources.files("screener.data") / MODEL_NAME))


def card_path(model_path: str | Path) -> Path:
    p = Path(model_path)
    return p.with_name(p.name[: -len(".skops")] + CARD_SUFFIX if p.name.endswith(".skops") else p.name + CARD_SUFFIX)


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def save_model(pipeline, path: str | Path, card: dict) -> None:
    """Write the model (skops) and its card atomically; the card pins the file's sha256."""
    import skops.io as sio

    from ..io import write_atomic

    path = Path(path)
    import zipfile

    data = sio.dumps(pipeline, compression=zipfile.ZIP_DEFLATED, compresslevel=9)  # vocabularies compress ~10x
    card = {**card, "model_file": path.name, "model_sha256": hashlib.sha256(data).hexdigest()}
    untrusted = set(sio.get_untrusted_types(data=data))
    unexpected = sorted(untrusted - set(TRUSTED_TYPES))
    if unexpected:  # keep the trusted list honest: a model we cannot load again is not saved
        raise ModelError(path, f"the trained model holds types not on the trusted list: {', '.join(unexpected)}")
    write_atomic(path, data)
    write_atomic(card_path(path), json.dumps(card, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    write_atomic(path.with_suffix(".card.md"), model_card_markdown(card))


def load_model(path: str | Path | None = None) -> Classifier | None:
    """Load a model safely; None only when no path is given and no bundled model exists."""
    if path is None:
        path = bundled_model_path()
        if not path.exists():
            return None
    return _load(str(Path(path).resolve()))


@lru_cache(maxsize=4)
def _load(path: str) -> Classifier:
    import sklearn
    import skops.io as sio

    p = Path(path)
    if not p.exists():
        raise ModelError(p, "model file not found")
    cp = card_path(p)
    if not cp.exists():
        raise ModelError(p, f"no model card ({cp.name}) beside the model", "Train models with `screener train`, which writes both.")
    try:
        card = json.loads(cp.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ModelError(cp, "the model card is not valid JSON") from None
    except OSError as exc:
        raise ModelError(cp, f"the model card cannot be read ({exc.strerror or exc})") from None
    if not isinstance(card, dict) or not isinstance(card.get("model_sha256"), str) or not _number(card.get("threshold", 0.5)):
        raise ModelError(cp, "the model card is malformed (it must be a JSON object with model_sha256 and a numeric "
                         "threshold between 0 and 1)", "Train models with `screener train`, which writes both.")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ModelError(p, f"the model file cannot be read ({exc.strerror or exc})") from None
    if hashlib.sha256(data).hexdigest() != card.get("model_sha256"):
        raise ModelError(p, "the model file does not match its card (changed or replaced after training)",
                         "Retrain it with `screener train`, or use a model you trust.")
    trained = str(card.get("sklearn_version", ""))
    if trained.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ModelError(p, f"model trained with scikit-learn {trained or '?'}, but {sklearn.__version__} is installed",
                         "Retrain it with `screener train -o MODEL` (a minute), or install the matching scikit-learn.")
    from ..limits import check_zip

    check_zip(p, data, what="model file", max_xml=512 * 2**20, max_total=512 * 2**20)  # a zip bomb: exit 10
    try:
        # one parse: skops refuses any type not on the list (UntrustedTypesFoundException)
        pipeline = sio.loads(data, trusted=TRUSTED_TYPES)
    except Exception as exc:
        if type(exc).__name__ == "UntrustedTypesFoundException":
            raise ModelError(p, f"refusing to load: the file contains untrusted types ({str(exc)[:160]})",
                             "Only load models trained by screener.") from None
        raise ModelError(p, f"the model file could not be loaded ({type(exc).__name__}: {str(exc)[:100]})") from None
    if not hasattr(pipeline, "predict_proba") or "features" not in getattr(pipeline, "named_steps", {}):
        raise ModelError(p, "this is not a screener classifier pipeline")
    return Classifier(pipeline=pipeline, card=card, path=str(p))


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1


def model_card_markdown(card: dict) -> str:
    lines = [
        "# Model card: screener passage classifier", "",
        "Decides whether a passage of a development plan addresses migration (label 1) or not (0).", "",
    ]
    real = card.get("real_cv")
    if real:
        lines += _real_card_lines(card, real)
    lines += [
        "## Model", "",
        f"- Pipeline: {card.get('pipeline')}",
        f"- Languages: {', '.join(card.get('languages', []))}",
        f"- Training data: {card.get('n_train')} passages (sha256 {card.get('data_sha256', '')[:16]}…), "
        f"synthetic evaluation split: {card.get('n_eval')} passages held out by id hash",
        f"- Threshold: {card.get('threshold')} ({card.get('threshold_rule', 'chosen on out-of-fold predictions')})",
        f"- Seed: {card.get('seed')}; scikit-learn {card.get('sklearn_version')}, skops {card.get('skops_version')}, "
        f"Python {card.get('python_version')}", "",
    ]
    if card.get("cv_metrics"):
        lines += ["## Cross-validated metrics on the synthetic training split (out-of-fold, at the threshold)", "",
                  "| language | n | precision | recall | F1 | F2 |", "|---|---|---|---|---|---|"]
        for lang, m in sorted(card["cv_metrics"].items()):
            lines.append(f"| {lang} | {m['n']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['f2']:.3f} |")
        lines.append("")
    ev = card.get("eval_metrics")
    if ev:
        title = ("## Unit check: held-out synthetic split (balanced passages written for the project)" if real
                 else "## Held-out evaluation split: lexicon alone, classifier alone, combination")
        lines += [title, "", "| language | method | precision | recall | F1 | F2 |", "|---|---|---|---|---|---|"]
        for lang, methods in sorted(ev.items()):
            for method in ("lexicon", "classifier", "combined"):
                m = methods[method]
                lines.append(f"| {lang} | {method} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['f2']:.3f} |")
        if real:
            lines += ["", "Half of these passages are migration, and they were written for the project: figures "
                      "here say the model learnt the vocabulary, not how it behaves on a real plan (above)."]
        lines.append("")
    lines += ["Intended use: a second signal beside the lexicon; classifier-only passages are shown as "
              "\"possible\" for a person to confirm and never change a checklist item or a rating. "
              "Not for decisions about individuals.", ""]
    return "\n".join(lines)


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.2f}"


def _real_card_lines(card: dict, real: dict) -> list[str]:
    at, lex = real["at_threshold"], real["lexicon_alone"]
    on = card.get("default_on")
    rt = card.get("real_training", {})
    lines = [
        "## On real plans (read this first)", "",
        ("**The classifier is ON by default**: it meets the targets below in every language."
         if on else
         "**The classifier is OFF by default** (`scan --classifier` or `classifier = true` in screener.toml turns it "
         "on): at no threshold does it meet the targets below in every language."), "",
        f"Page-level figures on the gold set `{real['gold']}` ({real['gold_pages']} labelled pages of "
        f"real documents, {real['documents_scored']} of them with a readable text layer), by document-grouped "
        f"{real['folds']}-fold cross-validation: "
        "each document's pages are scored by a model trained without any of its passages. Counted findings come "
        "from the lexicon; \"possible\" pages hold a classifier-only passage. Targets: possible-page precision "
        ">= 0.6 and <= 1 possible passage per 50 pages in documents whose gold has no substantive (label 2) page.", "",
        f"At the threshold {card.get('threshold')}:", "",
        "| language | pages 0/1/2 | counted P / R (lexicon) | possible pages | possible P | possible / 50 pages, negative docs |",
        "|---|---|---|---|---|---|",
    ]
    for lang, m in sorted(at.items(), key=lambda kv: (kv[0] == "all", kv[0])):  # "all" last, also from JSON
        lab, c, p = m["labelled"], lex[lang]["counted"], m["possible"]
        lines.append(f"| {lang} | {lab['0']}/{lab['1']}/{lab['2']} | {_fmt(c['precision'])} / {_fmt(c['recall'])} | "
                     f"{p['pages']} | {_fmt(p['precision'])} | {_fmt(p['per_50_pages_in_negative_docs'])} |")
    rows = real.get("by_threshold", [])
    langs = sorted(k for k in (rows[0] if rows else {}) if k != "threshold")
    lines += ["", "Other thresholds (possible-page precision, pages, per 50 pages in negative docs):", "",
              "| threshold | " + " | ".join(langs) + " |", "|---" * (len(langs) + 1) + "|"]
    for row in rows:
        cells = [f"{_fmt(row[lang]['precision'])}, {row[lang]['pages']}, {_fmt(row[lang]['per_50_pages_in_negative_docs'])}"
                 for lang in langs]
        lines.append(f"| {row['threshold']} | " + " | ".join(cells) + " |")
    lines += ["", f"Training on real plans: {rt.get('passages')} weakly labelled passages of {rt.get('documents')} "
              f"documents ({rt.get('positives')} positives), labelled by the rules of screener/classify/weak.py "
              "(docs/labelling-guideline.md); the gold set is never used for training.", ""]
    return lines
