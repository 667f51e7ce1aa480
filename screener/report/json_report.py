"""JSON report: the versioned contract documented in docs/report-schema.md."""

from __future__ import annotations

import json

from ..results import ScreenResult
from . import summary_text


def report_dict(result: ScreenResult) -> dict:
    d = result.to_dict()
    d["summary"] = {**d["summary"], "text": " ".join(summary_text(result))}
    return d


def render_json(result: ScreenResult) -> str:
    return json.dumps(report_dict(result), ensure_ascii=False, indent=2) + "\n"
