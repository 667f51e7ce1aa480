"""``screener init``: write a commented ``screener.toml`` a team can edit instead of learning every option."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EXIT_USAGE
from . import fail
from .common import write_atomic


@click.command()
@click.argument("path", required=False, default="screener.toml", type=click.Path(readable=False, path_type=str))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.option("--lang", type=click.Choice(["en", "es", "fr"]), default="en", show_default=True,
              help="Language of the comments in the file.")
def init(path: str, force: bool, lang: str) -> None:
    """Write a fully commented screener.toml with every setting at its default.

    \b
    PATH is the file to write (default: ./screener.toml); a folder means PATH/screener.toml.
    Examples:
      screener init
      screener init projects/ecuador --lang es
    """
    from ..config import CONFIG_NAME, init_text

    target = Path(path)
    if target.is_dir():
        target = target / CONFIG_NAME
    if target.exists() and not force:
        fail(f"{target}: already exists; not overwritten. Add --force to replace it, or give another path", EXIT_USAGE)
    write_atomic(target, init_text(lang))
    click.echo(f"screener: wrote {target}; edit it, then run `screener scan` from this folder", err=True)
