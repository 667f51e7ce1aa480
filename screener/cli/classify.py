"""``screener train`` and ``screener evaluate``: the passage classifier."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import ReadPath, make_ocr_options, ocr_options, write_atomic


@click.command()
@click.argument("data", nargs=-1, type=ReadPath("data", exists=True, dir_okay=False))
@click.option("-o", "--output", default="model.skops", show_default=True, type=click.Path(dir_okay=False, readable=False),
              help="Where to write the model; its card (.card.json, .card.md) goes beside it.")
@click.option("--no-bundled", is_flag=True, help="Train only on DATA, without the bundled corpus.")
@click.option("--real", "real", multiple=True, type=ReadPath("plan", exists=True),
              help="Real plans (files or folders, repeatable): weakly labelled passages from them join the training "
                   "data (docs/labelling-guideline.md, section 'Real plans'). Needs --gold.")
@click.option("--gold", "gold", type=ReadPath("data", exists=True, dir_okay=False), default=None, metavar="GOLD.tsv",
              help="With --real: page gold set of some of those plans; the threshold and the card's figures come "
                   "from document-grouped cross-validation on it (never used for training).")
@click.option("--features", type=click.Choice(["word", "word+char"]), default=None,
              help="Features: word 1-2-grams (default with --real: several times faster to score) or word plus "
                   "character 3-5-grams (default without --real).")
@click.option("--seed", type=int, default=None, help="Random seed (default: the project's fixed seed).")
@click.option("--lexicon", "lexicons", multiple=True, type=ReadPath("lexicon", exists=True, dir_okay=False),
              help="Extra lexicon file, used for the held-out comparison in the card (and the weak labels).")
def train(data, output, no_bundled, real, gold, features, seed, lexicons):
    """Train the passage classifier from the bundled corpus plus DATA files.

    DATA: JSON Lines passages (see docs/labelling-guideline.md) or reviewed XLSX/CSV
    exports from `screener scan --format xlsx`. With --real PLANS --gold GOLD.tsv: also
    weakly labelled passages of real plans, threshold chosen on them. Training is deterministic.

    \b
    The bundled model:
      screener train --real ../shared/corpus --gold gold/corpus_pages.tsv -o screener/data/classifier.skops
    """
    from ..classify.corpus import load_corpus
    from ..classify.model import DEFAULT_SEED, save_model
    from ..nlp.lexicon import default_lexicon

    seed = DEFAULT_SEED if seed is None else seed
    passages = load_corpus(list(data), bundled=not no_bundled)
    lexicon = default_lexicon(list(lexicons))
    if gold and not real:
        raise click.UsageError("--gold goes with --real PLANS (the plans it labels)")
    if not real:
        from ..classify.train import train as do_train

        click.echo(f"screener: training on {len(passages)} passages "
                   f"({', '.join(sorted({p.lang for p in passages}))}) ...", err=True)
        pipeline, card = do_train(passages, seed=seed, lexicon=lexicon, features=features or "word+char")
        save_model(pipeline, output, card)
        click.echo(f"screener: wrote {output} (threshold {card['threshold']}; cross-validated F2: "
                   + ", ".join(f"{k} {v['f2']:.2f}" for k, v in card["cv_metrics"].items()) + ")", err=True)
        return
    if not gold:
        raise click.UsageError("--real needs --gold GOLD.tsv: the threshold is chosen on real pages "
                               "(see docs/evaluation.md for the gold format)")
    _train_real(passages, real, gold, output, seed, features or "word", lexicons, lexicon)


def _train_real(passages, real, gold_path, output, seed, features, lexicon_paths, lexicon) -> None:
    from ..classify import weak
    from ..classify.model import save_model
    from ..classify.train import train_real
    from ..page_eval import read_gold
    from ..screen import ScreenOptions, Screener

    gold = read_gold(gold_path)
    screener = Screener(options=ScreenOptions(use_classifier=False), lexicon_paths=lexicon_paths)
    errors: list[str] = []
    click.echo("screener: screening the real plans with the lexicon (weak labels) ...", err=True)
    docs = weak.collect(list(real), screener, errors=errors)
    for e in errors:
        click.echo(f"screener: warning: skipped {e}", err=True)
    if not docs:
        raise click.UsageError("none of the --real inputs could be screened")
    pipeline, card = train_real(passages, docs, gold, seed=seed, features=features, lexicon=lexicon,
                                gold_name=Path(gold_path).name, progress=lambda m: click.echo(f"screener: {m}", err=True))
    save_model(pipeline, output, card)
    figures = card["real_cv"]["at_threshold"]
    click.echo(f"screener: wrote {output} (threshold {card['threshold']}; grouped-CV possible-page precision: "
               + ", ".join(f"{k} {v['possible']['precision']}" for k, v in figures.items() if k != "all")
               + f"; targets {'met' if card['meets_targets'] else 'NOT met: keep the classifier off by default'})",
               err=True)


@click.command()
@click.argument("data", nargs=-1, type=ReadPath("data", exists=True))
@click.option("--pages", "gold_pages", type=ReadPath("data", dir_okay=False), default=None, metavar="GOLD.tsv",
              help="Page-level evaluation of the whole screen: GOLD.tsv labels pages of the documents "
                   "given as DATA (files, or folders the gold's paths are relative to). See docs/evaluation.md.")
@click.option("--classifier/--no-classifier", "classifier", default=False,
              help="With --pages: also run the classifier, as `scan --classifier` does (default: off, like scan).")
@click.option("--engine", type=click.Choice(["pypdfium2", "pdfplumber"]), default="pypdfium2", show_default=True,
              help="With --pages: PDF engine.")
@click.option("--model", type=ReadPath("model", exists=True, dir_okay=False), default=None, help="Model to evaluate (default: bundled).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--threshold", type=click.FloatRange(0, 1), default=None, help="Override the model card's threshold.")
@click.option("--lexicon", "lexicons", multiple=True, type=ReadPath("lexicon", exists=True, dir_okay=False))
@click.option("--plugins-gold/--no-plugins-gold", default=True, show_default=True,
              help="Also evaluate the sector plugins' own gold sets.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, readable=False), help="Write the result here.")
@ocr_options
def evaluate(data, gold_pages, classifier, engine, model, fmt, threshold, lexicons, plugins_gold, output,
             ocr, ocr_timeout, ocr_max_pages):
    """Precision, recall, F1 and F2 of lexicon, classifier and their combination.

    With --pages GOLD.tsv: page-level precision, recall and F2 per language of the whole
    screen on real documents (DATA), with every miss and false hit listed. Without DATA:
    the held-out split of the bundled passage corpus (a unit check). With DATA: every
    passage in those files (your own gold set of passages).
    """
    if gold_pages is not None:
        _evaluate_pages(gold_pages, data, classifier, engine, model, fmt, threshold, lexicons, output,
                        make_ocr_options(ocr, None, ocr_timeout, ocr_max_pages))
        return
    if ocr:
        raise click.BadParameter("--ocr goes with --pages GOLD.tsv (documents are screened only there)", param_hint="--ocr")
    if any(Path(d).is_dir() for d in data):
        raise click.BadParameter("passage files only (folders of documents go with --pages GOLD.tsv)", param_hint="DATA")
    from ..classify.corpus import load_corpus, split
    from ..classify.evaluate import compare, per_label_kind
    from ..classify.model import load_model
    from ..errors import ModelError
    from ..nlp.lexicon import default_lexicon

    clf = load_model(model)
    if clf is None:
        raise ModelError(None, "no bundled model found", "Train one with `screener train -o model.skops` and pass --model.")
    lexicon = default_lexicon(list(lexicons))
    if data:
        passages = load_corpus(list(data), bundled=False)
        source = ", ".join(data)
    else:
        passages = split(load_corpus())[1]
        source = "bundled corpus, held-out split"
    thr = clf.threshold if threshold is None else threshold
    probs = clf.predict_proba([p.text for p in passages])
    result = {"source": source, "model": clf.id, "threshold": thr, "n": len(passages),
              "metrics": compare(passages, probs, thr, lexicon), "by_kind": per_label_kind(passages, probs, thr, lexicon)}
    if plugins_gold and not data:
        result["plugins"] = _plugin_gold(clf, thr, lexicon)
    out = json.dumps(result, ensure_ascii=False, indent=2) + "\n" if fmt == "json" else _text(result)
    if output:
        write_atomic(output, out)
    else:
        click.echo(out, nl=False)


def _plugin_gold(clf, thr, lexicon) -> dict:
    """Each plugin's own gold set (``<plugin>.gold.jsonl`` beside its YAML): metrics per language."""
    from ..classify.corpus import load_jsonl
    from ..classify.evaluate import compare, plugin_gold_path
    from ..plugins import load_plugins

    out = {}
    for p in load_plugins().plugins:
        gold = plugin_gold_path(p)
        if gold is None:
            continue
        passages = load_jsonl(gold)
        probs = clf.predict_proba([x.text for x in passages])
        out[p.name] = compare(passages, probs, thr, lexicon)
    return out


