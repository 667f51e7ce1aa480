"""Word (DOCX) report: the gap report a ministry can edit, comment on and forward.

It mirrors the Markdown/HTML reports section for section, uses Word's own built-in styles
(Title, Heading 1-3, Quote, List Bullet, Table Grid) so the navigation pane and a table of
contents work, and carries no date or timestamp: the same result always gives the same bytes,
so reports can be diffed and cached.
"""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document as new_docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from ..results import ADDRESSED, MISSING, PARTLY, ScreenResult, localized
from ..stages import STAGES
from . import SYMBOLS, concepts_text, sector_title, summary_text
from .i18n import concept_label, stage_label, status_label, t

# Same palette as the HTML report, as Word cell fills (w:shd/@w:fill).
FILLS = {ADDRESSED: "DAFBE1", PARTLY: "FFF8C5", MISSING: "FFEBE9", "absent": "F6F8FA"}
RATING_FILLS = {0: "FFEBE9", 1: "FFF1E5", 2: "FFF8C5", 3: "DAFBE1"}
WORD_LANG = {"en": "en-GB", "es": "es-ES", "fr": "fr-FR"}
MAX_FINDINGS_PER_SECTOR = 60  # the XLSX export has them all
MAX_QUOTE = 800
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


class _Writer:
    """Thin layer over python-docx that makes every string XML-safe."""

    def __init__(self, lang: str):
        self.doc = new_docx()
        self.lang = lang
        _set_language(self.doc, lang)

    def heading(self, text: str, level: int):
        return self.doc.add_heading(xml_safe(text), level)

    def para(self, text: str = "", style: str | None = None, bold_prefix: str | None = None, small: bool = False):
        p = self.doc.add_paragraph(style=style)
        if bold_prefix:
            p.add_run(xml_safe(bold_prefix)).bold = True
        if text:
            run = p.add_run(xml_safe(text))
            if small:
                run.font.size = Pt(8.5)
                run.font.color.rgb = RGBColor(0x59, 0x63, 0x6E)
        return p

    def table(self, header: list[str], rows: list[list[str]], fills: list[list[str | None]] | None = None):
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = ""
            cell.paragraphs[0].add_run(xml_safe(text)).bold = True
            _shade(cell, "F6F8FA")
        _repeat_header(table.rows[0])
        for r, values in enumerate(rows):
            cells = table.add_row().cells
            for c, (cell, text) in enumerate(zip(cells, values)):
                cell.text = xml_safe(text)
                fill = fills[r][c] if fills else None
                if fill:
                    _shade(cell, fill)
        self.doc.add_paragraph()
        return table


def _signal_text(f, lang: str) -> str:
    if f.kind == "possible":
        sig = f.signals[0]
        return t("possible_note", lang, p=f"{sig.score:.2f}", terms=", ".join(sig.detail) or "-")
    how = t(f"fired_{f.fired}", lang) + ": " + ", ".join(
        f"“{s.matched}” ({s.rule}, {s.id})" for s in f.signals if s.source == "lexicon")
    cls = [s for s in f.signals if s.source == "classifier"]
    if cls:
        how += f"; p={cls[0].score:.2f}"
    return how


def _finding(w: _Writer, result: ScreenResult, fid: str) -> None:
    lang = w.lang
    f = result.finding(fid)
    label = t("possible", lang) if f.kind == "possible" else concept_label(f.concept, lang)
    head = w.para(style=None)
    head.add_run(xml_safe(f.id) + " ").bold = True
    head.add_run(xml_safe(label)).italic = True
    quote = f.text if len(f.text) <= MAX_QUOTE else f.text[:MAX_QUOTE] + "…"
    w.para(quote, style="Quote")
    tags = [t(a, lang) for a in ("negated", "hypothetical", "historical", "passing") if getattr(f.context, a)]
    meta = [
        f"{t('page', lang)} {f.page}" if f.page is not None else "",
        " › ".join(f.section_path),
        f"{t('stage', lang)}: {stage_label(f.stage, lang)}",
        f"{t('concept', lang)}: {concepts_text(f.concepts, lang)}" if f.concepts else "",
        f"{t('signal', lang)}: {_signal_text(f, lang)}",
        f"{t('context', lang)}: {', '.join(tags)}" if tags else "",
    ]
    w.para(" · ".join(m for m in meta if m), small=True)


