"""Search indexes: Pagefind's for the site served over HTTP, and an offline index of classic
scripts for the site opened from a folder (browsers refuse modules and fetch on file://).

Both are made from the same paragraph records. Pagefind indexes one corpus page per
document, with a heading before each paragraph whose id is the paragraph's: its sub-results
are then paragraphs, addressed by their anchors. The offline index is a small inverted
index, sharded by the first letters of a word, with the paragraph texts in further shards,
so a search loads only what its words need.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import itertools
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cbor2

from ..archive.catalog import Catalog
from ..model import Document, block_text, paragraph_numbers

TERM_SHARD_PREFIX = 2  # letters of a word that name its shard
RECORDS_PER_SHARD = 100
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
PAGEFIND = "pagefind"  # Pagefind's index, in the site
OFFLINE = "search/offline"  # the offline index
FILTERS = "search/filters.js"  # the filter choices, for both
SCRIPT_HEAD = "/* Offline search index of the archive; loaded by search.js. */\n"


@dataclass(frozen=True)
class Record:
    """One searchable block: a paragraph, or a heading, letterhead, note... of a document."""

    document: int  # index into the document list
    block: str
    label: str  # "¶ 12", or the block's kind
    text: str


@dataclass(frozen=True)
class DocFacets:
    id: str
    title: str
    date: str
    year: str
    type: str
    classification: str
    people: tuple[str, ...]
    href: str


def facets(catalog: Catalog) -> list[DocFacets]:
    kinds = {e.id: e.kind for e in catalog.registry.entities}
    out = []
    for doc in catalog.documents:
        people = sorted(
            {m.entity for m in catalog.mentions.get(doc.id, ()) if kinds.get(m.entity) == "person"}
        )
        level = doc.meta.classification.value if doc.meta.classification else None
        out.append(
            DocFacets(
                doc.id,
                doc.meta.title.text,
                doc.meta.date.iso,
                doc.meta.date.iso[:4],
                doc.meta.type.value or "document",
                level or "unmarked",
                tuple(people),
                f"documents/{doc.id}/index.html",
            )
        )
    return out


def searchable(doc: Document) -> Iterator[tuple[str, str]]:
    """(block id, text on one line) of each block a search can find, in reading order;
    a quotation's paragraphs count, not the quotation around them."""
    for block in doc.blocks():
        text = " ".join(block_text(block).split())
        if text and not block.children:
            yield block.id, text


def records(catalog: Catalog) -> list[Record]:
    out = []
    for index, doc in enumerate(catalog.documents):
        numbers = paragraph_numbers(doc)
        for block_id, text in searchable(doc):
            out.append(Record(index, block_id, label(block_id, numbers), text))
    return out


def label(block_id: str, numbers: dict[str, int]) -> str:
    """A block as results name it: its paragraph number ("¶ 12"), else its kind
    ("heading-1" -> "heading"). search.js names Pagefind's sub-results the same way, from
    their anchors and the page's `renumbered` list (anchors whose number differs)."""
    number = numbers.get(block_id)
    return f"¶ {number}" if number is not None else re.sub(r"-\d+$", "", block_id)


def renumbered(doc: Document) -> str:
    """ "p25=13 p26=14": the paragraphs whose id and number part, as search.js reads them."""
    numbers = paragraph_numbers(doc)
    return " ".join(f"{a}={n}" for a, n in numbers.items() if a != f"p{n}")


# -- words, the same in Python and in reader.js ------------------------------------------------


def words(text: str) -> list[str]:
    """The indexed forms of a text's words: lower case, a light English stemming mirrored by
    reader.js, and a hyphenated word both whole ("antisoviet") and in its parts, as
    Pagefind indexes it."""
    out = []
    for token in WORD.findall(text.casefold().replace("’", "'")):
        parts = token.split("-")
        if len(parts) > 1:
            out.append(stem("".join(parts)))
        out.extend(stem(part) for part in parts)
    return out


