"""Built-in sector plugin "private_sector": the sector terms and checklist live in private_sector.yaml beside this module."""

from screener.plugins.hookspecs import hookimpl


@hookimpl
def screener_sector():
    # A relative path is resolved against this module's folder (docs/plugins.md).
    return "private_sector.yaml"
