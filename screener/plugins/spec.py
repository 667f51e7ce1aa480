"""The sector-plugin file format (``schema: screener.plugin/1``) and its frozen dataclasses.

Validation collects every problem as ``FILE:LINE: key: message`` so that a plugin
author fixes a file in one pass; ``docs/plugins.md`` documents each key. Nothing here
looks for plugins (that is ``registry``): this module turns one parsed file into one
``SectorPlugin`` or a list of problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType, ModuleType
from typing import Any, Iterable, Mapping

import yaml

from .. import references, validation, vocabulary
from ..validation import Problem as PluginProblem  # noqa: F401  (one problem type for every data file)

SCHEMA = "screener.plugin/1"

from ..vocabulary import ANY_CONCEPT, STAGES  # noqa: E402,F401  (the one list of stages)

# Keys, patterns and closed sets come from the format's JSON Schema (screener/data/schemas/plugin.schema.json).
_K = "plugin"
LEVELS: tuple[str, ...] = validation.enum(_K, "#/$defs/item/properties/level")
SCOPES: tuple[str, ...] = validation.enum(_K, "#/$defs/detect/properties/scope")
SDG_GROUPS: tuple[str, ...] = validation.enum(_K, "#/$defs/sdg_target/properties/group")

_LANG = re.compile(r"^[a-z]{2}$")
_NAME = validation.pattern(_K, "#/properties/name")
_CODE = validation.pattern(_K, "#/properties/code")
_VERSION = validation.pattern(_K, "#/properties/version")
_URL = validation.pattern(_K, "#/$defs/url")

TOP_KEYS = validation.keys(_K)
ITEM_KEYS = validation.keys(_K, "#/$defs/item")
DETECT_KEYS = validation.keys(_K, "#/$defs/detect")
REFERENCE_KEYS = validation.keys(_K, "#/$defs/references")
SDG_TARGET_KEYS = validation.keys(_K, "#/$defs/sdg_target")
_POINTERS = {"": "#", "item": "#/$defs/item", "detect": "#/$defs/detect", "references": "#/$defs/references",
             "sdg_target": "#/$defs/sdg_target"}

# A term as the lexicon compiler (screener.nlp.lexicon.compile_terms) takes it: a phrase
# string, or a mapping with exactly one of phrase / pattern / regex and optional id, note,
# match (docs/lexicon-format.md).
Term = Any


def _text(mapping: Mapping[str, str], lang: str) -> str:
    return mapping.get(lang) or mapping.get("en") or next(iter(mapping.values()), "")


@dataclass(frozen=True)
class ChecklistItem:
    """A migration linkage a sector is expected to address, and how to detect that a plan does."""

    id: str
    sector: str
    title: Mapping[str, str]
    description: Mapping[str, str]
    level: str  # core | recommended
    concepts: tuple[str, ...]  # migration concept ids, or ("any",)
    terms: Mapping[str, tuple[Term, ...]]  # topic cues per language; empty = none required
    scope: str  # block | section
    stages: tuple[str, ...]  # empty = every stage counts
    recommendation: Mapping[str, str]
    references: Mapping[str, tuple]  # {"sdg": tuple[str], "gcm": tuple[int]}
    link: str | None = None

    def __hash__(self) -> int:
        return hash((self.sector, self.id))

    def text(self, field_name: str, lang: str = "en") -> str:
        """``title``, ``description`` or ``recommendation`` in ``lang``, falling back to English."""
        return _text(getattr(self, field_name), lang)

    def accepts_concept(self, concept: str) -> bool:
        """Whether a match of migration concept ``concept`` counts as evidence for this item."""
        return ANY_CONCEPT in self.concepts or concept in self.concepts

    def terms_for(self, lang: str) -> tuple[Term, ...]:
        """Topic cues for ``lang`` (falling back to English); empty means no cue is required."""
        if not self.terms:
            return ()
        return self.terms.get(lang) or self.terms.get("en", ())


@dataclass(frozen=True)
class SectorPlugin:
    """A sector: where plans discuss it, and the checklist of migration linkages it should cover."""

    name: str
    code: str
    version: str
    title: Mapping[str, str]
    description: Mapping[str, str]
    sector_terms: Mapping[str, tuple[Term, ...]]
    heading_terms: Mapping[str, tuple[Term, ...]]
    checklist: tuple[ChecklistItem, ...]
    origin: str  # e.g. "entry point screener.plugins:health (screener 0.1.0)" or "plugins-dir /x/y.yaml"
    hooks: ModuleType | Any | None = None  # the registered hook module, if any
    source: str | None = None  # the declarative file, if there is one
    link: str | None = None
    # SDG targets the plugin brings beyond the bundled ones (e.g. a water plugin's SDG 6 targets)
    sdg_targets: Mapping[str, references.SdgTarget] = field(default_factory=lambda: MappingProxyType({}))

    def __hash__(self) -> int:
        return hash((self.name, self.version, self.origin))

    def text(self, field_name: str, lang: str = "en") -> str:
        """``title`` or ``description`` in ``lang``, falling back to English."""
        return _text(getattr(self, field_name), lang)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages the plugin has sector terms for."""
        return tuple(sorted(self.sector_terms))

    def item(self, item_id: str) -> ChecklistItem:
        for it in self.checklist:
            if it.id == item_id:
                return it
        raise KeyError(f"{self.name} has no checklist item {item_id!r}")

    def terms_for(self, lang: str) -> tuple[Term, ...]:
        """Sector terms for ``lang``; empty when the plugin does not cover that language."""
        return self.sector_terms.get(lang, ())

    def heading_terms_for(self, lang: str) -> tuple[Term, ...]:
        return self.heading_terms.get(lang, ())


