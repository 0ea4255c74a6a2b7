"""The whole archive: every document with its id settled, the editor's additions merged,
and the checks that span files (duplicate ids, notes on missing paragraphs)."""

from __future__ import annotations

import difflib
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import Reporter, display, one_of
from ..load.editorial import Additions
from ..load.entities import Curated
from ..load.inputs import on_disk
from ..load.record_files import RecordFile
from ..load.yamlio import yaml_line
from ..model import Citing, Document, EditorialNote, Printed, Prose, Source, Title
from ..pickling import pickled_by_fields
from ..runtime.outputs import Values, Worked, computed
from .mentions import Matcher, Mention, Unknowns, survey


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Catalog:
    documents: tuple[Document, ...]  # in chronological order, then by id
    curated: Curated = field(default_factory=lambda: Curated((), (), ()))
    mentions: dict[str, tuple[Mention, ...]] = field(default_factory=dict)  # by document id
    # by document, each live anchor with the retired anchors that now land on it
    aliases: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    redirects: tuple[tuple[str, str], ...] = ()  # (retired page, the page it now lives at)

    def by_id(self, doc_id: str) -> Document:
        return next(doc for doc in self.documents if doc.id == doc_id)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Unnamed:
    """A capitalised name that no entity covers, with how often and where it stands
    (`seed path`, line), in the order of the seeds."""

    name: str
    count: int
    places: tuple[tuple[str, int], ...]


def surveyed(
    curated: Curated, docs: Sequence[Document], seeds: Path, worked: Worked = computed
) -> tuple[dict[str, tuple[Mention, ...]], list[Unnamed]]:
    """Each document's mentions, and the names no entity covers, each once with its
    places: found on every core for the documents that need it, once for each document
    and curated data."""
    inputs = [(doc, curated) for doc in docs]
    # each document's mentions (the first of what a survey finds) known to later keys,
    # every page that shows them among them, by what they were found in
    wanted = Values(
        "mentions", inputs, Survey(curated), (curated,), "mentions found", operator.itemgetter(0)
    )
    found = {}
    places: dict[str, list[tuple[str, int]]] = {}
    for args, (mentions, unknown) in zip(inputs, worked(wanted), strict=True):
        found[args[0].id] = mentions
        for name, line in unknown:
            places.setdefault(name, []).append((display(seeds / args[0].seed), line))
    return found, grouped(places)


def grouped(places: dict[str, list[tuple[str, int]]]) -> list[Unnamed]:
    """The unknown names, the most frequent first, each with its places in seed order."""
    out = [Unnamed(name, len(at), tuple(sorted(set(at)))) for name, at in places.items()]
    return sorted(out, key=lambda u: (-u.count, u.name))


PLACES_SHOWN = 3  # the places a warning names; `build.py names` gives them all


def warn_unnamed(unnamed: list[Unnamed], report: Reporter) -> None:
    """One warning for each name no entity covers, with how often and where it stands."""
    for item in unnamed:
        path, line = item.places[0]
        where = ""
        if item.count > 1:
            shown = ", ".join(f"{p}:{n}" for p, n in item.places[:PLACES_SHOWN])
            more = len(item.places) - PLACES_SHOWN
            where = f" ({item.count} times, at {shown}{f' … and {more} more' if more > 0 else ''})"
        report.warn(
            path,
            line,
            f"capitalised name {item.name!r} matches no entity{where}; expected an entity "
            "with this alias in documents/entities/, or the word in "
            "documents/entities/ignore.yaml (`python build.py names` lists them all)",
        )


def find_mentions(
    curated: Curated,
    docs: Sequence[Document],
    seeds: Path,
    report: Reporter,
    worked: Worked = computed,
) -> dict[str, tuple[Mention, ...]]:
    """Each document's mentions, with a warning for each name no entity covers."""
    found, unnamed = surveyed(curated, docs, seeds, worked)
    warn_unnamed(unnamed, report)
    return found


