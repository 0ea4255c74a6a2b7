"""The offline index: classic scripts for the site opened from a folder, where browsers
refuse modules and fetch. A small inverted index with each word's positions in each
paragraph, sharded by the first letters of a word; the index's words with the form a
reader would type, sharded the same way; and each document's paragraphs in a file of its
own, so a search loads only what its words need. Term and record files are deflated."""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import os
import pickle
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from pathlib import Path

import regex

from ..archive.catalog import Catalog
from ..model import Document
from ..pickling import loads_data
from ..runtime import pool
from ..runtime.outputs import Folder, Output, Values, Worked, computed
from ..runtime.scripts import data_script
from .paragraphs import FILTERS, DocFacets, Paragraph, facets, filters, paragraphs, searchable
from .words import ALNUM, KEPT, MODEL_SCRIPT, TERM_SHARD_PREFIX, forms_of_words, model_script, split

OFFLINE = "search/offline"  # the offline index, in the site
SCRIPT_COMMENT = "Offline search index of the archive; loaded by search.js."


# a text's words as the index holds them: its terms (each once, in the order they come,
# joined by spaces), the positions of each (the words it stands at, counted from nought,
# joined by commas; the terms' lists joined by spaces), and the form a reader types of
# each term that is a whole word written plainly ("term=Form", joined by spaces). Strings,
# not lists: far fewer objects to keep between builds and to read back.
Counted = tuple[str, str, str]
Words = Callable[[int, list[str]], list[Counted]]  # a document's place, its texts -> counts


@dataclass(frozen=True)
class Packed:
    """A file of the index whose data is packed (see `packed`): its name without ".js",
    and the data's JSON, not yet deflated, so that a file whose data is as it was need
    not be deflated again to be known the same."""

    name: str
    data: bytes

    def text(self) -> str:
        return script(self.name, deflated(self.data))


def offline_index(
    recs: Iterable[Paragraph], docs: list[DocFacets], words_of: Words | None = None
) -> Iterator[tuple[str, str]]:
    """The offline index as script files (name under search/offline/, text), one at a
    time: `index_files`, each file's text made."""
    for name, made in index_files(recs, docs, words_of):
        yield name, made if isinstance(made, str) else made.text()


def index_files(
    recs: Iterable[Paragraph], docs: list[DocFacets], words_of: Words | None = None
) -> Iterator[tuple[str, str | Packed]]:
    """The offline index's files (name under search/offline/, text or packed data), one
    at a time, from the catalog's records (in order, read once: each document's records are
    written as they come, so the records are never all held) and facets. words_of gives
    the counted words of each of one document's texts (by default, counted() of each).
    Records are numbered in order through the archive; search.js finds each document's
    first from the paragraphs each has (search/filters.js)."""
    # by term: its postings as written (see token), and where its last posting is (the
    # document's place, the paragraph's among the document's)
    postings: dict[str, bytearray] = {}
    last: dict[str, tuple[int, int]] = {}
    documents: Counter[str] = Counter()  # how many documents hold each term
    written_as: Counter[tuple[str, str]] = Counter()  # (term, form a reader types)
    count = 0
    for place, group in itertools.groupby(recs, key=lambda rec: rec.document):
        mine = list(group)
        if len(mine) != docs[place].paragraphs:
            raise ValueError(f"{docs[place].id}: {len(mine)} records for its paragraphs")
        texts = [rec.text for rec in mine]
        found = words_of(place, texts) if words_of else [counted(text) for text in texts]
        held_here: set[str] = set()
        for local, (terms, positions, forms_of) in enumerate(found):
            here = (place, local)
            for term, where in each_position(terms, positions):
                held = postings.get(term)
                if held is None:
                    held = postings[term] = bytearray()
                    before = START
                else:
                    held += b","
                    before = last[term]
                held += token(step(before, here), where).encode()
                last[term] = here
                held_here.add(term)
            for pair in forms_of.split(" ") if forms_of else ():
                term, _, form = pair.partition("=")
                written_as[term, form] += 1
            count += 1
        documents.update(held_here)
        rows = [[rec.document, rec.block, rec.label, rec.text, list(rec.mentions)] for rec in mine]
        yield f"{record_file(place)}.js", Packed(record_file(place), as_json(rows))
    last.clear()
    vocabulary = words_table(documents, written_as)
    sizes = {term: len(term) + len(entry[0]) + 12 for term, entry in vocabulary.items()}
    shown = shard_terms(sizes, WORD_BYTES, 1)
    shards = shard_terms({term: len(held) + len(term) for term, held in postings.items()})
    meta = {
        "version": 6,
        "records": count,
        "paths": {"terms": f"{OFFLINE}/", "records": f"{OFFLINE}/r-"},
        "shards": {key: -1 for key in shards},  # parts, filled in below
        "words": sorted(shown),
    }
    for key in sorted(shown):
        name = word_file(key)
        yield f"{name}.js", script(name, {t: vocabulary[t] for t in shown[key]})
    for key in sorted(shards):
        tables = list(split_parts(shards[key], postings))
        meta["shards"][key] = len(tables)  # type: ignore[index]
        for number, table in enumerate(tables):
            name = term_file(key, number)
            yield f"{name}.js", Packed(name, as_json(table))
    yield "meta.js", script("meta", meta)


