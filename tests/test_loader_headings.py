"""The shared heading detector (screener/loaders/headings.py) and its use by the PDF and TXT loaders."""

from __future__ import annotations

import pytest

from screener.loaders import headings
from screener.loaders.headings import PLAIN, Cues, Heading, classify

BOLD = Cues(styled=True, bold=True, standalone=True)
BODY = Cues(styled=True, standalone=False)  # body type, the line runs on to the margin
BODY_ALONE = Cues(styled=True, standalone=True)
BIGGER = Cues(styled=True, bigger=True, standalone=True)


@pytest.mark.parametrize("text", [
    "CHAPTER II", "Capítulo 3 - Diagnóstico", "Partie 2/ L'état des lieux", "Annex A", "TÍTULO PRIMERO",
    "Eje 1: Equidad", "Pilier premier", "Appendix 4", "SECCIÓN 12. DISPOSICIONES",
])
def test_keyword_headings_in_every_loader(text):
    for cues in (PLAIN, BODY, BOLD):
        assert classify(text, cues) == Heading(None, True), (text, cues)


def test_keyword_needs_its_number_apart():
    # A comma or letters after the number: prose ("Chapter 1, which...") or another word.
    assert classify("Chapter 1, which follows, sets out", BODY) is None
    assert classify("Chapter 1, which follows, sets out", BOLD) == Heading(None, False)  # bold, not a keyword
    assert classify("Parte 1a", BODY) is None
    assert classify("Participation of migrants", BOLD) == Heading(None, False)  # bold title, not a keyword


def test_numbered_depth():
    assert classify("2.4.1 Water supply", BOLD) == Heading(3)
    assert classify("2.4.1 Water supply", PLAIN) == Heading(3)
    assert classify("1. Introduction", PLAIN) == Heading(1)
    # In body type a numbered line needs depth 2 and a line of its own (a numbered list item does not).
    assert classify("1 Introduction", BODY_ALONE) is None
    assert classify("2.3 Migration and climate", BODY_ALONE) == Heading(2)
    assert classify("2.3 Migration and climate", BODY) is None


def test_numbered_titles_not_sentences():
    assert classify("3. The plan was approved in 2019.", BOLD) is None
    assert classify("3. The plan was approved in 2019.", PLAIN) is None
    assert classify("4 migrants were counted", BOLD) is None  # lower case after the number
    # PDF: "51" opens a footnote, not a chapter. Plain text keeps it (running titles
    # "36 FIRST NATIONAL ... PLAN" after a page number are then dropped as repeated).
    assert classify("51 Contribution by the Water Team", BOLD) is None
    assert classify("51 CONTRIBUTION BY THE WATER TEAM", PLAIN) == Heading(1)


def test_roman_numerals():
    assert classify("IV. Objetivos", PLAIN) == Heading(1)
    assert classify("IV Objetivos", PLAIN) is None  # plain text: a bare numeral could be a word
    assert classify("IV Objetivos", BOLD) == Heading(1)
    assert classify("C. Objectives", PLAIN) == Heading(1)
    assert classify("C E R T I F I C A C I Ó N", BOLD) == Heading(None, False)  # letter-spaced word, no numeral


@pytest.mark.parametrize("text", [
    "Table 3: Budget by sector", "Figura 2. Población", "Fuente: DANE 2018", "Source: World Bank", "Note",
    "FIGURE 10", "Box 1. Migration in Nepal",
])
def test_captions_are_not_headings(text):
    for cues in (PLAIN, BOLD, BIGGER):
        assert classify(text, cues) is None, (text, cues)


def test_table_of_contents_title():
    assert classify("TABLE OF CONTENTS", PLAIN) == Heading(None, False)
    assert classify("Table of Contents", BOLD) is None  # PDF: found by the contents role, not a heading


@pytest.mark.parametrize("text", [
    "1. Introduction ........ 5", "Diagnóstico …… 12", "2.1 Water supply      14", "Resumen ____ 3",
])
def test_contents_lines_are_not_headings(text):
    for cues in (PLAIN, BOLD):
        assert classify(text, cues) is None, (text, cues)


def test_codes_and_figures_are_not_headings():
    assert classify("OE-2.1 Fortalecer", BOLD) is None
    assert classify("I-01 850 4.000", BOLD) is None
    assert classify("12 340 560 2021", BIGGER) is None
    assert classify("Plan 2025-2029", BIGGER) == Heading(None, False)


def test_type_and_capitals():
    assert classify("Migration and development", BIGGER) == Heading(None, False)
    assert classify("Migration and development", BODY_ALONE) is None
    assert classify("MIGRATION AND DEVELOPMENT", BODY_ALONE) == Heading(None, False)
    assert classify("MIGRATION AND DEVELOPMENT", BODY) is None  # capitals running on: not standalone
    assert classify("MIGRATION AND DEVELOPMENT", PLAIN) == Heading(None, False)
    assert classify("Migration and development", PLAIN) is None  # plain text: no type to tell
    assert classify("• EMPLOYMENT SERVICES", BODY_ALONE) is None  # a list item in capitals
    assert classify("CONTEXTE:", PLAIN) is None  # plain text: a line opening a list is prose
    assert classify("Objectives:", BOLD) == Heading(None, False)


def test_length_limits():
    long_title = "A " * 70 + "Title"
    assert classify(long_title.upper(), PLAIN) is None
    assert classify("Priorities for the plan,", BOLD) is None
    assert classify(" ".join(["WORD"] * 23), BOLD) is None


def test_first_letters_cover_keywords_and_numerals():
    for word in headings.KEYWORDS:
        assert word[0].upper() in headings.FIRST_LETTERS
    for numeral in "IVXLC":
        assert numeral in headings.FIRST_LETTERS


def test_both_loaders_use_the_module():
    from screener.loaders import pdf, text

    assert pdf._classify_heading is headings.classify
    assert text.classify_heading is headings.classify
    assert pdf._KEYWORD is headings.KEYWORD and text.KEYWORD is headings.KEYWORD


def test_txt_loader_headings(tmp_path):
    from screener.loaders import load

    f = tmp_path / "plan.txt"
    f.write_text(
        "CHAPITRE II\nDISPOSITIONS GÉNÉRALES\n\n"
        "1.2 Objectifs du plan\n\n"
        "Le plan vise la protection des migrants et de leurs familles.\n\n"
        "FIGURE 10\n\n"
        "TABLE OF CONTENTS\n",
        encoding="utf-8",
    )
    doc = load(f)
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert heads == [("CHAPITRE II DISPOSITIONS GÉNÉRALES", 1), ("1.2 Objectifs du plan", 3), ("TABLE OF CONTENTS", 2)]  # capitals inside a chapter
