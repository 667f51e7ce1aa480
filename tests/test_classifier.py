"""The passage classifier: reproducible training, safe loading, wiring into the screen."""

from __future__ import annotations

import json
import pickle
import shutil

import pytest
from click.testing import CliRunner

from screener.classify.corpus import load_corpus, split
from screener.classify.model import card_path, load_model, save_model
from screener.classify.train import train
from screener.cli import main
from screener.errors import EXIT_BAD_DATA, BadDataError, ModelError


@pytest.fixture(scope="module")
def small_corpus():
    """A fixed slice of the bundled corpus, enough to train in seconds."""
    ps = load_corpus()
    by_lang = {}
    for p in ps:
        by_lang.setdefault(p.lang, []).append(p)
    return [p for lang in sorted(by_lang) for p in by_lang[lang][:120]]


@pytest.fixture(scope="module")
def trained(small_corpus, tmp_path_factory):
    pipeline, card = train(small_corpus, lexicon=None)
    path = tmp_path_factory.mktemp("model") / "m.skops"
    save_model(pipeline, path, card)
    return path, pipeline, card


def test_bundled_corpus_is_valid_and_split_is_fixed():
    ps = load_corpus()
    assert {p.lang for p in ps} == {"en", "es", "fr"}
    for lang in ("en", "es", "fr"):
        assert sum(p.lang == lang for p in ps) >= 600
    train_set, eval_set = split(ps)
    assert 0.15 < len(eval_set) / len(ps) < 0.25
    assert all(p.split == "eval" for p in eval_set)  # decided by id hash, not by order


def test_training_is_deterministic(small_corpus, trained):
    _path, pipeline, card = trained
    pipeline2, card2 = train(small_corpus, lexicon=None)
    texts = [p.text for p in small_corpus[:50]]
    assert (pipeline.predict_proba(texts) == pipeline2.predict_proba(texts)).all()
    assert card["threshold"] == card2["threshold"] and card["data_sha256"] == card2["data_sha256"]


def test_model_card_contents(trained):
    path, _pipeline, card = trained
    on_disk = json.loads(card_path(path).read_text())
    for key in ("data_sha256", "sklearn_version", "languages", "cv_metrics", "threshold", "model_sha256", "seed"):
        assert key in on_disk
    assert set(on_disk["cv_metrics"]) == {"en", "es", "fr"}
    for m in on_disk["cv_metrics"].values():
        assert {"precision", "recall", "f1", "f2"} <= set(m)
    assert path.with_suffix(".card.md").exists()


def test_round_trip_predicts(trained):
    path, pipeline, _card = trained
    model = load_model(path)
    texts = ["Families depend on money sent by relatives working in Malaysia.", "Road maintenance budget for 2025."]
    assert list(model.predict_proba(texts)) == list(pipeline.predict_proba(texts)[:, 1])
    assert model.explain(texts[0])  # the words that weighed most


def _copy(trained, tmp_path):
    src = trained[0]
    dst = tmp_path / "copy.skops"
    shutil.copy(src, dst)
    shutil.copy(card_path(src), card_path(dst))
    return dst


def test_tampered_model_refused(trained, tmp_path):
    path = _copy(trained, tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="does not match its card"):
        load_model(path)


def test_pickle_renamed_refused(trained, tmp_path):
    path = _copy(trained, tmp_path)
    path.write_bytes(pickle.dumps(trained[1]))
    with pytest.raises(ModelError):
        load_model(path)


def test_untrusted_types_refused_even_with_matching_card(trained, tmp_path):
    """A file whose card was forged to match still cannot smuggle in arbitrary types."""
    import hashlib

    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    path = _copy(trained, tmp_path)
    evil = Pipeline([("features", FunctionTransformer(print)), ("clf", FunctionTransformer(print))])
    data = sio.dumps(evil)
    path.write_bytes(data)
    card = json.loads(card_path(path).read_text())
    card["model_sha256"] = hashlib.sha256(data).hexdigest()
    card_path(path).write_text(json.dumps(card))
    with pytest.raises(ModelError, match="untrusted types"):
        load_model(path)


def test_incompatible_version_refused(trained, tmp_path):
    path = _copy(trained, tmp_path)
    card = json.loads(card_path(path).read_text())
    card["sklearn_version"] = "0.24.2"
    card_path(path).write_text(json.dumps(card))
    with pytest.raises(ModelError, match="scikit-learn 0.24.2"):
        load_model(path)


def test_missing_card_refused(trained, tmp_path):
    path = tmp_path / "alone.skops"
    shutil.copy(trained[0], path)
    with pytest.raises(ModelError, match="no model card"):
        load_model(path)


def test_scan_with_bad_model_is_one_line_exit_11(trained, tmp_path):
    path = _copy(trained, tmp_path)
    path.write_bytes(b"not a model")
    doc = tmp_path / "plan.md"
    doc.write_text("# Plan\n\nRemittances from migrant workers support households.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["scan", str(doc), "--classifier", "--model", str(path)])
    assert res.exit_code == EXIT_BAD_DATA
    assert "Traceback" not in res.output and len(res.stderr.strip().splitlines()) == 1


def test_corpus_rejects_duplicates_and_leakage(tmp_path):
    f = tmp_path / "d.jsonl"
    rec = {"id": "x-1", "text": "Migrant workers send remittances home every month.", "lang": "en", "label": 1}
    f.write_text(json.dumps(rec) + "\n" + json.dumps({**rec, "id": "x-2"}) + "\n", encoding="utf-8")
    with pytest.raises(BadDataError, match="same text"):
        load_corpus([f], bundled=False)
    f.write_text(json.dumps(rec) + "\n" + json.dumps(rec) + "\n", encoding="utf-8")
    with pytest.raises(BadDataError, match="duplicate passage id"):
        load_corpus([f], bundled=False)


def test_corpus_bad_lines(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text('{"id": "a", "text": "too short", "lang": "en"}\n', encoding="utf-8")
    with pytest.raises(BadDataError, match="missing key"):
        load_corpus([f], bundled=False)
    f.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(BadDataError, match=r"d.jsonl:1"):
        load_corpus([f], bundled=False)


def test_cli_train_and_evaluate(small_corpus, tmp_path):
    data = tmp_path / "mine.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for p in small_corpus:
            fh.write(json.dumps({"id": p.id, "text": p.text, "lang": p.lang, "label": p.label}) + "\n")
    model = tmp_path / "m.skops"
    runner = CliRunner()
    res = runner.invoke(main, ["train", str(data), "--no-bundled", "-o", str(model)])
    assert res.exit_code == 0, res.output
    assert model.exists() and card_path(model).exists()
    res = runner.invoke(main, ["evaluate", str(data), "--model", str(model), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    for lang in ("en", "es", "fr", "all"):
        assert set(out["metrics"][lang]) == {"lexicon", "classifier", "combined"}
        assert "confusion" in out["metrics"][lang]["combined"]
