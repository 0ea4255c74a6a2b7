"""Documents <-> the YAML records in documents/: stable key order, validated on the way in."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields, is_dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from ..errors import Reporter
from ..model import (
    LINED_BLOCKS,
    ArchiveField,
    Block,
    BlockType,
    Document,
    Editorial,
    Elision,
    Line,
    Metadata,
    Part,
    Rule,
    Source,
    Span,
    SpanKind,
    Text,
)
from ..pickling import pickled_by_fields
from . import yamlio

HEADER = (
    "# Archive record, written by `python build.py` from the seed named below.\n"
    "# Do not edit: editorial additions belong in documents/editorial/<id>.yaml.\n"
)
Data = dict[str, Any]


# -- the record format ------------------------------------------------------------------------
#
# A record is the model written out: each dataclass a mapping of its fields, by name and in
# the model's order, each value as its type says (text, number, true or false, a list for a
# tuple, an enumeration's value, a mapping for a dataclass). The format's own conventions,
# all of them, are the tables below; a field added to the model needs none of them, only
# its place in record.schema.json (a test holds the schema to the model).

#: Dataclasses whose fields stand in the mapping of the field that holds them: the
#: document's metadata at the top of the record, a value's seed line and block beside it.
FLATTENED: frozenset[type] = frozenset({Metadata, Source})
#: Fields written under another key than their name.
KEYS: dict[tuple[type, str], str] = {(Document, "notes"): "editorial_notes"}
#: Mappings whose keys stand in another order than the model's fields (by key; a key not
#: listed follows those listed, in the model's order).
ORDER: dict[type, tuple[str, ...]] = {
    Document: (
        *("id", "seed", "shape", "title", "date", "type", "classification", "markings"),
        *("references", "issuing_body", "author", "signatories", "addressees"),
        *("distribution", "archival_source", "translator", "provenance", "rights"),
        *("summary", "language", "archive_fields", "editorial_fields", "editorial_notes"),
        *("removed", "parts"),
        "citing",  # last, where the editor's data for citations stands out
    ),
    ArchiveField: ("label", "kind", "line", "block", "values"),
    Part: ("kind", "id", "type", "blocks"),
}
#: The top of the record (a document and its metadata) writes every field, none as null;
#: these alone are left out there when they hold their default. Below the top, a field
#: that is None, or holds its default, is left out.
SPARSE_AT_TOP = frozenset({"citing"})
TOP: frozenset[type] = frozenset({Document, Metadata})
SPAN_KINDS = {kind.value: kind for kind in SpanKind}  # the schema allows these alone


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Slot:
    """A field of a dataclass as the record holds it."""

    name: str
    key: str
    hint: Any
    default: Any  # MISSING where the field has none
    flattened: bool

    @property
    def optional(self) -> bool:
        return type(None) in get_args(self.hint)


@cache
def slots(cls: type) -> tuple[Slot, ...]:
    """The fields of a model dataclass as its record mapping holds them."""
    hints = get_type_hints(cls)
    out = []
    for f in fields(cls):
        default = f.default
        if f.default_factory is not MISSING:
            default = f.default_factory()
        hint = hints[f.name]
        out.append(Slot(f.name, KEYS.get((cls, f.name), f.name), hint, default, hint in FLATTENED))
    return tuple(out)


def to_data(doc: Document) -> Data:
    """A document as its record's mapping."""
    data = mapping(doc)
    order = {key: n for n, key in enumerate(ORDER[Document])}
    return {key: data[key] for key in sorted(data, key=lambda k: order.get(k, len(order)))}


def mapping(value: Any) -> Data:
    cls: type = type(value)
    top = cls in TOP
    data: Data = {}
    for slot in slots(cls):
        item = getattr(value, slot.name)
        if slot.flattened:
            data.update(mapping(item))
            continue
        sparse = not top or slot.name in SPARSE_AT_TOP
        if sparse and (item is None or (slot.default is not MISSING and item == slot.default)):
            continue
        data[slot.key] = encoded(item)
    order = ORDER.get(cls)
    if order and cls is not Document:
        place = {key: n for n, key in enumerate(order)}
        return {key: data[key] for key in sorted(data, key=lambda k: place.get(k, len(place)))}
    return data


