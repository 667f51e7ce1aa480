"""PDF loader: text lines with their geometry, rebuilt into headings, paragraphs and table rows.

PDFs carry positioned glyphs, not paragraphs. Both engines are reduced to the same
thing, a list of ``_Line`` objects per page (text, box, font size, boldness and, for
lines made of widely separated runs, their cells), and one layout pass turns them into
blocks: running headers/footers and page numbers removed, columns read left then right,
lines joined into paragraphs (hyphenated words rejoined), headings found from font and
numbering, tables kept as rows.

Tables without rules are rebuilt from geometry alone: a line with cells seeds a region
that grows over the nearby lines (wrapped header cells above, wrapped and vertically
centred cells below); columns are the x ranges no line crosses; rows are bands of
overlapping lines, split at the larger gaps that cell padding leaves, or where the first
column starts a new value. A table's lines are never headings, and a table cut by a page
break is joined again (its repeated header row dropped).

* ``pypdfium2`` (default) is fast: one ``get_text_range`` per page plus a few cheap
  calls per line (text rectangles, font size and name of one character). Rectangles
  break where PDFium's text objects change, which is where table cells and columns
  start, so wide gaps between rectangles of one row give the cells.
* ``pdfplumber`` is about 80x slower; it adds ruled-table detection (``find_tables``)
  to the PDFium lines.

Bad input is told apart up front with PDFium (which also serves the pdfplumber path):
corrupt or truncated, password-protected, scanned (no text layer) and garbage text
(broken font encodings) each raise their own ``LoadError``.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import io
import itertools
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    GarbageTextError,
    NoTextLayerError,
    TooLargeError,
)
from ..model import Document, page_ranges
from .base import DocumentBuilder, page_mark
from .furniture import drop_furniture
from .headings import FIRST_LETTERS as _FIRST_LETTERS
from .headings import KEYWORD as _KEYWORD
from .headings import KEYWORD_ONLY as _KEYWORD_ONLY
from .headings import LEADERS as _LEADERS
from .headings import NUMBERED as _NUMBERED
from .headings import Cues as _Cues
from .headings import classify as _classify_heading
from .language import SAMPLE_CHARS, detect_language
from .ligatures import geometric_pairs, rejoin_by_words, rejoin_pairs
from .ligatures import candidates as ligature_candidates
from .ligatures import words as ligature_words
from .paragraphs import SENTENCE_END as _SENTENCE_END
from .paragraphs import continues as _continues
from .paragraphs import is_item_start as _is_item_start
from .paragraphs import is_short as _is_short
from .paragraphs import join as _join
from .paragraphs import starts_lower as _starts_lower
from .language import stopword_share

ENGINES = ("pypdfium2", "pdfplumber")

# A page with fewer non-blank characters than this has "no text" (a scan, a blank page,
# a full-page figure); it is a scan when it also holds an image.
MIN_PAGE_CHARS = 30
# Garbage detection thresholds (real prose scores 0.3-0.5 stop-word share).
GARBAGE_STOPWORD_SHARE = 0.03
GARBAGE_MIN_WORDS = 40
GARBAGE_BAD_CHAR_SHARE = 0.3
GARBAGE_VOWEL_SHARE = (0.28, 0.6)  # outside this, letters without stop words are remapped glyphs

INVISIBLE = 3  # FPDF_TEXTRENDERMODE_INVISIBLE: text drawn neither filled nor stroked (an OCR layer)

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd\b|extrabold", re.IGNORECASE)


@dataclass(slots=True)
class _Line:
    """One line of text on a page, in top-down page coordinates (points)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    last_x1: float  # right end of the line's last visual row (PDFium joins hyphenated lines)
    size: float
    bold: bool
    page: int
    cells: list[tuple[float, float, str]] | None = None  # (x0, x1, text) when the line is runs far apart
    rows: list[list[str]] | None = None  # a whole detected table (pdfplumber engine)
    column: int = 0
    # Finer pieces split at gaps of about two spaces: inside a table they tell a cell from
    # its neighbour when the columns stand closer than ``cells`` can see (None: one piece).
    runs: list[tuple[float, float, str]] | None = None
    in_columns: bool = False  # read as one of two columns side by side


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)
    chars: int = 0  # non-blank characters


# --------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------


def load_pdf(path: Path, data: bytes, *, engine: str = "pypdfium2", max_pages: int | None = None) -> Document:
    """Read a PDF into a ``Document``; bad files raise the matching ``LoadError``."""
    if engine not in ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}; use one of {ENGINES}")
    with _gc_paused():
        return _load_pdf(path, data, engine, max_pages)