# --------------------------------------------------------------------------- YAML with lines
from ..yamlio import LineDict, LineList, LineLoader, plain  # noqa: E402,F401  (one loader for all data files)


def parse_yaml(text: str, file: str) -> tuple[Any, list[PluginProblem]]:
    """Parse plugin YAML; a syntax error becomes a problem with its line."""
    try:
        return yaml.load(text, Loader=LineLoader), []  # noqa: S506 - LineLoader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and mark is not None and mark.line >= len(text.splitlines()):
            mark = exc.context_mark  # the file ended inside a construct: point at where it opened
        line = mark.line + 1 if mark else None
        what = " ".join(str(p) for p in (exc.context, exc.problem) if p) or "invalid YAML"
        return None, [PluginProblem(file, line, "yaml", f"not valid YAML: {what}")]
    except yaml.YAMLError as exc:
        return None, [PluginProblem(file, None, "yaml", f"not valid YAML: {exc}".replace("\n", " "))]


# --------------------------------------------------------------------------- validation


class _Checker:
    def __init__(self, file: str, concepts: Iterable[str]) -> None:
        self.file = file
        self.concepts = set(concepts)
        self.sink = validation.Problems(file)
        self.problems: list[PluginProblem] = self.sink.items
        self.sdg_known: Mapping[str, Any] = references.sdg_targets()

    def add(self, line: int | None, key: str, message: str) -> None:
        self.sink.add(line, key, message)

    # -- helpers
    @staticmethod
    def line_of(parent: Any, key: Any) -> int | None:
        if isinstance(parent, LineDict):
            return parent.lines.get(key) or parent.line
        if isinstance(parent, LineList) and isinstance(key, int) and key < len(parent.lines):
            return parent.lines[key]
        return getattr(parent, "line", None)

    def keys(self, m: Any, level: str, path: str) -> bool:
        """Check a mapping's keys against the schema (``level``: "", item, detect ...); False if ``m`` is not a mapping."""
        if not isinstance(m, dict):
            self.add(getattr(m, "line", None), path or "(root)", f"must be a mapping, not {_kind(m)}")
            return False
        for key, line in getattr(m, "duplicates", ()):
            self.add(line, _join(path, key), "duplicate key (YAML keeps only the last one)")
        validation.check_keys(self.sink, m, _K, _POINTERS[level], path)
        return True

    def string(self, m: Mapping, key: str, path: str, pattern: re.Pattern | None = None, what: str = "") -> str | None:
        if key not in m:
            return None
        v = m[key]
        if not isinstance(v, str) or not v.strip():
            self.add(self.line_of(m, key), _join(path, key), f"must be a non-empty string, not {_kind(v)}")
            return None
        if pattern is not None and not pattern.match(v):
            self.add(self.line_of(m, key), _join(path, key), f"{v!r} is not {what}")
            return None
        return v

    def lang_text(self, m: Mapping, key: str, path: str) -> Mapping[str, str]:
        """A {lang: text} mapping with at least ``en``; a plain string is taken as English."""
        if key not in m:
            return MappingProxyType({})
        v, p, line = m[key], _join(path, key), self.line_of(m, key)
        if isinstance(v, str) and v.strip():
            return MappingProxyType({"en": v.strip()})
        if not isinstance(v, dict) or not v:
            self.add(line, p, f"must map language codes to text, e.g. {{en: ..., es: ..., fr: ...}}, not {_kind(v)}")
            return MappingProxyType({})
        out: dict[str, str] = {}
        for lang, text in v.items():
            lp = _join(p, lang)
            if not isinstance(lang, str) or not _LANG.match(lang):
                self.add(self.line_of(v, lang), lp, f"{lang!r} is not a two-letter language code (en, es, fr...)")
            elif not isinstance(text, str) or not text.strip():
                self.add(self.line_of(v, lang), lp, f"must be a non-empty string, not {_kind(text)}")
            else:
                out[lang] = " ".join(text.split())
        if out and "en" not in out:
            self.add(line, p, "needs an English text (en), used when a language is missing")
        return MappingProxyType(out)

    def term_lists(self, m: Mapping, key: str, path: str, required: bool) -> Mapping[str, tuple[Term, ...]]:
        if key not in m:
            return MappingProxyType({})
        v, p, line = m[key], _join(path, key), self.line_of(m, key)
        if not isinstance(v, dict) or (required and not v):
            self.add(line, p, f"must map language codes to lists of terms, e.g. {{en: [...], es: [...]}}, not {_kind(v)}")
            return MappingProxyType({})
        out: dict[str, tuple[Term, ...]] = {}
        for lang, terms in v.items():
            lp = _join(p, lang)
            if not isinstance(lang, str) or not _LANG.match(lang):
                self.add(self.line_of(v, lang), lp, f"{lang!r} is not a two-letter language code (en, es, fr...)")
                continue
            if not isinstance(terms, list) or not terms:
                self.add(self.line_of(v, lang), lp, f"must be a non-empty list of terms, not {_kind(terms)}")
                continue
            seen: dict[Any, int] = {}
            good: list[Term] = []
            for i, entry in enumerate(terms):
                result = self.term(entry, self.line_of(terms, i), f"{lp}[{i}]", lang, i + 1)
                if result is None:
                    continue
                parsed, t = result
                k = (parsed.kind, parsed.text.casefold() if parsed.kind == "phrase" else parsed.text)
                if k in seen:
                    self.add(self.line_of(terms, i), f"{lp}[{i}]", f"duplicate term (same as item {seen[k]})")
                    continue
                seen[k] = i
                good.append(t)
            out[lang] = tuple(good)
        return MappingProxyType(out)

    def term(self, entry: Any, line: int | None, path: str, lang: str, n: int) -> tuple[Any, Term] | None:
        """Validate one term with the lexicon's own parser, so both accept exactly the same syntax."""
        from ..nlp.lexicon import parse_term

        parsed = parse_term(entry, "sector", lang, n, source=self.file, problems=self.sink, line=line, key=path)
        if parsed is None:
            return None
        if isinstance(entry, str):
            return parsed, " ".join(entry.split())
        return parsed, plain(entry)


