"""The YAML records: valid against the schema, stable in form, and a faithful round trip."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from archive_site.archive.catalog import assemble
from archive_site.errors import Reporter
from archive_site.load import records
from archive_site.load.editorial import read_all
from archive_site.load.parse import parse_seed
from archive_site.model import Document
from conftest import DOCUMENTS, PROJECT, SEEDS

SCHEMAS = PROJECT / "src" / "archive_site" / "schemas"
RECORDS = sorted(DOCUMENTS.glob("*.yaml"))


def real_documents() -> tuple[Document, ...]:
    report = Reporter()
    parsed = [parse_seed(p, p.read_bytes(), report) for p in sorted(SEEDS.glob("*.txt"))]
    additions = read_all(DOCUMENTS / "editorial", report)
    catalog = assemble([d for d in parsed if d], [], additions, SEEDS, report)
    assert report.diagnostics == []
    return catalog.documents


@pytest.mark.parametrize("name", ["record", "editorial"])
def test_schemas_are_valid_json_schemas(name: str) -> None:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem)
def test_committed_records_validate_against_the_schema(path: Path) -> None:
    schema = json.loads((SCHEMAS / "record.schema.json").read_text())
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    "path", sorted((DOCUMENTS / "editorial").glob("*.yaml")), ids=lambda p: p.stem
)
def test_editorial_files_validate_against_their_schema(path: Path) -> None:
    schema = json.loads((SCHEMAS / "editorial.schema.json").read_text())
    jsonschema.validate(
        yaml.safe_load(path.read_text()), schema, cls=jsonschema.Draft202012Validator
    )


def test_parse_record_parse_round_trips() -> None:
    for doc in real_documents():
        text = records.dump(doc)
        report = Reporter()
        loaded = records.load(Path(f"{doc.id}.yaml"), text, report)
        assert report.diagnostics == []
        assert loaded == doc
        assert records.dump(loaded) == text


def test_records_read_as_block_yaml_in_a_fixed_key_order() -> None:
    for path in RECORDS:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# Archive record, written by `python build.py`")
        data = yaml.safe_load(text)
        assert list(data)[:6] == ["id", "seed", "shape", "title", "date", "type"]
        assert list(data)[-1] in ("parts", "citing")  # the body, then any data for citations
        assert not any(line.rstrip().endswith(("{", "[")) for line in text.splitlines())


def test_a_schema_invalid_record_is_refused_with_its_line() -> None:
    text = (DOCUMENTS / "1977-05-19-instruction.yaml").read_text()
    broken = text.replace("type: credit", "type: postscript")
    report = Reporter()
    assert records.load(Path("r.yaml"), broken, report) is None
    line = broken.splitlines().index("  - type: postscript") + 1
    assert [(d.line, d.message.split(";")[0]) for d in report.errors] == [
        (line, "parts.0.blocks.15.type is 'postscript'")
    ]


def test_editorial_additions_are_merged_and_marked() -> None:
    memo = next(d for d in real_documents() if d.id == "1976-10-25-memorandum")
    assert memo.meta.title.editorial
    assert memo.meta.title.printed is not None
    assert memo.meta.title.printed.printed.startswith("About information from Soviet")
    assert memo.meta.type.value == "memorandum"
    assert [s.by for s in memo.meta.summary] == ["editor"]
    assert [n.at for n in memo.notes] == ["p2", "p7"]
    assert set(memo.editorial_fields) == {
        "title",
        "type",
        "author",
        "summary",
        "original_language",
        "collection",
        "provenance_note",
        "notes",
        "short_title",
        "collection_attributed",
    }
    assert memo.meta.citing.collection_attributed
    assert memo.meta.citing.short_title == "Memorandum on Anti-Soviet Campaigns"
    protocol = next(d for d in real_documents() if d.id == "1977-02-18-protocol")
    assert [s.by for s in protocol.meta.summary] == ["archive", "editor"]
    assert not protocol.meta.title.editorial
