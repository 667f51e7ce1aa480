"""Two-column pages in layout-preserving text exports are read column by column."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.loaders import load_bytes
from screener.loaders.columns import split_columns

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

LEFT = ["Floods and riverbank erosion displace thousands", "of families every year in the northern districts,",
        "and many of them move to the slums of the capital", "where they find informal work and poor housing.",
        "The plan sets up a registry of displaced families", "and a programme of planned relocation to safe land."]
RIGHT = ["Water supply in the coastal belt is affected by", "salinity intrusion, so the ministry will expand",
         "rainwater harvesting and pond sand filters in", "every union of the southwest, with a target of",
         "two hundred thousand households reached by the", "end of the first phase of the programme."]


def _side_by_side(left, right, at=56):
    return "\n".join(a.ljust(at) + b for a, b in zip(left, right))


def test_side_by_side_columns_are_read_left_then_right():
    text, runs = split_columns(_side_by_side(LEFT, RIGHT))
    assert runs == 1
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert lines == LEFT + RIGHT


def test_the_loader_finds_phrases_that_the_columns_interleaved():
    doc = load_bytes("plan.txt", ("Chapter 4. Disasters\n\n" + _side_by_side(LEFT, RIGHT) + "\n").encode())
    assert "many of them move to the slums of the capital where they find informal work" in doc.text
    assert "a programme of planned relocation to safe land." in doc.text
    assert doc.metadata.get("two_column_runs") == 1


@pytest.mark.parametrize("text", [
    # a fixed-width table: short cells on the left
    "\n".join(f"{name:<30}{value}" for name, value in [("Region", "Households reached in 2024"),
              ("North", "12 000 households in 40 unions"), ("South", "8 500 households in 31 unions"),
              ("East", "9 100 households in 22 unions"), ("West", "4 000 households in 12 unions"),
              ("Centre", "7 700 households in 19 unions"), ("Total", "41 300 households in 124 unions")]),
    # one column of ordinary prose
    "\n".join(LEFT + RIGHT),
])
def test_tables_and_single_columns_are_left_alone(text):
    assert split_columns(text) == (text, 0)


def test_real_layout_export_is_split():
    path = CORPUS / "en" / "bd_nap_2023-2050.txt"
    if not path.is_file():
        pytest.skip(f"the real-document corpus is not at {CORPUS}")
    text, runs = split_columns(path.read_text(encoding="utf-8"))
    assert runs > 100  # the Bangladesh NAP (pdftools export) is printed in two columns
    assert "by next layer of the systems, which consists of\nresources based production" in text
