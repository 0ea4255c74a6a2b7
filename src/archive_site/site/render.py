"""Templates -> files in a staging folder. Rendering discovers no data: it writes what the
views hand it, plus the static assets."""

from __future__ import annotations

import functools
import shutil
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from ..archive.catalog import Catalog
from ..archive.mentions import Mention, Snippets
from ..archive.related import related
from ..load.content import Content
from ..load.entities import Entity
from ..load.settings import Settings
from ..model import Document
from ..runtime import pool
from ..runtime.outputs import Batches, Output, Values, Worked, computed
from . import cite, markup, views
from . import entity_pages as ep
from .entity_pages import CARDS, NAV, cards, cards_script, document_path
from .pages import View, context
from .views import Page


@cache
def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a build renders with the templates it started with
    )
    env.globals["site_nav"] = NAV  # the code's, like the templates: in every key's code digest
    env.globals["linked"] = markup.linked  # a line's spans and mentions, as HTML
    return env


def page_outputs(pages: list[Page], templates: Path) -> list[Output]:
    """Each page, made from its template and view."""
    env = environment(templates)

    def make(template: str, view: View) -> str:
        return env.get_template(template).render(context(view))

    return [Output(page.path, (page.template, page.view), make) for page in pages]


def document_outputs(
    shared: views.Shared, templates: Path, citer: cite.Citer, indexes: Sequence[int]
) -> Iterator[Output]:
    """Some documents' pages, each made from the document, what its page takes from the
    rest of the archive and the settings."""
    env = environment(templates)

    def make(template: str, doc: Document, near: views.PageInputs, settings: Settings) -> str:
        view = views.document_context(doc, near, settings, citer)
        return env.get_template(template).render(context(view))

    for i in indexes:
        doc = shared.catalog.documents[i]
        inputs = ("document.html", doc, views.page_inputs(shared, i), shared.config)
        yield Output(document_path(doc), inputs, make)


MENTIONS_PER_BATCH = 2000  # entity pages made by one process at a time: some 50 ms of work


def entity_batches(shared: views.Shared) -> list[list[int]]:
    """The entities' places, in batches of about MENTIONS_PER_BATCH mentions: an archive
    of few mentions makes its entity pages in one batch, in this process."""
    batches: list[list[int]] = [[]]
    size = 0
    for i, entity in enumerate(shared.catalog.curated.entities):
        if size >= MENTIONS_PER_BATCH:
            batches.append([])
            size = 0
        batches[-1].append(i)
        size += 1 + len(shared.mentions.get(entity.id, ()))
    return [batch for batch in batches if batch]


def entity_outputs(
    shared: views.Shared, templates: Path, indexes: Sequence[int]
) -> Iterator[Output]:
    """Some entities' pages, each made from the entity and the documents that mention
    it, through its view (declared in order: the views of one year share its lines)."""
    env = environment(templates)
    page_base = views.base("../../", "", "entity", shared.config)
    year_base = views.base(ep.YEAR_ROOT, "", "entity", shared.config)

    def view(
        template: str,
        entity: Entity,
        entities: dict[str, Entity],
        timeline: dict[str, str],
        *given: Any,
    ) -> tuple[str, View]:
        base, flat = given[0], given[1:]  # then each document followed by its mentions
        mentioned = list(zip(flat[::2], flat[1::2], strict=True))
        return template, ep.entity_context(entity, entities, mentioned, base, timeline)

    def make(template: str, view: View) -> Iterator[str]:
        # written as it renders: such a page lists thousands of mentions at scale
        return env.get_template(template).generate(context(view))

    snippets = Snippets()  # the lines of the document last shown, for the next page
    # an entity's mentions in a year, with which of its block's each is (ep.in_block)
    owns: dict[tuple[str, str], tuple[list[Mention], list[tuple[int, int]]]] = {}

    def year_view(
        template: str, entity: Entity, layout: ep.Plan, year: str, page: int, *given: Any
    ) -> tuple[str, View]:
        base, flat = given[0], given[1:]
        mentioned = list(zip(flat[::2], flat[1::2], strict=True))
        if (entity.id, year) not in owns:
            owns.clear()  # one year at a time: the pages of a year come together
            found = [m for _, ms in mentioned for m in ms if m.entity == entity.id]
            owns[entity.id, year] = found, ep.in_block(found)
        own, nth = owns[entity.id, year]
        view = ep.mentions_context(entity, layout, year, page, mentioned, base, snippets, own, nth)
        return template, view

    for i in indexes:
        entity = shared.catalog.curated.entities[i]
        mentioned = views.entity_inputs(shared, entity)
        flat = [part for pair in mentioned for part in pair]
        inputs = ("entity.html", entity, shared.entities, shared.timeline, page_base, *flat)
        yield Output(ep.entity_path(entity), inputs, make, view)
        # an entity of many mentions lists them on pages by year, each page made from
        # the documents of its year alone
        layout = shared.plans[entity.id]  # as ep.plan(entity.id, mentioned) has it
        by_year: dict[str, list[Any]] = {}  # each document followed by its mentions
        for pair in mentioned:
            by_year.setdefault(ep.year_of(pair[0]), []).extend(pair)
        for year, _, _, pages in layout:
            year_flat = by_year.get(year, [])
            for page in range(1, pages + 1):
                rel = ep.mentions_path(entity, year, page)
                given = ("entity_mentions.html", entity, layout, year, page, year_base)
                yield Output(rel, (*given, *year_flat), make, year_view)


