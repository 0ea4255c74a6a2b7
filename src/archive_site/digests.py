"""The one digest the program makes, wherever it tells data apart: SHA-256.

The register's fingerprints (a paragraph's published version) and the names of the
Pagefind files the build writes itself are published, and SHA-256 is theirs; the build
store's keys, the snapshot that spares a build after no edit, the preview's watch on the
site and the zip's shared entries use the same, so that one algorithm is all there is.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import _Hash


def digest(data: bytes = b"") -> _Hash:
    """A digest of `data`, to be added to (`update`) and read (`digest`, `hexdigest`)."""
    return hashlib.sha256(data)


def file_digest(path: str | Path) -> bytes:
    """The digest of a file's bytes, read a block at a time."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, digest).digest()


def data_digest(data: bytes) -> bytes:
    """The digest of some bytes."""
    return digest(data).digest()
