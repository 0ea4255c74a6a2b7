"""A file an option asks the build to write beside the site (`--timings`): guarded as the
site's folder is. The build replaces such a file whole, so it must never be an input or
one of the build's own files, never lie in a folder the build reads or replaces, never be
reached through a symbolic link, and never be a file that holds anything else: only a new
name, an empty file, or a file that an earlier build wrote for the same option."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Mapping
from pathlib import Path

from ..errors import quoted, relative

PROGRAM = Path(__file__).resolve().parents[1]  # the package: its own code and modules
LARGEST = 1 << 20  # an earlier file of this kind is far smaller: a larger one is not one


def problems(
    option: str,
    path: Path,
    folders: Mapping[str, Path],
    site: Path,
    ours: Callable[[bytes], bool],
) -> list[str]:
    """Why the build may not write this file, as `option: message` lines (none if it may).
    `folders` names each folder the build reads (option -> folder); `site` is where it
    publishes; `ours(data)` tells an earlier file of this kind by its bytes."""
    shown = repr(str(path))
    if os.path.islink(path):
        return [
            f"{option}: {shown} is a symbolic link; expected a file name of its own (the "
            "build never writes through a link)"
        ]
    try:
        status: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        status = None
    except OSError as exc:
        return [f"{option}: {shown} cannot be looked at ({reason(exc)}); expected a file name"]
    if status is not None and stat.S_ISDIR(status.st_mode):
        return [f"{option}: {shown} is a folder; expected a file name for the timings"]
    if status is not None and not stat.S_ISREG(status.st_mode):
        return [
            f"{option}: {shown} is {kind(status.st_mode)}, not a regular file; expected a "
            "file name for the timings"
        ]
    parent = path.parent if str(path.parent) else Path(".")
    found = among(option, shown, parent.resolve() / path.name, folders, site)
    if found:
        return [found]
    if not parent.is_dir():
        return [f"{option}: {shown} lies in no existing folder; expected a file in one"]
    if status is not None and status.st_size and not earlier(path, ours):
        return [
            f"{option}: {shown} is a file that holds something else; expected a new file "
            "name, or the file an earlier build wrote there (the build replaces it whole)"
        ]
    if not os.access(parent, os.W_OK | os.X_OK):
        return [
            f"{option}: {shown} cannot be made in {quoted(relative(parent))} (no permission to "
            "write there); expected a folder the build may write in"
        ]
    return []


def among(
    option: str, shown: str, real: Path, folders: Mapping[str, Path], site: Path
) -> str | None:
    """Whether a file (its real path) is one of the build's inputs, its site or its own."""
    for name, folder in folders.items():
        inside = folder.resolve()
        if real == inside or inside in real.parents:
            return (
                f"{option}: {shown} lies in the {name} folder {str(folder)!r}, which the "
                "build reads; expected a file outside the inputs"
            )
    out = site.resolve()
    beside = {out.with_name(f".{out.name}.{what}") for what in ("cache", "lock", "old")}
    if real == out or out in real.parents:
        return (
            f"{option}: {shown} lies in the --out folder {str(site)!r}, which each build "
            "replaces whole; expected a file outside the site"
        )
    if real in beside or any(p in real.parents for p in beside) or staging(real, out):
        return (
            f"{option}: {shown} is one of the files the build keeps beside the site; "
            "expected a file of its own"
        )
    if ".git" in real.parts:
        return (
            f"{option}: {shown} lies inside a repository's .git folder; expected a file outside it"
        )
    if real == PROGRAM or PROGRAM in real.parents:
        return f"{option}: {shown} lies among the program's own files; expected a file outside them"
    return None


def staging(real: Path, site: Path) -> bool:
    """Whether a path is, or lies in, a folder where a build stages a site."""
    prefix = f".{site.name}.staging-"
    return any(p.parent == site.parent and p.name.startswith(prefix) for p in (real, *real.parents))


def earlier(path: Path, ours: Callable[[bytes], bool]) -> bool:
    """Whether an existing file holds what an earlier build wrote there."""
    try:
        with open(path, "rb") as f:
            data = f.read(LARGEST + 1)
    except OSError:
        return False
    return len(data) <= LARGEST and ours(data)


def timings(data: bytes) -> bool:
    """Whether a file holds timings as `--timings` writes them."""
    try:
        found = json.loads(data)
    except ValueError:
        return False
    return isinstance(found, dict) and set(found) == {"seconds", "stages", "peak_mib"}


def kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()
