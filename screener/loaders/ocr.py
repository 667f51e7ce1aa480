"""OCR for scanned PDFs (``--ocr``): ocrmypdf + tesseract on the pages that have no text layer.

Why ocrmypdf's command line rather than its Python API: it drives tesseract and
ghostscript as child processes anyway, the same call works with Debian's package (which
lives in the system Python) and with the PyPI one in screener's own environment
(``pip install "screener[ocr]"``), none of its heavy imports reach screener, and a time
limit can stop the whole process group. The input file is never written: its bytes go to
a temporary copy, only the pages without text are OCRed (``--skip-text --pages``), the
result is read by the normal PDF loader, and the temporary folder is removed. Nothing is
downloaded: tesseract's language data comes from the system package manager.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from ..errors import EncryptedFileError, NoTextLayerError, OcrFailedError, TooLargeError
from ..model import Document, page_ranges

# screener language -> tesseract language data
TESSERACT_LANGS = {"en": "eng", "es": "spa", "fr": "fra"}
DEFAULT_OCR_TIMEOUT = 900  # seconds for one document: ~1-10 s a page on 2 cores, so 100+ pages
DEFAULT_OCR_MAX_PAGES = 300  # pages to OCR in one document; a plan runs to 300 pages
PAGE_TIMEOUT = 180  # tesseract's limit for one page (ocrmypdf --tesseract-timeout)
# A page with fewer non-blank characters than this and an image is OCRed: the same rule
# the PDF loader uses to call a page scanned (pdf.MIN_PAGE_CHARS).
MIN_PAGE_CHARS = 30

INSTALL_HINT = ("Install OCR: `sudo apt-get install ocrmypdf tesseract-ocr-spa tesseract-ocr-fra` (Debian/Ubuntu), "
                "`brew install ocrmypdf tesseract-lang` (macOS) or `pip install \"screener[ocr]\"` plus tesseract, "
                "then rerun with --ocr")
RERUN_HINT = "Rerun with --ocr to read the scanned pages (OCR is installed)"


@dataclass(frozen=True)
class OcrOptions:
    """What ``--ocr`` asks for; ``languages`` empty = English, Spanish and French."""

    languages: tuple[str, ...] = ()
    max_pages: int = DEFAULT_OCR_MAX_PAGES
    timeout: float = DEFAULT_OCR_TIMEOUT
    jobs: int | None = None  # ocrmypdf --jobs (None: all cores)


@dataclass(frozen=True)
class OcrTool:
    """An installed ocrmypdf and the tesseract language data it can use."""

    command: tuple[str, ...]
    languages: frozenset[str]
    tesseract: str  # version line, for the document's metadata


@functools.lru_cache(maxsize=1)
def find_ocr() -> OcrTool | None:
    """The installed OCR (ocrmypdf in this Python first, then on PATH), or None."""
    if importlib.util.find_spec("ocrmypdf") is not None:
        command: tuple[str, ...] = (sys.executable, "-m", "ocrmypdf")
    else:
        exe = shutil.which("ocrmypdf")
        if exe is None:
            return None
        command = (exe,)
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return None
    try:
        langs = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=30)
        version = subprocess.run([tesseract, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    # "List of available languages in ...:" then one code a line (older versions print it on stderr)
    lines = (langs.stdout or langs.stderr).splitlines()
    installed = frozenset(x.strip() for x in lines[1:] if x.strip())
    first = (version.stdout or version.stderr).splitlines()
    return OcrTool(command, installed, first[0].strip() if first else "tesseract")


def no_text_layer_hint() -> str:
    """What exit 8 tells the user: rerun with --ocr when OCR is installed, else how to install it."""
    return RERUN_HINT if find_ocr() is not None else INSTALL_HINT


def pages_to_ocr(data: bytes) -> list[int] | None:
    """1-based pages holding an image and (almost) no text; None when PDFium cannot read the file."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception:  # encrypted or damaged: the PDF loader says which
        return None
    try:
        out = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                chars = sum(not c.isspace() for c in textpage.get_text_range())
                textpage.close()
                if chars < MIN_PAGE_CHARS and next(
                        iter(page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=3)), None) is not None:
                    out.append(i + 1)
            finally:
                page.close()
        return out
    except Exception:
        return None
    finally:
        pdf.close()


def page_count(data: bytes) -> int | None:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception:
        return None
    try:
        return len(pdf)
    finally:
        pdf.close()


def _languages(path: Path, tool: OcrTool, options: OcrOptions) -> tuple[str, list[str]]:
    """tesseract's -l value and warnings about language data that is not installed."""
    wanted = [TESSERACT_LANGS[x] for x in (options.languages or ("en", "es", "fr"))]
    have = [x for x in wanted if x in tool.languages]
    missing = [x for x in wanted if x not in tool.languages]
    packages = " ".join(f"tesseract-ocr-{x}" for x in missing)
    if not have:
        raise NoTextLayerError(path, f"tesseract has no language data for {'+'.join(missing)}",
                               f"Install it (`sudo apt-get install {packages}`, or `brew install tesseract-lang`), then rerun with --ocr")
    warnings = [f"OCR without {'+'.join(missing)} language data (install {packages} for better OCR)"] if missing else []
    return "+".join(have), warnings


def _last_line(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip() and not ln.startswith(("Traceback", "  File"))]
    return " ".join(lines[-1].split())[:160] if lines else "no message"


