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
from pathlib import Path

RENAME_EXCHANGE = 2  # linux/fs.h
AT_FDCWD = -100
PAUSE_VARIABLE = "ARCHIVE_SITE_PAUSE_AT"  # for crash tests only: a checkpoint's name


def checkpoint(name: str) -> None:
    """Where a crash test may stop the build: with the variable set to this name, say so
    on standard error and wait for a signal (to be killed, or interrupted)."""
    if os.environ.get(PAUSE_VARIABLE) == name:
        sys.stderr.write(f"paused at {name}\n")  # one write: the line is whole when seen
        sys.stderr.flush()
        signal.pause()


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


def publish(staging: Path, site: Path) -> None:
    """Put the staged site in the place of the old one, then remove the old one."""
    if site.exists() and exchange(staging, site):
        checkpoint("published")
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the old site
        return
    old = site.with_name(f".{site.name}.old")  # where an exchange is not to be had
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        os.replace(site, old)
    os.replace(staging, site)
    checkpoint("published")
    shutil.rmtree(old, ignore_errors=True)


def holds(path: Path, data: bytes) -> bool:
    """Whether a committed file holds these bytes already (then it is neither stale nor
    written again)."""
    try:
        return path.is_file() and path.read_bytes() == data
    except OSError:
        return False


def write_atomic(path: Path, text: str | bytes) -> None:
    """Replace a file in one step, through a temporary file of a name no other build
    uses, so that a reader sees the old file or the new one, never a part."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    # named after the file, but short: a name of 255 bytes, the most a system allows, has
    # no room for more
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def clear_leftovers(site: Path) -> None:
    """Staging folders a killed build left beside the site."""
    for stale in site.parent.glob(f".{site.name}.staging-*"):
        shutil.rmtree(stale, ignore_errors=True)
    shutil.rmtree(site.with_name(f".{site.name}.old"), ignore_errors=True)
