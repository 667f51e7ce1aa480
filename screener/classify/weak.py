"""Weak labels for real plans: training passages nobody has to label by hand.

The synthetic corpus is balanced (half migration) and written for the project; real plans
have a few per cent of migration passages and much that no synthetic passage looks like
(contents lines, acknowledgements, acronym lists, budget and indicator tables). A model
trained only on the former calls 40 % of a real plan "possible". So every real document
is screened with the lexicon alone, and each block the classifier would score gets:

- **1** (``lexicon``) when it holds a counted lexicon finding (affirmed, no exclusion) and is
  running text (not a contents line, table row or acronym list);
- **0** when it is a hard negative: a contents line, an acknowledgement, an acronym or
  ministries list, a table or indicator row, a false friend (an exclusion fired and no term
  counted), or any passage of a page where no migration stem occurs at all;
- nothing (left out) otherwise: passages near migration text without a lexicon term are
  exactly what the classifier is asked to judge, so they must not be taught as negatives.

Weak labels come from the screen itself, never from a gold set; the gold set is used only to
*measure* (document-grouped cross-validation, ``train.train_real``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from .corpus import Passage, normalise

# Any of these on a page means it may speak of migration: its passages are never taught as
# negatives. Deliberately broad (accent-stripped, lower-case): a false "stem" only loses a
# negative example, a missing one teaches a migration passage as "not migration".
MIGRATION_STEMS = re.compile(
    r"migra|emigr|inmigr|immigr|refug|asil|asyl|deplac|desplaz|displac|diaspor|remes|remit|transferts? de fonds"
    r"|traffick|trafic|trata\b|traite|smuggl|passeur|exil|expatri|retorn|return|rapatri|repatri|apatrid|stateless"
    r"|border|frontera|frontier|fronteri|movilidad|mobilit|exode|exodo|nomad|transhuman|relocat|reubic|reasent"
    r"|resettl|reinstall|deport|expuls|extranjer|etranger|foreign|abroad|exterior|seasonal|saisonn|temporer|jornaler"
    r"|victim|victima|ethni|etnic|indigen|autochton|minorit|nationalit|nacionalid|citizenship|ciudadan"
)
CONTENTS = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}\s*$|…{2,}|_{4,}\s*\d+\s*$")
ACKNOWLEDGEMENTS = re.compile(r"acknowledg|remerciement|agradecimiento|foreword|avant-propos|pr[eé]face|pr[oó]logo")
ACRONYMS_HEAD = re.compile(r"acronym|abbreviation|sigles|abr[eé]viation|siglas|acr[oó]nimo")
_UPPER = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý0-9\-&/]{1,9}$")
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class RealBlock:
    """A block of a real document as the screen sees it, with its weak label (or None)."""

    file: str
    lang: str
    page: int | None
    block: int
    text: str
    lexicon: bool  # a non-excluded lexicon match: the classifier never makes it "possible"
    false_friend: bool  # an exclusion fired in the block
    label: int | None
    reason: str


@dataclass(frozen=True)
class RealDocument:
    """One screened document: its blocks and the page outcome of the lexicon-only screen."""

    file: str
    lang: str
    blocks: tuple[RealBlock, ...]
    outcome: object  # page_eval._DocOutcome of the lexicon-only screen (counted pages, verdict)


def is_contents(text: str) -> bool:
    return bool(CONTENTS.search(text.strip()))


def is_acronym_list(text: str) -> bool:
    toks = text.split()
    return len(toks) >= 4 and sum(1 for t in toks if _UPPER.match(t.strip(",;:()."))) / len(toks) >= 0.3


def is_table_like(text: str, kind: str) -> bool:
    if kind == "table_row":
        return True
    chars = [c for c in text if not c.isspace()]
    return bool(chars) and len(_DIGITS.findall(text)) / len(chars) >= 0.2


def weak_label(text: str, kind: str, section_path: str, counted: bool, lexicon: bool, false_friend: bool,
               page_has_stem: bool) -> tuple[int | None, str]:
    """The weak label of one scored block and why (see the module docstring)."""
    shape = ("contents" if is_contents(text) else "acronyms" if is_acronym_list(text) or ACRONYMS_HEAD.search(section_path)
             else "table" if is_table_like(text, kind) else "")
    if counted:
        return (None, "lexicon_" + shape) if shape else (1, "lexicon")
    if lexicon:
        return None, "lexicon_not_counted"  # negated, hypothetical, historical: leave to judgement
    if false_friend:
        return 0, "false_friend"
    if shape:
        return 0, shape
    if ACKNOWLEDGEMENTS.search(section_path):
        return 0, "acknowledgements"
    if not page_has_stem:
        return 0, "no_stem_page"
    return None, "unlabelled"


def _fold(text: str) -> str:
    return normalise(text)


def blocks_of(file: str, result, eligible: Callable[[object], bool]) -> RealDocument:
    """Weakly label every block of a lexicon-only ``ScreenResult`` that the classifier would score."""
    from ..page_eval import _outcome

    doc = result.document
    lexicon_blocks = {f.block for f in result.findings if f.kind == "migration"}
    counted_blocks = {f.block for f in result.findings if f.counts}
    excluded_blocks = {e.block for e in result.excluded}
    page_text: dict[int | None, list[str]] = {}
    for b in doc.blocks:
        page_text.setdefault(b.page, []).append(b.text)
    stem_pages = {pg for pg, texts in page_text.items() if MIGRATION_STEMS.search(_fold(" ".join(texts)))}
    if None in page_text:  # formats without pages: the stem test is per block instead
        stem_pages.discard(None)
    out = []
    for b in doc.blocks:
        if not eligible(b):
            continue
        has_stem = (b.page in stem_pages) if b.page is not None else bool(MIGRATION_STEMS.search(_fold(b.text)))
        path = " / ".join(doc.section_path(b.section)).lower()
        label, reason = weak_label(b.text, b.kind, path, b.index in counted_blocks, b.index in lexicon_blocks,
                                   b.index in excluded_blocks, has_stem)
        out.append(RealBlock(file, result.language, b.page, b.index, b.text, b.index in lexicon_blocks,
                             b.index in excluded_blocks, label, reason))
    return RealDocument(file, result.language, tuple(out), _outcome(file, result))


def collect(inputs: Sequence[str | Path], screener, *, progress: Callable[[str], None] | None = None,
            errors: list[str] | None = None) -> list[RealDocument]:
    """Screen every supported file under ``inputs`` (lexicon only) and weakly label its blocks.

    ``file`` is the path relative to the folder given (as in a page gold set); README files in a
    folder (notes about the documents) are skipped. Documents the
    screen cannot read (scans without text, ...) are skipped and named in ``errors``.
    """
    from ..errors import ScreenerError
    from ..loaders import iter_supported
    from ..screen import MIN_CLASSIFIER_WORDS
    from ..model import HEADING

    def eligible(b) -> bool:  # the same blocks screen() gives the classifier
        return b.kind != HEADING and len(b.text.split()) >= MIN_CLASSIFIER_WORDS

    docs = []
    for inp in inputs:
        root = Path(inp)
        for path in iter_supported([root]):
            if root.is_dir() and path.stem.upper() == "README":
                continue  # a folder's own notes about its documents, not a plan
            file = path.relative_to(root).as_posix() if root.is_dir() else path.name
            if progress:
                progress(file)
            try:
                result = screener.screen_file(path)
            except ScreenerError as exc:
                if errors is not None:
                    errors.append(f"{file}: {exc.kind} (exit {exc.exit_code})")
                continue
            docs.append(blocks_of(file, result, eligible))
    return docs


def passages(docs: Sequence[RealDocument], *, max_negatives_per_doc: int = 400, seed: int = 0) -> list[Passage]:
    """Training passages from weakly labelled blocks, one copy of each text.

    Repeated texts (running headers that survived, the same indicator line in every table)
    are kept once; a text weakly labelled both ways is dropped. Negatives are capped per
    document (a deterministic sample by text hash) so that long table-heavy plans do not
    drown the rest; positives are all kept, leaving the natural few-per-cent base rate.
    """
    by_text: dict[str, tuple[RealBlock, set[int]]] = {}
    for d in docs:
        for b in d.blocks:
            if b.label is None:
                continue
            key = _fold(b.text)
            if key in by_text:
                by_text[key][1].add(b.label)
            else:
                by_text[key] = (b, {b.label})
    per_doc: dict[str, list[tuple[str, RealBlock]]] = {}
    for key, (b, labels) in by_text.items():
        if len(labels) == 1:
            per_doc.setdefault(b.file, []).append((key, b))
    out: list[Passage] = []
    for file in sorted(per_doc):
        items = per_doc[file]
        pos = [b for _k, b in items if b.label == 1]
        neg = sorted((b for _k, b in items if b.label == 0),
                     key=lambda b: hashlib.sha256(f"{seed}:{_fold(b.text)}".encode("utf-8")).hexdigest())
        for b in pos + neg[:max_negatives_per_doc]:
            digest = hashlib.sha256(f"{b.file}#{b.block}".encode("utf-8")).hexdigest()[:12]
            out.append(Passage(id=f"real-{digest}", text=b.text, lang=b.lang, label=int(b.label), kind=f"weak_{b.reason}",
                               source=b.file))
    return out
