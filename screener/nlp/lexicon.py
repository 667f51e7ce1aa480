"""Lexicons: migration concepts and their terms as data, validated, merged and compiled to matchers.

The lexicon is YAML (format: docs/lexicon-format.md) so that consultants and ministries
can add local names for groups and institutions without touching code. Every problem in
a file is reported as ``FILE:LINE: key: what is wrong`` because the people who write
these files are not programmers and need to know exactly where to look.

The same term syntax and compiler (``parse_term``/``compile_terms``) serve the migration
concepts, the exclusions (false friends) and the sector plugins' term lists.
"""

from __future__ import annotations

import bisect
import importlib.resources
import json
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import yaml

from .. import validation
from ..errors import LexiconError
from ..validation import Problem as LexiconProblem  # noqa: F401  (one problem type for every data file)
from ..validation import Problems as _Problems
from .forms import inflected_forms_many

SCHEMA = "screener.lexicon/1"
RULES = ("lower", "tokens", "lemma", "regex")  # preference order when equal spans compete
MATCH_MODES = ("lemma", "folded", "lower")  # = the schema's term match enum (tests/test_validation.py)
_HINT = "Fix the lexicon file; the format is described in docs/lexicon-format.md."

# ISO 639-1 codes: any of them may carry terms (documents in other languages get no matcher).
ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li
    ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa
    pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th
    ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()
)
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TERM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$")

# Keys from the format's JSON Schema (screener/data/schemas/lexicon.schema.json), checked by screener.validation.
TOP_KEYS = validation.keys("lexicon")
CONCEPT_KEYS = EXCLUSION_KEYS = validation.keys("lexicon", "#/$defs/concept")
TERM_KEYS = tuple(validation.keys("lexicon", "#/$defs/term/anyOf/1"))


# --------------------------------------------------------------------------- data model
@dataclass(frozen=True)
class Term:
    """One way of writing a concept in one language."""

    id: str
    owner: str  # concept, exclusion or sector-term label
    lang: str
    kind: str  # "phrase" | "pattern" | "regex"
    text: str  # the phrase, the regex source, or the pattern as JSON (for display)
    match: str = "lemma"  # phrases only: "lemma" | "folded" | "lower"
    note: str = ""
    source: str = ""  # FILE:LINE where it was written
    pattern: tuple[Mapping[str, Any], ...] | None = field(default=None, hash=False, compare=False)
    # a name (IOM, UNHCR ...) that alone is an incidental mention: shown, counted only beside another term
    incidental: bool = False


@dataclass(frozen=True)
class Concept:
    """A migration concept (or an exclusion: a false friend) with its terms in every language."""

    id: str
    labels: tuple[tuple[str, str], ...] = ()
    description: str = ""
    terms: tuple[Term, ...] = ()
    source: str = ""

    def label(self, lang: str = "en") -> str:
        d = dict(self.labels)
        return d.get(lang) or d.get("en") or (next(iter(d.values())) if d else self.id)

    def terms_for(self, lang: str) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.lang == lang)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({t.lang for t in self.terms}))


@dataclass(frozen=True)
class Lexicon:
    name: str
    version: str
    description: str
    concepts: tuple[Concept, ...]
    exclusions: tuple[Concept, ...]
    sources: tuple[str, ...]
    schema: str = SCHEMA

    def concept(self, concept_id: str) -> Concept:
        for c in self.concepts:
            if c.id == concept_id:
                return c
        raise KeyError(concept_id)

    def exclusion(self, exclusion_id: str) -> Concept:
        for c in self.exclusions:
            if c.id == exclusion_id:
                return c
        raise KeyError(exclusion_id)

    @property
    def concept_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.concepts)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({t.lang for c in self.concepts for t in c.terms}))

    def term_counts(self) -> dict[str, int]:
        """Concept terms per language."""
        counts: dict[str, int] = {}
        for c in self.concepts:
            for t in c.terms:
                counts[t.lang] = counts.get(t.lang, 0) + 1
        return dict(sorted(counts.items()))

    def summary(self) -> str:
        counts = self.term_counts()
        per = ", ".join(f"{k} {v}" for k, v in counts.items())
        return (
            f"{len(self.concepts)} concepts, {sum(counts.values())} terms ({per}), "
            f"{len(self.exclusions)} exclusions"
        )


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A term found in a Doc; ``start``/``end`` are character offsets into ``doc.text``."""

    concept: str
    term_id: str
    term: str
    lang: str
    start: int
    end: int
    text: str
    rule: str  # "lemma" | "lower" | "tokens" | "regex"
    excluded_by: str | None = None
    incidental: bool = False  # the term is marked ``incidental`` (an organisation's name)


# --------------------------------------------------------------------------- YAML with lines
from ..yamlio import LineLoader as _LineLoader  # noqa: E402
from ..yamlio import plain as _plain  # noqa: E402


# --------------------------------------------------------------------------- validation
_CHECK_VOCAB = None
_CHECK_LOCK = threading.Lock()


def _pattern_problem(pattern: Any) -> str | None:
    """Why spaCy's Matcher refuses ``pattern``, or None if it compiles."""
    global _CHECK_VOCAB
    if not isinstance(pattern, list) or not pattern:
        return "a token pattern must be a non-empty list of token mappings, e.g. [{LOWER: migrant}, {LOWER: workers}]"
    if not all(isinstance(tok, dict) for tok in pattern):
        return "each token of a pattern must be a mapping such as {LOWER: migrant}"
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    with _CHECK_LOCK:
        if _CHECK_VOCAB is None:
            _CHECK_VOCAB = Vocab()
        matcher = Matcher(_CHECK_VOCAB, validate=True)
        try:
            matcher.add("check", [_plain(pattern)])
        except Exception as exc:  # spaCy raises ValueError/MatchPatternError with a long text
            text = " ".join(str(exc).split())
            text = re.sub(r"^\[E\d+\]\s*", "", text)
            return f"invalid token pattern: {text[:220]}"
    if all(tok.get("OP") in ("?", "*") for tok in pattern if isinstance(tok, dict)):
        return "invalid token pattern: every token is optional, so it would match nothing useful"
    return None


