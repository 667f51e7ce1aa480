"""Page furniture: running headers and footers, letterheads and page numbers, found across pages.

A line is furniture when it sits in the top or bottom band of its page and either
* reads as a page number ("12", "- 12 -", "Page 12 of 80", "P a g e 12", "2 | Page",
  "xiv") whose number keeps step with the page index (so a footnote marker or a chart
  value in the margin band is not taken for one), or
* recurs, digits aside, on at least 30% of the pages: as the same text (a repeated title
  or letterhead) or with a number that keeps step with the page ("PÁGINA 6 Lunes 25 de
  Febrero...", "Plan de Acción 2014 pág. 7"). A recurring key whose numbers do not keep
  step with the page ("Article 12", "Article 40") is body text.

Works on any objects with ``text``, ``top``, ``bottom``, ``rows`` and ``cells`` (lines)
and ``number``, ``height`` and ``lines`` (pages), so both PDF engines share it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

# Header/footer band: the top and bottom share of the page height.
MARGIN_ZONE = 0.12
# A key recurring on this share of the pages (and on 2 at least) is a running head.
REPEAT_SHARE = 0.3
# Lines out to this share, just past the bands, go when they repeat exactly (tall letterheads).
WIDE_ZONE = 0.2

_DIGITS = re.compile(r"\d+")
_NOT_KEY = re.compile(r"[^\w#]+")
_PAGE_WORDS = re.compile(r"\b(?:page|pages|p[aá]gina|p[aá]g|pag|pg|p|seite|folio)\b\.?", re.IGNORECASE)
_OF_WORDS = re.compile(r"\b(?:of|de|sur|von)\b|/", re.IGNORECASE)
_ROMAN = re.compile(r"^(?=[ivxl])(xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)  # i-l: front-matter numbers


def unspace(text: str) -> str:
    """Undo letter spacing ("P a g e 1 2" -> "Page 12", "2 | P a g e" -> "2 | Page")."""
    tokens = text.split(" ")
    if sum(1 for t in tokens if len(t) == 1 and t.isalnum()) < 3:
        return text
    out: list[str] = []
    prev_kind = None
    for t in tokens:
        kind = "a" if len(t) == 1 and t.isalpha() else "d" if len(t) == 1 and t.isdigit() else None
        if kind is not None and kind == prev_kind:
            out[-1] += t
        elif t:
            out.append(t)
        prev_kind = kind
    return " ".join(out)


def page_number_value(text: str) -> tuple[int | None, bool] | None:
    """(number, worded) when ``text`` is only a page number; number None for roman numerals.

    ``worded`` is True when the text says so itself ("Page 3", "- 3 -", "3 | Page", "3/40"),
    so it needs no confirmation from the page sequence.
    """
    t = unspace(text.strip())
    if not t or len(t) > 40:
        return None
    worded = bool(_PAGE_WORDS.search(t))
    core = _PAGE_WORDS.sub(" ", t)
    parts = _OF_WORDS.split(core)
    if len(parts) > 2:
        return None
    total_ok = len(parts) == 1 or bool(re.fullmatch(r"[\W_]*\d{1,4}[\W_]*", parts[1]))
    if not total_ok:
        return None
    head = parts[0]
    stripped = re.sub(r"[\s\W_]+", " ", head).strip()
    if not stripped or " " in stripped:
        return None
    decorated = stripped != head.strip() or len(parts) == 2
    if stripped.isdigit() and len(stripped) <= 4:
        return int(stripped), worded or (decorated and bool(re.search(r"[-–—|/]", t)))
    if _ROMAN.match(stripped) and (stripped.islower() or stripped.isupper()):
        return None, True
    return None


_ROMAN_WORD = re.compile(r"\b(?=[ivxl]+\b)(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})\b", re.IGNORECASE)


def furniture_key(text: str) -> str:
    """Lower case, letter spacing undone, numbers (also roman) folded to '#', punctuation and spaces dropped."""
    return _NOT_KEY.sub("", _ROMAN_WORD.sub("#", _DIGITS.sub("#", unspace(text))).lower())


def find_furniture(pages, zone: float = MARGIN_ZONE) -> set[int]:
    """ids of the furniture lines of ``pages`` (see the module docstring)."""
    cands: list[tuple[object, object, str, str]] = []  # (page, line, key, band)
    wide: list[tuple[object, object]] = []  # lines just outside the bands
    for p in pages:
        h = p.height or 842.0
        for ln in p.lines:
            if ln.rows is not None:
                continue
            top_band = ln.bottom <= h * zone + 2 or ln.top < h * zone * 0.6
            bottom_band = ln.top >= h * (1 - zone) - 2
            if not (top_band or bottom_band):
                if ln.bottom <= h * WIDE_ZONE or ln.top >= h * (1 - WIDE_ZONE):
                    wide.append((p, ln))
                continue
            if ln.cells is not None and not bottom_band and not _detached_above(p, ln):
                continue  # a table's header row repeated at the top of each page is not furniture
            cands.append((p, ln, furniture_key(ln.text), "top" if top_band else "bottom"))
    drop: set[int] = set()
    # Page numbers: a bare number must keep step with the page index (most common offset).
    numbered = []
    offsets: Counter[int] = Counter()
    for p, ln, _key, _band in cands:
        value = page_number_value(ln.text)
        if value is None:
            continue
        n, worded = value
        if n is None:
            drop.add(id(ln))
            continue
        numbered.append((p, ln, n, worded))
        offsets[n - p.number] += 1
    common = {off for off, c in offsets.items() if c >= 2 and c >= 0.2 * max(offsets.values())}
    for p, ln, n, worded in numbered:
        if worded or (n - p.number) in common or len(pages) == 1 and n == p.number:
            drop.add(id(ln))
    # Recurring lines.
    if len(pages) >= 2:
        threshold = max(2, math.ceil(REPEAT_SHARE * len(pages)))
        by_key: dict[tuple[str, str], list[tuple[object, object]]] = defaultdict(list)
        for p, ln, key, band in cands:
            if sum(c.isalpha() for c in key) >= 3:
                by_key[(key, band)].append((p, ln))
        for (key, _band), occ in by_key.items():
            occ = _at_one_height(occ, threshold)
            if len({id(p) for p, _ln in occ}) < threshold:
                continue
            if "#" in key and not _same_text(occ) and not _keeps_step(occ):
                continue
            drop.update(id(ln) for _p, ln in occ)
        # The same letterhead or footer broken into other pieces on a few pages.
        dropped_keys = {key for _p, ln, key, _band in cands if id(ln) in drop and len(key) >= 8}
        bands_with = {(id(p), band) for p, ln, _key, band in cands if id(ln) in drop}
        for p, ln, key, band in cands:
            if id(ln) in drop or (id(p), band) not in bands_with or sum(c.isalpha() for c in key) < 4:
                continue
            if any(key in k for k in dropped_keys):
                drop.add(id(ln))
        # A tall letterhead reaches further in: the very same text at the very same height
        # on half the pages, next to furniture of the same page.
        exact: dict[tuple[str, int], list[tuple[object, object]]] = defaultdict(list)
        for p, ln in wide:
            if (id(p), "top") in bands_with or (id(p), "bottom") in bands_with:
                exact[(" ".join(ln.text.split()), round(100 * ln.top / (p.height or 842.0)))].append((p, ln))
        for (text, _where), occ in exact.items():
            # Three letters are enough here ("PDM 2024-2027\1.1.", a file path under a
            # letterhead): the very same text at the very same height on half the pages.
            if len(occ) >= max(3, 0.5 * len(pages)) and len({id(p) for p, _ln in occ}) >= max(3, 0.5 * len(pages)) \
                    and sum(c.isalpha() for c in text) >= 3:
                drop.update(id(ln) for _p, ln in occ)
    return drop


def _detached_above(p, ln) -> bool:
    """Nothing starts within a line's height below ``ln`` (a running head, not a header row)."""
    below = [o.top for o in p.lines if o is not ln and o.top > ln.top + 1]
    return not below or min(below) - ln.bottom > 1.2 * max(ln.size, 6.0)