def stem(word: str) -> str:
    word = word.removesuffix("'s").replace("'", "")
    for suffix, keep in (("ies", 4), ("ing", 5), ("ed", 4), ("s", 3)):
        if word.endswith(suffix) and len(word) > keep and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def shard_of(term: str) -> str:
    """The shard file of a term: its first letters, as code points for safe file names."""
    return "-".join(f"{ord(c):x}" for c in term[:TERM_SHARD_PREFIX])


# -- the offline index ----------------------------------------------------------------------


Words = Callable[[int, list[str]], list[list[str]]]  # a document's place, its texts -> words


def offline_index(
    recs: list[Record], docs: list[DocFacets], words_of: Words | None = None
) -> Iterator[tuple[str, str]]:
    """The offline index as script files (name under search/offline/, text), one at a
    time, from the catalog's records and facets. words_of gives the words of each of one
    document's texts (by default, words() of each)."""
    postings: dict[str, list[int]] = {}  # by term: record, count, record, count, ...
    for place, group in itertools.groupby(range(len(recs)), key=lambda n: recs[n].document):
        numbers = list(group)
        texts = [recs[n].text for n in numbers]
        found = words_of(place, texts) if words_of else [words(text) for text in texts]
        for n, terms in zip(numbers, found, strict=True):
            for term, count in Counter(terms).items():
                postings.setdefault(term, []).extend((n, count))  # records come in order
    by_shard: dict[str, list[str]] = {}
    for term in postings:
        by_shard.setdefault(shard_of(term), []).append(term)
    meta = {
        "version": 1,
        "recordsPerShard": RECORDS_PER_SHARD,
        "prefix": TERM_SHARD_PREFIX,
        "records": len(recs),
        "shards": sorted(by_shard),
        "documents": [
            [d.id, d.title, d.date, d.year, d.type, d.classification, list(d.people), d.href]
            for d in docs
        ],
    }
    yield "meta.js", script("meta", meta)
    document_of = [r.document for r in recs]
    for name in sorted(by_shard):  # each shard's table made, written and let go in turn
        table = {}
        for term in by_shard[name]:
            flat = postings.pop(term)
            pairs = zip(flat[::2], flat[1::2], strict=True)
            table[term] = [[n, c, document_of[n]] for n, c in pairs]
        yield f"t-{name}.js", script(f"t-{name}", table)
    for start in range(0, len(recs), RECORDS_PER_SHARD):
        chunk = recs[start : start + RECORDS_PER_SHARD]
        yield (
            f"r-{start // RECORDS_PER_SHARD}.js",
            script(
                f"r-{start // RECORDS_PER_SHARD}",
                [[r.document, r.block, r.label, r.text] for r in chunk],
            ),
        )


def script(name: str, data: object) -> str:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    payload = payload.replace("</", "<\\/")  # never close a script element from data
    return f"{SCRIPT_HEAD}window.archiveSearchLoaded({json.dumps(name)},{payload});\n"


def filters(catalog: Catalog) -> dict[str, object]:
    """The filter choices the search page offers, the same in both modes."""
    docs = facets(catalog)
    names = {e.id: e.name for e in catalog.registry.entities}
    people = sorted({p for d in docs for p in d.people}, key=lambda p: names[p].split()[-1])
    return {
        "document": [[d.id, f"{d.date}: {d.title}"] for d in docs],
        "year": [[y, y] for y in sorted({d.year for d in docs})],
        "type": [[t, t] for t in sorted({d.type for d in docs})],
        "classification": [
            [c, c.replace("-", " ")] for c in sorted({d.classification for d in docs})
        ],
        "person": [[p, names[p]] for p in people],
    }


# -- Pagefind -------------------------------------------------------------------------------


