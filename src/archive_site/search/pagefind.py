"""Pagefind's index, for the site served over HTTP: one corpus page per document, with a
heading before each paragraph whose id is the paragraph's. search.js asks it which
documents hold the words, and where in each (word positions); the paragraphs themselves
it reads from the offline index's records, as from a folder. Beside the index, the build
writes which document each of its pages is (PAGES).

Pagefind has no incremental mode, so the archive is indexed in parts whose membership is
stable: a document's part is fixed by its id (a digest of it), among a number of parts that
changes only when the archive doubles or halves. Each part's index is kept in the build
store under a key of its documents; a build runs Pagefind again only on the parts whose
documents changed, and joins every part into the one index a browser loads
(pagefind_parts), with the filter that tells the archive's order (`part`) worked out at the
join. Its files are named by their content, so that builds stay byte-identical."""

from __future__ import annotations

import functools
import hashlib
import html
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..archive.catalog import Catalog
from ..model import Document
from ..runtime import interrupt, pool
from ..runtime.scripts import data_script
from ..runtime.store import Store, text_pickler, text_unpickler
from . import pagefind_parts as parts
from .paragraphs import searchable

PAGEFIND = "pagefind"  # Pagefind's index, in the site
PAGES = "archive-pages.js"  # in the index's folder: each document's page (search.js reads it)
BLOCK = 100  # documents of a range: search.js asks for the first documents' pages first
PART_DOCUMENTS = 100  # documents of a Pagefind part, at most on average
KIND = "pagefind part"  # in the build store: a part's index, by a key of its documents
PROGRAM = "pagefind program"  # in the build store: Pagefind's scripts and WebAssembly


def corpus_page(doc: Document) -> str:
    """What Pagefind indexes for a document: its blocks, each under a heading that carries
    the block's id; the document's id as a filter."""
    e = html.escape
    out = [
        # Nothing but the paragraphs is searched: Pagefind searches a page's title and
        # metadata too, and the offline index has paragraphs only. So the page has no
        # title and no metadata (search.js has each document's from search/filters.js).
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>',
        f'<span data-pagefind-filter="document">{e(doc.id)}</span>',
        "<main data-pagefind-body>",
    ]
    for block_id, text in searchable(doc):
        # the heading marks where the paragraph starts, for Pagefind's sub-results; it
        # holds no word, so that its label is not searchable (search.js makes the label)
        out.append(f'<h6 id="{e(block_id)}">¶</h6><p>{e(text)}</p>')
    out.append("</main></body></html>")
    return "".join(out)


def href(doc: Document) -> str:
    """A document's page, from the top of the site."""
    return f"documents/{doc.id}/index.html"


def part_count(documents: int) -> int:
    """How many parts an archive is indexed in: a power of two, so that a document keeps
    its part until the archive doubles or halves."""
    count = 1
    while documents > count * PART_DOCUMENTS:
        count *= 2
    return count


def part_of(doc_id: str, count: int) -> int:
    digest = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count


def split(documents: tuple[Document, ...]) -> list[list[Document]]:
    """The documents of each part, in the archive's order."""
    count = part_count(len(documents))
    out: list[list[Document]] = [[] for _ in range(count)]
    for doc in documents:
        out[part_of(doc.id, count)].append(doc)
    return out


def index_part(docs: list[Document], work: Path) -> parts.Files:
    """Pagefind's index of some documents: its files, Pagefind's program among them."""
    folder = Path(tempfile.mkdtemp(prefix="part-", dir=work))
    corpus = folder / "corpus"
    corpus.mkdir()
    for doc in docs:
        target = corpus / href(doc)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(corpus_page(doc), encoding="utf-8")
    run_pagefind(corpus, folder / "index")
    files = parts.read_files(folder / "index")
    shutil.rmtree(folder)
    return files


def write_pages(output: Path, hrefs: list[str], found: list[tuple[str, str]]) -> None:
    """PAGES: each document's Pagefind page (the name Pagefind's results give it), in the
    order of the documents: the names, after the prefix they share (the language's),
    joined by commas ("" for a document with no page); and how many documents a range
    holds."""
    fragments = {address: fragment for address, fragment in found}
    pages = [fragments.get("/" + h, "") for h in hrefs]
    entry = json.loads((output / parts.ENTRY).read_text(encoding="utf-8"))
    ((language, _),) = entry["languages"].items()
    prefix = f"{language}_"
    if not all(page.startswith(prefix) for page in pages if page):
        prefix = ""
    pages = [page.removeprefix(prefix) for page in pages]
    comment = "Which document each page of Pagefind's index is; read by search.js."
    table = {"prefix": prefix, "pages": ",".join(pages), "block": BLOCK}
    text = data_script(comment, 'window.archiveSearchLoaded("pagefind-pages",{});', table)
    (output / PAGES).write_text(text, encoding="utf-8")


