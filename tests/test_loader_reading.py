"""Reading PDFs as a reviewer does: paragraphs, items, ligatures, page furniture, contents pages.

Synthetic PDFs from tests/pdf_factory.py (fpdf2); the real-corpus figures are in
tests/test_loader_quality.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pdf_factory import PlanPDF, prose  # noqa: E402

from screener.loaders import load_bytes  # noqa: E402
from screener.loaders.furniture import page_number_value, unspace  # noqa: E402
from screener.loaders.ligatures import rejoin_by_words  # noqa: E402
from screener.loaders.roles import detect_roles, title_role  # noqa: E402
from screener.model import DOCUMENT_SCHEMA_VERSION, ROLE_ACRONYMS, ROLE_CONTENTS, ROLE_REFERENCES, ROLES, Document  # noqa: E402


def _lines(pdf: PlanPDF, lines: list[str], size: float = 10, gap_after: float = 0.0) -> None:
    pdf.set_font(pdf.family_name, "", size)
    for line in lines:
        pdf.cell(0, size * 0.5, line, new_x="LMARGIN", new_y="NEXT")
    if gap_after:
        pdf.ln(gap_after)


def _prose_blocks(doc) -> list[str]:
    return [b.text for b in doc.blocks if b.kind in ("paragraph", "list_item")]


def test_wrapped_paragraphs_are_one_block_each():
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    first, second = prose(6, seed=1), prose(5, seed=2)
    pdf.para(first)
    pdf.para(second)
    doc = load_bytes("t.pdf", pdf.bytes())
    assert _prose_blocks(doc) == [first, second]


def test_paragraphs_without_spacing_end_at_a_short_line():
    # No gap, no indent: the short last line (the next word would have fitted) ends it.
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    _lines(pdf, [
        "The municipality will strengthen the registration of returning migrant workers and",
        "their families in every district office.",
        "Seasonal labour migration to the coast remains the main source of cash income for",
        "households in the highland villages of the province.",
    ])
    doc = load_bytes("t.pdf", pdf.bytes())
    texts = _prose_blocks(doc)
    assert len(texts) == 2
    assert texts[0].endswith("every district office.") and texts[1].startswith("Seasonal labour migration")


def test_contents_lines_stay_apart_but_a_sentence_runs_on():
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    _lines(pdf, ["Preamble", "Part-1", "Preliminary", "Part-2", "Citizenship"], gap_after=4)
    _lines(pdf, [
        "Every district will keep a register of the people who left to work abroad during the",
        "last five years, and of those who came back.",
    ])
    doc = load_bytes("t.pdf", pdf.bytes())
    texts = _prose_blocks(doc)
    assert texts[:5] == ["Preamble", "Part-1", "Preliminary", "Part-2", "Citizenship"]
    assert texts[5].endswith("the last five years, and of those who came back.")


def test_bullets_and_numbered_items_are_items_with_their_wrapped_lines():
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.para("The plan sets out three lines of action:")
    _lines(pdf, [
        "1. Strengthen the consular network so that migrant workers abroad can register",
        "   their contracts and report abuse.",
        "2. Train labour inspectors in the recruitment rules.",
        "a. Publish the list of licensed recruitment agencies every quarter.",
        "- Open a desk for returnees in each province.",
    ])
    doc = load_bytes("t.pdf", pdf.bytes())
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert len(items) == 4
    assert items[0].startswith("1. Strengthen") and items[0].endswith("report abuse.")
    assert items[2].startswith("a. Publish") and items[3].startswith("- Open a desk")


def test_paragraph_carried_over_a_page_break_is_one_block():
    pdf = PlanPDF(footer="{n}")
    pdf.add_page()
    pdf.para(prose(40, seed=3))
    pdf.set_y(pdf.h - 35)
    _lines(pdf, ["Households that depend on remittances from relatives working in the Gulf states"])
    pdf.add_page()
    _lines(pdf, ["spend most of them on school fees, health care and the repayment of debts."])
    doc = load_bytes("t.pdf", pdf.bytes())
    joined = [t for t in _prose_blocks(doc) if t.startswith("Households that depend")]
    assert joined == ["Households that depend on remittances from relatives working in the Gulf states "
                      "spend most of them on school fees, health care and the repayment of debts."]


def test_ligature_code_points_are_spelt_out():
    pdf = PlanPDF(footer=None)
    if not pdf.unicode:
        pytest.skip("needs the DejaVu font for U+FB01")
    pdf.add_page()
    pdf.para("The \ufb01nal plan covers the tra\ufb03cking of persons and the e\ufb00orts of the \ufb02ood agency.")
    doc = load_bytes("t.pdf", pdf.bytes())
    assert "final plan covers the trafficking of persons and the efforts of the flood agency." in doc.text


def test_split_ligatures_are_rejoined_but_real_words_stay_apart():
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.para("The Ministry of Women's Aff airs leads the eff orts against Traff icking in persons; "
             "a total of ten staff are assigned to the office. " + prose(3, seed=4))
    doc = load_bytes("t.pdf", pdf.bytes())
    assert "Ministry of Women's Affairs leads the efforts against Trafficking in persons" in doc.text
    assert "a total of ten staff are assigned" in doc.text


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("eff orts", "en", "efforts"),
    ("of ten", "en", "of ten"),
    ("staff are", "en", "staff are"),
    ("afi rmativa", "es", "afirmativa"),
    ("defi nición", "es", "definición"),
    ("signifi cative", "fr", "significative"),
    ("défi majeur", "fr", "défi majeur"),
])
def test_word_list_rejoin(text, lang, expected):
    assert rejoin_by_words(text, lang) == expected


def test_letter_spaced_and_numbered_footers_are_removed():
    pdf = PlanPDF(header_text="National Adaptation Plan 2015-2030", footer="{n} | P a g e")
    for seed in range(4):
        pdf.add_page()
        pdf.para(prose(12, seed=seed))
    doc = load_bytes("t.pdf", pdf.bytes())
    assert "P a g e" not in doc.text and "| Page" not in doc.text
    assert "National Adaptation Plan 2015-2030" not in doc.text
    assert doc.blocks[0].text.startswith(prose(12, seed=0)[:40])


@pytest.mark.parametrize(("text", "value"), [
    ("P a g e 3", (3, True)), ("2 | P a g e", (2, True)), ("- 12 -", (12, True)), ("Page 4 of 20", (4, True)),
    ("17", (17, False)), ("xiv", (None, True)), ("Article 3", None), ("3 Source: UNDP", None), ("civil", None),
])
def test_page_number_forms(text, value):
    assert page_number_value(text) == value


def test_unspace():
    assert unspace("P a g e 1 2") == "Page 12"
    assert unspace("Plan of action") == "Plan of action"


def test_footnote_marker_in_the_margin_is_not_a_page_number():
    # A footnote number on a line of its own in the footer band: not in step with the pages.
    notes = ["Source: national labour force survey, 2019.", "Includes seasonal workers.", "Provisional figures."]
    pdf = PlanPDF(footer="{n}")
    for k, note in enumerate(notes):
        pdf.add_page()
        pdf.para(prose(10, seed=k))
        pdf.set_y(pdf.h - 32)
        pdf.set_font(pdf.family_name, "", 8)
        pdf.cell(0, 4, str(3 * k + 7), new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 4, note, new_x="LMARGIN", new_y="NEXT")
    doc = load_bytes("t.pdf", pdf.bytes())
    texts = [b.text for b in doc.blocks]
    assert all(any(t.startswith(f"{3 * k + 7} {note}") or t == str(3 * k + 7) for t in texts) for k, note in enumerate(notes))
    assert not any(t in ("1", "2", "3") for t in texts)  # the page numbers are gone


def test_contents_and_acronym_pages_are_marked():
    pdf = PlanPDF(footer="{n}")
    pdf.add_page()
    pdf.heading("Table of Contents")
    entries = [("1. Introduction", 3), ("2. Migration profile", 7), ("3. Labour migration", 12), ("4. Remittances", 18),
               ("5. Return and reintegration", 24), ("6. Budget", 30)]
    for title, page in entries:
        _lines(pdf, [f"{title} {'.' * (60 - len(title))} {page}"])
    pdf.add_page()
    pdf.heading("Acronyms")
    for a, e in [("IOM", "International Organization for Migration"), ("ILO", "International Labour Organization"),
                 ("NDMA", "National Drought Management Authority"), ("UNDP", "United Nations Development Programme"),
                 ("MRC", "Migrant Resource Centre")]:
        _lines(pdf, [f"{a}      {e}"])
    pdf.add_page()
    pdf.heading("1. Introduction")
    pdf.para(prose(8, seed=5))
    doc = load_bytes("t.pdf", pdf.bytes())
    roles = {b.page: b.role for b in doc.blocks}
    assert roles[1] == ROLE_CONTENTS and roles[2] == ROLE_ACRONYMS and roles[3] is None
    assert all(b.role == ROLE_CONTENTS for b in doc.blocks if b.page == 1)
    data = doc.to_dict()
    assert data["schema_version"] == DOCUMENT_SCHEMA_VERSION == "1.2"
    assert Document.from_dict(data) == doc


def test_roles_in_formats_without_pages():
    items = [
        ("heading", "Introduction", None, 1), ("paragraph", "Migration shapes the province.", None, None),
        ("heading", "Bibliografía", None, 1), ("paragraph", "Pérez, A. (2019). Migración y remesas. Quito.", None, None),
        ("paragraph", "OIM (2021). Perfil migratorio. Ginebra.", None, None),
        ("heading", "Anexo 1", None, 1), ("paragraph", "Cuadro de metas.", None, None),
    ]
    assert detect_roles(items) == [None, None, ROLE_REFERENCES, ROLE_REFERENCES, ROLE_REFERENCES, None, None]


def test_markdown_contents_section_is_marked():
    md = b"# Plan\n\n## Sommaire\n\n1. Contexte ... 3\n\n2. Migrations ... 8\n\n## 1. Contexte\n\nLe plan couvre les migrations.\n"
    doc = load_bytes("plan.md", md)
    assert [b.role for b in doc.blocks] == [None, ROLE_CONTENTS, ROLE_CONTENTS, ROLE_CONTENTS, None, None]


@pytest.mark.parametrize(("text", "role"), [
    ("Table of Contents", ROLE_CONTENTS), ("ÍNDICE", ROLE_CONTENTS), ("Sommaire", ROLE_CONTENTS),
    ("Liste des tableaux", ROLE_CONTENTS), ("Sigles et abréviations", ROLE_ACRONYMS), ("Siglas y acrónimos", ROLE_ACRONYMS),
    ("7. References", ROLE_REFERENCES), ("Bibliographie", ROLE_REFERENCES), ("Índice de pobreza multidimensional", None),
])
def test_title_roles(text, role):
    assert title_role(text) == role
    assert role is None or role in ROLES


def test_version_1_0_document_json_still_loads():
    pdf = PlanPDF(footer=None)
    pdf.add_page()
    pdf.para(prose(3, seed=6))
    data = load_bytes("t.pdf", pdf.bytes()).to_dict()
    data["schema_version"] = "1.0"
    for b in data["blocks"]:
        del b["role"]
    assert all(b.role is None for b in Document.from_dict(data).blocks)
