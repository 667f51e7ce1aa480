"""Labelled passages: loading, validation, the fixed train/evaluation split, leakage checks.

The split is fixed by a hash of each passage's id, so adding passages never moves old ones
between train and evaluation; a near-duplicate across the split is refused (it would
inflate the evaluation), as is any exact duplicate.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

from ..errors import BadDataError

REQUIRED = ("id", "text", "lang", "label")
OPTIONAL = ("concepts", "sector", "stage", "kind", "source", "note")
EVAL_BUCKETS = 5  # one passage in five is held out for evaluation
NEAR_DUP_JACCARD = 0.5


@dataclass(frozen=True, slots=True)
class Passage:
    id: str
    text: str
    lang: str
    label: int
    concepts: tuple[str, ...] = ()
    sector: str = "general"
    stage: str = ""
    kind: str = ""
    source: str = ""

    @property
    def split(self) -> str:
        h = int(hashlib.sha256(self.id.encode("utf-8")).hexdigest(), 16)
        return "eval" if h % EVAL_BUCKETS == 0 else "train"


def bundled_corpus_files() -> list[Path]:
    root = resources.files("screener.data") / "corpus"
    try:
        return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".jsonl"))
    except FileNotFoundError:
        return []


def load_jsonl(path: str | Path) -> list[Passage]:
    path = Path(path)
    if not path.exists():
        raise BadDataError(path, "training data file not found")
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise BadDataError(path, "training data is not UTF-8 text", "Save it as UTF-8 JSON Lines.") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadDataError(f"{path}:{n}", f"not valid JSON ({exc.msg})", "Each line must be one JSON object.") from None
        out.append(_passage(rec, f"{path}:{n}"))
    return out


def _passage(rec, where: str) -> Passage:
    if not isinstance(rec, dict):
        raise BadDataError(where, "a line must be a JSON object")
    missing = [k for k in REQUIRED if k not in rec]
    if missing:
        raise BadDataError(where, f"missing key(s): {', '.join(missing)}", "Required: id, text, lang, label.")
    unknown = sorted(set(rec) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise BadDataError(where, f"unknown key(s): {', '.join(unknown)}", f"Allowed: {', '.join(REQUIRED + OPTIONAL)}.")
    if rec["label"] not in (0, 1, True, False):
        raise BadDataError(where, f"label must be 0 or 1, not {rec['label']!r}")
    if not isinstance(rec["text"], str) or len(rec["text"].split()) < 3:
        raise BadDataError(where, "text must be a passage of at least three words")
    return Passage(
        id=str(rec["id"]), text=rec["text"].strip(), lang=str(rec["lang"]), label=int(rec["label"]),
        concepts=tuple(rec.get("concepts") or ()), sector=str(rec.get("sector") or "general"),
        stage=str(rec.get("stage") or ""), kind=str(rec.get("kind") or ""), source=str(rec.get("source") or ""),
    )


def load_corpus(paths: Sequence[str | Path] = (), *, bundled: bool = True) -> list[Passage]:
    files = (bundled_corpus_files() if bundled else []) + [Path(p) for p in paths]
    passages: list[Passage] = []
    for f in files:
        if f.suffix.lower() in (".xlsx", ".csv"):
            from .reviewed import load_reviewed, no_reviewed_rows  # reviewer spreadsheets (issue: batch & reports)

            reviewed = load_reviewed(f)
            if not reviewed:  # training on a fresh export would silently learn nothing from it
                raise no_reviewed_rows(f)
            passages.extend(reviewed)
        else:
            passages.extend(load_jsonl(f))
    check_corpus(passages)
    return passages


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\W+", " ", text).strip()


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    w = normalise(text).split()
    return {tuple(w[i:i + n]) for i in range(max(1, len(w) - n + 1))}


def check_corpus(passages: Sequence[Passage]) -> None:
    """Refuse duplicate ids, exact duplicate texts, and near-duplicates across the split."""
    seen_ids: dict[str, Passage] = {}
    seen_text: dict[str, Passage] = {}
    for p in passages:
        if p.id in seen_ids:
            raise BadDataError(None, f"duplicate passage id {p.id!r}", "Give every passage its own id.")
        seen_ids[p.id] = p
        key = normalise(p.text)
        if key in seen_text:
            raise BadDataError(None, f"passages {seen_text[key].id!r} and {p.id!r} have the same text", "Remove one of them.")
        seen_text[key] = p
    # near-duplicates across train/eval (leakage), via an index of 5-gram shingles
    evals = [p for p in passages if p.split == "eval"]
    index: dict[tuple[str, ...], list[int]] = {}
    eval_sh = []
    for i, p in enumerate(evals):
        sh = _shingles(p.text)
        eval_sh.append(sh)
        for g in sh:
            index.setdefault(g, []).append(i)
    for p in passages:
        if p.split != "train":
            continue
        sh = _shingles(p.text)
        counts: dict[int, int] = {}
        for g in sh:
            for i in index.get(g, ()):
                counts[i] = counts.get(i, 0) + 1
        for i, c in counts.items():
            jac = c / len(sh | eval_sh[i])
            if jac > NEAR_DUP_JACCARD:
                raise BadDataError(
                    None, f"leakage: training passage {p.id!r} nearly duplicates evaluation passage {evals[i].id!r} "
                    f"(5-gram Jaccard {jac:.2f})", "Rewrite or remove one of them.")


def split(passages: Iterable[Passage]) -> tuple[list[Passage], list[Passage]]:
    train, ev = [], []
    for p in passages:
        (ev if p.split == "eval" else train).append(p)
    return train, ev


def data_hash(passages: Sequence[Passage]) -> str:
    h = hashlib.sha256()
    for p in sorted(passages, key=lambda p: p.id):
        h.update(json.dumps([p.id, p.text, p.lang, p.label], ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()
