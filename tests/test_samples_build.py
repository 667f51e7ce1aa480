"""The sample plans: committed, reproducible, and consistent with their hand-written expectations.

The samples are fixtures for every later stage, so these tests guard three things: the
committed files are real documents of the intended size and up to date with their sources;
the build is deterministic; and every quote of ``sample_docs/expected/*.yaml`` (migration
passages, false friends, hard negatives) is really in the document, on the stated PDF page.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import yaml

from screener import vocabulary

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import build_samples as bs  # noqa: E402
import plan_render as pr  # noqa: E402

SECTORS = set(vocabulary.BUILTIN_SECTORS)
STAGES = set(vocabulary.STAGES)
CONCEPTS = set(vocabulary.CONCEPTS)
MAIN_PDFS = ("pdot_es.pdf", "sector_programme_en.pdf", "sector_programme_en_draft1.pdf")
MAIN_DOCX = ("pdot_es.docx", "pud_fr.docx")
EXPECTATIONS = {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(bs.EXPECTED_DIR.glob("*.yaml"))}


def _norm(text: str) -> str:
    return pr.normalise(text)


@pytest.fixture(scope="session")
def builds(tmp_path_factory):
    """Two independent builds of every sample (the build runs once per session)."""
    a, b = tmp_path_factory.mktemp("samples_a"), tmp_path_factory.mktemp("samples_b")
    bs.build_all(a)
    bs.build_all(b)
    return a, b


def _load_text(path: Path) -> str:
    """Text through screener's loaders; tool-side extraction while a loader module does not exist yet."""
    from screener.loaders import load

    try:
        return load(path).text
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("screener.loaders."):
            raise
        return bs.extract_text(path)


def _document_text(path: Path) -> str:
    """Whitespace-normalised body text with the tool-side extractors (headers/footers dropped)."""
    if path.suffix == ".pdf":
        return _norm(" ".join(bs.body_page_texts(path)))
    if path.suffix == ".html":
        from bs4 import BeautifulSoup

        return _norm(BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" "))
    return _norm(bs.extract_text(path))


def _source_text(exp: dict) -> str:
    t = bs.target(exp["document"])
    return _norm(pr.plain_text(bs.source_for(t)))


def _all_quotes(exp: dict) -> list[str]:
    return ([p["quote"] for p in exp["migration_passages"]] + list(exp.get("false_friends", []))
            + list(exp.get("hard_negatives", [])))


# --------------------------------------------------------------------------- committed files


@pytest.mark.parametrize("t", bs.TARGETS, ids=lambda t: t.output)
def test_committed_sample_exists_and_is_substantial(t):
    path = bs.SAMPLES_DIR / t.output
    assert path.is_file(), f"{t.output} missing: run python tools/build_samples.py"
    words = len(bs.extract_text(path).split())
    if t.output in MAIN_PDFS:
        pages = len(bs.pdf_page_texts(path))
        assert 12 <= pages <= 25, f"{t.output} has {pages} pages"
        assert words > 4000
    elif t.output in MAIN_DOCX:
        import docx

        d = docx.Document(str(path))
        heads = [p for p in d.paragraphs if p.style.name.startswith(("Heading", "Titre"))]
        assert len(heads) >= 25 and len(d.tables) >= 5 and words > 4000
    else:
        assert 300 < words < 1500, f"{t.output}: {words} words, expected a short document"


def test_french_docx_uses_french_heading_styles_based_on_builtins():
    import docx

    d = docx.Document(str(bs.SAMPLES_DIR / "pud_fr.docx"))
    used = {p.style.name for p in d.paragraphs}
    assert {"Titre 1", "Titre 2", "Titre 3"} <= used
    assert not any(name.startswith("Heading") for name in used)
    assert d.styles["Titre 2"].base_style.name == "Heading 2"
    assert "Antsiranala" in d.sections[0].header.paragraphs[0].text


def test_pdfs_have_running_header_and_page_numbers():
    for name in MAIN_PDFS:
        pages = bs.pdf_page_texts(bs.SAMPLES_DIR / name)
        header = bs.source_for(bs.target(name)).meta["header"]
        assert all(header in p for p in pages[1:]), name  # every page but the cover
        assert header not in pages[0]