def _text(r: dict) -> str:
    lines = [f"Evaluation on {r['source']} ({r['n']} passages), model {r['model']}, threshold {r['threshold']}", ""]
    lines.append(f"{'lang':<5} {'method':<11} {'n':>5} {'prec':>6} {'recall':>6} {'F1':>6} {'F2':>6}   confusion (tp fp fn tn)")
    for lang, methods in r["metrics"].items():
        for name in ("lexicon", "classifier", "combined"):
            m = methods[name]
            c = m["confusion"]
            lines.append(f"{lang:<5} {name:<11} {m['n']:>5} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} "
                         f"{m['f2']:>6.3f}   {c['tp']} {c['fp']} {c['fn']} {c['tn']}")
    lines += ["", "Per label (combined, all languages):"]
    allm = r["metrics"]["all"]["combined"]
    lines.append(f"  label 1 (migration): precision {allm['precision']:.3f} recall {allm['recall']:.3f}")
    lines.append(f"  label 0 (not):       precision {allm['label_0']['precision']:.3f} recall {allm['label_0']['recall']:.3f}")
    lines += ["", "Accuracy of the combination per passage kind:"]
    for kind, v in r["by_kind"].items():
        lines.append(f"  {kind:<26} n={v['n']:<4} accuracy {v['accuracy']:.3f}")
    for name, metrics in r.get("plugins", {}).items():
        lines.append("")
        lines.append(f"Plugin gold set: {name}")
        for lang, methods in metrics.items():
            m = methods["combined"]
            lines.append(f"  {lang:<5} combined recall {m['recall']:.3f} precision {m['precision']:.3f} F2 {m['f2']:.3f} (n={m['n']})")
    return "\n".join(lines) + "\n"