def _regex_problem(source: Any) -> str | None:
    if not isinstance(source, str) or not source.strip():
        return "a regex must be a non-empty string"
    try:
        rx = re.compile(source, re.IGNORECASE)
    except re.error as exc:
        return f"invalid regular expression: {exc}"
    if rx.match("") is not None:
        return "the regular expression matches the empty string; make it require at least one character"
    from ..limits import nested_quantifier

    return nested_quantifier(source)  # (a+)+ would hang on one long line: refused at check/load


def parse_term(
    raw: Any,
    owner: str,
    lang: str,
    n: int,
    *,
    source: str = "",
    problems: _Problems | None = None,
    line: int | None = None,
    key: str = "",
) -> Term | None:
    """One term entry (a string or a mapping) -> ``Term``.

    With ``problems`` the problems are collected and None is returned for a bad entry;
    without, the first problem raises ``LexiconError``. ``n`` (1-based) makes the default
    id ``<owner>:<lang>:<n>``.
    """
    own = problems is None
    if own:
        problems = _Problems(source.rsplit(":", 1)[0] if source else "<terms>")
    key = key or f"{owner}.{lang}[{n - 1}]"
    before = len(problems.items)

    def bad(message: str, at: int | None = line, k: str = key) -> None:
        problems.add(at, k, message)

    term: Term | None = None
    default_id = f"{owner}:{lang}:{n}"
    if isinstance(raw, str):
        text = " ".join(raw.split())
        if not text:
            bad("empty term; write a word or phrase, or remove the line")
        else:
            term = Term(default_id, owner, lang, "phrase", text, source=source)
    elif isinstance(raw, dict):
        at = getattr(raw, "line", None) or line
        for k in raw:
            if k not in TERM_KEYS:
                bad(f"unknown key {k!r}; a term mapping has one of phrase/pattern/regex, and optional id, note, match, incidental",
                    getattr(raw, "line_of", lambda _k: at)(k), f"{key}.{k}")
        kinds = [k for k in ("phrase", "pattern", "regex") if k in raw]
        if len(kinds) != 1:
            bad("a term mapping needs exactly one of 'phrase', 'pattern' or 'regex'"
                + (f" (it has {', '.join(kinds)})" if kinds else ""), at)
        else:
            kind = kinds[0]
            value = raw[kind]
            kat = getattr(raw, "line_of", lambda _k: at)(kind)
            term_id = raw.get("id", default_id)
            if not isinstance(term_id, str) or not _TERM_ID.match(term_id):
                bad("a term id must be letters, digits, '_', '-', '.', ':' (no spaces)",
                    getattr(raw, "line_of", lambda _k: at)("id"), f"{key}.id")
            note = raw.get("note", "")
            if not isinstance(note, str):
                bad("a note must be text", getattr(raw, "line_of", lambda _k: at)("note"), f"{key}.note")
                note = ""
            incidental = raw.get("incidental", False)
            if not isinstance(incidental, bool):
                bad("'incidental' is true or false", getattr(raw, "line_of", lambda _k: at)("incidental"), f"{key}.incidental")
                incidental = False
            match = raw.get("match", "lemma")
            if "match" in raw and (kind != "phrase" or match not in MATCH_MODES):
                bad(f"'match' applies to phrases only and is one of {', '.join(MATCH_MODES)}",
                    getattr(raw, "line_of", lambda _k: at)("match"), f"{key}.match")
            if kind == "phrase":
                if not isinstance(value, str) or not value.strip():
                    bad("a phrase must be a non-empty string", kat, f"{key}.phrase")
                else:
                    term = Term(str(term_id), owner, lang, "phrase", " ".join(value.split()),
                                match=match if match in MATCH_MODES else "lemma", note=note, source=source,
                                incidental=incidental)
            elif kind == "regex":
                why = _regex_problem(value)
                if why:
                    bad(why, kat, f"{key}.regex")
                else:
                    term = Term(str(term_id), owner, lang, "regex", value, note=note, source=source, incidental=incidental)
            else:
                why = _pattern_problem(value)
                if why:
                    bad(why, kat, f"{key}.pattern")
                else:
                    plain = _plain(value)
                    term = Term(str(term_id), owner, lang, "pattern", json.dumps(plain, ensure_ascii=False),
                                note=note, source=source, pattern=tuple(plain), incidental=incidental)
    else:
        bad("a term is a string (a phrase) or a mapping with phrase/pattern/regex")
    if len(problems.items) > before:
        if own:
            _raise(problems.items[before:])
        return None
    return term


def _term_key(term: Term) -> tuple[str, str]:
    return (term.kind, term.text.lower() if term.kind == "phrase" else term.text)


