"""The archive's data model: documents, their metadata, blocks and inline spans.

Frozen dataclasses only, no I/O. Every printed value keeps where it came from: a seed
line (`line`) or the block it was read out of (`block`), so that each word of a seed can
be traced to the record and the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from .pickling import pickled_by_fields


class SpanKind(StrEnum):
    """What an editorial insertion (a bracket in the seed) is."""

    SIC = "sic"  # [sic]: so in the original
    SUPPLIED = "supplied"  # [Aleksandr]: a name supplied by the editor
    ABBREVIATION = "abbreviation"  # [PCF]: an abbreviation given for a spelled-out name
    GLOSS = "gloss"  # [détente]: the translator's gloss of a term
    PAGE = "page"  # [page three]: where a page of the original begins
    SIGNATURE = "signature"  # [signature]: a handwritten signature
    MARGIN = "margin"  # [Along left-hand margin]: where a marginal note stands
    ORIGINAL = "original"  # [Resolution: Agreed]: what the original sheet bears beside the text
    SUMMARY = "summary"  # [There followed ...]: the editor summarises omitted text
    REFERENCE = "reference"  # [R 19 May 1977, Pb 56-68]: an archival reference
    FOOTNOTE = "footnote"  # [1]: a note's marker in the text, or its number at the note
    ILLEGIBLE = "illegible"  # [illegible]: words of the original that cannot be read
    NOTE = "note"  # any other bracket: kept as a generic editorial note


class BlockType(StrEnum):
    """What a block of a document is, in the layout of the original."""

    CATALOGUE = "catalogue"  # the archive's catalogue heading or entry above a translation
    SLOGAN = "slogan"
    LETTERHEAD = "letterhead"
    CLASSIFICATION = "classification"  # a security stamp: "Top secret"
    REFERENCE = "reference"  # a registry number standing alone: "No P46/X"
    DISTRIBUTION = "distribution"  # "To: comrades Brezhnev, Podgorny, ..."
    ADDRESSEE = "addressee"
    CITY_LIST = "city_list"  # the address list of a telegram, in columns
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTATION = "quotation"  # holds paragraphs
    ASIDE = "aside"  # "(For the Soviet Ambassador: ...)"
    MARGINAL_NOTE = "marginal_note"
    ANNOTATION = "annotation"  # "[Stamp: ...]" standing alone: what the original sheet bears
    PAGE_MARKER = "page_marker"  # a page marker standing alone between paragraphs
    EDITORIAL_SUMMARY = "editorial_summary"
    SIGNATURE = "signature"
    DATELINE = "dateline"  # "25 October 1976 No 25-S-2025" under a signature
    CONVENTIONS = "conventions"  # the translator's list of conventions
    CREDIT = "credit"  # "Translation, John Crowfoot"
    FOOTNOTE = "footnote"  # "[1] The note's text", under the text its marker stands in


#: Block types whose lines are kept as printed rather than joined into one paragraph.
LINED_BLOCKS = frozenset(
    {
        BlockType.LETTERHEAD,
        BlockType.ADDRESSEE,
        BlockType.SIGNATURE,
        BlockType.MARGINAL_NOTE,
        BlockType.ANNOTATION,
        BlockType.CITY_LIST,
        BlockType.CONVENTIONS,
    }
)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Text:
    """The document's own words."""

    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Editorial:
    """An editor's or translator's insertion, printed in square brackets."""

    kind: SpanKind
    text: str  # what stands inside the brackets
    anchor: str | None = None  # page markers only: "page-3"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Elision:
    """An ellipsis marking words left out of the original."""

    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Rule:
    """A ruled line printed in the original, e.g. a blank to be filled in."""

    text: str


