"""What both search indexes are made from: each searchable block of the archive (a
paragraph, or a heading, letterhead, note...) with its label and the people, organizations
and places it mentions, and each document's facets. From the facets comes the search
page's table of documents and filters (search/filters.js), which both modes read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..archive.catalog import Catalog
from ..archive.facets import VALUED
from ..load.entities import ENTITY_KINDS, KIND, Entity
from ..model import Document, block_text, paragraph_numbers
from ..pickling import pickled_by_fields

FILTERS = "search/filters.js"  # the documents and the filter choices, for both modes
MENTIONED = tuple(kind.name for kind in ENTITY_KINDS if kind.filtered)  # a paragraph's filters
SHORTEST_FORM = 3  # letters of the shortest name form a query word is matched to


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Paragraph:
    """One searchable block: a paragraph, or a heading, letterhead, note... of a document."""

    document: int  # index into the document list
    block: str
    label: str  # "¶ 12", or the block's kind
    text: str
    mentions: tuple[str, ...] = ()  # the people, organizations and places it names (ids)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocFacets:
    id: str
    title: str
    date: str
    values: tuple[str, ...]  # of each of facets.VALUED, in its order
    href: str
    paragraphs: int = 0  # searchable blocks
    # (block id, entity ids) of each searchable block that names a person, organization
    # or place, in reading order
    mentions: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def mentioned(self) -> dict[str, tuple[str, ...]]:
        return dict(self.mentions)


def facets(catalog: Catalog) -> list[DocFacets]:
    kinds = {e.id: e.kind for e in catalog.curated.entities}
    out = []
    for doc in catalog.documents:
        named: dict[str, set[str]] = {}
        for m in catalog.mentions.get(doc.id, ()):
            if kinds.get(m.entity) in MENTIONED:
                named.setdefault(m.block, set()).add(m.entity)
        texts = list(searchable(doc))
        out.append(
            DocFacets(
                doc.id,
                doc.meta.title.text,
                doc.meta.date.iso,
                tuple(facet.value(doc) for facet in VALUED if facet.value),
                f"documents/{doc.id}/index.html",
                len(texts),
                tuple((block, tuple(sorted(named[block]))) for block, _ in texts if block in named),
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


def paragraphs(catalog: Catalog, found: list[DocFacets]) -> Iterator[Paragraph]:
    """Every searchable block of the archive in order, made one document at a time, with
    what it mentions (from the documents' facets, `found`)."""
    for index, (doc, facet) in enumerate(zip(catalog.documents, found, strict=True)):
        numbers = paragraph_numbers(doc)
        named = facet.mentioned()
        for block_id, text in searchable(doc):
            names = named.get(block_id, ())
            yield Paragraph(index, block_id, label(block_id, numbers), text, names)


def label(block_id: str, numbers: dict[str, int]) -> str:
    """A block as results name it: its paragraph number ("¶ 12"), else its kind
    ("heading-1" -> "heading")."""
    number = numbers.get(block_id)
    return f"¶ {number}" if number is not None else re.sub(r"-\d+$", "", block_id)


def filters(catalog: Catalog, found: list[DocFacets]) -> dict[str, object]:
    """What the search page reads before any search, the same in both modes, each table
    with the names of its fields: each document (id, title, date, searchable blocks, and
    its value of each filter of documents, facets.VALUED); the choices of those filters;
    and each person, organization and place mentioned, with the paragraphs that name it
    in each document (the document's place as a step from the last, then "*" and the
    count where it is more than one, in base 36) and its names of one word, which a query
    word is matched to."""
    entities = {e.id: e for e in catalog.curated.entities}
    per_entity: dict[str, list[tuple[int, int]]] = {}
    for place, doc in enumerate(found):
        counted: dict[str, int] = {}
        for _, ids in doc.mentions:
            for entity in ids:
                counted[entity] = counted.get(entity, 0) + 1
        for entity, count in counted.items():
            per_entity.setdefault(entity, []).append((place, count))
    order = {kind: n for n, kind in enumerate(MENTIONED)}
    named = sorted(
        per_entity,
        key=lambda e: (order[entities[e].kind], sort_name(entities[e].name, entities[e].kind)),
    )
    kinds = {kind.name: kind.title for kind in ENTITY_KINDS if kind.filtered}
    return {
        "documents": {
            "fields": ["id", "title", "date", "paragraphs", *(f.name for f in VALUED)],
            "rows": [[d.id, d.title, d.date, d.paragraphs, *d.values] for d in found],
        },
        "facets": [
            {
                "name": f.name,
                "label": f.label,
                "by": f.by,
                "choices": [[v, f.shown(v)] for v in sorted({d.values[n] for d in found})],
            }
            for n, f in enumerate(VALUED)
        ],
        "mention": {
            "fields": ["id", "name", "kind", "places", "forms"],
            "groups": kinds,
            "rows": [
                [e, entity.name, entity.kind, steps(per_entity[e]), name_forms(entity)]
                for e, entity in ((e, entities[e]) for e in named)
            ],
        },
    }


def sort_name(name: str, kind: str) -> str:
    """People by their last name, the rest by name."""
    plain = without_note(name)
    return (plain.split()[-1] if KIND[kind].by_surname else plain).casefold()


def without_note(name: str) -> str:
    """A name without what it says in brackets: "Masser (probably José Luis Massera)"."""
    return re.sub(r"\s*\(.*?\)", "", name).strip() or name


def name_forms(entity: Entity) -> list[str]:
    """An entity's names of one word (of three letters or more), as written: each alias or
    name of one word and, for a person, the last word of each (the surname)."""
    out: list[str] = []
    for name in (*entity.aliases, without_note(entity.name)):
        words = [w.strip(".,;:()[]") for w in name.split()]
        words = [w for w in words if w]
        if len(words) == 1 or (KIND[entity.kind].by_surname and words):
            form = words[-1]
            if len(form) >= SHORTEST_FORM and form not in out:
                out.append(form)
    return out


def steps(places: list[tuple[int, int]]) -> str:
    """(place, count) pairs, in order of place, as "step[*count]" tokens in base 36."""
    out, last = [], 0
    for place, count in places:
        out.append(base36(place - last) + (f"*{base36(count)}" if count > 1 else ""))
        last = place
    return ",".join(out)


def base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, d = divmod(n, 36)
        out = digits[d] + out
        if not n:
            return out