def _parse_concepts(
    data: Any, section: str, allowed: Mapping[str, bool], problems: _Problems, file: str, at_line: int
) -> list[Concept]:
    if not isinstance(data, list):
        problems.add(at_line, section, f"'{section}' must be a list of entries, each starting with '- id: ...'")
        return []
    out: list[Concept] = []
    seen: dict[str, int] = {}
    lines = getattr(data, "item_lines", [at_line] * len(data))
    for i, item in enumerate(data):
        key = f"{section}[{i}]"
        line = lines[i]
        if not isinstance(item, dict):
            problems.add(line, key, "each entry must be a mapping with id, terms and optional label, description")
            continue
        cid = item.get("id")
        named = f"{section}[{cid}]" if isinstance(cid, str) and _ID.match(cid) else key
        validation.check_keys(problems, item, "lexicon", "#/$defs/concept", named)
        if "id" in item:
            if not isinstance(cid, str) or not _ID.match(cid):
                problems.add(item.line_of("id"), f"{key}.id",
                             "an id is lower-case letters, digits and '_' starting with a letter, e.g. labour_migration")
                cid = None
            elif cid in seen:
                problems.add(item.line_of("id"), f"{named}.id", f"duplicate id {cid!r} (first at line {seen[cid]})")
                cid = None  # do not report its terms again as duplicates
            else:
                seen[cid] = item.line_of("id")
        if cid:
            key = f"{section}[{cid}]"
        labels: list[tuple[str, str]] = []
        if "label" in item:
            lab = item["label"]
            if isinstance(lab, str) and lab.strip():
                labels = [("en", lab.strip())]
            elif isinstance(lab, dict) and lab:
                for lg, text in lab.items():
                    if not isinstance(lg, str) or lg not in ISO_639_1:
                        problems.add(lab.line_of(lg), f"{key}.label.{lg}", "not an ISO 639-1 language code (en, es, fr, ...)")
                    elif not isinstance(text, str) or not text.strip():
                        problems.add(lab.line_of(lg), f"{key}.label.{lg}", "a label must be non-empty text")
                    else:
                        labels.append((lg, text.strip()))
            else:
                problems.add(item.line_of("label"), f"{key}.label", "a label is text or a mapping {en: ..., es: ..., fr: ...}")
        desc = item.get("description", "")
        if not isinstance(desc, str):
            problems.add(item.line_of("description"), f"{key}.description", "a description must be text")
            desc = ""
        terms: list[Term] = []
        if "terms" in item:
            terms = _parse_term_table(item["terms"], cid or f"{section}{i}", key, problems, file, item.line_of("terms"))
        if cid:
            out.append(Concept(cid, tuple(labels), desc.strip(), tuple(terms), f"{file}:{item.line}"))
    return out


def _parse_term_table(table: Any, owner: str, key: str, problems: _Problems, file: str, line: int) -> list[Term]:
    if not isinstance(table, dict) or not table:
        problems.add(line, f"{key}.terms", "terms must be a mapping from language code to a list of terms, e.g. {en: [...], es: [...]}")
        return []
    terms: list[Term] = []
    for lang, entries in table.items():
        lkey = f"{key}.terms.{lang}"
        lline = table.line_of(lang)
        if not isinstance(lang, str) or lang not in ISO_639_1:
            problems.add(lline, lkey, f"{lang!r} is not an ISO 639-1 language code (en, es, fr, ...)")
            continue
        if not isinstance(entries, list) or not entries:
            problems.add(lline, lkey, "empty term list; give at least one term or remove the language")
            continue
        item_lines = getattr(entries, "item_lines", [lline] * len(entries))
        seen: dict[tuple[str, str], int] = {}
        for n, raw in enumerate(entries, 1):
            tline = item_lines[n - 1]
            term = parse_term(raw, owner, lang, n, source=f"{file}:{tline}", problems=problems, line=tline,
                              key=f"{lkey}[{n - 1}]")
            if term is None:
                continue
            tk = _term_key(term)
            if tk in seen:
                problems.add(tline, f"{lkey}[{n - 1}]", f"duplicate term {term.text!r} (already at line {seen[tk]})")
                continue
            seen[tk] = tline
            terms.append(term)
    return terms


def _read_yaml(path: Path, problems: _Problems) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.add(None, "(file)", "file not found; check the path")
        return None
    except OSError as exc:
        problems.add(None, "(file)", f"cannot read the file ({exc.strerror or exc})")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.add(None, "(file)", f"not UTF-8 text (byte {exc.start}); save the file as UTF-8")
        return None
    loader = _LineLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(str(exc.problem or exc.context or "syntax error").split())
        problems.add(mark.line + 1 if mark else None, "(yaml)", f"YAML syntax error: {what}")
        return None
    except yaml.YAMLError as exc:
        problems.add(None, "(yaml)", f"YAML error: {' '.join(str(exc).split())[:200]}")
        return None
    finally:
        loader.dispose()
    for line, key in loader.duplicates:
        problems.add(line, key, "key written twice in the same mapping; the second would silently replace the first")
    return data


def _parse_file(path: str | Path) -> tuple[Lexicon | None, list[LexiconProblem]]:
    lex, problems = _parse_file_unsorted(path)
    return lex, sorted(problems, key=lambda p: p.line or 0)


