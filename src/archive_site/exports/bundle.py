"""The offline bundle: the whole site as one zip, the same bytes for the same site."""

from __future__ import annotations

import io
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from ..archive.catalog import Catalog
from ..digests import digest, file_digest
from ..errors import Reporter
from ..load.content import Content
from ..model import Document
from ..pickling import pickled_by_fields
from ..runtime import pool
from ..runtime.outdir import MARKER
from ..runtime.outputs import Output
from ..runtime.paths import Paths
from ..runtime.publish import checkpoint
from ..search.pagefind import PAGEFIND as PAGEFIND_FOLDER
from ..site import render, views
from ..site.entity_pages import document_path
from ..site.rows import Link

PAGEFIND = PAGEFIND_FOLDER + "/"

#: the zip's timestamps: SOURCE_DATE_EPOCH where set, else a fixed date (1980, zip's first)
DEFAULT_EPOCH = 315532800


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Packed:
    """Where an entry's deflated bytes lie in a written zip, to be copied, not redone."""

    digest: bytes
    crc: int
    size: int
    offset: int  # of the deflated bytes
    length: int
    stamp: tuple[int, int, int]  # the file it was made from: inode, size, time (ns)


def write(
    site: Path,
    target: Path,
    top: str,
    copy: OfflineCopy,
    before: dict[str, Packed] | None = None,
    source: Path | None = None,
) -> tuple[int, dict[str, Packed]]:
    """Zip the files of the site that `copy` holds (never the bundle itself), as `copy`
    adapts them, under the folder `top`, in sorted order with fixed dates and modes,
    file by file into `target`. An entry that the zip `before`
    described (`source`, else the target as it is) is copied from it if its file is the
    very one it was made from (same inode, size and time) or holds the same bytes.
    Returns the zip's size, and where each entry lies in it."""
    rels = [rel for rel in site_files(site, target) if copy.holds(rel)]
    names = [f"{top}/{rel}" for rel in rels]
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.with_name(target.name + ".old")
    if before and source is None:
        target.replace(old)
        source = old
    index: dict[str, Packed] = {}
    reading = open(source, "rb") if before and source else io.BytesIO()  # noqa: SIM115
    # read and deflated on every core
    made = pool.stream(packed, (before or {}, copy, site, top), rels)
    with open(target, "wb") as out, reading as prior:
        writer = ZipWriter(out)
        for name, entry in zip(names, made, strict=True):  # written here, in order
            if isinstance(entry, Packed):  # as in the zip before: its bytes copied
                prior.seek(entry.offset)
                data = prior.read(entry.length)
            else:
                data = entry.data
            offset = writer.add(name, entry.crc, entry.size, data)
            index[name] = Packed(
                entry.digest, entry.crc, entry.size, offset, len(data), entry.stamp
            )
        writer.close()
    old.unlink(missing_ok=True)
    return target.stat().st_size, index


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Deflated:
    """An entry deflated afresh."""

    digest: bytes
    crc: int
    size: int
    data: bytes
    stamp: tuple[int, int, int]


def site_files(site: Path, target: Path) -> list[str]:
    """The site's files (not the zip itself, nor the marker of a published folder), as
    paths inside it, in the order of their parts (as paths sort): strings, not paths,
    as a site may hold a hundred thousand."""
    skip = target.relative_to(site).as_posix()
    found = []
    for folder, _, files in os.walk(site):
        inside = Path(folder).relative_to(site).as_posix()
        prefix = "" if inside == "." else inside + "/"
        found += [prefix + name for name in files if name != MARKER and prefix + name != skip]
    return sorted(found, key=lambda rel: rel.split("/"))


def packed(task: tuple[dict[str, Packed], OfflineCopy, Path, str], rel: str) -> Packed | Deflated:
    """One file as the zip will hold it: the entry of the zip before (with this file's
    stamp) where the file is the one it was made from or holds the same bytes, else its
    bytes deflated."""
    before, copy, site, top = task
    path, name = site / rel, f"{top}/{rel}"
    status = path.stat()
    stamp = (status.st_ino, status.st_size, status.st_mtime_ns)
    kept = before.get(name)
    if kept is not None and kept.stamp == stamp:
        return kept
    data = copy.adapt(rel, path.read_bytes())
    key = digest(data).digest()
    if kept is not None and kept.digest == key:
        return replace(kept, stamp=stamp)
    crc, deflated = deflate(data)
    return Deflated(key, crc, len(data), deflated, stamp)