def _at_one_height(occ, threshold: int):
    """The occurrences printed at a height the line keeps on ``threshold`` pages or more (a
    running head does not move, or alternates between two heights on facing pages; a
    wrapped table cell that happens to repeat at a page edge moves)."""
    def where(p, ln) -> int:  # 1% steps of the page height (landscape pages hold it too)
        return round(100 * ln.top / (p.height or 842.0))

    bins = Counter(where(p, ln) for p, ln in occ)
    return [(p, ln) for p, ln in occ if sum(bins[where(p, ln) + d] for d in (-1, 0, 1)) >= threshold]


def _same_text(occ) -> bool:
    """Mostly one text (a title with a year in it, "Plan 2015-2030"), not a numbered series."""
    texts = Counter(" ".join(ln.text.split()) for _p, ln in occ)
    return texts.most_common(1)[0][1] >= 0.6 * len(occ)


def _keeps_step(occ) -> bool:
    """Some number of the line moves with the page number (page + constant) on most pages."""
    offsets: Counter[tuple[int, int]] = Counter()
    for p, ln in occ:
        for k, m in enumerate(_DIGITS.finditer(unspace(ln.text))):
            offsets[(k, int(m.group()) - p.number)] += 1
    return bool(offsets) and offsets.most_common(1)[0][1] >= 0.6 * len(occ)


def drop_furniture(pages) -> int:
    """Remove the furniture lines from ``pages`` in place; returns how many went."""
    drop = find_furniture(pages)
    if drop:
        for p in pages:
            p.lines = [ln for ln in p.lines if id(ln) not in drop]
    return len(drop)


__all__ = ["drop_furniture", "find_furniture", "page_number_value", "furniture_key", "unspace", "MARGIN_ZONE"]
