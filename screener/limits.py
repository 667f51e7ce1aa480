"""Guards against hostile input: decompression bombs, runaway regexes, hooks that never return.

Each guard is a small function the stages call before the expensive step, so no loader,
matcher or plugin needs to know about the others' limits. Every refusal is a
``ScreenerError`` (one line, documented exit code), never a ``MemoryError`` or a hang.
Why streaming: a zip's or a PDF's *declared* sizes can lie, so the bytes are counted while
they are inflated, and inflation stops at the limit (the test files prove it: a 300 MB
stream is refused after reading at most the limit, in a fraction of a second).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import sys
import threading
import zipfile
import zlib
from pathlib import Path
from typing import Callable, Iterator

from .errors import TooLargeError

CHUNK = 1 << 20
DEFAULT_MAX_CHARS = 5_000_000  # characters per document; the largest corpus plan has well under 2 M
# Inflated bytes a document's zip may hold: XML parts (parsed into trees ~20x their size) and all parts.
ZIP_MAX_XML = 128 * 2**20
ZIP_MAX_TOTAL = 1024 * 2**20
ZIP_MAX_RATIO = 200  # a part inflating more than this is a bomb whatever its size (real XML: 5-20x)
ZIP_RATIO_FLOOR = 16 * 2**20  # ...once it is bigger than this (tiny parts can have any ratio)
PDF_MAX_STREAM = 256 * 2**20  # one inflated PDF stream (a page's content stream is a few MB at most)
PDF_MAX_TOTAL = 2048 * 2**20  # all non-image streams of one PDF
HOOK_SECONDS = 10.0  # a plugin hook's budget per document (SCREENER_HOOK_SECONDS overrides it)
WORKER_MEMORY = 4 * 2**30  # address space a screening process may add (SCREENER_MEMORY overrides it)


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


# --------------------------------------------------------------------------- zip containers


def check_zip(label: str | Path, source: bytes | str | Path, *, what: str = "file", max_xml: int = ZIP_MAX_XML,
              max_total: int = ZIP_MAX_TOTAL, max_ratio: int = ZIP_MAX_RATIO) -> None:
    """Inflate every member of a zip (DOCX, XLSX, skops) in chunks, counting; refuse a bomb.

    Declared sizes are checked first (cheap), then the real inflated bytes, so a zip that lies
    about its sizes is caught too. Damaged zips are left to the real reader to report.
    """
    fh = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else open(source, "rb")
    with fh:
        try:
            z = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return
        with z:
            infos = z.infolist()

            def refuse(problem: str) -> TooLargeError:
                return TooLargeError(label, f"the {what} is a decompression bomb ({problem})",
                                     "It is not a real document; do not open it.")

            declared_xml = sum(i.file_size for i in infos if _is_xml(i.filename))
            declared = sum(i.file_size for i in infos)
            if declared_xml > max_xml or declared > max_total:
                raise refuse(f"its parts claim {_mib(declared)} once inflated, over the {_mib(max_total if declared > max_total else max_xml)} limit")
            xml_total = total = 0
            for info in infos:
                if info.is_dir():
                    continue
                n = 0
                try:
                    with z.open(info) as member:
                        while True:
                            chunk = member.read(CHUNK)
                            if not chunk:
                                break
                            n += len(chunk)
                            total += len(chunk)
                            if _is_xml(info.filename):
                                xml_total += len(chunk)
                            if xml_total > max_xml or total > max_total:
                                raise refuse(f"it inflates to over {_mib(max_xml if xml_total > max_xml else max_total)}")
                            if n > ZIP_RATIO_FLOOR and n > max_ratio * max(info.compress_size, 1):
                                raise refuse(f"part {info.filename[:80]} inflates over {max_ratio} times")
                except TooLargeError:
                    raise
                except Exception:  # noqa: BLE001 - damaged or encrypted member: the reader says so
                    return


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".json", ".txt"))


# --------------------------------------------------------------------------- PDF streams

_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")


def check_pdf_streams(label: str | Path, data: bytes, *, max_stream: int = PDF_MAX_STREAM,
                      max_total: int = PDF_MAX_TOTAL) -> None:
    """Inflate the PDF's Flate streams (not images, which text extraction never decodes) in
    chunks, counting; refuse a file whose streams inflate past the limits.

    This reads the raw file, not the PDF library's objects, so it holds whatever engine reads
    the file next: a 4 MB PDF whose page content inflates to 1.5 GB is refused here in a
    fraction of a second instead of taking the machine's memory in pdfium.
    """
    total = 0
    pos = 0
    view = memoryview(data)
    while True:
        at = data.find(b"stream", pos)  # bytes.find: a regex with a look-behind scans 10x slower
        if at < 0:
            return
        pos = at + 6
        if data[at - 3:at] == b"end":
            continue
        start = at + 6 + (2 if data[at + 6:at + 8] == b"\r\n" else 1 if data[at + 6:at + 7] in (b"\n", b"\r") else 0)
        if start == at + 6:
            continue  # "stream" inside some other word or string
        head_start = data.rfind(b"obj", max(0, at - 4096), at)
        head = data[head_start if head_start >= 0 else max(0, at - 1024): at]
        if b"FlateDecode" not in head:
            continue
        length = _LENGTH.search(head)  # a direct /Length bounds the bytes read; else up to "endstream"
        stop = start + int(length.group(1)) if length else -1
        if stop < start or stop > len(data) or data[stop:stop + 12].lstrip()[:9] != b"endstream":
            stop = data.find(b"endstream", start)  # a /Length that lies: read up to endstream, as readers do
        stop = len(data) if stop < start else stop
        pos = max(pos, stop)
        if b"/Image" in head:
            continue
        n = _inflated_size(view[start:stop], 0, head.count(b"FlateDecode"), max_stream + 1)
        if n > max_stream:
            raise TooLargeError(label, f"the PDF is a decompression bomb (a stream inflates to over {_mib(max_stream)})",
                                "It is not a real plan; do not open it.")
        total += n
        if total > max_total:
            raise TooLargeError(label, f"the PDF's streams inflate to over {_mib(max_total)}",
                                "Split the document, or raise the limit if you trust the file.")


def _inflated_size(data: bytes | memoryview, start: int, levels: int, cap: int) -> int:
    """Bytes the stream at ``start`` inflates to through ``levels`` Flate filters, stopping at ``cap``."""
    decoders = [zlib.decompressobj() for _ in range(min(levels, 4))]
    count = 0

    def feed(k: int, piece: bytes) -> bool:
        nonlocal count
        d = decoders[k]
        while piece and not d.eof:
            out = d.decompress(piece, CHUNK)
            piece = d.unconsumed_tail
            if k == len(decoders) - 1:
                count += len(out)
                if count >= cap:
                    return True
            elif out and feed(k + 1, out):
                return True
            if not out and not piece:
                break
        return False

    pos = start
    try:
        while pos < len(data) and not decoders[0].eof:
            if feed(0, data[pos: pos + CHUNK]):
                break
            pos += CHUNK
    except zlib.error:
        pass  # not (valid) Flate data: the PDF library decides what it is
    return count


# --------------------------------------------------------------------------- characters per document


class TooManyChars(Exception):
    """Raised by the document builder when a document passes the character limit."""


_MAX_CHARS = threading.local()


def max_chars() -> int | None:
    return getattr(_MAX_CHARS, "value", DEFAULT_MAX_CHARS)


@contextlib.contextmanager
def char_limit(limit: int | None) -> Iterator[None]:
    """Limit the characters the loaders may put into one document (None: no limit)."""
    old = max_chars()
    _MAX_CHARS.value = limit
    try:
        yield
    finally:
        _MAX_CHARS.value = old


def chars_error(label: str | Path, limit: int) -> TooLargeError:
    return TooLargeError(label, f"the document holds over {limit:,} characters, over the --max-chars limit",
                         "Split the document, or raise --max-chars if you trust the file.")


# --------------------------------------------------------------------------- regular expressions


# Characters the first-character sets of regex parts are computed over (a sample, enough to see
# two alternatives overlap: letters of the three languages, digits, spaces, punctuation).
_SAMPLE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ \t\n\r\x0b\x0c\u00a0"
                    "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~áéíóúñçàèêëîïôûüœÁÉÍÓÚÑÇÀÈ\u2019\u2013«»¿¡°")
_NESTED = ("the regular expression repeats a repeated part (like (a+)+ or (\\w+\\s?)*), which can take "
           "hours on one long line; write it without the nested repeat (e.g. \\w+(?:\\s\\w+)*) or use a phrase")
_OVERLAP = ("the regular expression repeats a choice whose alternatives can match the same text (like (a|aa)+ "
            "or (.|\\s)*), which can take hours on one long line; make the alternatives exclusive "
            "(e.g. a+ or [\\s\\S]*) or use a phrase")


def nested_quantifier(source: str) -> str | None:
    """A reason when a regex can backtrack catastrophically, else None: a repeat inside a
    repeat (``(a+)+``, ``(\\w+\\s?)*``), or a repeated choice whose alternatives can match the
    same text (``(a|aa)+``, ``(.|\\s)*``, ``(a|b|ab)*``: an alternative's first character, or
    for one that can match nothing, what follows it, is also another's). Python's ``re`` has no
    timeout, so such a user regex is refused when the lexicon is read; what this static check
    cannot see (``\\w*\\w*\\w*x``) is stopped by the regex time budget (``regex_seconds``)."""
    try:
        parser = __import__("re._parser", fromlist=["parse"]) if sys.version_info >= (3, 11) else __import__("sre_parse")
        constants = __import__("re._constants", fromlist=["MAXREPEAT"]) if sys.version_info >= (3, 11) else __import__("sre_constants")
        tree = parser.parse(source, re.IGNORECASE)
    except Exception:  # noqa: BLE001 - invalid regexes are reported by the caller
        return None
    c = constants
    possessive = getattr(c, "POSSESSIVE_REPEAT", None)
    atomic = getattr(c, "ATOMIC_GROUP", None)
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, possessive)
    none: frozenset = frozenset()

    def in_set(items) -> frozenset:
        negate = bool(items) and items[0][0] == c.NEGATE
        out = set()
        for ch in _SAMPLE:
            hit = False
            for op, av in items:
                if op == c.LITERAL:
                    hit = ch.lower() == chr(av).lower()
                elif op == c.RANGE:
                    hit = any(av[0] <= ord(x) <= av[1] for x in {ch, ch.lower(), ch.upper()})
                elif op == c.CATEGORY:
                    name = str(av).upper()
                    test = (ch.isdecimal() if "DIGIT" in name else ch.isspace() if "SPACE" in name
                            else (ch.isalnum() or ch == "_") if "WORD" in name else True)
                    hit = (not test) if "NOT" in name else test
                if hit:
                    break
            if hit != negate:
                out.add(ch)
        return frozenset(out)

    def first(items) -> tuple[frozenset, bool]:
        """(characters a match of ``items`` can start with, whether it can match nothing)."""
        chars: set = set()
        for op, av in items:
            if op == c.LITERAL:
                got, nullable = frozenset({chr(av).lower(), chr(av).upper()}) & _SAMPLE or frozenset({chr(av)}), False
            elif op in (c.NOT_LITERAL, c.ANY):
                got, nullable = _SAMPLE, False
            elif op == c.IN:
                got, nullable = in_set(av), False
            elif op in repeats and op is not None:
                got, nullable = first(av[2])
                nullable = nullable or av[0] == 0
            elif op == c.SUBPATTERN:
                got, nullable = first(av[-1])
            elif op == atomic and atomic is not None:
                got, nullable = first(av)
            elif op == c.BRANCH:
                parts = [first(b) for b in av[1]]
                got, nullable = frozenset().union(*(p[0] for p in parts)), any(p[1] for p in parts)
            elif op == c.GROUPREF:
                got, nullable = _SAMPLE, True
            else:  # AT, ASSERT, ASSERT_NOT...: zero width
                got, nullable = none, True
            chars |= got
            if not nullable:
                return frozenset(chars), False
        return frozenset(chars), True

    def walk(items, inside: bool, follow: frozenset) -> str | None:
        """``follow``: what may come right after ``items`` (within a repeat: its start again)."""
        for k, (op, av) in enumerate(items):
            rest, rest_nullable = first(items[k + 1:])
            after = rest | follow if rest_nullable else rest
            if op in repeats and op is not None:
                lo, hi, sub = av
                many = hi == c.MAXREPEAT or hi > 10
                if op == possessive:  # no backtracking into a possessive repeat
                    continue
                if inside and many:
                    return _NESTED
                again = first(sub)[0] | after if hi > 1 else after
                why = walk(sub, inside or many, again)
                if why:
                    return why
            elif op == c.SUBPATTERN:
                why = walk(av[-1], inside, after)
                if why:
                    return why
            elif op == c.BRANCH:
                if inside:
                    starts = []
                    for b in av[1]:
                        chars, nullable = first(b)
                        starts.append(chars | after if nullable else chars)
                    for i in range(len(starts)):
                        for j in range(i + 1, len(starts)):
                            if starts[i] & starts[j]:
                                return _OVERLAP
                for b in av[1]:
                    why = walk(b, inside, after)
                    if why:
                        return why
            elif op in (c.ASSERT, c.ASSERT_NOT):
                why = walk(av[1], inside, none)
                if why:
                    return why
            elif op == atomic and atomic is not None:
                continue  # no backtracking into an atomic group
        return None

    return walk(tree, False, none)


# --------------------------------------------------------------------------- plugin hooks


class HookTimeout(Exception):
    """A plugin hook ran past its time budget."""


def hook_seconds() -> float:
    try:
        return float(os.environ.get("SCREENER_HOOK_SECONDS", HOOK_SECONDS))
    except ValueError:
        return HOOK_SECONDS


@contextlib.contextmanager
def time_budget(seconds: float, error: Callable[[str], BaseException] = HookTimeout) -> Iterator[None]:
    """Raise ``error(...)`` in the running code after ``seconds`` (main thread only, POSIX;
    elsewhere the block runs unbounded). Python's ``re`` checks for signals while it
    backtracks, so this stops a runaway regex too.

    A budget already running (an outer one) that ends first is left to fire as its own; else
    it is set again, less the time spent here, when the block ends."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    import time

    def on_alarm(signum, frame):
        raise error(f"took longer than {seconds:g} s")

    old_delay, _ = signal.getitimer(signal.ITIMER_REAL)
    if old_delay and old_delay <= seconds:  # the outer budget is the shorter: it stays in force
        yield
        return
    started = time.monotonic()
    old_handler = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        if old_delay:
            signal.setitimer(signal.ITIMER_REAL, max(old_delay - (time.monotonic() - started), 1e-3))


class RegexTimeout(Exception):
    """A lexicon or plugin regex ran past its time budget on one document."""


REGEX_SECONDS = 10.0  # all regex terms' budget per document and language (SCREENER_REGEX_SECONDS overrides it)


def regex_seconds() -> float:
    try:
        return float(os.environ.get("SCREENER_REGEX_SECONDS", REGEX_SECONDS))
    except ValueError:
        return REGEX_SECONDS


# --------------------------------------------------------------------------- process memory


MEMORY_ENV = "SCREENER_MEMORY"  # the allowance of every screening process (a size, or "off")
_NO_LIMIT = ("0", "off", "none", "unlimited")


def memory_allowance(*, strict: bool = False) -> int | None:
    """Bytes of address space a screening process may map beyond what it maps at start: 4 GiB,
    or ``SCREENER_MEMORY`` ("6GiB", "off"; the older ``SCREENER_WORKER_MEMORY`` is read too).
    None: no limit. ``strict``: an invalid value is a ``ConfigError`` (exit 11), else the default."""
    from .config import parse_size

    name = MEMORY_ENV if os.environ.get(MEMORY_ENV) else "SCREENER_WORKER_MEMORY"
    raw = (os.environ.get(name) or "").strip()
    if not raw:
        return WORKER_MEMORY
    if raw.lower() in _NO_LIMIT:
        return None
    try:
        return parse_size(raw)
    except ValueError:
        if strict:
            from .errors import ConfigError

            raise ConfigError(None, f'{name}={raw[:40]!r} is not a size such as "4GiB" (or "off")',
                              "Fix the environment variable.") from None
        return WORKER_MEMORY


def address_space() -> int:
    """Bytes of address space this process maps now (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def limit_memory(limit: int | None) -> bool:
    """Cap this process's address space (batch workers): a runaway document gets a
    ``MemoryError`` (exit 10 for that document) instead of the machine's memory. None: no cap."""
    if limit is None:
        return False
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        return True
    except (ImportError, ValueError, OSError):
        return False


def memory_too_large(path: str | Path | None) -> TooLargeError:
    """The one-line error (exit 10) for a document that ran out of its memory allowance."""
    from .config import format_size

    allowance = memory_allowance()
    how = f"the {format_size(allowance)} a screening process may use" if allowance else "the memory available"
    return TooLargeError(path, f"screening it needs more memory than {how}",
                         f"Split the document, or raise {MEMORY_ENV} (e.g. {MEMORY_ENV}=8GiB) if the machine has the memory.")


@contextlib.contextmanager
def memory_bound(allowance: int | None = None) -> Iterator[None]:
    """Cap this process's address space at what it maps now plus ``allowance`` (default
    ``memory_allowance``) while the block runs, then restore the old cap: the bound a single
    `screener scan`, `extract` or `compare` runs under, the same as a batch worker's."""
    allowance = memory_allowance(strict=True) if allowance is None else allowance
    try:
        import resource

        old = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, ValueError, OSError):
        yield
        return
    base = address_space()
    applied = bool(base) and limit_memory(base + allowance) if allowance else False
    try:
        yield
    finally:
        if applied:
            try:
                resource.setrlimit(resource.RLIMIT_AS, old)
            except (ValueError, OSError):
                pass


def parent_watch(parent_pid: int, on_orphan: Callable[[], None], interval: float = 1.0) -> threading.Thread:
    """A daemon thread that calls ``on_orphan`` once the parent process is gone (SIGKILL leaves
    workers running otherwise)."""
    import time

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent_pid:
                on_orphan()
                return

    t = threading.Thread(target=watch, name="screener-parent-watch", daemon=True)
    t.start()
    return t
