"""Parse the sample-plan source format and render it to PDF, DOCX, Markdown, HTML and TXT.

The sample documents are fixtures for every later stage, so they are generated from
one hand-written source each (``sample_docs/sources/*.plan.md``, format documented in
``sample_docs/README.md``) rather than edited as binaries: a reviewer can read and
diff the content, and the renders are reproducible (fixed dates, fixed metadata,
fixed zip timestamps). PDFs use the PDF core fonts with the windows-1252 encoding so
the build depends on no installed font and gives the same text on every machine.
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import re
import textwrap
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

PDF_ENCODING = "windows-1252"  # core fonts: every character of a source must encode in it
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Element:
    """One unit of a plan source: heading, para, bullet, caption, table, pagebreak, columns."""

    kind: str
    text: str = ""
    level: int = 0  # heading level (1 = chapter) or bullet depth (1, 2)
    rows: tuple[tuple[str, ...], ...] = ()  # tables: first row is the header row


@dataclass(frozen=True)
class PlanSource:
    """A parsed source: front matter plus the body elements of one variant."""

    meta: dict[str, Any]
    elements: tuple[Element, ...]
    name: str = ""
    variant: str | None = None

    @property
    def language(self) -> str:
        return str(self.meta.get("language", "en"))


class SourceError(ValueError):
    """A sample source is malformed (raised at build time, never at screening time)."""


# --------------------------------------------------------------------------- parsing

_DIRECTIVE = re.compile(r"^\[\[\s*(\w+)(?:\s+(.*?))?\s*\]\]$")
_HEADING = re.compile(r"^(#{1,4})\s+(.*)$")
_BULLET = re.compile(r"^( *)[-*]\s+(.*)$")
_SEP_ROW = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


def parse_source(text: str, variant: str | None = None, name: str = "") -> PlanSource:
    """Parse a ``.plan.md`` source; ``variant`` selects ``[[only X]]`` blocks (default: the last listed)."""
    if not text.startswith("---\n"):
        raise SourceError(f"{name}: a source must start with a '---' front-matter block")
    try:
        end = text.index("\n---\n", 4)
    except ValueError:
        raise SourceError(f"{name}: the front-matter block is not closed by '---'") from None
    meta = yaml.safe_load(text[4:end]) or {}
    if not isinstance(meta, dict):
        raise SourceError(f"{name}: the front matter must be a mapping")
    variants = list(meta.get("variants") or [])
    if variant is None and variants:
        variant = variants[-1]
    if variant is not None and variant not in variants:
        raise SourceError(f"{name}: unknown variant {variant!r} (declared: {variants})")
    if variant is not None:  # per-variant cover fields (version line, date)
        meta = {**meta, **((meta.get("variant_meta") or {}).get(variant) or {})}
    body = text[end + 5:]
    elements: list[Element] = []
    para: list[str] = []
    table: list[tuple[str, ...]] = []
    skipping: bool = False
    in_only = False

    def flush(tables: bool = True) -> None:
        if para:
            joined = " ".join(s.strip() for s in para)
            last = elements[-1] if elements else None
            if last is not None and last.kind == "bullet" and para[0].startswith(" "):
                elements[-1] = replace(last, text=last.text + " " + joined)
            else:
                elements.append(Element("para", joined))
            para.clear()
        if table and tables:
            widths = {len(r) for r in table}
            if len(widths) != 1:
                raise SourceError(f"{name}: table rows have different numbers of cells: {table[0]}")
            elements.append(Element("table", rows=tuple(table)))
            table.clear()

    for lineno, raw in enumerate(body.split("\n"), start=1):
        line = raw.rstrip()
        if line.startswith("%%"):
            continue  # author's comment: design notes, never rendered
        m = _DIRECTIVE.match(line.strip())
        if m:
            word, arg = m.group(1), (m.group(2) or "").strip()
            if word == "only":
                if in_only:
                    raise SourceError(f"{name}:{lineno}: nested [[only]] blocks")
                flush(tables=False)  # a variant block may hold rows of the surrounding table
                if arg not in variants:
                    raise SourceError(f"{name}:{lineno}: [[only {arg}]] names an undeclared variant")
                in_only, skipping = True, arg != variant
                continue
            if word == "end":
                if not in_only:
                    raise SourceError(f"{name}:{lineno}: [[end]] without [[only]]")
                flush(tables=False)
                in_only, skipping = False, False
                continue
            if skipping:
                continue
            flush()
            if word == "pagebreak":
                elements.append(Element("pagebreak"))
            elif word == "columns":
                elements.append(Element("columns", level=int(arg or 1)))
            else:
                raise SourceError(f"{name}:{lineno}: unknown directive [[{word}]]")
            continue
        if skipping:
            continue
        if not line.strip():
            flush()
            continue
        if line.lstrip().startswith("|"):
            if para:
                flush()
            if _SEP_ROW.match(line.strip()):
                continue
            cells = line.strip().strip("|").split("|")
            table.append(tuple(c.strip() for c in cells))
            continue
        if table:
            flush()
        h = _HEADING.match(line)
        if h:
            flush()
            elements.append(Element("heading", h.group(2).strip(), level=len(h.group(1))))
            continue
        b = _BULLET.match(line)
        if b:
            flush()
            depth = 1 + len(b.group(1)) // 2
            elements.append(Element("bullet", b.group(2).strip(), level=min(depth, 2)))
            continue
        if line.startswith(": "):
            flush()
            elements.append(Element("caption", line[2:].strip()))
            continue
        para.append(line)
    flush()
    if in_only:
        raise SourceError(f"{name}: [[only]] block not closed by [[end]]")
    src = PlanSource(meta, tuple(elements), name=name, variant=variant)
    check_encoding(src)
    return src


def load_source(path: str | Path, variant: str | None = None) -> PlanSource:
    path = Path(path)
    return parse_source(path.read_text(encoding="utf-8"), variant, name=path.name)


def strip_inline(text: str) -> str:
    """Text without the only inline markup the format has (``**bold**``)."""
    return text.replace("**", "")


def _bold_runs(text: str) -> list[tuple[str, bool]]:
    parts = text.split("**")
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


def cover_lines(src: PlanSource) -> list[str]:
    m = src.meta
    keys = ("organisation", "title", "subtitle", "place_date", "version", "disclaimer")
    return [str(m[k]) for k in keys if m.get(k)]


def plain_text(src: PlanSource) -> str:
    """The document's text as a reader sees it (cover, then body), blocks separated by blank lines."""
    out: list[str] = list(cover_lines(src))
    for el in src.elements:
        if el.kind in ("heading", "para", "bullet", "caption"):
            out.append(strip_inline(el.text))
        elif el.kind == "table":
            out.extend(" | ".join(strip_inline(c) for c in row) for row in el.rows)
    return "\n\n".join(out)


