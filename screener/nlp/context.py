"""ConText-style attributes of a migration match: negated, hypothetical, historical, passing.

A match is never dropped for its context: "no data on migrants" is still evidence that the
plan names migration (as a gap), so the report keeps the attribute and lets ratings and
checklists weigh it. Rules are data (trigger phrases per language with a direction and a
window), applied within the clause that holds the match, as in ConText/medspaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# direction: "pre" = trigger before the match, "post" = after it, "any" = either.
CONTEXT_RULES: dict[str, dict[str, list[tuple[str, str]]]] = {
    "negated": {
        "en": [("no", "pre"), ("not", "pre"), ("without", "pre"), ("lack of", "pre"), ("lacks", "pre"),
               ("absence of", "pre"), ("none", "pre"), ("neither", "pre"), ("nor", "pre"),
               ("no data on", "pre"), ("never", "pre"), ("is not available", "post"),
               ("are not available", "post"), ("not included", "post"), ("not addressed", "post"),
               ("not considered", "post"), ("does not", "pre"), ("do not", "pre"),
               ("lacks any", "pre"), ("no information on", "pre"), ("no measures", "pre"), ("no specific", "pre"),
               ("does not address", "pre"), ("does not include", "pre"), ("is silent on", "pre")],
        "es": [("no", "pre"), ("sin", "pre"), ("ningún", "pre"), ("ninguna", "pre"), ("ninguno", "pre"),
               ("ausencia de", "pre"), ("falta de", "pre"), ("carece de", "pre"), ("carecen de", "pre"),
               ("no existe", "pre"), ("no existen", "pre"), ("no se dispone", "pre"), ("no cuenta con", "pre"),
               ("inexistencia de", "pre"), ("no se considera", "any"), ("ni", "pre"), ("nunca", "pre"),
               ("no está disponible", "post"), ("no están disponibles", "post"), ("no se incluye", "post"),
               ("ninguna medida", "pre"), ("no contempla", "pre"), ("no prevé", "pre"), ("no incluye", "pre"),
               ("no se cuenta con", "pre"), ("no hay", "pre")],
        "fr": [("pas de", "pre"), ("pas d'", "pre"), ("aucun", "pre"), ("aucune", "pre"), ("sans", "pre"),
               ("absence de", "pre"), ("manque de", "pre"), ("ne dispose pas", "pre"), ("n'existe pas", "any"),
               ("ne sont pas", "pre"), ("n'est pas", "pre"), ("ni", "pre"), ("jamais", "pre"),
               ("non disponibles", "post"), ("non disponible", "post"), ("ne sont pas pris en compte", "post"),
               ("n'est pas pris en compte", "post"), ("ne pas", "pre"),
               ("aucune mesure", "pre"), ("aucun programme", "pre"), ("ne vise", "pre"), ("ne prévoit", "pre"),
               ("ne cible", "pre"), ("ne prend pas en compte", "pre"), ("il n'y a pas", "pre")],
    },
    "hypothetical": {
        "en": [("if", "pre"), ("could", "pre"), ("might", "pre"), ("may", "pre"), ("would", "pre"),
               ("possible", "pre"), ("potential", "pre"), ("in case of", "pre"), ("in the event of", "pre"),
               ("risk of", "pre"), ("should there be", "pre")],
        "es": [("si", "pre"), ("podría", "pre"), ("podrían", "pre"), ("posible", "pre"), ("posibles", "pre"),
               ("eventual", "pre"), ("eventuales", "pre"), ("en caso de", "pre"), ("riesgo de", "pre"),
               ("de darse", "pre")],
        "fr": [("si", "pre"), ("s'il", "pre"), ("pourrait", "pre"), ("pourraient", "pre"), ("éventuel", "pre"),
               ("éventuelle", "pre"), ("éventuels", "pre"), ("le cas échéant", "any"), ("en cas de", "pre"),
               ("risque de", "pre"), ("potentiel", "pre"), ("potentielle", "pre")],
    },
    "historical": {
        "en": [("in the past", "any"), ("previously", "pre"), ("historically", "pre"), ("formerly", "pre"),
               ("used to", "pre"), ("in the 1980s", "any"), ("in the 1990s", "any"), ("decades ago", "any")],
        "es": [("históricamente", "pre"), ("en el pasado", "any"), ("anteriormente", "pre"),
               ("antiguamente", "pre"), ("en la década de", "any"), ("hace décadas", "any")],
        "fr": [("historiquement", "pre"), ("autrefois", "pre"), ("dans le passé", "any"), ("auparavant", "pre"),
               ("dans les années", "any"), ("jadis", "pre")],
    },
}

# Words that close a ConText scope: a trigger before one of them does not reach past it.
TERMINATORS = {
    "en": ["but", "however", "although", "though", "whereas", "while", "yet", "except"],
    "es": ["pero", "sin embargo", "aunque", "mientras que", "no obstante", "excepto", "salvo"],
    "fr": ["mais", "cependant", "toutefois", "bien que", "tandis que", "néanmoins", "sauf"],
}
PRE_WINDOW_WORDS = 8  # multi-word triggers ("no se dispone de", "absence de")
SHORT_PRE_WINDOW_WORDS = 4  # one-word triggers ("no", "sin", "if") reach only the nearest words
POST_WINDOW_WORDS = 6
_CLAUSE_PUNCT = re.compile(r"[;:()\[\]]|\.\s")


@dataclass(frozen=True, slots=True)
class MatchContext:
    negated: bool = False
    hypothetical: bool = False
    historical: bool = False
    passing: bool = False  # one item in an enumeration, not the subject of the statement
    triggers: tuple[str, ...] = ()  # which trigger phrases fired, for the explanation

    @property
    def asserted(self) -> bool:
        """A plain statement about migration (not negated, hypothetical or historical)."""
        return not (self.negated or self.hypothetical or self.historical)

    def to_dict(self) -> dict:
        return {
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "historical": self.historical,
            "passing": self.passing,
            "asserted": self.asserted,
            "triggers": list(self.triggers),
        }


def _fold(s: str) -> str:
    return s.lower().replace("’", "'")


@lru_cache(maxsize=16)
def _compiled(lang: str):
    out = {}
    for attr, per_lang in CONTEXT_RULES.items():
        rules = per_lang.get(lang, per_lang["en"])
        pre = [t for t, d in rules if d in ("pre", "any")]
        post = [t for t, d in rules if d in ("post", "any")]
        long_pre = [t for t in pre if " " in t.strip("'") or t.endswith("'")]
        short_pre = [t for t in pre if t not in long_pre]
        out[attr] = (_phrase_re(long_pre), _phrase_re(short_pre), _phrase_re(post))
    term = TERMINATORS.get(lang, TERMINATORS["en"])
    return out, _phrase_re(term)


def _phrase_re(phrases: list[str]) -> re.Pattern | None:
    if not phrases:
        return None
    alts = sorted((re.escape(_fold(p)) for p in phrases), key=len, reverse=True)
    # apostrophe-final triggers ("pas d'") must not require a word boundary after them
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?:(?<=')|(?![\w]))")


def _last_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[-n:]) if words else ""


def _first_words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def classify_context(sentence: str, match_start: int, match_end: int, lang: str) -> MatchContext:
    """Context attributes of the match at [match_start, match_end) inside ``sentence``."""
    rules, terminators = _compiled(lang)
    low = _fold(sentence)
    before = low[:match_start]
    after = low[match_end:]
    # clause limits: punctuation and terminators bound the scope
    cut = max((m.end() for m in _CLAUSE_PUNCT.finditer(before)), default=0)
    if terminators:
        cut = max([cut] + [m.end() for m in terminators.finditer(before)])
    before = before[cut:]
    stop = len(after)
    m = _CLAUSE_PUNCT.search(after)
    if m:
        stop = m.start()
    if terminators:
        t = terminators.search(after)
        if t and t.start() < stop:
            stop = t.start()
    after = after[:stop]
    pre_window = _last_words(before, PRE_WINDOW_WORDS)
    short_window = _last_words(before, SHORT_PRE_WINDOW_WORDS)
    post_window = _first_words(after, POST_WINDOW_WORDS)
    flags: dict[str, bool] = {}
    fired: list[str] = []
    for attr, (pre_re, short_re, post_re) in rules.items():
        hit = None
        if pre_re is not None:
            hit = pre_re.search(pre_window)
        if hit is None and short_re is not None:
            hit = short_re.search(short_window)
        if hit is None and post_re is not None:
            hit = post_re.search(post_window)
        flags[attr] = hit is not None
        if hit is not None:
            fired.append(f"{attr}:{hit.group(0)}")
    return MatchContext(
        negated=flags["negated"],
        hypothetical=flags["hypothetical"],
        historical=flags["historical"],
        passing=is_passing_mention(sentence, match_start, match_end, lang),
        triggers=tuple(fired),
    )


_ITEM_SEP = re.compile(r"[,;:•·]|\s[-–]\s")
_LAST_CONJ = re.compile(r"\s(?:y|e|o|u|and|or|et|ou|ni)\s", re.IGNORECASE)
MAX_ITEM_WORDS = 6


def is_passing_mention(sentence: str, match_start: int, match_end: int, lang: str) -> bool:
    """True when the match is one short item of an enumeration of three or more.

    "mujeres, niñas, personas con discapacidad y población en movilidad humana" names
    migrants in passing; "la población en movilidad humana accede a..." is about them.
    Items are the comma-separated segments; a segment joined by a conjunction ("y", "and",
    "et") is split in two. The match must sit in a run of three or more short items.
    """
    items: list[tuple[int, int]] = []
    pos = 0
    for m in list(_ITEM_SEP.finditer(sentence)) + [None]:
        end = m.start() if m else len(sentence)
        seg_start, seg_end = pos, end
        conj = list(_LAST_CONJ.finditer(sentence, seg_start, seg_end))
        if conj and len(sentence[seg_start:seg_end].split()) > MAX_ITEM_WORDS:
            c = conj[-1]
            items.append((seg_start, c.start()))
            items.append((c.end(), seg_end))
        else:
            items.append((seg_start, seg_end))
        pos = m.end() if m else len(sentence)
    short = [len(sentence[a:b].split()) <= MAX_ITEM_WORDS and sentence[a:b].strip() != "" for a, b in items]
    for i, (a, b) in enumerate(items):
        if a <= match_start < max(b, a + 1) or (a <= match_start and match_end <= b):
            if not short[i]:
                return False
            lo = i
            while lo > 0 and short[lo - 1]:
                lo -= 1
            hi = i
            while hi + 1 < len(items) and short[hi + 1]:
                hi += 1
            return hi - lo + 1 >= 3
    return False
