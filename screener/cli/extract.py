"""``screener extract``: show what was read from a file."""

from __future__ import annotations

import json

import click

from .common import ReadPath, check_writable, memory_bounded, make_ocr_options, max_chars_option, max_pages_option, max_size_option, ocr_options, same_file, write_atomic


@click.command()
@click.argument("file", type=ReadPath("plan", path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True,
              help="json: the full document model; text: readable text with headings and page markers.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, readable=False), help="Write here instead of standard output.")
@click.option("--engine", type=click.Choice(["pypdfium2", "pdfplumber"]), default="pypdfium2", show_default=True,
              help="PDF text engine: pypdfium2 is fast; pdfplumber is slower but finds table cells.")
@max_size_option
@max_pages_option
@max_chars_option
@ocr_options
@click.option("--lang", type=click.Choice(["en", "es", "fr"]), default=None,
              help="With --ocr: the document's language for OCR (default: English, Spanish and French).")
def extract(file: str, fmt: str, output: str | None, engine: str, max_size: int, max_pages: int, max_chars: int,
            ocr: bool, ocr_timeout: int, ocr_max_pages: int, lang: str | None) -> None:
    """Print the document model of FILE (PDF, DOCX, TXT, Markdown or HTML).

    \b
    Examples:
      screener extract plan.pdf --format json -o plan.json
      screener extract scanned_plan.pdf --ocr --lang es
    """
    from ..errors import printable
    from ..loaders import load

    if output:
        check_writable(output)
        if same_file(output, file):
            raise click.UsageError(f"-o {output} is the file being read: it would be replaced; choose another file name")
    with memory_bounded(file):
        doc = load(file, max_bytes=max_size, engine=engine, max_pages=max_pages, max_chars=max_chars,
                   ocr=make_ocr_options(ocr, lang, ocr_timeout, ocr_max_pages))
    if fmt == "json":
        out = json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        out = render_text(doc)
    if output:
        write_atomic(output, out)
    else:
        click.echo(out, nl=False)
    for w in doc.warnings:
        click.echo(f"screener: warning: {printable(file)}: {w}", err=True)


def render_text(doc) -> str:
    lines = [
        f"# {doc.metadata.get('title') or doc.source}",
        f"# format={doc.format} language={doc.language} pages={doc.pages} blocks={len(doc.blocks)} sections={len(doc.sections)}",
        "",
    ]
    page = None
    role = None
    for b in doc.blocks:
        if b.page is not None and b.page != page:
            page = b.page
            lines.append(f"--- page {page} ---")
        if b.role != role:
            role = b.role
            if role:
                lines.append(f"[{role}]")  # contents, acronym or reference blocks follow
        if b.kind == "heading":
            lines.append("")
            lines.append("#" * (b.level or 1) + " " + b.text)
        elif b.kind == "list_item":
            lines.append(f"  - {b.text}")
        elif b.kind == "table_row":
            lines.append("  | " + " | ".join(b.cells or ()) + " |")
        else:
            lines.append(b.text)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
