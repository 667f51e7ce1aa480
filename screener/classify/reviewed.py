"""Reviewed spreadsheets back into training passages: the consultant's judgement as labels.

``screener scan -o report.xlsx`` writes every finding with a "Review" column; a reviewer marks
each one accepted (the passage is about migration) or rejected (it is not) and pastes what the
screen missed into "Missed passages". ``load_reviewed`` turns that file (or the findings CSV)
into ``Passage`` objects that ``load_corpus`` adds to the training data:

* accepted finding  -> label 1, text = the quote, concepts from the row
* rejected finding  -> label 0
* blank review      -> skipped (not judged)
* missed passage    -> its label column (default 1)

Ids are derived from the document hash and finding id ("review-<sha8>-F0012") or from the
text ("missed-<sha10>"), so re-reading the same file gives the same ids and the fixed
train/evaluation split does not move. Headers and sheet names are matched in en/es/fr and in
any column order; anything unreadable is a ``BadDataError`` naming the file, sheet and row.

Columns are read by their stable keys (``HEADERS``: every header screener has written for a
key, in every language), not through the report's current translations: rewording a report
label must not make reviewed files from an earlier version unreadable for training. A test
checks that the report's labels are all here.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import BadDataError
from ..stages import fold
from ..vocabulary import LANGUAGES, bundled
from .corpus import NEAR_DUP_JACCARD, Passage, _shingles, normalise

FINDING_KEYS = ("id", "kind", "concept", "concepts", "sectors", "stage", "quote", "sha256", "language", "review")
FINDING_REQUIRED = ("id", "quote", "review", "language", "sha256")
MISSED_KEYS = ("text", "lang", "label", "concepts", "sector", "note")
MAX_BYTES = 100 * 10**6

_ACCEPT = {"accepted", "accept", "aceptado", "aceptada", "aceptar", "accepte", "acceptee", "accepter",
           "yes", "y", "si", "oui", "1", "true", "verdadero", "vrai", "ok"}
_REJECT = {"rejected", "reject", "rechazado", "rechazada", "rechazar", "rejete", "rejetee", "rejeter",
           "no", "n", "non", "0", "false", "falso", "faux"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONCEPT_ID = re.compile(r"[a-z][a-z0-9_]*")
_HINT_REVIEW = "Use the drop-down: accepted or rejected, or leave the cell blank."


# The headers (en, es, fr) each stable column key has been written with; append, never remove.
HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("ID",),
    "kind": ("Kind (code)", "Tipo (código)", "Type (code)"),
    "concept": ("Concept (code)", "Concepto (código)"),
    "concepts": ("Concepts (code)", "Conceptos (código)"),
    "sectors": ("Sectors (code)", "Sectores (código)", "Secteurs (code)"),
    "stage": ("Stage (code)", "Etapa (código)", "Étape (code)"),
    "quote": ("Quote", "Cita", "Citation"),
    "sha256": ("Document SHA-256", "SHA-256 del documento", "SHA-256 du document"),
    "language": ("Language", "Idioma", "Langue"),
    "review": ("Review", "Revisión", "Révision"),
    "text": ("Text", "Texto", "Texte"),
    "lang": ("Language (en/es/fr)", "Idioma (en/es/fr)", "Langue (en/es/fr)"),
    "label": ("Label (1 = about migration, 0 = not)", "Etiqueta (1 = trata la migración, 0 = no)",
              "Étiquette (1 = traite de la migration, 0 = non)"),
    "sector": ("Sector", "Secteur"),
    "note": ("Note", "Nota"),
}
SHEETS: dict[str, tuple[str, ...]] = {
    "sheet_findings": ("Findings", "Hallazgos", "Constats"),
    "sheet_missed": ("Missed passages", "Pasajes omitidos", "Passages manqués"),
}


def _labels(key: str) -> set[str]:
    """Every way a column header for ``key`` may be written: the key itself and its headers."""
    return {fold(key), fold(key.replace("_", " "))} | {fold(v) for v in HEADERS.get(key, ())}


def _sheet_names(key: str) -> set[str]:
    return {fold(v) for v in SHEETS[key]}


def _concept_by_label() -> dict[str, str]:
    """Concept ids by the lexicon's own labels ("Remesas" -> remittances), for hand-typed cells."""
    return {fold(label): cid for cid, labels in bundled().concept_labels.items() for label in labels.values()}


