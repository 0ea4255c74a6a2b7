"""Pagefind's index of a large archive, made in parts and joined into one.

Pagefind holds everything it indexes in memory until it writes (some 20 bytes for each
byte of text), so an archive's corpus is indexed in parts of bounded size, one Pagefind
run at a time, and the parts are joined here into the one index a browser loads: the same
pages, words, positions and filters as a single run makes, so the same results in the same
order. Pagefind 1.5's files, as it writes them (each gzipped CBOR after a signature):

- `pagefind.<hash>.pf_meta`: [version, pages [[fragment, word count]], index chunks
  [[first word, last word, file]], filters [[name, file]], sorts, and a sixth list];
- `index/<file>.pf_index`: [[[word, pages, variants]]] in word order; a word's pages are
  [page number, positions, ...], each page number written as the step from the one before;
  a variant is [form, pages];
- `filter/<file>.pf_filter`: [name, [[value, [page numbers]]]];
- `fragment/<hash>.pf_fragment`: a page's address, text and filters (JSON), named by its
  content, so copied unchanged.

The joined index numbers pages in the order of their addresses and names every file by its
content: it is the same whatever order the parts' files were read in."""

from __future__ import annotations

import gzip
import heapq
import itertools
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

import cbor2

from ..digests import digest
from ..pickling import pickled_by_fields

ENTRY = "pagefind-entry.json"
CHUNK_POSITIONS = 20000  # positions (and pages) per index chunk, as Pagefind chunks its own
CHUNK_LEVEL = 6  # gzip's level for the chunks: as small as Pagefind's own, at half the time of 9
OWN = {ENTRY, "index", "filter", "fragment"}  # what joining makes; the rest is copied
SIGNATURE = b"pagefind_dcd"


def decode(raw: bytes) -> Any:
    data = gzip.decompress(raw)
    assert data.startswith(SIGNATURE), "not a Pagefind data file"
    return cbor2.loads(data[len(SIGNATURE) :])


def encode(value: Any, level: int = 9) -> bytes:
    return gzip.compress(SIGNATURE + cbor2.dumps(value), compresslevel=level, mtime=0)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Part:
    """One Pagefind run's index: its folder, language, metadata, and the new number of
    each of its pages."""

    folder: Path
    language: str
    meta: list[Any]
    numbers: tuple[int, ...]


def join(folders: list[Path], output: Path) -> None:
    """Join the indexes Pagefind wrote to `folders` (one language, the same version) into
    one index in `output`."""
    metas = [read_meta(folder) for folder in folders]
    languages = {language for language, _ in metas}
    if len(languages) != 1 or len({meta[0] for _, meta in metas}) != 1:
        raise ValueError("Pagefind's parts differ in language or version")
    if any(meta[4] or meta[5] for _, meta in metas):
        raise ValueError("Pagefind's parts carry sorts, which joining does not renumber")
    (language,) = languages
    output.mkdir(parents=True)
    copy_program(folders[0], output)
    pages, parts = number_pages(folders, metas, output / "fragment")
    chunks = write_chunks(parts, output / "index", language)
    filters = write_filters(parts, output / "filter", language)
    meta = encode([metas[0][1][0], pages, chunks, filters, [], []])
    name = f"{language}_{content_hash(meta, 10)}"
    (output / f"pagefind.{name}.pf_meta").write_bytes(meta)
    entry = json.loads((folders[0] / ENTRY).read_text(encoding="utf-8"))
    entry["languages"][language].update(hash=name, page_count=len(pages))
    write_entry(output, entry)


def write_entry(output: Path, entry: dict[str, Any]) -> None:
    """Pagefind's entry file, which names each language's metadata file."""
    (output / ENTRY).write_text(
        json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )


def read_meta(folder: Path) -> tuple[str, list[Any]]:
    entry = json.loads((folder / ENTRY).read_text(encoding="utf-8"))
    ((language, about),) = entry["languages"].items()
    return language, decode((folder / f"pagefind.{about['hash']}.pf_meta").read_bytes())


def copy_program(folder: Path, output: Path) -> None:
    """Pagefind's scripts, styles and WebAssembly, the same in every part."""
    for item in sorted(folder.iterdir()):
        if item.name in OWN or item.name.endswith(".pf_meta"):
            continue
        if item.is_dir():
            shutil.copytree(item, output / item.name)
        else:
            shutil.copyfile(item, output / item.name)


def number_pages(
    folders: list[Path], metas: list[tuple[str, list[Any]]], fragments: Path
) -> tuple[list[list[Any]], list[Part]]:
    """Every page of every part, numbered in the order of its address, with its fragment
    copied (a name two parts gave different pages is lengthened); the parts, knowing the
    new number of each of their pages."""
    fragments.mkdir()
    found = []  # (address, part, place in the part, fragment, word count)
    for n, (folder, (_, meta)) in enumerate(zip(folders, metas, strict=True)):
        for place, (fragment, words) in enumerate(meta[1]):
            data = (folder / "fragment" / f"{fragment}.pf_fragment").read_bytes()
            address = json.loads(gzip.decompress(data)[len(SIGNATURE) :])["url"]
            found.append((address, n, place, fragment, words))
    found.sort()
    numbers: list[dict[int, int]] = [{} for _ in folders]
    pages: list[list[Any]] = []
    for new, (_, n, place, fragment, words) in enumerate(found):
        numbers[n][place] = new
        data = (folders[n] / "fragment" / f"{fragment}.pf_fragment").read_bytes()
        name = fragment
        while (fragments / f"{name}.pf_fragment").exists():
            if (fragments / f"{name}.pf_fragment").read_bytes() == data:
                break
            name += "0"
        (fragments / f"{name}.pf_fragment").write_bytes(data)
        pages.append([name, words])
    parts = [
        Part(folder, language, meta, tuple(numbers[n][p] for p in range(len(meta[1]))))
        for n, (folder, (language, meta)) in enumerate(zip(folders, metas, strict=True))
    ]
    return pages, parts


