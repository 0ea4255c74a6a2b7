"""The folder a site is published to: which folders a build may replace, one build at a
time for each, and the marker that says a folder is a site this program published.

A build replaces its output folder whole, so it must never take a folder that holds
anything else: only a missing or empty folder, or one that carries the marker, and never
the root, a home, a repository or a folder the build reads from."""

from __future__ import annotations

import errno
import fcntl
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import quoted, relative

MARKER = ".archive-site"  # written into every site this program publishes
MARKER_TEXT = (
    "This folder is a site published by the archive's build (build.py).\n"
    "Each build replaces the whole folder: keep nothing else in it.\n"
)


class Busy(Exception):
    """Another build holds the output folder."""


def problems(site: Path, inputs: dict[str, Path]) -> list[str]:
    """Why the build may not replace this folder, as `--out: message` lines (none if it may).
    `inputs` names each folder the build reads (option -> folder)."""
    shown = quoted(site)
    if os.path.islink(site) and not site.exists():
        return [f"--out: {shown} is a symbolic link to nothing; expected a folder"]
    real = site.resolve()
    if real.exists() and not real.is_dir():
        return [
            f"--out: {shown} is a file; expected a folder for the site (or a name not yet taken)"
        ]
    if real == Path(real.anchor) or real == Path.home().resolve():
        which = "the root" if real == Path(real.anchor) else "the home"
        return [
            f"--out: {shown} is {which} folder; expected a folder of its own, since the "
            "build replaces it whole"
        ]
    if ".git" in real.parts or (real / ".git").exists():
        return [
            f"--out: {shown} is a repository or lies inside one's .git folder; expected a "
            "folder of its own, since the build replaces it whole"
        ]
    found = []
    for option, folder in inputs.items():
        inside = folder.resolve()
        if real == inside or real in inside.parents or inside in real.parents:
            found.append(
                f"--out: {shown} overlaps the {option} folder {quoted(folder)}; expected a "
                "folder of its own, since the build replaces it whole"
            )
    if found:
        return found
    parent = nearest_existing(real.parent)
    if not parent.is_dir():
        return [
            f"--out: {shown} lies under {quoted(relative(parent))}, which is a file; "
            "expected a folder"
        ]
    if not os.access(parent, os.W_OK | os.X_OK):
        return [
            f"--out: {shown} cannot be made in {quoted(relative(parent))} (no permission to write "
            "there); expected a folder the build may write beside"
        ]
    if real.is_dir() and not ours(real):
        return [
            f"--out: {shown} holds files this program did not publish (it has no {MARKER} "
            "marker); expected a missing or empty folder, or a site built here. Empty or "
            "remove it, or choose another folder: the build would replace it whole"
        ]
    return []


def nearest_existing(path: Path) -> Path:
    while not os.path.lexists(path) and path != path.parent:
        path = path.parent
    return path


def ours(folder: Path) -> bool:
    """Whether a folder may be replaced: empty, or marked as a site published here."""
    try:
        with os.scandir(folder) as entries:
            names = {entry.name for entry in entries}
    except OSError:
        return False
    return not names or (MARKER in names and (folder / MARKER).is_file())


def lock_path(site: Path) -> Path:
    return site.with_name(f".{site.name}.lock")


@contextmanager
def locked(site: Path) -> Iterator[None]:
    """Hold the output folder for one build: a lock beside it, released however the build
    ends (the system releases it if the process dies). Raises Busy, naming the holder, or
    Refused where the lock's name is taken by anything but a lock file of this user's:
    the lock is opened without following a link, and is written (its process number)
    only once it is known to be a lock; it is removed only if it is still the one held."""
    path = lock_path(site)
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = open_lock(path)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 64).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise Busy(holder) from None
        if same_file(fd, path):
            break
        os.close(fd)
    if not re.fullmatch(rb"([0-9]{1,19}\n)?", os.pread(fd, 64, 0)):
        os.close(fd)  # not a lock that a build left: neither emptied nor removed
        raise Refused(path, "holds something other than the process number a build writes")
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        if same_file(fd, path):  # before the lock is let go: no one waits on it
            path.unlink(missing_ok=True)
        os.close(fd)


class Refused(Exception):
    """The lock's name beside the site is taken by something that is not a lock."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(path, why)
        self.path, self.why = path, why


def open_lock(path: Path) -> int:
    """The lock file, made if missing: a regular file of this user's, never reached
    through a symbolic link (nor a pipe that would block)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused(path, "is a symbolic link") from None
        if exc.errno == errno.EISDIR:
            raise Refused(path, "is a folder") from None
        raise
    status = os.fstat(fd)
    why = None
    if not stat.S_ISREG(status.st_mode):
        why = "is a named pipe" if stat.S_ISFIFO(status.st_mode) else "is not a regular file"
    elif status.st_uid != os.getuid():
        why = f"belongs to another user (uid {status.st_uid})"
    if why:
        os.close(fd)
        raise Refused(path, why)
    return fd


def same_file(fd: int, path: Path) -> bool:
    """Whether the path still names the file open as fd (not another put in its place)."""
    try:
        here, there = os.fstat(fd), os.lstat(path)
    except FileNotFoundError:  # the last holder removed it as this build opened it
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def readable(folder: Path) -> None:
    """Give a staged site the modes a web server needs: folders 0755, files 0644, whatever
    the umask and mkdtemp (0700) made."""
    os.chmod(folder, 0o755)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o755)
        for name in files:
            path = os.path.join(root, name)
            if stat.S_IMODE(os.lstat(path).st_mode) != 0o644:
                os.chmod(path, 0o644)
