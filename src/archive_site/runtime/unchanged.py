"""The quickest build: nothing to do. When every input file, option and line of code is
as it was after the last successful build, and the published site is file for file as
that build left it, the site that build would make is the one already there.

The last build leaves a snapshot beside the site (in the store's folder): a digest of
each input folder as it stood when the build ended (the records and the anchor register
as it wrote them), and the size, time and inode of each published file. Looking costs
a read of the inputs and a look at each published file, never their parsing.
"""

from __future__ import annotations

import os
import pickle
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..digests import digest
from ..pickling import DataUnpickler, pickled_by_fields
from . import private
from .paths import Paths
from .publish import write_atomic

SNAPSHOT = "unchanged.snapshot"
LARGEST = 200 * 2**20  # above the limit of every kind of input
Stamp = tuple[str, int, int, int]  # a published file: its path, size, time (ns), inode


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Snapshot:
    inputs: dict[str, str]  # a digest of each input folder, the code and the options
    site: tuple[Stamp, ...]
    summary: Summary  # what the build reported, to report again


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Summary:
    documents: int
    pages: int
    warnings: tuple[str, ...]


def inputs(paths: Paths, code: str, options: tuple[object, ...]) -> dict[str, str]:
    """A digest of each input: the seeds, the records (and what is kept beside them),
    the content, the templates, the code and the options."""
    out = {"code": code, "options": repr(options)}
    folders = {"seeds": paths.seeds, "documents": paths.documents, "content": paths.content}
    for name, folder in folders.items():
        out[name] = folder_digest(folder)
    return out


def folder_digest(folder: Path) -> str:
    """Every file below a folder: its path and bytes, in a fixed order. What is not a
    regular file of a readable size (a pipe, a device, a file above every input's limit)
    is noted by its kind, size and time, never read: the build proper reports it."""
    made = digest()
    for path in files(folder):
        made.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape"))
        try:
            status = path.stat()
            if stat.S_ISREG(status.st_mode) and status.st_size <= LARGEST:
                made.update(b"\0" + path.read_bytes())
            else:
                made.update(f"\1{status.st_mode} {status.st_size} {status.st_mtime_ns}".encode())
        except OSError as exc:
            made.update(f"\2{exc.errno}".encode())
        made.update(b"\0")
    return made.hexdigest()


def files(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from files(Path(entry.path))
        else:
            yield Path(entry.path)


def stamps(site: Path) -> tuple[Stamp, ...]:
    """Each file of the published site, as the file system describes it."""
    out = []
    for path in files(site):
        status = path.lstat()
        rel = path.relative_to(site).as_posix()
        out.append((rel, status.st_size, status.st_mtime_ns, status.st_ino))
    return tuple(out)


def read(cache: Path) -> Snapshot | None:
    """The last build's snapshot: data only, from a file of this user's alone."""
    try:
        with private.open_own(cache / SNAPSHOT) as f:
            found = DataUnpickler(f).load()
    except Exception:  # missing, damaged or not the build's: look no further, build
        return None
    return found if isinstance(found, Snapshot) else None


def same(cache: Path, site: Path, now: dict[str, str]) -> Summary | None:
    """What the last build reported, if the inputs and the site are as it left them."""
    snapshot = read(cache)
    if snapshot is None or snapshot.inputs != now:
        return None
    return snapshot.summary if snapshot.site == stamps(site) else None


def leave(
    cache: Path, site: Path, before: dict[str, str], after: dict[str, str], summary: Summary
) -> None:
    """Note a successful build. The inputs it read must not have changed while it ran;
    only the records and the register, which it writes, may differ from when it began."""
    written = {"documents"}
    if any(before[k] != after[k] for k in before.keys() - written):
        forget(cache)
        return
    if not private.make(cache):
        return
    snapshot = Snapshot(after, stamps(site), summary)
    write_atomic(cache / SNAPSHOT, pickle.dumps(snapshot, protocol=5), mode=0o600)


def forget(cache: Path) -> None:
    """The snapshot no longer stands for the site."""
    (cache / SNAPSHOT).unlink(missing_ok=True)
