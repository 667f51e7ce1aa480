"""The loader registry: format by content, the right error for every bad input."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

import docx_factory as f
from screener.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    InputNotFoundError,
    TooLargeError,
    UnsupportedFormatError,
)
from screener.loaders import iter_supported, load, load_bytes, sniff


def minimal_pdf(text: str = "Plan de desarrollo municipal y migración laboral en la frontera.") -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    "name, data, fmt",
    [
        ("a.txt", b"Plain text", "txt"),
        ("a.md", b"# Title", "md"),
        ("a.markdown", b"Text", "md"),
        ("a.html", b"Just text, but named html", "html"),
        ("a.txt", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("noext", b"<html><body>x</body></html>", "html"),
        ("a.txt", b"\xff\xfeP\x00l\x00a\x00n\x00", "txt"),  # UTF-16: NUL bytes but a BOM
    ],
)
def test_sniff_text_formats(name, data, fmt):
    assert sniff(name, data) == fmt


def test_sniff_docx_and_pdf_by_content():
    assert sniff("report.pdf", f.plan_document()) == "docx"
    assert sniff("notes.txt", minimal_pdf()) == "pdf"


def test_docx_named_pdf_loads_as_docx_with_a_warning():
    doc = load_bytes(Path("plan.pdf"), f.plan_document())
    assert doc.format == "docx"
    assert any("named .pdf but contains DOCX" in w for w in doc.warnings)
    f.check_document(doc)


def test_pdf_named_txt_loads_as_pdf():
    pytest.importorskip("screener.loaders.pdf")
    doc = load_bytes(Path("plan.txt"), minimal_pdf())
    assert doc.format == "pdf"
    assert "migración" in doc.text
    assert any("named .txt but contains PDF" in w for w in doc.warnings)


def test_markdown_named_txt_gets_no_warning():
    doc = load_bytes(Path("plan.txt"), b"# Plan\n\nThe plan covers migration and the labour market.\n")
    assert doc.format == "txt" and doc.warnings == ()


def _xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Budget"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, payload in members.items():
            z.writestr(name, payload)
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, data, match",
    [
        ("scan.png", f.tiny_png(), "PNG image"),
        ("scan.pdf", f.tiny_png(), "PNG image"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "97-2003"),
        ("budget.xlsx", _xlsx(), "Excel"),
        ("budget.docx", _xlsx(), "Excel"),
        ("archive.zip", _zip({"a.txt": b"x"}), "zip archive"),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 100, "JPEG"),
        ("doc.rtf", b"{\\rtf1\\ansi hello}", "RTF"),
        ("blob.txt", b"\x01\x02\x00\x03" * 100, "binary"),
        ("data.gz", b"\x1f\x8b\x08\x00" + b"\0" * 50, "gzip"),
    ],
)
def test_unsupported_formats(name, data, match):
    with pytest.raises(UnsupportedFormatError, match=match) as info:
        load_bytes(Path(name), data)
    assert "\n" not in info.value.message and name in info.value.message


@pytest.mark.parametrize(
    "name, data",
    [
        ("plan.docx", b"PK\x03\x04" + b"\0" * 100),  # damaged zip named .docx
        ("plan.docx", _zip({"a.txt": b"x"})),  # a zip without word/document.xml
        ("plan.docx", b"This is text, not a Word file"),
        ("plan.pdf", b"Not a PDF at all"),
    ],
)
def test_corrupt_files_named_as_documents(name, data):
    with pytest.raises(CorruptFileError):
        load_bytes(Path(name), data)


def test_encrypted_office_file():
    cfb = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64
    with pytest.raises(EncryptedFileError):
        load_bytes(Path("secret.docx"), cfb)


# ----------------------------------------------------------------------------- files on disk


def test_missing_file(tmp_path):
    with pytest.raises(InputNotFoundError, match="not found"):
        load(tmp_path / "nope.docx")


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(InputNotFoundError, match="folder"):
        load(tmp_path)


def test_empty_file(tmp_path):
    with pytest.raises(EmptyDocumentError, match="0 bytes"):
        load(write(tmp_path, "empty.pdf", b""))
    with pytest.raises(EmptyDocumentError):
        load_bytes(Path("empty.txt"), b"")


def test_over_max_size(tmp_path):
    path = write(tmp_path, "plan.txt", b"x" * 5000)
    with pytest.raises(TooLargeError, match="over the"):
        load(path, max_bytes=1000)
    assert load(path, max_bytes=10_000).format == "txt"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "plan.txt", b"text")
    path.chmod(0)
    try:
        with pytest.raises(InputNotFoundError, match="permission"):
            load(path)
    finally:
        path.chmod(0o644)


def test_load_from_disk_every_text_format(tmp_path):
    for name, data, fmt in (
        ("a.docx", f.plan_document(), "docx"),
        ("b.txt", f.EN_PARAGRAPH.encode(), "txt"),
        ("c.md", ("# T\n\n" + f.FR_PARAGRAPH).encode(), "md"),
        ("d.html", ("<h1>T</h1><p>" + f.ES_PARAGRAPH + "</p>").encode(), "html"),
    ):
        doc = load(write(tmp_path, name, data))
        assert doc.format == fmt and doc.source.endswith(name)
        f.check_document(doc)


def test_iter_supported_expands_folders(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "a.txt", b"x")
    write(tmp_path / "sub", "b.DOCX", b"x")
    write(tmp_path, "c.png", b"x")
    write(tmp_path, ".hidden.txt", b"x")
    found = iter_supported([tmp_path, tmp_path / "c.png"])
    assert [p.name for p in found] == ["a.txt", "b.DOCX", "c.png"]
