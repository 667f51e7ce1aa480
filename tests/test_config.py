"""screener.toml: schema validation, precedence (command line > file > defaults), `screener init`,
and the documentation of every key."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from screener import errors
from screener.cli import main
from screener.config import (
    BUILTIN_SECTORS,
    DEFAULTS,
    SCAN_KEYS,
    Config,
    apply_config,
    given_on_command_line,
    init_text,
    load_config,
    parse_size,
    schema_keys,
)
from screener.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
KNOWN = BUILTIN_SECTORS


def write(tmp_path: Path, text: str, name: str = "screener.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def load_error(tmp_path: Path, text: str) -> str:
    write(tmp_path, text)
    with pytest.raises(ConfigError) as exc:
        load_config(None, tmp_path)
    msg = exc.value.message
    assert "\n" not in msg and msg.startswith("screener.toml: ")
    assert exc.value.exit_code == errors.EXIT_BAD_DATA
    return msg


# --------------------------------------------------------------------------- loading


def test_no_file_is_no_config(tmp_path):
    c = load_config(None, tmp_path)
    assert c == Config() and c.source is None
    assert apply_config(c, {}) == dict(DEFAULTS)


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_init_file_loads_back_as_the_defaults(tmp_path, lang):
    write(tmp_path, init_text(lang))
    c = load_config(None, tmp_path)
    assert c.source == (tmp_path / "screener.toml").resolve()
    assert apply_config(c, {}, known_sectors=KNOWN) == dict(DEFAULTS)
    # every key with a TOML form is written out, the others (threshold, model) shown commented
    for key in SCAN_KEYS:
        if key.default is None and key.example:
            assert key.name not in c.scan and f"# {key.example}" in init_text(lang)
        else:
            assert c.scan[key.name] == key.default, key.name
    assert set(c.sectors) == set(BUILTIN_SECTORS) and all(c.sectors.values())


def test_init_comments_are_in_the_chosen_language():
    assert "Idioma del informe" in init_text("es")
    assert "Langue du rapport" in init_text("fr")
    assert "Language of the report text" in init_text("en")


def test_values_are_normalised_and_paths_relative_to_the_file(tmp_path, monkeypatch):
    proj = tmp_path / "project"
    (proj / "terms").mkdir(parents=True)
    (proj / "terms" / "mine.yaml").write_text("x: 1\n", encoding="utf-8")
    (proj / "plugins").mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # relative paths must not depend on the working directory
    write(proj, '[scan]\nlang = "es"\nreport_lang = "auto"\nmax_size = "1.5GB"\nthreshold = 1\n'
                'lexicons = ["terms/mine.yaml"]\nplugins_dirs = ["plugins"]\nclassifier = false\n')
    c = load_config(str(proj / "screener.toml"), elsewhere)
    assert c.scan["lang"] == "es" and c.scan["report_lang"] is None
    assert c.scan["max_size"] == 1_500_000_000 and c.scan["threshold"] == 1.0
    assert c.scan["lexicons"] == (str(proj.resolve() / "terms" / "mine.yaml"),)
    assert c.scan["plugins_dirs"] == (str(proj.resolve() / "plugins"),)
    assert c.scan["classifier"] is False


@pytest.mark.parametrize("text,where,what", [
    ('[scan]\nthreshold = "high"\n', "[scan] threshold", 'must be a number between 0 and 1, not "high"'),
    ("[scan]\nthreshold = 1.5\n", "[scan] threshold", "must be a number between 0 and 1, not 1.5"),
    ("[scan]\nthreshold = true\n", "[scan] threshold", "not true"),
    ("[scan]\ntreshold = 0.4\n", "[scan] treshold", 'unknown key; known keys: lang, report_lang'),
    ('[scan]\nlang = "de"\n', "[scan] lang", 'must be one of "auto", "en", "es", "fr", not "de"'),
    ('[scan]\nformat = "pdf"\n', "[scan] format", 'not "pdf"'),
    ("[scan]\njobs = 0\n", "[scan] jobs", "must be a whole number between 1 and 256, not 0"),
    ("[scan]\njobs = 2.5\n", "[scan] jobs", "not 2.5"),
    ("[scan]\nmin_sector_blocks = true\n", "[scan] min_sector_blocks", "not true"),
    ('[scan]\nmax_size = "lots"\n', "[scan] max_size", 'not "lots"'),
    ("[scan]\nmax_size = -5\n", "[scan] max_size", "not -5"),
    ('[scan]\nclassifier = "no"\n', "[scan] classifier", 'must be true or false, not "no"'),
    ('[scan]\nlexicons = "terms.yaml"\n', "[scan] lexicons", "must be a list of file paths"),
    ('[scan]\nlexicons = ["missing.yaml"]\n', "[scan] lexicons", 'file "missing.yaml" not found'),
    ('[scan]\nplugins_dirs = ["nowhere"]\n', "[scan] plugins_dirs", 'folder "nowhere" not found'),
    ('[scan]\nmodel = "m.skops"\n', "[scan] model", 'file "m.skops" not found'),
    ('[sectors]\nhealth = "yes"\n', "[sectors] health", 'must be true or false, not "yes"'),
    ("[sectors]\nHealth-Care = true\n", "[sectors] Health-Care", "is not a sector name"),
    ('lang = "en"\n', "lang", "belongs in the [scan] table"),
    ("[scna]\nlang = 'en'\n", "scna", 'unknown key; the file may hold the tables [scan] and [sectors]; did you mean "scan"?'),
    ("scan = 3\n", "[scan]", "must be a table"),
])
def test_schema_errors_name_file_and_key(tmp_path, text, where, what):
    msg = load_error(tmp_path, text)
    assert msg.startswith(f"screener.toml: {where}: "), msg
    assert what in msg, msg


def test_unknown_key_suggests_the_right_one(tmp_path):
    assert 'did you mean "threshold"?' in load_error(tmp_path, "[scan]\ntreshold = 0.4\n")


def test_invalid_toml(tmp_path):
    msg = load_error(tmp_path, "[scan]\nlang = en\n")
    assert "is not valid TOML" in msg and "line 2" in msg


def test_not_utf8(tmp_path):
    (tmp_path / "screener.toml").write_bytes(b'[scan]\nlang = "\xe9s"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(None, tmp_path)


def test_explicit_config_must_exist(tmp_path):
    with pytest.raises(ConfigError, match="custom.toml: config file not found"):
        load_config("custom.toml", tmp_path)
    with pytest.raises(ConfigError, match="is a folder"):
        load_config(str(tmp_path), tmp_path)


def test_parse_size():
    assert parse_size("200MB") == 200_000_000
    assert parse_size("200MiB") == 200 * 2**20
    assert parse_size("1.5 gb") == 1_500_000_000
    assert parse_size(1234) == 1234


# --------------------------------------------------------------------------- precedence


def test_precedence_cli_beats_file_beats_defaults(tmp_path):
    write(tmp_path, '[scan]\nlang = "es"\nthreshold = 0.3\nformat = "html"\n')
    c = load_config(None, tmp_path)
    v = apply_config(c, {"lang": "fr", "format": "json"})
    assert v["lang"] == "fr" and v["format"] == "json"  # command line
    assert v["threshold"] == 0.3  # file
    assert v["engine"] == DEFAULTS["engine"] and v["min_sector_blocks"] == 3  # defaults
    # a command-line value equal to the default still wins over the file
    assert apply_config(c, {"format": "md"})["format"] == "md"
    # caller-supplied defaults are honoured
    assert apply_config(Config(), {}, {"engine": "pdfplumber"}) == {"engine": "pdfplumber"}


def test_sector_switches(tmp_path):
    write(tmp_path, "[sectors]\nsecurity = false\nhealth = true\n")
    c = load_config(None, tmp_path)
    assert apply_config(c, {}, known_sectors=KNOWN)["sectors"] == tuple(s for s in KNOWN if s != "security")
    # --sectors on the command line replaces the switches
    assert apply_config(c, {"sectors": ("health",)}, known_sectors=KNOWN)["sectors"] == ("health",)
    # all on = no restriction
    write(tmp_path, "[sectors]\nsecurity = true\n")
    assert apply_config(load_config(None, tmp_path), {}, known_sectors=KNOWN)["sectors"] is None


def test_sector_switch_errors(tmp_path):
    write(tmp_path, "[sectors]\nhelth = false\n")
    with pytest.raises(ConfigError, match=r'screener.toml: \[sectors\] helth: unknown sector; known: .*did you mean "health"'):
        apply_config(load_config(None, tmp_path), {}, known_sectors=KNOWN)
    write(tmp_path, "[sectors]\n" + "".join(f"{s} = false\n" for s in KNOWN))
    with pytest.raises(ConfigError, match="every sector is switched off"):
        apply_config(load_config(None, tmp_path), {}, known_sectors=KNOWN)


def test_sector_switches_know_the_installed_plugins(tmp_path):
    write(tmp_path, "[sectors]\nenvironment = false\n")
    sectors = apply_config(load_config(None, tmp_path), {})["sectors"]
    assert "environment" not in sectors and "health" in sectors


def test_given_on_command_line_uses_parameter_source(monkeypatch):
    seen = {}

    @click.command()
    @click.option("--lang", default=None)
    @click.option("--format", "fmt", default="md")
    @click.option("--no-classifier", is_flag=True)
    @click.option("--engine", default="pypdfium2", envvar="SCREENER_TEST_ENGINE")
    @click.pass_context
    def cmd(ctx, **params):
        seen.update(given_on_command_line(ctx, ctx.params))

    CliRunner().invoke(cmd, ["--format", "md", "--no-classifier"], catch_exceptions=False)
    assert seen == {"format": "md", "classifier": False}  # lang and engine: defaults, not given
    seen.clear()
    CliRunner().invoke(cmd, [], env={"SCREENER_TEST_ENGINE": "pdfplumber"}, catch_exceptions=False)
    assert seen == {"engine": "pdfplumber"}


# --------------------------------------------------------------------------- documentation


def test_every_key_is_documented():
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for key in schema_keys():
        table, name = key.split(".")
        assert f"[{table}]" in doc, table
        if name != "<name>":
            row = re.search(rf"^\| `{re.escape(name)}` \|(.+)$", doc, re.M)
            assert row, f"{key} has no row in docs/configuration.md"
    assert "command line > config file > built-in defaults" in doc.lower().replace("→", ">")


# --------------------------------------------------------------------------- commands


def test_init_writes_and_refuses_to_overwrite(tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    d = tmp_path
    r = runner.invoke(main, ["init", "--lang", "fr"])
    assert r.exit_code == 0, r.output
    text = (Path(d) / "screener.toml").read_text(encoding="utf-8")
    assert text == init_text("fr")
    r = runner.invoke(main, ["init"])
    assert r.exit_code == errors.EXIT_USAGE
    assert "already exists" in r.stderr and "--force" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert (Path(d) / "screener.toml").read_text(encoding="utf-8") == text  # untouched
    r = runner.invoke(main, ["init", "--force", "--lang", "es"])
    assert r.exit_code == 0 and (Path(d) / "screener.toml").read_text(encoding="utf-8") == init_text("es")
    Path(d, "proj").mkdir()
    r = runner.invoke(main, ["init", "proj"])
    assert r.exit_code == 0 and (Path(d) / "proj" / "screener.toml").is_file()
    assert not list(Path(d).glob(".*.tmp"))  # atomic write leaves no temporary file


def _reports(d: Path) -> tuple[str, str]:
    from test_compare import report, sector

    old = report([sector("health", 0)], [])
    new = report([sector("health", 2)], [], sha="b" * 64)
    (d / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (d / "new.json").write_text(json.dumps(new), encoding="utf-8")
    return "old.json", "new.json"


def test_cli_bad_config_is_one_line_exit_11(tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    d = tmp_path
    old, new = _reports(Path(d))
    Path(d, "screener.toml").write_text('[scan]\nthreshold = "high"\n', encoding="utf-8")
    r = runner.invoke(main, ["compare", old, new])
    assert r.exit_code == errors.EXIT_BAD_DATA
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert lines[0].startswith('screener: error: screener.toml: [scan] threshold: must be a number between 0 and 1, not "high"')
    Path(d, "broken.toml").write_text("[scan\n", encoding="utf-8")
    r = runner.invoke(main, ["compare", old, new, "--config", "broken.toml"])
    assert r.exit_code == errors.EXIT_BAD_DATA and "broken.toml: is not valid TOML" in r.stderr
    r = runner.invoke(main, ["compare", old, new, "--config", "absent.toml"])
    assert r.exit_code == errors.EXIT_BAD_DATA and "absent.toml: config file not found" in r.stderr


def test_cli_config_format_and_command_line_override(tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    d = tmp_path
    old, new = _reports(Path(d))
    Path(d, "screener.toml").write_text('[scan]\nformat = "json"\nreport_lang = "fr"\n', encoding="utf-8")
    r = runner.invoke(main, ["compare", old, new, "-q"])
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["report_language"] == "fr"  # both from the file
    r = runner.invoke(main, ["compare", old, new, "-q", "--format", "md", "--report-lang", "es"])
    assert r.stdout.startswith("# Comparación de borradores")  # the command line wins
    r = runner.invoke(main, ["compare", old, new, "-q", "-o", "out.html"])
    assert Path(d, "out.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")  # -o extension beats the file
