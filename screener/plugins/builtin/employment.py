"""Built-in sector plugin "employment": the sector terms and checklist live in employment.yaml beside this module."""

from screener.plugins.hookspecs import hookimpl


@hookimpl
def screener_sector():
    # A relative path is resolved against this module's folder (docs/plugins.md).
    return "employment.yaml"
