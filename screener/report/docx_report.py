"""Word (DOCX) report: the gap report a ministry can edit, comment on and forward.

It mirrors the HTML report: position, priority gaps, what is already addressed (the first
page), then the sector x stage matrix on a landscape page, then the detail per sector. Word's
built-in styles (Title, Heading 1-3, Quote, List Bullet, Table Grid) plus three named ones
("Report Small", "Report Table", "Report Table Header") carry all the formatting, so a
ministry restyles the whole report by editing a style. Every table has its own column widths
(fixed layout, so Word and LibreOffice never squeeze a column until words break) and repeats
its header row on each page. No date or timestamp: the same result always gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..results import ADDRESSED, MISSING, PARTLY, ScreenResult, localized  # noqa: F401
from ..stages import STAGES
from . import SYMBOLS, sector_title, summary_text
from .html import legend
from .i18n import concept_label, level_label, stage_label, status_label, t
from .view import all_addressed, dimension_lines, strongest_first, gaps_per_sector, position_text, priority_gaps, report_warnings, sector_cells, sector_rating

# Same palette as the HTML report, as Word cell fills (w:shd/@w:fill).
FILLS = {ADDRESSED: "DAFBE1", PARTLY: "FFF8C5", MISSING: "FFEBE9", "absent": "F6F8FA"}
RATING_FILLS = {0: "FFEBE9", 1: "FFF1E5", 2: "FFF8C5", 3: "DAFBE1"}
WORD_LANG = {"en": "en-GB", "es": "es-ES", "fr": "fr-FR"}
MAX_FINDINGS_PER_SECTOR = 20  # the strongest first; the XLSX export has them all
MAX_QUOTE = 800
# A4 with 2 cm margins: 17 cm of text width in portrait, 25.7 cm in landscape. Widths in cm,
# chosen so the longest header word of each column ("Recomendación", "Institucionalidad")
# fits whole at 9 pt.
PORTRAIT_CM, LANDSCAPE_CM = 17.0, 25.7
GAP_WIDTHS = (3.0, 4.4, 7.3, 2.3)
MATRIX_WIDTHS = (2.9, 3.8) + (3.15,) * 6
CHECKLIST_WIDTHS = (5.2, 2.6, 6.8, 2.4)
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # earliest date a zip entry can hold

# Characters XML 1.0 forbids (C0 controls except tab/newline/CR, lone surrogates,
# U+FFFE/U+FFFF); lxml refuses them, and PDF text layers do contain them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ZIP_DATES = re.compile(rb"<dcterms:(created|modified)\b[^>]*>[^<]*</dcterms:\1>|<dcterms:(created|modified)\b[^>]*/>")


def xml_safe(text) -> str:
    """``text`` with the characters XML (hence Word and Excel) cannot hold removed."""
    return _XML_ILLEGAL.sub("", str(text if text is not None else ""))


def reproducible_zip(data: bytes) -> bytes:
    """Rewrite an Office zip with fixed entry times and no created/modified dates.

    python-docx and openpyxl stamp the current time into every zip entry and into
    docProps/core.xml; without this two runs on the same plan would never be byte-identical.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _ZIP_DATES.sub(b"", blob)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, blob)
    return out.getvalue()


def _shade(cell, fill: str) -> None:
    """Background colour of a table cell (w:tcPr/w:shd), which Word, LibreOffice and Pages all show."""
    tc_pr = cell._tc.get_or_add_tcPr()
    for old in tc_pr.findall(qn("w:shd")):
        tc_pr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _repeat_header(row) -> None:
    """Repeat the header row on every page a long table spans."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _set_language(doc, lang: str) -> None:
    """Proofing language of the whole document, so Word spell-checks in the report's language."""
    rpr = doc.styles.element.find(qn("w:docDefaults"))
    rpr = rpr.find(qn("w:rPrDefault")).find(qn("w:rPr")) if rpr is not None else None
    if rpr is None:
        return
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), WORD_LANG.get(lang, "en-GB"))


