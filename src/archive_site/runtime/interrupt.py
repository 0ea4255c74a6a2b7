"""Ctrl-C and termination. The build's own process alone decides what a stop means: it
stops every process it started, removes what the run made, and says so in one line. The
processes it starts ignore the terminal's signals and die with the process that started
them, so that none outlives the build holding its output open."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from types import FrameType

from ..errors import quoted

#: what stops a build: Ctrl-C, `kill`, and the terminal closing
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
PR_SET_PDEATHSIG = 1  # linux/prctl.h


class Interrupted(KeyboardInterrupt):
    """A signal stopped the build (raised in the build's own process only). `published`:
    whether the new site and records had been put in place by then."""

    def __init__(self, signum: int, published: bool) -> None:
        super().__init__(signum, published)
        self.signum = signum
        self.published = published

    @property
    def code(self) -> int:
        """The exit code: 128 and the signal's number, as a shell reports it (130 for
        Ctrl-C)."""
        return 128 + self.signum


@dataclass
class _Run:
    holding: int = 0  # steps under way that must not stop halfway
    pending: int | None = None  # a signal that came during one
    published: bool = False


_run = _Run()
_whole_process = False  # whether the command is the process's own (see `whole_process`)


def whole_process() -> None:
    """The command about to run is the process's own (build.py, `python -m archive_site`):
    once it has run, its outcome is settled and said, and what remains is the
    interpreter's clean-up, finalisers of the processes it started among it. A stop
    signal then would change nothing but be raised inside a finaliser and printed as
    "Exception ignored ...", so from then on such signals are ignored."""
    global _whole_process
    _whole_process = True


def _stop(signum: int, frame: FrameType | None) -> None:
    for each in SIGNALS:  # one stop: what it clears away is not itself interrupted
        signal.signal(each, signal.SIG_IGN)
    if _run.holding:
        _run.pending = signum
        return
    raise Interrupted(signum, _run.published)


def deferred() -> bool:
    """Whether a signal came during a step that must not stop halfway, and waits for its
    end."""
    return _run.pending is not None


@contextmanager
def caught() -> Iterator[None]:
    """While a command runs: a signal raises Interrupted (in the main thread; elsewhere,
    as in a test's thread, the handlers stay as they are)."""
    global _run
    _run = _Run()
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = {each: signal.signal(each, _stop) for each in SIGNALS}
    try:
        yield
    finally:
        for each, handler in before.items():
            signal.signal(each, signal.SIG_IGN if _whole_process else handler)


def said(stop: Interrupted, added: str | None = None) -> int:
    """Say in one line what an interrupted build left (what it made is cleared away by
    then, its processes stopped), `added` the seed `new` copied in; the exit code."""
    if stop.published:
        what = f"{quoted(added)} is added: " if added else ""
        line = f"{what}the new site and records were in place when it stopped"
    elif added:
        line = (
            f"{quoted(added)} was not added: the seeds, the records and the site are as they were"
        )
    else:
        line = "nothing was written: the site and the records are as they were"
    with suppress(OSError):  # standard error is gone (a closed pipe): the code says it
        print(f"build interrupted ({signal.Signals(stop.signum).name}); {line}", file=sys.stderr)
    return stop.code


@contextmanager
def loading() -> Iterator[None]:
    """While the program loads: a signal stops it with the same one line."""
    try:
        with caught():
            yield
    except Interrupted as stop:
        sys.exit(said(stop))


@contextmanager
def held() -> Iterator[None]:
    """A step that must not stop halfway (putting the site and records in place,
    copying a seed in): a signal meanwhile stops the build as soon as it is done."""
    _run.holding += 1
    try:
        yield
    finally:
        _run.holding -= 1
    if not _run.holding and _run.pending is not None:
        signum, _run.pending = _run.pending, None
        raise Interrupted(signum, _run.published)


def published() -> None:
    """Note that the new site and records are in place: a stop from now on says so."""
    _run.published = True


@contextmanager
def forking() -> Iterator[None]:
    """While a process is forked and noted: a signal waits until it is done, so that the
    new process never takes this one's handlers for its own, and the stop that follows
    knows it."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def child(parent: int, quit_on_term: bool = False) -> None:
    """In a process forked (in `forking`) from `parent`: leave Ctrl-C and the terminal's
    hangup to the build, which stops its processes itself; on SIGTERM die at once, or
    with `quit_on_term` leave through SystemExit so that its clean-up runs; and die with
    the build."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _quit if quit_on_term else signal.SIG_DFL)
    if quit_on_term:
        sys.unraisablehook = _quit_anyway
    signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)
    die_with_parent(parent)


def _quit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def _quit_anyway(unraisable: sys.UnraisableHookArgs) -> None:
    """A SIGTERM that came while Python ran a finaliser, where an exception cannot leave:
    say nothing and ask again, so that it stops the process at the next step outside the
    finaliser, its clean-up run; anything else is reported as Python reports it. A
    SIGTERM that comes while this runs is raised in it: it is asked again the same way."""
    try:
        if isinstance(unraisable.exc_value, SystemExit):
            os.kill(os.getpid(), signal.SIGTERM)
            return
        sys.__unraisablehook__(unraisable)
    except SystemExit:  # a SIGTERM that came while this ran: asked again, as above
        os.kill(os.getpid(), signal.SIGTERM)


def die_with_parent(parent: int) -> None:
    """Be killed when the process `parent` (this one's parent) ends, however it ends:
    Linux's parent-death signal; elsewhere, nothing. Also run before Pagefind's binary
    is started, which keeps it."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # here: the build loads this module first, before anything else

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it ended before the signal was asked for
        os._exit(1)
