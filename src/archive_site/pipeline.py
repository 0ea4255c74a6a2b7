"""The build, read top to bottom: load, check, render, publish.

Nothing is written until every seed, record and editorial file has been read and checked
and every page rendered; then the records are replaced file by file and the new site is
swapped in for the old by renaming, so a failed build leaves both as they were. What a
build made is kept beside the site (cache.py), and the next build takes again whatever
it would make from the same inputs.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar, cast

from .archive import anchors
from .archive.catalog import Catalog, Registered, assemble, link_entities, survey
from .archive.mentions import Matcher, Mention
from .build import pool as parallel
from .build.cache import Cache, Reuse, code_version, fingerprint
from .build.clock import Clock
from .build.outdir import MARKER, MARKER_TEXT, readable
from .build.paths import Paths
from .build.publish import checkpoint, clear_leftovers, publish, write_atomic
from .errors import ArchiveError, Diagnostic, Reporter, display
from .exports import bundle
from .exports import files as exports
from .load import content, editorial, entities, inputs, records, yamlio
from .load import register as register_io
from .load.entities import Registry
from .load.parse import parse_seed
from .model import Document, block_text
from .search import offline, pagefind
from .site import render
from .site.entity_pages import document_path, entity_path


@dataclass(frozen=True)
class Result:
    documents: int
    pages: int
    records_written: tuple[str, ...]
    warnings: tuple[Diagnostic, ...]


def build(
    paths: Paths,
    base_url: str | None = None,
    check: bool = False,
    strict: bool = False,
    clock: Clock | None = None,
    fresh: bool = False,
) -> Result:
    """Build the site from the seeds; with `check`, only compare the committed records.
    `base_url`, where given, stands for the settings' address. What the last build made
    is used again where its inputs are unchanged, unless `fresh` (which also leaves no
    cache)."""
    clock = clock or Clock(show=False)
    report = Reporter()
    memo = Cache(None) if fresh else Cache(paths.cache, code_version(paths.templates))
    with clock.stage("parse"):
        parsed = read_seeds(paths.seeds, report, memo)
    with clock.stage("records"):
        registered = read_records(paths.documents, report, memo)
    with clock.stage("check"):
        additions = editorial.read_all(paths.editorial, report)
        pages_content = content.read(paths.content, report)
        config = replace(
            pages_content.settings, base_url=base_url or pages_content.settings.base_url
        )
        pages_content = replace(pages_content, settings=config)
        registry = entities.read(paths.entities, report)
        register, aliases = register_io.read(paths.anchors, report)
        settle = settler(register, aliases, registered)
        catalog = assemble(parsed, registered, additions, paths.seeds, report, settle)
        # a document whose seed failed this run is still part of the archive
        known = {d.id for d in catalog.documents} | {a.id for a in additions}
        known |= {r.id for r in registered}
        found = surveyed(memo, registry, catalog.documents, paths.seeds, report)
        catalog = link_entities(catalog, registry, known, paths.seeds, report, found)
        content.check_links(pages_content, paths.content / "chronology.yaml", known, report)
        catalog, register = keep_anchors(catalog, register, aliases, report)
        if strict:
            for warning in report.warnings:
                report.error(warning.path, warning.line, warning.message)
        report.raise_if_errors()

    with clock.stage("records"):
        texts = record_texts(catalog, memo)
        register_text = register_io.dump(register)
        stale = stale_records(paths.documents, texts, registered)
        stale += register_io.stale(register, register_text)
    if check:
        if stale:
            raise ArchiveError([Diagnostic(path, 1, why) for path, why in stale])
        return Result(len(catalog.documents), 0, (), tuple(report.warnings))

    checkpoint("rendering")
    clear_leftovers(paths.site)
    staging = new_staging(paths.site)
    reuse = Reuse(paths.site, staging, memo)
    try:
        # Pagefind works in a process of its own while this one renders
        indexing = pagefind.start(reuse, catalog)
        with clock.stage("render"):
            rendered = render.render_pages(reuse, catalog, pages_content, config, paths.templates)
        with clock.stage("exports"):
            exports.write_exports(reuse, catalog, texts, paths, register_text, config.title)
            if config.base_url:
                (staging / "sitemap.xml").write_text(
                    exports.sitemap(config.base_url, listed(rendered, catalog)), encoding="utf-8"
                )
        with clock.stage("offline index"):
            offline.write(reuse, catalog, memo)
        with clock.stage("search index"):  # what is left of Pagefind's time
            checkpoint("indexing")
            pagefind.finish(reuse, indexing)
        with clock.stage("zip"):
            bundle.pack(reuse, memo, paths, catalog, pages_content)
        with clock.stage("publish"):
            (staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
            readable(staging)
            written = write_records(paths.documents, texts, registered)
            written += register_io.write(register, register_text)
            publish(staging, paths.site)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if fresh:  # what an earlier build left would describe another site
        shutil.rmtree(paths.cache, ignore_errors=True)
    memo.save(reuse.made)
    return Result(len(catalog.documents), len(rendered), written, tuple(report.warnings))


def read_seeds(folder: Path, report: Reporter, memo: Cache) -> list[Document]:
    if not folder.is_dir():
        report.error(folder, 1, "the seeds folder does not exist; expected a folder of .txt seeds")
        return []
    seeds, data = [], []
    for path in inputs.listed(folder, ".txt"):
        raw = inputs.read_bytes(path, "seed", report)
        if raw is not None:
            seeds.append(path)
            data.append(raw)
    if not seeds and not report.errors:
        report.error(folder, 1, "found no seeds; expected one or more .txt files")
    same_texts(seeds, data, report)
    keys = [memo.key("parse", display(path), raw) for path, raw in zip(seeds, data, strict=True)]
    parsed = []
    for doc, diagnostics in each_once(memo, "parse", keys, parse_one, (seeds, data)):
        report.diagnostics.extend(diagnostics)
        parsed.append(doc)
        checkpoint("parsing")
    return [doc for doc in parsed if doc is not None]


def same_texts(seeds: list[Path], data: list[bytes], report: Reporter) -> None:
    """Warn of a seed whose text another seed already holds: it would be published twice."""
    first: dict[bytes, Path] = {}
    for path, raw in zip(seeds, data, strict=True):
        key = hashlib.blake2b(b" ".join(raw.split()), digest_size=16).digest()
        earlier = first.setdefault(key, path)
        if earlier is not path:
            report.warn(
                path,
                1,
                f"holds the same text as {earlier.name}, and would be published twice; "
                "expected each document once (delete one of the two seeds)",
            )


def parse_one(
    job: tuple[list[Path], list[bytes]], i: int
) -> tuple[Document | None, list[Diagnostic]]:
    seeds, data = job
    own = Reporter()
    return parse_seed(seeds[i], data[i], own), own.diagnostics


def read_records(folder: Path, report: Reporter, memo: Cache) -> list[Registered]:
    """The records already in documents/: each tells which id its seed was published under."""
    paths, texts = [], []
    for path in inputs.listed(folder, ".yaml"):
        text = inputs.read_text(path, "record", report)
        if text is not None:
            paths.append(path)
            texts.append(text)
    keys = [memo.key("record", display(p), t) for p, t in zip(paths, texts, strict=True)]
    found = []
    for path, (named, diagnostics) in zip(
        paths, each_once(memo, "record", keys, read_one, (paths, texts)), strict=True
    ):
        report.diagnostics.extend(diagnostics)
        if named is None:
            continue
        doc_id, seed = named
        if doc_id != path.stem:
            report.error(
                path,
                1,
                f"record id {doc_id!r} differs from its file name; expected "
                f"{path.stem!r} (or rename the file to {doc_id}.yaml)",
            )
            continue
        found.append(Registered(doc_id, seed, path))
    return found


def read_one(
    job: tuple[list[Path], list[str]], i: int
) -> tuple[tuple[str, str] | None, list[Diagnostic]]:
    """A record's id and seed (None if it cannot be read), and what is wrong with it."""
    paths, texts = job
    own = Reporter()
    doc = records.load(paths[i], texts[i], own)
    return ((doc.id, doc.seed) if doc else None), own.diagnostics


