"""One function per page type: the explicit context a template gets from the catalog.
Templates never see the model's internals beyond what these functions hand them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from ..archive.catalog import Catalog
from ..archive.facets import FACETS
from ..archive.mentions import Mention
from ..archive.related import Related
from ..load.content import Content
from ..load.entities import FOLDERS, Entity
from ..load.settings import DATASET, DOWNLOADS, Settings
from ..model import (
    Distribution,
    Document,
    Metadata,
    Printed,
    paragraph_numbers,
)
from ..pickling import pickled_by_fields
from . import cite, timeline
from . import entity_pages as ep
from .entity_pages import document_path
from .formats import show_date
from .metadata import first_summary, json_ld, meta_tags
from .pages import (
    AboutPage,
    DocumentPage,
    DocumentView,
    Frame,
    HomePage,
    NotFoundPage,
    ReadingPage,
    RedirectPage,
    SearchPage,
    View,
)
from .references import PIN
from .rows import (
    ArchiveFieldRow,
    ChronologyEntry,
    DatasetZip,
    DocumentLink,
    DocumentRow,
    Download,
    DownloadPart,
    ExternalLink,
    KindGroup,
    Link,
    MentionLink,
    RelatedDocument,
    RemovedLine,
    Summary,
    Tokens,
)
from .text import Links, note_links, part_view


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Page:
    """A page to write: its path inside the site, its template and its view."""

    path: str
    template: str
    view: View


@dataclass(frozen=True)
class Shared:
    """What the document pages are made from; the build hands it to each process."""

    catalog: Catalog
    config: Settings
    relations: dict[str, tuple[Related, ...]]

    @cached_property
    def documents(self) -> dict[str, Document]:
        return {doc.id: doc for doc in self.catalog.documents}

    @cached_property
    def entities(self) -> dict[str, Entity]:
        return self.catalog.curated.by_id()

    @cached_property
    def timeline(self) -> dict[str, str]:
        """The page of the timeline of each event, where it has pages by year (link_target)."""
        return timeline.event_places(self.catalog)

    @cached_property
    def mentions(self) -> dict[str, list[Mention]]:
        """Every mention of each entity, in document date order."""
        return ep.all_mentions(self.catalog)

    @cached_property
    def plans(self) -> dict[str, ep.Plan]:
        """How each entity's mentions are laid out on its pages (`entity_pages.plan`)."""
        return ep.plans(self.catalog)

    def prepared(self) -> Shared:
        """This, with what the entity pages take (documents and entities by id, mentions)
        worked out, so that the processes it is handed to share it rather than each work
        it out again."""
        for name in ("documents", "entities", "mentions", "timeline", "plans"):
            getattr(self, name)
        return self


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class PageInputs:
    """All that a document's page takes from the rest of the archive. With the document
    and the site's settings, it is what the page is made from."""

    previous: DocumentLink | None
    following: DocumentLink | None
    mentions: tuple[Mention, ...]
    entities: dict[str, Entity]  # those mentioned
    aliases: dict[str, tuple[str, ...]]  # by anchor, the retired anchors that now land on it
    in_this_document: list[KindGroup]
    related: list[RelatedDocument]
    external: list[ExternalLink]
    dataset: str | None = None  # the zip that alone holds its files (None: beside it)
    timeline: dict[str, str] | None = None  # the timeline's page of each event it names


def page_inputs(shared: Shared, i: int) -> PageInputs:
    """What the page of the document at this place in the catalog takes from the rest."""
    docs, catalog = shared.catalog.documents, shared.catalog
    doc = docs[i]
    found = catalog.mentions.get(doc.id, ())
    named = sorted({m.entity for m in found})
    return PageInputs(
        nav(docs[i - 1] if i else None),
        nav(docs[i + 1] if i + 1 < len(docs) else None),
        found,
        {e: shared.entities[e] for e in named},
        catalog.aliases.get(doc.id, {}),
        ep.in_this_document(doc, catalog, DOCUMENT_ROOT, shared.timeline),
        ep.related_documents(
            doc, shared.documents, shared.entities, DOCUMENT_ROOT, shared.relations
        ),
        ep.external(doc, catalog),
        own_dataset(doc, len(docs)),
        {e: shared.timeline[e] for e in named if e in shared.timeline},
    )


