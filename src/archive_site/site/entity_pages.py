"""Views of the cross-linked archive: a page per entity, the indexes, and the
panels of a document page (who and what it mentions, related documents)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..archive.catalog import Catalog
from ..archive.mentions import Mention, Snippets
from ..archive.related import Related
from ..load.entities import ENTITY_KINDS, FOLDERS, KIND, Entity
from ..model import Document
from ..runtime.scripts import data_script
from .formats import show_date
from .pages import EntityPage, Frame, IndexPage, MentionsPage
from .rows import (
    EntityHeading,
    EntityLink,
    EntityView,
    ExternalLink,
    IndexEntry,
    KindGroup,
    LetterRow,
    Link,
    MentionedEntity,
    MentionGroup,
    MentionRow,
    NumberedPage,
    RelatedDocument,
    YearRow,
)

KIND_TITLES = {kind.name: kind.title for kind in ENTITY_KINDS}
INDEXED = tuple(kind.name for kind in ENTITY_KINDS if kind.indexed)
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


PER_PAGE = 200  # mentions on a page, and entries on an index page, at most
YEAR_ROOT = "../../../"  # from an entity's page of mentions to the top of the site


def year_of(doc: Document) -> str:
    """The year under which an entity's page lists a document's mentions."""
    return doc.meta.date.iso[:4] or "undated"


def mentions_folder(year: str, page: int) -> str:
    """The folder, inside an entity's, of its mentions in a year: one page, or numbered
    pages in date order (the first bears the year alone)."""
    return year if page == 1 else f"{year}-{page}"


def mentions_path(entity: Entity, year: str, page: int) -> str:
    return f"{FOLDERS[entity.kind]}/{entity.id}/{mentions_folder(year, page)}/index.html"


Plan = tuple[tuple[str, int, int, int], ...]  # (year, mentions, documents, pages) of each year


def plan(entity_id: str, mentioned: Sequence[tuple[Document, tuple[Mention, ...]]]) -> Plan:
    """How an entity's mentions are laid out: none when they fit its page (at most
    PER_PAGE); else, for each year, its mentions, documents and pages of PER_PAGE."""
    return plan_of(
        (doc, sum(1 for m in found if m.entity == entity_id)) for doc, found in mentioned
    )


def plan_of(counted: Iterable[tuple[Document, int]]) -> Plan:
    """An entity's plan (`plan`) from each document with the count of the entity's
    mentions in it (a document of none is passed over)."""
    counts: dict[str, list[int]] = {}
    for doc, mine in counted:
        if mine:
            tally(counts, year_of(doc), mine)
    return laid_out(counts)


def plans(catalog: Catalog) -> dict[str, Plan]:
    """Each entity's plan, as `plan` lays it out from the documents that mention it, in
    one pass over the catalog's mentions rather than one over theirs for each entity."""
    counts: dict[str, dict[str, list[int]]] = {}
    for doc in catalog.documents:
        found = catalog.mentions.get(doc.id, ())
        if not found:
            continue
        year = year_of(doc)
        for entity_id, mine in Counter(m.entity for m in found).items():
            tally(counts.setdefault(entity_id, {}), year, mine)
    return {e.id: laid_out(counts.get(e.id, {})) for e in catalog.curated.entities}


def tally(counts: dict[str, list[int]], year: str, mine: int) -> None:
    """Count a document of the year with `mine` mentions of an entity."""
    count = counts.setdefault(year, [0, 0])
    count[0] += mine
    count[1] += 1


