"""`screener compare`: matching evidence across drafts, the sample drafts' documented
difference, saved JSON reports, the three renderers and the command line."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from screener import errors
from screener.cli import main
from screener.compare import COMPARE_SCHEMA_VERSION, compare, compare_files, normalise_quote, read_report
from screener.report.compare_report import render_comparison
from screener.report.i18n import MESSAGES
from screener.report.i18n import LANGUAGES
from screener.report.json_report import render_json

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"
OLD_PDF = SAMPLES / "sector_programme_en_draft1.pdf"
NEW_PDF = SAMPLES / "sector_programme_en.pdf"


# --------------------------------------------------------------------------- hand-made reports


def finding(fid, text, concept="labour_migration", sectors=("employment",), stage="actions", page=3,
            kind="migration", asserted=True):
    return {"id": fid, "kind": kind, "concept": concept, "concepts": [concept], "sectors": list(sectors),
            "stage": stage, "stages": [stage], "page": page, "block": 1, "section_path": ["3. Actions"],
            "start": 0, "end": len(text), "text": text, "match": {"start": 0, "end": 3, "text": text[:3]},
            "context": {"asserted": asserted}, "signals": [], "fired": "lexicon", "confidence": 0.8}


def sector(name, rating, present=True, checklist=(), stages=None):
    return {"sector": name, "title": name.replace("_", " ").title(), "code": name[:3].upper(), "version": "1",
            "present": present, "pages": [], "blocks": 5, "rating": rating, "rating_if_confirmed": rating,
            "stages": stages or {}, "checklist": [{"id": i, "level": "core", "status": s, "evidence": [],
                                                   "reason": "none", "title": f"Item {i}"} for i, s in checklist],
            "findings": []}


def report(sectors, findings, continuum="sensitive", dims=(), sha="a" * 64, lexicon="migration 1.0"):
    return {
        "schema_version": "1.0",
        "document": {"path": "plan.pdf", "sha256": sha, "format": "pdf", "language": "en", "pages": 10,
                     "title": "Plan", "blocks": 10, "sections": 3, "warnings": []},
        "screen_language": "en", "report_language": "en",
        "provenance": {"tool": "screener 0.1.0", "lexicon": lexicon, "plugins": {}, "classifier": None,
                       "classifier_threshold": None, "screen_language": "en"},
        "summary": {"continuum": continuum, "security_framing": False, "dimensions_covered": list(dims),
                    "findings": {"migration": len(findings), "counted": len(findings), "possible": 0, "not_asserted": 0}},
        "sectors": sectors, "findings": findings, "excluded": [], "warnings": [], "plugin_errors": [],
    }


@pytest.fixture
def pair():
    old = report(
        [sector("health", 0, checklist=[("HEA-01", "missing"), ("HEA-02", "partly")],
                stages={"actions": {"status": "missing", "findings": 0}}),
         sector("employment", 3, checklist=[("EMP-01", "addressed")]),
         sector("security", 0, present=False)],
        [finding("F0001", "Migrant workers receive pre-departure orientation in three districts.", page=4),
         finding("F0002", "Remittances support household income.", concept="remittances", page=2),
         finding("F0003", "Remittances support household income.", concept="remittances", page=9)],
        continuum="sensitive", dims=("labour_migration", "remittances"))
    new = report(
        [sector("health", 2, checklist=[("HEA-01", "addressed"), ("HEA-02", "partly")],
                stages={"actions": {"status": "addressed", "findings": 1}}),
         sector("employment", 2, checklist=[("EMP-01", "partly")]),
         sector("security", 1, present=True)],
        [finding("F0001", "Migrant workers receive pre-departure orientation in nine districts.", page=5),
         finding("F0002", "REMITTANCES   support household\nincome", concept="remittances", page=3),
         finding("F0003", "Clinics will screen returnee migrant workers.", concept="return",
                 sectors=("health",), page=7)],
        continuum="responsive", dims=("labour_migration", "return"), sha="b" * 64)
    return old, new


def test_unit_changes(pair):
    c = compare(*pair)
    by = {s.sector: s for s in c.sectors}
    assert by["health"].change == "up" and by["health"].delta == 2
    assert by["employment"].change == "down"
    assert by["security"].change == "appeared"
    assert [(i.sector, i.item, i.old_status, i.new_status, i.direction) for i in c.items] == [
        ("health", "HEA-01", "missing", "addressed", "up"),
        ("employment", "EMP-01", "addressed", "partly", "down")]
    assert [(x.sector, x.stage, x.old_status, x.new_status) for x in c.cells] == [("health", "actions", "missing", "addressed")]
    assert (c.old_continuum, c.new_continuum) == ("sensitive", "responsive")
    assert c.dimensions_gained == ("return",) and c.dimensions_lost == ("remittances",)
    # evidence: matched by normalised quote + concept, as multisets; close wording = reworded
    assert [e.text for e in c.added] == ["Clinics will screen returnee migrant workers."]
    assert [e.page for e in c.removed] == [9]  # the second copy of the remittances sentence
    assert len(c.reworded) == 1
    rw = c.reworded[0]
    assert "nine districts" in rw.text and "three districts" in rw.old_text and (rw.page, rw.old_page) == (5, 4)
    assert c.changed


def test_matching_ignores_pages_ids_and_layout(pair):
    old, _ = pair
    moved = copy.deepcopy(old)
    for i, f in enumerate(reversed(moved["findings"])):
        f["id"], f["page"], f["start"] = f"F{i + 90:04d}", (f["page"] or 0) + 3, 1000 + i
        f["text"] = f["text"].upper().replace(" ", "  ")
    c = compare(old, moved)
    assert not c.evidence and not c.changed


def test_same_quote_other_concept_is_a_change(pair):
    old, _ = pair
    other = copy.deepcopy(old)
    other["findings"][0]["concept"] = "trafficking"
    c = compare(old, other)
    assert [e.change for e in c.evidence] == ["added", "removed"]


def test_normalise_quote():
    assert normalise_quote("Éducation  des\nmigrants — « retour »") == normalise_quote("education des migrants retour")
    assert normalise_quote("labour mi- gration") == normalise_quote("labour migration")


def test_identical_reports_have_no_changes(pair):
    old, _ = pair
    c = compare(old, copy.deepcopy(old))
    assert not c.changed
    assert not (c.items or c.cells or c.evidence or c.dimensions_gained or c.dimensions_lost)
    assert all(s.change == "same" for s in c.sectors)
    assert any("identical" in w for w in c.warnings)
    for fmt in ("md", "html"):
        assert MESSAGES["cmp_no_change"]["en"] in render_comparison(c, fmt)


def test_provenance_difference_is_warned(pair):
    old, new = pair
    new = {**new, "provenance": {**new["provenance"], "lexicon": "migration 2.0"}}
    c = compare(old, new)
    assert any("lexicon" in w and "migration 1.0" in w and "migration 2.0" in w for w in c.warnings)


def test_renderers_escape_and_are_self_contained(pair):
    old, new = pair
    new = copy.deepcopy(new)
    new["findings"][2]["text"] = 'Clinics <script>alert(1)</script> | for *migrant* workers & "returnees".'
    c = compare(old, new)
    html = render_comparison(c, "html")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert not re.search(r"<(link|img|script)\b|src=|https?://", html)
    assert "▲ +2" in html and "▼ −1" in html
    # meeting order: ratings table, then items, then evidence
    assert html.index('id="ratings"') < html.index('id="items"') < html.index('id="added"') < html.index('id="removed"')
    md = render_comparison(c, "md")
    assert "<script>" not in md and "\\| for \\*migrant\\*" in md
    data = json.loads(render_comparison(c, "json"))
    assert data["schema_version"] == COMPARE_SCHEMA_VERSION and data["changed"] is True
    assert data["evidence"]["added"][0]["text"].startswith("Clinics <script>")
    assert {s["sector"]: s["change"] for s in data["sectors"]} == {"health": "up", "employment": "down", "security": "appeared"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compare_messages_complete(pair, lang):
    for key, entry in MESSAGES.items():  # the one catalogue, comparison wording included
        assert set(entry) == set(LANGUAGES), key
        assert entry[lang].strip(), key
    c = compare(*pair, lang=lang)
    assert render_comparison(c, "html").startswith("<!DOCTYPE html>")


# --------------------------------------------------------------------------- real screens


@pytest.fixture(scope="module")
def screener():
    from screener.screen import Screener, ScreenOptions

    return Screener(options=ScreenOptions(use_classifier=False))


@pytest.fixture(scope="module")
def drafts(screener):
    return screener.screen_file(OLD_PDF), screener.screen_file(NEW_PDF)


@pytest.fixture(scope="module")
def expected_diff():
    return yaml.safe_load((SAMPLES / "expected" / "sector_programme_en.yaml").read_text(encoding="utf-8"))["draft_diff"]


def _found(quote: str, texts) -> bool:
    """The quote (or, for table rows that PDF layout may wrap, any 6 consecutive words of it) is in a text."""
    q = normalise_quote(quote).split()
    norm = [" " + normalise_quote(t) + " " for t in texts]
    windows = [q] if len(q) <= 6 else [q[i:i + 6] for i in range(len(q) - 5)]
    return any(" " + " ".join(w) + " " in t for w in windows for t in norm)


def test_sample_drafts_documented_difference(drafts, expected_diff):
    old, new = drafts
    c = compare(old, new)
    by = {s.sector: s for s in c.sectors}
    assert by["health"].change == "up" and by["health"].new_rating > by["health"].old_rating
    # the drafts differ only in health and in the private sector's dropped diaspora thread
    newly = set(expected_diff["sectors_newly_addressing"])
    no_longer = set(expected_diff["sectors_no_longer_addressing"])
    assert newly == {"health"} and no_longer == {"private_sector"}
    for s in c.sectors:
        if s.sector in no_longer:
            assert s.change in ("same", "down"), s
        elif s.sector not in newly:
            assert s.change == "same", s

    added = [e.text for e in c.added + c.reworded]
    removed = [e.text for e in c.removed] + [e.old_text for e in c.reworded]
    for q in expected_diff["added_in_later"]:
        assert _found(q, added), q
    for q in expected_diff["removed_in_later"]:
        assert _found(q, removed), q
    # every added passage is in health (the newly addressed sector); none of the removed is
    assert c.added and all("health" in e.sectors for e in c.added)
    assert not any("health" in e.sectors for e in c.removed)
    assert not any(_found(q, added) for q in expected_diff["removed_in_later"])
    assert any(i.sector == "health" and i.direction == "up" for i in c.items)
    assert any(x.sector == "health" and x.stage == "indicators" and x.direction == "up" for x in c.cells)
    assert any(x.sector == "health" and x.stage == "budget" and x.direction == "up" for x in c.cells)
    assert not c.warnings


def test_sample_draft_against_itself(drafts):
    _, new = drafts
    c = compare(new, new)
    assert not c.changed and not c.evidence


def test_saved_json_reports_compare_like_screens(drafts, tmp_path):
    old, new = drafts
    (tmp_path / "old.json").write_text(render_json(old), encoding="utf-8")
    (tmp_path / "new.json").write_text(render_json(new), encoding="utf-8")

    def boom():
        raise AssertionError("no screening needed for two reports")

    from_reports = compare_files(str(tmp_path / "old.json"), str(tmp_path / "new.json"), screener_factory=boom)
    direct = compare(old, new)
    a, b = from_reports.to_dict(), direct.to_dict()
    assert a["old"].pop("origin") == "report" and b["old"].pop("origin") == "screened"
    a["new"].pop("origin"), b["new"].pop("origin")
    assert a == b


def test_mixed_report_and_plan(drafts, screener, tmp_path):
    old, _ = drafts
    (tmp_path / "old.json").write_text(render_json(old), encoding="utf-8")
    c = compare_files(str(tmp_path / "old.json"), str(NEW_PDF), screener_factory=lambda: screener)
    assert (c.old.origin, c.new.origin) == ("report", "screened")
    assert {s.sector: s.change for s in c.sectors}["health"] == "up"


def test_small_markdown_drafts(screener, tmp_path):
    base = """# District Development Plan 2025-2029

