"""An edit seen quickly: Pagefind runs again only on the part of the index whose documents
changed, each other part taken from the build store, and the site a warm build publishes
after an edit is the one a cold build of the same texts publishes, file for file. Real
builds of a generated archive, in parts of a few documents."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from archive_site.search import pagefind, pagefind_store
from conftest import PROJECT, run_here, snapshot

sys.path.insert(0, str(PROJECT / "bench"))
from build_bench import edit_one_seed
from generate import generate

DOCUMENTS = 16
PART_DOCUMENTS = 2  # 8 parts: the parts, not the documents, are what the test counts
SHORT = (3, 6)  # paragraphs of a generated document: quick to build and to index
CACHE = ".site.cache"


def indexed_parts(log: Path) -> list[list[str]]:
    """The documents of each part Pagefind indexed, as the indexing process noted them."""
    if not log.exists():
        return []
    return [line.split() for line in log.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Parts of a few documents; each Pagefind run noted (with its documents) in a file, as
    the indexing process is forked from this one: the real run goes on as ever."""
    log = tmp_path / "indexed.txt"
    monkeypatch.setattr(pagefind_store, "PART_DOCUMENTS", PART_DOCUMENTS)
    real = pagefind.index_part

    def noted(docs: list[Any], work: Path) -> Any:
        with log.open("a", encoding="utf-8") as f:
            f.write(" ".join(doc.id for doc in docs) + "\n")
        return real(docs, work)

    monkeypatch.setattr(pagefind, "index_part", noted)
    return log


def build(root: Path, *args: str) -> None:
    run = run_here(root, ["-q", *args])
    assert run.code == 0, run.err


@pytest.mark.slow
def test_a_warm_build_indexes_the_edited_part_alone_and_equals_a_cold_build(
    tmp_path: Path, counted: Path
) -> None:
    root = tmp_path / "archive"
    generate(root, DOCUMENTS, paragraphs=SHORT)
    build(root)
    cold_parts = indexed_parts(counted)
    count = pagefind_store.part_count(DOCUMENTS)
    assert count == 8 and len(cold_parts) == count  # every part, each one run
    assert sorted(d for part in cold_parts for d in part) == sorted(
        p.name for p in (root / "site" / "documents").iterdir() if p.is_dir()
    )
    counted.unlink()

    build(root)  # nothing changed: Pagefind does not run
    assert indexed_parts(counted) == []

    before = snapshot(root / "site" / "documents")
    edit_one_seed(root)
    build(root)
    after = snapshot(root / "site" / "documents")
    edited = {name.split("/")[0] for name in after if before.get(name) != after[name]}
    assert len(edited) == 1
    ((part,),) = [indexed_parts(counted)]  # one Pagefind run, on the edited document's part
    assert edited <= set(part)
    assert {pagefind_store.part_of(d, count) for d in part} == {
        pagefind_store.part_of(edited.pop(), count)
    }
    assert part in cold_parts  # the same documents as the cold build gave that part

    twin = tmp_path / "twin"
    shutil.copytree(root, twin, ignore=shutil.ignore_patterns("site", CACHE))
    build(twin, "--fresh")
    warm, cold = snapshot(root / "site"), snapshot(twin / "site")
    assert sorted(warm) == sorted(cold)
    assert [name for name in warm if warm[name] != cold[name]] == []
