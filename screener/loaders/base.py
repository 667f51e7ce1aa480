"""Building a ``Document``: loaders add blocks in reading order, the builder does the offsets.

Loaders never compute character offsets or section spans themselves, so the
offset contract (``text[b.start:b.end] == b.text``) holds for every format.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..errors import EmptyDocumentError
from ..limits import TooManyChars, max_chars
from ..model import BLOCK_KINDS, HEADING, ROLES, TABLE_ROW, Block, Document, Section
from .language import detect_language
from .ligatures import LIGATURE_CHARS
from .roles import detect_roles

BLOCK_SEPARATOR = "\n\n"
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")

DEFAULT_MAX_BYTES = 200 * 1024 * 1024  # 200 MB; --max-size changes it
DEFAULT_MAX_PAGES = 3000  # plans run to 300 pages; a small file claiming 100,000 is hostile; --max-pages


MAX_BLOCK_CHARS = 20_000  # a real paragraph has a few thousand characters at most
MAX_RUN_CHARS = 2_000  # ...and a real sentence well under this
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_LONG_RUN = re.compile(r"[^.!?;]{%d}" % (MAX_RUN_CHARS + 1))


def split_long(text: str) -> list[str]:
    """Cut a block that is no real paragraph into pieces: at most MAX_BLOCK_CHARS characters,
    cut at sentence ends, and no run of MAX_RUN_CHARS without one (cut at spaces).

    The screen's work per block grows with the block's and the sentence's length times the
    matches in it, so a file without line breaks or full stops (one 3 MB "paragraph") would
    take hours. Real paragraphs are returned unchanged."""
    if len(text) <= MAX_BLOCK_CHARS and not _LONG_RUN.search(text):
        return [text]
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > MAX_RUN_CHARS:
            cut = sentence.rfind(" ", 0, MAX_RUN_CHARS)
            cut = cut if cut > MAX_RUN_CHARS // 2 else MAX_RUN_CHARS
            parts.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if sentence:
            parts.append(sentence)
    out: list[str] = []
    current = ""
    for part in parts:
        # a piece cut at a space (no sentence end) stands alone, so no run passes MAX_RUN_CHARS
        if current and (len(current) + 1 + len(part) > MAX_BLOCK_CHARS or not current.endswith((".", "!", "?", ";"))):
            out.append(current)
            current = part
        else:
            current = f"{current} {part}" if current else part
    if current:
        out.append(current)
    return out


# A loader that joins the lines of one paragraph across a page break puts ``page_mark(page)``
# where the new page's text starts; ``DocumentBuilder`` removes the mark and records the
# break in ``Block.page_breaks`` (private-use characters: never in real text, kept by
# ``clean_text``).
_PAGE_MARK = re.compile("\ue000(\\d+)\ue001")


def page_mark(page: int) -> str:
    return f"\ue000{int(page)}\ue001"


def _take_page_marks(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` without page marks, and where each marked page starts in it."""
    if "\ue000" not in text:
        return text, ()
    out = ""
    breaks: list[tuple[int, int]] = []
    pos = 0
    for m in _PAGE_MARK.finditer(text):
        out += text[pos:m.start()]
        pos = m.end()
        if out.endswith(" ") or not out:  # "a <mark> b": one space, the break before "b"
            while pos < len(text) and text[pos] == " ":
                pos += 1
        if breaks and breaks[-1][0] == len(out):
            breaks.pop()
        breaks.append((len(out), int(m.group(1))))
    out += text[pos:]
    stripped = out.rstrip()
    return stripped, tuple((at, page) for at, page in breaks if 0 < at < len(stripped))


def clean_text(text: str) -> str:
    """Normalise a block's text: no control characters, ligature characters spelt out, single spaces, no line breaks."""
    text = _CONTROL.sub("", text)
    if _LIGATURE.search(text):
        text = text.translate(LIGATURE_CHARS)  # "ﬁ" -> "fi"
    text = text.replace("\r", "\n").replace("\u00ad", "")  # soft hyphens
    if "\n" not in text:
        return _SPACES.sub(" ", text).strip()
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return " ".join(line for line in lines if line)


@dataclass
class _Pending:
    kind: str
    text: str
    page: int | None
    level: int | None
    cells: tuple[str, ...] | None
    table: int | None
    role: str | None = None
    breaks: tuple[tuple[int, int], ...] = ()


