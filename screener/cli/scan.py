"""``screener scan``: screen one plan, or a batch of plans, and write the gap report(s)."""

from __future__ import annotations

from pathlib import Path

import click

from .common import ReadPath, check_writable, memory_bounded, make_ocr_options, max_chars_option, max_pages_option, max_size_option, ocr_options, same_file, split_csv

from ..report import FILE_ONLY_FORMATS, FORMATS, format_for_path


def release_loader_caches() -> None:
    """Drop the loaders' cached word lists once the only document of this process is loaded.

    The PDF loader keeps every word of the language's lemma table as a set (to rejoin split
    ligatures; about 50 MB for Spanish) for the next document; a one-document ``screener
    scan`` has none, so the screen that follows (which loads the lemma table itself) runs
    in that memory instead of beside it: peak 257-265 MB instead of 308-327 MB on the
    corpus's longest Spanish plan. Batches and ``screener serve`` keep the cache."""
    try:
        from ..loaders import ligatures
    except ImportError:
        return
    for name in ("words", "stop_words"):
        cache_clear = getattr(getattr(ligatures, name, None), "cache_clear", None)
        if cache_clear is not None:
            cache_clear()


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=ReadPath("plan", path_type=str))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Report format. Default: from the -o extension, else the config file's, else md (batch: html).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, readable=False), help="Report file for a single document (default: standard output).")
@click.option("--out-dir", type=click.Path(file_okay=False, readable=False), help="Folder for a batch: one report per document plus a summary.")
@click.option("--sectors", multiple=True, callback=split_csv, help="Only these sectors (comma-separated plugin names).")
@click.option("--lang", type=click.Choice(["en", "es", "fr"]), default=None, help="Screen as this language (default: detected).")
@click.option("--report-lang", type=click.Choice(["en", "es", "fr"]), default=None, help="Language of the report text (default: the document's).")
@click.option("--lexicon", "lexicons", multiple=True, type=ReadPath("lexicon", dir_okay=False), help="Extra lexicon file with your own terms (repeatable).")
@click.option("--plugins-dir", "plugins_dirs", multiple=True, type=ReadPath("plugins", file_okay=False), help="Folder with local sector plugins (repeatable): their Python code runs.")
@click.option("--model", type=ReadPath("model", dir_okay=False), default=None, help="Classifier model (.skops) to use instead of the bundled one (turns the classifier on).")
@click.option("--classifier/--no-classifier", "classifier", default=False,
              help="Also run the classifier and show \"possible\" passages (default: off, lexicon only; see the model card).")
@click.option("--no-academic-mobility", is_flag=True,
              help="Do not report cross-border student and teacher mobility (concept academic_mobility) as migration.")
