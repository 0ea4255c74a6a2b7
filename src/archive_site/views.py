"""One function per page type: the explicit context a template gets from the catalog.
Templates never see the model's internals beyond what these functions hand them."""

from __future__ import annotations

import bisect
import datetime
import itertools
import json
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from . import bundle, cite
from . import entity_pages as ep
from .catalog import Catalog
from .content import Content
from .entities import FOLDERS, Entity
from .entity_pages import document_path
from .mentions import Mention
from .model import (
    Block,
    BlockType,
    Document,
    Editorial,
    Elision,
    Line,
    Part,
    Printed,
    Rule,
    Span,
    SpanKind,
    Text,
    line_text,
    paragraph_numbers,
    span_text,
)
from .related import Related

Context = dict[str, Any]
SITE_TITLE = "Soviet documents on the “human rights” campaign, 1976–1977"

EXPLAIN = {
    SpanKind.SIC: "so in the original",
    SpanKind.SUPPLIED: "supplied by the editor",
    SpanKind.ABBREVIATION: "abbreviation given by the editor",
    SpanKind.GLOSS: "the translator's gloss of the original term",
    SpanKind.PAGE: "a new page of the original begins here",
    SpanKind.SIGNATURE: "a handwritten signature stands here in the original",
    SpanKind.MARGIN: "where the following note is written on the original",
    SpanKind.ORIGINAL: "what the original sheet bears (a hand, a stamp, a mark)",
    SpanKind.SUMMARY: "the editor's summary of text not translated",
    SpanKind.REFERENCE: "the archive's reference",
    SpanKind.NOTE: "an editorial note",
}
PART_LABEL = {"main": None, "attachment": "Attached document"}


@dataclass(frozen=True)
class SiteConfig:
    """Settings of the published site. Without a base URL the site is self-contained and
    citations take the address the page is read at."""

    base_url: str | None = None

    def url(self, path: str) -> str | None:
        return f"{self.base_url.rstrip('/')}/{path}" if self.base_url else None


@dataclass(frozen=True)
class Page:
    """A page to write: its path inside the site, its template and its context."""

    path: str
    template: str
    context: Context


@dataclass(frozen=True)
class Shared:
    """What the document pages are made from; the build hands it to each process."""

    catalog: Catalog
    config: SiteConfig
    relations: dict[str, tuple[Related, ...]]

    @cached_property
    def documents(self) -> dict[str, Document]:
        return {doc.id: doc for doc in self.catalog.documents}

    @cached_property
    def entities(self) -> dict[str, Entity]:
        return self.catalog.registry.by_id()


@dataclass(frozen=True)
class Around:
    """All that a document's page takes from the rest of the archive. With the document
    and the site's settings, it is what the page is made from."""

    previous: Context | None
    following: Context | None
    mentions: tuple[Mention, ...]
    entities: dict[str, Entity]  # those mentioned
    aliases: dict[str, tuple[str, ...]]  # by anchor, the retired anchors that now land on it
    in_this_document: list[Context]
    related: list[Context]
    external: list[Context]


def around(shared: Shared, i: int) -> Around:
    """What the page of the document at this place in the catalog takes from the rest."""
    docs, catalog = shared.catalog.documents, shared.catalog
    doc = docs[i]
    found = catalog.mentions.get(doc.id, ())
    return Around(
        nav(docs[i - 1] if i else None),
        nav(docs[i + 1] if i + 1 < len(docs) else None),
        found,
        {e: shared.entities[e] for e in sorted({m.entity for m in found})},
        catalog.aliases.get(doc.id, {}),
        ep.in_this_document(doc, catalog, DOCUMENT_ROOT),
        ep.related_documents(
            doc, shared.documents, shared.entities, DOCUMENT_ROOT, shared.relations
        ),
        ep.external(doc, catalog),
    )


