"""Self-contained HTML report: no external assets, all document text escaped, readable in print."""

from __future__ import annotations

from html import escape

from ..results import ScreenResult, localized
from ..stages import STAGES
from . import SYMBOLS, concepts_text, sector_title, summary_text
from .i18n import concept_label, stage_label, status_label, t

CSS = """
:root{--ok:#1a7f37;--part:#bf8700;--miss:#cf222e;--abs:#d0d7de;--ink:#1f2328;--muted:#59636e}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:.2em 0}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}h3{margin-top:1.4em}
.meta,.sub{color:var(--muted);font-size:.9em}.summary{font-size:1.05em;background:#f6f8fa;border-left:4px solid #0969da;padding:.6em 1em}
.warn{background:#fff8c5;border-left:4px solid var(--part);padding:.5em 1em}
table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}.heat td.cell{text-align:center;font-weight:600;min-width:5.5em}
.c-addressed{background:#dafbe1;color:var(--ok)}.c-partly{background:#fff8c5;color:#7d4e00}.c-missing{background:#ffebe9;color:var(--miss)}.c-absent{background:#f6f8fa;color:#8c959f}
.r0{background:#ffebe9}.r1{background:#fff1e5}.r2{background:#fff8c5}.r3{background:#dafbe1}
blockquote{margin:.4em 0;padding:.3em .8em;border-left:3px solid #d0d7de;background:#fafbfc}
.finding{margin:.6em 0}.finding:target{outline:2px solid #0969da}.tag{display:inline-block;font-size:.78em;padding:0 .4em;border-radius:.6em;background:#eaeef2;margin-right:.3em}
.tag.possible{background:#fff8c5}.tag.neg{background:#ffebe9}mark{background:#fff3b0;padding:0}
a{color:#0969da}@media print{body{padding:0;font-size:11pt}a{color:inherit;text-decoration:none}h2,h3{break-after:avoid}.finding,tr{break-inside:avoid}}
"""


def _e(text) -> str:
    return escape(str(text if text is not None else ""), quote=True)


def _quote(result: ScreenResult, f) -> str:
    """The quote with the matched term highlighted; every piece escaped."""
    text = f.text if len(f.text) <= 800 else f.text[:800] + "…"
    a, b = f.match_start - f.start, f.match_end - f.start
    if f.kind == "migration" and 0 <= a < b <= len(text):
        return _e(text[:a]) + "<mark>" + _e(text[a:b]) + "</mark>" + _e(text[b:])
    return _e(text)


def _finding(result: ScreenResult, fid: str, lang: str) -> str:
    f = result.finding(fid)
    tags = []
    if f.kind == "possible":
        sig = f.signals[0]
        tags.append(f'<span class="tag possible">{_e(t("possible", lang))} · p={sig.score:.2f}</span>')
        how = t("possible_note", lang, p=f"{sig.score:.2f}", terms=", ".join(sig.detail) or "-")
    else:
        tags.append(f'<span class="tag">{_e(concept_label(f.concept, lang))}</span>')
        how = t(f"fired_{f.fired}", lang) + ": " + ", ".join(
            f"“{s.matched}” ({s.rule}, {s.id})" for s in f.signals if s.source == "lexicon")
        cls = [s for s in f.signals if s.source == "classifier"]
        if cls:
            how += f"; p={cls[0].score:.2f}"
    for a in ("negated", "hypothetical", "historical", "passing"):
        if getattr(f.context, a):
            tags.append(f'<span class="tag neg">{_e(t(a, lang))}</span>')
    where = f"{t('page', lang)} {f.page}" if f.page is not None else ""
    path = " › ".join(f.section_path)
    return (f'<div class="finding" id="{_e(f.id)}"><div><b>{_e(f.id)}</b> {"".join(tags)}</div>'
            f"<blockquote>{_quote(result, f)}</blockquote>"
            f'<div class="sub">{_e(where)}{" · " if where and path else ""}{_e(path)} · {_e(t("stage", lang))}: '
            f"{_e(stage_label(f.stage, lang))} · {_e(how)} · chars {f.start}–{f.end}</div></div>")


