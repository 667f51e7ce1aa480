"""Lines into paragraphs: whether a printed line goes on the paragraph above it.

A reviewer sees a paragraph end where the line spacing opens up, the next line is indented
or set in another size or weight, or a line stops short of the margin although the next
line's first word would have fitted there. A paragraph goes on where a line reaching the
margin ends without a full stop and the next starts in lower case, even across a page
break or from one column to the next. Bullets and numbered items start items of their own.

The functions read objects with ``text``, ``x0``, ``x1``, ``last_x1`` (right end of the
line's last row), ``top``, ``bottom``, ``size``, ``bold``, ``page``, ``column`` and
``cells`` (the PDF loader's lines); ``edges`` maps (page, column) to the text's left and
right edges.
"""

from __future__ import annotations

import re

_BULLETS = "•●▪■◦‣∙·○□➢►▶➤➔→✓✔✗❖◆◇♦\ue000-\uf8ff"  # and the private-use glyphs of symbol fonts
# A bullet, "- ", "1)", "(a)", "iv)", "1.", "a.", "iv.", "IV." and a roman numeral set before a
# capital without a point (gazette style "IV  El Director").
LIST_MARKER = re.compile(
    rf"^(?:[{_BULLETS}]\s*|[-–—*]\s+"
    r"|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\)\s+"
    r"|(?:\d{1,3}|[a-z]|[ivx]{1,5}|[IVX]{1,6})\.\s+"
    r"|[IVX]{1,6}\s+(?=[A-ZÁÉÍÓÚÑ]))(?=\S)"
)
_SYMBOL = re.compile(rf"^[{_BULLETS}]")
SENTENCE_END = re.compile(r"[.!?:;…][\"'”’»)\]]*$")
_CLAUSE_END = re.compile(r"[.!?:;…,][\"'”’»)\]]*$")
_OPENERS = "\"'“‘«(¿¡[„"

# Average glyph width as a share of the type size (proportional fonts: 0.45-0.55).
GLYPH_WIDTH = 0.55


def starts_lower(text: str) -> bool:
    """The first letter is lower case (leading quotes and brackets skipped)."""
    for c in text:
        if c.isalpha():
            return c.islower()
        if not (c.isspace() or c in _OPENERS):
            return False
    return False


def is_short(ln, edges, share: float = 0.15) -> bool:
    """The line stops more than ``share`` of the text width short of the right edge."""
    lo, hi = edges.get((ln.page, ln.column), (ln.x0, ln.x1))
    return ln.last_x1 < hi - share * max(hi - lo, 1.0)


def next_word_fits(prev, ln, edges) -> bool:
    """The first word of ``ln`` would have fitted after ``prev``: the line break was chosen,
    not forced (a paragraph ended, or a list or contents line)."""
    lo, hi = edges.get((prev.page, prev.column), (prev.x0, prev.x1))
    room = hi - prev.last_x1
    word = ln.text.split(" ", 1)[0]
    size = max(ln.size, 6.0)
    return room > (len(word) + 1) * GLYPH_WIDTH * size + size


def is_item_start(prev, ln, edges) -> bool:
    """``ln`` opens a list item: it starts with a marker where an item can start (a wrapped
    line of prose that happens to begin "(3) shall" or "I" does not)."""
    m = LIST_MARKER.match(ln.text)
    if not m:
        return False
    if prev is None or _SYMBOL.match(ln.text):
        return True
    rest = ln.text[m.end():]
    return (
        not starts_lower(rest)
        or bool(_CLAUSE_END.search(prev.text))
        or ln.page != prev.page
        or ln.column != prev.column
        or is_short(prev, edges)
        or ln.x0 < prev.x0 - 1.0
    )


def continues(prev, ln, gap_ref: float, edges) -> bool:
    """Whether ``ln`` goes on the paragraph that line ``prev`` ends."""
    if prev.cells is not None or ln.cells is not None:
        return False
    prev_text = prev.text
    ends = bool(SENTENCE_END.search(prev_text))
    lower = starts_lower(ln.text)
    hyphen = prev_text.endswith(("-", "\u00ad", "\u2010")) and len(prev_text) > 1 and prev_text[-2].isalpha()
    if ln.page != prev.page or ln.column != prev.column or ln.top < prev.top - 2:
        # A page break or a new column (detected or not): only the text can tell.
        return not ends and (lower or hyphen) and abs(ln.size - prev.size) <= 1.0
    if abs(ln.size - prev.size) > 1.0 or ln.bold != prev.bold and (ends or prev.bold):
        return False  # a wholly bold line over regular text is a title (e.g. "Box 1. ..."), not its first line
    gap = ln.top - prev.bottom
    size = max(ln.size, 1.0)
    limit = max(gap_ref * 1.6, gap_ref + 0.35 * size)
    if not ends and (lower or hyphen) and not is_short(prev, edges):
        limit = max(limit, 1.3 * size)  # a sentence running on over wide (1.5 or double) line spacing
    if gap < -2 or gap > limit:
        return False
    if is_short(prev, edges) and (ends or not lower and not hyphen and next_word_fits(prev, ln, edges)):
        return False
    if ln.x0 > prev.x0 + 1.0 * max(ln.size, 6.0) and ends and not LIST_MARKER.match(prev_text):
        return False  # first-line indent (a list item's wrapped lines hang indented under its text)
    return True


def join(a: str, b: str) -> str:
    """Join two lines of a paragraph, rejoining a word hyphenated at the line break."""
    if a.endswith(("-", "\u00ad", "\u2010")) and len(a) >= 2 and a[-2].isalpha() and b[:1].islower():
        return a[:-1] + b
    if a.endswith(("-", "\u2010")) and len(a) >= 2 and a[-2].isalpha():
        return a + b  # "Franco-" + "American", "COVID-" + "19": a real hyphen
    return a + " " + b


__all__ = ["LIST_MARKER", "SENTENCE_END", "continues", "join", "is_item_start", "is_short", "next_word_fits", "starts_lower"]
