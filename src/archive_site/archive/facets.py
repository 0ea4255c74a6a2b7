"""The search page's filters as one table: each facet's name (in the page's address), its
label, whether it picks documents or paragraphs, and where a document's value comes from.
The search page's form, the table it reads (search/filters.js) and its script all follow it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Document
from ..pickling import pickled_by_fields


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Facet:
    name: str  # as the page's address and its form name it
    label: str  # as the form shows it
    by: str  # "document": one value for each document; "paragraph": what a paragraph names
    value: Callable[[Document], str] | None = None  # a document's value, by document
    shown: Callable[[str], str] = str  # a value as the choices show it


def classification(doc: Document) -> str:
    level = doc.meta.classification.value if doc.meta.classification else None
    return level or "unmarked"


#: the filters, in the order the page shows them; "document" and "mention" are the
#: page's own (a document's id, and the entities a paragraph names); a new filter of
#: documents is a row here
FACETS = (
    Facet("document", "Document", "document", lambda doc: doc.id),
    Facet("year", "Year", "document", lambda doc: doc.meta.date.iso[:4]),
    Facet("type", "Type of document", "document", lambda doc: doc.meta.type.value or "document"),
    Facet(
        "classification",
        "Classification",
        "document",
        classification,
        shown=lambda value: value.replace("-", " "),
    ),
    Facet("mention", "Person, organization or place mentioned", "paragraph"),
)
#: the filters whose choices are the documents' values (all but the page's own two)
VALUED = tuple(f for f in FACETS if f.by == "document" and f.name != "document")
