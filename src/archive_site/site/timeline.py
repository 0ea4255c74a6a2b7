"""The timeline: every dated event and every document, in date order. While they are at
most PER_PAGE it is one page; else its page lists the years, and each year's entries are
on a page of their own, on numbered pages of PER_PAGE in date order where a year has more
(as an entity's mentions are: `mentions_folder`), so that an entry keeps its page as
entries of later dates are added. Undated entries have a page of their own, last."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from ..archive.catalog import Catalog
from ..archive.mentions import Mention, Snippets
from ..load.entities import KIND, Entity
from ..model import Document
from ..pickling import pickled_by_fields
from .entity_pages import (
    PER_PAGE,
    document_path,
    entity_path,
    in_block,
    mention_view,
    mentions_folder,
)
from .formats import show_date
from .pages import Frame, TimelinePage, TimelineYearPage, View
from .rows import Link, MentionRow, NumberedPage, TimelineEntry, TimelineYear

TIMELINE = "timeline/index.html"
UNDATED = "undated"  # the folder of the entries with no date
YEAR_ROOT = "../../"  # from a page of a year to the top of the site

Key = tuple[str, bool, str]  # (date, not a document, entry id): the timeline's order
Item = Entity | Document


def event_id(entity: Entity) -> str:
    return f"event-{entity.id}"


def document_id(doc: Document) -> str:
    return f"document-{doc.id}"


def ordered(catalog: Catalog) -> list[tuple[Key, Item]]:
    """Every entry of the timeline with its place in the order: the events of a date
    after its documents."""
    items: list[tuple[Key, Item]] = [
        ((e.date or "", True, event_id(e)), e)
        for e in catalog.curated.entities
        if KIND[e.kind].dated
    ]
    items += [((doc.meta.date.iso, False, document_id(doc)), doc) for doc in catalog.documents]
    items.sort(key=lambda kv: kv[0])
    return items


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Sheet:
    """A page of a large timeline: a year's entries, or its `page`-th PER_PAGE of them."""

    year: str
    page: int
    pages: int  # the year's
    first: int  # the place among the year's of the first entry shown
    total: int  # the year's entries
    items: tuple[tuple[Key, Item], ...]

    @property
    def folder(self) -> str:
        return mentions_folder(self.year, self.page)

    @property
    def path(self) -> str:
        return f"timeline/{self.folder}/index.html"

    @property
    def label(self) -> str:
        year = "Undated" if self.year == UNDATED else self.year
        return year if self.pages == 1 else f"{year}, page {self.page} of {self.pages}"

    @property
    def title(self) -> str:
        return f"Timeline: {self.label}"


def year_of(key: Key) -> str:
    return key[0][:4] or UNDATED