Span = Text | Editorial | Elision | Rule
Line = tuple[Span, ...]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Block:
    """One block of a document. `lines` holds one joined line for a paragraph,
    or the printed lines of a line-structured block (letterhead, signature...)."""

    type: BlockType
    id: str
    line: int  # the seed line it starts on
    lines: tuple[Line, ...] = ()
    children: tuple[Block, ...] = ()  # a quotation's paragraphs

    @property
    def spans(self) -> Line:
        return tuple(span for line in self.lines for span in line)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Part:
    """The covering document (`main`) or a document it carries (an attachment)."""

    kind: str  # "main" or "attachment"
    id: str
    blocks: tuple[Block, ...]
    type: str | None = None  # what an attachment is: "telegram", "instruction"...


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Source:
    """Where a metadata value is printed: its own seed line, or a block."""

    line: int | None = None
    block: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Printed:
    """A metadata value as printed, with its normalized form where one applies."""

    printed: str
    value: str | None = None
    at: Source = field(default_factory=Source)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Title:
    """The title shown; `editorial` where the editor wrote it, keeping any printed one."""

    text: str
    editorial: bool
    printed: Printed | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocDate:
    iso: str  # YYYY-MM-DD
    printed: str
    at: Source = field(default_factory=Source)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Reference:
    printed: str
    kind: str  # "registry", "protocol", "archive"
    at: Source = field(default_factory=Source)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Signatory:
    role: str | None
    name: str | None
    at: Source = field(default_factory=Source)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Scope:
    """What part of a document one recipient of a distribution list is sent: "all",
    "point 2"."""

    name: str
    scope: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Distribution:
    printed: str
    names: tuple[str, ...]
    at: Source = field(default_factory=Source)
    scopes: tuple[Scope, ...] = ()  # where the list gives each recipient a scope


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ArchivalSource:
    printed: str
    repository: str | None
    fond: str | None = None
    opis: str | None = None  # printed as "Perechen" or "Opis"
    delo: str | None = None
    dokument: str | None = None
    at: Source = field(default_factory=Source)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Provenance:
    collection: str | None = None
    publisher: str | None = None
    record_id: Printed | None = None
    uploaded: Printed | None = None
    note: str | None = None  # the editor's word on how sure the provenance is


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Prose:
    """Running text of one or more paragraphs, e.g. a rights statement or a summary."""

    paragraphs: tuple[str, ...]
    by: str  # "archive" where the seed prints it, "editor" where the editor wrote it
    at: Source = field(default_factory=Source)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Language:
    code: str  # BCP 47 code of the text as published: "en"
    original: str | None = None  # language of the original document
    printed: Printed | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ArchiveField:
    """A labelled field of the archive's own description of a document (a web capture's
    "Document Information"), kept as printed: `kind` names what it is ("subjects",
    "people"...), None for a label the parser does not know."""

    label: str
    kind: str | None
    values: tuple[Printed, ...]
    at: Source = field(default_factory=Source)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Removed:
    """A seed line that is not part of the document: site chrome or a field label."""

    line: int
    text: str
    reason: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class EditorialNote:
    """An editor's note on a passage, e.g. on a printed error."""

    at: str  # a block id
    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Citing:
    """What the editor adds for citations alone: a short title (MLA's in-text form), the
    title in sentence case (APA's), and whether the collection named is the editor's
    attribution rather than one the source prints."""

    short_title: str | None = None
    sentence_case_title: str | None = None
    collection_attributed: bool = False


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Metadata:
    title: Title
    date: DocDate
    type: Printed
    classification: Printed | None
    references: tuple[Reference, ...]
    issuing_body: Printed | None
    signatories: tuple[Signatory, ...]
    addressees: tuple[Printed, ...]
    distribution: tuple[Distribution, ...]
    archival_source: ArchivalSource | None
    translator: Printed | None
    provenance: Provenance
    rights: Prose | None
    summary: tuple[Prose, ...]  # the archive's, then the editor's
    language: Language
    author: str | None = None  # the editor's form of the author, for citations
    citing: Citing = field(default_factory=Citing)
    # every classification or handling marking the covering document bears, normalised:
    # "secret", "top-secret", "special-file"... (`classification` is the highest of them)
    markings: tuple[Printed, ...] = ()
    archive_fields: tuple[ArchiveField, ...] = ()  # the archive's other labelled fields


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Document:
    id: str
    seed: str  # the seed's file name
    shape: str  # "web-capture", "translation", or "generic" (of neither shape)
    meta: Metadata
    parts: tuple[Part, ...]
    removed: tuple[Removed, ...] = ()
    notes: tuple[EditorialNote, ...] = ()
    editorial_fields: tuple[str, ...] = ()  # what the editor's file supplied

    def blocks(self) -> tuple[Block, ...]:
        """Every block in reading order, a quotation followed by its paragraphs."""
        out: list[Block] = []
        for part in self.parts:
            for block in part.blocks:
                out.append(block)
                out.extend(block.children)
        return tuple(out)


NUMBERED = frozenset({BlockType.PARAGRAPH, BlockType.ASIDE})


def paragraph_numbers(doc: Document) -> dict[str, int]:
    """The numbers a reader cites blocks by, in reading order: 1, 2... for paragraphs and
    asides. A block keeps its id for good; its number is its place in the text now, so the
    two part when a paragraph is added, split or withdrawn after publication."""
    numbered = (block.id for block in doc.blocks() if block.type in NUMBERED)
    return {block_id: n for n, block_id in enumerate(numbered, start=1)}


def footnotes(
    blocks: Iterable[Block],
) -> tuple[dict[str, Block], dict[str, tuple[Block, Editorial]]]:
    """By the number each is printed with: the notes under the text, and the first marker
    in the text that refers to each number, with the block it stands in."""
    notes: dict[str, Block] = {}
    markers: dict[str, tuple[Block, Editorial]] = {}
    for block in blocks:
        for span in block.spans:
            if isinstance(span, Editorial) and span.kind is SpanKind.FOOTNOTE:
                number = span.text.strip()
                if block.type is BlockType.FOOTNOTE:
                    notes.setdefault(number, block)
                else:
                    markers.setdefault(number, (block, span))
    return notes, markers


def span_text(span: Span) -> str:
    """A span as the seed prints it."""
    if isinstance(span, Editorial):
        return f"[{span.text}]"
    return span.text


def line_text(line: Line) -> str:
    return "".join(span_text(span) for span in line)


def block_text(block: Block) -> str:
    """A block's words as printed, lines separated by newlines; quotations by paragraph."""
    if block.children:
        return "\n".join(block_text(child) for child in block.children)
    return "\n".join(line_text(line) for line in block.lines)
