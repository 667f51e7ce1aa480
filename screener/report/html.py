"""Self-contained HTML report (also the source of the PDF): no external assets, no script,
all document text escaped.

The first page answers: the plan's position, the priority gaps with what to add and where,
what is already addressed with a quote. The matrix follows, then the detail per sector in
``<details>`` elements (closed: the printed report stays short; open: every passage and the
whole checklist). Offsets, term ids and match rules sit behind "explain" toggles, which work
without JavaScript.
"""

from __future__ import annotations

from html import escape

from ..results import ADDRESSED, MISSING, PARTLY, ScreenResult, localized
from ..stages import STAGES
from . import SYMBOLS, sector_title, summary_text
from .i18n import concept_label, level_label, stage_label, status_label, t
from .view import (all_addressed, dimension_lines, gaps_per_sector, position_text, priority_gaps, report_warnings, sector_cells,
                   sector_rating)

CSS = """
:root{--ok:#1a7f37;--part:#bf8700;--miss:#cf222e;--ink:#1f2328;--muted:#59636e;--line:#d0d7de}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.5em;margin:.1em 0}h2{font-size:1.2em;border-bottom:1px solid var(--line);padding-bottom:.15em;margin:1.3em 0 .5em}
.meta,.sub{color:var(--muted);font-size:.86em}.plan{font-size:1.1em;font-weight:600}
.position{font-size:1.08em;background:#f6f8fa;border-left:4px solid #0969da;padding:.5em .9em;margin:.6em 0}
.warn{background:#fff8c5;border-left:4px solid var(--part);padding:.4em .9em;margin:.5em 0}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}thead{display:table-header-group}
.gaps td.sec{font-weight:600;width:17%}.gaps td.rate{width:21%;font-size:.86em}.gaps td.where{width:12%;font-size:.9em}
.num{display:inline-block;min-width:1.6em;text-align:center;font-weight:700;border-radius:4px;padding:0 .3em;margin-right:.3em}
.heat td.cell{text-align:center;font-weight:600}.heat td.rule{font-size:.84em;width:26%}
.c-addressed{background:#dafbe1;color:var(--ok)}.c-partly{background:#fff8c5;color:#7d4e00}.c-missing{background:#ffebe9;color:var(--miss)}.c-absent{background:#f6f8fa;color:#8c959f}
.r0{background:#ffebe9}.r1{background:#fff1e5}.r2{background:#fff8c5}.r3{background:#dafbe1}
blockquote{margin:.3em 0;padding:.25em .8em;border-left:3px solid var(--line);background:#fafbfc}
ul.done{padding-left:1.2em}ul.done li{margin:.3em 0}
details.sector{border:1px solid var(--line);border-radius:6px;margin:.4em 0;padding:.3em .7em}
details.sector>summary{cursor:pointer;font-weight:600}details.sector>summary .sub{font-weight:400}
details.explain{display:inline}details.explain>summary{display:inline;cursor:pointer;color:#0969da;font-size:.85em}
details.explain[open]{display:block;background:#f6f8fa;padding:.2em .5em;font-size:.85em}
.finding{margin:.6em 0}.finding:target{outline:2px solid #0969da}
.tag{display:inline-block;font-size:.78em;padding:0 .4em;border-radius:.6em;background:#eaeef2;margin-right:.3em}
.tag.possible{background:#fff8c5}.tag.neg{background:#ffebe9}mark{background:#fff3b0;padding:0}code{font-size:.9em}
a{color:#0969da}
@media (max-width:700px){body{padding:10px;font-size:14px}.gaps td.sec,.gaps td.rate,.gaps td.where{width:auto}
 .wide{overflow-x:auto}}
@page landscape{size:A4 landscape}
@page{size:A4;margin:16mm 14mm 18mm;@bottom-right{content:counter(page) " / " counter(pages);font:9pt sans-serif;color:#59636e}
 @bottom-left{content:string(doctitle);font:9pt sans-serif;color:#59636e}}
@media print{body{padding:0;max-width:none;font-size:10pt}a{color:inherit;text-decoration:none}h2{break-after:avoid}
 tr,.finding,blockquote{break-inside:avoid}details.sector{border:none;padding:0}details.explain{display:none}
 details:not([open])>:not(summary){display:none}.plan{string-set:doctitle content()}
 section.matrix{page:landscape}.heat{font-size:8.5pt}.heat td,.heat th{padding:2px 4px}.gaps{font-size:9.5pt}
 ul.done{font-size:9.5pt}ul.done li{margin:.15em 0}}
"""