def other_pages(catalog: Catalog, content: Content) -> list[Page]:
    """Home, About, entities, indexes, timeline, search, and redirects."""
    docs = catalog.documents
    out = bundle_pages(catalog, content, None)
    mentions = ep.all_mentions(catalog)
    blocks = ep.in_blocks(catalog)
    for entity in catalog.registry.entities:
        page_base = base("../../", "", "entity")
        context = ep.entity_context(entity, catalog, mentions, blocks, page_base)
        out.append(Page(ep.entity_path(entity), "entity.html", context))
    for kind in ep.INDEXED:
        context = ep.index_context(kind, catalog, mentions, base("../", "", FOLDERS[kind]))
        out.append(Page(f"{FOLDERS[kind]}/index.html", "entity_index.html", context))
    timeline = ep.timeline_context(catalog, mentions, base("../", "", "timeline"))
    out.append(Page("timeline/index.html", "timeline.html", timeline))
    out.append(Page("search/index.html", "search.html", search_context()))
    titles = {document_path(d): d.meta.title.text for d in docs}
    titles |= {ep.entity_path(e): e.name for e in catalog.registry.entities}
    for old, new in catalog.redirects:
        root = "../" * old.count("/")
        context = {"root": root, "target": f"{root}{new}", "title": titles[new]}
        out.append(Page(old, "redirect.html", context))
    return out


def search_context() -> Context:
    labels = [
        ("document", "Document"),
        ("year", "Year"),
        ("type", "Type of document"),
        ("classification", "Classification"),
        ("person", "Person mentioned"),
    ]
    return {**base("../", "Search", "search"), "filters": labels}


def base(root: str, title: str, section: str) -> Context:
    return {"root": root, "page_title": title, "site_title": SITE_TITLE, "section": section}


def bundle_pages(catalog: Catalog, content: Content, size: str | None) -> list[Page]:
    """The pages that link the offline bundle and show its size."""
    return [
        Page("index.html", "index.html", index_context(catalog, content, size)),
        Page("about/index.html", "about.html", about_context(content, size)),
    ]


def download(root: str, size: str | None) -> Context:
    return {"href": f"{root}{bundle.FOLDER}/{bundle.name()}", "size": size or "…"}


def index_context(catalog: Catalog, content: Content, size: str | None) -> Context:
    ids = {doc.id: doc for doc in catalog.documents}
    return {
        **base("", SITE_TITLE, "home"),
        "download": download("", size),
        "intro_html": content.home_html,
        "chronology": [
            {
                "date_iso": event.date,
                "date": long_date(event.date),
                "text": event.text,
                "href": document_path(ids[event.document]) if event.document in ids else None,
                "source": event.source,
            }
            for event in content.chronology
        ],
        "documents": [summary_row(doc) for doc in catalog.documents],
    }


def about_context(content: Content, size: str | None) -> Context:
    return {
        **base("../", "About this edition", "about"),
        "body_html": content.about_html,
        "download": download("../", size),
    }


def summary_row(doc: Document) -> Context:
    meta = doc.meta
    return {
        "href": document_path(doc),
        "title": meta.title.text,
        "editorial_title": meta.title.editorial,
        "date_iso": meta.date.iso,
        "date": long_date(meta.date.iso),
        "type": meta.type.value,
        "classification": meta.classification.printed if meta.classification else None,
        "summary": [p for s in meta.summary for p in s.paragraphs][-1:],
    }


DOCUMENT_ROOT = "../../"  # from a document's page to the top of the site


