"""A document's text as the page shows it: parts, blocks, lines, and each line as runs of
spans, a mention's run linked to its entity. The TEI export reads the same runs."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import Any

from ..archive.mentions import Mention
from ..model import (
    Block,
    BlockType,
    Editorial,
    Elision,
    Line,
    Part,
    Rule,
    Span,
    SpanKind,
    Text,
    line_text,
    span_text,
)

Context = dict[str, Any]

EXPLAIN = {
    SpanKind.SIC: "so in the original",
    SpanKind.SUPPLIED: "supplied by the editor",
    SpanKind.ABBREVIATION: "abbreviation given by the editor",
    SpanKind.GLOSS: "the translator's gloss of the original term",
    SpanKind.PAGE: "a new page of the original begins here",
    SpanKind.SIGNATURE: "a handwritten signature stands here in the original",
    SpanKind.MARGIN: "where the following note is written on the original",
    SpanKind.ORIGINAL: "what the original sheet bears (a hand, a stamp, a mark)",
    SpanKind.SUMMARY: "the editor's summary of text not translated",
    SpanKind.REFERENCE: "the archive's reference",
    SpanKind.NOTE: "an editorial note",
}
PART_LABEL = {"main": None, "attachment": "Attached document"}


def part_view(part: Part, notes: dict[str, list[str]], page: str, links: Links) -> Context:
    label = PART_LABEL[part.kind]
    if label and part.type:
        label = f"{label}: {part.type}"
    return {
        "id": part.id,
        "kind": part.kind,
        "label": label,
        "blocks": [block_view(block, notes, page, links) for block in part.blocks],
    }


@dataclass(frozen=True)
class Links:
    """What a document page links its mentions to: by (block id, line index), the mentions
    there, and each entity's address from the page."""

    at: dict[tuple[str, int], list[Mention]]
    targets: dict[str, Context]
    numbers: dict[str, int]  # paragraph numbers by block id
    aliases: dict[str, tuple[str, ...]]  # by anchor, the retired anchors that now land on it


def block_view(block: Block, notes: dict[str, list[str]], page: str, links: Links) -> Context:
    number = links.numbers.get(block.id)
    lines = [
        groups(line, links.at.get((block.id, i), []), links.targets, links.aliases)
        for i, line in enumerate(block.lines)
    ]
    view: Context = {
        "type": block.type.value,
        "id": block.id,
        "number": number,
        "url": f"{page}#{block.id}",
        "lines": lines,
        "children": [block_view(child, notes, page, links) for child in block.children],
        "notes": notes.get(block.id, []),
        "aliases": links.aliases.get(block.id, ()),
    }
    if block.type is BlockType.CITY_LIST:
        view["rows"] = [
            [
                groups(line, links.at.get((block.id, i), []), links.targets, links.aliases, cell)
                for cell in city_cells(line)
            ]
            for i, line in enumerate(block.lines)
        ]
    if block.type is BlockType.MARGINAL_NOTE and block.lines:
        first = block.lines[0]
        view["position"] = first[0].text if isinstance(first[0], Editorial) else None
    return view


def city_cells(line: Line) -> list[tuple[int, int]]:
    """The printed columns of an address-list row: 'ROME LISBON' -> two cells; a row with
    a parenthesised note is one cell."""
    text = line_text(line)
    if "(" in text or len(text.split()) != 2:
        return [(0, len(text))]
    first = re.match(r"\S+", text)
    assert first is not None
    second = text.index(text.split()[1], first.end())
    return [(0, first.end()), (second, len(text))]


def groups(
    line: Line,
    mentions: list[Mention],
    targets: dict[str, Context],
    aliases: dict[str, tuple[str, ...]],
    clip: tuple[int, int] | None = None,
) -> list[Context]:
    """A printed line as runs of spans, each run either plain or one mention's link. Text
    is cut at mention edges; an insertion belongs whole to the mention that reaches it.
    Mentions are looked up by halving, so a long line costs n log n, not n squared."""
    out: list[Context] = []
    low, high = clip or (0, sum(len(span_text(s)) for s in line))
    owners = Owners(mentions)
    pos = 0
    for span in line:
        start, end = pos, pos + len(span_text(span))
        pos = end
        if end <= low or start >= high:
            continue
        if isinstance(span, Text):
            a, b = max(start, low), min(end, high)
            for s, e in itertools.pairwise([a, *owners.edges_within(a, b), b]):
                owner = owners.covering(s, e)
                add(out, owner, {"kind": "text", "text": span.text[s - start : e - start]}, targets)
        elif isinstance(span, Editorial) and span.kind is SpanKind.ORIGINAL:
            add(out, None, original_view(span, start, owners, targets, aliases), targets)
        else:
            owner = owners.covering(start, end)
            add(out, owner, span_view(span, aliases, in_link=owner is not None), targets)
    return out


def original_view(
    span: Editorial,
    start: int,
    owners: Owners,
    targets: dict[str, Context],
    aliases: dict[str, tuple[str, ...]],
) -> Context:
    """A note of what the sheet bears, its words cut at the mentions within, as groups."""
    view = span_view(span, aliases)
    inner: list[Context] = []
    a, b = start + 1, start + 1 + len(span.text)  # inside the brackets
    for s, e in itertools.pairwise([a, *owners.edges_within(a, b), b]):
        owner = owners.covering(s, e)
        add(inner, owner, {"kind": "text", "text": span.text[s - a : e - a]}, targets)
    view["inner"] = inner
    return view


class Owners:
    """A line's mentions, found by position: which mention covers a range, and where
    mentions begin and end within one."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        # the widest reach of the mentions up to each one, to find one that covers
        self.reach: list[int] = list(itertools.accumulate((m.end for m in self.mentions), max))
        self.edges = sorted({x for m in mentions for x in (m.start, m.end)})

    def edges_within(self, a: int, b: int) -> list[int]:
        return self.edges[bisect.bisect_right(self.edges, a) : bisect.bisect_left(self.edges, b)]

    def covering(self, start: int, end: int) -> Mention | None:
        """The first mention (in order of start) that covers start..end, as a scan would."""
        i = bisect.bisect_right(self.starts, start)
        if i == 0 or self.reach[i - 1] < end:
            return None
        return self.mentions[bisect.bisect_left(self.reach, end, 0, i)]


def add(
    out: list[Context], owner: Mention | None, view: Context, targets: dict[str, Context]
) -> None:
    if out and out[-1]["owner"] == owner:
        out[-1]["spans"].append(view)
    else:
        link = targets[owner.entity] if owner else None
        out.append({"owner": owner, "link": link, "spans": [view]})


def span_view(span: Span, aliases: dict[str, tuple[str, ...]], in_link: bool = False) -> Context:
    if isinstance(span, Editorial):
        view: Context = {
            "kind": "editorial",
            "sub": span.kind.value,
            "text": f"[{span.text}]",
            "explain": EXPLAIN[span.kind],
            "anchor": span.anchor,
            "focusable": not in_link,  # inside a link, the link takes the focus
            "aliases": aliases.get(span.anchor, ()) if span.anchor else (),
        }
        if span.anchor:
            view["page"] = span.anchor.removeprefix("page-").split("-")[0]
        return view
    if isinstance(span, Elision):
        return {"kind": "elision", "text": span.text}
    if isinstance(span, Rule):
        return {"kind": "rule", "text": span.text}
    return {"kind": "text", "text": span.text}
