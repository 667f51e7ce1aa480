"""How well the PDF loader reads real plans: paragraphs, ligatures, furniture, contents pages, speed.

Usage: python benchmarks/loader_quality.py [--corpus ../shared/corpus] [--repo PATH] [--docs a.pdf,b.pdf]
                                           [--engine pypdfium2] [--speed-runs 3] [--no-speed] [--json OUT]

Loads every text PDF of the corpus (``{en,es,fr}/*.pdf``; scans are reported and skipped) with
``screener.loaders.load`` and reports, per document and per language:

* **broken paragraphs**: share of prose blocks (paragraphs and list items outside contents,
  acronym and reference pages) that end without terminal punctuation while the next block,
  on the same page and also prose, starts with a lower-case letter (a list item opening
  with its marker, "(b) such other" or "o Item", is an item, not a lower-case start);
* **split ligatures**: tokens ending in f/ff/fi/fl followed by a space and a lower-case
  fragment whose join is a word of the document's language while the two parts are not
  both words (word list: keys and values of the spacy-lookups-data lemma table, and
  spaCy's stop words);
* **median prose block length** (characters);
* **furniture left**: short blocks whose text, digits folded, recurs on at least 30% of the
  pages (and 3) as the same text or with a number in step with the page, page numbers
  opening or closing a page, and letter-spaced "P a g e 3" anywhere in the text;
* **contents pages**: pages holding a block marked ``role == "contents"`` (also acronyms and
  references pages);
* **paragraph boundaries** against ``gold/paragraphs.jsonl`` (hand-written from the page
  images): precision and recall of block starts.

and a speed line: extraction time of the three longest corpus PDFs against bare pypdfium2
text extraction (``get_text_bounded`` for every page) of the same files in the same run.

``--repo`` imports ``screener`` from another checkout (e.g. a baseline worktree) so before and
after figures come from the same script. Exits 1 when a target is missed (broken > 3%,
split ligatures > 0, boundary P or R < 0.95, speed ratio > 2.5).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from real_corpus import default_corpus  # noqa: E402 (the benchmarks folder)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "paragraphs.jsonl"


TARGET_BROKEN = 0.03
TARGET_LIGATURES = 0
TARGET_BOUNDARY = 0.95
TARGET_SPEED = 2.5

PROSE = ("paragraph", "list_item")
_TERMINAL = re.compile(r"[.!?:;…][\"'”’»)\]]*$")
_LIGATURE_SPLIT = re.compile(r"\b([^\W\d_]*(?:ff|fi|fl|f))\s([a-zà-öø-ÿœ]+)\b(?!['’])")
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:page|p[aá]gina|p[aá]g|pag|p)\.?\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})"
    r"(?:\s*(?:of|de|sur|/)\s*\d{1,4})?[\W_]*$",
    re.IGNORECASE,
)
_PAGE_WORD = re.compile(r"\b(?:page|p[aá]gina|p[aá]g|pag)\b", re.IGNORECASE)
_SPACED_PAGE = re.compile(r"\b[Pp] a g (?:e|i n a)\s+\d")


# --------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------

_WORDS: dict[str, set[str]] = {}


def words(lang: str) -> set[str]:
    """Lower-case words of ``lang``: keys and values of its spacy-lookups-data lemma table, and spaCy's stop words."""
    if lang not in _WORDS:
        out: set[str] = set()
        try:
            from importlib import resources

            path = resources.files("spacy_lookups_data") / "data" / f"{lang}_lemma_lookup.json.gz"
            table = json.loads(gzip.decompress(path.read_bytes()))
            for k, v in table.items():
                out.add(k.lower())
                for x in [v] if isinstance(v, str) else v:
                    out.add(x.lower())
        except (ImportError, OSError, ValueError):
            pass
        try:  # spaCy's stop words ("ten", "often"), read from the source file (no spaCy import)
            src = (resources.files("spacy") / "lang" / lang / "stop_words.py").read_text(encoding="utf-8")
            m = re.search(r'"""(.*?)"""', src, re.DOTALL)
            out.update(w.lower() for w in (m.group(1).split() if m else ()))
        except (ImportError, OSError, ValueError):
            pass
        _WORDS[lang] = out
    return _WORDS[lang]


def split_ligatures(text: str, lang: str) -> list[str]:
    """Split-ligature words left in ``text`` ("Traff icking", "eff orts")."""
    vocab = words(lang)
    if not vocab:
        return []
    found = []
    for m in _LIGATURE_SPLIT.finditer(text):
        left, right = m.group(1), m.group(2)
        joined = (left + right).lower()
        if joined in vocab and not (left.lower() in vocab and right in vocab):
            found.append(f"{left} {right}")
    return found


