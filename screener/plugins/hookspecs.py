"""The hooks a sector plugin may implement (pluggy, project name "screener").

Every plugin module (built-in, entry point, ``--plugins-dir``) is registered on one
``pluggy.PluginManager`` with these specifications (``registry.manager()``), so a typo in a
hook's name or arguments is reported when the plugin loads, not silently ignored when a
plan is screened. Each plugin's hooks are called for that plugin alone, so a failure or a
time-out is its own.
"""

from __future__ import annotations

from typing import Any, Iterable

import pluggy

PROJECT_NAME = "screener"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def screener_sector() -> Any:
    """Return the plugin's declarative sector definition (required).

    Either a path (``str``, ``os.PathLike`` or an ``importlib.resources`` traversable)
    to a ``screener.plugin/1`` YAML file — relative paths are resolved against the
    module's own folder — or the same content as a dict.
    """


@hookspec
def screener_sector_spans(sector: Any, text: str, doc: Any, lang: str) -> Iterable[tuple[int, int]] | None:
    """Return extra ``(start, end)`` character spans of ``text`` where the sector is discussed (optional).

    Called once per screened document, after the spaCy pass, for each plugin that
    implements it (plugins that do not implement it cost nothing). ``sector`` is the
    plugin's ``SectorPlugin``; ``text`` is ``Document.text`` (the whole document);
    ``doc`` is the shared parsed document, a ``screener.screen.ParsedDocument``:
    ``doc.document`` (the ``screener.model.Document``), ``doc.lang`` and ``doc.blocks``,
    each a ``ParsedBlock`` with ``.block`` (``screener.model.Block``: text, start, end,
    page, section) and ``.doc`` (the block's spaCy ``Doc``, the one the lexicon reads);
    ``lang`` is the screening language. Use it for matching the declarative
    ``sector_terms`` cannot express (e.g. budget-line codes). Offsets must satisfy
    ``0 <= start < end <= len(text)``; a span counts for every block it overlaps (clipped to
    the block). Return ``None`` or ``[]`` for none. An exception here is reported as a
    failure of this plugin; screening goes on.
    """
