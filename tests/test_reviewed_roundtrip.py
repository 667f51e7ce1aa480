"""Review loop: export findings to XLSX/CSV, fill the Review column, read them back as training passages."""

from __future__ import annotations

import dataclasses
import io

import openpyxl
import pytest

from screener.classify.corpus import bundled_corpus_files, load_corpus
from screener.classify.reviewed import load_reviewed
from screener.errors import EXIT_BAD_DATA, BadDataError
from screener.report.xlsx_report import FINDING_COLUMNS, render_csv, render_xlsx
from screener.screen import ScreenOptions, Screener
from test_report_docx import PLAN_ES

REVIEW = FINDING_COLUMNS.index("review") + 1
MISSED_TEXT = "Los trabajadores temporeros que llegan cada cosecha desde el país vecino carecen de vivienda digna."


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "pmd.md"
    path.write_text(PLAN_ES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def screener():
    return Screener(options=ScreenOptions(use_classifier=False))


@pytest.fixture(scope="module")
def result(screener, plan):
    res = screener.screen_file(plan)
    assert len(res.findings) >= 3 and res.language == "es"
    return res


def _fill(data: bytes, path, reviews: dict[int, str], missed: list[list] = ()):
    """Save ``data`` to ``path`` after writing reviews (by 0-based finding index) and missed rows, as a reviewer would."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    for i, value in reviews.items():
        ws.cell(i + 2, REVIEW).value = value
    for row in missed:
        wb.worksheets[2].append(row)
    wb.save(path)
    return path


def test_xlsx_round_trip_gives_the_expected_passages(result, tmp_path):
    f0, f1 = result.findings[0], result.findings[1]
    xlsx = _fill(render_xlsx(result), tmp_path / "reviewed.xlsx", {0: "aceptado", 1: "rechazado"},
                 [[MISSED_TEXT, None, None, "migración laboral; remittances", "rural_development", "de la visita de campo"]])
    got = load_reviewed(xlsx)
    sha8 = result.document.sha256[:8]
    assert [p.id for p in got] == [f"review-{sha8}-{f0.id}", f"review-{sha8}-{f1.id}", got[2].id]
    acc, rej, missed = got
    assert (acc.text, acc.lang, acc.label, acc.concepts) == (f0.text, "es", 1, f0.concepts)
    assert acc.stage == f0.stage and acc.sector == (f0.sectors[0] if f0.sectors else "general")
    assert (rej.text, rej.label, rej.concepts) == (f1.text, 0, ())
    assert missed.id.startswith("missed-") and len(missed.id) == len("missed-") + 10
    assert (missed.text, missed.lang, missed.label) == (MISSED_TEXT, "es", 1)  # language defaults to the findings'
    assert missed.concepts == ("labour_migration", "remittances") and missed.sector == "rural_development"
    assert {p.kind for p in got} == {"reviewed_accepted", "reviewed_rejected", "reviewed_missed"}


def test_load_corpus_accepts_the_reviewed_workbook(result, tmp_path):
    xlsx = _fill(render_xlsx(result), tmp_path / "reviewed.xlsx", {0: "aceptado", 1: "rechazado"}, [[MISSED_TEXT]])
    bundled = load_corpus([], bundled=True) if bundled_corpus_files() else []
    corpus = load_corpus([xlsx])
    ours = load_reviewed(xlsx)
    assert len(corpus) == len(bundled) + len(ours) == len(bundled) + 3
    assert {p.id for p in ours} <= {p.id for p in corpus}


def test_ids_are_stable_across_exports(screener, plan, result, tmp_path):
    again = screener.screen_file(plan)
    a = load_reviewed(_fill(render_xlsx(result), tmp_path / "a.xlsx", {0: "accepted", 2: "rejected"}, [[MISSED_TEXT, "es"]]))
    b = load_reviewed(_fill(render_xlsx(again), tmp_path / "b.xlsx", {0: "accepted", 2: "rejected"}, [[MISSED_TEXT, "es"]]))
    assert [p.id for p in a] == [p.id for p in b] and len({p.id for p in a}) == 3


def test_blank_reviews_are_skipped(result, tmp_path):
    assert load_reviewed(_fill(render_xlsx(result), tmp_path / "r.xlsx", {})) == []


def test_headers_in_another_language_are_understood(plan, tmp_path):
    res = Screener(options=ScreenOptions(use_classifier=False, report_lang="fr")).screen_file(plan)
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(res)))
    assert wb.sheetnames[0] == "Constats"
    ws = wb.worksheets[0]
    ws.cell(1, REVIEW).value = "Review"  # an English header in a French workbook
    ws.cell(2, REVIEW).value = "accepté"
    wb.save(tmp_path / "fr.xlsx")
    got = load_reviewed(tmp_path / "fr.xlsx")
    assert [(p.label, p.text) for p in got] == [(1, res.findings[0].text)]


def test_neutralised_quotes_come_back_as_written(result, tmp_path):
    f0 = dataclasses.replace(result.findings[0], text="- migrantes: =acceso a salud para todos")
    res = dataclasses.replace(result, findings=(f0,) + result.findings[1:], _index={})
    got = load_reviewed(_fill(render_xlsx(res), tmp_path / "r.xlsx", {0: "aceptado"}))
    assert got[0].text == "- migrantes: =acceso a salud para todos"


def test_csv_round_trip(result, tmp_path):
    import csv

    text = render_csv(result)["findings.csv"]
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    review, note = FINDING_COLUMNS.index("review"), FINDING_COLUMNS.index("review_note")
    assert rows[1][review] == "" and rows[1][note] == ""  # empty in the export
    rows[1][review] = "aceptado"
    rows[2][review], rows[2][note] = "rechazado", "nota"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "findings.csv"
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")
    got = load_reviewed(path)
    assert [(p.label, p.text) for p in got] == [(1, result.findings[0].text), (0, result.findings[1].text)]
    assert rows[1][0] == result.findings[0].id


def test_csv_saved_by_a_spanish_excel(result, tmp_path):
    """Excel in es/fr locales saves "CSV" with ';' and in Windows-1252."""
    import csv

    rows = list(csv.reader(io.StringIO(render_csv(result)["findings.csv"].lstrip("\ufeff"), newline="")))
    rows[1][REVIEW - 1] = "Aceptado"
    buf = io.StringIO()
    csv.writer(buf, delimiter=";").writerows(rows)
    path = tmp_path / "excel.csv"
    path.write_bytes(buf.getvalue().encode("cp1252"))
    got = load_reviewed(path)
    assert [(p.label, p.text) for p in got] == [(1, result.findings[0].text)]


def test_missed_passages_csv(tmp_path):
    path = tmp_path / "missed.csv"
    path.write_text("Text,Language,Label\n" + f'"{MISSED_TEXT}",es,1\n"Las becas escolares llegan a todos los distritos rurales.",es,0\n',
                    encoding="utf-8")
    got = load_reviewed(path)
    assert [(p.label, p.lang) for p in got] == [(1, "es"), (0, "es")]


def test_duplicate_text_is_kept_once(result, tmp_path):
    f0 = result.findings[0]
    got = load_reviewed(_fill(render_xlsx(result), tmp_path / "r.xlsx", {0: "aceptado"}, [[f0.text, "es", 1]]))
    assert [p.id for p in got] == [f"review-{result.document.sha256[:8]}-{f0.id}"]


def _bad(path, *fragments):
    with pytest.raises(BadDataError) as exc:
        load_reviewed(path)
    msg = str(exc.value)
    assert "\n" not in msg and exc.value.exit_code == EXIT_BAD_DATA
    assert str(path) in msg
    for frag in fragments:
        assert frag in msg, msg
    return msg


def test_bad_review_value_names_sheet_and_row(result, tmp_path):
    path = _fill(render_xlsx(result), tmp_path / "r.xlsx", {0: "aceptado", 1: "quizás"})
    _bad(path, "[Hallazgos]", "row 3", "quizás", "accepted or rejected")


def test_contradictory_labels_are_refused(result, tmp_path):
    f0 = result.findings[0]
    path = _fill(render_xlsx(result), tmp_path / "r.xlsx", {0: "aceptado"}, [[f0.text, "es", 0]])
    _bad(path, "opposite labels")


def test_deleted_required_column(result, tmp_path):
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(result)))
    ws = wb.worksheets[0]
    ws.cell(2, REVIEW).value = "aceptado"
    ws.delete_cols(FINDING_COLUMNS.index("sha256") + 1)
    wb.save(tmp_path / "r.xlsx")
    _bad(tmp_path / "r.xlsx", "lacks the column(s) sha256")


def test_short_missed_passage_and_bad_language(result, tmp_path):
    _bad(_fill(render_xlsx(result), tmp_path / "a.xlsx", {}, [["migrantes", "es"]]), "row 2", "three words")
    _bad(_fill(render_xlsx(result), tmp_path / "b.xlsx", {}, [[MISSED_TEXT, "de"]]), "row 2", "not en, es or fr")
    path = tmp_path / "missed.csv"
    path.write_text(f'Text,Label\n"{MISSED_TEXT}",1\n', encoding="utf-8")
    _bad(path, "row 2", "no language given")


def test_unreadable_files(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"this is not a zip file")
    _bad(fake, "not a readable Excel workbook")
    _bad(tmp_path / "nowhere.xlsx", "not found")
    txt = tmp_path / "review.txt"
    txt.write_text("x", encoding="utf-8")
    _bad(txt, ".xlsx or .csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    _bad(empty, "empty")
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    _bad(other, "neither")
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.save(tmp_path / "plain.xlsx")
    _bad(tmp_path / "plain.xlsx", "no Findings sheet")


def test_load_corpus_reports_bad_reviewed_file(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(BadDataError):
        load_corpus([fake])