def _kind(v: Any) -> str:
    if v is None:
        return "nothing"
    if isinstance(v, bool):
        return f"the boolean {v}"
    if isinstance(v, dict):
        return "a mapping"
    if isinstance(v, list):
        return "a list"
    if isinstance(v, str):
        return "an empty string" if not v.strip() else f"the string {v!r}"
    return f"the {type(v).__name__} {v!r}"


def _join(path: str, key: Any) -> str:
    return f"{path}.{key}" if path else str(key)


_close = validation.close_match


def __getattr__(name: str) -> Any:
    if name == "CONCEPTS":  # the bundled lexicon's concept ids (screener.vocabulary), read on first use
        return vocabulary.bundled().concepts
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _sdg_targets(chk: _Checker, data: Mapping) -> Mapping[str, references.SdgTarget]:
    """The plugin's own SDG targets, checked like the bundled ones (id form, text, no duplicate)."""
    if "sdg_targets" not in data:
        return MappingProxyType({})
    v = data["sdg_targets"]
    if not isinstance(v, list) or not v:
        chk.add(chk.line_of(data, "sdg_targets"), "sdg_targets",
                f"must be a non-empty list of {{id, text}} entries, not {_kind(v)}")
        return MappingProxyType({})
    bundled = references.sdg_targets()
    out: dict[str, references.SdgTarget] = {}
    for i, raw in enumerate(v):
        path = f"sdg_targets[{i}]"
        if not chk.keys(raw, "sdg_target", path):
            continue
        before = len(chk.problems)
        if "id" in raw and not isinstance(raw["id"], str):
            chk.add(chk.line_of(raw, "id"), f"{path}.id", f"write SDG targets as quoted strings (\"6.1\", not 6.1); got {_kind(raw['id'])}")
            continue
        tid = chk.string(raw, "id", path, references.SDG_ID, validation.what(_K, "#/$defs/sdg_target/properties/id"))
        text = chk.string(raw, "text", path)
        summary = chk.string(raw, "summary", path) if "summary" in raw else ""
        group = raw.get("group", "context")
        if group not in SDG_GROUPS:
            chk.add(chk.line_of(raw, "group"), f"{path}.group", f"{group!r} is not one of: {', '.join(SDG_GROUPS)}")
        if tid is not None and tid in bundled:
            chk.add(chk.line_of(raw, "id"), f"{path}.id", f"SDG target {tid!r} is already bundled; cite it without redefining it")
        elif tid is not None and tid in out:
            chk.add(chk.line_of(raw, "id"), f"{path}.id", f"duplicate SDG target {tid!r}")
        if len(chk.problems) == before and tid and text:
            out[tid] = references.SdgTarget(id=tid, goal=int(tid.split(".")[0]), text=" ".join(text.split()),
                                            summary=summary or "", group=str(group))
    return MappingProxyType(out)


