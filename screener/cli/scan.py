"""``screener scan``: screen one plan, or a batch of plans, and write the gap report(s)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EXIT_PARTIAL, ScreenerError, UnsupportedFormatError
from .common import max_size_option, write_atomic

SUFFIX_FORMAT = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def _split_csv(ctx, param, values):
    out = []
    for v in values or ():
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out) or None


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "md", "html"]), default=None,
              help="Report format. Default: from the -o extension, else md.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Report file for a single document (default: standard output).")
@click.option("--out-dir", type=click.Path(file_okay=False), help="Folder for a batch: one report per document plus a summary.")
@click.option("--sectors", multiple=True, callback=_split_csv, help="Only these sectors (comma-separated plugin names).")
@click.option("--lang", type=click.Choice(["en", "es", "fr"]), default=None, help="Screen as this language (default: detected).")
@click.option("--report-lang", type=click.Choice(["en", "es", "fr"]), default=None, help="Language of the report text (default: the document's).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra lexicon file with your own terms (repeatable).")
@click.option("--plugins-dir", "plugins_dirs", multiple=True, type=click.Path(exists=True, file_okay=False), help="Folder with local sector plugins (repeatable).")
@click.option("--model", type=click.Path(exists=True, dir_okay=False), default=None, help="Classifier model (.skops) to use instead of the bundled one.")
@click.option("--no-classifier", is_flag=True, help="Lexicon only: do not run the classifier.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None, help="Classifier probability threshold (default: the model card's).")
@click.option("--engine", type=click.Choice(["pypdfium2", "pdfplumber"]), default="pypdfium2", show_default=True, help="PDF text engine.")
@max_size_option
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary lines on standard error.")
def scan(inputs, fmt, output, out_dir, sectors, lang, report_lang, lexicons, plugins_dirs, model, no_classifier,
         threshold, engine, max_size, quiet):
    """Screen plan(s) for how they treat migration and write the gap report.

    \b
    Examples:
      screener scan plan.pdf -o report.html
      screener scan plan.docx --format json --report-lang es
      screener scan plans/ --out-dir reports/
    """
    from ..loaders import iter_supported
    from ..report import render
    from ..screen import Screener, ScreenOptions

    if output and fmt is None:
        fmt = SUFFIX_FORMAT.get(Path(output).suffix.lower())
        if fmt is None:
            raise click.BadParameter(f"cannot tell the format from {output!r}; add --format json|md|html", param_hint="-o")
    fmt = fmt or "md"
    paths = iter_supported(list(inputs))
    if not paths:
        raise click.UsageError("no supported documents found in the given folder(s) (PDF, DOCX, TXT, MD, HTML)")
    if (len(paths) > 1 or any(Path(i).is_dir() for i in inputs)) and not out_dir:
        raise click.UsageError("several documents: give --out-dir OUT to get one report per document")
    if output and out_dir:
        raise click.UsageError("use either -o (one document) or --out-dir (a batch), not both")

    options = ScreenOptions(lang=lang, report_lang=report_lang, sectors=sectors, classifier_threshold=threshold,
                            use_classifier=not no_classifier)
    screener = Screener(options=options, lexicon_paths=lexicons, plugins_dirs=plugins_dirs, model=model,
                        max_bytes=max_size, engine=engine)
    for e in screener.plugins.errors:
        click.echo(f"screener: warning: plugin {e.name} not loaded: {e.message}", err=True)

    if out_dir:
        from ..batch import run_batch

        code = run_batch(screener, paths, Path(out_dir), fmt=fmt, quiet=quiet)
        raise SystemExit(code)

    result = screener.screen_file(paths[0])
    report = render(result, fmt)
    if output:
        write_atomic(output, report)
        if not quiet:
            s = result.summary
            click.echo(f"screener: wrote {output} ({len(s['sectors_present'])} sectors present, "
                       f"{s['findings']['migration']} migration findings, {s['findings']['possible']} possible; "
                       f"plan is migration-{s['continuum']})", err=True)
    else:
        click.echo(report, nl=False)
    for w in result.warnings:
        if not quiet:
            click.echo(f"screener: warning: {paths[0]}: {w}", err=True)
