"""Rebuild docs/serve-screenshot.png: `screener serve` with the sample PDOT screened, in a
headless Chromium (Debian's chromium and chromium-driver), from a throw-away data directory.

    python tools/serve_screenshot.py [--lang en]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", default="en", choices=["en", "es", "fr"])
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "serve-screenshot.png")
    args = ap.parse_args()
    from serve_helpers import ServerProcess
    from webdriver import CHROMEDRIVER, CHROMIUM, Browser, free_port

    if not (CHROMIUM and CHROMEDRIVER):
        print("needs Chromium and chromedriver: apt-get install chromium chromium-driver", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        server = ServerProcess(Path(tmp) / "data", workers=1)
        try:
            server.wait_ready()
            plan = ROOT / "sample_docs" / "pdot_es.pdf"
            r = server.client.post("/api/screens", files={"file": (plan.name, plan.read_bytes())},
                                   data={"report_lang": args.lang})
            job = server.wait_done(r.json()["status_url"])
            assert job["status"] == "done", job
            url = f"{server.url}/screens/{job['id']}?lang={args.lang}"
            # through chromedriver: Chromium's one-shot --screenshot paints before the report's frame
            browser = Browser(Path(tmp) / "profile", refused_proxy_port=free_port())
            try:
                browser._s("POST", "/window/rect", {"width": 1280, "height": 1500})  # down to the heatmap
                browser.get(url)
                browser.frame(browser.wait_for("iframe#report"))
                browser.wait_for("table.heat")
                browser.frame(None)
                args.output.write_bytes(browser.screenshot())
            finally:
                browser.quit()
        finally:
            server.stop()
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
