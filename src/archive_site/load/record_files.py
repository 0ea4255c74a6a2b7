"""The committed records in documents/: read (each tells which id its seed was published
under), made from the documents as they stand, compared for --check, and written."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any, cast

from .. import ids
from ..digests import data_digest
from ..errors import Diagnostic, Reporter
from ..model import Document, Source
from ..pickling import pickled_by_fields
from ..runtime.outputs import Values, Worked, computed
from ..runtime.publish import holds
from . import inputs, records, yamlio


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RecordFile:
    """A record already in documents/: the id it gave its seed. `digest` is that of its
    text where only its head was read (see `check_unmade`), else None."""

    id: str
    seed: str
    path: Path
    digest: bytes | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RecordTexts(Mapping[str, str]):
    """Each document's record as YAML, by id, held deflated by zlib (about a quarter of
    its UTF-8, an eighth of the text) from when it is made until it is written."""

    packed: dict[str, bytes]

    def __getitem__(self, doc_id: str) -> str:
        return self.utf8(doc_id).decode("utf-8")

    def utf8(self, doc_id: str) -> bytes:
        return zlib.decompress(self.packed[doc_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self.packed)

    def __len__(self) -> int:
        return len(self.packed)


# The head of a record as the build writes it: the header, then its id and its seed, each
# a plain value, then its shape. A record's head is read alone where it has this form.
HEAD = re.compile(
    re.escape(records.HEADER)
    + rf"id: ({ids.PATTERN.pattern})\nseed: ([A-Za-z0-9][A-Za-z0-9._-]*\.txt)\nshape: "
)


def read_records(folder: Path, report: Reporter, worked: Worked = computed) -> list[RecordFile]:
    """The records already in documents/. A record with the head the build writes is
    taken at its word for its id and its seed, and read whole only if it is not the very
    record the build makes (`check_unmade`); any other is read whole now, once for the
    same text."""
    # (path, id and seed from its head, digest) of a record with the head; (path, None,
    # text) of any other: only the latter's texts are held, to be read whole
    found: list[tuple[Path, tuple[str, str] | None, bytes | str]] = []
    for path in inputs.listed(folder, ".yaml"):
        text = inputs.read_text(path, "record", report)
        if text is None:
            continue
        head = HEAD.match(text)
        if head is None:
            found.append((path, None, text))
        else:
            digest = data_digest(text.encode("utf-8"))
            found.append((path, (head.group(1), head.group(2)), digest))
    whole = [(path, held) for path, _, held in found if isinstance(held, str)]
    read = iter(worked(Values("record", whole, read_one)))
    out = []
    for path, named, held in found:
        if named is None:
            named, diagnostics = next(read)
            report.diagnostics.extend(diagnostics)
        if named is None:
            continue
        doc_id, seed = named
        if doc_id != path.stem:
            report.error(
                path,
                1,
                f"record id {doc_id!r} differs from its file name; expected "
                f"{path.stem!r} (or rename the file to {doc_id}.yaml)",
            )
            continue
        out.append(RecordFile(doc_id, seed, path, held if isinstance(held, bytes) else None))
    return out


def check_unmade(committed: list[RecordFile], texts: RecordTexts, report: Reporter) -> None:
    """Read whole each record whose head alone was read, unless it holds the very text
    the build made for its document (made from the seed, and checked when made by
    `record_text`): anything wrong with it is reported as if it had been read first.
    With no texts (a build that has failed already), every such record is read whole."""
    for record in committed:
        if record.digest is None or made_as_committed(record, texts):
            continue
        text = inputs.read_text(record.path, "record", report)
        if text is not None:
            report.diagnostics.extend(read_one(record.path, text)[1])


def made_as_committed(record: RecordFile, texts: RecordTexts) -> bool:
    """Whether a record whose head alone was read holds the very text the build made for
    its document."""
    return (
        record.digest is not None
        and record.id in texts
        and data_digest(texts.utf8(record.id)) == record.digest
    )


def read_one(path: Path, text: str) -> tuple[tuple[str, str] | None, list[Diagnostic]]:
    """A record's id and seed (None if it cannot be read), and what is wrong with it."""
    own = Reporter()
    doc = records.load(path, text, own)
    return ((doc.id, doc.seed) if doc else None), own.diagnostics