def _e(text) -> str:
    return escape(str(text if text is not None else ""), quote=True)


def _quote(f, limit: int = 800) -> str:
    """The quote with the matched term highlighted; every piece escaped."""
    text = f.text if len(f.text) <= limit else f.text[:limit] + "…"
    a, b = f.match_start - f.start, f.match_end - f.start
    if f.kind == "migration" and 0 <= a < b <= len(text):
        return _e(text[:a]) + "<mark>" + _e(text[a:b]) + "</mark>" + _e(text[b:])
    return _e(text)


def _rule_code(rule: str, lang: str) -> str:
    return f"{_e(t('rule_label', lang))} <code>{_e(rule)}</code>"


def _explain(inner: str, lang: str) -> str:
    return f'<details class="explain"><summary>{_e(t("explain", lang))}</summary>{inner}</details>'


def _technical(f, lang: str) -> str:
    """What a specialist needs to check a finding: kind, rules, term ids, scores, offsets."""
    parts = [f"{_e(t('col_kind', lang))}: <code>{_e(f.kind)}</code>", f"{_e(t('col_fired', lang))}: <code>{_e(f.fired)}</code>"]
    for s in f.signals:
        if s.source == "lexicon":
            parts.append(f"“{_e(s.matched)}” ({_e(t('rule_label', lang))} <code>{_e(s.rule)}</code>, "
                         f"{_e(t('term_id', lang))} <code>{_e(s.id)}</code>)")
        else:
            extra = f"; {_e(', '.join(s.detail))}" if s.detail else ""
            parts.append(f"<code>{_e(s.source)}</code> p={s.score:.2f}{extra}")
    parts.append(f"{_e(t('chars', lang))} {f.start}–{f.end}")
    return " · ".join(parts)


def _finding(result: ScreenResult, fid: str, lang: str) -> str:
    f = result.finding(fid)
    if f.kind == "possible":
        tags = [f'<span class="tag possible">{_e(t("to_confirm", lang))}</span>']
    else:
        tags = [f'<span class="tag">{_e(concept_label(f.concept, lang))}</span>']
    tags += [f'<span class="tag neg">{_e(t(a, lang))}</span>'
             for a in ("negated", "hypothetical", "historical", "passing") if getattr(f.context, a)]
    where = [f"{t('page', lang)} {f.page}" if f.page is not None else "", " › ".join(f.section_path),
             f"{t('stage', lang)}: {stage_label(f.stage, lang)}"]
    if f.kind == "possible":
        where.append(t("to_confirm_note", lang))
    return (f'<div class="finding" id="{_e(f.id)}"><div>{"".join(tags)}</div>'
            f"<blockquote>{_quote(f)}</blockquote>"
            f'<div class="sub">{_e(" · ".join(w for w in where if w))} {_explain(f"<code>{_e(f.id)}</code> · " + _technical(f, lang), lang)}</div></div>')


def _rating_html(rating, lang: str, possible: int, short: bool = False) -> str:
    head = f'<span class="num r{rating.value}">{rating.value}</span>{_e(rating.rule[:1].upper() + rating.rule[1:])}'
    extra = ""
    if rating.if_confirmed != rating.value:
        extra = f'<br><span class="sub">{_e(t("if_confirmed", lang, r=rating.if_confirmed, n=possible))}</span>'
    if short:  # the matrix: the number, its rule, what confirming would give; next steps are in the gaps table
        return head + extra
    nxt = f'<br><span class="sub">{_e(rating.next_step)}</span>' if rating.next_step else ""
    return head + extra + nxt


