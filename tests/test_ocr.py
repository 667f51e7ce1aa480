"""``--ocr``: scanned PDFs read through ocrmypdf + tesseract, and every way OCR can be missing or fail.

Three kinds of test:
* error paths with a stand-in ``ocrmypdf`` (a small script that fails, hangs or is absent),
  which run everywhere;
* a synthetic scan (text rendered to an image with PIL, wrapped in a PDF) through the real
  OCR, skipped when ocrmypdf/tesseract are not installed (``.ci/run`` installs them);
* the corpus scans and partial scans (../shared/corpus), skipped when it or OCR is absent.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli import main
from screener.errors import (EXIT_NO_TEXT_LAYER, EXIT_OCR_FAILED, EXIT_TOO_LARGE, EncryptedFileError,
                             NoTextLayerError, OcrFailedError, TooLargeError)
from screener.loaders import load, load_bytes
from screener.loaders import ocr as ocr_mod
from screener.loaders.ocr import INSTALL_HINT, RERUN_HINT, OcrOptions, OcrTool
from screener.model import page_ranges

from pdf_factory import PlanPDF, prose

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("SCREENER_CORPUS") or ROOT.parent / "shared" / "corpus")  # override: a worktree elsewhere
REAL_OCR = ocr_mod.find_ocr()
needs_ocr = pytest.mark.skipif(
    REAL_OCR is None or not {"eng", "spa", "fra"} <= REAL_OCR.languages,
    reason="OCR not installed (ocrmypdf + tesseract with eng/spa/fra data; .ci/run installs them with apt-get)")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")

SCAN_TEXT_ES = [
    "PLAN MUNICIPAL DE DESARROLLO",
    "La población migrante y las familias",
    "desplazadas recibirán atención en salud,",
    "educación y empleo durante el periodo.",
]


# ------------------------------------------------------------------------------ helpers


def scan_page_image(lines: list[str], *, size: int = 40):
    """A white page with black text, as a 200 dpi scanner gives it (about half a letter page)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=size)
    img = Image.new("L", (1600, 140 + len(lines) * int(size * 1.6)), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((100, 80 + i * int(size * 1.6)), line, fill=0, font=font)
    return img


def synthetic_scan(lines: list[str] = SCAN_TEXT_ES, pages: int = 1) -> bytes:
    """An image-only PDF (no text layer): what ``--ocr`` is for."""
    imgs = [scan_page_image(lines) for _ in range(pages)]
    buf = io.BytesIO()
    imgs[0].save(buf, format="PDF", resolution=200, save_all=True, append_images=imgs[1:])
    return buf.getvalue()


def mixed_pdf() -> bytes:
    """A text page, a page that is only a picture of text, another text page."""
    from PIL import Image

    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.heading("1. INTRODUCCIÓN")
    pdf.para(prose(8))
    pdf.add_page()
    img = scan_page_image(SCAN_TEXT_ES)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    buf.seek(0)
    pdf.image(buf, x=10, y=10, w=pdf.w - 20)
    pdf.add_page()
    pdf.para(prose(8, seed=3))
    return pdf.bytes()


def fake_ocrmypdf(tmp_path: Path, body: str) -> OcrTool:
    """A stand-in ``ocrmypdf`` running ``body`` (Python; ``args`` = its arguments)."""
    script = tmp_path / "fake_ocrmypdf.py"
    script.write_text("import os, subprocess, sys, time\nargs = sys.argv[1:]\n" + body, encoding="utf-8")
    return OcrTool((sys.executable, str(script)), frozenset({"eng", "spa", "fra"}), "tesseract 0 (fake)")


@pytest.fixture
def use_tool(monkeypatch):
    """Replace the installed OCR (or its absence) for one test."""
    def use(tool: OcrTool | None) -> None:
        monkeypatch.setattr(ocr_mod, "find_ocr", lambda: tool)
    return use


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def cli(*args) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, [str(a) for a in args])
    assert not isinstance(res.exception, Exception) or isinstance(res.exception, SystemExit), res.exception
    return res.exit_code, res.stdout, res.stderr


def one_error_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.startswith("screener: error:")]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


# ------------------------------------------------------------------------------ OCR missing / not asked for


