"""Build the sample plans in ``sample_docs/`` from their sources, reproducibly.

Usage::

    python tools/build_samples.py                 # rebuild every sample into sample_docs/
    python tools/build_samples.py --check         # exit 1 if a committed sample is out of date
    python tools/build_samples.py --locate        # print the PDF page of every expectation quote
    python tools/build_samples.py --long out.pdf --pages 300 --lang en   # benchmark PDF

The samples are the fixtures of every later stage (loaders, screening, golden gap
reports, draft comparison, benchmarks), so they are rebuilt from hand-written sources
(``sample_docs/sources/*.plan.md``) with fixed dates and metadata: rebuilding gives the
same text, and ``--check`` compares the extracted text of a fresh build with the
committed files. ``build_long_pdf`` is imported by benchmarks::

    sys.path.insert(0, str(REPO / "tools")); from build_samples import build_long_pdf
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

_TOOLS = Path(__file__).resolve().parent
if str(_TOOLS) not in sys.path:
    sys.path.insert(0, str(_TOOLS))

import plan_render as pr  # noqa: E402

REPO = _TOOLS.parent
SAMPLES_DIR = REPO / "sample_docs"
SOURCES_DIR = SAMPLES_DIR / "sources"
EXPECTED_DIR = SAMPLES_DIR / "expected"


@dataclass(frozen=True)
class Target:
    """One built file: which source, which variant, which format."""

    output: str
    source: str
    variant: str | None
    fmt: str  # pdf | docx | md | html | txt


TARGETS: tuple[Target, ...] = (
    Target("pdot_es.pdf", "pdot_es.plan.md", None, "pdf"),
    Target("pdot_es.docx", "pdot_es.plan.md", None, "docx"),
    Target("pud_fr.docx", "pud_fr.plan.md", None, "docx"),
    Target("sector_programme_en.pdf", "sector_programme_en.plan.md", "final", "pdf"),
    Target("sector_programme_en_draft1.pdf", "sector_programme_en.plan.md", "draft1", "pdf"),
    Target("brief_es.md", "brief_es.plan.md", None, "md"),
    Target("note_fr.html", "note_fr.plan.md", None, "html"),
    Target("summary_en.txt", "summary_en.plan.md", None, "txt"),
)

# Source used by build_long_pdf for each language.
LONG_SOURCES = {"en": "sector_programme_en.plan.md", "es": "pdot_es.plan.md", "fr": "pud_fr.plan.md"}
_ANNEX = {"en": "Annex", "es": "Anexo", "fr": "Annexe"}
_ANNEX_TITLE = {
    "en": "District profile and programme detail",
    "es": "Ficha parroquial y detalle programático",
    "fr": "Fiche de fokontany et détail des opérations",
}


def target(output: str) -> Target:
    for t in TARGETS:
        if t.output == output:
            return t
    raise KeyError(output)


def source_for(t: Target) -> pr.PlanSource:
    return pr.load_source(SOURCES_DIR / t.source, t.variant)


def build_target(t: Target, out_dir: Path) -> Path:
    src = source_for(t)
    out = Path(out_dir) / t.output
    if t.fmt == "pdf":
        pr.render_pdf(src, out)
    elif t.fmt == "docx":
        pr.render_docx(src, out)
    elif t.fmt == "md":
        out.write_text(pr.render_markdown(src), encoding="utf-8", newline="\n")
    elif t.fmt == "html":
        out.write_text(pr.render_html(src), encoding="utf-8", newline="\n")
    elif t.fmt == "txt":
        out.write_text(pr.render_text(src), encoding="utf-8", newline="\n")
    else:  # pragma: no cover - a typo in TARGETS
        raise ValueError(t.fmt)
    return out


def build_all(out_dir: str | Path = SAMPLES_DIR) -> list[Path]:
    """Render every sample into ``out_dir``; returns the written paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [build_target(t, out_dir) for t in TARGETS]


# --------------------------------------------------------------------------- extraction (tool-side)


def pdf_page_texts(path: str | Path) -> list[str]:
    """Raw text of each page with pypdfium2 (independent of screener's loaders)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for page in doc:
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return out
    finally:
        doc.close()


_PAGE_NUMBER = re.compile(r"^(?:Página|Page|Pág\.)?\s*\d+(?:\s*(?:de|of|sur|/)\s*\d+)?$", re.IGNORECASE)


def body_page_texts(path: str | Path) -> list[str]:
    """Page texts without the running header and footer (lines repeated on most pages, page numbers)."""
    pages = [t.replace("\r\n", "\n").split("\n") for t in pdf_page_texts(path)]
    counts = Counter(line.strip() for lines in pages for line in set(lines) if line.strip())
    running = {line for line, n in counts.items() if len(pages) > 2 and n >= len(pages) / 2}
    out = []
    for lines in pages:
        kept = [ln for ln in lines if ln.strip() not in running and not _PAGE_NUMBER.match(ln.strip())]
        out.append("\n".join(kept))
    return out


def docx_text(path: str | Path) -> str:
    """Body paragraphs and table cells in document order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(path))
    out: list[str] = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, d).text)
        elif tag == "tbl":
            for row in Table(child, d).rows:
                out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


def extract_text(path: str | Path) -> str:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "\f".join(pdf_page_texts(path))
    if suffix == ".docx":
        return docx_text(path)
    return path.read_text(encoding="utf-8")