def words_of(n: int, part: Part) -> Iterator[tuple[str, int, list[Any]]]:
    """A part's words in order, one chunk read at a time: (word, n, entry)."""
    for _, _, chunk in part.meta[2]:
        for entry in decode((part.folder / "index" / f"{chunk}.pf_index").read_bytes())[0]:
            yield entry[0], n, entry


def renumbered(pages: list[list[Any]], numbers: tuple[int, ...]) -> list[list[Any]]:
    """A word's pages in one part, given their new numbers in full (steps undone); the
    lists are changed in place, as decoded for this alone."""
    number = 0
    for page in pages:
        number += page[0]
        page[0] = numbers[number]
    return pages


def stepped(pages: list[list[Any]]) -> list[list[Any]]:
    """Pages in order of their new numbers, each number written as the step from the last."""
    pages.sort(key=itemgetter(0))
    last = 0
    for page in pages:
        page[0], last = page[0] - last, page[0]
    return pages


def joined_words(parts: list[Part]) -> Iterator[list[Any]]:
    """Every word of every part, in order, its pages and variants joined across parts."""
    each = (words_of(n, part) for n, part in enumerate(parts))
    merged = heapq.merge(*each, key=lambda item: item[0])
    word: str | None = None
    pages: list[list[Any]] = []
    variants: dict[str, list[list[Any]]] = {}
    for this, n, entry in merged:
        if this != word:
            if word is not None:
                yield joined(word, pages, variants)
            word, pages, variants = this, [], {}
        numbers = parts[n].numbers
        pages += renumbered(entry[1], numbers)
        for form, found in entry[2] if len(entry) > 2 else []:
            variants.setdefault(form, []).extend(renumbered(found, numbers))
    if word is not None:
        yield joined(word, pages, variants)


def joined(word: str, pages: list[list[Any]], variants: dict[str, list[list[Any]]]) -> list[Any]:
    return [word, stepped(pages), [[form, stepped(variants[form])] for form in sorted(variants)]]


def write_chunks(parts: list[Part], folder: Path, language: str) -> list[list[str]]:
    """The joined words in chunks of about CHUNK_POSITIONS positions; each chunk's first
    and last word, cut to the shortest prefixes that still tell neighbours apart."""
    folder.mkdir()
    bounds: list[list[str]] = []
    chunk: list[list[Any]] = []
    size = 0
    for entry in joined_words(parts):
        chunk.append(entry)
        size += sum(len(page[1]) + 1 for page in entry[1])
        size += sum(len(page[1]) + 1 for _, found in entry[2] for page in found)
        if size >= CHUNK_POSITIONS:
            bounds.append(write_chunk(chunk, folder, language))
            chunk, size = [], 0
    if chunk:
        bounds.append(write_chunk(chunk, folder, language))
    for before, after in itertools.pairwise(bounds):
        before[1], after[0] = prefixes(before[1], after[0])
    return bounds


def write_chunk(chunk: list[list[Any]], folder: Path, language: str) -> list[str]:
    data = encode([chunk], CHUNK_LEVEL)
    name = unique_name(folder, f"{language}_", data, ".pf_index")
    return [chunk[0][0], chunk[-1][0], name]


def prefixes(last: str, first: str) -> tuple[str, str]:
    """The last word of a chunk and the first of the next, each cut one character past
    what they share."""
    shared = 0
    while shared < min(len(last), len(first)) and last[shared] == first[shared]:
        shared += 1
    return last[: shared + 1], first[: shared + 1]


def write_filters(parts: list[Part], folder: Path, language: str) -> list[list[str]]:
    """Each filter's values with the new numbers of their pages, in order of name and
    value."""
    folder.mkdir()
    values: dict[str, dict[str, list[int]]] = {}
    for part in parts:
        for name, file in part.meta[3]:
            _, table = decode((part.folder / "filter" / f"{file}.pf_filter").read_bytes())
            for value, pages in table:
                found = values.setdefault(name, {}).setdefault(value, [])
                found += (part.numbers[page] for page in pages)
    out = []
    for name in sorted(values):
        table = [[value, sorted(pages)] for value, pages in sorted(values[name].items())]
        data = encode([name, table])
        out.append([name, unique_name(folder, f"{language}_", data, ".pf_filter")])
    return out


def unique_name(folder: Path, prefix: str, data: bytes, suffix: str) -> str:
    """Write `data` under a name made from its content; returns the name."""
    length = 7
    while True:
        name = prefix + content_hash(data, length)
        target = folder / f"{name}{suffix}"
        if not target.exists() or target.read_bytes() == data:
            target.write_bytes(data)
            return name
        length += 1


def content_hash(data: bytes, length: int) -> str:
    """The name part of a file made from `data`: its SHA-256, cut to `length` digits."""
    return digest(data).hexdigest()[:length]