def entity_inputs(shared: Shared, entity: Entity) -> list[tuple[Document, tuple[Mention, ...]]]:
    """What an entity's page is made from, besides the entity and the entities by id:
    each document that mentions it, with that document's mentions, in the catalog's order.
    So a page is made again only when a document that mentions its entity changes."""
    mentioning = dict.fromkeys(m.document for m in shared.mentions.get(entity.id, ()))
    return [(shared.documents[d], shared.catalog.mentions[d]) for d in mentioning]


def other_pages(shared: Shared, content: Content) -> list[Page]:
    """Home, About, indexes, timeline, search, and redirects: the pages over the whole
    archive but for the entities' own (entity_pages)."""
    catalog, settings, mentions = shared.catalog, content.settings, shared.mentions
    docs = catalog.documents
    out = bundle_pages(catalog, content, None)
    for kind in ep.INDEXED:
        frame = base("../", "", FOLDERS[kind], settings)
        for rel, index in ep.index_pages(kind, catalog, mentions, frame):
            out.append(page(f"{FOLDERS[kind]}/{rel}", index))
    frame = base("../", "", "timeline", settings)
    out += [page(path, view) for path, view in timeline.timeline_pages(catalog, mentions, frame)]
    out.append(page("search/index.html", search_context(settings)))
    reading = ReadingPage(base("../", "Reading list", "reading", settings), url=settings.url(""))
    out.append(page("reading/index.html", reading))
    out.append(page(NOT_FOUND, not_found(settings)))
    titles = archive_pages(settings.title)
    titles |= {document_path(d): d.meta.title.text for d in docs}
    titles |= {ep.entity_path(e): e.name for e in catalog.curated.entities}
    for old, new in catalog.redirects:
        root = "../" * old.count("/")
        redirect = RedirectPage(root, f"{root}{new}", titles[new], settings.language)
        out.append(page(old, redirect))
    return out


def page(path: str, view: View) -> Page:
    """A page to write at this path, by the template of its type."""
    return Page(path, view.TEMPLATE, view)


NOT_FOUND = "404.html"  # what a host serves at any address the site has no file for
#: what the page and the dataset's RIGHTS.txt say of a text whose source prints no rights
NO_RIGHTS = "No rights statement is printed with this text; rights remain with their holders."


def archive_pages(site_title: str) -> dict[str, str]:
    """The pages over the whole archive a link may name (all but a document's or an
    entity's own, and the 404 page, which has no address), each with its title: the anchor
    register holds their paths, and a build that would stop publishing one fails."""
    return {
        "index.html": site_title,
        "about/index.html": "About",
        **{f"{FOLDERS[kind]}/index.html": ep.KIND_TITLES[kind] for kind in ep.INDEXED},
        "timeline/index.html": "Timeline",
        "search/index.html": "Search",
        "reading/index.html": "Reading list",
    }


def not_found(settings: Settings) -> NotFoundPage:
    """The page a host shows for an address with no file, at whatever depth: its links
    start from the site's address where one is set, else from the top of the site."""
    root = settings.url("") or ""
    return NotFoundPage(base(root, "No page at this address", "", settings))


def search_context(settings: Settings) -> SearchPage:
    filters = [(f.name, f.label, f.by) for f in FACETS]
    return SearchPage(base("../", "Search", "search", settings), filters=filters)


def base(root: str, title: str, section: str, settings: Settings) -> Frame:
    """A page's Frame: the site's settings, and where the page stands."""
    return Frame(
        root=root,
        page_title=title,
        site_title=settings.title,
        section=section,
        language=settings.language,
        description=settings.description,
        rights=settings.rights,
    )


def bundle_pages(catalog: Catalog, content: Content, size: Sized) -> list[Page]:
    """The pages that link the offline bundle and show its size; with no size, their
    copies inside the bundle, which say that they are the offline copy."""
    return [
        page("index.html", index_context(catalog, content, size)),
        page("about/index.html", about_context(content, size, catalog)),
    ]


