"""Work spread over the machine's cores by forked processes, which share the build's data
as it stands when they are forked; results come back in the order of the items."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
WORKERS = max(1, min(int(os.environ.get("ARCHIVE_SITE_WORKERS", "0")) or (os.cpu_count() or 1), 8))
SMALL = 40  # fewer items than this are not worth a process

_task: tuple[Callable[[Any, Any], Any], Any] | None = None


def run(fn: Callable[[Any, T], R], shared: Any, items: Sequence[T], least: int = SMALL) -> list[R]:
    """[fn(shared, item) for item in items], on every core where there is enough to do:
    at least `least` items, each worth a process's while."""
    global _task
    if not worth_it(items, least):
        return [fn(shared, item) for item in items]
    _task = (fn, shared)
    try:
        with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
            return pool.map(_call, items, chunksize=max(1, len(items) // (WORKERS * 4)))
    finally:
        _task = None


#: one kind of work for `run_all`: fn(shared, item) for each item
Work = tuple[Callable[[Any, Any], Any], Any, Sequence[Any]]


def run_all(works: Sequence[Work], least: int = 4) -> list[list[Any]]:
    """For each work (fn, shared, items), [fn(shared, item) for item in items]. The items
    of every work are shared out together, one at a time in the order given, so that a
    long item of one work (a very large document's page) runs beside those of the next
    (its exports) rather than before them. Fewer than `least` items in all are done here."""
    global _task
    places = [(w, i) for w, (_, _, items) in enumerate(works) for i in range(len(items))]
    if not worth_it(places, least):
        return [[fn(shared, item) for item in items] for fn, shared, items in works]
    _task = (_call_work, works)
    try:
        with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
            done = pool.map(_call, places, chunksize=1)
    finally:
        _task = None
    out: list[list[Any]] = [[] for _ in works]
    for (w, _), result in zip(places, done, strict=True):
        out[w].append(result)
    return out


def _call_work(works: Sequence[Work], place: tuple[int, int]) -> Any:
    w, i = place
    fn, shared, items = works[w]
    return fn(shared, items[i])


def stream(fn: Callable[[Any, T], R], shared: Any, items: Sequence[T]) -> Iterator[R]:
    """fn(shared, item) for each item, in order, as each is done: on every core where
    there is enough to do, without holding every result at once."""
    global _task
    if not worth_it(items):
        yield from (fn(shared, item) for item in items)
        return
    _task = (fn, shared)
    try:
        with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
            yield from pool.imap(_call, items, chunksize=8)
    finally:
        _task = None


def worth_it(items: Sequence[Any], least: int = SMALL) -> bool:
    """Whether forking processes pays: enough items, more than one core, and fork."""
    forks = "fork" in multiprocessing.get_all_start_methods()
    return WORKERS >= 2 and len(items) >= least and forks


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def batches(items: Sequence[T], most: int) -> list[Sequence[T]]:
    """The items in batches of at most `most`, and in at least four batches for each
    process where there are enough items: a small archive's few documents are shared
    out one by one, a large one's in batches that each pay for being sent."""
    return chunks(items, max(1, min(most, -(-len(items) // (WORKERS * 4)))))


def _call(item: Any) -> Any:
    assert _task is not None
    fn, shared = _task
    return fn(shared, item)


def background(fn: Callable[..., None], *args: Any) -> multiprocessing.process.BaseProcess:
    """fn(*args) in a forked process of its own, started now; join() it with finish()."""
    process = multiprocessing.get_context("fork").Process(target=fn, args=args, daemon=True)
    process.start()
    return process


def finish(process: multiprocessing.process.BaseProcess, what: str) -> None:
    process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"{what} failed (exit code {process.exitcode})")
