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
content: it is the same whatever order the parts' files were read in. A part is read as its
files (`Files`, by their paths in its folder), so that parts kept from an earlier build are
joined from memory, never written out again."""

from __future__ import annotations

import gzip
import heapq
import itertools
import json
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


Files = dict[str, bytes]  # a Pagefind output's files, by their paths in its folder


def read_files(folder: Path) -> Files:
    """Every file of a Pagefind output folder, by its path in the folder."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def program(files: Files) -> Files:
    """Pagefind's scripts, styles and WebAssembly, the same in every part."""
    return {
        rel: data
        for rel, data in files.items()
        if rel.split("/")[0] not in OWN and not rel.endswith(".pf_meta")
    }


def index_files(files: Files) -> Files:
    """A part's own files: its entry, metadata, chunks, filters and fragments."""
    kept = program(files)
    return {rel: data for rel, data in files.items() if rel not in kept}


def addresses(files: Files) -> tuple[str, ...]:
    """The address of each page of a part, in the order of its metadata."""
    _, meta = read_meta(files)
    return tuple(
        json.loads(gzip.decompress(files[f"fragment/{fragment}.pf_fragment"])[len(SIGNATURE) :])[
            "url"
        ]
        for fragment, _ in meta[1]
    )


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Part:
    """One Pagefind run's index: its files, language, metadata, and the new number of
    each of its pages."""

    files: Files
    language: str
    meta: list[Any]
    numbers: tuple[int, ...]


Kept = tuple[tuple[str, ...], Files]  # a part's addresses (`addresses`) and index files


def join(
    kept: list[Kept], programs: Files, output: Path, extra: dict[str, dict[str, str]]
) -> list[tuple[str, str]]:
    """Join Pagefind's indexes of parts (one language, the same version) into one index in
    `output`, with Pagefind's program, and the `extra` filters (name -> address -> value)
    besides the parts' own; returns each page's (address, fragment), in page order."""
    metas = [read_meta(files) for _, files in kept]
    languages = {language for language, _ in metas}
    if len(languages) != 1 or len({meta[0] for _, meta in metas}) != 1:
        raise ValueError("Pagefind's parts differ in language or version")
    if any(meta[4] or meta[5] for _, meta in metas):
        raise ValueError("Pagefind's parts carry sorts, which joining does not renumber")
    (language,) = languages
    output.mkdir(parents=True)
    for rel, data in sorted(programs.items()):
        (output / rel).parent.mkdir(parents=True, exist_ok=True)
        (output / rel).write_bytes(data)
    pages, parts, found = number_pages(kept, metas, output / "fragment")
    chunks = write_chunks(parts, output / "index", language)
    added: dict[str, dict[str, list[int]]] = {}
    for filter_name, values in extra.items():
        table = added.setdefault(filter_name, {})
        for n, (address, _) in enumerate(found):
            if address in values:
                table.setdefault(values[address], []).append(n)
    filters = write_filters(parts, output / "filter", language, added)
    meta = encode([metas[0][1][0], pages, chunks, filters, [], []])
    name = f"{language}_{content_hash(meta, 10)}"
    (output / f"pagefind.{name}.pf_meta").write_bytes(meta)
    entry = json.loads(kept[0][1][ENTRY].decode("utf-8"))
    entry["languages"][language].update(hash=name, page_count=len(pages))
    write_entry(output, entry)
    return found


def write_entry(output: Path, entry: dict[str, Any]) -> None:
    """Pagefind's entry file, which names each language's metadata file."""
    (output / ENTRY).write_text(
        json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )


def read_meta(files: Files) -> tuple[str, list[Any]]:
    entry = json.loads(files[ENTRY].decode("utf-8"))
    ((language, about),) = entry["languages"].items()
    return language, decode(files[f"pagefind.{about['hash']}.pf_meta"])


def number_pages(
    kept: list[Kept], metas: list[tuple[str, list[Any]]], fragments: Path
) -> tuple[list[list[Any]], list[Part], list[tuple[str, str]]]:
    """Every page of every part, numbered in the order of its address, with its fragment
    written (a name two parts gave different pages is lengthened); the parts, knowing the
    new number of each of their pages; and each page's (address, fragment)."""
    fragments.mkdir()
    found = []  # (address, part, place in the part, fragment, word count)
    for n, ((urls, _), (_, meta)) in enumerate(zip(kept, metas, strict=True)):
        for place, ((fragment, words), address) in enumerate(zip(meta[1], urls, strict=True)):
            found.append((address, n, place, fragment, words))
    found.sort()
    numbers: list[dict[int, int]] = [{} for _ in kept]
    pages: list[list[Any]] = []
    named: dict[str, bytes] = {}
    out = []
    for new, (address, n, place, fragment, words) in enumerate(found):
        numbers[n][place] = new
        data = kept[n][1][f"fragment/{fragment}.pf_fragment"]
        name = fragment
        while name in named and named[name] != data:
            name += "0"
        if name not in named:
            named[name] = data
            (fragments / f"{name}.pf_fragment").write_bytes(data)
        pages.append([name, words])
        out.append((address, name))
    parts = [
        Part(files, language, meta, tuple(numbers[n][p] for p in range(len(meta[1]))))
        for n, ((_, files), (language, meta)) in enumerate(zip(kept, metas, strict=True))
    ]
    return pages, parts, out


def words_of(n: int, part: Part) -> Iterator[tuple[str, int, list[Any]]]:
    """A part's words in order, one chunk read at a time: (word, n, entry)."""
    for _, _, chunk in part.meta[2]:
        for entry in decode(part.files[f"index/{chunk}.pf_index"])[0]:
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


def write_filters(
    parts: list[Part], folder: Path, language: str, added: dict[str, dict[str, list[int]]]
) -> list[list[str]]:
    """Each filter's values with the new numbers of their pages (the parts' own, and those
    `added` by new page number), in order of name and value."""
    folder.mkdir()
    values: dict[str, dict[str, list[int]]] = {
        name: {value: list(pages) for value, pages in table.items()}
        for name, table in added.items()
    }
    for part in parts:
        for name, file in part.meta[3]:
            _, table = decode(part.files[f"filter/{file}.pf_filter"])
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
