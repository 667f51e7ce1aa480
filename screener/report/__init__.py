"""Gap reports: one ``ScreenResult``, several formats.

``render(result, fmt)`` returns text (json, md, html) or bytes (docx, xlsx); the CLI writes
it atomically. Shared wording (the plain-language summary) is built once here.
"""

from __future__ import annotations

from ..results import ScreenResult
from .i18n import concept_label, t

# The one format registry: CLI choices, -o suffixes and what renders each format.
FORMATS = ("json", "md", "html", "pdf", "docx", "xlsx", "csv")
BINARY_FORMATS = ("pdf", "docx", "xlsx")
FILE_ONLY_FORMATS = ("pdf", "docx", "xlsx", "csv")
SUFFIX_FORMAT = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf",
                 ".docx": "docx", ".xlsx": "xlsx", ".csv": "csv"}
SYMBOLS = {"addressed": "●", "partly": "◐", "missing": "○", "absent": "–"}


def output_suffix_problem(output, fmt: str | None = None, formats: tuple[str, ...] = FORMATS) -> str | None:
    """Why ``output`` cannot hold the report, else None: the one place every command asks.

    A file named for one format never receives another ("-o report.pdf --format md" would
    put Markdown in a .pdf), nor a format the command does not write."""
    from pathlib import Path

    named = SUFFIX_FORMAT.get(Path(str(output)).suffix.lower())
    if named is not None and named not in formats:
        return f"this command does not write {named.upper()} files; name the output .{' .'.join(formats)}"
    if named is not None and fmt is not None and fmt != named:
        return f"{Path(str(output)).name} names a {named.upper()} file but --format is {fmt}; make them agree"
    return None


def render(result: ScreenResult, fmt: str) -> str | bytes:
    if fmt == "json":
        from .json_report import render_json

        return render_json(result)
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(result)
    if fmt == "html":
        from .html import render_html

        return render_html(result)
    if fmt == "pdf":
        from .pdf_report import render_pdf

        return render_pdf(result)
    if fmt == "docx":
        from .docx_report import render_docx

        return render_docx(result)
    if fmt == "xlsx":
        from .xlsx_report import render_xlsx

        return render_xlsx(result)
    if fmt == "csv":
        from .xlsx_report import render_csv

        return render_csv(result)["findings.csv"]
    raise ValueError(f"unknown report format {fmt!r}")


def format_for_path(path) -> str | None:
    """The report format an output file name asks for (``None``: unknown suffix)."""
    from pathlib import Path

    return SUFFIX_FORMAT.get(Path(str(path)).suffix.lower())


def write_report(result: ScreenResult, fmt: str, output) -> list:
    """Write the report to ``output`` atomically; CSV also writes ``<stem>.checklist.csv``."""
    from pathlib import Path

    from ..io import write_atomic

    if fmt == "csv":
        from .xlsx_report import csv_files

        files = csv_files(result, Path(output))
        for path, text in files.items():
            write_atomic(path, text)
        return list(files)
    write_atomic(output, render(result, fmt))
    return [Path(output)]


def sector_title(result: ScreenResult, sector: str, lang: str | None = None) -> str:
    from ..results import localized

    s = result.sector(sector)
    return localized(s.title, lang or result.report_lang) or sector


def summary_text(result: ScreenResult, lang: str | None = None) -> list[str]:
    """The short plain-language summary, as sentences, in the report language."""
    lang = lang or result.report_lang
    s = result.summary
    names = lambda ids: ", ".join(sector_title(result, i, lang) for i in ids)  # noqa: E731
    addressing = s["sectors_addressing"]
    out = [
        t("summary_sectors", lang, n_present=len(s["sectors_present"]), n_total=len(result.sectors),
          n_addr=len(addressing), addr_list=f" ({names(addressing)})" if addressing else ""),
    ]
    if s["sectors_ignoring"]:
        out.append(t("summary_ignoring", lang, names=names(s["sectors_ignoring"])))
    full = [x.sector for x in result.sectors if x.present and x.rating == 3]
    if full:
        out.append(t("summary_full", lang, names=names(full)))
    c = s["checklist"]
    out.append(t("summary_checklist", lang, a=c["addressed"], p=c["partly"], m=c["missing"]))
    if s["findings"]["possible"]:
        out.append(t("summary_possible", lang, n=s["findings"]["possible"]))
    out.append(t("summary_continuum", lang, c=t(f"continuum_{s['continuum']}", lang)))
    if "continuum_support" in s:
        out.append(t("summary_support", lang, n=s["continuum_support"], m=s.get("min_support", 2)))
    cross = s.get("cross_cutting") or {}
    if cross.get("counted"):
        out.append(t("summary_cross_cutting", lang, n=cross["counted"], r=cross.get("rating", 0)))
    if s["security_framing"]:
        out.append(t("security_framing", lang))
    return out


def concepts_text(ids, lang: str, support: dict | None = None) -> str:
    """Concept labels; with ``support`` ({concept: passages}) each label says how many passages."""
    support = support or {}
    return ", ".join(concept_label(i, lang) + (f" ({support[i]})" if i in support else "") for i in ids) or t("none", lang)


SUMMARY_DIMENSION_KEYS = ("dimensions_covered", "dimensions_weak", "dimensions_possible", "dimensions_missing")
