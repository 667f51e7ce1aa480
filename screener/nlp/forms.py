"""Lemma-safe inflections: the surface forms a one-word term may match, from the lookup table.

Matching a one-word term on its lookup lemma is unsafe: the tables collapse different
words onto one headword ("deporte" -> "deportar", so "al deporte" matched *deportados*;
"traffic" and "trafficking" -> "traffic"; "medidas" -> "medir"). Instead, a one-word term
matches the written forms generated here, once per language and lemma:

1. every surface form ``s`` whose lookup lemma is the term's lemma ``L`` (inverse lookup);
2. kept only when ``s`` is *safe*, i.e. not itself a different word:
   - ``s`` is the term itself (always kept);
   - ``s`` has one lemma only (the French table lists several for some forms);
   - ``s`` is not the headword of another family ("deporte" is the lemma of "deportes"):
     a form that is a headword itself is kept only as a gender/number variant of the term
     ("réfugié", the headword of "réfugiée", for "réfugiés");
   - ``s`` keeps the term's stem. When the term is its own headword ("emigrar",
     "migrant", "deportación") at most ``MAX_ENDING`` characters differ at either end
     ("emigran", "migrants", "deportaciones"). When the term is an inflection mapped onto
     another headword ("trafficking" -> "traffic", "desplazados" -> "desplazar",
     "réfugiés" -> "réfugier": a participle or gerund standing for a noun), only its
     gender and number variants are kept: the two words may differ only by the letters
     of ``NUMBER_GENDER`` ("desplazadas", "réfugiée"; not "traffic", "desplazan",
     "réfugie", "medir").

The result is deterministic and cached per (language, lemma); docs/lexicon-format.md
describes it for lexicon authors and ``screener lexicon show --forms`` prints it.
"""

from __future__ import annotations

import functools
import threading
from typing import Iterable

MAX_ENDING = 3  # characters a headword term's inflection may change at its end
# Letters that mark gender and number at the end of a word, per language.
NUMBER_GENDER = {"en": frozenset("s"), "es": frozenset("aoes"), "fr": frozenset("esx")}

_LOCK = threading.Lock()
_FORMS: dict[tuple[str, str], tuple[str, ...]] = {}  # (lang, lemma) -> surface forms with that lemma


@functools.lru_cache(maxsize=None)
def lemma_table(lang: str) -> dict | None:
    """The lookup table of ``lang`` (surface form -> lemma, or list of lemmas for French)."""
    from .pipeline import _load_table

    return _load_table(lang)


def _lemmas(table: dict | None, word: str) -> tuple[str, ...]:
    if table is None:
        return (word,)
    value = table.get(word)
    if value is None:
        return (word,)
    if isinstance(value, str):
        return (value or word,)
    try:
        out = tuple(dict.fromkeys(v for v in value if isinstance(v, str) and v))
    except TypeError:
        return (word,)
    return out or (word,)


def lookup_lemma(word: str, lang: str) -> str:
    """The lemma the pipeline gives ``word`` (lower-cased): the table's first entry."""
    return _lemmas(lemma_table(lang), word.lower())[0]


@functools.lru_cache(maxsize=None)
def headwords(lang: str) -> frozenset[str]:
    """Every lemma the table maps some other form onto (the dictionary's headwords)."""
    table = lemma_table(lang)
    if table is None:
        return frozenset()
    out: set[str] = set()
    for k, v in table.items():
        if isinstance(v, str):
            if v != k:
                out.add(v)
        else:
            out.update(x for x in v if x != k)
    return frozenset(out)


def _prime(lang: str, lemmas: Iterable[str]) -> None:
    """Fill the (lang, lemma) -> forms cache for ``lemmas`` with one pass over the table."""
    table = lemma_table(lang)
    with _LOCK:
        missing = {l for l in lemmas if (lang, l) not in _FORMS}
    if not missing:
        return
    found: dict[str, list[str]] = {l: [] for l in missing}
    if table is not None:
        for k, v in table.items():
            if isinstance(v, str):
                if v in missing:
                    found[v].append(k)
            else:
                for x in v:
                    if x in missing:
                        found[x].append(k)
    with _LOCK:
        for l, forms in found.items():
            _FORMS[(lang, l)] = tuple(sorted(set(forms)))


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _safe(form: str, term: str, lemma: str, table: dict | None, heads: frozenset[str], lang: str) -> bool:
    if form == term:
        return True
    if len(_lemmas(table, form)) > 1:
        return False  # the table itself says the form is ambiguous
    n = _common_prefix(form, term)
    letters = NUMBER_GENDER.get(lang, frozenset("s"))
    variant = all(ch in letters for ch in term[n:] + form[n:])  # gender/number variant of the term
    if form != lemma and form in heads:
        return variant  # a headword of its own: only the term's own "réfugié"; not "deporte" <- "deportes"
    if term == lemma:
        return len(term) - n <= MAX_ENDING and len(form) - n <= MAX_ENDING + 1
    return variant


def inflected_forms_many(words: Iterable[str], lang: str) -> dict[str, tuple[str, ...]]:
    """``inflected_forms`` for many words with one pass over the table."""
    words = [w.lower() for w in words if w and " " not in w]
    table = lemma_table(lang)
    lemma_of = {w: _lemmas(table, w) for w in words}
    _prime(lang, {l for ls in lemma_of.values() for l in ls})
    heads = headwords(lang)
    out: dict[str, tuple[str, ...]] = {}
    for w, lemmas in lemma_of.items():
        if len(lemmas) > 1:  # an ambiguous term: its own written form only
            out[w] = (w,)
            continue
        lemma = lemmas[0]
        forms = {w}
        for s in (lemma,) + _FORMS.get((lang, lemma), ()):
            if _safe(s, w, lemma, table, heads, lang):
                forms.add(s)
        out[w] = tuple(sorted(forms))
    return out


def inflected_forms(word: str, lang: str) -> tuple[str, ...]:
    """The safe surface forms of one lower-case word (always including the word itself)."""
    return inflected_forms_many([word], lang).get(word.lower(), (word.lower(),))


__all__ = ["inflected_forms", "inflected_forms_many", "lemma_table", "lookup_lemma", "headwords", "MAX_ENDING", "NUMBER_GENDER"]
