"""DOCX loader: the body of a Word document in reading order.

python-docx opens the package (parts, styles, core properties); the body is then
walked as XML because python-docx's high-level API loses what we need: the
interleaving of paragraphs and tables, merged cells (``row.cells`` repeats them),
outline levels, and the page breaks Word saved when it last laid the file out.
Headers, footers, footnotes and comments live in other parts and are never read.

The zip is checked *before* python-docx reads it, because python-docx inflates
every part into memory: a decompression bomb must be refused on its declared
sizes, and XML with entity declarations (which Word never writes) is refused
rather than trusted to the parser.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    LoadError,
    NoTextLayerError,
    TooLargeError,
    UnsupportedFormatError,
)
from ..model import Document
from .base import DocumentBuilder

# Zip-bomb limits, checked on the zip's declared sizes (zipfile never inflates a
# member beyond its declared size, so the declaration is an upper bound).
MAX_TOTAL_UNCOMPRESSED = 500 * 10**6
MAX_RATIO = 200
RATIO_MIN_SIZE = 10 * 10**6
MAX_MEMBERS = 20_000
XML_HEAD_BYTES = 64 * 1024  # a DOCTYPE must come before the root element
MAX_TABLE_DEPTH = 16  # deeper nested tables are read as plain text
MAX_HEADING_CHARS = 300  # a "heading" longer than this is body text in a heading style

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = map(_w, ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
PPR, RPR, T, TAB, PTAB, BR, CR = map(_w, ("pPr", "rPr", "t", "tab", "ptab", "br", "cr"))
NO_BREAK_HYPHEN, LAST_RENDERED, TXBX = _w("noBreakHyphen"), _w("lastRenderedPageBreak"), _w("txbxContent")
DRAWING, PICT, OBJECT = _w("drawing"), _w("pict"), _w("object")
SKIP_IN_PARAGRAPH = {_w("del"), _w("moveFrom"), PPR, RPR, _w("instrText"), _w("delText"), f"{{{MC_NS}}}Fallback"}
M_T = f"{{{M_NS}}}t"
RUN, VANISH = _w("r"), _w("vanish")
VAL = _w("val")
FALSE_VALUES = {"0", "false", "off"}

# Main-part content types Word writes for .docx, .docm, .dotx and .dotm: all hold
# the same WordprocessingML body, so all are read.
_WORD_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)

# Heading style names as stored in the file. Word stores its built-in names in
# English ("heading 1") whatever the UI language, but other tools and user-made
# styles use localized names; style ids are localized and stripped of accents.
_HEADING_NAME = re.compile(
    r"^(?:heading|t[íi]tulo|titre|[üu]berschrift|titolo|kop|encabezado|rubrik|nag[łl][óo]wek)\s*([1-9])$", re.I
)
_HEADING_ID = re.compile(r"^(?:heading|t[íi]?tulo|titre|(?:ü|ue|u)?berschrift|titolo|kop)([1-9])$", re.I)
_TITLE_NAMES = {"title", "título", "titulo", "ttulo", "titre", "titel", "titolo"}
_LIST_NAME = re.compile(
    r"^(?:list|lista|liste|listenabsatz|párrafo de lista|parrafo de lista|paragraphe de liste|elenco)\b", re.I
)
_TOC_NAME = re.compile(r"^(?:toc\s*[1-9]|toc heading|tdc\s*[1-9]|tm\s*[1-9]|verzeichnis\s*[1-9])$", re.I)


def load_docx(path: Path, data: bytes) -> Document:
    """Read a DOCX (or DOCM/DOTX) file into a ``Document``."""
    check_zip(path, data)
    document_part = _open(path, data)
    try:
        body = document_part.element.body
        styles = _Styles(document_part.styles.element)
    except LoadError:
        raise
    except Exception as exc:
        raise CorruptFileError(path, f"the DOCX file's document or styles part cannot be read ({type(exc).__name__})") from None
    if body is None:
        raise CorruptFileError(path, "the DOCX file's document part has no body")

    builder = DocumentBuilder()
    rendered = next(body.iter(LAST_RENDERED), None) is not None
    paged = rendered or _has_hard_breaks(body, styles)
    walker = _Walker(builder, styles, rendered=rendered, paged=paged)
    walker.blocks(body, depth=0)
    pages = walker.tracker.page if paged else None

    if not len(builder):
        images = sum(1 for el in body.iter(DRAWING, PICT, OBJECT))
        if images:
            raise NoTextLayerError(
                path,
                f"the DOCX holds only images ({images} picture{'s' if images != 1 else ''}) and no text",
                "Export it to PDF and run OCR (e.g. `ocrmypdf -l spa+fra+eng in.pdf out.pdf`), then screen the result.",
            )
        raise EmptyDocumentError(path, "the DOCX document holds no text")
    builder.metadata.update(_core_metadata(document_part))
    return builder.build(path, data, "docx", pages)


# --------------------------------------------------------------------------- package


def check_zip(path: Path, data: bytes) -> None:
    """Refuse damaged zips, decompression bombs and XML entity declarations before parsing."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise CorruptFileError(path, "the DOCX file is damaged (its zip structure cannot be read)") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise TooLargeError(path, f"the DOCX zip holds {len(infos)} parts, far more than any Word document", "Refused as a likely zip bomb; re-save the document in Word.")
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO:
                raise TooLargeError(
                    path,
                    f"the DOCX part {info.filename} inflates {ratio:.0f}-fold to {info.file_size / 1e6:.0f} MB (a decompression bomb)",
                    "Refused for safety; if the document is genuine, re-save it in Word or export it to PDF.",
                )
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise TooLargeError(
                path,
                f"the DOCX unpacks to {total / 1e6:.0f} MB, over the {MAX_TOTAL_UNCOMPRESSED / 1e6:.0f} MB limit",
                "Refused as a likely decompression bomb; split the document or export it to PDF.",
            )
        for info in infos:
            if info.flag_bits & 0x1:
                raise EncryptedFileError(path, f"the DOCX part {info.filename} is encrypted")
            name = info.filename.lower()
            if not (name.endswith(".xml") or name.endswith(".rels")):
                continue
            try:
                with zf.open(info) as fh:
                    head = fh.read(XML_HEAD_BYTES)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
                raise CorruptFileError(path, f"the DOCX part {info.filename} is damaged ({type(exc).__name__})") from None
            if name == "_rels/.rels" and b"purl.oclc.org/ooxml" in head:
                raise UnsupportedFormatError(
                    path,
                    "this DOCX is saved as Strict Open XML, which screener cannot read",
                    "In Word, use Save As > Word Document (*.docx) and screen that copy.",
                )
            if _has_doctype(head):
                raise CorruptFileError(
                    path,
                    f"the DOCX part {info.filename} declares a DOCTYPE or XML entities, which Word never writes",
                    "Refused for safety (XML entity expansion); re-save the document in Word or export it to PDF.",
                )


