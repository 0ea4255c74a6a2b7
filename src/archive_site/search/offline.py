"""The offline index: classic scripts for the site opened from a folder, where browsers
refuse modules and fetch. A small inverted index, sharded by the first letters of a word,
with the paragraph texts in further shards (deflated), so a search loads only what its
words need."""

from __future__ import annotations

import base64
import itertools
import json
import multiprocessing
import pickle
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from ..archive.catalog import Catalog
from ..build import pool
from ..build.scripts import data_script
from ..build.store import Store
from ..model import Document
from ..pickling import loads_data
from .paragraphs import FILTERS, DocFacets, Paragraph, facets, filters, paragraphs, searchable
from .words import MODEL_SCRIPT, TERM_SHARD_PREFIX, model_script, split, words

OFFLINE = "search/offline"  # the offline index, in the site
RECORDS_PER_SHARD = 100
SCRIPT_COMMENT = "Offline search index of the archive; loaded by search.js."


# a text's words as the index counts them: its terms (each once, in the order they come,
# joined by spaces), how often each comes ("" where each comes once, else the counts
# joined by commas), and how many words it has, for ranking. Strings, not a list of
# words: far fewer objects to keep between builds and to read back.
Counted = tuple[str, str, int]
Words = Callable[[int, list[str]], list[Counted]]  # a document's place, its texts -> counts