def build_plugin(
    data: Any,
    *,
    file: str,
    origin: str,
    hooks: Any = None,
    concepts: Iterable[str] | None = None,
) -> tuple[SectorPlugin | None, list[PluginProblem]]:
    """Validate parsed plugin data; the plugin, or None and every problem found."""
    chk = _Checker(file, vocabulary.bundled().concepts if concepts is None else concepts)
    if not chk.keys(data, "", ""):
        return None, chk.problems
    schema = data.get("schema")
    if "schema" in data and schema != SCHEMA:
        chk.add(chk.line_of(data, "schema"), "schema", f"{schema!r} is not supported; write schema: {SCHEMA}")
    name = chk.string(data, "name", "", _NAME, validation.what(_K, "#/properties/name"))
    code = chk.string(data, "code", "", _CODE, validation.what(_K, "#/properties/code"))
    version = data.get("version")
    if "version" in data:
        if isinstance(version, (int, float)) and not isinstance(version, bool):
            chk.add(chk.line_of(data, "version"), "version", f"write the version as a quoted string, e.g. \"{version}.0\"")
            version = None
        else:
            version = chk.string(data, "version", "", _VERSION, validation.what(_K, "#/properties/version"))
    title = chk.lang_text(data, "title", "")
    description = chk.lang_text(data, "description", "")
    sector_terms = chk.term_lists(data, "sector_terms", "", required=True)
    heading_terms = chk.term_lists(data, "heading_terms", "", required=False)
    link = chk.string(data, "link", "", _URL, validation.what(_K, "#/$defs/url"))
    own_targets = _sdg_targets(chk, data)
    chk.sdg_known = {**references.sdg_targets(), **own_targets}

    items: list[ChecklistItem] = []
    checklist = data.get("checklist")
    if "checklist" in data:
        if not isinstance(checklist, list) or not checklist:
            chk.add(chk.line_of(data, "checklist"), "checklist", f"must be a non-empty list of items, not {_kind(checklist)}")
        else:
            seen: dict[str, int] = {}
            for i, raw in enumerate(checklist):
                item = _build_item(chk, raw, f"checklist[{i}]", name or "?", code)
                if item is None:
                    continue
                if item.id in seen:
                    chk.add(chk.line_of(raw, "id"), f"checklist[{i}].id", f"duplicate item id {item.id!r} (also checklist[{seen[item.id]}])")
                    continue
                seen[item.id] = i
                items.append(item)
    if chk.problems:
        return None, chk.problems
    plugin = SectorPlugin(
        name=name, code=code, version=version, title=title, description=description,  # type: ignore[arg-type]
        sector_terms=sector_terms, heading_terms=heading_terms, checklist=tuple(items),
        origin=origin, hooks=hooks, source=file, link=link, sdg_targets=own_targets,
    )
    return plugin, []


