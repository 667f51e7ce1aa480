"""The precomputed French tokenizer exceptions (screener/nlp/tokenizer_data.py) tokenize real
plans exactly as ``spacy.blank(lang)`` does, and fall back to spaCy's own module when they do
not fit the installed spaCy."""

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from screener.nlp import tokenizer_data as td

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("SCREENER_CORPUS") or ROOT.parent / "shared" / "corpus")
# real text: two plans per language (pypdfium2's raw page text: hyphenation, ligatures, URLs,
# numbers, headers — what the tokenizer sees, and more), capped so the test stays quick
DOCS = {
    "en": ("en/np_constitution_2015_en.pdf", "en/lc_nap_2018-2028.pdf"),
    "es": ("es/co_pdm_zipaquira_2024-2027.pdf", "es/ec_guia_senplades_transferencias_gad.pdf"),
    "fr": ("fr/ma_code_du_travail_2011.pdf", "fr/bj_pna_changements_climatiques_2022.pdf"),
}
MAX_CHARS = 250_000  # per document

# Run in a fresh interpreter: spaCy's language package must not be imported yet, or (reference)
# must be imported by spaCy itself (before screener, which then adds its footnote-call suffix). Prints, as JSON, every token (text, whitespace) of each text,
# and for --words the verdict of the tokenizer's token_match on each word.
TOKENIZE = r"""
import json, sys
mode, lang = sys.argv[1], sys.argv[2]
texts = json.load(sys.stdin)
if mode == "screener":
    from screener.nlp.pipeline import get_nlp
    nlp = get_nlp(lang)
    mod = sys.modules.get(f"spacy.lang.{lang}.tokenizer_exceptions")
    precomputed = bool(getattr(mod, "SCREENER_PRECOMPUTED", False))
else:
    import spacy
    nlp = spacy.blank(lang)
    # screener's one deliberate change to spaCy's rules: footnote calls split off ("étrangers44")
    from screener.nlp.pipeline import _split_footnote_calls
    _split_footnote_calls(nlp)
    precomputed = False
out = {"precomputed": precomputed, "docs": [[(t.text, t.whitespace_) for t in nlp.make_doc(x)] for x in texts["texts"]]}
tm = nlp.tokenizer.token_match
out["words"] = [bool(tm(w)) for w in texts["words"]] if tm else None
out["rules"] = sorted(nlp.tokenizer.rules) if nlp.tokenizer.rules else []
print(json.dumps(out))
"""


def _corpus_texts(lang: str) -> list[str]:
    import pypdfium2 as pdfium

    texts = []
    for rel in DOCS[lang]:
        path = CORPUS / rel
        if not path.is_file():
            pytest.skip(f"corpus file {rel} not found at {CORPUS} (set SCREENER_CORPUS)")
        pdf = pdfium.PdfDocument(str(path))
        chunks, n = [], 0
        for i in range(len(pdf)):
            page = pdf[i].get_textpage().get_text_range()
            chunks.append(page)
            n += len(page)
            if n > MAX_CHARS:
                break
        pdf.close()
        texts += [c for c in chunks if c.strip()]
    return texts


def _run(mode: str, lang: str, payload: dict) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", TOKENIZE, mode, lang], input=json.dumps(payload),
                         capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_tokenization_is_identical_to_spacy_blank_on_real_plans(lang):
    if not CORPUS.is_dir():
        pytest.skip(f"real-document corpus not found at {CORPUS} (set SCREENER_CORPUS)")
    texts = _corpus_texts(lang)
    # every distinct whitespace-separated word; and, for the token_match pattern (French: words
    # such as "anti-migratoire", "porte-à-faux", "entr'ouvert"), every start of a corpus word
    # (1-10 letters) joined by a hyphen or apostrophe to another word, and short words as the
    # middle of "X-mid-Y" compounds
    words = sorted({w for t in texts for w in t.split()})
    letters = sorted({w.strip(".,;:()[]«»\"'’") for w in words} - {""})
    rng = random.Random(11)
    joints = ["-", "‐", "–", "’", "'"]
    starts = sorted({w[:k] for w in letters if w.isalpha() for k in range(1, min(10, len(w)) + 1)})
    joined = [a + rng.choice(joints) + rng.choice(letters) for a in starts]
    joined += [rng.choice(letters) + j + m + j + rng.choice(["", "l'", "l’"]) + rng.choice(letters)
               for m in letters if len(m) <= 5 for j in ("-", "‐")]
    payload = {"texts": texts, "words": words + letters + joined}
    ours = _run("screener", lang, payload)
    ref = _run("spacy", lang, payload)
    assert ours["precomputed"] == (lang in td.LANGS)
    assert sum(len(d) for d in ref["docs"]) > 50_000  # real text, and plenty of it
    assert ours["rules"] == ref["rules"]
    assert ours["words"] == ref["words"]
    if ref["words"] is not None:
        assert sum(ref["words"]) > 100  # the pattern does match real words ("États-Unis", "porte-parole")
    for k, (a, b) in enumerate(zip(ours["docs"], ref["docs"])):
        assert a == b, f"text {k} tokenized differently"
    assert len(ours["docs"]) == len(ref["docs"])


