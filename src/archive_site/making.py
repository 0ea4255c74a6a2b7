"""Where the build store is asked, and nowhere else: for each output a stage declares
(`runtime.outputs`), whether the last build made it from the same inputs (then it is
taken again) or it is made now; and what was made, noted for the next build. The stages
declare and make; they never see the store."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .archive.catalog import Catalog
from .errors import Reporter
from .exports import bundle
from .load.content import Content
from .runtime import pool
from .runtime.outputs import Batches, Folder, Output, Outputs, Values, Worked
from .runtime.paths import Paths
from .runtime.store import Stamp, Store
from .search import pagefind_store as kept_parts


def worker(store: Store) -> Worked:
    """The way a stage has its values worked out in this build: kept between builds."""
    return functools.partial(values, store)


def values(store: Store, wanted: Values[Any]) -> list[Any]:
    """Each value of `wanted`, the ones the last build made taken again."""
    shared(store, wanted.shared)
    made = store.results(wanted.kind, wanted.inputs, wanted.make)
    if wanted.noted is not None:
        pick = wanted.part or (lambda value: value)
        for args, value in zip(wanted.inputs, made, strict=True):
            store.made_from(pick(value), wanted.noted, *args)  # keys take its inputs' digest
    return made


def shared(store: Store, values: Iterable[Any]) -> None:
    """Values that many keys of the stages to come take in (the curated entities, in
    each document's files and pages): each digested once, and known by its digest."""
    for value in values:
        store.shared(value)


def made(store: Store, outputs: Iterable[Output | Outputs]) -> None:
    """Each output taken from the published site where made from the same inputs, else
    made and written into the staging folder."""
    for out in outputs:
        if isinstance(out, Outputs):
            store.files(out.paths, out.inputs, out.make)
        elif out.view is None:
            store.file(out.path, out.inputs, out.make)
        else:
            store.page(out.path, out.inputs, out.view, out.make)


def batches_work(store: Store, work: Batches) -> pool.Work:
    """Batches of outputs as work for `pool.run_all`: each batch returns the files made."""
    shared(store, work.shared)
    return made_batch, (store, work.declare), work.batches


def made_batch(
    task: tuple[Store, Callable[[Sequence[int]], Iterable[Output | Outputs]]],
    batch: Sequence[int],
) -> dict[str, Stamp]:
    """One batch's outputs, made in a worker process: the files it staged."""
    store, declare = task
    mine = store.share()
    made(mine, declare(batch))
    return mine.made


def run_all(store: Store, works: Sequence[Batches]) -> None:
    """Every batch of these outputs, shared out among processes."""
    store.absorb(pool.run_all([batches_work(store, work) for work in works]))


Waiting = Callable[[], Any]


def folder_started(store: Store, folder: Folder) -> tuple[str, Waiting] | None:
    """A folder taken whole from the published site (None), or its making started into
    the staging folder: the key its files will be noted under, and how to wait for it."""
    key = store.folder_kept(folder.path, folder.inputs)
    if key is None:
        return None
    published = store.site / folder.path if store.folder is not None else None
    return key, folder.start(store.staging / folder.path, published)


def folder_finished(store: Store, folder: Folder, started: tuple[str, Waiting] | None) -> Any:
    """Wait for a folder started by `folder_started`, and note its files; what its
    process made for the build to keep (None where the folder was taken whole)."""
    if started is None:
        return None
    key, wait = started
    made = wait()
    store.folder_made(folder.path, key)
    return made


# -- Pagefind's parts, kept between builds -------------------------------------------------


def pagefind_plan(store: Store, documents: tuple[Any, ...]) -> kept_parts.Plan:
    """Each part of Pagefind's index with what the last build kept of it. Without
    Pagefind's program kept (a first build), every part is made afresh, so that one of
    them brings it."""
    groups = kept_parts.groups(documents)
    keys = tuple(store.key(kept_parts.KIND, *docs) for docs in groups)
    program_key = store.key(kept_parts.PROGRAM)
    program = store.kept_value(kept_parts.PROGRAM, program_key)
    kept = tuple(
        store.kept_value(kept_parts.KIND, k) if docs and program is not None else None
        for k, docs in zip(keys, groups, strict=True)
    )
    return kept_parts.Plan(groups, keys, kept, program, program_key)


def pagefind_kept(store: Store, plan: kept_parts.Plan, made: kept_parts.Made | None) -> None:
    """Keep the parts (and the program) the indexing process made, for the next build
    (none where the index was taken whole)."""
    if made is None:
        return
    for n, value in made.indexes:
        store.keep(kept_parts.KIND, plan.keys[n], value)
    if made.program is not None:
        store.keep(kept_parts.PROGRAM, plan.program_key, made.program)


def zipped(
    store: Store, paths: Paths, catalog: Catalog, pages: Content, report: Reporter | None = None
) -> None:
    """The site as one zip (or in parts), its entries as they were in the published one
    copied from it, and the pages that show its size; `report` is warned of a copy that
    cannot come in parts small enough."""
    key = store.key("zip", pages.settings.bundle_path)
    kept, outputs = bundle.pack(
        paths, catalog, pages, store.staging, store.kept_value("zip", key), report
    )
    if kept is not None:  # a zip in parts is made afresh each time
        store.keep("zip", key, kept)
    made(store, outputs)