def test_pages_to_ocr_finds_only_pages_without_text():
    assert ocr_mod.pages_to_ocr(synthetic_scan(pages=2)) == [1, 2]
    assert ocr_mod.pages_to_ocr(mixed_pdf()) == [2]
    assert page_ranges([1, 2, 3, 7, 9, 10], sep=",") == "1-3,7,9-10"  # ocrmypdf's --pages syntax


def test_scan_without_ocr_installed_says_how_to_install(tmp_path, use_tool):
    use_tool(None)
    path = write(tmp_path, "scan.pdf", synthetic_scan())
    for options in (None, OcrOptions()):  # without --ocr, and --ocr asked for but not installed
        with pytest.raises(NoTextLayerError) as err:
            load(path, ocr=options)
        assert err.value.exit_code == EXIT_NO_TEXT_LAYER
        assert "apt-get install ocrmypdf tesseract-ocr-spa tesseract-ocr-fra" in err.value.message
        assert 'pip install "screener[ocr]"' in err.value.message
    code, _out, err_text = cli("extract", path, "--ocr")
    assert code == EXIT_NO_TEXT_LAYER and "1 of 1 pages are images without a text layer" in one_error_line(err_text)


def test_scan_with_ocr_installed_says_rerun_with_ocr(tmp_path, use_tool):
    use_tool(fake_ocrmypdf(tmp_path, "sys.exit(99)"))  # installed, but not run without --ocr
    path = write(tmp_path, "scan.pdf", synthetic_scan())
    code, _out, err_text = cli("scan", path, "--no-classifier")
    line = one_error_line(err_text)
    assert code == EXIT_NO_TEXT_LAYER and RERUN_HINT in line and "apt-get" not in line


def test_mixed_pdf_warning_points_to_ocr(use_tool, tmp_path):
    use_tool(None)
    doc = load_bytes("mixed.pdf", mixed_pdf())
    assert len(doc.warnings) == 1 and "page 2" in doc.warnings[0] and INSTALL_HINT in doc.warnings[0]
    doc = load_bytes("mixed.pdf", mixed_pdf(), ocr=OcrOptions())  # --ocr, OCR absent: still read, and said
    assert any("OCR is not installed" in w for w in doc.warnings)
    use_tool(fake_ocrmypdf(tmp_path, "sys.exit(99)"))
    assert RERUN_HINT in load_bytes("mixed.pdf", mixed_pdf()).warnings[0]


def test_missing_language_data(tmp_path, use_tool):
    tool = fake_ocrmypdf(tmp_path, "sys.exit(99)")
    use_tool(OcrTool(tool.command, frozenset({"eng", "osd"}), tool.tesseract))
    with pytest.raises(NoTextLayerError) as err:
        load_bytes("scan.pdf", synthetic_scan(), ocr=OcrOptions(languages=("es",)))
    assert "no language data for spa" in err.value.message and "tesseract-ocr-spa" in err.value.message


# ------------------------------------------------------------------------------ OCR failing


def test_ocr_failure_is_one_line_exit_13(tmp_path, use_tool):
    use_tool(fake_ocrmypdf(tmp_path, 'print("Traceback (most recent call last):", file=sys.stderr)\n'
                                     'print("  File x", file=sys.stderr)\n'
                                     'print("SubprocessOutputError: tesseract crashed on page 1", file=sys.stderr)\n'
                                     "sys.exit(7)"))
    path = write(tmp_path, "scan.pdf", synthetic_scan())
    with pytest.raises(OcrFailedError) as err:
        load(path, ocr=OcrOptions())
    assert err.value.exit_code == EXIT_OCR_FAILED
    assert "ocrmypdf exit 7: SubprocessOutputError: tesseract crashed on page 1" in err.value.message
    code, _out, err_text = cli("scan", path, "--ocr", "--no-classifier")
    assert code == EXIT_OCR_FAILED and "OCR failed" in one_error_line(err_text)


def test_ocr_that_writes_nothing_fails(tmp_path, use_tool):
    use_tool(fake_ocrmypdf(tmp_path, "sys.exit(0)"))
    with pytest.raises(OcrFailedError, match="OCR failed"):
        load_bytes("scan.pdf", synthetic_scan(), ocr=OcrOptions())