def _parse_file_unsorted(path: str | Path) -> tuple[Lexicon | None, list[LexiconProblem]]:
    path = Path(path)
    file = str(path)
    problems = _Problems(file)
    data = _read_yaml(path, problems)
    if not problems.items and data is None:
        problems.add(1, "(root)", "the file is empty; it must be a mapping with schema, name and concepts")
    if problems.items:
        return None, problems.items
    if not isinstance(data, dict):
        problems.add(getattr(data, "line", 1) or 1, "(root)",
                     "the file must be a mapping with keys schema, name, concepts (and optional version, description, exclusions)")
        return None, problems.items
    validation.check_keys(problems, data, "lexicon", "#", "")
    if "concepts" not in data and "exclusions" not in data:
        problems.add(data.line, "(root)", "no 'concepts' and no 'exclusions': the file adds nothing")
    if "schema" in data and data["schema"] != SCHEMA:
        problems.add(data.line_of("schema"), "schema", f"must be {SCHEMA!r} (got {data['schema']!r})")
    for k in ("name", "version", "description"):
        if k in data and (not isinstance(data[k], (str, int, float)) or isinstance(data[k], bool) or not str(data[k]).strip()):
            problems.add(data.line_of(k), k, "must be non-empty text")
    if "name" in data and isinstance(data["name"], str) and not _ID.match(data["name"].replace("-", "_")):
        problems.add(data.line_of("name"), "name", "a lexicon name is lower-case letters, digits, '_' or '-'")
    concepts = (
        _parse_concepts(data["concepts"], "concepts", CONCEPT_KEYS, problems, file, data.line_of("concepts"))
        if "concepts" in data else []
    )
    exclusions = (
        _parse_concepts(data["exclusions"], "exclusions", EXCLUSION_KEYS, problems, file, data.line_of("exclusions"))
        if "exclusions" in data else []
    )
    _check_ids(concepts, exclusions, problems)
    _check_exclusions_hide(concepts, exclusions, problems)
    if problems.items:
        return None, problems.items
    lex = Lexicon(
        name=str(data["name"]),
        version=str(data.get("version", "0")),
        description=str(data.get("description", "")).strip(),
        concepts=tuple(concepts),
        exclusions=tuple(exclusions),
        sources=(file,),
    )
    return lex, []


def _check_ids(concepts: Sequence[Concept], exclusions: Sequence[Concept], problems: _Problems) -> None:
    seen: dict[str, str] = {}
    for c in concepts:
        if c.id in {e.id for e in exclusions}:
            problems.add(int(c.source.rsplit(":", 1)[1]), f"concepts[{c.id}].id",
                         "the same id is used by an exclusion; ids must be distinct")
    groups = [("concepts", c) for c in concepts] + [("exclusions", c) for c in exclusions]
    for section, c in groups:
        for t in c.terms:
            if t.id in seen:
                problems.add(int(t.source.rsplit(":", 1)[1]), f"{section}[{c.id}].terms.{t.lang}",
                             f"duplicate term id {t.id!r} (already used at {seen[t.id]})")
            else:
                seen[t.id] = t.source


def _check_exclusions_hide(concepts: Sequence[Concept], exclusions: Sequence[Concept], problems: _Problems) -> None:
    """An exclusion identical to a concept term would silently switch that term off."""
    phrases: dict[tuple[str, str], Term] = {}
    for c in concepts:
        for t in c.terms:
            if t.kind == "phrase":
                phrases[(t.lang, t.text.lower())] = t
    for e in exclusions:
        for t in e.terms:
            hit = phrases.get((t.lang, t.text.lower())) if t.kind == "phrase" else None
            if hit is not None:
                problems.add(int(t.source.rsplit(":", 1)[1]), f"exclusions[{e.id}].terms.{t.lang}",
                             f"{t.text!r} is also a term of concept {hit.owner!r}; the exclusion would hide every match of it")


# --------------------------------------------------------------------------- public loading API
def check_lexicon(path: str | Path, *, base: Lexicon | None = None) -> list[LexiconProblem]:
    """All problems of one lexicon file (empty list: valid). With ``base``, also merge conflicts."""
    lex, problems = _parse_file(path)
    if problems or base is None or lex is None:
        return sorted(problems, key=lambda p: (p.line or 0))
    try:
        merge_lexicons(base, lex)
    except _MergeProblems as exc:
        return exc.problems
    return []


def load_lexicon(path: str | Path) -> Lexicon:
    """Load and validate one lexicon file; the first problem raises ``LexiconError``."""
    lex, problems = _parse_file(path)
    if problems:
        _raise(problems)
    assert lex is not None
    return lex


def _raise(problems: Sequence[LexiconProblem]) -> None:
    first = problems[0]
    more = f" ({len(problems) - 1} more problem(s): run `screener lexicon check {first.file}`)" if len(problems) > 1 else ""
    where = f"{first.file}:{first.line}" if first.line else first.file
    raise LexiconError(where, f"{first.key}: {first.message}{more}", _HINT)


class _MergeProblems(Exception):
    def __init__(self, problems: list[LexiconProblem]):
        super().__init__(problems)
        self.problems = problems


