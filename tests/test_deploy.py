"""What hosts and browsers ask of a published site: a favicon, a description on every
page, a page for addresses with none (404.html), robots.txt beside the sitemap, the
collection's settings where they belong, and a valid GitHub Pages workflow."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import lxml.html
import yaml

from conftest import PROJECT, Workspace, dataset_file

WORKFLOW = PROJECT / ".github" / "workflows" / "pages.yml"
SETTINGS = yaml.safe_load((PROJECT / "content" / "site.yaml").read_text(encoding="utf-8"))
TEI = "{http://www.tei-c.org/ns/1.0}"


def test_every_page_has_the_favicon_and_a_description(built_site: Workspace) -> None:
    icon = built_site.site / "assets" / "favicon.svg"
    assert ET.parse(icon).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    pages = sorted(built_site.site.rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        page = lxml.html.fromstring(path.read_bytes())
        (link,) = page.xpath("//head/link[@rel='icon']/@href")
        assert (path.parent / link).resolve() == icon.resolve(), path
        if page.xpath("//meta[@http-equiv='refresh']"):
            continue  # a moved page's redirect
        (description,) = page.xpath("//head/meta[@name='description']/@content")
        assert description.strip(), path
    home = built_site.page("index.html")
    assert home.xpath("//meta[@name='description']/@content") == [
        " ".join(SETTINGS["description"].split())
    ]
    # a document's description is its summary, as the page shows it
    doc = built_site.page("documents/1977-02-18-protocol/index.html")
    summary = doc.xpath("//section[contains(@class, 'summary')]/p")[0].text_content()
    assert doc.xpath("//meta[@name='description']/@content") == [summary]


def test_the_page_for_missing_addresses(workspace: Workspace, built_site: Workspace) -> None:
    """Without an address, its links start at the top of the site; with one, they are
    absolute, so that a host may show it at any depth. Never listed or indexed."""
    page = built_site.page("404.html")
    assert page.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert page.xpath("//h1")[0].text_content() == "No page at this address"
    links = page.xpath("//a/@href | //link/@href | //script/@src | //form/@action")
    inside = [link for link in links if not link.startswith("#")]
    assert inside and all((built_site.site / link).is_file() for link in inside), inside

    base = "https://archive.example/ed/"
    workspace.copy_real()
    assert workspace.build("--base-url", base).code == 0
    page = workspace.page("404.html")
    links = page.xpath("//a/@href | //link/@href | //script/@src | //form/@action")
    inside = [link for link in links if not link.startswith("#")]
    assert all(link.startswith(base) for link in inside), inside
    assert all((workspace.site / link.removeprefix(base)).is_file() for link in inside)


def test_the_settings_name_the_publisher_and_the_rights(workspace: Workspace) -> None:
    workspace.copy_real()
    settings = workspace.root / "content" / "site.yaml"
    text = settings.read_text(encoding="utf-8")
    text = text.replace("publisher: null", "publisher: The Example Press")
    text = text.replace("rights: >-", "rights: >-\n  Notes and summaries CC BY 4.0.")
    settings.write_text(text, encoding="utf-8")
    run = workspace.build()
    assert run.code == 0, run.err
    for rel in ("index.html", "search/index.html", "documents/1977-02-18-protocol/index.html"):
        footer = workspace.page(rel).xpath("//footer")[0].text_content()
        assert "Notes and summaries CC BY 4.0. Rights in the translations" in footer
    tei = ET.ElementTree(ET.fromstring(dataset_file(workspace.site, "1977-02-18-protocol", "xml")))
    publisher = tei.find(f".//{TEI}publicationStmt/{TEI}publisher")
    assert publisher is not None and publisher.text == "The Example Press"


def test_the_pages_workflow_is_valid_and_builds_with_the_published_address() -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(WORKFLOW),
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = flow["jobs"]["build"]["steps"]
    build = next(step for step in steps if "make site" in step.get("run", ""))
    assert build["env"]["BASE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages"))
    assert upload["with"]["path"] == "site"
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages")


def test_make_site_passes_the_address_on(tmp_path: Path) -> None:
    """`make site BASE_URL=...` builds with that address (shown by make's dry run)."""
    run = subprocess.run(
        ["make", "-n", "-s", "site", "BASE_URL=https://example.org/archive/"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "build.py --base-url 'https://example.org/archive/'" in run.stdout