@contextlib.contextmanager
def _gc_paused():
    """The cyclic garbage collector held off while a PDF is read.

    Reading makes hundreds of thousands of small acyclic objects (lines, rectangles,
    tuples) that reference counting frees; the collector would walk them again and again
    for nothing (about 6% of the load time of the longest plans of the corpus). Whoever paused it turns it
    back on, so concurrent loads leave it as they found it.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _load_pdf(path: Path, data: bytes, engine: str, max_pages: int | None) -> Document:
    pdf = _open(path, data)
    try:
        info = _metadata(pdf)
        n_pages = len(pdf)
        if n_pages == 0:
            raise EmptyDocumentError(path, "the PDF has no pages")
        if max_pages and n_pages > max_pages:
            raise TooLargeError(path, f"the PDF has {n_pages:,} pages, over the {max_pages:,}-page limit",
                                "Raise the limit with --max-pages if you trust the file, or split the document.")
        pages = _pdfium_pages(path, pdf)
        scanned = _check_text_layer(path, pdf, pages)
    finally:
        pdf.close()
    _check_garbage(path, pages)
    if engine == "pdfplumber":
        _plumber_tables(data, pages)
    language = _language(pages)
    _rejoin_ligatures(pages, language)
    builder = DocumentBuilder()
    if scanned:
        builder.warnings.append(
            f"{_plural(len(scanned), 'page')} {page_ranges(scanned)} {'has' if len(scanned) == 1 else 'have'} "
            "no text layer (scanned images) and were not read; run OCR (e.g. `ocrmypdf`) to include them"
        )
    first_heading = _layout(pages, builder)
    title = info.get("title") or first_heading
    builder.metadata.update({"title": title, "author": info.get("author", ""), "pages": n_pages, "engine": engine})
    if len(builder) == 0:
        raise EmptyDocumentError(path, "no text found in this PDF")
    return builder.build(path, data, "pdf", n_pages, language=language if language != "und" else None)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --------------------------------------------------------------------------------------
# Opening and checks (PDFium)
# --------------------------------------------------------------------------------------


def _open(path: Path, data: bytes):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    tail = data[-2048:]
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
            kind = "is password-protected" if code == raw.FPDF_ERR_PASSWORD else "uses an unsupported security handler"
            raise EncryptedFileError(path, f"the PDF {kind}") from None
        if b"%%EOF" not in tail:
            raise CorruptFileError(path, "the PDF is truncated (it has no end-of-file marker and cannot be read)") from None
        raise CorruptFileError(path, "the PDF is damaged and cannot be read") from None
    if b"%%EOF" not in tail and b"startxref" not in tail:
        pdf.close()
        raise CorruptFileError(path, "the PDF is truncated (its end is missing); get a complete copy of the file")
    return pdf


def _metadata(pdf) -> dict[str, str]:
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # damaged info dictionary: metadata is optional
        return {}
    out = {}
    for key in ("Title", "Author"):
        value = " ".join(str(meta.get(key, "")).split())
        if value and not value.lower().startswith(("microsoft word - ", "untitled")):
            out[key.lower()] = value
        elif value.lower().startswith("microsoft word - "):
            out[key.lower()] = re.sub(r"\.docx?$", "", value[17:]).strip()
    return out


def _check_text_layer(path: Path, pdf, pages: list[_Page]) -> list[int]:
    """Raise when the PDF is a scan; return the scanned pages of a mixed PDF."""
    import pypdfium2.raw as raw

    empty = [p for p in pages if p.chars < MIN_PAGE_CHARS]
    if not empty:
        return []
    scanned: list[int] = []
    for p in empty:
        page = pdf[p.number - 1]
        try:
            if next(iter(page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=3)), None) is not None:
                scanned.append(p.number)
        finally:
            page.close()
    with_text = len(pages) - len(empty)
    if scanned and (with_text == 0 or len(scanned) > len(pages) / 2):
        n = len(pages)
        raise NoTextLayerError(
            path,
            f"{len(scanned)} of {n} pages are images without a text layer (a scanned document)",
        )
    if with_text == 0:
        raise EmptyDocumentError(path, f"the PDF ({_plural(len(pages), 'page')}) holds no text, only blank pages or drawings")
    return scanned


_VOWELS = re.compile(r"[aeiouyàáâäãåéèêëíìîïóòôöõúùûüýÿ]", re.IGNORECASE)


def _vowel_share(text: str) -> float:
    """Vowels among Latin letters: 0.35-0.5 in en/es/fr words, far off for remapped glyphs."""
    latin = len(_LATIN.findall(text))
    return len(_VOWELS.findall(text)) / latin if latin else 0.0


_BAD_CHARS = re.compile(r"[\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")


def _check_garbage(path: Path, pages: list[_Page]) -> None:
    """Raise ``GarbageTextError`` when the text layer does not map to real characters."""
    sample_parts: list[str] = []
    size = 0
    for p in pages:
        for line in p.lines:
            sample_parts.append(line.text)
            size += len(line.text)
        if size > 50_000:
            break
    sample = "\n".join(sample_parts)
    visible = len(sample) - sample.count(" ") - sample.count("\n")
    if visible < 100:
        return
    bad = len(_BAD_CHARS.findall(sample))
    if bad / visible > GARBAGE_BAD_CHAR_SHARE:
        raise GarbageTextError(path, f"{bad / visible:.0%} of the text layer's characters are unmapped symbols")
    letters = len(_LETTER.findall(sample))
    if not letters or len(_LATIN.findall(sample)) / letters < 0.5:
        return  # a script the stop-word lists do not cover: do not judge
    words = re.findall(r"[^\W\d_]{2,}", sample)
    if (
        len(words) >= GARBAGE_MIN_WORDS
        and stopword_share(sample) < GARBAGE_STOPWORD_SHARE
        # Tables of names and figures (labour permits by country) have no stop words either,
        # but their letters are real words: vowels keep their usual share. Letters remapped by
        # a broken font encoding lose it.
        and not GARBAGE_VOWEL_SHARE[0] <= _vowel_share(sample) <= GARBAGE_VOWEL_SHARE[1]
    ):
        raise GarbageTextError(
            path, "the text layer is unreadable (no common words of any known language: broken font encoding)"
        )


# --------------------------------------------------------------------------------------
# PDFium lines
# --------------------------------------------------------------------------------------


def _pdfium_pages(path: Path, pdf) -> list[_Page]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    get_rect = raw.FPDFText_GetRect
    count_rects = raw.FPDFText_CountRects
    font_size = raw.FPDFText_GetFontSize
    get_matrix = raw.FPDFText_GetMatrix
    matrix = raw.FS_MATRIX()
    font_info = raw.FPDFText_GetFontInfo
    text_object, text_mode = raw.FPDFText_GetTextObject, raw.FPDFTextObj_GetTextRenderMode
    l_, t_, r_, b_ = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    name_buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    bold_names: dict[bytes, bool] = {}
    out: list[_Page] = []
    for index in range(len(pdf)):
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            raise CorruptFileError(path, f"page {index + 1} of the PDF is damaged and cannot be read") from None
        try:
            left, _bottom, right, top = page.get_bbox()
            upright = page.get_rotation() % 360  # text drawn at the page's own /Rotate reads upright
            textpage = page.get_textpage()
            try:
                tp = textpage.raw
                n_chars = textpage.count_chars()
                text = textpage.get_text_range() if n_chars > 0 else ""
                info = _Page(index + 1, right - left, 0.0)
                info.height = top - _bottom
                turned = upright if upright in (90, 180, 270) else 0
                if turned and _drawn_unturned(tp, n_chars, get_matrix, matrix):
                    # the page is turned but its text is not turned back (a landscape table
                    # printed across a portrait sheet): it reads in the page's own frame
                    # (these pages' text was once all dropped as "rotated")
                    upright = turned = 0
                if turned in (90, 270):  # the page as seen: its width is the box's height
                    info.width, info.height = info.height, info.width
                info.chars = len(text) - text.count(" ") - text.count("\r") - text.count("\n")
                mismatch = len(text) != n_chars
                pos = 0
                for raw_line in text.split("\r\n"):
                    start = pos
                    pos += len(raw_line) + 2
                    stripped = raw_line.strip()
                    if not stripped:
                        continue
                    lead = len(raw_line) - len(raw_line.lstrip())
                    first = start + lead
                    last = start + len(raw_line.rstrip()) - 1
                    if mismatch:
                        first = raw.FPDFText_GetCharIndexFromTextIndex(tp, first)
                        last = raw.FPDFText_GetCharIndexFromTextIndex(tp, last)
                        if first < 0 or last < first:
                            continue
                    k = count_rects(tp, first, last - first + 1)
                    if k <= 0:
                        continue
                    rects = []
                    for i in range(k):
                        get_rect(tp, i, l_, t_, r_, b_)  # ctypes passes these by reference, faster than byref()
                        rects.append((l_.value - left, top - t_.value, r_.value - left, top - b_.value))
                    # Size and weight of the first letter or digit: a bullet is often set in
                    # another font and size than its item.
                    lead_in = 0 if mismatch or stripped[0].isalnum() else next(
                        (j for j, c in enumerate(stripped[:6]) if c.isalnum()), 0)
                    glyph = first + lead_in
                    size = font_size(tp, glyph) or 0.0
                    # The size as printed: some producers set 1-pt text and scale it by the
                    # text matrix (the Kenyan NAP's body reads as "1.0" without this).
                    if get_matrix(tp, glyph, matrix):
                        ma, mb = matrix.a, matrix.b
                        scale = math.sqrt(abs(ma * matrix.d - mb * matrix.c))
                        if scale > 0:
                            size *= scale
                            if mb or ma < 0 or upright:  # else the angle is 0: upright text
                                angle = math.degrees(math.atan2(mb, ma)) % 360
                                if min(abs(angle - upright), 360 - abs(angle - upright)) > 12:
                                    continue  # rotated text: a watermark, a note up the margin, a stamp
                    bold = _is_bold(font_info(tp, glyph, name_buf, 128, flags), name_buf, flags, bold_names)
                    if bold and last != first:
                        bold = _is_bold(font_info(tp, last, name_buf, 128, flags), name_buf, flags, bold_names)
                    cells_from = None if mismatch else first
                    if turned or (k > 1 and text_mode(text_object(tp, glyph)) == INVISIBLE):
                        # A page turned by /Rotate (a landscape table, a scan) or an OCR text
                        # layer (every word a box of its own): PDFium's rectangles are in the
                        # page's own coordinates, or one per word, and say nothing of rows or
                        # cells; cutting them as cells lost letters ("éplacée"). PDFium's line,
                        # placed where it is seen, is the line as printed: one rectangle.
                        if turned:
                            rects = [_turn(r, turned, info.width, info.height) for r in rects]
                        xs0, tops, xs1, bottoms = zip(*rects)
                        rects, cells_from = [(min(xs0), min(tops), max(xs1), max(bottoms))], None
                    info.lines.extend(_make_lines(
                        textpage, stripped, rects, size, bold, index + 1, left, top, cells_from
                    ))
                if not mismatch:
                    pairs = geometric_pairs(textpage, text)
                    if pairs:
                        for ln in info.lines:
                            _rewrite(ln, lambda t: rejoin_pairs(t, pairs))
                out.append(info)
            finally:
                textpage.close()
        finally:
            page.close()
    return out


def _drawn_unturned(tp, n_chars: int, get_matrix, matrix) -> bool:
    """Most of a turned page's characters (nine sampled) are drawn at angle 0."""
    flat = turned = 0
    for i in range(9):
        if get_matrix(tp, n_chars * i // 9, matrix) and (matrix.a or matrix.b):
            angle = math.degrees(math.atan2(matrix.b, matrix.a)) % 360
            if min(angle, 360 - angle) <= 12:
                flat += 1
            else:
                turned += 1
    return flat > turned


def _turn(r: tuple[float, float, float, float], turned: int, width: float, height: float) -> tuple[float, float, float, float]:
    """A rectangle of the page's own (top-down) coordinates where it is seen once the page is
    turned clockwise by ``turned`` degrees; ``width`` and ``height`` are the page as seen."""
    x0, y0, x1, y1 = r
    if turned == 90:  # seen width is the box's height: x' = H - y, y' = x
        return (width - y1, x0, width - y0, x1)
    if turned == 180:
        return (width - x1, height - y1, width - x0, height - y0)
    return (y0, height - x1, y1, height - x0)  # 270: x' = y, y' = W - x


def _is_bold(n: int, name_buf, flags, cache: dict[bytes, bool]) -> bool:
    """A bold font name ("Arial-BoldMT") or the font's force-bold flag; names are looked up once."""
    if flags.value & (1 << 18):
        return True
    if not n:
        return False
    name = name_buf.value
    bold = cache.get(name)
    if bold is None:
        bold = cache[name] = bool(_BOLD_NAME.search(name.decode("latin-1", "replace")))
    return bold


def _rewrite(ln: _Line, fix) -> None:
    """Apply a text fix to a line, its runs and its cells alike."""
    ln.text = fix(ln.text)
    if ln.runs:
        ln.runs = [(a, b, fix(t)) for a, b, t in ln.runs]
    if ln.cells:
        ln.cells = [(a, b, fix(t)) for a, b, t in ln.cells]
    if ln.rows:
        ln.rows = [[fix(c) for c in row] for row in ln.rows]


def _language(pages: list[_Page]) -> str:
    """The document's language, from its lines (the builder would detect it from the same text)."""
    parts: list[str] = []
    size = 0
    for p in pages:
        for ln in p.lines:
            parts.append(ln.text)
            size += len(ln.text) + 1
        if size > SAMPLE_CHARS:
            break
    return detect_language("\n".join(parts)[:SAMPLE_CHARS])


def _rejoin_ligatures(pages: list[_Page], lang: str) -> None:
    """Rejoin split ligatures ("eff orts") with the word list of the document's language."""
    if lang == "und":
        return
    todo = [ln for p in pages for ln in p.lines if ln.rows or ligature_candidates(ln.text, lang)]
    if not todo or not ligature_words(lang):
        return
    for ln in todo:
        _rewrite(ln, lambda t: rejoin_by_words(t, lang))


def _rows_of(rects: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """Group rectangles into visual rows (a rectangle whose middle lies in the previous one's band)."""
    rows: list[list[tuple[float, float, float, float]]] = [[rects[0]]]
    for r in rects[1:]:
        prev = rows[-1][-1]
        mid = (r[1] + r[3]) / 2
        if prev[1] - 1 <= mid <= prev[3] + 1:
            rows[-1].append(r)
        else:
            rows.append([r])
    return rows


def _make_lines(
    textpage, text: str, rects, size: float, bold: bool, page: int, left: float, top: float, first: int | None
) -> list[_Line]:
    """Lines from one PDFium line and its rectangles.

    PDFium joins the halves of a word hyphenated at a line break into one "line" (kept as
    one, with the geometry of both rows), and also runs at different heights that follow
    each other in drawing order, like a table's wrapped first cell and its vertically
    centred neighbours: those are split into one line per row and re-paired by position.
    """
    size = round(size * 2) / 2
    if len(rects) == 1:  # most lines of prose: one rectangle, no cells to look for
        r = rects[0]
        text = _fix_pdfium_hyphens(text)
        line = _Line(text, r[0], r[2], r[1], r[3], r[2], size, bold, page)
        if first is not None and 0 < text.count(" ") <= 4 and _too_wide(line):
            _wide_spaces(textpage, line, first, left)
        return [line]
    rows = _rows_of(rects)
    hyphen_joined = "\ufffe" in text or "\x02" in text
    text = _fix_pdfium_hyphens(text)
    if len(rows) == 1 or hyphen_joined:
        xs0, tops, xs1, bottoms = zip(*rects)
        if len(rows) == 1:
            bottom, last_x1 = max(bottoms), max(xs1)
        else:
            bottom, last_x1 = max(r[3] for r in rows[-1]), max(r[2] for r in rows[-1])
        line = _Line(text, min(xs0), max(xs1), min(tops), bottom, last_x1, size, bold, page)
        if len(rows) == 1 and len(rects) > 1 and _has_wide_gap(rects, _run_gap(size)):
            runs = _char_cells(textpage, text, first, _run_gap(size), left) if first is not None else None
            if runs is None:
                runs = _pdfium_cells(textpage, rects, _run_gap(size), left, top)
            _set_runs(line, runs)
        elif len(rows) == 1 and first is not None and 0 < text.count(" ") <= 4 and _too_wide(line):
            _wide_spaces(textpage, line, first, left)
        return [line]
    out = []
    for row in rows:
        runs = _pdfium_cells(textpage, row, _run_gap(size), left, top, always=True) or []
        if not runs:
            continue
        x0, x1 = min(r[0] for r in row), max(r[2] for r in row)
        line = _Line(" ".join(c[2] for c in runs), x0, x1, min(r[1] for r in row), max(r[3] for r in row), x1, size, bold, page)
        _set_runs(line, runs)
        out.append(line)
    return out


def _wide_spaces(textpage, line: _Line, first: int, left: float) -> None:
    """One rectangle, yet far wider than its characters: cells drawn as one text object
    with wide spaces ("Cheté        548"): a label and its figure."""
    size = line.size
    runs = _char_cells(textpage, line.text, first, _run_gap(size), left)
    if runs and any(c.isdigit() for c in runs[-1][2]) and max(b[0] - a[1] for a, b in zip(runs, runs[1:])) > 3 * _cell_gap(size):
        _set_runs(line, runs)


_MARKER_ONLY = re.compile(r"^(?:[•●▪■◦‣∙·○□➢►▶➤✓✔❖◆\ue000-\uf8ff\-–—*]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,6})[.)]|[IVX]{1,6})$")


def _too_wide(line: _Line) -> bool:
    """Far wider than its characters would print."""
    size = max(line.size, 6.0)
    return line.x1 - line.x0 > 1.6 * len(line.text) * 0.55 * size + 2 * size


def _set_runs(line: _Line, runs: list[tuple[float, float, str]] | None) -> None:
    """Keep the fine pieces as ``runs`` and those far apart (merged at the cell gap) as ``cells``.

    A bullet or item number set apart by a tab ("(3)     No act", "IV    El Director") is
    the start of the item's text, not a table cell."""
    if runs and len(runs) >= 2 and _MARKER_ONLY.match(runs[0][2]) and not _MARKER_ONLY.match(runs[1][2]):
        runs = [(runs[0][0], runs[1][1], runs[0][2] + " " + runs[1][2])] + runs[2:]
    if runs and len(runs) > 2:
        runs = _unjustify(runs, line.size)
    if not runs or len(runs) < 2:
        return
    line.runs = runs
    cells = _merge_pieces(runs, _cell_gap(line.size))
    if len(cells) > 1:
        line.cells = cells


def _unjustify(runs: list[tuple[float, float, str]], size: float) -> list[tuple[float, float, str]]:
    """Rejoin the words of justified text that its widened spaces split into runs.

    Justification widens every space of a line alike: three or more single words with
    equal gaps (give or take the glyphs' side bearings) are one run. Cells on one line are
    set apart by unequal gaps or hold several words; equal gaps between single-word cells
    (header "Hombres Mujeres Total") are wider than a space is ever stretched.
    """
    size = size or 10.0
    tol = max(1.0, 0.15 * size)
    single = [" " not in t for _x0, _x1, t in runs]
    gaps = [b[0] - a[1] for a, b in zip(runs, runs[1:])]
    whole = all(single) and max(gaps) - min(gaps) <= tol
    out: list[tuple[float, float, str]] = []
    k = 0
    while k < len(runs):
        j = k
        lo = hi = None
        while j + 1 < len(runs) and single[j] and single[j + 1]:
            g = gaps[j]
            if not whole and g > 2.5 * size:
                break
            nlo, nhi = min(g, lo if lo is not None else g), max(g, hi if hi is not None else g)
            if nhi - nlo > tol:
                break
            lo, hi = nlo, nhi
            j += 1
        stretch = runs[k:j + 1]
        if len(stretch) >= 3 and sum(1 for _a, _b, t in stretch if any(c.isalpha() for c in t)) * 3 >= 2 * len(stretch):
            out.append((stretch[0][0], stretch[-1][1], " ".join(t for _a, _b, t in stretch)))
            k = j + 1
        else:
            out.append(runs[k])
            k += 1
    return out


def _merge_pieces(pieces: list[tuple[float, float, str]], gap: float) -> list[tuple[float, float, str]]:
    """Join left-to-right pieces that stand no more than ``gap`` apart."""
    out = [pieces[0]]
    for x0, x1, t in pieces[1:]:
        if x0 - out[-1][1] <= gap:
            out[-1] = (out[-1][0], max(x1, out[-1][1]), out[-1][2] + " " + t)
        else:
            out.append((x0, x1, t))
    return out


def _has_wide_gap(rects, gap: float) -> bool:
    ordered = sorted(rects)
    right = ordered[0][2]
    for r in ordered[1:]:
        if r[0] - right > gap:
            return True
        right = r[2]
    return False


_SPACE_RUN = re.compile(r" +")


def _char_cells(textpage, text: str, first: int, gap: float, left: float) -> list[tuple[float, float, str]] | None:
    """Split a line at its wide gaps using the boxes of the characters around each space.

    Two character-box calls per space of the line: cheaper than asking PDFium for the
    text inside each rectangle, which scans the whole page every time.
    """
    import pypdfium2.raw as raw

    tp = textpage.raw
    l_, r_, b_, t_ = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    box = raw.FPDFText_GetCharBox
    cells: list[tuple[float, float, str]] = []
    start = 0
    if not box(tp, first, l_, r_, b_, t_):
        return None
    x_start = l_.value - left
    for m in _SPACE_RUN.finditer(text):
        a, b = m.start(), m.end()
        if not box(tp, first + a - 1, l_, r_, b_, t_):
            return None
        right = r_.value - left
        if not box(tp, first + b, l_, r_, b_, t_):
            return None
        nxt = l_.value - left
        if nxt - right > gap:
            cells.append((x_start, right, text[start:a]))
            start, x_start = b, nxt
    if not cells:
        return None
    if not box(tp, first + len(text) - 1, l_, r_, b_, t_):
        return None
    cells.append((x_start, r_.value - left, text[start:]))
    return cells


def _cell_gap(size: float) -> float:
    """A gap this wide inside a line suggests table cells (justified prose rarely reaches it)."""
    return max(1.2 * (size or 10.0), 7.0)


def _run_gap(size: float) -> float:
    """Wider than a stretched space in table text (0.2-0.5 em) but narrower than two cell paddings."""
    return max(0.65 * (size or 10.0), 4.0)


def _pdfium_cells(textpage, rects, gap: float, left: float, top: float, always: bool = False) -> list[tuple[float, float, str]] | None:
    """Text of each group of rectangles separated by more than ``gap`` (None: a single group)."""
    groups: list[list[float]] = []
    for r in sorted(rects):
        if groups and r[0] - groups[-1][2] <= gap:
            g = groups[-1]
            g[2] = max(g[2], r[2])
            g[1] = min(g[1], r[1])
            g[3] = max(g[3], r[3])
        else:
            groups.append(list(r))
    if len(groups) < 2 and not always:
        return None
    cells: list[tuple[float, float, str]] = []
    for x0, t, x1, b in groups:
        h = b - t  # keep the lower part (commas, full stops) and stay clear of the row above
        txt = textpage.get_text_bounded(left + x0 + 0.3, top - (b - 0.1 * h), left + x1 - 0.3, top - (t + 0.25 * h))
        txt = " ".join(_fix_pdfium_hyphens(txt).split())
        if txt:
            cells.append((x0, x1, txt))
    return cells or None


def _fix_pdfium_hyphens(text: str) -> str:
    """PDFium marks a hyphen that ends a line with U+FFFE and joins the halves: drop it inside a word."""
    if "\ufffe" not in text and "\x02" not in text:
        return text
    return re.sub(r"[\ufffe\x02](\s*)(?=(.)?)", lambda m: "" if (m.group(2) or "").islower() else "-", text)


# --------------------------------------------------------------------------------------
# pdfplumber lines and tables
# --------------------------------------------------------------------------------------


def _plumber_tables(data: bytes, pages: list[_Page]) -> None:
    """Replace the lines inside ruled tables found by pdfplumber with those tables' rows.

    Text lines still come from PDFium (same geometry, same paragraphs for both engines);
    pdfplumber only adds what PDFium cannot see: cell borders, hence real cells.
    """
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for info, page in zip(pages, pdf.pages):
            if info.chars < MIN_PAGE_CHARS:
                continue
            try:
                tables = page.find_tables()
                found = []
                for t in tables:
                    rows = [[" ".join((c or "").split()) for c in row] for row in t.extract()]
                    rows = [r for r in rows if any(r)]
                    if rows:
                        found.append((t.bbox, rows))
            finally:
                page.close()
            if not found:
                continue
            keep = [ln for ln in info.lines if not any(_inside(ln, box) for box, _rows in found)]
            for (x0, top, x1, bottom), rows in found:
                keep.append(_Line(" ".join(rows[0]), x0, x1, top, bottom, x1, 0.0, False, info.number, rows=rows))
            info.lines = keep


def _inside(ln: _Line, box: tuple[float, float, float, float]) -> bool:
    cx = (ln.x0 + ln.x1) / 2
    cy = (ln.top + ln.bottom) / 2
    return box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1


# --------------------------------------------------------------------------------------
# Layout: page furniture, columns, blocks
# --------------------------------------------------------------------------------------


def _layout(pages: list[_Page], builder: DocumentBuilder) -> str:
    """Add the blocks of ``pages`` to ``builder``; returns the first heading (a fallback title)."""
    drop_furniture(pages)
    stream: list[_Line] = []
    for p in pages:
        stream.extend(_merge_rows(_reading_order(p)))
    if not stream:
        return ""
    return _emit(stream, builder)


def _reading_order(p: _Page) -> list[_Line]:
    """Lines top to bottom; where two columns run side by side, the left one first.

    The page is cut into bands at lines that span the middle (titles, wide tables,
    full-width paragraphs); a band is read as two columns when both halves hold several
    column-wide lines, so a table's narrow cells never count as columns.
    """
    lines = sorted(p.lines, key=lambda ln: ln.top)
    if len(lines) < 6:
        return lines
    w = p.width or 595.0
    mid = w / 2
    tol = 0.02 * w
    out: list[_Line] = []
    band: list[_Line] = []

    def columns(part: list[_Line]) -> None:
        left = [ln for ln in part if ln.x1 <= mid + tol]
        right = [ln for ln in part if ln.x0 >= mid - tol]
        if (
            len(left) >= 3
            and len(right) >= 3
            and len(left) + len(right) == len(part)
            and statistics.median(ln.x1 - ln.x0 for ln in left) >= 0.28 * w
            and statistics.median(ln.x1 - ln.x0 for ln in right) >= 0.28 * w
            and _is_column_block(right)
        ):
            for ln in right:
                ln.column = 1
            for ln in part:
                ln.in_columns = True
            out.extend(left)
            out.extend(right)
        else:
            out.extend(part)

    def flush() -> None:
        # Read apart the stretches of the band that a wide empty gap separates (a figure's
        # labels above two columns of text must not decide whether the text has columns).
        start = 0
        bottom = band[0].bottom if band else 0.0
        for k in range(1, len(band)):
            ln = band[k]
            if ln.top - bottom > 2.5 * max(ln.size, 6.0):
                columns(band[start:k])
                start = k
            bottom = max(bottom, ln.bottom)
        columns(band[start:])
        band.clear()

    for ln in lines:
        if ln.rows is None and (ln.x1 <= mid + tol or ln.x0 >= mid - tol):
            band.append(ln)
        else:  # spans both halves
            flush()
            out.append(ln)
    flush()
    return out


def _merge_rows(lines: list[_Line]) -> list[_Line]:
    """Join lines that sit side by side on one row (table cells drawn one after another).

    PDFium starts a new line whenever the drawing order jumps, e.g. from the second line of
    a wrapped cell back up to the next cell; sorted by position, such pieces are neighbours.
    """
    out: list[_Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.rows is None
            and ln.rows is None
            and prev.column == ln.column
            and prev.last_x1 == prev.x1  # not a hyphen-joined two-row line
            and ln.last_x1 == ln.x1
            and (prev.top - 1 <= (ln.top + ln.bottom) / 2 <= prev.bottom + 1
                 or ln.top - 1 <= (prev.top + prev.bottom) / 2 <= ln.bottom + 1)  # a raised footnote number
            and (ln.x0 >= prev.x1 or ln.x1 <= prev.x0)
        ):
            pieces = sorted((prev.runs or [(prev.x0, prev.x1, prev.text)]) + (ln.runs or [(ln.x0, ln.x1, ln.text)]))
            size = max(prev.size, ln.size)
            runs = _merge_pieces(pieces, _run_gap(size))
            merged = _Line(
                " ".join(c[2] for c in runs), min(prev.x0, ln.x0), max(prev.x1, ln.x1), min(prev.top, ln.top),
                max(prev.bottom, ln.bottom), max(prev.x1, ln.x1), size, prev.bold and ln.bold,
                prev.page, None, None, prev.column,
            )
            merged.in_columns = prev.in_columns
            _set_runs(merged, runs)
            out[-1] = merged
        else:
            out.append(ln)
    return out


def _is_column_block(right: list[_Line]) -> bool:
    """Right-half lines form a column when most of them start at one x position (not scattered cells)."""
    starts = Counter(round(ln.x0 / 4) for ln in right)
    common = starts.most_common(1)[0][1]
    return common >= 0.5 * len(right)


@dataclass(slots=True)
class _Unit:
    kind: str  # heading | paragraph | list_item | table
    text: str
    page: int
    size: float = 0.0
    bold: bool = False
    depth: int | None = None  # numbering depth of a heading
    keyword: bool = False
    rows: list[list[str]] | None = None
    row_pages: list[int] | None = None
    last: _Line | None = None


def _emit(stream: list[_Line], builder: DocumentBuilder) -> str:
    tables = _table_regions(stream)
    # Body text size from the lines outside tables: a page of figures is set smaller.
    in_table = set()
    for lo, (_rows, _pages, hi) in tables.items():
        in_table.update(range(lo, hi))
    body = _body_size([ln for k, ln in enumerate(stream) if k not in in_table] or stream)
    gap_ref = _typical_gap(stream, body)
    right_edge = _right_edges(stream)
    units: list[_Unit] = []
    cur: _Unit | None = None  # a paragraph carried over a page or column break, still open
    i = 0
    n = len(stream)
    while i < n:
        ln = stream[i]
        if ln.rows is not None or i in tables or cur is not None and cur.last is not stream[i - 1]:
            cur = None
        if ln.rows is not None:
            units.append(_Unit("table", "", ln.page, rows=ln.rows, last=ln))
            i += 1
            continue
        if i in tables:
            rows, row_pages, j = tables[i]
            units.append(_Unit("table", "", ln.page, rows=rows, row_pages=row_pages, last=stream[j - 1]))
            i = j
            continue
        head = _heading_info(ln, body, right_edge, stream[i + 1] if i + 1 < n else None)
        if head is not None:
            depth, keyword = head
            text = ln.text
            # A heading wrapped over two lines in the same style.
            while (
                i + 1 < n
                and i + 1 not in tables
                and stream[i + 1].cells is None
                and stream[i + 1].rows is None
                and stream[i + 1].page == ln.page
                and stream[i + 1].size == ln.size
                and stream[i + 1].bold == ln.bold
                and 0 <= stream[i + 1].top - stream[i].bottom < 0.7 * max(ln.size, 1)
                and not _NUMBERED.match(stream[i + 1].text)
                and not _KEYWORD.match(stream[i + 1].text)
                and (ln.size > body + 0.5 or stream[i + 1].text.isupper() == ln.text.isupper())
                and len(text) < 150
            ) or (i + 1 < n and (_titled_keyword(text, ln, stream[i + 1], right_edge)
                                 or _runs_on_lower(text, stream[i], stream[i + 1], body) and i + 1 not in tables)):
                i += 1
                text = text + " " + stream[i].text
            units.append(_Unit("heading", text, ln.page, ln.size, ln.bold, depth, keyword, last=stream[i]))
            i += 1
            continue
        prev = cur if cur is not None else units[-1] if units else None
        item = _is_item_start(prev.last if prev is not None else None, ln, right_edge)
        if (
            prev is not None
            and prev.kind in ("paragraph", "list_item")
            and prev.last is not None
            and not item
            and _continues(prev.last, ln, gap_ref, right_edge)
        ):
            prev.text = _join_lines(prev.text, prev.last, ln)
            prev.last = ln
        else:
            carried = None if item or prev is None or prev.last is None else _carried_over(units, prev.last, ln)
            if carried is not None:
                carried.text = _join_lines(carried.text, carried.last, ln)
                carried.last = ln
                cur = carried
            else:
                units.append(_Unit("list_item" if item else "paragraph", ln.text, ln.page, ln.size, ln.bold, last=ln))
                cur = None
        i += 1
    units = _join_split_tables(units)
    levels = _heading_levels(units, body)
    for u in units:
        if u.kind == "heading":
            builder.heading(u.text, levels[id(u)], u.page)
        elif u.kind == "paragraph":
            builder.paragraph(u.text, u.page)
        elif u.kind == "list_item":
            builder.list_item(u.text, u.page)
        else:
            table = builder.new_table()
            rows = u.rows or []
            for row, page in zip(rows, u.row_pages or [u.page] * len(rows)):
                builder.table_row(row, table, page)
    return next((u.text for u in units if u.kind == "heading"), "")


def _join_lines(text: str, last: _Line | None, ln: _Line) -> str:
    """``text`` with the line ``ln`` joined on; a page mark where it starts a new page."""
    joined = _join(text, ln.text)
    if last is None or ln.page == last.page:
        return joined
    at = len(joined) - len(ln.text)
    return joined[:at] + page_mark(ln.page) + joined[at:]


def _carried_over(units: list[_Unit], prev: _Line, ln: _Line) -> _Unit | None:
    """The paragraph that ``ln``, the first line of a page or column, carries on.

    The last body paragraph before the break, when it ends without a full stop and ``ln``
    starts in lower case (or the paragraph ends on a hyphen); footnotes (smaller type),
    tables and figure labels printed after it are stepped over, a heading is not.
    """
    if ln.page == prev.page and ln.column == prev.column and ln.top >= prev.top - 2:
        return None
    if not _starts_lower(ln.text):
        return None
    for u in reversed(units[-8:]):
        if u.kind == "table" or u.size < ln.size - 1.0 or (u.kind == "paragraph" and len(u.text) < 25 and u.last is not None and u.last.page == prev.page and u.size != ln.size):
            continue
        if u.kind == "heading":
            return None
        last = u.last
        if last is None or abs(last.size - ln.size) > 1.0 or last.page < ln.page - 1 or _SENTENCE_END.search(u.text):
            return None
        return u
    return None


def _join_split_tables(units: list[_Unit]) -> list[_Unit]:
    """One table for a table that runs over a page break: the part on the next page follows
    the previous part directly and repeats its header row (dropped) or has as many columns."""
    out: list[_Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            u.kind == "table"
            and prev is not None
            and prev.kind == "table"
            and u.rows
            and prev.rows
            and u.page == (prev.row_pages or [prev.page])[-1] + 1
            and len(u.rows[0]) == len(prev.rows[0])
        ):
            rows, pages = u.rows, u.row_pages or [u.page] * len(u.rows)
            if rows[0] == prev.rows[0]:
                rows, pages = rows[1:], pages[1:]
            prev.row_pages = (prev.row_pages or [prev.page] * len(prev.rows)) + pages
            prev.rows = prev.rows + rows
            prev.last = u.last
            continue
        out.append(u)
    return out


_NOT_PROSE = re.compile(r"[\d_]|[^\w ]")  # neither a letter nor a space


def _body_size(stream: list[_Line]) -> float:
    """The size of the running text: counted over prose-like lines (long, no cells, mostly
    letters) where there are enough, so the narrow cells of many tables do not outvote it."""
    sizes: Counter[float] = Counter()
    prose: Counter[float] = Counter()
    for ln in stream:
        if ln.size:
            n = len(ln.text)
            sizes[ln.size] += n
            if n >= 50 and ln.cells is None and ln.rows is None and len(_NOT_PROSE.findall(ln.text)) <= 0.2 * n:
                prose[ln.size] += n
    if sum(prose.values()) >= 2000:
        return prose.most_common(1)[0][0]
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _typical_gap(stream: list[_Line], body: float) -> float:
    gaps = [
        b.top - a.bottom
        for a, b in zip(stream, stream[1:])
        if a.page == b.page and a.column == b.column and a.size == body == b.size and 0 <= b.top - a.bottom < 2 * body
        and a.cells is None and b.cells is None
    ]
    return statistics.median(gaps) if gaps else 0.3 * body


def _right_edges(stream: list[_Line]) -> dict[tuple[int, int], tuple[float, float]]:
    """(page, column) -> (left, right) text edges, from the body lines."""
    edges: dict[tuple[int, int], tuple[float, float]] = {}
    two = {(ln.page, ln.column) for ln in stream if ln.in_columns}
    for ln in stream:
        if ln.rows is not None:
            continue
        key = (ln.page, ln.column)
        if key in two and not ln.in_columns:
            continue  # a title or footnote across the page is no measure of a column's width
        lo, hi = edges.get(key, (ln.x0, ln.last_x1))
        edges[key] = (min(lo, ln.x0), max(hi, ln.x1))
    return edges


def _heading_info(ln: _Line, body: float, edges, nxt: _Line | None) -> tuple[int | None, bool] | None:
    """(numbering depth, keyword) when the line is a heading, else None (the rules: ``headings``)."""
    text = ln.text
    if len(text) > 160 or text.endswith((",", ";")):
        return None
    bigger = ln.size >= body + 1.0 and len(text) <= 150
    first = text[:1]
    # Cheap exit for ordinary body lines (most lines): no size, weight, numbering or capitals.
    if not (bigger or ln.bold or first.isdigit() or first in _FIRST_LETTERS or text.isupper()):
        return None
    if (
        nxt is not None
        and nxt.page == ln.page
        and nxt.column == ln.column
        and nxt.size < ln.size - 0.5
        and 0 <= nxt.top - ln.bottom < 0.8 * max(ln.size, 1.0)
        and not _is_short(ln, edges)
        and not _SENTENCE_END.search(text)
        and not _KEYWORD.match(text)
    ):
        return None  # a run-in title ("2.4.1. Relevance... To encourage") opening a paragraph
    standalone = _is_short(ln, edges) or nxt is None or nxt.size != ln.size or nxt.bold != ln.bold or nxt.page != ln.page
    found = _classify_heading(text, _Cues(styled=True, bigger=bigger, bold=ln.bold, standalone=standalone))
    return None if found is None else (found.depth, found.keyword)


def _titled_keyword(text: str, ln: _Line, nxt: _Line, edges) -> bool:
    """"CAPÍTULO I" over its title "DISPOSICIONES GENERALES": one heading, whatever the weights."""
    return (
        bool(_KEYWORD_ONLY.match(text))
        and nxt.page == ln.page
        and nxt.cells is None
        and nxt.rows is None
        and 0 <= nxt.top - ln.bottom < 1.0 * max(ln.size, 1)
        and len(nxt.text) <= 100
        and (nxt.text.isupper() or nxt.bold or nxt.size > ln.size)
        and not _NUMBERED.match(nxt.text)
        and not _KEYWORD.match(nxt.text)
        and not _SENTENCE_END.search(nxt.text.rstrip(":"))
    )


def _runs_on_lower(text: str, ln: _Line, nxt: _Line, body: float) -> bool:
    """A title whose second line starts in lower case ("Partie 2/L'état des lieux des
    changements" / "climatiques au Cameroun"), in the same weight, set as a title."""
    return (
        nxt.page == ln.page
        and nxt.column == ln.column
        and nxt.cells is None
        and nxt.rows is None
        and _starts_lower(nxt.text)
        and nxt.bold == ln.bold
        and (nxt.size > body + 0.5 or ln.bold and abs(nxt.size - ln.size) <= 1.0)
        and nxt.size <= ln.size + 0.5
        and 0 <= nxt.top - ln.bottom < 0.9 * max(nxt.size, 1.0)
        and not _SENTENCE_END.search(text)
        and len(text) + len(nxt.text) < 200
    )


def _heading_levels(units: list[_Unit], body: float) -> dict[int, int]:
    """Levels from numbering depth where there is one, else from the font-size rank."""
    heads = [u for u in units if u.kind == "heading"]
    big_sizes = sorted({u.size for u in heads if u.size > body + 0.5}, reverse=True)
    rank = {s: i + 1 for i, s in enumerate(big_sizes)}
    numbered_by_size: dict[float, Counter[int]] = {}
    for u in heads:
        if u.depth is not None:
            numbered_by_size.setdefault(u.size, Counter())[u.depth] += 1
    top_numbered = min((s for s in rank if s in numbered_by_size and 1 in numbered_by_size[s]), default=None)
    levels: dict[int, int] = {}
    for u in heads:
        if u.keyword:
            level = 1
        elif u.depth is not None:
            level = u.depth
        elif u.size in numbered_by_size:
            level = numbered_by_size[u.size].most_common(1)[0][0]
        elif u.size in rank:
            level = rank[u.size]
            if top_numbered is not None and u.size >= top_numbered:
                level = 1
        else:
            level = len(big_sizes) + 1
        levels[id(u)] = max(1, min(level, 9))
    return levels


# A caption or note line ends a table region (it belongs to the text around the table).
_TABLE_STOP = re.compile(
    r"^(?:(?:table|tabla|tableau|cuadro|figure|figura|fig\.|gr[aá]fico|graphique|chart|box|encadr[eé]|recuadro)\s+"
    r"[\dIVXLC]+\b|(?:source|sources|fuente|fuentes|note|notes|nota|notas)\s*:)",
    re.IGNORECASE,
)


def _table_regions(stream: list[_Line]) -> dict[int, tuple[list[list[str]], list[int], int]]:
    """Tables found in ``stream``: start index -> (rows, page of each row, index after the table).

    A table is seeded by a line with cells (runs far apart) and grown up and down over the
    lines that sit close by in the same type size without crossing a column gap: wrapped
    header cells above the seed, wrapped and vertically centred cells below it.
    """
    out: dict[int, tuple[list[list[str]], list[int], int]] = {}
    floor = 0
    i = 0
    n = len(stream)
    while i < n:
        ln = stream[i]
        if ln.cells is None or ln.rows is not None:
            i += 1
            continue
        lo, hi = _grow_region(stream, i, floor)
        rows = _build_table(stream[lo:hi])
        if rows is None:
            ln.cells = None  # a lone line with a wide gap: plain text
            i += 1
            continue
        out[lo] = (rows[0], rows[1], hi)
        floor = i = hi
    return out


def _gutters(ln: _Line) -> list[tuple[float, float]]:
    cells = ln.cells or ()
    return [(a[1], b[0]) for a, b in zip(cells, cells[1:])]


def _grow_region(stream: list[_Line], i: int, floor: int) -> tuple[int, int]:
    """Index range [lo, hi) of the table region around the cells line ``stream[i]``."""
    seed = stream[i]
    size = max(seed.size, 6.0)
    max_gap = 1.8 * size
    gutters = _gutters(seed)

    def fits(ln: _Line) -> bool:
        if ln.rows is not None or ln.page != seed.page or ln.column != seed.column:
            return False
        if abs(ln.size - seed.size) > 1.0:
            return False
        if ln.cells is None:
            if _TABLE_STOP.match(ln.text):
                return False
            # A plain line lies within one column: it never covers a gap between cells.
            if any(ln.x0 < a - 1.0 and ln.x1 > b + 1.0 for a, b in gutters):
                return False
        return True

    def aligned(ln: _Line) -> bool:
        """Cells under the seed's cells (a ruled table's tall rows stand further apart)."""
        own = _gutters(ln)
        return bool(own) and all(any(a < d and c < b for a, b in _gutters(seed)) for c, d in own)

    top, bottom = seed.top, seed.bottom
    j = i + 1
    while j < len(stream):
        ln = stream[j]
        if not fits(ln) or ln.top - bottom > (3.5 * size if aligned(ln) else max_gap):
            break
        gutters.extend(_gutters(ln))
        bottom = max(bottom, ln.bottom)
        j += 1
    k = i - 1
    while k >= floor:
        ln = stream[k]
        if not fits(ln) or top - ln.bottom > max_gap or (ln.cells is None and ln.text.endswith(":")):
            break
        top = min(top, ln.top)
        k -= 1
    return k + 1, j


def _columns(lines: list[_Line], pieces: list[list[tuple[float, float, str]]]) -> list[tuple[float, float]]:
    """Column spans: x ranges covered by text, split at vertical gaps that (almost) no line crosses."""
    x_lo = min(ln.x0 for ln in lines)
    width = int(max(ln.x1 for ln in lines) - x_lo) + 2
    delta = [0] * (width + 1)
    for runs in pieces:  # the runs of one line never overlap: count lines per 1-pt bin
        for x0, x1, _t in runs:
            delta[max(int(x0 - x_lo), 0)] += 1
            delta[min(int(x1 - x_lo) + 1, width)] -= 1
    cover = list(itertools.accumulate(delta[:width]))
    allow = len(lines) // 10  # a title or a merged cell may cross a column gap
    min_gap = max(3.0, 0.35 * max(lines[0].size, 6.0))
    spans: list[list[float]] = []
    covered = bytes(map(allow.__lt__, cover))  # 1 where more than ``allow`` lines cover the bin
    for m in _COVERED.finditer(covered):
        b, e = m.start(), m.end()
        if spans and b - spans[-1][1] < min_gap:
            spans[-1][1] = e
        else:
            spans.append([b, e])
    return [(x_lo + a, x_lo + e) for a, e in spans]


_COVERED = re.compile(rb"\x01+")


def _build_table(lines: list[_Line]) -> tuple[list[list[str]], list[int]] | None:
    """Rows (one text per column) and their pages, or None when the lines do not make a table.

    Columns come from the gaps that no line crosses. Rows from vertical position: lines
    that overlap (a cell centred beside a wrapped one) make one band; bands are split into
    rows at the larger gaps where the table has them (cell padding), otherwise, and for a
    band that starts in (almost) every column, where the first column starts a new value.
    """
    if len(lines) < 2:
        return None
    size = max(statistics.median(ln.size for ln in lines), 6.0)
    pieces = [ln.runs or ln.cells or [(ln.x0, ln.x1, ln.text)] for ln in lines]
    cols = _columns(lines, pieces)
    if len(cols) < 2:
        return None

    def col_of(x0: float, x1: float) -> int:
        best, best_k = -1.0, 0
        for k, (a, b) in enumerate(cols):
            if a - 1.0 <= x0 <= b:
                return k
            ov = min(b, x1) - max(a, x0)
            if ov > best:
                best, best_k = ov, k
        return best_k

    # Bands of vertically overlapping lines, each line's pieces placed in columns.
    order = sorted(range(len(lines)), key=lambda k: (lines[k].top, lines[k].x0))
    bands: list[dict] = []
    for k in order:
        ln = lines[k]
        placed = [(col_of(x0, x1), ln.top, x0, t) for x0, x1, t in pieces[k]]
        if bands and ln.top <= bands[-1]["bottom"] + 0.5:
            band = bands[-1]
            band["bottom"] = max(band["bottom"], ln.bottom)
        else:
            band = {"top": ln.top, "bottom": ln.bottom, "items": [], "page": ln.page}
            bands.append(band)
        band["items"].extend(placed)
    for band in bands:
        band["items"].sort(key=lambda it: (it[0], it[1], it[2]))
        band["cols"] = {it[0] for it in band["items"]}
        first = [it[3] for it in band["items"] if it[0] == 0]
        band["first"] = first[0] if first else ""

    # Line spacing inside a cell: the smallest gap between successive lines of one column.
    gaps = [b["top"] - a["bottom"] for a, b in zip(bands, bands[1:])]
    big = None
    if gaps:
        thr = min(gaps) + max(2.0, 0.25 * size)
        if any(g > thr for g in gaps):
            big = thr
    n_cols = len(cols)

    def starts_row(band: dict, gap: float) -> bool:
        first = band["first"]
        new_value = bool(first) and not first[:1].islower()
        if big is None:
            return new_value
        if gap > big:
            return True
        return new_value and len(band["cols"]) >= max(2, n_cols - 1)

    rows: list[list[list[str]]] = []
    pages: list[int] = []
    for k, band in enumerate(bands):
        if k == 0 or starts_row(band, gaps[k - 1]):
            rows.append([[] for _ in cols])
            pages.append(band["page"])
        for c, _top, _x, t in band["items"]:
            rows[-1][c].append(t)
    table = [[_cell_text(parts) for parts in row] for row in rows]
    keep = [c for c in range(n_cols) if any(r[c] for r in table)]
    table = [[r[c] for c in keep] for r in table]
    if len(keep) < 2:
        return None
    if sum(1 for r in table if sum(1 for c in r if c) >= 2) < 2 and not _header_band(lines, bands, table, size):
        return None
    return table, pages


def _header_band(lines: list[_Line], bands: list[dict], table: list[list[str]], size: float) -> bool:
    """One band of staggered, vertically overlapping lines in three or more filled columns:
    a header row whose cells wrap over different numbers of lines ("Unidad de / medida"
    beside "Indicador / Producto / PDM"). Prose lines never overlap one another."""
    return (
        len(bands) == 1
        and len(lines) >= 3
        and sum(1 for c in table[0] if c) >= 3
        and bands[0]["bottom"] - bands[0]["top"] >= 2 * size
    )


def _cell_text(parts: list[str]) -> str:
    """A cell's lines joined as a paragraph; leader dots (tables of contents) dropped."""
    text = ""
    for part in parts:
        text = _join(text, part) if text else part
    if _LEADERS.search(text):
        text = _LEADERS.sub(" ", text)
    return " ".join(text.split())


__all__ = ["load_pdf", "ENGINES"]
