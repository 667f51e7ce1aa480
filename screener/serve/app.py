"""The web application: pages for people, a JSON API for scripts, one job index.

Requests only read and write the index and the data directory; screening happens in the
worker processes (``worker.WorkerPool``), so a 300-page plan never blocks a page. Pages are
Jinja2 templates with autoescaping; static files are bundled in the package, nothing is
fetched from another host (the Content-Security-Policy says so to the browser too).
"""

from __future__ import annotations

import contextlib
import hmac
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from . import i18n
from .storage import DONE, FAILED, QUEUED, Job, Store, display_name, new_id
from .worker import WorkerPool, pdf_available

HERE = Path(__file__).resolve().parent
CSRF_COOKIE = "screener_csrf"
LANG_COOKIE = "screener_lang"
PAGE_CSP = ("default-src 'self'; img-src 'self' data:; frame-src 'self'; frame-ancestors 'none'; "
            "form-action 'self'; base-uri 'none'; object-src 'none'")
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"
MEDIA = {"html": "text/html; charset=utf-8", "json": "application/json", "md": "text/markdown; charset=utf-8",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pdf": "application/pdf"}
API_REPORTS = ("html", "docx", "xlsx", "pdf", "json")


@dataclass
class Settings:
    """What ``screener serve`` was started with."""

    data_dir: Path
    workers: int = 2
    max_bytes: int = 200 * 1024 * 1024
    max_pages: int = 3000
    max_files: int = 20
    init_kwargs: dict[str, Any] = field(default_factory=dict)  # for the workers' Screener
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")
    warm: bool = True


class BodyTooLarge(Exception):
    pass


class LimitBody:
    """Refuse a request body over ``limit`` bytes, by Content-Length or while it streams in."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._drain(receive)
            return await self._refuse(scope, send)
        seen = 0
        started = False

        async def counting_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge()
            return message

        async def watching_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge:
            if not started:
                await self._drain(receive)
                await self._refuse(scope, send)

    @staticmethod
    async def _drain(receive, most: int = 256 << 20) -> None:
        """Read and drop the rest of the body (up to ``most`` bytes), so the client, still
        sending, gets the 413 instead of a reset connection."""
        seen = 0
        while seen < most:
            message = await receive()
            if message["type"] != "http.request":
                return
            seen += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def _refuse(self, scope, send):
        import json

        from .i18n import t

        body = json.dumps({"error": t("too_large", "en", size=_human(self.limit))}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def _human(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.0f} {unit}"
    return f"{n} bytes"


class Server:
    """State shared by the routes: settings, index, worker pool, plugin titles."""

    def __init__(self, settings: Settings) -> None:
        from ..plugins import load_plugins

        self.settings = settings
        self.store = Store(settings.data_dir)
        kwargs = settings.init_kwargs
        from ..nlp.lexicon import default_lexicon

        # the workers' Screener loads its plugins against the lexicon it uses (a --lexicon may add
        # concepts a local plugin cites): so does the list of sectors the page offers
        lexicon = default_lexicon(list(kwargs.get("lexicon_paths", ())))
        plugins = load_plugins(plugins_dirs=list(kwargs.get("plugins_dirs", ())), concepts=lexicon.concept_ids)
        self.sectors = [(p.name, dict(p.title)) for p in plugins.plugins]
        self.sector_names = {name for name, _ in self.sectors}
        self.pool = WorkerPool(settings.workers, kwargs, self._on_event, warm=settings.warm)
        self.templates = Environment(loader=FileSystemLoader(HERE / "templates"),
                                     autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
        self.templates.filters["when"] = lambda ts: time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))
        self.pdf = pdf_available()

    # ------------------------------------------------------------------ jobs

    def start(self) -> None:
        self.pool.start()
        for job in self.store.pending():  # left queued or running by the last run: screen them now
            self.store.mark_queued(job.id)
            self.pool.submit(self._payload(job))

    def stop(self) -> None:
        self.pool.stop()
        self.store.close()

    def _payload(self, job: Job) -> dict:
        return {"id": job.id, "kind": job.kind, "uploads": [str(self.store.upload_path(u)) for u in job.uploads],
                "names": [job.filename] + ([job.filename2] if job.filename2 else []),
                "sectors": list(job.sectors) if job.sectors else None, "report_lang": job.report_lang,
                "report_dir": str(self.store.report_dir(job.id))}

    def _on_event(self, event: tuple) -> None:
        kind = event[0]
        if kind == "running":
            self.store.mark_running(event[2])
        elif kind == "stage":
            self.store.set_stage(event[2], event[3])
        elif kind == "done":
            self.store.mark_done(event[2], event[3], event[4])
        elif kind == "failed":
            self.store.mark_failed(event[2], event[3])

    async def intake(self, files: list[tuple[str, bytes | int]], *, kind: str, sectors: list[str] | None,
                     report_lang: str | None, batch: str | None = None) -> list[str]:
        """Store uploads under generated names and queue them; a file refused here (size,
        type) becomes a failed job with the CLI's message, and the others go on."""
        from ..errors import EmptyDocumentError, ScreenerError, TooLargeError
        from ..loaders import sniff

        batch = batch or new_id()
        if kind == "compare":
            job_id = new_id()
            names, stored, error = [], [], None
            for n, (raw_name, data) in enumerate(files):
                name = display_name(raw_name, default=f"draft{n + 1}")
                names.append(name)
                try:
                    fmt = self._check(name, data, sniff, TooLargeError, EmptyDocumentError, json_ok=True)
                    stored.append(await run_in_threadpool(self.store.save_upload, job_id, n, fmt, data))
                except ScreenerError as exc:
                    error = error or exc.message
            self.store.add(job_id=job_id, kind=kind, batch=batch, position=0, filename=names[0], filename2=names[1],
                           uploads=stored, sectors=sectors, report_lang=report_lang,
                           status=FAILED if error else QUEUED, error=error)
            if not error:
                self.pool.submit(self._payload(self.store.get(job_id)))
            return [job_id]
        ids = []
        for position, (raw_name, data) in enumerate(files):
            job_id = new_id()
            name = display_name(raw_name)
            try:
                fmt = self._check(name, data, sniff, TooLargeError, EmptyDocumentError)
                stored = [await run_in_threadpool(self.store.save_upload, job_id, 0, fmt, data)]
                error = None
            except ScreenerError as exc:
                stored, error = [], exc.message
            self.store.add(job_id=job_id, kind="screen", batch=batch, position=position, filename=name,
                           uploads=stored, sectors=sectors, report_lang=report_lang,
                           status=FAILED if error else QUEUED, error=error)
            if not error:
                self.pool.submit(self._payload(self.store.get(job_id)))
            ids.append(job_id)
        return ids

    def _check(self, name, data, sniff, TooLargeError, EmptyDocumentError, json_ok=False) -> str:
        """The checks ``screener scan`` makes before reading, with its messages."""
        from ..loaders import format_bytes

        limit = self.settings.max_bytes
        size = data if isinstance(data, int) else len(data)  # an int: too large to have been read
        if size == 0:
            raise EmptyDocumentError(name, "the file is empty (0 bytes)")
        if limit and size > limit:
            raise TooLargeError(name, f"the file is {format_bytes(size)}, over the {format_bytes(limit)} limit")
        if json_ok and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
            return "json"
        return sniff(name, data)

    # ------------------------------------------------------------------ views

    def job_view(self, job: Job, request: Request) -> dict[str, Any]:
        """The API's answer for one job (URLs absolute, reports only when done)."""
        base = str(request.base_url).rstrip("/")
        prefix = "compares" if job.kind == "compare" else "screens"
        reports: dict[str, str | None] = {}
        if job.kind == "screen":
            for fmt in API_REPORTS:
                present = job.status == DONE and fmt in job.reports
                reports[fmt] = f"{base}/{prefix}/{job.id}/report.{fmt}" if present else None
        else:
            for fmt in ("html", "json", "md"):
                reports[fmt] = f"{base}/{prefix}/{job.id}/compare.{fmt}" if job.status == DONE else None
        out = {"id": job.id, "kind": job.kind, "status": job.status, "stage": job.stage, "error": job.error,
               "filename": job.filename, "created": _iso(job.created), "started": _iso(job.started),
               "finished": _iso(job.finished),
               "status_url": f"{base}/api/{prefix}/{job.id}", "page_url": f"{base}/{prefix}/{job.id}",
               "reports": reports, "summary": job.summary or None}
        if job.kind == "compare":
            out["filename_new"] = job.filename2
        return out


def _iso(ts: float | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts)) if ts else None


