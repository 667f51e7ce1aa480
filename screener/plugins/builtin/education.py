"""Built-in sector plugin "education": the sector terms and checklist live in education.yaml beside this module."""

from screener.plugins.hookspecs import hookimpl


@hookimpl
def screener_sector():
    # A relative path is resolved against this module's folder (docs/plugins.md).
    return "education.yaml"