def _merge_group(base: Sequence[Concept], extra: Sequence[Concept], problems: list[LexiconProblem], section: str) -> tuple[Concept, ...]:
    merged: dict[str, Concept] = {c.id: c for c in base}
    for e in extra:
        if e.id not in merged:
            merged[e.id] = e
            continue
        old = merged[e.id]
        existing = {(t.lang, _term_key(t)): t for t in old.terms}
        counts: dict[str, int] = {}
        for t in old.terms:
            counts[t.lang] = counts.get(t.lang, 0) + 1
        added: list[Term] = []
        for t in e.terms:
            prior = existing.get((t.lang, _term_key(t)))
            file, _, line = t.source.rpartition(":")
            if prior is not None:
                problems.append(LexiconProblem(file, int(line), f"{section}[{e.id}].terms.{t.lang}",
                                               f"duplicate term {t.text!r}: already in {prior.source}"))
                continue
            counts[t.lang] = counts.get(t.lang, 0) + 1
            if t.id.startswith(f"{e.id}:{t.lang}:"):  # automatic id: continue the base numbering
                t = Term(f"{e.id}:{t.lang}:{counts[t.lang]}", t.owner, t.lang, t.kind, t.text, t.match, t.note,
                         t.source, t.pattern)
            added.append(t)
        labels = dict(old.labels)
        labels.update(dict(e.labels))
        merged[e.id] = Concept(old.id, tuple(labels.items()), e.description or old.description,
                               old.terms + tuple(added), old.source)
    return tuple(merged.values())


def merge_lexicons(base: Lexicon, *extras: Lexicon) -> Lexicon:
    """``base`` plus extra files: new terms for existing concepts, new concepts, new exclusions."""
    problems: list[LexiconProblem] = []
    concepts, exclusions, sources = base.concepts, base.exclusions, base.sources
    for extra in extras:
        concepts = _merge_group(concepts, extra.concepts, problems, "concepts")
        exclusions = _merge_group(exclusions, extra.exclusions, problems, "exclusions")
        sources = sources + extra.sources
    seen: dict[str, str] = {}
    groups = [("concepts", c) for c in concepts] + [("exclusions", c) for c in exclusions]
    for section, c in groups:
        for t in c.terms:
            if t.id in seen and seen[t.id] != t.source:
                file, _, line = t.source.rpartition(":")
                problems.append(LexiconProblem(file, int(line), f"{section}[{c.id}].terms.{t.lang}",
                                               f"duplicate term id {t.id!r} (already used at {seen[t.id]})"))
            seen.setdefault(t.id, t.source)
    if problems:
        raise _MergeProblems(problems)
    return Lexicon(base.name, base.version, base.description, concepts, exclusions, sources, base.schema)


def bundled_lexicon_paths() -> list[Path]:
    """The lexicon files shipped in the ``screener.lexicons`` package."""
    root = importlib.resources.files("screener.lexicons")
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".yaml"))


def bundled_lexicon_path(name: str = "migration") -> Path:
    return Path(str(importlib.resources.files("screener.lexicons").joinpath(f"{name}.yaml")))


_DEFAULT_CACHE: dict[tuple[str, ...], Lexicon] = {}


def default_lexicon(extra: Sequence[str | Path] = ()) -> Lexicon:
    """The bundled migration lexicon merged with ``extra`` files (e.g. a ministry's local terms)."""
    key = tuple(str(Path(p).resolve()) for p in extra)
    cached = _DEFAULT_CACHE.get(key)
    if cached is not None:
        return cached
    base = load_lexicon(bundled_lexicon_path())
    extras = [load_lexicon(p) for p in extra]
    try:
        lex = merge_lexicons(base, *extras) if extras else base
    except _MergeProblems as exc:
        _raise(exc.problems)
    if not extra:
        _DEFAULT_CACHE[key] = lex
    return lex


# --------------------------------------------------------------------------- matchers
_RULE_RANK = {r: i for i, r in enumerate(RULES)}


_ANCHOR_ATTRS = {"LOWER": "LOWER", "ORTH": "LOWER", "TEXT": "LOWER", "LEMMA": "LEMMA", "NORM": "NORM"}
_REGION_PAD = 200  # characters around a concept match searched for false friends


def _is_common(value: str) -> bool:
    from ..loaders.language import STOP_WORDS

    v = value.lower()
    return len(v) <= 3 or any(v in words for words in STOP_WORDS.values())


def _pattern_anchor(pattern: Sequence[Mapping[str, Any]]) -> tuple[str, tuple[str, ...]] | None:
    """(attribute, values): one token of every match has one of these values.

    Picks the required token with the fewest values, avoiding stop words, so the
    Matcher only runs on the few sentences that can match.
    """
    candidates: list[tuple[int, int, str, tuple[str, ...]]] = []
    for tok in pattern:
        if tok.get("OP") in ("?", "*", "!", "{0,}"):
            continue
        for key, value in tok.items():
            attr = _ANCHOR_ATTRS.get(str(key).upper())
            if attr is None:
                continue
            if isinstance(value, str):
                values: tuple[str, ...] = (value,)
            elif isinstance(value, Mapping) and set(value) == {"IN"} and isinstance(value["IN"], list) and value["IN"]:
                values = tuple(str(v) for v in value["IN"])
            else:
                continue
            if attr == "LOWER":
                values = tuple(v.lower() for v in values)
            common = sum(_is_common(v) for v in values)
            candidates.append((common, len(values), attr, values))
    if not candidates:
        return None
    _c, _n, attr, values = min(candidates, key=lambda c: (c[0], c[1]))
    return attr, values


def _regex_prefix(source: str) -> str:
    """The literal text every match of ``source`` starts with (after \\b), lower-cased; '' if none."""
    try:
        import re._parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse  # type: ignore[no-redef]
    try:
        parsed = sre_parse.parse(source, re.IGNORECASE)
    except Exception:
        return ""
    chars: list[str] = []
    for op, arg in parsed:
        name = str(op)
        if name == "AT" and not chars:
            continue
        if name == "LITERAL":
            chars.append(chr(arg))
            continue
        break
    return "".join(chars).lower()


