"""The build, read top to bottom: load, check, render, publish.

Nothing is written until every seed, record and editorial file has been read and checked
and every page rendered; then the records are replaced file by file and the new site is
swapped in for the old by renaming, so a failed build leaves both as they were. What a
build made is kept beside the site in the build store (runtime/store.py), and the next
build takes again whatever it would make from the same inputs: the stages declare what
they make (runtime/outputs.py) and only `making` asks the store.
"""

from __future__ import annotations

import functools
import itertools
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from . import making
from .archive import anchors
from .archive.catalog import Catalog, assemble, find_mentions, link_entities
from .archive.registered import check_register
from .errors import ArchiveError, Diagnostic, Reporter
from .exports import files as exports
from .load import content, editorial, entities, record_files, records, settings
from .load import register as register_io
from .load.content import Content
from .load.inputs import reason
from .load.record_files import RecordFile, RecordTexts
from .load.seeds import read_seeds
from .model import Document, block_text
from .pickling import pickled_by_fields
from .runtime import interrupt, pool, private
from .runtime.clock import Clock
from .runtime.outdir import MARKER, MARKER_TEXT, readable
from .runtime.outputs import Worked
from .runtime.paths import Paths
from .runtime.publish import checkpoint, clear_leftovers, publish, removing, write_all
from .runtime.store import Store, code_version
from .search import offline, pagefind
from .site import render, timeline
from .site.entity_pages import document_path, entity_path, paged_addresses
from .site.views import NOT_FOUND, archive_pages


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Result:
    documents: int
    pages: int
    records_written: tuple[str, ...]
    warnings: tuple[Diagnostic, ...]
    stored: bool = True  # whether the build store was kept for the next build


def build(
    paths: Paths,
    base_url: str | None = None,
    check: bool = False,
    strict: bool = False,
    clock: Clock | None = None,
    fresh: bool = False,
    preview: bool = False,
    stored: bool = True,
) -> Result:
    """Build the site from the seeds; with `check`, only compare the committed records.
    `base_url`, where given, stands for the settings' address. What the last build made
    is used again where its inputs are unchanged, unless `fresh` (which also leaves no
    store) or not `stored` (the store is not this user's alone: neither read nor
    written). A `preview` publishes a revised paragraph whose revision is not yet
    recorded, with a warning, and then writes neither records nor register."""
    clock = clock or Clock(show=False)
    report = Reporter()
    use = stored and not fresh
    store = Store(paths.cache, code_version(paths.templates)) if use else Store(None)
    worked = making.worker(store)
    with clock.stage("parse"):
        parsed = read_seeds(paths.seeds, report, worked)
    with clock.stage("records"):
        committed = record_files.read_records(paths.documents, report, worked)
    with clock.stage("check", release=True):
        archive = checked(
            paths, parsed, committed, report, worked, base_url, check, strict, preview
        )
    with clock.stage("records", release=True):
        texts = record_texts(paths, archive, committed, report, worked)
    if check:
        return compared(paths, archive, committed, texts, report)
    catalog, config = archive.catalog, archive.content.settings
    dataset = (archive.register, (config.title, config.edition))
    staging = staged(paths.site)
    store = replace(store, site=paths.site, staging=staging)
    worked = making.worker(store)  # the same store, with where the site is made
    try:
        with pool.sized(text_size(catalog.documents, pool.FEW)):  # a small one: here
            plan = making.pagefind_plan(store, catalog.documents)  # the parts kept
            search_index = pagefind.folder(catalog, plan)
            indexing = making.folder_started(store, search_index)  # in a process of its own
            with clock.stage("offline index"):  # the same
                scripts, offline_index = offline.outputs(catalog, worked)
                making.made(store, scripts)
                offline_indexing = making.folder_started(store, offline_index)
            making.shared(store, catalog.curated.entities)  # in many keys from here on
            with clock.stage("render"):  # each document's page and files, the entities' pages
                formats = exports.formats_beside(catalog, texts, dataset[1], worked)
                rendered = render_all(store, archive, texts, paths, formats)
            with clock.stage("exports", release=True):
                dataset_zips = exports.dataset_outputs(
                    catalog, texts, paths, *dataset, worked, formats
                )
                making.made(store, dataset_zips)
                making.made(
                    store, exports.sitemap_outputs(config.base_url, listed(rendered, catalog))
                )
            with clock.stage("offline index"):  # what is left of its time
                making.folder_finished(store, offline_index, offline_indexing)
            with clock.stage("search index", checkpoint="indexing"):  # what is left of Pagefind's
                made = making.folder_finished(store, search_index, indexing)
                making.pagefind_kept(store, plan, made)
            with clock.stage("zip"):
                making.zipped(store, paths, catalog, archive.content, report)
            with clock.stage("publish"):
                written, old = put_in_place(paths, staging, archive, texts)
    except BaseException:
        pool.stop_all()  # before their folder goes: they may be writing in it
        shutil.rmtree(staging, ignore_errors=True)
        raise
    removed = removing(old)  # the old site, removed while the store is saved
    try:
        if fresh:  # the store would describe another site
            private.clear(paths.cache)
        kept = keep(store, paths.cache, report)
    finally:
        with interrupt.held():  # a stop waits for the old site to be gone
            removed()
    return Result(len(catalog.documents), len(rendered), written, tuple(report.warnings), kept)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Checked:
    """The archive as the checks leave it, everything a site is made from."""

    catalog: Catalog  # its documents' ids settled, its mentions found and linked
    content: Content  # the site's own pages and settings (the address as given)
    register: bytes  # the anchor register to write, as its text
    register_path: Path
    pending: tuple[anchors.Revision, ...]  # revisions let stand unrecorded (a preview)
    texts: RecordTexts | None  # the records' texts, made here where no error came first


