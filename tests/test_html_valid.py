"""Every page of the built site passes the Nu Html Checker (vnu.jar from npm, run by Java)."""

from __future__ import annotations

import json
import subprocess

from conftest import PROJECT, Workspace

VNU = PROJECT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(pages: list[str]) -> list[tuple[str, str]]:
    """(page, message) of each error the Nu Html Checker finds."""
    assert VNU.exists(), "vnu.jar is missing: run `make test`"
    run = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(run.stderr or '{"messages": []}')["messages"]
    return [(m.get("url", "").rsplit("/site/", 1)[-1], m.get("message")) for m in messages]


def test_the_nu_html_checker_reports_no_errors(built_site: Workspace) -> None:
    pages = sorted(str(p) for p in built_site.site.rglob("*.html"))
    assert nu_errors(pages) == []
    assert len(pages) >= 5


def test_the_checker_does_find_errors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The check above can fail: a page with a duplicate id is reported."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head>'
        '<body><p id="a">1</p><p id="a">2</p></body></html>'
    )
    run = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(run.stderr)["messages"]
    assert any("Duplicate ID" in m["message"] for m in messages)
