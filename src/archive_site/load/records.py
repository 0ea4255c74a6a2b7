"""Documents <-> the YAML records in documents/: stable key order, validated on the way in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import Reporter
from ..model import (
    LINED_BLOCKS,
    ArchivalSource,
    ArchiveField,
    Block,
    BlockType,
    Citing,
    Distribution,
    DocDate,
    Document,
    Editorial,
    EditorialNote,
    Elision,
    Language,
    Line,
    Metadata,
    Part,
    Printed,
    Prose,
    Provenance,
    Reference,
    Removed,
    Rule,
    Scope,
    Signatory,
    Source,
    Span,
    SpanKind,
    Text,
    Title,
)
from . import yamlio

HEADER = (
    "# Archive record, written by `python build.py` from the seed named below.\n"
    "# Do not edit: editorial additions belong in documents/editorial/<id>.yaml.\n"
)
Data = dict[str, Any]


# -- Document -> data -------------------------------------------------------------------------


def to_data(doc: Document) -> Data:
    meta = doc.meta
    data: Data = {
        "id": doc.id,
        "seed": doc.seed,
        "shape": doc.shape,
        "title": title_data(meta.title),
        "date": {"iso": meta.date.iso, "printed": meta.date.printed, **source(meta.date.at)},
        "type": printed(meta.type),
        "classification": printed(meta.classification),
        "markings": [printed(m) for m in meta.markings],
        "references": [
            {"printed": r.printed, "kind": r.kind, **source(r.at)} for r in meta.references
        ],
        "issuing_body": printed(meta.issuing_body),
        "author": meta.author,
        "signatories": [
            compact({"role": s.role, "name": s.name, **source(s.at)}) for s in meta.signatories
        ],
        "addressees": [printed(a) for a in meta.addressees],
        "distribution": [distribution(d) for d in meta.distribution],
        "archival_source": archival(meta.archival_source),
        "translator": printed(meta.translator),
        "provenance": compact(
            {
                "collection": meta.provenance.collection,
                "publisher": meta.provenance.publisher,
                "record_id": printed(meta.provenance.record_id),
                "uploaded": printed(meta.provenance.uploaded),
                "note": meta.provenance.note,
            }
        ),
        "rights": prose(meta.rights),
        "summary": [prose(s) for s in meta.summary],
        "language": compact(
            {
                "code": meta.language.code,
                "original": meta.language.original,
                "printed": printed(meta.language.printed),
            }
        ),
        "archive_fields": [archive_field(f) for f in meta.archive_fields],
        "editorial_fields": list(doc.editorial_fields),
        "editorial_notes": [{"at": n.at, "text": n.text} for n in doc.notes],
        "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in doc.removed],
        "parts": [part_data(part) for part in doc.parts],
        **citing_data(meta.citing),  # last, where the editor's data for citations stands out
    }
    return data


def citing_data(citing: Citing) -> Data:
    """The editor's data for citations, where there is any."""
    data = compact(
        {"short_title": citing.short_title, "sentence_case_title": citing.sentence_case_title}
    )
    if citing.collection_attributed:
        data["collection_attributed"] = True
    return {"citing": data} if data else {}


def compact(data: Data) -> Data:
    return {key: value for key, value in data.items() if value is not None}


def source(at: Source) -> Data:
    return compact({"line": at.line, "block": at.block})


def printed(value: Printed | None) -> Data | None:
    if value is None:
        return None
    return compact({"printed": value.printed, "value": value.value, **source(value.at)})


def distribution(value: Distribution) -> Data:
    data: Data = {"printed": value.printed, "names": list(value.names), **source(value.at)}
    if value.scopes:
        data["scopes"] = [{"name": s.name, "scope": s.scope} for s in value.scopes]
    return data


def archive_field(value: ArchiveField) -> Data:
    return compact(
        {
            "label": value.label,
            "kind": value.kind,
            **source(value.at),
            "values": [printed(v) for v in value.values],
        }
    )


def title_data(title: Title) -> Data:
    return compact(
        {"text": title.text, "editorial": title.editorial, "printed": printed(title.printed)}
    )


def prose(value: Prose | None) -> Data | None:
    if value is None:
        return None
    return {"paragraphs": list(value.paragraphs), "by": value.by, **source(value.at)}


def archival(value: ArchivalSource | None) -> Data | None:
    if value is None:
        return None
    return compact(
        {
            "printed": value.printed,
            "repository": value.repository,
            "fond": value.fond,
            "opis": value.opis,
            "delo": value.delo,
            "dokument": value.dokument,
            **source(value.at),
        }
    )


def part_data(part: Part) -> Data:
    return compact(
        {
            "kind": part.kind,
            "id": part.id,
            "type": part.type,
            "blocks": [block_data(b) for b in part.blocks],
        }
    )