def _has_doctype(head: bytes) -> bool:
    for marker in ("<!DOCTYPE", "<!ENTITY"):
        for enc in ("ascii", "utf-16-le", "utf-16-be"):
            if marker.encode(enc) in head:
                return True
    return False


def _open(path: Path, data: bytes):
    """The main document part, via python-docx; every failure is a ``CorruptFileError``."""
    try:
        from docx.opc.exceptions import PackageNotFoundError
        from docx.opc.part import PartFactory
        from docx.package import Package
        from docx.parts.document import DocumentPart

        for ct in _WORD_MAIN_TYPES:
            PartFactory.part_type_for.setdefault(ct, DocumentPart)
        part = Package.open(io.BytesIO(data)).main_document_part
    except PackageNotFoundError:
        raise CorruptFileError(path, "the DOCX file is not a Word package (no main document part)") from None
    except KeyError as exc:
        raise CorruptFileError(path, f"the DOCX file is missing a part it refers to ({_one_line(exc, 80)})") from None
    except (MemoryError, RecursionError):
        raise TooLargeError(path, "the DOCX file is too complex to read") from None
    except Exception as exc:
        from lxml import etree

        what = "holds malformed XML" if isinstance(exc, etree.XMLSyntaxError) else f"cannot be opened ({type(exc).__name__})"
        raise CorruptFileError(path, f"the DOCX file {what}: {_one_line(exc, 100)}") from None
    if not isinstance(part, DocumentPart) or part.content_type not in _WORD_MAIN_TYPES:
        ct = getattr(part, "content_type", "?")
        raise CorruptFileError(path, f"the DOCX main part is not a Word document (content type {ct})")
    return part


def _one_line(exc: BaseException, limit: int) -> str:
    """A library's exception text, made fit for a one-line message."""
    return " ".join(str(exc).split())[:limit]


