"""The spaCy pipeline every matcher runs on: tokenizer, sentencizer, case-blind lemmas.

Plans are screened offline and fast, so the pipeline is ``spacy.blank(lang)`` plus
two cheap components, never a downloaded model:

* ``sentencizer`` for sentence spans (context windows);
* ``screener_lower_lemmatizer_v1``, which sets for every token
  - ``LEMMA``: the spaCy-lookups-data lemma of the *lower-cased* form (the stock lookup
    lemmatizer is case-sensitive, so "Planes" and "Réfugiés" at the start of a heading
    would stay unlemmatized), or the lower-cased form when the table has no entry;
  - ``NORM``: the lower-cased form with accents removed, typographic apostrophes made
    straight and a plural ending folded ("migraciones" -> "migracion", "déplacées" ->
    "deplace", "refugees" -> "refugee"). Lookup tables are patchy (French "réfugié" ->
    "réfugier" but "réfugiée" -> "réfugié"); NORM gives the matchers a second,
    dictionary-free way to catch inflections and badly-accented text.

A trained pipeline is used only when it is installed AND the environment variable
``SCREENER_SPACY_MODEL`` names it (``fr_core_news_sm`` or ``fr:fr_core_news_sm,es:...``).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import sys
import types
import unicodedata
from typing import Iterable


def import_spacy():
    """``import spacy`` without importing ``spacy.cli`` (0.2-0.3 s of a cold start).

    spaCy's ``__init__`` imports ``spacy.cli.info`` only to offer ``spacy.info()``, and that
    imports every spaCy command with typer, weasel, httpx, requests and jinja2 — some 360
    modules no screen uses. During the import a placeholder stands in for ``spacy.cli.info``;
    it is removed right after, so a later ``import spacy.cli`` imports spaCy's real CLI, and
    ``spacy.info()`` imports it when called. If spaCy is already imported, or the import
    fails with the placeholder (a spaCy that needs more from its CLI), spaCy is imported as
    usual."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli", "placeholder while spaCy is imported (screener.nlp.pipeline)")
    cli.__path__ = []
    info_mod = types.ModuleType("spacy.cli.info", cli.__doc__)

    def info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info.__doc__ = "spaCy's ``spacy.info``: imports spaCy's CLI at the first call."
    info_mod.info = info
    cli.info = info_mod
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info_mod
    try:
        import spacy as module
    except Exception:
        module = None
    finally:
        for name, stub in (("spacy.cli.info", info_mod), ("spacy.cli", cli)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
        loaded = sys.modules.get("spacy")
        if loaded is not None and getattr(loaded, "cli", None) is cli:
            delattr(loaded, "cli")
    if module is None:
        import spacy as module  # as usual (the error, if any, is spaCy's own)
    return module


spacy = import_spacy()
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from ..errors import ConfigError  # noqa: E402

COMPONENT = "screener_lower_lemmatizer_v1"  # versioned: change the name if its output changes
MODEL_ENV = "SCREENER_SPACY_MODEL"
BATCH_SIZE = 256
TEXT_KEY = "screener_text"
# Whole plans can be one Doc; a blank pipeline's memory use is linear, so lift spaCy's 1M cap.
BLANK_MAX_LENGTH = 50_000_000
_LANG_CODE = re.compile(r"^[a-z]{2,3}$")


# --------------------------------------------------------------------------- folding
def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_VOWELS = frozenset("aeiou")


def fold(word: str, lang: str) -> str:
    """Accent-free, plural-folded form of a lower-case word (the NORM attribute).

    Deliberately light: the same rule runs on lexicon phrases and on document text, so
    it only has to be consistent, not linguistically right.
    """
    w = _strip_accents(word.replace("\u2019", "'").replace("\u02bc", "'").replace("œ", "oe").replace("æ", "ae"))
    if len(w) <= 3 or not w.isalpha():
        return w
    if lang == "en":
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        if w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return w[:-1]
        return w
    if lang == "es":
        if w.endswith("es") and w[-3] in "lnrdj":
            return w[:-2]
        if w.endswith("s") and w[-2] in _VOWELS:
            return w[:-1]
        return w
    if lang == "fr":
        if w.endswith("aux") and len(w) > 5:
            w = w[:-3] + "al"
        elif w.endswith(("s", "x")):
            w = w[:-1]
        if w.endswith("ee"):
            w = w[:-1]
        elif w.endswith("ienne"):
            w = w[:-2]
        return w
    return w


# --------------------------------------------------------------------------- component
@functools.lru_cache(maxsize=None)
def _load_table(lang: str) -> dict | None:
    """The lemma lookup table of ``lang`` from spacy-lookups-data, or None if it has none.

    Read as a plain dict straight from the package's file: spaCy's hashed ``Table`` takes
    seven times longer to build (Spanish: 2.3 s against 0.3 s) and only ``get`` is needed.
    Cached: the lemmatizer and the lemma-safe forms (``forms.py``) share one copy.
    """
    try:
        import srsly
        from importlib import resources

        path = resources.files("spacy_lookups_data") / "data" / f"{lang}_lemma_lookup.json.gz"
        if path.is_file():
            return srsly.read_gzip_json(str(path))
    except (ImportError, OSError, ValueError):
        pass  # fall back to spaCy's own loader below
    try:
        from spacy.lookups import load_lookups

        lookups = load_lookups(lang, ["lemma_lookup"], strict=False)
    except Exception:  # no data package entry for this language
        return None
    if not lookups.has_table("lemma_lookup"):
        return None
    table = lookups.get_table("lemma_lookup")
    return table


class LowerLemmatizer:
    """Sets LEMMA (lookup lemma of the lower-cased form) and NORM (folded form) on each token."""

    def __init__(self, nlp: Language, name: str, set_lemma: bool = True):
        self.name = name
        self.lang = nlp.lang
        self.set_lemma = set_lemma
        self._table = _load_table(self.lang) if set_lemma else None
        self._vocab = nlp.vocab
        self._cache: dict[int, tuple[int, str]] = {}  # lower hash -> (lemma hash, norm)

    def _lemma(self, low: str) -> str:
        if self._table is None:
            return low
        value = self._table.get(low, low)
        if isinstance(value, (list, tuple)):  # the French table stores lists
            value = value[0] if value else low
        return value if isinstance(value, str) and value else low

    def __call__(self, doc: Doc) -> Doc:
        cache = self._cache if doc.vocab is self._vocab else {}
        strings = doc.vocab.strings
        set_lemma = self.set_lemma
        lang = self.lang
        for token in doc:
            key = token.lower
            hashes = cache.get(key)
            if hashes is None:
                low = token.lower_
                hashes = (strings.add(self._lemma(low)), fold(low, lang))
                cache[key] = hashes
            if set_lemma:
                token.lemma = hashes[0]
            token.norm_ = hashes[1]  # Token.norm (the hash) is read-only
        return doc


@Language.factory(COMPONENT, default_config={"set_lemma": True})
def _make_lower_lemmatizer(nlp: Language, name: str, set_lemma: bool) -> LowerLemmatizer:
    return LowerLemmatizer(nlp, name, set_lemma)


# --------------------------------------------------------------------------- pipelines
def _model_for(lang: str) -> str | None:
    """The trained pipeline SCREENER_SPACY_MODEL names for ``lang``, if any."""
    value = os.environ.get(MODEL_ENV, "").strip()
    if not value:
        return None
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        if ":" in item:
            code, name = (s.strip() for s in item.split(":", 1))
            if code == lang:
                return name
        elif item.split("_", 1)[0] == lang:
            return item
    return None


def _trained(lang: str, name: str) -> Language:
    if importlib.util.find_spec(name) is None:
        raise ConfigError(
            f"{MODEL_ENV}={os.environ.get(MODEL_ENV)}",
            f"the spaCy pipeline {name!r} is not installed",
            f"Install it (pip install {name}) or unset {MODEL_ENV} to use the built-in offline pipeline.",
        )
    try:
        nlp = spacy.load(name)
    except Exception as exc:
        raise ConfigError(
            f"{MODEL_ENV}={os.environ.get(MODEL_ENV)}",
            f"the spaCy pipeline {name!r} cannot be loaded ({type(exc).__name__}: {str(exc)[:120]})",
            f"Reinstall it or unset {MODEL_ENV}.",
        ) from None
    if nlp.lang != lang:
        raise ConfigError(
            f"{MODEL_ENV}={os.environ.get(MODEL_ENV)}",
            f"the spaCy pipeline {name!r} is for language {nlp.lang!r}, not {lang!r}",
            f"Write it as {nlp.lang}:{name}.",
        )
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    # Keep the trained lemmas; add the folded NORM the matchers rely on.
    nlp.add_pipe(COMPONENT, config={"set_lemma": not nlp.has_pipe("lemmatizer")})
    return nlp


# A footnote call printed against the word it annotates ("l'emploi des étrangers44", "migrants12"):
# split one to three digits off a word of at least three lower-case letters, so the word is
# still matched. Capitals and short stems are left alone ("CO2", "G20", "SDG16", "km2").
FOOTNOTE_CALL_SUFFIX = r"(?<=[a-zß-öø-ÿœ]{3})\d{1,3}"


def _split_footnote_calls(nlp: Language) -> None:
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes or ()) + [FOOTNOTE_CALL_SUFFIX]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


