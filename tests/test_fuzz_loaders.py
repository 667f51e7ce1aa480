"""Property tests: damaged input gives a valid Document or a LoadError, nothing else.

Valid seed files are mutated (bit flips, truncation, insertions, deletions,
duplications). For the DOCX loader the XML inside a valid zip is mutated too,
otherwise nearly every mutation stops at the zip's CRC check. The TXT, Markdown,
HTML and DOCX loaders are also called directly, without the registry's safety
net, so that a library exception escaping them fails the test.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docx_factory as f
from screener.errors import LoadError
from screener.loaders import load_bytes, sniff
from screener.loaders.docx import load_docx
from screener.loaders.html import load_html
from screener.loaders.text import load_text

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

TXT_SEED = ("CAPÍTULO I\nDIAGNÓSTICO\n\n1.2 Salud\n" + f.ES_PARAGRAPH + "\n\n- uno\n- dos\n\f" + f.ES_PARAGRAPH + "\n").encode("utf-8")
MD_SEED = (
    "---\ntitle: Plan\n---\n# Plan\n\nTexte *important* et [lien](x).\n\n## Santé\n\n* a\n* b\n\n"
    "| A | B |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\n> cite\n\n" + f.FR_PARAGRAPH + "\n"
).encode("utf-8")
HTML_SEED = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Plan</title><script>x()</script></head>"
    "<body><nav>menu</nav><h1>Plan</h1><p>" + f.EN_PARAGRAPH + "</p><ul><li>a<ul><li>b</li></ul></li></ul>"
    "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>"
    "<div>loose<br><br>text</div></body></html>"
).encode("utf-8")
DOCX_SEED = f.plan_document()
DOCX_XML = f.document_xml(DOCX_SEED)
with zipfile.ZipFile(io.BytesIO(DOCX_SEED)) as _z:
    STYLES_XML = _z.read("word/styles.xml")


@st.composite
def mutated(draw, seed: bytes):
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "duplicate"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 64))]
        elif op == "duplicate":
            data[pos:pos] = data[pos:pos + draw(st.integers(1, 64))]
    return bytes(data)


def through_registry(name: str, data: bytes) -> None:
    try:
        doc = load_bytes(Path(name), data)
    except LoadError as exc:
        assert exc.message and "\n" not in exc.message and exc.exit_code > 1
        return
    f.check_document(doc)


def direct(name: str, data: bytes) -> None:
    """The format's own loader, without the registry turning stray exceptions into CorruptFileError."""
    try:
        fmt = sniff(name, data)
    except LoadError:
        return
    path = Path(name)
    try:
        if fmt in ("txt", "md"):
            doc = load_text(path, data, fmt=fmt)
        elif fmt == "html":
            doc = load_html(path, data)
        elif fmt == "docx":
            doc = load_docx(path, data)
        else:
            return  # another format's loader: covered through the registry
    except LoadError:
        return
    f.check_document(doc)


@FUZZ
@given(mutated(TXT_SEED))
def test_fuzz_txt(data):
    through_registry("plan.txt", data)
    direct("plan.txt", data)


@FUZZ
@given(mutated(MD_SEED))
def test_fuzz_markdown(data):
    through_registry("plan.md", data)
    direct("plan.md", data)


@FUZZ
@given(mutated(HTML_SEED))
def test_fuzz_html(data):
    through_registry("plan.html", data)
    direct("plan.html", data)


@FUZZ
@given(mutated(DOCX_SEED))
def test_fuzz_docx_bytes(data):
    through_registry("plan.docx", data)
    direct("plan.docx", data)


def _with_part(part: str, xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(DOCX_SEED)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, xml if info.filename == part else src.read(info.filename))
    return out.getvalue()


@FUZZ
@given(mutated(DOCX_XML))
def test_fuzz_docx_xml_inside_valid_zip(xml):
    data = _with_part("word/document.xml", xml)
    through_registry("plan.docx", data)
    direct("plan.docx", data)


@FUZZ
@given(mutated(STYLES_XML))
def test_fuzz_docx_styles_inside_valid_zip(xml):
    data = _with_part("word/styles.xml", xml)
    through_registry("plan.docx", data)
    direct("plan.docx", data)


@FUZZ
@given(st.binary(max_size=512))
def test_fuzz_random_bytes(data):
    for name in ("x.txt", "x.docx", "x.html", "x.pdf"):
        through_registry(name, data)
        direct(name, data)


def _pdf_seed() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    for text in (f.EN_PARAGRAPH, f.ES_PARAGRAPH):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.multi_cell(0, 8, text.encode("latin-1", "replace").decode("latin-1"))
    return bytes(pdf.output())


PDF_SEED = _pdf_seed()


@FUZZ
@given(mutated(PDF_SEED))
def test_fuzz_pdf(data):
    pytest.importorskip("screener.loaders.pdf")
    through_registry("plan.pdf", data)
