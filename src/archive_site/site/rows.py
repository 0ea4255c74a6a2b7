"""The rows inside pages: a document in a list, a mention, a link, a block of a document's
text. Each is a small frozen dataclass whose fields are what a template reads of it, so
that mypy checks the views that fill them and a test checks the templates that read them
(tests/test_template_fields.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ..pickling import pickled_by_fields


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Link:
    """A link named by its label: a file to download, another page of mentions."""

    href: str
    label: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Download:
    """The zip of the whole site, with its size, as the home and About pages offer it."""

    href: str
    size: str
    parts: list[DownloadPart]  # where it comes in parts (none where it is one zip)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DownloadPart:
    """A part of the whole site's zip: the documents of a span of dates, with every other
    page of the site."""

    href: str
    dates: str  # "1976-10-25 to 1977-02-18"
    size: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DatasetZip:
    """A zip of the dataset, as the About page links it, with the year of its documents
    (empty where one zip holds every document)."""

    href: str
    year: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ChronologyEntry:
    """An event of the home page's chronology, linked to its document where it has one."""

    date_iso: str
    date: str
    text: str
    href: str | None
    source: str | None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document as the home page lists it: date, type, title and its last summary."""

    href: str
    title: str
    editorial_title: bool
    date_iso: str
    date: str
    type: str | None
    classification: str | None
    summary: list[str]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocumentLink:
    """A document named by its date and title: a neighbour, a related document."""

    href: str
    title: str
    date: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Summary:
    """One summary of a document: who wrote it (the archive, the editor) and its text."""

    by: str
    paragraphs: list[str]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ArchiveFieldRow:
    """One of the archive's own labelled fields, as printed, and whether the edition reads it."""

    label: str
    known: bool
    values: list[str]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line of the capture the text does not show: where it was, what, and why not."""

    line: int
    text: str
    reason: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class MentionedEntity:
    """An entity under a document's "In this document": its page, count and summary."""

    id: str
    name: str
    href: str
    count: int
    summary: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class KindGroup:
    """The entities of one kind a document mentions, under the kind's title."""

    title: str
    entries: list[MentionedEntity]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RelatedDocument:
    """A document of the archive related to another, and why."""

    href: str
    title: str
    date: str
    reason: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ExternalLink:
    """A related resource outside the archive, with the editor's note on it."""

    url: str
    title: str
    note: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Tokens:
    """The stand-ins citing.js replaces in a paragraph's or passage's citations."""

    para: str
    range: str
    url: str
    key: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class MentionRow:
    """One mention as the lists of mentions show it: its document, place and words."""

    document: str
    date: str
    place: str  # "¶ 12", or the block where it has no number; "¶ 7, mention 2 of 5"
    snippet: str
    href: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class MentionGroup:
    """An entity's mentions in one document, under the document's date and title."""

    href: str
    title: str
    date: str
    mentions: list[MentionRow]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class EntityHeading:
    """The entity a page of its mentions belongs to: its name, page and index."""

    name: str
    href: str
    kind: str  # the title of its kind: "People"
    index: str  # the address of its kind's index, or of the timeline


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class EntityView:
    """An entity as its own page shows it."""

    id: str
    name: str
    kind: str  # the title of its kind: "People"
    index: str  # the address of its kind's index, or of the timeline
    dates: str | None
    date: str | None
    date_iso: str | None
    description: str
    uncertain: str | None
    wikidata: str | None
    context_only: bool  # while no document names it
    forms: list[str]  # as the documents print it, each once, in the order first met
    count: int  # its mentions
    documents: int  # the documents that mention it
    split: bool  # a year of its mentions is on several pages
    per_page: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class EntityLink:
    """Another entity, named with how many paragraphs it shares with this one."""

    name: str
    href: str
    count: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class NumberedPage:
    """One of the numbered pages of a year's mentions or of a letter's entries."""

    number: int
    href: str
    label: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class YearRow:
    """A year of a large entity's mentions: their count, documents and pages."""

    year: str
    mentions: int
    documents: int
    pages: list[NumberedPage]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class IndexEntry:
    """An entity as its kind's index lists it."""

    name: str
    href: str
    summary: str
    count: int
    documents: int
    context_only: bool


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class LetterRow:
    """A letter of a large index: how many entries it files and its pages."""

    letter: str
    count: int
    pages: list[NumberedPage]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """An event or a document in the timeline, with the mentions of an event."""

    sort: str
    date_iso: str | None
    date: str
    kind: str  # "event" or "document"
    id: str
    title: str
    href: str
    description: str | None
    context_only: bool
    mentions: list[MentionRow]
    summary: tuple[str, ...] = ()  # a document's, on a timeline too large for one page


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class TimelineYear:
    """A year of a timeline too large for one page: its documents, its events, its pages."""

    year: str
    documents: int
    events: int
    pages: list[NumberedPage]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class MentionLink:
    """Where a mention leads: its entity's page (from the document's page) and the
    entity's id, which the mention carries (data-entity) and the cards' script reads."""

    href: str
    entity: str

    @property
    def describedby(self) -> str:
        """The id of the entity's summary under "In this document"."""
        return f"about-{self.entity}"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SpanRow:
    """A span of a line as printed: plain text, an elision or a rule."""

    kind: str  # "text", "elision", "rule"
    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class EditorialSpan:
    """An editor's or translator's bracket: marked, explained, maybe an anchor or a link."""

    sub: str  # the kind of bracket: sic, supplied, page, footnote...
    text: str
    explain: str
    anchor: str | None
    focusable: bool  # inside a mention's link, the link takes the focus
    aliases: tuple[str, ...]  # the retired anchors that now land on it
    page: str | None = None  # the page of the original it begins
    href: str | None = None  # a note's marker, and the note's way back
    inner: list[RunRow] | None = None  # a note's own runs, shown inside the brackets


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RunRow:
    """A run of spans of a line, a mention's linked to its entity."""

    link: MentionLink | None
    spans: list[SpanRow | EditorialSpan]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class BlockRow:
    """A block of a document's text: its type, anchor, number, lines and notes."""

    type: str
    id: str
    number: int | None
    url: str
    version: str  # of its text, which copied links carry
    lines: list[list[RunRow]]
    children: list[BlockRow]
    notes: list[str]
    aliases: tuple[str, ...]
    rows: list[list[list[RunRow]]] | None = None  # an address list's cells, row by row
    position: str | None = None  # where a marginal note is written


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class PartRow:
    """A part of a document (its main text, an attachment) with its blocks."""

    id: str
    kind: str
    label: str | None
    blocks: list[BlockRow]
