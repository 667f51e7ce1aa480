"""``screener lexicon``: check, list and try out migration lexicons.

Users who add local terms (a ministry's names for groups and institutions) need to
know at once whether their file is valid and what it matches, without screening a
whole plan: ``check`` reports every problem as FILE:LINE, ``test`` shows the matches
in a sentence.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import EXIT_BAD_DATA
from .common import ReadPath


@click.group()
def lexicon() -> None:
    """Check, list and try out migration lexicons (docs/lexicon-format.md)."""


@lexicon.command()
@click.argument("paths", nargs=-1, type=ReadPath("lexicon", dir_okay=False, path_type=Path))
@click.option("--alone", is_flag=True, help="Check each file on its own, not merged onto the bundled lexicon.")
def check(paths: tuple[Path, ...], alone: bool) -> None:
    """Validate lexicon and context-rule files (no PATH: the bundled ones).

    Every problem is printed as FILE:LINE: key: message. Exit status 0 when all
    files are valid, 11 when not. A file with ``schema: screener.context/1`` is checked
    as ConText rules (docs/context-rules.md).
    """
    from ..nlp.context import bundled_context_paths, is_context_file, parse_context_file
    from ..nlp.lexicon import bundled_lexicon_paths, check_lexicon, load_lexicon

    bundled = bundled_lexicon_paths()
    targets = list(paths) or bundled + bundled_context_paths()
    base = None
    if not alone and paths:
        try:
            base = load_lexicon(bundled[0]) if bundled else None
        except Exception:  # the bundled file is broken: check the user's file alone
            base = None
    failed = False
    for path in targets:
        if path.exists() and is_context_file(path):
            lang, rules, cproblems = parse_context_file(path)
            if cproblems:
                failed = True
                for p in cproblems:
                    click.echo(str(p))
            else:
                cats = ", ".join(f"{c} {sum(r.category == c for r in rules)}" for c in sorted({r.category for r in rules}))
                click.echo(f"ok: context rules ({lang}): {len(rules)} rules ({cats}) ({path})")
            continue
        is_bundled = any(_same(path, b) for b in bundled)
        problems = check_lexicon(path, base=None if is_bundled else base)
        if problems:
            failed = True
            for p in problems:
                click.echo(str(p))
            continue
        lex = load_lexicon(path)
        click.echo(f"ok: {lex.summary()} ({path})")
    if failed:
        sys.exit(EXIT_BAD_DATA)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


extra_option = click.option(
    "--extra", "extra", multiple=True, type=ReadPath("lexicon", exists=True, dir_okay=False, path_type=Path),
    help="An extra lexicon file merged onto the bundled one (repeatable).",
)


@lexicon.command()
@click.argument("concept", required=False)
@click.option("--lang", default=None, help="Only this language (en, es, fr, ...).")
@click.option("--forms", is_flag=True, help="With CONCEPT: also print the lemma-safe inflections each one-word term matches.")
@extra_option
def show(concept: str | None, lang: str | None, forms: bool, extra: tuple[Path, ...]) -> None:
    """List concepts and exclusions with term counts, or the terms of one CONCEPT."""
    from ..nlp.lexicon import default_lexicon

    lex = default_lexicon(extra)
    if concept is None:
        langs = [lang] if lang else sorted({t.lang for c in (*lex.concepts, *lex.exclusions) for t in c.terms})
        click.echo(f"{lex.name} {lex.version}: {lex.summary()}")
        header = f"{'id':24} " + " ".join(f"{lg:>4}" for lg in langs) + "  label"
        click.echo("\nconcepts\n" + header)
        for c in lex.concepts:
            counts = " ".join(f"{len(c.terms_for(lg)):>4}" for lg in langs)
            click.echo(f"{c.id:24} {counts}  {c.label(lang or 'en')}")
        click.echo("\nexclusions (false friends)\n" + header.replace("  label", "  description"))
        for c in lex.exclusions:
            counts = " ".join(f"{len(c.terms_for(lg)):>4}" for lg in langs)
            click.echo(f"{c.id:24} {counts}  {c.description}")
        return
    try:
        item = lex.concept(concept)
        kind = "concept"
    except KeyError:
        try:
            item = lex.exclusion(concept)
            kind = "exclusion"
        except KeyError:
            ids = ", ".join((*lex.concept_ids, *(e.id for e in lex.exclusions)))
            raise click.BadParameter(f"no concept or exclusion {concept!r}; known: {ids}", param_hint="CONCEPT") from None
    click.echo(f"{kind} {item.id}: {item.label(lang or 'en')}")
    if item.description:
        click.echo(f"  {item.description}")
    for t in item.terms:
        if lang and t.lang != lang:
            continue
        how = t.kind if t.kind != "phrase" else f"phrase/{t.match}"
        note = f"  # {t.note}" if t.note else ""
        click.echo(f"  {t.lang}  {t.id:28} {how:14} {t.text}{note}")
        if forms and t.kind == "phrase" and t.match == "lemma" and " " not in t.text.strip():
            from ..nlp.forms import inflected_forms

            click.echo(f"  {'':2}  {'':28} {'forms':14} {', '.join(inflected_forms(t.text, t.lang))}")


@lexicon.command("test")
@click.argument("text")
@click.option("--lang", default=None, help="Language of TEXT (default: detected, else en).")
@click.option("--all", "show_all", is_flag=True, help="Also list the false-friend (exclusion) spans found.")
@extra_option
def test_cmd(text: str, lang: str | None, show_all: bool, extra: tuple[Path, ...]) -> None:
    """Show the lexicon matches in TEXT ("-" reads standard input)."""
    from ..loaders.language import detect_language
    from ..nlp.lexicon import compile_lexicon, default_lexicon
    from ..nlp.pipeline import get_nlp

    if text == "-":
        text = sys.stdin.read()
    if not lang:
        detected = detect_language(text, min_words=3)
        lang = detected if detected in ("en", "es", "fr") else "en"
    lex = default_lexicon(extra)
    matcher = compile_lexicon(lex, lang)
    doc = get_nlp(lang)(text)
    matches = matcher.find(doc, text=text)
    if not matches:
        click.echo(f"no matches ({lang})")
    for m in matches:
        flag = f"  excluded_by={m.excluded_by}" if m.excluded_by else ""
        click.echo(f"{m.start:>5}-{m.end:<5} {m.concept:20} {m.term_id:28} {m.rule:6} {m.text!r}{flag}")
    if show_all:
        for e in matcher.exclusions.find(doc, text=text):
            click.echo(f"{e.start:>5}-{e.end:<5} exclusion:{e.concept:10} {e.term_id:28} {e.rule:6} {e.text!r}")
