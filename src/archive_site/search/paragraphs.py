"""What both search indexes are made from: each searchable block of the archive (a
paragraph, or a heading, letterhead, note...) with its label, and each document's facets,
from which the search page's filters are made."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..archive.catalog import Catalog
from ..model import Document, block_text, paragraph_numbers
from ..pickling import pickled_by_fields

FILTERS = "search/filters.js"  # the filter choices, for both indexes


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Paragraph:
    """One searchable block: a paragraph, or a heading, letterhead, note... of a document."""

    document: int  # index into the document list
    block: str
    label: str  # "¶ 12", or the block's kind
    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocFacets:
    id: str
    title: str
    date: str
    year: str
    type: str
    classification: str
    people: tuple[str, ...]
    href: str


def facets(catalog: Catalog) -> list[DocFacets]:
    kinds = {e.id: e.kind for e in catalog.curated.entities}
    out = []
    for doc in catalog.documents:
        people = sorted(
            {m.entity for m in catalog.mentions.get(doc.id, ()) if kinds.get(m.entity) == "person"}
        )
        level = doc.meta.classification.value if doc.meta.classification else None
        out.append(
            DocFacets(
                doc.id,
                doc.meta.title.text,
                doc.meta.date.iso,
                doc.meta.date.iso[:4],
                doc.meta.type.value or "document",
                level or "unmarked",
                tuple(people),
                f"documents/{doc.id}/index.html",
            )
        )
    return out


def searchable(doc: Document) -> Iterator[tuple[str, str]]:
    """(block id, text on one line) of each block a search can find, in reading order;
    a quotation's paragraphs count, not the quotation around them."""
    for block in doc.blocks():
        text = " ".join(block_text(block).split())
        if text and not block.children:
            yield block.id, text


def paragraphs(catalog: Catalog) -> Iterator[Paragraph]:
    """Every searchable block of the archive in order, made one document at a time."""
    for index, doc in enumerate(catalog.documents):
        numbers = paragraph_numbers(doc)
        for block_id, text in searchable(doc):
            yield Paragraph(index, block_id, label(block_id, numbers), text)


def label(block_id: str, numbers: dict[str, int]) -> str:
    """A block as results name it: its paragraph number ("¶ 12"), else its kind
    ("heading-1" -> "heading"). search.js names Pagefind's sub-results the same way, from
    their anchors and the page's `renumbered` list (anchors whose number differs)."""
    number = numbers.get(block_id)
    return f"¶ {number}" if number is not None else re.sub(r"-\d+$", "", block_id)


def renumbered(doc: Document) -> str:
    """ "p25=13 p26=14": the paragraphs whose id and number part, as search.js reads them."""
    numbers = paragraph_numbers(doc)
    return " ".join(f"{a}={n}" for a, n in numbers.items() if a != f"p{n}")


def filters(catalog: Catalog) -> dict[str, object]:
    """The filter choices the search page offers, the same in both modes."""
    docs = facets(catalog)
    names = {e.id: e.name for e in catalog.curated.entities}
    people = sorted({p for d in docs for p in d.people}, key=lambda p: names[p].split()[-1])
    return {
        # a document's choice also gives its date and title, which search.js shows
        "document": [[d.id, f"{d.date}: {d.title}", d.date, d.title] for d in docs],
        "year": [[y, y] for y in sorted({d.year for d in docs})],
        "type": [[t, t] for t in sorted({d.type for d in docs})],
        "classification": [
            [c, c.replace("-", " ")] for c in sorted({d.classification for d in docs})
        ],
        "person": [[p, names[p]] for p in people],
    }