def test_committed_samples_are_up_to_date(builds):
    a, _ = builds
    for t in bs.TARGETS:
        assert bs.extract_text(a / t.output) == bs.extract_text(bs.SAMPLES_DIR / t.output), (
            f"{t.output} is out of date with sources/{t.source}: run python tools/build_samples.py")


def test_check_reports_an_outdated_file(tmp_path, monkeypatch):
    small = (bs.target("summary_en.txt"), bs.target("brief_es.md"))
    monkeypatch.setattr(bs, "TARGETS", small)
    for t in small:
        shutil.copy(bs.SAMPLES_DIR / t.output, tmp_path / t.output)
    assert bs.check(tmp_path) == []
    (tmp_path / "brief_es.md").write_text("# Otro documento\n", encoding="utf-8")
    problems = bs.check(tmp_path)
    assert len(problems) == 1 and problems[0].startswith("brief_es.md: out of date")


# --------------------------------------------------------------------------- determinism


@pytest.mark.parametrize("t", bs.TARGETS, ids=lambda t: t.output)
def test_build_is_deterministic(builds, t):
    a, b = builds
    assert _load_text(a / t.output) == _load_text(b / t.output)
    assert (a / t.output).read_bytes() == (b / t.output).read_bytes()


def test_long_pdf_is_deterministic_and_about_the_requested_length(tmp_path):
    n1 = bs.build_long_pdf(tmp_path / "a.pdf", pages=30, lang="es")
    n2 = bs.build_long_pdf(tmp_path / "b.pdf", pages=30, lang="es")
    assert n1 == n2 and 30 <= n1 <= 31
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    texts = bs.pdf_page_texts(tmp_path / "a.pdf")
    assert len(texts) == n1
    assert any("Anexo 1." in t for t in texts)  # the body is extended by annexes, not just repeated


def test_long_pdf_rejects_unknown_language(tmp_path):
    with pytest.raises(ValueError):
        bs.build_long_pdf(tmp_path / "x.pdf", pages=10, lang="de")


# --------------------------------------------------------------------------- expectations


def test_every_main_document_has_expectations():
    documents = {exp["document"] for exp in EXPECTATIONS.values()}
    assert {"pdot_es.pdf", "pud_fr.docx", "sector_programme_en.pdf", "sector_programme_en_draft1.pdf"} <= documents
    assert documents <= {t.output for t in bs.TARGETS}


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_expectations_are_consistent(name):
    exp = EXPECTATIONS[name]
    present = set(exp["sectors_present"])
    addressing, ignoring = set(exp["sectors_addressing_migration"]), set(exp["sectors_ignoring_migration"])
    assert present <= SECTORS and set(exp["stages_present"]) <= STAGES
    assert addressing | ignoring == present and not addressing & ignoring
    seen: dict[str, set[str]] = {}
    for p in exp["migration_passages"]:
        assert p["sector"] in addressing, p
        assert p["stage"] in exp["stages_present"], p
        assert p["concepts"] and set(p["concepts"]) <= CONCEPTS, p
        assert bool(p.get("implicit")) == ("migra" not in p["quote"].lower()
                                            and "movilidad humana" not in p["quote"].lower()), p["quote"]
        seen.setdefault(p["sector"], set()).add(p["stage"])
    assert set(seen) == addressing, "every sector addressing migration needs at least one passage"
    if "migration_stages_by_sector" in exp:
        assert {k: set(v) for k, v in exp["migration_stages_by_sector"].items()} == seen
    quotes = [p["quote"] for p in exp["migration_passages"]]
    for ff in exp.get("false_friends", []) + exp.get("hard_negatives", []):
        assert not any(ff in q or q in ff for q in quotes), ff


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_quotes_occur_in_source_text(name):
    exp = EXPECTATIONS[name]
    text = _source_text(exp)
    missing = [q for q in _all_quotes(exp) if _norm(q) not in text]
    assert not missing, missing


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_quotes_occur_in_built_documents(name):
    exp = EXPECTATIONS[name]
    for doc in [exp["document"], *exp.get("also_rendered_as", [])]:
        text = _document_text(bs.SAMPLES_DIR / doc)
        missing = [q for q in _all_quotes(exp) if _norm(q) not in text]
        assert not missing, (doc, missing)


