"""Draft comparison reports (HTML, Markdown, JSON), laid out for a review meeting.

First the table a meeting starts from (each sector's rating in both drafts, with ▲▼), then
the checklist items and stage cells that moved, then the passages added and removed, quoted
with their pages so the room can turn to them. All text is in the report language; document
text is escaped in every format.
"""

from __future__ import annotations

import json
from html import escape

from ..compare import Comparison, EvidenceChange, SectorChange
from .i18n import MESSAGES, concept_label, t


ARROW = {"up": "▲", "down": "▼", "other": "◆"}
MAX_QUOTES = 200  # per evidence list: a meeting cannot read more, the JSON keeps all


tr = t  # the comparison's wording lives in the shared catalogue (i18n.py)


def colon(lang: str) -> str:
    """The label colon: French typography wants a space before it."""
    return " :" if lang == "fr" else ":"


def stage_label(stage: str, lang: str) -> str:
    key = f"stage_{stage}"
    return tr(key, lang) if key in MESSAGES else stage


def status_label(status: str, lang: str) -> str:
    key = f"status_{status}"
    return tr(key, lang) if key in MESSAGES else status


def render_comparison(comparison: Comparison, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return render_markdown(comparison)
    if fmt == "html":
        return render_html(comparison)
    raise ValueError(f"unknown comparison format {fmt!r}")


# --------------------------------------------------------------------------- shared wording


def headline(c: Comparison) -> str:
    lang = c.lang
    if not c.changed:
        return tr("cmp_no_change", lang)
    return tr("cmp_headline", lang,
              up=sum(s.change == "up" or (s.change == "appeared" and s.delta > 0) for s in c.sectors),
              down=sum(s.change == "down" or (s.change == "disappeared" and s.delta < 0) for s in c.sectors),
              iu=sum(i.direction == "up" for i in c.items), idn=sum(i.direction == "down" for i in c.items),
              added=len(c.added), removed=len(c.removed), reworded=len(c.reworded))


def rating_change(s: SectorChange, lang: str) -> tuple[str, str]:
    """(css class, text) for the change column: ▲ +2, ▼ −1, =, plus appeared/disappeared notes."""
    if s.change in ("only_old", "only_new"):
        return "other", tr(f"cmp_{s.change}", lang)
    d = s.delta
    text = f"▲ +{d}" if d > 0 else f"▼ −{-d}" if d < 0 else "="
    cls = "up" if d > 0 else "down" if d < 0 else "same"
    if s.change in ("appeared", "disappeared"):
        text += " · " + tr(f"cmp_{s.change}", lang)
    elif d == 0:
        text += " " + tr("cmp_same", lang)
    return cls, text


def rating_text(present: bool | None, rating: int | None, lang: str) -> str:
    if present is None:
        return "—"
    return f"{rating}" + ("" if present else f" ({tr('cmp_not_discussed', lang)})")


def item_status(status: str | None, lang: str) -> str:
    return status_label(status, lang) if status else tr("cmp_not_in_checklist", lang)


def _titles(c: Comparison) -> dict[str, str]:
    return {s.sector: s.title for s in c.sectors}


def _where(e: EvidenceChange, c: Comparison, page: int | None) -> list[str]:
    lang = c.lang
    titles = _titles(c)
    out = []
    if page is not None:
        out.append(f"{tr('page', lang)} {page}")
    if e.sectors:
        out.append(", ".join(titles.get(x, x) for x in e.sectors))
    if e.stage:
        out.append(f"{tr('stage', lang)}{colon(lang)} {stage_label(e.stage, lang)}")
    out.append(concept_label(e.concept, lang) if e.kind == "migration" else tr("possible", lang))
    if e.kind == "migration" and not e.counts:
        out.append(tr("cmp_not_asserted", lang))
    return out


def _draft_line(c: Comparison, which: str) -> tuple[str, str]:
    d = c.old if which == "old" else c.new
    bits = [d.title or "", d.path, d.format.upper()]
    if d.pages is not None:
        bits.append(f"{tr('pages', c.lang)}{colon(c.lang)} {d.pages}")
    if d.sha256:
        bits.append(f"sha256 {d.sha256[:12]}…")
    if d.origin == "report":
        bits.append(tr("cmp_from_report", c.lang))
    return tr(f"cmp_{which}", c.lang), " · ".join(b for b in bits if b)


def _overall_lines(c: Comparison) -> list[tuple[str, str]]:
    """(label, value) pairs for the whole-plan changes."""
    lang = c.lang
    cont = lambda x: tr(f"continuum_{x}", lang) if f"continuum_{x}" in MESSAGES else x  # noqa: E731
    arrow = " → "
    out = [(tr("continuum", lang), cont(c.old_continuum) + arrow + cont(c.new_continuum)
            + ("" if c.old_continuum != c.new_continuum else f" ({tr('cmp_same', lang)})"))]
    out.append((tr("cmp_counted", lang), f"{c.old_counts.get('counted', 0)}{arrow}{c.new_counts.get('counted', 0)}"))
    out.append((tr("cmp_dimensions_gained", lang), ", ".join(concept_label(d, lang) for d in c.dimensions_gained) or tr("none", lang)))
    out.append((tr("cmp_dimensions_lost", lang), ", ".join(concept_label(d, lang) for d in c.dimensions_lost) or tr("none", lang)))
    return out


def _security_line(c: Comparison) -> str | None:
    if c.new_security_framing and not c.old_security_framing:
        return tr("cmp_security_on", c.lang)
    if c.old_security_framing and not c.new_security_framing:
        return tr("cmp_security_off", c.lang)
    return None


# --------------------------------------------------------------------------- HTML

CSS = """
:root{--up:#1a7f37;--down:#cf222e;--ink:#1f2328;--muted:#59636e}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:.2em 0}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}
.meta,.sub{color:var(--muted);font-size:.9em}.summary{font-size:1.05em;background:#f6f8fa;border-left:4px solid #0969da;padding:.6em 1em}
.warn{background:#fff8c5;border-left:4px solid #bf8700;padding:.5em 1em}
table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:center;font-weight:600;min-width:4em}
td.up,li.up{color:var(--up);font-weight:600}td.down,li.down{color:var(--down);font-weight:600}td.same{color:#8c959f}td.other{color:var(--muted)}
tr.up{background:#f0fff4}tr.down{background:#fff5f5}
.s-addressed{color:var(--up)}.s-partly{color:#7d4e00}.s-missing,.s-absent{color:var(--down)}
blockquote{margin:.4em 0;padding:.3em .8em;border-left:3px solid #d0d7de;background:#fafbfc}
.ev.added blockquote{border-left-color:var(--up)}.ev.removed blockquote{border-left-color:var(--down);text-decoration:line-through;text-decoration-color:#cf222e80}
.ev{margin:.7em 0}.ev .sub{margin-left:.8em}
@media print{body{padding:0;font-size:11pt}h2{break-after:avoid}.ev,tr{break-inside:avoid}tr.up,tr.down{background:none}}
"""


def _e(text) -> str:
    return escape(str(text if text is not None else ""), quote=True)


def _quote(text: str) -> str:
    return _e(text if len(text) <= 800 else text[:800] + "…")


def _evidence_html(c: Comparison, items: tuple[EvidenceChange, ...], cls: str) -> list[str]:
    if not items:
        return [f"<p>{_e(tr('cmp_none', c.lang))}</p>"]
    out = []
    for e in items[:MAX_QUOTES]:
        if e.change == "reworded":
            out.append(f'<div class="ev {cls}"><div class="sub">{_e(tr("cmp_before", c.lang))} '
                       f"({_e(tr('page', c.lang))} {_e(e.old_page if e.old_page is not None else '—')}){colon(c.lang)}</div>"
                       f"<blockquote>{_quote(e.old_text or '')}</blockquote>"
                       f'<div class="sub">{_e(tr("cmp_after", c.lang))}{colon(c.lang)}</div><blockquote>{_quote(e.text)}</blockquote>'
                       f'<div class="sub">{_e(" · ".join(_where(e, c, e.page)))}</div></div>')
        else:
            out.append(f'<div class="ev {cls}"><blockquote>{_quote(e.text)}</blockquote>'
                       f'<div class="sub">{_e(" · ".join(_where(e, c, e.page)))}</div></div>')
    if len(items) > MAX_QUOTES:
        out.append(f'<p class="sub">{_e(tr("cmp_more", c.lang, n=len(items) - MAX_QUOTES))}</p>')
    return out


def render_html(c: Comparison) -> str:
    lang = c.lang
    titles = _titles(c)
    h = [
        "<!DOCTYPE html>", f'<html lang="{_e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{_e(tr('cmp_title', lang))} — {_e(c.new.title or c.new.path)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(tr('cmp_title', lang))}</h1>",
    ]
    for which in ("old", "new"):
        label, line = _draft_line(c, which)
        h.append(f'<p class="meta"><b>{_e(label)}{colon(lang)}</b> {_e(line)}</p>')
    h.append(f'<p class="summary">{_e(headline(c))}</p>')
    sec = _security_line(c)
    if sec:
        h.append(f'<p class="warn">{_e(sec)}</p>')
    if c.warnings:
        h.append(f'<div class="warn"><b>{_e(tr("warnings", lang))}{colon(lang)}</b><ul>'
                 + "".join(f"<li>{_e(w)}</li>" for w in c.warnings) + "</ul></div>")

    # the meeting's first table
    h.append(f'<h2 id="ratings">{_e(tr("cmp_ratings", lang))}</h2><table><thead><tr><th>{_e(tr("sector", lang))}</th>'
             f"<th>{_e(tr('cmp_old', lang))}</th><th>{_e(tr('cmp_new', lang))}</th><th>{_e(tr('cmp_change', lang))}</th>"
             "</tr></thead><tbody>")
    for s in c.sectors:
        cls, text = rating_change(s, lang)
        h.append(f'<tr class="{cls}"><th>{_e(s.title)}</th>'
                 f'<td class="num" title="{_e(tr("rating_" + str(s.old_rating), lang) if s.old_rating in range(4) else "")}">'
                 f"{_e(rating_text(s.old_present, s.old_rating, lang))}</td>"
                 f'<td class="num" title="{_e(tr("rating_" + str(s.new_rating), lang) if s.new_rating in range(4) else "")}">'
                 f"{_e(rating_text(s.new_present, s.new_rating, lang))}</td>"
                 f'<td class="{cls}">{_e(text)}</td></tr>')
    h.append("</tbody></table>")
    h.append(f'<p class="sub">{_e(tr("legend", lang))}{colon(lang)} ' + " · ".join(_e(tr(f"rating_{r}", lang)) for r in range(4)) + "</p>")

    h.append(f'<h2 id="overall">{_e(tr("cmp_overall", lang))}</h2><ul>')
    h.extend(f"<li><b>{_e(k)}{colon(lang)}</b> {_e(v)}</li>" for k, v in _overall_lines(c))
    h.append("</ul>")

    h.append(f'<h2 id="items">{_e(tr("cmp_items", lang))}</h2>')
    if c.items:
        h.append(f"<table><thead><tr><th>{_e(tr('sector', lang))}</th><th>{_e(tr('item', lang))}</th>"
                 f"<th>{_e(tr('cmp_old', lang))}</th><th>{_e(tr('cmp_new', lang))}</th><th>{_e(tr('cmp_change', lang))}</th>"
                 "</tr></thead><tbody>")
        for i in c.items:
            h.append(f'<tr class="{i.direction}"><td>{_e(titles.get(i.sector, i.sector))}</td><td><b>{_e(i.item)}</b> {_e(i.title)}</td>'
                     f'<td class="s-{_e(i.old_status or "")}">{_e(item_status(i.old_status, lang))}</td>'
                     f'<td class="s-{_e(i.new_status or "")}">{_e(item_status(i.new_status, lang))}</td>'
                     f'<td class="{i.direction}">{ARROW[i.direction]}</td></tr>')
        h.append("</tbody></table>")
    else:
        h.append(f"<p>{_e(tr('cmp_none', lang))}</p>")

    h.append(f'<h2 id="matrix">{_e(tr("cmp_cells", lang))}</h2>')
    if c.cells:
        h.append(f"<table><thead><tr><th>{_e(tr('sector', lang))}</th><th>{_e(tr('stage', lang))}</th>"
                 f"<th>{_e(tr('cmp_old', lang))}</th><th>{_e(tr('cmp_new', lang))}</th><th>{_e(tr('cmp_change', lang))}</th>"
                 "</tr></thead><tbody>")
        for x in c.cells:
            h.append(f'<tr class="{x.direction}"><td>{_e(titles.get(x.sector, x.sector))}</td><td>{_e(stage_label(x.stage, lang))}</td>'
                     f'<td class="s-{_e(x.old_status)}">{_e(status_label(x.old_status, lang))}</td>'
                     f'<td class="s-{_e(x.new_status)}">{_e(status_label(x.new_status, lang))}</td>'
                     f'<td class="{x.direction}">{ARROW[x.direction]}</td></tr>')
        h.append("</tbody></table>")
    else:
        h.append(f"<p>{_e(tr('cmp_none', lang))}</p>")

    h.append(f'<h2 id="added">{_e(tr("cmp_added", lang))} ({len(c.added)})</h2>')
    h.extend(_evidence_html(c, c.added, "added"))
    h.append(f'<h2 id="removed">{_e(tr("cmp_removed", lang))} ({len(c.removed)})</h2>')
    h.extend(_evidence_html(c, c.removed, "removed"))
    if c.reworded:
        h.append(f'<h2 id="reworded">{_e(tr("cmp_reworded", lang))} ({len(c.reworded)})</h2>')
        h.extend(_evidence_html(c, c.reworded, "reworded"))
    from .. import __version__

    h.append(f'<p class="sub">{_e(tr("generated_by", lang, tool=f"screener {__version__}"))}</p></body></html>')
    return "\n".join(h) + "\n"


# --------------------------------------------------------------------------- Markdown


def _md(text) -> str:
    """Escape characters that would break Markdown tables or formatting."""
    return (str(text or "")).replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_") \
        .replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`").replace("[", "\\[").replace("\n", " ")


