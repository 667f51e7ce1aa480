"""``screener plugins``: list, show and check sector plugins.

``check`` is for plugin authors: it prints every problem of a file as
``FILE:LINE: key: message`` and exits 11, so it can run in a plugin's CI.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import EXIT_BAD_DATA, PluginError
from .common import ReadPath
from ..plugins import check_plugin_file, load_plugins
from ..plugins.registry import YAML_SUFFIXES

LANGS = ("en", "es", "fr")

plugins_dir_option = click.option(
    "--plugins-dir",
    "plugins_dirs",
    multiple=True,
    type=ReadPath("plugins", file_okay=False, path_type=Path),
    help="Also load the plugins (*.yaml, *.py) in this folder; repeatable. Replaces installed plugins of the same name.",
)


lexicon_option = click.option(
    "--lexicon", "lexicons", multiple=True, type=ReadPath("lexicon", dir_okay=False),
    help="Extra lexicon file (repeatable), as given to `scan`: plugins may cite the concepts it adds.",
)


def _concepts(lexicons: tuple[str, ...]) -> tuple[str, ...] | None:
    """The concept ids of the bundled lexicon plus ``lexicons`` (None: the bundled ones)."""
    if not lexicons:
        return None
    from ..nlp.lexicon import default_lexicon

    return tuple(default_lexicon(list(lexicons)).concept_ids)


def _report_failures(pset) -> None:
    for warning in pset.warnings:
        click.echo(f"screener: warning: {warning}", err=True)
    for failure in pset.errors:
        click.echo(f"screener: {failure}", err=True)


def _require_some(pset) -> None:
    if not pset.plugins:
        raise PluginError(None, "no sector plugin could be loaded", "See the reasons above; `screener plugins check FILE` lists every problem of a file")


@click.group()
def plugins() -> None:
    """Sector plugins: the sectors a plan is screened for and their migration checklists."""


@plugins.command("list")
@plugins_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@lexicon_option
def list_plugins(plugins_dirs: tuple[Path, ...], as_json: bool, lexicons: tuple[str, ...]) -> None:
    """List the loaded sector plugins and where each comes from.

    Plugins that fail to load are listed on stderr with the reason; the exit code is 0
    as long as at least one plugin loaded.
    """
    pset = load_plugins(plugins_dirs, concepts=_concepts(lexicons))
    if as_json:
        data = {
            "plugins": [
                {
                    "name": p.name, "code": p.code, "version": p.version, "title": dict(p.title),
                    "items": len(p.checklist), "languages": list(p.languages), "origin": p.origin,
                }
                for p in pset.plugins
            ],
            "errors": [{"name": f.name, "origin": f.origin, "message": f.message} for f in pset.errors],
            "warnings": list(pset.warnings),
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        rows = [("NAME", "CODE", "VERSION", "ITEMS", "LANGUAGES", "ORIGIN")]
        rows += [(p.name, p.code, p.version, str(len(p.checklist)), ",".join(p.languages), p.origin) for p in pset.plugins]
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        for r in rows:
            click.echo("  ".join(c.ljust(w) for c, w in zip(r[:5], widths)) + "  " + r[5])
    _report_failures(pset)
    _require_some(pset)


@plugins.command("show")
@click.argument("name")
@click.option("--lang", type=click.Choice(LANGS), default="en", show_default=True, help="Language of titles and texts.")
@plugins_dir_option
@lexicon_option
def show(name: str, lang: str, plugins_dirs: tuple[Path, ...], lexicons: tuple[str, ...]) -> None:
    """Show one plugin: description, origin, sector terms and its checklist."""
    pset = load_plugins(plugins_dirs, concepts=_concepts(lexicons))
    for warning in pset.warnings:
        click.echo(f"screener: warning: {warning}", err=True)
    p = pset.get(name)
    click.echo(f"{p.name} ({p.code}) {p.version}: {p.text('title', lang)}")
    click.echo(p.text("description", lang))
    click.echo(f"origin: {p.origin}")
    if p.source:
        click.echo(f"file: {p.source}")
    if p.link:
        click.echo(f"link: {p.link}")
    counts = ", ".join(f"{lg} {len(p.sector_terms[lg])}" for lg in p.languages)
    click.echo(f"sector terms: {counts}")
    if p.heading_terms:
        click.echo("heading terms: " + ", ".join(f"{lg} {len(v)}" for lg, v in sorted(p.heading_terms.items())))
    click.echo(f"checklist ({len(p.checklist)} items):")
    for it in p.checklist:
        click.echo(f"  {it.id}  [{it.level}]  {it.text('title', lang)}")
        refs = []
        if it.references.get("sdg"):
            refs.append("SDG " + ", ".join(it.references["sdg"]))
        if it.references.get("gcm"):
            refs.append("GCM " + ", ".join(str(g) for g in it.references["gcm"]))
        concepts = ", ".join(it.concepts)
        stages = f"; stages: {', '.join(it.stages)}" if it.stages else ""
        click.echo(f"      concepts: {concepts}; scope: {it.scope}{stages}")
        if refs:
            click.echo(f"      references: {'; '.join(refs)}")


@plugins.command("check")
@click.argument("paths", nargs=-1, required=True, type=ReadPath("plugin", exists=True, path_type=Path))
@lexicon_option
def check(paths: tuple[Path, ...], lexicons: tuple[str, ...]) -> None:
    """Validate plugin files (.yaml or .py), or every plugin file in a folder.

    Prints each problem as FILE:LINE: key: message; exits 0 when all are valid and 11
    when any is not.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            entries = sorted(f for f in path.iterdir() if f.is_file() and not f.name.startswith((".", "_")))
            # modules first, so the YAML file a module declares is checked once, through it
            found = [f for f in entries if f.suffix == ".py"] + [f for f in entries if f.suffix.lower() in YAML_SUFFIXES]
            if not found:
                click.echo(f"{path}: no plugin files (*.yaml, *.yml, *.py) in this folder", err=True)
                sys.exit(EXIT_BAD_DATA)
            files += found
        else:
            files.append(path)
    concepts = _concepts(lexicons)
    bad = checked = 0
    claimed: set[Path] = set()
    for f in files:
        if f.resolve() in claimed:
            continue
        checked += 1
        plugin, problems = check_plugin_file(f, concepts=concepts)
        if problems:
            bad += 1
            for problem in problems:
                click.echo(str(problem))
            continue
        if plugin.source and f.suffix == ".py":
            claimed.add(Path(plugin.source).resolve())
        terms = ", ".join(f"{lg} {len(plugin.sector_terms[lg])}" for lg in plugin.languages)
        click.echo(f"ok: {f}: {plugin.name} ({plugin.code}) {plugin.version}, {len(plugin.checklist)} checklist items, sector terms {terms}")
    if bad:
        click.echo(f"{bad} of {checked} plugin file(s) have problems", err=True)
        sys.exit(EXIT_BAD_DATA)
