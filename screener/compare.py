"""Draft comparison: what changed in how a plan treats migration between two versions.

Drafts move text around, so pages, offsets and finding ids change even where the wording
does not. Evidence is therefore matched across drafts by its normalised quote and migration
concept; everything else (sector ratings, checklist statuses, stage-matrix cells, continuum,
dimensions) is compared by its stable name. Both sides are read from the JSON contract of
``ScreenResult.to_dict`` (docs/report-schema.md), so a fresh screen and a saved
``screener scan --format json`` report compare the same way.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Callable, Mapping

from . import __version__
from .errors import CorruptFileError, InputNotFoundError, TooLargeError, UnsupportedFormatError
from .results import REPORT_SCHEMA_VERSION, ScreenResult

COMPARE_SCHEMA_VERSION = "1.0"
STATUS_RANK = {"missing": 0, "partly": 1, "addressed": 2}
CELL_RANK = {"absent": 0, "missing": 0, "partly": 1, "addressed": 2}
REWORD_RATIO = 0.75  # quotes this similar (same concept) are one passage reworded, not removed + added
PROVENANCE_KEYS = ("lexicon", "plugins", "classifier", "classifier_threshold", "screen_language")


# --------------------------------------------------------------------------- the result


@dataclass(frozen=True)
class DraftInfo:
    """Which file one side of the comparison is, and whether it was screened or read from a report."""

    path: str
    title: str | None
    sha256: str
    format: str
    language: str
    pages: int | None
    origin: str  # "screened" | "report"
    tool: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "title": self.title, "sha256": self.sha256, "format": self.format,
                "language": self.language, "pages": self.pages, "origin": self.origin, "tool": self.tool}


@dataclass(frozen=True)
class SectorChange:
    """A sector's verdict in both drafts (None: the sector was not screened in that draft)."""

    sector: str
    title: str
    old_present: bool | None
    new_present: bool | None
    old_rating: int | None
    new_rating: int | None

    @property
    def delta(self) -> int:
        return (self.new_rating or 0) - (self.old_rating or 0)

    @property
    def change(self) -> str:
        """appeared | disappeared | up | down | same | only_old | only_new."""
        if self.old_present is None:
            return "only_new"
        if self.new_present is None:
            return "only_old"
        if self.new_present and not self.old_present:
            return "appeared"
        if self.old_present and not self.new_present:
            return "disappeared"
        return "up" if self.delta > 0 else "down" if self.delta < 0 else "same"

    def to_dict(self) -> dict[str, Any]:
        return {"sector": self.sector, "title": self.title, "change": self.change, "delta": self.delta,
                "old": {"present": self.old_present, "rating": self.old_rating},
                "new": {"present": self.new_present, "rating": self.new_rating}}


@dataclass(frozen=True)
class ItemChange:
    """A checklist item whose status changed (None: the item is not in that draft's checklist)."""

    sector: str
    item: str
    title: str
    level: str
    old_status: str | None
    new_status: str | None

    @property
    def direction(self) -> str:
        """up (newly addressed, or better) | down (dropped, or worse) | other (item added/removed)."""
        if self.old_status is None or self.new_status is None:
            return "other"
        return "up" if STATUS_RANK[self.new_status] > STATUS_RANK[self.old_status] else "down"

    def to_dict(self) -> dict[str, Any]:
        return {"sector": self.sector, "item": self.item, "title": self.title, "level": self.level,
                "old_status": self.old_status, "new_status": self.new_status, "direction": self.direction}


@dataclass(frozen=True)
class CellChange:
    """One sector x stage cell of the matrix whose status changed."""

    sector: str
    stage: str
    old_status: str
    new_status: str
    old_findings: int
    new_findings: int

    @property
    def direction(self) -> str:
        o, n = CELL_RANK.get(self.old_status, 0), CELL_RANK.get(self.new_status, 0)
        return "up" if n > o else "down" if n < o else "other"

    def to_dict(self) -> dict[str, Any]:
        return {"sector": self.sector, "stage": self.stage, "direction": self.direction,
                "old": {"status": self.old_status, "findings": self.old_findings},
                "new": {"status": self.new_status, "findings": self.new_findings}}


