"""`screener scan` end to end on real files: formats, languages, every error path."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli import main
from screener.errors import (EXIT_BAD_DATA, EXIT_CORRUPT, EXIT_EMPTY, EXIT_NOT_FOUND, EXIT_UNSUPPORTED,
                             EXIT_USAGE)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_docs"

PLAN_ES = """# Plan de desarrollo cantonal

## 1. Diagnóstico

### 1.1 Salud

El centro de salud atiende a 4.000 personas. La población en situación de movilidad humana
no accede al seguro de salud por falta de documentos.

### 1.2 Educación

La matrícula escolar alcanza el 92 %. Las escuelas del cantón no registran la nacionalidad del alumnado.

## 2. Programas y proyectos

- Programa de salud comunitaria con brigadas móviles para familias migrantes en tránsito.
- Concluir la migración de datos del catastro al nuevo sistema informático.
"""


def run(*args):
    res = CliRunner().invoke(main, [str(a) for a in args])
    return res


def one_line_error(res, code):
    assert res.exit_code == code, (res.exit_code, res.output)
    assert "Traceback" not in res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("screener: error:"), res.stderr


@pytest.fixture()
def plan(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text(PLAN_ES, encoding="utf-8")
    return p


def test_scan_sample_pdf_to_html(tmp_path):
    out = tmp_path / "r.html"
    res = run("scan", SAMPLES / "pdot_es.pdf", "-o", out, "--no-classifier")
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'class="heat"' in html
    assert "Revisión de la integración de la migración" in html  # report in the document's language
    assert "http://" not in html and "https://" not in html.replace("https://www.iom.int", "")
    assert "wrote" in res.stderr


def test_scan_json_contract(tmp_path):
    out = tmp_path / "r.json"
    res = run("scan", SAMPLES / "pud_fr.docx", "-o", out, "--no-classifier")
    assert res.exit_code == 0, res.output
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["schema_version"] == "1.0"
    assert {"path", "sha256", "format", "language", "pages"} <= set(r["document"])
    assert r["document"]["format"] == "docx" and r["document"]["language"] == "fr"
    assert r["findings"] and r["sectors"] and r["summary"]
    f = r["findings"][0]
    for key in ("id", "kind", "concept", "sectors", "stage", "page", "block", "start", "end", "text", "context", "signals"):
        assert key in f
    assert f["kind"] == "migration" and f["signals"][0]["source"] == "lexicon" and "score" in f["signals"][0]
    s = r["sectors"][0]
    for key in ("sector", "present", "rating", "stages", "checklist", "searched"):
        assert key in s
    item = s["checklist"][0]
    assert {"id", "status", "evidence", "searched"} <= set(item)


def test_offsets_point_at_the_quote(tmp_path, plan):
    out = tmp_path / "r.json"
    assert run("scan", plan, "-o", out, "--no-classifier").exit_code == 0
    extracted = tmp_path / "doc.json"
    assert run("extract", plan, "--format", "json", "-o", extracted).exit_code == 0
    text = json.loads(extracted.read_text(encoding="utf-8"))["text"]
    for f in json.loads(out.read_text(encoding="utf-8"))["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]
        assert text[f["match"]["start"]:f["match"]["end"]] == f["match"]["text"]


def test_false_friend_set_aside_and_negation_kept(tmp_path, plan):
    out = tmp_path / "r.json"
    assert run("scan", plan, "-o", out, "--no-classifier").exit_code == 0
    r = json.loads(out.read_text(encoding="utf-8"))
    assert any(e["excluded_by"] for e in r["excluded"])  # "migración de datos del catastro"
    assert not any("catastro" in f["text"] for f in r["findings"] if f["kind"] == "migration")
    health = next(s for s in r["sectors"] if s["sector"] == "health")
    assert health["rating"] >= 2  # brigadas móviles para familias migrantes: an action


def test_markdown_to_stdout_and_report_lang(plan):
    res = run("scan", plan, "--no-classifier", "--report-lang", "fr")
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("# Examen de l'intégration de la migration")
    res = run("scan", plan, "--no-classifier", "--format", "md", "--report-lang", "en")
    assert "## Position of the plan" in res.stdout and "## Priority gaps" in res.stdout


def test_sectors_option(tmp_path, plan):
    out = tmp_path / "r.json"
    assert run("scan", plan, "-o", out, "--no-classifier", "--sectors", "health,education").exit_code == 0
    r = json.loads(out.read_text(encoding="utf-8"))
    assert [s["sector"] for s in r["sectors"]] == ["education", "health"]


def test_unknown_sector_is_bad_data(plan):
    one_line_error(run("scan", plan, "--no-classifier", "--sectors", "nonsense"), EXIT_BAD_DATA)


def test_html_escapes_document_text(tmp_path):
    p = tmp_path / "evil.txt"  # plain text keeps markup characters as they are
    p.write_text("Plan <img src=x onerror=alert(1)>\n\nLos migrantes <script>alert(1)</script> acceden a la salud.\n",
                 encoding="utf-8")
    out = tmp_path / "r.html"
    assert run("scan", p, "-o", out, "--no-classifier").exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def _file(name, data):
    def make(d):
        p = d / name
        p.write_bytes(data)
        return p
    return make


@pytest.mark.parametrize("make,code", [
    (lambda d: d / "missing.pdf", EXIT_NOT_FOUND),
    (_file("empty.pdf", b""), EXIT_EMPTY),
    (_file("bad.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50), EXIT_CORRUPT),
    (_file("pic.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), EXIT_UNSUPPORTED),
    (_file("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600), EXIT_UNSUPPORTED),
])
def test_bad_inputs(tmp_path, make, code):
    one_line_error(run("scan", make(tmp_path), "--no-classifier"), code)


def test_failed_scan_never_touches_existing_report(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    out = tmp_path / "report.html"
    out.write_text("previous report", encoding="utf-8")
    res = run("scan", bad, "-o", out, "--no-classifier")
    assert res.exit_code == EXIT_CORRUPT
    assert out.read_text(encoding="utf-8") == "previous report"
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".report*"))


def test_usage_errors(tmp_path, plan):
    assert run("scan", plan, "-o", tmp_path / "r.weird").exit_code == EXIT_USAGE
    assert run("scan", plan, SAMPLES / "brief_es.md").exit_code == EXIT_USAGE  # two files need --out-dir
    assert run("scan", plan, "--format", "xlsx").exit_code == EXIT_USAGE  # binary format needs -o


def test_user_lexicon_adds_terms(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text("# Plan\n\n## Salud\n\nLos hermanos caminantes reciben atención en el centro de salud.\n", encoding="utf-8")
    lex = tmp_path / "local.yaml"
    lex.write_text("schema: screener.lexicon/1\nname: local\nversion: 0.1.0\nconcepts:\n"
                   "  - id: transit\n    terms:\n      es: [hermanos caminantes]\n", encoding="utf-8")
    out = tmp_path / "r.json"
    assert run("scan", p, "-o", out, "--no-classifier").exit_code == 0
    assert not json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert run("scan", p, "-o", out, "--no-classifier", "--lexicon", lex).exit_code == 0
    found = json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert found and found[0]["concept"] == "transit" and "health" in found[0]["sectors"]


def test_broken_plugin_reported_and_screen_goes_on(tmp_path, plan):
    pdir = tmp_path / "plugins"
    pdir.mkdir()
    (pdir / "broken.yaml").write_text("schema: screener.plugin/1\nname: broken\nnot_a_key: 1\n", encoding="utf-8")
    shutil.copytree(ROOT / "screener" / "plugins" / "builtin" / "template" / "screener_plugin_example", pdir / "example")
    hook = pdir / "raising.py"
    src = (ROOT / "screener" / "plugins" / "builtin" / "template" / "screener_plugin_example" / "__init__.py").read_text(encoding="utf-8")
    hook.write_text(src.replace('return "example.yaml"', 'return "example/example.yaml"')
                    + "\n\n@hookimpl\ndef screener_sector_spans(sector, text, doc, lang):\n    raise RuntimeError('boom')\n",
                    encoding="utf-8")
    out = tmp_path / "r.json"
    res = run("scan", plan, "-o", out, "--no-classifier", "--plugins-dir", pdir)
    # a plugin the user asked for (--plugins-dir) that does not load is exit 11 (README), named with its reason
    assert res.exit_code == EXIT_BAD_DATA, res.output
    assert "broken" in res.stderr and not out.exists()
    (pdir / "broken.yaml").unlink()
    res = run("scan", plan, "-o", out, "--no-classifier", "--plugins-dir", pdir)
    assert res.exit_code == 0, res.output
    assert "boom" in res.stderr  # a hook that raises is said on stderr, and the screen goes on
    r = json.loads(out.read_text(encoding="utf-8"))
    assert any(s["sector"] == "health" for s in r["sectors"])  # the built-ins still screened
    assert any("boom" in e["message"] for e in r["plugin_errors"])


def test_samples_command(tmp_path):
    res = run("samples")
    assert res.exit_code == 0 and "pdot_es.pdf" in res.stdout
    res = run("samples", "--copy", tmp_path / "s")
    assert res.exit_code == 0
    assert (tmp_path / "s" / "pud_fr.docx").exists() and not (tmp_path / "s" / "README.md").exists()


POSSIBLE_ES = ("# Plan\n\n## Economía\n\nMuchas familias del cantón dependen del dinero que envían sus hijos desde "
               "España cada mes.\n\nLa feria agrícola se realiza cada domingo en la plaza central del cantón.\n")


def test_classifier_only_findings_in_every_report_format(tmp_path):
    """Migration in other words: no lexicon term, the classifier finds it; every format shows it
    as a passage to confirm; the HTML's explain toggle gives its probability and the words that weighed most."""
    p = tmp_path / "plan.md"
    p.write_text(POSSIBLE_ES, encoding="utf-8")
    out = {fmt: tmp_path / f"r.{fmt}" for fmt in ("json", "md", "html")}
    for fmt, path in out.items():
        assert run("scan", p, "-o", path, "-q", "--classifier").exit_code == 0
    r = json.loads(out["json"].read_text(encoding="utf-8"))
    possible = [f for f in r["findings"] if f["kind"] == "possible"]
    assert len(possible) == 1 and possible[0]["fired"] == "classifier"
    sig = possible[0]["signals"][0]
    assert sig["source"] == "classifier" and sig["score"] >= r["provenance"]["classifier_threshold"] and sig["detail"]
    assert "feria" not in possible[0]["text"]
    md, html = out["md"].read_text(encoding="utf-8"), out["html"].read_text(encoding="utf-8")
    assert "**por confirmar**" in md and "España" in md and "p=" not in md
    assert 'class="tag possible"' in html and "p=" in html.split('<details class="explain">', 1)[1]
    # without the classifier the passage is not found at all
    assert run("scan", p, "-o", out["json"], "-q", "--no-classifier").exit_code == 0
    assert not json.loads(out["json"].read_text(encoding="utf-8"))["findings"]