def _merge_regions(regions: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(regions):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


class TermMatcher:
    """Compiled terms of one language: phrase (LOWER, LEMMA, NORM), token-pattern and regex matchers.

    A one-word phrase never matches through its lookup lemma, which the tables share with
    other words ("deporte" -> "deportar"); it matches its lemma-safe inflections instead
    (``forms.inflected_forms``, computed once per matcher). Phrases of several words keep
    lemma matching: the other words disambiguate.

    Phrase matching is cheap on a whole plan; token patterns and regexes are not (Python-level
    predicates, a scan of the text per regex), so they only run on the sentences that contain
    one of their anchor words or on the text around a regex's literal prefix.
    """

    def __init__(self, terms: Sequence[Term], lang: str, nlp):
        from spacy.matcher import Matcher, PhraseMatcher

        self.lang = lang
        self.nlp = nlp
        self.terms: tuple[Term, ...] = tuple(terms)
        vocab = nlp.vocab
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._lemma = PhraseMatcher(vocab, attr="LEMMA")
        self._norm = PhraseMatcher(vocab, attr="NORM")
        self._forms = PhraseMatcher(vocab, attr="LOWER")  # inflections of one-word terms
        self._tokens = Matcher(vocab)
        self._regexes: list[tuple[int, re.Pattern, str]] = []
        self._keys: dict[int, int] = {}  # match-key hash -> term index
        self._anchors: dict[str, set[int]] | None = {"LOWER": set(), "LEMMA": set(), "NORM": set()}
        self._annotator = self._find_annotator(nlp)
        phrases = [(i, t) for i, t in enumerate(self.terms) if t.kind == "phrase"]
        texts = [t.text for _, t in phrases]
        lowered = [nlp.make_doc(s) for s in texts]
        if self._annotator is not None and not self._annotator.set_lemma:
            annotated = list(nlp.pipe(texts))  # a trained pipeline: its own lemmatizer must run
        else:
            annotated = [self._annotate(nlp.make_doc(s)) for s in texts]
        single = [ann_doc[0].lower_ for (_i, t), ann_doc in zip(phrases, annotated)
                  if t.match == "lemma" and len(ann_doc) == 1]
        self.forms: dict[str, tuple[str, ...]] = inflected_forms_many(single, lang) if single else {}
        for (i, t), low_doc, ann_doc in zip(phrases, lowered, annotated):
            key = self._key(i)
            self._lower.add(key, [low_doc])
            if t.match in ("lemma", "folded"):
                self._norm.add(key, [ann_doc])
            if t.match != "lemma":
                continue
            if len(ann_doc) == 1:
                # one word: its lemma-safe written forms, never the bare lemma (forms.py)
                extra = [f for f in self.forms.get(ann_doc[0].lower_, ()) if f != ann_doc[0].lower_]
                if extra:
                    self._forms.add(key, list(nlp.tokenizer.pipe(extra)))
            else:
                self._lemma.add(key, [ann_doc])
        for i, t in enumerate(self.terms):
            if t.kind == "pattern":
                pattern = [dict(tok) for tok in (t.pattern or ())]
                try:
                    self._tokens.add(self._key(i), [pattern])
                except Exception as exc:
                    raise LexiconError(t.source or t.owner, f"{t.owner}.{t.lang}: invalid token pattern ({exc})", _HINT) from None
                anchor = _pattern_anchor(pattern)
                if anchor is None:
                    self._anchors = None
                elif self._anchors is not None:
                    attr, values = anchor
                    self._anchors[attr].update(vocab.strings.add(v) for v in values)
            elif t.kind == "regex":
                try:
                    self._regexes.append((i, re.compile(t.text, re.IGNORECASE), _regex_prefix(t.text)))
                except re.error as exc:
                    raise LexiconError(t.source or t.owner, f"{t.owner}.{t.lang}: invalid regex ({exc})", _HINT) from None
        # the anchor hashes as arrays, built once: _token_spans runs on every block of every document
        self._anchor_arrays: tuple[tuple[int, Any], ...] | None = None
        if self._anchors is not None:
            import numpy as np

            self._anchor_arrays = tuple(
                (col, np.fromiter(self._anchors[attr], dtype=np.uint64, count=len(self._anchors[attr])))
                for col, attr in enumerate(("LOWER", "LEMMA", "NORM")) if self._anchors[attr]
            )

    def _key(self, i: int) -> str:
        key = f"screener-term-{id(self)}-{i}"
        self._keys[self.nlp.vocab.strings.add(key)] = i
        return key

    @staticmethod
    def _find_annotator(nlp):
        from .pipeline import COMPONENT

        return nlp.get_pipe(COMPONENT) if nlp.has_pipe(COMPONENT) else None

    def _annotate(self, doc):
        if self._annotator is not None:
            doc = self._annotator(doc)
        elif not doc.has_annotation("LEMMA"):
            for tok in doc:
                tok.lemma_ = tok.lower_
        return doc

    def __len__(self) -> int:
        return len(self.terms)

    # -- the expensive matchers, restricted to where they can match
    def _token_spans(self, doc, regions: list[tuple[int, int]] | None):
        """Token spans for the token Matcher: sentences holding an anchor word (and inside ``regions``)."""
        import numpy as np
        from spacy.attrs import LEMMA, LOWER, NORM, SENT_START

        n = len(doc)
        if n == 0:
            return []
        if self._anchors is None and regions is None:
            return [doc[:]]
        arr = doc.to_array([LOWER, LEMMA, NORM, SENT_START])
        if self._anchor_arrays is None:
            hit = np.ones(n, dtype=bool)
        else:
            hit = np.zeros(n, dtype=bool)
            for col, values in self._anchor_arrays:
                hit |= np.isin(arr[:, col], values)
        if regions is not None:
            inside = np.zeros(n, dtype=bool)
            for s, e in regions:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    inside[span.start:span.end] = True
            hit &= inside
        idx = np.flatnonzero(hit)
        if idx.size == 0:
            return []
        starts = np.flatnonzero(arr[:, 3].astype(np.int64) == 1)
        if starts.size == 0 or starts[0] != 0:
            starts = np.concatenate(([0], starts))
        bounds = np.append(starts, n)
        which = np.unique(np.searchsorted(starts, idx, side="right") - 1)
        spans = []
        for w in which:
            s, e = int(bounds[w]), int(bounds[w + 1])
            if e - s > 400:  # no sentence boundaries (tables, lists): a window around the hits
                for i in idx[(idx >= s) & (idx < e)]:
                    spans.append((max(s, int(i) - 40), min(e, int(i) + 40)))
            else:
                spans.append((s, e))
        return [doc[s:e] for s, e in _merge_regions(spans)]

    def raw_matches(self, doc, *, text: str | None = None,
                    regions: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int, str]]:
        """(term index, start char, end char, rule) for every hit, before merging.

        ``regions`` (char ranges) limits token patterns and regexes; phrases run everywhere.
        """
        if not self.terms:
            return []
        if not doc.has_annotation("LEMMA"):
            doc = self._annotate(doc)
        text = doc.text if text is None else text
        best: dict[tuple[int, int, int], str] = {}

        def put(i: int, start: int, end: int, rule: str) -> None:
            k = (i, start, end)
            old = best.get(k)
            if old is None or _RULE_RANK[rule] < _RULE_RANK[old]:
                best[k] = rule

        for matcher, rule in ((self._lower, "lower"), (self._forms, "lemma"), (self._lemma, "lemma"), (self._norm, "lemma")):
            if len(matcher) == 0:
                continue
            for key, s, e in matcher(doc):
                i = self._keys.get(key)
                if i is not None:
                    span = doc[s:e]
                    put(i, span.start_char, span.end_char, rule)
        if len(self._tokens):
            for sub in self._token_spans(doc, regions):
                for key, s, e in self._tokens(sub):
                    i = self._keys.get(key)
                    if i is not None:
                        span = sub[s:e]
                        put(i, span.start_char, span.end_char, "tokens")
        if self._regexes:
            lowered = text.lower()
            if len(lowered) != len(text):  # a case change altered the length: no fast path
                lowered = None
            self._run_regexes(text, lowered, regions, put)
        return [(i, s, e, r) for (i, s, e), r in best.items()]

    def _run_regexes(self, text: str, lowered: str | None, regions: list[tuple[int, int]] | None,
                     put: Callable[[int, int, int, str], None]) -> None:
        """Every regex term on ``text``, under one time budget per document (limits.regex_seconds):
        what the static check cannot see backtracking (``\\w*\\w*\\w*x`` on a long run of
        letters) stops with a one-line error naming the term (exit 11), never a hang."""
        from ..limits import RegexTimeout, regex_seconds, time_budget

        budget = regex_seconds()
        current = -1
        try:
            with time_budget(budget, RegexTimeout):
                for i, rx, prefix in self._regexes:
                    current = i
                    for s, e in self._regex_hits(rx, prefix, text, lowered, regions):
                        put(i, s, e, "regex")
        except RegexTimeout:
            t = self.terms[current] if current >= 0 else None
            where = (t.source or t.owner) if t else None
            what = f"regex '{t.text[:80]}' of {t.owner}" if t else "a regex"
            raise LexiconError(where, f"{what} ran past its time budget ({budget:g} s per document): it backtracks "
                               "catastrophically on this document's text",
                               "Rewrite it without repeats that can match the same text in several ways (e.g. "
                               "\\w*\\w* is \\w*), or use a phrase; SCREENER_REGEX_SECONDS changes the budget.") from None

    @staticmethod
    def _regex_hits(rx: re.Pattern, prefix: str, text: str, lowered: str | None,
                    regions: list[tuple[int, int]] | None) -> Iterable[tuple[int, int]]:
        ranges = regions if regions is not None else [(0, len(text))]
        if len(prefix) >= 3 and lowered is not None:
            for s, e in ranges:
                pos = lowered.find(prefix, s, e)
                while pos != -1:
                    m = rx.match(text, pos, e)
                    if m and m.end() > m.start():
                        yield m.start(), m.end()
                    pos = lowered.find(prefix, pos + 1, e)
            return
        for s, e in ranges:
            for m in rx.finditer(text, s, e):
                if m.end() > m.start():
                    yield m.start(), m.end()

    def find(self, doc, *, text: str | None = None, regions: list[tuple[int, int]] | None = None) -> list[TermMatch]:
        """Matches per label, overlapping matches of the same label merged (the longest kept)."""
        if text is None:
            from .pipeline import doc_text

            text = doc_text(doc)
        raw = self.raw_matches(doc, text=text, regions=regions)
        by_label: dict[str, list[tuple[int, int, int, str]]] = {}
        for item in raw:
            by_label.setdefault(self.terms[item[0]].owner, []).append(item)
        out: list[TermMatch] = []
        for label, items in by_label.items():
            items.sort(key=lambda x: (-(x[2] - x[1]), x[1], _RULE_RANK[x[3]], x[0]))
            kept: list[tuple[int, int]] = []  # sorted, non-overlapping spans
            for i, s, e, rule in items:
                pos = bisect.bisect_left(kept, (s, e))
                if pos > 0 and kept[pos - 1][1] > s:
                    continue
                if pos < len(kept) and kept[pos][0] < e:
                    continue
                kept.insert(pos, (s, e))
                t = self.terms[i]
                out.append(TermMatch(label, t.id, t.text, self.lang, s, e, text[s:e], rule, incidental=t.incidental))
        out.sort(key=lambda m: (m.start, m.end, m.concept))
        return out


