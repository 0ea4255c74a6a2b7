"""The build, read top to bottom: load, check, render, publish.

Nothing is written until every seed, record and editorial file has been read and checked
and every page rendered; then the records are replaced file by file and the new site is
swapped in for the old by renaming, so a failed build leaves both as they were.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from . import (
    anchors,
    bundle,
    content,
    editorial,
    entities,
    exports,
    parallel,
    records,
    render,
    search,
    views,
    yamlio,
)
from .catalog import Catalog, Registered, assemble, link_entities
from .clock import Clock
from .entity_pages import document_path, entity_path
from .errors import ArchiveError, Diagnostic, Reporter
from .model import Document, block_text
from .parse import parse_seed
from .publish import checkpoint, clear_leftovers, publish
from .related import related
from .views import SiteConfig


@dataclass(frozen=True)
class Paths:
    seeds: Path
    documents: Path
    site: Path
    templates: Path
    content: Path

    @property
    def editorial(self) -> Path:
        return self.documents / "editorial"

    @property
    def entities(self) -> Path:
        return self.documents / "entities"

    @property
    def anchors(self) -> Path:
        return self.documents / anchors.FOLDER


@dataclass(frozen=True)
class Result:
    documents: int
    pages: int
    records_written: tuple[str, ...]
    warnings: tuple[Diagnostic, ...]


def build(
    paths: Paths,
    config: SiteConfig,
    check: bool = False,
    strict: bool = False,
    clock: Clock | None = None,
) -> Result:
    """Build the site from the seeds; with `check`, only compare the committed records."""
    clock = clock or Clock(show=False)
    report = Reporter()
    with clock.stage("parse"):
        parsed = read_seeds(paths.seeds, report)
    with clock.stage("records"):
        registered = read_records(paths.documents, report)
    with clock.stage("check"):
        additions = editorial.read_all(paths.editorial, report)
        pages_content = content.read(paths.content, report)
        registry = entities.read(paths.entities, report)
        register, aliases = anchors.read(paths.anchors, report)
        settle = settler(register, aliases, registered)
        catalog = assemble(parsed, registered, additions, paths.seeds, report, settle)
        # a document whose seed failed this run is still part of the archive
        known = {d.id for d in catalog.documents} | {a.id for a in additions}
        known |= {r.id for r in registered}
        catalog = link_entities(catalog, registry, known, paths.seeds, report)
        content.check_links(pages_content, paths.content / "chronology.yaml", known, report)
        catalog, register = keep_anchors(catalog, register, aliases, report)
        if strict:
            for warning in report.warnings:
                report.error(warning.path, warning.line, warning.message)
        report.raise_if_errors()

    with clock.stage("records"):
        texts = {doc.id: records.dump(doc) for doc in catalog.documents}
        verify_round_trip(catalog)
        register_text = anchors.dump(register)
        stale = stale_records(paths.documents, texts, registered)
        stale += stale_register(register, register_text)
    if check:
        if stale:
            raise ArchiveError([Diagnostic(path, 1, why) for path, why in stale])
        return Result(len(catalog.documents), 0, (), tuple(report.warnings))

    checkpoint("rendering")
    clear_leftovers(paths.site)
    staging = new_staging(paths.site)
    try:
        # Pagefind works in a process of its own while this one renders
        indexing = parallel.background(search.write_pagefind, staging, catalog)
        with clock.stage("render"):
            rendered = render_pages(staging, catalog, pages_content, config, paths.templates)
        with clock.stage("exports"):
            write_exports(staging, catalog, texts, paths, register_text)
            if config.base_url:
                (staging / "sitemap.xml").write_text(
                    exports.sitemap(config.base_url, listed(rendered, catalog)), encoding="utf-8"
                )
        with clock.stage("offline index"):
            search.write_offline(staging, catalog)
        with clock.stage("search index"):  # what is left of Pagefind's time
            checkpoint("indexing")
            parallel.finish(indexing, "indexing with Pagefind")
        with clock.stage("zip"):
            pack(staging, paths, catalog, pages_content)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    with clock.stage("publish"):
        written = write_records(paths.documents, texts, registered)
        written += write_register(register, register_text)
        publish(staging, paths.site)
    return Result(len(catalog.documents), len(rendered), written, tuple(report.warnings))


def read_seeds(folder: Path, report: Reporter) -> list[Document]:
    if not folder.is_dir():
        report.error(folder, 1, "the seeds folder does not exist; expected a folder of .txt seeds")
        return []
    seeds = sorted(folder.glob("*.txt"))
    if not seeds:
        report.error(folder, 1, "found no seeds; expected one or more .txt files")
    parsed = []
    for path in seeds:
        parsed.append(parse_seed(path, path.read_bytes(), report))
        checkpoint("parsing")
    return [doc for doc in parsed if doc is not None]


def read_records(folder: Path, report: Reporter) -> list[Registered]:
    """The records already in documents/: each tells which id its seed was published under."""
    found = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        text = editorial.read_text(path, report)
        doc = records.load(path, text, report) if text is not None else None
        if doc is None:
            continue
        if doc.id != path.stem:
            report.error(
                path,
                1,
                f"record id {doc.id!r} differs from its file name; expected "
                f"{path.stem!r} (or rename the file to {doc.id}.yaml)",
            )
            continue
        found.append(Registered(doc.id, doc.seed, path))
    return found


def verify_round_trip(catalog: Catalog) -> None:
    """Each record's data must be schema-valid and read back into the very document it
    was made from (that YAML keeps such data as it is, the tests show)."""
    for doc in catalog.documents:
        data = records.to_data(doc)
        if not yamlio.fast_validator("record").is_valid(data) or records.from_data(data) != doc:
            raise AssertionError(f"the record of {doc.id} does not round-trip")


def stale_records(
    folder: Path, texts: dict[str, str], registered: list[Registered]
) -> list[tuple[str, str]]:
    """Records in documents/ that differ from what the seeds produce, with the reason."""
    out = []
    for doc_id, text in sorted(texts.items()):
        path = folder / f"{doc_id}.yaml"
        if not path.exists():
            out.append(
                (
                    str(path),
                    f"record {doc_id!r} is missing; expected it to be "
                    "committed (run `python build.py` to write it)",
                )
            )
        elif path.read_text(encoding="utf-8") != text:
            out.append(
                (
                    str(path),
                    f"record {doc_id!r} differs from what its seed produces; "
                    "expected them to match (run `python build.py` and commit the result)",
                )
            )
    for reg in registered:
        if reg.id not in texts:
            out.append((str(reg.path), f"record {reg.id!r} has no document; expected none"))
    return out


def listed(rendered: list[str], catalog: Catalog) -> list[str]:
    """The pages a sitemap lists: all but the redirects left by moved pages."""
    moved = {old for old, _ in catalog.redirects}
    return [path for path in rendered if path not in moved]


def settler(
    register: anchors.Register, aliases: anchors.Aliases, registered: list[Registered]
) -> Callable[[Document], Document]:
    """Settles a document's block ids against the anchors it (or a document renamed to
    it) has published, with the texts of its previous record to recognise revisions."""
    paths = {reg.id: reg.path for reg in registered}

    def settle(doc: Document) -> Document:
        ids = [doc.id, *aliases.renamed_to(doc.id)]

        def previous() -> dict[str, str]:
            return {k: v for i in reversed(ids) if i in paths for k, v in block_texts(paths[i])}

        return anchors.settle(doc, register.anchors_of(ids), previous)

    return settle


def block_texts(path: Path) -> list[tuple[str, str]]:
    """(block id, text on one line) of each block of a committed record, read again."""
    doc = records.load(path, path.read_text(encoding="utf-8"), Reporter())
    blocks = doc.blocks() if doc else ()
    return [(b.id, " ".join(block_text(b).split())) for b in blocks]


def keep_anchors(
    catalog: Catalog, register: anchors.Register, aliases: anchors.Aliases, report: Reporter
) -> tuple[Catalog, anchors.Register]:
    """Check every published anchor still lands on its text; give the pages the aliases
    and redirects that keep retired ones working, and the register to write."""
    if report.errors:  # with a seed unread, its anchors would look withdrawn
        return catalog, register
    pages = {doc.id: document_path(doc) for doc in catalog.documents}
    named = {e.id: (entity_path(e), e.name) for e in catalog.registry.entities}
    now = anchors.live(list(catalog.documents), pages, named)
    settled = anchors.check(now, register, aliases, report)
    catalog = replace(catalog, aliases=settled.aliases, redirects=settled.redirects)
    return catalog, settled.register


def stale_register(register: anchors.Register, text: str) -> list[tuple[str, str]]:
    path = register.path
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return []
    return [
        (
            str(path),
            "the anchor register lacks what this build publishes; expected it "
            "committed up to date (run `python build.py` and commit the result)",
        )
    ]


def write_register(register: anchors.Register, text: str) -> tuple[str, ...]:
    path = register.path
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return ()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return (f"{path.parent.name}/{path.name}",)


def new_staging(site: Path) -> Path:
    """A fresh folder beside the site, where the new site is made."""
    site.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{site.name}.staging-", dir=site.parent))


def render_pages(
    staging: Path,
    catalog: Catalog,
    pages_content: content.Content,
    config: SiteConfig,
    templates: Path,
) -> list[str]:
    """Write every page: the documents' across processes, each writing its own, then the
    pages over them all. Returns the pages' paths."""
    shared = views.Shared(catalog, config, related(catalog.mentions, catalog.registry))
    places = parallel.chunks(range(len(catalog.documents)), 25)
    job = (shared, templates, staging)
    written = [path for part in parallel.run(render.document_chunk, job, places) for path in part]
    others = render.render_all(views.other_pages(catalog, pages_content), templates)
    render.write(staging, others, templates)
    return sorted([*written, *others])


