"""Writing output files: atomically, with one-line errors.

Every stage that writes (reports, batch manifests, models, the web app's results) uses this,
so none of them needs the command line's helpers and no reader ever sees half a file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from .errors import OutputError

NAME_MAX = 255  # longest file name most file systems accept


def output_error(path: Path, exc: OSError) -> OutputError:
    """An OSError met while writing ``path`` as one OutputError line (exit 3) that says why."""
    why = exc.strerror or str(exc)
    if isinstance(exc, PermissionError):
        why = "permission denied (the folder is read-only for you)"
    elif isinstance(exc, (NotADirectoryError, FileExistsError)) or exc.errno == errno.ENOTDIR:
        why = "a file is in the way (a part of the path is a file, not a folder)"
    elif exc.errno == errno.ENAMETOOLONG:
        why = "the file name is too long for the file system"
    return OutputError(path, f"cannot write the report here: {why}")


def check_writable(path: str | Path, *, folder: bool = False) -> None:
    """Fail before screening, not after, when a report cannot be written at ``path``
    (a read-only folder, a file where a folder should be, a name too long): OutputError, exit 3."""
    path = Path(path)
    target = path if folder else path.parent
    if not folder and len(path.name.encode("utf-8", "surrogateescape")) > NAME_MAX:
        raise OutputError(path, "cannot write the report here: the file name is too long for the file system")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(path, exc) from None
    if not target.is_dir():
        raise OutputError(path, "cannot write the report here: a file is in the way (a part of the path is a file, not a folder)")
    if not os.access(target, os.W_OK | os.X_OK):
        raise OutputError(path, "cannot write the report here: permission denied (the folder is read-only for you)")
    if not folder and path.is_dir():
        raise OutputError(path, "cannot write the report here: this is a folder")


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it: never a half-written report.

    An OSError (read-only folder, a file in the way, a name too long) becomes one OutputError line."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # the temp name must fit in NAME_MAX whatever the report's name: a shortened prefix
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:200]}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise output_error(path, exc) from None
    mode = "wb" if isinstance(data, bytes) else "w"
    try:
        with os.fdopen(fd, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise output_error(path, exc) from None
        raise
