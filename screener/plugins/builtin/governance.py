"""Built-in sector plugin "governance": the sector terms and checklist live in governance.yaml beside this module."""

from screener.plugins.hookspecs import hookimpl


@hookimpl
def screener_sector():
    # A relative path is resolved against this module's folder (docs/plugins.md).
    return "governance.yaml"
