"""The preview's quick page: an edited document's page, made alone within a second or
two of the save, while the full build that follows is still running.

What the page takes from the rest of the archive (the other documents, the entities, the
register, the related documents) comes from the archive as the last published build left
it (`Base`, worked out again after each publish, from the build store); the edited seed
is parsed with the build's parser, its ids settled against the register and its mentions
found as the build does, and its page made with the build's views and templates. The
page lives in the preview's memory alone, never in the site, and is dropped as soon as
the full build is done. Anything that keeps it from being made (a seed that does not
parse, a new seed, the last build's state not yet read) makes no page: the preview then
behaves as it does without one."""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .. import making, pipeline
from ..archive.catalog import Catalog, merge
from ..archive.mentions import Matcher, survey
from ..archive.related import Related, related
from ..errors import Reporter
from ..load import editorial, record_files
from ..load import register as register_io
from ..load.editorial import Additions
from ..load.seeds import parse_one, read_seeds
from ..load.settings import Settings
from ..model import Document
from ..runtime.paths import Paths
from ..runtime.store import Store, code_version
from ..site import cite, render, views
from ..site.entity_pages import document_path

Settle = Callable[[Document], Document]
Stamps = dict[str, tuple[int, int]]  # each seed's size and time of change, by name


@dataclass(frozen=True)
class Base:
    """The archive as the last published build made it: what an edited document's page
    takes from the rest."""

    paths: Paths
    catalog: Catalog
    settings: Settings
    relations: dict[str, tuple[Related, ...]]
    citer: cite.Citer
    settle: Settle
    additions: dict[str, Additions]  # by seed
    matcher: Matcher
    seeds: dict[str, int]  # each document's place in the catalog, by seed
    code: str  # the code and templates it was made with


def stamps(folder: Path) -> Stamps:
    """Each seed's size and time of change, to tell which seeds a save changed."""
    out: Stamps = {}
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(".txt"):
                    try:
                        status = entry.stat()
                    except OSError:
                        continue
                    out[entry.name] = (status.st_size, status.st_mtime_ns)
    except OSError:
        return {}
    return out


def edits(paths: Paths) -> Stamps:
    """What an editor changes, besides the seeds: the editorial and curated data, the
    recorded revisions, the site's own pages and settings, the templates; by path. Not
    the records and the register, which the builds themselves write."""
    out: Stamps = {}
    for folder in (paths.editorial, paths.entities, paths.content, paths.templates):
        for root, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                try:
                    status = os.stat(path)
                except OSError:
                    continue
                out[path] = (status.st_size, status.st_mtime_ns)
    aliases = paths.anchors / register_io.ALIASES
    try:
        status = os.stat(aliases)
        out[str(aliases)] = (status.st_size, status.st_mtime_ns)
    except OSError:
        pass
    return out


def changed(before: Stamps, now: Stamps) -> list[str]:
    """The seeds saved (or added) since `before`, by name."""
    return sorted(name for name, stamp in now.items() if before.get(name) != stamp)


def load(paths: Paths, base_url: str | None) -> Base | None:
    """The archive as the last build published it, read through the build store (never
    written: the store stays the builds' own); None where it does not build."""
    code = code_version(paths.templates)
    store = Store(paths.cache, code)
    worked = making.worker(store)
    report = Reporter()
    parsed = read_seeds(paths.seeds, report, worked)
    committed = record_files.read_records(paths.documents, report, worked)
    if report.errors:
        return None
    additions = editorial.read_all(paths.editorial, Reporter())
    register, aliases = register_io.read(paths.anchors, Reporter())
    settle = pipeline.id_settler(register, aliases, committed)
    archive = pipeline.checked(
        paths, parsed, committed, report, worked, base_url, False, False, True
    )
    catalog, settings = archive.catalog, archive.content.settings
    render.environment.cache_clear()  # the templates as they are now
    citer = render.citation_forms(catalog, settings, worked)
    return Base(
        paths,
        catalog,
        settings,
        related(catalog.mentions, catalog.curated),
        citer,
        settle,
        {adds.data["seed"]: adds for adds in additions},
        Matcher(catalog.curated),
        {doc.seed: i for i, doc in enumerate(catalog.documents)},
        code,
    )


def page(base: Base, name: str) -> tuple[str, bytes] | None:
    """The page of the document made from seed `name`, as the full build will make it
    (its path in the site, its bytes); None where it cannot be made here."""
    if name not in base.seeds:  # a new seed: its id and place are the build's to settle
        return None
    if code_version(base.paths.templates) != base.code:  # templates changed: the build's
        return None
    path = base.paths.seeds / name
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    parsed, diagnostics = parse_one(path, raw)
    if parsed is None or any(d.severity == "error" for d in diagnostics):
        return None
    at = base.seeds[name]
    docs = list(base.catalog.documents)
    old = docs.pop(at)
    report = Reporter()
    doc = base.settle(replace(parsed, id=old.id))
    if name in base.additions:
        doc = merge(doc, base.additions[name], report)
    if report.errors:
        return None
    found, _ = survey(doc, base.matcher)
    i = bisect.bisect(docs, (doc.meta.date.iso, doc.id), key=lambda d: (d.meta.date.iso, d.id))
    docs.insert(i, doc)
    mentions = {**base.catalog.mentions, doc.id: found}
    catalog = replace(base.catalog, documents=tuple(docs), mentions=mentions)
    relations = base.relations
    if {m.entity for m in found} != {m.entity for m in base.catalog.mentions.get(doc.id, ())}:
        relations = related(mentions, catalog.curated)
    shared = views.Shared(catalog, base.settings, relations)
    made = next(render.document_outputs(shared, base.paths.templates, base.citer, [i]))
    text = made.make(*made.inputs)
    if isinstance(text, bytes):
        data = text
    else:  # the text whole, or in pieces as rendered
        data = (text if isinstance(text, str) else "".join(text)).encode("utf-8")
    return document_path(doc), data