class ZipWriter:
    """A zip written entry by entry: one date for all (`when`, else epoch()), one file
    mode, UTF-8 names."""

    def __init__(self, out: BinaryIO, when: int | None = None) -> None:
        self.out = out
        self.time, self.date = dos_stamp(zip_time(epoch() if when is None else when))
        self.central: list[tuple[tuple[int, ...], bytes, int]] = []

    def add(self, name: str, crc: int, size: int, packed: bytes) -> int:
        """Write one deflated entry; returns where its deflated bytes start."""
        raw = name.encode("utf-8")
        head = (20, 0x800, 8, self.time, self.date, crc, len(packed), size, len(raw))
        self.central.append((head, raw, self.out.tell()))
        self.out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", *head, 0))
        self.out.write(raw)
        start = self.out.tell()
        self.out.write(packed)
        return start

    def close(self) -> None:
        start = self.out.tell()
        for head, raw, offset in self.central:  # made by: Unix (3), zip 2.0; mode rw-r--r--
            self.out.write(
                struct.pack(
                    "<4s6H3L5H2L", b"PK\x01\x02", 0x314, *head, 0, 0, 0, 0, 0o644 << 16, offset
                )
            )
            self.out.write(raw)
        size = self.out.tell() - start
        count = len(self.central)
        if count > 0xFFFF or size > 0xFFFFFFFF or start > 0xFFFFFFFF:
            # more entries than the end record can count (an offline copy of some 20,000
            # documents): ZIP64's end record and its locator first, the old one marked
            here = self.out.tell()
            self.out.write(
                struct.pack(
                    "<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size, start
                )
            )
            self.out.write(struct.pack("<4sLQL", b"PK\x06\x07", 0, here, 1))
            count, size, start = 0xFFFF, min(size, 0xFFFFFFFF), min(start, 0xFFFFFFFF)
        self.out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, size, start, 0))


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Compressed:
    """An entry's bytes as zlib holds them (a record, see RecordTexts): inflated only
    when they are deflated for the zip, so that a zip of the whole archive's records
    never holds them all."""

    data: bytes


Source = bytes | Compressed
Entry = tuple[int, int, bytes]  # CRC-32, size, raw deflate
Packer = Callable[[list[Source]], list[Entry]]  # zip_entry() of each, in order


def zip_entry(source: Source) -> Entry:
    raw = zlib.decompress(source.data) if isinstance(source, Compressed) else source
    crc, deflated = deflate(raw)
    return crc, len(raw), deflated


def zip_bytes(
    entries: dict[str, Source], when: int | None = None, packer: Packer | None = None
) -> bytes:
    """A zip of the entries in memory, the same bytes for the same entries and date;
    `packer` deflates them (zip_entry() of each, by default)."""
    names = sorted(entries)
    sources = [entries[name] for name in names]
    made = packer(sources) if packer else [zip_entry(source) for source in sources]
    out = io.BytesIO()
    writer = ZipWriter(out, when)
    for name, (crc, size, deflated) in zip(names, made, strict=True):
        writer.add(name, crc, size, deflated)
    writer.close()
    return out.getvalue()


LEVEL = 6  # zlib's default: level 9 takes twice the time for a zip 2% smaller


def deflate(data: bytes) -> tuple[int, bytes]:
    """(CRC-32, raw deflate) of some bytes."""
    packer = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return zlib.crc32(data), packer.compress(data) + packer.flush()