def check_encoding(src: PlanSource) -> None:
    """Every character must be printable with the PDF core fonts (windows-1252)."""
    for line in plain_text(src).split("\n") + [str(src.meta.get("header", "")), str(src.meta.get("footer", ""))]:
        try:
            line.encode(PDF_ENCODING)
        except UnicodeEncodeError as exc:
            bad = line[exc.start:exc.end]
            raise SourceError(f"{src.name}: character {bad!r} is not in {PDF_ENCODING}: {line[:80]!r}") from None


def headings(src: PlanSource) -> list[Element]:
    return [e for e in src.elements if e.kind == "heading"]


def fixed_datetime(src: PlanSource) -> _dt.datetime:
    d = src.meta.get("date", "2024-01-01")
    if isinstance(d, str):
        d = _dt.date.fromisoformat(d)
    return _dt.datetime(d.year, d.month, d.day, 9, 0, 0, tzinfo=_dt.timezone.utc)


# --------------------------------------------------------------------------- PDF


def _numeric(cell: str) -> bool:
    c = strip_inline(cell).replace(" ", "").replace(",", "").replace(".", "").replace("%", "").replace("-", "")
    return bool(c) and c.isdigit()


def _col_widths(pdf, rows: tuple[tuple[str, ...], ...]) -> tuple[float, ...]:
    """Column widths (mm) that never split a word and share the rest by text length."""
    n = len(rows[0])
    pad = 3.2
    min_w, want = [], []
    for j in range(n):
        words, full = 0.0, 0.0
        for k, r in enumerate(rows):
            pdf.set_font("Helvetica", "B" if k == 0 else "", 8.8)
            text = strip_inline(r[j])
            words = max([words] + [pdf.get_string_width(w) for w in text.split()])
            full = max(full, pdf.get_string_width(text))
        min_w.append(words + pad)
        want.append(min(full + pad, pdf.epw * 0.55))
    total = pdf.epw
    if sum(want) <= total:
        return tuple(w * total / sum(want) for w in want)
    spare = total - sum(min_w)
    extra = [max(w - m, 0.0) for w, m in zip(want, min_w)]
    if spare <= 0 or not sum(extra):
        return tuple(m * total / sum(min_w) for m in min_w)
    return tuple(m + spare * e / sum(extra) for m, e in zip(min_w, extra))


