"""``screener samples``: the bundled sample plans, to try screener without a plan at hand."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import click

SUFFIXES = (".pdf", ".docx", ".md", ".html", ".txt")


def samples_dir() -> Path:
    """The sample plans: the installed ``screener.sample_docs`` package, or, in a checkout (where
    the package is the repository's top-level sample_docs/), that folder."""
    try:
        return Path(str(resources.files("screener.sample_docs")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "sample_docs"


def sample_files() -> list[Path]:
    root = samples_dir()
    return sorted(p for p in root.iterdir() if p.suffix in SUFFIXES and p.name != "README.md")


@click.command()
@click.option("--copy", "copy_to", type=click.Path(file_okay=False, readable=False), help="Copy the sample plans into this folder.")
def samples(copy_to):
    """List the bundled sample plans (Spanish PDOT, French urban plan, English sector programme, ...).

    \b
    Try one:  screener samples --copy samples && screener scan samples/pdot_es.pdf -o report.html
    """
    files = sample_files()
    if copy_to:
        dest = Path(copy_to)
        dest.mkdir(parents=True, exist_ok=True)
        for f in files:
            shutil.copy2(f, dest / f.name)
        click.echo(f"copied {len(files)} sample plans to {dest}")
        return
    for f in files:
        click.echo(f"{f.name:<34} {f}")
