"""One record format: the record's mapping is the model's dataclasses written out (in
load/records.py), and record.schema.json is held to them field by field, so that a field
added to one and not the other is named, never a bare assertion."""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from archive_site.errors import Reporter
from archive_site.load import records, yamlio
from archive_site.load.parse import parse_seed
from archive_site.load.record_files import Unheld, record_text
from archive_site.model import Document, Metadata
from conftest import DOCUMENTS, SEEDS


def schema() -> dict[str, Any]:
    return copy.deepcopy(yamlio.schema("record"))


def test_the_schema_describes_every_field_of_the_model_and_no_other() -> None:
    assert records.schema_mismatches(yamlio.schema("record")) == []


def test_a_field_the_schema_lacks_is_named() -> None:
    lacking = schema()
    del lacking["properties"]["author"]
    del lacking["properties"]["provenance"]["properties"]["note"]
    assert sorted(records.schema_mismatches(lacking)) == sorted(
        [
            "record.schema.json: author (Metadata.author, str | None) is in the model but not "
            "in the schema; expected it under `properties` at the record's top",
            "record.schema.json: provenance.note (Provenance.note, str | None) is in the model "
            "but not in the schema; expected it under `properties` at provenance",
        ]
    )


def test_a_key_no_field_writes_is_named() -> None:
    extra = schema()
    extra["properties"]["recipient"] = {"type": "string"}
    extra["$defs"]["block"]["properties"]["rows"] = {"type": "array"}
    assert sorted(records.schema_mismatches(extra)) == sorted(
        [
            "record.schema.json: recipient is in the schema but no field of Document writes "
            "it; expected a field of that name in model.py, or the key taken out of the schema",
            "record.schema.json: parts[].blocks[] (Block) has the keys ['id', 'line', 'lines', "
            "'paragraphs', 'rows', 'spans', 'type'] in the schema; expected ['type', 'id', "
            "'line', 'paragraphs', 'lines', 'spans'], as records.block_data writes them",
        ]
    )


def test_a_field_of_another_type_is_named() -> None:
    typed = schema()
    typed["properties"]["date"]["properties"]["iso"] = {"type": "integer"}
    typed["properties"]["translator"] = typed["properties"]["translator"]["anyOf"][1]
    typed["properties"]["signatories"]["items"]["required"] = ["role"]
    assert sorted(records.schema_mismatches(typed)) == sorted(
        [
            "record.schema.json: date.iso (DocDate.iso, str) is integer in the schema; "
            "expected string",
            "record.schema.json: translator (Metadata.translator) may be None, written as "
            "null, but the schema does not allow null; expected "
            '`"anyOf": [{"type": "null"}, ...]`',
            "record.schema.json: signatories[].role is required by the schema, but the record "
            "leaves Signatory.role out when it is None or its default; expected it not required",
        ]
    )


@dataclass(frozen=True, slots=True)
class WithRecipient(Metadata):
    """The metadata with a field the schema does not know, as a developer adds one."""

    recipient: str | None = None


def protocol() -> Document:
    seed = SEEDS / "000_6ce6988af797deb6.txt"
    doc = parse_seed(Path(seed.name), seed.read_bytes(), Reporter())
    assert doc is not None
    return doc


def test_a_value_the_schema_does_not_describe_is_named_with_its_field() -> None:
    doc = protocol()
    meta = WithRecipient(**{name: getattr(doc.meta, name) for name in Metadata.__slots__})
    problem = record_text(replace(doc, meta=replace(meta, recipient="Vance")))
    assert isinstance(problem, Unheld)
    assert (problem.field, problem.line) == ("recipient", 1)
    assert problem.message() == (
        "the record cannot hold what was read from the seed: recipient is 'Vance', a field "
        "the record's schema (schemas/record.schema.json) does not describe; expected every "
        "value to be written and read back as it is (this is a fault of the build: report "
        "it with this seed)"
    )


def test_every_committed_record_is_the_model_written_out() -> None:
    """Reading a record and writing it again gives the same bytes: the one format both
    ways."""
    for path in sorted(DOCUMENTS.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        doc = records.load(path, text, Reporter())
        assert doc is not None, path
        assert records.dump(doc) == text, path
        assert records.from_data(records.to_data(doc)) == doc