def _evidence_md(c: Comparison, items: tuple[EvidenceChange, ...]) -> list[str]:
    if not items:
        return [tr("cmp_none", c.lang), ""]
    out = []
    for e in items[:MAX_QUOTES]:
        meta = _md(" · ".join(_where(e, c, e.page)))
        quote = _md(e.text if len(e.text) <= 600 else e.text[:600] + "…")
        if e.change == "reworded":
            old = _md((e.old_text or "")[:600])
            out.append(f"- {tr('cmp_before', c.lang)} ({tr('page', c.lang)} {e.old_page if e.old_page is not None else '—'}){colon(c.lang)} "
                       f"> {old}  \n  {tr('cmp_after', c.lang)}{colon(c.lang)} > {quote}  \n  <sub>{meta}</sub>")
        else:
            out.append(f"- > {quote}  \n  <sub>{meta}</sub>")
    if len(items) > MAX_QUOTES:
        out.append(f"- {tr('cmp_more', c.lang, n=len(items) - MAX_QUOTES)}")
    return out + [""]


def render_markdown(c: Comparison) -> str:
    lang = c.lang
    titles = _titles(c)
    out = [f"# {tr('cmp_title', lang)}", ""]
    for which in ("old", "new"):
        label, line = _draft_line(c, which)
        out.append(f"**{label}{colon(lang)}** {_md(line)}  ")
    out += ["", headline(c), ""]
    sec = _security_line(c)
    if sec:
        out += [f"> **{sec}**", ""]
    if c.warnings:
        out += [f"**{tr('warnings', lang)}{colon(lang)}**", ""] + [f"- {_md(w)}" for w in c.warnings] + [""]

    out += [f"## {tr('cmp_ratings', lang)}", "",
            f"| {tr('sector', lang)} | {tr('cmp_old', lang)} | {tr('cmp_new', lang)} | {tr('cmp_change', lang)} |",
            "|---|---|---|---|"]
    for s in c.sectors:
        _cls, text = rating_change(s, lang)
        out.append(f"| {_md(s.title)} | {_md(rating_text(s.old_present, s.old_rating, lang))} | "
                   f"{_md(rating_text(s.new_present, s.new_rating, lang))} | {_md(text)} |")
    out += ["", f"<sub>{tr('legend', lang)}{colon(lang)} " + " · ".join(tr(f"rating_{r}", lang) for r in range(4)) + "</sub>", ""]

    out += [f"## {tr('cmp_overall', lang)}", ""]
    out += [f"- **{k}{colon(lang)}** {_md(v)}" for k, v in _overall_lines(c)] + [""]

    out += [f"## {tr('cmp_items', lang)}", ""]
    if c.items:
        out += [f"| {tr('sector', lang)} | {tr('item', lang)} | {tr('cmp_old', lang)} | {tr('cmp_new', lang)} | {tr('cmp_change', lang)} |",
                "|---|---|---|---|---|"]
        out += [f"| {_md(titles.get(i.sector, i.sector))} | **{_md(i.item)}** {_md(i.title)} | {_md(item_status(i.old_status, lang))} | "
                f"{_md(item_status(i.new_status, lang))} | {ARROW[i.direction]} |" for i in c.items]
        out.append("")
    else:
        out += [tr("cmp_none", lang), ""]

    out += [f"## {tr('cmp_cells', lang)}", ""]
    if c.cells:
        out += [f"| {tr('sector', lang)} | {tr('stage', lang)} | {tr('cmp_old', lang)} | {tr('cmp_new', lang)} | {tr('cmp_change', lang)} |",
                "|---|---|---|---|---|"]
        out += [f"| {_md(titles.get(x.sector, x.sector))} | {_md(stage_label(x.stage, lang))} | {_md(status_label(x.old_status, lang))} | "
                f"{_md(status_label(x.new_status, lang))} | {ARROW[x.direction]} |" for x in c.cells]
        out.append("")
    else:
        out += [tr("cmp_none", lang), ""]

    out += [f"## {tr('cmp_added', lang)} ({len(c.added)})", ""] + _evidence_md(c, c.added)
    out += [f"## {tr('cmp_removed', lang)} ({len(c.removed)})", ""] + _evidence_md(c, c.removed)
    if c.reworded:
        out += [f"## {tr('cmp_reworded', lang)} ({len(c.reworded)})", ""] + _evidence_md(c, c.reworded)
    from .. import __version__

    out.append(f"<sub>{tr('generated_by', lang, tool=f'screener {__version__}')}</sub>")
    return "\n".join(out) + "\n"
