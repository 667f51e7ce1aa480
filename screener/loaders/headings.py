"""Headings guessed from a line of text: one detector for every loader that has to guess.

DOCX and HTML carry their headings (styles, ``<h1>``-``<h6>``) and do not guess. PDF and
plain text do, from the same things a reader sees in a title line:

* a **keyword** and a number: "CHAPTER II", "Capítulo 3 - Diagnóstico", "Partie 2",
  "Annex A", "Eje 1", "Pilier premier" (level 1);
* **numbering**: "2.4.1 Water supply" (depth 3), "IV. Objectives" (depth 1);
* **shape**: short, no sentence end, not a caption ("Table 3", "Fuente:"), not a contents
  line (leader dots, a page number after a wide gap), not an indicator code ("OE-2.1")
  or a row of figures;
* **type**, where the loader can see it (``Cues.styled``): set larger than the body text,
  in bold, or in capitals, and on a line of its own. Plain text has no type: a line that
  stands alone as a paragraph needs only the title's shape, in capitals when it has no
  numbering.

``classify`` returns a ``Heading`` (numbering depth, keyword) or None. What is layout only
(a run-in title opening a paragraph, a title wrapped over two lines, levels from type
sizes) stays with the loader that has the layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .paragraphs import LIST_MARKER

# Words that open a numbered part of a plan or a law, in en/es/fr, and the numbers they take.
KEYWORDS = (
    "chapter", "chapitre", "cap[ií]tulo", "part", "partie", "parte", "t[ií]tulo", "titre", "title",
    "section", "secci[oó]n", "annex", "annexe", "anexo", "appendix", "ap[ée]ndice", "axe", "eje",
    "pilar", "pilier", "pillar", "livre", "libro", "book",
)
_KEYWORD_PATTERN = (
    r"^(?:" + "|".join(KEYWORDS) + r")\s+"
    r"(?:\d{1,3}|[IVXLC]{1,6}|[A-Z]|premier|primero|one|first)(?=[\s.:/\-–—]|$)"
)
KEYWORD = re.compile(_KEYWORD_PATTERN, re.IGNORECASE)
# The keyword and its number alone on the line ("CAPÍTULO I"): its title follows on the next.
KEYWORD_ONLY = re.compile(_KEYWORD_PATTERN + r"[\s.:\-–—]*$", re.IGNORECASE)
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,5})\.?\s+(\S.*)$")
ROMAN = re.compile(r"^([IVXLC]{1,6})([.)]?)\s+(\S.*)$")
# Captions and notes are not headings, even in bold.
NOT_HEADING = re.compile(
    r"^(?:table|tabla|tableau|figure|figura|fig\.|gr[aá]fico|graphique|graph|chart|cuadro|encadr[eé]|box|"
    r"source|fuente|note|nota)\b",
    re.IGNORECASE,
)
# "Table of contents" starts like a caption. Plain text keeps it as a heading (its section
# runs to the next heading of its level). In a PDF it stays a line: the contents role finds
# it all the same, and as a heading its type size would rank it over the document's own
# headings and nest the whole document under it.
_CONTENTS_TITLE = re.compile(r"^(?:table\s+of\s+contents|tabla\s+de\s+contenidos?|table\s+des\s+mati)", re.IGNORECASE)
# First letters a heading can have besides a digit (keywords, roman numerals): a line
# starting otherwise needs type (size, weight, capitals) to be one.
FIRST_LETTERS = "".join(sorted({k[0].upper() for k in KEYWORDS} | set("IVXLC")))
# Codes of indicators, objectives, projects ("I-01", "OE-2.1"): capitals, a dash, digits.
CODE = re.compile(r"^[A-Z]{1,4}-\d{1,3}(?:\.\d{1,3})*(?:\s|$)")
LEADERS = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}")
# A contents line of converted text: the page number after dots or a wide gap.
_PAGE_TAIL = re.compile(r"(?:\.{3,}|…{2,}|\s{3,})\s*\d{1,4}\s*$")
_INITIAL = re.compile(r"\b\w\.$")  # "... J." ends with an initial, not a sentence
# A letter (or a numeral letter such as "²": a line holding only those and figures fails
# ``mostly_figures`` whenever it reads as a heading at all).
_LETTER = re.compile(r"[^\W\d_]")

MAX_CHARS = 160
MAX_PLAIN_CHARS = 120  # plain text: a longer line is a sentence
MAX_WORDS = 22
MAX_TITLE_WORDS = 14  # the title after a number, in plain text
MAX_CAPS_WORDS = 12  # a title in capitals, in plain text


@dataclass(frozen=True, slots=True)
class Cues:
    """What the loader can tell about a line beyond its text.

    ``styled``: the loader sees type (PDF). ``bigger``: set larger than the body text.
    ``bold``: set in bold. ``standalone``: on a line of its own (stops short of the margin,
    or the next line is set differently); for plain text, a paragraph of one line.
    """

    styled: bool = False
    bigger: bool = False
    bold: bool = False
    standalone: bool = True


PLAIN = Cues()


@dataclass(frozen=True, slots=True)
class Heading:
    depth: int | None = None  # numbering depth ("2.4.1" -> 3), None without numbering
    keyword: bool = False  # opens with a chapter keyword ("Chapter 3", "TÍTULO II")


def is_caps(text: str) -> bool:
    """All cased letters upper case, and at least a short word's worth of letters ("I-01 850" is not)."""
    return text.isupper() and sum(1 for c in text if c.isalpha()) >= 4