def _n_possible(result: ScreenResult, sector: str) -> int:
    return sum(1 for fid in result.sector(sector).findings if result.finding(fid).kind == "possible")


def first_page(result: ScreenResult, lang: str) -> list[str]:
    """Position, priority gaps, what is already addressed."""
    s = result.summary
    present = [sec for sec in result.sectors if sec.present]
    h = [f'<h2 id="position">{_e(t("position", lang))}</h2>', f'<p class="position">{_e(position_text(result))}</p>']
    h.append('<ul class="dims">' + "".join(f"<li><b>{_e(label)}:</b> {_e(text)}</li>" for label, text in dimension_lines(result))
             + "</ul>")
    if s.get("security_framing"):
        h.append(f'<p class="warn">{_e(t("security_framing", lang))}</p>')
    h.append(f'<p class="sub">{_e(" ".join(summary_text(result)[:-1]))}</p>')
    for w in report_warnings(result):
        h.append(f'<p class="warn">{_e(w)}</p>')

    h.append(f'<h2 id="gaps">{_e(t("priority_gaps", lang))}</h2><p class="sub">{_e(t("priority_intro", lang))}</p>')
    n = gaps_per_sector(result)
    rows = []
    for sec in present:
        gaps = priority_gaps(result, sec.sector, n)
        if not gaps:
            continue
        rating = sector_rating(result, sec.sector)
        for i, g in enumerate(gaps):
            head = ""
            if i == 0:
                head = (f'<td class="sec" rowspan="{len(gaps)}"><a href="#sector-{_e(sec.sector)}">{_e(sector_title(result, sec.sector))}</a></td>'
                        f'<td class="rate" rowspan="{len(gaps)}">{_rating_html(rating, lang, _n_possible(result, sec.sector))}</td>')
            state = t("gap_partly", lang) if g.status == PARTLY else ""
            rows.append(f"<tr>{head}<td><b>{_e(g.title)}</b>{f' <span class=sub>({_e(state)})</span>' if state else ''}"
                        f"<br>{_e(g.recommendation)}</td><td class=\"where\">{_e(stage_label(g.stage, lang))}</td></tr>")
    if rows:
        h.append(f'<div class="wide"><table class="gaps"><thead><tr><th>{_e(t("sector", lang))}</th><th>{_e(t("rating", lang))}</th>'
                 f'<th>{_e(t("gap", lang))} — {_e(t("what_to_add", lang))}</th><th>{_e(t("where", lang))}</th></tr></thead><tbody>'
                 + "".join(rows) + "</tbody></table></div>")
    else:
        h.append(f"<p>{_e(t('no_gaps', lang))}</p>")

    h.append(f'<h2 id="addressed">{_e(t("already_addressed", lang))}</h2>')
    done = all_addressed(result)
    if done:
        h.append('<ul class="done">')
        for a in done:
            pg = f" ({t('page', lang)} {a.page})" if a.page is not None else ""
            h.append(f'<li><b>{_e(sector_title(result, a.sector))}: {_e(a.title)}</b> — “{_e(a.quote)}”'
                     f'<a href="#{_e(a.finding)}">{_e(pg)}</a></li>')
        h.append("</ul>")
    else:
        h.append(f"<p>{_e(t('nothing_addressed', lang))}</p>")
    return h


def legend(lang: str) -> list[str]:
    return [t(f"cell_{k}", lang) for k in ("addressed", "partly", "missing", "absent", "possible")]


