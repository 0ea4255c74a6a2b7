"""The build's own folder beside the site (the build store, `.site.cache`): read back only
if this user alone can have written it. The folder and every file in it must belong to
the user the build runs as, be writable by no one else, and be no symbolic link; the
folder is made (and kept) 0700, its files 0600. Whatever fails the test is never read:
the build then starts afresh and keeps nothing there, and says why, naming the path."""

from __future__ import annotations

import io
import os
import shutil
import stat
from pathlib import Path

OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH


def problem(folder: Path) -> tuple[Path, str] | None:
    """Why the folder may not be read back, with the path at fault (None if it may be,
    or if it is missing: then there is nothing to read)."""
    try:
        status = os.lstat(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return folder, f"cannot be looked at ({(exc.strerror or 'unknown').lower()})"
    why = fault(status, folder=True)
    if why:
        return folder, why
    try:
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                why = fault(entry.stat(follow_symlinks=False), folder=False)
                if why:
                    return Path(entry.path), why
    except OSError as exc:
        return folder, f"cannot be read ({(exc.strerror or 'unknown').lower()})"
    return None


def fault(status: os.stat_result, folder: bool) -> str | None:
    """What makes a folder (or a file in it) one that someone else may have written."""
    mode = status.st_mode
    if stat.S_ISLNK(mode):
        return "is a symbolic link"
    if folder and not stat.S_ISDIR(mode):
        return "is not a folder"
    if not folder and not stat.S_ISREG(mode):
        return "is not a regular file"
    if status.st_uid != os.getuid():
        return f"belongs to another user (uid {status.st_uid})"
    if mode & OTHERS_WRITE:
        return f"may be written by other users (mode {stat.S_IMODE(mode):04o})"
    return None


def open_own(path: Path) -> io.BufferedReader:
    """A file of the folder, opened to read only if it is (still) this user's alone; else
    OSError, as for a file that is missing."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    why = fault(os.fstat(fd), folder=False)
    if why:
        os.close(fd)
        raise PermissionError(f"{path} {why}")
    return open(fd, "rb")


def make(folder: Path) -> bool:
    """Make the folder (0700), or take it as it is if it is this user's alone (and make
    it 0700: a build before these checks made it 0755). False if it is not to be
    written in."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        if problem(folder) is not None:
            return False
    os.chmod(folder, 0o700)  # a folder of this user's, no link: looked at just now
    return True


def clear(folder: Path) -> None:
    """Remove a store folder that is this user's alone; anyone else's is left as it is."""
    if problem(folder) is None:
        shutil.rmtree(folder, ignore_errors=True)
