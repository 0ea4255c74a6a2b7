"""Views of the cross-linked archive: a page per entity, the indexes, the timeline, and the
panels of a document page (who and what it mentions, related documents)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..archive.catalog import Catalog
from ..archive.mentions import Mention, Snippets
from ..archive.related import Related
from ..load.entities import FOLDERS, Entity
from ..model import Document
from ..runtime.scripts import data_script
from .formats import show_date
from .pages import Context, EntityPage, IndexPage, TimelinePage

KIND_TITLES = {
    "person": "People",
    "organization": "Organizations",
    "place": "Places",
    "term": "Glossary",
    "event": "Events",
}
INDEXED = ("person", "organization", "place", "term")
#: the site's navigation: (folder, section, label), made from the entity folders
NAV = (
    ("", "home", "Documents"),
    ("timeline/", "timeline", "Timeline"),
    *((f"{FOLDERS[kind]}/", FOLDERS[kind], KIND_TITLES[kind]) for kind in INDEXED),
    ("reading/", "reading", "Reading list"),
    ("about/", "about", "About"),
)


def entity_path(entity: Entity) -> str:
    return f"{FOLDERS[entity.kind]}/{entity.id}/index.html"


def link_target(entity: Entity) -> str:
    """Where a mention links: an event's timeline entry, anything else its own page."""
    if entity.kind == "event":
        return f"timeline/index.html#event-{entity.id}"
    return entity_path(entity)


def document_path(doc: Document) -> str:
    return f"documents/{doc.id}/index.html"


CARDS = "assets/cards.js"  # what the card a mention opens says (reader.js)


def cards(catalog: Catalog) -> dict[str, list[str | None]]:
    """Each mentioned entity's card: name, dates, description, what is uncertain, and the
    address of its page from the site's root."""
    mentioned = {m.entity for found in catalog.mentions.values() for m in found}
    return {
        e.id: [e.name, e.dates or e.date, e.description, e.uncertain, link_target(e)]
        for e in catalog.curated.entities
        if e.id in mentioned
    }


def cards_script(data: dict[str, list[str | None]]) -> str:
    comment = "The cards of the names and terms the texts mention; written by the build."
    return data_script(comment, "window.archiveCards = {};", data)


def short(entity: Entity) -> str:
    """The first sentence of a description, for lists and accessible descriptions."""
    first = entity.description.split(". ")[0].rstrip(".")
    return first + "."


def sort_key(entity: Entity) -> tuple[str, str]:
    """People by surname (the last word of their last alias), the rest by name."""
    if entity.kind == "person" and entity.aliases:
        return entity.aliases[-1].split()[-1].casefold(), entity.name.casefold()
    return entity.name.casefold().removeprefix("the "), entity.id


def mention_view(m: Mention, docs: dict[str, Document], root: str, snippets: Snippets) -> Context:
    doc = docs[m.document]
    return {
        "document": doc.meta.title.text,
        "date": show_date(doc.meta.date.iso),
        "place": f"¶ {m.number}" if m.number else m.block.replace("-", " "),
        "snippet": snippets.of(m, doc),
        "href": f"{root}{document_path(doc)}#{m.block}",
    }


def all_mentions(catalog: Catalog) -> dict[str, list[Mention]]:
    """Every mention of each entity, in document date order."""
    by_entity: dict[str, list[Mention]] = {}
    for doc in catalog.documents:
        for m in catalog.mentions.get(doc.id, ()):
            by_entity.setdefault(m.entity, []).append(m)
    return by_entity


