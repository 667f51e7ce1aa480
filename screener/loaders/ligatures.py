"""Ligatures: words that PDF text layers split after ff/fi/fl/ffi/ffl/ft, and ligature code points.

A font that draws "fi" as one glyph may map it to "fi " or leave a gap after it, so the
text reads "afi rmativa", "eff orts", "Traff icking" and "trafficking" is never matched.
Two kinds of evidence rejoin such a word, never two real words:

* geometry (PDF only): the space PDFium reports after the ligature overlaps the ligature's
  own glyph box, or PDFium generated it from a gap (``FPDFText_IsGenerated``) inside what
  the glyph boxes show is one run of letters;
* a word list of the document's language, built lazily from the keys and values of the
  spacy-lookups-data lemma table (plus spaCy's stop words): the joined form is a word and
  the two parts are not both words ("of ten" stays, "eff orts" becomes "efforts").

Unicode ligature characters (U+FB00-FB06) are mapped to their letters in ``clean_text`` for
every format.
"""

from __future__ import annotations

import ctypes
import json
import re
from functools import lru_cache
from pathlib import Path

LIGATURE_CHARS = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
})
# A word ending in a ligature's letters, a space, a lower-case fragment.
SPLIT = re.compile(r"(?<![^\W\d_])([^\W\d_]*(?:ff|fi|fl|ft|f))\s([a-zß-öø-ÿœ]+)(?![^\W\d_])")
# Where a ligature glyph can leave a false space: after ff, fi, fl, ft (not after "of").
_GLYPH_SPLIT = re.compile(r"(?<![^\W\d_])([^\W\d_]*(?:ff|fi|fl|ft))\s([a-zß-öø-ÿœ]+)(?![^\W\d_])")
# What every _GLYPH_SPLIT match holds: a fast literal scan rules out most pages (20 times
# cheaper than the full pattern, which tries every letter as a word start).
_GLYPH_SPLIT_HINT = re.compile(r"f[filt]\s[a-zß-öø-ÿœ]")
_CANDIDATE = re.compile(r"(?:ff|fi|fl|ft|f) [a-zß-öø-ÿœ]")


def has_candidates(text: str) -> bool:
    return bool(_CANDIDATE.search(text))


def candidates(text: str, lang: str) -> bool:
    """Whether ``text`` holds a split that the word list must judge: not after a stop word
    ("of the", "if it" need no word list)."""
    if not _CANDIDATE.search(text):
        return False
    stop = stop_words(lang)
    return any(m.group(1).lower() not in stop for m in SPLIT.finditer(text))


_QUOTED = re.compile(r'"([^"\\]*)"')


@lru_cache(maxsize=8)
def words(lang: str) -> frozenset[str]:
    """Lower-case words of ``lang`` (empty when the language has no lemma table).

    Every quoted string of the lemma table's JSON (its keys, the inflected forms, and its
    values, the lemmas), taken with one regular expression: three times faster than
    parsing the JSON into a dict only to throw the mapping away.
    """
    out: set[str] = set()
    try:
        import gzip
        from importlib import resources

        path = resources.files("spacy_lookups_data") / "data" / f"{lang}_lemma_lookup.json.gz"
        if path.is_file():
            raw = gzip.decompress(path.read_bytes()).decode("utf-8")
            if "\\u" in raw:  # escaped characters: let a JSON parser read them
                raw = json.dumps(json.loads(raw), ensure_ascii=False)
            out.update(_QUOTED.findall(raw))
    except (ImportError, OSError, ValueError):
        pass
    out.update(stop_words(lang))
    return frozenset(out)


@lru_cache(maxsize=8)
def stop_words(lang: str) -> frozenset[str]:
    return frozenset(_spacy_stop_words(lang))


def _spacy_stop_words(lang: str) -> set[str]:
    """spaCy's stop-word list of ``lang`` ("ten", "often"...), read from its source file:
    importing ``spacy.lang.<lang>`` would compile the language's tokenizer rules (seconds)."""
    try:
        from importlib.util import find_spec

        spec = find_spec("spacy")  # finds the package without importing it (that takes a second)
        if spec is None or not spec.submodule_search_locations:
            return set()
        path = Path(list(spec.submodule_search_locations)[0]) / "lang" / lang / "stop_words.py"
        src = path.read_text(encoding="utf-8")
    except (ImportError, OSError, ValueError):
        return set()
    m = re.search(r'"""(.*?)"""', src, re.DOTALL)
    return {w.lower() for w in m.group(1).split()} if m else set()


def rejoin_by_words(text: str, lang: str) -> str:
    """Rejoin split-ligature words whose joined form is a word of ``lang`` and whose parts are not both words."""
    if not has_candidates(text):
        return text
    vocab = words(lang)
    if not vocab:
        return text

    def fix(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        joined = (left + right).lower()
        if joined in vocab and not (left.lower() in vocab and right in vocab):
            return left + right
        return m.group(0)

    return SPLIT.sub(fix, text)


def rejoin_pairs(text: str, pairs: set[tuple[str, str]]) -> str:
    """Rejoin the (left, right) pairs that page geometry showed to be one word."""
    if not pairs or not has_candidates(text):
        return text
    return SPLIT.sub(lambda m: m.group(1) + m.group(2) if (m.group(1), m.group(2)) in pairs else m.group(0), text)


def geometric_pairs(textpage, text: str, lang: str | None = None) -> set[tuple[str, str]]:
    """Split words of a PDFium page whose space is no real gap (see the module docstring).

    ``text`` is the page's full text with one character per PDFium character index.
    """
    import pypdfium2.raw as raw

    if not _GLYPH_SPLIT_HINT.search(text) or not _GLYPH_SPLIT.search(text):
        return set()
    tp = textpage.raw
    box = raw.FPDFText_GetCharBox
    generated = raw.FPDFText_IsGenerated
    l_, r_, b_, t_ = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    out: set[tuple[str, str]] = set()
    stop = stop_words(lang) if lang else stop_words("en") | stop_words("es") | stop_words("fr")
    for m in _GLYPH_SPLIT.finditer(text):
        if m.group(1).lower() in stop:
            continue  # "off the", "if it": a word before the space, no need to look
        space = m.end(1)
        if text[space] != " ":
            continue
        if not box(tp, space - 1, l_, r_, b_, t_):
            continue
        prev_l, prev_r = l_.value, r_.value
        if not box(tp, space, l_, r_, b_, t_):
            continue
        sp_l = l_.value
        if not box(tp, space + 1, l_, r_, b_, t_):
            continue
        next_l = l_.value
        size = max(t_.value - b_.value, 4.0)
        overlaps = sp_l < prev_r - 0.05 * size and prev_l < prev_r
        tight = generated(tp, space) == 1 and next_l - prev_r < 0.12 * size
        if overlaps or tight:
            out.add((m.group(1), m.group(2)))
    return out


__all__ = ["LIGATURE_CHARS", "candidates", "geometric_pairs", "rejoin_by_words", "rejoin_pairs", "words", "has_candidates"]
