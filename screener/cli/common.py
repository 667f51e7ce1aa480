"""Options and helpers shared by several commands."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click



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


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it: never a half-written report."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