def record_texts(
    docs: Sequence[Document], seeds: Path, report: Reporter, worked: Worked = computed
) -> RecordTexts:
    """Each document's record as YAML, made once for each document as it stands; a
    document its record cannot hold is reported at its seed, naming the field."""
    made = worked(Values("text", [(doc,) for doc in docs], packed_record_text))
    texts = {}
    for doc, text in zip(docs, made, strict=True):
        if isinstance(text, Unheld):
            report.error(seeds / doc.seed, text.line, text.message())
        else:
            texts[doc.id] = text
    return RecordTexts(texts)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Unheld:
    """A value of a document that its record cannot hold as it is: where it stands in
    the record (`type.value`), the seed line it was read from, and what became of it."""

    field: str
    line: int
    why: str

    def message(self) -> str:
        return (
            f"the record cannot hold what was read from the seed: {self.field} {self.why}; "
            "expected every value to be written and read back as it is (this is a fault "
            "of the build: report it with this seed)"
        )


def packed_record_text(doc: Document) -> bytes | Unheld:
    made = record_text(doc)
    return made if isinstance(made, Unheld) else zlib.compress(made.encode("utf-8"), 1)


def record_text(doc: Document) -> str | Unheld:
    """A record's text; its data must be schema-valid and read back into the very
    document it was made from (that YAML keeps such data as it is, the tests show), else
    what it cannot hold."""
    data = records.to_data(doc)
    if not yamlio.fast_validator("record").is_valid(data):
        return invalid(data)
    back = records.from_data(data)
    if back != doc:
        return read_back_otherwise(doc, back)
    return yamlio.dump(data, records.HEADER)


def invalid(data: dict[str, Any]) -> Unheld:
    """The first value of a record's data its schema refuses."""
    error = min(
        yamlio.full_validator("record").iter_errors(data), key=lambda e: [str(p) for p in e.path]
    )
    where = list(error.absolute_path)
    line, node = 1, cast(Any, data)
    for step in where:  # the seed line of the value, or of the nearest value around it
        node = node[step]
        if isinstance(node, dict) and isinstance(node.get("line"), int):
            line = node["line"]
    schema = error.schema if isinstance(error.schema, dict) else {}
    field = ".".join(str(step) for step in where) or "the record"
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        extra = next(k for k in error.instance if k not in schema.get("properties", {}))
        field = ".".join(str(step) for step in [*where, extra])
        return Unheld(
            field,
            line,
            f"is {yamlio.shown(error.instance[extra])}, a field the record's schema "
            f"(schemas/{records.SCHEMA}) does not describe",
        )
    expected = schema.get("description") or yamlio.expectation(error)
    return Unheld(field, line, f"is {yamlio.shown(error.instance)}, not {expected}")


def read_back_otherwise(doc: object, back: object, path: str = "", line: int = 1) -> Unheld:
    """The first value of a document that comes back otherwise from its record."""
    if isinstance(doc, tuple) and isinstance(back, tuple) and len(doc) == len(back):
        for i, (a, b) in enumerate(zip(doc, back, strict=True)):
            if a != b:
                return read_back_otherwise(a, b, f"{path}[{i}]", line)
    if is_dataclass(doc) and type(doc) is type(back):
        line = seed_line(doc, line)
        for name in (f.name for f in fields(doc)):
            a, b = getattr(doc, name), getattr(back, name)
            if a != b:
                step = "" if name == "meta" else name  # the record holds it at the top
                return read_back_otherwise(a, b, ".".join(p for p in (path, step) if p), line)
    shown = yamlio.shown
    return Unheld(path or "the record", line, f"is {shown(doc)} but reads back as {shown(back)}")


def seed_line(value: object, default: int) -> int:
    """The seed line a value was read from, where it says."""
    at = getattr(value, "at", None)
    line = at.line if isinstance(at, Source) else getattr(value, "line", None)
    return line if isinstance(line, int) else default


def stale(folder: Path, texts: RecordTexts, committed: list[RecordFile]) -> list[tuple[str, str]]:
    """Records in documents/ that differ from what the seeds produce, with the reason."""
    out = []
    for doc_id in sorted(texts):  # one at a time: each is held deflated
        text = texts.utf8(doc_id)
        path = folder / f"{doc_id}.yaml"
        if not path.exists():
            out.append(
                (
                    str(path),
                    f"record {doc_id!r} is missing; expected it to be "
                    "committed (run `python build.py` to write it)",
                )
            )
        elif not holds(path, text):
            out.append(
                (
                    str(path),
                    f"record {doc_id!r} differs from what its seed produces; "
                    "expected them to match (run `python build.py` and commit the result)",
                )
            )
    for record in committed:
        if record.id not in texts:
            out.append((str(record.path), f"record {record.id!r} has no document; expected none"))
    return out


def changed(folder: Path, texts: RecordTexts) -> Iterator[tuple[Path, bytes]]:
    """Each record whose file does not hold its text already, with its text, one at a
    time (each is held deflated until then)."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id in sorted(texts):
        text = texts.utf8(doc_id)
        path = folder / f"{doc_id}.yaml"
        if not holds(path, text):
            yield path, text