# --------------------------------------------------------------------------------------
# Per-document measures
# --------------------------------------------------------------------------------------


def _role(block) -> str | None:
    return getattr(block, "role", None)


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text.lower()))


@dataclass
class DocStats:
    file: str
    lang: str
    pages: int = 0
    blocks: int = 0
    prose: int = 0
    broken: int = 0
    ligatures: list[str] = field(default_factory=list)
    broken_examples: list[str] = field(default_factory=list)
    prose_lengths: list[int] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    roles: Counter = field(default_factory=Counter)  # role -> pages
    seconds: float = 0.0
    error: str = ""

    @property
    def broken_share(self) -> float:
        return self.broken / self.prose if self.prose else 0.0

    @property
    def median_prose(self) -> float:
        return statistics.median(self.prose_lengths) if self.prose_lengths else 0.0


def measure(doc, file: str, lang: str) -> DocStats:
    st = DocStats(file, lang, pages=doc.pages or 0, blocks=len(doc.blocks))
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.kind not in PROSE or _role(b) is not None:
            continue
        st.prose += 1
        st.prose_lengths.append(len(b.text))
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            nxt is not None
            and nxt.page == b.page
            and nxt.kind in PROSE
            and _role(nxt) is None
            and not _TERMINAL.search(b.text)
            and _starts_lower(nxt.text)
            and not (nxt.kind == "list_item" and _ITEM_MARKER.match(nxt.text))
        ):
            st.broken += 1
            st.broken_examples.append(f"p{b.page}: ...{b.text[-40:]!r} | {nxt.text[:40]!r}...")
    for b in blocks:
        if b.kind != "table_row":
            st.ligatures.extend(split_ligatures(b.text, lang))
        else:
            for cell in b.cells or ():
                st.ligatures.extend(split_ligatures(cell, lang))
    st.furniture = furniture_left(doc)
    role_pages: dict[str, set] = defaultdict(set)
    for b in blocks:
        if _role(b):
            role_pages[_role(b)].add(b.page)
    st.roles = Counter({r: len(p) for r, p in role_pages.items()})
    return st


_ITEM_MARKER = re.compile(r"^(?:[•●▪■◦‣∙·○□➢►▶➤✓✔❖◆\-–—*o\ue000-\uf8ff]\s|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]\s)")


def _starts_lower(text: str) -> bool:
    """Starts with a lower-case letter (after quotes): "(b) such other" and "o Item" are item markers."""
    for c in text:
        if c.isalpha():
            return c.islower()
        if not (c.isspace() or c in "\"'“‘«¿¡"):
            return False
    return False


def furniture_left(doc) -> list[str]:
    """Blocks that look like running heads, footers or page numbers.

    A short block whose text, digits folded, recurs on 30% of the pages (3 at least) and is
    either mostly the same text or carries a number that keeps step with the page ("Page 7",
    "PÁGINA 6 Lunes..."; "Article 12" headings do not); a bare page number opening or closing
    its page in step with the page sequence; a letter-spaced "P a g e 3" anywhere.
    """
    n_pages = doc.pages or 1
    groups: dict[str, list] = defaultdict(list)
    for b in doc.blocks:
        if b.kind != "table_row" and len(b.text) <= 120:
            groups[_furniture_key(b.text)].append(b)
    threshold = max(3, 0.3 * n_pages)
    flagged: set[int] = set()
    for key, blocks in groups.items():
        if len({b.page for b in blocks}) < threshold or not any(c.isalpha() for c in key):
            continue
        texts = Counter(" ".join(b.text.split()) for b in blocks)
        same = texts.most_common(1)[0][1] >= 0.6 * len(blocks)
        steps: Counter = Counter()
        for b in blocks:
            for k, m in enumerate(re.finditer(r"\d+", b.text)):
                steps[(k, int(m.group()) - (b.page or 0))] += 1
        in_step = bool(steps) and steps.most_common(1)[0][1] >= 0.6 * len(blocks)
        if same or in_step:
            flagged.update(b.index for b in blocks)
    by_page: dict[int, list] = defaultdict(list)
    for b in doc.blocks:
        by_page[b.page].append(b)
    offsets: Counter = Counter()
    numbers = []
    for page, blocks in by_page.items():
        for b in {blocks[0].index: blocks[0], blocks[-1].index: blocks[-1]}.values():
            m = _PAGE_NUMBER.match(b.text)
            digits = re.findall(r"\d+", b.text)
            if m and b.kind != "table_row" and digits:
                numbers.append(b)
                offsets[int(digits[0]) - (page or 0)] += 1
            elif m and b.kind != "table_row" and re.search(r"[a-z]", b.text, re.IGNORECASE) and _PAGE_WORD.search(b.text):
                flagged.add(b.index)
    common = {o for o, c in offsets.items() if c >= 3}
    for b in numbers:
        if int(re.findall(r"\d+", b.text)[0]) - (b.page or 0) in common:
            flagged.add(b.index)
    out = [b.text for b in doc.blocks if b.index in flagged]
    for b in doc.blocks:
        out.extend(m.group(0) for m in _SPACED_PAGE.finditer(b.text))
    return out