def document_context(doc: Document, near: Around, config: SiteConfig) -> Context:
    meta = doc.meta
    path = document_path(doc)
    root = DOCUMENT_ROOT
    notes: dict[str, list[str]] = {}
    for note in doc.notes:
        notes.setdefault(note.at, []).append(note.text)
    page_url = config.url(path)
    at: dict[tuple[str, int], list[Mention]] = {}
    for m in near.mentions:
        at.setdefault((m.block, m.line_index), []).append(m)
    targets = {
        e: {"href": f"{root}{ep.link_target(entity)}", "describedby": f"about-{e}"}
        for e, entity in near.entities.items()
    }
    links = Links(at, targets, paragraph_numbers(doc), near.aliases)
    return {
        **base(root, meta.title.text, "document"),
        "doc": {
            "id": doc.id,
            "title": meta.title.text,
            "editorial_title": meta.title.editorial,
            "printed_title": meta.title.printed.printed
            if meta.title.editorial and meta.title.printed
            else None,
            "date_iso": meta.date.iso,
            "date": long_date(meta.date.iso),
            "fields": fields(doc),
            "summaries": [{"by": s.by, "paragraphs": list(s.paragraphs)} for s in meta.summary],
            "source": source_fields(doc),
            "provenance_note": meta.provenance.note,
            "rights": list(meta.rights.paragraphs) if meta.rights else [],
            "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in doc.removed],
            "parts": [part_view(part, notes, page_url or path, links) for part in doc.parts],
            "in_this_document": near.in_this_document,
            "related": near.related,
            "external": near.external,
            "citations": cite.citations(doc, page_url),
            "meta_tags": meta_tags(doc, page_url),
            "json_ld": json_ld(doc, page_url, near.entities),
            "exports": [{"href": f"{doc.id}.{ext}", "label": label} for ext, label in EXPORTS],
            "paragraph_citations": cite.citations(doc, cite.URL, cite.PARA),
            "url": page_url,
        },
        "tokens": {"para": cite.PARA, "url": cite.URL},
        "previous": near.previous,
        "next": near.following,
    }


EXPORTS = (
    ("yaml", "YAML record"),
    ("json", "JSON"),
    ("txt", "plain text with ¶ numbers"),
    ("xml", "TEI P5 XML"),
)


def meta_tags(doc: Document, url: str | None) -> list[tuple[str, str, str]]:
    """(attribute, name, content) of the meta tags reference managers and search engines
    read: Highwire citation_* (Zotero, Google Scholar), Dublin Core and OpenGraph."""
    meta = doc.meta
    author = cite.author(doc)
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
    summary = next((p for s in meta.summary for p in s.paragraphs), None)
    tags += [
        ("property", "og:title", meta.title.text),
        ("property", "og:type", "article"),
        ("property", "og:site_name", SITE_TITLE),
    ]
    if summary:
        tags += [("name", "description", summary), ("property", "og:description", summary)]
    if url:
        tags.append(("property", "og:url", url))
    return tags


def json_ld(doc: Document, url: str | None, entities: dict[str, Entity]) -> str:
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
        "isPartOf": {"@type": "Collection", "name": SITE_TITLE},
    }
    if url:
        data["url"] = url
    if cite.author(doc):
        data["creator"] = {"@type": "Organization", "name": cite.author(doc)}
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
        if entities[e].kind != "term"
    ]
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # no markup-like text in the page, and nothing that could close the script element
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


SCHEMA_TYPES = {
    "person": "Person",
    "organization": "Organization",
    "place": "Place",
    "event": "Event",
    "term": "DefinedTerm",
}


def nav(doc: Document | None) -> Context | None:
    if doc is None:
        return None
    return {
        "href": f"../../{document_path(doc)}",
        "title": doc.meta.title.text,
        "date": long_date(doc.meta.date.iso),
    }


