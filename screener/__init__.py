"""screener: screen development plans for how they treat migration.

Stages, one folder each: ``loaders`` (files -> Document), ``nlp`` (one spaCy pass,
lexicon matching, context), ``plugins`` (sector plugins), ``classify`` (passage
classifier), ``report`` (gap report in JSON/Markdown/HTML/DOCX/XLSX).
"""

__version__ = "0.1.0"