def download(root: str, size: Sized, settings: Settings) -> Download | None:
    if size is None:  # in the offline copy, which holds no copy of itself
        return None
    if isinstance(size, list):  # in parts: each part's place, its documents' dates, size
        listed = [DownloadPart(f"{root}{rel}", dates, n) for rel, dates, n in size]
        return Download(listed[0].href, listed[0].size, listed)
    return Download(f"{root}{settings.bundle_path}", size, [])


Sized = str | list[tuple[str, str, str]] | None  # the offline zip's size, or its parts'


def index_context(catalog: Catalog, content: Content, size: Sized) -> HomePage:
    """The home page: every document with its summary; or, in an archive of more than a
    page lists (PER_PAGE), their years, each linking its pages of the timeline, which
    list the year's documents with their summaries among its events."""
    ids = {doc.id: doc for doc in catalog.documents}
    large = len(catalog.documents) > ep.PER_PAGE
    return HomePage(
        base("", content.settings.title, "home", content.settings),
        download=download("", size, content.settings),
        intro_html=content.home_html,
        chronology=[
            ChronologyEntry(
                date_iso=event.date,
                date=show_date(event.date),
                text=event.text,
                href=document_path(ids[event.document]) if event.document in ids else None,
                source=event.source,
            )
            for event in content.chronology
        ],
        documents=[] if large else [summary_row(doc) for doc in catalog.documents],
        years=timeline.years(timeline.sheets(catalog), "timeline/") if large else (),
    )


def about_context(content: Content, size: Sized, catalog: Catalog) -> AboutPage:
    return AboutPage(
        base("../", "About this edition", "about", content.settings),
        body_html=content.about_html,
        download=download("../", size, content.settings),
        datasets=dataset_places(catalog),
        beside=beside(len(catalog.documents)),
    )


def summary_row(doc: Document) -> DocumentRow:
    meta = doc.meta
    return DocumentRow(
        href=document_path(doc),
        title=meta.title.text,
        editorial_title=meta.title.editorial,
        date_iso=meta.date.iso,
        date=show_date(meta.date.iso),
        type=meta.type.value,
        classification=meta.classification.printed if meta.classification else None,
        summary=list(timeline.last_summary(doc)),
    )


DOCUMENT_ROOT = "../../"  # from a document's page to the top of the site


def document_context(
    doc: Document, near: PageInputs, config: Settings, citer: cite.Citer
) -> DocumentPage:
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
        e: MentionLink(f"{root}{ep.link_target(entity, near.timeline)}", e)
        for e, entity in near.entities.items()
    }
    links = Links(at, targets, paragraph_numbers(doc), near.aliases, note_links(doc))
    view = DocumentView(
        id=doc.id,
        title=meta.title.text,
        editorial_title=meta.title.editorial,
        printed_title=meta.title.printed.printed
        if meta.title.editorial and meta.title.printed
        else None,
        date_iso=meta.date.iso,
        date=show_date(meta.date.iso),
        fields=fields(doc),
        summaries=[Summary(s.by, list(s.paragraphs)) for s in meta.summary],
        source=source_fields(doc),
        archive_fields=[
            ArchiveFieldRow(f.label, f.kind is not None, [v.printed for v in f.values])
            for f in meta.archive_fields
        ],
        provenance_note=meta.provenance.note,
        rights=list(meta.rights.paragraphs) if meta.rights else [],
        no_rights=None if meta.rights else NO_RIGHTS,
        removed=[RemovedLine(r.line, r.text, r.reason) for r in doc.removed],
        parts=[part_view(part, notes, page_url or path, links) for part in doc.parts],
        in_this_document=near.in_this_document,
        related=near.related,
        external=near.external,
        citations=citer.citations(doc, page_url),
        citation_files=citation_files(doc.id),
        meta_tags=meta_tags(doc, page_url, config.title),
        json_ld=json_ld(doc, page_url, near.entities, config.title),
        exports=exports(doc.id, near.dataset),
        paragraph_citations=citer.citations(doc, page_url, cite.PARA, page_url and cite.URL),
        passage_citations=citer.citations(doc, page_url, cite.RANGE, page_url and cite.URL),
        url=page_url,
    )
    summary = first_summary(doc) or config.description
    return DocumentPage(
        replace(base(root, meta.title.text, "document", config), description=summary),
        doc=view,
        tokens=Tokens(para=cite.PARA, range=cite.RANGE, url=cite.URL, key=PIN),
        previous=near.previous,
        next=near.following,
    )


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Export:
    """A file of each document's: its extension, how the page names it, whether it lies
    beside its page (on the site and in the offline copy; the others are in the dataset
    alone, which the page links for them), and whether it is for reference managers
    (linked where readers cite, too)."""

    ext: str
    label: str
    offline: bool = False
    citing: bool = False