def laid_out(counts: dict[str, list[int]]) -> Plan:
    """The plan of an entity's mentions and documents in each year."""
    if sum(n for n, _ in counts.values()) <= PER_PAGE:
        return ()
    return tuple((y, n, d, -(-n // PER_PAGE)) for y, (n, d) in counts.items())


def paged(entity: Entity, layout: Plan) -> list[str]:
    """The paths of an entity's pages: its own, then its pages of mentions."""
    return [entity_path(entity)] + [
        mentions_path(entity, year, page)
        for year, _, _, pages in layout
        for page in range(1, pages + 1)
    ]


def paged_addresses(catalog: Catalog) -> dict[str, str]:
    """The pages a large archive adds, each with its title: an entity's pages of mentions
    by year (where it has more than PER_PAGE) and an index's pages by letter (where a kind
    has more than PER_PAGE entities). The anchor register holds their paths too."""
    layouts = plans(catalog)
    out: dict[str, str] = {}
    for entity in catalog.curated.entities:
        for year, _, _, pages in layouts[entity.id]:
            for page in range(1, pages + 1):
                title = mentions_title(entity, year, page, pages)[1]
                out[mentions_path(entity, year, page)] = title
    for kind in INDEXED:
        items = [e for e in catalog.curated.entities if e.kind == kind]
        if len(items) <= PER_PAGE:
            continue
        counts = Counter(letter_of(e) for e in items)
        for letter, count in counts.items():
            for page in range(1, -(-count // PER_PAGE) + 1):
                title = letter_title(kind, letter_label(letter, page))
                out[f"{FOLDERS[kind]}/{letter_page(letter, page)}"] = title
    return dict(sorted(out.items()))


def mentions_title(entity: Entity, year: str, page: int, pages: int) -> tuple[str, str]:
    """The label and the title of an entity's `page`-th page of mentions in a year."""
    label = year if pages == 1 else f"{year}, page {page} of {pages}"
    return label, f"{entity.name}: mentions in {label}"


def letter_title(kind: str, label: str) -> str:
    """The title of an index's page of a letter (`label`: see letter_label)."""
    return f"{KIND_TITLES[kind]}: {label}"


def link_target(entity: Entity, timeline: Mapping[str, str] | None = None) -> str:
    """Where a mention links: an event's timeline entry (on its page of the `timeline`,
    by event, where the timeline has pages by year), anything else its own page."""
    if KIND[entity.kind].dated:
        page = (timeline or {}).get(entity.id, "timeline/index.html")
        return f"{page}#event-{entity.id}"
    return entity_path(entity)


def document_path(doc: Document) -> str:
    return f"documents/{doc.id}/index.html"


CARDS = "assets/cards.js"  # what the card a mention opens says (reader.js)


def cards(
    catalog: Catalog, timeline: Mapping[str, str] | None = None
) -> dict[str, dict[str, str | None]]:
    """Each mentioned entity's card, by the names of its fields: name, dates, description,
    what is uncertain, and the address of its page from the site's root (an event's, of
    its entry on the `timeline`: link_target)."""
    mentioned = {m.entity for found in catalog.mentions.values() for m in found}
    return {
        e.id: {
            "name": e.name,
            "dates": e.dates or e.date,
            "description": e.description,
            "uncertain": e.uncertain,
            "href": link_target(e, timeline),
        }
        for e in catalog.curated.entities
        if e.id in mentioned
    }


def cards_script(data: dict[str, dict[str, str | None]]) -> str:
    comment = "The cards of the names and terms the texts mention; written by the build."
    return data_script(comment, "window.archiveCards = {};", data)


def short(entity: Entity) -> str:
    """The first sentence of a description, for lists and accessible descriptions."""
    first = entity.description.split(". ")[0].rstrip(".")
    return first + "."


def sort_key(entity: Entity) -> tuple[str, str]:
    """People by surname (the last word of their last alias), the rest by name."""
    if KIND[entity.kind].by_surname and entity.aliases:
        return entity.aliases[-1].split()[-1].casefold(), entity.name.casefold()
    return entity.name.casefold().removeprefix("the "), entity.id


def mention_view(
    m: Mention, docs: dict[str, Document], root: str, snippets: Snippets, nth: tuple[int, int]
) -> MentionRow:
    """A mention as a list shows it; `nth`: which of its block's it is, and of how many
    (in_block), said where the block has more than one."""
    doc = docs[m.document]
    place = f"¶ {m.number}" if m.number else m.block.replace("-", " ")
    if nth[1] > 1:
        place += f", mention {nth[0]} of {nth[1]}"
    return MentionRow(
        document=doc.meta.title.text,
        date=show_date(doc.meta.date.iso),
        place=place,
        snippet=snippets.of(m, doc),
        href=f"{root}{document_path(doc)}#{m.block}",
    )


def in_block(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """For each of `mentions` (of one entity), which of that entity's mentions in its
    block it is, from 1, and how many the block has: a paragraph that names it five times
    is listed five times. Counted once for a year's mentions, whose pages each show a
    slice of them (a block cut by a page's edge reads on from the page before)."""
    keys = [(m.document, m.block) for m in mentions]
    totals = Counter(keys)
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for key in keys:
        seen[key] += 1
        out.append((seen[key], totals[key]))
    return out


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
    base: Frame,
    timeline: Mapping[str, str] | None = None,
) -> EntityPage:
    """An entity's page, from the entities by id and each document that mentions it with
    that document's mentions (of every entity), in the catalog's order; the events it
    names linked to their pages of the `timeline` (link_target)."""
    root = "../../"
    docs = {doc.id: doc for doc, _ in mentioned}
    own: list[Mention] = []
    counted: list[tuple[Document, int]] = []  # each document with its count of them
    together: Counter[str] = Counter()  # each other entity, once for each block shared
    for doc, found in mentioned:
        mine = [m for m in found if m.entity == entity.id]
        own += mine
        counted.append((doc, len(mine)))
        places = {m.block for m in mine}
        together.update(e for _, e in {(m.block, m.entity) for m in found if m.block in places})
    del together[entity.id]
    layout = plan_of(counted)  # as plan(entity.id, mentioned), from the same reading
    listed = own if not layout else []  # a large entity's mentions are on pages of their own
    return EntityPage(
        replace(base, root=root, page_title=entity.name, description=entity.description),
        entity=EntityView(
            id=entity.id,
            name=entity.name,
            kind=KIND_TITLES[entity.kind],
            index=kind_index(entity, root),
            dates=entity.dates,
            date=show_date(entity.date) if entity.date else None,
            date_iso=entity.date,
            description=entity.description,
            uncertain=entity.uncertain,
            wikidata=entity.wikidata,
            # context only while no document names it: a later document may
            context_only=entity.context_only and not own,
            forms=list(dict.fromkeys(" ".join(m.text.split()) for m in own)),
            count=len(own),
            documents=len(docs),
            split=any(pages > 1 for *_, pages in layout),
            per_page=PER_PAGE,
        ),
        documents=mention_groups(listed, in_block(listed), docs, root, Snippets()),
        together=[
            EntityLink(entities[e].name, f"{root}{link_target(entities[e], timeline)}", n)
            for e, n in sorted(together.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
        ],
        years=[
            YearRow(
                year=year,
                mentions=n,
                documents=d,
                pages=[
                    NumberedPage(
                        page, f"{mentions_folder(year, page)}/index.html", f"{year}, page {page}"
                    )
                    for page in range(1, pages + 1)
                ],
            )
            for year, n, d, pages in layout
        ],
    )


def kind_index(entity: Entity, root: str) -> str:
    """Where the breadcrumb of an entity's pages leads: its kind's index, or the timeline."""
    if entity.kind in INDEXED:
        return f"{root}{FOLDERS[entity.kind]}/index.html"
    return f"{root}timeline/index.html"


def mentions_context(
    entity: Entity,
    layout: Plan,
    year: str,
    page: int,
    mentioned: Sequence[tuple[Document, tuple[Mention, ...]]],
    base: Frame,
    snippets: Snippets | None = None,
    own: Sequence[Mention] | None = None,
    nths: Sequence[tuple[int, int]] | None = None,
) -> MentionsPage:
    """One page of an entity's mentions in a year: the year's `page`-th PER_PAGE of them
    in date order, from each document of that year that mentions it with its mentions.
    The pages of one year may share their `snippets`, the year's mentions of the entity
    (`own`) and which of its block's each is (`nths`, in_block(own)), so that a year of
    many pages reads its lines and counts its blocks once."""
    root = YEAR_ROOT
    docs = {doc.id: doc for doc, _ in mentioned}
    if own is None:
        own = [m for _, found in mentioned for m in found if m.entity == entity.id]
    if nths is None:
        nths = in_block(own)
    start = (page - 1) * PER_PAGE
    shown = own[start : start + PER_PAGE]
    shown_nths = nths[start : start + len(shown)]
    places = [(y, p) for y, _, _, pages in layout for p in range(1, pages + 1)]
    here = places.index((year, page))
    pages = next(pages for y, _, _, pages in layout if y == year)

    def link(place: int) -> Link | None:
        if not 0 <= place < len(places):
            return None
        y, p = places[place]
        label = y if p == 1 and (y, 2) not in places else f"{y}, page {p}"
        return Link(f"../{mentions_folder(y, p)}/index.html", label)

    label, title = mentions_title(entity, year, page, pages)
    first = (page - 1) * PER_PAGE + 1
    return MentionsPage(
        replace(base, root=root, page_title=title, description=short(entity)),
        entity=EntityHeading(
            name=entity.name,
            href="../index.html",
            kind=KIND_TITLES[entity.kind],
            index=kind_index(entity, root),
        ),
        year=year,
        label=label,
        first=first,
        last=first + len(shown) - 1,
        total=len(own),
        previous=link(here - 1),
        next=link(here + 1),
        documents=mention_groups(shown, shown_nths, docs, root, snippets or Snippets()),
    )


def index_entry(e: Entity, mentions: dict[str, list[Mention]]) -> IndexEntry:
    return IndexEntry(
        name=e.name,
        href=f"{e.id}/index.html",
        summary=short(e),
        count=len(mentions.get(e.id, [])),
        documents=len({m.document for m in mentions.get(e.id, [])}),
        context_only=e.context_only and e.id not in mentions,
    )


def letter_of(entity: Entity) -> str:
    """The letter an index files an entity under (of its sort key), without accents; "#"
    for anything but a Latin letter."""
    first = unicodedata.normalize("NFKD", sort_key(entity)[0][:1])[:1].upper()
    return first if "A" <= first <= "Z" else "#"


def letter_page(letter: str, page: int) -> str:
    """A letter's page of an index, beside the index (so at its depth)."""
    name = "other" if letter == "#" else letter.lower()
    return f"letter-{name}.html" if page == 1 else f"letter-{name}-{page}.html"


def letter_label(letter: str, page: int) -> str:
    return letter if page == 1 else f"{letter} ({page})"


def index_pages(
    kind: str, catalog: Catalog, mentions: dict[str, list[Mention]], base: Frame
) -> list[tuple[str, IndexPage]]:
    """An index (people, places, ...): one page of its entries while they are at most
    PER_PAGE; else a page of letters, and a page of entries for each letter (numbered
    pages of PER_PAGE where a letter has more). Paths from the index's folder."""
    items = sorted((e for e in catalog.curated.entities if e.kind == kind), key=sort_key)
    frame = replace(base, root="../", page_title=KIND_TITLES[kind])
    by_surname = KIND[kind].by_surname
    if len(items) <= PER_PAGE:
        entries = [index_entry(e, mentions) for e in items]
        index = IndexPage(frame, kind=kind, entries=entries, by_surname=by_surname)
        return [("index.html", index)]
    by_letter: dict[str, list[Entity]] = {}
    for e in items:
        by_letter.setdefault(letter_of(e), []).append(e)
    letters = [
        LetterRow(
            letter=letter,
            count=len(found),
            pages=[
                NumberedPage(n, letter_page(letter, n), letter_label(letter, n))
                for n in range(1, -(-len(found) // PER_PAGE) + 1)
            ],
        )
        for letter, found in sorted(by_letter.items(), key=lambda kv: (kv[0] == "#", kv[0]))
    ]
    index = IndexPage(frame, kind=kind, entries=[], letters=letters, by_surname=by_surname)
    out = [("index.html", index)]
    pages = [(row.letter, page) for row in letters for page in row.pages]

    def link(at: int) -> Link | None:
        return Link(pages[at][1].href, pages[at][1].label) if 0 <= at < len(pages) else None

    for at, (letter, page) in enumerate(pages):
        n = page.number
        shown = by_letter[letter][(n - 1) * PER_PAGE : n * PER_PAGE]
        view = IndexPage(
            replace(frame, page_title=letter_title(kind, page.label)),
            kind=kind,
            entries=[index_entry(e, mentions) for e in shown],
            letters=letters,
            letter=page.label,
            by_surname=by_surname,
            previous=link(at - 1),
            next=link(at + 1),
        )
        out.append((page.href, view))
    return out


def in_this_document(
    doc: Document, catalog: Catalog, root: str, timeline: Mapping[str, str] | None = None
) -> list[KindGroup]:
    """Who and what a document mentions, by kind, with counts and short descriptions (an
    event linked to its entry on the `timeline`: link_target)."""
    entities = catalog.curated.by_id()
    counts = Counter(m.entity for m in catalog.mentions.get(doc.id, ()))
    out = []
    for kind in KIND_TITLES:
        items = sorted((entities[e] for e in counts if entities[e].kind == kind), key=sort_key)
        if items:
            entries = [
                MentionedEntity(
                    e.id, e.name, f"{root}{link_target(e, timeline)}", counts[e.id], short(e)
                )
                for e in items
            ]
            out.append(KindGroup(KIND_TITLES[kind], entries))
    return out


def related_documents(
    doc: Document,
    docs: dict[str, Document],
    entities: dict[str, Entity],
    root: str,
    relations: dict[str, tuple[Related, ...]],
) -> list[RelatedDocument]:
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
            RelatedDocument(
                href=f"{root}{document_path(other)}",
                title=other.meta.title.text,
                date=show_date(other.meta.date.iso),
                reason="; ".join(reasons),
            )
        )
    return out


def external(doc: Document, catalog: Catalog) -> list[ExternalLink]:
    return [
        ExternalLink(url=r.url, title=r.title, note=r.note)
        for r in catalog.curated.relations
        if r.document == doc.id
    ]


def mention_groups(
    mentions: Sequence[Mention],
    nths: Sequence[tuple[int, int]],
    docs: dict[str, Document],
    root: str,
    snippets: Snippets,
) -> list[MentionGroup]:
    """Mentions by document, as the mention lists show them: the document's date, title
    and page, then its mentions (each saying which of its block's it is: `nths`)."""
    by_document: dict[str, list[MentionRow]] = {}
    for m, nth in zip(mentions, nths, strict=True):
        by_document.setdefault(m.document, []).append(mention_view(m, docs, root, snippets, nth))
    return [
        MentionGroup(
            href=f"{root}{document_path(docs[d])}",
            title=docs[d].meta.title.text,
            date=show_date(docs[d].meta.date.iso),
            mentions=views,
        )
        for d, views in by_document.items()
    ]
