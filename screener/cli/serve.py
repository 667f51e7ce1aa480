"""``screener serve``: the local web application (pages in en/es/fr and a JSON API).

It listens on 127.0.0.1 (this computer only) unless told otherwise; another address needs
--allow-remote and prints a warning, because the pages have no login.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
import threading
from pathlib import Path

import click

from ..errors import EXIT_USAGE
from .common import ReadPath, max_pages_option, max_size_option


def default_data_dir() -> Path:
    """Where the history is kept when --data-dir is not given (the platform's user data folder)."""
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "screener"
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "screener"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default is reachable from this computer only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free port).")
@click.option("--data-dir", type=click.Path(file_okay=False, readable=False, path_type=Path), default=None,
              help="Folder for the history: an SQLite index, the uploads and the reports (default: the user data folder).")
@click.option("--allow-remote", is_flag=True,
              help="Allow a --host that other computers can reach. There is no login: anyone who reaches the port can upload and read reports.")
@click.option("-j", "--workers", type=click.IntRange(min=1), default=None,
              help="Screens run at once, one worker process each (default: 2, or 1 on a one-core machine); others wait in a queue.")
@max_size_option
@max_pages_option
@click.option("--max-files", type=click.IntRange(min=1), default=20, show_default=True, help="Files in one upload.")
@click.option("--lexicon", "lexicons", multiple=True, type=ReadPath("lexicon", exists=True, dir_okay=False),
              help="Extra lexicon file with your own terms (repeatable).")
@click.option("--plugins-dir", "plugins_dirs", multiple=True, type=ReadPath("plugins", exists=True, file_okay=False),
              help="Folder with local sector plugins (repeatable).")
@click.option("--model", type=ReadPath("model", exists=True, dir_okay=False), default=None,
              help="Classifier model (.skops) to use instead of the bundled one.")
@click.option("--no-classifier", is_flag=True, help="Lexicon only: do not run the classifier.")
@click.option("--engine", type=click.Choice(["pypdfium2", "pdfplumber"]), default="pypdfium2", show_default=True,
              help="PDF text engine.")
def serve(host, port, data_dir, allow_remote, workers, max_size, max_pages, max_files, lexicons, plugins_dirs, model,
          no_classifier, engine):
    """Start the local web application: upload plans, follow the screen, read and download
    the reports, compare drafts, see the history. Pages in English, Spanish and French.

    \b
    Examples:
      screener serve                          then open http://127.0.0.1:8000
      screener serve --data-dir D:/screens --port 8080
    The JSON API is described in docs/api.md.
    """
    try:
        import uvicorn

        from ..serve import Settings, build_app
    except ModuleNotFoundError as exc:  # pragma: no cover - a broken install
        raise click.ClickException(f"screener serve needs {exc.name}: reinstall screener (pip install screener)")
    from ..screen import ScreenOptions

    if not is_loopback(host) and not allow_remote:
        raise click.UsageError(f"--host {host} lets other computers reach this server, which has no login; "
                               "add --allow-remote if that is what you want")
    data_dir = (data_dir or default_data_dir()).expanduser().resolve()
    workers = workers or max(1, min(2, os.cpu_count() or 1))
    init_kwargs = {"options": ScreenOptions(use_classifier=not no_classifier), "lexicon_paths": tuple(lexicons),
                   "plugins_dirs": tuple(plugins_dirs), "model": model, "max_bytes": max_size, "engine": engine,
                   "max_pages": max_pages}
    sock = _listen(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    allowed = ("127.0.0.1", "localhost", "[::1]", "::1", shown) if is_loopback(host) else ("*",)
    settings = Settings(data_dir=data_dir, workers=workers, max_bytes=max_size, max_pages=max_pages,
                        max_files=max_files, init_kwargs=init_kwargs, allowed_hosts=allowed)
    app = build_app(settings)
    if is_loopback(host):
        where = "this computer only"
    else:
        where = "OTHER COMPUTERS TOO"
        click.echo(f"screener: warning: listening on {shown}:{bound}: anyone who can reach this address can upload "
                   "files and read every report (there is no login). Use the default --host 127.0.0.1 to keep it local.",
                   err=True)
    click.echo(f"screener: serving on http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{bound}/ "
               f"({where}); data in {data_dir}; {workers} worker(s). Ctrl-C stops.", err=True)
    config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False, timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    threading.Thread(target=_watch, args=(app.state.server.pool, server), daemon=True).start()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # Ctrl-C is how one stops a server: not an error
        pass
    pool = app.state.server.pool
    if not pool.fatal:
        click.echo("screener: stopped; the history is kept for the next start", err=True)
    if pool.fatal:
        click.echo(f"screener: error: {pool.fatal}", err=True)
        sys.exit(pool.fatal_code or 1)


def _watch(pool, server) -> None:
    """Stop the server when its workers cannot start (bad model, lexicon or plugin)."""
    import time

    while not server.should_exit:
        if pool.fatal:
            server.should_exit = True
            return
        time.sleep(0.2)


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        click.echo(f"screener: error: cannot listen on {host}:{port}: {exc.strerror or exc}. "
                   "Choose another --port, or stop the program using it.", err=True)
        sys.exit(EXIT_USAGE)
    sock.listen(128)
    sock.set_inheritable(True)
    return sock
