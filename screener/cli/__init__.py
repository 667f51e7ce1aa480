"""The ``screener`` command.

Subcommands live in their own modules and are imported only when used, so
``screener --help`` is instant. Every ``ScreenerError`` becomes one line on
stderr and its documented exit code; anything else is a bug, reported as such.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys

import click

from .. import __version__
from ..errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TOO_LARGE, ScreenerError, printable

# name -> (module, attribute)
COMMANDS = {
    "extract": ("screener.cli.extract", "extract"),
    "scan": ("screener.cli.scan", "scan"),
    "compare": ("screener.cli.compare", "compare"),
    "plugins": ("screener.cli.plugins", "plugins"),
    "lexicon": ("screener.cli.lexicon", "lexicon"),
    "train": ("screener.cli.classify", "train"),
    "evaluate": ("screener.cli.classify", "evaluate"),
    "init": ("screener.cli.init", "init"),
    "samples": ("screener.cli.samples", "samples"),
    "serve": ("screener.cli.serve", "serve"),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name, (mod, _attr) in COMMANDS.items() if importlib.util.find_spec(mod) is not None)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        mod, attr = COMMANDS[name]
        try:
            module = importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name == mod:
                return None
            raise
        return getattr(module, attr)

    def invoke(self, ctx: click.Context):
        _sigterm_is_ctrl_c()
        try:
            return super().invoke(ctx)
        except ScreenerError as exc:
            fail(exc.message, exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted; finished reports were kept", EXIT_INTERRUPTED)
        except MemoryError:
            fail("out of memory while screening; split the document or lower --max-chars", EXIT_TOO_LARGE)
        except BrokenPipeError:  # `screener ... | head`: the reader left; not an error
            try:
                sys.stdout = open(os.devnull, "w")
            finally:
                sys.exit(0)
        except click.UsageError as exc:  # one line too, with where to look
            name = exc.ctx.command_path if exc.ctx is not None else "screener"
            fail(f"{printable(exc.format_message())} (see `{name} --help`)", exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:  # pragma: no cover - a bug
            if os.environ.get("SCREENER_DEBUG"):
                raise
            fail(
                f"internal error: {type(exc).__name__}: {printable(' '.join(str(exc).split()))}. This is a bug in screener; "
                "please report it (set SCREENER_DEBUG=1 to see the traceback)",
                EXIT_INTERNAL,
            )


def _sigterm_is_ctrl_c() -> None:
    """SIGTERM stops a command like Ctrl-C: temp files removed, finished reports kept, exit 130."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def on_term(signum, frame):
        raise KeyboardInterrupt()

    try:
        signal.signal(signal.SIGTERM, on_term)
    except (ValueError, OSError):  # pragma: no cover
        pass


def fail(message: str, code: int) -> None:
    click.echo(f"screener: error: {message}", err=True)
    sys.exit(code)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="screener")
def main() -> None:
    """Screen development plans for how they treat migration.

    \b
    Start with:
      screener scan plan.pdf -o report.html     screen one plan
      screener extract plan.pdf --format text   see what was read from it
      screener plugins list                     the sector plugins loaded
    Exit codes are listed in README.md ("Exit codes").
    """
