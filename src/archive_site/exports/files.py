"""Open data: each document's record as YAML and JSON and its text with paragraph numbers,
beside its page; and the whole dataset (records, curated data, schemas) as one zip."""

from __future__ import annotations

import functools
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from importlib import resources

from ..archive.catalog import Catalog
from ..archive.mentions import Mention
from ..errors import ArchiveError, Diagnostic, Reporter, table_line
from ..load import entities as curated
from ..load import records
from ..load import register as register_io
from ..load.entities import Entity
from ..load.inputs import present, read_bytes
from ..load.record_files import RecordTexts
from ..load.settings import DATASET, Settings
from ..model import Document, block_text, paragraph_numbers
from ..pickling import pickled_by_fields
from ..runtime import pool
from ..runtime.outputs import Batches, Output, Outputs, Values, Worked, computed
from ..runtime.paths import Paths
from ..site import references
from ..site.entity_pages import document_path
from ..site.views import (
    EXPORTS,
    NO_RIGHTS,
    Export,
    beside,
    dataset_place,
    export_file,
    export_paths,
    export_places,
)
from . import jsontext, tei
from .bundle import Compressed, Entry, Packer, Source, epoch, zip_bytes, zip_entry


def plain_text(doc: Document) -> str:
    """The document as text: its title and date, then each block, numbered paragraphs
    opening with their number."""
    meta = doc.meta
    lines = [meta.title.text, f"{meta.date.printed} ({meta.date.iso})", ""]
    numbers = paragraph_numbers(doc)
    for part in doc.parts:
        if part.kind != "main":
            lines += [f"[Attached document{': ' + part.type if part.type else ''}]", ""]
        for block in part.blocks:
            for item in block.children or (block,):
                text = block_text(item)
                number = numbers.get(item.id)
                lines += [f"¶ {number}  {text}" if number is not None else text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Made:
    """What a document's files are made from."""

    doc: Document
    record_text: str
    found: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    edition: tuple[str, str]  # the collection's title and who publishes it
    url: str | None  # the document page's public address, where the site has one


def record_json(made: Made) -> str:
    return jsontext.indented(records.to_data(made.doc)) + "\n"


MAKERS: dict[str, Callable[[Made], str]] = {  # by extension, one for each of views.EXPORTS
    "yaml": lambda made: made.record_text,
    "json": record_json,
    "txt": lambda made: plain_text(made.doc),
    "xml": lambda made: tei.document(made.doc, made.found, made.entities, made.edition),
    "ris": lambda made: references.ris(made.doc, made.url, made.edition[0]),
    "csl.json": lambda made: references.csl_json(made.doc, made.url, made.edition[0]),
    "bib": lambda made: references.bibtex(made.doc, made.url, made.edition[0]) + "\n",
}


def unmade(exports: Sequence[Export], makers: Mapping[str, object]) -> list[str]:
    """What is wrong between the table of exports and their makers: an export with no
    maker, or a maker for no export (empty when they agree)."""
    listed = {x.ext for x in exports}
    return [
        *(
            f"views.EXPORTS lists '{e}', which MAKERS does not make; expected a maker for it"
            for e in sorted(listed - makers.keys())
        ),
        *(
            f"MAKERS makes '{e}', which views.EXPORTS does not list; expected a row for it"
            for e in sorted(makers.keys() - listed)
        ),
    ]


if unmade(EXPORTS, MAKERS):  # the program's own tables: a mistake shows as it starts
    raise ArchiveError(
        [
            Diagnostic(*table_line(Export.__module__, "EXPORTS"), why)
            for why in unmade(EXPORTS, MAKERS)
        ]
    )


def document_files(
    doc: Document,
    record_text: str,
    found: tuple[Mention, ...],
    entities: tuple[Entity, ...],
    edition: tuple[str, str],
    url: str | None = None,
    here: bool = True,
    formats: Mapping[str, Compressed] | None = None,
) -> dict[str, str]:
    """A document's files beside its page: its record, as YAML and JSON, its text, its
    TEI with its mentions of the entities named, and its citation for reference managers;
    not `here` (a larger archive than views.DATASET_DOCUMENTS), its citation alone. Those
    the dataset holds too are taken from its `formats` (`dataset_files`), where given."""
    made = Made(doc, record_text, found, entities, edition, url)
    kept = formats or {}
    return {
        path: inflated(kept[held]) if held in kept else MAKERS[x.ext](made)
        for x, path in export_places(doc, here)
        for held in [f"documents/{export_file(doc.id, x.ext)}"]
    }


def inflated(data: Compressed) -> str:
    return zlib.decompress(data.data).decode("utf-8")


def dataset_files(
    doc: Document,
    record_text: str,
    found: tuple[Mention, ...],
    entities: tuple[Entity, ...],
    edition: tuple[str, str],
) -> dict[str, Compressed]:
    """A document's files the dataset holds besides its record as YAML (taken from the
    records): its record as JSON, its text, its TEI, by name in the dataset, compressed.
    (Made with no address: the dataset is the same wherever the site is published.)"""
    made = Made(doc, record_text, found, entities, edition, None)
    return {
        f"documents/{export_file(doc.id, x.ext)}": Compressed(
            zlib.compress(MAKERS[x.ext](made).encode("utf-8"), 1)
        )
        for x in EXPORTS
        if not x.offline and x.ext != "yaml"
    }


Listed = tuple[tuple[str, str, str, str, str], ...]  # id, date, title, rights, source


def listing(catalog: Catalog) -> Listed:
    """What the dataset's README and rights statements say of each document."""
    return tuple(
        (
            doc.id,
            doc.meta.date.iso,
            doc.meta.title.text,
            " ".join(doc.meta.rights.paragraphs) if doc.meta.rights else NO_RIGHTS,
            doc.meta.provenance.collection or "source not named",
        )
        for doc in catalog.documents
    )


def dataset(
    listed: Listed,
    texts: RecordTexts,
    entities: dict[str, bytes],
    anchors: dict[str, bytes],
    epoch: int,
    edition: str,
    formats: Sequence[dict[str, Compressed]] = (),
    packed: Packer | None = None,
) -> bytes:
    """A zip of every record (as YAML, and as `formats` gives: JSON, text, TEI), the
    curated entity data, the anchor register and aliases, the schemas, a README and the
    rights statements, in sorted order with fixed dates. `packed` deflates the entries
    (each by itself, by default)."""
    files: dict[str, Source] = {}
    for doc_id, *_ in listed:
        files[f"documents/{doc_id}.yaml"] = Compressed(texts.packed[doc_id])
    for made in formats:
        files.update(made)
    for name, data in sorted(entities.items()):
        files[f"entities/{name}"] = data
    for name, data in sorted(anchors.items()):
        files[f"anchors/{name}"] = data
    for item in sorted(
        resources.files("archive_site").joinpath("schemas").iterdir(), key=lambda p: p.name
    ):
        files[f"schemas/{item.name}"] = item.read_bytes()
    files["README.txt"] = readme(listed, edition, "aliases.yaml" in anchors).encode()
    files["RIGHTS.txt"] = rights(listed).encode()
    return zip_bytes({f"dataset/{name}": data for name, data in files.items()}, epoch, packed)


def readme(listed: Listed, edition: str, aliases: bool) -> str:
    """What the dataset holds; `aliases`: whether it has a list of retired anchors."""
    docs = "\n".join(
        f"- documents/{doc_id}.yaml: {date}, {title}" for doc_id, date, title, *_ in listed
    )
    retired = "; aliases.yaml, where\n            retired anchors now point" if aliases else ""
    return (
        f"{edition}: the dataset\n\n"
        "documents/  one record per document (YAML), as schemas/record.schema.json describes:\n"
        "            metadata as printed and normalized, and the text as typed blocks and\n"
        "            spans, editorial insertions marked by kind; beside it the same record\n"
        "            as JSON, the text with paragraph numbers (.txt) and TEI P5 XML (.xml).\n"
        "anchors/    register.tsv, every anchor published and the text it held (in a zip of\n"
        f"            one year, its documents' and every other page's){retired}\n"
        "entities/   people, organizations, places, terms and events the documents mention,\n"
        "            with the forms they take in the texts (schemas/entities.schema.json).\n"
        "schemas/    JSON Schemas (draft 2020-12) for every file here.\n"
        "RIGHTS.txt  the rights statements of the sources.\n\n"
        f"Documents:\n{docs}\n"
    )


def rights(listed: Listed) -> str:
    return "\n".join(
        f"{doc_id} ({source}):\n{statement}\n" for doc_id, _, _, statement, source in listed
    )


def sitemap(base_url: str, pages: Iterable[str]) -> str:
    """A sitemap of every page, for a site published at base_url."""
    base = base_url.rstrip("/") + "/"
    urls = "".join(f"<url><loc>{escape(base + path)}</loc></url>\n" for path in sorted(pages))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{urls}</urlset>\n"
    )


