"""Contents, acronym and reference pages: the apparatus a screen should skip or down-weight.

One detector for every format, run by the document builder on the blocks in reading order:

* a **title** ("Table of contents", "Índice", "Sommaire", "List of tables", "Acronyms",
  "Siglas", "Sigles et abréviations", "References", "Bibliografía", "Bibliographie"...) as
  a heading or a short line of its own opens the part; in paged formats (PDF) it runs to
  the end of the page and over the following pages that still look the part, in the other
  formats to the next heading of the same or a higher level;
* a page that looks like contents without a title (most lines end with a page number or
  leader dots), or like an acronym list (most lines open with an acronym), is marked too,
  so the second page of a long contents or acronym list is found.

"Looks the part": contents lines end with a page number (or leader dots) and hold no
sentence; acronym lines open with a token of capitals ("NDMA National Drought...");
reference lines cite a year with an author, a DOI, a URL or "et al.".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

from ..model import HEADING, ROLE_ACRONYMS, ROLE_CONTENTS, ROLE_REFERENCES

_TITLES = {
    ROLE_CONTENTS: (
        "contents", "table of contents", "contents page", "list of tables", "list of figures",
        "list of boxes", "list of maps", "list of annexes", "list of tables and figures", "list of figures and tables",
        "indice", "indice general", "indice de contenido", "contenido", "contenidos", "tabla de contenido",
        "tabla de contenidos", "lista de tablas", "lista de cuadros", "lista de figuras", "lista de graficos",
        "lista de mapas", "lista de anexos", "indice de tablas", "indice de cuadros", "indice de figuras",
        "indice de graficos", "indice de mapas", "sommaire", "table des matieres", "liste des tableaux",
        "liste des figures", "liste des encadres", "liste des cartes", "liste des annexes", "table des illustrations",
        "liste des tableaux et figures", "liste des figures et tableaux",
    ),
    ROLE_ACRONYMS: (
        "acronyms", "abbreviations", "acronyms and abbreviations", "abbreviations and acronyms", "list of acronyms",
        "list of abbreviations", "list of acronyms and abbreviations", "glossary of acronyms", "acronym",
        "siglas", "siglas y acronimos", "acronimos", "abreviaturas", "siglas y abreviaturas", "lista de siglas",
        "lista de acronimos", "lista de abreviaturas", "glosario de siglas", "acronimos y siglas",
        "sigles", "sigles et abreviations", "sigles et acronymes", "acronymes", "abreviations", "liste des sigles",
        "liste des acronymes", "liste des abreviations", "liste des sigles et abreviations",
        "liste des sigles et acronymes", "abreviations et acronymes", "acronymes et abreviations",
    ),
    ROLE_REFERENCES: (
        "references", "bibliography", "works cited", "literature cited", "reference list", "references cited",
        "referencias", "referencias bibliograficas", "bibliografia", "fuentes bibliograficas",
        "references bibliographiques", "bibliographie", "liste des references",
    ),
}
_TITLE_ROLE = {t: role for role, titles in _TITLES.items() for t in titles}

_NUMBERING = re.compile(r"^(?:(?:chapter|chapitre|cap[ií]tulo|annex|annexe|anexo)\s+)?(?:[\dIVXivx]+[.)]?\s*)*")
_PAGE_REF = re.compile(r"(?:\.{3,}|…{2,}|_{3,}|\s)\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$", re.IGNORECASE)
_FIGURES = re.compile(r"(?<![\w.])\d[\d,]*(?![\w.])")
_LEADERS = re.compile(r"\.{4,}|…{2,}|(?:\. ){4,}")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&/\-.]{1,11}s?(?:\s|\||$|:|–|-|=)")
_YEAR = re.compile(r"\b(?:19|20)\d\d[a-z]?\b")
_CITATION = re.compile(r"et al\.|doi|https?://|www\.|\bpp?\.\s*\d|\bvol\.|\(\s*(?:19|20)\d\d[a-z]?\s*\)|,\s*(?:19|20)\d\d[a-z]?[.,]", re.IGNORECASE)
_SENTENCE = re.compile(r"[a-z]{3,}[.!?]\s+[A-Z]")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def title_role(text: str) -> str | None:
    """The role a title announces ("2. References", "ÍNDICE", "Sigles et abréviations :")."""
    if len(text) > 60:
        return None
    folded = _fold(_NUMBERING.sub("", text.strip()))
    return _TITLE_ROLE.get(folded)


def _is_entry(text: str) -> bool:
    """A contents line: ends with a page number or leader dots, and is no sentence."""
    tail = text[-48:]
    if not tail or not (tail[-1].isdigit() or tail[-1] in "ivxlcIVXLC.…_" or _LEADERS.search(text)):
        return False
    if len(_FIGURES.findall(text)) >= 4:
        return False  # a row of figures ("6 Bahrain 149 54 203 24"): a statistics table, not contents
    return bool((_PAGE_REF.search(tail) or _LEADERS.search(text)) and any(c.isalpha() for c in text)
                and len(text) <= 220 and not _SENTENCE.search(_LEADERS.sub(" ", text)))


def _is_acronym_line(kind: str, text: str) -> bool:
    return bool(_ACRONYM.match(text)) and len(text) <= 200 and sum(c.isupper() for c in text.split()[0]) >= 2


def _is_reference(text: str) -> bool:
    return bool(_YEAR.search(text)) and bool(_CITATION.search(text)) and len(text) <= 600


def _looks(role: str, items: Sequence[tuple[str, str]], strict: bool) -> bool:
    """Whether a page's blocks look like ``role`` (strict: without a title to vouch for it)."""
    body = [(k, t) for k, t in items if k != HEADING]
    if len(body) < (6 if strict else 3):
        return False
    if role == ROLE_CONTENTS:
        test, share = (lambda k, t: _is_entry(t)), 0.7 if strict else 0.5
    elif role == ROLE_ACRONYMS:
        test, share = _is_acronym_line, 0.8 if strict else 0.5
    else:
        if strict:
            return False
        test, share = (lambda k, t: _is_reference(t)), 0.4
    # hits >= share * n: stop at the first miss too many (most pages are prose, soon plain).
    need = share * len(body)
    best = len(body)  # hits still possible
    for k, t in body:
        if not test(k, t):
            best -= 1
            if best < need:
                return False
    return True


