"""Publishing the staged site: one atomic exchange of two folders, so that at every moment
the published folder is either the complete old site or the complete new one, even if the
build is killed. Also the checkpoints a crash test can stop the build at."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from . import interrupt

RENAME_EXCHANGE = 2  # linux/fs.h
AT_FDCWD = -100
PAUSE_VARIABLE = "ARCHIVE_SITE_PAUSE_AT"  # for crash tests only: a checkpoint's name
PAUSE_SECONDS = 600  # the longest a crash test's pause lasts


def checkpoint(name: str) -> None:
    """Where a crash test may stop the build: with the variable set to this name, say so
    on standard error and wait for a signal (to be killed, or interrupted; SIGUSR1 goes
    on, after a test has, say, filled the disk). A signal that comes between the line and
    the wait is not missed, and the wait ends by itself after PAUSE_SECONDS, should the
    test be gone."""
    if os.environ.get(PAUSE_VARIABLE) != name:
        return
    resumed: list[int] = []
    signal.signal(signal.SIGUSR1, lambda signum, frame: resumed.append(signum))
    sys.stderr.write(f"paused at {name}\n")  # one write: the line is whole when seen
    sys.stderr.flush()
    deadline = time.monotonic() + PAUSE_SECONDS
    while not resumed and not interrupt.deferred() and time.monotonic() < deadline:
        time.sleep(0.02)  # a signal's handler runs here, and may raise
    if resumed:
        sys.stderr.write(f"going on from {name}\n")
        sys.stderr.flush()


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return bool(result == 0)


def publish(staging: Path, site: Path) -> Path:
    """Put the staged site in the place of the old one; the folder the old one is left
    in, to be removed (`removing`), which a later build clears away if this one is
    stopped first (`clear_leftovers`)."""
    if site.exists() and exchange(staging, site):
        checkpoint("published")
        return staging  # it now holds the old site
    old = site.with_name(f".{site.name}.old")  # where an exchange is not to be had
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        os.replace(site, old)
    os.replace(staging, site)
    checkpoint("published")
    return old


def removing(folder: Path) -> Callable[[], None]:
    """Remove a folder (the old site) in a thread of its own, while the build goes on
    (saving its store): its files are unlinked by the system, mostly outside Python.
    The function returned waits for it."""
    remover = threading.Thread(
        target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True}, name="remove"
    )
    remover.start()
    return remover.join


def holds(path: Path, data: bytes) -> bool:
    """Whether a committed file holds these bytes already (then it is neither stale nor
    written again)."""
    try:
        return path.is_file() and path.read_bytes() == data
    except OSError:
        return False


def write_atomic(path: Path, text: str | bytes, mode: int = 0o644) -> None:
    """Replace a file in one step, through a temporary file of a name no other build
    uses, so that a reader sees the old file or the new one, never a part."""
    tmp = temporary(path, text, mode)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def temporary(path: Path, text: str | bytes, mode: int = 0o644) -> str:
    """A file beside `path` holding this text, whole, to be renamed into its place: named
    after it, but short (a name of 255 bytes, the most a system allows, leaves no room
    for more). Nothing is left if it cannot be written whole."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, mode)
    except OSError as exc:  # named after the file it was for, not the temporary one
        Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


class PartlyWritten(OSError):
    """Files of a set could not all be put in place: those that were, and why the rest
    were not (the error of the one that failed)."""

    def __init__(self, cause: OSError, path: Path, written: list[Path]) -> None:
        super().__init__(cause.errno, cause.strerror, str(path))
        self.written = written


def write_all(files: Iterable[tuple[Path, bytes]]) -> list[Path]:
    """Replace files together: each is written whole to a temporary file beside it, and
    only when all are written are they renamed into place, in order (renaming takes no
    room), so that a full disk leaves every file as it was. The paths replaced; should a
    rename fail, a `PartlyWritten` says which were."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            staged.append((temporary(path, data), path))
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    done: list[Path] = []
    try:
        for tmp, path in staged:
            os.replace(tmp, path)
            done.append(path)
    except OSError as exc:
        for tmp, _ in staged[len(done) :]:
            Path(tmp).unlink(missing_ok=True)
        raise PartlyWritten(exc, staged[len(done)][1], done) from exc
    return done


def clear_leftovers(site: Path) -> None:
    """Staging folders a killed build left beside the site."""
    for stale in site.parent.glob(f".{site.name}.staging-*"):
        shutil.rmtree(stale, ignore_errors=True)
    shutil.rmtree(site.with_name(f".{site.name}.old"), ignore_errors=True)
