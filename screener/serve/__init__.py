"""``screener serve``: a local web application for people who do not use a command line.

``app`` holds the pages and the JSON API (docs/api.md), ``worker`` the screening processes,
``storage`` the data directory (SQLite index, uploads and reports as files), ``i18n`` the
pages' text in English, Spanish and French; ``templates/`` and ``static/`` are bundled, so
the pages work offline and fetch nothing from another host.
"""

from .app import Settings, build_app

__all__ = ["Settings", "build_app"]
