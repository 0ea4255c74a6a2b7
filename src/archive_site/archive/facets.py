"""The search page's filters as one table: each facet's name (in the page's address), its
label, whether it picks documents or paragraphs, and where a document's value comes from.
The search page's form, the table it reads (search/filters.js) and its script all follow it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..errors import ArchiveError, Diagnostic, table_line
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
#: what the page's address holds besides the filters, and the filters it makes itself
TAKEN = ("q",)
OWN = ("document", "mention")


def misfits(facets: Sequence[Facet]) -> list[str]:
    """What is wrong with the table (empty when nothing is): a name used twice or by the
    page's address already, a filter of documents with no value, a filter by paragraph
    the page does not make."""
    out = []
    names = [f.name for f in facets]
    for n, f in enumerate(facets):
        if f.name in names[:n] or f.name in TAKEN:
            out.append(
                f"the filter {f.name!r} is named twice, or as the address's "
                f"{', '.join(TAKEN)}; expected a name of its own"
            )
        elif f.by == "document" and f.value is None:
            out.append(f"the filter {f.name!r} has no value; expected a document's value")
        elif f.by != "document" and f.name not in OWN:
            out.append(
                f"the filter {f.name!r} is by {f.by!r}; expected 'document' (the page "
                "filters by paragraph only the entities mentioned)"
            )
    missing = [name for name in OWN if name not in names]
    out += [f"the page's filter {name!r} has no row; expected its row" for name in missing]
    return out


if misfits(FACETS):  # the program's own table: a mistake shows as it starts
    raise ArchiveError(
        [Diagnostic(*table_line(__name__, "FACETS"), why) for why in misfits(FACETS)]
    )
