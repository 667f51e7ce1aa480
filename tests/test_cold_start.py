"""What a cold ``screener scan`` imports: spaCy without its CLI, no scikit-learn or skops when
the classifier is off (the default). Each check runs in a fresh interpreter."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_docs" / "pdot_es.pdf"


def _python(code: str, *args: str) -> str:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=600,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


def test_default_scan_imports_neither_spacy_cli_nor_the_classifier_stack(tmp_path):
    code = ("import sys; from screener.cli import main; sys.argv[0] = 'screener'\n"
            "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "mods = sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'skops', 'typer', 'weasel', 'httpx')"
            " or m.startswith('spacy.cli'))\n"
            "print(sorted(m for m in mods if m.count('.') == 0 or m.startswith('spacy.cli')))")
    out = _python(code, "scan", str(SAMPLE), "--format", "json", "-o", str(tmp_path / "r.json"), "-q")
    assert out == "[]"
    assert (tmp_path / "r.json").stat().st_size > 1000


def test_spacy_cli_and_info_still_work_after_the_light_import():
    code = ("import sys; from screener.nlp.pipeline import import_spacy, get_nlp; spacy = import_spacy(); "
            "get_nlp('en'); assert 'spacy.cli' not in sys.modules and not hasattr(spacy, 'cli'); "
            "info = spacy.info(markdown=False, silent=True); import spacy.cli; "
            "print(info['spacy_version'] == spacy.__version__, spacy.cli.__file__.endswith('__init__.py'), "
            "callable(spacy.cli.download))")
    assert _python(code) == "True True True"


def test_an_already_imported_spacy_is_used_as_it_is():
    code = ("import spacy, spacy.cli; from screener.nlp.pipeline import import_spacy; "
            "print(import_spacy() is spacy, spacy.cli.__file__.endswith('__init__.py'))")
    assert _python(code) == "True True"
