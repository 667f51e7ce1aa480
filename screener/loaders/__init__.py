"""Loader registry: pick a loader by sniffing the bytes, not only the extension.

``load(path)`` is the one entry point. Whatever goes wrong inside a loader
reaches the caller as a ``LoadError`` subclass, never as a library's own
exception, so the CLI can print one line and a batch can go on.
"""

from __future__ import annotations

import importlib
import io
import os
import stat
import zipfile
from dataclasses import replace
from pathlib import Path

from ..errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    InputNotFoundError,
    LoadError,
    NoTextLayerError,
    TooLargeError,
    UnsupportedFormatError,
    printable,
)
from ..limits import DEFAULT_MAX_CHARS, TooManyChars, char_limit, chars_error, check_pdf_streams, check_zip
from ..model import Document
from .base import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES
from .ocr import OcrOptions

# format -> "module:function"; each takes (path, data, **options) and returns a Document.
LOADERS: dict[str, str] = {
    "pdf": "screener.loaders.pdf:load_pdf",
    "docx": "screener.loaders.docx:load_docx",
    "txt": "screener.loaders.text:load_text",
    "md": "screener.loaders.text:load_text",
    "html": "screener.loaders.html:load_html",
}

EXTENSIONS = {
    ".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".text": "txt", ".md": "md",
    ".markdown": "md", ".html": "html", ".htm": "html", ".xhtml": "html",
}
SUPPORTED_SUFFIXES = tuple(EXTENSIONS)

_OTHER_ZIPS = {
    "xl/workbook.xml": "an Excel workbook (XLSX)",
    "ppt/presentation.xml": "a PowerPoint presentation (PPTX)",
    "content.xml": "an OpenDocument file (ODT/ODS)",
}
_MAGIC = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 (.doc) or other legacy Office file", "Save it as .docx or PDF and screen that."),
    (b"{\\rtf", "an RTF file", "Save it as .docx or PDF and screen that."),
    (b"\x89PNG", "a PNG image", "Run OCR on it (e.g. ocrmypdf) to get a PDF with a text layer."),
    (b"\xff\xd8\xff", "a JPEG image", "Run OCR on it (e.g. ocrmypdf) to get a PDF with a text layer."),
    (b"II*\x00", "a TIFF image", "Run OCR on it (e.g. ocrmypdf) to get a PDF with a text layer."),
    (b"MM\x00*", "a TIFF image", "Run OCR on it (e.g. ocrmypdf) to get a PDF with a text layer."),
    (b"\x1f\x8b", "a gzip archive", "Unpack it and screen the documents inside."),
    (b"Rar!", "a RAR archive", "Unpack it and screen the documents inside."),
    (b"7z\xbc\xaf", "a 7-Zip archive", "Unpack it and screen the documents inside."),
]
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CFB_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_HTML_HINTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<h1", b"<p>", b"<div", b"<table")


def sniff(path: str | Path, data: bytes) -> str:
    """Format of ``data`` from its content; the extension only separates TXT from Markdown."""
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            if Path(path).suffix.lower() == ".docx":
                raise CorruptFileError(path, "the DOCX file is damaged (its zip structure cannot be read)")
            raise UnsupportedFormatError(path, "this is a damaged zip archive, not a document")
        if "word/document.xml" in names:
            return "docx"
        for marker, what in _OTHER_ZIPS.items():
            if marker in names:
                raise UnsupportedFormatError(path, f"this is {what}, not a plan document")
        if Path(path).suffix.lower() == ".docx":
            raise CorruptFileError(path, "the DOCX file has no word/document.xml part")
        raise UnsupportedFormatError(path, "this is a zip archive, not a document", "Unpack it and screen the documents inside.")
    if head.startswith(_CFB_MAGIC) and _CFB_ENCRYPTED in data:
        # Word saves a password-protected .docx as an OLE container holding the
        # encrypted package next to an "EncryptionInfo" stream.
        raise EncryptedFileError(path, "the document is password-protected (encrypted Office file)")
    for magic, what, hint in _MAGIC:
        if head.startswith(magic):
            raise UnsupportedFormatError(path, f"this is {what}", hint)
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise UnsupportedFormatError(path, "this is a binary file of an unknown kind, not a document")
    suffix = Path(path).suffix.lower()
    if suffix in (".pdf", ".docx"):
        raise CorruptFileError(path, f"the file is named {suffix} but does not contain a {suffix[1:].upper()} document")
    lowered = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix in (".html", ".htm", ".xhtml") or any(lowered.startswith(h) for h in _HTML_HINTS) or (
        lowered.startswith(b"<") and (b"<html" in lowered or b"<body" in lowered)
    ):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    return "txt"


