"""ConText-style attributes of a migration match: negated, hypothetical, historical, passing.

A match is never dropped for its context: "no data on migrants" is still evidence that the
plan names migration (as a gap), so the report keeps the attribute and lets ratings and
checklists weigh it. The rules are data, one medspaCy-style file per language
(``screener/lexicons/context/<lang>.yaml``, format in docs/context-rules.md): trigger literals or
token patterns with a category (NEGATED_EXISTENCE, HYPOTHETICAL, HISTORICAL, PSEUDO,
TERMINATE), a direction (FORWARD, BACKWARD, BIDIRECTIONAL) and a scope in tokens. They run on
the block's own spaCy Doc (the one every matcher reads): no second tokenisation.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from .. import validation
from ..errors import LexiconError
from .lexicon import LexiconProblem

SCHEMA = "screener.context/1"
# Keys and closed sets from the format's JSON Schema (screener/data/schemas/context.schema.json).
CATEGORIES = validation.enum("context", "#/$defs/rule/properties/category")
DIRECTIONS = validation.enum("context", "#/$defs/rule/properties/direction")
ATTRIBUTE = {"NEGATED_EXISTENCE": "negated", "HYPOTHETICAL": "hypothetical", "HISTORICAL": "historical"}
# Default scope (tokens between trigger and match): one-word triggers ("no", "sin", "if") reach
# only the nearest words; longer ones ("no se dispone de", "absence de") reach further.
SHORT_FORWARD_SCOPE = 3
LONG_FORWARD_SCOPE = 6
BACKWARD_SCOPE = 5
MAX_SCOPE = 50
RULE_KEYS = tuple(validation.keys("context", "#/$defs/rule"))
TOP_KEYS = tuple(validation.keys("context"))
_CLAUSE_TOKENS = frozenset({";", ":", "(", ")", "[", "]"})
_HINT = "Fix the context rule file; the format is described in docs/context-rules.md."


@dataclass(frozen=True)
class ContextRule:
    """One trigger: a literal phrase or a token pattern, what it marks and how far."""

    category: str
    direction: str
    max_scope: int
    literal: str | None = None
    pattern: tuple | None = field(default=None, hash=False, compare=False)
    note: str = ""
    source: str = ""  # FILE:LINE

    @property
    def text(self) -> str:
        return self.literal if self.literal is not None else "pattern@" + self.source.rsplit(":", 1)[-1]


# One problem type for every rule file `screener lexicon check` reads (file:line, key, message).
ContextProblem = LexiconProblem


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


# --------------------------------------------------------------------------- files
def bundled_context_paths() -> list[Path]:
    root = importlib.resources.files("screener.lexicons").joinpath("context")
    try:
        return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".yaml"))
    except (FileNotFoundError, NotADirectoryError):
        return []


def is_context_file(path: str | Path) -> bool:
    """True when ``path`` declares the context schema (``screener lexicon check`` dispatch)."""
    try:
        head = Path(path).read_text(encoding="utf-8-sig", errors="replace")[:4000]
    except OSError:
        return False
    return bool(re.search(r"^schema:\s*['\"]?screener\.context/", head, re.MULTILINE))


def parse_context_file(path: str | Path) -> tuple[str | None, list[ContextRule], list[ContextProblem]]:
    """(language, rules, problems) of one rule file; every problem as FILE:LINE: key: message."""
    from .lexicon import _Problems, _pattern_problem, _read_yaml
    from .lexicon import _plain
    from .lexicon import ISO_639_1

    path = Path(path)
    file = str(path)
    lp = _Problems(file)
    data = _read_yaml(path, lp)
    problems = [ContextProblem(p.file, p.line, p.key, p.message) for p in lp.items]

    def bad(line, key, message):
        problems.append(ContextProblem(file, line, key, message))

    if problems:
        return None, [], problems
    if not isinstance(data, dict):
        bad(getattr(data, "line", 1) or 1, "(root)", "the file must be a mapping with keys schema, lang and rules")
        return None, [], problems
    checked = validation.Problems(file)
    validation.check_keys(checked, data, "context", "#", "")
    if "schema" in data and data["schema"] != SCHEMA:
        bad(data.line_of("schema"), "schema", f"must be {SCHEMA!r} (got {data['schema']!r})")
    lang = data.get("lang")
    if "lang" in data and (not isinstance(lang, str) or lang not in ISO_639_1):
        bad(data.line_of("lang"), "lang", "not an ISO 639-1 language code (en, es, fr, ...)")
        lang = None
    rules: list[ContextRule] = []
    raw_rules = data.get("rules", [])
    if "rules" in data and (not isinstance(raw_rules, list) or not raw_rules):
        bad(data.line_of("rules"), "rules", "rules must be a non-empty list of entries, each a mapping with literal or pattern and category")
        raw_rules = []
    lines = getattr(raw_rules, "item_lines", [data.line_of("rules")] * len(raw_rules))
    seen: dict[tuple[str, str], int] = {}
    for i, item in enumerate(raw_rules):
        key, line = f"rules[{i}]", lines[i]
        if not isinstance(item, dict):
            bad(line, key, "each rule is a mapping such as {literal: \"no\", category: NEGATED_EXISTENCE, direction: FORWARD}")
            continue
        at = item.line_of
        before = len(problems) + len(checked)
        validation.check_keys(checked, item, "context", "#/$defs/rule", key)
        kinds = [k for k in ("literal", "pattern") if k in item]
        if len(kinds) != 1:
            bad(item.line, key, "a rule needs exactly one of 'literal' or 'pattern'")
        category = item.get("category")
        if "category" in item and category not in CATEGORIES:
            bad(at("category") if "category" in item else item.line, f"{key}.category",
                f"one of {', '.join(CATEGORIES)} (got {category!r})")
        direction = item.get("direction", "FORWARD" if category not in ("PSEUDO", "TERMINATE") else "BIDIRECTIONAL")
        if direction not in DIRECTIONS:
            bad(at("direction"), f"{key}.direction", f"one of {', '.join(DIRECTIONS)} (got {direction!r})")
        literal = pattern = None
        if "literal" in item:
            literal = item["literal"]
            if isinstance(literal, bool):
                bad(at("literal"), f"{key}.literal", "YAML read this word as a boolean: quote it (\"no\", \"yes\", \"on\", \"off\")")
                literal = None
            elif not isinstance(literal, str) or not literal.strip():
                bad(at("literal"), f"{key}.literal", "a literal must be non-empty text")
                literal = None
            else:
                literal = " ".join(literal.lower().split())
                dup = seen.get((literal, str(category)))
                if dup:
                    bad(at("literal"), f"{key}.literal", f"duplicate trigger {literal!r} (already at line {dup})")
                seen.setdefault((literal, str(category)), at("literal"))
        if "pattern" in item:
            why = _pattern_problem(item["pattern"])
            if why:
                bad(at("pattern"), f"{key}.pattern", why)
            else:
                pattern = tuple(_plain(item["pattern"]))
        n_words = len(literal.split()) if literal else 2
        default = (BACKWARD_SCOPE if direction == "BACKWARD"
                   else SHORT_FORWARD_SCOPE if n_words == 1 else LONG_FORWARD_SCOPE)
        scope = item.get("max_scope", default)
        if isinstance(scope, bool) or not isinstance(scope, int) or not 0 <= scope <= MAX_SCOPE:
            bad(at("max_scope"), f"{key}.max_scope", f"a whole number of tokens from 0 to {MAX_SCOPE}")
            scope = default
        note = item.get("note", "")
        if not isinstance(note, str):
            bad(at("note"), f"{key}.note", "a note must be text")
            note = ""
        if len(problems) + len(checked) == before:
            rules.append(ContextRule(str(category), str(direction), int(scope), literal, pattern, note, f"{file}:{line}"))
    return lang, rules, sorted(problems + checked.items, key=lambda p: p.line or 0)


def check_context_file(path: str | Path) -> list[ContextProblem]:
    """All problems of one context rule file (empty: valid)."""
    return parse_context_file(path)[2]


_LOCK = threading.Lock()


@functools.lru_cache(maxsize=None)
def _bundled_rules() -> dict[str, tuple[ContextRule, ...]]:
    out: dict[str, tuple[ContextRule, ...]] = {}
    for path in bundled_context_paths():
        lang, rules, problems = parse_context_file(path)
        if problems:
            first = problems[0]
            more = f" ({len(problems) - 1} more problem(s): run `screener lexicon check {first.file}`)" if len(problems) > 1 else ""
            raise LexiconError(f"{first.file}:{first.line}" if first.line else first.file,
                               f"{first.key}: {first.message}{more}", _HINT)
        if lang:
            out[lang] = tuple(rules)
    return out


def rules_for(lang: str) -> tuple[ContextRule, ...]:
    """The bundled rules of ``lang`` (English rules for a language without a file)."""
    rules = _bundled_rules()
    return rules.get(lang) or rules.get("en", ())


# --------------------------------------------------------------------------- engine
class ContextMatcher:
    """The rules of one language compiled to spaCy matchers on the shared vocabulary."""

    def __init__(self, rules: Sequence[ContextRule], nlp):
        from spacy.matcher import Matcher, PhraseMatcher

        self.rules = tuple(rules)
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._tokens = Matcher(nlp.vocab)
        self._by_key: dict[int, ContextRule] = {}
        for i, rule in enumerate(self.rules):
            key = f"screener-context-{id(self)}-{i}"
            self._by_key[nlp.vocab.strings.add(key)] = rule
            if rule.literal is not None:
                variants = {rule.literal, rule.literal.replace("'", "\u2019"), rule.literal.replace("\u2019", "'")}
                self._phrases.add(key, [nlp.make_doc(v) for v in sorted(variants)])
            else:
                self._tokens.add(key, [[dict(t) for t in rule.pattern or ()]])

    def triggers(self, span) -> list[tuple[int, int, ContextRule]]:
        """(start, end, rule) token offsets inside ``span``: longest first wins, PSEUDO spans
        switch off every other trigger they overlap."""
        found = []
        # PhraseMatcher gives Doc offsets on a Span, Matcher gives Span offsets (spaCy 3.x)
        for matcher, shift in ((self._phrases, span.start), (self._tokens, 0)):
            if len(matcher):
                for key, s, e in matcher(span):
                    rule = self._by_key.get(key)
                    if rule is not None:
                        found.append((s - shift, e - shift, rule))
        found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        kept: list[tuple[int, int, ContextRule]] = []
        for s, e, rule in found:
            if any(s < ke and ks < e for ks, ke, _r in kept):
                continue  # inside a longer trigger ("no" in "no data on", "not" in "not only")
            kept.append((s, e, rule))
        return sorted(kept, key=lambda x: x[0])

    def classify(self, span, match_start: int, match_end: int, lang: str, text: str | None = None) -> MatchContext:
        """Context of the match at char offsets [match_start, match_end) of ``span.doc``."""
        doc = span.doc
        m = doc.char_span(match_start, match_end, alignment_mode="expand")
        if m is None:
            return MatchContext()
        ms, me = m.start - span.start, m.end - span.start
        trig = self.triggers(span)
        # clause limits: punctuation tokens and TERMINATE triggers bound the scope
        walls = [i for i, tok in enumerate(span) if tok.text in _CLAUSE_TOKENS]
        walls += [s for s, _e, r in trig if r.category == "TERMINATE"]
        flags = {"negated": False, "hypothetical": False, "historical": False}
        fired: list[str] = []
        for s, e, rule in trig:
            attr = ATTRIBUTE.get(rule.category)
            if attr is None:
                continue
            hit = False
            if e <= ms and rule.direction in ("FORWARD", "BIDIRECTIONAL"):
                hit = ms - e <= rule.max_scope and not any(e <= w < ms for w in walls)
            elif s >= me and rule.direction in ("BACKWARD", "BIDIRECTIONAL"):
                hit = s - me <= rule.max_scope and not any(me <= w < s for w in walls)
            if hit:
                flags[attr] = True
                fired.append(f"{attr}:{span[s:e].text.lower()}")
        sentence = text if text is not None else span.text
        base = span.start_char
        return MatchContext(
            negated=flags["negated"], hypothetical=flags["hypothetical"], historical=flags["historical"],
            passing=is_passing_mention(sentence, match_start - base, match_end - base, lang),
            triggers=tuple(dict.fromkeys(fired)),
        )


_MATCHERS: dict[tuple[str, int], ContextMatcher] = {}


def context_matcher(lang: str, nlp=None) -> ContextMatcher:
    """The compiled rules of ``lang`` for ``nlp`` (the screen's pipeline), built once."""
    from .pipeline import get_nlp

    nlp = nlp if nlp is not None else get_nlp(lang)
    key = (lang, id(nlp.vocab))
    with _LOCK:
        hit = _MATCHERS.get(key)
    if hit is None:
        hit = ContextMatcher(rules_for(lang), nlp)
        with _LOCK:
            _MATCHERS[key] = hit
    return hit


def classify_span(span, match_start: int, match_end: int, lang: str, text: str | None = None) -> MatchContext:
    """Context of a match inside ``span`` (a sentence of the block's Doc); char offsets are the Doc's."""
    return context_matcher(lang).classify(span, match_start, match_end, lang, text)


def classify_context(sentence: str, match_start: int, match_end: int, lang: str) -> MatchContext:
    """Context of the match at [match_start, match_end) inside ``sentence`` (a one-off string:
    tokenised here; the screen passes its own Doc to ``classify_span`` instead)."""
    from .pipeline import get_nlp

    nlp = get_nlp(lang)
    doc = nlp.make_doc(sentence)
    return context_matcher(lang, nlp).classify(doc[:], match_start, match_end, lang, sentence)


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
