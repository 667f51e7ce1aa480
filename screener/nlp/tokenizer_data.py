"""spaCy's French tokenizer exceptions, precomputed: the French pipeline in a fraction of a second.

Importing ``spacy.lang.fr`` runs ``spacy/lang/fr/tokenizer_exceptions.py``, which compiles
``TOKEN_MATCH``: one regular expression of about 280 alternatives, each carrying its own copy
of spaCy's lower-case-letter class (1.4 million characters in all), case-insensitive. Python's
``re`` takes 2.5-5 s to compile it — more than the rest of a cold screen of a 200-page plan.

This module keeps, in ``screener/data/tokenizer_fr.json`` (generated from the installed spaCy
by ``python -m screener.nlp.tokenizer_data --write``):

* ``TOKENIZER_EXCEPTIONS``, exactly as spaCy builds it (the special cases), and
* ``TOKEN_MATCH`` rewritten to match exactly the same strings with far fewer copies of the
  big classes: alternatives that differ only in a small head or middle are gathered under one
  shared tail or shared ends (``(?:^ab[-]X)|(?:^cd[-]X)`` -> ``(?:^(?:ab[-]|cd[-])X)``).
  Concatenation distributes over alternation and the pattern has no back-references or
  look-arounds, so the set of strings it matches is unchanged; the tokenizer only asks
  whether it matches. It compiles in about a tenth of the time.

``preload("fr")`` puts a module holding those two values under the name
``spacy.lang.fr.tokenizer_exceptions`` into ``sys.modules`` before spaCy's French package is
imported; everything else of ``spacy.lang.fr`` (punctuation, lexical attributes, stop words)
is spaCy's own. The data are used only when the installed spaCy has the version and the source
files (SHA-256 of each file the exceptions are built from) the data were generated from;
otherwise, or if the file is missing, spaCy builds its module itself, as before (slow, same
result). ``tests/test_tokenizer_data.py`` checks that tokenization is identical to
``spacy.blank(lang)`` on real corpus text.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import types
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANGS = ("fr",)  # languages whose tokenizer-exception module is slow to import (en, es: ~10 ms)
# the spaCy source files (relative to the spacy package) each language's exceptions are built from
SOURCES = {
    "fr": ("lang/fr/tokenizer_exceptions.py", "lang/fr/punctuation.py", "lang/char_classes.py",
           "lang/punctuation.py", "lang/tokenizer_exceptions.py", "symbols.pyx", "util.py"),
}
BIG = 200  # an item (class, group) longer than this is worth sharing between alternatives


def data_path(lang: str) -> Path:
    return DATA_DIR / f"tokenizer_{lang}.json"


def _spacy_dir() -> Path:
    import spacy

    return Path(spacy.__file__).resolve().parent


def source_hashes(lang: str) -> dict[str, str]:
    """SHA-256 of the installed spaCy's source files the exceptions of ``lang`` come from
    (a file the installed spaCy lacks hashes as "missing")."""
    base = _spacy_dir()
    out = {}
    for rel in SOURCES[lang]:
        p = base / rel
        out[rel] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "missing"
    return out


# --------------------------------------------------------------------------- regex items
class _Opaque(Exception):
    """A pattern fragment this module does not take apart (it is then left as it is)."""


_QUANT = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
_ESCAPE_LEN = {"x": 2, "u": 4, "U": 8}


def _skip_escape(p: str, i: int) -> int:
    """End of the escape starting at ``p[i] == '\\'``."""
    if i + 1 >= len(p):
        raise _Opaque("trailing backslash")
    c = p[i + 1]
    if c in _ESCAPE_LEN:
        return i + 2 + _ESCAPE_LEN[c]
    if c == "N":
        j = p.find("}", i)
        if j < 0:
            raise _Opaque("bad \\N escape")
        return j + 1
    if c.isdigit():  # octal escape or back-reference: not taken apart
        raise _Opaque("numeric escape")
    return i + 2


def _skip_class(p: str, i: int) -> int:
    """End of the character class starting at ``p[i] == '['``."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j = _skip_escape(p, j) if p[j] == "\\" else j + 1
    if j >= len(p):
        raise _Opaque("unclosed class")
    return j + 1


