"""Language processing: the offline spaCy pipeline and the lexicon matchers.

``pipeline`` builds ``spacy.blank(lang)`` + sentencizer + case-blind lookup lemmas;
``lexicon`` loads, validates, merges and compiles the YAML lexicons. Names are imported
lazily, so a command that only validates files does not pay for importing spaCy.
"""

from importlib import import_module

_EXPORTS = {
    "Lexicon": "lexicon", "LexiconMatcher": "lexicon", "TermMatch": "lexicon", "TermMatcher": "lexicon",
    "check_lexicon": "lexicon", "compile_lexicon": "lexicon", "compile_terms": "lexicon",
    "default_lexicon": "lexicon", "load_lexicon": "lexicon",
    "doc_text": "pipeline", "get_nlp": "pipeline", "pipe": "pipeline",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
