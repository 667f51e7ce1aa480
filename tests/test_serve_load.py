"""A bounded loopback load test: 20 uploads from 4 concurrent clients; every report arrives,
none is lost, none is another upload's."""

from __future__ import annotations

import hashlib
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from serve_helpers import ServerProcess  # noqa: E402

pytestmark = pytest.mark.slow
CLIENTS, UPLOADS = 4, 20
SECTORS = ["health", "education", "employment", "urban_development"]


def plan(n: int) -> tuple[str, bytes]:
    """A small plan of its own: its number in the title and in every passage."""
    lang = ("en", "es", "fr")[n % 3]
    body = {
        "en": f"# District plan number {n}\n\n## Health\n\nPlan {n} extends primary health care to migrants and returnees "
              f"in district {n}, with {n + 3} new clinics.\n\n## Education\n\nSchools in district {n} enrol the children "
              "of internally displaced families.\n",
        "es": f"# Plan municipal número {n}\n\n## Salud\n\nEl plan {n} amplía la atención primaria de salud a las personas "
              f"migrantes y retornadas del distrito {n}.\n\n## Educación\n\nLas escuelas del distrito {n} matriculan a los "
              "hijos de las familias desplazadas.\n",
        "fr": f"# Plan communal numéro {n}\n\n## Santé\n\nLe plan {n} étend les soins de santé primaires aux migrants et aux "
              f"rapatriés du district {n}.\n\n## Éducation\n\nLes écoles du district {n} accueillent les enfants des familles "
              "déplacées.\n",
    }[lang]
    return f"plan-{n:02d}-{lang}.md", body.encode()


def test_twenty_uploads_from_four_clients(tmp_path):
    server = ServerProcess(tmp_path / "data", workers=2)
    try:
        server.wait_ready()
        url = server.url

        def client(k: int) -> list[tuple[int, dict, dict]]:
            out = []
            with httpx.Client(base_url=url, timeout=120) as c:
                mine = [n for n in range(UPLOADS) if n % CLIENTS == k]
                posted = []
                for n in mine:  # each client sends its five, then follows them
                    name, data = plan(n)
                    r = c.post("/api/screens", files={"file": (name, data, "text/markdown")},
                               data={"sectors": SECTORS[n % 4], "report_lang": ("en", "es", "fr")[k % 3]})
                    assert r.status_code == 202, r.text
                    posted.append((n, r.json()))
                for n, body in posted:
                    deadline = time.monotonic() + 900
                    while True:
                        job = c.get(body["status_url"]).json()
                        if job["status"] in ("done", "failed") or time.monotonic() > deadline:
                            break
                        time.sleep(0.3)
                    report = c.get(job["reports"]["json"]).json() if job["status"] == "done" else {}
                    out.append((n, job, report))
            return out

        with ThreadPoolExecutor(CLIENTS) as pool:
            results = [r for rs in pool.map(client, range(CLIENTS)) for r in rs]
    finally:
        server.stop()

    assert sorted(n for n, _job, _report in results) == list(range(UPLOADS))  # none lost
    assert len({job["id"] for _n, job, _r in results}) == UPLOADS
    for n, job, report in results:
        name, data = plan(n)
        assert job["status"] == "done", job
        assert job["filename"] == name
        # the report is this upload's: same bytes, same name, its own options
        assert report["document"]["sha256"] == hashlib.sha256(data).hexdigest()
        assert report["document"]["path"] == name
        assert [s["sector"] for s in report["sectors"]] == [SECTORS[n % 4]]
        assert report["report_language"] == ("en", "es", "fr")[(n % CLIENTS) % 3]
        assert any(f"{n}" in f["text"] for f in report["findings"]), n
    workers = {job["summary"]["worker"] for _n, job, _r in results}
    assert len(workers) <= 2  # the screens ran in the --workers 2 processes, nowhere else
    # and never more than two at once: each worker screens one job after the other
    by_worker: dict[int, list[tuple[float, float]]] = {}
    for _n, job, _r in results:
        s = job["summary"]
        by_worker.setdefault(s["worker"], []).append((s["started_at"], s["finished_at"]))
    for spans in by_worker.values():
        spans.sort()
        assert all(a_end <= b_start for (_a, a_end), (b_start, _b) in zip(spans, spans[1:])), spans
