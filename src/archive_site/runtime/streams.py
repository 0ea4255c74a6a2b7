"""Standard output and error as a command writes them: in any locale, and never failing it.

What the stream's encoding cannot hold (a Cyrillic name in an ASCII locale) is written as
escapes. A stream that cannot be written (a full disk, `> /dev/full`, a pipe whose reader
has gone, `| head -0`) is noted rather than raised: what the command did stays done (a
published site stays published), the rest of what it says there goes nowhere, and the
command then says so once on the other stream, where it can, and exits with 1.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TextIO


class Guarded(io.TextIOBase):
    """A standard stream that notes, rather than raises, that it cannot be written."""

    def __init__(self, stream: TextIO, name: str) -> None:
        super().__init__()
        self.stream = stream
        self.name = name
        self.lost: str | None = None  # why it could not be written, once it could not

    def write(self, text: str) -> int:
        if self.lost is None:
            try:
                self.stream.write(text)
            except OSError as exc:
                self.lose(exc)
        return len(text)

    def flush(self) -> None:
        if self.lost is None:
            try:
                self.stream.flush()
            except OSError as exc:
                self.lose(exc)

    def lose(self, exc: OSError) -> None:
        """Note why; what the stream still holds is then written to nowhere, so that
        neither a later flush nor Python's at exit fails again."""
        self.lost = "a closed pipe" if exc.errno == errno.EPIPE else why(exc)
        with suppress(OSError, ValueError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self.stream.fileno())
            os.close(null)

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self.stream.errors


def why(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


@contextmanager
def guarded() -> Iterator[list[Guarded]]:
    """Standard output and error, escaping and guarded, while a command runs; the guards
    are given, to be asked afterwards (`unwritten`) what could not be written."""
    escaping()
    out, err = sys.stdout, sys.stderr
    guards = [Guarded(out, "standard output"), Guarded(err, "standard error")]
    sys.stdout, sys.stderr = guards
    try:
        yield guards
    finally:
        for guard in guards:
            guard.flush()
        sys.stdout, sys.stderr = out, err


def escaping() -> None:
    """What a standard stream's encoding cannot hold is written as an escape: in an ASCII
    locale "Меморандум" is printed as "\\u041c\\u0435...", never an error."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def unwritten(guards: list[Guarded], code: int, done: str) -> int:
    """The exit code of a command whose output may have been lost: with a stream lost,
    say so once on the other (where it can be), and exit with 1 (or the command's own
    code, if it failed). `done` says what is in place all the same."""
    lost = [guard for guard in guards if guard.lost is not None]
    if not lost:
        return code
    for guard in lost:
        said = f"{guard.name} could not be written ({guard.lost})"
        line = f"{said}; {done}, but what it had to say there is lost" if not code else said
        for other in guards:
            if other.lost is None:
                other.write(line + "\n")
                other.flush()
                break
    return code or 1
