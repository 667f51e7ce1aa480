"""Language processing: the offline spaCy pipeline and the lexicon matchers.

``pipeline`` builds ``spacy.blank(lang)`` + sentencizer + case-blind lookup lemmas;
``lexicon`` loads, validates, merges and compiles the YAML lexicons.
"""

from .lexicon import (
    Lexicon,
    LexiconMatcher,
    TermMatch,
    TermMatcher,
    check_lexicon,
    compile_lexicon,
    compile_terms,
    default_lexicon,
    load_lexicon,
)
from .pipeline import doc_text, get_nlp, pipe

__all__ = [
    "get_nlp", "pipe", "doc_text", "Lexicon", "LexiconMatcher", "TermMatch", "TermMatcher",
    "load_lexicon", "check_lexicon", "default_lexicon", "compile_terms", "compile_lexicon",
]