def record_file(place: int) -> str:
    """The file of a document's records (by its place among the documents): each
    [document, block, label, text, mentions], packed."""
    return f"r-{place}"


def words_table(
    documents: Counter[str], written_as: Counter[tuple[str, str]]
) -> dict[str, tuple[str, int]]:
    """Each term of the index: the form a reader types most often (or "" where none is
    written plainly), and how many documents hold it, for "Did you mean ...?"."""
    best: dict[str, tuple[int, str]] = {}
    for (term, form), n in written_as.items():
        held = best.get(term)
        if held is None or (-n, form) < (-held[0], held[1]):
            best[term] = (n, form)
    return {term: (best[term][1] if term in best else "", n) for term, n in documents.items()}


# -- term shards, split by size -----------------------------------------------------------
#
# A term's postings are written as text, a token for each paragraph that holds it: where
# the paragraph is, from the one before (base 36): in the same document, the step from
# it ("a" is ten paragraphs on); in a later one, the step in documents, ":", and the
# paragraph's place among its document's ("2:0" is the first paragraph two documents on);
# then after "." each position where the term stands in it (the first as counted from
# nought, each other as the step from the one before): "a.3.2" is at words 3 and 5. No
# token counts paragraphs across documents, so an edit that adds or removes paragraphs
# of a document changes the lists of its own words alone. A list starts at the first
# paragraph of the first document. A shard holds the terms that begin with its key; a
# shard larger than SHARD_BYTES is split by one more letter, and one that cannot be split
# (a single frequent word) is written in parts, each part's list starting afresh. The
# index's words (with the forms readers type) are sharded the same way, by WORD_BYTES.

SHARD_BYTES = 48_000
WORD_BYTES = 16_000

Place = tuple[int, int]  # a paragraph's: its document's place, its own among the document's
START: Place = (0, 0)  # where each list starts from


def step(before: Place, here: Place) -> str:
    """A paragraph's place as written, from the one before."""
    if here[0] == before[0]:
        return base36(here[1] - before[1])
    return f"{base36(here[0] - before[0])}:{base36(here[1])}"


def stepped(before: Place, written: str) -> Place:
    """The place a paragraph's step leads to (what `step` wrote)."""
    documents, colon, paragraph = written.partition(":")
    if not colon:
        return before[0], before[1] + int(documents, 36)
    return before[0] + int(documents, 36), int(paragraph, 36)


def token(head: str, where: str) -> str:
    """A paragraph's token: its step, and the positions ("3,5") as written."""
    out, before = [], 0
    for text in where.split(","):
        at = int(text)
        out.append(base36(at - before))
        before = at
    return f"{head}.{'.'.join(out)}"


@cache
def base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, d = divmod(n, 36)
        out = digits[d] + out
        if not n:
            return out


def shard_terms(
    sizes: dict[str, int], limit: int | None = None, prefix: int = TERM_SHARD_PREFIX
) -> dict[str, list[str]]:
    """Each shard's key (the letters its terms begin with) and its terms: the first
    `prefix` letters, and one more letter for as long as a shard is bigger than `limit`
    (SHARD_BYTES by default)."""
    most = SHARD_BYTES if limit is None else limit
    shards: dict[str, list[str]] = {}

    def place(key: str, terms: list[str]) -> None:
        if sum(sizes[t] + len(t) for t in terms) <= most or all(t == key for t in terms):
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
        first.setdefault(term[:prefix], []).append(term)
    for key, terms in first.items():
        place(key, terms)
    return shards


def split_parts(terms: list[str], postings: dict[str, bytearray]) -> Iterator[dict[str, str]]:
    """A shard's tables, each about SHARD_BYTES at most: a term too big for one is cut
    between paragraphs, its lists joined again by the script (each part's list starts
    from nought, so its first paragraph is written as its number). Each term's postings
    are taken out of `postings` as they are written."""
    table: dict[str, str] = {}
    size = 0
    for term in terms:
        found = postings.pop(term).decode("ascii").split(",")
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
    """The postings after the first `taken`, the next written from the start of a list."""
    rest = found[taken:]
    if rest:
        here = START
        for written in found[: taken + 1]:
            here = stepped(here, written.split(".", 1)[0])
        rest[0] = step(START, here) + "." + rest[0].split(".", 1)[1]
    return rest


def packed(rows: object) -> str:
    """Records as their JSON, deflated (raw, no header) and written in base64: a third to
    a half of the JSON's size, and still a classic script that loads from a folder.
    loader.js inflates it with the browser's DecompressionStream("deflate-raw")."""
    return deflated(as_json(rows))


def as_json(rows: object) -> bytes:
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def deflated(data: bytes) -> str:
    """JSON's bytes deflated (raw, no header) and written in base64 (see `packed`)."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(deflater.compress(data) + deflater.flush()).decode("ascii")


def unpacked(data: str) -> object:
    """What packed() was given."""
    return json.loads(zlib.decompress(base64.b64decode(data), -15).decode("utf-8"))


def term_file(key: str, part: int) -> str:
    """A shard's file name: its key as code points (safe in any file system), and the
    number of its part after the first."""
    name = "t-" + "-".join(f"{ord(c):x}" for c in key)
    return name if part == 0 else f"{name}.{part}"


def word_file(key: str) -> str:
    """A shard of the index's words: "w-" and its key as code points."""
    return "w-" + "-".join(f"{ord(c):x}" for c in key)


