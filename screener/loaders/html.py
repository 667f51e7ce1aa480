"""HTML loader: headings, paragraphs, lists and tables of a web page or an exported plan.

BeautifulSoup with Python's own ``html.parser``: it fetches nothing and expands no
external entities, so a hostile page cannot reach the network or the disk.
Scripts, styles and page chrome (navigation, site header and footer) are dropped
so that only the document's own text is screened.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

from ..errors import NoTextLayerError
from ..model import Document
from .base import DocumentBuilder
from .text import decode_text

# Never text of the document.
DROP_TAGS = (
    "script", "style", "noscript", "template", "head", "svg", "math", "canvas", "iframe", "object",
    "embed", "form", "button", "select", "textarea", "input", "nav", "dialog", "audio", "video", "map",
)
# Page chrome when they belong to the page rather than to an article or section.
CHROME_TAGS = ("header", "footer")
CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar"}
CONTENT_PARENTS = {"article", "main", "section"}

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
TEXT_BLOCKS = {"p", "pre", "address", "figcaption", "caption", "dt", "dd", "summary", "legend"}
CONTAINERS = {
    "html", "body", "main", "article", "section", "div", "aside", "blockquote", "figure", "details",
    "center", "fieldset", "dl", "hgroup", "header", "footer", "search",
}
BLOCK_TAGS = set(HEADINGS) | TEXT_BLOCKS | CONTAINERS | {"ul", "ol", "li", "table", "tr", "td", "th", "hr", "menu", "br"}
MAX_DEPTH = 150  # deeper markup is read as plain text (no recursion limit surprises)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_PARA_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


def decode_html(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOM, then the declared meta charset, then UTF-8, cp1252, latin-1."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    m = _META_CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii", "replace").lower()
        if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            name = "cp1252"  # what browsers do, and what such pages really contain
        try:
            codecs.lookup(name)
            if not name.startswith("utf-16") and not name.startswith("utf-32"):
                return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)


def load_html(path: Path, data: bytes) -> Document:
    """Read an HTML file into a ``Document`` (pages are always None)."""
    from bs4 import BeautifulSoup

    text, _encoding = decode_html(data)
    soup = BeautifulSoup(defuse_markup(text), "html.parser")
    builder = DocumentBuilder()
    title_el = soup.find("title")
    if title_el is not None:
        title = " ".join(title_el.get_text(" ").split())
        if title:
            builder.metadata["title"] = title[:500]
    author = soup.find("meta", attrs={"name": re.compile(r"^(?:author|dc\.creator)$", re.I)})
    if author is not None and isinstance(author.get("content"), str) and author["content"].strip():
        builder.metadata["author"] = " ".join(author["content"].split())[:500]
    html_el = soup.find("html")
    declared_lang = html_el.get("lang") if html_el is not None else None

    root = soup.find("main") or soup.find(attrs={"role": "main"})
    in_content = root is not None
    if root is None or not inline_text(root).strip():
        root, in_content = (soup.body or soup), False
    walker = _Walker(builder)
    walker.walk(root.children, 0, in_content)
    walker.flush()
    if not len(builder) and soup.find("img") is not None:
        raise NoTextLayerError(path, "the HTML page holds only images and no text", "Get a text version of the document, or run OCR on the images.")
    doc = builder.build(path, data, "html", None)
    if doc.language == "und" and isinstance(declared_lang, str) and re.fullmatch(r"[A-Za-z]{2}(?:[-_].*)?", declared_lang):
        doc = replace(doc, language=declared_lang[:2].lower())
    return doc


_TAG_OPEN = re.compile(r"<[A-Za-z]")
FAR_TAG_END = 512


def defuse_markup(text: str) -> str:
    """Escape ``<`` that cannot open a tag, so ``html.parser`` stays linear.

    Python's parser rescans up to the next ``>`` for every ``<`` that does not
    complete a tag; a damaged file with many such ``<`` (no ``>`` nearby, another
    ``<`` first) takes minutes. Those ``<`` are text to a browser too.
    """
    out: list[str] = []
    last = 0
    gt = -1
    n = len(text)
    for m in _TAG_OPEN.finditer(text):
        pos = m.start()
        if gt < pos:
            gt = text.find(">", pos)
            if gt == -1:
                gt = n
        if gt - pos > FAR_TAG_END:
            nxt = text.find("<", pos + 1, gt)
            if nxt != -1:
                out.append(text[last:pos])
                out.append("&lt;")
                last = pos + 1
    if out:
        out.append(text[last:])
        text = "".join(out)
    # An unclosed "<!--" also makes the parser rescan to the end, once per "<!--".
    end = text.rfind("-->")
    tail_start = text.find("<!--", end + 3 if end != -1 else 0)
    if tail_start != -1:
        text = text[:tail_start] + text[tail_start:].replace("<!--", "&lt;!--")
    return text


def _hidden(el) -> bool:
    attrs = el.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    style = str(attrs.get("style", "")).replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _dropped(el, in_content: bool) -> bool:
    """Never the document's text: scripts, hidden elements, page chrome outside the content."""
    name = (el.name or "").lower()
    if name in DROP_TAGS or _hidden(el):
        return True
    if str(el.attrs.get("role") or "").lower() in CHROME_ROLES:
        return True
    return name in CHROME_TAGS and not in_content


def _is_text(node) -> bool:
    from bs4 import NavigableString

    return type(node) is NavigableString  # not comments, doctypes, CDATA, script/style text


