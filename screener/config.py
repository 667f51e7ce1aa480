"""``screener.toml``: a team's settings, kept beside its plans instead of retyped on every command.

The file is optional. It is read from the working directory, or from ``--config PATH``; the
command line always wins over the file, and the file over the built-in defaults, so a
consultant can share one file with a ministry and still override anything for one run.
Every key is validated here, once: a typo or a wrong type is a ``ConfigError`` naming the
file and the key, never a silent default. Paths in the file are relative to the file, so the
project folder can move without editing it.
"""

from __future__ import annotations

import difflib
import importlib.metadata
import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping, Sequence

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from .errors import ConfigError
from .loaders.base import DEFAULT_MAX_BYTES
from .loaders.ocr import DEFAULT_OCR_MAX_PAGES, DEFAULT_OCR_TIMEOUT
from .vocabulary import BUILTIN_SECTORS, LANGUAGES  # noqa: F401  (re-exported: config's callers import them here)

CONFIG_NAME = "screener.toml"
MAX_CONFIG_BYTES = 1_000_000
LANGS = LANGUAGES
FORMATS = ("md", "html", "json")
ENGINES = ("pypdfium2", "pdfplumber")
FIX_HINT = "Fix the file, or write a fresh one with `screener init --force`"


class _Invalid(ValueError):
    """A value that fails its key's check; the message completes "<key>: ..."."""


