"""Hostile files, made by the tests themselves (nothing binary is checked in).

Every generator is bounded: a bomb is a few hundred KB on disk and is refused by the guard
after reading at most its limit, so a regression shows as a failed assertion, not as a
machine out of memory. Subprocess tests carry timeouts.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_docs"

PLAN_EN = """# District development plan

## 1. Situation analysis

### 1.1 Health

The district health centre serves 4,000 people. Migrant workers and their families lack health insurance
because they have no documents. Returning migrants are not covered by the community health programme.

### 1.2 Education

School enrolment is 92 per cent. Schools do not record the nationality of pupils, so refugee children are
not counted.

## 2. Programmes

- A community health programme with mobile clinics for migrant families in transit.
- Train teachers to enrol displaced children in local schools.
"""


def run(*args, env: dict | None = None):
    """The CLI in-process (stdout and stderr apart)."""
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def one_line_error(res, code: int) -> str:
    """Assert the documented exit code and exactly one `screener: error:` line, no traceback."""
    assert res.exit_code == code, (res.exit_code, res.output)
    assert "Traceback" not in res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("screener: error:"), res.stderr
    return lines[0]


def cli(*args, cwd: Path | None = None, env: dict | None = None, timeout: float = 240, **kw) -> subprocess.CompletedProcess:
    """The installed `screener` in a fresh process (what a user runs), bounded in time."""
    full_env = {**os.environ, **(env or {})}
    # run outside the checkout unless told: `python -c` puts the working folder first on sys.path,
    # and the checkout's screener/ would shadow the installed package
    return subprocess.run([sys.executable, "-c", "from screener.cli import main; main()", *map(str, args)],
                          cwd=cwd if cwd is not None else tempfile.gettempdir(), env=full_env, capture_output=True,
                          text=True, timeout=timeout, **kw)


@pytest.fixture
def plan(tmp_path) -> Path:
    p = tmp_path / "plan.md"
    p.write_text(PLAN_EN, encoding="utf-8")
    return p


# --------------------------------------------------------------------------- bombs


def flate_of_zeros(size: int) -> bytes:
    """zlib data inflating to ``size`` zero bytes, built in chunks (a few hundred KB for 300 MB)."""
    c = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    out = [c.compress(chunk) for _ in range(size >> 20)]
    out.append(c.flush())
    return b"".join(out)


def pdf_with_stream(content: bytes, *, flate: bool = True) -> bytes:
    """A one-page PDF whose page content stream is ``content`` (Flate-compressed already when flate)."""
    filt = b" /Filter /FlateDecode" if flate else b""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + filt + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def zip_with(members: dict[str, bytes], *, bomb: tuple[str, int] | None = None) -> bytes:
    """A zip of ``members``, plus optionally (name, size): a member of ``size`` zeros, streamed in."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
        if bomb:
            name, size = bomb
            with z.open(name, "w", force_zip64=True) as fh:
                chunk = b"\0" * (1 << 20)
                for _ in range(size >> 20):
                    fh.write(chunk)
    return buf.getvalue()


DOCX_CT = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           b'<Default Extension="xml" ContentType="application/xml"/>'
           b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
DOCX_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def docx_xml(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>').encode()


def billion_laughs(top: str = "lol") -> str:
    """The classic: nine levels of aliases, ~600 bytes, 10**9 strings once expanded."""
    lines = [f'a: &a ["{top}", "{top}", "{top}", "{top}", "{top}", "{top}", "{top}", "{top}", "{top}"]']
    prev = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
        prev = name
    return "\n".join(lines) + "\n"


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


# --------------------------------------------------------------------------- permissions that bind

_DROP_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
_binding: list[list[str] | None] = []


def permission_prefix() -> list[str] | None:
    """A command prefix under which file permissions bind, so `chmod 0` really denies: none for a
    normal user; as root (CI containers), `setpriv` drops the two capabilities that let root
    ignore permissions. None when neither works (the caller skips)."""
    if _binding:
        return _binding[0]
    prefix: list[str] | None = None
    if os.name == "posix":
        if os.geteuid() != 0:
            prefix = []
        else:
            with tempfile.TemporaryDirectory() as d:
                probe = Path(d) / "probe"
                probe.write_text("x")
                probe.chmod(0)
                try:
                    res = subprocess.run([*_DROP_DAC, "cat", str(probe)], capture_output=True, timeout=30)
                    if res.returncode != 0 and b"denied" in res.stderr.lower():
                        prefix = list(_DROP_DAC)
                except (OSError, subprocess.SubprocessError):
                    prefix = None
    _binding.append(prefix)
    return prefix


def cli_denied(*args, cwd: Path | None = None, env: dict | None = None, timeout: float = 240) -> subprocess.CompletedProcess:
    """`cli` with file permissions binding (see permission_prefix); skips the test when they cannot."""
    prefix = permission_prefix()
    if prefix is None:
        pytest.skip("file permissions cannot be made to bind here (root without setpriv)")
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([*prefix, sys.executable, "-c", "from screener.cli import main; main()", *map(str, args)],
                          cwd=cwd if cwd is not None else tempfile.gettempdir(), env=full_env, capture_output=True,
                          text=True, timeout=timeout)


def one_line(res: subprocess.CompletedProcess, code: int) -> str:
    """`one_line_error` for a finished process."""
    assert res.returncode == code, (res.returncode, res.stderr)
    assert "Traceback" not in res.stderr and "Usage:" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("screener: error:"), res.stderr
    return lines[0]