def robots(base_url: str) -> str:
    """robots.txt for a site published at base_url: every page may be read, and the
    sitemap lists them. (Crawlers read it only at the top of a host.)"""
    return f"User-agent: *\nAllow: /\n\nSitemap: {base_url.rstrip('/')}/sitemap.xml\n"


def sitemap_outputs(base_url: str | None, pages: list[str]) -> list[Output]:
    """The sitemap and robots.txt, for a site published at an address (none without)."""
    if not base_url:
        return []
    return [
        Output("sitemap.xml", (base_url, pages), sitemap),
        Output("robots.txt", (base_url,), robots),
    ]


Formats = list[dict[str, Compressed]]  # each document's files in the dataset, in order


def export_work(
    catalog: Catalog,
    texts: RecordTexts,
    edition: tuple[str, str],
    settings: Settings,
    formats: Formats | None = None,
) -> Batches:
    """Each document's files, in batches to be made by as many processes; those the
    dataset holds too taken from its `formats`, where given."""
    batches = pool.batches(range(len(catalog.documents)), 25)
    declare = functools.partial(export_outputs, catalog, texts, edition, settings, formats)
    return Batches(declare, batches)


def dataset_formats(
    catalog: Catalog, texts: RecordTexts, edition: tuple[str, str], worked: Worked = computed
) -> Formats:
    """Each document's files in the dataset besides its YAML record (`dataset_files`)."""
    by_id = catalog.curated.by_id()
    made = [document_inputs(catalog, texts, edition, by_id, doc) for doc in catalog.documents]
    formats: Formats = worked(Values("formats", made, dataset_files))
    return formats