def render_html(result: ScreenResult) -> str:
    lang = result.report_lang
    d = result.document
    s = result.summary
    title = d.metadata.get("title") or d.source
    h: list[str] = [
        "<!DOCTYPE html>", f'<html lang="{_e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # nothing may load from the network: forbid it outright
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{_e(t('report_title', lang))}: {_e(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(t('report_title', lang))}</h1><div><b>{_e(title)}</b></div>",
        f'<p class="meta">{_e(t("document", lang))}: {_e(d.source)} · {_e(d.format.upper())} · {_e(t("language", lang))}: '
        f'{_e(d.language)} · {_e(t("pages", lang))}: {_e(d.pages if d.pages is not None else t("no_page", lang))} · sha256 {_e(d.sha256[:16])}…</p>',
        f'<h2 id="summary">{_e(t("summary", lang))}</h2>',
        '<p class="summary">' + _e(" ".join(summary_text(result))) + "</p>",
    ]
    if s["security_framing"]:
        h.append(f'<p class="warn">{_e(t("security_framing", lang))}</p>')
    h.append("<ul>")
    h.append(f"<li><b>{_e(t('continuum', lang))}:</b> {_e(t('continuum_' + s['continuum'], lang))} "
             f'<span class="sub">({_e(t("continuum_help", lang))})</span></li>')
    for key in ("dimensions_covered", "dimensions_weak", "dimensions_possible", "dimensions_missing"):
        h.append(f"<li><b>{_e(t(key, lang))}:</b> {_e(concepts_text(s.get(key, ()), lang, s.get('dimension_support')))}</li>")
    absent = ", ".join(sector_title(result, x) for x in s["sectors_absent"]) or t("none", lang)
    h.append(f"<li><b>{_e(t('sectors_absent', lang))}:</b> {_e(absent)}</li></ul>")

    # heatmap
    h.append(f'<h2 id="matrix">{_e(t("matrix", lang))}</h2><table class="heat"><thead><tr>'
             f"<th>{_e(t('sector', lang))}</th><th>{_e(t('rating', lang))}</th>"
             + "".join(f"<th>{_e(stage_label(st, lang))}</th>" for st in STAGES) + "</tr></thead><tbody>")
    for sec in result.sectors:
        if not sec.present:
            continue
        row = [f'<tr><th><a href="#sector-{_e(sec.sector)}">{_e(sector_title(result, sec.sector))}</a></th>'
               f'<td class="cell r{sec.rating}" title="{_e(t("rating_" + str(sec.rating), lang))}">{sec.rating}'
               + (f" <small>({sec.rating_if_confirmed}?)</small>" if sec.rating_if_confirmed != sec.rating else "") + "</td>"]
        for st in STAGES:
            c = sec.stages.get(st)
            status = c.status if c is not None else "absent"
            label = status_label(status, lang)
            n = f" {c.findings}" if c is not None and c.findings else ""
            row.append(f'<td class="cell c-{status}" title="{_e(label)}">{SYMBOLS[status]}{n}</td>')
        h.append("".join(row) + "</tr>")
    h.append("</tbody></table>")
    h.append(f'<p class="sub">{_e(t("legend", lang))}: ● {_e(status_label("addressed", lang))} (n) · ◐ {_e(status_label("partly", lang))}'
             f' · ○ {_e(status_label("missing", lang))} · {SYMBOLS["absent"]} {_e(status_label("absent", lang))}<br>'
             + " · ".join(_e(t(f"rating_{r}", lang)) for r in range(4)) + "</p>")

    # sectors
    h.append(f'<h2 id="sectors">{_e(t("sectors", lang))}</h2>')
    for sec in result.sectors:
        if not sec.present:
            continue
        h.append(f'<section id="sector-{_e(sec.sector)}"><h3>{_e(sector_title(result, sec.sector))} ({_e(sec.code)}) — '
                 f"{_e(t('rating', lang))} {sec.rating}</h3>")
        extra = f" · {t('rating_if_confirmed', lang, r=sec.rating_if_confirmed)}" if sec.rating_if_confirmed != sec.rating else ""
        h.append(f'<p class="sub">{_e(t("rating_" + str(sec.rating), lang))}{_e(extra)}'
                 + (f" · {_e(t('pages', lang))}: {_e(sec.searched.pages)}" if sec.searched.pages else "") + "</p>")
        h.append(f"<h4>{_e(t('findings', lang))}</h4>")
        if sec.findings:
            h.extend(_finding(result, fid, lang) for fid in sec.findings[:60])
            if len(sec.findings) > 60:
                h.append(f"<p class=\"sub\">… +{len(sec.findings) - 60}</p>")
        else:
            h.append(f"<p>{_e(t('no_findings', lang))}</p>")
        h.append(f"<h4>{_e(t('checklist', lang))}</h4><table><thead><tr><th>{_e(t('item', lang))}</th><th>{_e(t('status', lang))}</th>"
                 f"<th>{_e(t('evidence', lang))}</th><th>{_e(t('recommendation', lang))}</th><th>{_e(t('references', lang))}</th></tr></thead><tbody>")
        for c in sec.checklist:
            ev = ", ".join(f'<a href="#{_e(x)}">{_e(x)}</a>' for x in c.evidence[:8]) or "—"
            rec = localized(c.recommendation, lang) if c.status != "addressed" else ""
            refs = ", ".join([f"SDG {x}" for x in c.references.get("sdg", ())] + [f"GCM {x}" for x in c.references.get("gcm", ())])
            h.append(f'<tr><td><b>{_e(c.id)}</b> {_e(localized(c.title, lang))}</td><td class="c-{_e(c.status)}">{SYMBOLS[c.status]} '
                     f"{_e(status_label(c.status, lang))}</td><td>{ev}</td><td>{_e(rec)}</td><td>{_e(refs)}</td></tr>")
        h.append("</tbody></table>")
        sr = sec.searched
        pages_txt = t("searched_pages", lang, pages=sr.pages) if sr.pages else ""
        h.append(f'<p class="sub"><b>{_e(t("searched", lang))}:</b> ' + _e(t("searched_line", lang, n_concepts=len(sr.concepts), terms=sr.terms,
                 langs=", ".join(sr.languages), blocks=sr.blocks, pages=pages_txt)) + "</p></section>")

    if result.unattributed:
        h.append(f'<h2 id="unattributed">{_e(t("unattributed", lang))}</h2><p class="sub">{_e(t("unattributed_note", lang))}</p>')
        h.extend(_finding(result, fid, lang) for fid in result.unattributed[:60])
    if result.excluded:
        h.append(f'<h2 id="excluded">{_e(t("excluded", lang))}</h2><ul>')
        for e in result.excluded[:80]:
            pg = f"{t('page', lang)} {e.page}: " if e.page is not None else ""
            h.append(f"<li>{_e(pg)}“{_e(e.matched)}” — {_e(e.excluded_by)}</li>")
        h.append("</ul>")
    if result.warnings or result.plugin_errors:
        h.append(f'<h2 id="warnings">{_e(t("warnings", lang))}</h2><ul>')
        h.extend(f"<li>{_e(w)}</li>" for w in result.warnings)
        h.extend(f"<li>{_e(t('plugin_errors', lang))}: {_e(e['name'])}: {_e(e['message'])}</li>" for e in result.plugin_errors)
        h.append("</ul>")
    h.append(f'<p class="sub">{_e(t("generated_by", lang, tool=result.provenance.get("tool", "screener")))} · '
             f'{_e(result.provenance.get("lexicon", ""))}</p></body></html>')
    return "\n".join(h) + "\n"
