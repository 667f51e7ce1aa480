"""Finding and loading sector plugins.

Built-in and third-party plugins are found the same way, through the
``screener.plugins`` entry-point group; ``--plugins-dir`` folders add local ones
without packaging. One broken plugin never stops the others: it becomes a
``PluginLoadFailure`` naming it, and the caller decides what to do (the CLI prints it).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable, Iterator, Sequence

import pluggy

from ..errors import PluginError
from ..limits import HookTimeout, hook_seconds, time_budget
from . import hookspecs
from .spec import PluginProblem, SectorPlugin, build_plugin, parse_yaml

ENTRY_POINT_GROUP = "screener.plugins"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class PluginLoadFailure:
    """A plugin that could not be loaded, or whose hook failed: who, from where, and why (one line)."""

    name: str
    origin: str
    message: str
    stage: str = "load"  # "load", or the hook that failed, e.g. "screener_sector_spans"

    def __str__(self) -> str:
        what = "failed to load" if self.stage == "load" else f"failed in {self.stage}"
        return f"plugin {self.name} ({self.origin}) {what}: {self.message}"


@dataclass(frozen=True)
class PluginSet:
    """The plugins that loaded (sorted by name), the ones that failed, and warnings (e.g. overrides)."""

    plugins: tuple[SectorPlugin, ...]
    errors: tuple[PluginLoadFailure, ...] = ()
    warnings: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[SectorPlugin]:
        return iter(self.plugins)

    def __len__(self) -> int:
        return len(self.plugins)

    def __contains__(self, name: object) -> bool:
        return any(p.name == name for p in self.plugins)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.plugins)

    def get(self, name: str) -> SectorPlugin:
        """The plugin called ``name``; PluginError listing the loaded ones otherwise."""
        for p in self.plugins:
            if p.name == name:
                return p
        failed = [f for f in self.errors if f.name == name]
        if failed:
            raise PluginError(None, str(failed[0]), "Fix the plugin or run `screener plugins check` on its file")
        raise PluginError(None, f"no sector plugin named {name!r}; loaded: {', '.join(self.names) or 'none'}",
                          "Run `screener plugins list` to see the plugins and where they come from")


# --------------------------------------------------------------------------- pluggy


def _new_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    pm.add_hookspecs(hookspecs)
    return pm


# One manager for every plugin module of the process (built-in, entry point, plugins-dir),
# so hook specifications are checked once, the same way, for all of them. Each module is
# registered under a unique name (a re-imported plugins-dir file is a new module and must not
# unregister the one an older Screener still uses).
_PM = _new_manager()
_PM_LOCK = threading.RLock()


def manager() -> pluggy.PluginManager:
    """The pluggy manager every loaded plugin module is registered on."""
    return _PM


def _register(module: Any) -> None:
    """Register ``module`` once; a misspelled hook name or argument raises PluginValidationError."""
    with _PM_LOCK:
        if _PM.is_registered(module):
            return
        name = f"{getattr(module, '__name__', None) or type(module).__name__}@{id(module):x}"
        try:
            _PM.register(module, name=name)
            _PM.check_pending()
        except pluggy.PluginValidationError:
            if _PM.is_registered(module):
                _PM.unregister(module)
            raise


def _impls(module: Any, hook: str) -> list[Any]:
    return [impl for impl in getattr(_PM.hook, hook).get_hookimpls() if impl.plugin is module]


def _call(module: Any, hook: str, **kwargs: Any) -> list[Any]:
    """Call ``hook`` of ``module`` alone (its result and its failure are that plugin's)."""
    with _PM_LOCK:
        others = [p for p in _PM.get_plugins() if p is not module]
        caller = _PM.subset_hook_caller(hook, remove_plugins=others)
    return list(caller(**kwargs))


def implements(plugin: SectorPlugin, hook: str) -> bool:
    """Whether ``plugin``'s module implements ``hook`` (the engine asks once per Screener, and
    calls no hook of a plugin that does not implement it)."""
    if plugin.hooks is None:
        return False
    try:
        _register(plugin.hooks)
    except pluggy.PluginValidationError:
        return False
    return bool(_impls(plugin.hooks, hook))


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# Seconds each plugin's hooks have used on the current document (``new_document`` resets it).
# Per thread: a serve worker may screen documents in several threads at once.
_LOCAL = threading.local()


def _spent() -> dict[str, float]:
    spent = getattr(_LOCAL, "spent", None)
    if spent is None:
        spent = _LOCAL.spent = {}
    return spent


def new_document() -> None:
    """Start a document: every plugin gets its full hook time budget again."""
    _spent().clear()


@contextlib.contextmanager
def thread_budget(seconds: float) -> Iterator[None]:
    """Raise ``HookTimeout`` in the calling thread after ``seconds``, where SIGALRM cannot
    reach: any thread but the main one (serve, threaded callers) or a platform without
    ``setitimer``. A timer thread raises the exception asynchronously
    (``PyThreadState_SetAsyncExc``): it lands at the plugin's next Python instruction, so a
    hook blocked inside one long C call (``time.sleep``, one huge regex) is stopped when that
    call returns. Without ``ctypes.pythonapi`` (not CPython) nothing is interrupted; the time
    spent still switches the plugin off for the rest of the document."""
    import ctypes

    set_exc = getattr(getattr(ctypes, "pythonapi", None), "PyThreadState_SetAsyncExc", None)
    if seconds <= 0 or set_exc is None:
        yield
        return
    target = ctypes.c_ulong(threading.get_ident())
    state = {"armed": True, "fired": False}
    lock = threading.Lock()

    def fire() -> None:
        with lock:
            if state["armed"]:
                set_exc(target, ctypes.py_object(HookTimeout))
                state["fired"] = True

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
            fired = state["fired"]
        timer.cancel()
        if fired:  # raised after the hook returned and not delivered yet: withdraw it
            set_exc(target, None)


@contextlib.contextmanager
def isolated(seconds: float | None = None) -> Iterator[None]:
    """Run plugin code with ``print`` sent to stderr (a JSON report on stdout stays valid) and,
    when ``seconds`` is given, a time budget (HookTimeout past it): SIGALRM in the main thread
    (``limits.time_budget``), ``thread_budget`` in any other thread."""
    with contextlib.redirect_stdout(sys.stderr):
        if seconds is None:
            yield
        elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            with time_budget(seconds):
                yield
        else:
            with thread_budget(seconds):
                yield


def call_hook(plugin: SectorPlugin, hook: str, **kwargs: Any) -> tuple[list[Any], PluginLoadFailure | None]:
    """Call ``hook`` of ``plugin``'s module safely: (results, None), or ([], a failure naming the plugin).

    A plugin without a module, or whose module does not implement ``hook``, gives ([], None)
    without calling pluggy. The plugin cannot end the scan (``sys.exit`` is a failure like any
    exception), cannot write to stdout, and has ``hook_seconds()`` per document for all its
    calls, in any thread: past that it is switched off for the rest of the document, with a
    failure saying so.
    """
    if not implements(plugin, hook):
        return [], None
    spent = _spent()
    budget = hook_seconds()
    left = budget - spent.get(plugin.name, 0.0)
    over = f"hook switched off for this document: it ran past its time budget ({budget:g} s per document)"
    if left <= 0:
        return [], PluginLoadFailure(plugin.name, plugin.origin, over, stage=hook)
    start = time.perf_counter()
    try:
        with isolated(left):
            return _call(plugin.hooks, hook, **kwargs), None
    except MemoryError:
        raise  # the document is too big for this process: a document error (exit 10), not a plugin's
    except HookTimeout:
        spent[plugin.name] = float("inf")
        return [], PluginLoadFailure(plugin.name, plugin.origin, over, stage=hook)
    except (Exception, SystemExit) as exc:  # a plugin's bug (or its sys.exit) must not stop the screening
        return [], PluginLoadFailure(plugin.name, plugin.origin, f"hook raised {_one_line(exc)}", stage=hook)
    finally:
        spent[plugin.name] = spent.get(plugin.name, 0.0) + time.perf_counter() - start


def sector_spans(
    plugin: SectorPlugin, text: str, doc: Any, lang: str
) -> tuple[tuple[tuple[int, int], ...], PluginLoadFailure | None]:
    """Extra spans from the plugin's optional ``screener_sector_spans`` hook, checked against ``text``.

    The engine calls it once per document: ``text`` is ``Document.text``, ``doc`` the
    ``screener.screen.ParsedDocument`` (the document and each block's spaCy Doc). Returns
    (sorted, de-duplicated spans, None) or ((), failure) when the hook raises or returns
    something that is not a list of ``(start, end)`` offsets within ``text``.
    """
    results, failure = call_hook(plugin, "screener_sector_spans", sector=plugin, text=text, doc=doc, lang=lang)
    if failure is not None:
        return (), failure
    spans: set[tuple[int, int]] = set()
    try:
        for result in results:
            for start, end in result or ():
                if isinstance(start, bool) or isinstance(end, bool) or not isinstance(start, int) or not isinstance(end, int):
                    raise ValueError(f"offsets must be integers, got ({start!r}, {end!r})")
                if not 0 <= start < end <= len(text):
                    raise ValueError(f"span ({start}, {end}) is outside the text (length {len(text)})")
                spans.add((start, end))
    except (TypeError, ValueError) as exc:
        return (), PluginLoadFailure(plugin.name, plugin.origin, f"returned bad spans: {exc}", stage="screener_sector_spans")
    return tuple(sorted(spans)), None


# --------------------------------------------------------------------------- loading one plugin


class _Failed(Exception):
    """Internal: one plugin could not be loaded; carries a name guess and a one-line reason."""

    def __init__(self, message: str, name: str | None = None, problems: Sequence[PluginProblem] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.name = name
        self.problems = list(problems)


def _problems_message(problems: Sequence[PluginProblem]) -> str:
    more = len(problems) - 1
    extra = f" (and {more} more problem{'s' if more > 1 else ''}; run `screener plugins check` on the file)" if more else ""
    return f"{problems[0]}{extra}"


def _name_guess(data: Any) -> str | None:
    if isinstance(data, dict) and isinstance(data.get("name"), str):
        return data["name"]
    return None


def _from_yaml_text(text: str, file: str, origin: str, hooks: Any, concepts: Iterable[str] | None) -> SectorPlugin:
    data, problems = parse_yaml(text, file)
    if not problems:
        plugin, problems = build_plugin(data, file=file, origin=origin, hooks=hooks, concepts=concepts)
        if plugin is not None:
            return plugin
    raise _Failed(_problems_message(problems), _name_guess(data), problems)


def _from_yaml_file(path: Path, origin: str, hooks: Any, concepts: Iterable[str] | None) -> SectorPlugin:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _Failed(f"{path}: file not found") from None
    except UnicodeDecodeError:
        raise _Failed(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise _Failed(f"{path}: cannot read it ({exc.strerror or exc})") from None
    return _from_yaml_text(text, str(path), origin, hooks, concepts)


def _module_file(module: Any) -> Path | None:
    f = getattr(module, "__file__", None)
    return Path(f) if f else None


def _from_module(module: Any, origin: str, concepts: Iterable[str] | None) -> SectorPlugin:
    """Register ``module``'s hooks and load the sector its ``screener_sector`` hook declares."""
    mfile = _module_file(module)
    where = str(mfile) if mfile else getattr(module, "__name__", repr(module))
    try:
        _register(module)
    except pluggy.PluginValidationError as exc:
        raise _Failed(f"{where}: invalid hook: {' '.join(str(exc).split())}") from None
    if not _impls(module, "screener_sector"):
        raise _Failed(f"{where}: defines no screener_sector hook (see docs/plugins.md)")
    try:
        with isolated(hook_seconds()):
            results = [r for r in _call(module, "screener_sector") if r is not None]
    except (Exception, SystemExit) as exc:
        raise _Failed(f"{where}: screener_sector hook raised {_one_line(exc)}") from None
    if len(results) != 1:
        raise _Failed(f"{where}: screener_sector returned nothing; return the path of the plugin's YAML file")
    result = results[0]
    if isinstance(result, dict):
        plugin, problems = build_plugin(result, file=where, origin=origin, hooks=module, concepts=concepts)
        if plugin is None:
            raise _Failed(_problems_message(problems), _name_guess(result), problems)
        return plugin
    if isinstance(result, (str, os.PathLike)):
        path = Path(result)
        if not path.is_absolute() and mfile is not None:
            path = mfile.parent / path
        return _from_yaml_file(path, origin, module, concepts)
    if hasattr(result, "read_text"):  # an importlib.resources Traversable
        try:
            text = result.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise _Failed(f"{result}: cannot read it ({_one_line(exc)})") from None
        return _from_yaml_text(text, str(result), origin, module, concepts)
    raise _Failed(f"{where}: screener_sector returned {type(result).__name__}; return a path to a YAML file or a dict")


def _import_file(path: Path) -> ModuleType:
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:10]
    modname = f"screener_local_plugin_{path.stem}_{digest}"
    spec = importlib.util.spec_from_file_location(modname, path)
    if spec is None or spec.loader is None:
        raise _Failed(f"{path}: cannot be imported as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[modname] = module
    try:
        with isolated(hook_seconds()):
            spec.loader.exec_module(module)
    except (Exception, SystemExit) as exc:
        sys.modules.pop(modname, None)
        loc = ""
        tb = exc.__traceback__
        while tb is not None:  # the innermost frame inside the plugin file
            if Path(tb.tb_frame.f_code.co_filename) == path:
                loc = f":{tb.tb_lineno}"
            tb = tb.tb_next
        if isinstance(exc, SyntaxError) and exc.lineno:
            loc = f":{exc.lineno}"
        raise _Failed(f"{path}{loc}: importing it raised {_one_line(exc)}") from None
    return module


def _origin_for_entry_point(ep: importlib.metadata.EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    by = f" ({dist.name} {dist.version})" if dist is not None else ""
    return f"entry point {ENTRY_POINT_GROUP}:{ep.name}{by}"


def load_plugin_file(path: str | Path, *, concepts: Iterable[str] | None = None) -> SectorPlugin:
    """Load one plugin from a YAML file or a Python module file; PluginError (FILE:LINE: key: message) if invalid."""
    plugin, problems = check_plugin_file(path, concepts=concepts)
    if plugin is None:
        raise PluginError(None, _problems_message(problems), "")
    return plugin


def check_plugin_file(
    path: str | Path, *, concepts: Iterable[str] | None = None
) -> tuple[SectorPlugin | None, list[PluginProblem]]:
    """Validate one plugin file (.yaml/.yml, or .py implementing the hooks); the plugin or every problem."""
    path = Path(path)
    origin = f"plugins-dir {path.resolve()}"
    try:
        if path.suffix.lower() == ".py":
            return _from_module(_import_file(path), origin, concepts), []
        return _from_yaml_file(path, origin, None, concepts), []
    except _Failed as failed:
        return None, failed.problems or [PluginProblem(str(path), None, "plugin", failed.message)]


# --------------------------------------------------------------------------- discovery


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    eps = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    seen: set[tuple[str, str]] = set()
    out = []
    for ep in eps:  # an editable install can list the same distribution twice
        if (ep.name, ep.value) not in seen:
            seen.add((ep.name, ep.value))
            out.append(ep)
    return out


def _dir_candidates(folder: Path) -> list[Path]:
    """The plugin files of one --plugins-dir: *.py (not _private.py) and *.yaml/*.yml, sorted."""
    if not folder.is_dir():
        raise PluginError(folder, "plugins directory does not exist or is not a directory",
                          "Check the --plugins-dir path")
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "_")))
    return [p for p in files if p.suffix == ".py"] + [p for p in files if p.suffix.lower() in YAML_SUFFIXES]


def load_plugins(
    plugins_dirs: Sequence[str | Path] = (),
    only: Sequence[str] | None = None,
    *,
    concepts: Iterable[str] | None = None,
    entry_points: bool = True,
) -> PluginSet:
    """Load the installed plugins (entry points) and those in ``plugins_dirs``.

    ``only`` keeps the named plugins (PluginError listing the known names if one is
    unknown). ``concepts`` are the migration concept ids checklist items may use
    (default: the project's lexicon concepts; pass the active lexicon's ids when an
    extra lexicon adds concepts). A plugin from a plugins-dir replaces an installed one
    of the same name, with a warning; between installed plugins the first one wins and
    the others are reported as failures. Two plugins may not share a sector code.
    """
    concepts = None if concepts is None else tuple(concepts)
    wanted = None if only is None else list(dict.fromkeys(only))
    loaded: dict[str, SectorPlugin] = {}
    failures: list[PluginLoadFailure] = []
    warnings: list[str] = []
    known_names: set[str] = set()

    def add(plugin: SectorPlugin, replace: bool) -> None:
        old = loaded.get(plugin.name)
        if old is not None and not replace:
            failures.append(PluginLoadFailure(plugin.name, plugin.origin,
                                              f"another plugin named {plugin.name!r} is already loaded from {old.origin}"))
            return
        clash = next((p for p in loaded.values() if p.code == plugin.code and p.name != plugin.name), None)
        if clash is not None:
            failures.append(PluginLoadFailure(plugin.name, plugin.origin,
                                              f"sector code {plugin.code} is already used by plugin {clash.name!r} ({clash.origin}); choose another code"))
            return
        if old is not None:
            warnings.append(f"plugin {plugin.name} from {plugin.origin} replaces the one from {old.origin}")
        loaded[plugin.name] = plugin

    if entry_points:
        for ep in _entry_points():
            known_names.add(ep.name)
            if wanted is not None and ep.name not in wanted:
                continue  # the entry-point name is the plugin name, so skipping is safe
            origin = _origin_for_entry_point(ep)
            try:
                try:
                    module = ep.load()
                except Exception as exc:
                    raise _Failed(f"importing {ep.value} raised {_one_line(exc)}") from None
                plugin = _from_module(module, origin, concepts)
                if plugin.name != ep.name:
                    raise _Failed(f"entry point name {ep.name!r} does not match the plugin's name {plugin.name!r}; make them equal")
            except _Failed as failed:
                failures.append(PluginLoadFailure(ep.name, origin, failed.message))
                continue
            add(plugin, replace=False)

    for folder in plugins_dirs:
        folder = Path(folder)
        claimed: set[Path] = set()
        for path in _dir_candidates(folder):
            origin = f"plugins-dir {path.resolve()}"
            if path.resolve() in claimed:
                continue  # the YAML file of a .py plugin in the same folder
            try:
                if path.suffix == ".py":
                    plugin = _from_module(_import_file(path), origin, concepts)
                    if plugin.source:
                        claimed.add(Path(plugin.source).resolve())
                else:
                    plugin = _from_yaml_file(path, origin, None, concepts)
            except _Failed as failed:
                name = failed.name or path.stem
                known_names.add(name)
                failures.append(PluginLoadFailure(name, origin, failed.message))
                continue
            known_names.add(plugin.name)
            add(plugin, replace=True)

    plugins = sorted(loaded.values(), key=lambda p: p.name)
    if wanted is not None:
        unknown = [n for n in wanted if n not in known_names and n not in loaded]
        if unknown:
            raise PluginError(
                None,
                f"unknown sector plugin{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
                f"known: {', '.join(sorted(known_names | set(loaded))) or 'none'}",
                "Run `screener plugins list` to see them",
            )
        plugins = [p for p in plugins if p.name in wanted]
        failures = [f for f in failures if f.name in wanted]
    return PluginSet(tuple(plugins), tuple(failures), tuple(warnings))