def _core_metadata(document_part) -> dict[str, str]:
    """Title and author from docProps/core.xml, only when the file has that part."""
    try:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        document_part.package.part_related_by(RT.CORE_PROPERTIES)
    except Exception:
        return {}  # python-docx would invent defaults; report nothing instead
    out: dict[str, str] = {}
    try:
        props = document_part.package.core_properties
        for key, value in (("title", props.title), ("author", props.author)):
            value = " ".join((value or "").split())
            if value:
                out[key] = value[:500]
    except Exception:
        pass  # damaged core properties do not make the body unreadable
    return out


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None  # 0-8 heading, 9 body text, None unset
    num_id: str | None
    break_before: bool | None


class _Styles:
    """Paragraph styles, with the inherited properties resolved through ``basedOn``."""

    def __init__(self, styles_el) -> None:
        self._styles: dict[str, _Style] = {}
        self.default: str | None = None
        if styles_el is None:
            return
        for st in styles_el.iter(_w("style")):
            if st.get(_w("type")) != "paragraph":
                continue
            sid = st.get(_w("styleId")) or ""
            name_el = st.find(_w("name"))
            based = st.find(_w("basedOn"))
            ppr = st.find(PPR)
            self._styles[sid] = _Style(
                name=(name_el.get(VAL) if name_el is not None else "") or "",
                based_on=based.get(VAL) if based is not None else None,
                outline=_outline(ppr),
                num_id=_num_id(ppr),
                break_before=_flag(ppr, "pageBreakBefore"),
            )
            if st.get(_w("default")) in ("1", "true", "on") and self.default is None:
                self.default = sid
        self._cache: dict[str, tuple[int | None, bool, bool, bool]] = {}

    def resolve(self, sid: str | None) -> tuple[int | None, bool, bool, bool]:
        """(heading level or None, is list style, page break before, is TOC style) of style ``sid``."""
        sid = sid if sid is not None else self.default
        if sid is None or sid not in self._styles:
            return (None, False, False, False)
        if sid in self._cache:
            return self._cache[sid]
        chain: list[_Style] = []
        seen: set[str] = set()
        cur: str | None = sid
        while cur is not None and cur in self._styles and cur not in seen and len(chain) < 50:
            seen.add(cur)
            chain.append(self._styles[cur])
            cur = self._styles[cur].based_on
        own = chain[0]
        outline = next((s.outline for s in chain if s.outline is not None), None)
        if outline is not None:
            level = outline + 1 if outline < 9 else None
        else:
            level = _name_level(own.name, sid)
        num_id = next((s.num_id for s in chain if s.num_id is not None), None)
        is_list = (num_id is not None and num_id != "0") or bool(_LIST_NAME.match(own.name))
        brk = next((s.break_before for s in chain if s.break_before is not None), False)
        is_toc = bool(_TOC_NAME.match(own.name.strip()))
        self._cache[sid] = (level, is_list, bool(brk), is_toc)
        return self._cache[sid]


def _name_level(name: str, sid: str) -> int | None:
    name = name.strip()
    m = _HEADING_NAME.match(name) or _HEADING_ID.match(sid)
    if m:
        return int(m.group(1))
    if name.lower() in _TITLE_NAMES or sid.lower() in _TITLE_NAMES:
        return 1
    return None


def _outline(ppr) -> int | None:
    if ppr is None:
        return None
    el = ppr.find(_w("outlineLvl"))
    if el is None:
        return None
    try:
        value = int(el.get(VAL, ""))
    except ValueError:
        return None
    return value if 0 <= value <= 9 else None


def _num_id(ppr) -> str | None:
    if ppr is None:
        return None
    num = ppr.find(_w("numPr"))
    if num is None:
        return None
    nid = num.find(_w("numId"))
    return (nid.get(VAL) or "0") if nid is not None else None


def _flag(ppr, tag: str) -> bool | None:
    if ppr is None:
        return None
    el = ppr.find(_w(tag))
    if el is None:
        return None
    return (el.get(VAL) or "true").lower() not in FALSE_VALUES


# --------------------------------------------------------------------------- body


@dataclass
class _Pages:
    """Page counter fed with the page breaks met in reading order.

    A block's page is the page where it starts. Breaks before the first content
    are ignored (Word does not start a document with a blank page); breaks after a
    block wait for the next content, which lands on the page after them; breaks
    inside a block (text on both sides) move the counter at once.
    """

    page: int = 1
    pending: int = 0
    content_seen: bool = False

    def at_content(self) -> int:
        if self.content_seen:
            self.page += self.pending
        self.pending = 0
        self.content_seen = True
        return self.page