def run_pagefind(folder: Path, output: Path) -> Path:
    """Pagefind's index of the pages in `folder`, written to `output`."""
    command = [sys.executable, "-m", "pagefind", "--site", str(folder)]
    command += ["--output-path", str(output), "--force-language", "en"]
    command += ["--keep-index-url", "--silent"]
    # Only the build stops the binary (it kills it when this process is stopped), and it
    # dies with this process: left running while the build cleared away its output
    # folder, it could wait for ever, holding the build's output open.
    dies_with_us = functools.partial(interrupt.die_with_parent, os.getpid())
    subprocess.run(
        command, check=True, stdin=subprocess.DEVNULL, process_group=0, preexec_fn=dies_with_us
    )
    return output


def made_name(n: int) -> str:
    """Where a part indexed afresh is left for the build, in the work folder."""
    return f"made-{n}.pickle"


PROGRAM_MADE = "program.pickle"  # Pagefind's program, where the build had none kept


def write_pagefind(
    staging: Path,
    documents: tuple[Document, ...],
    groups: list[list[Document]],
    kept: list[parts.Kept | None],
    program: parts.Files | None,
    work: Path,
) -> None:
    """Index the parts not kept (each left in `work` for the build to keep), and join
    every part into the site's index, with the archive's order as the `part` filter."""
    whole: list[parts.Kept] = []
    made_program = program is None
    for n, (docs, held) in enumerate(zip(groups, kept, strict=True)):
        if not docs:
            continue
        if held is None:
            files = index_part(docs, work)
            program = program or parts.program(files)
            held = (parts.addresses(files), parts.index_files(files))
            write_data(work / made_name(n), held)
        whole.append(held)
    if program is None:
        raise ValueError("no part of Pagefind's index was made afresh, and no program kept")
    if made_program:
        write_data(work / PROGRAM_MADE, program)
    hrefs = [href(doc) for doc in documents]
    order = {"/" + h: str(place // BLOCK) for place, h in enumerate(hrefs)}
    output = staging / PAGEFIND
    found = parts.join(whole, program, output, {"part": order})
    write_pages(output, hrefs, found)


def write_data(path: Path, value: object) -> None:
    with path.open("wb") as f:
        text_pickler(f).dump(value)


def read_data(path: Path) -> Any:
    with path.open("rb") as f:
        return text_unpickler(f).load()


@dataclass(frozen=True)
class Started:
    """A Pagefind index under way: the key its files are noted under, its process, where
    it leaves the parts it made, and the key of each part (and of the program) to keep
    them under; no key where the published index was taken whole."""

    key: str | None = None
    process: multiprocessing.process.BaseProcess | None = None
    work: Path = Path()
    keys: tuple[str, ...] = ()
    program_key: str = ""
    made: tuple[bool, ...] = ()  # which parts are indexed afresh


def start(store: Store, catalog: Catalog) -> Started:
    """Pagefind's index, taken whole from the published site when no document changed;
    else the parts whose documents changed indexed again and every part joined, in a
    process of its own."""
    documents = catalog.documents
    groups = split(documents)
    keys = tuple(store.key(KIND, *docs) for docs in groups)
    program_key = store.key(PROGRAM)
    kept: list[parts.Kept | None] = [
        store.kept_value(KIND, k) if docs else None for k, docs in zip(keys, groups, strict=True)
    ]
    program: parts.Files | None = store.kept_value(PROGRAM, program_key)
    key = store.folder_kept(PAGEFIND, (keys, tuple(doc.id for doc in documents)))
    if key is None:
        return Started()
    if program is None:  # made again with a part: every part is indexed afresh here
        kept = [None] * len(kept)
    work = Path(tempfile.mkdtemp(prefix=".search-parts-", dir=store.staging))
    process = pool.background(write_pagefind, store.staging, documents, groups, kept, program, work)
    made = tuple(was is None and bool(docs) for was, docs in zip(kept, groups, strict=True))
    return Started(key, process, work, keys, program_key, made)


def finish(store: Store, started: Started) -> None:
    """Wait for the index; keep the parts and the program it made for the next build."""
    if started.key is None or started.process is None:
        return
    try:
        pool.finish(started.process, "indexing with Pagefind")
        for n, (k, made) in enumerate(zip(started.keys, started.made, strict=True)):
            if made:
                store.keep(KIND, k, read_data(started.work / made_name(n)))
        if (started.work / PROGRAM_MADE).exists():
            store.keep(PROGRAM, started.program_key, read_data(started.work / PROGRAM_MADE))
    finally:
        shutil.rmtree(started.work, ignore_errors=True)
    store.folder_made(PAGEFIND, started.key)
