"""Loader registry: pick a loader by sniffing the bytes, not only the extension.

``load(path)`` is the one entry point. Whatever goes wrong inside a loader
reaches the caller as a ``LoadError`` subclass, never as a library's own
exception, so the CLI can print one line and a batch can go on.
"""

from __future__ import annotations

import importlib
import zipfile
from dataclasses import replace
import io
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
)
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
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
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
         max_pages: int | None = DEFAULT_MAX_PAGES, ocr: OcrOptions | None = None) -> Document:
    """Load any supported file into a ``Document``; raises only ``LoadError`` subclasses.

    ``ocr`` (``--ocr``): OCR a PDF's pages that have no text layer first (``loaders.ocr``).
    """
    path = Path(path)
    if not path.exists():
        raise InputNotFoundError(path, "file not found")
    if path.is_dir():
        raise InputNotFoundError(path, "this is a folder, not a file", "Give a file, or use `screener scan FOLDER --out-dir OUT` for a batch.")
    try:
        size = path.stat().st_size
        if size == 0:
            raise EmptyDocumentError(path, "the file is empty (0 bytes)")
        if max_bytes and size > max_bytes:
            raise TooLargeError(path, f"the file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
        data = path.read_bytes()
    except PermissionError:
        raise InputNotFoundError(path, "permission denied while reading the file") from None
    except (IsADirectoryError, OSError) as exc:
        if isinstance(exc, LoadError):
            raise
        raise InputNotFoundError(path, f"cannot read the file ({exc.strerror or exc})") from None
    return load_bytes(path, data, engine=engine, max_pages=max_pages, ocr=ocr)


def load_bytes(path: str | Path, data: bytes, *, engine: str = "pypdfium2",
               max_pages: int | None = DEFAULT_MAX_PAGES, ocr: OcrOptions | None = None) -> Document:
    """Load from bytes already read (tests and fuzzing use this)."""
    if not data:
        raise EmptyDocumentError(path, "the file is empty (0 bytes)")
    fmt = sniff(path, data)
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


def iter_supported(paths: list[str | Path]) -> list[Path]:
    """Expand folders into the supported files inside them (sorted, recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in EXTENSIONS and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


__all__ = ["load", "load_bytes", "sniff", "iter_supported", "LOADERS", "DEFAULT_MAX_BYTES", "OcrOptions"]