def offline_index(
    recs: Iterable[Paragraph], docs: list[DocFacets], words_of: Words | None = None
) -> Iterator[tuple[str, str]]:
    """The offline index as script files (name under search/offline/, text), one at a
    time, from the catalog's records (in order, read once: the texts' shards are written
    as their records come, so the records are never all held) and facets. words_of gives
    the counted words of each of one document's texts (by default, counted() of each)."""
    # by term: record, count, record, count... in record order; as machine integers, for
    # an archive of 10,000 documents has ten million postings
    postings: dict[str, array[int]] = {}
    starts: list[int] = []  # the first record of each document
    lengths = [0] * len(docs)  # how many words each document has, for ranking
    shard: list[list[object]] = []  # the records' texts, RECORDS_PER_SHARD to a file
    count = 0
    for place, group in itertools.groupby(recs, key=lambda rec: rec.document):
        mine = list(group)
        starts += [count] * (place + 1 - len(starts))
        texts = [rec.text for rec in mine]
        found = words_of(place, texts) if words_of else [counted(text) for text in texts]
        for rec, (terms, counts, length) in zip(mine, found, strict=True):
            lengths[place] += length
            for term, times in each_count(terms, counts):
                held = postings.get(term)
                if held is None:
                    held = postings[term] = array("I")
                held.append(count)
                held.append(times)
            count += 1
            shard.append([rec.document, rec.block, rec.label, rec.text])
            if len(shard) == RECORDS_PER_SHARD:
                yield record_shard(count // RECORDS_PER_SHARD - 1, shard)
                shard = []
    if shard:
        yield record_shard(count // RECORDS_PER_SHARD, shard)
    starts += [count] * (len(docs) - len(starts))
    written = {term: tokens(found) for term, found in postings.items()}
    postings.clear()
    shards = shard_terms({term: sum(map(len, t)) + len(t) for term, t in written.items()})
    parts = {key: list(split_parts(terms, written)) for key, terms in shards.items()}
    meta = {
        "version": 3,
        "recordsPerShard": RECORDS_PER_SHARD,
        "records": count,
        "paths": {"terms": f"{OFFLINE}/", "records": f"{OFFLINE}/r-"},
        "starts": starts,
        "lengths": lengths,
        "shards": {key: len(tables) for key, tables in parts.items()},
        "documents": [
            [d.id, d.title, d.date, d.year, d.type, d.classification, list(d.people), d.href]
            for d in docs
        ],
    }
    yield "meta.js", script("meta", meta)
    for key in sorted(parts):
        for number, table in enumerate(parts[key]):
            name = term_file(key, number)
            yield f"{name}.js", script(name, table)


def record_shard(number: int, rows: list[list[object]]) -> tuple[str, str]:
    """The script of records number*RECORDS_PER_SHARD on: each [document, block, label,
    text], packed."""
    return f"r-{number}.js", script(f"r-{number}", packed(rows))


# -- term shards, split by size -----------------------------------------------------------
#
# A term's postings are written as text: each paragraph's number as the difference from
# the one before (base 36), with "*" and the count (base 36) where the term is there more
# than once: "a,3,1f*2". A shard holds the terms that begin with its key; a shard larger
# than SHARD_BYTES is split by one more letter, and one that cannot be split (a single
# frequent word) is written in parts, each part's list starting afresh.

SHARD_BYTES = 48_000


def tokens(found: array[int]) -> list[str]:
    """Each posting (record, count, record, count...) as written: its difference from
    the one before, and its count."""
    out, last = [], 0
    for n, count in zip(found[::2], found[1::2], strict=True):
        out.append(token(n - last, count))
        last = n
    return out


@cache
def token(delta: int, count: int) -> str:
    return base36(delta) + (f"*{base36(count)}" if count > 1 else "")


def base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, d = divmod(n, 36)
        out = digits[d] + out
        if not n:
            return out


def shard_terms(sizes: dict[str, int]) -> dict[str, list[str]]:
    """Each shard's key (the letters its terms begin with) and its terms: the first
    TERM_SHARD_PREFIX letters, and one more letter for as long as a shard is too big."""
    shards: dict[str, list[str]] = {}

    def place(key: str, terms: list[str]) -> None:
        if sum(sizes[t] + len(t) for t in terms) <= SHARD_BYTES or all(t == key for t in terms):
            shards[key] = terms
            return
        longer: dict[str, list[str]] = {}
        for term in terms:
            longer.setdefault(term[: len(key) + 1], []).append(term)
        for sub, group in longer.items():
            if sub == key:  # the key itself, as a word: a shard of its own
                shards[key] = group
            else:
                place(sub, group)

    first: dict[str, list[str]] = {}
    for term in sorted(sizes):
        first.setdefault(term[:TERM_SHARD_PREFIX], []).append(term)
    for key, terms in first.items():
        place(key, terms)
    return shards


def split_parts(terms: list[str], written: dict[str, list[str]]) -> Iterator[dict[str, str]]:
    """A shard's tables, each about SHARD_BYTES at most: a term too big for one is cut
    between paragraphs, its lists joined again by the script (each part's list starts
    from nought, so its first posting is written whole)."""
    table: dict[str, str] = {}
    size = 0
    for term in terms:
        found = written.pop(term)
        while found:
            take = fitting(found, SHARD_BYTES - size - len(term))
            if take == 0 and table:  # no room left in this part: on to the next
                yield table
                table, size = {}, 0
                continue
            take = max(take, 1)  # one paragraph fits any part
            text = ",".join(found[:take])
            table[term] = text
            size += len(text) + len(term)
            found = restart(found, take)
            if found:
                yield table
                table, size = {}, 0
    if table:
        yield table


def fitting(found: list[str], room: int) -> int:
    """How many of the first postings fit in `room` characters."""
    size = 0
    for i, written in enumerate(found):
        size += len(written) + 1
        if size > room:
            return i
    return len(found)


def restart(found: list[str], taken: int) -> list[str]:
    """The postings after the first `taken`, the next written as a paragraph number."""
    rest = found[taken:]
    if rest:
        number = sum(int(t.split("*")[0], 36) for t in found[: taken + 1])
        count = rest[0].partition("*")[2]
        rest[0] = base36(number) + (f"*{count}" if count else "")
    return rest


def packed(rows: list[list[object]]) -> str:
    """Records as their JSON, deflated (raw, no header) and written in base64: a third to
    a half of the JSON's size, and still a classic script that loads from a folder.
    loader.js inflates it with the browser's DecompressionStream("deflate-raw")."""
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(deflater.compress(text) + deflater.flush()).decode("ascii")


def unpacked(data: str) -> object:
    """What packed() was given."""
    return json.loads(zlib.decompress(base64.b64decode(data), -15).decode("utf-8"))


def term_file(key: str, part: int) -> str:
    """A shard's file name: its key as code points (safe in any file system), and the
    number of its part after the first."""
    name = "t-" + "-".join(f"{ord(c):x}" for c in key)
    return name if part == 0 else f"{name}.{part}"


def script(name: str, data: object) -> str:
    return data_script(
        SCRIPT_COMMENT, f"window.archiveSearchLoaded({json.dumps(name)},{{}});", data
    )


Started = tuple[str, multiprocessing.process.BaseProcess] | None


def start(store: Store, catalog: Catalog) -> Started:
    """The offline index and filter list: the index taken whole from the published site
    when the documents it indexes are unchanged; else each document's words found on
    every core (or kept from the last build), then the index made and written by a
    process of its own, while this one goes on (`finish` waits for it). This process
    never holds the index's records: their texts are the whole archive's."""
    docs = facets(catalog)
    store.file(FILTERS, (filters(catalog),), filters_script)
    store.file(MODEL_SCRIPT, (), model_script)
    # the records are made from the documents alone, so they key the index as well
    key = store.folder_kept(OFFLINE, (*catalog.documents, docs))
    if key is None:
        return None
    found = store.results("words", [(doc,) for doc in catalog.documents], document_counts)
    process = pool.background(write_index, store.staging / OFFLINE, catalog, docs, found)
    return key, process


def finish(store: Store, started: Started) -> None:
    if started is not None:
        key, process = started
        pool.finish(process, "making the offline index")
        store.folder_made(OFFLINE, key)


def write_index(folder: Path, catalog: Catalog, docs: list[DocFacets], found: list[bytes]) -> None:
    """Write the offline index's files into `folder`, from the catalog's records and each
    document's counted words (`document_counts`, by place)."""
    folder.mkdir(parents=True, exist_ok=True)
    recs = paragraphs(catalog)

    def words_of(place: int, texts: list[str]) -> list[Counted]:
        return unpacked_counts(found[place], texts)

    for name, text in offline_index(recs, docs, words_of):
        (folder / name).write_text(text, encoding="utf-8")


def counted_all(texts: Iterable[str]) -> list[Counted]:
    return [counted(text) for text in texts]


def document_counts(doc: Document) -> bytes:
    """The words of each of a document's records (its searchable blocks, in order),
    counted, and deflated: so that the build holds them (a sixth of their size) until
    the offline index is made, and keeps them for the next build."""
    texts = [text for _, text in searchable(doc)]
    return zlib.compress(pickle.dumps(counted_all(texts), protocol=5), 1)


def unpacked_counts(packed: bytes, texts: list[str]) -> list[Counted]:
    """A document's counted words as kept (perhaps by the last build, in its store): data
    only, read by `loads_data`; counted again from its texts if what was kept is
    damaged, or anything but data."""
    try:
        counts = loads_data(zlib.decompress(packed))
    except Exception:  # whatever a damaged pickle may raise
        return counted_all(texts)
    if isinstance(counts, list) and len(counts) == len(texts):
        return counts
    return counted_all(texts)


def counted(text: str) -> Counted:
    """A text's words, counted (see Counted). A word holds no space (U+0020), but may
    hold what str.split() would split it at ("\x1f")."""
    found = Counter(words(text))
    times = found.values()
    counts = "" if all(n == 1 for n in times) else ",".join(map(str, times))
    return " ".join(found), counts, len(split(text))


def each_count(terms: str, counts: str) -> Iterator[tuple[str, int]]:
    """(term, how often it comes) of a counted text."""
    if not terms:
        return iter(())
    if not counts:
        return ((term, 1) for term in terms.split(" "))
    return zip(terms.split(" "), map(int, counts.split(",")), strict=True)


def filters_script(choices: dict[str, object]) -> str:
    return script("filters", choices)
