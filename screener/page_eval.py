"""Page-level evaluation of a whole screen against a gold set of labelled pages.

The gold set is a TSV with one row per labelled page (file, page, label, dimensions,
sectors, note), labelled 0 = no human-migration content, 1 = incidental, 2 = substantive
(``../shared/notes/page-labelling-guide.md``). A page is *predicted* when the screen has a
counted finding on it ("possible" pages are scored separately). Label-1 pages are neither
rewarded nor penalised, so precision and recall are over pages labelled 0 or 2. Every
document also gets a verdict check: the gold says migration is addressed when any labelled
page is a 2; the screen says so when its continuum position is not "blind".

This is the number the project steers by: it is measured on real plans, not on passages
written for the project.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from .errors import BadDataError, ScreenerError

GOLD_COLUMNS = ("file", "page", "label", "dimensions", "sectors", "note")
LABELS = (0, 1, 2)
# Targets of issue 9, per language (checked by tests/test_page_gold.py).
TARGETS = {"counted_precision": 0.95, "counted_recall": 0.95, "possible_precision": 0.6,
           "possible_per_50_pages_in_negative_docs": 1.0}


# Page-less text files (TXT, Markdown) are labelled and scored by "sheets": runs of the raw
# file's lines of about a printed page, cut at the first blank line after SHEET_CHARS
# characters (or at a line end after twice that). They are defined on the file's own text,
# not on screener's loader output, so a loader change never moves a label.
SHEET_CHARS = 3000
SHEET_FORMATS = (".txt", ".md", ".markdown")


def read_raw_text(path: str | Path) -> str:
    """A text file as its sheets are cut from (UTF-8, else Latin-1; never fails on bytes)."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def text_sheets(raw: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``raw`` of its sheets, numbered 1, 2, ... in a gold file."""
    starts = [0]
    pos = 0
    for line in raw.splitlines(keepends=True):
        pos += len(line)
        size = pos - starts[-1]
        if size >= SHEET_CHARS and (not line.strip() or size >= 2 * SHEET_CHARS):
            starts.append(pos)
    if len(starts) > 1 and not raw[starts[-1]:].strip():
        starts.pop()
    ends = starts[1:] + [len(raw)]
    return list(zip(starts, ends))


def _squeeze(text: str) -> tuple[str, list[int]]:
    """``text`` with every run of whitespace made one space, and each kept character's offset."""
    out: list[str] = []
    where: list[int] = []
    space = True
    for i, c in enumerate(text):
        if c.isspace() or c in "\u00ad\ufffe":
            if not space:
                out.append(" ")
                where.append(i)
            space = True
        else:
            out.append(c.lower())
            where.append(i)
            space = False
    return "".join(out), where


SLACK = 12_000  # squeezed characters: about a page of two columns read one after the other


