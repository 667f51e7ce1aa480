"""Warm screen of real plans against bare pypdfium2 extraction, measured in the same run.

    python benchmarks/bench_warm.py [--corpus ../shared/corpus] [--runs 3] [--max-ratio 4.0]
                                    [--files a.pdf,b.pdf] [--no-linearity]

A resident ``Screener`` (what a batch worker and a ``screener serve`` worker hold) screens the
longest text PDF of each language of the real corpus (page count from pypdfium2). For each
file, in this process and alternated run by run: bare pypdfium2 extraction
(``get_textpage().get_text_range()`` of every page, the reference), ``Screener.load`` and
``Screener.screen`` of the loaded document (after one warm-up screen, so the language
pipeline and the matchers are built). Prints the medians, the ratio screen / bare extraction
(the issue's warm target), load + screen / bare for reference, the matching phase, and the
number of Python calls into pluggy during one screen (cProfile).

Linearity: a TXT document of one block of 50k, 100k, 200k and 400k characters (a migration
sentence with sector words, repeated) is screened warm; prints the time per 100k characters and the
growth exponent of time in size (1.0 = linear, 2.0 = quadratic).

Exits 1 when a warm ratio is over ``--max-ratio`` or the exponent is over 1.3.
"""

from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import statistics
import sys
import time
from pathlib import Path

from real_corpus import default_corpus  # noqa: E402 (the benchmarks folder)

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = ("Los migrantes retornados y la población en movilidad humana acceden a los servicios de salud, "
            "educación y empleo digno del cantón, con remesas invertidas en vivienda. ")


def longest_pdfs(corpus: Path) -> list[Path]:
    import pypdfium2 as pdfium

    out = []
    for lang in ("en", "es", "fr"):
        sized = []
        for p in sorted((corpus / lang).glob("*.pdf")):
            pdf = pdfium.PdfDocument(str(p))
            sized.append((len(pdf), p))
            pdf.close()
        if sized:
            out.append(max(sized)[1])
    return out


def bare_extraction(path: Path) -> float:
    import pypdfium2 as pdfium

    t = time.perf_counter()
    pdf = pdfium.PdfDocument(str(path))
    for i in range(len(pdf)):
        pdf[i].get_textpage().get_text_range()
    pdf.close()
    return time.perf_counter() - t


def pluggy_calls(screener, doc) -> int:
    """Python function calls into the pluggy package during one screen."""
    prof = cProfile.Profile()
    prof.enable()
    screener.screen(doc)
    prof.disable()
    stats = pstats.Stats(prof).stats  # {(file, line, name): (cc, nc, tt, ct, callers)}
    return sum(nc for (file, _l, _n), (_cc, nc, *_rest) in stats.items() if "/pluggy/" in file.replace("\\", "/"))


def one_block_document(n: int):
    """A TXT document of one block of ``n`` characters (built directly: the loaders cut blocks
    at 20,000 characters, but a Document from the API or an older loader can hold any size)."""
    from screener.model import Block, Document

    text = (SENTENCE * (n // len(SENTENCE) + 1))[:n]
    return Document(source=f"block_{n}.txt", sha256="", format="txt", language="es", pages=None, text=text,
                    sections=(), blocks=(Block(0, "paragraph", text, 0, len(text), None, None),))


def linearity(screener, sizes=(50_000, 100_000, 200_000, 400_000), runs: int = 2) -> list[tuple[int, float]]:
    out = []
    for n in sizes:
        doc = one_block_document(n)
        screener.screen(doc)
        out.append((n, statistics.median(_timed(lambda: screener.screen(doc)) for _ in range(runs))))
    return out


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--files", help="comma-separated corpus paths (default: the longest PDF of each language)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--max-ratio", type=float, default=4.0)
    ap.add_argument("--no-linearity", action="store_true")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus} (set SCREENER_CORPUS)", file=sys.stderr)
        return 2
    files = [args.corpus / f for f in args.files.split(",")] if args.files else longest_pdfs(args.corpus)

    from screener.screen import Screener

    t0 = time.perf_counter()
    screener = Screener()
    print(f"Screener() built in {time.perf_counter() - t0:.2f} s (default options: lexicon + 9 sector plugins)")
    worst = 0.0
    for path in files:
        bare, load, screen = [], [], []
        doc = screener.load(path)
        screener.screen(doc)  # warm-up: pipeline and matchers of this language
        for _ in range(args.runs):  # alternated, so a busy machine slows both alike
            bare.append(bare_extraction(path))
            t = time.perf_counter()
            doc = screener.load(path)
            load.append(time.perf_counter() - t)
            t = time.perf_counter()
            result = screener.screen(doc)
            screen.append(time.perf_counter() - t)
        b, l, s = (statistics.median(x) for x in (bare, load, screen))
        worst = max(worst, s / b)
        phases = ", ".join(f"{k} {v:.2f}" for k, v in result.timings.items() if isinstance(v, float))
        print(f"{path.parent.name}/{path.name}: {doc.pages} pages, {len(doc.blocks)} blocks, {len(doc.text):,} chars")
        print(f"  bare pypdfium2 extraction {b:.2f} s | load {l:.2f} s | warm screen {s:.2f} s ({phases})")
        print(f"  warm screen / bare extraction: {s / b:.1f}x (target <= {args.max_ratio:g}x); "
              f"load + screen / bare: {(l + s) / b:.1f}x; pluggy calls in one screen: {pluggy_calls(screener, doc):,}")
    ok = worst <= args.max_ratio
    if not args.no_linearity:
        points = linearity(screener)
        print("one TXT block, warm screen:")
        for n, t in points:
            print(f"  {n:>7,} chars: {t:.3f} s ({t / n * 1e5:.3f} s per 100k chars)")
        (n0, t0_), (n1, t1) = points[0], points[-1]
        exponent = math.log(t1 / t0_) / math.log(n1 / n0)
        print(f"  growth exponent {exponent:.2f} (1.0 linear, 2.0 quadratic; budget 1.3)")
        ok = ok and exponent <= 1.3
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
