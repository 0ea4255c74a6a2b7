"""The stages make their outputs from their inputs alone, with no build store: called
here as plain functions, into a folder of the test's own, they make the very files a
whole build published."""

from __future__ import annotations

from pathlib import Path

from archive_site import pipeline
from archive_site.errors import Reporter
from archive_site.load import record_files
from archive_site.load.seeds import read_seeds
from archive_site.runtime.outputs import Output, computed
from archive_site.runtime.paths import Paths
from archive_site.search import offline, pagefind, pagefind_store
from archive_site.site import render
from conftest import PROJECT, Workspace


def checked_archive(ws: Workspace) -> pipeline.Checked:
    """The real archive, read and checked as a build checks it, with no store."""
    paths = Paths(
        ws.seeds, ws.documents, ws.root / "fresh", PROJECT / "templates", ws.root / "content"
    )
    report = Reporter()
    parsed = read_seeds(paths.seeds, report)
    committed = record_files.read_records(paths.documents, report)
    return pipeline.checked(paths, parsed, committed, report, computed, None, False, False, False)


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def made(out: Output) -> bytes:
    data = out.make(*(out.view(*out.inputs) if out.view else out.inputs))
    if isinstance(data, str):
        return data.encode("utf-8")
    return data if isinstance(data, bytes) else "".join(data).encode("utf-8")


def test_the_offline_index_is_made_into_a_folder_with_no_store(
    built_site: Workspace, tmp_path: Path
) -> None:
    archive = checked_archive(built_site)
    scripts, index = offline.outputs(archive.catalog)
    assert index.path == offline.OFFLINE
    wait = index.start(tmp_path / "offline", None)
    wait()
    assert files_under(tmp_path / "offline") == files_under(built_site.site / index.path)
    for script in scripts:
        assert made(script) == (built_site.site / script.path).read_bytes(), script.path


def test_pagefinds_index_is_made_into_a_folder_with_no_store(
    built_site: Workspace, tmp_path: Path
) -> None:
    archive = checked_archive(built_site)
    documents = archive.catalog.documents
    index = pagefind.folder(archive.catalog, pagefind_store.fresh(documents))
    made_parts = index.start(tmp_path / index.path, None)()  # the real Pagefind
    assert files_under(tmp_path / index.path) == files_under(built_site.site / index.path)
    assert made_parts.program is not None  # what a build would keep for the next
    assert [n for n, _ in made_parts.indexes] == [
        n for n, docs in enumerate(pagefind_store.groups(documents)) if docs
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".search-parts-")]


def test_pages_are_declared_and_made_with_no_store(built_site: Workspace) -> None:
    archive = checked_archive(built_site)
    _, (documents, _) = render.page_work(archive.catalog, archive.content, PROJECT / "templates")
    pages = [out for batch in documents.batches for out in documents.declare(batch)]
    assert len(pages) == len(archive.catalog.documents)
    for page in pages:
        assert made(page) == (built_site.site / page.path).read_bytes(), page.path
