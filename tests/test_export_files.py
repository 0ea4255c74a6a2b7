"""The exports on their own: each document's files made from a real record, and the
sitemap and robots.txt, without a build."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest
import yaml

from archive_site.exports import files
from archive_site.load import records
from archive_site.model import Document, paragraph_numbers
from archive_site.site.views import EXPORTS, export_paths
from conftest import Workspace
from records_here import committed, record_text
from scratch import Code

EDITION = ("An edition", "Its publisher")
TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(params=[d.id for d in committed()])
def doc(request: pytest.FixtureRequest) -> Document:
    return next(d for d in committed() if d.id == request.param)


def made(doc: Document, url: str | None = None) -> dict[str, str]:
    return files.document_files(doc, record_text(doc), (), (), EDITION, url)


def by_ext(doc: Document, url: str | None = None) -> dict[str, str]:
    out = made(doc, url)
    return {x.ext: out[path] for x, path in zip(EXPORTS, export_paths(doc), strict=True)}


def test_a_document_has_one_file_for_each_export_beside_its_page(doc: Document) -> None:
    assert list(made(doc)) == export_paths(doc)


def test_the_dataset_holds_the_same_record_text_and_tei(doc: Document) -> None:
    beside = by_ext(doc)
    kept = files.dataset_files(doc, record_text(doc), (), (), EDITION)
    assert sorted(kept) == [f"documents/{doc.id}.{ext}" for ext in ("json", "txt", "xml")]
    for name, data in kept.items():
        assert zlib.decompress(data.data).decode("utf-8") == beside[name.rsplit(".", 1)[1]]


def test_a_large_archive_keeps_only_the_citation_files_beside_the_page(doc: Document) -> None:
    out = files.document_files(doc, record_text(doc), (), (), EDITION, None, False)
    assert list(out) == export_paths(doc, False)
    assert [p.rsplit("/", 1)[1].split(".", 1)[1] for p in out] == ["ris", "csl.json", "bib"]


def test_the_record_exports_say_what_the_record_says(doc: Document) -> None:
    out = by_ext(doc)
    assert out["yaml"] == record_text(doc)
    assert json.loads(out["json"]) == records.to_data(doc) == yaml.safe_load(out["yaml"])
    assert out["json"].endswith("}\n")


def test_the_text_numbers_each_paragraph_as_the_page_does(doc: Document) -> None:
    text = by_ext(doc)["txt"]
    lines = text.splitlines()
    assert lines[0] == doc.meta.title.text
    assert lines[1] == f"{doc.meta.date.printed} ({doc.meta.date.iso})"
    numbered = [line for line in lines if line.startswith("¶ ")]
    assert len(numbered) == len(paragraph_numbers(doc))
    assert numbered[0].startswith("¶ 1  ")
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_the_tei_is_a_tei_document_with_the_title(doc: Document) -> None:
    root = ET.fromstring(by_ext(doc)["xml"].encode("utf-8"))
    assert root.tag == f"{TEI}TEI"
    title = root.find(f"{TEI}teiHeader/{TEI}fileDesc/{TEI}titleStmt/{TEI}title")
    assert title is not None and "".join(title.itertext()) == doc.meta.title.text


def test_the_citation_files_name_the_document_and_its_address_where_it_has_one(
    doc: Document,
) -> None:
    url = f"https://a.example/x/{doc.id}/"
    out = by_ext(doc, url)
    assert f"TI  - {doc.meta.title.text}" in out["ris"].splitlines()
    assert f"UR  - {url}" in out["ris"].splitlines()
    (item,) = json.loads(out["csl.json"])
    assert item["URL"] == url and item["title"]  # in sentence case, as CSL asks
    assert out["bib"].startswith("@") and url in out["bib"] and out["bib"].endswith("}\n")
    assert url not in "".join(by_ext(doc).values())  # and none without


def test_a_sitemap_lists_every_page_at_the_sites_address_in_order() -> None:
    text = files.sitemap("https://a.example/x", ["b/index.html", "a&b.html", "index.html"])
    assert text == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        "<url><loc>https://a.example/x/a&amp;b.html</loc></url>\n"
        "<url><loc>https://a.example/x/b/index.html</loc></url>\n"
        "<url><loc>https://a.example/x/index.html</loc></url>\n"
        "</urlset>\n"
    )


def test_robots_txt_lets_every_page_be_read_and_names_the_sitemap() -> None:
    assert files.robots("https://a.example/x/") == (
        "User-agent: *\nAllow: /\n\nSitemap: https://a.example/x/sitemap.xml\n"
    )


def test_an_export_is_one_row_and_one_maker_and_a_missing_maker_shows_at_start(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Adding an export as a developer would, in a copy of the code: a row in the table
    with no maker stops the program as it starts, naming both tables, and nothing is
    published; with its maker, the file lies beside every document page and is linked."""
    ws = workspace.copy_real()
    code = Code(tmp_path / "code")
    code.edit(
        "src/archive_site/site/views.py",
        '    Export("bib", "BibTeX", offline=True, citing=True),\n',
        '    Export("bib", "BibTeX", offline=True, citing=True),\n    Export("md", "Markdown"),\n',
    )
    failed = code.build(ws)
    assert failed.code != 0
    views = (code.src / "archive_site" / "site" / "views.py").read_text(encoding="utf-8")
    table = views.splitlines().index("EXPORTS = (") + 1
    assert failed.err == (
        f"archive_site/site/views.py:{table}: views.EXPORTS lists 'md', which MAKERS does not "
        "make; expected a maker for it\nbuild failed: 1 problem; nothing was written\n"
    )
    assert failed.code == 1
    assert not ws.site.exists()
    code.edit(
        "src/archive_site/exports/files.py",
        '    "txt": lambda made: plain_text(made.doc),\n',
        '    "txt": lambda made: plain_text(made.doc),\n'
        '    "md": lambda made: "# " + made.doc.meta.title.text + "\\n",\n',
    )
    built = code.build(ws)
    assert built.code == 0, built.err
    for record in sorted(ws.documents.glob("*.yaml")):
        doc_id = record.stem
        page = next(ws.site.glob(f"documents/**/{doc_id}/index.html"))
        markdown = page.parent / f"{doc_id}.md"
        assert markdown.read_text(encoding="utf-8").startswith("# ")
        assert f"{doc_id}.md" in ws.page(page.relative_to(ws.site).as_posix()).xpath("//a/@href")
