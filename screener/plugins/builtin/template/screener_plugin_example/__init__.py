"""Example screener sector plugin: social protection.

The sector itself is declarative (example.yaml). This module is the entry point:
``screener_sector`` tells screener where the YAML file is, and the optional
``screener_sector_spans`` shows how to add matching the YAML cannot express.
"""

import re

from screener.plugins import hookimpl

# Budget programme codes of a (fictional) ministry of social development, e.g. "PROG-SP-04".
_PROGRAMME_CODE = re.compile(r"\bPROG-SP-\d{2}\b")


@hookimpl
def screener_sector():
    # A relative path is resolved against this module's folder.
    return "example.yaml"


@hookimpl
def screener_sector_spans(sector, text, doc, lang):
    """Mark budget lines of social-protection programmes as passages of this sector."""
    return [(m.start(), m.end()) for m in _PROGRAMME_CODE.finditer(text)]
