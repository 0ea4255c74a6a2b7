"""An edit seen quickly, offline: a warm build after a one-document edit rewrites only the
offline index's files that edit changes (the document's records, the shards of its words,
the small tables) and takes every other file from the published site as it was; what it
publishes is what a cold build of the same texts publishes, file for file. Real builds of
a generated archive."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from archive_site.search.words import word_forms
from conftest import PROJECT, run_here, script_data, snapshot

sys.path.insert(0, str(PROJECT / "bench"))
from build_bench import edit_one_seed
from generate import generate

DOCUMENTS = 16
SHORT = (3, 6)  # paragraphs of a generated document: many shards of words, a quick build
INDEX = "search/offline"


def build(root: Path, *args: str) -> None:
    run = run_here(root, ["-q", *args])
    assert run.code == 0, run.err


def inodes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in folder.iterdir()}


def terms_of(text: str) -> set[str]:
    """The terms a term shard's file holds."""
    table = script_data(text)
    assert isinstance(table, dict)
    return set(table)


@pytest.mark.slow
def test_a_warm_build_rewrites_the_offline_files_of_the_edit_alone_and_equals_a_cold_build(
    tmp_path: Path,
) -> None:
    root = tmp_path / "archive"
    generate(root, DOCUMENTS, paragraphs=SHORT)
    build(root)
    index = root / "site" / INDEX
    before, first = snapshot(index), inodes(index)

    edit_one_seed(root)
    build(root)
    after, now = snapshot(index), inodes(index)
    rewritten = {name for name in after if now[name] != first.get(name)}
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed <= rewritten  # what changed was written
    assert rewritten == changed  # and nothing else: the rest is the published file
    (records,) = [name for name in changed if name.startswith("r-")]  # the edited one's
    assert "meta.js" in changed
    shards = {name for name in after if name.startswith("t-")}
    assert 0 < len(changed & shards) < len(shards) / 2  # a few shards, not all
    rows = script_data(after[records].decode("utf-8"))
    assert isinstance(rows, list)
    words = {form for row in rows for found in word_forms(row[3]) for form in found}
    for name in changed & shards:  # each holds words of the edited document's
        assert terms_of(after[name].decode("utf-8")) & words, name
    unchanged = shards - changed
    assert unchanged and all(after[name] == before[name] for name in unchanged)

    twin = tmp_path / "twin"
    shutil.copytree(root, twin, ignore=shutil.ignore_patterns("site", ".site.cache"))
    build(twin, "--fresh")
    assert snapshot(twin / "site" / INDEX) == after