class RawLocator:
    """Where a finding of a document loaded from ``raw`` sits in ``raw``, to give it a sheet.

    Blocks are found in order in the whitespace-squeezed, lower-cased raw text by their
    first characters, then the matched words from there on; text the loader rewrote
    (ligatures, hyphens) falls back to the block's own position.
    """

    def __init__(self, document, raw: str) -> None:
        self.flat, self.where = _squeeze(raw)
        self.sheets = text_sheets(raw)
        self._sheet_starts = [a for a, _b in self.sheets]
        self.block_at: dict[int, int] = self._anchor(document)  # block index -> offset in flat
        self._document = document

    def _anchor(self, document) -> dict[int, int]:
        """Each block's offset in the squeezed raw text.

        Blocks whose first characters occur once in the file are anchors (a repeated heading
        is not); a block between two anchors is placed at the occurrence of its first
        characters nearest the previous anchor. Two columns read one after the other move a
        block back by up to a page, hence the slack.
        """
        flat = self.flat
        probes = [_squeeze(b.text.replace(" | ", " ")[:32])[0].strip() for b in document.blocks]
        unique: dict[int, int] = {}
        for i, probe in enumerate(probes):
            if len(probe) >= 12:
                at = flat.find(probe)
                if at >= 0 and flat.rfind(probe) == at:
                    unique[i] = at
        idx = sorted(unique)
        # an anchor far from its neighbours' positions is a coincidence: drop it
        keep = {}
        for k, i in enumerate(idx):
            near = sorted(unique[j] for j in idx[max(0, k - 4):k + 5] if j != i)
            if not near or abs(unique[i] - near[len(near) // 2]) <= 40_000:
                keep[i] = unique[i]
        out: dict[int, int] = {}
        prev_pos = 0
        anchors = sorted(keep)
        nxt = 0
        for i, probe in enumerate(probes):
            while nxt < len(anchors) and anchors[nxt] < i:
                nxt += 1
            if i in keep:
                out[i] = prev_pos = keep[i]
                continue
            hi = keep[anchors[nxt]] if nxt < len(anchors) else len(flat)
            lo = max(0, prev_pos - SLACK)
            at = -1
            if len(probe) >= 8:
                fwd = flat.find(probe, prev_pos, hi + SLACK)
                back = flat.rfind(probe, lo, prev_pos)
                at = min((x for x in (fwd, back) if x >= 0), key=lambda x: abs(x - prev_pos), default=-1)
            if at >= 0:
                out[i] = at
                prev_pos = max(prev_pos, at)
            else:
                out[i] = prev_pos
        return {b.index: out[k] for k, b in enumerate(document.blocks)}

    def sheet(self, block: int, match_start: int, matched: str) -> int | None:
        """1-based sheet of the match (``match_start`` is an offset in Document.text)."""
        if not self.sheets:
            return None
        base = self.block_at.get(block, 0)
        blk = self._document.blocks[block]
        word = _squeeze(matched)[0].strip()
        # two columns printed side by side interleave a block's lines with the other column's
        guess = base + (match_start - blk.start)
        at = self.flat.find(word, base, base + 3 * len(blk.text) + 500) if word else -1
        # the block's anchor is off by a column or a page, or the phrase runs over a line of
        # two columns: the occurrence of the phrase, else of its longest word, nearest the guess
        for key in (word, max(word.split(), key=len, default="")):
            if at >= 0 or not key:
                break
            lo, hi = max(0, base - SLACK), base + 3 * len(blk.text) + SLACK
            hits, x = [], self.flat.find(key, lo, hi)
            while x >= 0 and len(hits) < 50:
                hits.append(x)
                x = self.flat.find(key, x + 1, hi)
            at = min(hits, key=lambda h: abs(h - guess), default=-1)
        if at < 0:
            at = min(guess, len(self.flat) - 1)
        raw_at = self.where[max(0, min(at, len(self.where) - 1))]
        import bisect

        return bisect.bisect_right(self._sheet_starts, raw_at)


@dataclass(frozen=True, slots=True)
class GoldPage:
    file: str  # path relative to the corpus root, with forward slashes
    page: int  # 1-based
    label: int
    dimensions: tuple[str, ...]
    sectors: tuple[str, ...]
    note: str


def read_gold(path: str | Path) -> list[GoldPage]:
    """Parse a gold TSV; any malformed row is a one-line error naming file and line (exit 11)."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise BadDataError(p, f"cannot read the gold file ({exc.strerror or exc})", "Check the path.") from None
    except UnicodeDecodeError:
        raise BadDataError(p, "the gold file is not UTF-8 text", "Save it as UTF-8 TSV.") from None
    rows = list(csv.reader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or tuple(c.strip() for c in rows[0][: len(GOLD_COLUMNS)]) != GOLD_COLUMNS:
        raise BadDataError(p, "the first line must be the header " + "\\t".join(GOLD_COLUMNS),
                           "See docs/evaluation.md for the gold-set format.")
    out: list[GoldPage] = []
    seen: set[tuple[str, int]] = set()
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        row = row + [""] * (len(GOLD_COLUMNS) - len(row))
        file, page, label = row[0].strip().replace("\\", "/"), row[1].strip(), row[2].strip()
        if not file or not page.isdigit() or int(page) < 1:
            raise BadDataError(f"{p}:{n}", f"bad file or page ({row[0]!r}, {row[1]!r})", "Use a relative path and a 1-based page number.")
        if label not in ("0", "1", "2"):
            raise BadDataError(f"{p}:{n}", f"label must be 0, 1 or 2, not {label!r}", "See the labelling guide.")
        key = (file, int(page))
        if key in seen:
            raise BadDataError(f"{p}:{n}", f"page {page} of {file} is labelled twice", "Keep one row per page.")
        seen.add(key)
        split = lambda s: tuple(x.strip() for x in s.split(",") if x.strip())  # noqa: E731
        out.append(GoldPage(file, int(page), int(label), split(row[3]), split(row[4]), row[5].strip()))
    if not out:
        raise BadDataError(p, "the gold file has no labelled pages", "Add one row per labelled page.")
    return out


def resolve_documents(gold: Sequence[GoldPage], inputs: Sequence[str | Path]) -> dict[str, Path]:
    """Map each gold ``file`` to a path: under a given folder, or a given file of the same name."""
    folders = [Path(i) for i in inputs if Path(i).is_dir()]
    files = [Path(i) for i in inputs if not Path(i).is_dir()]
    found: dict[str, Path] = {}
    for name in dict.fromkeys(g.file for g in gold):
        for f in files:
            if f.as_posix().endswith(name) or f.name == Path(name).name:
                found[name] = f
                break
        else:
            for d in folders:
                if (d / name).is_file():
                    found[name] = d / name
                    break
    return found


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold_positive: bool, predicted: bool) -> None:
        if gold_positive and predicted:
            self.tp += 1
        elif gold_positive:
            self.fn += 1
        elif predicted:
            self.fp += 1
        else:
            self.tn += 1

    def metrics(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        f2 = (5 * p * r / (4 * p + r)) if p is not None and r is not None and (4 * p + r) > 0 else None
        rnd = lambda x: None if x is None else round(x, 3)  # noqa: E731
        return {"precision": rnd(p), "recall": rnd(r), "f2": rnd(f2),
                "confusion": {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn}}


@dataclass
class _DocOutcome:
    file: str
    language: str
    pages: int | None
    error: str | None = None
    counted_pages: dict[int, list[dict]] = field(default_factory=dict)  # page -> evidence
    possible_pages: dict[int, list[dict]] = field(default_factory=dict)
    possible_passages: int = 0
    verdict: str | None = None  # continuum position


def _evidence(f) -> dict:
    sig = next((s for s in f.signals if s.source == "lexicon"), f.signals[0] if f.signals else None)
    return {"matched": f.matched, "concept": f.concept, "term": sig.id if sig else "",
            "quote": f.text[:160]}


def _outcome(file: str, result, path: Path | None = None) -> _DocOutcome:
    doc = result.document
    locator = None
    pages = doc.pages
    if path is not None and path.suffix.lower() in SHEET_FORMATS:
        # a text file's gold "pages" are its raw sheets, even where the loader found pages
        # of its own (form feeds, page-number lines): those move when the loader changes
        locator = RawLocator(doc, read_raw_text(path))
        pages = len(locator.sheets)
    out = _DocOutcome(file, result.language, pages, verdict=result.summary.get("continuum"))
    for f in result.findings:
        page = f.page if locator is None else locator.sheet(f.block, f.match_start, f.matched)
        if page is None:
            continue
        if f.counts:
            out.counted_pages.setdefault(page, []).append(_evidence(f))
        elif f.kind == "possible":
            out.possible_pages.setdefault(page, []).append(_evidence(f))
    out.possible_passages = sum(1 for f in result.findings if f.kind == "possible")
    return out


def evaluate_pages(
    gold: Sequence[GoldPage],
    documents: Mapping[str, Path],
    screen_file: Callable[[Path], Any],
    *,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Screen every gold document once and score its labelled pages; see the module docstring."""
    by_file: dict[str, list[GoldPage]] = defaultdict(list)
    for g in gold:
        by_file[g.file].append(g)
    outcomes: dict[str, _DocOutcome] = {}
    for file in by_file:
        path = documents.get(file)
        lang_guess = file.split("/", 1)[0] if "/" in file else "und"
        if path is None:
            outcomes[file] = _DocOutcome(file, lang_guess, None, error="not found among the inputs")
            continue
        if progress:
            progress(file)
        try:
            outcomes[file] = _outcome(file, screen_file(path), path)
        except ScreenerError as exc:  # a document the screen cannot read: its pages are all "not found"
            outcomes[file] = _DocOutcome(file, lang_guess, None, error=f"{exc.kind} (exit {exc.exit_code})")
    return _score(by_file, outcomes)


def _score(by_file: Mapping[str, list[GoldPage]], outcomes: Mapping[str, _DocOutcome]) -> dict[str, Any]:
    counted: dict[str, _Counts] = defaultdict(_Counts)
    possible: dict[str, _Counts] = defaultdict(_Counts)
    labelled: dict[str, Counter] = defaultdict(Counter)
    neg_docs_pages: dict[str, int] = defaultdict(int)
    neg_docs_possible: dict[str, int] = defaultdict(int)
    misses, false_hits, possible_false, documents = [], [], [], []
    verdicts: dict[str, _Counts] = defaultdict(_Counts)
    for file, pages in by_file.items():
        o = outcomes[file]
        langs = (o.language, "all")
        gold_positive_doc = any(g.label == 2 for g in pages)
        predicted_doc = o.error is None and o.verdict not in (None, "blind")
        for lang in langs:
            verdicts[lang].add(gold_positive_doc, predicted_doc)
            if not gold_positive_doc and o.pages:
                neg_docs_pages[lang] += o.pages
                neg_docs_possible[lang] += o.possible_passages
        for g in pages:
            for lang in langs:
                labelled[lang][g.label] += 1
            if g.label == 1:
                continue
            hit = g.page in o.counted_pages
            maybe = g.page in o.possible_pages and not hit
            for lang in langs:
                counted[lang].add(g.label == 2, hit)
                if g.page in o.possible_pages:
                    possible[lang].add(g.label == 2, True)
            if g.label == 2 and not hit:
                misses.append({"file": file, "page": g.page, "dimensions": list(g.dimensions), "note": g.note,
                               "possible": maybe, "error": o.error})
            elif g.label == 0 and hit:
                false_hits.append({"file": file, "page": g.page, "note": g.note, "evidence": o.counted_pages[g.page][:3]})
            if g.label == 0 and g.page in o.possible_pages:
                possible_false.append({"file": file, "page": g.page, "evidence": o.possible_pages[g.page][:2]})
        documents.append({"file": file, "language": o.language, "pages": o.pages, "labelled": len(pages),
                          "gold_verdict": "addressed" if gold_positive_doc else "not addressed",
                          "screen_verdict": o.verdict, "verdict_right": gold_positive_doc == predicted_doc,
                          "error": o.error, "possible_passages": o.possible_passages})
    langs = sorted(set(labelled) - {"all"}) + ["all"]
    per_lang = {}
    for lang in langs:
        pm = possible[lang].metrics()
        neg_pages = neg_docs_pages[lang]
        per_lang[lang] = {
            "labelled": {str(k): labelled[lang][k] for k in LABELS},
            "counted": counted[lang].metrics(),
            "possible": {"precision": pm["precision"], "pages": pm["confusion"]["tp"] + pm["confusion"]["fp"],
                         "per_50_pages_in_negative_docs": round(50 * neg_docs_possible[lang] / neg_pages, 2) if neg_pages else None},
            "verdicts": {"right": verdicts[lang].tp + verdicts[lang].tn,
                         "documents": sum(vars(verdicts[lang]).values()),
                         **verdicts[lang].metrics()["confusion"]},
        }
    return {"languages": per_lang, "documents": documents, "misses": misses, "false_hits": false_hits,
            "possible_false_hits": possible_false}



def format_text(result: Mapping[str, Any], source: str = "") -> str:
    """The human-readable table printed by ``screener evaluate --pages``."""
    fmt = lambda x: "  -  " if x is None else f"{x:.3f}"  # noqa: E731
    lines = [f"Page-level evaluation{' on ' + source if source else ''} (label 1 pages neither rewarded nor penalised)", ""]
    lines.append(f"{'lang':<5} {'pages 0/1/2':>13}  counted P / R / F2      possible P (pages)  possible/50p neg docs  verdicts right")
    for lang, m in result["languages"].items():
        lab = m["labelled"]
        c, p, v = m["counted"], m["possible"], m["verdicts"]
        per50 = "-" if p["per_50_pages_in_negative_docs"] is None else f"{p['per_50_pages_in_negative_docs']:.2f}"
        lines.append(
            f"{lang:<5} {lab['0']:>4}/{lab['1']:>3}/{lab['2']:>4}  {fmt(c['precision'])} / {fmt(c['recall'])} / {fmt(c['f2'])}"
            f"   {fmt(p['precision'])} ({p['pages']:>3})        {per50:>6}              {v['right']}/{v['documents']}"
        )
    wrong = [d for d in result["documents"] if not d["verdict_right"]]
    if wrong:
        lines += ["", "Documents with a wrong verdict:"]
        lines += [f"  {d['file']}: gold {d['gold_verdict']}, screen {d['screen_verdict'] or d['error']}" for d in wrong]
    failed = [d for d in result["documents"] if d["error"]]
    if failed:
        lines += ["", "Documents not screened (their pages count as not found):"]
        lines += [f"  {d['file']}: {d['error']}" for d in failed]
    if result["misses"]:
        lines += ["", f"Misses ({len(result['misses'])}: gold 2, no counted finding on the page):"]
        for m in result["misses"]:
            tag = " [possible]" if m["possible"] else ""
            lines.append(f"  {m['file']} p.{m['page']}{tag}: {','.join(m['dimensions'])} - {m['note']}")
    if result["false_hits"]:
        lines += ["", f"False hits ({len(result['false_hits'])}: gold 0, counted finding on the page):"]
        for h in result["false_hits"]:
            ev = "; ".join(f"{e['matched']!r} ({e['term']})" for e in h["evidence"])
            lines.append(f"  {h['file']} p.{h['page']}: {ev}")
    return "\n".join(lines) + "\n"