def checked(
    paths: Paths,
    parsed: list[Document],
    committed: list[RecordFile],
    report: Reporter,
    worked: Worked,
    base_url: str | None,
    check: bool,
    strict: bool,
    preview: bool,
) -> Checked:
    """Every input read and checked against the others: the catalog assembled, ids
    settled against the register, mentions found, links and anchors checked. Every
    problem of a run is reported together, as an ArchiveError."""
    additions = editorial.read_all(paths.editorial, report)
    pages_content = content.read(paths.content, report)
    config = replace(pages_content.settings, base_url=base_url or pages_content.settings.base_url)
    pages_content = replace(pages_content, settings=config)
    curated = entities.read(paths.entities, report)
    register, aliases = register_io.read(paths.anchors, report)
    settle = id_settler(register, aliases, committed)
    catalog = assemble(parsed, committed, additions, paths.seeds, report, settle)
    # a document whose seed failed this run is still part of the archive
    known = {d.id for d in catalog.documents} | {a.id for a in additions}
    known |= {r.id for r in committed}
    found = find_mentions(curated, catalog.documents, paths.seeds, report, worked)
    catalog = link_entities(catalog, curated, known, paths.seeds, report, found)
    content.check_links(pages_content, paths.content / "chronology.yaml", known, report)
    texts = None
    if not report.errors:  # with a seed unread, its record is not made
        texts = record_files.record_texts(catalog.documents, paths.seeds, report, worked)
        check_register(register, committed, texts, catalog.documents, report)
    previous = committed_texts(committed)
    catalog, register, pending = keep_anchors(
        catalog, register, aliases, report, previous, preview, config.title
    )
    if strict:
        for warning in report.warnings:
            report.error(warning.path, warning.line, warning.message)
    if report.errors:  # every problem of a run is reported together
        record_files.check_unmade(committed, record_files.RecordTexts({}), report)
    report.raise_if_errors()
    if not check:  # advice, never an error, --strict or not
        settings.no_address(config, paths.content, report)
    # the text is all that is kept of the register: some 100 MB at 10,000 documents
    text = register_io.dump(register)
    return Checked(catalog, pages_content, text, register.path, pending, texts)


def record_texts(
    paths: Paths, archive: Checked, committed: list[RecordFile], report: Reporter, worked: Worked
) -> RecordTexts:
    """The text of every document's record, as it is to be written; a committed record
    the build would no longer make is an error."""
    texts = archive.texts
    if texts is None:  # made by the checks, in a build with no error so far
        texts = record_files.record_texts(archive.catalog.documents, paths.seeds, report, worked)
    record_files.check_unmade(committed, texts, report)
    report.raise_if_errors()
    return texts


def compared(
    paths: Paths,
    archive: Checked,
    committed: list[RecordFile],
    texts: RecordTexts,
    report: Reporter,
) -> Result:
    """--check: the committed records and register against those the seeds make."""
    stale = record_files.stale(paths.documents, texts, committed)
    stale += register_io.stale(archive.register_path, archive.register)
    if stale:
        raise ArchiveError([Diagnostic(path, 1, why) for path, why in stale])
    return Result(len(archive.catalog.documents), 0, (), tuple(report.warnings))


def text_size(documents: Iterable[Document], most: int) -> int:
    """The characters of the documents' text, counted until they are `most`."""
    size = 0
    for doc in documents:
        size += sum(len(block_text(block)) for block in doc.blocks())
        if size >= most:
            break
    return size


def staged(site: Path) -> Path:
    """A fresh folder beside the site to make the new site in, once what a killed build
    left there is cleared away."""
    checkpoint("rendering")
    clear_leftovers(site)
    return new_staging(site)


def render_all(
    store: Store,
    archive: Checked,
    texts: RecordTexts,
    paths: Paths,
    formats: exports.Formats | None = None,
) -> list[str]:
    """Every page and every document's files (those the dataset holds too from its
    `formats`, where given), shared out among processes; the paths of the pages."""
    catalog, config = archive.catalog, archive.content.settings
    edition = (config.title, config.edition)
    shared, (document_pages, entity_pages) = render.page_work(
        catalog, archive.content, paths.templates, making.worker(store)
    )
    files = exports.export_work(catalog, texts, edition, config, formats)
    making.run_all(store, [document_pages, files, entity_pages])
    others, pages = render.other_pages(shared, archive.content, paths.templates)
    render.copy_assets(store.staging, paths.templates)
    making.made(store, others)
    return pages