def test_page_limit(tmp_path):
    """A PDF with more pages than --max-pages is refused before any text is read."""
    res = run("scan", SAMPLES / "pdot_es.pdf", "--no-classifier", "--max-pages", "5")
    one_line_error(res, 10)
    assert "20 pages" in res.stderr and "--max-pages" in res.stderr
    assert run("extract", SAMPLES / "pdot_es.pdf", "--max-pages", "25", "-o", tmp_path / "d.json",
               "--format", "json").exit_code == 0


def test_a_user_lexicon_concept_is_a_dimension_of_the_summary(tmp_path):
    """A concept a --lexicon adds is covered or missing like a bundled one; an excluded one is
    neither (it was switched off, not found missing)."""
    p = tmp_path / "plan.md"
    p.write_text("# Plan\n\n## Salud\n\nLos temporeros de la cosecha reciben atención en el centro de salud.\n\n"
                 "## Educación\n\nLos hijos de los temporeros de la cosecha tienen cupo en la escuela rural.\n",
                 encoding="utf-8")
    lex = tmp_path / "local.yaml"
    lex.write_text("schema: screener.lexicon/1\nname: local\nversion: 0.1.0\nconcepts:\n"
                   "  - id: seasonal_harvest_work\n    label: {en: seasonal harvest work}\n"
                   "    terms:\n      es: [temporeros de la cosecha]\n", encoding="utf-8")
    out = tmp_path / "r.json"
    assert run("scan", p, "-o", out, "--no-classifier", "--lexicon", lex).exit_code == 0
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert "seasonal_harvest_work" in summary["dimensions_covered"]
    p.write_text("# Plan\n\n## Salud\n\nEl centro de salud atiende a la población rural.\n", encoding="utf-8")
    assert run("scan", p, "-o", out, "--no-classifier", "--lexicon", lex).exit_code == 0
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert "seasonal_harvest_work" in summary["dimensions_missing"]
    assert "academic_mobility" in summary["dimensions_missing"]
    cfg = tmp_path / "screener.toml"
    cfg.write_text('[scan]\nexclude_concepts = ["academic_mobility"]\n', encoding="utf-8")
    assert run("scan", p, "-o", out, "--no-classifier", "--lexicon", lex, "--config", cfg).exit_code == 0
    assert "academic_mobility" not in json.loads(out.read_text(encoding="utf-8"))["summary"]["dimensions_missing"]
