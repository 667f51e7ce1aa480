"""Memory per document is bounded: every bomb is refused with exit 10 (or 11 for data files)
after reading at most its limit. Files here are small on disk; the guards stop inflation at
the limit, so a regression fails the assertion instead of taking the machine."""

from __future__ import annotations

import hashlib
import json
import textwrap

import pytest
from conftest import (DOCX_CT, DOCX_RELS, PLAN_EN, billion_laughs, docx_xml, flate_of_zeros, one_line_error,
                      pdf_with_stream, run, zip_with)

from screener import limits
from screener.errors import EXIT_BAD_DATA, EXIT_OK, EXIT_TOO_LARGE, ConfigError, TooLargeError
from screener.loaders import load


def test_pdf_whose_page_inflates_past_the_limit_is_refused(tmp_path):
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(pdf_with_stream(flate_of_zeros(limits.PDF_MAX_STREAM + (8 << 20))))
    assert bomb.stat().st_size < 2 * 2**20
    line = one_line_error(run("extract", bomb), EXIT_TOO_LARGE)
    assert "decompression bomb" in line


def test_pdf_stream_with_a_lying_length_is_read_to_endstream():
    pdf = pdf_with_stream(flate_of_zeros(40 << 20))
    at = pdf.index(b"/Length ") + len(b"/Length ")
    end = pdf.index(b" ", at)
    lying = pdf[:at] + b"10" + pdf[end:]
    with pytest.raises(TooLargeError):
        limits.check_pdf_streams("x.pdf", lying, max_stream=16 << 20)


def test_pdf_double_flate_is_inflated_through_both_filters():
    inner = flate_of_zeros(64 << 20)
    import zlib

    data = zlib.compress(inner, 9)
    pdf = pdf_with_stream(data).replace(b"/Filter /FlateDecode", b"/Filter [/FlateDecode /FlateDecode]")
    with pytest.raises(TooLargeError):
        limits.check_pdf_streams("x.pdf", pdf, max_stream=32 << 20)
    limits.check_pdf_streams("x.pdf", pdf, max_stream=128 << 20)  # under the limit: fine


def test_real_pdf_passes_the_stream_check():
    from conftest import SAMPLES

    for pdf in SAMPLES.glob("*.pdf"):
        limits.check_pdf_streams(pdf, pdf.read_bytes())


def _docx(paragraphs, bomb=None) -> bytes:
    members = {"[Content_Types].xml": DOCX_CT, "_rels/.rels": DOCX_RELS, "word/document.xml": docx_xml(paragraphs)}
    return zip_with(members, bomb=bomb)


def test_docx_zip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_docx(["Migrant workers."], bomb=("word/media/x.xml", 300 << 20)))
    assert bomb.stat().st_size < 2 * 2**20
    assert "decompression bomb" in one_line_error(run("extract", bomb), EXIT_TOO_LARGE)


def test_docx_under_the_ratio_but_over_the_size_is_refused(tmp_path):
    """Ratio alone is not enough (the 146:1 bomb passed a 200:1 check): inflated bytes are capped."""
    import random

    rnd = random.Random(1)
    words = ["migrant", "plan", "health", "water", "school", "road", "budget", "district"]
    paras = [" ".join(rnd.choice(words) for _ in range(60)) for _ in range(3000)]
    data = _docx(paras)
    with pytest.raises(TooLargeError):
        limits.check_zip("big.docx", data, what="DOCX file", max_xml=512 << 10)
    limits.check_zip("big.docx", data, what="DOCX file")  # the default limit holds real documents


def test_zip_declaring_small_sizes_is_still_counted():
    data = bytearray(zip_with({"a.xml": b"<a/>"}, bomb=("word/document.xml", 40 << 20)))
    # lie in the central directory: claim the bomb inflates to 1 KB (and let the reader trust it)
    with pytest.raises(TooLargeError):
        limits.check_zip("lie.docx", bytes(data), max_xml=8 << 20, max_ratio=10**6)