def _fixed_widths(table, widths_cm) -> None:
    """Column widths that Word and LibreOffice keep: fixed layout, grid and every cell set."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = tbl_pr.find(qn("w:tblLayout"))
    if layout is None:
        layout = OxmlElement("w:tblLayout")
        tbl_pr.append(layout)
    layout.set(qn("w:type"), "fixed")
    if tbl_pr.find(qn("w:tblCellMar")) is None:  # breathing room inside cells (twips)
        mar = OxmlElement("w:tblCellMar")
        for side, w in (("top", 40), ("left", 90), ("bottom", 40), ("right", 90)):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:w"), str(w))
            el.set(qn("w:type"), "dxa")
            mar.append(el)
        tbl_pr.append(mar)
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def _page_number_footer(par) -> None:
    """A PAGE field, right-aligned: later sections inherit the footer."""
    par.style = "Report Small"
    par.alignment = 2  # right
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _styles(doc) -> None:
    """The named styles a ministry can restyle; everything else uses Word's built-in ones."""
    styles = doc.styles
    styles["Normal"].font.name = "Arial"  # Liberation Sans where Arial is missing: same metrics
    small = styles.add_style("Report Small", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = styles["Normal"]
    small.font.size = Pt(8.5)
    small.font.color.rgb = RGBColor(0x59, 0x63, 0x6E)
    cell = styles.add_style("Report Table", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = styles["Normal"]
    cell.font.size = Pt(9)
    cell.paragraph_format.space_after = Pt(0)
    header = styles.add_style("Report Table Header", WD_STYLE_TYPE.PARAGRAPH)
    header.base_style = cell
    header.font.bold = True
    pos = styles.add_style("Report Position", WD_STYLE_TYPE.PARAGRAPH)
    pos.base_style = styles["Normal"]
    pos.font.size = Pt(12)
    pos.font.bold = True
    pos.font.color.rgb = RGBColor(0x09, 0x44, 0x8F)


class _Writer:
    """Thin layer over python-docx that makes every string XML-safe."""

    def __init__(self, lang: str):
        self.doc = new_docx()
        self.lang = lang
        _set_language(self.doc, lang)
        _styles(self.doc)  # before the footer, which uses "Report Small"
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(2.0))
        _page_number_footer(sec.footer.paragraphs[0])

    def heading(self, text: str, level: int):
        return self.doc.add_heading(xml_safe(text), level)

    def para(self, text: str = "", style: str | None = None, bold_prefix: str | None = None, small: bool = False):
        p = self.doc.add_paragraph(style="Report Small" if small and style is None else style)
        if bold_prefix:
            p.add_run(xml_safe(bold_prefix)).bold = True
        if text:
            p.add_run(xml_safe(text))
        return p

    def table(self, header: list[str], rows: list[list], widths, fills: list[list[str | None]] | None = None):
        """A table; a cell value is text, or a list of (text, bold) runs."""
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header):
            cell.paragraphs[0].style = "Report Table Header"
            cell.paragraphs[0].add_run(xml_safe(text))
            _shade(cell, "F6F8FA")
        _repeat_header(table.rows[0])
        for r, values in enumerate(rows):
            cells = table.add_row().cells
            for c, (cell, value) in enumerate(zip(cells, values)):
                par = cell.paragraphs[0]
                par.style = "Report Table"
                for text, bold in ([(value, False)] if isinstance(value, str) else value):
                    if text == "\n":
                        par = cell.add_paragraph(style="Report Table")
                        continue
                    par.add_run(xml_safe(text)).bold = bold
                fill = fills[r][c] if fills else None
                if fill:
                    _shade(cell, fill)
        _fixed_widths(table, widths)
        self.doc.add_paragraph()
        return table

    def orientation(self, landscape: bool) -> None:
        """A new section, landscape (the matrix) or portrait (the rest)."""
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        long_, short = Cm(29.7), Cm(21.0)
        sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = (long_, short) if landscape else (short, long_)


def _finding(w: _Writer, result: ScreenResult, fid: str) -> None:
    """A passage in plain words (ids, offsets and match rules are in the XLSX export)."""
    lang = w.lang
    f = result.finding(fid)
    label = t("to_confirm", lang) if f.kind == "possible" else concept_label(f.concept, lang)
    quote = f.text if len(f.text) <= MAX_QUOTE else f.text[:MAX_QUOTE] + "…"
    w.para(quote, style="Quote")
    tags = [t(a, lang) for a in ("negated", "hypothetical", "historical", "passing") if getattr(f.context, a)]
    meta = [
        label,
        f"{t('page', lang)} {f.page}" if f.page is not None else "",
        " › ".join(f.section_path),
        f"{t('stage', lang)}: {stage_label(f.stage, lang)}",
        ", ".join(tags),
        t("to_confirm_note", lang) if f.kind == "possible" else "",
    ]
    w.para(" · ".join(m for m in meta if m), small=True)


