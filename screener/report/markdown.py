"""Markdown report: for pasting into a memo or an issue tracker. Same order as the HTML report
(position, priority gaps, what is addressed, matrix, detail); no ids or offsets (JSON has them)."""

from __future__ import annotations

import re

from ..results import ADDRESSED, PARTLY, ScreenResult, localized
from ..stages import STAGES
from . import SYMBOLS, sector_title, summary_text
from .html import legend
from .i18n import concept_label, level_label, stage_label, status_label, t
from .view import all_addressed, dimension_lines, gaps_per_sector, position_text, priority_gaps, report_warnings, sector_cells, sector_rating

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _md(text: str) -> str:
    """Escape characters that would break Markdown tables or formatting, or make links."""
    text = _CONTROL.sub("", text or "")  # form feeds and other C0 controls from PDF text layers
    # [ ] escaped too: a quote holding [text](javascript:...) must not become a live link
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_") \
        .replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`").replace("[", "\\[").replace("]", "\\]") \
        .replace("\n", " ")


def finding_line(result: ScreenResult, fid: str, lang: str) -> str:
    """One passage in plain words: quote, page, section, stage; ids and offsets stay in JSON/XLSX."""
    f = result.finding(fid)
    where = f"{t('page', lang)} {f.page}" if f.page is not None else ""
    path = " › ".join(f.section_path)
    tags = [t(a, lang) for a in ("negated", "hypothetical", "historical", "passing") if getattr(f.context, a)]
    if f.kind == "possible":
        label = f"**{t('to_confirm', lang)}**"
        tags.append(t("to_confirm_note", lang))
    else:
        label = f"**{_md(concept_label(f.concept, lang))}**"
    meta = "; ".join(x for x in [where, _md(path), f"{t('stage', lang)}: {stage_label(f.stage, lang)}"] + tags if x)
    quote = _md(f.text if len(f.text) <= 600 else f.text[:600] + "…")
    return f"- {label} — > {quote}  \n  <sub>{meta}</sub>"


def _rating_md(rating, lang: str, possible: int) -> str:
    out = f"**{rating.value}** — {rating.rule}"
    if rating.if_confirmed != rating.value:
        out += f" ({t('if_confirmed', lang, r=rating.if_confirmed, n=possible)})"
    if rating.next_step:
        out += f" {rating.next_step}"
    return _md(out).replace("\\*", "*")


