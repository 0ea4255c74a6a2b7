"""The kinds of curated entity as one table: a new kind is a row of ENTITY_KINDS and its
file, and it gets its pages, its index, its navigation entry and its place among what a
document mentions; a file that no kind reads is an error where it lies."""

from __future__ import annotations

from pathlib import Path

from archive_site.load.entities import ENTITY_KINDS
from archive_site.site.entity_pages import NAV
from conftest import Workspace
from scratch import Code

TREATIES = """\
- id: the-agreement
  name: the agreement
  aliases: [agreement]
  description: >-
    A kind added for a test: whatever the documents call an agreement.
"""
ROW = '    Kind("treaty", "treaties", "treaties", "Treaties", "Legislation", None),\n'


def test_every_indexed_kind_has_its_navigation_entry() -> None:
    folders = {section for _, section, _ in NAV}
    assert {k.folder for k in ENTITY_KINDS if k.indexed} <= folders
    assert len({k.name for k in ENTITY_KINDS}) == len({k.folder for k in ENTITY_KINDS})


def test_a_file_no_kind_reads_is_an_error_where_it_lies(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    (ws.documents / "entities" / "treaties.yaml").write_text(TREATIES, encoding="utf-8")
    run = ws.build()
    assert run.code == 1
    assert run.err.splitlines()[0].startswith(
        "documents/entities/treaties.yaml:1: no kind of entity is read from 'treaties.yaml'; "
        "expected one of people.yaml, organizations.yaml, places.yaml, terms.yaml, "
        "events.yaml, relations.yaml, ignore.yaml (a new kind of entity is a row of "
        "ENTITY_KINDS in archive_site/load/entities.py, with its file here)"
    )
    assert not ws.site.exists()


def test_a_new_kind_is_a_row_and_its_file(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace.copy_real()
    (ws.documents / "entities" / "treaties.yaml").write_text(TREATIES, encoding="utf-8")
    code = Code(tmp_path / "code")
    code.insert_after("src/archive_site/load/entities.py", "ENTITY_KINDS = (", ROW)
    run = code.build(ws)
    assert run.code == 0, run.err
    page = ws.page("treaties/the-agreement/index.html")
    assert page.xpath("//h1")[0].text_content().strip() == "the agreement"
    index = ws.page("treaties/index.html")
    assert index.xpath("//a[@href='the-agreement/index.html']")
    home = ws.page("index.html")
    assert home.xpath("//nav//a[@href='treaties/index.html']/text()") == ["Treaties"]
    mentioning = [
        p
        for p in sorted(ws.site.glob("documents/*/index.html"))
        if ws.page(p.relative_to(ws.site).as_posix()).xpath(
            "//section[@class='in-this-document']//a[contains(@href, 'the-agreement')]"
        )
    ]
    assert mentioning, "no document lists the new kind among what it mentions"
    doc = ws.page(mentioning[0].relative_to(ws.site).as_posix())
    assert "Treaties" in doc.xpath("//section[@class='in-this-document']")[0].text_content()
    assert doc.xpath("//a[@class='mention'][@data-entity='the-agreement']")


def test_a_kind_the_program_cannot_place_stops_it_as_it_starts(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A row whose folder another kind has, or whose TEI element the TEI header does not
    list, is an error at the table's line before anything is read, never a page that
    overwrites another or names dropped from the TEI."""
    ws = workspace.copy_real()
    (ws.documents / "entities" / "treaties.yaml").write_text(TREATIES, encoding="utf-8")
    entities = "src/archive_site/load/entities.py"
    code = Code(tmp_path / "code")
    code.insert_after(
        entities, "ENTITY_KINDS = (", ROW.replace('"treaties", "Treaties"', '"places", "Treaties"')
    )
    table = (code.root / entities).read_text(encoding="utf-8").splitlines().index(
        "ENTITY_KINDS = ("
    ) + 1
    run = code.build(ws)
    assert run.err == (
        f"archive_site/load/entities.py:{table}: the kinds 'treaty' and 'place' have the one "
        "folder 'places'; expected each kind's folder its own\n"
        "build failed: 1 problem; nothing was written\n"
    )
    assert run.code == 1 and not ws.site.exists()
    code = Code(tmp_path / "other")
    code.insert_after(entities, "ENTITY_KINDS = (", ROW.replace("None)", '"name")'))
    run = code.build(ws)
    assert run.err == (
        f"archive_site/load/entities.py:{table}: the kind 'treaty' names in TEI's element "
        "'name', which the TEI header does not list; expected one of persName, orgName, "
        "placeName (exports/tei.py, LISTED), or None (a keyword)\n"
        "build failed: 1 problem; nothing was written\n"
    )
    assert run.code == 1 and not ws.site.exists()


def test_what_sets_a_kind_apart_is_a_column_of_its_row() -> None:
    """Sorting by surname, a subject of JSON-LD, a place in TEI's header and on the
    timeline are read from the row, never from a kind's name written in the code."""
    source = Path(__file__).resolve().parents[1] / "src" / "archive_site"
    names = {kind.name for kind in ENTITY_KINDS}
    written = [
        f"{path.relative_to(source)}:{n}"
        for path in sorted(source.rglob("*.py"))
        if path.name != "entities.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for name in names
        if f'kind == "{name}"' in line or f'kind != "{name}"' in line or f'== "{name}"' in line
    ]
    assert written == []
    templates = Path(__file__).resolve().parents[1] / "templates"
    assert not [
        p.name
        for p in sorted(templates.glob("*.html"))
        for name in names
        if f'== "{name}"' in p.read_text(encoding="utf-8")
    ]