def _refs(c) -> str:
    return ", ".join([f"SDG {x}" for x in c.references.get("sdg", ())] + [f"GCM {x}" for x in c.references.get("gcm", ())])


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

    # title page
    w.heading(t("report_title", lang), 0)
    w.para(title, bold_prefix=None).runs[0].bold = True
    pages = str(d.pages) if d.pages is not None else t("no_page", lang)
    for key, value in (
        ("title", d.metadata.get("title") or "—"),
        ("file", d.source),
        ("format", d.format.upper()),
        ("language", d.language),
        ("screen_language", result.language),
        ("pages", pages),
    ):
        w.para(value, bold_prefix=f"{t(key, lang)}: ")
    w.para(d.sha256, bold_prefix="SHA-256: ", small=True)
    w.para(t("generated_by", lang, tool=result.provenance.get("tool", "screener")), small=True)
    w.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # summary
    w.heading(t("summary", lang), 1)
    w.para(" ".join(summary_text(result)))
    if s.get("security_framing"):
        w.para(t("security_framing", lang), style="Intense Quote")
    w.para(f"{t('continuum_' + s['continuum'], lang)} — {t('continuum_help', lang)}",
           style="List Bullet", bold_prefix=f"{t('continuum', lang)}: ")
    for key in ("dimensions_covered", "dimensions_weak", "dimensions_possible", "dimensions_missing"):
        w.para(concepts_text(s.get(key, ()), lang, s.get("dimension_support")), style="List Bullet", bold_prefix=f"{t(key, lang)}: ")
    absent = ", ".join(sector_title(result, x) for x in s["sectors_absent"]) or t("none", lang)
    w.para(absent, style="List Bullet", bold_prefix=f"{t('sectors_absent', lang)}: ")

    # sector table
    w.heading(t("sectors", lang), 2)
    rows, fills = [], []
    for sec in result.sectors:
        if sec.present:
            rating = t(f"rating_{sec.rating}", lang)
            if sec.rating_if_confirmed != sec.rating:
                rating += f" ({t('rating_if_confirmed', lang, r=sec.rating_if_confirmed)})"
            rows.append([sector_title(result, sec.sector), rating, sec.searched.pages or "—"])
            fills.append([None, RATING_FILLS.get(sec.rating), None])
        else:
            rows.append([sector_title(result, sec.sector), t("absent", lang), "—"])
            fills.append([None, FILLS["absent"], None])
    w.table([t("sector", lang), t("rating", lang), t("pages", lang)], rows, fills)

    # sector x stage matrix
    w.heading(t("matrix", lang), 1)
    rows, fills = [], []
    for sec in result.sectors:
        if not sec.present:
            continue
        row = [sector_title(result, sec.sector),
               str(sec.rating) + (f" ({sec.rating_if_confirmed}?)" if sec.rating_if_confirmed != sec.rating else "")]
        fill: list[str | None] = [None, RATING_FILLS.get(sec.rating)]
        for st in STAGES:
            c = sec.stages.get(st)
            status = c.status if c is not None else "absent"
            n = f" {c.findings}" if c is not None and c.findings else ""
            row.append(f"{SYMBOLS[status]}{n}")
            fill.append(FILLS[status])
        rows.append(row)
        fills.append(fill)
    w.table([t("sector", lang), t("rating", lang)] + [stage_label(st, lang) for st in STAGES], rows, fills)
    w.para(f"{t('legend', lang)}: ● {status_label(ADDRESSED, lang)} (n) · ◐ {status_label(PARTLY, lang)} · "
           f"○ {status_label(MISSING, lang)} · {SYMBOLS['absent']} {status_label('absent', lang)}. "
           + " · ".join(t(f"rating_{r}", lang) for r in range(4)), small=True)

    # per-sector sections
    w.heading(t("sectors", lang), 1)
    for sec in result.sectors:
        if not sec.present:
            continue
        w.heading(f"{sector_title(result, sec.sector)} ({sec.code}) — {t('rating', lang)} {sec.rating}", 2)
        extra = f" · {t('rating_if_confirmed', lang, r=sec.rating_if_confirmed)}" if sec.rating_if_confirmed != sec.rating else ""
        pages_txt = f" · {t('pages', lang)}: {sec.searched.pages}" if sec.searched.pages else ""
        w.para(t(f"rating_{sec.rating}", lang) + extra + pages_txt)
        w.heading(t("findings", lang), 3)
        if sec.findings:
            for fid in sec.findings[:MAX_FINDINGS_PER_SECTOR]:
                _finding(w, result, fid)
            if len(sec.findings) > MAX_FINDINGS_PER_SECTOR:
                w.para(t("more_findings", lang, n=len(sec.findings) - MAX_FINDINGS_PER_SECTOR), small=True)
        else:
            w.para(t("no_findings", lang))
        w.heading(t("checklist", lang), 3)
        rows, fills = [], []
        for c in sec.checklist:
            rec = localized(c.recommendation, lang) if c.status != ADDRESSED else ""
            rows.append([f"{c.id} {localized(c.title, lang)}", c.level,
                         f"{SYMBOLS[c.status]} {status_label(c.status, lang)}",
                         ", ".join(c.evidence) or "—", rec, _refs(c)])
            fills.append([None, None, FILLS.get(c.status), None, None, None])
        w.table([t("item", lang), t("level", lang), t("status", lang), t("evidence", lang),
                 t("recommendation", lang), t("references", lang)], rows, fills)
        sr = sec.searched
        pages_txt = t("searched_pages", lang, pages=sr.pages) if sr.pages else ""
        w.para(t("searched_line", lang, n_concepts=len(sr.concepts), terms=sr.terms, langs=", ".join(sr.languages),
                 blocks=sr.blocks, pages=pages_txt), bold_prefix=f"{t('searched', lang)}: ", small=True)

    # recommendations, gathered by sector
    w.heading(t("recommendations", lang), 1)
    any_rec = False
    for sec in result.sectors:
        if not sec.present:
            continue
        todo = [c for c in sec.checklist if c.status in (MISSING, PARTLY) and localized(c.recommendation, lang)]
        if not todo:
            continue
        any_rec = True
        w.heading(sector_title(result, sec.sector), 2)
        for c in todo:
            w.para(localized(c.recommendation, lang), style="List Bullet",
                   bold_prefix=f"{c.id} {localized(c.title, lang)} ({status_label(c.status, lang)}): ")
    if not any_rec:
        w.para(t("no_recommendations", lang))

    if result.unattributed:
        w.heading(t("unattributed", lang), 1)
        w.para(t("unattributed_note", lang))
        for fid in result.unattributed[:MAX_FINDINGS_PER_SECTOR]:
            _finding(w, result, fid)
    if result.excluded:
        w.heading(t("excluded", lang), 1)
        for e in result.excluded[:80]:
            pg = f"{t('page', lang)} {e.page}: " if e.page is not None else ""
            w.para(f"{pg}“{e.matched}” — {e.excluded_by}", style="List Bullet")
    if result.warnings or result.plugin_errors:
        w.heading(t("warnings", lang), 1)
        for warning in result.warnings:
            w.para(warning, style="List Bullet")
        for e in result.plugin_errors:
            w.para(f"{e['name']}: {e['message']}", style="List Bullet", bold_prefix=f"{t('plugin_errors', lang)}: ")
    w.para(f"{t('generated_by', lang, tool=result.provenance.get('tool', 'screener'))} · "
           f"{result.provenance.get('lexicon', '')}", small=True)

    buf = io.BytesIO()
    w.doc.save(buf)
    return reproducible_zip(buf.getvalue())
