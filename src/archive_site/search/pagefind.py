"""Pagefind's index, for the site served over HTTP: one corpus page per document, with a
heading before each paragraph whose id is the paragraph's. search.js asks it which
documents hold the words, and where in each (word positions); the paragraphs themselves
it reads from the offline index's records, as from a folder. Beside the index, the build
writes which document each of its pages is (PAGES). Its files are re-encoded in sorted
order so that builds stay byte-identical."""

from __future__ import annotations

import functools
import gzip
import html
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..archive.catalog import Catalog
from ..model import Document
from ..runtime import interrupt, pool
from ..runtime.scripts import data_script
from ..runtime.store import Store
from .pagefind_parts import ENTRY, SIGNATURE, content_hash, decode, encode, join, write_entry
from .paragraphs import searchable

PAGEFIND = "pagefind"  # Pagefind's index, in the site
PAGES = "archive-pages.js"  # in the index's folder: each document's page (search.js reads it)
BLOCK = 100  # documents of a part: search.js asks for the first documents' pages first


def corpus_page(doc: Document, place: int) -> str:
    """What Pagefind indexes for a document: its blocks, each under a heading that carries
    the block's id; the document's id, and the part of the archive it is in (its place
    among the documents, by BLOCK), as filters."""
    e = html.escape
    parts = [
        # Nothing but the paragraphs is searched: Pagefind searches a page's title and
        # metadata too, and the offline index has paragraphs only. So the page has no
        # title and no metadata (search.js has each document's from search/filters.js).
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>',
        f'<span data-pagefind-filter="document">{e(doc.id)}</span>',
        f'<span data-pagefind-filter="part">{place // BLOCK}</span>',
        "<main data-pagefind-body>",
    ]
    for block_id, text in searchable(doc):
        # the heading marks where the paragraph starts, for Pagefind's sub-results; it
        # holds no word, so that its label is not searchable (search.js makes the label)
        parts.append(f'<h6 id="{e(block_id)}">¶</h6><p>{e(text)}</p>')
    parts.append("</main></body></html>")
    return "".join(parts)


def corpus(catalog: Catalog) -> Iterator[tuple[str, str]]:
    """What Pagefind indexes: each document's corpus page, by
    its address in the site, made one at a time."""
    for place, doc in enumerate(catalog.documents):
        yield href(doc), corpus_page(doc, place)


def href(doc: Document) -> str:
    """A document's page, from the top of the site."""
    return f"documents/{doc.id}/index.html"


PART_BYTES = 16_000_000  # corpus text per Pagefind run: some 350 MiB of its memory


def pagefind_index(pages: Iterable[tuple[str, str]], output: Path, part_bytes: int) -> int:
    """Index the corpus with the Pagefind binary; returns pages indexed. A corpus of more
    than `part_bytes` is indexed in parts of about that size, one run at a time, and the
    parts joined into one index (pagefind_parts). The binary runs as a command that exits
    when every file is written: Pagefind 1.5's Python service can answer before its files
    are complete, and then be stopped."""
    # beside the index (in the staged site): a build stopped at any moment removes it
    work = Path(tempfile.mkdtemp(prefix=".search-corpus-", dir=output.parent))
    try:
        folder = work / "corpus"
        folder.mkdir()
        parts: list[Path] = []
        count = size = 0
        for href, page in pages:
            if size >= part_bytes:  # this page begins another part
                parts.append(run_pagefind(folder, work / f"part-{len(parts)}"))
                shutil.rmtree(folder)
                folder.mkdir()
                size = 0
            target = folder / href
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
            count += 1
            size += len(page)
        if not parts:
            stabilize(run_pagefind(folder, output))
        else:
            parts.append(run_pagefind(folder, work / f"part-{len(parts)}"))
            join(parts, output)
        return count
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_pages(output: Path, hrefs: list[str]) -> None:
    """PAGES: each document's Pagefind page (the name Pagefind's results give it), in the
    order of the documents, read from the index's metadata and each page's address: the
    names, after the prefix they share (the language's), joined by commas ("" for a
    document with no page); and how many documents a part holds."""
    entry = json.loads((output / ENTRY).read_text(encoding="utf-8"))
    place = {"/" + href: n for n, href in enumerate(hrefs)}
    pages = [""] * len(hrefs)
    ((language, about),) = entry["languages"].items()
    meta = decode((output / f"pagefind.{about['hash']}.pf_meta").read_bytes())
    for fragment, _ in meta[1]:
        data = gzip.decompress((output / "fragment" / f"{fragment}.pf_fragment").read_bytes())
        pages[place[json.loads(data[len(SIGNATURE) :])["url"]]] = fragment
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


def stabilize(output: Path) -> None:
    """Make Pagefind's output the same on every run. Pagefind 1.5 writes each filter's
    values in the order of a hash map, so its filter files (and the metadata file that names
    them) differ between identical runs. Re-encode them with the values sorted, name them
    by their content, and drop the files nothing refers to."""
    entry = json.loads((output / ENTRY).read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        meta_path = output / f"pagefind.{language['hash']}.pf_meta"
        meta = decode(meta_path.read_bytes())
        filters = []
        for name, old in meta[3]:
            table = decode((output / "filter" / f"{old}.pf_filter").read_bytes())
            table[1] = sorted(table[1], key=lambda pair: pair[0])
            data = encode(table)
            new = f"{old.split('_')[0]}_{content_hash(data, 7)}"
            (output / "filter" / f"{new}.pf_filter").write_bytes(data)
            filters.append([name, new])
        meta[3] = sorted(filters)
        data = encode(meta)
        language["hash"] = f"{language['hash'].split('_')[0]}_{content_hash(data, 10)}"
        (output / f"pagefind.{language['hash']}.pf_meta").write_bytes(data)
        keep = {f"pagefind.{language['hash']}.pf_meta"} | {f"{h}.pf_filter" for _, h in filters}
        for stale in [*output.glob("pagefind.*.pf_meta"), *(output / "filter").glob("*")]:
            if stale.name not in keep:
                stale.unlink()
    write_entry(output, entry)


def write_pagefind(staging: Path, catalog: Catalog) -> None:
    pagefind_index(corpus(catalog), staging / PAGEFIND, PART_BYTES)
    write_pages(staging / PAGEFIND, [href(doc) for doc in catalog.documents])


Started = tuple[str | None, multiprocessing.process.BaseProcess | None]


def start(store: Store, catalog: Catalog) -> Started:
    """Pagefind's index, taken whole from the published site when what its corpus is made
    from (each document) is unchanged; else made, corpus and all, in a
    process of its own."""
    key = store.folder_kept(PAGEFIND, catalog.documents)
    if key is None:
        return None, None
    return key, pool.background(write_pagefind, store.staging, catalog)


def finish(store: Store, started: Started) -> None:
    key, process = started
    if key is not None and process is not None:
        pool.finish(process, "indexing with Pagefind")
        store.folder_made(PAGEFIND, key)
