"""Options and helpers shared by several commands."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click

from ..loaders.base import DEFAULT_MAX_BYTES


def parse_size(value: str | int) -> int:
    """'200MB', '1.5G', '5000000' -> bytes."""
    if isinstance(value, int):
        return value
    s = value.strip().upper().replace(" ", "")
    units = {"K": 10**3, "KB": 10**3, "M": 10**6, "MB": 10**6, "G": 10**9, "GB": 10**9, "B": 1, "": 1}
    num = s.rstrip("KMGB")
    unit = s[len(num):]
    try:
        return int(float(num) * units[unit])
    except (ValueError, KeyError):
        raise click.BadParameter(f"{value!r} is not a size; write e.g. 200MB or 1.5GB") from None


max_size_option = click.option(
    "--max-size",
    default=f"{DEFAULT_MAX_BYTES // 10**6}MB",
    show_default=True,
    callback=lambda ctx, param, v: parse_size(v),
    help="Refuse files larger than this.",
)


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it: never a half-written report."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
