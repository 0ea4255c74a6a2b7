"""The shapes of seed as one table: each a name, a test of a seed's paragraphs and a
reader. A fourth shape is a row, its reader and its name in the record's schema."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from archive_site.errors import Reporter
from archive_site.load.parse import parse_seed
from archive_site.load.parse.shapes import SHAPES, split
from archive_site.load.parse.source import paragraphs
from conftest import PROJECT, SEEDS, Workspace
from scratch import Code

SCHEMA = PROJECT / "src" / "archive_site" / "schemas" / "record.schema.json"


def test_the_record_schema_names_every_shape_and_no_other() -> None:
    enum = json.loads(SCHEMA.read_text(encoding="utf-8"))["properties"]["shape"]["enum"]
    assert sorted(enum) == sorted({shape.name for shape in SHAPES})


def test_each_real_seed_is_read_by_the_first_shape_it_matches() -> None:
    for seed in sorted(SEEDS.glob("*.txt")):
        paras = paragraphs(seed.read_text(encoding="utf-8"))
        first = next(shape for shape in SHAPES if shape.matches(paras))
        shape, layout = split(paras)
        assert shape is first
        # every paragraph is placed in a role or removed, once
        removed = {r.line for r in layout.removed}
        assert [p.line for p in layout.paragraphs()] == [
            p.line for p in paras if p.line not in removed
        ]
        report = Reporter()
        doc = parse_seed(seed, seed.read_bytes(), report)
        assert doc is not None and doc.shape == shape.name
        assert not [d for d in report.diagnostics if "no known shape" in d.message]
    assert SHAPES[-1].matches([]), "the last shape takes whatever the others do not"


READER = '''

def bulletin(paras: list[Para]) -> Layout:
    """A news bulletin: its heading line, then a dispatch."""
    heading = Removed(paras[0].line, paras[0].text, "field label")
    dispatch = generic(paras[1:])
    return replace(dispatch, removed=(heading, *dispatch.removed))
'''

ROW = (
    '    Shape("bulletin", "a news bulletin", lambda paras: bool(paras) '
    'and paras[0].text == "BULLETIN", bulletin),\n'
)


def test_a_fourth_shape_is_a_row_and_its_reader(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace.copy_real()
    code = Code(tmp_path / "code")
    shapes = "src/archive_site/load/parse/shapes.py"
    code.insert_after(shapes, "SHAPES = (", ROW)
    code.edit(shapes, "#: the shapes of seed,", READER.lstrip("\n") + "\n\n#: the shapes of seed,")
    (ws.seeds / "bulletin.txt").write_text(
        "BULLETIN\n\nSoviet Scientists Reply\n\n"
        "MOSCOW, March 5, 1977 (TASS) -- Soviet scientists wrote to Pravda about Sakharov.\n"
    )
    (ws.documents / "entities" / "ignore.yaml").write_text(
        (PROJECT / "documents/entities/ignore.yaml").read_text()
        + "- Scientists\n- Reply\n- Pravda\n- BULLETIN\n"
    )
    # a row the record's schema does not name stops the program as it starts, at the table
    failed = code.build(ws)
    table = (code.root / shapes).read_text(encoding="utf-8").splitlines().index("SHAPES = (") + 1
    assert failed.err == (
        f"archive_site/load/parse/shapes.py:{table}: SHAPES reads seeds of the shape "
        "'bulletin', which a record cannot name; expected 'bulletin' among the shapes of "
        "schemas/record.schema.json (now web-capture, translation, generic)\n"
        "build failed: 1 problem; nothing was written\n"
    )
    assert failed.code == 1 and not ws.site.exists()
    explained = code.build(ws, "explain", "seeds/bulletin.txt")
    assert explained.code == 1 and "Traceback" not in explained.err
    assert explained.err.endswith("explain failed: 1 problem; nothing was written\n")
    schema = "src/archive_site/schemas/record.schema.json"
    code.edit(schema, '"generic"\n', '"generic",\n        "bulletin"\n')
    run = code.build(ws)
    assert run.code == 0, run.err
    assert "no known shape" not in run.err
    record = yaml.safe_load((ws.documents / "1977-03-05-document.yaml").read_text())
    assert record["shape"] == "bulletin"
    assert record["title"]["text"] == "Soviet Scientists Reply"
    assert [r["text"] for r in record["removed"]] == ["BULLETIN"]
    page = ws.page("documents/1977-03-05-document/index.html")
    assert "Soviet scientists wrote to Pravda" in page.text_content()
