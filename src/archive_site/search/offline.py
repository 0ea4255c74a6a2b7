"""The offline index: classic scripts for the site opened from a folder, where browsers
refuse modules and fetch. A small inverted index, sharded by the first letters of a word,
with the paragraph texts in further shards, so a search loads only what its words need."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterator

from ..archive.catalog import Catalog
from ..build.store import Store
from .paragraphs import FILTERS, DocFacets, Paragraph, facets, filters, paragraphs
from .words import TERM_SHARD_PREFIX, shard_of, words

OFFLINE = "search/offline"  # the offline index, in the site
RECORDS_PER_SHARD = 100
SCRIPT_HEAD = "/* Offline search index of the archive; loaded by search.js. */\n"


Words = Callable[[int, list[str]], list[list[str]]]  # a document's place, its texts -> words


def offline_index(
    recs: list[Paragraph], docs: list[DocFacets], words_of: Words | None = None
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


def write(store: Store, catalog: Catalog) -> None:
    """The offline index and filter list: taken whole from the published site when what
    they index is unchanged, else made, with each document's words found once."""
    recs, docs = paragraphs(catalog), facets(catalog)

    def words_of(place: int, texts: list[str]) -> list[list[str]]:
        found = store.result("words", (tuple(texts),), joined_words)
        return [joined.split() for joined in found]

    store.folder_files(OFFLINE, (recs, docs), lambda r, d: offline_index(r, d, words_of))
    store.file(FILTERS, (filters(catalog),), filters_script)


def joined_words(texts: tuple[str, ...]) -> list[str]:
    """The words of some texts, one string to a text: far fewer objects to hold."""
    return [" ".join(words(text)) for text in texts]


def filters_script(choices: dict[str, object]) -> str:
    return script("filters", choices)