class Survey:
    """Finds a document's mentions with the matcher made once from the curated data."""

    def __init__(self, curated: Curated) -> None:
        self.curated = curated
        self.matcher = Matcher(curated)

    def __call__(self, doc: Document, curated: Curated) -> tuple[tuple[Mention, ...], Unknowns]:
        assert curated is self.curated  # what the matcher was made from
        return survey(doc, self.matcher)


def link_entities(
    catalog: Catalog,
    curated: Curated,
    known: set[str],
    seeds: Path,
    report: Reporter,
    found: dict[str, tuple[Mention, ...]] | None = None,
) -> Catalog:
    """Find every mention, and check the curated data against the documents: each entity
    mentioned or marked context only, each relation naming a document, unknown names.
    `found`: each document's mentions, already found (and its warnings reported) by
    survey(); by default they are found here."""
    if found is None:
        found = find_mentions(curated, catalog.documents, seeds, report)
    used = {m.entity for mentions in found.values() for m in mentions}
    complete = not report.errors  # with a seed unread, an entity may look unmentioned
    for item in curated.entities:
        if complete and item.id not in used and not item.context_only:
            report.error(
                item.path,
                item.line,
                f"entity {item.id!r} is mentioned in no "
                "document; expected an alias the texts use, or context_only: true",
            )
    ids = {doc.id for doc in catalog.documents} | known
    for relation in curated.relations:
        if relation.document not in ids:
            report.error(
                relation.path,
                relation.line,
                f"relation names document {relation.document!r}, which is not in the "
                f"collection; expected {one_of(relation.document, ids)}",
            )
    return replace(catalog, curated=curated, mentions=found)


def assemble(
    parsed: list[Document],
    registered: list[RecordFile],
    additions: list[Additions],
    seeds_folder: Path,
    report: Reporter,
    settle: Callable[[Document], Document] = lambda doc: doc,
) -> Catalog:
    """Settle ids (the editor's file name, else the id already published, else a new one
    from date and type), then the ids of the blocks (`settle`), merge the editor's
    additions, and check what spans documents."""
    seeds = {doc.seed for doc in parsed}
    by_seed: dict[str, Additions] = {}
    for adds in additions:
        seed = adds.data["seed"]
        if seed in by_seed:
            report.error(
                adds.path,
                adds.line("seed"),
                f"seed {seed!r} already has editorial "
                f"file {by_seed[seed].path.name}; expected one file per document",
            )
        elif seed not in seeds and not on_disk(seeds_folder / seed).exists():
            report.error(
                adds.path,
                adds.line("seed"),
                f"seed {seed!r} is not in {seeds_folder.name}/; expected the file name of a seed",
            )
        by_seed[seed] = adds
    published = {reg.seed: reg for reg in registered}
    for reg in registered:
        if reg.seed not in seeds and not on_disk(seeds_folder / reg.seed).exists():
            report.error(
                reg.path,
                1,
                f"record {reg.id!r} was made from seed {reg.seed!r}, which "
                f"is not in {seeds_folder.name}/; expected the seed, or delete this "
                "record to withdraw the document",
            )

    taken: dict[str, str] = {}
    documents = []
    for doc in sorted(parsed, key=lambda d: d.seed):
        if doc.seed in by_seed:
            doc_id = by_seed[doc.seed].id
        elif doc.seed in published:
            doc_id = published[doc.seed].id
        elif not doc.id:  # its type gave no id: the editor names the document
            report.error(seeds_folder / doc.seed, doc.meta.type.at.line or 1, unnamed(doc))
            continue
        else:
            doc_id = free_id(doc.id, taken, {a.id for a in additions} | {r.id for r in registered})
        if doc_id in taken:
            report.error(
                Path(seeds_folder / doc.seed),
                1,
                f"document id {doc_id!r} is already "
                f"used by seed {taken[doc_id]!r}; expected each document to have its own "
                f"id (rename documents/editorial/{doc_id}.yaml or give this seed one)",
            )
            continue
        taken[doc_id] = doc.seed
        doc = settle(replace(doc, id=doc_id))
        given = by_seed.get(doc.seed)
        if given:
            doc = merge(doc, given, report)
        if doc.meta.title.editorial and not (given and "title" in given.data):  # "Untitled …"
            report.warn(seeds_folder / doc.seed, 1, untitled(doc))
        documents.append(doc)
    return Catalog(tuple(sorted(documents, key=lambda d: (d.meta.date.iso, d.id))))