@pytest.mark.parametrize("code, error, words", [
    (3, OcrFailedError, "not installed completely"),
    (8, EncryptedFileError, "encrypted"),
])
def test_ocrmypdf_exit_codes(tmp_path, use_tool, code, error, words):
    use_tool(fake_ocrmypdf(tmp_path, f'print("MissingDependencyError: gs", file=sys.stderr)\nsys.exit({code})'))
    with pytest.raises(error, match=words):
        load_bytes("scan.pdf", synthetic_scan(), ocr=OcrOptions())


def test_ocr_time_limit_stops_ocr_and_its_children(tmp_path, use_tool):
    pids = tmp_path / "pids"
    use_tool(fake_ocrmypdf(tmp_path, (
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        f"open({str(pids)!r}, 'w').write(f'{{os.getpid()}} {{child.pid}}')\n"
        "time.sleep(60)\n")))
    path = write(tmp_path, "scan.pdf", synthetic_scan())
    started = time.monotonic()
    with pytest.raises(OcrFailedError) as err:
        load(path, ocr=OcrOptions(timeout=2))
    assert "stopped at the time limit (2 s)" in err.value.message and "--ocr-timeout" in err.value.message
    assert time.monotonic() - started < 55  # stopped, not waited for
    for pid in map(int, pids.read_text().split()):  # no OCR process left running
        for _ in range(50):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            try:  # a killed child of ours may wait to be reaped
                if os.waitpid(pid, os.WNOHANG)[0]:
                    break
            except ChildProcessError:
                pass
            time.sleep(0.1)
        else:
            pytest.fail(f"OCR process {pid} still running")
    code, _out, err_text = cli("extract", path, "--ocr", "--ocr-timeout", "1")
    assert code == EXIT_OCR_FAILED and "time limit (1 s)" in one_error_line(err_text)


def test_ocr_page_limit(tmp_path, use_tool):
    use_tool(fake_ocrmypdf(tmp_path, "sys.exit(99)"))
    with pytest.raises(TooLargeError, match="3 pages need OCR, over the 2-page OCR limit"):
        load_bytes("scan.pdf", synthetic_scan(pages=3), ocr=OcrOptions(max_pages=2))
    path = write(tmp_path, "scan.pdf", synthetic_scan(pages=3))
    code, _out, err_text = cli("extract", path, "--ocr", "--ocr-max-pages", "2")
    assert code == EXIT_TOO_LARGE and "--ocr-max-pages" in one_error_line(err_text)


def test_ocr_arguments(tmp_path, use_tool):
    """Only the pages without text, --skip-text, the languages of --lang, the input never the output."""
    seen = tmp_path / "args.json"
    use_tool(fake_ocrmypdf(tmp_path, f"import json\nopen({str(seen)!r}, 'w').write(json.dumps(args))\nsys.exit(7)"))
    path = write(tmp_path, "mixed.pdf", mixed_pdf())
    with pytest.raises(OcrFailedError):
        load(path, ocr=OcrOptions(languages=("fr",), jobs=1))
    args = json.loads(seen.read_text())
    assert "--skip-text" in args and args[args.index("--pages") + 1] == "2"
    assert args[args.index("-l") + 1] == "fra" and args[args.index("--jobs") + 1] == "1"
    assert str(path) not in args and Path(args[-1]).name == "out.pdf" and not Path(args[-1]).parent.exists()
    with pytest.raises(OcrFailedError):
        load(path, ocr=OcrOptions())
    assert json.loads(seen.read_text())[args.index("-l") + 1] == "eng+spa+fra"