def _refs(c) -> str:
    return ", ".join([f"SDG {x}" for x in c.references.get("sdg", ())] + [f"GCM {x}" for x in c.references.get("gcm", ())])


def _rating_runs(rating, lang: str, possible: int, short: bool = False) -> list:
    runs = [(f"{rating.value} ", True), (rating.rule[:1].upper() + rating.rule[1:], False)]
    if short:
        return runs
    if rating.if_confirmed != rating.value:
        runs += [("\n", False), (t("if_confirmed", lang, r=rating.if_confirmed, n=possible), False)]
    if rating.next_step:
        runs += [("\n", False), (rating.next_step, False)]
    return runs


def render_docx(result: ScreenResult) -> bytes:
    """The gap report as a Word document (bytes), in ``result.report_lang``."""
    lang = result.report_lang
    d = result.document
    s = result.summary
    w = _Writer(lang)
    title = d.metadata.get("title") or d.source
    props = w.doc.core_properties
    props.title = xml_safe(f"{t('report_title', lang)}: {title}")[:250]
    props.subject = xml_safe(d.source)[:250]
    props.author = "screener"
    props.last_modified_by = "screener"
    props.language = WORD_LANG.get(lang, "en-GB")
    props.revision = 1
    present = [sec for sec in result.sectors if sec.present]
    n_possible = lambda x: sum(1 for fid in result.sector(x).findings if result.finding(fid).kind == "possible")  # noqa: E731

    # first page: position, priority gaps, what is already addressed
    w.heading(t("report_title", lang), 0)
    w.para(title).runs[0].bold = True
    pages = str(d.pages) if d.pages is not None else t("no_page", lang)
    w.para(f"{t('file', lang)}: {d.source} · {t('language', lang)}: {d.language} · {t('pages', lang)}: {pages}", small=True)
    w.heading(t("position", lang), 1)
    w.para(position_text(result), style="Report Position")
    for label, text in dimension_lines(result):
        w.para(text, style="List Bullet", bold_prefix=f"{label}: ")
    if s.get("security_framing"):
        w.para(t("security_framing", lang), style="Intense Quote")
    w.para(" ".join(summary_text(result)[:-1]), small=True)
    for warning in report_warnings(result):
        w.para(warning, style="Intense Quote")

    w.heading(t("priority_gaps", lang), 1)
    w.para(t("priority_intro", lang), small=True)
    rows, fills, spans = [], [], []
    for sec in present:
        rating = sector_rating(result, sec.sector)
        first = len(rows) + 1  # table row (the header is row 0)
        for i, g in enumerate(priority_gaps(result, sec.sector, gaps_per_sector(result))):
            state = f" ({t('gap_partly', lang)})" if g.status == PARTLY else ""
            rows.append([[(sector_title(result, sec.sector), True)] if i == 0 else "",
                         _rating_runs(rating, lang, n_possible(sec.sector)) if i == 0 else "",
                         [(g.title, True), (state, False), ("\n", False), (g.recommendation, False)],
                         stage_label(g.stage, lang)])
            fills.append([None, RATING_FILLS.get(rating.value), None, None])
        if len(rows) + 1 - first > 1:
            spans.append((first, len(rows)))
    if rows:
        table = w.table([t("sector", lang), t("rating", lang), f"{t('gap', lang)} — {t('what_to_add', lang)}", t("where", lang)],
                        rows, GAP_WIDTHS, fills)
        for a, b in spans:  # one sector cell and one rating cell beside all of its gaps
            for col in (0, 1):
                top = table.cell(a, col)
                top.merge(table.cell(b, col))
                for par in top.paragraphs[1:]:
                    if not par.text:
                        par._p.getparent().remove(par._p)
    else:
        w.para(t("no_gaps", lang))

    w.heading(t("already_addressed", lang), 1)
    done = all_addressed(result)
    for a in done:
        pg = f" ({t('page', lang)} {a.page})" if a.page is not None else ""
        w.para(f"“{a.quote}”{pg}", style="List Bullet", bold_prefix=f"{sector_title(result, a.sector)}: {a.title} — ")
    if not done:
        w.para(t("nothing_addressed", lang))

    # sector x stage matrix, on a landscape page
    w.orientation(landscape=True)
    w.heading(t("matrix", lang), 1)
    rows, fills = [], []
    for sec in present:
        cells = sector_cells(result, sec.sector)
        rating = sector_rating(result, sec.sector, cells)
        row: list = [sector_title(result, sec.sector), _rating_runs(rating, lang, n_possible(sec.sector), short=True)]
        fill: list[str | None] = [None, RATING_FILLS.get(rating.value)]
        for st in STAGES:
            c = cells[st]
            row.append(f"{SYMBOLS[c.status]}{' ' + str(c.counted) if c.counted else ''}{' ?' if c.possible else ''}")
            fill.append(FILLS[c.status])
        rows.append(row)
        fills.append(fill)
    w.table([t("sector", lang), t("rating", lang)] + [stage_label(st, lang) for st in STAGES], rows, MATRIX_WIDTHS, fills)
    w.para(f"{t('legend', lang)}: " + " · ".join(legend(lang)), small=True)

    # detail per sector
    w.orientation(landscape=False)
    w.heading(t("detail", lang), 1)
    for sec in present:
        rating = sector_rating(result, sec.sector)
        w.heading(f"{sector_title(result, sec.sector)} — {t('rating', lang)} {rating.value}", 2)
        w.para(" ".join(x for x in (rating.rule[:1].upper() + rating.rule[1:], rating.next_step) if x)
               + (f" · {t('pages', lang)}: {sec.searched.pages}" if sec.searched.pages else ""))
        w.heading(t("checklist", lang), 3)
        rows, fills = [], []
        for c in sec.checklist:
            rec = localized(c.recommendation, lang) if c.status != ADDRESSED else ""
            rows.append([[(localized(c.title, lang), False), (f" ({level_label(c.level, lang)})", False)],
                         f"{SYMBOLS[c.status]} {status_label(c.status, lang)}", rec, _refs(c)])
            fills.append([None, FILLS.get(c.status), None, None])
        w.table([t("item", lang), t("status", lang), t("recommendation", lang), t("references", lang)], rows,
                CHECKLIST_WIDTHS, fills)
        w.heading(t("findings", lang), 3)
        if sec.findings:
            for fid in strongest_first(result, sec.findings)[:MAX_FINDINGS_PER_SECTOR]:
                _finding(w, result, fid)
            if len(sec.findings) > MAX_FINDINGS_PER_SECTOR:
                w.para(t("more_findings", lang, n=len(sec.findings) - MAX_FINDINGS_PER_SECTOR), small=True)
        else:
            w.para(t("no_findings", lang))
        sr = sec.searched
        pages_txt = t("searched_pages", lang, pages=sr.pages) if sr.pages else ""
        w.para(t("searched_line", lang, n_concepts=len(sr.concepts), terms=sr.terms, langs=", ".join(sr.languages),
                 blocks=sr.blocks, pages=pages_txt), bold_prefix=f"{t('searched', lang)}: ", small=True)

    if result.unattributed:
        w.heading(t("unattributed", lang), 1)
        w.para(t("unattributed_note", lang))
        for fid in result.unattributed[:MAX_FINDINGS_PER_SECTOR]:
            _finding(w, result, fid)
    if result.excluded:
        w.heading(t("excluded", lang), 1)
        w.para(t("excluded_plain", lang), small=True)
        for e in result.excluded[:80]:
            pg = f"{t('page', lang)} {e.page}: " if e.page is not None else ""
            w.para(f"{pg}“{e.matched}”", style="List Bullet")
    w.para(f"{t('generated_by', lang, tool=result.provenance.get('tool', 'screener'))} · "
           f"{result.provenance.get('lexicon', '')} · SHA-256 {d.sha256}", small=True)

    buf = io.BytesIO()
    w.doc.save(buf)
    return reproducible_zip(buf.getvalue())
