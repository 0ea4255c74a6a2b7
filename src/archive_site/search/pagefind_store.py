"""What Pagefind's index keeps in the build store between builds: each part's index and
Pagefind's program.

A document's part is fixed by its id (a digest of it), among a number of parts that is a
power of two and changes only when the archive doubles or halves: an edit, an added or a
removed document changes its own part alone. A part's index is kept under a key of its
documents (each document as the store digests it), so a part whose documents are all as
they were is taken again and Pagefind runs only on the others. The indexing process
leaves what it made in a work folder (`leave`), read back once the process has ended
(`made_in`) for the build to keep."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..digests import digest
from ..model import Document
from ..pickling import text_pickler, text_unpickler
from . import pagefind_parts as parts

PART_DOCUMENTS = 100  # documents of a Pagefind part, at most on average
KIND = "pagefind part"  # in the build store: a part's index, by a key of its documents
PROGRAM = "pagefind program"  # in the build store: Pagefind's scripts and WebAssembly
PROGRAM_MADE = "program.pickle"  # in the work folder: the program, where none was kept


def part_count(documents: int) -> int:
    """How many parts an archive is indexed in: a power of two, so that a document keeps
    its part until the archive doubles or halves."""
    count = 1
    while documents > count * PART_DOCUMENTS:
        count *= 2
    return count


def part_of(doc_id: str, count: int) -> int:
    """A document's part, from its id alone."""
    return int.from_bytes(digest(doc_id.encode("utf-8")).digest()[:8], "big") % count


def split(documents: tuple[Document, ...]) -> list[list[Document]]:
    """The documents of each part, in the archive's order."""
    count = part_count(len(documents))
    out: list[list[Document]] = [[] for _ in range(count)]
    for doc in documents:
        out[part_of(doc.id, count)].append(doc)
    return out


@dataclass(frozen=True)
class Plan:
    """The parts of this build's index: each part's documents and key, the index kept
    for it (None: to be made by Pagefind), and Pagefind's program, if kept."""

    groups: tuple[tuple[Document, ...], ...]
    keys: tuple[str, ...]
    kept: tuple[parts.Kept | None, ...]
    program: parts.Files | None
    program_key: str

    @property
    def made(self) -> tuple[bool, ...]:
        """Which parts Pagefind indexes afresh in this build."""
        pairs = zip(self.kept, self.groups, strict=True)
        return tuple(held is None and bool(docs) for held, docs in pairs)


def groups(documents: tuple[Document, ...]) -> tuple[tuple[Document, ...], ...]:
    """The documents of each part, as a plan holds them."""
    return tuple(tuple(docs) for docs in split(documents))


def fresh(documents: tuple[Document, ...]) -> Plan:
    """A plan with nothing kept: every part indexed afresh (a build with no store)."""
    parted = groups(documents)
    return Plan(parted, tuple("" for _ in parted), tuple(None for _ in parted), None, "")


@dataclass(frozen=True)
class Made:
    """What the indexing process made afresh: each part's index by its place, and
    Pagefind's program, where none was kept."""

    indexes: tuple[tuple[int, parts.Kept], ...]
    program: parts.Files | None


def made_name(n: int) -> str:
    """Where part `n`, indexed afresh, is left for the build, in the work folder."""
    return f"made-{n}.pickle"


def leave(work: Path, n: int, made: parts.Kept) -> None:
    """Leave part `n`, indexed afresh in the indexing process, for the build to keep."""
    write_data(work / made_name(n), made)


def leave_program(work: Path, program: parts.Files) -> None:
    write_data(work / PROGRAM_MADE, program)


def made_in(plan: Plan, work: Path) -> Made:
    """The parts (and the program) the indexing process left in `work`."""
    made = tuple((n, read_data(work / made_name(n))) for n, new in enumerate(plan.made) if new)
    program = read_data(work / PROGRAM_MADE) if (work / PROGRAM_MADE).exists() else None
    return Made(made, program)


def write_data(path: Path, value: object) -> None:
    with path.open("wb") as f:
        text_pickler(f).dump(value)


def read_data(path: Path) -> Any:
    with path.open("rb") as f:
        return text_unpickler(f).load()
