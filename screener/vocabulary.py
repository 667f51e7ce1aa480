"""The project's domain names, in one place: concepts, dimensions, sectors, stages, languages
and the SDG/GCM references.

Every other module asks this one instead of repeating a list: the concept ids come from the
lexicon files (so a concept added with ``--lexicon`` is known everywhere the lexicon goes,
plugins included), the sectors and the extra references from the loaded plugins, the
languages from the bundled per-language rule files. ``bundled()`` is the vocabulary of the
installed data alone; ``Vocabulary.build(lexicon, plugins)`` the one of a screen.
"""

from __future__ import annotations

import functools
import importlib.resources
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Iterable, Mapping

if TYPE_CHECKING:  # pragma: no cover
    from .nlp.lexicon import Lexicon
    from .references import GcmObjective, SdgTarget

#: Planning stages a passage can belong to, in the order of the planning cycle.
STAGES: tuple[str, ...] = ("situation_analysis", "objectives", "actions", "indicators", "budget", "institutions")
#: Stages that look forward (a plan that only diagnoses migration has none of them).
FORWARD_STAGES = frozenset(STAGES[1:])
#: The generic migration concept: counted as evidence, but not a dimension of its own.
GENERAL_CONCEPT = "migrants_general"
#: In a checklist item's ``detect.concepts``: every concept counts.
ANY_CONCEPT = "any"

# Sectors the screen's rules name (docs/method.md); tests check they are built-in sectors.
GOVERNANCE = "governance"
SECURITY = "security"
#: Sectors whose migration passages speak of rights and services (the security-framing rule).
RIGHTS_SECTORS = frozenset({"education", "health", "employment", "urban_development", GOVERNANCE})
#: Concepts that are a sector's own subject wherever they appear.
CONCEPT_SECTORS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"migration_governance": (GOVERNANCE,), "migration_data": (GOVERNANCE,)})
#: Concepts whose unsectored passages the governance sector governs.
GOVERNED_CONCEPTS = frozenset({"migration_governance", "migration_data", "statelessness"})


def _lexicon_package():
    return importlib.resources.files("screener.lexicons")


@functools.lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Languages screener screens in: those with a bundled context-rule file (screener/lexicons/context/<lang>.yaml)."""
    root = _lexicon_package().joinpath("context")
    return tuple(sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".yaml")))


@functools.lru_cache(maxsize=1)
def builtin_sectors() -> tuple[str, ...]:
    """The sectors shipped with screener: each built-in plugin is a ``<name>.py`` beside its ``<name>.yaml``."""
    root = importlib.resources.files("screener.plugins.builtin")
    names = {p.name for p in root.iterdir()}
    return tuple(sorted(n[:-5] for n in names if n.endswith(".yaml") and f"{n[:-5]}.py" in names))


@functools.lru_cache(maxsize=1)
def _bundled_concepts() -> tuple[tuple[str, ...], Mapping[str, Mapping[str, str]]]:
    """Concept ids and labels of the bundled lexicon (screener/lexicons/migration.yaml), read without compiling it.

    The C YAML parser reads the file in a tenth of a second where ``load_lexicon``, which
    also checks every term, takes over one; modules that only need the names import early.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(_lexicon_package().joinpath("migration.yaml").read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    concepts = data.get("concepts") or []
    ids = tuple(str(c["id"]) for c in concepts)
    labels = {str(c["id"]): MappingProxyType({str(k): str(v) for k, v in (c.get("label") or {}).items()}) for c in concepts}
    return ids, MappingProxyType(labels)


def dimensions_of(concepts: Iterable[str]) -> tuple[str, ...]:
    """The migration dimensions of the summary: every concept but the generic one, in lexicon order."""
    return tuple(c for c in concepts if c != GENERAL_CONCEPT)


@dataclass(frozen=True)
class Vocabulary:
    """The names a screen knows: what the lexicon and the plugins declare, validated once."""

    concepts: tuple[str, ...]  # lexicon concept ids, in file order
    concept_labels: Mapping[str, Mapping[str, str]]  # {concept: {lang: label}} from the lexicon
    sectors: tuple[str, ...]  # loaded plugin names, sorted
    stages: tuple[str, ...]
    languages: tuple[str, ...]
    sdg_targets: Mapping[str, "SdgTarget"]  # bundled targets, then those the plugins bring
    gcm_objectives: Mapping[int, "GcmObjective"]

    @property
    def dimensions(self) -> tuple[str, ...]:
        return dimensions_of(self.concepts)

    def knows_concept(self, concept: str) -> bool:
        return concept in self.concepts

    def concept_label(self, concept: str, lang: str = "en") -> str:
        labels = self.concept_labels.get(concept) or {}
        return labels.get(lang) or labels.get("en") or concept.replace("_", " ")

    @classmethod
    def build(cls, lexicon: "Lexicon | None" = None, plugins: Iterable[Any] = ()) -> "Vocabulary":
        """The vocabulary of ``lexicon`` (default: the bundled one) and ``plugins`` (SectorPlugin objects)."""
        from . import references

        if lexicon is None:
            concepts, labels = _bundled_concepts()
        else:
            concepts = tuple(lexicon.concept_ids)
            labels = MappingProxyType({c.id: MappingProxyType(dict(c.labels)) for c in lexicon.concepts})
        plugins = tuple(plugins)
        sdg = dict(references.sdg_targets())
        for p in plugins:
            for tid, target in (getattr(p, "sdg_targets", None) or {}).items():
                sdg.setdefault(tid, target)
        return cls(
            concepts=concepts,
            concept_labels=labels,
            sectors=tuple(sorted(p.name for p in plugins)) if plugins else builtin_sectors(),
            stages=STAGES,
            languages=languages(),
            sdg_targets=MappingProxyType(sdg),
            gcm_objectives=references.gcm_objectives(),
        )


@functools.lru_cache(maxsize=1)
def bundled() -> Vocabulary:
    """The vocabulary of the installed data: bundled lexicon, built-in sectors, bundled references."""
    return Vocabulary.build()


def __getattr__(name: str) -> Any:
    """``CONCEPTS``, ``DIMENSIONS``, ``LANGUAGES``, ``BUILTIN_SECTORS``: the bundled names, read on first use."""
    if name == "CONCEPTS":
        return bundled().concepts
    if name == "DIMENSIONS":
        return bundled().dimensions
    if name == "LANGUAGES":
        return languages()
    if name == "BUILTIN_SECTORS":
        return builtin_sectors()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