TEXT = "T"  # marks text in a sequence of page-break counts


def _tally(events: list) -> tuple[int, int, int]:
    """(breaks before the first text, breaks between texts, breaks after the last text)."""
    before = inner = after = 0
    seen = False
    for e in events:
        if e == TEXT:
            if seen:
                inner += after
                after = 0
            seen = True
        elif seen:
            after += e
        else:
            before += e
    return before, inner, after


@dataclass
class _Para:
    text: str
    events: list = field(default_factory=list)  # page-break counts and TEXT marks, in order
    boxes: list = field(default_factory=list)  # text-box contents to read after the paragraph
    images: int = 0


class _Walker:
    """Turns body XML into builder calls, keeping track of pages."""

    def __init__(self, builder: DocumentBuilder, styles: _Styles, *, rendered: bool, paged: bool) -> None:
        self.b = builder
        self.styles = styles
        # When Word saved its layout (lastRenderedPageBreak), that is the truth and
        # already includes hard breaks; otherwise the hard breaks are counted.
        self.rendered = rendered
        self.paged = paged
        self.tracker = _Pages()

    def _emit(self, events: list, add) -> None:
        """Place a block that holds ``events`` on its page and call ``add(page)``."""
        before, inner, after = _tally(events)
        self.tracker.pending += before
        page = self.tracker.at_content()
        add(page if self.paged else None)
        self.tracker.page += inner
        self.tracker.pending += after

    def blocks(self, parent, depth: int) -> None:
        for child in _content_children(parent):
            if child.tag == P:
                self.paragraph(child, depth)
            elif child.tag == TBL:
                self.table(child, depth)

    def paragraph(self, p, depth: int) -> None:
        ppr = p.find(PPR)
        sid_el = ppr.find(_w("pStyle")) if ppr is not None else None
        sid = sid_el.get(VAL) if sid_el is not None else None
        level, style_list, style_break, is_toc = self.styles.resolve(sid)
        para = self.read_paragraph(p)
        events = para.events
        if not self.rendered:
            direct_break = _flag(ppr, "pageBreakBefore")
            if direct_break if direct_break is not None else style_break:
                events = [1] + events
            sect = ppr.find(_w("sectPr")) if ppr is not None else None
            if sect is not None:
                kind = sect.find(_w("type"))
                if kind is None or kind.get(VAL) != "continuous":
                    events = events + [1]  # a section break starts a new page by default
        outline = _outline(ppr)
        if outline is not None:
            level = outline + 1 if outline < 9 else None
        num = _num_id(ppr)
        is_list = (num != "0") if num is not None else style_list

        text = para.text.strip()
        if text and not is_toc:
            if level is not None and len(text) <= MAX_HEADING_CHARS:
                self._emit(events, lambda page: self.b.heading(text, level, page))
            elif is_list:
                self._emit(events, lambda page: self.b.list_item(text, page))
            else:
                self._emit(events, lambda page: self.b.paragraph(text, page))
        elif para.images:
            self._emit([e for e in events if e != TEXT] + [TEXT], lambda page: None)
        else:
            self.tracker.pending += sum(e for e in events if e != TEXT)
        for box in para.boxes:
            self.blocks(box, depth + 1)

    def read_paragraph(self, p) -> _Para:
        parts: list[str] = []
        para = _Para("")
        events = para.events
        stack = [iter(p)]
        while stack:
            el = next(stack[-1], None)
            if el is None:
                stack.pop()
                continue
            tag = el.tag
            if not isinstance(tag, str) or tag in SKIP_IN_PARAGRAPH:
                continue
            if tag == RUN and _hidden_run(el):
                continue  # hidden text (w:vanish) is not part of the document as read
            if tag == T or tag == M_T:
                if el.text:
                    parts.append(el.text)
                    if el.text.strip() and (not events or events[-1] != TEXT):
                        events.append(TEXT)
            elif tag in (TAB, PTAB):
                parts.append("\t")
            elif tag == BR:
                kind = el.get(_w("type"))
                if kind == "page":
                    if not self.rendered:
                        events.append(1)
                elif kind != "column":
                    parts.append("\n")
            elif tag == CR:
                parts.append("\n")
            elif tag == NO_BREAK_HYPHEN:
                parts.append("-")
            elif tag == LAST_RENDERED:
                events.append(1)
            elif tag == TXBX:
                para.boxes.append(el)
            else:
                if tag in (DRAWING, PICT, OBJECT):
                    para.images += 1
                stack.append(iter(el))
        para.text = "".join(parts)
        return para

    def table(self, tbl, depth: int) -> None:
        if depth >= MAX_TABLE_DEPTH:
            self._flat_table(tbl)
            return
        rows = list(_content_children(tbl, TR))
        cells_per_row = [list(_content_children(r, TC)) for r in rows]
        if sum(len(cs) for cs in cells_per_row) == 1:
            # A one-cell table is a frame around ordinary content: read it as body.
            cell = next(c for cs in cells_per_row for c in cs)
            self.blocks(cell, depth + 1)
            return
        table_no = self.b.new_table()
        for cells in cells_per_row:
            texts: list[str] = []
            nested: list = []
            tallies = []
            for tc in cells:
                text, events, inner_tables = self._cell(tc)
                texts.append(text)
                nested.extend(inner_tables)
                tallies.append(_tally(events))
            # A row that runs over a page break has a break in every column: count it once.
            before = max((t[0] for t in tallies), default=0)
            inner = max((t[1] for t in tallies), default=0)
            after = max((t[2] for t in tallies), default=0)
            if any(t.strip() for t in texts):
                events = [before, TEXT, inner, TEXT, after] if inner else [before, TEXT, after]
                self._emit(events, lambda page: self.b.table_row(texts, table_no, page))
            else:
                self.tracker.pending += before + inner + after
            for inner_tbl in nested:
                self.table(inner_tbl, depth + 1)

    def _cell(self, tc) -> tuple[str, list, list]:
        """Text of a cell, its page-break events, and its nested tables."""
        tcpr = tc.find(_w("tcPr"))
        if tcpr is not None:
            for merge in (tcpr.find(_w("vMerge")), tcpr.find(_w("hMerge"))):
                if merge is not None and merge.get(VAL, "continue") == "continue":
                    return "", [], []  # continuation of a merged cell: read with its first cell
        texts: list[str] = []
        events: list = []
        nested: list = []
        for child in _content_children(tc):
            if child.tag == P:
                para = self.read_paragraph(child)
                if para.text.strip():
                    texts.append(para.text)
                events.extend(para.events)
                for box in para.boxes:
                    texts.extend(self.read_paragraph(q).text for q in box.iter(P))
            elif child.tag == TBL:
                nested.append(child)
        return "\n".join(texts), events, nested

    def _flat_table(self, tbl) -> None:
        paras = [self.read_paragraph(p) for p in tbl.iter(P)]
        text = " ".join(p.text for p in paras if p.text.strip())
        if text.strip():
            events = [e for p in paras for e in p.events]
            self._emit(events, lambda page: self.b.paragraph(text, page))