def encoded(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [encoded(v) for v in value]
    if isinstance(value, Block):
        return block_data(value)
    if isinstance(value, SPAN_TYPES):
        return span_data(value)
    if is_dataclass(value):
        return mapping(value)
    return value


def block_data(block: Block) -> Data:
    """A block: its type, id and line, then a quotation's paragraphs, a lined block's
    lines, or another block's one line of spans."""
    data: Data = {"type": block.type.value, "id": block.id, "line": block.line}
    if block.type is BlockType.QUOTATION:
        data["paragraphs"] = [block_data(child) for child in block.children]
    elif block.type in LINED_BLOCKS:
        data["lines"] = [[span_data(s) for s in line] for line in block.lines]
    else:
        data["spans"] = [span_data(s) for s in block.spans]
    return data


def span_data(span: Span) -> str | Data:
    """A span: the document's own words as text; anything else a mapping of one key
    naming what it is (with an editorial insertion's text and anchor)."""
    if isinstance(span, Text):
        return span.text
    if isinstance(span, Editorial):
        return compact({"editorial": span.kind.value, "text": span.text, "anchor": span.anchor})
    if isinstance(span, Elision):
        return {"elision": span.text}
    return {"rule": span.text}


SPAN_TYPES = (Text, Editorial, Elision, Rule)
#: what the record holds of a block and a span, which are written their own way: the
#: schema check holds the schema's keys for them to these
BLOCK_KEYS = ("type", "id", "line", "paragraphs", "lines", "spans")


def compact(data: Data) -> Data:
    return {key: value for key, value in data.items() if value is not None}


def dump(doc: Document) -> str:
    return yamlio.dump(to_data(doc), HEADER)


# -- data -> Document -------------------------------------------------------------------------


def load(path: Path, text: str, report: Reporter) -> Document | None:
    """A record file as a Document, or None after reporting each problem at its line."""
    located = yamlio.load(path, text, report)
    if located is None or not yamlio.validate(path, located, "record", report):
        return None
    if not unique_ids(path, located, report):
        return None
    return from_data(located.data)


def unique_ids(path: Path, located: yamlio.Located, report: Reporter) -> bool:
    """Each block id once in a record: ids are the anchors readers link to."""
    seen: dict[str, int] = {}
    ok = True
    for p, part in enumerate(located.data["parts"]):
        for b, block in enumerate(part["blocks"]):
            children: list[tuple[list[str | int], Data]] = [
                (["paragraphs", c], child) for c, child in enumerate(block.get("paragraphs", []))
            ]
            for where, item in [([], block), *children]:
                line = located.line(["parts", p, "blocks", b, *where, "id"])
                first = seen.setdefault(item["id"], line)
                if first != line:
                    report.error(
                        path,
                        line,
                        f"block id {item['id']!r} is already used at line "
                        f"{first}; expected each block's id once",
                    )
                    ok = False
    return ok


def from_data(data: Data) -> Document:
    """A schema-valid record as a Document."""
    result: Document = made(Document, data)
    return result


def made(cls: type, data: Data) -> Any:
    """A model dataclass from its record mapping (a key left out: the field's default)."""
    values = {}
    for slot in slots(cls):
        if slot.flattened:
            values[slot.name] = made(slot.hint, data)
        elif data.get(slot.key) is not None:
            values[slot.name] = decoded(data[slot.key], slot.hint)
        elif slot.default is not MISSING:
            values[slot.name] = slot.default
        else:  # the schema lets only an optional field be left out
            values[slot.name] = None
    return cls(**values)


def decoded(value: Any, hint: Any) -> Any:
    if hint is Block:
        return to_block(value)
    if hint == Span:
        return to_span(value)
    origin = get_origin(hint)
    if origin is tuple:
        (item, _) = get_args(hint)
        return tuple(decoded(v, item) for v in value)
    if origin in (Union, UnionType):  # X | None, of a value that is not None
        (inner,) = [a for a in get_args(hint) if a is not type(None)]
        return decoded(value, inner)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if isinstance(hint, type) and is_dataclass(hint):
        return made(hint, value)
    return value


def to_block(data: Data) -> Block:
    kind = BlockType(data["type"])
    if kind is BlockType.QUOTATION:
        children = tuple(to_block(child) for child in data["paragraphs"])
        return Block(kind, data["id"], data["line"], (), children)
    if "lines" in data:
        lines = tuple(to_line(line) for line in data["lines"])
    else:
        lines = (to_line(data["spans"]),)
    return Block(kind, data["id"], data["line"], lines)


def to_line(spans: list[str | Data]) -> Line:
    return tuple(to_span(s) for s in spans)


def to_span(data: str | Data) -> Span:
    if isinstance(data, str):
        return Text(data)
    if "editorial" in data:
        return Editorial(SPAN_KINDS[data["editorial"]], data["text"], data.get("anchor"))
    if "elision" in data:
        return Elision(data["elision"])
    return Rule(data["rule"])


# -- the schema held to the model ----------------------------------------------------------

SCHEMA = "record.schema.json"
JSON_TYPES: dict[Any, str] = {str: "string", int: "integer", bool: "boolean"}


def schema_mismatches(schema: Data) -> list[str]:
    """Where record.schema.json and the model disagree: each field the records write that
    the schema does not describe, or describes with another type, and each key of the
    schema that no field writes, named by its place in the record and its field."""
    return Holder(schema).mapping(Document, schema, "")


class Holder:
    """The schema walked beside the model."""

    def __init__(self, schema: Data) -> None:
        self.root = schema
        self.problems: list[str] = []

    def resolved(self, node: Data) -> Data:
        while "$ref" in node:
            *_, name = node["$ref"].split("/")
            node = self.root["$defs"][name]
        return node

    def mapping(self, cls: type, node: Data, where: str) -> list[str]:
        node = self.resolved(node)
        written = dict(written_keys(cls))
        properties = node.get("properties", {})
        place = where.rstrip(".") or "the record's top"
        for key, (owner, slot) in written.items():
            name = f"{owner.__name__}.{slot.name}"
            if key not in properties:
                self.problems.append(
                    f"{SCHEMA}: {where}{key} ({name}, {shown_hint(slot.hint)}) is in the model "
                    f"but not in the schema; expected it under `properties` at {place}"
                )
            else:
                self.value(slot, owner, properties[key], f"{where}{key}")
        for key in properties:
            if key not in written:
                self.problems.append(
                    f"{SCHEMA}: {where}{key} is in the schema but no field of "
                    f"{cls.__name__} writes it; expected a field of that name in model.py, "
                    f"or the key taken out of the schema"
                )
        for key in node.get("required", []):
            if key in written and not always_written(*written[key]):
                owner, slot = written[key]
                self.problems.append(
                    f"{SCHEMA}: {where}{key} is required by the schema, but the record "
                    f"leaves {owner.__name__}.{slot.name} out when it is None or its default; "
                    "expected it not required"
                )
        return self.problems

    def value(self, slot: Slot, owner: type, node: Data, where: str) -> None:
        node = self.resolved(node)
        hint, nullable = slot.hint, slot.optional
        if nullable:
            (hint,) = [a for a in get_args(hint) if a is not type(None)]
            branches = [self.resolved(b) for b in node.get("anyOf", [node])]
            kept = [b for b in branches if b.get("type") != "null"]
            null = any(b.get("type") == "null" or "null" in (b.get("type") or []) for b in branches)
            if owner in TOP and slot.name not in SPARSE_AT_TOP and not null:
                self.problems.append(
                    f"{SCHEMA}: {where} ({owner.__name__}.{slot.name}) may be None, written "
                    "as null, but the schema does not allow null; expected "
                    '`"anyOf": [{"type": "null"}, ...]`'
                )
            node = kept[0] if len(kept) == 1 else node
        self.typed(hint, node, where, f"{owner.__name__}.{slot.name}")

    def typed(self, hint: Any, node: Data, where: str, name: str) -> None:
        node = self.resolved(node)
        expected = json_type(hint)
        found = node.get("type")
        types = set(found) if isinstance(found, list) else {found} if found else set()
        allowed = node["enum"] if "enum" in node else [node["const"]] if "const" in node else []
        if allowed and not types:
            types = {JSON_TYPES.get(type(v), "other") for v in allowed}
        if expected == "span":
            return  # a span is text or a mapping of one key: the schema's own `span`
        if expected not in types:
            self.problems.append(
                f"{SCHEMA}: {where} ({name}, {shown_hint(hint)}) is {shown_types(types)} "
                f"in the schema; expected {expected}"
            )
            return
        if isinstance(hint, type) and issubclass(hint, Enum) and "enum" in node:
            values = {member.value for member in hint}
            if set(node["enum"]) != values:
                self.problems.append(
                    f"{SCHEMA}: {where} ({name}) allows {sorted(node['enum'])} in the schema; "
                    f"expected the values of {hint.__name__}: {sorted(values)}"
                )
        elif get_origin(hint) is tuple and "items" in node:
            self.typed(get_args(hint)[0], node["items"], f"{where}[]", name)
        elif hint is Block:
            keys = set(node.get("properties", {}))
            if keys != set(BLOCK_KEYS):
                self.problems.append(
                    f"{SCHEMA}: {where} (Block) has the keys {sorted(keys)} in the schema; "
                    f"expected {list(BLOCK_KEYS)}, as records.block_data writes them"
                )
        elif isinstance(hint, type) and is_dataclass(hint):
            self.mapping(hint, node, f"{where}.")


def written_keys(cls: type) -> list[tuple[str, tuple[type, Slot]]]:
    """The keys a dataclass's mapping may hold, each with the field that writes it."""
    out: list[tuple[str, tuple[type, Slot]]] = []
    for slot in slots(cls):
        if slot.flattened:
            out += written_keys(slot.hint)
        else:
            out.append((slot.key, (cls, slot)))
    return out


def always_written(owner: type, slot: Slot) -> bool:
    if owner in TOP:
        return slot.name not in SPARSE_AT_TOP or slot.default is MISSING
    return slot.default is MISSING and not slot.optional


def json_type(hint: Any) -> str:
    if hint == Span:
        return "span"
    if get_origin(hint) is tuple:
        return "array"
    if isinstance(hint, type) and issubclass(hint, Enum):
        return "string"
    if isinstance(hint, type) and is_dataclass(hint):
        return "object"
    return JSON_TYPES.get(hint, repr(hint))


def shown_hint(hint: Any) -> str:
    return hint.__name__ if isinstance(hint, type) else str(hint).replace("archive_site.model.", "")


def shown_types(types: set[str]) -> str:
    return " or ".join(sorted(types)) if types else "of no type"