def dos_stamp(t: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    year, month, day, hour, minute, second = t
    return (hour << 11) | (minute << 5) | (second // 2), ((year - 1980) << 9) | (month << 5) | day


def epoch() -> int:
    """The time zips record: SOURCE_DATE_EPOCH where set (not before 1980), else fixed."""
    return max(int(os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)), DEFAULT_EPOCH)


def zip_time(epoch: int) -> tuple[int, int, int, int, int, int]:
    import time

    t = time.gmtime(epoch)
    return (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec - t.tm_sec % 2)


def human(size: int) -> str:
    """A size as people read it, rounded so that small changes keep the same words."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB"


#: the largest a zip of the offline copy may be (GitHub refuses a file over 100 MB): an
#: archive whose copy would be larger has it in parts, each under this size
PART_BYTES = 95_000_000

Zipped = tuple[dict[str, Packed], int, bytes]  # where each entry lies, size, digest


def pack(
    paths: Paths,
    catalog: Catalog,
    pages: Content,
    staging: Path,
    kept: Zipped | None,
    report: Reporter | None = None,
) -> tuple[Zipped | None, list[Output]]:
    """Zip the staged site into its downloads folder, then give the site's Home and About
    pages the zip's size. The zip holds their offline copies, which show no size (the
    offline copy holds no copy of itself), so the size is known before they are made.
    Entries as they were in the published zip (`kept`: as the last build left it) are
    copied from it, not deflated again. A zip over PART_BYTES is cut into parts (see
    `parts`), listed with their sizes instead; where a part cannot be that small (the
    pages every part holds are larger), the zip stays whole and `report` is warned.
    Returns what to keep of the zip for the next build (None where it came in parts),
    and the pages that show its size."""
    rel = pages.settings.bundle_path
    target = staging / rel
    index, prior = published_zip(kept, paths.site, rel)
    copy = OfflineCopy(catalog, paths.templates)
    written, index = write(staging, target, paths.site.name, copy, index, prior)
    checkpoint("zipping")
    runs, largest = (
        document_runs(paths.site.name, catalog, index) if written > PART_BYTES else ([], 0)
    )
    if runs and largest <= PART_BYTES:
        sized: str | list[tuple[str, str, str]] = parts(staging, target, runs, index)
        target.unlink()
        zipped: Zipped | None = None
    else:
        zipped = (index, written, file_digest(target))
        sized = human(written)
        if runs and report is not None:
            report.warn(
                paths.site / rel,
                1,
                f"the offline copy is {human(written)}, over the part size of "
                f"{human(PART_BYTES)}, and cannot come in parts that small: a part of one "
                f"document takes {human(largest)}, most of it the pages every part holds "
                "(the entities' pages, the offline search index); expected parts under "
                f"{human(PART_BYTES)}, so the copy is one zip",
            )
    return zipped, render.page_outputs(views.bundle_pages(catalog, pages, sized), paths.templates)


def parts(
    site: Path, whole: Path, runs: list[tuple[list[Document], set[str]]], index: dict[str, Packed]
) -> list[tuple[str, str, str]]:
    """The zip `whole` cut into parts of at most PART_BYTES each: every part holds the
    site's files but the documents' own folders and the dataset's zips by year, and the
    folders of a run of documents in date order with the dataset's zips of their years,
    so that each opens and searches alone, and all unzipped into one folder make the
    whole site. Each part's Home and About pages say which documents it holds. Returns
    each part's place in the site, its documents' dates and its size."""
    stem = whole.name.removesuffix(".zip")
    made = []
    with open(whole, "rb") as source:
        for number, (docs, names) in enumerate(runs, 1):
            first, last = docs[0].meta.date.iso, docs[-1].meta.date.iso
            note = part_note(number, len(runs), first, last).encode("utf-8")
            target = whole.with_name(f"{stem}-part-{number}-of-{len(runs)}.zip")
            with open(target, "wb") as out:
                writer = ZipWriter(out)
                for name in sorted(names, key=lambda name: name.split("/")):
                    rel = name.partition("/")[2]
                    if rel in PART_PAGES:
                        data = (site / rel).read_bytes().replace(WHOLE_COPY, note)
                        crc, deflated = deflate(data)
                        writer.add(name, crc, len(data), deflated)
                        continue
                    entry = index[name]
                    source.seek(entry.offset)
                    writer.add(name, entry.crc, entry.size, source.read(entry.length))
                writer.close()
            place = target.relative_to(site).as_posix()
            made.append((place, f"{first} to {last}", human(target.stat().st_size)))
    return made


def document_runs(
    top: str, catalog: Catalog, index: dict[str, Packed]
) -> tuple[list[tuple[list[Document], set[str]]], int]:
    """The documents in date order cut into runs, each with the zip's entries its part
    holds (the shared ones, the documents' folders, their dataset's zips), as many
    documents to a run as keep its part under PART_BYTES (at least one); and the size of
    the largest part (the first over PART_BYTES, where a part of one document is: then
    the copy cannot come in parts, and the runs stop there)."""
    count = len(catalog.documents)
    folders = {document_path(doc).rsplit("/", 1)[0] + "/": doc for doc in catalog.documents}
    datasets = {f"{top}/{views.dataset_place(doc, count)}" for doc in catalog.documents}
    shared: set[str] = set()
    own: dict[str, list[str]] = {}
    for name in index:
        rel = name.partition("/")[2]
        folder = rel[: rel.rfind("/") + 1]
        if folder in folders:
            own.setdefault(folder, []).append(name)
        elif name not in datasets:  # a zip of the dataset goes with its documents
            shared.add(name)
    cost = {name: index[name].length + 76 + 2 * len(name.encode()) for name in index}
    base = 22 + sum(cost[name] for name in shared) + 4096  # its Home and About, adapted
    runs: list[tuple[list[Document], set[str]]] = []
    size = largest = 0
    for folder, doc in folders.items():
        dataset = f"{top}/{views.dataset_place(doc, count)}"
        names = [*own.get(folder, []), *([dataset] if dataset in index else [])]
        if runs:
            more = sum(cost[name] for name in names if name not in runs[-1][1])
        if not runs or size + more > PART_BYTES:
            runs.append(([], set(shared)))
            size = base
            more = sum(cost[name] for name in names)
        runs[-1][0].append(doc)
        runs[-1][1].update(names)
        size += more
        largest = max(largest, size)
        if largest > PART_BYTES:  # a part of one document is over: the copy stays whole,
            break  # and no more runs, each holding the shared pages, are worked out
    return runs, largest


PART_PAGES = ("index.html", "about/index.html")  # which say what the copy holds
WHOLE_COPY = b"This is the offline copy of the whole site"


def part_note(number: int, count: int, first: str, last: str) -> str:
    return (
        f"This is part {number} of {count} of the offline copy, the documents of {first} to "
        f"{last} with every other page of the site (unzip every part into one folder for "
        "the whole site)"
    )


class OfflineCopy:
    """What a reader uses from a folder: the pages, the assets, the offline index and the
    downloads. Not Pagefind's index, which browsers refuse from a folder (the search page
    reads the offline index when Pagefind's is missing), and not the records, texts and
    TEI that lie beside the pages of an archive of at most views.DATASET_DOCUMENTS
    documents, which the dataset holds: a document page of the copy links the dataset.
    (A larger archive publishes them in the dataset alone, and its pages link it.)"""

    def __init__(self, catalog: Catalog, templates: Path) -> None:
        # an archive whose documents' records, texts and TEI lie beside their pages: the
        # copy leaves them out (the dataset inside it holds them) and its pages link it
        here = views.beside(len(catalog.documents))
        docs = catalog.documents if here else ()
        self.pages = {document_path(doc): doc.id for doc in docs}
        self.files = {
            rel for doc in docs for export, rel in views.export_places(doc) if not export.offline
        }
        module = render.environment(templates).get_template("_downloads.html").module
        self.downloads: Callable[[list[Link]], object] = vars(module)["downloads"]

    def holds(self, rel: str) -> bool:
        return not rel.startswith(PAGEFIND) and rel not in self.files

    def adapt(self, rel: str, data: bytes) -> bytes:
        doc_id = self.pages.get(rel)
        if doc_id is None:
            return data
        return data.replace(
            self.snippet(views.exports(doc_id)), self.snippet(views.offline_exports(doc_id))
        )

    def snippet(self, exports: list[Link]) -> bytes:
        return str(self.downloads(exports)).encode("utf-8")


def published_zip(
    kept: Zipped | None, site: Path, rel: str
) -> tuple[dict[str, Packed] | None, Path | None]:
    """Where each entry lies in the published zip, if its bytes are those the last build
    left (a zip another process wrote into is never copied from)."""
    path = site / rel
    try:
        if kept is None or kept[1:] != (path.stat().st_size, file_digest(path)):
            return None, None
    except OSError:
        return None, None
    return kept[0], path