def long_date(iso: str) -> str:
    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def fields(doc: Document) -> list[tuple[str, str]]:
    """The header's metadata list, in the order a reader looks for them."""
    meta = doc.meta
    date = long_date(meta.date.iso)
    if meta.date.printed != date:
        date += f" (printed “{meta.date.printed}”)"
    rows = [("Date", date), ("Type", meta.type.value or "")]
    if meta.classification:
        rows.append(("Classification", meta.classification.printed))
    if meta.references:
        shown = dict.fromkeys(r.printed for r in meta.references)  # once each, in order
        rows.append(("Reference numbers", "; ".join(shown)))
    if meta.issuing_body:
        rows.append(("From", meta.issuing_body.value or meta.issuing_body.printed))
    for signer in meta.signatories:
        rows.append(("Signed", ", ".join(x for x in (signer.name, signer.role) if x)))
    if meta.addressees:
        rows.append(("To", "; ".join(a.printed for a in meta.addressees)))
    for dist in meta.distribution:
        rows.append(("Distribution", ", ".join(dist.names)))
    return rows


def source_fields(doc: Document) -> list[tuple[str, str]]:
    meta = doc.meta
    rows: list[tuple[str, str]] = []
    if meta.type.at.line is not None:
        rows.append(("Type, as the archive gives it", meta.type.printed))
    if meta.archival_source:
        rows.append(("Archival source", meta.archival_source.printed))
    if meta.translator:
        rows.append(("Translator", meta.translator.printed))
    prov = meta.provenance
    if prov.collection:
        rows.append(("Collection", prov.collection))
    if prov.publisher:
        rows.append(("Publisher", prov.publisher))
    for label, value in (
        ("Record ID", prov.record_id),
        ("Uploaded", prov.uploaded),
        ("Language (as printed)", meta.language.printed),
    ):
        if isinstance(value, Printed) and value.printed:
            rows.append((label, value.printed))
    original = f", translated from {meta.language.original}" if meta.language.original else ""
    rows.append(("Language", meta.language.code + original))
    rows.append(("Seed file", doc.seed))
    return rows


def part_view(part: Part, notes: dict[str, list[str]], page: str, links: Links) -> Context:
    label = PART_LABEL[part.kind]
    if label and part.type:
        label = f"{label}: {part.type}"
    return {
        "id": part.id,
        "kind": part.kind,
        "label": label,
        "blocks": [block_view(block, notes, page, links) for block in part.blocks],
    }


@dataclass(frozen=True)
class Links:
    """What a document page links its mentions to: by (block id, line index), the mentions
    there, and each entity's address from the page."""

    at: dict[tuple[str, int], list[Mention]]
    targets: dict[str, Context]
    numbers: dict[str, int]  # paragraph numbers by block id
    aliases: dict[str, tuple[str, ...]]  # by anchor, the retired anchors that now land on it


def block_view(block: Block, notes: dict[str, list[str]], page: str, links: Links) -> Context:
    number = links.numbers.get(block.id)
    lines = [
        groups(line, links.at.get((block.id, i), []), links.targets, links.aliases)
        for i, line in enumerate(block.lines)
    ]
    view: Context = {
        "type": block.type.value,
        "id": block.id,
        "number": number,
        "url": f"{page}#{block.id}",
        "lines": lines,
        "children": [block_view(child, notes, page, links) for child in block.children],
        "notes": notes.get(block.id, []),
        "aliases": links.aliases.get(block.id, ()),
    }
    if block.type is BlockType.CITY_LIST:
        view["rows"] = [
            [
                groups(line, links.at.get((block.id, i), []), links.targets, links.aliases, cell)
                for cell in city_cells(line)
            ]
            for i, line in enumerate(block.lines)
        ]
    if block.type is BlockType.MARGINAL_NOTE and block.lines:
        first = block.lines[0]
        view["position"] = first[0].text if isinstance(first[0], Editorial) else None
    return view


def city_cells(line: Line) -> list[tuple[int, int]]:
    """The printed columns of an address-list row: 'ROME LISBON' -> two cells; a row with
    a parenthesised note is one cell."""
    text = line_text(line)
    if "(" in text or len(text.split()) != 2:
        return [(0, len(text))]
    first = re.match(r"\S+", text)
    assert first is not None
    second = text.index(text.split()[1], first.end())
    return [(0, first.end()), (second, len(text))]


