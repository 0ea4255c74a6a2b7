"""The anchor register and its aliases (documents/anchors/): every anchor the archive has
published, read and written here; archive/anchors.py settles ids and checks them against
it. The register is written only by a build that succeeded, and only ever grows."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ..digests import digest
from ..errors import Reporter
from ..pickling import pickled_by_fields
from ..runtime.publish import holds
from . import yamlio
from .inputs import present, read_text

REGISTER = "register.tsv"
ALIASES = "aliases.yaml"
COLUMNS = ("kind", "name", "page", "fingerprint", "text")
KINDS = ("document", "anchor", "entity", "page")
HEADER = (
    "# Every anchor and page this archive has published: documents, their blocks and page\n"
    "# markers, entities and every other page, where each lives and its text's fingerprint.\n"
    "# Written by `python build.py`; commit it with the records. Lines are only ever added\n"
    "# or, for a revision recorded in aliases.yaml, updated. Tab-separated columns:\n"
    "# " + "\t".join(COLUMNS) + "\n"
)
EXCERPT = 80


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # "document", "anchor", "entity" or "page"
    name: str  # a document id, "document#anchor", an entity id, or a page's path
    page: str  # where a document, entity or page lives; "" for an anchor (its document's)
    fingerprint: str  # of an anchor's text; "" for documents, entities and pages
    text: str  # what a reader found there: a title, the anchor's first words, a name
    line: int = 0  # in the register file

    @property
    def document(self) -> str:
        return self.name.split("#")[0]

    @property
    def anchor(self) -> str:
        return self.name.partition("#")[2]


@dataclass(frozen=True)
class Register:
    path: Path
    entries: tuple[Entry, ...] = ()

    def of(self, kind: str) -> dict[str, Entry]:
        return {e.name: e for e in self.entries if e.kind == kind}

    def anchors_of(self, doc_ids: list[str]) -> list[Entry]:
        return [e for doc in doc_ids for e in self.by_document.get(doc, [])]

    def pages(self) -> dict[str, Entry]:
        """Every page path the register holds, with its line: a document's or entity's
        page, and each page of its own (the first line that names it)."""
        out: dict[str, Entry] = {}
        for e in self.entries:
            path = e.name if e.kind == "page" else e.page
            if path and e.kind != "anchor":
                out.setdefault(path, e)
        return out

    @cached_property
    def by_document(self) -> dict[str, list[Entry]]:
        """Each document's anchors, in register order."""
        out: dict[str, list[Entry]] = {}
        for entry in self.entries:
            if entry.kind == "anchor":
                out.setdefault(entry.document, []).append(entry)
        return out


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Alias:
    old: str
    new: str  # an anchor, a document or entity id; or "revised <fingerprint>"
    line: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Aliases:
    path: Path
    documents: dict[str, Alias] = field(default_factory=dict)
    anchors: dict[str, dict[str, Alias]] = field(default_factory=dict)  # by document id
    entities: dict[str, Alias] = field(default_factory=dict)
    pages: dict[str, Alias] = field(default_factory=dict)  # a moved page's path -> new path

    def renamed_to(self, doc_id: str) -> list[str]:
        """The retired document ids whose anchors now belong to `doc_id`."""
        return sorted(old for old in self.documents if self.document(old) == doc_id)

    def document(self, doc_id: str) -> str:
        """Where a document id now points, following a chain of renamings."""
        seen = {doc_id}
        while doc_id in self.documents:
            doc_id = self.documents[doc_id].new
            if doc_id in seen:
                break
            seen.add(doc_id)
        return doc_id


# -- reading ---------------------------------------------------------------------------


def read(folder: Path, report: Reporter) -> tuple[Register, Aliases]:
    return read_register(folder / REGISTER, report), read_aliases(folder / ALIASES, report)


def read_register(path: Path, report: Reporter) -> Register:
    if not present(path):
        return Register(path)
    text = read_text(path, "register", report)
    entries = []
    for n, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS) or cells[0] not in KINDS:
            report.error(
                path,
                n,
                f"a register line has {len(cells)} field(s) of kind {cells[0]!r}; expected "
                f"{len(COLUMNS)} tab-separated fields ({', '.join(COLUMNS)}) of kind "
                f"{', '.join(KINDS)}",
            )
            continue
        kind, name, page, print_, words = cells
        entries.append(Entry(sys.intern(kind), name, page, print_, words, n))
    return Register(path, tuple(entries))


def read_aliases(path: Path, report: Reporter) -> Aliases:
    if not present(path):
        return Aliases(path)
    located = yamlio.read(path, "aliases", "aliases", report)
    if located is None:
        return Aliases(path)
    data: dict[str, Any] = located.data or {}

    def table(where: list[str | int], items: dict[str, str]) -> dict[str, Alias]:
        return {old: Alias(old, new, located.key_line(where, old)) for old, new in items.items()}

    return Aliases(
        path,
        table(["documents"], data.get("documents") or {}),
        {
            doc: table(["anchors", doc], items or {})
            for doc, items in (data.get("anchors") or {}).items()
        },
        table(["entities"], data.get("entities") or {}),
        table(["pages"], data.get("pages") or {}),
    )


def fingerprint(text: str) -> str:
    return digest(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1].rstrip() + "…"


def dump(register: Register) -> bytes:
    """The register file's bytes (held as UTF-8, half the size of such a text)."""
    out = io.BytesIO()
    out.write(HEADER.encode("utf-8"))
    for e in register.entries:  # a row at a time: the text is never held twice
        out.write(("\t".join(clean(getattr(e, c)) for c in COLUMNS) + "\n").encode("utf-8"))
    return out.getvalue()


def clean(value: str) -> str:
    return " ".join(value.split())


def stale(path: Path, text: bytes) -> list[tuple[str, str]]:
    """The register at `path`, if it lacks what this build publishes (for --check)."""
    if holds(path, text):
        return []
    return [
        (
            str(path),
            "the anchor register lacks what this build publishes; expected it "
            "committed up to date (run `python build.py` and commit the result)",
        )
    ]


def changed(path: Path, text: bytes) -> list[tuple[Path, bytes]]:
    """The register with its text, if its file does not hold it already."""
    if holds(path, text):
        return []
    path.parent.mkdir(parents=True, exist_ok=True)
    return [(path, text)]


def name(path: Path) -> str:
    """The register as the build's summary names it: anchors/register.tsv."""
    return f"{path.parent.name}/{path.name}"
