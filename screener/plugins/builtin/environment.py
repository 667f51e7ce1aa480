"""Built-in sector plugin "environment": the sector terms and checklist live in environment.yaml beside this module."""

from screener.plugins.hookspecs import hookimpl


@hookimpl
def screener_sector():
    # A relative path is resolved against this module's folder (docs/plugins.md).
    return "environment.yaml"
