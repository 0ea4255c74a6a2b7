"""The build, read top to bottom: load, check, render, publish.

Nothing is written until every seed, record and editorial file has been read and checked
and every page rendered; then the records are replaced file by file and the new site is
swapped in for the old by renaming, so a failed build leaves both as they were.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import bundle, content, editorial, entities, exports, records, render, search, views
from .catalog import Catalog, Registered, assemble, link_entities
from .errors import ArchiveError, Diagnostic, Reporter
from .model import Document
from .parse import parse_seed
from .publish import checkpoint, clear_leftovers, publish
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


@dataclass(frozen=True)
class Result:
    documents: int
    pages: int
    records_written: tuple[str, ...]
    warnings: tuple[Diagnostic, ...]


def build(paths: Paths, config: SiteConfig, check: bool = False, strict: bool = False) -> Result:
    """Build the site from the seeds; with `check`, only compare the committed records."""
    report = Reporter()
    parsed = read_seeds(paths.seeds, report)
    registered = read_records(paths.documents, report)
    additions = editorial.read_all(paths.editorial, report)
    pages_content = content.read(paths.content, report)
    registry = entities.read(paths.entities, report)
    catalog = assemble(parsed, registered, additions, paths.seeds, report)
    # a document whose seed failed this run is still part of the archive
    known = {d.id for d in catalog.documents} | {a.id for a in additions}
    known |= {r.id for r in registered}
    catalog = link_entities(catalog, registry, known, paths.seeds, report)
    content.check_links(pages_content, paths.content / "chronology.yaml", known, report)
    if strict:
        for warning in report.warnings:
            report.error(warning.path, warning.line, warning.message)
    report.raise_if_errors()

    texts = {doc.id: records.dump(doc) for doc in catalog.documents}
    verify_round_trip(catalog, texts, paths.documents)

    stale = stale_records(paths.documents, texts, registered)
    if check:
        if stale:
            raise ArchiveError([Diagnostic(path, 1, why) for path, why in stale])
        return Result(len(catalog.documents), 0, (), tuple(report.warnings))

    checkpoint("rendering")
    rendered = render.render_all(views.pages(catalog, pages_content, config), paths.templates)
    clear_leftovers(paths.site)
    staging = stage(paths.site, rendered, paths.templates, catalog)
    write_exports(staging, catalog, texts, paths.entities)
    if config.base_url:
        (staging / "sitemap.xml").write_text(
            exports.sitemap(config.base_url, rendered), encoding="utf-8"
        )
    pack(staging, paths, catalog, pages_content)
    written = write_records(paths.documents, texts, registered)
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


def verify_round_trip(catalog: Catalog, texts: dict[str, str], folder: Path) -> None:
    """Each record must load back, schema-valid, into the very document it was made from."""
    for doc in catalog.documents:
        check = Reporter()
        loaded = records.load(folder / f"{doc.id}.yaml", texts[doc.id], check)
        if loaded != doc:
            raise AssertionError(f"record of {doc.id} does not round-trip: {check.diagnostics}")


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


def stage(site: Path, rendered: dict[str, str], templates: Path, catalog: Catalog) -> Path:
    """Write the new site into a fresh folder beside the old one, with its search indexes."""
    site.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site.name}.staging-", dir=site.parent))
    try:
        render.write(staging, rendered, templates)
        checkpoint("indexing")
        search.write(staging, catalog)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def write_exports(staging: Path, catalog: Catalog, texts: dict[str, str], entities: Path) -> None:
    """Each document's record and text beside its page, and the whole dataset as a zip."""
    for doc in catalog.documents:
        for rel, text in exports.document_files(doc, texts[doc.id]).items():
            (staging / rel).write_text(text, encoding="utf-8")
    target = staging / exports.DATASET
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(exports.dataset(catalog, texts, entities))


def pack(staging: Path, paths: Paths, catalog: Catalog, pages: content.Content) -> None:
    """Zip the staged site into its downloads folder. The home and About pages show the
    zip's size, and are inside it: render them again until the size they show holds."""
    target = staging / bundle.FOLDER / bundle.name()
    shown = None
    for _ in range(6):
        size = bundle.human(bundle.write(staging, target, paths.site.name))
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