@pytest.mark.parametrize("name", [n for n, e in sorted(EXPECTATIONS.items()) if e["document"].endswith(".pdf")])
def test_quote_pages_match_the_pdf(name):
    exp = EXPECTATIONS[name]
    passages = exp["migration_passages"]
    hits = bs.quote_pages(bs.SAMPLES_DIR / exp["document"], [p["quote"] for p in passages])
    for p in passages:
        starts = [first for first, _last in hits[p["quote"]]]
        assert p["page"] in starts, (p["quote"], p["page"], hits[p["quote"]])
        spans = any(first != last for first, last in hits[p["quote"]] if first == p["page"])
        assert spans == bool(p.get("spans_pages")), p["quote"]


def test_html_boilerplate_is_in_the_page_but_not_in_the_source():
    exp = EXPECTATIONS["note_fr.yaml"]
    html_text = _document_text(bs.SAMPLES_DIR / "note_fr.html")
    for b in exp["boilerplate"]:
        assert _norm(b) in html_text and _norm(b) not in _source_text(exp)


# --------------------------------------------------------------------------- the two drafts


def test_draft_diff_is_real():
    later, earlier = EXPECTATIONS["sector_programme_en.yaml"], EXPECTATIONS["sector_programme_en_draft1.yaml"]
    assert later["draft_diff"] == earlier["draft_diff"]
    diff = later["draft_diff"]
    t_later, t_earlier = _document_text(bs.SAMPLES_DIR / diff["later"]), _document_text(bs.SAMPLES_DIR / diff["earlier"])
    for q in diff["added_in_later"]:
        assert _norm(q) in t_later and _norm(q) not in t_earlier, q
    for q in diff["removed_in_later"]:
        assert _norm(q) in t_earlier and _norm(q) not in t_later, q
    a_later, a_earlier = set(later["sectors_addressing_migration"]), set(earlier["sectors_addressing_migration"])
    assert a_later - a_earlier == set(diff["sectors_newly_addressing"])
    assert a_earlier - a_later == set(diff["sectors_no_longer_addressing"])
    assert {p["quote"] for p in later["migration_passages"]} - {p["quote"] for p in earlier["migration_passages"]} == set(diff["added_in_later"])
    assert {p["quote"] for p in earlier["migration_passages"]} - {p["quote"] for p in later["migration_passages"]} == set(diff["removed_in_later"])


# --------------------------------------------------------------------------- the source format


def test_parser_variants_tables_and_errors():
    src = (
        "---\ntitle: T\nlanguage: en\nvariants: [a, b]\n---\n# 1. One\n\nText\ncontinued.\n\n"
        "| H1 | H2 |\n|---|---:|\n| x | 1 |\n[[only a]]\n| y | 2 |\n[[end]]\n| z | 3 |\n\n"
        "[[only b]]\nOnly in b.\n[[end]]\n%% a comment\n- item\n  more\n"
    )
    a = pr.parse_source(src, "a")
    b = pr.parse_source(src)  # default: the last declared variant
    assert b.variant == "b"
    kinds_a = [e.kind for e in a.elements]
    assert kinds_a == ["heading", "para", "table", "bullet"]
    assert a.elements[1].text == "Text continued."
    assert [r[0] for r in a.elements[2].rows] == ["H1", "x", "y", "z"]
    assert [r[0] for r in b.elements[2].rows] == ["H1", "x", "z"]
    assert "Only in b." in pr.plain_text(b) and "Only in b." not in pr.plain_text(a)
    assert a.elements[3].text == "item more"
    assert "comment" not in pr.plain_text(a)
    with pytest.raises(pr.SourceError):
        pr.parse_source("---\ntitle: T\n---\n[[sidebar]]\n")
    with pytest.raises(pr.SourceError):
        pr.parse_source("---\ntitle: T\n---\nA ligature \ufb01 outside windows-1252.\n")
    with pytest.raises(pr.SourceError):
        pr.parse_source(src, "c")