def _skip_group(p: str, i: int) -> int:
    """End of the group starting at ``p[i] == '('``."""
    if p.startswith("(?P=", i) or p.startswith("(?(", i):
        raise _Opaque("back-reference or conditional")
    if p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
        raise _Opaque("look-around")
    depth, j = 0, i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j = _skip_escape(p, j)
            continue
        if c == "[":
            j = _skip_class(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise _Opaque("unclosed group")


def items(p: str) -> list[str]:
    """The top-level items of a pattern without top-level ``|``: each atom (literal, escape,
    class, group, anchor) with its quantifier. ``"".join(items(p)) == p``."""
    out: list[str] = []
    i = 0
    while i < len(p):
        c = p[i]
        if c == "|":
            raise _Opaque("top-level alternation")
        if c == "\\":
            j = _skip_escape(p, i)
        elif c == "[":
            j = _skip_class(p, i)
        elif c == "(":
            if p.startswith("(?", i) and i + 2 < len(p) and p[i + 2] not in ":P":  # inline flags
                raise _Opaque("inline flags inside an alternative")
            j = _skip_group(p, i)
        elif c in ")*+?{":
            raise _Opaque(f"unexpected {c!r}")
        else:
            j = i + 1
        m = _QUANT.match(p, j)
        if m:
            j = m.end()
        out.append(p[i:j])
        i = j
    if "".join(out) != p:
        raise _Opaque("items do not add up")
    return out


def alternatives(p: str) -> list[str]:
    """The top-level alternatives of ``p`` (no inline flags at its start)."""
    out, start, i = [], 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i = _skip_escape(p, i)
        elif c == "[":
            i = _skip_class(p, i)
        elif c == "(":
            i = _skip_group(p, i)
        elif c == "|":
            out.append(p[start:i])
            start = i = i + 1
        else:
            i += 1
    out.append(p[start:])
    return out


def _unwrap(alt: str) -> str:
    """``(?:x)`` -> ``x`` when the group spans the whole alternative."""
    if alt.startswith("(?:") and _skip_group(alt, 0) == len(alt):
        return alt[3:-1]
    return alt


def factor(pattern: str) -> str:
    """``pattern`` ("(?flags)" + alternatives) with alternatives sharing their big items.

    Pass 1 gathers the alternatives whose items from the first big one on are the same (one
    shared tail, the heads alternated); pass 2 gathers the remaining ones whose items up to
    the first big one and from the last big one on are the same (shared ends, the middles
    alternated). An alternative this module cannot take apart is kept as it is."""
    m = re.match(r"\(\?[a-zA-Z]+\)", pattern)
    flags, body = (m.group(0), pattern[m.end():]) if m else ("", pattern)
    parsed: list[tuple[str, list[str] | None]] = []
    for alt in alternatives(body):
        inner = _unwrap(alt)
        try:
            parsed.append((inner, items(inner)))
        except _Opaque:
            parsed.append((inner, None))

    def big(it: list[str]) -> list[int]:
        return [k for k, x in enumerate(it) if len(x) > BIG]

    tails: dict[str, list[str]] = {}
    rest: list[tuple[str, list[str] | None]] = []
    for inner, it in parsed:
        b = big(it) if it else []
        if not b:
            rest.append((inner, it))
            continue
        tails.setdefault("".join(it[b[0]:]), []).append("".join(it[:b[0]]))
    out: list[str] = []
    for tail, heads in tails.items():
        if len(heads) == 1:
            rest.append((heads[0] + tail, items(heads[0] + tail)))
        else:
            out.append(f"(?:(?:{'|'.join(heads)}){tail})")
    ends: dict[tuple[str, str], list[str]] = {}
    for inner, it in rest:
        b = big(it) if it else []
        if len(b) < 2:
            out.append(f"(?:{inner})")
            continue
        key = ("".join(it[:b[0] + 1]), "".join(it[b[-1]:]))
        ends.setdefault(key, []).append("".join(it[b[0] + 1:b[-1]]))
    for (head, tail), middles in ends.items():
        if len(middles) == 1:
            out.append(f"(?:{head}{middles[0]}{tail})")
        else:
            out.append(f"(?:{head}(?:{'|'.join(middles)}){tail})")
    return flags + "|".join(out)


# --------------------------------------------------------------------------- data file
def build(lang: str) -> dict[str, Any]:
    """The data of ``lang`` from the installed spaCy (imports its slow module)."""
    import importlib

    import spacy
    from spacy.symbols import NAMES

    te = importlib.import_module(f"spacy.lang.{lang}.tokenizer_exceptions")
    token_match = te.TOKEN_MATCH.__self__
    factored = factor(token_match.pattern)
    compiled = re.compile(factored)
    if compiled.flags != token_match.flags:
        raise RuntimeError(f"factored TOKEN_MATCH has flags {compiled.flags}, spaCy's {token_match.flags}")
    exceptions = {orth: [{NAMES[k]: v for k, v in tok.items()} for tok in toks]
                  for orth, toks in te.TOKENIZER_EXCEPTIONS.items()}
    for orth in te.TOKENIZER_EXCEPTIONS:  # a first check; the test runs real text
        if bool(token_match.match(orth)) != bool(compiled.match(orth)):
            raise RuntimeError(f"factored TOKEN_MATCH differs on {orth!r}")
    return {
        "about": "Generated by `python -m screener.nlp.tokenizer_data --write` from the installed spaCy; "
                 "see screener/nlp/tokenizer_data.py. Do not edit.",
        "lang": lang,
        "spacy_version": spacy.__version__,
        "sources": source_hashes(lang),
        "token_match": factored,
        "token_match_flags": token_match.flags,
        "original_token_match_sha256": hashlib.sha256(token_match.pattern.encode("utf-8")).hexdigest(),
        "tokenizer_exceptions": exceptions,
    }


def load_data(lang: str) -> dict[str, Any] | None:
    """The bundled data of ``lang`` if they fit the installed spaCy, else None."""
    import spacy

    path = data_path(lang)
    if lang not in SOURCES or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("spacy_version") != spacy.__version__ or data.get("sources") != source_hashes(lang):
        return None
    return data


def preload(lang: str) -> bool:
    """Install the precomputed exceptions module of ``lang`` before spaCy imports its own.

    True when done (or already done); False when spaCy's language package is already
    imported, the language has no data, or the data do not fit the installed spaCy."""
    name = f"spacy.lang.{lang}.tokenizer_exceptions"
    mod = sys.modules.get(name)
    if mod is not None:
        return bool(getattr(mod, "SCREENER_PRECOMPUTED", False))
    if f"spacy.lang.{lang}" in sys.modules or lang not in LANGS:
        return False
    data = load_data(lang)
    if data is None:
        return False
    from spacy.symbols import IDS

    mod = types.ModuleType(name, f"spaCy's {name}, precomputed by screener.nlp.tokenizer_data")
    mod.__file__ = str(data_path(lang))
    mod.SCREENER_PRECOMPUTED = True
    mod.TOKENIZER_EXCEPTIONS = {orth: [{IDS[k]: v for k, v in tok.items()} for tok in toks]
                                for orth, toks in data["tokenizer_exceptions"].items()}
    mod.TOKEN_MATCH = re.compile(data["token_match"]).match
    sys.modules[name] = mod
    return True


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Regenerate screener/data/tokenizer_<lang>.json from the installed spaCy.")
    ap.add_argument("--write", action="store_true", help="write the files (default: only report)")
    args = ap.parse_args(argv)
    for lang in LANGS:
        data = build(lang)
        print(f"{lang}: spaCy {data['spacy_version']}, {len(data['tokenizer_exceptions'])} exceptions, "
              f"TOKEN_MATCH {len(data['token_match']):,} characters")
        if args.write:
            data_path(lang).write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                       encoding="utf-8")
            print(f"wrote {data_path(lang)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