def load(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, engine: str = "pypdfium2",
         max_pages: int | None = DEFAULT_MAX_PAGES, max_chars: int | None = DEFAULT_MAX_CHARS,
         ocr: OcrOptions | None = None) -> Document:
    """Load any supported file into a ``Document``; raises only ``LoadError`` subclasses.

    ``ocr`` (``--ocr``): OCR a PDF's pages that have no text layer first (``loaders.ocr``).
    """
    path = Path(path)
    if not path.exists():
        if path.is_symlink():
            raise InputNotFoundError(path, "broken symbolic link (its target does not exist)")
        raise InputNotFoundError(path, "file not found")
    if path.is_dir():
        if not os.access(path, os.R_OK | os.X_OK):
            raise InputNotFoundError(path, "permission denied: the folder cannot be listed", "Check its permissions.")
        raise InputNotFoundError(path, "this is a folder, not a file", "Give a file, or use `screener scan FOLDER --out-dir OUT` for a batch.")
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end: never opened
            raise UnsupportedFormatError(path, "this is not a regular file (a pipe, socket or device)",
                                         "Save the content to a file and screen that.")
        size = st.st_size
        if size == 0:
            raise EmptyDocumentError(path, "the file is empty (0 bytes)")
        if max_bytes and size > max_bytes:
            raise TooLargeError(path, f"the file is {format_bytes(size)}, over the {format_bytes(max_bytes)} limit")
        data = path.read_bytes()
    except PermissionError:
        raise InputNotFoundError(path, "permission denied while reading the file") from None
    except (IsADirectoryError, OSError) as exc:
        if isinstance(exc, LoadError):
            raise
        raise InputNotFoundError(path, f"cannot read the file ({exc.strerror or exc})") from None
    return load_bytes(path, data, engine=engine, max_pages=max_pages, max_chars=max_chars, ocr=ocr)


def format_bytes(n: int) -> str:
    """1500 -> "1.5 KB", 2.5e8 -> "250.0 MB": never "0 MB" for a small limit."""
    for unit, mult in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if n >= mult:
            return f"{n / mult:.1f} {unit}"
    return f"{n} bytes"


def load_bytes(path: str | Path, data: bytes, *, engine: str = "pypdfium2",
               max_pages: int | None = DEFAULT_MAX_PAGES, max_chars: int | None = DEFAULT_MAX_CHARS,
               ocr: OcrOptions | None = None) -> Document:
    """Load from bytes already read (tests and fuzzing use this)."""
    if not data:
        raise EmptyDocumentError(path, "the file is empty (0 bytes)")
    fmt = sniff(path, data)
    _check_bombs(path, data, fmt, max_chars)
    with char_limit(max_chars):
        return _load_sniffed(path, data, fmt, engine=engine, max_pages=max_pages, max_chars=max_chars, ocr=ocr)


def _check_bombs(path: str | Path, data: bytes, fmt: str, max_chars: int | None) -> None:
    """Refuse, before any parser runs, what would take the machine's memory (exit 10)."""
    if fmt == "docx":
        check_zip(path, data, what="DOCX file")
    elif fmt == "pdf":
        check_pdf_streams(path, data)
    elif max_chars and len(data) > 4 * max_chars + 4:  # text: at most 4 bytes a character
        raise chars_error(path, max_chars)