def _cell(value) -> str:
    """A cell as text: blanks to "", whole floats without ".0", the anti-formula quote undone."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_START:
        text = text[1:]
    return text


def _header_map(header: list, keys: Iterable[str], aliases: dict[str, str] | None = None) -> dict[str, int]:
    """Column index of each known key; unknown columns are ignored (reviewers add their own)."""
    wanted = {label: key for key in keys for label in _labels(key)}
    for alias, key in (aliases or {}).items():
        for label in _labels(alias):
            wanted.setdefault(label, key)
    out: dict[str, int] = {}
    for i, h in enumerate(header):
        key = wanted.get(fold(_cell(h)))
        if key is not None and key not in out:
            out[key] = i
    return out


def _split_list(text: str) -> list[str]:
    return [x.strip() for x in re.split(r"[,;]", text) if x.strip()]


def _concepts(text: str, where: str, row: int) -> tuple[str, ...]:
    out = []
    by_label = _concept_by_label() if text else {}
    for item in _split_list(text):
        cid = by_label.get(fold(item))
        if cid is None:
            cid = fold(item).replace(" ", "_")
            if not _CONCEPT_ID.fullmatch(cid):
                raise BadDataError(where, f"row {row}: {item!r} is not a concept id",
                                   "Use ids such as immigration, remittances, forced_displacement, separated by commas.")
        if cid != "unspecified" and cid not in out:
            out.append(cid)
    return tuple(out)


def _review(value: str, where: str, row: int) -> int | None:
    v = fold(value)
    if not v:
        return None
    if v in _ACCEPT:
        return 1
    if v in _REJECT:
        return 0
    raise BadDataError(where, f"row {row}: review value {value!r} is neither accepted nor rejected", _HINT_REVIEW)


def _lang(value: str, where: str, row: int, column: str) -> str:
    v = fold(value)
    if v not in LANGUAGES:
        raise BadDataError(where, f"row {row}: {column} {value!r} is not en, es or fr", "Write en, es or fr.")
    return v


def _findings(rows: Iterator[tuple[int, list]], header: list, where: str, source: str) -> list[Passage]:
    cols = _header_map(header, FINDING_KEYS)
    missing = [k for k in FINDING_REQUIRED if k not in cols]
    if missing:
        raise BadDataError(where, f"the header row lacks the column(s) {', '.join(missing)}",
                           "Keep the columns screener wrote (ID, Quote, Review, Language, Document SHA-256); "
                           "re-export with `screener scan plan.pdf -o review.xlsx` if they were deleted.")
    get = lambda row, key: _cell(row[cols[key]]) if key in cols and cols[key] < len(row) else ""  # noqa: E731
    out = []
    for n, row in rows:
        label = _review(get(row, "review"), where, n)
        if label is None:
            continue
        fid, quote, sha = get(row, "id"), get(row, "quote"), get(row, "sha256")
        if not fid or not quote:
            raise BadDataError(where, f"row {n}: a reviewed row has an empty {'ID' if not fid else 'Quote'} cell",
                               "Restore it from the original export, or clear the Review cell.")
        if not re.fullmatch(r"[0-9a-fA-F]{8,64}", sha):
            raise BadDataError(where, f"row {n}: the document SHA-256 {sha!r} is missing or malformed",
                               "Restore the Document SHA-256 column from the original export.")
        lang = _lang(get(row, "language"), where, n, "language")
        concepts = _concepts(get(row, "concepts") or get(row, "concept"), where, n) if label == 1 else ()
        sectors = _split_list(get(row, "sectors"))
        out.append(Passage(
            id=f"review-{sha[:8].lower()}-{fid}", text=quote, lang=lang, label=label, concepts=concepts,
            sector=sectors[0] if sectors else "general", stage=get(row, "stage"),
            kind="reviewed_accepted" if label else "reviewed_rejected", source=source,
        ))
    return out


def _missed(rows: Iterator[tuple[int, list]], header: list, where: str, source: str, default_lang: str | None) -> list[Passage]:
    cols = _header_map(header, MISSED_KEYS, aliases={"language": "lang"})
    if "text" not in cols:
        raise BadDataError(where, "the header row has no Text column", "Keep the headers screener wrote: Text, Language, Label, Concepts, Sector, Note.")
    get = lambda row, key: _cell(row[cols[key]]) if key in cols and cols[key] < len(row) else ""  # noqa: E731
    out = []
    for n, row in rows:
        values = [_cell(v) for v in row]
        if not any(values):
            continue
        text = get(row, "text")
        if len(text.split()) < 3:
            raise BadDataError(where, f"row {n}: the Text cell must hold a passage of at least three words",
                               "Paste the whole sentence or paragraph, or delete the row.")
        lang_cell = get(row, "lang")
        if lang_cell:
            lang = _lang(lang_cell, where, n, "language")
        elif default_lang:
            lang = default_lang
        else:
            raise BadDataError(where, f"row {n}: no language given", "Write en, es or fr in the Language column.")
        label_cell = get(row, "label")
        label = 1 if not label_cell else _review(label_cell, where, n)
        digest = hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:10]
        out.append(Passage(
            id=f"missed-{digest}", text=text, lang=lang, label=label,
            concepts=_concepts(get(row, "concepts"), where, n) if label == 1 else (),
            sector=get(row, "sector") or "general", kind="reviewed_missed", source=source,
        ))
    return out


def _dedupe(passages: list[Passage], where: str) -> list[Passage]:
    """Drop repeats a plan naturally has (the same sentence twice, near-identical indicator lines).

    ``check_corpus`` refuses exact and cross-split near-duplicates, which is right for a curated
    corpus but would make every real review file fail; here the first occurrence is kept. The
    same text judged both ways is a reviewer contradiction and is reported.
    """
    kept: list[Passage] = []
    by_text: dict[str, Passage] = {}
    shingles: list[set] = []
    for p in passages:
        key = normalise(p.text)
        if key in by_text:
            if by_text[key].label != p.label:
                raise BadDataError(where, f"{by_text[key].id} and {p.id} have the same text but opposite labels",
                                   "Make the two judgements agree, or clear one of them.")
            continue
        if not key:
            continue
        sh = _shingles(p.text)
        if any(len(sh & other) / len(sh | other) > NEAR_DUP_JACCARD for other in shingles):
            continue
        by_text[key] = p
        shingles.append(sh)
        kept.append(p)
    return kept


def _xlsx_sheets(path: Path) -> list[tuple[str, list[list]]]:
    from ..limits import check_zip

    check_zip(path, path, what="workbook", max_xml=64 * 2**20, max_total=256 * 2**20)  # a zip bomb: exit 10
    try:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, XML and its own errors for bad files
        raise BadDataError(path, f"not a readable Excel workbook ({type(exc).__name__})",
                           "Open it in Excel or LibreOffice and save it again as .xlsx.") from None
    try:
        return [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in wb.worksheets]
    except Exception as exc:
        raise BadDataError(path, f"a sheet cannot be read ({type(exc).__name__})",
                           "Open it in Excel or LibreOffice and save it again as .xlsx.") from None
    finally:
        wb.close()


def _csv_rows(path: Path) -> list[list]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows in Western locales
    first = text.split("\n", 1)[0]
    # Excel writes ";" in locales with a decimal comma (es, fr): take the likeliest separator.
    delim = max((",", ";", "\t"), key=first.count)
    try:
        return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delim)]
    except csv.Error as exc:
        raise BadDataError(path, f"not a valid CSV file ({exc})", "Save it again as CSV UTF-8 from Excel.") from None


def _numbered(rows: list[list]) -> Iterator[tuple[int, list]]:
    """Data rows with their spreadsheet row number (the header is row 1)."""
    return ((i, row) for i, row in enumerate(rows[1:], 2))


def _language_of(rows: list[list]) -> str | None:
    """The findings' language, the default for missed passages without one."""
    if not rows:
        return None
    cols = _header_map(rows[0], ("language",))
    if "language" not in cols:
        return None
    found = Counter(fold(_cell(r[cols["language"]])) for r in rows[1:] if cols["language"] < len(r))
    langs = [lang for lang, _ in found.most_common() if lang in LANGUAGES]
    return langs[0] if langs else None