def test_skops_zip_bomb_is_refused_before_loading(tmp_path):
    import sklearn

    model = tmp_path / "m.skops"
    data = zip_with({"schema.json": b"{}"}, bomb=("huge.npy", 200 << 20))
    model.write_bytes(data)
    (tmp_path / "m.card.json").write_text(json.dumps({
        "model_sha256": hashlib.sha256(data).hexdigest(), "threshold": 0.5, "sklearn_version": sklearn.__version__}))
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN, encoding="utf-8")
    line = one_line_error(run("scan", plan, "--model", model, "--format", "json"), EXIT_TOO_LARGE)
    assert "decompression bomb" in line


def test_xlsx_zip_bomb_for_train_is_refused(tmp_path):
    bomb = tmp_path / "reviewed.xlsx"
    bomb.write_bytes(zip_with({"[Content_Types].xml": b"<Types/>"}, bomb=("xl/worksheets/sheet1.xml", 200 << 20)))
    line = one_line_error(run("train", bomb, "-o", tmp_path / "m.skops"), EXIT_TOO_LARGE)
    assert "decompression bomb" in line


def test_billion_laughs_lexicon_is_refused(tmp_path):
    lex = tmp_path / "lol.yaml"
    lex.write_text(billion_laughs(), encoding="utf-8")
    assert lex.stat().st_size < 1000
    res = run("lexicon", "check", lex)
    assert res.exit_code == EXIT_BAD_DATA and "aliases" in res.output
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN, encoding="utf-8")
    assert "aliases" in one_line_error(run("scan", plan, "--lexicon", lex, "--no-classifier"), EXIT_BAD_DATA)


def test_billion_laughs_plugin_is_refused(tmp_path):
    d = tmp_path / "p"
    d.mkdir()
    (d / "lol.yaml").write_text("schema: screener.plugin/1\nname: lol\n" + billion_laughs(), encoding="utf-8")
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN, encoding="utf-8")
    assert "aliases" in one_line_error(run("scan", plan, "--plugins-dir", d, "--no-classifier"), EXIT_BAD_DATA)
    res = run("plugins", "check", d / "lol.yaml")
    assert res.exit_code == EXIT_BAD_DATA and "aliases" in res.output


def test_characters_per_document_are_capped(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as fh:  # 21 MB of text on one line: refused before reading it
        for _ in range(21):
            fh.write("migrant " * 131072)
    line = one_line_error(run("extract", big), EXIT_TOO_LARGE)
    assert "--max-chars" in line
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN, encoding="utf-8")
    one_line_error(run("scan", plan, "--max-chars", "200", "--no-classifier"), EXIT_TOO_LARGE)
    assert run("extract", plan, "--max-chars", "100000").exit_code == EXIT_OK


def test_a_file_without_line_breaks_is_cut_into_bounded_blocks(tmp_path):
    text = ("Migrant workers send remittances to their families and the plan supports them " * 3000).strip()
    line = tmp_path / "line.txt"
    line.write_text(text, encoding="utf-8")
    doc = load(line)
    assert max(len(b.text) for b in doc.blocks) <= 2000 and len(doc.blocks) > 100
    assert all(doc.text[b.start:b.end] == b.text for b in doc.blocks)
    normal = load_text_doc(tmp_path)
    assert len(normal.blocks) == 9 and max(len(b.text) for b in normal.blocks) < 300  # real paragraphs: untouched


