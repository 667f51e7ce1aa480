"""TXT, Markdown and DOCX loaders on text that came out of other tools: paragraphs, pages, furniture.

Synthetic checks of each rule run everywhere; the corpus check (benchmarks/loader_quality_text.py's
measures on the corpus's real .txt and .docx files) skips when ../shared/corpus is absent.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from screener.loaders import load_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("SCREENER_CORPUS") or ROOT.parent / "shared" / "corpus")
sys.path.insert(0, str(ROOT / "benchmarks"))

from loader_quality_text import corpus_files, measure  # noqa: E402

WRAPPED = [
    "     The national plan sets out how the government will respond to the needs of returning",
    "     migrants and their families in the provinces most affected by climate change over the",
    "     coming decade.",
    "     Local governments will receive support to register internally displaced people and to",
    "     provide them with basic services, with a particular focus on women and children in well-",
    "     being programmes and on the",
]
NEXT_PAGE = [
    "poorest districts of the country.",
    "Funding will come from the national budget and from partners.",
]


def pdftools_text(pages: int = 4) -> str:
    """What R's pdftools gives: hard-wrapped lines, no blank line between paragraphs, a
    running title at the top of each page, the page number alone between pages."""
    out = []
    for n in range(1, pages + 1):
        out.append("National Adaptation Plan 2021-2050")
        out.append("")
        out.extend(WRAPPED if n % 2 else NEXT_PAGE + WRAPPED[:3])
        out += ["", "", f"               {n}", "", ""]
    return "\n".join(out)


def test_pdftools_text_gets_pages_paragraphs_and_no_furniture():
    doc = load_bytes("nap.txt", pdftools_text(6).encode())
    assert doc.pages == 6 and doc.metadata["pages_from"] == "page-number lines"
    texts = [b.text for b in doc.blocks]
    assert not any(t.strip().isdigit() for t in texts)  # page numbers dropped
    assert not any(t.startswith("National Adaptation Plan") for t in texts)  # running title dropped
    first = [b for b in doc.blocks if b.page == 1]
    assert first[0].text.endswith("over the coming decade.")  # paragraph 1 ends at its short last line
    # paragraph 2 runs over the page break into page 2, and "well-" + "being" is one word
    assert first[1].text.startswith("Local governments") and "well-being programmes" in first[1].text
    assert first[1].text.endswith("poorest districts of the country.")
    assert [b.page for b in doc.blocks if b.text.startswith("Funding")] == [2, 4, 6]
    assert measure(doc)["broken"] == 0 and measure(doc)["page_numbers"] == 0


def test_a_short_numbered_list_is_not_pages():
    text = "Priorities\n\n1\n\nWater.\n\n2\n\nHealth.\n\n3\n\nEducation.\n"
    doc = load_bytes("list.txt", text.encode())
    assert doc.pages is None


def test_form_feeds_still_give_the_pages():
    text = "\f".join(f"Page text {n} about migration and development planning.\n\n{n}" for n in range(1, 4))
    doc = load_bytes("ff.txt", text.encode())
    assert doc.pages == 3 and [b.page for b in doc.blocks] == [1, 2, 3]


def test_markdown_in_a_txt_is_read_as_markdown():
    body = "\n\n".join(f"## Section {n}\n\n**Objective {n}.** Support returning migrants in district {n}."
                       for n in range(1, 6))
    doc = load_bytes("converted.txt", ("# Plan\n\n" + body + "\n\n```\nCode fence text\n```\n").encode())
    assert doc.metadata["markup"] == "markdown"
    assert [s.title for s in doc.sections][:2] == ["Plan", "Section 1"]
    assert not any("**" in b.text or "#" in b.text for b in doc.blocks)


def test_converter_blank_lines_inside_a_sentence_are_rejoined_in_txt_only():
    text = ("# Plan\n\n## One\n\n## Two\n\n## Three\n\n**a** **b** **c** **d** **e** **f** **g**\n\n"
            "Cela ne pourra qu’améliorer la mobilisation des recettes et donner l’espace budgétaire\n\n"
            "nécessaire pour nos projets de développement.\n")
    txt = load_bytes("mot.txt", text.encode())
    assert any(b.text.endswith("budgétaire nécessaire pour nos projets de développement.") for b in txt.blocks)
    md = load_bytes("mot.md", text.encode())  # an authored Markdown file keeps its paragraphs
    assert any(b.text.startswith("nécessaire") for b in md.blocks)


def test_repeated_template_lines_are_dropped_but_repeated_sentences_kept():
    parts = []
    for n in range(6):
        parts += ["A G R I B U S I N E S S", f"Project {n} builds a cold store for fishers in Nosy Be.",
                  "Summary of actions:", "The project is on schedule."]
    doc = load_bytes("t.txt", "\n\n".join(parts).encode())
    texts = [b.text for b in doc.blocks]
    assert "A G R I B U S I N E S S" not in texts and doc.metadata["furniture_dropped"] == 6
    assert texts.count("Summary of actions:") == 6 and texts.count("The project is on schedule.") == 6


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("name", ["en/bd_nap_2023-2050.txt", "en/ki_kjip_2019-2028.txt", "en/mh_nap_2023.txt",
                                  "en/np_nap_2021-2050.txt", "en/td_nap_2022_en.txt",
                                  "fr/mg_programme_miary_entrepreneuriat_pic3.txt",
                                  "fr/mg_strategie_agriculture_digitale_2024-2028.txt",
                                  "en/iom_aap_evaluation_management_response_2024.docx"])
def test_corpus_text_files(name):
    from screener.loaders import load

    assert name in {str(p.relative_to(CORPUS)) for p in corpus_files(CORPUS)}
    doc = load(CORPUS / name)
    m = measure(doc)
    assert m["broken"] <= 0.03, m
    assert m["page_numbers"] <= 1, m
    assert m["median_prose"] >= 50, m  # paragraphs, not one block a line
    if name.startswith("en/") and name.endswith(".txt") and "td_" not in name:
        assert doc.metadata.get("pages_from") == "page-number lines" and doc.pages >= 100
    if name.startswith("fr/mg_"):
        assert doc.metadata.get("markup") == "markdown"
        assert not any("**" in b.text or b.text.startswith("#") for b in doc.blocks)
    if "miary" in name:
        assert m["repeated"] == 0  # the letter-spaced template title on every page is gone