def sheets(catalog: Catalog) -> list[Sheet]:
    """The pages of the timeline's years, in order (none while it fits one page)."""
    items = ordered(catalog)
    if len(items) <= PER_PAGE:
        return []
    by_year: dict[str, list[tuple[Key, Item]]] = {}
    for item in items:
        by_year.setdefault(year_of(item[0]), []).append(item)
    out = []
    for year in sorted(by_year, key=lambda y: (y == UNDATED, y)):
        found = by_year[year]
        pages = -(-len(found) // PER_PAGE)
        for page in range(1, pages + 1):
            shown = tuple(found[(page - 1) * PER_PAGE : page * PER_PAGE])
            out.append(Sheet(year, page, pages, (page - 1) * PER_PAGE + 1, len(found), shown))
    return out


def event_places(catalog: Catalog) -> dict[str, str]:
    """The page of the timeline of each event, by its id (where the timeline has pages
    by year; else none, and every event is on the timeline's one page)."""
    return {
        item.id: sheet.path
        for sheet in sheets(catalog)
        for _, item in sheet.items
        if isinstance(item, Entity)
    }


def addresses(catalog: Catalog) -> dict[str, str]:
    """The pages a large timeline adds, each with its title: the anchor register holds
    their paths too."""
    return {sheet.path: sheet.title for sheet in sheets(catalog)}


def years(laid: list[Sheet], root: str) -> tuple[TimelineYear, ...]:
    """Each year of a large timeline, with its counts of documents and events and the
    addresses of its pages from `root` (the timeline's folder, or the top of the site)."""
    out: list[TimelineYear] = []
    for sheet in laid:
        if sheet.page == 1:
            out.append(TimelineYear(sheet.year, 0, 0, []))
        row = out[-1]
        documents = sum(1 for _, item in sheet.items if isinstance(item, Document))
        page = NumberedPage(sheet.page, f"{root}{sheet.folder}/index.html", sheet.label)
        out[-1] = replace(
            row,
            documents=row.documents + documents,
            events=row.events + len(sheet.items) - documents,
            pages=[*row.pages, page],
        )
    return tuple(out)


def entry(
    key: Key,
    item: Item,
    root: str,
    mentions: dict[str, list[Mention]],
    docs: dict[str, Document],
    snippets: Snippets | None,
) -> TimelineEntry:
    """An entry of the timeline; an event with the mentions of it where `snippets` are
    given (on the one page of a small timeline; a large one's event links its page,
    which lists them), a document with its summary where they are not."""
    if isinstance(item, Entity):
        return TimelineEntry(
            sort=key[0],
            date_iso=item.date,
            date=show_date(item.date or ""),
            kind="event",
            id=key[2],
            title=item.name,
            href=f"{root}{entity_path(item)}",
            description=item.description,
            context_only=item.context_only and item.id not in mentions,
            mentions=event_mentions(mentions.get(item.id, []), docs, root, snippets),
        )
    return TimelineEntry(
        sort=key[0],
        date_iso=item.meta.date.iso,
        date=show_date(item.meta.date.iso),
        kind="document",
        id=key[2],
        title=item.meta.title.text,
        href=f"{root}{document_path(item)}",
        description=None,
        context_only=False,
        mentions=[],
        summary=() if snippets else last_summary(item),
    )


def event_mentions(
    found: list[Mention], docs: dict[str, Document], root: str, snippets: Snippets | None
) -> list[MentionRow]:
    """An event's mentions as its entry lists them, where `snippets` are given (entry)."""
    if not snippets:
        return []
    return [
        mention_view(m, docs, root, snippets, nth)
        for m, nth in zip(found, in_block(found), strict=True)
    ]


def last_summary(doc: Document) -> tuple[str, ...]:
    """The paragraph of a document's summaries that lists show (the last)."""
    return tuple([p for s in doc.meta.summary for p in s.paragraphs][-1:])


def timeline_pages(
    catalog: Catalog, mentions: dict[str, list[Mention]], base: Frame
) -> list[tuple[str, View]]:
    """The timeline's pages, each with its path from the top of the site: its one page;
    or its page of years and the pages of each year."""
    docs = {doc.id: doc for doc in catalog.documents}
    laid = sheets(catalog)
    frame = replace(base, root="../", page_title="Timeline")
    if not laid:
        snippets = Snippets()
        entries = [entry(k, item, "../", mentions, docs, snippets) for k, item in ordered(catalog)]
        return [(TIMELINE, TimelinePage(frame, entries=entries))]
    places = {s.folder: [key[2] for key, _ in s.items] for s in laid}
    data = json.dumps(places, sort_keys=True, separators=(",", ":")).replace("<", "\\u003c")
    index = TimelinePage(frame, entries=[], years=years(laid, ""), places=data)
    out: list[tuple[str, View]] = [(TIMELINE, index)]

    def link(at: int) -> Link | None:
        if not 0 <= at < len(laid):
            return None
        s = laid[at]
        return Link(f"../{s.folder}/index.html", s.label)

    for at, sheet in enumerate(laid):
        view = TimelineYearPage(
            replace(base, root=YEAR_ROOT, page_title=sheet.title),
            year=sheet.year,
            label=sheet.label,
            first=sheet.first,
            last=sheet.first + len(sheet.items) - 1,
            total=sheet.total,
            previous=link(at - 1),
            next=link(at + 1),
            entries=[entry(k, item, YEAR_ROOT, mentions, docs, None) for k, item in sheet.items],
        )
        out.append((sheet.path, view))
    return out