def groups(
    line: Line,
    mentions: list[Mention],
    targets: dict[str, Context],
    aliases: dict[str, tuple[str, ...]],
    clip: tuple[int, int] | None = None,
) -> list[Context]:
    """A printed line as runs of spans, each run either plain or one mention's link. Text
    is cut at mention edges; an insertion belongs whole to the mention that reaches it.
    Mentions are looked up by halving, so a long line costs n log n, not n squared."""
    out: list[Context] = []
    low, high = clip or (0, sum(len(span_text(s)) for s in line))
    owners = Owners(mentions)
    pos = 0
    for span in line:
        start, end = pos, pos + len(span_text(span))
        pos = end
        if end <= low or start >= high:
            continue
        if isinstance(span, Text):
            a, b = max(start, low), min(end, high)
            for s, e in itertools.pairwise([a, *owners.edges_within(a, b), b]):
                owner = owners.covering(s, e)
                add(out, owner, {"kind": "text", "text": span.text[s - start : e - start]}, targets)
        elif isinstance(span, Editorial) and span.kind is SpanKind.ORIGINAL:
            add(out, None, original_view(span, start, owners, targets, aliases), targets)
        else:
            owner = owners.covering(start, end)
            add(out, owner, span_view(span, aliases, in_link=owner is not None), targets)
    return out


def original_view(
    span: Editorial,
    start: int,
    owners: Owners,
    targets: dict[str, Context],
    aliases: dict[str, tuple[str, ...]],
) -> Context:
    """A note of what the sheet bears, its words cut at the mentions within, as groups."""
    view = span_view(span, aliases)
    inner: list[Context] = []
    a, b = start + 1, start + 1 + len(span.text)  # inside the brackets
    for s, e in itertools.pairwise([a, *owners.edges_within(a, b), b]):
        owner = owners.covering(s, e)
        add(inner, owner, {"kind": "text", "text": span.text[s - a : e - a]}, targets)
    view["inner"] = inner
    return view


class Owners:
    """A line's mentions, found by position: which mention covers a range, and where
    mentions begin and end within one."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        # the widest reach of the mentions up to each one, to find one that covers
        self.reach: list[int] = list(itertools.accumulate((m.end for m in self.mentions), max))
        self.edges = sorted({x for m in mentions for x in (m.start, m.end)})

    def edges_within(self, a: int, b: int) -> list[int]:
        return self.edges[bisect.bisect_right(self.edges, a) : bisect.bisect_left(self.edges, b)]

    def covering(self, start: int, end: int) -> Mention | None:
        """The first mention (in order of start) that covers start..end, as a scan would."""
        i = bisect.bisect_right(self.starts, start)
        if i == 0 or self.reach[i - 1] < end:
            return None
        return self.mentions[bisect.bisect_left(self.reach, end, 0, i)]


def add(
    out: list[Context], owner: Mention | None, view: Context, targets: dict[str, Context]
) -> None:
    if out and out[-1]["owner"] == owner:
        out[-1]["spans"].append(view)
    else:
        link = targets[owner.entity] if owner else None
        out.append({"owner": owner, "link": link, "spans": [view]})


def span_view(span: Span, aliases: dict[str, tuple[str, ...]], in_link: bool = False) -> Context:
    if isinstance(span, Editorial):
        view: Context = {
            "kind": "editorial",
            "sub": span.kind.value,
            "text": f"[{span.text}]",
            "explain": EXPLAIN[span.kind],
            "anchor": span.anchor,
            "focusable": not in_link,  # inside a link, the link takes the focus
            "aliases": aliases.get(span.anchor, ()) if span.anchor else (),
        }
        if span.anchor:
            view["page"] = span.anchor.removeprefix("page-").split("-")[0]
        return view
    if isinstance(span, Elision):
        return {"kind": "elision", "text": span.text}
    if isinstance(span, Rule):
        return {"kind": "rule", "text": span.text}
    return {"kind": "text", "text": span.text}