def matrix(result: ScreenResult, lang: str) -> list[str]:
    h = [f'<section class="matrix"><h2 id="matrix">{_e(t("matrix", lang))}</h2><div class="wide"><table class="heat"><thead><tr>'
         f"<th>{_e(t('sector', lang))}</th><th>{_e(t('rating', lang))}</th>"
         + "".join(f"<th>{_e(stage_label(st, lang))}</th>" for st in STAGES) + "</tr></thead><tbody>"]
    for sec in result.sectors:
        if not sec.present:
            continue
        cells = sector_cells(result, sec.sector)
        rating = sector_rating(result, sec.sector, cells)
        row = [f'<tr><th><a href="#sector-{_e(sec.sector)}">{_e(sector_title(result, sec.sector))}</a></th>'
               f'<td class="rule">{_rating_html(rating, lang, _n_possible(result, sec.sector), short=True)}</td>']
        for st in STAGES:
            c = cells[st]
            n = f" {c.counted}" if c.counted else ""
            q = " ?" if c.possible else ""
            row.append(f'<td class="cell c-{c.status}" title="{_e(status_label(c.status, lang))}">{SYMBOLS[c.status]}{n}{q}</td>')
        h.append("".join(row) + "</tr>")
    h.append("</tbody></table></div>")
    h.append(f'<p class="sub">{_e(t("legend", lang))}: ' + " · ".join(_e(x) for x in legend(lang)) + "</p></section>")
    return h


