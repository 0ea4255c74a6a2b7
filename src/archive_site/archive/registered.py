"""The anchor register held to the committed records. A build writes both together, so
every anchor a committed record publishes has its line in the register, with the
fingerprint of the text the record gives it. A line deleted or edited by hand would let the
build give the block a new id (links published to it would land nowhere) or take its text
for a revision: it is an error at the register's line, with the line to restore."""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import Reporter, display, shown
from ..load import inputs, records
from ..load.record_files import RecordFile, RecordTexts, made_as_committed
from ..load.register import COLUMNS, Entry, Register, clean, excerpt, fingerprint
from ..model import Document
from .anchors import published


def check_register(
    register: Register,
    committed: Sequence[RecordFile],
    texts: RecordTexts,
    documents: Sequence[Document],
    report: Reporter,
) -> None:
    """Report each anchor of a committed record that the register lacks or holds with
    another fingerprint, at the register's line where it belongs."""
    entries = {e.name: e for e in register.entries if e.kind != "entity"}
    made = {doc.id: doc for doc in documents}
    for record in committed:
        now = made.get(record.id)
        doc = now if made_as_committed(record, texts) else read(record)
        if doc is not None:  # (a record that differs from what the build makes, read whole)
            anchors_now = dict(published(now)) if now is not None and now is not doc else {}
            check_one(doc, record, entries, register, anchors_now, report)


def read(record: RecordFile) -> Document | None:
    """A committed record read whole; None where it cannot be (reported elsewhere)."""
    quiet = Reporter()
    text = inputs.read_text(record.path, "record", quiet)
    return records.load(record.path, text, quiet) if text is not None else None


def check_one(
    doc: Document,
    record: RecordFile,
    entries: dict[str, Entry],
    register: Register,
    now: dict[str, str],
    report: Reporter,
) -> None:
    """`now`: the texts of the anchors as the build makes them, where they differ from the
    record: a register line that agrees with them is right, and the record is stale."""
    here = display(record.path)
    last = entries.get(doc.id)
    if last is None:
        page = f"documents/{doc.id}/index.html"  # as site/entity_pages.py places it
        line = Entry("document", doc.id, page, "", excerpt(doc.meta.title.text))
        report.error(
            register.path,
            place(doc.id, register),
            f"document {doc.id!r}, which the committed record {here} publishes, is missing "
            f"from the register; expected its line restored here (tab-separated): {row(line)}",
        )
    for anchor, text in published(doc):
        name = f"{doc.id}#{anchor}"
        entry = entries.get(name)
        printed = fingerprint(text)
        if entry is not None and entry.fingerprint == printed:  # as the build wrote it
            last = entry
            continue
        wrote = Entry("anchor", name, "", printed, excerpt(text))  # for the message alone
        if entry is None:
            at = last.line + 1 if last is not None else place(doc.id, register)
            report.error(
                register.path,
                at,
                f"anchor {name!r}, which the committed record {here} publishes, is missing "
                "from the register: the build would give its block a new id, and links to "
                "it would land nowhere; expected its line restored here, as the build "
                f"wrote it (tab-separated): {row(wrote)}",
            )
            continue
        made = now.get(anchor)
        agrees = made is not None and fingerprint(made) == entry.fingerprint
        if entry.fingerprint != wrote.fingerprint and not agrees:
            report.error(
                register.path,
                entry.line,
                f"anchor {name!r} has the fingerprint {shown(entry.fingerprint)} in the "
                f"register, but the committed record {here} publishes it with text of "
                f"fingerprint {wrote.fingerprint}; expected the line as the build wrote it "
                f"(tab-separated): {row(wrote)}",
            )
        last = entry


def place(doc_id: str, register: Register) -> int:
    """The register line where a document's line belongs: before its anchors, else before
    the next document's (documents stand in id order, each followed by its anchors, then
    the entities and the other pages)."""
    after = (
        e.line
        for e in register.entries
        if e.kind in ("entity", "page")
        or (e.kind == "document" and e.name > doc_id)
        or (e.kind == "anchor" and e.document == doc_id)
    )
    return next(after, max((e.line for e in register.entries), default=0) + 1)


def row(entry: Entry) -> str:
    return "\t".join(clean(getattr(entry, column)) for column in COLUMNS)
