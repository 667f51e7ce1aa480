"""Choose the pages of ../shared/corpus to label, by the selection rule of the labelling guide.

Per PDF over 20 pages: every page whose plain text matches a broad candidate regex (the
migration stems plus the false friends met in real plans) and a fixed-seed random sample
of 15 pages that do not match; every page of PDFs of 20 pages or fewer. Page text is
PDFium's plain text of the page (not screener's loader), so the choice does not depend on
the tool being evaluated.

Text files (TXT, Markdown) have no pages: they are cut into "sheets" of about a printed
page of the raw file (``screener.page_eval.text_sheets``), selected by the same rule.

    python tools/gold/select_pages.py ../shared/corpus > selection.tsv
    python tools/gold/select_pages.py ../shared/corpus --text > text_selection.tsv
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path

import pypdfium2

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from screener.page_eval import SHEET_FORMATS, read_raw_text, text_sheets  # noqa: E402

SEED = 20261204
RANDOM_PAGES = 15
SMALL_DOC_PAGES = 20

# Stems of migration vocabulary and of the guide's false friends, matched on text folded
# to lower case without accents, with split ligatures ("traf ficking") rejoined.
CANDIDATE = re.compile(
    r"migra|emigr|immigr|inmigr|refug|desplaz|deplac|displac|remes|remit|diaspor|"
    r"retorn|retour|return|rapatri|repatri|deport|traffick|trafic|trata\b|trata de|traite|"
    r"smuggl|passeur|asyl|asil|exil|exode|exodo|exodus|reloca|reubic|reinstal|reasent|"
    r"resettl|reinstall|apatrid|stateless|expatri|exterior|exterieur|etranger|extranjer|"
    r"foreign (?:employ|work|labou?r)|abroad|overseas|movilidad|mobilit|free movement|"
    r"libre circulation|libre circulacion|transhuman|nomad|forced|forzad|forcee?s?\b",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"(f|ff|fi|fl)\s+(?=[a-z])", r"\1", text)


def page_texts(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        out = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            out.append(tp.get_text_bounded())
            tp.close()
            page.close()
        return out
    finally:
        pdf.close()


def sheet_texts(path: Path) -> list[str]:
    raw = read_raw_text(path)
    return [raw[a:b] for a, b in text_sheets(raw)]


def select(path: Path) -> list[tuple[int, str]]:
    """(1-based page or sheet, reason) pairs to label for one PDF or text file."""
    texts = sheet_texts(path) if path.suffix.lower() in SHEET_FORMATS else page_texts(path)
    if len(texts) <= SMALL_DOC_PAGES:
        return [(i + 1, "all") for i in range(len(texts))]
    hits = [i for i, t in enumerate(texts) if CANDIDATE.search(fold(t))]
    rest = [i for i in range(len(texts)) if i not in set(hits)]
    rng = random.Random(f"{SEED}:{path.name}")
    sample = rng.sample(rest, min(RANDOM_PAGES, len(rest)))
    chosen = [(i + 1, "candidate") for i in hits] + [(i + 1, "random") for i in sample]
    return sorted(chosen)


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    corpus = Path(args[0] if args else "../shared/corpus")
    text = "--text" in argv
    print("file\tpage\treason")
    paths = sorted(p for p in corpus.glob("*/*") if p.suffix.lower() in SHEET_FORMATS) if text else sorted(corpus.glob("*/*.pdf"))
    for path in paths:
        for page, reason in select(path):
            print(f"{path.relative_to(corpus)}\t{page}\t{reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