def _evaluate_pages(gold_path, data, classifier, engine, model, fmt, threshold, lexicons, output, ocr=None) -> None:
    from ..errors import BadDataError
    from ..page_eval import evaluate_pages, format_text, read_gold, resolve_documents
    from ..screen import ScreenOptions, Screener

    gold = read_gold(gold_path)
    if not data:
        raise click.BadParameter("give the documents (or their folder) the gold set labels", param_hint="DATA")
    documents = resolve_documents(gold, data)
    if not documents:
        raise BadDataError(gold_path, "none of the gold's documents is among the inputs",
                           "Pass the folder its paths are relative to (e.g. ../shared/corpus).")
    options = ScreenOptions(use_classifier=classifier, classifier_threshold=threshold)
    screener = Screener(options=options, lexicon_paths=lexicons, model=model, engine=engine, ocr=ocr)
    total = len({g.file for g in gold})
    done = [0]

    def progress(file: str) -> None:
        done[0] += 1
        click.echo(f"screener: [{done[0]}/{total}] {file}", err=True)

    result = evaluate_pages(gold, documents, screener.screen_file, progress=progress)
    result = {"gold": str(gold_path), "classifier": classifier, "engine": engine, "ocr": ocr is not None, **result}
    out = json.dumps(result, ensure_ascii=False, indent=2) + "\n" if fmt == "json" else format_text(result, str(gold_path))
    if output:
        write_atomic(output, out)
    else:
        click.echo(out, nl=False)
