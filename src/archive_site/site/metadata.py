"""What a document page tells machines about itself: citation_*, Dublin Core and
OpenGraph meta tags, and schema.org JSON-LD."""

from __future__ import annotations

import json
from typing import Any

from ..load.entities import ENTITY_KINDS, KIND, Entity
from ..model import Document
from . import references


def meta_tags(doc: Document, url: str | None, site_title: str) -> list[tuple[str, str, str]]:
    """(attribute, name, content) of the meta tags reference managers and search engines
    read: Highwire citation_* (Zotero, Google Scholar), Dublin Core and OpenGraph."""
    meta = doc.meta
    author = references.author(doc)
    tags = [("name", "citation_title", meta.title.text)]
    if author:
        tags.append(("name", "citation_author", author))
    tags += [
        ("name", "citation_publication_date", meta.date.iso.replace("-", "/")),
        ("name", "citation_language", meta.language.code),
    ]
    if url:
        tags.append(("name", "citation_public_url", url))
    tags += [("name", "DC.title", meta.title.text)]
    if author:
        tags.append(("name", "DC.creator", author))
    if meta.translator:
        tags.append(("name", "DC.contributor", meta.translator.printed))
    tags += [
        ("name", "DC.date", meta.date.iso),
        ("name", "DC.type", meta.type.value or "document"),
        ("name", "DC.language", meta.language.code),
        ("name", "DC.identifier", url or doc.id),
    ]
    if meta.archival_source:
        tags.append(("name", "DC.source", meta.archival_source.printed))
    if meta.rights:
        tags.append(("name", "DC.rights", meta.rights.paragraphs[0]))
    summary = first_summary(doc)
    tags += [
        ("property", "og:title", meta.title.text),
        ("property", "og:type", "article"),
        ("property", "og:site_name", site_title),
    ]
    if summary:  # the page's description is the Frame's
        tags.append(("property", "og:description", summary))
    if url:
        tags.append(("property", "og:url", url))
    return tags


def first_summary(doc: Document) -> str | None:
    """The first paragraph of a document's summaries: what link previews show of it."""
    return next((p for s in doc.meta.summary for p in s.paragraphs), None)


def json_ld(doc: Document, url: str | None, entities: dict[str, Entity], site_title: str) -> str:
    """schema.org description of the document: an ArchiveComponent of the collection;
    `entities`, those it mentions."""
    meta = doc.meta
    about = sorted(entities)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ArchiveComponent",
        "name": meta.title.text,
        "dateCreated": meta.date.iso,
        "inLanguage": meta.language.code,
        "genre": meta.type.value,
        "isPartOf": {"@type": "Collection", "name": site_title},
    }
    if url:
        data["url"] = url
    if references.author(doc):
        data["creator"] = {"@type": "Organization", "name": references.author(doc)}
    if meta.translator:
        data["translator"] = {"@type": "Person", "name": meta.translator.printed}
    if meta.provenance.collection or meta.archival_source:
        holder = meta.archival_source.repository if meta.archival_source else None
        data["holdingArchive"] = {
            "@type": "ArchiveOrganization",
            "name": holder or meta.provenance.collection,
        }
    if meta.language.original:
        data["translationOfWork"] = {"@type": "CreativeWork", "inLanguage": meta.language.original}
    data["about"] = [
        {
            "@type": SCHEMA_TYPES[entities[e].kind],
            "name": entities[e].name,
            **(
                {"sameAs": f"https://www.wikidata.org/wiki/{entities[e].wikidata}"}
                if entities[e].wikidata
                else {}
            ),
        }
        for e in about
        if KIND[entities[e].kind].subject
    ]
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # no markup-like text in the page, and nothing that could close the script element
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


SCHEMA_TYPES = {kind.name: kind.schema_type for kind in ENTITY_KINDS}