@dataclass(frozen=True)
class EvidenceChange:
    """A passage on migration added, removed or reworded between the drafts.

    ``text``/``page``/``id`` describe the passage in the draft where it exists (the new one
    for added and reworded, the old one for removed); ``old_text``/``old_page``/``old_id``
    the old wording of a reworded passage.
    """

    change: str  # added | removed | reworded
    kind: str  # migration | possible
    concept: str
    concepts: tuple[str, ...]
    counts: bool  # confirmed and asserted: counts as the plan addressing migration
    sectors: tuple[str, ...]
    stage: str
    section_path: tuple[str, ...]
    text: str
    page: int | None
    id: str
    old_text: str | None = None
    old_page: int | None = None
    old_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"change": self.change, "kind": self.kind, "concept": self.concept, "concepts": list(self.concepts),
             "counts": self.counts, "sectors": list(self.sectors), "stage": self.stage,
             "section_path": list(self.section_path), "text": self.text, "page": self.page, "id": self.id}
        if self.change == "reworded":
            d["old"] = {"text": self.old_text, "page": self.old_page, "id": self.old_id}
        return d


@dataclass(frozen=True)
class Comparison:
    """Everything that changed between an older and a newer draft, ready for the renderers."""

    old: DraftInfo
    new: DraftInfo
    lang: str  # report language of the comparison
    sectors: tuple[SectorChange, ...]  # every sector screened in either draft, changed or not
    items: tuple[ItemChange, ...]
    cells: tuple[CellChange, ...]
    evidence: tuple[EvidenceChange, ...]
    old_continuum: str
    new_continuum: str
    dimensions_gained: tuple[str, ...]
    dimensions_lost: tuple[str, ...]
    old_security_framing: bool
    new_security_framing: bool
    old_counts: Mapping[str, int]  # summary finding counts of each draft
    new_counts: Mapping[str, int]
    warnings: tuple[str, ...] = ()

    @property
    def sector_changes(self) -> tuple[SectorChange, ...]:
        return tuple(s for s in self.sectors if s.change != "same")

    @property
    def added(self) -> tuple[EvidenceChange, ...]:
        return tuple(e for e in self.evidence if e.change == "added")

    @property
    def removed(self) -> tuple[EvidenceChange, ...]:
        return tuple(e for e in self.evidence if e.change == "removed")

    @property
    def reworded(self) -> tuple[EvidenceChange, ...]:
        return tuple(e for e in self.evidence if e.change == "reworded")

    @property
    def changed(self) -> bool:
        """False when the drafts treat migration identically (the wording elsewhere may differ)."""
        return bool(self.sector_changes or self.items or self.cells or self.evidence or self.dimensions_gained
                    or self.dimensions_lost or self.old_continuum != self.new_continuum
                    or self.old_security_framing != self.new_security_framing)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": COMPARE_SCHEMA_VERSION,
            "kind": "screener.comparison",
            "tool": f"screener {__version__}",
            "report_language": self.lang,
            "old": self.old.to_dict(),
            "new": self.new.to_dict(),
            "changed": self.changed,
            "continuum": {"old": self.old_continuum, "new": self.new_continuum},
            "security_framing": {"old": self.old_security_framing, "new": self.new_security_framing},
            "dimensions": {"gained": list(self.dimensions_gained), "lost": list(self.dimensions_lost)},
            "findings": {"old": dict(self.old_counts), "new": dict(self.new_counts)},
            "sectors": [s.to_dict() for s in self.sectors],
            "checklist": [c.to_dict() for c in self.items],
            "matrix": [c.to_dict() for c in self.cells],
            "evidence": {
                "added": [e.to_dict() for e in self.added],
                "removed": [e.to_dict() for e in self.removed],
                "reworded": [e.to_dict() for e in self.reworded],
            },
            "warnings": list(self.warnings),
        }


# --------------------------------------------------------------------------- comparing

