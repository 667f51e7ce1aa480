"""SDG targets and GCM objectives that checklist items cite.

The data ships with the package (``screener/data/sdg_targets.yaml`` and
``screener/data/gcm_objectives.yaml``) so reports can print the text of a reference
offline, and plugin validation can refuse a reference that does not exist.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

import yaml

from .errors import BadDataError

SDG_FILE = "sdg_targets.yaml"
GCM_FILE = "gcm_objectives.yaml"
SDG_ID = re.compile(r"^([1-9]|1[0-7])\.([1-9][0-9]?|[a-d])$")


@dataclass(frozen=True)
class SdgTarget:
    """One SDG target: ``id`` like "10.7", the official ``text`` and why plans link it to migration."""

    id: str
    goal: int
    text: str
    summary: str
    group: str  # names_migration | sector_link | context


@dataclass(frozen=True)
class GcmObjective:
    """One of the 23 GCM objectives, with short titles for tables in en/es/fr."""

    number: int
    title: str
    short_title: Mapping[str, str]
    actions: tuple[str, ...]
    note: str | None = None

    def short(self, lang: str = "en") -> str:
        return self.short_title.get(lang) or self.short_title["en"]

    def __hash__(self) -> int:
        return hash(self.number)


def _read(name: str) -> Any:
    path = resources.files("screener.data") / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise BadDataError(
            f"screener/data/{name}", f"cannot read bundled reference data ({exc})".replace("\n", " "),
            "Reinstall screener",
        ) from None


@functools.lru_cache(maxsize=None)
def sdg_targets() -> Mapping[str, SdgTarget]:
    """All bundled SDG targets by id, in file order."""
    data = _read(SDG_FILE)
    out: dict[str, SdgTarget] = {}
    for row in data["targets"]:
        tid = str(row["id"])
        if not SDG_ID.match(tid) or tid in out:
            raise BadDataError(f"screener/data/{SDG_FILE}", f"bad or duplicate target id {tid!r}", "Reinstall screener")
        out[tid] = SdgTarget(
            id=tid,
            goal=int(tid.split(".")[0]),
            text=str(row["text"]),
            summary=str(row.get("summary", "")),
            group=str(row.get("group", "context")),
        )
    return MappingProxyType(out)


@functools.lru_cache(maxsize=None)
def gcm_objectives() -> Mapping[int, GcmObjective]:
    """The 23 GCM objectives by number."""
    data = _read(GCM_FILE)
    out: dict[int, GcmObjective] = {}
    for row in data["objectives"]:
        n = int(row["number"])
        out[n] = GcmObjective(
            number=n,
            title=str(row["title"]),
            short_title=MappingProxyType(dict(row["short_title"])),
            actions=tuple(str(a) for a in row.get("actions", ())),
            note=row.get("note"),
        )
    if sorted(out) != list(range(1, 24)):
        raise BadDataError(f"screener/data/{GCM_FILE}", "objectives are not numbered 1 to 23", "Reinstall screener")
    return MappingProxyType(out)


def sdg_target(target_id: str) -> SdgTarget:
    """The SDG target ``target_id`` (e.g. "10.7"); KeyError naming the id if it is not bundled."""
    try:
        return sdg_targets()[str(target_id)]
    except KeyError:
        raise KeyError(f"unknown SDG target {target_id!r}") from None


def gcm_objective(number: int) -> GcmObjective:
    """GCM objective ``number`` (1-23); KeyError if there is no such objective."""
    try:
        return gcm_objectives()[int(number)]
    except (KeyError, ValueError, TypeError):
        raise KeyError(f"unknown GCM objective {number!r} (objectives are numbered 1 to 23)") from None


@functools.lru_cache(maxsize=1)
def concept_references() -> dict[str, dict[str, tuple]]:
    """{concept: {"sdg": (targets), "gcm": (objectives)}} from screener/data/concept_references.yaml."""
    data = yaml.safe_load((resources.files("screener.data") / "concept_references.yaml").read_text(encoding="utf-8"))
    return {c: {"sdg": tuple(str(t) for t in v.get("sdg", ())), "gcm": tuple(int(n) for n in v.get("gcm", ()))}
            for c, v in data.items()}