# ---------------------------------------------------------------------- request helpers


def page_lang(request: Request) -> str:
    q = request.query_params.get("lang")
    if q in i18n.LANGUAGES:
        return q
    c = request.cookies.get(LANG_COOKIE)
    if c in i18n.LANGUAGES:
        return c
    return i18n.negotiate(request.headers.get("accept-language"))


def csrf_token(request: Request) -> str:
    token = request.cookies.get(CSRF_COOKIE)
    if not token or len(token) < 32:
        token = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
        request.state.new_csrf = token
    return token


def same_origin(request: Request) -> bool:
    """A browser names the page a POST comes from; refuse one from another site."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


def render(server: Server, request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    lang = page_lang(request)
    token = csrf_token(request)
    tpl = server.templates.get_template(template)
    html = tpl.render(
        lang=lang, t=lambda key, **v: i18n.t(key, lang, **v), languages=i18n.LANGUAGE_NAMES,
        continuum=lambda c: _continuum(c, lang), csrf=token, path=request.url.path, settings=server.settings, human=_human, **context,
    )
    response = HTMLResponse(html, status_code=status, headers=_page_headers())
    if request.query_params.get("lang") in i18n.LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="strict", httponly=True)
    if getattr(request.state, "new_csrf", None):
        response.set_cookie(CSRF_COOKIE, token, samesite="strict", httponly=True)
    return response


def _continuum(c: str, lang: str) -> str:
    """The report's own sentence for the plan's position on the continuum."""
    from ..report.i18n import t

    try:
        return t("summary_continuum", lang, c=t(f"continuum_{c}", lang))
    except KeyError:
        return ""


def _page_headers() -> dict[str, str]:
    return {"Content-Security-Policy": PAGE_CSP, "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "same-origin", "Cache-Control": "no-store"}


def _form_sectors(server: Server, values: list[str]) -> list[str] | None:
    out = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    unknown = [s for s in out if s not in server.sector_names]
    if unknown:
        raise ValueError(unknown[0])
    return sorted(set(out)) or None


async def _read_files(form, field: str, server: Server) -> list[tuple[str, bytes | int]]:
    files = []
    for item in form.getlist(field):
        if not isinstance(item, UploadFile) or (not item.filename and not item.size):
            continue
        size = item.size
        if size is not None and size > server.settings.max_bytes:
            files.append((item.filename or "", size))  # not read: only its size is needed for the message
        else:
            files.append((item.filename or "", await item.read()))
    return files


def _report_lang(value: str | None) -> str | None:
    return value if value in i18n.LANGUAGES else None


async def _form(request: Request, server: Server):
    return await request.form(max_files=server.settings.max_files + 2, max_fields=100)


# ---------------------------------------------------------------------- pages


def _lifespan(server: Server):
    @contextlib.asynccontextmanager
    async def lifespan(app):
        server.start()
        try:
            yield
        finally:
            await run_in_threadpool(server.stop)

    return lifespan


def build_app(settings: Settings) -> Starlette:
    server = Server(settings)

    def error_page(request, message: str, status: int) -> HTMLResponse:
        return render(server, request, "error.html", status=status, message=message)

    async def index(request: Request):
        return render(server, request, "index.html", sectors=server.sectors)

    async def _checked_form(request: Request):
        form = await _form(request, server)
        token = form.get("csrf")
        cookie = request.cookies.get(CSRF_COOKIE)
        if not (same_origin(request) and isinstance(token, str) and cookie
                and hmac.compare_digest(token.encode(), cookie.encode())):
            raise HTTPException(403, i18n.t("csrf_failed", page_lang(request)))
        return form

    async def upload(request: Request):
        lang = page_lang(request)
        form = await _checked_form(request)
        files = await _read_files(form, "files", server)
        if not files:
            return error_page(request, i18n.t("no_files", lang), 400)
        if len(files) > settings.max_files:
            return error_page(request, i18n.t("too_many_files", lang, n=settings.max_files), 400)
        try:
            sectors = _form_sectors(server, [v for v in form.getlist("sectors") if isinstance(v, str)])
        except ValueError as exc:
            return error_page(request, i18n.t("bad_sector", lang, name=str(exc)), 400)
        batch = new_id()
        await server.intake(files, kind="screen", sectors=sectors, report_lang=_report_lang(form.get("report_lang")),
                            batch=batch)
        return RedirectResponse(f"/uploads/{batch}", status_code=303)

    async def batch_page(request: Request):
        jobs = server.store.batch(request.path_params["batch"])
        if not jobs:
            return error_page(request, i18n.t("not_found", page_lang(request)), 404)
        return render(server, request, "batch.html", jobs=jobs, pending=any(j.pending for j in jobs))

    async def compare_form(request: Request):
        return render(server, request, "compare.html")

    async def compare_post(request: Request):
        lang = page_lang(request)
        form = await _checked_form(request)
        old, new = await _read_files(form, "old", server), await _read_files(form, "new", server)
        if len(old) != 1 or len(new) != 1:
            return error_page(request, i18n.t("two_files", lang), 400)
        [job_id] = await server.intake(old + new, kind="compare", sectors=None,
                                       report_lang=_report_lang(form.get("report_lang")))
        return RedirectResponse(f"/compares/{job_id}", status_code=303)

    def _job(request: Request, kind: str) -> Job:
        job = server.store.get(request.path_params["id"])
        if job is None or job.kind != kind:
            raise HTTPException(404, i18n.t("not_found", page_lang(request)))
        return job

    async def job_page(request: Request):
        kind = "compare" if request.url.path.startswith("/compares/") else "screen"
        job = _job(request, kind)
        return render(server, request, "job.html", job=job, pdf=server.pdf)

    async def job_file(request: Request):
        kind = "compare" if request.url.path.startswith("/compares/") else "screen"
        job = _job(request, kind)
        stem, fmt = request.path_params["stem"], request.path_params["fmt"]
        name = f"{stem}.{fmt}"
        if job.status != DONE or job.reports.get(fmt) != name:
            raise HTTPException(404, i18n.t("not_found", page_lang(request)))
        path = server.store.report_dir(job.id) / name
        if not path.is_file():
            raise HTTPException(404, i18n.t("not_found", page_lang(request)))
        headers = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": REPORT_CSP}
        base = Path(job.filename).stem or "plan"
        if kind == "compare":
            base = f"{base}-vs-{Path(job.filename2 or '').stem or 'new'}"
        download = f"{base}-{'comparison' if kind == 'compare' else 'report'}.{fmt}"
        inline = fmt == "html" and "download" not in request.query_params
        return FileResponse(path, media_type=MEDIA[fmt], headers=headers, filename=download,
                            content_disposition_type="inline" if inline else "attachment")

    async def history(request: Request):
        return render(server, request, "history.html", jobs=server.store.history())

    # ------------------------------------------------------------------ API

    def api_error(message: str, status: int) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    async def api_create(request: Request, kind: str):
        if not same_origin(request):
            return api_error("cross-site request refused", 403)
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            return api_error("send the plan as multipart/form-data, field 'file'", 400)
        form = await _form(request, server)
        fields = ("file",) if kind == "screen" else ("old", "new")
        files = []
        for f in fields:
            got = await _read_files(form, f, server)
            if len(got) != 1:
                return api_error(f"send exactly one file in the multipart field '{f}'", 400)
            files += got
        try:
            sectors = _form_sectors(server, [v for v in form.getlist("sectors") if isinstance(v, str)])
        except ValueError as exc:
            return api_error(f"unknown sector {str(exc)!r}; known: {', '.join(sorted(server.sector_names))}", 400)
        report_lang = form.get("report_lang") or None
        if report_lang is not None and report_lang not in i18n.LANGUAGES:
            return api_error("report_lang must be one of en, es, fr", 400)
        [job_id] = await server.intake(files, kind=kind, sectors=sectors, report_lang=report_lang)
        job = server.store.get(job_id)
        if job.status == FAILED:  # refused before screening: size, emptiness or type
            code = 413 if "limit" in (job.error or "") else 415 if "format" in (job.error or "") or "this is" in (job.error or "") else 422
            body = server.job_view(job, request)
            return JSONResponse({**body, "id": job.id}, status_code=code)
        view = server.job_view(job, request)
        return JSONResponse({"id": job.id, "status_url": view["status_url"]}, status_code=202,
                            headers={"Location": view["status_url"]})

    async def api_screens_post(request: Request):
        return await api_create(request, "screen")

    async def api_compares_post(request: Request):
        return await api_create(request, "compare")

    async def api_job(request: Request):
        kind = "compare" if request.url.path.startswith("/api/compares/") else "screen"
        job = server.store.get(request.path_params["id"])
        if job is None or job.kind != kind:
            return api_error("no such job", 404)
        return JSONResponse(server.job_view(job, request))

    async def api_list(request: Request):
        return JSONResponse({"screens": [server.job_view(j, request) for j in server.store.history()]})

    async def api_health(request: Request):
        pool = server.pool
        return JSONResponse({"workers": pool.n, "ready": len(pool.ready), "busy": pool.busy(),
                             "error": pool.fatal, "pdf": server.pdf})

    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return api_error(exc.detail, exc.status_code)
        return error_page(request, exc.detail, exc.status_code)

    routes = [
        Route("/", index),
        Route("/upload", upload, methods=["POST"]),
        Route("/uploads/{batch}", batch_page),
        Route("/compare", compare_form),
        Route("/compare", compare_post, methods=["POST"]),
        Route("/history", history),
        Route("/screens/{id}", job_page),
        Route("/screens/{id}/{stem:str}.{fmt:str}", job_file),
        Route("/compares/{id}", job_page),
        Route("/compares/{id}/{stem:str}.{fmt:str}", job_file),
        Route("/api/screens", api_screens_post, methods=["POST"]),
        Route("/api/screens", api_list),
        Route("/api/screens/{id}", api_job),
        Route("/api/compares", api_compares_post, methods=["POST"]),
        Route("/api/compares/{id}", api_job),
        Route("/api/health", api_health),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    hosts = list(settings.allowed_hosts)
    limit = settings.max_bytes * settings.max_files + (1 << 20)
    app = Starlette(
        routes=routes,
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts), Middleware(LimitBody, limit=limit)],
        exception_handlers={HTTPException: http_error},
        lifespan=_lifespan(server),
    )
    app.state.server = server
    return app