def load_text_doc(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text(PLAN_EN, encoding="utf-8")
    return load(p)


def hog_plugin(tmp_path):
    """A plugin whose hook allocates 64 GB when the text says EXPLODE (only under a memory limit)."""
    d = tmp_path / "p"
    d.mkdir()
    (d / "hog.yaml").write_text(textwrap.dedent("""\
        schema: screener.plugin/1
        name: hog
        code: HOG
        version: 1.0.0
        title: {en: Hog}
        description: {en: Takes memory.}
        sector_terms: {en: [memory]}
        checklist:
          - id: HOG-01
            level: core
            title: {en: x}
            description: {en: x}
            detect: {concepts: [immigration], terms: {en: [memory]}}
            recommendation: {en: x}
            references: {sdg: ["10.7"], gcm: [1]}
        """), encoding="utf-8")
    (d / "hog.py").write_text(textwrap.dedent("""\
        import resource
        from screener.plugins import hookimpl

        @hookimpl
        def screener_sector():
            return "hog.yaml"

        @hookimpl
        def screener_sector_spans(sector, text, doc, lang):
            if "EXPLODE" in text:
                if resource.getrlimit(resource.RLIMIT_AS)[0] == resource.RLIM_INFINITY:
                    raise RuntimeError("no memory limit in this worker")  # never really allocate 64 GB
                bytearray(64 * 2**30)
            return []
        """), encoding="utf-8")
    return d


def test_batch_worker_out_of_memory_fails_that_document_only(tmp_path):
    """A worker's address space is capped: a hook allocating 64 GB gets MemoryError, the document
    gets exit 10, the other plans are screened."""
    d = hog_plugin(tmp_path)
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "a.md").write_text(PLAN_EN, encoding="utf-8")
    (plans / "b.md").write_text(PLAN_EN + "\nEXPLODE here.\n", encoding="utf-8")
    (plans / "c.md").write_text(PLAN_EN, encoding="utf-8")
    out = tmp_path / "out"
    res = run("scan", plans, "--out-dir", out, "-j", "2", "--no-classifier", "--plugins-dir", d, "--format", "json",
              env={"SCREENER_WORKER_MEMORY": "2GiB"})
    assert res.exit_code == 12, res.output
    rows = {r["document"].split("/")[-1]: r for r in json.loads((out / "summary.json").read_text())["documents"]}
    assert rows["b.md"]["exit_code"] == EXIT_TOO_LARGE, rows["b.md"]
    assert rows["a.md"]["status"] == rows["c.md"]["status"] == "ok"


@pytest.mark.parametrize("env", [{"SCREENER_MEMORY": "2GiB"}, {"SCREENER_WORKER_MEMORY": "2GiB"}, {}])
def test_a_single_scan_runs_under_the_same_memory_bound(tmp_path, env):
    """Not only batch workers: one `screener scan` (and `compare`) is capped too, so one hostile
    document is a one-line exit 10 naming it, not the machine's memory."""
    from conftest import cli

    d = hog_plugin(tmp_path)
    plan = tmp_path / "hog.md"
    plan.write_text(PLAN_EN + "\nEXPLODE here.\n", encoding="utf-8")
    res = cli("scan", plan, "--no-classifier", "--plugins-dir", d, "--format", "json", env=env, timeout=240)
    assert res.returncode == EXIT_TOO_LARGE, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.stderr and "no memory limit" not in res.stderr
    assert "hog.md: screening it needs more memory than the " + ("2GiB" if env else "4GiB") in lines[0]
    res = cli("compare", plan, plan, "--no-classifier", "--plugins-dir", d, "--format", "json", env=env, timeout=240)
    assert res.returncode == EXIT_TOO_LARGE and "needs more memory" in res.stderr, res.stderr


def test_the_memory_bound_can_be_switched_off_and_is_lifted_afterwards(tmp_path, monkeypatch):
    resource = pytest.importorskip("resource")
    before = resource.getrlimit(resource.RLIMIT_AS)
    with limits.memory_bound(1 << 30):
        soft = resource.getrlimit(resource.RLIMIT_AS)[0]
        assert soft != resource.RLIM_INFINITY and soft <= limits.address_space() + (1 << 30)
    assert resource.getrlimit(resource.RLIMIT_AS) == before  # a CLI run in-process leaves no cap behind
    monkeypatch.setenv("SCREENER_MEMORY", "off")
    assert limits.memory_allowance() is None
    monkeypatch.setenv("SCREENER_MEMORY", "lots")
    with pytest.raises(ConfigError, match="SCREENER_MEMORY"):
        limits.memory_allowance(strict=True)
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN, encoding="utf-8")
    assert "SCREENER_MEMORY" in one_line_error(run("scan", plan, "--no-classifier"), EXIT_BAD_DATA)