def load_reviewed(path: str | Path) -> list[Passage]:
    """Training passages from a reviewed XLSX export or findings CSV (see the module docstring)."""
    path = Path(path)
    if not path.is_file():
        raise BadDataError(path, "reviewed file not found", "Check the path.")
    if path.stat().st_size > MAX_BYTES:
        raise BadDataError(path, f"reviewed file is larger than {MAX_BYTES // 10**6} MB", "Split it into smaller files.")
    source = f"reviewed: {path.name}"
    suffix = path.suffix.lower()
    passages: list[Passage] = []
    if suffix == ".xlsx":
        sheets = _xlsx_sheets(path)
        findings_names, missed_names = _sheet_names("sheet_findings"), _sheet_names("sheet_missed")
        findings = [(n, r) for n, r in sheets if fold(n) in findings_names]
        missed = [(n, r) for n, r in sheets if fold(n) in missed_names]
        if not findings and not missed:
            raise BadDataError(path, "no Findings sheet and no Missed passages sheet",
                               "Use the workbook written by `screener scan plan.pdf -o review.xlsx` and keep its sheet names.")
        default_lang = None
        for name, rows in findings:
            if rows:
                passages += _findings(_numbered(rows), rows[0], f"{path} [{name}]", source)
                default_lang = default_lang or _language_of(rows)
        for name, rows in missed:
            if rows:
                passages += _missed(_numbered(rows), rows[0], f"{path} [{name}]", source, default_lang)
    elif suffix == ".csv":
        rows = _csv_rows(path)
        if not rows or not any(_cell(v) for v in rows[0]):
            raise BadDataError(path, "the CSV file is empty", "Export the findings with `screener scan plan.pdf -o findings.csv`.")
        header = rows[0]
        if {"id", "review"} <= set(_header_map(header, FINDING_KEYS)):
            passages = _findings(_numbered(rows), header, str(path), source)
        elif "text" in _header_map(header, MISSED_KEYS):
            passages = _missed(_numbered(rows), header, str(path), source, None)
        else:
            raise BadDataError(path, "the header row has neither ID and Review columns (findings) nor a Text column (missed passages)",
                               "Use the findings CSV written by `screener scan plan.pdf -o findings.csv`.")
    else:
        raise BadDataError(path, f"reviewed files must be .xlsx or .csv, not {suffix or 'no extension'}",
                           "Save the review as .xlsx.")
    return _dedupe(passages, str(path))


def no_reviewed_rows(path: str | Path) -> BadDataError:
    """What `screener train` says of a review file holding nothing to learn from."""
    return BadDataError(path, "no reviewed row was found (every Review cell is empty, and no missed passage was added)",
                        "Mark findings accepted or rejected in the Review column, or add passages to the Missed "
                        "passages sheet, then train again (docs/reviewing.md).")
