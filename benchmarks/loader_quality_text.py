"""How well the TXT, Markdown, DOCX and HTML loaders read real plans: paragraphs and furniture.

Usage: python benchmarks/loader_quality_text.py [--corpus ../shared/corpus] [--json OUT]
                                                [--before benchmarks/loader_quality_text.before.json]
                                                [--max-broken 0.03]

For every non-PDF file of the corpus (``en/*.txt``, ``fr/*.txt``, ``*.docx``, ``*.html``)
it loads the file with ``screener.loaders.load`` and measures, on the prose blocks
(``paragraph`` blocks that are not page furniture):
  * broken: share of prose blocks that end without terminal punctuation while the next
    prose block (on the same page) starts in lower case: a paragraph cut in two;
  * median prose block length in characters (hard-wrapped text gives one block a line);
  * furniture left: blocks that are only a page number ("12", "Page 3 of 40", "- 7 -"), and
    short blocks that end no sentence repeated 3+ times once digits are masked (running
    titles, template lines, photo credits; "Summary of actions:" labels are not counted);
  * pages: the page count the loader found (form feeds, page-number lines).
``--before`` prints the same figures from a saved run beside each file (before -> after);
``--json`` saves this run's. Exits 1 when a file's broken share is over ``--max-broken``.

The "before" figures in benchmarks/loader_quality_text.before.json were measured with the
loaders of commit 7107a98 (before the text-loader changes): ``git archive 7107a98 screener``
into a folder, this script beside it, run from there.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __name__ == "__main__":  # run as a script from a checkout; imported by a test, use the installed package
    sys.path.insert(0, str(ROOT))

SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm")
PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:page|p[aá]gina|p[aá]g|pag|p)\.?\s*)?"
    r"(?:\d{1,4}|(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
    r"(?:\s*(?:of|de|sur|/)\s*\d{1,4})?[\W_]*$", re.IGNORECASE)
TERMINAL = re.compile(r"[.!?:;…][\"'”’»)\]*]*$")


def is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER.match(text.strip()))


def measure(doc) -> dict:
    """The figures of one Document (see the module docstring)."""
    blocks = [b for b in doc.blocks]
    prose = [b for b in blocks if b.kind == "paragraph" and not is_page_number(b.text)]
    broken = 0
    for a, b in zip(prose, prose[1:]):
        if a.page != b.page or b.index != a.index + 1 and any(
                blocks[k].kind != "paragraph" or not is_page_number(blocks[k].text) for k in range(a.index + 1, b.index)):
            continue  # only prose followed by prose (page numbers between do not separate them)
        first = b.text.lstrip("\"'“‘«(¿¡")[:1]
        if not TERMINAL.search(a.text) and first.islower():
            broken += 1
    page_numbers = sum(b.kind != "table_row" and is_page_number(b.text) for b in blocks)
    masked = Counter(re.sub(r"\d+", "#", " ".join(b.text.lower().split())) for b in blocks
                     if b.kind != "table_row" and len(b.text) <= 100 and not is_page_number(b.text)
                     and not TERMINAL.search(b.text))
    repeated = sum(n for t, n in masked.items() if n >= 3 and len(t) >= 4)
    return {
        "blocks": len(blocks),
        "prose": len(prose),
        "broken": round(broken / len(prose), 4) if prose else 0.0,
        "median_prose": int(statistics.median(len(b.text) for b in prose)) if prose else 0,
        "page_numbers": page_numbers,
        "repeated": repeated,
        "pages": doc.pages,
    }


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                  and p.name not in ("README.md",))


def run(corpus: Path) -> dict[str, dict]:
    from screener.loaders import load

    return {str(p.relative_to(corpus)): measure(load(p)) for p in corpus_files(corpus)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get("SCREENER_CORPUS") or ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--json", type=Path, help="save this run's figures here")
    ap.add_argument("--before", type=Path, help="figures of an earlier run, shown as before -> after")
    ap.add_argument("--max-broken", type=float, default=0.03)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    now = run(args.corpus)
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else {}
    cols = ("broken", "median_prose", "page_numbers", "repeated", "blocks", "pages")
    print("file | " + " | ".join(cols))
    for name, m in now.items():
        old = before.get(name)
        cells = []
        for c in cols:
            v = f"{m[c]:.1%}" if c == "broken" else str(m[c])
            if old is not None:
                o = f"{old[c]:.1%}" if c == "broken" else str(old[c])
                v = f"{o} -> {v}"
            cells.append(v)
        print(f"{name} | " + " | ".join(cells))
    if args.json:
        args.json.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    over = [n for n, m in now.items() if m["broken"] > args.max_broken]
    if over:
        print(f"broken paragraphs over {args.max_broken:.0%}: {', '.join(over)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