def _show(value: Any) -> str:
    """A value as the user wrote it in TOML, for error messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(value)


# --------------------------------------------------------------------------- value checks
# Each check takes (raw TOML value, folder of the config file) and returns the normalised
# value the commands use, or raises _Invalid.


def _choice(*choices: str, auto: bool = False) -> Callable[[Any, Path], Any]:
    allowed = (("auto",) if auto else ()) + choices

    def check(v: Any, base: Path) -> Any:
        if not isinstance(v, str) or v not in allowed:
            raise _Invalid(f"must be one of {', '.join(_show(c) for c in allowed)}, not {_show(v)}")
        return None if v == "auto" else v

    return check


def _int(minimum: int, maximum: int | None = None, *, auto: bool = False) -> Callable[[Any, Path], int | None]:
    def check(v: Any, base: Path) -> int | None:
        if auto and v == "auto":
            return None
        ok = isinstance(v, int) and not isinstance(v, bool) and v >= minimum and (maximum is None or v <= maximum)
        if not ok:
            span = f"at least {minimum}" if maximum is None else f"between {minimum} and {maximum}"
            hint = ' ("auto": all cores)' if auto else ""
            raise _Invalid(f"must be a whole number {span}, not {_show(v)}{hint}")
        return v

    return check


def _probability(v: Any, base: Path) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not (0 <= v <= 1) or math.isnan(v):
        raise _Invalid(f"must be a number between 0 and 1, not {_show(v)}")
    return float(v)


def _bool(v: Any, base: Path) -> bool:
    if not isinstance(v, bool):
        raise _Invalid(f"must be true or false, not {_show(v)}")
    return v


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9,
               "ki": 2**10, "kib": 2**10, "mi": 2**20, "mib": 2**20, "gi": 2**30, "gib": 2**30}


def parse_size(v: Any) -> int:
    """"200MB" (decimal), "200MiB" (binary) or a number of bytes -> bytes; _Invalid otherwise."""
    n: int | None = None
    if isinstance(v, int) and not isinstance(v, bool):
        n = v
    elif isinstance(v, str):
        m = _SIZE.match(v)
        if m:
            n = int(float(m.group(1)) * _SIZE_UNITS[(m.group(2) or "").lower()])
    if n is None or n <= 0:
        raise _Invalid(f'must be a size such as "200MB" or "1.5GB" (or a number of bytes), not {_show(v)}')
    return n


def format_size(n: int) -> str:
    """Bytes -> the shortest exact size string ``parse_size`` reads back ("200MiB")."""
    for unit, mult in (("GiB", 2**30), ("MiB", 2**20), ("GB", 10**9), ("MB", 10**6), ("KiB", 2**10), ("KB", 10**3)):
        if n % mult == 0:
            return f"{n // mult}{unit}"
    return str(n)


def _size(v: Any, base: Path) -> int:
    return parse_size(v)


def _resolve(v: str, base: Path) -> Path:
    p = Path(v).expanduser()
    return p if p.is_absolute() else base / p


def _file(v: Any, base: Path) -> str:
    if not isinstance(v, str) or not v.strip():
        raise _Invalid(f"must be a file path (text in quotes), not {_show(v)}")
    p = _resolve(v, base)
    if not p.is_file():
        raise _Invalid(f"file {_show(v)} not found (looked for {p})")
    return str(p)


def _files(v: Any, base: Path) -> tuple[str, ...]:
    if not isinstance(v, list):
        raise _Invalid(f"must be a list of file paths, e.g. [\"terms.yaml\"], not {_show(v)}")
    return tuple(_file(x, base) for x in v)


def _ids(v: Any, base: Path) -> tuple[str, ...]:
    if not isinstance(v, list) or not all(isinstance(x, str) and re.match(r"^[a-z][a-z0-9_]*$", x) for x in v):
        raise _Invalid(f"must be a list of concept ids, e.g. [\"academic_mobility\"], not {_show(v)}")
    return tuple(v)


def _dirs(v: Any, base: Path) -> tuple[str, ...]:
    if not isinstance(v, list):
        raise _Invalid(f"must be a list of folder paths, e.g. [\"my_plugins\"], not {_show(v)}")
    out = []
    for x in v:
        if not isinstance(x, str) or not x.strip():
            raise _Invalid(f"must be a list of folder paths (text in quotes), not {_show(v)}")
        p = _resolve(x, base)
        if not p.is_dir():
            raise _Invalid(f"folder {_show(x)} not found (looked for {p})")
        out.append(str(p))
    return tuple(out)


# --------------------------------------------------------------------------- the schema


@dataclass(frozen=True)
class Key:
    """One ``[scan]`` key: its check, its default, the TOML type shown in the docs, and its help."""

    name: str
    toml_type: str
    default: Any  # the value the commands use (normalised), e.g. None for "auto"
    check: Callable[[Any, Path], Any]
    help: Mapping[str, str]  # en / es / fr, for `screener init` comments
    example: str | None = None  # TOML text written (commented out) when the default has no TOML form
    cli: str = ""  # the command-line option that overrides it


SCAN_KEYS: tuple[Key, ...] = (
    Key("lang", "string", None, _choice(*LANGS, auto=True), {
        "en": 'Language to screen the plans in: "auto" (detected per document), "en", "es" or "fr".',
        "es": 'Idioma en que se analizan los planes: "auto" (detectado en cada documento), "en", "es" o "fr".',
        "fr": 'Langue d\'analyse des plans : "auto" (détectée pour chaque document), "en", "es" ou "fr".',
    }, cli="--lang"),
    Key("report_lang", "string", None, _choice(*LANGS, auto=True), {
        "en": 'Language of the report text: "auto" (the document\'s language), "en", "es" or "fr".',
        "es": 'Idioma del informe: "auto" (el idioma del documento), "en", "es" o "fr".',
        "fr": 'Langue du rapport : "auto" (celle du document), "en", "es" ou "fr".',
    }, cli="--report-lang"),
    Key("format", "string", "md", _choice(*FORMATS), {
        "en": 'Report format when -o has no known extension or no -o is given: "md", "html" or "json".',
        "es": 'Formato del informe cuando -o no tiene una extensión conocida o no se indica -o: "md", "html" o "json".',
        "fr": 'Format du rapport quand -o n\'a pas d\'extension connue ou est absent : "md", "html" ou "json".',
    }, cli="--format"),
    Key("jobs", "integer or \"auto\"", None, _int(1, 256, auto=True), {
        "en": 'Documents screened in parallel in a batch: "auto" (all cores) or a number (1 = one at a time).',
        "es": 'Documentos analizados en paralelo en un lote: "auto" (todos los núcleos) o un número (1 = uno por vez).',
        "fr": 'Documents analysés en parallèle dans un lot : "auto" (tous les cœurs) ou un nombre (1 = un à la fois).',
    }),
    Key("max_size", "string or integer", DEFAULT_MAX_BYTES, _size, {
        "en": 'Refuse files larger than this ("200MB", "1.5GB", "200MiB" or a number of bytes).',
        "es": 'Rechazar archivos más grandes que esto ("200MB", "1.5GB", "200MiB" o un número de bytes).',
        "fr": 'Refuser les fichiers plus gros que cela ("200MB", "1.5GB", "200MiB" ou un nombre d\'octets).',
    }, cli="--max-size"),
    Key("engine", "string", "pypdfium2", _choice(*ENGINES), {
        "en": 'PDF text engine: "pypdfium2" (fast) or "pdfplumber" (better on some tables).',
        "es": 'Motor de texto PDF: "pypdfium2" (rápido) o "pdfplumber" (mejor en algunas tablas).',
        "fr": 'Moteur de texte PDF : "pypdfium2" (rapide) ou "pdfplumber" (meilleur sur certains tableaux).',
    }, cli="--engine"),
    Key("ocr", "boolean", False, _bool, {
        "en": "OCR the pages of a PDF that have no text layer (scans) first; needs ocrmypdf and tesseract (see the README).",
        "es": "Aplicar OCR primero a las páginas de un PDF sin capa de texto (escaneos); requiere ocrmypdf y tesseract (ver el README).",
        "fr": "Passer d'abord l'OCR sur les pages d'un PDF sans couche texte (numérisations) ; nécessite ocrmypdf et tesseract (voir le README).",
    }, cli="--ocr"),
    Key("ocr_timeout", "integer (seconds)", DEFAULT_OCR_TIMEOUT, _int(1), {
        "en": "With ocr: stop OCR of one document after this many seconds (exit 13).",
        "es": "Con ocr: detener el OCR de un documento tras estos segundos (código de salida 13).",
        "fr": "Avec ocr : arrêter l'OCR d'un document après ce nombre de secondes (code de sortie 13).",
    }, cli="--ocr-timeout"),
    Key("ocr_max_pages", "integer", DEFAULT_OCR_MAX_PAGES, _int(1), {
        "en": "With ocr: refuse a PDF with more pages than this to OCR (exit 10).",
        "es": "Con ocr: rechazar un PDF con más páginas que esto por pasar por OCR (código de salida 10).",
        "fr": "Avec ocr : refuser un PDF ayant plus de pages que cela à passer à l'OCR (code de sortie 10).",
    }, cli="--ocr-max-pages"),
    Key("min_sector_blocks", "integer", 3, _int(1), {
        "en": "Passages with a sector's own terms needed for the sector to count as discussed in the plan.",
        "es": "Pasajes con términos propios de un sector necesarios para considerar que el plan trata ese sector.",
        "fr": "Passages contenant les termes propres d'un secteur nécessaires pour que le plan soit considéré comme le traitant.",
    }),
    Key("classifier", "boolean", False, _bool, {
        "en": "Also run the classifier and show its \"possible\" passages (off by default: on real plans it does "
              "not reach its targets, see the model card; true = like --classifier).",
        "es": "Usar también el clasificador y mostrar sus pasajes \"posibles\" (desactivado por defecto: en planes "
              "reales no alcanza sus metas, véase la ficha del modelo; true = como --classifier).",
        "fr": "Utiliser aussi le classifieur et montrer ses passages « possibles » (désactivé par défaut : sur de "
              "vrais plans il n'atteint pas ses objectifs, voir la fiche du modèle ; true = comme --classifier).",
    }, cli="--classifier"),
    Key("exclude_concepts", "list of strings (concept ids)", (), _ids, {
        "en": 'Lexicon concepts switched off, e.g. ["academic_mobility"] (like --no-academic-mobility); their matches are listed as set aside.',
        "es": 'Conceptos del léxico desactivados, p. ej. ["academic_mobility"] (como --no-academic-mobility); sus coincidencias se listan como descartadas.',
        "fr": 'Concepts du lexique désactivés, p. ex. ["academic_mobility"] (comme --no-academic-mobility) ; leurs occurrences sont listées comme écartées.',
    }, example='exclude_concepts = ["academic_mobility"]', cli="--exclude-concepts"),
    Key("threshold", "number (0-1)", None, _probability, {
        "en": "Classifier probability threshold; leave it out to use the model card's threshold.",
        "es": "Umbral de probabilidad del clasificador; omítalo para usar el umbral de la ficha del modelo.",
        "fr": "Seuil de probabilité du classifieur ; omettez-le pour utiliser celui de la fiche du modèle.",
    }, example="threshold = 0.5", cli="--threshold"),
    Key("model", "string (path)", None, _file, {
        "en": "Classifier model (.skops, with its model card beside it) instead of the bundled one.",
        "es": "Modelo de clasificador (.skops, con su ficha al lado) en lugar del incluido.",
        "fr": "Modèle de classifieur (.skops, avec sa fiche à côté) à la place de celui fourni.",
    }, example='model = "models/reviewed.skops"', cli="--model"),
    Key("lexicons", "list of strings (paths)", (), _files, {
        "en": "Extra lexicon files with your own terms, added to the bundled lexicon.",
        "es": "Archivos de léxico adicionales con sus propios términos, añadidos al léxico incluido.",
        "fr": "Fichiers de lexique supplémentaires avec vos propres termes, ajoutés au lexique fourni.",
    }, cli="--lexicon"),
    Key("plugins_dirs", "list of strings (paths)", (), _dirs, {
        "en": "Folders with local sector plugins.",
        "es": "Carpetas con complementos sectoriales locales.",
        "fr": "Dossiers contenant des extensions sectorielles locales.",
    }, cli="--plugins-dir"),
)
SCAN = {k.name: k for k in SCAN_KEYS}
TABLES = ("scan", "sectors")

# Built-in defaults of every value ``apply_config`` returns ("sectors": None = all sectors).
DEFAULTS: Mapping[str, Any] = MappingProxyType({**{k.name: k.default for k in SCAN_KEYS}, "sectors": None})

SECTORS_HELP = {
    "en": "Sectors to screen: true = on, false = off. Sectors not listed (e.g. local plugins) are on.",
    "es": "Sectores a analizar: true = activado, false = desactivado. Los sectores no listados (p. ej. complementos locales) están activados.",
    "fr": "Secteurs à analyser : true = activé, false = désactivé. Les secteurs non listés (p. ex. extensions locales) sont activés.",
}


def schema_keys() -> list[str]:
    """Every key a config file may hold, as ``table.key`` (``sectors.<name>`` for the sector switches)."""
    return [f"scan.{k.name}" for k in SCAN_KEYS] + ["sectors.<name>"]


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True)
class Config:
    """A validated config file: only the keys it sets, already normalised (paths absolute)."""

    source: Path | None = None
    scan: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    sectors: Mapping[str, bool] = field(default_factory=lambda: MappingProxyType({}))
    explicit: bool = False  # given with --config (trusted), not found in the working folder

    def get(self, key: str, default: Any = None) -> Any:
        return self.scan.get(key, default)

    @property
    def label(self) -> str:
        """The file as error messages name it."""
        return _label(self.source) if self.source is not None else CONFIG_NAME


def _label(path: Path, cwd: Path | None = None) -> str:
    """``path`` relative to the working directory when it is inside it, for short messages."""
    try:
        return str(path.resolve().relative_to((cwd or Path.cwd()).resolve()))
    except ValueError:
        return str(path)


def _close(name: str, known: Iterable[str]) -> str:
    match = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f'; did you mean "{match[0]}"?' if match else ""


def load_config(path: str | Path | None, cwd: Path) -> Config:
    """Read ``path`` (from --config), else ``cwd/screener.toml`` if present, else no config.

    A ``path`` given explicitly must exist; the default file is optional.
    """
    if path is not None:
        p = Path(path).expanduser()
        if not p.is_absolute():
            p = cwd / p
        shown = str(path)
        if not p.is_file():
            what = "is a folder, not a config file" if p.is_dir() else "config file not found"
            raise ConfigError(shown, what, "Check the --config path, or create one with `screener init`")
    else:
        p = cwd / CONFIG_NAME
        if not p.is_file():
            return Config()
        shown = _label(p, cwd)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ConfigError(shown, f"cannot be read ({exc.strerror or exc})", "Check the file's permissions") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(shown, f"is {len(raw):,} bytes; a config file is a few KB", FIX_HINT)
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(shown, "is not UTF-8 text", "Save it as UTF-8 in your editor") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(shown, f"is not valid TOML: {' '.join(str(exc).split())}", FIX_HINT) from None
    except (RecursionError, MemoryError):
        raise ConfigError(shown, "is not a usable config file (tables or arrays nested too deeply)", FIX_HINT) from None
    return replace(_validate(data, p.resolve().parent, shown, p.resolve()), explicit=path is not None)


def trusted_config(config: Config, allow_plugins: bool = False) -> Config:
    """``config`` without its ``plugins_dirs`` when it was found in the working folder and
    ``--allow-plugins`` was not given: a folder of plans received from someone else must not
    run code. A warning says what was left out."""
    if config.explicit or allow_plugins or not config.scan.get("plugins_dirs"):
        return config
    import click

    click.echo(f"screener: warning: {config.label}: plugins_dirs not loaded: a screener.toml found in the working "
               "folder does not run plugin code; pass --allow-plugins (or --config FILE) if you trust it", err=True)
    scan = {k: v for k, v in config.scan.items() if k != "plugins_dirs"}
    return replace(config, scan=MappingProxyType(scan))


def _validate(data: dict, base: Path, shown: str, source: Path) -> Config:
    def err(where: str, problem: str) -> ConfigError:
        return ConfigError(shown, f"{where}: {problem}", FIX_HINT)

    for name, value in data.items():
        if name in TABLES:
            if not isinstance(value, dict):
                raise err(f"[{name}]", f"must be a table (a [{name}] header followed by keys), not {_show(value)}")
            continue
        if name in SCAN:
            raise err(name, "belongs in the [scan] table; put it below a [scan] line")
        raise err(name, "unknown key; the file may hold the tables [scan] and [sectors]" + _close(name, TABLES))

    scan: dict[str, Any] = {}
    for name, value in (data.get("scan") or {}).items():
        key = SCAN.get(name)
        if key is None:
            raise err(f"[scan] {name}", f"unknown key; known keys: {', '.join(SCAN)}" + _close(name, SCAN))
        try:
            scan[name] = key.check(value, base)
        except _Invalid as exc:
            raise err(f"[scan] {name}", str(exc)) from None

    sectors: dict[str, bool] = {}
    for name, value in (data.get("sectors") or {}).items():
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise err(f"[sectors] {name}", "is not a sector name (lower-case letters, digits and _)")
        if not isinstance(value, bool):
            raise err(f"[sectors] {name}", f"must be true or false, not {_show(value)}")
        sectors[name] = value
    return Config(source=source, scan=MappingProxyType(scan), sectors=MappingProxyType(sectors))


# --------------------------------------------------------------------------- precedence


def installed_sectors(plugins_dirs: Sequence[str] = ()) -> tuple[str, ...]:
    """Names of the sector plugins available: installed entry points plus local plugin folders."""
    from .plugins import ENTRY_POINT_GROUP

    names = [ep.name for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)]
    if plugins_dirs:
        from .plugins import load_plugins

        names += list(load_plugins(plugins_dirs=list(plugins_dirs), entry_points=False).names)
    return tuple(dict.fromkeys(names))


def apply_config(
    config: Config,
    cli_values: Mapping[str, Any],
    defaults: Mapping[str, Any] | None = None,
    *,
    known_sectors: Sequence[str] | Callable[[Sequence[str]], Sequence[str]] | None = None,
) -> dict[str, Any]:
    """Merge: command line > config file > built-in defaults, key by key.

    ``cli_values`` holds only the options the user actually typed (see
    ``given_on_command_line``), keyed like ``DEFAULTS``. The result has every key of
    ``defaults``. ``sectors`` comes from ``--sectors`` if given, else from the file's
    ``[sectors]`` switches (an allow-list of the sectors left on; None = all), for which
    ``known_sectors`` (names, or a function of the plugin folders returning them; default:
    the installed plugins plus the plugin folders) says what "all" is.
    """
    defaults = DEFAULTS if defaults is None else defaults
    out = {}
    for name, default in defaults.items():
        if name in cli_values:
            out[name] = cli_values[name]
        elif name != "sectors" and name in config.scan:
            out[name] = config.scan[name]
        else:
            out[name] = default
    if "sectors" in defaults and "sectors" not in cli_values and config.sectors:
        out["sectors"] = _sector_selection(config, out.get("plugins_dirs") or (), known_sectors)
    return out


def _sector_selection(config: Config, plugins_dirs, known_sectors) -> tuple[str, ...] | None:
    if known_sectors is None:
        known = installed_sectors(plugins_dirs)
    elif callable(known_sectors):
        known = tuple(known_sectors(plugins_dirs))
    else:
        known = tuple(known_sectors)
    for name in config.sectors:
        if name not in known:
            raise ConfigError(config.label, f"[sectors] {name}: unknown sector; known: {', '.join(known) or 'none'}"
                              + _close(name, known), FIX_HINT)
    if all(config.sectors.values()):
        return None
    on = tuple(n for n in known if config.sectors.get(n, True))
    if not on:
        raise ConfigError(config.label, "[sectors]: every sector is switched off", "Set at least one sector to true")
    return on


# How a command's click parameters map onto config keys: param name -> (key, converter).
PARAM_KEYS: Mapping[str, tuple[str, Callable[[Any], Any]]] = MappingProxyType({
    "lang": ("lang", lambda v: v),
    "report_lang": ("report_lang", lambda v: v),
    "fmt": ("format", lambda v: v),
    "jobs": ("jobs", lambda v: v),
    "max_size": ("max_size", lambda v: v),
    "engine": ("engine", lambda v: v),
    "ocr": ("ocr", bool),
    "ocr_timeout": ("ocr_timeout", lambda v: v),
    "ocr_max_pages": ("ocr_max_pages", lambda v: v),
    "min_sector_blocks": ("min_sector_blocks", lambda v: v),
    "classifier": ("classifier", bool),  # --classifier/--no-classifier
    "no_classifier": ("classifier", lambda v: not v),
    "exclude_concepts": ("exclude_concepts", tuple),
    "threshold": ("threshold", lambda v: v),
    "model": ("model", lambda v: v),
    "lexicons": ("lexicons", tuple),
    "plugins_dirs": ("plugins_dirs", tuple),
    "sectors": ("sectors", lambda v: v),
})


def given_on_command_line(ctx: Any, params: Mapping[str, Any]) -> dict[str, Any]:
    """The options the user typed (or set through an environment variable), as config keys.

    Click fills every option with its default, so "given" is decided by the parameter's
    source: ``ctx.get_parameter_source(name)`` is COMMANDLINE or ENVIRONMENT.
    """
    from click.core import ParameterSource

    given = (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT)
    out = {}
    for name, value in params.items():
        if name in PARAM_KEYS and ctx.get_parameter_source(name) in given:
            key, convert = PARAM_KEYS[name]
            out[key] = convert(value)
    return out


# --------------------------------------------------------------------------- screener init

_INIT_TEXT = {
    "header": {
        "en": ["screener configuration file.",
               "screener reads ./screener.toml from the working directory, or the file given with --config.",
               "Precedence: command-line options > this file > built-in defaults.",
               "Relative paths are relative to this file. Every key is listed with its default;",
               "delete a key or leave it as is to keep the default. Reference: docs/configuration.md."],
        "es": ["Archivo de configuración de screener.",
               "screener lee ./screener.toml en el directorio de trabajo, o el archivo indicado con --config.",
               "Prioridad: opciones de la línea de comandos > este archivo > valores por defecto.",
               "Las rutas relativas se entienden desde este archivo. Cada clave figura con su valor por defecto;",
               "bórrela o déjela tal cual para conservarlo. Referencia: docs/configuration.md."],
        "fr": ["Fichier de configuration de screener.",
               "screener lit ./screener.toml dans le répertoire de travail, ou le fichier donné avec --config.",
               "Priorité : options de la ligne de commande > ce fichier > valeurs par défaut.",
               "Les chemins relatifs partent de ce fichier. Chaque clé figure avec sa valeur par défaut ;",
               "supprimez-la ou laissez-la telle quelle pour la conserver. Référence : docs/configuration.md."],
    },
    "scan": {"en": "Screening and report settings (screener scan, screener compare).",
             "es": "Ajustes del análisis y del informe (screener scan, screener compare).",
             "fr": "Réglages de l'analyse et du rapport (screener scan, screener compare)."},
    "cli": {"en": "Command line: {opt}.", "es": "Línea de comandos: {opt}.", "fr": "Ligne de commande : {opt}."},
    "optional": {"en": "Not set by default; remove the # to set it.", "es": "Sin valor por defecto; quite el # para fijarlo.",
                 "fr": "Non défini par défaut ; retirez le # pour le définir."},
}


def _toml_value(key: Key) -> str:
    v = key.default
    if key.name in ("lang", "report_lang", "jobs") and v is None:
        return '"auto"'
    if key.name == "max_size":
        return f'"{format_size(v)}"'
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, str):
        return _show(v)
    if isinstance(v, tuple):
        return "[" + ", ".join(_show(x) for x in v) + "]"
    raise AssertionError(f"no TOML form for the default of {key.name}")  # pragma: no cover


def init_text(lang: str = "en") -> str:
    """A fully commented ``screener.toml`` listing every key with its default, in ``lang``."""
    lang = lang if lang in LANGS else "en"
    lines = [f"# {x}" for x in _INIT_TEXT["header"][lang]] + ["", f"# {_INIT_TEXT['scan'][lang]}", "[scan]"]
    for key in SCAN_KEYS:
        lines.append("")
        lines.append(f"# {key.help[lang]}")
        if key.cli:
            lines.append(f"# {_INIT_TEXT['cli'][lang].format(opt=key.cli)}")
        if key.default is None and key.example:
            lines.append(f"# {_INIT_TEXT['optional'][lang]}")
            lines.append(f"# {key.example}")
        else:
            lines.append(f"{key.name} = {_toml_value(key)}")
    lines += ["", f"# {SECTORS_HELP[lang]}", f"# {_INIT_TEXT['cli'][lang].format(opt='--sectors')}", "[sectors]"]
    lines += [f"{name} = true" for name in BUILTIN_SECTORS]
    return "\n".join(lines) + "\n"
