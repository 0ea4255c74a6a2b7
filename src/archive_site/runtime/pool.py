"""Work spread over the machine's cores by forked processes, which share the build's data
as it stands when they are forked; results come back in the order of the items. Each
process has a pipe of its own to this one and shares no lock with the others, so that a
process stopped at any moment (by a failure, by Ctrl-C) leaves nothing waiting on it."""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from . import interrupt
from .publish import checkpoint

T = TypeVar("T")
R = TypeVar("R")
VARIABLE = "ARCHIVE_SITE_WORKERS"  # the processes to use; unset or empty: one per core
MOST = 8  # processes, however many cores: each holds a share of the build's memory


def workers_problem(value: str | None) -> str | None:
    """What is wrong with a value of ARCHIVE_SITE_WORKERS, if anything."""
    if value is None or value == "":
        return None
    if value.isascii() and value.isdigit() and 1 <= int(value) <= MOST:
        return None
    number = value.isascii() and value.isdigit()
    said = f"{value} is not from 1 to {MOST}" if number else f"{value!r} is not a whole number"
    return (
        f"{VARIABLE}: {said}; expected the number of processes to build with, from 1 to "
        f"{MOST} (or the variable unset or empty: one for each core, at most {MOST})"
    )


def workers(value: str | None) -> int:
    """The processes to build with: as the variable says, else one for each core (at
    most MOST). A wrong value, which the command line refuses before any work, counts as
    unset."""
    if value and workers_problem(value) is None:
        return int(value)
    return max(1, min(os.cpu_count() or 1, MOST))


WORKERS = workers(os.environ.get(VARIABLE))
CHOSEN = bool(os.environ.get(VARIABLE)) and workers_problem(os.environ.get(VARIABLE)) is None
SMALL = 40  # fewer items than this are not worth a process
#: characters of text: the pages and files of an archive of less are made in the build's
#: own process, unless VARIABLE names a number; forked processes cost such an archive
#: more than they save (measured: the real three documents, 17,000 characters, build in
#: 0.31 s so and 0.47-0.72 s forked in a process that built before; ten generated ones,
#: about 90,000, alike either way; thirty sooner forked)
FEW = 100_000

AHEAD = 4  # parts per process a stream makes ahead of the first not yet given back
STOP_SECONDS = 30  # for a background process asked to stop to clear up, before it is killed
# (clearing a large corpus away takes seconds on a busy machine)

_running: set[BaseProcess] = set()  # the processes started here that have not been joined
_ours: set[Connection] = set()  # this process's ends of its workers' pipes
_alone = False  # set by `sized` while a small archive is made


@contextmanager
def sized(characters: int) -> Iterator[None]:
    """The work of an archive of this many characters of text: in this process alone
    where they are fewer than FEW and the number of processes was not chosen (VARIABLE)."""
    global _alone
    before = _alone
    _alone = characters < FEW and not CHOSEN
    try:
        yield
    finally:
        _alone = before