def mostly_caps(text: str, share: float = 0.9) -> bool:
    """At least four letters, ``share`` of them capitals (plain text: "COVID-19 IN NEPAL: a")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= share * len(letters)


def mostly_figures(text: str) -> bool:
    """Hardly any letters among the figures ("I-01 850 4.000"): a table row, not a title ("Plan 2025-2029")."""
    letters = sum(1 for c in text if c.isalpha())
    digits = sum(1 for c in text if c.isdigit())
    return letters < 3 or digits > 2 * letters


def is_contents_line(text: str) -> bool:
    """Leader dots, or a page number after dots or a wide gap: an entry of a table of contents."""
    return bool(LEADERS.search(text) or _PAGE_TAIL.search(text))


def ends_sentence(text: str) -> bool:
    """Ends with a full stop that is not an initial's."""
    return text.endswith(".") and not _INITIAL.search(text)


def classify(text: str, cues: Cues = PLAIN) -> Heading | None:
    """The heading ``text`` reads as, given what the loader saw (``cues``), or None."""
    if len(text) > (MAX_CHARS if cues.styled else MAX_PLAIN_CHARS) or text.endswith((",", ";")):
        return None
    if (
        not _LETTER.search(text)
        or NOT_HEADING.match(text) and (cues.styled or not _CONTENTS_TITLE.match(text))
        or is_contents_line(text)
        or len(text.split()) > MAX_WORDS
    ):
        return None
    found = _kind(text, cues)
    if found is not None and (CODE.match(text) or mostly_figures(text)):
        return None  # an indicator code ("I-01", "OE-2.1") or a row of figures, not a heading
    return found


def _kind(text: str, cues: Cues) -> Heading | None:
    if KEYWORD.match(text):
        return Heading(None, True)
    ends = ends_sentence(text)
    if not cues.styled and text.endswith((".", ":")):
        return None  # without type, a line ending a sentence or opening a list is prose
    m = NUMBERED.match(text)
    if m:
        nums = m.group(1).split(".")
        rest = m.group(2)
        if not rest[:1].isupper() or ends:
            return None
        depth = len(nums)
        if not cues.styled:
            # Converted text keeps a page number before a running title ("36 FIRST NATIONAL
            # ... PLAN"): read as a heading, it is then dropped as a repeated title.
            return Heading(depth) if len(rest.split()) <= MAX_TITLE_WORDS else None
        if int(nums[0]) == 0 or int(nums[0]) > 40:
            return None  # a footnote or a figure, not a chapter
        if cues.bigger or cues.bold or is_caps(rest) or (depth >= 2 and len(text) <= 100 and cues.standalone):
            return Heading(depth)
        return None
    m = ROMAN.match(text)
    # A bare "C" is a letter ("C E R T I F I C A C I Ó N"), "C." a numeral.
    if m and m.group(3)[:1].isupper() and not ends and (m.group(2) or "C" not in m.group(1)):
        rest = m.group(3)
        if cues.styled and (cues.bigger or cues.bold or is_caps(rest)):
            return Heading(1)
        if not cues.styled and m.group(2) and len(rest.split()) <= MAX_TITLE_WORDS:
            return Heading(1)
    if ends:
        return None
    if not cues.styled:
        return Heading() if len(text.split()) <= MAX_CAPS_WORDS and mostly_caps(text) else None
    if cues.bigger and len(text) <= 120:
        return Heading()
    if (cues.bold or is_caps(text)) and len(text) <= 100 and cues.standalone and not LIST_MARKER.match(text):
        return Heading()
    return None


__all__ = [
    "CODE", "Cues", "FIRST_LETTERS", "Heading", "KEYWORD", "KEYWORD_ONLY", "KEYWORDS", "LEADERS", "NOT_HEADING", "NUMBERED", "PLAIN",
    "ROMAN", "classify", "ends_sentence", "is_caps", "is_contents_line", "mostly_caps", "mostly_figures",
]