# --------------------------------------------------------------------------------------
# Paragraph-boundary gold
# --------------------------------------------------------------------------------------

BOUNDARY_KINDS = ("paragraph", "list_item", "heading", "entry")
IGNORED_KINDS = ("table", "figure")


def norm(text: str) -> str:
    """Lower case, accents and everything but letters and digits removed."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def boundary_counts(doc, page: dict) -> tuple[int, int, int, list[str]]:
    """(true positives, false positives, gold boundaries, notes) for one gold page.

    A tool block starting like a gold heading, paragraph, list item or contents entry is a
    hit (each gold block matched once, in reading order from the last match); one starting
    like gold table or figure text is not judged, nor is an unmatched table row or a block
    without letters (chart values, table figures); any other
    block on the page (it starts inside a gold block, e.g. a paragraph split in two, or is
    furniture left in) is a false boundary.
    """
    gold = page["blocks"]
    wanted = [(k, norm(g["starts_with"])) for k, g in enumerate(gold) if g["kind"] in BOUNDARY_KINDS]
    ignored = [norm(g["starts_with"]) for g in gold if g["kind"] in IGNORED_KINDS]
    matched: set[int] = set()
    tp = fp = 0
    notes = []
    for b in (b for b in doc.blocks if b.page == page["page"]):
        t = norm(b.text)
        if not t:
            continue
        hit = next((k for k, g in wanted if k not in matched and g and t.startswith(g)), None)
        if hit is None:  # a block that holds only the start of a short gold block ("Donde:")
            hit = next((k for k, g in wanted if k not in matched and len(t) >= 4 and g.startswith(t) and len(t) >= len(g) * 0.6), None)
        if hit is not None:
            matched.add(hit)
            tp += 1
            continue
        if any(ig and (t.startswith(ig) or ig.startswith(t)) for ig in ignored) or b.kind == "table_row":
            continue
        if not any(c.isalpha() for c in b.text):
            continue  # chart values and table figures: not prose, not judged
        fp += 1
        notes.append(f"extra: {b.text[:60]!r}")
    for k, g in wanted:
        if k not in matched:
            notes.append(f"missed: {gold[k]['starts_with'][:60]!r}")
    return tp, fp, len(wanted), notes


# --------------------------------------------------------------------------------------
# Speed
# --------------------------------------------------------------------------------------


def bare_extract(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path.read_bytes())
    n = 0
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            n += len(tp.get_text_bounded())
            tp.close()
            page.close()
    finally:
        pdf.close()
    return n


def speed(paths: list[Path], runs: int, engine: str) -> tuple[float, float, float, float]:
    """(bare, load) wall seconds and (bare, load) CPU seconds of this process: sums over
    ``paths`` of the medians of ``runs`` alternated runs. On a machine shared with other
    jobs the CPU times move less than the wall times; the budget is on the wall times."""
    from screener.loaders import load

    bare = load_t = bare_cpu = load_cpu = 0.0
    for path in paths:
        bare_extract(path)  # warm-up (file cache, PDFium)
        b_times, l_times, b_cpu, l_cpu = [], [], [], []
        for _ in range(runs):
            t, c = time.perf_counter(), time.process_time()
            bare_extract(path)
            b_times.append(time.perf_counter() - t)
            b_cpu.append(time.process_time() - c)
            t, c = time.perf_counter(), time.process_time()
            load(path, engine=engine)
            l_times.append(time.perf_counter() - t)
            l_cpu.append(time.process_time() - c)
        bare += statistics.median(b_times)
        load_t += statistics.median(l_times)
        bare_cpu += statistics.median(b_cpu)
        load_cpu += statistics.median(l_cpu)
    return bare, load_t, bare_cpu, load_cpu


# --------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------


def corpus_pdfs(corpus: Path, only: list[str] | None = None) -> list[Path]:
    paths = sorted(corpus.glob("*/*.pdf"))
    if only:
        paths = [p for p in paths if p.name in only or str(p.relative_to(corpus)) in only]
    return paths


def run(corpus: Path, paths: list[Path], engine: str = "pypdfium2", gold: list[dict] | None = None,
        log=print) -> tuple[list[DocStats], dict]:
    """Measure every PDF in ``paths``; returns the per-document stats and the gold summary."""
    from screener.errors import LoadError
    from screener.loaders import load

    stats: list[DocStats] = []
    docs = {}
    for path in paths:
        rel = str(path.relative_to(corpus))
        lang = rel.split("/")[0]
        t = time.perf_counter()
        try:
            doc = load(path, engine=engine)
        except LoadError as exc:
            st = DocStats(rel, lang, error=type(exc).__name__)
            stats.append(st)
            continue
        elapsed = time.perf_counter() - t
        st = measure(doc, rel, lang)
        st.seconds = elapsed
        stats.append(st)
        docs[rel] = doc
    summary = {"tp": 0, "fp": 0, "gold": 0, "pages": 0, "notes": {}}
    for page in gold or []:
        doc = docs.get(page["file"])
        if doc is None:
            continue
        tp, fp, n, notes = boundary_counts(doc, page)
        summary["tp"] += tp
        summary["fp"] += fp
        summary["gold"] += n
        summary["pages"] += 1
        if notes:
            summary["notes"][f"{page['file']}:{page['page']}"] = notes
    tp, fp, n = summary["tp"], summary["fp"], summary["gold"]
    summary["precision"] = tp / (tp + fp) if tp + fp else 0.0
    summary["recall"] = tp / n if n else 0.0
    return stats, summary


def by_language(stats: list[DocStats]) -> dict[str, dict]:
    out = {}
    for lang in sorted({s.lang for s in stats}):
        group = [s for s in stats if s.lang == lang and not s.error]
        prose = sum(s.prose for s in group)
        lengths = [n for s in group for n in s.prose_lengths]
        out[lang] = {
            "docs": len(group),
            "pages": sum(s.pages for s in group),
            "blocks": sum(s.blocks for s in group),
            "prose": prose,
            "broken_share": sum(s.broken for s in group) / prose if prose else 0.0,
            "ligatures": sum(len(s.ligatures) for s in group),
            "median_prose": statistics.median(lengths) if lengths else 0.0,
            "furniture": sum(len(s.furniture) for s in group),
            "contents_pages": sum(s.roles.get("contents", 0) for s in group),
            "acronyms_pages": sum(s.roles.get("acronyms", 0) for s in group),
            "references_pages": sum(s.roles.get("references", 0) for s in group),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--repo", type=Path, default=ROOT, help="checkout whose screener package is measured")
    ap.add_argument("--docs", help="comma-separated file names to measure (default: all corpus PDFs)")
    ap.add_argument("--gold-only", action="store_true", help="measure only the PDFs that have gold pages")
    ap.add_argument("--engine", default="pypdfium2")
    ap.add_argument("--speed-runs", type=int, default=3)
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--speed-only", action="store_true", help="only the speed line (three longest PDFs)")
    ap.add_argument("--notes", action="store_true", help="print the gold mismatches and the defects found")
    ap.add_argument("--json", type=Path, help="write all figures here")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.repo.resolve()))
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    only = args.docs.split(",") if args.docs else None
    if args.gold_only:
        only = sorted({g["file"] for g in load_gold()})
    paths = corpus_pdfs(args.corpus, only)
    import screener

    print(f"screener from {Path(screener.__file__).parent}; {len(paths)} PDFs; engine {args.engine}")
    if args.speed_only:
        import pypdfium2 as pdfium

        def n_pages(path: Path) -> int:
            pdf = pdfium.PdfDocument(str(path))
            try:
                return len(pdf)
            finally:
                pdf.close()

        longest = sorted(paths, key=lambda p: -n_pages(p))[:3]
        bare, loaded, bare_cpu, load_cpu = speed(longest, args.speed_runs, args.engine)
        print(f"speed, three longest PDFs ({', '.join(p.name for p in longest)}): bare pypdfium2 {bare:.2f} s, "
              f"screener {loaded:.2f} s, ratio {loaded / bare:.2f}x (target <= {TARGET_SPEED}x); "
              f"CPU {bare_cpu:.2f} s against {load_cpu:.2f} s, ratio {load_cpu / bare_cpu:.2f}x")
        return 0 if loaded / bare <= TARGET_SPEED else 1
    stats, gold = run(args.corpus, paths, args.engine, load_gold())

    print(f"\n{'document':58} {'pages':>5} {'blocks':>6} {'broken':>7} {'lig':>4} {'median':>6} {'furn':>5} {'toc':>4} {'s':>6}")
    for s in stats:
        if s.error:
            print(f"{s.file:58} skipped ({s.error})")
            continue
        print(f"{s.file:58} {s.pages:5d} {s.blocks:6d} {s.broken_share:7.1%} {len(s.ligatures):4d} {s.median_prose:6.0f} "
              f"{len(s.furniture):5d} {s.roles.get('contents', 0):4d} {s.seconds:6.2f}")
        if args.notes and (s.ligatures or s.furniture or s.broken_examples):
            print(f"    ligatures: {s.ligatures[:8]}  furniture: {s.furniture[:6]}")
            for ex in s.broken_examples[:6]:
                print(f"    broken {ex}")
    langs = by_language(stats)
    print(f"\n{'lang':4} {'docs':>4} {'pages':>5} {'blocks':>7} {'broken':>7} {'lig':>4} {'median':>6} {'furn':>5} {'contents':>8} {'acronyms':>8} {'refs':>5}")
    for lang, v in langs.items():
        print(f"{lang:4} {v['docs']:4d} {v['pages']:5d} {v['blocks']:7d} {v['broken_share']:7.1%} {v['ligatures']:4d} "
              f"{v['median_prose']:6.0f} {v['furniture']:5d} {v['contents_pages']:8d} {v['acronyms_pages']:8d} {v['references_pages']:5d}")
    print(f"\nparagraph boundaries on {gold['pages']} gold pages: precision {gold['precision']:.3f}, recall {gold['recall']:.3f} "
          f"({gold['tp']} hits, {gold['fp']} extra, {gold['gold']} gold)")
    if args.notes:
        for where, notes in gold["notes"].items():
            print(f"  {where}")
            for n in notes:
                print(f"      {n}")
    failed = []
    total_prose = sum(v["prose"] for v in langs.values())
    broken_all = sum(v["broken_share"] * v["prose"] for v in langs.values()) / total_prose if total_prose else 0.0
    if any(v["broken_share"] > TARGET_BROKEN for v in langs.values()):
        failed.append("broken paragraphs")
    if sum(v["ligatures"] for v in langs.values()) > TARGET_LIGATURES:
        failed.append("split ligatures")
    if gold["precision"] < TARGET_BOUNDARY or gold["recall"] < TARGET_BOUNDARY:
        failed.append("paragraph boundaries")
    result = {"languages": langs, "broken_share": broken_all, "gold": {k: v for k, v in gold.items() if k != "notes"},
              "documents": [{"file": s.file, "pages": s.pages, "blocks": s.blocks, "broken_share": s.broken_share,
                             "ligatures": len(s.ligatures), "median_prose": s.median_prose, "furniture": len(s.furniture),
                             "roles": dict(s.roles), "seconds": s.seconds, "error": s.error} for s in stats]}
    if not args.no_speed:
        longest = sorted((s for s in stats if not s.error), key=lambda s: -s.pages)[:3]
        files = [args.corpus / s.file for s in longest]
        bare, loaded, bare_cpu, load_cpu = speed(files, args.speed_runs, args.engine)
        ratio = loaded / bare if bare else 0.0
        cpu_ratio = load_cpu / bare_cpu if bare_cpu else 0.0
        pages = sum(s.pages for s in longest)
        print(f"\nspeed, three longest PDFs ({', '.join(s.file for s in longest)}; {pages} pages): "
              f"bare pypdfium2 {bare:.2f} s, screener {loaded:.2f} s, ratio {ratio:.2f}x (target <= {TARGET_SPEED}x); "
              f"CPU {bare_cpu:.2f} s against {load_cpu:.2f} s, ratio {cpu_ratio:.2f}x")
        result["speed"] = {"files": [s.file for s in longest], "pages": pages, "bare": bare, "load": loaded, "ratio": ratio,
                           "bare_cpu": bare_cpu, "load_cpu": load_cpu, "cpu_ratio": cpu_ratio}
        if ratio > TARGET_SPEED:
            failed.append("speed")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print("\ntargets missed: " + ", ".join(failed) if failed else "\nall targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