class LexiconMatcher:
    """Concept matcher plus exclusion (false friend) matcher for one language."""

    def __init__(self, lexicon: Lexicon, lang: str, nlp=None):
        from .pipeline import get_nlp

        self.lexicon = lexicon
        self.lang = lang
        self.nlp = nlp if nlp is not None else get_nlp(lang)
        self.concepts = TermMatcher([t for c in lexicon.concepts for t in c.terms if t.lang == lang], lang, self.nlp)
        self.exclusions = TermMatcher([t for c in lexicon.exclusions for t in c.terms if t.lang == lang], lang, self.nlp)

    def find(self, doc, *, text: str | None = None) -> list[TermMatch]:
        """Concept matches in ``doc``; those overlapping a false-friend span carry ``excluded_by``.

        ``text`` is ``doc.text`` if the caller has it (rebuilding it from the tokens is slow).
        """
        from .pipeline import doc_text

        text = doc_text(doc) if text is None else text
        matches = self.concepts.find(doc, text=text)
        if not matches or not len(self.exclusions):
            return matches
        regions = _merge_regions((max(0, m.start - _REGION_PAD), min(len(text), m.end + _REGION_PAD)) for m in matches)
        spans = sorted((m.start, m.end, m.concept) for m in self.exclusions.find(doc, text=text, regions=regions))
        if not spans:
            return matches
        starts = [s for s, _e, _c in spans]
        max_len = max(e - s for s, e, _c in spans)
        out: list[TermMatch] = []
        for m in matches:
            hit = None
            lo = bisect.bisect_left(starts, m.start - max_len)
            hi = bisect.bisect_left(starts, m.end)
            for s, e, cid in spans[lo:hi]:
                if s < m.end and e > m.start:
                    hit = cid
                    break
            out.append(m if hit is None else TermMatch(m.concept, m.term_id, m.term, m.lang, m.start, m.end, m.text, m.rule, hit,
                                                        m.incidental))
        return out

    def find_text(self, text: str) -> list[TermMatch]:
        """Convenience for one-off strings (CLI, tests): tokenise with this language's pipeline."""
        return self.find(self.nlp(text), text=text)


