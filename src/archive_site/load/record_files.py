"""The committed records in documents/: read (each tells which id its seed was published
under), made from the documents as they stand, compared for --check, and written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..build.publish import holds, write_atomic
from ..build.store import Store
from ..errors import Diagnostic, Reporter
from ..model import Document
from . import inputs, records, yamlio


@dataclass(frozen=True)
class RecordFile:
    """A record already in documents/: the id it gave its seed."""

    id: str
    seed: str
    path: Path


def read_records(folder: Path, report: Reporter, store: Store) -> list[RecordFile]:
    """The records already in documents/, each read once for the same text."""
    found: list[tuple[Path, str]] = []
    for path in inputs.listed(folder, ".yaml"):
        text = inputs.read_text(path, "record", report)
        if text is not None:
            found.append((path, text))
    out = []
    for (path, _), (named, diagnostics) in zip(
        found, store.results("record", found, read_one), strict=True
    ):
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
        out.append(RecordFile(doc_id, seed, path))
    return out


def read_one(path: Path, text: str) -> tuple[tuple[str, str] | None, list[Diagnostic]]:
    """A record's id and seed (None if it cannot be read), and what is wrong with it."""
    own = Reporter()
    doc = records.load(path, text, own)
    return ((doc.id, doc.seed) if doc else None), own.diagnostics


def record_texts(docs: Sequence[Document], store: Store) -> dict[str, str]:
    """Each document's record as YAML, made once for each document as it stands."""
    made = store.results("text", [(doc,) for doc in docs], record_text)
    return {doc.id: text for doc, text in zip(docs, made, strict=True)}


def record_text(doc: Document) -> str:
    """A record's data must be schema-valid and read back into the very document it
    was made from (that YAML keeps such data as it is, the tests show)."""
    data = records.to_data(doc)
    if not yamlio.fast_validator("record").is_valid(data) or records.from_data(data) != doc:
        raise AssertionError(f"the record of {doc.id} does not round-trip")
    return records.dump(doc)


def stale(
    folder: Path, texts: dict[str, str], committed: list[RecordFile]
) -> list[tuple[str, str]]:
    """Records in documents/ that differ from what the seeds produce, with the reason."""
    out = []
    for doc_id, text in sorted(texts.items()):
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


def write(folder: Path, texts: dict[str, str]) -> tuple[str, ...]:
    """Replace each changed record atomically; the names written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for doc_id, text in sorted(texts.items()):
        path = folder / f"{doc_id}.yaml"
        if holds(path, text):
            continue
        write_atomic(path, text)
        written.append(path.name)
    return tuple(written)