def record_texts(catalog: Catalog, memo: Cache) -> dict[str, str]:
    """Each document's record as YAML, made once for each document as it stands."""
    docs = catalog.documents
    keys = [memo.key("text", memo.digest(doc)) for doc in docs]
    made = each_once(memo, "text", keys, record_text, docs)
    return {doc.id: text for doc, text in zip(docs, made, strict=True)}


def record_text(docs: Sequence[Document], i: int) -> str:
    """A record's data must be schema-valid and read back into the very document it
    was made from (that YAML keeps such data as it is, the tests show)."""
    doc = docs[i]
    data = records.to_data(doc)
    if not yamlio.fast_validator("record").is_valid(data) or records.from_data(data) != doc:
        raise AssertionError(f"the record of {doc.id} does not round-trip")
    return records.dump(doc)


def surveyed(
    memo: Cache, registry: Registry, docs: Sequence[Document], seeds: Path, report: Reporter
) -> dict[str, tuple[Mention, ...]]:
    """Each document's mentions, with its unknown-name warnings reported: found on every
    core for the documents that need it, once for each document and set of curated names."""
    names = fingerprint(registry.entities, registry.relations, sorted(registry.ignore))
    keys = [memo.key("mentions", memo.digest(d), names, display(seeds / d.seed)) for d in docs]
    job = (docs, Matcher(registry), seeds)
    found = {}
    for doc, (mentions, diagnostics) in zip(
        docs, each_once(memo, "mentions", keys, survey_one, job), strict=True
    ):
        report.diagnostics.extend(diagnostics)
        found[doc.id] = mentions
    return found


def survey_one(
    job: tuple[Sequence[Document], Matcher, Path], i: int
) -> tuple[tuple[Mention, ...], list[Diagnostic]]:
    docs, matcher, seeds = job
    own = Reporter()
    return survey(docs[i], matcher, seeds / docs[i].seed, own), own.diagnostics


V = TypeVar("V")


def each_once(
    memo: Cache, kind: str, keys: list[str], make: Callable[[Any, int], V], job: Any
) -> list[V]:
    """For each place, the result kept under its key, else make(job, place), made on
    every core and kept for the next build."""
    out: list[V | None] = [memo.get(kind, key) for key in keys]
    missing = [i for i, value in enumerate(out) if value is None]
    parts = parallel.run(make_chunk, (make, job), parallel.chunks(missing, 10))
    for i, value in zip(missing, (v for part in parts for v in part), strict=True):
        out[i] = value
        memo.keep(kind, keys[i], value)
    return cast(list[V], out)


def make_chunk(task: tuple[Callable[[Any, int], V], Any], places: Sequence[int]) -> list[V]:
    make, job = task
    return [make(job, i) for i in places]


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
    register: register_io.Register, aliases: register_io.Aliases, registered: list[Registered]
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
    catalog: Catalog, register: register_io.Register, aliases: register_io.Aliases, report: Reporter
) -> tuple[Catalog, register_io.Register]:
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


def new_staging(site: Path) -> Path:
    """A fresh folder beside the site, where the new site is made."""
    site.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{site.name}.staging-", dir=site.parent))


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
        write_atomic(path, text)
        written.append(path.name)
    return tuple(written)
