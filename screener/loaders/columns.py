"""Two-column pages in plain text: read the left column, then the right one.

Text exported from PDFs with their layout (``pdftotext -layout``, R's ``pdftools``, many
converters) prints a two-column page side by side, so every line holds the end of a
left-column line and the start of a right-column line: "by next layer of the systems,
which consists of      livelihoods of farmers and fishers are at stake, with". Read line by
line, every sentence is cut in two and interleaved with another, and no phrase of either
column can be matched. A run of lines that share a gutter (the same character columns blank
on every line, with prose on both sides) is rewritten as its left column followed by its
right column, before paragraphs are found.

Tables are left alone: both sides must read as prose (long left lines, several words on the
right), there must be one gutter, and the run must hold at least ``MIN_LINES`` lines.
"""

from __future__ import annotations

import re
import statistics

MIN_LINES = 6  # a two-column run holds at least this many non-blank lines
WINDOW = 8  # lines that must share the gutter for a run to start
MIN_GUTTER = 2  # blank characters between the columns
# A line longer than this is no line of a two-column page (layout exports print those in
# 150-600 characters, page numbers pushed right included): it breaks a run, and the gutter
# search never scans past this width, so a very long line costs time linear in its size
# (a 1,000,000-character line beside ordinary ones made the bit scan run for minutes).
MAX_WIDTH = 1000
MIN_LEFT = 25  # the left column starts at or after character... (narrower is a table or a list)
SIDE_SHARE = 0.6  # share of the run's lines with text on each side of the gutter
_GAP = re.compile(r" {%d,}" % MIN_GUTTER)
_ENDS = re.compile(r"[.!?:;…][\"'”’»)\]]*\s*$")


def _mask(line: str, width: int) -> int:
    """Bit x set when character x of ``line`` is blank in a run of MIN_GUTTER+ (or past its end)."""
    m = 0
    for g in _GAP.finditer(line):
        m |= ((1 << (g.end() - g.start())) - 1) << g.start()
    end = len(line)
    if width > end:
        m |= ((1 << (width - end)) - 1) << end
    return m


def _runs(mask: int, width: int) -> list[tuple[int, int]]:
    """[start, end) runs of set bits of length MIN_GUTTER or more, inside [MIN_LEFT, width)."""
    out, x = [], MIN_LEFT
    while x < width:
        if mask >> x & 1:
            s = x
            while x < width and mask >> x & 1:
                x += 1
            if x - s >= MIN_GUTTER and x < width:
                out.append((s, x))
        else:
            x += 1
    return out


def _prose_sides(lines: list[str], a: int, b: int) -> bool:
    left = [ln[:a].strip() for ln in lines]
    right = [ln[b:].strip() for ln in lines]
    n = len(lines)
    if sum(bool(t) for t in left) < SIDE_SHARE * n or sum(bool(t) for t in right) < SIDE_SHARE * n:
        return False
    if statistics.median(len(t) for t in left if t) < 0.5 * a:
        return False  # short labels on the left: a table or a form
    words = [len(t.split()) for t in right if t]
    return statistics.median(words) >= 3 and statistics.median(len(t.split()) for t in left if t) >= 3


def _gutter(lines: list[str], masks: list[int], width: int) -> tuple[int, int] | None:
    common = ~0
    for m in masks:
        common &= m
    if not common:
        return None
    runs = [r for r in _runs(common, width) if _prose_sides(lines, *r)]
    if len(runs) != 1:
        return None
    return runs[0]


def split_columns(text: str) -> tuple[str, int]:
    """``text`` with its two-column runs rewritten column by column; and how many runs."""
    lines = text.split("\n")
    if len(lines) < MIN_LINES or not any(2 * MIN_LEFT < len(ln) <= MAX_WIDTH for ln in lines):
        return text, 0
    width = max(len(ln) for ln in lines if len(ln) <= MAX_WIDTH) + 1
    masks = [_mask(ln, width) if len(ln) <= MAX_WIDTH else 0 for ln in lines]
    out: list[str] = []
    found = 0
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].strip():
            out.append(lines[i])
            i += 1
            continue
        window = []
        j = i
        while j < n and len(window) < WINDOW:
            if lines[j].strip():
                window.append(j)
            j += 1
        gut = _gutter([lines[k] for k in window], [masks[k] for k in window], width) if len(window) >= MIN_LINES else None
        if gut is None:
            out.append(lines[i])
            i += 1
            continue
        a, b = gut
        need = ((1 << (b - a)) - 1) << a
        j = i
        while j < n and (not lines[j].strip() or masks[j] & need == need):
            j += 1
        while j > i and not lines[j - 1].strip():
            j -= 1
        run = lines[i:j]
        if sum(1 for ln in run if ln.strip()) < MIN_LINES:
            out.append(lines[i])
            i += 1
            continue
        # a line blank on one side only (the other column runs on) is no paragraph break
        left = [ln[:a].rstrip() for ln in run if ln[:a].strip() or not ln.strip()]
        right = [ln[b:].rstrip() for ln in run if ln[b:].strip() or not ln.strip()]
        indent = min((len(t) - len(t.lstrip()) for t in right if t.strip()), default=0)
        last = next((t for t in reversed(left) if t.strip()), "")
        # a sentence that runs from the foot of the left column to the top of the right one
        # stays one paragraph; otherwise the columns are separate paragraphs
        out += left + ([] if last and not _ENDS.search(last) else [""]) + [t[indent:] for t in right]
        found += 1
        i = j
    return "\n".join(out), found


__all__ = ["split_columns"]