## 1. Situation analysis

### 1.1 Health

The district hospital and twelve health posts serve 180,000 people. Vaccination coverage remains low in remote villages and health workers are scarce.{extra}

### 1.2 Employment

Youth unemployment stands at 18 per cent. Remittances sent by migrant workers account for a quarter of household income.

## 2. Actions

- Activity 1. Build four new health posts and train 60 health workers.
- Activity 2. Open {n} migrant resource centres offering pre-departure orientation to prospective migrant workers.
"""
    v1 = tmp_path / "v1.md"
    v2 = tmp_path / "v2.md"
    v1.write_text(base.format(extra="", n="two"), encoding="utf-8")
    v2.write_text(base.format(extra=" Returnee migrant workers have no access to health screening.", n="five"), encoding="utf-8")
    c = compare(screener.screen_file(v1), screener.screen_file(v2))
    assert [e.text for e in c.added] == ["Returnee migrant workers have no access to health screening."]
    assert "health" in c.added[0].sectors
    assert not c.removed
    assert [("two" in e.old_text, "five" in e.text) for e in c.reworded] == [(True, True)]
    assert {s.sector: s.change for s in c.sectors}["health"] == "up"


# --------------------------------------------------------------------------- command line


def run(*args):
    result = CliRunner().invoke(main, ["compare", *args])
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    return result


@pytest.fixture
def saved(pair, tmp_path):
    old, new = pair
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (tmp_path / "new.json").write_text(json.dumps(new), encoding="utf-8")
    return tmp_path / "old.json", tmp_path / "new.json"


def test_cli_default_md_to_stdout(saved):
    r = run(str(saved[0]), str(saved[1]), "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("# Draft comparison")


@pytest.mark.parametrize("name,check", [
    ("out.html", lambda s: s.startswith("<!DOCTYPE html>")),
    ("out.json", lambda s: json.loads(s)["kind"] == "screener.comparison"),
    ("out.md", lambda s: s.startswith("# ")),
])
def test_cli_format_from_extension(saved, tmp_path, name, check):
    out = tmp_path / name
    r = run(str(saved[0]), str(saved[1]), "-o", str(out), "--report-lang", "es")
    assert r.exit_code == 0, r.output
    assert check(out.read_text(encoding="utf-8"))
    assert "wrote" in r.stderr


def test_cli_unknown_extension_is_usage_error(saved, tmp_path):
    r = run(str(saved[0]), str(saved[1]), "-o", str(tmp_path / "out.txt"))
    assert r.exit_code == errors.EXIT_USAGE


def test_cli_pdf_drafts(tmp_path):
    out = tmp_path / "changes.json"
    r = run(str(OLD_PDF), str(NEW_PDF), "--no-classifier", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {s["sector"]: s["change"] for s in data["sectors"]}["health"] == "up"
    r = run(str(NEW_PDF), str(NEW_PDF), "--no-classifier", "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["changed"] is False


@pytest.mark.parametrize("content,code", [
    ('{"hello": 1}', errors.EXIT_UNSUPPORTED),                       # JSON, but not a report
    ('{"schema_version": "9.0", "sectors": []}', errors.EXIT_UNSUPPORTED),  # a future schema
    ('{"schema_version": "1.0", "sectors": [{"sector": 1}]}', errors.EXIT_CORRUPT),  # edited / incomplete
    ('{"schema_version": ', errors.EXIT_CORRUPT),                    # truncated
])
def test_cli_bad_report(saved, tmp_path, content, code):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    r = run(str(bad), str(saved[1]))
    assert r.exit_code == code
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.json" in lines[0]


def test_cli_missing_file(saved, tmp_path):
    r = run(str(tmp_path / "nope.pdf"), str(saved[1]))
    assert r.exit_code == errors.EXIT_NOT_FOUND
    assert "nope.pdf" in r.stderr


def test_read_report_leaves_plans_alone(tmp_path):
    assert read_report(OLD_PDF) is None
    txt = tmp_path / "plan.txt"
    txt.write_text("{not json} a plan that starts with a brace", encoding="utf-8")
    assert read_report(txt) is None


def test_cli_switches_academic_mobility_off_like_scan(tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("Education plan\n\nThe ministry will build schools in every district.\n", encoding="utf-8")
    new.write_text("Education plan\n\nThe ministry will build schools in every district. It will fund scholarships "
                   "for students to study abroad at foreign universities and exchange programmes for teachers.\n",
                   encoding="utf-8")
    on = run(str(old), str(new), "--format", "json")
    off = run(str(old), str(new), "--format", "json", "--no-academic-mobility")
    assert on.exit_code == 0 and off.exit_code == 0, (on.stderr, off.stderr)
    concepts = lambda r: {c for e in json.loads(r.stdout)["evidence"]["added"] for c in e["concepts"]}  # noqa: E731
    assert "academic_mobility" in concepts(on)
    assert "academic_mobility" not in concepts(off)
    bad = run(str(old), str(new), "--exclude-concepts", "no_such_concept")
    assert bad.exit_code == errors.EXIT_BAD_DATA and "unknown concept" in bad.stderr
