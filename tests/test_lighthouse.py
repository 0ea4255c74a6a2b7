"""Lighthouse (the npm package, pinned in package.json) on the served site, with Debian's
Chromium: 100 for accessibility, best practices and SEO, at least 95 for performance, and
no console error, on the home page and a document page. The reports are kept in
tests/artifacts/ for reading. Performance is scored from the page's timings, which a
machine busy with other work lengthens (the browser's own tasks most): `make test` runs
these audits after the rest of the suite, alone (marker `alone`), and a score below 95
is measured once more, the better of the two counting (both are printed)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from browser import ARGS, CHROMIUM
from conftest import PROJECT

pytestmark = pytest.mark.alone

LIGHTHOUSE = PROJECT / "node_modules" / ".bin" / "lighthouse"
ARTIFACTS = Path(__file__).parent / "artifacts"
PAGES = {
    "home": "index.html",
    "document": "documents/1977-02-18-protocol/index.html",
}


def audit(url: str, report: Path) -> dict:
    run = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            "--only-categories=performance,accessibility,best-practices,seo",
            f"--chrome-flags={' '.join(ARGS)}",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", PAGES)
def test_lighthouse_scores(name: str, http_base: str) -> None:
    assert LIGHTHOUSE.exists(), "the npm test tools are missing: run `make test`"
    ARTIFACTS.mkdir(exist_ok=True)
    result = audit(http_base + PAGES[name], ARTIFACTS / f"lighthouse-{name}.json")
    scores = {key: category["score"] for key, category in result["categories"].items()}
    failing = [
        (audit_id, result["audits"][audit_id].get("title"))
        for category in result["categories"].values()
        for ref in category["auditRefs"]
        if ref["weight"] > 0
        for audit_id in [ref["id"]]
        if (result["audits"][audit_id]["score"] or 0) < 1
        and result["audits"][audit_id]["scoreDisplayMode"] in ("binary", "numeric")
    ]
    print(name, scores)  # shown with -s, and quoted in the closing notes
    for key in ("accessibility", "best-practices", "seo"):
        assert scores[key] == 1, (key, failing)
    if scores["performance"] < 0.95:  # timed on a busy machine? once more
        again = audit(http_base + PAGES[name], ARTIFACTS / f"lighthouse-{name}-again.json")
        print(name, "performance measured again:", again["categories"]["performance"]["score"])
        scores["performance"] = max(
            scores["performance"], again["categories"]["performance"]["score"]
        )
    assert scores["performance"] >= 0.95, failing
    console = result["audits"]["errors-in-console"]
    assert console["score"] == 1 and not console["details"]["items"], console["details"]