def write_exports(
    staging: Path, catalog: Catalog, texts: dict[str, str], paths: Paths, register: str
) -> None:
    """Each document's record, JSON, text and TEI beside its page, and the dataset zip."""
    places = parallel.chunks(range(len(catalog.documents)), 25)
    parallel.run(export_chunk, (staging, catalog, texts), places)
    target = staging / exports.DATASET
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(
        exports.dataset(catalog, texts, paths.entities, anchor_files(paths, register))
    )


def export_chunk(job: tuple[Path, Catalog, dict[str, str]], places: Sequence[int]) -> int:
    staging, catalog, texts = job
    for i in places:
        doc = catalog.documents[i]
        for rel, text in exports.document_files(doc, texts[doc.id], catalog).items():
            (staging / rel).write_text(text, encoding="utf-8")
    return len(places)


def anchor_files(paths: Paths, register: str) -> dict[str, bytes]:
    """The register as this build leaves it, and the aliases, for the dataset."""
    files = {anchors.REGISTER: register.encode()}
    aliases = paths.anchors / anchors.ALIASES
    if aliases.is_file():
        files[anchors.ALIASES] = aliases.read_bytes()
    return files


def pack(staging: Path, paths: Paths, catalog: Catalog, pages: content.Content) -> None:
    """Zip the staged site into its downloads folder. The home and About pages show the
    zip's size, and are inside it: render them again until the size they show holds."""
    target = staging / bundle.FOLDER / bundle.name()
    shown = None
    index: dict[str, bundle.Packed] | None = None
    for _ in range(6):
        written, index = bundle.write(staging, target, paths.site.name, index)
        size = bundle.human(written)
        checkpoint("zipping")
        if size == shown:
            return
        shown = size
        html = render.render_all(views.bundle_pages(catalog, pages, size), paths.templates)
        for rel, text in html.items():
            (staging / rel).write_text(text, encoding="utf-8")
    raise AssertionError("the bundle's size did not settle")


def write_records(
    folder: Path,
    texts: dict[str, str],
    registered: list[Registered],
) -> tuple[str, ...]:
    """Replace each changed record atomically; drop records whose seed left the catalog."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for doc_id, text in sorted(texts.items()):
        path = folder / f"{doc_id}.yaml"
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
        written.append(path.name)
    return tuple(written)
