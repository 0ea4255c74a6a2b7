"""A large archive's Pagefind index is made in parts and joined: the joined index holds what
one Pagefind run over the whole corpus holds (every page, word, position and filter), read
back with the real binary's files on both sides."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from archive_site import cli
from archive_site.search import pagefind_parts, pagefind_store
from archive_site.search.pagefind_parts import decode
from conftest import Workspace

Index = dict[str, Any]


def read_index(folder: Path) -> Index:
    """A Pagefind index as what it says, whatever its page numbers and chunks: each page's
    word count by address; each word's pages (and variants') by address, with positions;
    each filter value's addresses; and each chunk's bounds with its words."""
    entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    ((_, about),) = entry["languages"].items()
    meta = decode((folder / f"pagefind.{about['hash']}.pf_meta").read_bytes())
    urls = []
    for fragment, _ in meta[1]:
        data = gzip.decompress((folder / "fragment" / f"{fragment}.pf_fragment").read_bytes())
        urls.append(json.loads(data[len(pagefind_parts.SIGNATURE) :])["url"])

    def by_url(pages: list[list[Any]]) -> dict[str, list[Any]]:
        out, number = {}, 0
        for page in pages:
            number += page[0]
            out[urls[number]] = page[1:]
        return out

    words: dict[str, Any] = {}
    chunks = []
    for first, last, name in meta[2]:
        found = decode((folder / "index" / f"{name}.pf_index").read_bytes())[0]
        chunks.append((first, last, [w[0] for w in found]))
        for word, pages, variants in found:
            words[word] = (by_url(pages), {form: by_url(p) for form, p in variants})
    filters = {}
    for name, file in meta[3]:
        _, table = decode((folder / "filter" / f"{file}.pf_filter").read_bytes())
        filters[name] = {value: sorted(urls[p] for p in pages) for value, pages in table}
    return {
        "pages": dict(zip(urls, (count for _, count in meta[1]), strict=True)),
        "page_count": about["page_count"],
        "words": words,
        "filters": filters,
        "chunks": chunks,
        "version": meta[0],
    }


def build_in_parts(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, chunk_positions: int = 400
) -> None:
    """The real build, in this process, with each document in a part of its own (or none) and
    (by default) small index chunks: what a large archive's build does, at the real
    archive's size."""
    monkeypatch.setattr(pagefind_store, "PART_DOCUMENTS", 1)
    monkeypatch.setattr(pagefind_parts, "CHUNK_POSITIONS", chunk_positions)
    monkeypatch.chdir(ws.root)
    assert cli.main(["-q", "--fresh"]) == 0


def test_an_index_made_in_parts_holds_what_one_run_makes(
    built_site: Workspace, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = read_index(built_site.site / "pagefind")
    assert len(whole["pages"]) == 3 and len(whole["chunks"]) == 1
    workspace.copy_real()
    build_in_parts(workspace, monkeypatch)
    joined = read_index(workspace.site / "pagefind")
    for key in ("pages", "page_count", "words", "filters", "version"):
        assert joined[key] == whole[key], key
    # pages are numbered in order of address, chunks follow in word order, and each
    # chunk's bounds hold its words, cut to prefixes only where neighbours meet
    assert list(joined["pages"]) == sorted(joined["pages"])
    chunks = joined["chunks"]
    assert len(chunks) > 3
    assert [w for _, _, ws in chunks for w in ws] == sorted(whole["words"])
    for first, last, words in chunks:
        assert first <= words[0][: len(first)] and words[-1][: len(last)] <= last
    assert chunks[0][0] == chunks[0][2][0] and chunks[-1][1] == chunks[-1][2][-1]
    # the rest of Pagefind's bundle (its scripts and WebAssembly) comes along unchanged
    for name in ("pagefind.js", "wasm.en.pagefind"):
        built = (built_site.site / "pagefind" / name).read_bytes()
        assert (workspace.site / "pagefind" / name).read_bytes() == built


def test_an_index_made_in_parts_is_the_same_on_every_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = []
    for n in range(2):
        ws = Workspace(tmp_path / f"project-{n}").copy_real()
        build_in_parts(ws, monkeypatch)
        folder = ws.site / "pagefind"
        made.append({p.relative_to(folder): p.read_bytes() for p in folder.rglob("*.pf_*")})
    assert made[0] == made[1]
