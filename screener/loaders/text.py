"""Plain-text and Markdown loader.

Plans reach us as TXT mostly through other tools (pdftotext, R's pdftools, copy-paste,
OCR, PDF-to-Markdown converters), so the plain-text reader recovers what structure it
can: paragraphs from blank lines, and inside a hard-wrapped block from a line that ends a
sentence short of the right margin; headings from numbered or capitalised title lines;
pages from form feeds (pdftotext writes one per page) or, without them, from the lone
page-number lines between pages (pdftools). Such conversions also leave furniture
(page numbers, running titles repeated on every page) and paragraphs cut by a page break
or a stray blank line: in a ``.txt`` these are dropped and rejoined. A ``.txt`` that is
Markdown (headings, fences, emphasis) is read as Markdown. Markdown is read line by line
for the block constructs plans use: headings, lists, pipe tables, code, quotes.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import UnsupportedFormatError
from ..model import Document
from .base import DocumentBuilder, split_long
from .columns import split_columns
from .headings import KEYWORD, MAX_PLAIN_CHARS
from .headings import classify as classify_heading

MAX_JUNK_SHARE = 0.05  # share of control characters above which the "text" is binary
MAX_HEADING_CHARS = MAX_PLAIN_CHARS  # a title line, also over a setext rule or after "CHAPITRE II"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOM first, then UTF-8, cp1252 and latin-1, which never fails."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), enc
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def junk_share(text: str) -> float:
    """Share of characters that never occur in text: control codes, replacement and private-use characters."""
    sample = text[:200_000]
    if not sample:
        return 0.0
    bad = 0
    for ch in sample:
        if ch in "\t\n\r\f":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cs") or ch == "\ufffd":
            bad += 1
    return bad / len(sample)


def load_text(path: Path, data: bytes, *, fmt: str) -> Document:
    """Read a TXT (``fmt="txt"``) or Markdown (``fmt="md"``) file."""
    if fmt not in ("txt", "md"):
        raise ValueError(f"load_text reads txt or md, not {fmt!r}")
    text, encoding = decode_text(data)
    share = junk_share(text)
    if share > MAX_JUNK_SHARE:
        raise UnsupportedFormatError(
            path, f"this looks like a binary file, not text ({share:.0%} of its characters are control codes)"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = _split_pages(text)
    builder = DocumentBuilder()
    markdown = fmt == "md" or (fmt == "txt" and looks_like_markdown(text))
    if fmt == "txt" and len(pages) == 1:
        by_numbers = split_at_page_numbers(text)
        if by_numbers:
            pages = by_numbers
            builder.metadata["pages_from"] = "page-number lines"
    paged = len(pages) > 1
    reader = _Markdown(builder) if markdown else _Plain(builder)
    runs = 0
    for number, page_text in enumerate(pages, start=1):
        if not markdown:  # layout-preserving PDF exports print two columns side by side
            page_text, found = split_columns(page_text)
            runs += found
        reader.feed(page_text, number if paged else None)
    if runs:
        builder.metadata["two_column_runs"] = runs
    reader.finish()
    if fmt == "txt":
        if markdown:
            builder.metadata["markup"] = "markdown"
        tidy_converted(builder)
    if encoding not in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        builder.metadata["encoding"] = encoding
    if getattr(reader, "title", None):
        builder.metadata["title"] = reader.title
    return builder.build(path, data, fmt, len(pages) if paged else None)


def _split_pages(text: str) -> list[str]:
    """Split at form feeds; a trailing form feed (as pdftotext writes) opens no page."""
    pages = text.split("\f")
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


# A page number alone on a line: "12", "- 12 -", "iv", "Page 3", "Page 3 of 40", "3/40".
PAGE_NUMBER_LINE = re.compile(
    r"^[\W_]{0,3}(?:(?:page|p[aá]gina|p[aá]g|pag|p)\.?\s*)?"
    r"(?:\d{1,3}|(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
    r"(?:\s*(?:of|de|sur|/)\s*\d{1,4})?[\W_]{0,3}$", re.IGNORECASE)
MIN_PAGE_MARKS = 3  # fewer page-number lines than this are not a page structure
REPEATED_MIN = 5  # a short line seen this often (digits masked) is a running title
REPEATED_MAX_CHARS = 100
_TERMINAL = re.compile(r"[.!?:;…][\"'”’»)\]*]*$")
_MD_SIGNS = re.compile(r"^(?:#{1,6} \S|```|\*\*\S|\|.*\|\s*$|[-*] \S)", re.M)


def looks_like_markdown(text: str) -> bool:
    """A ``.txt`` written as Markdown (converters' output): ATX headings, fences or bold runs, often."""
    sample = text[:200_000]
    heads = len(re.findall(r"^#{1,6} \S", sample, re.M))
    fences = len(re.findall(r"^```", sample, re.M))
    bold = len(re.findall(r"\*\*\S[^*\n]{0,200}\*\*", sample))
    return heads >= 3 and heads + fences + bold >= 10


def split_at_page_numbers(text: str) -> list[str] | None:
    """Pages of a text without form feeds, cut at lone page-number lines (pdftools' output).

    A mark is a page-number line with a blank line (or the start/end) on both sides; the
    line itself is dropped. None unless there are at least ``MIN_PAGE_MARKS`` marks and
    the pages they make hold several lines each (a short numbered list is not pages).
    """
    lines = text.split("\n")
    marks = [i for i, ln in enumerate(lines) if ln.strip() and PAGE_NUMBER_LINE.match(ln.strip())
             and (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())]
    if len(marks) < MIN_PAGE_MARKS:
        return None
    content = sum(1 for ln in lines if ln.strip()) - len(marks)
    if content < 5 * len(marks):
        return None
    pages, start = [], 0
    for i in marks:
        pages.append("\n".join(lines[start:i]))
        start = i + 1
    tail = "\n".join(lines[start:])
    if tail.strip():
        pages.append(tail)
    return pages


_EDGE_NUMBERS = re.compile(r"^\d{1,3}\s+(?=\S.{19})|(?<=.{20})\s+\d{1,3}$")


def _mask(text: str, kind: str = "paragraph") -> str:
    """Digits masked in paragraphs ("Page 3 of 40" footers); in headings only a page number
    before or after a long title ("4 FIRST NATIONAL ADAPTATION PLAN OF CHAD"): "Section 1"
    ... "Section 5" are sections, not furniture."""
    text = " ".join(text.lower().split())
    return _EDGE_NUMBERS.sub("#", text) if kind == "heading" else re.sub(r"\d+", "#", text)


def tidy_converted(builder: DocumentBuilder) -> None:
    """Furniture out and cut paragraphs rejoined, in text that came out of another tool.

    Dropped: blocks that are only a page number, and short paragraphs or headings repeated
    ``REPEATED_MIN`` times or more once digits are masked, unless they end a sentence
    (running titles, template lines, photo credits; a repeated sentence is content). Joined: a paragraph that ends without terminal punctuation and the
    next paragraph when it starts in lower case (a page break or a stray blank line cut it);
    the joined block keeps the first one's page.
    """
    pending = builder._pending  # same package: the builder's blocks before offsets are set
    # The first and last block of a page are where running titles sit, with their page number.
    edge = {i for i, p in enumerate(pending) if p.page is not None and (
        i == 0 or pending[i - 1].page != p.page or i + 1 == len(pending) or pending[i + 1].page != p.page)}
    keys = [_mask(p.text, "paragraph" if i in edge else p.kind) for i, p in enumerate(pending)]
    counts: dict[str, int] = {}
    for p, key in zip(pending, keys):
        if p.kind in ("paragraph", "heading") and len(p.text) <= REPEATED_MAX_CHARS:
            counts[key] = counts.get(key, 0) + 1
    kept = []
    dropped = 0
    for p, key in zip(pending, keys):
        if p.kind in ("paragraph", "heading") and (
                PAGE_NUMBER_LINE.match(p.text) or (len(p.text) <= REPEATED_MAX_CHARS and counts[key] >= REPEATED_MIN
                                                   and len(p.text) >= 4 and not _TERMINAL.search(p.text))):
            dropped += 1
            continue
        if (kept and p.kind == "paragraph" and kept[-1].kind == "paragraph" and p.text[:1].islower()
                and not _TERMINAL.search(kept[-1].text)):
            joined = join_lines(kept[-1].text, p.text)
            if len(split_long(joined)) == 1:  # never undo the builder's cut of an over-long block
                kept[-1].text = joined
                continue
        kept.append(p)
    if dropped:
        builder.metadata["furniture_dropped"] = dropped
    if kept:  # never drop everything: an all-furniture file is still reported as what it holds
        pending[:] = kept


def join_lines(a: str, b: str) -> str:
    """Two lines of one paragraph: "well-" + "being" -> "well-being", else a space between."""
    a, b = a.rstrip(), b.lstrip()
    if len(a) > 1 and a.endswith("-") and a[-2].isalpha() and b[:1].islower():
        return a + b
    return f"{a} {b}"


def split_wrapped(lines: list[str]) -> list[list[str]]:
    """Paragraphs of a hard-wrapped block with no blank lines between them (pdftools' text).

    A paragraph ends at a line that ends a sentence well short of the block's right edge
    (the widest lines); a bullet line starts a new part. Blocks of one or two lines, or
    with no full-width lines, are left whole.
    """
    if len(lines) < 3:
        return [lines]
    edges = sorted(len(ln.rstrip()) for ln in lines)
    right = edges[int(len(edges) * 0.75)]
    if right < 40:
        return [lines]
    parts: list[list[str]] = [[]]
    for i, ln in enumerate(lines):
        s = ln.strip()
        if parts[-1] and _LIST_MARK.match(s) and s[:1] in _BULLETS | set("•●▪■◦➢►"):
            parts.append([])
        parts[-1].append(ln)
        if i + 1 < len(lines) and _TERMINAL.search(s) and len(ln.rstrip()) < 0.85 * right:
            parts.append([])
    return [p for p in parts if p]


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """Groups of consecutive non-blank lines."""
    groups: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if line.strip():
            cur.append(line)
        elif cur:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    return groups


# --------------------------------------------------------------------------- plain text

_LIST_MARK = re.compile(r"^\s*(?:[-*+•·▪◦‣–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxlcIVXLC]{1,5}\))\s+(?=\S)")
_BULLETS = set("-*+•·▪◦‣–—")
_UNDERLINE = re.compile(r"^\s*([=\-~*^#])\1{2,}\s*$")  # a setext-style rule under a title
_RULE_ROW = re.compile(r"^\s*[-=]{3,}(?:\s+[-=]{3,})*\s*$")  # "------  ------" between table rows
_CELL_GAP = re.compile(r"\s{2,}")


@dataclass
class _Line:
    kind: str  # heading | list_item | paragraph | table_row
    text: str
    depth: int = 0  # numbering depth of numbered headings
    chapter: bool = False
    cells: tuple[str, ...] = ()
    table_start: bool = False


class _Plain:
    """Plain text: a block per paragraph, with headings and list items guessed from the lines."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.b = builder
        self.items: list[tuple[_Line, int | None]] = []
        self.title: str | None = None

    def feed(self, text: str, page: int | None) -> None:
        for group in _paragraphs(text.split("\n")):
            for item in self._classify(group):
                self.items.append((item, page))

    def _classify(self, lines: list[str]) -> list[_Line]:
        # "Title" over a line of "=====" or "-----": a heading, whatever follows it
        for i in range(1, len(lines)):
            if _UNDERLINE.match(lines[i]) and lines[i - 1].strip() and len(lines[i - 1].strip()) <= MAX_HEADING_CHARS \
                    and not _RULE_ROW.match(lines[i - 1]):
                before = self._classify(lines[: i - 1]) if i > 1 else []
                depth = 1 if lines[i].strip()[0] in "=#" else 2
                after = self._classify(lines[i + 1:]) if i + 1 < len(lines) else []
                return before + [_Line("heading", lines[i - 1].strip(), depth)] + after
        table = _fixed_width_table(lines)
        if table:
            return table
        stripped = [ln.strip() for ln in lines]
        if not stripped:
            return []
        marked = [bool(_LIST_MARK.match(s)) for s in stripped]
        bullet = stripped[0][:1] in _BULLETS
        if len(stripped) == 1 and not bullet:
            head = _heading(stripped[0])
            if head:
                return [head]
        if len(stripped) == 2 and KEYWORD.match(stripped[0]) and len(stripped[0]) <= 40:
            # "CHAPITRE II" on one line, its title on the next.
            if len(stripped[1]) <= MAX_HEADING_CHARS and not stripped[1].endswith((".", ";", ",")):
                return [_Line("heading", f"{stripped[0]} {stripped[1]}", 1, chapter=True)]
        if len(stripped) > 1 and not bullet and not any(marked[1:]):
            head = _heading(stripped[0])
            if head and (head.chapter or head.depth):
                # A numbered heading line glued to its first paragraph.
                return [head, _Line("paragraph", " ".join(stripped[1:]))]
        if marked[0] and sum(marked) >= max(1, len(stripped) // 3):
            items: list[_Line] = []
            for s, is_item in zip(stripped, marked):
                if is_item or not items:
                    items.append(_Line("list_item", _LIST_MARK.sub("", s)))
                else:
                    items[-1].text = join_lines(items[-1].text, s)  # continuation of the item
            return items
        parts = split_wrapped(lines)
        if len(parts) > 1:
            return [line for part in parts for line in self._classify(part)]
        text = stripped[0]
        for s in stripped[1:]:
            text = join_lines(text, s)
        return [_Line("paragraph", text)]

    def finish(self) -> None:
        has_chapters = any(item.chapter for item, _ in self.items)
        in_chapter = False  # capitalised titles before the first chapter stay top level
        table = None
        for item, page in self.items:
            if item.kind == "table_row":
                if item.table_start or table is None:
                    table = self.b.new_table()
                self.b.table_row(item.cells, table, page)
                continue
            table = None
            if item.kind == "heading":
                if item.chapter:
                    level = 1
                    in_chapter = True
                elif item.depth:
                    level = item.depth + (1 if has_chapters else 0)
                else:
                    level = 2 if in_chapter else 1
                self.b.heading(item.text, min(level, 6), page)
            elif item.kind == "list_item":
                self.b.list_item(item.text, page)
            else:
                self.b.paragraph(item.text, page)


def _fixed_width_table(lines: list[str]) -> list[_Line]:
    """Rows of a fixed-width table: a dashed rule between columns, or most lines split by
    runs of two or more spaces into the same number of cells."""
    content = [ln for ln in lines if ln.strip() and not _RULE_ROW.match(ln)]
    has_rule = any(_RULE_ROW.match(ln) and len(ln.split()) >= 2 for ln in lines)
    split = [tuple(c for c in _CELL_GAP.split(ln.strip()) if c) for ln in content]
    multi = [c for c in split if len(c) >= 2]
    if len(content) < 2 or len(multi) < 2 or (not has_rule and len(multi) < 0.8 * len(content)):
        return []
    if any(len(ln.strip()) > 0 and _LIST_MARK.match(ln.strip()) for ln in content) and not has_rule:
        return []
    rows = [_Line("table_row", " | ".join(cells), cells=cells) for cells in split]
    rows[0].table_start = True
    return rows


def _heading(line: str) -> _Line | None:
    """A title line: chapter keyword, numbered title, or a short line in capitals (rules: ``headings``)."""
    found = classify_heading(line)
    if found is None:
        return None
    if found.keyword:
        return _Line("heading", line, 1, chapter=True)
    return _Line("heading", line, found.depth or 0)


# --------------------------------------------------------------------------- markdown

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*)|[ \t]*)$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MD_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_QUOTE = re.compile(r"^ {0,3}> ?")
_HEADING_ID = re.compile(r"\{#[^}]{0,200}\}[ \t]*$")

# Spans are bounded so that unmatched markers cost linear, not quadratic, time.
_INLINE = [
    (re.compile(r"!\[([^\]]{0,500})\]\([^)]{0,2000}\)"), r"\1"),  # images: keep alt text
    (re.compile(r"\[([^\]]{1,500})\]\([^)]{0,2000}\)"), r"\1"),  # links: keep the text
    (re.compile(r"\[([^\]]{1,500})\]\[[^\]]{0,500}\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # inline HTML tags
    (re.compile(r"(`{1,3})(.{1,1000}?)\1", re.S), r"\2"),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1", re.S), r"\2"),  # strong
    (re.compile(r"~~(?=\S)(.{1,500}?)(?<=\S)~~", re.S), r"\1"),  # strikethrough
    (re.compile(r"\*(?=[^\s*])(.{1,500}?)(?<=[^\s*])\*", re.S), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.{1,500}?)(?<=[^\s_])_(?![\w_])", re.S), r"\1"),  # _emphasis_, not snake_case
]
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_ESCAPE_BASE = 0xF0000  # private-use plane: placeholders for escaped characters


def _strip_comments(text: str) -> str:
    """HTML comments removed (by search, not a regex: unclosed ``<!--`` cost linear time)."""
    out: list[str] = []
    i = 0
    while True:
        a = text.find("<!--", i)
        b = text.find("-->", a + 4) if a != -1 else -1
        if b == -1:
            break
        out.append(text[i:a])
        i = b + 3
    out.append(text[i:])
    return "".join(out)


def strip_inline(text: str) -> str:
    """Markdown inline markup removed, the words kept (backslash-escaped characters stay literal)."""
    text = _ESCAPE.sub(lambda m: chr(_ESCAPE_BASE + ord(m.group(1))), _strip_comments(text))
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return re.sub("[\U000F0000-\U000F00FF]", lambda m: chr(ord(m.group(0)) - _ESCAPE_BASE), text)


def _is_table_separator(line: str) -> bool:
    """The |---|:--:| line under a pipe table's header."""
    s = line.strip()
    return "-" in s and not s.strip("|:- \t")


def _cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [strip_inline(c.replace("\\|", "|")).strip() for c in cells]


class _Markdown:
    """CommonMark/GFM block structure, as far as plans use it."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.b = builder
        self.title: str | None = None
        self.first_page = True

    def feed(self, text: str, page: int | None) -> None:
        lines = text.split("\n")
        i = 0
        if self.first_page:
            self.first_page = False
            i = self._front_matter(lines)
        para: list[str] = []
        n = len(lines)

        def flush() -> None:
            if para:
                self.b.paragraph(strip_inline(" ".join(s.strip() for s in para)), page)
                para.clear()

        while i < n:
            line = lines[i]
            if not line.strip():
                flush()
                i += 1
                continue
            fence = _FENCE.match(line)
            if fence:
                flush()
                marker = fence.group(1)
                body: list[str] = []
                i += 1
                while i < n and not lines[i].strip().startswith(marker[0] * len(marker)):
                    body.append(lines[i])
                    i += 1
                i += 1  # closing fence (or end of page)
                for group in _paragraphs(body):
                    self.b.paragraph("\n".join(group), page)
                continue
            atx = _ATX.match(line)
            if atx:
                flush()
                self._heading(atx.group(2) or "", len(atx.group(1)), page)
                i += 1
                continue
            setext = _SETEXT.match(line)
            if setext and para and not _MD_LIST.match(para[0]):
                level = 1 if setext.group(1).startswith("=") else 2
                text_ = " ".join(s.strip() for s in para)
                para.clear()
                self._heading(text_, level, page)
                i += 1
                continue
            if _HR.match(line):
                flush()
                i += 1
                continue
            if "|" in line and i + 1 < n and _is_table_separator(lines[i + 1]):
                flush()
                i = self._table(lines, i, page)
                continue
            if _REF_DEF.match(line) and not para:
                i += 1
                continue
            if _QUOTE.match(line):
                flush()
                quoted: list[str] = []
                while i < n and lines[i].strip() and _QUOTE.match(lines[i]):
                    quoted.append(_QUOTE.sub("", lines[i]))
                    i += 1
                for group in _paragraphs(quoted):
                    self.b.paragraph(strip_inline(" ".join(s.strip() for s in group)), page)
                continue
            item = _MD_LIST.match(line)
            if item and (item.group(2) or "").strip():
                flush()
                i = self._list(lines, i, page)
                continue
            para.append(line)
            i += 1
        flush()

    def finish(self) -> None:
        pass

    def _heading(self, text: str, level: int, page: int | None) -> None:
        text = text.strip()
        closed = text.rstrip("#")
        if closed != text and (not closed or closed[-1] in " \t"):
            text = closed  # the optional closing sequence of an ATX heading
        text = strip_inline(_HEADING_ID.sub("", text)).strip()
        if not text:
            return
        if level == 1 and self.title is None:
            self.title = " ".join(text.split())
        self.b.heading(text, level, page)

    def _front_matter(self, lines: list[str]) -> int:
        """Skip a YAML front-matter block at the top; keep its title."""
        if not lines or lines[0].strip() != "---":
            return 0
        for j in range(1, min(len(lines), 200)):
            if lines[j].strip() in ("---", "..."):
                for line in lines[1:j]:
                    m = re.match(r"^title:\s*(.+?)\s*$", line)
                    if m:
                        self.title = m.group(1).strip("'\"") or None
                return j + 1
        return 0

    def _list(self, lines: list[str], i: int, page: int | None) -> int:
        """List items until a blank line followed by non-indented text, or another block."""
        n = len(lines)
        current: list[str] = []

        def emit() -> None:
            if current:
                self.b.list_item(strip_inline(" ".join(current)), page)
                current.clear()

        while i < n:
            line = lines[i]
            item = _MD_LIST.match(line)
            if item and (item.group(2) or "").strip() and not _HR.match(line):
                emit()
                current.append(item.group(2).strip())
            elif not line.strip():
                nxt = lines[i + 1] if i + 1 < n else ""
                if nxt.startswith((" ", "\t")) and nxt.strip() and not _MD_LIST.match(nxt):
                    emit()  # an indented paragraph inside the item: its own block
                    i += 1
                    continue
                if not _MD_LIST.match(nxt):
                    break
            elif _ATX.match(line) or _FENCE.match(line) or _HR.match(line) or _QUOTE.match(line):
                break
            elif current:
                current.append(line.strip())  # continuation line (lazy or indented)
            else:
                current.append(line.strip())
            i += 1
        emit()
        return i

    def _table(self, lines: list[str], i: int, page: int | None) -> int:
        table = self.b.new_table()
        header = _cells(lines[i])
        self.b.table_row(header, table, page)
        i += 2  # header and separator
        while i < len(lines) and lines[i].strip() and "|" in lines[i]:
            self.b.table_row(_cells(lines[i]), table, page)
            i += 1
        return i
