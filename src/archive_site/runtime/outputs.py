"""What a stage makes, declared as data: where it is published, what it is made from, and
the function that makes it from that alone. A stage hands these to the build and never
asks the build store itself: `making` (beside the pipeline) alone decides, for each, to
take again what the last build made from the same inputs or to make it now.

- `Output`: a file of the site, made by `make(*inputs)`; with a `view`, made by
  `make(*view(*inputs))`, where the view is itself costly (an entity's page, over every
  document that mentions it) and the file is made again only where the view changed.
- `Outputs`: files made together (a document's exports): all taken again, or all made.
- `Folder`: a folder another process makes (an index), started by `start(folder,
  published)` into the folder it is given (`published`: the folder as the last build
  published it, or None); the build waits for it with the function `start` returns.
- `Values`: values worked out from inputs (a parsed seed, a record's text), each
  `make(*args)`; `computed` works them out with no store (on every core where there are
  enough), and the build hands a stage its own way, which keeps them between builds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from . import pool

Data = str | bytes | Iterator[str]  # a file's text or bytes, or its text in pieces as made
V = TypeVar("V")


@dataclass(frozen=True)
class Output:
    """A file of the site: at `path`, made by make(*inputs), or make(*view(*inputs))."""

    path: str
    inputs: tuple[Any, ...]
    make: Callable[..., Data]
    view: Callable[..., tuple[Any, ...]] | None = None


@dataclass(frozen=True)
class Outputs:
    """Files made together by make(*inputs), which returns each one's data by path."""

    paths: tuple[str, ...]
    inputs: tuple[Any, ...]
    make: Callable[..., Mapping[str, Data]]


@dataclass(frozen=True)
class Folder:
    """A folder of the site made by another process from `inputs`: start(folder,
    published) starts it into the folder it is given and returns the function that waits
    for it (and gives what the process made for the build to keep, if anything);
    `published` is the same folder as the last build published it, whose files the maker
    may take where it would write them the same (None for a fresh build)."""

    path: str
    inputs: tuple[Any, ...]
    start: Callable[[Path, Path | None], Callable[[], Any]]


@dataclass(frozen=True)
class Values(Generic[V]):
    """make(*args) for each args of `inputs`. `shared`: values many of the inputs take in
    (digested once by a build that keeps them); `noted`: where given, each value (or
    the part of it `part` picks, which later stages take in) is known to later keys by
    what it was made from, under this name, not by its own digest."""

    kind: str
    inputs: Sequence[tuple[Any, ...]]
    make: Callable[..., V]
    shared: tuple[Any, ...] = ()
    noted: str | None = None
    part: Callable[[V], object] | None = None


Worked = Callable[[Values[Any]], list[Any]]  # how a stage has its values worked out


def computed(values: Values[V]) -> list[V]:
    """The values worked out afresh, kept nowhere: on every core where there are enough."""
    inputs = values.inputs
    parts = pool.run(made_some, (values.make, inputs), pool.chunks(range(len(inputs)), 10), 2)
    return [value for part in parts for value in part]


def made_some(
    task: tuple[Callable[..., V], Sequence[tuple[Any, ...]]], places: Sequence[int]
) -> list[V]:
    make, inputs = task
    return [make(*inputs[i]) for i in places]


@dataclass(frozen=True)
class Batches:
    """Outputs declared a batch at a time, each batch in a process of its own:
    declare(batch) for each of `batches`. `shared`: values many outputs take in."""

    declare: Callable[[Sequence[int]], Iterator[Output | Outputs]]
    batches: Sequence[Sequence[int]]
    shared: tuple[Any, ...] = ()