def corpus_page(doc: Document, facet: DocFacets) -> str:
    """What Pagefind indexes for a document: its blocks, each under a heading that carries
    the block's id, and the document's metadata and filters."""
    e = html.escape
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(facet.title)}</title></head><body>",
        f'<span data-pagefind-meta="title">{e(facet.title)}</span>',
        f'<span data-pagefind-meta="date">{e(facet.date)}</span>',
        f'<span data-pagefind-filter="document">{e(facet.id)}</span>',
        f'<span data-pagefind-filter="year">{e(facet.year)}</span>',
        f'<span data-pagefind-filter="type">{e(facet.type)}</span>',
        f'<span data-pagefind-filter="classification">{e(facet.classification)}</span>',
        *(f'<span data-pagefind-filter="person">{e(p)}</span>' for p in facet.people),
        *(
            f'<span data-pagefind-meta="renumbered">{e(moved)}</span>'
            for moved in [renumbered(doc)]
            if moved
        ),
        "<main data-pagefind-body>",
    ]
    for block_id, text in searchable(doc):
        # the heading marks where the paragraph starts, for Pagefind's sub-results; it
        # holds no word, so that its label is not searchable (search.js makes the label)
        parts.append(f'<h6 id="{e(block_id)}">¶</h6><p>{e(text)}</p>')
    parts.append("</main></body></html>")
    return "".join(parts)


def corpus(catalog: Catalog) -> list[tuple[str, str]]:
    """What Pagefind indexes: each document's corpus page, by its address in the site."""
    return [
        (facet.href, corpus_page(doc, facet))
        for doc, facet in zip(catalog.documents, facets(catalog), strict=True)
    ]


def pagefind_index(pages: list[tuple[str, str]], output: Path) -> int:
    """Index the corpus with the Pagefind binary in a single call; returns pages indexed.
    The binary runs as a command that exits when every file is written: Pagefind 1.5's
    Python service can answer before its files are complete, and then be stopped."""
    folder = Path(tempfile.mkdtemp(prefix="archive-search-corpus-"))
    try:
        for href, page in pages:
            target = folder / href
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
        command = [sys.executable, "-m", "pagefind", "--site", str(folder)]
        command += ["--output-path", str(output), "--force-language", "en"]
        command += ["--keep-index-url", "--silent"]
        subprocess.run(command, check=True)
        stabilize(output)
        return len(pages)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


SIGNATURE = b"pagefind_dcd"


def stabilize(output: Path) -> None:
    """Make Pagefind's output the same on every run. Pagefind 1.5 writes each filter's
    values in the order of a hash map, so its filter files (and the metadata file that names
    them) differ between identical runs. Re-encode them with the values sorted, name them
    by their content, and drop the files nothing refers to."""
    entry_path = output / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        meta_path = output / f"pagefind.{language['hash']}.pf_meta"
        meta = decode(meta_path.read_bytes())
        filters = []
        for name, old in meta[3]:
            table = decode((output / "filter" / f"{old}.pf_filter").read_bytes())
            table[1] = sorted(table[1], key=lambda pair: pair[0])
            data = encode(table)
            new = f"{old.split('_')[0]}_{hashlib.sha256(data).hexdigest()[:7]}"
            (output / "filter" / f"{new}.pf_filter").write_bytes(data)
            filters.append([name, new])
        meta[3] = sorted(filters)
        data = encode(meta)
        language["hash"] = (
            f"{language['hash'].split('_')[0]}_{hashlib.sha256(data).hexdigest()[:10]}"
        )
        (output / f"pagefind.{language['hash']}.pf_meta").write_bytes(data)
        keep = {f"pagefind.{language['hash']}.pf_meta"} | {f"{h}.pf_filter" for _, h in filters}
        for stale in [*output.glob("pagefind.*.pf_meta"), *(output / "filter").glob("*")]:
            if stale.name not in keep:
                stale.unlink()
    entry_path.write_text(
        json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )


def decode(raw: bytes) -> Any:
    data = gzip.decompress(raw)
    assert data.startswith(SIGNATURE), "not a Pagefind data file"
    return cbor2.loads(data[len(SIGNATURE) :])


def encode(value: Any) -> bytes:
    return gzip.compress(SIGNATURE + cbor2.dumps(value), mtime=0)


def write_pagefind(staging: Path, pages: list[tuple[str, str]]) -> None:
    pagefind_index(pages, staging / PAGEFIND)