def _stop(proc: subprocess.Popen) -> None:
    """Stop ocrmypdf and the tesseract/ghostscript processes it started."""
    try:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # pragma: no cover - Windows
            proc.kill()
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.communicate(timeout=30)
    except subprocess.SubprocessError:  # pragma: no cover
        pass


def run_ocrmypdf(path: Path, data: bytes, pages: list[int], tool: OcrTool, languages: str,
                 options: OcrOptions) -> bytes:
    """OCR ``pages`` of ``data`` in a temporary folder; the OCRed PDF's bytes."""
    with tempfile.TemporaryDirectory(prefix="screener-ocr-") as tmp:
        src, dst = Path(tmp, "in.pdf"), Path(tmp, "out.pdf")
        src.write_bytes(data)
        cmd = [*tool.command, "--skip-text", "--output-type", "pdf", "--optimize", "0", "--quiet",
               "-l", languages, "--pages", page_ranges(pages, sep=","),
               "--tesseract-timeout", str(int(min(PAGE_TIMEOUT, options.timeout)))]
        if options.jobs:
            cmd += ["--jobs", str(options.jobs)]
        cmd += [str(src), str(dst)]
        env = dict(os.environ)
        env.setdefault("OMP_THREAD_LIMIT", "1")  # ocrmypdf runs pages in parallel already
        env["TMPDIR"] = tmp  # its intermediate files go with ours
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True, errors="replace", env=env, start_new_session=True)
        except OSError as exc:
            raise OcrFailedError(path, f"OCR could not start ({exc.strerror or exc})", INSTALL_HINT) from None
        try:
            _out, err = proc.communicate(timeout=options.timeout)
        except subprocess.TimeoutExpired:
            _stop(proc)
            raise OcrFailedError(
                path, f"OCR of {len(pages)} pages stopped at the time limit ({options.timeout:g} s)",
                "Raise it with --ocr-timeout SECONDS, or OCR the file once yourself "
                "(`ocrmypdf --skip-text in.pdf out.pdf`) and screen the result") from None
        except BaseException:  # Ctrl-C: leave no OCR running
            _stop(proc)
            raise
        code = proc.returncode
        if code == 8:
            raise EncryptedFileError(path, "the PDF is encrypted and OCR cannot rewrite it")
        if code == 130 or code == -signal.SIGINT:
            raise KeyboardInterrupt
        if code == 3:
            raise OcrFailedError(path, f"OCR is not installed completely ({_last_line(err)})", INSTALL_HINT)
        if code != 0 or not dst.is_file():
            raise OcrFailedError(path, f"OCR failed (ocrmypdf exit {code}: {_last_line(err)})")
        return dst.read_bytes()


def load_with_ocr(path: Path, data: bytes, options: OcrOptions, load_pdf: Callable[[bytes], Document],
                  *, max_pages: int | None = None) -> Document:
    """OCR the pages without text, then load with ``load_pdf``; the Document says which pages were OCRed.

    A PDF that needs no OCR, or that PDFium cannot open or that is over the page limit,
    goes straight to ``load_pdf``, whose own checks say what is wrong with it.
    """
    n = page_count(data)
    if n is None or (max_pages and n > max_pages):
        return load_pdf(data)
    pages = pages_to_ocr(data) or []
    if not pages:
        doc = load_pdf(data)
        return replace(doc, metadata={**doc.metadata, "ocr": {"pages": []}})
    tool = find_ocr()
    if tool is None:
        try:
            doc = load_pdf(data)
        except NoTextLayerError as exc:
            raise NoTextLayerError(path, exc.problem, INSTALL_HINT) from None
        return replace(doc, warnings=doc.warnings + (f"--ocr: OCR is not installed, so {len(pages)} page(s) without "
                                                     f"a text layer were not read. {INSTALL_HINT}",))
    if len(pages) > options.max_pages:
        raise TooLargeError(path, f"{len(pages):,} pages need OCR, over the {options.max_pages:,}-page OCR limit",
                            "Raise it with --ocr-max-pages if you have the time (OCR takes seconds a page), or split the document")
    languages, warnings = _languages(path, tool, options)
    started = time.monotonic()
    ocred = run_ocrmypdf(path, data, pages, tool, languages, options)
    seconds = time.monotonic() - started
    still_empty = set(pages_to_ocr(ocred) or [])
    read = [p for p in pages if p not in still_empty]
    try:
        doc = load_pdf(ocred)
    except NoTextLayerError as exc:
        raise NoTextLayerError(path, f"{exc.problem}, and OCR ({languages}) read no text on them",
                               "The scan may be too faint or small, or in another language (check --lang)") from None
    if read:
        which = f"page {read[0]} was" if len(read) == 1 else f"pages {page_ranges(read)} were"
        warnings.append(f"{which} read by OCR ({languages}); "
                        "OCR text may hold misread words: check quotes against the page")
    if still_empty:  # photos, maps, or a page whose few words of text made ocrmypdf skip it
        warnings.append(f"OCR found no more text on {'page' if len(still_empty) == 1 else 'pages'} "
                        f"{page_ranges(still_empty)} (pictures, or a page with a few words of text)")
        doc = replace(doc, warnings=tuple(w for w in doc.warnings if "no text layer" not in w))
    meta = {"pages": read, "attempted": pages, "languages": languages, "engine": f"ocrmypdf; {tool.tesseract}",
            "seconds": round(seconds, 1)}
    return replace(doc, sha256=hashlib.sha256(data).hexdigest(), metadata={**doc.metadata, "ocr": meta},
                   warnings=doc.warnings + tuple(warnings))
