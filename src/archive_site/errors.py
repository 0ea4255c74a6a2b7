"""Diagnostics with a location, and the errors that carry them out of a build."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem found in the input, printed as `path:line: message`."""

    path: str
    line: int
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.path}:{self.line}: {prefix}{self.message}"


def table_line(module: str, name: str) -> tuple[str, int]:
    """Where a table of the program begins (`NAME = (`), for a located error when its rows
    and what they name disagree: its module's file, from the package, and line."""
    rel = "/".join(module.split(".")[1:]) + ".py"
    lines = resources.files("archive_site").joinpath(rel).read_text(encoding="utf-8").splitlines()
    line = next((n for n, text in enumerate(lines, 1) if text.startswith(f"{name} =")), 1)
    return f"archive_site/{rel}", line


class ArchiveError(Exception):
    """An expected failure: bad input. The CLI prints its diagnostics, never a traceback."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


class Reporter:
    """Collects diagnostics across a stage, so that one run reports every problem."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []

    def error(self, path: Path | str, line: int, message: str) -> None:
        self.diagnostics.append(Diagnostic(display(path), line, message))

    def warn(self, path: Path | str, line: int, message: str) -> None:
        self.diagnostics.append(Diagnostic(display(path), line, message, "warning"))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise ArchiveError(sorted(set(self.errors)))


def display(path: Path | str) -> str:
    """A path as a user gave it (`relative`), as messages show a name (`shown`)."""
    return shown(relative(path))


def relative(path: Path | str) -> str:
    """A path relative to the working folder where it lies below it, as text."""
    p = Path(path)
    try:  # not resolved: a symbolic link is shown as itself, not as what it names
        return as_text(str(Path(os.path.abspath(p)).relative_to(os.getcwd())))
    except ValueError:
        return as_text(str(p))


def as_text(name: str) -> str:
    """A path as text whatever the locale: where Python reads file names as ASCII, the
    bytes of "é" come as two escapes, read here as the UTF-8 they are. Bytes that are
    not UTF-8 stay escapes, which `shown` writes out."""
    try:
        return os.fsencode(name).decode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # text already
        return name


def shown(name: Path | str) -> str:
    """A path or file name as a message shows it where it stands alone (`path:line: ...`):
    as it is where every character prints as itself, else quoted with escapes (`quoted`),
    so that no name splits a message's line or writes an escape sequence to the terminal."""
    text = str(name)
    return text if text.isprintable() else quoted(text)


def quoted(name: Path | str) -> str:
    """A path or file name as a message quotes it: in quotes, with every character that
    does not print as itself escaped: 'a\\nb.txt' for a line break, '\\x1b[31m.txt' for an
    escape sequence, '\\udcff.txt' for a byte that is not UTF-8."""
    return repr(str(name))


def one_of(wrong: str, ids: set[str], listed: int = 6) -> str:
    """What an id should have been: the ids themselves in a small collection, else the
    closest ones."""
    if len(ids) <= listed:
        return "one of " + ", ".join(sorted(ids))
    close = difflib.get_close_matches(wrong, sorted(ids), n=3)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return f"the id of a document in documents/{hint}"