def citation_forms(catalog: Catalog, settings: Settings, worked: Worked = computed) -> cite.Citer:
    """A citer holding the forms every document page's citations use, made once here
    (or kept from the last build) rather than in each process."""
    edition = settings.title
    wanted: list[tuple[Document, str | None, str | None, str, str | None]] = []
    for doc in catalog.documents:
        url = settings.url(document_path(doc))
        pin_url = cite.URL if url else None  # a paragraph's address, where the site has any
        wanted += [(doc, url, pin, edition, pin_url if pin else None) for pin in cite.PINNED]
    keys = cite.form_keys(worked(Values("citation keys", wanted, cite.citation_keys)))
    forms = worked(Values("citation form", keys, cite.template))  # template(*key) for each
    return cite.Citer(edition, dict(zip(keys, forms, strict=True)))


def copy_assets(staging: Path, templates: Path) -> None:
    assets = templates / "assets"
    if assets.is_dir():
        shutil.copytree(assets, staging / "assets")


def page_work(
    catalog: Catalog, pages_content: Content, templates: Path, worked: Worked = computed
) -> tuple[views.Shared, tuple[Batches, Batches]]:
    """What the pages are made from, and the documents' pages and the entities', in
    batches to be made by as many processes. `other_pages` then declares the rest."""
    shared = views.Shared(
        catalog, pages_content.settings, related(catalog.mentions, catalog.curated)
    )
    citer = citation_forms(catalog, pages_content.settings, worked)
    shared.prepared()
    documents = pool.batches(range(len(catalog.documents)), 25)
    return shared, (
        # the entities a document's page shows are each digested once
        Batches(
            functools.partial(document_outputs, shared, templates, citer),
            documents,
            tuple(shared.entities.values()),
        ),
        # every entity page's inputs take in the entities: digested once (and each
        # document's mentions, known by what they were found in: archive.catalog)
        Batches(
            functools.partial(entity_outputs, shared, templates),
            entity_batches(shared),
            (shared.entities, shared.timeline),
        ),
    )


def other_pages(
    shared: views.Shared, pages_content: Content, templates: Path
) -> tuple[list[Output], list[str]]:
    """The pages over the whole archive and the cards, to be made once the documents'
    and entities' pages are made and the assets copied (`copy_assets`); and the paths of
    every page."""
    catalog = shared.catalog
    outputs = page_outputs(views.other_pages(shared, pages_content), templates)
    others = [out.path for out in outputs]
    for entity in catalog.curated.entities:
        others += ep.paged(entity, shared.plans[entity.id])
    outputs.append(Output(CARDS, (cards(catalog, shared.timeline),), cards_script))
    return outputs, sorted([*(document_path(doc) for doc in catalog.documents), *others])
