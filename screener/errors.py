"""The project's error types and exit codes.

Every failure a user can cause (a bad file, a bad option, a bad lexicon) is a
``ScreenerError`` carrying an exit code and a one-line message that names the file,
says what is wrong and what to do. The CLI prints that line, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

# Documented exit codes (README.md, "Exit codes"). Keep in sync with the table there.
EXIT_OK = 0
EXIT_INTERNAL = 1          # a bug in screener: please report it
EXIT_USAGE = 2             # bad command-line usage (click)
EXIT_NOT_FOUND = 3         # file missing or unreadable, or the output cannot be written
EXIT_EMPTY = 4             # empty file / no text at all
EXIT_UNSUPPORTED = 5       # unsupported or unrecognised format
EXIT_CORRUPT = 6           # corrupt or truncated file
EXIT_ENCRYPTED = 7         # password-protected
EXIT_NO_TEXT_LAYER = 8     # scanned PDF / images only: needs OCR
EXIT_GARBAGE_TEXT = 9      # text layer present but unreadable (broken font encoding)
EXIT_TOO_LARGE = 10        # over the size or page limit, or a decompression bomb
EXIT_BAD_DATA = 11         # invalid lexicon, plugin, config, model or training file
EXIT_PARTIAL = 12          # batch: some documents failed, the others were screened
EXIT_OCR_FAILED = 13       # --ocr: ocrmypdf/tesseract failed or ran over the time limit
EXIT_MISSING_DEPENDENCY = 14  # an optional library an output format needs is not installed
EXIT_INTERRUPTED = 130     # Ctrl-C

EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_INTERNAL: "internal error (a bug: please report it)",
    EXIT_USAGE: "bad command-line usage",
    EXIT_NOT_FOUND: "file not found or not readable, or the report cannot be written there",
    EXIT_EMPTY: "file is empty or holds no text",
    EXIT_UNSUPPORTED: "unsupported or unrecognised file format",
    EXIT_CORRUPT: "corrupt or truncated file",
    EXIT_ENCRYPTED: "password-protected file",
    EXIT_NO_TEXT_LAYER: "no text layer (scanned pages or images only): rerun with --ocr",
    EXIT_GARBAGE_TEXT: "text layer is unreadable (broken font encoding)",
    EXIT_TOO_LARGE: "file over the size or page limit, or a decompression bomb",
    EXIT_BAD_DATA: "invalid lexicon, plugin, configuration, model or data file",
    EXIT_PARTIAL: "batch finished but some documents failed",
    EXIT_OCR_FAILED: "OCR failed or ran over its time limit (--ocr)",
    EXIT_MISSING_DEPENDENCY: "an optional library the output format needs is not installed",
    EXIT_INTERRUPTED: "interrupted",
}


_UNPRINTABLE = None


def printable(text: str) -> str:
    """``text`` with control characters (a file name may hold a newline or an escape) shown as
    ``\\n``, ``\\x1b``, so an error stays one line and cannot rewrite the terminal."""
    global _UNPRINTABLE
    if _UNPRINTABLE is None:
        import re

        _UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


class ScreenerError(Exception):
    """Base class: a problem the user can act on."""

    exit_code = EXIT_INTERNAL
    default_hint = ""

    def __init__(self, path: str | Path | None, problem: str, hint: str | None = None):
        self.path = printable(str(path)) if path is not None else None
        self.problem = problem
        self.hint = self.default_hint if hint is None else hint
        super().__init__(self.message)

    @property
    def message(self) -> str:
        head = f"{self.path}: " if self.path else ""
        tail = f" {self.hint}" if self.hint else ""
        return printable(f"{head}{self.problem}.{tail}".replace("..", "."))

    @property
    def kind(self) -> str:
        """Stable short name for JSON output and batch summaries."""
        name = type(self).__name__
        return name[:-5].lower() if name.endswith("Error") else name.lower()


class LoadError(ScreenerError):
    """Base class of everything a loader may raise."""

    exit_code = EXIT_CORRUPT


class InputNotFoundError(LoadError):
    exit_code = EXIT_NOT_FOUND
    default_hint = "Check the path and that you may read the file."


class EmptyDocumentError(LoadError):
    exit_code = EXIT_EMPTY
    default_hint = "Check that this is the right file."


class UnsupportedFormatError(LoadError):
    exit_code = EXIT_UNSUPPORTED
    default_hint = "Supported formats: PDF, DOCX, TXT, Markdown, HTML; save the document as one of them."


class CorruptFileError(LoadError):
    exit_code = EXIT_CORRUPT
    default_hint = "Open it in its application and save it again, or export it to PDF."


class EncryptedFileError(LoadError):
    exit_code = EXIT_ENCRYPTED
    default_hint = "Save an unprotected copy (remove the password) and screen that."


class NoTextLayerError(LoadError):
    exit_code = EXIT_NO_TEXT_LAYER
    default_hint = "Run OCR first, e.g. `ocrmypdf -l spa+fra+eng in.pdf out.pdf`, then screen the result."


class GarbageTextError(LoadError):
    exit_code = EXIT_GARBAGE_TEXT
    default_hint = "The fonts do not map to real characters; run OCR with `ocrmypdf --force-ocr in.pdf out.pdf`, or get the source file."


class OcrFailedError(LoadError):
    """``--ocr`` was asked for and OCR ran, but failed or ran over its time limit."""

    exit_code = EXIT_OCR_FAILED
    default_hint = "OCR the file yourself (`ocrmypdf --skip-text in.pdf out.pdf`) to see the full error, then screen the result."


class TooLargeError(LoadError):
    exit_code = EXIT_TOO_LARGE
    default_hint = "Raise the limit with --max-size if you trust the file, or split the document."


class OutputError(ScreenerError):
    """A report cannot be written where asked (read-only folder, a file in the way, name too long)."""

    exit_code = EXIT_NOT_FOUND
    default_hint = "Choose another output path."


class BadDataError(ScreenerError):
    """Invalid lexicon, plugin, config, model or training file."""

    exit_code = EXIT_BAD_DATA


class LexiconError(BadDataError):
    pass


class PluginError(BadDataError):
    pass


class ConfigError(BadDataError):
    pass


class ModelError(BadDataError):
    pass


class MissingDependencyError(ScreenerError):
    """An output format needs an optional library (PDF: WeasyPrint and its system libraries)."""

    exit_code = EXIT_MISSING_DEPENDENCY
