"""PDF report: the HTML report laid out for print by WeasyPrint.

Same HTML, same first page; the print CSS in ``html.CSS`` gives A4 pages, page numbers
("3 / 7") and table headers repeated on every page; closed ``<details>`` print as their
summary line only, which keeps the printed report short. WeasyPrint is an optional
dependency (``pip install "screener[pdf]"``) because it needs the system libraries Pango and
HarfBuzz; without it ``-o report.pdf`` stops with one line and exit code 13.
"""

from __future__ import annotations

from ..errors import MissingDependencyError
from ..results import ScreenResult

INSTALL_HINT = ('Install it with: pip install "screener[pdf]" (it needs the system libraries Pango and HarfBuzz, '
                "e.g. apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b), or write -o report.html.")


def _weasyprint():
    try:
        import weasyprint
    except ImportError:
        raise MissingDependencyError(None, "PDF output needs WeasyPrint, which is not installed", INSTALL_HINT) from None
    except OSError as exc:  # the Python package is there but Pango/HarfBuzz are not
        detail = " ".join(str(exc).split())[:100]
        raise MissingDependencyError(None, f"WeasyPrint cannot load its system libraries ({detail})", INSTALL_HINT) from None
    return weasyprint


def html_to_pdf(html: str) -> bytes:
    """Lay out a self-contained HTML page as PDF; nothing is fetched (the page has no external assets)."""
    weasyprint = _weasyprint()

    def no_fetch(url, *args, **kwargs):  # offline guarantee: refuse any URL the page might name
        raise ValueError(f"report PDF does not fetch {url!r}")

    return weasyprint.HTML(string=html, url_fetcher=no_fetch, base_url=None).write_pdf()


def render_pdf(result: ScreenResult) -> bytes:
    from .html import render_html

    return html_to_pdf(render_html(result))