def test_config_and_init_know_ocr(tmp_path, monkeypatch, use_tool):
    seen = tmp_path / "args.json"
    use_tool(fake_ocrmypdf(tmp_path, f"import json\nopen({str(seen)!r}, 'w').write(json.dumps(args))\nsys.exit(7)"))
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "scan.pdf", synthetic_scan())
    assert cli("init")[0] == 0
    text = (tmp_path / "screener.toml").read_text(encoding="utf-8")
    assert "\nocr = false\n" in text and "\nocr_timeout = 900\n" in text and "--ocr" in text
    (tmp_path / "screener.toml").write_text(
        text.replace("\nocr = false\n", "\nocr = true\n").replace("ocr_timeout = 900", "ocr_timeout = 77")
        .replace('lang = "auto"', 'lang = "es"', 1), encoding="utf-8")
    code, _out, err_text = cli("scan", "scan.pdf", "--no-classifier")
    assert code == EXIT_OCR_FAILED, err_text  # the file's `ocr = true` ran OCR
    args = json.loads(seen.read_text())
    assert args[args.index("-l") + 1] == "spa" and args[args.index("--tesseract-timeout") + 1] == "77"
    code, _out, err_text = cli("scan", "scan.pdf", "--no-classifier", "--no-ocr")
    assert code == EXIT_NO_TEXT_LAYER  # the command line wins
    (tmp_path / "screener.toml").write_text("[scan]\nocr = \"yes\"\n", encoding="utf-8")
    code, _out, err_text = cli("scan", "scan.pdf")
    assert code == 11 and "[scan] ocr: must be true or false" in err_text


# ------------------------------------------------------------------------------ real OCR, synthetic scan


@needs_ocr
def test_real_ocr_of_a_synthetic_scan(tmp_path):
    data = synthetic_scan()
    path = write(tmp_path, "scan.pdf", data)
    before = path.stat()
    started = time.time()
    doc = load(path, ocr=OcrOptions(languages=("es",)))
    text = doc.text.lower()
    for word in ("plan", "municipal", "migrante", "familias", "salud", "empleo"):
        assert word in text, doc.text
    assert doc.metadata["ocr"]["pages"] == [1] and doc.metadata["ocr"]["languages"] == "spa"
    assert any("page" in w and "read by OCR" in w for w in doc.warnings)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()  # the input's, not the OCRed copy's
    assert doc.language == "es" and doc.pages == 1
    after = path.stat()
    assert path.read_bytes() == data and after.st_mtime_ns == before.st_mtime_ns  # input never written
    assert [p.name for p in tmp_path.iterdir()] == ["scan.pdf"]
    assert not [p for p in Path(tempfile.gettempdir()).glob("screener-ocr-*") if p.stat().st_mtime >= started]


@needs_ocr
def test_real_ocr_reads_only_the_scanned_page():
    data = mixed_pdf()
    plain = load_bytes("mixed.pdf", data)
    doc = load_bytes("mixed.pdf", data, ocr=OcrOptions())
    assert doc.metadata["ocr"]["pages"] == [2]
    assert "migrante" in " ".join(b.text for b in doc.blocks if b.page == 2).lower()
    for page in (1, 3):  # pages with a text layer come out as without OCR
        assert [b.text for b in doc.blocks if b.page == page] == [b.text for b in plain.blocks if b.page == page]
    assert not any("no text layer" in w for w in doc.warnings)


