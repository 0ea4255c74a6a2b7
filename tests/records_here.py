"""The committed records, read as the build reads them, for the tests of one stage."""

from __future__ import annotations

from functools import cache

from archive_site.errors import Reporter
from archive_site.load import records
from archive_site.model import Document
from conftest import DOCUMENTS


@cache
def committed() -> tuple[Document, ...]:
    """Every committed record in documents/, by file name (the order of their dates)."""
    docs = []
    for path in sorted(DOCUMENTS.glob("*.yaml")):
        report = Reporter()
        doc = records.load(path, path.read_text(encoding="utf-8"), report)
        assert doc is not None and not report.errors, path
        docs.append(doc)
    return tuple(docs)


def record_text(doc: Document) -> str:
    return (DOCUMENTS / f"{doc.id}.yaml").read_text(encoding="utf-8")
