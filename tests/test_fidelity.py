"""Every word of every seed, in order: in its record, and on its page."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from conftest import SEED_NAMES, Workspace, page_words


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


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_every_word_of_the_seed_is_in_its_record_in_order(built_site: Workspace, seed: str) -> None:
    record = records(built_site)[seed]
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
            # a value read out of a block must be printed in that block
            assert squash(text) in squash(blocks[block_id]), (block_id, text)
    words = []
    for line in sorted(by_line):
        longest = max(by_line[line], key=len)
        for other in by_line[line]:
            assert squash(other) in squash(longest), (line, other)  # derived from that line
        words += longest.split()
    seed_text = (built_site.seeds / seed).read_text(encoding="utf-8")
    assert words == seed_text.split()


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