def script(name: str, data: object) -> str:
    return data_script(
        SCRIPT_COMMENT, f"window.archiveSearchLoaded({json.dumps(name)},{{}});", data
    )


def outputs(catalog: Catalog, worked: Worked = computed) -> tuple[list[Output], Folder]:
    """The search page's table of documents and filters, and the offline index: made
    from the documents and their facets alone (so they key it), each document's words
    found on every core (`worked`: or kept from the last build), then the index made and
    written by a process of its own into the folder it is given, while this one goes on.
    This process never holds the index's records: their texts are the whole archive's."""
    docs = facets(catalog)
    scripts = [
        Output(FILTERS, (filters(catalog, docs),), filters_script),
        Output(MODEL_SCRIPT, (), model_script),
    ]

    def start(folder: Path, published: Path | None) -> Callable[[], None]:
        wanted = Values("words", [(doc,) for doc in catalog.documents], document_counts)
        found = worked(wanted)
        process = pool.background(write_index, folder, catalog, docs, found, published)
        return partial(pool.finish, process, "making the offline index")

    return scripts, Folder(OFFLINE, (*catalog.documents, docs), start)


def write_index(
    folder: Path,
    catalog: Catalog,
    docs: list[DocFacets],
    found: list[bytes],
    published: Path | None = None,
) -> None:
    """Write the offline index's files into `folder`, from the catalog's records and each
    document's counted words (`document_counts`, by place). A file the published index
    (`published`, the last build's) holds as it would be written is taken from it (linked,
    or copied), neither deflated nor written again: an edit rewrites the files of what it
    changed (its document's records, the shards of the words whose postings moved) and
    the small tables."""
    folder.mkdir(parents=True, exist_ok=True)
    recs = paragraphs(catalog, docs)

    def words_of(place: int, texts: list[str]) -> list[Counted]:
        return unpacked_counts(found[place], texts)

    for name, made in index_files(recs, docs, words_of):
        target = folder / name
        old = published / name if published is not None else None
        if old is not None and holds_already(old, made):
            take(old, target)
        else:
            target.write_text(made if isinstance(made, str) else made.text(), encoding="utf-8")


def holds_already(path: Path, made: str | Packed) -> bool:
    """Whether the file at `path` is the one `made` would write: the same text, or for
    packed data the same script around data that inflates to the same JSON (deflate gives
    the same bytes for the same JSON, so the file is byte for byte the one to write)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if isinstance(made, str):
        return data == made.encode("utf-8")
    head, _, tail = script(made.name, "@").encode("utf-8").partition(b'"@"')
    if len(data) < len(head) + len(tail) + 2 or not (
        data.startswith(head + b'"') and data.endswith(b'"' + tail)
    ):
        return False
    try:
        inflated = zlib.decompress(base64.b64decode(data[len(head) + 1 : -len(tail) - 1]), -15)
    except (binascii.Error, zlib.error, ValueError):
        return False
    return inflated == made.data


def take(source: Path, target: Path) -> None:
    """The published file, linked into the new index (its bytes never written into)."""
    try:
        os.link(source, target)
    except OSError:
        target.write_bytes(source.read_bytes())


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


_EDGE = regex.compile(rf"^{ALNUM.replace('[', '[^', 1)}+|{ALNUM.replace('[', '[^', 1)}+$")
_PLAIN = regex.compile(rf"{KEPT}+")


def counted(text: str) -> Counted:
    """A text's words as the index holds them (see Counted). A word holds no space
    (U+0020), but may hold what str.split() would split it at ("\x1f")."""
    where: dict[str, list[str]] = {}
    plain: dict[str, str] = {}
    raw = split(text)  # once: its words' forms are read from the same list
    for at, (word, found) in enumerate(zip(raw, forms_of_words(raw), strict=True)):
        if not found:
            continue
        place = str(at)
        for form in found:
            where.setdefault(form, []).append(place)
        bare = plain_word(word)
        if bare:
            plain.setdefault(f"{found[0]}={bare}", "")
    return " ".join(where), " ".join(map(",".join, where.values())), " ".join(plain)


@lru_cache(maxsize=1 << 16)
def plain_word(word: str) -> str:
    """A word without what edges it that is not a letter or digit, where the rest is all
    kept characters; else empty. Worked out once for each word, as its forms are."""
    bare = _EDGE.sub("", word)
    return bare if bare and _PLAIN.fullmatch(bare) else ""


def each_position(terms: str, positions: str) -> Iterator[tuple[str, str]]:
    """(term, its positions as written: "3,5") of a counted text."""
    if not terms:
        return iter(())
    return zip(terms.split(" "), positions.split(" "), strict=True)


def filters_script(choices: dict[str, object]) -> str:
    return script("filters", choices)
