"""Markdown report: for pasting into a memo or an issue tracker."""

from __future__ import annotations

from ..results import ScreenResult, localized
from ..stages import STAGES
from . import SYMBOLS, concepts_text, sector_title, summary_text
from .i18n import concept_label, stage_label, status_label, t


def _md(text: str) -> str:
    """Escape characters that would break Markdown tables or formatting, or make links."""
    # [ ] escaped too: a quote holding [text](javascript:...) must not become a live link
    return (text or "").replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_") \
        .replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`").replace("[", "\\[").replace("]", "\\]") \
        .replace("\n", " ")


def finding_line(result: ScreenResult, fid: str, lang: str) -> str:
    f = result.finding(fid)
    where = f"{t('page', lang)} {f.page}" if f.page is not None else ""
    path = " › ".join(f.section_path)
    tags = [t(a, lang) for a in ("negated", "hypothetical", "historical", "passing") if getattr(f.context, a)]
    if f.kind == "possible":
        sig = f.signals[0]
        how = t("possible_note", lang, p=f"{sig.score:.2f}", terms=", ".join(sig.detail) or "-")
        label = f"**{t('possible', lang)}**"
    else:
        how = t(f"fired_{f.fired}", lang) + ": " + ", ".join(
            f"“{_md(s.matched)}” ({s.rule})" for s in f.signals if s.source == "lexicon")
        label = f"**{_md(concept_label(f.concept, lang))}**"
    meta = "; ".join(x for x in [where, _md(path), how] + tags if x)
    quote = _md(f.text if len(f.text) <= 600 else f.text[:600] + "…")
    return f"- `{f.id}` {label} — > {quote}  \n  <sub>{meta}</sub>"


def render_markdown(result: ScreenResult) -> str:
    lang = result.report_lang
    d = result.document
    s = result.summary
    title = d.metadata.get("title") or d.source
    out = [f"# {t('report_title', lang)}: {_md(title)}", ""]
    pages = d.pages if d.pages is not None else t("no_page", lang)
    out += [f"**{t('document', lang)}:** `{_md(d.source)}` · {d.format.upper()} · {t('language', lang)}: {d.language} · "
            f"{t('pages', lang)}: {pages} · sha256 `{d.sha256[:12]}…`", ""]
    out += [f"## {t('summary', lang)}", "", " ".join(summary_text(result)), ""]
    out += [f"- **{t('continuum', lang)}:** {t('continuum_' + s['continuum'], lang)} — {t('continuum_help', lang)}",
            f"- **{t('dimensions_covered', lang)}:** {concepts_text(s['dimensions_covered'], lang, s.get('dimension_support'))}",
            f"- **{t('dimensions_weak', lang)}:** {concepts_text(s.get('dimensions_weak', ()), lang, s.get('dimension_support'))}",
            f"- **{t('dimensions_possible', lang)}:** {concepts_text(s['dimensions_possible'], lang)}",
            f"- **{t('dimensions_missing', lang)}:** {concepts_text(s['dimensions_missing'], lang)}",
            f"- **{t('sectors_absent', lang)}:** " + (", ".join(sector_title(result, x) for x in s["sectors_absent"]) or t("none", lang)),
            ""]
    if s["security_framing"]:
        out += [f"> **{t('security_framing', lang)}**", ""]

    out += [f"## {t('matrix', lang)}", ""]
    header = [t("sector", lang), t("rating", lang)] + [stage_label(st, lang) for st in STAGES]
    out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for sec in result.sectors:
        if not sec.present:
            continue
        cells = []
        for st in STAGES:
            c = sec.stages.get(st)
            if c is None or c.status == "absent":
                cells.append(SYMBOLS["absent"])
            else:
                cells.append(f"{SYMBOLS[c.status]} {c.findings or ''}".strip())
        rating = str(sec.rating) + (f" ({sec.rating_if_confirmed}?)" if sec.rating_if_confirmed != sec.rating else "")
        out.append(f"| {_md(sector_title(result, sec.sector))} | {rating} | " + " | ".join(cells) + " |")
    out += ["", f"<sub>{t('legend', lang)}: ● {status_label('addressed', lang)} (n) · ◐ {status_label('partly', lang)} · "
            f"○ {status_label('missing', lang)} · {SYMBOLS['absent']} {status_label('absent', lang)}. "
            + " · ".join(t(f"rating_{r}", lang) for r in range(4)) + "</sub>", ""]

    out += [f"## {t('sectors', lang)}", ""]
    for sec in result.sectors:
        if not sec.present:
            continue
        out += [f"### {_md(sector_title(result, sec.sector))} ({sec.code}) — {t('rating', lang)} {sec.rating}", ""]
        out.append(f"{t('rating_' + str(sec.rating), lang)}"
                   + (f" · {t('rating_if_confirmed', lang, r=sec.rating_if_confirmed)}" if sec.rating_if_confirmed != sec.rating else ""))
        if sec.pages:
            out.append(f"{t('pages', lang)}: {sec.searched.pages}")
        out.append("")
        out += [f"**{t('findings', lang)}**", ""]
        if sec.findings:
            out += [finding_line(result, fid, lang) for fid in sec.findings[:40]]
            if len(sec.findings) > 40:
                out.append(f"- … (+{len(sec.findings) - 40})")
        else:
            out.append(t("no_findings", lang))
        out += ["", f"**{t('checklist', lang)}**", "",
                f"| {t('item', lang)} | {t('status', lang)} | {t('evidence', lang)} | {t('recommendation', lang)} | {t('references', lang)} |",
                "|---|---|---|---|---|"]
        for c in sec.checklist:
            rec = localized(c.recommendation, lang) if c.status != "addressed" else ""
            refs = ", ".join([f"SDG {x}" for x in c.references.get("sdg", ())] + [f"GCM {x}" for x in c.references.get("gcm", ())])
            out.append(f"| {c.id} {_md(localized(c.title, lang))} | {SYMBOLS[c.status]} {status_label(c.status, lang)} | "
                       f"{', '.join(c.evidence[:6]) or '—'} | {_md(rec)} | {refs} |")
        sr = sec.searched
        pages_txt = t("searched_pages", lang, pages=sr.pages) if sr.pages else ""
        out += ["", f"<sub>{t('searched', lang)}: " + t("searched_line", lang, n_concepts=len(sr.concepts), terms=sr.terms,
                                                           langs=", ".join(sr.languages), blocks=sr.blocks, pages=pages_txt) + "</sub>", ""]
    if result.unattributed:
        out += [f"## {t('unattributed', lang)}", "", t("unattributed_note", lang), ""]
        out += [finding_line(result, fid, lang) for fid in result.unattributed[:60]]
        out.append("")
    if result.excluded:
        out += [f"## {t('excluded', lang)}", ""]
        for e in result.excluded[:50]:
            pg = f"{t('page', lang)} {e.page}: " if e.page is not None else ""
            out.append(f"- {pg}“{_md(e.matched)}” — {_md(e.excluded_by)}")
        out.append("")
    if result.warnings or result.plugin_errors:
        out += [f"## {t('warnings', lang)}", ""]
        out += [f"- {_md(w)}" for w in result.warnings]
        out += [f"- {t('plugin_errors', lang)}: {_md(e['name'])}: {_md(e['message'])}" for e in result.plugin_errors]
        out.append("")
    out.append(f"<sub>{t('generated_by', lang, tool=result.provenance.get('tool', 'screener'))} · "
               f"{_md(result.provenance.get('lexicon', ''))}</sub>")
    return "\n".join(out) + "\n"