def _build_item(chk: _Checker, raw: Any, path: str, sector: str, code: str | None) -> ChecklistItem | None:
    n_before = len(chk.problems)
    if not chk.keys(raw, "item", path):
        return None
    id_pattern = re.compile(rf"^{re.escape(code)}-[0-9A-Za-z][0-9A-Za-z_.-]*$") if code else re.compile(r"^[A-Z0-9]+-\S+$")
    item_id = chk.string(raw, "id", path, id_pattern, f"an item id of the form {code or 'CODE'}-NN")
    title = chk.lang_text(raw, "title", path)
    description = chk.lang_text(raw, "description", path)
    recommendation = chk.lang_text(raw, "recommendation", path)
    level = raw.get("level")
    if "level" in raw and level not in LEVELS:
        chk.add(chk.line_of(raw, "level"), f"{path}.level", f"{level!r} is not one of: {', '.join(LEVELS)}")
    link = chk.string(raw, "link", path, _URL, validation.what(_K, "#/$defs/url"))

    concepts: tuple[str, ...] = ()
    terms: Mapping[str, tuple[Term, ...]] = MappingProxyType({})
    scope, stages = "block", ()
    detect = raw.get("detect")
    dpath = f"{path}.detect"
    if "detect" in raw and chk.keys(detect, "detect", dpath):
        c = detect.get("concepts")
        if "concepts" in detect:
            if not isinstance(c, list) or not c or not all(isinstance(x, str) for x in c):
                chk.add(chk.line_of(detect, "concepts"), f"{dpath}.concepts", "must be a non-empty list of migration concept ids, or [any]")
            else:
                for j, cid in enumerate(c):
                    if cid == ANY_CONCEPT:
                        if len(c) > 1:
                            chk.add(chk.line_of(c, j), f"{dpath}.concepts[{j}]", "'any' already counts every concept; list it alone")
                    elif cid not in chk.concepts:
                        chk.add(chk.line_of(c, j), f"{dpath}.concepts[{j}]",
                                f"unknown migration concept {cid!r}{_close(cid, chk.concepts)}; known: {', '.join(sorted(chk.concepts))}")
                concepts = tuple(dict.fromkeys(c))
        terms = chk.term_lists(detect, "terms", dpath, required=False)
        if "scope" in detect:
            scope = detect["scope"]
            if scope not in SCOPES:
                chk.add(chk.line_of(detect, "scope"), f"{dpath}.scope", f"{scope!r} is not one of: {', '.join(SCOPES)}")
        if "stages" in detect:
            s = detect["stages"]
            if not isinstance(s, list):
                chk.add(chk.line_of(detect, "stages"), f"{dpath}.stages", f"must be a list of stage ids, not {_kind(s)}")
            else:
                for j, st in enumerate(s):
                    if st not in STAGES:
                        chk.add(chk.line_of(s, j), f"{dpath}.stages[{j}]", f"unknown stage {st!r}; known: {', '.join(STAGES)}")
                stages = tuple(dict.fromkeys(x for x in s if isinstance(x, str)))

    refs: dict[str, tuple] = {"sdg": (), "gcm": ()}
    r = raw.get("references")
    rpath = f"{path}.references"
    if "references" in raw and chk.keys(r, "references", rpath):
        sdg = r.get("sdg", [])
        if not isinstance(sdg, list):
            chk.add(chk.line_of(r, "sdg"), f"{rpath}.sdg", f"must be a list of SDG target ids such as \"10.7\", not {_kind(sdg)}")
        else:
            known = chk.sdg_known
            for j, t in enumerate(sdg):
                if not isinstance(t, str):
                    chk.add(chk.line_of(sdg, j), f"{rpath}.sdg[{j}]", f"write SDG targets as quoted strings (\"8.10\", not 8.10); got {_kind(t)}")
                elif t not in known:
                    chk.add(chk.line_of(sdg, j), f"{rpath}.sdg[{j}]", f"unknown SDG target {t!r}; screener/data/sdg_targets.yaml lists the targets it knows (a plugin adds its own under sdg_targets)")
            refs["sdg"] = tuple(dict.fromkeys(t for t in sdg if isinstance(t, str)))
        gcm = r.get("gcm", [])
        if not isinstance(gcm, list):
            chk.add(chk.line_of(r, "gcm"), f"{rpath}.gcm", f"must be a list of GCM objective numbers (1-23), not {_kind(gcm)}")
        else:
            objectives = references.gcm_objectives()
            for j, g in enumerate(gcm):
                if isinstance(g, bool) or not isinstance(g, int) or g not in objectives:
                    chk.add(chk.line_of(gcm, j), f"{rpath}.gcm[{j}]", f"{g!r} is not a GCM objective number (1-23)")
            refs["gcm"] = tuple(dict.fromkeys(g for g in gcm if isinstance(g, int) and not isinstance(g, bool)))

    if len(chk.problems) != n_before:
        return None
    return ChecklistItem(
        id=item_id, sector=sector, title=title, description=description, level=level,  # type: ignore[arg-type]
        concepts=concepts, terms=terms, scope=scope, stages=stages,
        recommendation=recommendation, references=MappingProxyType(refs), link=link,
    )