def _checklist(result: ScreenResult, sec, lang: str) -> str:
    rows = []
    for c in sec.checklist:
        ev = ", ".join(f'<a href="#{_e(x)}">{_e(t("page", lang))} {_e(result.finding(x).page)}</a>'
                       if result.finding(x).page is not None else f'<a href="#{_e(x)}">{_e(t("quote", lang))}</a>'
                       for x in c.evidence[:6]) or "—"
        rec = localized(c.recommendation, lang) if c.status != ADDRESSED else ""
        refs = ", ".join([f"SDG {x}" for x in c.references.get("sdg", ())] + [f"GCM {x}" for x in c.references.get("gcm", ())])
        rows.append(f'<tr><td>{_e(localized(c.title, lang))} <span class="sub">({_e(level_label(c.level, lang))})</span></td>'
                    f'<td class="c-{_e(c.status)}">{SYMBOLS[c.status]} {_e(status_label(c.status, lang))}</td>'
                    f"<td>{ev}</td><td>{_e(rec)}</td><td>{_e(refs)}</td></tr>")
    return (f'<div class="wide"><table><thead><tr><th>{_e(t("item", lang))}</th><th>{_e(t("status", lang))}</th><th>{_e(t("evidence", lang))}</th>'
            f'<th>{_e(t("recommendation", lang))}</th><th>{_e(t("references", lang))}</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table></div>")


def details(result: ScreenResult, lang: str) -> list[str]:
    h = [f'<h2 id="sectors">{_e(t("detail", lang))}</h2><p class="sub">{_e(t("detail_help", lang))}</p>']
    for sec in result.sectors:
        if not sec.present:
            continue
        rating = sector_rating(result, sec.sector)
        counts = {k: sum(c.status == k for c in sec.checklist) for k in (ADDRESSED, PARTLY, MISSING)}
        line = t("sector_line", lang, r=rating.value, a=counts[ADDRESSED], p=counts[PARTLY], m=counts[MISSING], n=len(sec.findings))
        h.append(f'<details class="sector" id="sector-{_e(sec.sector)}"><summary>{_e(sector_title(result, sec.sector))} '
                 f'<span class="sub">— {_e(line)}</span></summary>')
        h.append(f'<p class="sub">{_e(t("rating", lang))} {rating.value}: {_e(rating.rule)} {_e(rating.next_step)}'
                 + (f" · {_e(t('pages', lang))}: {_e(sec.searched.pages)}" if sec.searched.pages else "") + "</p>")
        h.append(f"<h3>{_e(t('checklist', lang))}</h3>" + _checklist(result, sec, lang))
        h.append(f"<h3>{_e(t('findings', lang))}</h3>")
        if sec.findings:
            h.extend(_finding(result, fid, lang) for fid in sec.findings[:60])
            if len(sec.findings) > 60:
                h.append(f'<p class="sub">{_e(t("more_findings", lang, n=len(sec.findings) - 60))}</p>')
        else:
            h.append(f"<p>{_e(t('no_findings', lang))}</p>")
        sr = sec.searched
        pages_txt = t("searched_pages", lang, pages=sr.pages) if sr.pages else ""
        h.append(f'<p class="sub"><b>{_e(t("searched", lang))}:</b> ' + _e(t("searched_line", lang, n_concepts=len(sr.concepts), terms=sr.terms,
                 langs=", ".join(sr.languages), blocks=sr.blocks, pages=pages_txt)) + "</p></details>")
    if result.unattributed:
        h.append(f'<details class="sector" id="unattributed"><summary>{_e(t("unattributed", lang))} '
                 f'<span class="sub">({len(result.unattributed)})</span></summary><p class="sub">{_e(t("unattributed_note", lang))}</p>')
        h.extend(_finding(result, fid, lang) for fid in result.unattributed[:60])
        h.append("</details>")
    if result.excluded:
        h.append(f'<details class="sector" id="excluded"><summary>{_e(t("excluded", lang))} <span class="sub">({len(result.excluded)})</span>'
                 f'</summary><p class="sub">{_e(t("excluded_plain", lang))}</p><ul>')
        for e in result.excluded[:80]:
            pg = f"{t('page', lang)} {e.page}: " if e.page is not None else ""
            h.append(f"<li>{_e(pg)}“{_e(e.matched)}” {_explain(_rule_code(e.excluded_by, lang), lang)}</li>")
        h.append("</ul></details>")
    return h


def technical(result: ScreenResult, lang: str) -> list[str]:
    d = result.document
    prov = result.provenance
    errs = "".join(f"<li>{_e(e['name'])}: {_e(e['message'])}</li>" for e in result.plugin_errors)
    raw = "".join(f"<li><code>{_e(w)}</code></li>" for w in result.warnings)
    return [f'<details class="sector" id="technical"><summary>{_e(t("technical", lang))}</summary><ul class="sub">'
            f"<li>{_e(t('document', lang))}: <code>{_e(d.source)}</code> · {_e(d.format.upper())} · sha256 <code>{_e(d.sha256)}</code></li>"
            f"<li>{_e(t('screen_language', lang))}: {_e(result.language)} · {_e(t('about_lexicon', lang))}: {_e(prov.get('lexicon', ''))}"
            f" · {_e(t('about_classifier', lang))}: {_e(prov.get('classifier') or t('none', lang))}</li>"
            f"{raw}{errs}</ul></details>"]


def render_html(result: ScreenResult) -> str:
    lang = result.report_lang
    d = result.document
    title = d.metadata.get("title") or d.source
    pages = d.pages if d.pages is not None else t("no_page", lang)
    h: list[str] = [
        "<!DOCTYPE html>", f'<html lang="{_e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # nothing may load from the network: forbid it outright
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{_e(t('report_title', lang))}: {_e(title)}</title><style>{CSS}</style></head><body>",
        f'<h1>{_e(t("report_title", lang))}</h1><div class="plan">{_e(title)}</div>',
        f'<p class="meta">{_e(t("document", lang))}: {_e(d.source)} · {_e(t("language", lang))}: {_e(d.language)} · '
        f'{_e(t("pages", lang))}: {_e(pages)}</p>',
    ]
    h += first_page(result, lang)
    h += matrix(result, lang)
    h += details(result, lang)
    h += technical(result, lang)
    h.append(f'<p class="sub">{_e(t("generated_by", lang, tool=result.provenance.get("tool", "screener")))}</p></body></html>')
    return "\n".join(h) + "\n"