def _load_sniffed(path: str | Path, data: bytes, fmt: str, *, engine: str, max_pages: int | None,
                  max_chars: int | None, ocr: OcrOptions | None = None) -> Document:
    module_name, func_name = LOADERS[fmt].split(":")
    loader = getattr(importlib.import_module(module_name), func_name)
    options = {"engine": engine, "max_pages": max_pages} if fmt == "pdf" else {"fmt": fmt} if fmt in ("txt", "md") else {}
    try:
        if fmt == "pdf" and ocr is not None:
            from .ocr import load_with_ocr

            doc = load_with_ocr(Path(path), data, ocr, lambda d: loader(Path(path), d, **options), max_pages=max_pages)
        else:
            doc = loader(Path(path), data, **options)
            if fmt == "pdf" and any("no text layer" in w for w in doc.warnings):  # a few scanned pages
                advice = _ocr_advice()
                doc = replace(doc, warnings=tuple(f"{w}. {advice}" if "no text layer" in w else w for w in doc.warnings))
    except NoTextLayerError as exc:
        if ocr is not None:
            raise
        raise NoTextLayerError(path, exc.problem, _ocr_advice()) from None
    except LoadError:
        raise
    except TooManyChars:
        raise chars_error(path, max_chars or 0) from None
    except (MemoryError, RecursionError) as exc:
        raise TooLargeError(path, f"the file is too complex to read ({type(exc).__name__})") from None
    except Exception as exc:  # a library failed on malformed input
        detail = " ".join(str(exc).split())[:120]  # library messages may span lines
        raise CorruptFileError(path, f"the {fmt.upper()} file could not be read ({type(exc).__name__}: {detail})") from None
    suffix = Path(path).suffix.lower()
    expected = EXTENSIONS.get(suffix)
    if expected and expected != fmt and {expected, fmt} != {"txt", "md"}:
        doc = _with_warning(doc, f"file is named {suffix} but contains {fmt.upper()}; read as {fmt.upper()}")
    return doc


def _ocr_advice() -> str:
    from .ocr import no_text_layer_hint

    return no_text_layer_hint()


def _with_warning(doc: Document, warning: str) -> Document:
    from dataclasses import replace

    return replace(doc, warnings=doc.warnings + (warning,))


OUT_DIR_MARKER = ".screener-manifest.json"  # a folder holding it is a batch's output: never read as plans


def iter_supported(paths: list[str | Path], *, exclude: list[str | Path] = (),
                   skipped: list[str] | None = None) -> list[Path]:
    """Expand folders into the supported files inside them (sorted, recursive).

    Reports are never taken as plans: folders in ``exclude`` (the --out-dir) and folders holding
    a batch manifest are skipped. Nothing is skipped silently otherwise: a subfolder that cannot
    be listed, a broken symbolic link or a pipe with a plan's extension is listed too, so the
    batch reports it as a failed document (FIFOs are never opened). Any other pipe, socket,
    device or broken link gets one line in ``skipped`` (when given), from the same walk: only
    ``stat`` is called on it, nothing is opened.
    """
    skip = {os.path.realpath(x) for x in exclude}
    out: list[Path] = []
    for p in map(Path, paths):
        if not p.is_dir():
            out.append(p)
            continue
        if not os.access(p, os.R_OK | os.X_OK):
            raise InputNotFoundError(p, "permission denied: the folder cannot be listed")
        found: list[Path] = []

        def unreadable(err: OSError) -> None:
            if err.filename and os.path.realpath(err.filename) != os.path.realpath(p):
                found.append(Path(err.filename))

        for root, dirs, files in os.walk(p, onerror=unreadable):
            here = os.path.realpath(root)
            if here in skip or (OUT_DIR_MARKER in files and root != str(p)):
                dirs[:] = []
                continue
            dirs.sort()
            for name in sorted(files):
                f = Path(root) / name
                if name.startswith("."):
                    continue
                if f.suffix.lower() in EXTENSIONS:
                    found.append(f)
                elif skipped is not None:
                    why = _not_a_file(f)
                    if why:
                        skipped.append(f"{printable(str(f))}: skipped: {why}")
        out.extend(sorted(found))
    return out


def _not_a_file(path: Path) -> str | None:
    """Why an entry of a plans folder is no file to read (a pipe, socket, device or broken
    symbolic link), or None for a regular file or folder."""
    try:
        st = os.stat(path)
    except OSError:
        if os.path.islink(path):
            return f"broken symbolic link (its target {printable(os.readlink(path))} does not exist)"
        return None
    if stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode):
        return None
    kind = "a pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "a device"
    return f"{kind}, not a regular file (never opened)"


__all__ = ["load", "load_bytes", "sniff", "iter_supported", "LOADERS", "DEFAULT_MAX_BYTES", "OcrOptions"]