def block_data(block: Block) -> Data:
    data: Data = {"type": block.type.value, "id": block.id, "line": block.line}
    if block.type is BlockType.QUOTATION:
        data["paragraphs"] = [block_data(child) for child in block.children]
    elif block.type in LINED_BLOCKS:
        data["lines"] = [[span_data(s) for s in line] for line in block.lines]
    else:
        data["spans"] = [span_data(s) for s in block.spans]
    return data


def span_data(span: Span) -> str | Data:
    if isinstance(span, Text):
        return span.text
    if isinstance(span, Editorial):
        return compact({"editorial": span.kind.value, "text": span.text, "anchor": span.anchor})
    if isinstance(span, Elision):
        return {"elision": span.text}
    return {"rule": span.text}


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
    return Document(
        id=data["id"],
        seed=data["seed"],
        shape=data["shape"],
        meta=Metadata(
            title=Title(
                data["title"]["text"],
                data["title"]["editorial"],
                to_printed(data["title"].get("printed")),
            ),
            date=DocDate(data["date"]["iso"], data["date"]["printed"], to_source(data["date"])),
            type=req_printed(data["type"]),
            classification=to_printed(data.get("classification")),
            markings=tuple(req_printed(m) for m in data.get("markings", [])),
            references=tuple(
                Reference(r["printed"], r["kind"], to_source(r)) for r in data["references"]
            ),
            issuing_body=to_printed(data.get("issuing_body")),
            author=data.get("author"),
            citing=Citing(
                data.get("citing", {}).get("short_title"),
                data.get("citing", {}).get("sentence_case_title"),
                data.get("citing", {}).get("collection_attributed", False),
            ),
            signatories=tuple(
                Signatory(s.get("role"), s.get("name"), to_source(s)) for s in data["signatories"]
            ),
            addressees=tuple(req_printed(a) for a in data["addressees"]),
            distribution=tuple(
                Distribution(
                    d["printed"],
                    tuple(d["names"]),
                    to_source(d),
                    tuple(Scope(s["name"], s["scope"]) for s in d.get("scopes", [])),
                )
                for d in data["distribution"]
            ),
            archival_source=to_archival(data.get("archival_source")),
            translator=to_printed(data.get("translator")),
            provenance=to_provenance(data["provenance"]),
            rights=to_prose(data.get("rights")),
            summary=tuple(req_prose(s) for s in data["summary"]),
            language=Language(
                data["language"]["code"],
                data["language"].get("original"),
                to_printed(data["language"].get("printed")),
            ),
            archive_fields=tuple(
                ArchiveField(
                    f["label"],
                    f.get("kind"),
                    tuple(req_printed(v) for v in f["values"]),
                    to_source(f),
                )
                for f in data.get("archive_fields", [])
            ),
        ),
        parts=tuple(
            Part(p["kind"], p["id"], tuple(to_block(b) for b in p["blocks"]), p.get("type"))
            for p in data["parts"]
        ),
        removed=tuple(Removed(r["line"], r["text"], r["reason"]) for r in data["removed"]),
        notes=tuple(EditorialNote(n["at"], n["text"]) for n in data["editorial_notes"]),
        editorial_fields=tuple(data["editorial_fields"]),
    )


def to_source(data: Data) -> Source:
    return Source(data.get("line"), data.get("block"))


def to_printed(data: Data | None) -> Printed | None:
    return None if data is None else req_printed(data)


def req_printed(data: Data) -> Printed:
    return Printed(data["printed"], data.get("value"), to_source(data))


def to_prose(data: Data | None) -> Prose | None:
    return None if data is None else req_prose(data)


def req_prose(data: Data) -> Prose:
    return Prose(tuple(data["paragraphs"]), data["by"], to_source(data))


def to_archival(data: Data | None) -> ArchivalSource | None:
    if data is None:
        return None
    return ArchivalSource(
        data["printed"],
        data.get("repository"),
        data.get("fond"),
        data.get("opis"),
        data.get("delo"),
        data.get("dokument"),
        to_source(data),
    )


def to_provenance(data: Data) -> Provenance:
    return Provenance(
        data.get("collection"),
        data.get("publisher"),
        to_printed(data.get("record_id")),
        to_printed(data.get("uploaded")),
        data.get("note"),
    )


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


SPAN_KINDS = {kind.value: kind for kind in SpanKind}  # the schema allows these alone


def to_span(data: str | Data) -> Span:
    if isinstance(data, str):
        return Text(data)
    if "editorial" in data:
        return Editorial(SPAN_KINDS[data["editorial"]], data["text"], data.get("anchor"))
    if "elision" in data:
        return Elision(data["elision"])
    return Rule(data["rule"])