def untitled(doc: Document) -> str:
    """What to do for a document whose seed gives no title the parser can read."""
    return (
        f"found no title for the document; it is shown as {doc.meta.title.text!r}, marked as "
        "the editor's; expected a title at the top of the seed (a web capture's heading "
        "line; the entry under an archive translation's catalogue line; or a heading "
        "beginning 'About', 'On', 'Concerning' or 'Regarding'), or one given as `title:` in "
        f"documents/editorial/{doc.id}.yaml"
    )


def unnamed(doc: Document) -> str:
    """Why a new document has no id: its type has nothing an id is written with."""
    said = doc.meta.type.printed
    hint = yaml_line("seed", doc.seed)
    return (
        f"the document's id is made from its date and type, and its type {said!r} gives "
        "none (an id is written with a-z, 0-9 and hyphens, and the type has no letter or "
        "digit that can be written so); expected an "
        f"editorial file naming the document, such as documents/editorial/"
        f"{doc.meta.date.iso}-document.yaml holding `{hint}` (its name is the id)"
    )


def free_id(proposed: str, taken: dict[str, str], reserved: set[str]) -> str:
    candidate, n = proposed, 1
    while candidate in taken or candidate in reserved:
        n += 1
        candidate = f"{proposed}-{n}"
    return candidate


def merge(doc: Document, adds: Additions, report: Reporter) -> Document:
    """The editor's additions, marked as editorial, over what the seed prints."""
    data, meta = adds.data, doc.meta
    block_ids = {block.id for block in doc.blocks()}
    notes = []
    for i, note in enumerate(data.get("notes", [])):
        if note["at"] not in block_ids:
            close = difflib.get_close_matches(note["at"], sorted(block_ids), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            report.error(
                adds.path,
                adds.line("notes", i, "at"),
                f"note is at {note['at']!r}, "
                f"which is not a block of {doc.id}; expected the id of one of its "
                f"blocks{hint}",
            )
        notes.append(EditorialNote(note["at"], note["text"]))
    title = meta.title
    if "title" in data:
        title = Title(data["title"], True, meta.title.printed)
    doc_type = meta.type
    if "type" in data:
        doc_type = Printed(meta.type.printed, data["type"], meta.type.at)
    summary = meta.summary
    if "summary" in data:
        summary += (Prose(tuple(data["summary"]), "editor", Source()),)
    language = replace(
        meta.language, original=data.get("original_language", meta.language.original)
    )
    provenance = replace(
        meta.provenance,
        collection=data.get("collection", meta.provenance.collection),
        note=data.get("provenance_note", meta.provenance.note),
    )
    citing = Citing(
        data.get("short_title", meta.citing.short_title),
        data.get("sentence_case_title", meta.citing.sentence_case_title),
        data.get("collection_attributed", meta.citing.collection_attributed),
    )
    meta = replace(
        meta,
        author=data.get("author", meta.author),
        citing=citing,
        title=title,
        type=doc_type,
        summary=summary,
        language=language,
        provenance=provenance,
    )
    return replace(
        doc,
        meta=meta,
        notes=tuple(notes),
        editorial_fields=tuple(k for k in EDITORIAL_KEYS if k in data),
    )


EDITORIAL_KEYS = (
    "title",
    "type",
    "author",
    "summary",
    "original_language",
    "collection",
    "provenance_note",
    "notes",
    "short_title",
    "sentence_case_title",
    "collection_attributed",
)