def check(samples_dir: str | Path = SAMPLES_DIR) -> list[str]:
    """Rebuild into a temp dir and compare extracted text; returns the outdated files."""
    samples_dir = Path(samples_dir)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for t in TARGETS:
            fresh = build_target(t, Path(tmp))
            committed = samples_dir / t.output
            if not committed.exists():
                problems.append(f"{t.output}: missing (run python tools/build_samples.py)")
                continue
            if extract_text(fresh) != extract_text(committed):
                problems.append(f"{t.output}: out of date with sources/{t.source} (run python tools/build_samples.py)")
    return problems


# --------------------------------------------------------------------------- expectations helpers


def load_expectations() -> dict[str, dict]:
    import yaml

    out = {}
    for p in sorted(EXPECTED_DIR.glob("*.yaml")):
        with p.open(encoding="utf-8") as fh:
            out[p.name] = yaml.safe_load(fh)
    return out


def quote_pages(pdf_path: str | Path, quotes: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Where each quote occurs (whitespace-insensitive): (first page, last page) per occurrence, 1-based.

    A quote may run over a page break (a paragraph continued on the next page); its page
    is the one where it starts.
    """
    pages = [pr.normalise(t) for t in body_page_texts(pdf_path)]
    starts, pos = [], 0
    for t in pages:
        starts.append(pos)
        pos += len(t) + 1
    full = " ".join(pages)

    def page_at(offset: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= offset) + 1

    out: dict[str, list[tuple[int, int]]] = {}
    for q in quotes:
        nq, hits, i = pr.normalise(q), [], 0
        while (i := full.find(nq, i)) >= 0:
            hits.append((page_at(i), page_at(i + len(nq) - 1)))
            i += 1
        out[q] = hits
    return out


def locate(samples_dir: str | Path = SAMPLES_DIR) -> None:
    for name, exp in load_expectations().items():
        doc = Path(samples_dir) / exp["document"]
        quotes = [p["quote"] for p in exp.get("migration_passages", [])] + list(exp.get("false_friends", []))
        if doc.suffix != ".pdf":
            continue
        for q, pages in quote_pages(doc, quotes).items():
            print(f"{name}\t{pages}\t{q[:70]}")


# --------------------------------------------------------------------------- benchmark PDF


def long_source(lang: str = "en") -> pr.PlanSource:
    """A plan-like source for ``lang`` made long by appending the body again as annexes."""
    if lang not in LONG_SOURCES:
        raise ValueError(f"no long-PDF source for language {lang!r}; choose one of {sorted(LONG_SOURCES)}")
    return pr.load_source(SOURCES_DIR / LONG_SOURCES[lang])


def _annex_elements(src: pr.PlanSource, k: int, lang: str) -> list[pr.Element]:
    """The body once more as annex ``k``: headings demoted one level and prefixed, so sections vary."""
    out = [pr.Element("pagebreak"), pr.Element("heading", f"{_ANNEX[lang]} {k}. {_ANNEX_TITLE[lang]} ({k})", level=1)]
    for el in src.elements:
        if el.kind == "heading":
            out.append(replace(el, text=f"A{k}.{el.text}", level=min(el.level + 1, 4)))
        elif el.kind == "caption":
            out.append(replace(el, text=f"{el.text} (A{k})"))
        else:
            out.append(el)
    return out


def build_long_pdf(path: str | Path, pages: int = 300, lang: str = "en") -> int:
    """Render a ~``pages``-page plan-like PDF (deterministic); returns the page count.

    The body of the language's sample plan is followed by numbered annexes that repeat it
    with demoted, prefixed headings, until the page budget is reached (at most one page over).
    """
    if pages < 3:
        raise ValueError("pages must be at least 3")
    src = long_source(lang)
    meta = {k: v for k, v in src.meta.items() if k != "toc_title"}  # a 300-page ToC is not the point
    with tempfile.TemporaryDirectory() as tmp:
        body_pages = max(pr.render_pdf(src, Path(tmp) / "probe.pdf") - 2, 1)
    cycles = 2 * math.ceil(pages / body_pages) + 2  # annexes are denser (no chapter breaks); the page budget stops it
    elements: list[pr.Element] = list(src.elements)
    for k in range(1, cycles + 1):
        elements.extend(_annex_elements(src, k, lang))
    long = pr.PlanSource(meta, tuple(elements), name=f"long_{lang}", variant=src.variant)
    return pr.render_pdf(long, path, max_pages=pages)


# --------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="verify the committed samples are up to date")
    ap.add_argument("--locate", action="store_true", help="print the PDF page of each expectation quote")
    ap.add_argument("--out-dir", default=str(SAMPLES_DIR), help="where to write the samples (default: sample_docs/)")
    ap.add_argument("--long", metavar="PATH", help="write a long benchmark PDF to PATH instead")
    ap.add_argument("--pages", type=int, default=300, help="pages of the --long PDF (default 300)")
    ap.add_argument("--lang", default="en", choices=sorted(LONG_SOURCES), help="language of the --long PDF")
    args = ap.parse_args(argv)
    if args.long:
        n = build_long_pdf(args.long, pages=args.pages, lang=args.lang)
        print(f"wrote {args.long} ({n} pages)")
        return 0
    if args.check:
        problems = check(args.out_dir)
        for p in problems:
            print(p, file=sys.stderr)
        if not problems:
            print(f"all {len(TARGETS)} samples are up to date")
        return 1 if problems else 0
    if args.locate:
        locate(args.out_dir)
        return 0
    for p in build_all(args.out_dir):
        print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
