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
import re
from functools import lru_cache

LIGATURE_CHARS = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
})
# A word ending in a ligature's letters, a space, a lower-case fragment.
SPLIT = re.compile(r"(?<![^\W\d_])([^\W\d_]*(?:ff|fi|fl|ft|f))\s([a-zß-öø-ÿœ]+)(?![^\W\d_])")
_CANDIDATE = re.compile(r"(?:ff|fi|fl|ft|f) [a-zß-öø-ÿœ]")


def has_candidates(text: str) -> bool:
    return bool(_CANDIDATE.search(text))


@lru_cache(maxsize=8)
def words(lang: str) -> frozenset[str]:
    """Lower-case words of ``lang`` (empty when the language has no lemma table)."""
    out: set[str] = set()
    try:
        from importlib import resources

        import srsly

        path = resources.files("spacy_lookups_data") / "data" / f"{lang}_lemma_lookup.json.gz"
        if path.is_file():
            table = srsly.read_gzip_json(str(path))
            for k, v in table.items():
                out.add(k.lower())
                if isinstance(v, str):
                    out.add(v.lower())
                else:
                    out.update(x.lower() for x in v)
    except (ImportError, OSError, ValueError):
        pass
    out.update(_spacy_stop_words(lang))
    return frozenset(out)


def _spacy_stop_words(lang: str) -> set[str]:
    """spaCy's stop-word list of ``lang`` ("ten", "often"...), read from its source file:
    importing ``spacy.lang.<lang>`` would compile the language's tokenizer rules (seconds)."""
    try:
        from importlib import resources

        src = (resources.files("spacy") / "lang" / lang / "stop_words.py").read_text(encoding="utf-8")
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


def geometric_pairs(textpage, text: str, left: float = 0.0) -> set[tuple[str, str]]:
    """Split words of a PDFium page whose space is no real gap (see the module docstring).

    ``text`` is the page's full text with one character per PDFium character index.
    """
    import pypdfium2.raw as raw

    if not has_candidates(text):
        return set()
    tp = textpage.raw
    box = raw.FPDFText_GetCharBox
    generated = raw.FPDFText_IsGenerated
    l_, r_, b_, t_ = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    out: set[tuple[str, str]] = set()
    for m in SPLIT.finditer(text):
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


__all__ = ["LIGATURE_CHARS", "geometric_pairs", "rejoin_by_words", "rejoin_pairs", "words", "has_candidates"]