@needs_ocr
def test_real_ocr_cli_scan_batch_and_compare(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    write(folder, "scan.pdf", synthetic_scan())
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.para(" ".join(SCAN_TEXT_ES[1:]))
    write(folder, "text.pdf", pdf.bytes())
    out = tmp_path / "out"
    code, _o, err_text = cli("scan", folder, "--out-dir", out, "--ocr", "--lang", "es", "--no-classifier",
                             "--format", "json", "-q", "-j", "1")
    assert code == 0, err_text
    report = json.loads((out / "scan.json").read_text(encoding="utf-8"))
    assert any("page 1 was read by OCR (spa)" in w for w in report["document"]["warnings"])
    assert "migrante" in json.dumps(report, ensure_ascii=False).lower()  # found and quoted
    assert not any("OCR" in w for w in json.loads((out / "text.json").read_text(encoding="utf-8"))["document"]["warnings"])
    code, stdout, err_text = cli("compare", folder / "text.pdf", folder / "scan.pdf", "--ocr", "--lang", "es",
                                 "--no-classifier", "--format", "json")
    assert code == 0, err_text  # without --ocr the scanned draft cannot be read:
    assert cli("compare", folder / "text.pdf", folder / "scan.pdf", "--no-classifier", "--format", "json")[0] == EXIT_NO_TEXT_LAYER
    code, stdout, err_text = cli("extract", folder / "scan.pdf", "--ocr", "--lang", "es", "--format", "json")
    assert code == 0 and json.loads(stdout)["metadata"]["ocr"]["pages"] == [1]


# ------------------------------------------------------------------------------ the corpus


CORPUS_SCANS = {  # file: (pages, language, words OCR must find)
    "es/co_acuerdo_chia_045_2013_modificacion_pdm_scan.pdf": (14, "es", ("acuerdo", "concejo municipal", "chía")),
    # "ESTADO DE ACTIVIDADES" heads all three pages: a running header, dropped as furniture
    "es/mx_estado_actividades_tanhuato_2019_scan.pdf": (3, "es", ("ingresos y otros beneficios", "ingresos de gesti")),
    # its OCR layer places every word on its own box: read as lines, not cut into cells
    # ("éplacée", "lusieur" before)
    "fr/bf_ocha_plan_operationnel_genre_2026-2028_scan.pdf": (9, "fr", ("genre", "plan", "particulièrement celles déplacées",
                                                                         "situations de déplacement forcé")),
}


@pytest.fixture(scope="module")
def corpus_ocr(tmp_path_factory):
    """`screener extract --ocr --format json` of each corpus scan, run once for the module's tests."""
    out = {}
    for name, (_pages, lang, _words) in CORPUS_SCANS.items():
        target = tmp_path_factory.mktemp("ocr") / "doc.json"
        started = time.monotonic()
        code, _stdout, err_text = cli("extract", CORPUS / name, "--ocr", "--lang", lang, "--format", "json", "-o", target)
        assert code == 0, err_text
        out[name] = json.loads(target.read_text(encoding="utf-8"))
        print(f"OCR {name}: {time.monotonic() - started:.1f} s")
    return out


@needs_ocr
@needs_corpus
@pytest.mark.slow
@pytest.mark.parametrize("name", list(CORPUS_SCANS))
def test_corpus_scans_are_read(corpus_ocr, name):
    pages, lang, words = CORPUS_SCANS[name]
    doc = corpus_ocr[name]
    assert doc["pages"] == pages and doc["metadata"]["ocr"]["pages"] == list(range(1, pages + 1))
    assert doc["language"] == lang
    assert {b["page"] for b in doc["blocks"]} == set(range(1, pages + 1))  # every page gave text
    text = doc["text"].lower()
    for w in words:
        assert w in text, w
    raw = (CORPUS / name).read_bytes()
    assert doc["sha256"] == hashlib.sha256(raw).hexdigest()


@needs_ocr
@needs_corpus
@pytest.mark.slow
def test_corpus_partial_scans():
    """Pages with a text layer are never OCRed, and pictures stay pictures."""
    # The CAR adaptation plan: pages 11 and 17 are full-page photos under a title ("RÉSUMÉ
    # EXÉCUTIF", a photo credit): attempted, nothing more to read, the rest untouched.
    name = "fr/cf_pna_initial_changements_climatiques.pdf"
    plain = load(CORPUS / name)
    assert any("11, 17" in w for w in plain.warnings)
    doc = load(CORPUS / name, ocr=OcrOptions(languages=("fr",)))
    assert doc.metadata["ocr"]["attempted"] == [11, 17] and doc.metadata["ocr"]["pages"] == []
    assert any("OCR found no more text on pages 11, 17" in w for w in doc.warnings)
    assert not any("no text layer" in w for w in doc.warnings)
    assert doc.text == plain.text and doc.sha256 == plain.sha256
    # Chía's indicator report: every page has some text (charts are pictures): nothing to OCR.
    name = "es/co_indicadores_desempeno_chia_partial.pdf"
    plain = load(CORPUS / name)
    doc = load(CORPUS / name, ocr=OcrOptions())
    assert doc.metadata["ocr"] == {"pages": []} and doc.text == plain.text


@needs_ocr
@needs_corpus
@pytest.mark.slow
def test_corpus_scan_cli_scan_report(tmp_path):
    """`screener scan --ocr` end to end on a real scan: a report with OCRed pages cited."""
    name = "es/mx_estado_actividades_tanhuato_2019_scan.pdf"
    code, _o, err_text = cli("scan", CORPUS / name, "--ocr", "--no-classifier", "-o", tmp_path / "r.json")
    assert code == 0, err_text
    assert "pages 1-3 were read by OCR (eng+spa+fra)" in err_text
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert "read by OCR" in json.dumps(report, ensure_ascii=False)