@click.option("--exclude-concepts", multiple=True, callback=split_csv,
              help="Switch off these lexicon concepts (comma-separated ids, e.g. academic_mobility).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None, help="Classifier probability threshold (default: the model card's).")
@click.option("--engine", type=click.Choice(["pypdfium2", "pdfplumber"]), default="pypdfium2", show_default=True, help="PDF text engine.")
@max_size_option
@max_pages_option
@max_chars_option
@ocr_options
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Batch: documents screened in parallel (default: all cores).")
@click.option("--resume", is_flag=True, help="Batch: skip documents whose report is up to date (same file, same tool and plugin versions).")
@click.option("--config", "config_path", type=ReadPath("config", path_type=str), default=None,
              help="Settings file (default: ./screener.toml if present). Command-line options override it.")
@click.option("--allow-plugins", is_flag=True,
              help="Let ./screener.toml (found, not given with --config) load its plugins_dirs: their code runs.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary lines on standard error.")
@click.pass_context
def scan(ctx, inputs, fmt, output, out_dir, sectors, lang, report_lang, lexicons, plugins_dirs, model, classifier,
         no_academic_mobility, exclude_concepts, threshold, engine, max_size, max_pages, max_chars, ocr, ocr_timeout,
         ocr_max_pages, jobs, resume, config_path, allow_plugins, quiet):
    """Screen plan(s) for how they treat migration and write the gap report.

    \b
    Examples:
      screener scan plan.pdf -o report.html
      screener scan plan.docx --format json --report-lang es
      screener scan plan.pdf -o review.xlsx        (one row per finding, for review)
      screener scan plans/ --out-dir reports/      (a batch, with a summary table)
      screener scan scanned_plan.pdf --ocr -o report.html
    """
    from ..config import apply_config, given_on_command_line, load_config, trusted_config
    from .common import fail_on_plugin_errors
    from ..errors import printable
    from ..loaders import iter_supported
    from ..report import output_suffix_problem, write_report
    from ..screen import Screener, ScreenOptions

    config = trusted_config(load_config(config_path, Path.cwd()), allow_plugins)
    v = apply_config(config, given_on_command_line(ctx, ctx.params))
    if output and output_suffix_problem(output, fmt):
        raise click.BadParameter(output_suffix_problem(output, fmt), param_hint="-o")
    if output and fmt is None:
        fmt = format_for_path(output)
        if fmt is None and "format" not in config.scan:
            raise click.BadParameter(f"cannot tell the format from {output!r}; add --format {'|'.join(FORMATS)}",
                                     param_hint="-o")
    if fmt is None and out_dir and "format" not in config.scan:
        fmt = "html"  # a batch is read by people: one HTML report per plan, as the README shows
    fmt = fmt or v["format"]
    try:
        skipped: list[str] = []  # a pipe, socket, device or broken link in a plans folder is said, not skipped silently
        paths = iter_supported(list(inputs), exclude=[out_dir] if out_dir else [], skipped=skipped)
    except RecursionError:  # os.walk recurses (Python < 3.12): a hostile tree of a thousand nested folders
        from ..errors import TooLargeError

        folders = ", ".join(printable(i) for i in inputs if Path(i).is_dir())
        raise TooLargeError(folders or None, "the folders are nested too deeply to list (about a thousand levels)",
                            "Move the plans into a shallower folder and screen that.") from None
    if out_dir:
        for i in inputs:
            if Path(i).is_dir() and same_file(i, out_dir):
                raise click.UsageError(f"--out-dir {out_dir} is the input folder: reports would replace or mix with "
                                       "the plans; choose another folder (e.g. --out-dir reports)")
    if not quiet:
        for warning in skipped:
            click.echo(f"screener: warning: {warning}", err=True)
    if not paths:
        raise click.UsageError("no supported documents found in the given folder(s) (PDF, DOCX, TXT, MD, HTML)")
    if (len(paths) > 1 or any(Path(i).is_dir() for i in inputs)) and not out_dir:
        raise click.UsageError("several documents: give --out-dir OUT to get one report per document")
    if output and out_dir:
        raise click.UsageError("use either -o (one document) or --out-dir (a batch), not both")
    if fmt in FILE_ONLY_FORMATS and not output and not out_dir:
        raise click.UsageError(f"--format {fmt} writes a file: give -o FILE")
    if output:  # a plan is never replaced by its own report; a report that cannot be written fails now
        check_writable(output)
        targets = [Path(output)] + ([Path(output).with_name(f"{Path(output).stem}.checklist.csv")] if fmt == "csv" else [])
        for target in targets:
            if same_file(target, paths[0]):
                raise click.UsageError(f"-o {output} is the plan being screened: its report would replace it; "
                                       "choose another file name")
    if out_dir:
        check_writable(out_dir, folder=True)

    if v["model"] and ctx.get_parameter_source("classifier") == click.core.ParameterSource.DEFAULT:
        v["classifier"] = True  # giving a model asks for the classifier (and a bad one is exit 11)
    if not v["classifier"] and (v["model"] or v["threshold"] is not None) and not quiet:
        click.echo("screener: warning: the classifier is off, so --model/--threshold have no effect; "
                   "add --classifier (or classifier = true in screener.toml)", err=True)
    options = ScreenOptions(lang=v["lang"], report_lang=v["report_lang"], sectors=v["sectors"],
                            min_sector_blocks=v["min_sector_blocks"], classifier_threshold=v["threshold"],
                            use_classifier=v["classifier"],
                            exclude_concepts=tuple(dict.fromkeys(tuple(v["exclude_concepts"] or ())
                                                                 + (("academic_mobility",) if no_academic_mobility else ()))))
    screener = Screener(options=options, lexicon_paths=v["lexicons"], plugins_dirs=v["plugins_dirs"],
                        model=v["model"], max_bytes=v["max_size"], engine=v["engine"], max_pages=max_pages,
                        max_chars=max_chars,
                        ocr=make_ocr_options(v["ocr"], v["lang"], v["ocr_timeout"], v["ocr_max_pages"]))
    fail_on_plugin_errors(screener.plugins)

    if out_dir:
        from ..batch import run_batch

        with memory_bounded(None):  # the batch process; each worker bounds itself the same way
            code = run_batch(screener, paths, Path(out_dir), fmt=fmt, quiet=quiet, jobs=v["jobs"],
                             resume=resume, summary_lang=v["report_lang"])
        raise SystemExit(code)

    with memory_bounded(paths[0]):  # one hostile document cannot take the machine: exit 10
        document = screener.load(paths[0])
        release_loader_caches()
        result = screener.screen(document)
    if output:
        written = write_report(result, fmt, output)
        if not quiet:
            s = result.summary
            click.echo(f"screener: wrote {', '.join(map(str, written))} ({len(s['sectors_present'])} sectors present, "
                       f"{s['findings']['migration']} migration findings, {s['findings']['possible']} possible; "
                       f"plan is migration-{s['continuum']})", err=True)
    else:
        from ..report import render

        click.echo(render(result, fmt), nl=False)
    if not quiet:
        for w in result.warnings:
            click.echo(f"screener: warning: {printable(str(paths[0]))}: {w}", err=True)
    for e in result.plugin_errors:  # a hook that failed is said on stderr too, not only in the report
        click.echo(f"screener: warning: plugin {e['name']}: {printable(e['message'])}", err=True)