def _short_lines(items: Sequence[tuple[str, str]]) -> bool:
    """Contents without page numbers ("Part-1", "Preliminary"): short lines, no sentences."""
    body = [t for k, t in items if k != HEADING]
    return len(body) >= 8 and sum(len(t) <= 80 and not t.rstrip().endswith((".", ";", ",")) for t in body) >= 0.9 * len(body)


def detect_roles(items: Sequence[tuple[str, str, int | None, int | None]]) -> list[str | None]:
    """Role of each block, given (kind, text, page, heading level) in reading order."""
    roles: list[str | None] = [None] * len(items)
    if not items:
        return roles
    if all(page is None for _k, _t, page, _l in items):
        return _by_sections(items, roles)
    return _by_pages(items, roles)


def _by_sections(items, roles):
    k = 0
    n = len(items)
    while k < n:
        kind, text, _page, level = items[k]
        role = title_role(text) if kind == HEADING or len(text) <= 40 else None
        if role is None:
            k += 1
            continue
        own_level = level if kind == HEADING else None
        j = k + 1
        while j < n:
            kj, tj, _pj, lj = items[j]
            if kj == HEADING and (own_level is None or (lj or 1) <= own_level) and title_role(tj) != role:
                break
            j += 1
        for m in range(k, j):
            roles[m] = role
        k = j
    return roles


def _by_pages(items, roles):
    pages: dict[int, list[int]] = {}
    for idx, (_k, _t, page, _l) in enumerate(items):
        pages.setdefault(page if page is not None else 0, []).append(idx)
    order = sorted(pages)
    carried: tuple[str, bool] | None = None  # (role, title page had page numbers) running on
    for page in order:
        idxs = pages[page]
        content = [(items[i][0], items[i][1]) for i in idxs]
        start = next((p for p, i in enumerate(idxs) if (items[i][0] == HEADING or len(items[i][1]) <= 40)
                      and title_role(items[i][1])), None)
        if start is not None:
            role = title_role(items[idxs[start]][1])
            for i in idxs[start:]:
                roles[i] = role
            rest = content[start + 1:]
            carried = (role, _looks(role, rest, strict=False) if role == ROLE_CONTENTS else True)
            continue
        role = None
        if carried is not None:
            r, numbered = carried
            if _looks(r, content, strict=False) or (r == ROLE_CONTENTS and not numbered and _short_lines(content)):
                role = r
        if role is None:
            role = next((r for r in (ROLE_CONTENTS, ROLE_ACRONYMS) if _looks(r, content, strict=True)), None)
        if role is None:
            carried = None
            continue
        for i in idxs:
            roles[i] = role
        carried = (role, carried[1] if carried and carried[0] == role else True)
    return roles


__all__ = ["detect_roles", "title_role"]