def entity_context(
    entity: Entity,
    entities: dict[str, Entity],
    mentioned: Sequence[tuple[Document, tuple[Mention, ...]]],
    base: dict[str, Any],
) -> EntityPage:
    """An entity's page, from the entities by id and each document that mentions it with
    that document's mentions (of every entity), in the catalog's order."""
    root = "../../"
    docs = {doc.id: doc for doc, _ in mentioned}
    own: list[Mention] = []
    together: Counter[str] = Counter()  # each other entity, once for each block shared
    for _, found in mentioned:
        mine = [m for m in found if m.entity == entity.id]
        own += mine
        places = {m.block for m in mine}
        together.update(e for _, e in {(m.block, m.entity) for m in found if m.block in places})
    del together[entity.id]
    by_document: dict[str, list[Context]] = {}
    snippets = Snippets()
    for m in own:
        by_document.setdefault(m.document, []).append(mention_view(m, docs, root, snippets))
    return EntityPage(
        **(base | {"root": root, "page_title": entity.name, "description": entity.description}),
        entity={
            "id": entity.id,
            "name": entity.name,
            "kind": KIND_TITLES[entity.kind],
            "index": f"{root}{FOLDERS[entity.kind]}/index.html"
            if entity.kind in INDEXED
            else f"{root}timeline/index.html",
            "dates": entity.dates,
            "date": show_date(entity.date) if entity.date else None,
            "date_iso": entity.date,
            "description": entity.description,
            "uncertain": entity.uncertain,
            "wikidata": entity.wikidata,
            # context only while no document names it: a later document may
            "context_only": entity.context_only and not own,
            "aliases": list(entity.aliases),
            "count": len(own),
        },
        documents=[
            {
                "title": docs[d].meta.title.text,
                "date": show_date(docs[d].meta.date.iso),
                "href": f"{root}{document_path(docs[d])}",
                "mentions": views,
            }
            for d, views in by_document.items()
        ],
        together=[
            {"name": entities[e].name, "href": f"{root}{link_target(entities[e])}", "count": n}
            for e, n in sorted(together.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
        ],
    )


def index_context(
    kind: str, catalog: Catalog, mentions: dict[str, list[Mention]], base: dict[str, Any]
) -> IndexPage:
    items = sorted((e for e in catalog.curated.entities if e.kind == kind), key=sort_key)
    return IndexPage(
        **(base | {"root": "../", "page_title": KIND_TITLES[kind]}),
        kind=kind,
        entries=[
            {
                "name": e.name,
                "href": f"{e.id}/index.html",
                "summary": short(e),
                "count": len(mentions.get(e.id, [])),
                "documents": len({m.document for m in mentions.get(e.id, [])}),
                "context_only": e.context_only and e.id not in mentions,
            }
            for e in items
        ],
    )


def timeline_context(
    catalog: Catalog, mentions: dict[str, list[Mention]], base: dict[str, Any]
) -> TimelinePage:
    root = "../"
    docs = {doc.id: doc for doc in catalog.documents}
    snippets = Snippets()
    entries = [
        {
            "sort": e.date or "",
            "date_iso": e.date,
            "date": show_date(e.date or ""),
            "kind": "event",
            "id": f"event-{e.id}",
            "title": e.name,
            "href": f"../{entity_path(e)}",
            "description": e.description,
            "context_only": e.context_only and e.id not in mentions,
            "mentions": [mention_view(m, docs, root, snippets) for m in mentions.get(e.id, [])],
        }
        for e in catalog.curated.entities
        if e.kind == "event"
    ]
    entries += [
        {
            "sort": doc.meta.date.iso,
            "date_iso": doc.meta.date.iso,
            "date": show_date(doc.meta.date.iso),
            "kind": "document",
            "id": f"document-{doc.id}",
            "title": doc.meta.title.text,
            "href": f"../{document_path(doc)}",
            "description": None,
            "context_only": False,
            "mentions": [],
        }
        for doc in catalog.documents
    ]
    entries.sort(key=lambda e: (e["sort"], e["kind"] != "document", e["id"]))
    return TimelinePage(**(base | {"root": root, "page_title": "Timeline"}), entries=entries)


def in_this_document(doc: Document, catalog: Catalog, root: str) -> list[Context]:
    """Who and what a document mentions, by kind, with counts and short descriptions."""
    entities = catalog.curated.by_id()
    counts = Counter(m.entity for m in catalog.mentions.get(doc.id, ()))
    out = []
    for kind in (*INDEXED, "event"):
        items = sorted((entities[e] for e in counts if entities[e].kind == kind), key=sort_key)
        if items:
            out.append(
                {
                    "title": KIND_TITLES[kind],
                    "entries": [
                        {
                            "id": e.id,
                            "name": e.name,
                            "href": f"{root}{link_target(e)}",
                            "count": counts[e.id],
                            "summary": short(e),
                        }
                        for e in items
                    ],
                }
            )
    return out


def related_documents(
    doc: Document,
    docs: dict[str, Document],
    entities: dict[str, Entity],
    root: str,
    relations: dict[str, tuple[Related, ...]],
) -> list[Context]:
    out = []
    for rel in relations.get(doc.id, ()):
        other = docs[rel.document]
        reasons = []
        if rel.shared:
            names = [entities[e].name for e in rel.shared]
            reasons.append("both mention " + ", ".join(names))
        if rel.events:
            reasons.append("both refer to " + "; ".join(entities[e].name for e in rel.events))
        out.append(
            {
                "title": other.meta.title.text,
                "date": show_date(other.meta.date.iso),
                "href": f"{root}{document_path(other)}",
                "reason": "; ".join(reasons),
            }
        )
    return out


def external(doc: Document, catalog: Catalog) -> list[Context]:
    return [
        {"title": r.title, "url": r.url, "note": r.note}
        for r in catalog.curated.relations
        if r.document == doc.id
    ]
