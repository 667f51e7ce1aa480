"""The hooks a sector plugin may implement (pluggy, project name "screener").

A plugin module is registered on its own ``pluggy.PluginManager`` with these
specifications, so a typo in a hook's name or arguments is reported when the plugin
loads, not silently ignored when a plan is screened.
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

    ``sector`` is the plugin's ``SectorPlugin``; ``text`` is ``Document.text``; ``doc``
    is the ``screener.model.Document``; ``lang`` its language code. Use it for matching
    the declarative ``sector_terms`` cannot express (e.g. budget-line codes). Offsets
    must satisfy ``0 <= start < end <= len(text)``; return ``None`` or ``[]`` for none.
    An exception here is reported as a failure of this plugin; screening goes on.
    """