def _as_report(side: ScreenResult | Mapping[str, Any], lang: str | None) -> tuple[dict, str]:
    """The report dict of one side, and its origin; a ScreenResult is rendered in ``lang``."""
    if isinstance(side, ScreenResult):
        if lang and lang != side.report_lang:
            side = replace(side, report_lang=lang, _index={})
        return side.to_dict(), "screened"
    return dict(side), "report"


def normalise_quote(text: str) -> str:
    """Quote text as compared across drafts: case, accents, punctuation, spacing and
    line-break hyphens ignored, since re-layout of a PDF changes all of them."""
    t = unicodedata.normalize("NFKD", text.replace("\u00ad", "").casefold())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = re.sub(r"(\w)-\s+(\w)", r"\1\2", t)
    return " ".join(re.sub(r"[\W_]+", " ", t).split())


def _info(report: dict, origin: str) -> DraftInfo:
    d = report.get("document") or {}
    return DraftInfo(path=str(d.get("path") or ""), title=d.get("title"), sha256=str(d.get("sha256") or ""),
                     format=str(d.get("format") or ""), language=str(d.get("language") or ""),
                     pages=d.get("pages"), origin=origin, tool=str((report.get("provenance") or {}).get("tool") or ""))


def _evidence(f: dict, change: str, old: dict | None = None) -> EvidenceChange:
    ctx = f.get("context") or {}
    counts = f.get("kind") == "migration" and bool(ctx.get("asserted", True))
    return EvidenceChange(
        change=change, kind=f.get("kind", "migration"), concept=f.get("concept", ""),
        concepts=tuple(f.get("concepts") or ()), counts=counts, sectors=tuple(f.get("sectors") or ()),
        stage=f.get("stage", ""), section_path=tuple(f.get("section_path") or ()), text=f.get("text", ""),
        page=f.get("page"), id=f.get("id", ""),
        old_text=old.get("text") if old else None, old_page=old.get("page") if old else None,
        old_id=old.get("id") if old else None,
    )


def _evidence_changes(old_findings: list[dict], new_findings: list[dict]) -> list[EvidenceChange]:
    """Added/removed passages by (normalised quote, concept), as multisets; then pair a removed
    and an added passage of the same concept whose wording is close as one reworded passage."""
    key = lambda f: (normalise_quote(f.get("text", "")), f.get("concept", ""))  # noqa: E731
    old_left = Counter(key(f) for f in old_findings)
    new_left = Counter(key(f) for f in new_findings)
    common = old_left & new_left
    removed, added = [], []
    seen = Counter()
    for f in old_findings:
        k = key(f)
        seen[k] += 1
        if seen[k] > common[k]:
            removed.append(f)
    seen = Counter()
    for f in new_findings:
        k = key(f)
        seen[k] += 1
        if seen[k] > common[k]:
            added.append(f)

    pairs: list[tuple[float, int, int]] = []
    rkeys, akeys = [key(r)[0] for r in removed], [key(a)[0] for a in added]
    for i, r in enumerate(removed):
        for j, a in enumerate(added):
            if r.get("concept") != a.get("concept"):
                continue
            sm = SequenceMatcher(None, rkeys[i], akeys[j], autojunk=False)
            # cheap upper bounds first: long drafts can have hundreds of changes of one concept
            if sm.real_quick_ratio() < REWORD_RATIO or sm.quick_ratio() < REWORD_RATIO:
                continue
            ratio = sm.ratio()
            if ratio >= REWORD_RATIO:
                pairs.append((ratio, i, j))
    used_r, used_a, reworded = set(), set(), {}
    for ratio, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i not in used_r and j not in used_a:
            used_r.add(i)
            used_a.add(j)
            reworded[j] = removed[i]
    out = [_evidence(a, "added") for j, a in enumerate(added) if j not in used_a]
    out += [_evidence(r, "removed") for i, r in enumerate(removed) if i not in used_r]
    out += [_evidence(a, "reworded", reworded[j]) for j, a in enumerate(added) if j in reworded]
    return out


