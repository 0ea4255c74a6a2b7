"""The staged site's files, each taken from the published site where what it is made
from is unchanged (see cache.Reuse), else made: the pages (the documents' on every core),
the exports and dataset, both search indexes, and the offline bundle."""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from pathlib import Path

from .archive.catalog import Catalog
from .archive.related import related
from .build import pool as parallel
from .build.cache import Cache, Reuse, Stamp, file_digest
from .build.paths import Paths
from .build.publish import checkpoint
from .errors import Reporter
from .exports import bundle
from .exports import files as exports
from .load import content
from .load import entities as curated
from .load import register as register_io
from .load.inputs import present, read_bytes
from .load.settings import Settings
from .search import indexes as search
from .site import render, views
from .site.entity_pages import document_path


def render_pages(
    reuse: Reuse,
    catalog: Catalog,
    pages_content: content.Content,
    config: Settings,
    templates: Path,
) -> list[str]:
    """Write every page: the documents' across processes, each writing its own, then the
    pages over them all. Returns the pages' paths."""
    shared = views.Shared(catalog, config, related(catalog.mentions, catalog.registry))
    places = parallel.chunks(range(len(catalog.documents)), 25)
    for made in parallel.run(render.document_chunk, (shared, templates, reuse), places):
        reuse.made.update(made)
    others = render.write_pages(reuse, views.other_pages(catalog, pages_content), templates)
    render.copy_assets(reuse.staging, templates)
    return sorted([*(document_path(doc) for doc in catalog.documents), *others])


def write_exports(
    reuse: Reuse,
    catalog: Catalog,
    texts: dict[str, str],
    paths: Paths,
    register: str,
    edition: str,
) -> None:
    """Each document's record, JSON, text and TEI beside its page, and the dataset zip.
    `edition` is the collection's title, which the TEI names as publisher."""
    places = parallel.chunks(range(len(catalog.documents)), 25)
    for made in parallel.run(export_chunk, (reuse, catalog, texts, edition), places):
        reuse.made.update(made)
    files = anchor_files(paths, register)
    entities = curated.sources(paths.entities)
    key = reuse.key("dataset", texts, entities, files, bundle.epoch())  # epoch: zip dates
    if not reuse.take(exports.DATASET, key):
        reuse.write(exports.DATASET, key, exports.dataset(catalog, texts, entities, files))


def export_chunk(
    job: tuple[Reuse, Catalog, dict[str, str], str], places: Sequence[int]
) -> dict[str, Stamp]:
    reuse, catalog, texts, edition = job
    mine = reuse.share()
    entities = catalog.registry.by_id()
    for i in places:
        doc = catalog.documents[i]
        found = catalog.mentions.get(doc.id, ())
        named = sorted({m.entity for m in found})
        named_entities = [entities[e] for e in named]
        key = mine.key("exports", mine.digest(doc), texts[doc.id], found, named_entities, edition)
        rels = exports.document_paths(doc)
        if all([mine.take(rel, key) for rel in rels]):
            continue
        for rel, text in exports.document_files(doc, texts[doc.id], catalog, edition).items():
            mine.write(rel, key, text)
    return mine.made


def write_offline(reuse: Reuse, catalog: Catalog, memo: Cache) -> None:
    """The offline index and filter list: taken whole from the published site when what
    they index is unchanged, else made, with each document's words found once."""
    recs, docs, choices = search.records(catalog), search.facets(catalog), search.filters(catalog)
    key = reuse.key("offline", recs, docs, choices)
    if reuse.unchanged(search.FILTERS, key) and reuse.take_all(search.OFFLINE, key):
        reuse.take(search.FILTERS, key)
        return

    def words_of(place: int, texts: list[str]) -> list[list[str]]:
        words_key = memo.key("words", memo.digest(catalog.documents[place]))
        found: list[str] | None = memo.get("words", words_key)
        if found is None:  # kept one string to a text: far fewer objects to hold
            found = [" ".join(search.words(text)) for text in texts]
            memo.keep("words", words_key, found)
        return [joined.split() for joined in found]

    for name, text in search.offline_index(recs, docs, words_of):
        reuse.write(f"{search.OFFLINE}/{name}", key, text)
    reuse.write(search.FILTERS, key, search.script("filters", choices))


def start_pagefind(
    reuse: Reuse, catalog: Catalog
) -> tuple[str, multiprocessing.process.BaseProcess | None]:
    """Pagefind's index, taken whole from the published site when the corpus it indexed
    is unchanged; else started in a process of its own."""
    pages = search.corpus(catalog)
    key = reuse.key("pagefind", pages)
    if reuse.take_all(search.PAGEFIND, key):
        return key, None
    return key, parallel.background(search.write_pagefind, reuse.staging, pages)


def finish_pagefind(
    reuse: Reuse, started: tuple[str, multiprocessing.process.BaseProcess | None]
) -> None:
    key, process = started
    if process is not None:
        parallel.finish(process, "indexing with Pagefind")
        reuse.note_all(search.PAGEFIND, key)


def anchor_files(paths: Paths, register: str) -> dict[str, bytes]:
    """The register as this build leaves it, and the aliases, for the dataset."""
    files = {register_io.REGISTER: register.encode()}
    aliases = paths.anchors / register_io.ALIASES
    data = read_bytes(aliases, "aliases", Reporter()) if present(aliases) else None
    if data is not None:  # read and checked already: read again as any input is
        files[register_io.ALIASES] = data
    return files


def pack(reuse: Reuse, memo: Cache, paths: Paths, catalog: Catalog, pages: content.Content) -> None:
    """Zip the staged site into its downloads folder. The home and About pages show the
    zip's size, and are inside it: render them again until the size they show holds.
    Entries as they were in the published zip are copied from it, not deflated again."""
    rel = f"{bundle.FOLDER}/{pages.settings.bundle}"
    target = reuse.staging / rel
    shown = None
    index, prior = published_zip(memo, paths.site, rel)
    for _ in range(6):
        written, index = bundle.write(reuse.staging, target, paths.site.name, index, prior)
        prior = None
        size = bundle.human(written)
        checkpoint("zipping")
        if size == shown:
            memo.keep("zip", memo.key("zip", rel), (index, written, file_digest(target)))
            return
        shown = size
        render.write_pages(reuse, views.bundle_pages(catalog, pages, size), paths.templates)
    raise AssertionError("the bundle's size did not settle")


def published_zip(
    memo: Cache, site: Path, rel: str
) -> tuple[dict[str, bundle.Packed] | None, Path | None]:
    """Where each entry lies in the published zip, if its bytes are those the last build
    left (a zip another process wrote into is never copied from)."""
    kept = memo.get("zip", memo.key("zip", rel))
    path = site / rel
    try:
        if kept is None or kept[1:] != (path.stat().st_size, file_digest(path)):
            return None, None
    except OSError:
        return None, None
    return kept[0], path