def render_markdown(result: ScreenResult) -> str:
    lang = result.report_lang
    d = result.document
    s = result.summary
    title = d.metadata.get("title") or d.source
    present = [sec for sec in result.sectors if sec.present]
    n_possible = lambda x: sum(1 for fid in result.sector(x).findings if result.finding(fid).kind == "possible")  # noqa: E731
    out = [f"# {t('report_title', lang)}: {_md(title)}", ""]
    pages = d.pages if d.pages is not None else t("no_page", lang)
    out += [f"{t('document', lang)}: `{_md(d.source)}` · {t('language', lang)}: {d.language} · {t('pages', lang)}: {pages}", ""]
    out += [f"## {t('position', lang)}", "", f"**{_md(position_text(result))}**", ""]
    out += [f"- **{_md(label)}:** {_md(text)}" for label, text in dimension_lines(result)] + [""]
    if s.get("security_framing"):
        out += [f"> **{t('security_framing', lang)}**", ""]
    out += [_md(" ".join(summary_text(result)[:-1])), ""]
    warns = report_warnings(result)
    if warns:
        out += [f"> ⚠ {_md(w)}" for w in warns] + [""]

    out += [f"## {t('priority_gaps', lang)}", "", t("priority_intro", lang), ""]
    n = gaps_per_sector(result)
    any_gap = False
    for sec in present:
        gaps = priority_gaps(result, sec.sector, n)
        if not gaps:
            continue
        any_gap = True
        rating = sector_rating(result, sec.sector)
        out += [f"### {_md(sector_title(result, sec.sector))}", "", f"{t('rating', lang)}: {_rating_md(rating, lang, n_possible(sec.sector))}", ""]
        for g in gaps:
            state = f" ({t('gap_partly', lang)})" if g.status == PARTLY else ""
            out.append(f"- **{_md(g.title)}**{_md(state)} — {_md(g.recommendation)} *{t('where', lang)}: {stage_label(g.stage, lang)}*")
        out.append("")
    if not any_gap:
        out += [t("no_gaps", lang), ""]

    out += [f"## {t('already_addressed', lang)}", ""]
    done = all_addressed(result)
    for a in done:
        pg = f" ({t('page', lang)} {a.page})" if a.page is not None else ""
        out.append(f"- **{_md(sector_title(result, a.sector))}: {_md(a.title)}** — “{_md(a.quote)}”{pg}")
    if not done:
        out.append(t("nothing_addressed", lang))
    out.append("")

    out += [f"## {t('matrix', lang)}", ""]
    header = [t("sector", lang), t("rating", lang)] + [stage_label(st, lang) for st in STAGES]
    out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for sec in present:
        cells = sector_cells(result, sec.sector)
        rating = sector_rating(result, sec.sector, cells)
        row = [f"{SYMBOLS[c.status]}{' ' + str(c.counted) if c.counted else ''}{' ?' if c.possible else ''}"
               for c in (cells[st] for st in STAGES)]
        r = str(rating.value) + (f" → {rating.if_confirmed}?" if rating.if_confirmed != rating.value else "")
        out.append(f"| {_md(sector_title(result, sec.sector))} | {r} | " + " | ".join(row) + " |")
    out += ["", f"<sub>{t('legend', lang)}: " + " · ".join(_md(x) for x in legend(lang)) + "</sub>", ""]

    out += [f"## {t('detail', lang)}", ""]
    for sec in present:
        rating = sector_rating(result, sec.sector)
        out += [f"### {_md(sector_title(result, sec.sector))} — {t('rating', lang)} {rating.value}", "",
                _rating_md(rating, lang, n_possible(sec.sector)), ""]
        out += [f"**{t('checklist', lang)}**", "",
                f"| {t('item', lang)} | {t('status', lang)} | {t('recommendation', lang)} | {t('references', lang)} |",
                "|---|---|---|---|"]
        for c in sec.checklist:
            rec = localized(c.recommendation, lang) if c.status != ADDRESSED else ""
            refs = ", ".join([f"SDG {x}" for x in c.references.get("sdg", ())] + [f"GCM {x}" for x in c.references.get("gcm", ())])
            out.append(f"| {_md(localized(c.title, lang))} ({level_label(c.level, lang)}) | {SYMBOLS[c.status]} {status_label(c.status, lang)} | "
                       f"{_md(rec)} | {refs} |")
        out += ["", f"**{t('findings', lang)}**", ""]
        if sec.findings:
            out += [finding_line(result, fid, lang) for fid in sec.findings[:40]]
            if len(sec.findings) > 40:
                out.append(f"- {t('more_findings', lang, n=len(sec.findings) - 40)}")
        else:
            out.append(t("no_findings", lang))
        sr = sec.searched
        pages_txt = t("searched_pages", lang, pages=sr.pages) if sr.pages else ""
        out += ["", f"<sub>{t('searched', lang)}: " + t("searched_line", lang, n_concepts=len(sr.concepts), terms=sr.terms,
                                                           langs=", ".join(sr.languages), blocks=sr.blocks, pages=pages_txt) + "</sub>", ""]
    if result.unattributed:
        out += [f"## {t('unattributed', lang)}", "", t("unattributed_note", lang), ""]
        out += [finding_line(result, fid, lang) for fid in result.unattributed[:60]]
        out.append("")
    if result.excluded:
        out += [f"## {t('excluded', lang)}", "", t("excluded_plain", lang), ""]
        for e in result.excluded[:50]:
            pg = f"{t('page', lang)} {e.page}: " if e.page is not None else ""
            out.append(f"- {pg}“{_md(e.matched)}”")
        out.append("")
    out.append(f"<sub>{t('generated_by', lang, tool=result.provenance.get('tool', 'screener'))} · "
               f"{_md(result.provenance.get('lexicon', ''))}</sub>")
    return "\n".join(out) + "\n"