def render_pdf(src: PlanSource, path: str | Path, *, cover: bool = True, max_pages: int | None = None) -> int:
    """Render to PDF; returns the number of pages.

    ``max_pages`` stops adding content once that page is reached (the element being laid
    out may spill onto one more page); benchmarks use it to get a document of a given length.
    """
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    meta = src.meta
    header_text = str(meta.get("header", ""))
    footer_tpl = str(meta.get("footer", "{page}"))
    first_body_page = 2 if cover else 1

    class PlanPDF(FPDF):
        def header(self) -> None:  # running header, as real plans print it
            if self.page_no() < first_body_page or not header_text:
                return
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, header_text, align="R")
            self.ln(6)
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            if self.page_no() < first_body_page:
                return
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, footer_tpl.format(page=self.page_no()), align="C")
            self.set_text_color(0, 0, 0)

        def file_id(self):  # deterministic /ID (content hash is computed by fpdf2 from the buffer)
            return -1

    pdf = PlanPDF(orientation="P", unit="mm", format="A4")
    pdf.core_fonts_encoding = PDF_ENCODING
    pdf.set_margins(25, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    created = fixed_datetime(src)
    pdf.set_creation_date(created)
    pdf.set_title(str(meta.get("title", "")))
    pdf.set_author(str(meta.get("organisation", "")))
    pdf.set_subject(str(meta.get("subtitle", "")))
    pdf.set_keywords(str(meta.get("keywords", "")))
    pdf.set_creator("screener tools/build_samples.py")
    pdf.set_producer("screener sample builder")
    pdf.set_lang(src.language)
    pdf.set_font("Helvetica", "", 10.5)

    if cover:
        _pdf_cover(pdf, src)
    toc_title = meta.get("toc_title")
    if toc_title and cover:
        pdf.add_page()
        pdf.insert_toc_placeholder(_toc_renderer(str(toc_title)), pages=int(meta.get("toc_pages", 1)))
    elif not cover:
        pdf.add_page()

    chapter_break = bool(meta.get("chapter_page_break", True))
    section_levels: list[int] = []
    els = list(src.elements)
    i = 0
    first_heading = True
    while i < len(els):
        if max_pages is not None and pdf.page_no() >= max_pages:
            break
        el = els[i]
        if el.kind == "columns" and el.level > 1:
            j = i + 1
            while j < len(els) and not (els[j].kind == "columns" and els[j].level == 1):
                j += 1
            _pdf_columns(pdf, els[i + 1:j], el.level, section_levels)
            i = j + 1
            continue
        if el.kind == "columns":
            i += 1
            continue
        if el.kind == "pagebreak":
            pdf.add_page()
        elif el.kind == "heading":
            if el.level == 1 and chapter_break and not first_heading and pdf.get_y() > pdf.t_margin + 20:
                pdf.add_page()
            first_heading = False
            _pdf_heading(pdf, el, section_levels)
        elif el.kind == "para":
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.4, el.text, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.4)
        elif el.kind == "bullet":
            indent = 5.0 * el.level
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(pdf.l_margin + indent - 4)
            pdf.cell(4, 5.4, "•" if el.level == 1 else "-")
            pdf.multi_cell(0, 5.4, el.text, markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif el.kind == "caption":
            nxt = els[i + 1] if i + 1 < len(els) else None
            if nxt is not None and nxt.kind == "table" and pdf.will_page_break(30):
                pdf.add_page()
            pdf.set_font("Helvetica", "I", 9)
            pdf.multi_cell(0, 4.8, strip_inline(el.text), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif el.kind == "table":
            _pdf_table(pdf, el, FontFace)
        i += 1
    pdf.output(str(path))
    return pdf.page_no()


def _pdf_cover(pdf, src: PlanSource) -> None:
    m = src.meta
    pdf.add_page()
    pdf.set_y(45)
    if m.get("organisation"):
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 6.5, str(m["organisation"]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(28)
    pdf.set_font("Helvetica", "B", 21)
    pdf.multi_cell(0, 10, str(m.get("title", "")), align="C", new_x="LMARGIN", new_y="NEXT")
    if m.get("subtitle"):
        pdf.ln(6)
        pdf.set_font("Helvetica", "", 14)
        pdf.multi_cell(0, 7, str(m["subtitle"]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "", 11)
    for key in ("place_date", "version"):
        if m.get(key):
            pdf.multi_cell(0, 6, str(m[key]), align="C", new_x="LMARGIN", new_y="NEXT")
    if m.get("disclaimer"):
        pdf.set_y(235)
        pdf.set_font("Helvetica", "I", 8.5)
        pdf.multi_cell(0, 4.5, str(m["disclaimer"]), align="C", new_x="LMARGIN", new_y="NEXT")


def _toc_renderer(title: str):
    def render(pdf, outline) -> None:
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for entry in outline:
            if entry.level > 1:
                continue
            pdf.set_font("Helvetica", "B" if entry.level == 0 else "", 10 if entry.level == 0 else 9.5)
            indent = 6 * entry.level
            text = entry.name
            page = str(entry.page_number)
            width = pdf.epw - indent - 10
            while pdf.get_string_width(text) > width - 4 and len(text) > 10:
                text = text[:-4] + "..."
            dots_w = width - pdf.get_string_width(text) - 2
            dots = "." * max(0, int(dots_w / max(pdf.get_string_width("."), 0.1)))
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(width, 5.6, f"{text} {dots}")
            pdf.cell(10, 5.6, page, align="R", new_x="LMARGIN", new_y="NEXT")
    return render


_HEADING_FONT = {1: 14.5, 2: 12.5, 3: 11, 4: 10.5}


def _pdf_heading(pdf, el: Element, section_levels: list[int]) -> None:
    size = _HEADING_FONT.get(el.level, 10.5)
    if pdf.will_page_break(size * 0.6 + 28):
        pdf.add_page()
    pdf.ln(3 if el.level > 1 else 1)
    _outline(pdf, el, section_levels)
    pdf.set_font("Helvetica", "B" if el.level < 4 else "BI", size)
    pdf.multi_cell(0, size * 0.5 + 1, strip_inline(el.text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2 if el.level > 1 else 3.5)


def _outline(pdf, el: Element, section_levels: list[int]) -> None:
    """PDF bookmarks (outline) for levels 1-3, as word processors export them."""
    if el.level > 3:
        return
    level = el.level - 1
    prev = section_levels[-1] if section_levels else -1
    level = min(level, prev + 1)
    section_levels.append(level)
    pdf.start_section(strip_inline(el.text), level=level)


def _pdf_table(pdf, el: Element, FontFace) -> None:
    rows = el.rows
    aligns = []
    for j in range(len(rows[0])):
        body = [r[j] for r in rows[1:] if r[j].strip()]
        aligns.append("RIGHT" if body and all(_numeric(c) for c in body) else "LEFT")
    widths = _col_widths(pdf, rows)
    pdf.set_font("Helvetica", "", 8.8)
    headings_style = FontFace(emphasis="BOLD", fill_color=(225, 230, 236))
    with pdf.table(
        col_widths=widths,
        text_align=tuple(aligns),
        line_height=4.6,
        headings_style=headings_style,
        padding=1.2,
        repeat_headings=1,
        markdown=True,
        width=pdf.epw,
    ) as table:
        for row in rows:
            r = table.row()
            for cell in row:
                r.cell(cell)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10.5)


def _pdf_columns(pdf, els: list[Element], ncols: int, section_levels: list[int]) -> None:
    """A two-column passage (newsletter-style boxes in real programmes)."""
    if pdf.will_page_break(60):
        pdf.add_page()
    for el in els:  # bookmarks point at the start of the two-column passage
        if el.kind == "heading":
            _outline(pdf, el, section_levels)
    with pdf.text_columns(ncols=ncols, gutter=8, text_align="J", line_height=1.25, balance=True) as cols:
        for el in els:
            if el.kind == "heading":
                with cols.paragraph(text_align="LEFT", top_margin=2, bottom_margin=2) as p:
                    pdf.set_font("Helvetica", "B", _HEADING_FONT.get(el.level, 10.5) - 0.5)
                    p.write(strip_inline(el.text))
            elif el.kind in ("para", "bullet", "caption"):
                with cols.paragraph(bottom_margin=2) as p:
                    if el.kind == "bullet":
                        pdf.set_font("Helvetica", "", 10)
                        p.write("• ")
                    style = "I" if el.kind == "caption" else ""
                    for run, bold in _bold_runs(el.text):
                        pdf.set_font("Helvetica", "B" if bold else style, 10)
                        p.write(run)
            elif el.kind == "table":
                raise SourceError("tables are not supported inside [[columns 2]]")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.ln(3)


# --------------------------------------------------------------------------- DOCX


def render_docx(src: PlanSource, path: str | Path) -> None:
    """Render to DOCX with real Word styles (headings, lists, captions, header/footer, sections)."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    meta = src.meta
    d = docx.Document()
    styles = d.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(11)
    pattern = str(meta.get("docx_heading_style", "Heading {level}"))
    heading_style: dict[int, str] = {}
    for lvl in range(1, 5):
        name = pattern.format(level=lvl)
        if name not in [s.name for s in styles]:
            # Localised heading names (e.g. French "Titre 1"): a style based on the built-in heading.
            st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = styles[f"Heading {lvl}"]
            st.next_paragraph_style = styles["Normal"]
            st.quick_style = True
        heading_style[lvl] = name

    sec = d.sections[0]
    if str(meta.get("page_size", "A4")).upper() == "A4":
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(25)
        sec.top_margin, sec.bottom_margin = Mm(22), Mm(22)
    sec.different_first_page_header_footer = True
    if meta.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = str(meta["header"])
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer_tpl = str(meta.get("footer", "{page}"))
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, after = footer_tpl.partition("{page}")
    if before:
        fp.add_run(before)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    fp._p.append(fld)
    if after:
        fp.add_run(after)

    # Cover page
    m = meta
    if m.get("organisation"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(str(m["organisation"])).bold = True
    tp = d.add_paragraph(str(m.get("title", "")), style="Title")
    tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if m.get("subtitle"):
        sp = d.add_paragraph(str(m["subtitle"]), style="Subtitle")
        sp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for key in ("place_date", "version"):
        if m.get(key):
            p = d.add_paragraph(str(m[key]))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if m.get("disclaimer"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(str(m["disclaimer"]))
        r.italic = True
        r.font.size = Pt(8.5)
    d.add_page_break()

    chapter_break = bool(meta.get("chapter_page_break", True))
    first_heading = True
    last_was_break = True
    for el in src.elements:
        if el.kind == "pagebreak":
            d.add_page_break()
            last_was_break = True
            continue
        if el.kind == "columns":
            new = d.add_section(WD_SECTION.CONTINUOUS)
            sect = new._sectPr
            cols = sect.find(qn("w:cols"))
            if cols is None:
                cols = OxmlElement("w:cols")
                sect.append(cols)
            cols.set(qn("w:num"), str(el.level))
            cols.set(qn("w:space"), "454")
            continue
        if el.kind == "heading":
            if el.level == 1 and chapter_break and not first_heading and not last_was_break:
                d.add_page_break()
            first_heading = False
            d.add_paragraph(strip_inline(el.text), style=heading_style[min(el.level, 4)])
        elif el.kind == "para":
            _docx_runs(d.add_paragraph(), el.text)
        elif el.kind == "bullet":
            _docx_runs(d.add_paragraph(style="List Bullet" if el.level == 1 else "List Bullet 2"), el.text)
        elif el.kind == "caption":
            d.add_paragraph(strip_inline(el.text), style="Caption")
        elif el.kind == "table":
            t = d.add_table(rows=0, cols=len(el.rows[0]))
            t.style = "Table Grid"
            for k, row in enumerate(el.rows):
                cells = t.add_row().cells
                for c, text in zip(cells, row):
                    para = c.paragraphs[0]
                    _docx_runs(para, text, bold=k == 0)
                    if k and _numeric(text):
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if k == 0:
                    trpr = t.rows[0]._tr.get_or_add_trPr()
                    hdr = OxmlElement("w:tblHeader")
                    trpr.append(hdr)
            d.add_paragraph()
        last_was_break = False

    cp = d.core_properties
    created = fixed_datetime(src).replace(tzinfo=None)
    cp.author = str(meta.get("organisation", ""))
    cp.title = str(meta.get("title", ""))
    cp.subject = str(meta.get("subtitle", ""))
    cp.keywords = str(meta.get("keywords", ""))
    cp.language = src.language
    cp.created = created
    cp.modified = created
    cp.last_modified_by = str(meta.get("organisation", ""))
    cp.revision = int(meta.get("revision", 1))
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    Path(path).write_bytes(_fixed_zip(buf.getvalue()))


def _docx_runs(paragraph, text: str, bold: bool = False) -> None:
    for run_text, b in _bold_runs(text):
        paragraph.add_run(run_text).bold = b or bold


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and order so two builds give identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- Markdown / HTML / TXT


def render_markdown(src: PlanSource) -> str:
    m = src.meta
    out = [f"# {m.get('title', '')}", ""]
    if m.get("subtitle"):
        out += [f"**{m['subtitle']}**", ""]
    for key in ("organisation", "place_date", "version"):
        if m.get(key):
            out += [str(m[key]), ""]
    if m.get("disclaimer"):
        out += [f"> {m['disclaimer']}", ""]
    els = list(src.elements)
    for i, el in enumerate(els):
        if el.kind == "heading":
            out += ["#" * min(el.level + 1, 6) + " " + el.text, ""]
        elif el.kind == "para":
            out += [el.text, ""]
        elif el.kind == "bullet":
            out.append("  " * (el.level - 1) + "- " + el.text)
            nxt = els[i + 1] if i + 1 < len(els) else None
            if nxt is None or nxt.kind != "bullet":
                out.append("")
        elif el.kind == "caption":
            out += [f"*{el.text}*", ""]
        elif el.kind == "table":
            rows = el.rows
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---:" if _numeric(rows[1][j]) else "---" for j in range(len(rows[0]))) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _html_inline(text: str) -> str:
    return "".join(f"<strong>{html.escape(t)}</strong>" if b else html.escape(t) for t, b in _bold_runs(text))


def render_html(src: PlanSource) -> str:
    """A web page as a ministry site publishes it: navigation, article, site footer."""
    m = src.meta
    site = m.get("html") or {}
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(src.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(str(m.get('title', '')))}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:.2em .5em}</style>",
        "</head>",
        "<body>",
    ]
    if site.get("site_name") or site.get("nav"):
        out.append("<header>")
        if site.get("site_name"):
            out.append(f'<div class="site-name">{e(str(site["site_name"]))}</div>')
        if site.get("nav"):
            out.append("<nav><ul>" + "".join(f'<li><a href="#">{e(str(x))}</a></li>' for x in site["nav"]) + "</ul></nav>")
        out.append("</header>")
    out += ["<main>", "<article>", f"<h1>{e(str(m.get('title', '')))}</h1>"]
    if m.get("subtitle"):
        out.append(f'<p class="subtitle"><strong>{e(str(m["subtitle"]))}</strong></p>')
    for key in ("organisation", "place_date", "version"):
        if m.get(key):
            out.append(f'<p class="meta">{e(str(m[key]))}</p>')
    if m.get("disclaimer"):
        out.append(f'<p class="disclaimer"><em>{e(str(m["disclaimer"]))}</em></p>')
    els = list(src.elements)
    in_list = False
    caption: str | None = None
    for el in els:
        if el.kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        if el.kind == "heading":
            lvl = min(el.level + 1, 6)
            out.append(f"<h{lvl}>{_html_inline(el.text)}</h{lvl}>")
        elif el.kind == "para":
            out.append(f"<p>{_html_inline(el.text)}</p>")
        elif el.kind == "bullet":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_html_inline(el.text)}</li>")
        elif el.kind == "caption":
            caption = el.text
        elif el.kind == "table":
            out.append("<table>")
            if caption:
                out.append(f"<caption>{_html_inline(caption)}</caption>")
                caption = None
            out.append("<thead><tr>" + "".join(f"<th>{_html_inline(c)}</th>" for c in el.rows[0]) + "</tr></thead>")
            out.append("<tbody>")
            for r in el.rows[1:]:
                out.append("<tr>" + "".join(f"<td>{_html_inline(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        if caption and el.kind not in ("caption", "table"):
            caption = None
    if in_list:
        out.append("</ul>")
    out += ["</article>", "</main>"]
    if site.get("footer"):
        out.append("<footer>" + "".join(f"<p>{e(str(x))}</p>" for x in site["footer"]) + "</footer>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _wrap(text: str, width: int = 78, indent: str = "", subsequent: str = "") -> list[str]:
    return textwrap.wrap(
        text, width=width, initial_indent=indent, subsequent_indent=subsequent,
        break_long_words=False, break_on_hyphens=False,
    ) or [indent.rstrip()]


def render_text(src: PlanSource) -> str:
    """Plain text as exported from a word processor: hard-wrapped lines, underlined headings."""
    m = src.meta
    title = str(m.get("title", ""))
    out = [title, "=" * len(title), ""]
    for key in ("subtitle", "organisation", "place_date", "version", "disclaimer"):
        if m.get(key):
            out += _wrap(str(m[key])) + [""]
    els = list(src.elements)
    for i, el in enumerate(els):
        text = strip_inline(el.text)
        if el.kind == "heading":
            under = {1: "=", 2: "-"}.get(el.level)
            out += [text] + ([under * len(text)] if under else []) + [""]
        elif el.kind in ("para", "caption"):
            out += _wrap(text) + [""]
        elif el.kind == "bullet":
            pad = "  " * el.level
            out += _wrap(text, indent=pad + "* ", subsequent=pad + "  ")
            nxt = els[i + 1] if i + 1 < len(els) else None
            if nxt is None or nxt.kind != "bullet":
                out.append("")
        elif el.kind == "table":
            rows = [[strip_inline(c) for c in r] for r in el.rows]
            widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            for k, r in enumerate(rows):
                cells = [c.rjust(w) if k and _numeric(c) else c.ljust(w) for c, w in zip(r, widths)]
                out.append("  ".join(cells).rstrip())
                if k == 0:
                    out.append("  ".join("-" * w for w in widths))
            out.append("")
    return "\n".join(out).strip() + "\n"


def normalise(text: str) -> str:
    """Whitespace-insensitive form used to compare quotes with extracted text."""
    return " ".join(text.split())


__all__ = [
    "Element", "PlanSource", "SourceError", "parse_source", "load_source", "plain_text", "render_pdf",
    "render_docx", "render_markdown", "render_html", "render_text", "normalise", "headings", "cover_lines",
]