def put_in_place(
    paths: Paths, staging: Path, archive: Checked, texts: RecordTexts
) -> tuple[tuple[str, ...], Path]:
    """Publish: the records and register written (unless revisions wait for theirs) and
    the staged site swapped in, together; the names of the records written, and the
    folder the old site is left in, to be removed."""
    (staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    readable(staging)
    written: tuple[str, ...] = ()
    with interrupt.held():  # records and site together: a stop waits for both
        if not archive.pending:  # the records and register wait for the revisions' record
            written = write_records(paths, texts, archive.register_path, archive.register)
        checkpoint("records written")
        old = publish(staging, paths.site)
        interrupt.published()
    return written, old


def keep(store: Store, cache: Path, report: Reporter) -> bool:
    """Save the build store for the next build; whether it was. The site is published by
    then and the store is a cache: one that cannot be saved (a full disk) is a warning,
    and what was kept of it goes, so that the next build starts afresh."""
    try:
        store.save()
    except OSError as exc:
        report.warn(cache, 1, unsaved(exc))
        private.clear(cache)
        return False
    return True


def unsaved(exc: OSError) -> str:
    """What a build store that could not be saved means to the user."""
    return (
        f"the build store could not be saved ({reason(exc)}); expected room to keep it: "
        "the site and the records were published, and the next build starts afresh"
    )


def write_records(
    paths: Paths, texts: RecordTexts, register: Path, register_text: bytes
) -> tuple[str, ...]:
    """Replace the changed records and the register all together or not at all (a full
    disk leaves them as they were); the names written, records first."""
    checkpoint("records")
    files = itertools.chain(
        register_io.changed(register, register_text),  # first: it may hold more, never less
        record_files.changed(paths.documents, texts),
    )
    done = write_all(files)
    names = [path.name for path in done if path != register]
    return (*sorted(names), *(register_io.name(register) for path in done if path == register))


def listed(rendered: list[str], catalog: Catalog) -> list[str]:
    """The pages a sitemap lists: all but the redirects left by moved pages and the page
    for addresses with none."""
    left_out = {old for old, _ in catalog.redirects} | {NOT_FOUND}
    return [path for path in rendered if path not in left_out]


def id_settler(
    register: register_io.Register, aliases: register_io.Aliases, committed: list[RecordFile]
) -> Callable[[Document], Document]:
    """Settles a document's block ids against the anchors it (or a document renamed to
    it) has published, with the texts of its previous record to recognise revisions."""
    paths = {record.id: record.path for record in committed}

    def settle(doc: Document) -> Document:
        ids = [doc.id, *aliases.renamed_to(doc.id)]

        def previous() -> dict[str, str]:
            return {k: v for i in reversed(ids) if i in paths for k, v in block_texts(paths[i])}

        return anchors.settle(doc, register.anchors_of(ids), previous)

    return settle


def block_texts(path: Path) -> list[tuple[str, str]]:
    """(block id, text on one line) of each block of a committed record, read again."""
    doc = records.load(path, path.read_text(encoding="utf-8"), Reporter())
    blocks = doc.blocks() if doc else ()
    return [(b.id, " ".join(block_text(b).split())) for b in blocks]


def committed_texts(committed: list[RecordFile]) -> anchors.Texts:
    """A document's block texts as its committed record holds them: what a revision
    changed is shown against them."""
    paths = {record.id: record.path for record in committed}

    @functools.cache  # asked once per changed anchor: each record is read once
    def texts(doc_id: str) -> dict[str, str]:
        return dict(block_texts(paths[doc_id])) if doc_id in paths else {}

    return texts


def keep_anchors(
    catalog: Catalog,
    register: register_io.Register,
    aliases: register_io.Aliases,
    report: Reporter,
    previous: anchors.Texts = lambda doc: {},
    pending_ok: bool = False,
    site_title: str = "",
) -> tuple[Catalog, register_io.Register, tuple[anchors.Revision, ...]]:
    """Check every published anchor and page still lands on its text; give the pages the
    aliases and redirects that keep retired ones working, and the register to write; and,
    where `pending_ok`, the revisions let stand unrecorded."""
    if report.errors:  # with a seed unread, its anchors would look withdrawn
        return catalog, register, ()
    pages = {doc.id: document_path(doc) for doc in catalog.documents}
    named = {e.id: (entity_path(e), e.name) for e in catalog.curated.entities}
    others = archive_pages(site_title) | paged_addresses(catalog) | timeline.addresses(catalog)
    now = anchors.live(list(catalog.documents), pages, named, others)
    settled = anchors.check(now, register, aliases, report, previous, pending_ok)
    catalog = replace(catalog, aliases=settled.aliases, redirects=settled.redirects)
    return catalog, settled.register, settled.pending


def new_staging(site: Path) -> Path:
    """A fresh folder beside the site, where the new site is made."""
    site.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{site.name}.staging-", dir=site.parent))
