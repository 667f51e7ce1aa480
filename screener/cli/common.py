"""Options and helpers shared by several commands."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

import click

from ..io import NAME_MAX, check_writable, output_error as _output_error, write_atomic  # noqa: F401  (the CLI's callers import them here)
from ..limits import DEFAULT_MAX_CHARS


# What a read path holds -> (the error class, the words the message uses). A plan that cannot be
# read is exit 3; a lexicon, plugin, config, model or training file is exit 11 (README, "Exit codes").
_READ_KINDS = {
    "plan": ("InputNotFoundError", "file"),
    "lexicon": ("LexiconError", "lexicon file"),
    "plugins": ("PluginError", "plugin folder"),
    "plugin": ("PluginError", "plugin file"),
    "config": ("ConfigError", "settings file"),
    "model": ("ModelError", "model file"),
    "data": ("BadDataError", "data file"),
}


class ReadPath(click.Path):
    """A path a command reads. click's own ``readable`` check would turn a file that cannot be
    read into a usage error (exit 2, and the usage text); here it is one line with the
    documented code: a plan exit 3, a lexicon, plugin, config, model or data file exit 11.

    ``exists=True`` keeps click's check that the path exists (a usage error, exit 2, as before
    for the commands that had it); without it the command's own code reports a missing path."""

    def __init__(self, kind: str = "plan", *, exists: bool = False, **kwargs):
        super().__init__(exists=exists, readable=False, **kwargs)
        self.kind = kind

    def convert(self, value, param, ctx):
        rv = super().convert(value, param, ctx)
        from .. import errors

        cls_name, words = _READ_KINDS[self.kind]
        cls = getattr(errors, cls_name)
        path = os.fsdecode(rv) if isinstance(rv, (str, bytes)) else str(rv)
        if not os.path.lexists(path):
            return rv
        if not os.path.exists(path):
            raise cls(path, "broken symbolic link (its target does not exist)", "Check the path.")
        folder = os.path.isdir(path)
        if not os.access(path, os.R_OK | (os.X_OK if folder else 0)):
            what = "the folder cannot be listed" if folder else f"the {words} cannot be read"
            raise cls(path, f"permission denied: {what}", "Check its permissions.")
        return rv


def parse_size(value: str | int) -> int:
    """'200MB', '200MiB', '1.5G', '5000000' -> bytes (one parser for the CLI and screener.toml)."""
    from ..config import parse_size as _parse

    try:
        return _parse(value)
    except Exception as exc:
        raise click.BadParameter(str(exc)) from None


def split_csv(ctx, param, values):
    """Click callback: --sectors a,b --sectors c -> ("a", "b", "c"), or None when not given."""
    out = []
    for v in values or ():
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out) or None


max_pages_option = click.option(
    "--max-pages", type=click.IntRange(min=1), default=3000, show_default=True,
    help="Refuse PDFs with more pages than this (a small file claiming 100,000 pages is hostile).",
)


def ocr_options(f):
    """--ocr, --ocr-timeout, --ocr-max-pages (scan, extract, compare)."""
    f = click.option("--ocr-max-pages", type=click.IntRange(min=1), default=300,  # == ocr.DEFAULT_OCR_MAX_PAGES
                     show_default=True, help="With --ocr: refuse a PDF with more pages than this to OCR.")(f)
    f = click.option("--ocr-timeout", type=click.IntRange(min=1), default=900, show_default=True,  # == ocr.DEFAULT_OCR_TIMEOUT
                     metavar="SECONDS", help="With --ocr: stop OCR of one document after this long (exit 13).")(f)
    return click.option("--ocr/--no-ocr", "ocr", default=False,
                        help="OCR the pages of a PDF that have no text layer (scans) first; needs ocrmypdf and "
                             "tesseract (README, \"Scanned plans\").")(f)


def make_ocr_options(enabled: bool, lang: str | None, timeout: int, max_pages: int, jobs: int | None = None):
    """The loader's ``OcrOptions`` (None when OCR is off); --lang picks the OCR language, else en+es+fr."""
    from ..loaders.ocr import OcrOptions

    if not enabled:
        return None
    return OcrOptions(languages=(lang,) if lang else (), max_pages=max_pages, timeout=timeout, jobs=jobs)


max_size_option = click.option(
    "--max-size",
    default="200MiB",  # == DEFAULT_MAX_BYTES
    show_default=True,
    callback=lambda ctx, param, v: parse_size(v),
    help="Refuse files larger than this.",
)


max_chars_option = click.option(
    "--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
    help="Refuse documents holding more characters than this (bounds the memory one document takes).",
)



@contextlib.contextmanager
def memory_bounded(path: str | Path | None) -> Iterator[None]:
    """Screen under the same memory bound as a batch worker (limits.memory_bound: 4 GiB above
    what the process maps now, ``SCREENER_MEMORY`` changes it): a document that needs more is
    a one-line exit 10 naming ``path``, not the machine's memory taken."""
    from ..limits import memory_bound, memory_too_large

    with memory_bound():
        try:
            yield
        except MemoryError:
            raise memory_too_large(path) from None


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file (also through links, or in a case-insensitive file system)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare the names
        try:
            return os.path.realpath(a) == os.path.realpath(b)
        except OSError:
            return False


def fail_on_plugin_errors(pset) -> None:
    """A plugin in a --plugins-dir (or the config's plugins_dirs) that does not load is an error
    (exit 11): the user asked for it. A broken installed plugin only warns; the others screen."""
    from ..errors import PluginError, printable

    local = [f for f in pset.errors if f.origin.startswith("plugins-dir ")]
    for f in pset.errors:
        if f not in local:
            click.echo(f"screener: warning: plugin {f.name} not loaded: {printable(f.message)}", err=True)
    if local:
        more = f" (and {len(local) - 1} more)" if len(local) > 1 else ""
        raise PluginError(None, f"plugin {local[0].name} not loaded: {local[0].message}{more}",
                          "Fix it (`screener plugins check FILE` lists every problem) or move it out of the plugins folder.")
