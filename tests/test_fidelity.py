"""Every word of every seed, in order: in its record, and on its page."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from conftest import SEED_NAMES, SEEDS, Workspace, page_words, squash


def records(ws: Workspace) -> dict[str, dict[str, Any]]:
    """The built records, by seed name."""
    out = {}
    for path in sorted(ws.documents.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[data["seed"]] = data
    return out


def span_words(spans: list) -> str:
    out = []
    for span in spans:
        if isinstance(span, str):
            out.append(span)
        elif "editorial" in span:
            out.append(f"[{span['text']}]")
        else:
            out.append(span.get("elision") or span["rule"])
    return "".join(out)


def block_pieces(block: dict) -> list[tuple[int, str, str]]:
    """(line, id, text) of a block, a quotation giving its paragraphs."""
    if "paragraphs" in block:
        return [p for child in block["paragraphs"] for p in block_pieces(child)]
    lines = block.get("lines") or [block["spans"]]
    return [(block["line"], block["id"], " ".join(span_words(line) for line in lines))]


def metadata_pieces(data: Any) -> list[tuple[int | None, str | None, str]]:
    """(line, block, text) of every printed metadata value in a record."""
    found: list[tuple[int | None, str | None, str]] = []
    if isinstance(data, dict):
        if "printed" in data and isinstance(data["printed"], str):
            found.append((data.get("line"), data.get("block"), data["printed"]))
        if "paragraphs" in data and "by" in data and data["by"] == "archive":
            found.append((data.get("line"), data.get("block"), " ".join(data["paragraphs"])))
        for key, value in data.items():
            if key not in ("parts", "removed"):
                found += metadata_pieces(value)
    elif isinstance(data, list):
        for item in data:
            found += metadata_pieces(item)
    return found


def record_words(record: dict[str, Any]) -> list[str]:
    """The words of a record in the order of the seed lines they were read from: its
    blocks, the lines it removed and its printed metadata values (a value read out of a
    block must be printed in that block, and what a line gave twice counts once)."""
    blocks = {
        bid: text
        for part in record["parts"]
        for block in part["blocks"]
        for _, bid, text in block_pieces(block)
    }
    by_line: dict[int, list[str]] = {}
    for part in record["parts"]:
        for block in part["blocks"]:
            for line, _, text in block_pieces(block):
                by_line.setdefault(line, []).append(text)
    for removed in record["removed"]:
        by_line.setdefault(removed["line"], []).append(removed["text"])
    for line, block_id, text in metadata_pieces(record):
        if line is not None:
            by_line.setdefault(line, []).append(text)
        elif block_id is not None:
            assert squash(text) in squash(blocks[block_id]), (block_id, text)
    words = []
    for line in sorted(by_line):
        longest = max(by_line[line], key=len)
        for other in by_line[line]:
            assert squash(other) in squash(longest), (line, other)  # derived from that line
        words += longest.split()
    return words


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_every_word_of_the_seed_is_in_its_record_in_order(built_site: Workspace, seed: str) -> None:
    seed_text = (built_site.seeds / seed).read_text(encoding="utf-8")
    assert record_words(records(built_site)[seed]) == seed_text.split()


CAPTURE = next(name for name in SEED_NAMES if "Document Information" in (SEEDS / name).read_text())


def test_a_paragraph_under_a_field_of_one_value_is_kept_and_said(workspace: Workspace) -> None:
    """A capture with a paragraph after the value of each field read for one value (its
    upload date, its type, its record number, last in the seed): none is lost. Each is
    warned of at its line and kept, in order, as the last paragraphs of the text; the
    fields keep their own values (before, each such paragraph vanished without a word)."""
    workspace.copy_real()
    text = (SEEDS / CAPTURE).read_text(encoding="utf-8")
    added = {}
    for label in ("Original Uploaded Date", "Type", "Record ID"):
        value = re.search(rf"^{label}\n\n(.+)$", text, re.M)
        assert value, label
        stray = f"A paragraph an editor left under {label}, after its value."
        text = text[: value.end()] + f"\n\n{stray}" + text[value.end() :]
        added[label] = stray
    (workspace.seeds / CAPTURE).write_text(text, encoding="utf-8")
    run = workspace.build()
    assert run.code == 0, run.err
    lines = text.splitlines()
    for label, stray in added.items():
        where = f"seeds/{CAPTURE}:{lines.index(stray) + 1}: warning: a paragraph under the "
        assert f'{where}"Document Information" field {label!r}, after its one' in run.err
    record = records(workspace)[CAPTURE]
    assert record_words(record) == text.split()
    page = workspace.page(f"documents/{record['id']}/index.html")
    (body,) = page.find_class("document-text")
    last = [" ".join(p.text_content().split()[2:]) for p in body.xpath(".//p[@id]")][-3:]
    assert last == list(added.values())  # after its anchor, "¶ 17"
    kept = (record["type"], record["provenance"]["record_id"], record["provenance"]["uploaded"])
    assert [value["printed"] for value in kept] == ["Protocol", "110034", "2011-11-20"]


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_every_word_of_the_document_text_is_on_its_page_in_order(
    built_site: Workspace, seed: str
) -> None:
    record = records(built_site)[seed]
    expected = [
        w
        for part in record["parts"]
        for block in part["blocks"]
        for _, _, text in block_pieces(block)
        for w in text.split()
    ]
    page = built_site.page(f"documents/{record['id']}/index.html")
    (body,) = page.find_class("document-text")
    assert page_words(body) == expected


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_every_printed_metadata_value_is_on_its_page(built_site: Workspace, seed: str) -> None:
    record = records(built_site)[seed]
    page = built_site.page(f"documents/{record['id']}/index.html")
    shown = squash(" ".join(page_words(page)))
    for line, _, text in metadata_pieces(record):
        if line is not None and text:
            assert squash(text) in shown, text