class DocumentBuilder:
    """Collects blocks in reading order and builds the frozen ``Document``."""

    def __init__(self) -> None:
        self._pending: list[_Pending] = []
        self._tables = 0
        self.warnings: list[str] = []
        self.metadata: dict[str, Any] = {}
        self._chars = 0
        self._max_chars = max_chars()  # memory per document is bounded (--max-chars)

    def _count(self, text: str) -> None:
        self._chars += len(text) + len(BLOCK_SEPARATOR)
        if self._max_chars and self._chars > self._max_chars:
            raise TooManyChars(self._max_chars)

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, kind: str, text: str, page: int | None = None, *, level: int | None = None,
            role: str | None = None) -> None:
        """Add a block; ``role`` marks contents, acronym or reference text (found by
        ``roles.detect_roles`` at build time where the loader does not say)."""
        if kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {kind!r}")
        if role is not None and role not in ROLES:
            raise ValueError(f"unknown block role {role!r}")
        text = clean_text(text)
        if not text:
            return
        if kind != HEADING and len(text) > MAX_RUN_CHARS and len(pieces := split_long(text)) > 1:
            for piece in pieces:  # one 3 MB "paragraph" (a file without line breaks)
                piece, breaks = _take_page_marks(piece)
                if not piece.strip():
                    continue
                self._count(piece)
                self._pending.append(_Pending("paragraph", piece, page, None, None, None, role, breaks))
                page = breaks[-1][1] if breaks else page
            return
        text, breaks = _take_page_marks(text)
        if not text:
            return
        if kind == HEADING:
            level = max(1, min(int(level or 1), 9))
        else:
            level = None
        self._count(text)
        self._pending.append(_Pending(kind, text, page, level, None, None, role, breaks))

    def heading(self, text: str, level: int, page: int | None = None) -> None:
        self.add(HEADING, text, page, level=level)

    def paragraph(self, text: str, page: int | None = None) -> None:
        self.add("paragraph", text, page)

    def list_item(self, text: str, page: int | None = None) -> None:
        self.add("list_item", text, page)

    def new_table(self) -> int:
        """Start a table; returns its number for ``table_row``."""
        self._tables += 1
        return self._tables - 1

    def table_row(self, cells: list[str] | tuple[str, ...], table: int, page: int | None = None,
                  *, role: str | None = None) -> None:
        cells_t = tuple(clean_text(c or "") for c in cells)
        if not any(cells_t):
            return
        text = " | ".join(cells_t)
        self._count(text)
        self._pending.append(_Pending(TABLE_ROW, text, page, None, cells_t, table, role))

    def build(
        self,
        path: str | Path,
        data: bytes,
        fmt: str,
        pages: int | None,
        *,
        language: str | None = None,
    ) -> Document:
        if not self._pending:
            raise EmptyDocumentError(path, f"no text found in this {fmt.upper()} file")
        parts: list[str] = []
        pos = 0
        spans: list[tuple[int, int]] = []
        for i, p in enumerate(self._pending):
            if i:
                parts.append(BLOCK_SEPARATOR)
                pos += len(BLOCK_SEPARATOR)
            spans.append((pos, pos + len(p.text)))
            parts.append(p.text)
            pos += len(p.text)
        text = "".join(parts)
        sections = _sections(self._pending, spans, len(text))
        blocks = []
        owner = _section_owner(sections, spans)
        found = detect_roles([(p.kind, p.text, p.page, p.level) for p in self._pending])
        for i, (p, (start, end)) in enumerate(zip(self._pending, spans)):
            role = p.role or found[i]
            blocks.append(Block(i, p.kind, p.text, start, end, p.page, owner[i], p.cells, p.table, p.level, role,
                                page_breaks=p.breaks))
        return Document(
            source=str(path),
            sha256=hashlib.sha256(data).hexdigest(),
            format=fmt,
            language=language or detect_language(text),
            pages=pages,
            text=text,
            sections=tuple(sections),
            blocks=tuple(blocks),
            metadata=dict(self.metadata),
            warnings=tuple(self.warnings),
        )


def _sections(pending: list[_Pending], spans: list[tuple[int, int]], text_len: int) -> list[Section]:
    heads = [(i, p) for i, p in enumerate(pending) if p.kind == HEADING]
    sections: list[Section] = []
    stack: list[int] = []  # indices into sections
    for n, (i, p) in enumerate(heads):
        level = p.level or 1
        while stack and sections[stack[-1]].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        end = text_len
        for _j, q in heads[n + 1:]:
            if (q.level or 1) <= level:
                end = spans[_j][0]
                break
        sections.append(Section(len(sections), p.text, level, parent, spans[i][0], end, p.page))
        stack.append(len(sections) - 1)
    return sections


def _section_owner(sections: list[Section], spans: list[tuple[int, int]]) -> list[int | None]:
    """Innermost section containing each block (sections are nested and in order)."""
    owner: list[int | None] = []
    stack: list[Section] = []
    k = 0
    for start, _end in spans:
        while k < len(sections) and sections[k].start <= start:
            stack.append(sections[k])
            k += 1
        while stack and not (stack[-1].start <= start < stack[-1].end):
            stack.pop()
        owner.append(stack[-1].index if stack else None)
    return owner


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


Loader = Callable[..., Document]