def compile_terms(entries: Mapping[str, Sequence[Any]], lang: str, nlp=None, *, source: str = "<terms>") -> TermMatcher:
    """Compile {label: [term, ...]} for one language (terms: strings, mappings or ``Term``).

    Used for the exclusions and the sector plugins' term lists; invalid entries raise
    ``LexiconError`` naming ``source``.
    """
    from .pipeline import get_nlp

    nlp = nlp if nlp is not None else get_nlp(lang)
    terms: list[Term] = []
    for label, items in entries.items():
        if isinstance(items, (str, dict)):
            items = [items]
        for n, raw in enumerate(items, 1):
            if isinstance(raw, Term):
                terms.append(raw if raw.owner == label else Term(raw.id, label, raw.lang, raw.kind, raw.text, raw.match, raw.note, raw.source, raw.pattern))
                continue
            line = getattr(items, "item_lines", None)
            term = parse_term(raw, label, lang, n, source=f"{source}:{line[n - 1]}" if line else source,
                              line=line[n - 1] if line else None)
            if term is not None:
                terms.append(term)
    return TermMatcher(terms, lang, nlp)


_COMPILED: dict[tuple[int, str], tuple[Lexicon, LexiconMatcher]] = {}
_COMPILED_LOCK = threading.Lock()


def compile_lexicon(lexicon: Lexicon, lang: str) -> LexiconMatcher:
    """The ``LexiconMatcher`` of ``lexicon`` for ``lang``, built once per lexicon object and language."""
    key = (id(lexicon), lang)
    with _COMPILED_LOCK:
        hit = _COMPILED.get(key)
        if hit is not None and hit[0] is lexicon:
            return hit[1]
    matcher = LexiconMatcher(lexicon, lang)
    with _COMPILED_LOCK:
        if len(_COMPILED) > 32:
            _COMPILED.clear()
        _COMPILED[key] = (lexicon, matcher)
    return matcher


__all__ = [
    "SCHEMA", "Term", "Concept", "Lexicon", "LexiconProblem", "TermMatch", "TermMatcher", "LexiconMatcher",
    "load_lexicon", "check_lexicon", "default_lexicon", "merge_lexicons", "bundled_lexicon_path",
    "bundled_lexicon_paths", "parse_term", "compile_terms", "compile_lexicon",
]
