"""Built-in sector plugin "rural_development": the sector terms and checklist live in rural_development.yaml beside this module."""

from screener.plugins.hookspecs import hookimpl


@hookimpl
def screener_sector():
    # A relative path is resolved against this module's folder (docs/plugins.md).
    return "rural_development.yaml"
