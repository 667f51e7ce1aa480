"""``screener compare``: what changed in how a plan treats migration between two drafts."""

from __future__ import annotations

from pathlib import Path

import click

from .common import ReadPath, check_writable, fail_on_plugin_errors, memory_bounded, make_ocr_options, max_size_option, ocr_options, same_file, split_csv, write_atomic

SUFFIX_FORMAT = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


@click.command()
@click.argument("old", type=ReadPath("plan", path_type=str))
@click.argument("new", type=ReadPath("plan", path_type=str))
@click.option("--format", "fmt", type=click.Choice(["html", "md", "json"]), default=None,
              help="Report format. Default: from the -o extension, else the config file's, else md.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, readable=False), help="Report file (default: standard output).")
@click.option("--report-lang", type=click.Choice(["en", "es", "fr"]), default=None,
              help="Language of the report text (default: the newer draft's).")
@click.option("--lang", type=click.Choice(["en", "es", "fr"]), default=None, help="Screen as this language (default: detected).")
@click.option("--sectors", multiple=True, callback=split_csv, help="Only these sectors (comma-separated plugin names).")
@click.option("--lexicon", "lexicons", multiple=True, type=ReadPath("lexicon", dir_okay=False),
              help="Extra lexicon file with your own terms (repeatable).")
@click.option("--plugins-dir", "plugins_dirs", multiple=True, type=ReadPath("plugins", file_okay=False),
              help="Folder with local sector plugins (repeatable): their Python code runs.")
@click.option("--model", type=ReadPath("model", dir_okay=False), default=None,
              help="Classifier model (.skops) to use instead of the bundled one.")
@click.option("--classifier/--no-classifier", "classifier", default=False,
              help="Also run the classifier and show \"possible\" passages (default: off, lexicon only; see the model card).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None, help="Classifier probability threshold (default: the model card's).")
@click.option("--engine", type=click.Choice(["pypdfium2", "pdfplumber"]), default="pypdfium2", show_default=True, help="PDF text engine.")
@click.option("--no-academic-mobility", is_flag=True,
              help="Do not report cross-border student and teacher mobility (concept academic_mobility) as migration.")
@click.option("--exclude-concepts", "exclude_concepts", multiple=True, callback=split_csv,
              help="Switch off these lexicon concepts (comma-separated ids, e.g. academic_mobility).")
@max_size_option
@ocr_options
@click.option("--config", "config_path", type=ReadPath("config", path_type=str), default=None,
              help="Settings file (default: ./screener.toml if present). Command-line options override it.")
@click.option("--allow-plugins", is_flag=True,
              help="Let ./screener.toml (found, not given with --config) load its plugins_dirs: their code runs.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on standard error.")
@click.pass_context
def compare(ctx, old, new, fmt, output, report_lang, lang, sectors, lexicons, plugins_dirs, model, classifier,
            threshold, engine, no_academic_mobility, exclude_concepts, max_size, ocr, ocr_timeout, ocr_max_pages, config_path, allow_plugins, quiet):
    """Compare two drafts of a plan (OLD, then NEW) and show what changed for migration.

    \b
    OLD and NEW are plans (PDF, DOCX, TXT, Markdown, HTML) or JSON reports saved with
    `screener scan PLAN --format json -o report.json`; both kinds can be mixed.
    Examples:
      screener compare draft1.pdf draft2.pdf -o changes.html
      screener compare old_report.json new_plan.docx --format md --report-lang es
    """
    from ..compare import compare_files
    from ..config import apply_config, given_on_command_line, load_config, trusted_config
    from ..report import output_suffix_problem
    from ..report.compare_report import render_comparison
    from ..screen import Screener, ScreenOptions

    config = trusted_config(load_config(config_path, Path.cwd()), allow_plugins)
    v = apply_config(config, given_on_command_line(ctx, ctx.params))
    if output:
        problem = output_suffix_problem(output, fmt, formats=tuple(dict.fromkeys(SUFFIX_FORMAT.values())))
        if problem:
            raise click.BadParameter(problem, param_hint="-o")
        check_writable(output)
        for plan in (old, new):
            if same_file(output, plan):
                raise click.UsageError(f"-o {output} is one of the drafts compared: the report would replace it; "
                                       "choose another file name")

    if fmt is None and output:
        fmt = SUFFIX_FORMAT.get(Path(output).suffix.lower())
        if fmt is None and "format" not in config.scan:
            raise click.BadParameter(f"cannot tell the format from {output!r}; add --format html|md|json", param_hint="-o")
    fmt = fmt or v["format"]

    if v["model"] and ctx.get_parameter_source("classifier") == click.core.ParameterSource.DEFAULT:
        v["classifier"] = True  # giving a model asks for the classifier, as in `scan`

    def make_screener() -> Screener:
        options = ScreenOptions(lang=v["lang"], report_lang=v["report_lang"], sectors=v["sectors"],
                                min_sector_blocks=v["min_sector_blocks"], classifier_threshold=v["threshold"],
                                use_classifier=v["classifier"],
                                exclude_concepts=tuple(dict.fromkeys(tuple(v["exclude_concepts"] or ())
                                                                     + (("academic_mobility",) if no_academic_mobility else ()))))
        screener = Screener(options=options, lexicon_paths=v["lexicons"], plugins_dirs=v["plugins_dirs"],
                            model=v["model"], max_bytes=v["max_size"], engine=v["engine"],
                            ocr=make_ocr_options(v["ocr"], v["lang"], v["ocr_timeout"], v["ocr_max_pages"]))
        fail_on_plugin_errors(screener.plugins)
        return screener

    with memory_bounded(f"{old}, {new}"):  # the bound of `scan` (README, "Reliability")
        comparison = compare_files(old, new, screener_factory=make_screener, lang=v["report_lang"],
                                   max_bytes=v["max_size"])
    report = render_comparison(comparison, fmt)
    if output:
        write_atomic(output, report)
    else:
        click.echo(report, nl=False)
    if not quiet:
        for w in comparison.warnings:
            click.echo(f"screener: warning: {w}", err=True)
        if output:
            moved = [s for s in comparison.sector_changes]
            click.echo(f"screener: wrote {output} ({len(moved)} sectors changed, {len(comparison.items)} checklist items "
                       f"changed, {len(comparison.added)} passages added, {len(comparison.removed)} removed)", err=True)