def formats_beside(
    catalog: Catalog, texts: RecordTexts, edition: tuple[str, str], worked: Worked = computed
) -> Formats | None:
    """The files of each document that lie both beside its page and in the dataset, made
    once for both; None where the dataset alone holds them (made with it, then)."""
    if not beside(len(catalog.documents)):
        return None
    return dataset_formats(catalog, texts, edition, worked)


def dataset_outputs(
    catalog: Catalog,
    texts: RecordTexts,
    paths: Paths,
    register: bytes,
    edition: tuple[str, str],
    worked: Worked = computed,
    formats: Formats | None = None,
) -> list[Output]:
    """The dataset's zip: every record, in each of its formats (`dataset_formats`, made
    here where not given), the curated data and the anchors; in an archive of more than
    views.DATASET_DOCUMENTS documents, a zip for each year, each with the records of its
    documents and all the rest."""
    entities, anchors = curated.sources(paths.entities), anchor_files(paths, register)
    if formats is None:
        formats = dataset_formats(catalog, texts, edition, worked)

    def packed(entries: list[Source]) -> list[Entry]:
        # each entry deflated once: a record that did not change is not deflated again
        entry: list[Entry] = worked(Values("deflated", [(data,) for data in entries], zip_entry))
        return entry

    make = functools.partial(dataset, packed=packed)
    listed = listing(catalog)
    count = len(catalog.documents)
    zips: dict[str, list[int]] = {}  # each zip of the dataset: its documents, in order
    for i, doc in enumerate(catalog.documents):
        zips.setdefault(dataset_place(doc, count), []).append(i)
    outputs = []
    for rel, held in zips.items() or [(DATASET, [])]:
        mine = tuple(listed[i] for i in held)
        title, theirs = edition[0], anchors
        if rel != DATASET:  # a year's: the register's lines of its own documents
            title = f"{edition[0]} ({mine[0][1][:4]})"
            ids = {doc_id for doc_id, *_ in mine}
            theirs = anchors | {register_io.REGISTER: register_lines(register, ids)}
        inputs = (mine, texts, entities, theirs, epoch(), title, [formats[i] for i in held])
        outputs.append(Output(rel, inputs, make))
    return outputs


def register_lines(register: bytes, ids: set[str]) -> bytes:
    """The anchor register with only these documents' lines (and every other kind's)."""
    kept = []
    for line in register.splitlines(keepends=True):
        kind, _, rest = line.partition(b"\t")
        if kind in (b"document", b"anchor"):
            name = rest.partition(b"\t")[0].partition(b"#")[0].decode("utf-8")
            if name not in ids:
                continue
        kept.append(line)
    return b"".join(kept)


def export_outputs(
    catalog: Catalog,
    texts: RecordTexts,
    edition: tuple[str, str],
    settings: Settings,
    formats: Formats | None,
    indexes: Sequence[int],
) -> Iterator[Outputs]:
    """Some documents' files, each document's made together."""
    entities = catalog.curated.by_id()
    here = beside(len(catalog.documents))
    for i in indexes:
        doc = catalog.documents[i]
        url = settings.url(document_path(doc))
        kept = formats[i] if formats is not None else None
        inputs = (*document_inputs(catalog, texts, edition, entities, doc), url, here, kept)
        yield Outputs(tuple(export_paths(doc, here)), inputs, document_files)


DocumentInputs = tuple[Document, str, tuple[Mention, ...], tuple[Entity, ...], tuple[str, str]]


def document_inputs(
    catalog: Catalog,
    texts: RecordTexts,
    edition: tuple[str, str],
    entities: Mapping[str, Entity],
    doc: Document,
) -> DocumentInputs:
    """What a document's files are made from, beside its page and in the dataset alike:
    the document, its record's text, its mentions, the entities they name (by id) and
    the edition."""
    found = catalog.mentions.get(doc.id, ())
    named = tuple(entities[e] for e in sorted({m.entity for m in found}))
    return doc, texts[doc.id], found, named, edition


def anchor_files(paths: Paths, register: bytes) -> dict[str, bytes]:
    """The register as this build leaves it, and the aliases, for the dataset."""
    files = {register_io.REGISTER: register}
    aliases = paths.anchors / register_io.ALIASES
    data = read_bytes(aliases, "aliases", Reporter()) if present(aliases) else None
    if data is not None:  # read and checked already: read again as any input is
        files[register_io.ALIASES] = data
    return files