def _tags(nodes):
    from bs4 import Tag

    return [n for n in nodes if isinstance(n, Tag)]


class _Walker:
    """Walk that emits a block per block-level element, with inline text buffered.

    Depth is bounded (deeper markup is read as plain text) and nothing here walks
    up the tree, so deeply nested or damaged pages stay linear.
    """

    def __init__(self, builder: DocumentBuilder) -> None:
        self.b = builder
        self.buffer: list[str] = []

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer.clear()
        for part in _PARA_BREAK.split(text):
            self.b.paragraph(part)

    def walk(self, nodes, depth: int, in_content: bool) -> None:
        from bs4 import Tag

        for child in list(nodes):
            if _is_text(child):
                self.buffer.append(str(child))
                continue
            if not isinstance(child, Tag) or _dropped(child, in_content):
                continue
            name = (child.name or "").lower()
            if name == "br":
                self.buffer.append("\n")
                continue
            if depth >= MAX_DEPTH:
                self.buffer.append(inline_text(child))
                continue
            inner = in_content or name in CONTENT_PARENTS
            if name not in BLOCK_TAGS:
                self.walk(child.children, depth + 1, inner)  # inline element: its text joins the buffer
                continue
            self.flush()
            if name in HEADINGS:
                self.b.heading(inline_text(child), HEADINGS[name])
            elif name in TEXT_BLOCKS:
                self.b.paragraph(inline_text(child))
            elif name in ("ul", "ol", "menu"):
                self.list(child, depth + 1, inner)
            elif name == "li":
                self.list_item(child, depth + 1, inner)
            elif name == "table":
                self.table(child, depth + 1, inner)
            elif name != "hr":
                self.walk(child.children, depth + 1, inner)
                self.flush()

    def list(self, el, depth: int, in_content: bool) -> None:
        for child in el.children:
            if _is_text(child):
                self.buffer.append(str(child))
                continue
            if not hasattr(child, "name") or child.name is None:
                continue
            if depth >= MAX_DEPTH:
                self.buffer.append(inline_text(child))
            elif child.name == "li" and not _dropped(child, in_content):
                self.flush()
                self.list_item(child, depth + 1, in_content)
            elif child.name in ("ul", "ol") and not _dropped(child, in_content):
                self.flush()
                self.list(child, depth + 1, in_content)
            else:
                self.walk([child], depth + 1, in_content)
        self.flush()

    def list_item(self, li, depth: int, in_content: bool) -> None:
        self.b.list_item(inline_text(li, stop=("ul", "ol", "table")))
        for inner in _find_outer(li, ("ul", "ol", "table")):
            if _dropped(inner, in_content):
                continue
            if depth >= MAX_DEPTH:
                self.b.paragraph(inline_text(inner))
            elif inner.name == "table":
                self.table(inner, depth + 1, in_content)
            else:
                self.list(inner, depth + 1, in_content)

    def table(self, table, depth: int, in_content: bool) -> None:
        rows = _rows(table)
        cells = [[c for c in _tags(tr.children) if c.name in ("td", "th")] for tr in rows]
        for caption in _tags(table.children):
            if caption.name == "caption":
                self.b.paragraph(inline_text(caption))
        if not rows or sum(len(cs) for cs in cells) <= 1:
            # No rows (broken markup) or one cell (a layout table): ordinary body text.
            parts = [c for cs in cells for c in cs] if rows else [table]
            for part in parts:
                self.walk([c for c in part.children if getattr(c, "name", None) != "caption"], depth + 1, in_content)
                self.flush()
            return
        number = self.b.new_table()
        for row in cells:
            texts = [inline_text(cell, stop=("table",)) for cell in row]
            self.b.table_row(texts, number)
            for cell in row:
                for inner in _find_outer(cell, ("table",)):
                    if depth >= MAX_DEPTH:
                        self.b.paragraph(inline_text(inner))
                    elif not _dropped(inner, in_content):
                        self.table(inner, depth + 1, in_content)


def _rows(table) -> list:
    """The table's own rows (through thead/tbody/tfoot), not those of nested tables."""
    rows = []
    stack = list(reversed(_tags(table.children)))
    while stack:
        el = stack.pop()
        if el.name == "tr":
            rows.append(el)
        elif el.name in ("thead", "tbody", "tfoot", "form"):
            stack.extend(reversed(_tags(el.children)))
    return rows


def _find_outer(el, names: tuple[str, ...]) -> list:
    """Descendants named ``names`` that are not inside another such descendant."""
    found = []
    stack = list(reversed(_tags(el.children)))
    while stack:
        node = stack.pop()
        if node.name in names:
            found.append(node)
        else:
            stack.extend(reversed(_tags(node.children)))
    return found


def inline_text(el, stop: tuple[str, ...] = ()) -> str:
    """Text of an element without dropped parts; ``<br>`` and block children become line breaks.

    Elements named in ``stop`` are skipped (a cell's nested table is read on its own).
    """
    from bs4 import Tag

    parts: list[str] = []
    stack = [iter(el.children)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        if _is_text(node):
            parts.append(str(node))
        elif isinstance(node, Tag):
            name = (node.name or "").lower()
            if name in stop or name in DROP_TAGS or _hidden(node):
                continue
            if name == "br" or name in BLOCK_TAGS:
                parts.append("\n")
            stack.append(iter(node.children))
    return "".join(parts)
