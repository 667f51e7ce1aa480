"""`screener extract`: both output formats, -o, and every error path of the loaders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import docx_factory as f
from screener import errors
from screener.cli import main
from screener.model import DOCUMENT_SCHEMA_VERSION, Document

SAMPLES = {
    "plan.txt": ("1. INTRODUCTION\n\n" + f.EN_PARAGRAPH + "\n").encode("utf-8"),
    "plan.md": ("# Introduction\n\n" + f.FR_PARAGRAPH + "\n\n- un point\n").encode("utf-8"),
    "plan.html": ("<html><head><title>Plan</title></head><body><h1>Salud</h1><p>" + f.ES_PARAGRAPH + "</p></body></html>").encode(),
    "plan.docx": f.plan_document(),
}


def run(*args: str):
    result = CliRunner().invoke(main, ["extract", *args])
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    return result


@pytest.fixture
def files(tmp_path):
    out = {}
    for name, data in SAMPLES.items():
        path = tmp_path / name
        path.write_bytes(data)
        out[name] = path
    return out


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_extract_json_round_trips(files, name):
    result = run(str(files[name]), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == DOCUMENT_SCHEMA_VERSION
    doc = Document.from_dict(data)
    assert doc.format == name.rsplit(".", 1)[1]
    f.check_document(doc)
    assert doc.to_dict() == data


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_extract_text(files, name):
    result = run(str(files[name]), "--format", "text")
    assert result.exit_code == 0, result.stderr
    fmt = name.rsplit(".", 1)[1]
    assert f"# format={fmt} " in result.stdout
    first_heading = {"plan.txt": "# 1. INTRODUCTION", "plan.md": "# Introduction", "plan.html": "# Salud", "plan.docx": "# Diagnóstico"}
    assert first_heading[name] in result.stdout


def test_extract_text_shows_pages_for_docx_with_breaks(files):
    out = run(str(files["plan.docx"])).stdout
    assert "--- page 1 ---" in out and "--- page 2 ---" in out
    assert "  | Sector | Monto | Fuente |" in out
    assert "  - Atención primaria para la población migrante" in out


def test_extract_output_file(files, tmp_path):
    target = tmp_path / "out" / "plan.json"
    result = run(str(files["plan.md"]), "--format", "json", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    doc = Document.from_dict(json.loads(target.read_text(encoding="utf-8")))
    assert doc.language == "fr"


def test_extract_warns_on_misnamed_file(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(f.plan_document())
    result = run(str(path))
    assert result.exit_code == 0
    assert result.stderr.startswith("screener: warning:") and "contains DOCX" in result.stderr


def _cases(tmp_path: Path):
    def w(name: str, data: bytes) -> str:
        p = tmp_path / name
        p.write_bytes(data)
        return str(p)

    folder = tmp_path / "folder"
    folder.mkdir()
    return [
        ([str(tmp_path / "missing.docx")], errors.EXIT_NOT_FOUND, "not found"),
        ([str(folder)], errors.EXIT_NOT_FOUND, "folder"),
        ([w("empty.txt", b"")], errors.EXIT_EMPTY, "empty"),
        ([w("blank.txt", b"  \n\n ")], errors.EXIT_EMPTY, "no text"),
        ([w("nothing.docx", f.empty_document())], errors.EXIT_EMPTY, "no text"),
        ([w("scan.png", f.tiny_png())], errors.EXIT_UNSUPPORTED, "PNG"),
        ([w("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)], errors.EXIT_UNSUPPORTED, ".doc"),
        ([w("junk.txt", bytes(range(1, 32)) * 50)], errors.EXIT_UNSUPPORTED, "binary"),
        ([w("broken.docx", f.plan_document()[:3000])], errors.EXIT_CORRUPT, "damaged"),
        ([w("badxml.docx", f.rezip(f.plan_document(), {"word/document.xml": b"<w:document"}))], errors.EXIT_CORRUPT, "XML"),
        ([w("secret.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 700 + "EncryptionInfo".encode("utf-16-le"))], errors.EXIT_ENCRYPTED, "password"),
        ([w("pictures.docx", f.images_only_document())], errors.EXIT_NO_TEXT_LAYER, "only images"),
        ([w("big.txt", b"word " * 1000), "--max-size", "1KB"], errors.EXIT_TOO_LARGE, "limit"),
        ([w("bomb.docx", f.rezip(f.plan_document(), {}, extra={"word/media/x.bin": b"\0" * (11 * 10**6)}))], errors.EXIT_TOO_LARGE, "bomb"),
    ]


def test_every_error_path_is_one_line_with_its_exit_code(tmp_path):
    for args, code, needle in _cases(tmp_path):
        for fmt in ("json", "text"):
            result = run(*args, "--format", fmt)
            assert result.exit_code == code, (args, result.exit_code, result.stderr)
            lines = result.stderr.splitlines()
            assert len(lines) == 1, (args, result.stderr)
            assert lines[0].startswith("screener: error: ")
            assert needle in lines[0], (needle, lines[0])
            assert result.stdout == ""
            assert code != errors.EXIT_INTERNAL


def test_bad_max_size_is_a_usage_error(files):
    result = run(str(files["plan.txt"]), "--max-size", "lots")
    assert result.exit_code == errors.EXIT_USAGE
    assert "Traceback" not in result.stderr
