"""The document model: what every loader produces and every later stage reads.

``Document.text`` is the full extracted text; each ``Block`` is a slice of it
(``text[block.start:block.end] == block.text``) and each ``Section`` a span. Those
offsets are the contract later stages use to point at evidence.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Mapping

DOCUMENT_SCHEMA_VERSION = "1.2"  # 1.1: Block.role; 1.2: Block.page_breaks

# Block kinds. Loaders use only these.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"
BLOCK_KINDS = (HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW)

# Block roles: the apparatus around the text, which a screen may skip or down-weight.
# None is ordinary body text.
ROLE_CONTENTS = "contents"  # table of contents, lists of tables or figures
ROLE_ACRONYMS = "acronyms"  # acronyms, abbreviations, glossary of initials
ROLE_REFERENCES = "references"  # references, bibliography, works cited
ROLES = (ROLE_CONTENTS, ROLE_ACRONYMS, ROLE_REFERENCES)


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the document opened by a heading; spans until the next heading of the same or higher level."""

    index: int
    title: str
    level: int  # 1 = top level
    parent: int | None  # index of the enclosing section
    start: int  # char offset of the heading in Document.text
    end: int  # char offset where the section ends (exclusive)
    page: int | None  # 1-based page of the heading, None where the format has no pages


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, paragraph, list item or table row, with where it sits."""

    index: int  # 0-based position in Document.blocks
    kind: str
    text: str
    start: int
    end: int
    page: int | None  # 1-based, None where the format has no pages
    section: int | None  # index of the innermost section, None before the first heading
    cells: tuple[str, ...] | None = None  # table rows only
    table: int | None = None  # 0-based table number, table rows only
    level: int | None = None  # heading level, headings only
    role: str | None = None  # one of ROLES on contents, acronym and reference pages; None for body text
    # A paragraph that runs on over a page break: (offset in ``text``, page) where each later
    # page starts, so evidence inside the block cites the page it is printed on.
    page_breaks: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The page printed at ``offset`` (relative to ``text``): ``page`` unless the block
        runs on over a page break before it."""
        page = self.page
        for at, p in self.page_breaks:
            if offset < at:
                break
            page = p
        return page


@dataclass(frozen=True)
class Document:
    source: str
    sha256: str
    format: str  # pdf | docx | txt | md | html
    language: str  # ISO 639-1 code, or "und" when undetermined
    pages: int | None
    text: str
    sections: tuple[Section, ...]
    blocks: tuple[Block, ...]
    metadata: Mapping[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def section_path(self, section: int | None) -> list[str]:
        """Titles from the top-level section down to ``section``."""
        path: list[str] = []
        while section is not None:
            s = self.sections[section]
            path.append(s.title)
            section = s.parent
        return path[::-1]

    def blocks_in_section(self, section: int) -> list[Block]:
        """Blocks of a section including its subsections."""
        s = self.sections[section]
        return [b for b in self.blocks if s.start <= b.start < s.end]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": DOCUMENT_SCHEMA_VERSION,
            "source": self.source,
            "sha256": self.sha256,
            "format": self.format,
            "language": self.language,
            "pages": self.pages,
            "metadata": dict(self.metadata),
            "warnings": list(self.warnings),
            "text": self.text,
            "sections": [asdict(s) for s in self.sections],
            "blocks": [_block_dict(b) for b in self.blocks],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Document":
        return cls(
            source=data["source"],
            sha256=data["sha256"],
            format=data["format"],
            language=data["language"],
            pages=data["pages"],
            text=data["text"],
            sections=tuple(Section(**s) for s in data["sections"]),
            blocks=tuple(
                Block(**{**b, "cells": tuple(b["cells"]) if b.get("cells") is not None else None,
                         "page_breaks": tuple(tuple(x) for x in b.get("page_breaks", ()))})
                for b in data["blocks"]
            ),
            metadata=dict(data.get("metadata", {})),
            warnings=tuple(data.get("warnings", ())),
        )


def _block_dict(b: Block) -> dict[str, Any]:
    d = asdict(b)
    if d["cells"] is not None:
        d["cells"] = list(d["cells"])
    d["page_breaks"] = [list(x) for x in b.page_breaks]
    return d


def page_ranges(pages, sep: str = ", ") -> str:
    """[1, 2, 3, 7, 9, 10] -> "1-3, 7, 9-10" (reports, warnings; ``sep=","`` for ocrmypdf's --pages)."""
    ps = sorted({p for p in pages if p is not None})
    if not ps:
        return ""
    out, start, prev = [], ps[0], ps[0]
    for p in ps[1:]:
        if p == prev + 1:
            prev = p
            continue
        out.append(f"{start}-{prev}" if start != prev else f"{start}")
        start = prev = p
    out.append(f"{start}-{prev}" if start != prev else f"{start}")
    return sep.join(out)
