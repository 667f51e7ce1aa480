"""Sector plugins: which sectors a plan is screened for, and the migration checklist of each.

A plugin is a declarative YAML file (``schema: screener.plugin/1``) plus a small module
registered in the ``screener.plugins`` entry-point group; see docs/plugins.md. The nine
built-in sectors ship in the ``screener.plugins.builtin`` package (``screener/plugins/builtin/``) and load exactly like third-party ones.
"""

from .hookspecs import hookimpl, hookspec
from .registry import (
    ENTRY_POINT_GROUP,
    PluginLoadFailure,
    PluginSet,
    call_hook,
    check_plugin_file,
    implements,
    load_plugin_file,
    load_plugins,
    sector_spans,
)
from .spec import (
    ANY_CONCEPT,
    LEVELS,
    SCHEMA,
    SCOPES,
    STAGES,
    ChecklistItem,
    PluginProblem,
    SectorPlugin,
)

__all__ = [
    "ANY_CONCEPT", "CONCEPTS", "ENTRY_POINT_GROUP", "LEVELS", "SCHEMA", "SCOPES", "STAGES",
    "ChecklistItem", "PluginLoadFailure", "PluginProblem", "PluginSet", "SectorPlugin",
    "call_hook", "check_plugin_file", "hookimpl", "hookspec", "implements", "load_plugin_file", "load_plugins",
    "sector_spans",
]


def __getattr__(name: str):
    if name == "CONCEPTS":  # the bundled lexicon's concept ids (screener.vocabulary), read on first use
        from ..vocabulary import bundled

        return bundled().concepts
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
