"""How long each stage of a build takes, and a progress line for builds long enough to
want one: on a terminal only, once a build has run for a second."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from . import memory, publish

SHOW_AFTER = 1.0  # seconds before a progress line appears


class Clock:
    def __init__(self, stream: TextIO | None = None, show: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.show = self.stream.isatty() if show is None else show
        self.start = time.perf_counter()
        self.seconds: dict[str, float] = {}
        self.peak_mib: dict[str, int] = {}  # this process's peak memory after each stage
        self.shown = False

    @contextmanager
    def stage(
        self, name: str, checkpoint: str | None = None, release: bool = False
    ) -> Iterator[None]:
        """A stage of the build, timed. `checkpoint`: where a crash test may stop the
        build as the stage begins (`publish.checkpoint`); `release`: the memory the stage
        let go of is handed back to the system once it is done (`memory.release`), before
        the next stage grows and forks beside it."""
        began = time.perf_counter()
        self.progress(name)
        if checkpoint is not None:
            publish.checkpoint(checkpoint)
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - began
            self.peak_mib[name] = peak_mib()
        if release:
            memory.release()

    def progress(self, name: str, done: int | None = None, total: int | None = None) -> None:
        if not self.show or time.perf_counter() - self.start < SHOW_AFTER:
            return
        count = f" {done}/{total}" if total else ""
        self.stream.write(f"\r\x1b[Kbuilding: {name}{count}")
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def rounded(self) -> dict[str, float]:
        return {name: round(seconds, 4) for name, seconds in self.seconds.items()}

    def report(self) -> dict[str, object]:
        """What --timings writes: the whole, each stage's seconds and peak memory."""
        return {
            "seconds": round(self.total(), 4),
            "stages": self.rounded(),
            "peak_mib": self.peak_mib,
        }

    def total(self) -> float:
        return time.perf_counter() - self.start


def peak_mib() -> int:
    """The peak resident memory of this process so far, in MiB (0 where unknown)."""
    try:
        import resource
    except ImportError:  # not on every system
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