def run(fn: Callable[[Any, T], R], shared: Any, items: Sequence[T], least: int = SMALL) -> list[R]:
    """[fn(shared, item) for item in items], on every core where there is enough to do:
    at least `least` items, each worth a process's while."""
    if not worth_it(items, least):
        return [fn(shared, item) for item in items]
    size = max(1, len(items) // (WORKERS * 4))
    return [result for part in _spread(fn, shared, items, size) for result in part]


#: one kind of work for `run_all`: fn(shared, item) for each item
Work = tuple[Callable[[Any, Any], Any], Any, Sequence[Any]]


def run_all(works: Sequence[Work], least: int = 4) -> list[list[Any]]:
    """For each work (fn, shared, items), [fn(shared, item) for item in items]. The items
    of every work are shared out together, one at a time in the order given, so that a
    long item of one work (a very large document's page) runs beside those of the next
    (its exports) rather than before them. Fewer than `least` items in all are done here."""
    places = [(w, i) for w, (_, _, items) in enumerate(works) for i in range(len(items))]
    if not worth_it(places, least):
        return [[fn(shared, item) for item in items] for fn, shared, items in works]
    done = [result for part in _spread(_call_work, works, places, 1) for result in part]
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
    if not worth_it(items):
        yield from (fn(shared, item) for item in items)
        return
    for part in _spread(fn, shared, items, 8, AHEAD * WORKERS):
        yield from part


def worth_it(items: Sequence[Any], least: int = SMALL) -> bool:
    """Whether forking processes pays: enough items, more than one core, an archive that
    is not small (`sized`), and fork."""
    forks = "fork" in multiprocessing.get_all_start_methods()
    return WORKERS >= 2 and not _alone and len(items) >= least and forks


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def batches(items: Sequence[T], most: int) -> list[Sequence[T]]:
    """The items in batches of at most `most`, and in at least four batches for each
    process where there are enough items: a small archive's few documents are shared
    out one by one, a large one's in batches that each pay for being sent."""
    return chunks(items, max(1, min(most, -(-len(items) // (WORKERS * 4)))))


@dataclass
class _Worker:
    process: BaseProcess
    pipe: Connection
    part: int | None = None  # the part it is making


def _spread(
    fn: Callable[[Any, T], R], shared: Any, items: Sequence[T], size: int, ahead: int = 0
) -> Iterator[list[R]]:
    """[fn(shared, item) ...] for each part of `size` items, part by part in order, the
    parts made by up to WORKERS processes forked now; with `ahead`, at most that many
    parts from the first not yet given back (so that a stream holds few results)."""
    parts = [range(i, min(i + size, len(items))) for i in range(0, len(items), size)]
    workers: list[_Worker] = []
    done: dict[int, list[R]] = {}
    sent = given = 0
    try:
        for _ in range(min(WORKERS, len(parts))):
            mine, theirs = multiprocessing.Pipe()
            _ours.add(mine)
            process = _start(_serve, (theirs, fn, shared, items))
            theirs.close()
            workers.append(_Worker(process, mine))
        while given < len(parts):
            last = min(len(parts), given + ahead) if ahead else len(parts)
            for worker in workers:
                if worker.part is None and sent < last:
                    worker.pipe.send((parts[sent].start, parts[sent].stop))
                    worker.part, sent = sent, sent + 1
            ready = wait([w.pipe for w in workers if w.part is not None])
            for worker in workers:
                if worker.pipe in ready and worker.part is not None:
                    done[worker.part], worker.part = _received(worker), None
            while given in done:
                yield done.pop(given)
                given += 1
    except BaseException:  # a failure, Ctrl-C, or a stream left unfinished
        _end([w.process for w in workers], kill=True)
        raise
    finally:
        for worker in workers:
            worker.pipe.close()  # a process waiting for work ends at that
            _ours.discard(worker.pipe)
    _end([w.process for w in workers], kill=False)


def _serve(
    pipe: Connection,
    fn: Callable[[Any, Any], Any],
    shared: Any,
    items: Sequence[Any],
) -> None:
    """A worker: for each (start, stop) read from the pipe, send back the results of
    those items, or the error one raised; until the pipe is closed."""
    while True:
        try:
            start, stop = pipe.recv()
        except EOFError:
            return
        checkpoint("working")
        try:
            reply: tuple[bool, Any, str] = (
                True,
                [fn(shared, items[i]) for i in range(start, stop)],
                "",
            )
        except Exception as exc:
            reply = (False, exc, traceback.format_exc())
        try:
            pipe.send(reply)
        except Exception as exc:  # a result or an error that cannot be pickled
            pipe.send((False, RuntimeError(f"could not send back {reply[1]!r}: {exc}"), ""))


class RemoteTraceback(Exception):
    """Where, in a worker, the error raised here came from."""


def _received(worker: _Worker) -> list[Any]:
    try:
        ok, value, where = worker.pipe.recv()
    except EOFError:
        worker.process.join()
        raise RuntimeError(
            f"a process of the build ended before its work was done (exit code "
            f"{worker.process.exitcode}): killed, or out of memory"
        ) from None
    if not ok:
        raise value from RemoteTraceback(where)
    results: list[Any] = value
    return results


def _start(
    target: Callable[..., None], args: tuple[Any, ...], quit_on_term: bool = False
) -> BaseProcess:
    """Fork a process running target(*args), which leaves stopping to this one and dies
    with it (interrupt.child), and note it until it is joined."""
    process = multiprocessing.get_context("fork").Process(
        target=_child, args=(os.getpid(), quit_on_term, target, args), daemon=True
    )
    with interrupt.forking():
        process.start()
        _running.add(process)
    return process


def _child(
    parent: int, quit_on_term: bool, target: Callable[..., None], args: tuple[Any, ...]
) -> None:
    interrupt.child(parent, quit_on_term)
    for end in _ours:  # the forking process's: a worker ends when that one closes its end
        end.close()
    target(*args)


def _end(processes: Sequence[BaseProcess], kill: bool) -> None:
    """Wait for these processes to end, killing them first if `kill`."""
    for process in processes:
        if kill and process.exitcode is None:
            process.kill()
    for process in processes:
        process.join()
        _running.discard(process)


def background(fn: Callable[..., None], *args: Any) -> BaseProcess:
    """fn(*args) in a forked process of its own, started now; join() it with finish().
    Stopped by `stop_all`, it leaves through SystemExit, so that its clean-up runs."""
    return _start(fn, args, quit_on_term=True)


def finish(process: BaseProcess, what: str) -> None:
    process.join()
    _running.discard(process)
    if process.exitcode != 0:
        raise RuntimeError(f"{what} failed (exit code {process.exitcode})")


def stop_all() -> None:
    """Stop every process started here that is still running, and wait until each has
    ended: asked to stop (SIGTERM), a worker dies at once, a background process clears up
    what it made; one that has not ended after STOP_SECONDS is killed."""
    running = list(_running)
    for process in running:
        if process.exitcode is None:
            process.terminate()
    for process in running:
        process.join(STOP_SECONDS)
        if process.exitcode is None:
            process.kill()
    _end(running, kill=False)
