"""One view model per page type: what each template is given, typed, and nothing more.
A page is its Frame (what the layout of every page needs) and its own fields; the rows
inside it (a document in a list, a mention, a link) are the frozen dataclasses of
`rows`, and its citations are `cite`'s. A page's template is named by the page type
(TEMPLATE), and a test holds each template to the fields of its page."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import ClassVar

from ..pickling import pickled_by_fields
from .cite import Formatted
from .rows import (
    ArchiveFieldRow,
    ChronologyEntry,
    DatasetZip,
    DocumentLink,
    DocumentRow,
    Download,
    EntityHeading,
    EntityLink,
    EntityView,
    ExternalLink,
    IndexEntry,
    KindGroup,
    LetterRow,
    Link,
    MentionGroup,
    PartRow,
    RelatedDocument,
    RemovedLine,
    Summary,
    TimelineEntry,
    TimelineYear,
    Tokens,
    YearRow,
)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Frame:
    """What the layout of every page needs (base.html)."""

    root: str  # from the page to the top of the site: "", "../", "../../"
    page_title: str
    site_title: str
    section: str  # the navigation entry the page belongs to
    language: str  # of the pages, from the settings
    description: str  # what search engines and link previews show of the page
    rights: str | None  # the edition's rights statement, in the footer


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Framed:
    """A page in the site's layout: its frame, then its own fields (none for the 404
    page). Its template sees the frame's fields and its own as one set of names."""

    TEMPLATE: ClassVar[str]  # the template that renders it
    frame: Frame


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class NotFoundPage(Framed):
    """The page a host shows for an address with no file."""

    TEMPLATE = "404.html"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class HomePage(Framed):
    """The home page: the introduction, the chronology and every document (or, where they
    are more than a page lists, their years, whose pages of the timeline list them)."""

    TEMPLATE = "index.html"
    download: Download | None  # None in the offline copy, which holds no zip of itself
    intro_html: str
    chronology: list[ChronologyEntry]
    documents: list[DocumentRow]
    years: tuple[TimelineYear, ...] = ()  # where the documents are listed by year


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class AboutPage(Framed):
    """The About page: the edition's own text and its downloads."""

    TEMPLATE = "about.html"
    body_html: str
    download: Download | None
    datasets: list[DatasetZip]  # the dataset's zips: one, or one for each year
    beside: bool  # whether each document's record, text and TEI lie beside its page too


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SearchPage(Framed):
    """The search page and its filters."""

    TEMPLATE = "search.html"
    filters: list[tuple[str, str, str]]  # (name, label, by) of each filter: archive.facets


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ReadingPage(Framed):
    """The reading list, which the browser fills."""

    TEMPLATE = "reading.html"
    url: str | None  # the site's public address, which printed lists and passages give


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document as its page shows it."""

    id: str
    title: str
    editorial_title: bool
    printed_title: str | None
    date_iso: str
    date: str
    fields: list[tuple[str, str]]
    summaries: list[Summary]
    source: list[tuple[str, str]]
    archive_fields: list[ArchiveFieldRow]  # the archive's own labelled fields, as printed
    provenance_note: str | None
    rights: list[str]
    no_rights: str | None  # what the edition says where the source prints no statement
    removed: list[RemovedLine]
    parts: list[PartRow]
    in_this_document: list[KindGroup]
    related: list[RelatedDocument]
    external: list[ExternalLink]
    citations: list[Formatted]
    citation_files: list[Link]  # RIS, CSL-JSON and BibTeX, for reference managers
    meta_tags: list[tuple[str, str, str]]
    json_ld: str
    exports: list[Link]
    paragraph_citations: list[Formatted]
    passage_citations: list[Formatted]
    url: str | None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocumentPage(Framed):
    """A document's page: the document, and its neighbours in date order."""

    TEMPLATE = "document.html"
    doc: DocumentView
    tokens: Tokens  # the stand-ins citing.js replaces in paragraph citations
    previous: DocumentLink | None
    next: DocumentLink | None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class EntityPage(Framed):
    """An entity's page: what it is, its mentions (or their years), who comes with it."""

    TEMPLATE = "entity.html"
    entity: EntityView
    documents: list[MentionGroup]  # with their mentions; none where they are by year (`years`)
    together: list[EntityLink]
    years: list[YearRow]  # where the mentions are too many for one page: each year's pages


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class MentionsPage(Framed):
    """One page of a large entity's mentions: those of a year, or a part of them."""

    TEMPLATE = "entity_mentions.html"

    entity: EntityHeading
    year: str
    label: str  # the year, and which of its pages this is where it has several
    first: int  # the places of the first and last mention shown among the year's
    last: int
    total: int  # the year's mentions
    previous: Link | None  # the entity's pages of mentions before and after
    next: Link | None
    documents: list[MentionGroup]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class IndexPage(Framed):
    """An index of one kind of entity, or one of its letter's pages."""

    TEMPLATE = "entity_index.html"
    kind: str
    entries: list[IndexEntry]
    letters: list[LetterRow] | None = None  # where the entries are by letter: each letter's pages
    letter: str | None = None  # the letter (and page) of a letter's page
    by_surname: bool = False  # its entries are in the order of their last names
    previous: Link | None = None  # a letter's page: the letters' pages before and after
    next: Link | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class TimelinePage(Framed):
    """The timeline: the events and the documents, in date order; or, where they are more
    than a page lists, their years, each with its pages (TimelineYearPage)."""

    TEMPLATE = "timeline.html"
    entries: list[TimelineEntry]
    years: tuple[TimelineYear, ...] = ()
    places: str = ""  # JSON: each page's folder, with the entries it holds (for old links)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class TimelineYearPage(Framed):
    """A page of a large timeline: a year's events and documents, or a part of them."""

    TEMPLATE = "timeline_year.html"
    year: str
    label: str  # the year, and which of its pages this is where it has several
    first: int  # the places of the first and last entry shown among the year's
    last: int
    total: int  # the year's entries
    previous: Link | None  # the timeline's pages before and after
    next: Link | None
    entries: list[TimelineEntry]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RedirectPage:
    """The page left at an address that moved, which sends the reader on."""

    TEMPLATE: ClassVar[str] = "redirect.html"
    root: str
    target: str
    title: str
    language: str


View = Framed | RedirectPage
PAGES: tuple[type[View], ...] = (
    NotFoundPage,
    HomePage,
    AboutPage,
    SearchPage,
    ReadingPage,
    DocumentPage,
    EntityPage,
    MentionsPage,
    IndexPage,
    TimelinePage,
    TimelineYearPage,
    RedirectPage,
)  # every type of page, each with its template


def context(view: View) -> dict[str, object]:
    """A page as its template's variables: its fields, and its frame's in place of the
    frame (one level deep: rows stay rows)."""
    out: dict[str, object] = {}
    for f in fields(view):
        value = getattr(view, f.name)
        if isinstance(value, Frame):
            out.update((g.name, getattr(value, g.name)) for g in fields(value))
        else:
            out[f.name] = value
    return out
