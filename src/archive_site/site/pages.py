"""One view model per page type: what each template is given, typed, and nothing more.
Rows inside a page (a document in a list, a mention, a citation) are plain mappings made
by the view functions; the pages themselves are these frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from ..pickling import pickled_by_fields

Context = dict[str, Any]  # a row of a page: a document in a list, a mention, a citation


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
class HomePage(Frame):
    download: Context | None  # None in the offline copy, which holds no zip of itself
    intro_html: str
    chronology: list[Context]
    documents: list[Context]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class AboutPage(Frame):
    body_html: str
    download: Context | None
    datasets: list[Context]  # the dataset's zips: one, or one for each year


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SearchPage(Frame):
    filters: list[tuple[str, str, str]]  # (name, label, by) of each filter: archive.facets


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ReadingPage(Frame):
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
    summaries: list[Context]
    source: list[tuple[str, str]]
    archive_fields: list[Context]  # the archive's own labelled fields, as printed
    provenance_note: str | None
    rights: list[str]
    removed: list[Context]
    parts: list[Context]
    in_this_document: list[Context]
    related: list[Context]
    external: list[Context]
    citations: list[Any]
    citation_files: list[Context]  # RIS, CSL-JSON and BibTeX, for reference managers
    meta_tags: list[tuple[str, str, str]]
    json_ld: str
    exports: list[Context]
    paragraph_citations: list[Any]
    passage_citations: list[Any]
    url: str | None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocumentPage(Frame):
    doc: DocumentView
    tokens: dict[str, str]  # the stand-ins citing.js replaces in paragraph citations
    previous: Context | None
    next: Context | None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class EntityPage(Frame):
    entity: Context
    documents: list[Context]  # with their mentions; none where they are by year (`years`)
    together: list[Context]
    years: list[Context]  # where the mentions are too many for one page: each year's pages


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class MentionsPage(Frame):
    """One page of a large entity's mentions: those of a year, or a part of them."""

    entity: Context
    year: str
    label: str  # the year, and which of its pages this is where it has several
    first: int  # the places of the first and last mention shown among the year's
    last: int
    total: int  # the year's mentions
    previous: Context | None  # the entity's pages of mentions before and after
    next: Context | None
    documents: list[Context]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class IndexPage(Frame):
    kind: str
    entries: list[Context]
    letters: list[Context] | None = None  # where the entries are by letter: each letter's pages
    letter: str | None = None  # the letter (and page) of a letter's page
    by_surname: bool = False  # its entries are in the order of their last names


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class TimelinePage(Frame):
    entries: list[Context]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RedirectPage:
    root: str
    target: str
    title: str
    language: str


View = Frame | RedirectPage


def context(view: View | DocumentView) -> dict[str, Any]:
    """A view as a template's variables: its fields, one level deep."""
    return {f.name: getattr(view, f.name) for f in fields(view)}