def _provenance_warnings(old: dict, new: dict) -> list[str]:
    po, pn = old.get("provenance") or {}, new.get("provenance") or {}
    out = []
    for k in PROVENANCE_KEYS:
        if po.get(k) != pn.get(k):
            out.append(f"the drafts were screened with a different {k.replace('_', ' ')} "
                       f"(old: {_plain(po.get(k))}, new: {_plain(pn.get(k))}); some changes may come from the "
                       "tool rather than the text: screen both drafts again with the same settings")
    return out


def _plain(v: Any) -> str:
    if isinstance(v, dict):
        return ", ".join(f"{k} {x}" for k, x in sorted(v.items())) or "none"
    return "none" if v is None else str(v)


def compare(old: ScreenResult | Mapping[str, Any], new: ScreenResult | Mapping[str, Any],
            *, lang: str | None = None) -> Comparison:
    """Compare two screens of successive drafts (ScreenResults or report dicts)."""
    if lang is None:  # both sides in the newer draft's report language
        lang = new.report_lang if isinstance(new, ScreenResult) else new.get("report_language")
    o, o_origin = _as_report(old, lang)
    n, n_origin = _as_report(new, lang)
    lang = lang or "en"
    osec = {s["sector"]: s for s in o.get("sectors") or ()}
    nsec = {s["sector"]: s for s in n.get("sectors") or ()}
    names = list(dict.fromkeys([*nsec, *osec]))

    sectors, items, cells = [], [], []
    for name in names:
        a, b = osec.get(name), nsec.get(name)
        title = (b or a).get("title") or name
        sectors.append(SectorChange(
            sector=name, title=title,
            old_present=a.get("present") if a else None, new_present=b.get("present") if b else None,
            old_rating=a.get("rating") if a else None, new_rating=b.get("rating") if b else None,
        ))
        if a is None or b is None:
            continue
        # checklist: by item id
        ach = {c["id"]: c for c in a.get("checklist") or ()}
        bch = {c["id"]: c for c in b.get("checklist") or ()}
        for iid in dict.fromkeys([*bch, *ach]):
            ca, cb = ach.get(iid), bch.get(iid)
            sa, sb = (ca or {}).get("status"), (cb or {}).get("status")
            if sa != sb:
                c = cb or ca
                items.append(ItemChange(name, iid, c.get("title") or iid, c.get("level", ""), sa, sb))
        # stage matrix: by stage name
        ast, bst = a.get("stages") or {}, b.get("stages") or {}
        for stage in dict.fromkeys([*ast, *bst]):
            xa, xb = ast.get(stage) or {}, bst.get(stage) or {}
            sa, sb = xa.get("status", "absent"), xb.get("status", "absent")
            if sa != sb:
                cells.append(CellChange(name, stage, sa, sb, int(xa.get("findings", 0)), int(xb.get("findings", 0))))

    so, sn = o.get("summary") or {}, n.get("summary") or {}
    dims_old, dims_new = set(so.get("dimensions_covered") or ()), set(sn.get("dimensions_covered") or ())
    order = list(dict.fromkeys([*(sn.get("dimensions_covered") or ()), *(so.get("dimensions_covered") or ())]))

    warnings = []
    only = [s.sector for s in sectors if s.change in ("only_old", "only_new")]
    if only:
        warnings.append(f"sectors screened in one draft only (not compared): {', '.join(only)}")
    if o.get("document", {}).get("sha256") and o["document"].get("sha256") == n.get("document", {}).get("sha256"):
        warnings.append("the two files are identical (same SHA-256)")
    warnings += _provenance_warnings(o, n)

    return Comparison(
        old=_info(o, o_origin), new=_info(n, n_origin), lang=lang,
        sectors=tuple(sectors), items=tuple(items), cells=tuple(cells),
        evidence=tuple(_evidence_changes(list(o.get("findings") or ()), list(n.get("findings") or ()))),
        old_continuum=str(so.get("continuum", "")), new_continuum=str(sn.get("continuum", "")),
        dimensions_gained=tuple(d for d in order if d in dims_new - dims_old),
        dimensions_lost=tuple(d for d in order if d in dims_old - dims_new),
        old_security_framing=bool(so.get("security_framing")), new_security_framing=bool(sn.get("security_framing")),
        old_counts=dict(so.get("findings") or {}), new_counts=dict(sn.get("findings") or {}),
        warnings=tuple(warnings),
    )