EXPORTS = (
    Export("yaml", "YAML record"),
    Export("json", "JSON"),
    Export("txt", "plain text with ¶ numbers"),
    Export("xml", "TEI P5 XML"),
    Export("ris", "RIS", offline=True, citing=True),
    Export("csl.json", "CSL-JSON", offline=True, citing=True),
    Export("bib", "BibTeX", offline=True, citing=True),
)


def exports(doc_id: str, dataset: str | None = None) -> list[Link]:
    """A document's own files, as its page links them: each beside it; or, where the
    dataset's zip `dataset` alone holds its record, text and TEI (an archive of more than
    DATASET_DOCUMENTS documents), those beside it, then each of the others in that zip."""
    return [
        Link(export_file(doc_id, x.ext), x.label)
        if dataset is None or x.offline
        else Link(f"{DOCUMENT_ROOT}{dataset}", in_dataset(doc_id, x))
        for x in EXPORTS
    ]


#: an archive of more documents has its dataset in a zip for each year (of its documents'
#: dates), each under GitHub's 100 MB a file, and its documents' records, texts and TEI
#: in those zips alone; a smaller one publishes them beside each page too, as it always
#: has (an archive that grows past this moves them: their old addresses stop being served)
DATASET_DOCUMENTS = 2_000


def beside(count: int) -> bool:
    """Whether an archive of `count` documents publishes each document's record, text and
    TEI beside its page (and in its one dataset zip)."""
    return count <= DATASET_DOCUMENTS


def dataset_place(doc: Document, count: int) -> str:
    """The zip of the site that holds a document's files, in an archive of `count`."""
    if beside(count):
        return DATASET
    return f"{DOWNLOADS}/dataset-{doc.meta.date.iso[:4]}.zip"


def own_dataset(doc: Document, count: int) -> str | None:
    """The zip that alone holds a document's record, text and TEI, in an archive of
    `count`; None where they lie beside its page."""
    return None if beside(count) else dataset_place(doc, count)


def dataset_places(catalog: Catalog) -> list[DatasetZip]:
    """The dataset's zips, in the order of their documents, each with the year it holds
    (none where one zip holds them all)."""
    count = len(catalog.documents)
    if beside(count):
        return [DatasetZip(DATASET, "")]
    places = {dataset_place(doc, count): doc.meta.date.iso[:4] for doc in catalog.documents}
    return [DatasetZip(rel, year) for rel, year in places.items()]


def in_dataset(doc_id: str, x: Export) -> str:
    return f"{x.label} (in the dataset: {DATASET_FOLDER}{export_file(doc_id, x.ext)})"


DATASET_FOLDER = "dataset/documents/"  # where the dataset zip holds each document's files


def citation_files(doc_id: str) -> list[Link]:
    """A document's files for reference managers, as the cite section and dialog link them."""
    return [Link(export_file(doc_id, x.ext), x.label) for x in EXPORTS if x.citing]


def export_file(doc_id: str, ext: str) -> str:
    return f"{doc_id}.{ext}"


