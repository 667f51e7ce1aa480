"""`screener lexicon check / show / test`."""

from click.testing import CliRunner

from screener.cli import main
from screener.errors import EXIT_BAD_DATA
from screener.nlp.lexicon import SCHEMA


def run(*args, input=None):
    return CliRunner().invoke(main, ["lexicon", *args], input=input)


def test_check_bundled_lexicon_is_clean():
    result = run("check")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok: 18 concepts, ")  # academic_mobility (issue 9)
    assert "(en " in result.output and "es " in result.output and "fr " in result.output and "exclusions" in result.output


def test_check_broken_file_exits_11_with_file_line(tmp_path):
    bad = tmp_path / "local.yaml"
    bad.write_text(
        f"schema: {SCHEMA}\nname: local\nconcepts:\n  - id: diaspora\n    terms:\n      es: [{{regex: 'x('}}]\n    colour: red\n",
        encoding="utf-8",
    )
    result = run("check", str(bad))
    assert result.exit_code == EXIT_BAD_DATA
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(f"{bad}:6: concepts[diaspora].terms.es[0].regex: invalid regular expression")
    assert lines[1].startswith(f"{bad}:7: concepts[diaspora].colour: unknown key")
    assert "Traceback" not in result.output


def test_check_yaml_syntax_error_and_duplicate_of_bundled_term(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: [unclosed\n", encoding="utf-8")
    dup = tmp_path / "dup.yaml"
    dup.write_text(f"schema: {SCHEMA}\nname: dup\nconcepts:\n  - id: remittances\n    terms:\n      en: [remittances]\n", encoding="utf-8")
    result = run("check", str(broken), str(dup))
    assert result.exit_code == EXIT_BAD_DATA
    assert f"{broken}:2: (yaml): YAML syntax error" in result.output
    assert f"{dup}:6: concepts[remittances].terms.en: duplicate term 'remittances'" in result.output
    assert run("check", "--alone", str(dup)).exit_code == 0


def test_check_clean_extra_file(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(f"schema: {SCHEMA}\nname: good\nconcepts:\n  - id: diaspora\n    terms:\n      es: [migrantes de Loja]\n", encoding="utf-8")
    result = run("check", str(good))
    assert result.exit_code == 0 and "ok: 1 concepts, 1 terms (es 1), 0 exclusions" in result.output


def test_show_lists_concepts_and_terms():
    result = run("show")
    assert result.exit_code == 0
    assert "remittances" in result.output and "data_migration" in result.output
    result = run("show", "remittances", "--lang", "es")
    assert result.exit_code == 0 and "remesas" in result.output and " en " not in result.output
    result = run("show", "no_such_concept")
    assert result.exit_code == 2 and "known:" in result.output


def test_test_command_prints_matches_and_exclusions():
    result = run("test", "Se trata de personas refugiadas; la migración de datos.", "--lang", "es", "--all")
    assert result.exit_code == 0, result.output
    assert "forced_displacement" in result.output and "'personas refugiadas'" in result.output
    assert "excluded_by=data_migration" in result.output and "excluded_by=se_trata_de" in result.output
    assert "exclusion:data_migration" in result.output
    result = run("test", "-", input="Les Ivoiriens de l'extérieur envoient des transferts de fonds.")
    assert result.exit_code == 0 and "emigration" in result.output and "remittances" in result.output
    assert "no matches" in run("test", "Nothing to see here.", "--lang", "en").output


def test_test_command_with_extra_lexicon(tmp_path):
    extra = tmp_path / "x.yaml"
    extra.write_text(f"schema: {SCHEMA}\nname: x\nconcepts:\n  - id: diaspora\n    terms:\n      en: [Gurkha veterans]\n", encoding="utf-8")
    result = run("test", "Gurkha veterans invest at home.", "--lang", "en", "--extra", str(extra))
    assert result.exit_code == 0 and "diaspora" in result.output


def test_broken_extra_file_is_one_line_error(tmp_path):
    extra = tmp_path / "x.yaml"
    extra.write_text("concepts: 3\n", encoding="utf-8")
    result = run("show", "--extra", str(extra))
    assert result.exit_code == EXIT_BAD_DATA
    assert "x.yaml:1:" in result.output and "Traceback" not in result.output
