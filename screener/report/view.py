"""What every report shows, computed once: the plan's position, the priority gaps, what is
already addressed, and the sector x stage matrix with the rule behind each rating.

HTML, PDF, Markdown and DOCX all render this view, so they say the same thing in the same
order. The matrix cells and the rating are derived here from the same findings by the same
rule (``rating_from_cells``), so a heatmap can never show what its rating denies: a finding
made "in passing" shows as ◐ in its stage and does not count towards the rating either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..results import ADDRESSED, MISSING, PARTLY, ScreenResult, localized
from ..stages import STAGES
from .i18n import stage_label, t

ABSENT = "absent"
FORWARD = ("objectives", "actions", "indicators", "budget", "institutions")
CORE_FIRST = {"core": 0, "recommended": 1}
QUOTE_CHARS = 180


@dataclass(frozen=True)
class Cell:
    """One stage of one sector: what the heatmap shows and the rating counts."""

    status: str  # addressed | partly | missing | absent
    counted: int  # asserted, confirmed passages that are not a passing mention
    weak: int  # passing or negated mentions
    possible: int  # classifier-only passages, to confirm


@dataclass(frozen=True)
class Rating:
    value: int
    rule: str  # the sentence that explains the value, in the report language
    if_confirmed: int  # the value if the passages to confirm are confirmed
    next_step: str  # what would raise it, "" at 3


@dataclass(frozen=True)
class Gap:
    sector: str
    item: str
    title: str
    status: str
    level: str
    recommendation: str
    stage: str  # where in the plan the linkage belongs


@dataclass(frozen=True)
class Addressed:
    sector: str
    item: str
    title: str
    quote: str
    page: int | None
    finding: str


def sector_cells(result: ScreenResult, sector: str) -> dict[str, Cell]:
    """The matrix row of ``sector``, from its findings (the same ones its rating counts)."""
    sec = result.sector(sector)
    mine = [result.finding(fid) for fid in sec.findings]
    cells = {}
    for st in STAGES:
        fs = [f for f in mine if st in f.stages]
        counted = sum(1 for f in fs if f.counts and not f.context.passing)
        weak = sum(1 for f in fs if f.kind == "migration" and not (f.counts and not f.context.passing))
        possible = sum(1 for f in fs if f.kind == "possible")
        blocks = sec.stages[st].sector_blocks if st in sec.stages else 0
        status = ADDRESSED if counted else PARTLY if weak else MISSING if blocks else ABSENT
        cells[st] = Cell(status, counted, weak, possible)
    return cells


def _stage_list(stages, lang: str) -> str:
    return ", ".join(stage_label(s, lang) for s in stages)


def rating_from_cells(cells: dict[str, Cell], has_mentions: bool, lang: str, *, with_possible: bool = False) -> Rating:
    """0-3 from the matrix row, with the sentence that says why (the rule of docs/method.md)."""
    on = [st for st in STAGES if cells[st].counted or (with_possible and cells[st].possible)]
    forward = [st for st in on if st in FORWARD]
    if forward:
        plan = {"objectives", "actions"} & set(on)
        full = plan and "indicators" in on and {"budget", "institutions"} & set(on)
        value = 3 if full else 2
        rule = t(f"rule_{value}", lang, stages=_stage_list(on, lang))
        lacking = []
        if not plan:
            lacking.append(t("stage_objectives", lang) + " / " + t("stage_actions", lang))
        if "indicators" not in on:
            lacking.append(t("stage_indicators", lang))
        if not {"budget", "institutions"} & set(on):
            lacking.append(t("stage_budget", lang) + " / " + t("stage_institutions", lang))
        nxt = t("next_step_3", lang, stages="; ".join(lacking)) if value == 2 else ""
    elif on or has_mentions:
        value, nxt = 1, t("next_step_2", lang)
        rule = t("rule_1_diagnosis", lang) if on else t("rule_1_weak", lang)
    else:
        value, rule, nxt = 0, t("rule_0", lang), t("next_step_1", lang)
    return Rating(value, rule, value, nxt)


def sector_rating(result: ScreenResult, sector: str, cells: dict[str, Cell] | None = None) -> Rating:
    lang = result.report_lang
    cells = cells or sector_cells(result, sector)
    sec = result.sector(sector)
    kinds = {result.finding(fid).kind for fid in sec.findings}
    r = rating_from_cells(cells, "migration" in kinds, lang)
    confirmed = rating_from_cells(cells, bool(kinds), lang, with_possible=True).value
    return Rating(r.value, r.rule, max(confirmed, r.value), r.next_step)


def _relevance(c, covered: set[str]) -> int:
    return len(covered & set(c.searched.concepts)) if len(c.searched.concepts) < 10 else 0


def priority_gaps(result: ScreenResult, sector: str, n: int) -> list[Gap]:
    """The ``n`` missing linkages that matter most for this plan: core items first, missing
    before partly, then those about the kinds of migration the plan already deals with."""
    lang = result.report_lang
    sec = result.sector(sector)
    covered = set(result.summary.get("dimensions_covered", ())) | set(result.summary.get("dimensions_possible", ()))
    todo = [(i, c) for i, c in enumerate(sec.checklist) if c.status in (MISSING, PARTLY)]
    todo.sort(key=lambda ic: (CORE_FIRST.get(ic[1].level, 2), ic[1].status != MISSING, -_relevance(ic[1], covered), ic[0]))
    cells = sec.stages
    where = next((st for st in ("actions", "objectives") if st in cells and cells[st].sector_blocks), "actions")
    return [Gap(sector, c.id, localized(c.title, lang), c.status, c.level, localized(c.recommendation, lang), where)
            for _, c in todo[:n]]


def addressed_items(result: ScreenResult, sector: str, n: int = 2, used: set | None = None) -> list[Addressed]:
    """Up to ``n`` addressed linkages of a sector, each with a quote no other one uses."""
    lang = result.report_lang
    out, used = [], set() if used is None else used
    for c in result.sector(sector).checklist:
        if c.status != ADDRESSED:
            continue
        fid = next((x for x in c.evidence if x not in used), None)
        if fid is None:
            continue
        used.add(fid)
        f = result.finding(fid)
        out.append(Addressed(sector, c.id, localized(c.title, lang), short_quote(f.text), f.page, f.id))
        if len(out) >= n:
            break
    return out


def all_addressed(result: ScreenResult) -> list[Addressed]:
    """The "already addressed" list of the first page: sector by sector, no quote twice."""
    used: set[str] = set()
    return [a for sec in result.sectors if sec.present for a in addressed_items(result, sec.sector, used=used)]


def strongest_first(result: ScreenResult, ids) -> list[str]:
    """Passages that count first (not in passing), then weak mentions, then those to confirm;
    document order within each group. Word shows the first ones, the XLSX all of them."""
    def rank(fid):
        f = result.finding(fid)
        return 0 if f.counts and not f.context.passing else 1 if f.kind == "migration" else 2

    return sorted(ids, key=rank)


def short_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def gaps_per_sector(result: ScreenResult) -> int:
    """Three gaps per sector for a plan with few sectors, two otherwise (the first page stays short)."""
    return 3 if len(result.summary.get("sectors_present", ())) <= 3 else 2


def position_support(result: ScreenResult) -> int:
    """How many passages support the plan's position (the screen's own count when it gives one)."""
    s = result.summary
    for key in ("continuum_support", "continuum_passages", "position_passages"):
        v = s.get(key)
        if isinstance(v, int):
            return v
        if isinstance(v, (list, tuple)):
            return len(v)
    forward = s.get("continuum") in ("sensitive", "responsive")
    return sum(1 for f in result.findings if f.counts and not f.context.passing
               and (not forward or set(f.stages) & set(FORWARD)))


def dimension_lines(result: ScreenResult) -> list[tuple[str, str]]:
    """(label, text) for the dimensions covered, named but too weak, possible and missing, each
    covered or weak one with the number of passages behind it (the verdict says what it rests on)."""
    from . import SUMMARY_DIMENSION_KEYS, concepts_text

    lang, s = result.report_lang, result.summary
    return [(t(key, lang), concepts_text(s.get(key, ()), lang, s.get("dimension_support")))
            for key in SUMMARY_DIMENSION_KEYS if key in s]


def position_text(result: ScreenResult) -> str:
    lang = result.report_lang
    s = result.summary
    c = s.get("continuum", "blind")
    label = t(f"continuum_{c}", lang)
    return t("position_line", lang, c=label[:1].upper() + label[1:], why=t(f"continuum_why_{c}", lang),
             n=position_support(result))


# Loader and screen warnings are English sentences (they also go to the terminal); reports
# show them in the report language. Unknown warnings are shown as they are.
_WARNINGS = (
    (re.compile(r"^(\d+) pages? ([\d ,\-–]+?) (?:has|have) no text layer"), "warn_scanned",
     lambda m: {"pages": m.group(2)}),
    (re.compile(r"^document language '([^']*)' has no lexicon"), "warn_no_lexicon", lambda m: {"doc_lang": m.group(1)}),
    (re.compile(r"^file is named (\.\w+) but contains (\w+); read as"), "warn_misnamed",
     lambda m: {"suffix": m.group(1), "fmt": m.group(2)}),
)


def localize_warning(text: str, lang: str) -> str:
    for rx, key, args in _WARNINGS:
        m = rx.search(text)
        if m:
            return t(key, lang, **args(m))
    return text


def report_warnings(result: ScreenResult) -> list[str]:
    lang = result.report_lang
    out = [localize_warning(w, lang) for w in result.warnings]
    out += [f"{t('plugin_errors', lang)}: {e['name']}: {e['message']}" for e in result.plugin_errors]
    return out
