"""Pagefind's index, for the site served over HTTP: one corpus page per document, with a
heading before each paragraph whose id is the paragraph's. search.js asks it which
documents hold the words, and where in each (word positions); the paragraphs themselves
it reads from the offline index's records, as from a folder. Beside the index, the build
writes which document each of its pages is (PAGES).

Pagefind has no incremental mode, so the archive is indexed in parts whose membership is
stable, fixed by each document's id, and each part's index is kept in the build store
(pagefind_store); a build runs Pagefind again only on the parts whose documents changed,
and joins every part into the one index a browser loads (pagefind_parts), with the filter
that tells the archive's order (`part`) worked out at the join. Its files are named by
their content, so that builds stay byte-identical."""

from __future__ import annotations

import functools
import html
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..archive.catalog import Catalog
from ..model import Document
from ..runtime import interrupt, pool
from ..runtime.outputs import Folder
from ..runtime.scripts import data_script
from . import pagefind_parts as parts
from . import pagefind_store as kept_parts
from .pagefind_store import Plan
from .paragraphs import searchable

PAGEFIND = "pagefind"  # Pagefind's index, in the site
PAGES = "archive-pages.js"  # in the index's folder: each document's page (search.js reads it)
BLOCK = 100  # documents of a range: search.js asks for the first documents' pages first


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


def index_part(docs: list[Document], work: Path) -> parts.Files:
    """Pagefind's index of some documents: its files, Pagefind's program among them."""
    return index_pages(((href(doc), corpus_page(doc)) for doc in docs), work)


def index_pages(pages: Iterable[tuple[str, str]], work: Path) -> parts.Files:
    """Pagefind's index of pages (address, HTML), written in a folder of `work` that is
    removed however the run ends."""
    folder = Path(tempfile.mkdtemp(prefix="part-", dir=work))
    try:
        corpus = folder / "corpus"
        corpus.mkdir()
        for rel, text in pages:
            target = corpus / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        run_pagefind(corpus, folder / "index")
        return parts.read_files(folder / "index")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


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


def write_pagefind(staging: Path, documents: tuple[Document, ...], plan: Plan, work: Path) -> None:
    """Index the parts not kept (each left in `work` for the build to keep), and join
    every part into the site's index, with the archive's order as the `part` filter."""
    whole: list[parts.Kept] = []
    program = plan.program
    for n, (docs, held) in enumerate(zip(plan.groups, plan.kept, strict=True)):
        if not docs:
            continue
        if held is None:
            files = index_part(list(docs), work)
            if program is None:
                program = parts.program(files)
                kept_parts.leave_program(work, program)
            held = (parts.addresses(files), parts.index_files(files))
            kept_parts.leave(work, n, held)
        whole.append(held)
    if program is None:
        raise ValueError("no part of Pagefind's index was made afresh, and no program kept")
    hrefs = [href(doc) for doc in documents]
    order = {"/" + h: str(place // BLOCK) for place, h in enumerate(hrefs)}
    output = staging / PAGEFIND
    found = parts.join(whole, program, output, {"part": order})
    write_pages(output, hrefs, found)


@dataclass(frozen=True)
class Started:
    """A Pagefind index under way: its process, where it leaves the parts it made, its
    parts, and where it tells of a file it could not write."""

    process: multiprocessing.process.BaseProcess
    work: Path
    plan: Plan
    failed: Connection | None = None


def folder(catalog: Catalog, plan: Plan) -> Folder:
    """Pagefind's index, made from the parts' documents (`plan`, with the parts the last
    build kept): the parts not kept indexed again and every part joined, in a process of
    its own, into the folder it is given; waiting for it gives the parts it made
    (`pagefind_store.Made`), for the build to keep."""
    documents = catalog.documents
    inputs = (plan.keys, tuple(doc.id for doc in documents))
    return Folder(PAGEFIND, inputs, functools.partial(start, documents, plan))


def start(
    documents: tuple[Document, ...], plan: Plan, output: Path, published: Path | None
) -> Callable[[], kept_parts.Made]:
    """Start indexing into `output` (a folder of the staged site); returns the wait. (What
    the last build published is not read: the parts it kept are in `plan`.)"""
    staging = output.parent
    work = Path(tempfile.mkdtemp(prefix=".search-parts-", dir=staging))
    failed, failing = multiprocessing.get_context("fork").Pipe(duplex=False)
    process = pool.background(indexing, failing, staging, documents, plan, work)
    failing.close()
    return functools.partial(finish, Started(process, work, plan, failed))


def indexing(failing: Connection, *args: Any) -> None:
    """write_pagefind in the indexing process. A file it cannot write (a full disk) is
    told to the build through `failing`, to fail as the build's own writes fail: in one
    line, with no traceback."""
    try:
        write_pagefind(*args)
    except OSError as exc:
        failing.send((exc.errno, exc.strerror, exc.filename))
        sys.exit(1)


def failure(started: Started) -> OSError | None:
    """The error a failed indexing process told of, if any."""
    if started.failed is None or not started.failed.poll():
        return None
    try:  # the pipe is ready too once the process has closed its end, telling nothing
        errno, strerror, filename = started.failed.recv()
    except EOFError:
        return None
    return OSError(errno, strerror, filename)


def finish(started: Started) -> kept_parts.Made:
    """Wait for the index; the parts and the program it made, for the next build."""
    try:
        started.process.join()
        error = failure(started)
        if error is not None:
            raise error
        pool.finish(started.process, "indexing with Pagefind")
        return kept_parts.made_in(started.plan, started.work)
    finally:
        shutil.rmtree(started.work, ignore_errors=True)
        if started.failed is not None:
            started.failed.close()