def test_bundled_data_fit_the_installed_spacy():
    # fails after a spaCy upgrade: regenerate with `python -m screener.nlp.tokenizer_data --write`
    for lang in td.LANGS:
        data = td.load_data(lang)
        assert data is not None, f"screener/data/tokenizer_{lang}.json does not fit the installed spaCy"
        assert len(data["token_match"]) < 50_000  # spaCy's own: 1.4 million characters


def test_data_of_another_spacy_version_are_not_used(tmp_path, monkeypatch):
    data = json.loads(td.data_path("fr").read_text(encoding="utf-8"))
    data["spacy_version"] = "0.0.1"
    (tmp_path / "tokenizer_fr.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(td, "DATA_DIR", tmp_path)
    assert td.load_data("fr") is None
    import spacy

    data["spacy_version"] = spacy.__version__
    data["sources"] = dict(data["sources"], **{"lang/fr/tokenizer_exceptions.py": "0" * 64})
    (tmp_path / "tokenizer_fr.json").write_text(json.dumps(data), encoding="utf-8")
    assert td.load_data("fr") is None  # a patched spaCy source file: spaCy builds its own
    (tmp_path / "tokenizer_fr.json").unlink()
    assert td.load_data("fr") is None


def test_fallback_pipeline_without_data_tokenizes_the_same():
    # no data file: spaCy's own module is imported, and the French pipeline still works
    code = ("import sys; from screener.nlp import tokenizer_data as td; from pathlib import Path; "
            "td.DATA_DIR = Path('/nonexistent'); from screener.nlp.pipeline import get_nlp; "
            "n = get_nlp('fr'); m = sys.modules['spacy.lang.fr.tokenizer_exceptions']; "
            "print(getattr(m, 'SCREENER_PRECOMPUTED', False), [t.text for t in n('Aujourd’hui les États-Unis.')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False ['Aujourd’hui', 'les', 'États-Unis', '.']"


def test_preload_does_nothing_once_spacy_imported_the_language_itself():
    code = ("import spacy.lang.fr, sys; from screener.nlp.tokenizer_data import preload; "
            "print(preload('fr'), hasattr(sys.modules['spacy.lang.fr.tokenizer_exceptions'], '_regular_exp'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False True"


# --------------------------------------------------------------------------- factoring
def _same_language(a: str, b: str, samples: list[str]) -> None:
    ra, rb = re.compile(a), re.compile(b)
    for s in samples:
        assert bool(ra.match(s)) == bool(rb.match(s)), (s, a, b)


def test_items_add_up_and_refuse_what_they_cannot_split():
    p = r"^ab[-\u2010](?:c|d)?[^x\]]*\x41\u00e9\N{EM DASH}e{2,3}+$"
    assert "".join(td.items(p)) == p
    assert td.items("a[bc]+(?:d|e)?$") == ["a", "[bc]+", "(?:d|e)?", "$"]
    for bad in ("a|b", r"(a)\1", "(?=a)b", "(?i)a"):
        with pytest.raises(td._Opaque):
            td.items(bad)
    assert td.alternatives("(?:a|b)|c[|]|d") == ["(?:a|b)", "c[|]", "d"]


def test_factor_shares_big_items_and_matches_the_same_strings(monkeypatch):
    monkeypatch.setattr(td, "BIG", 5)
    big = "[a-zàéèç]"  # stands for spaCy's letter class (longer than BIG)
    alts = [f"^{p}[-‐]{big}[-‐{big[1:-1]}']*$" for p in ("anti", "auto", "a[ée]ro", "bas(?:ses?)?", "x")]
    alts += [f"^{big}+[-‐]{m}[-‐](?:l['])?{big}+$" for m in ("la", "en", "d[eu]")]
    alts += ["^solo[-]thing$", r"^back\x2dref(?:a|b)$"]
    pattern = "(?iu)" + "|".join(f"(?:{a})" for a in alts)
    factored = td.factor(pattern)
    assert factored.count(big) < pattern.count(big) / 2
    assert re.compile(factored).flags == re.compile(pattern).flags
    rng = random.Random(3)
    pieces = ["anti", "Auto", "aéro", "aero", "basses", "bas", "x", "la", "en", "du", "de", "l'", "-", "‐", "'",
              "é", "ç", "z", "Q", "solo", "thing", "back-ref", "a", "b", " ", "\n", "1"]
    samples = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(30_000)]
    samples += ["anti-été", "AUTO-z'", "bas-x", "maison-la-été", "été-d-l'ça", "solo-thing", "back-refa", "x-z\n"]
    _same_language(pattern, factored, samples)
    assert any(re.compile(pattern).match(s) for s in samples)