def _hidden_run(run) -> bool:
    rpr = run.find(RPR)
    if rpr is None:
        return False
    vanish = rpr.find(VANISH)
    return vanish is not None and (vanish.get(VAL) or "true").lower() not in FALSE_VALUES


def _has_hard_breaks(body, styles: _Styles) -> bool:
    """Whether the body has explicit page breaks (then page numbers can be counted)."""
    for el in body.iter(BR, _w("sectPr"), _w("pageBreakBefore"), _w("pStyle")):
        tag = el.tag
        if tag == BR and el.get(_w("type")) == "page":
            return True
        if tag == _w("sectPr") and el.getparent() is not None and el.getparent().tag == PPR:
            kind = el.find(_w("type"))
            if kind is None or kind.get(VAL) != "continuous":
                return True
        if tag == _w("pageBreakBefore") and (el.get(VAL) or "true").lower() not in FALSE_VALUES:
            return True
        if tag == _w("pStyle") and styles.resolve(el.get(VAL))[2]:
            return True
    return False


def _content_children(parent, want: str | None = None) -> Iterator:
    """Children of ``parent`` with content-control and custom-XML wrappers unwrapped."""
    stack = [iter(parent)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        tag = el.tag
        if tag == SDT:
            content = el.find(SDT_CONTENT)
            if content is not None and len(stack) < 32:
                stack.append(iter(content))
        elif tag == CUSTOM_XML or tag == f"{{{MC_NS}}}AlternateContent" or tag == f"{{{MC_NS}}}Choice":
            if len(stack) < 32:
                stack.append(iter(el))
        elif want is None or tag == want:
            yield el