def export_places(doc: Document, here: bool = True) -> list[tuple[Export, str]]:
    """Each of a document's files that lie beside its page, with where in the site: every
    one, or (not `here`: in an archive of more than DATASET_DOCUMENTS, see `beside`) its
    citation files alone."""
    folder = document_path(doc).rsplit("/", 1)[0]
    return [(x, f"{folder}/{export_file(doc.id, x.ext)}") for x in EXPORTS if here or x.offline]


def export_paths(doc: Document, here: bool = True) -> list[str]:
    """Where a document's files beside its page lie in the site, in EXPORTS' order."""
    return [path for _, path in export_places(doc, here)]


def offline_exports(doc_id: str) -> list[Link]:
    """What a document page of the offline copy links instead of its own files: those the
    copy holds, and the dataset, which holds every record."""
    held = [Link(export_file(doc_id, x.ext), x.label) for x in EXPORTS if x.offline]
    return [*held, Link(f"{DOCUMENT_ROOT}{DATASET}", OFFLINE_EXPORTS)]


OFFLINE_EXPORTS = "the records of every document, in the dataset (YAML, JSON, text, TEI)"


def nav(doc: Document | None) -> DocumentLink | None:
    if doc is None:
        return None
    return DocumentLink(
        href=f"../../{document_path(doc)}",
        title=doc.meta.title.text,
        date=show_date(doc.meta.date.iso),
    )


def fields(doc: Document) -> list[tuple[str, str]]:
    """The header's metadata list, in the order a reader looks for them."""
    meta = doc.meta
    date = show_date(meta.date.iso)
    if meta.date.printed != date:
        date += f" (printed “{meta.date.printed}”)"
    rows = [("Date", date), ("Type", meta.type.value or "")]
    own = [m.printed for m in meta.markings if m.at.line is None]
    if own or meta.classification:
        shown = dict.fromkeys(own or [meta.classification.printed if meta.classification else ""])
        rows.append(("Classification", "; ".join(shown)))
    if meta.references:
        shown = dict.fromkeys(r.printed for r in meta.references)  # once each, in order
        rows.append(("Reference numbers", "; ".join(shown)))
    if meta.issuing_body:
        rows.append(("From", meta.issuing_body.value or meta.issuing_body.printed))
    for signer in meta.signatories:
        rows.append(("Signed", ", ".join(x for x in (signer.name, signer.role) if x)))
    if meta.addressees:
        rows.append(("To", "; ".join(addressed(a.printed) for a in meta.addressees)))
    for dist in meta.distribution:
        rows.append(("Distribution", recipients(dist)))
    return rows


def addressed(printed: str) -> str:
    """An addressee as the row labelled "To" shows it: without the word "To" it opens
    with ("To the CPSU Central Committee" -> "the CPSU Central Committee"), which the label
    says once for all; the text keeps it, as printed."""
    return _TO.sub("", printed, count=1) or printed


_TO = re.compile(r"^(?:To|TO)\b:?\s*")


def recipients(dist: Distribution) -> str:
    """A distribution list's names, each group with the scope it is sent: "Brezhnev,
    Suslov (all); Andropov (point 2)"."""
    scopes = {s.name: s.scope for s in dist.scopes}
    if not scopes:
        return ", ".join(dist.names)
    groups: list[tuple[str | None, list[str]]] = []
    for name in dist.names:
        scope = scopes.get(name)
        if groups and groups[-1][0] == scope:
            groups[-1][1].append(name)
        else:
            groups.append((scope, [name]))
    return "; ".join(", ".join(names) + (f" ({scope})" if scope else "") for scope, names in groups)


def archive_type(meta: Metadata) -> bool:
    """Whether the type is the one the archive gives (a capture's "Type" field), not one
    read from the text: from a line of its own, never the title's."""
    title = meta.title.printed
    return meta.type.at.line is not None and (title is None or title.at != meta.type.at)


def source_fields(doc: Document) -> list[tuple[str, str]]:
    meta = doc.meta
    rows: list[tuple[str, str]] = []
    if archive_type(meta):
        rows.append(("Type, as the archive gives it", meta.type.printed))
    archive = [m.printed for m in meta.markings if m.at.line is not None]
    if archive:
        rows.append(("Classification, as the archive gives it", "; ".join(archive)))
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