# --------------------------------------------------------------------------- saved JSON reports

_REPORT_HINT = "Give the plan itself, or a report written by `screener scan PLAN --format json -o report.json`"


def read_report(path: str | Path, max_bytes: int | None = None) -> dict | None:
    """The screener JSON report in ``path``, or None if the file is not JSON (a plan to screen).

    Decided by content, not by name: a file whose first character is "{" and parses as JSON
    is a report candidate; a JSON file that is not a screener report is refused.
    """
    p = Path(path)
    if not p.is_file():
        raise InputNotFoundError(path, "file not found" if not p.exists() else "is not a file")
    size = p.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise TooLargeError(path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
    with p.open("rb") as fh:
        head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return None
    try:
        data = json.loads(p.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        if p.suffix.lower() == ".json":
            raise CorruptFileError(path, "is not valid JSON", _REPORT_HINT) from None
        return None  # a text plan that happens to start with "{"
    if not isinstance(data, dict) or "schema_version" not in data or "sectors" not in data:
        raise UnsupportedFormatError(path, "is JSON but not a screener report", _REPORT_HINT)
    check_report(data, path)
    return data


def check_report(data: dict, path: str | Path) -> None:
    """Refuse a report of another schema major version, or one missing what a comparison reads."""
    version = str(data.get("schema_version"))
    if version.split(".")[0] != REPORT_SCHEMA_VERSION.split(".")[0]:
        raise UnsupportedFormatError(path, f"report schema version {version} is not supported "
                                     f"(this screener reads {REPORT_SCHEMA_VERSION})",
                                     "Screen the plan again with this version of screener")

    def need(cond: bool, what: str) -> None:
        if not cond:
            raise CorruptFileError(path, f"report is incomplete or edited: {what}",
                                   "Write it again with `screener scan PLAN --format json`")

    need(isinstance(data.get("document"), dict), "no document object")
    need(isinstance(data.get("summary"), dict), "no summary object")
    need(isinstance(data.get("sectors"), list), "sectors is not a list")
    need(isinstance(data.get("findings"), list), "findings is not a list")
    for i, s in enumerate(data["sectors"]):
        need(isinstance(s, dict) and isinstance(s.get("sector"), str), f"sectors[{i}] has no sector name")
        need(isinstance(s.get("rating"), int) and isinstance(s.get("present"), bool), f"sectors[{i}] has no rating or present flag")
        need(isinstance(s.get("checklist", []), list) and all(isinstance(c, dict) and "id" in c and c.get("status") in STATUS_RANK
                                                               for c in s.get("checklist", [])), f"sectors[{i}] has a bad checklist")
        need(isinstance(s.get("stages", {}), dict) and all(isinstance(c, dict) for c in s.get("stages", {}).values()),
             f"sectors[{i}] has bad stages")
    for i, f in enumerate(data["findings"]):
        need(isinstance(f, dict) and isinstance(f.get("text"), str) and isinstance(f.get("concept"), str),
             f"findings[{i}] has no text or concept")


def compare_files(old_path: str, new_path: str, *, screener_factory: Callable[[], Any],
                  lang: str | None = None, max_bytes: int | None = None) -> Comparison:
    """Compare two files, each a plan (screened with one shared Screener, built only if
    needed) or a saved JSON report."""
    sides: list[Any] = []
    screener = None
    for path in (old_path, new_path):
        report = read_report(path, max_bytes)
        if report is not None:
            sides.append(report)
            continue
        if screener is None:
            screener = screener_factory()
        sides.append(screener.screen_file(path))
    return compare(sides[0], sides[1], lang=lang)