@functools.lru_cache(maxsize=None)
def get_nlp(lang: str) -> Language:
    """The pipeline for ``lang`` (ISO 639-1), built once per process.

    Unknown or undetermined languages ("und") get a multi-language tokenizer and
    lemma = lower-cased form; lookup tables load only for languages actually used.
    """
    lang = (lang or "xx").strip().lower()
    model = _model_for(lang)
    if model:
        return _trained(lang, model)
    try:
        if _LANG_CODE.match(lang):
            from .tokenizer_data import preload

            preload(lang)  # French: spaCy's tokenizer exceptions precomputed (seconds less)
        nlp = spacy.blank(lang) if _LANG_CODE.match(lang) else spacy.blank("xx")
    except Exception:  # spaCy has no tokenizer for this code
        nlp = spacy.blank("xx")
    nlp.max_length = BLANK_MAX_LENGTH
    _split_footnote_calls(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(COMPONENT)
    return nlp


def annotate(doc: Doc) -> Doc:
    """Add LEMMA and NORM to a Doc made with ``nlp.make_doc`` (tokenizer only)."""
    nlp = get_nlp(doc.lang_)
    if nlp.has_pipe(COMPONENT):
        return nlp.get_pipe(COMPONENT)(doc)
    return doc


def pipe(texts: Iterable[str], lang: str, batch_size: int = BATCH_SIZE) -> list[Doc]:
    """Process many texts (blocks, sentences) in batches; one process is fastest for a blank pipeline.

    Each Doc keeps its source string in ``doc.user_data[TEXT_KEY]`` so matchers need not
    rebuild ``Doc.text`` token by token.
    """
    nlp = get_nlp(lang)
    texts = list(texts)
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    for text, doc in zip(texts, docs):
        doc.user_data[TEXT_KEY] = text
    return docs


def doc_text(doc: Doc) -> str:
    """``doc.text``, from the cached source string when ``pipe`` made the Doc."""
    cached = doc.user_data.get(TEXT_KEY) if doc.user_data else None
    if isinstance(cached, str):
        end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if end == len(cached):
            return cached
    return doc.text


__all__ = ["get_nlp", "pipe", "doc_text", "TEXT_KEY", "annotate", "fold", "COMPONENT", "MODEL_ENV", "LowerLemmatizer",
           "import_spacy"]
