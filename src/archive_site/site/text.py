"""A document's text as the page shows it: parts, blocks, lines, and each line as runs of
spans, a mention's run linked to its entity. The TEI export reads the same runs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..archive.mentions import Mention
from ..archive.runs import Note, Run, runs
from ..load.register import fingerprint
from ..model import (
    Block,
    BlockType,
    Document,
    Editorial,
    Elision,
    Line,
    Part,
    Rule,
    Span,
    SpanKind,
    block_text,
    footnotes,
    line_text,
)
from ..pickling import pickled_by_fields
from .rows import BlockRow, EditorialSpan, MentionLink, PartRow, RunRow, SpanRow

EXPLAIN = {
    SpanKind.SIC: "so in the original",
    SpanKind.SUPPLIED: "supplied by the archive's editors",
    SpanKind.ABBREVIATION: "abbreviation given by the archive's editors",
    SpanKind.GLOSS: "the translator's gloss of the original term",
    SpanKind.PAGE: "a new page of the original begins here",
    SpanKind.SIGNATURE: "a handwritten signature stands here in the original",
    SpanKind.MARGIN: "where the following note is written on the original",
    SpanKind.ORIGINAL: "what the original sheet bears (a hand, a stamp, a mark)",
    SpanKind.SUMMARY: "the archive editors' summary of text not translated",
    SpanKind.REFERENCE: "the archive's reference",
    SpanKind.FOOTNOTE: "a note under the text",
    SpanKind.ILLEGIBLE: "words the original does not let be read",
    SpanKind.NOTE: "an editorial note",
}
#: a note's marker links to the note, and the note's number back to the marker
TO_NOTE = "go to note {}"
BACK_TO_TEXT = "note {}: back to the text"
PART_LABEL = {"main": None, "attachment": "Attached document"}


def part_view(part: Part, notes: dict[str, list[str]], page: str, links: Links) -> PartRow:
    label = PART_LABEL[part.kind]
    if label and part.type:
        label = f"{label}: {part.type}"
    blocks = [block_view(block, notes, page, links) for block in part.blocks]
    return PartRow(id=part.id, kind=part.kind, label=label, blocks=blocks)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Links:
    """What a document page links its mentions to: by (block id, line index), the mentions
    there, and each entity's address from the page."""

    at: dict[tuple[str, int], list[Mention]]
    targets: dict[str, MentionLink]
    numbers: dict[str, int]  # paragraph numbers by block id
    aliases: dict[str, tuple[str, ...]]  # by anchor, the retired anchors that now land on it
    # by the number a note is printed with: the note's block id, and its first marker's anchor
    notes: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


def note_links(doc: Document) -> dict[str, tuple[str | None, str | None]]:
    """Each printed note number with the id of its note under the text and the anchor
    of its first marker in the text, for the links between them."""
    notes, markers = footnotes(doc.blocks())
    return {
        n: (notes[n].id if n in notes else None, markers[n][1].anchor if n in markers else None)
        for n in sorted(notes.keys() | markers.keys())
    }


def block_view(block: Block, notes: dict[str, list[str]], page: str, links: Links) -> BlockRow:
    lines = [
        groups(line, links.at.get((block.id, i), []), links) for i, line in enumerate(block.lines)
    ]
    rows = None
    if block.type is BlockType.CITY_LIST:
        rows = [
            [
                groups(line, links.at.get((block.id, i), []), links, cell)
                for cell in city_cells(line)
            ]
            for i, line in enumerate(block.lines)
        ]
    position = None
    if block.type is BlockType.MARGINAL_NOTE and block.lines:
        first = block.lines[0]
        position = first[0].text if isinstance(first[0], Editorial) else None
    return BlockRow(
        type=block.type.value,
        id=block.id,
        number=links.numbers.get(block.id),
        url=f"{page}#{block.id}",
        version=fingerprint(block_text(block))[:8],  # copied links carry it (reader.js)
        lines=lines,
        children=[block_view(child, notes, page, links) for child in block.children],
        notes=notes.get(block.id, []),
        aliases=links.aliases.get(block.id, ()),
        rows=rows,
        position=position,
    )


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
    line: Line, mentions: list[Mention], links: Links, clip: tuple[int, int] | None = None
) -> list[RunRow]:
    """A printed line as the page shows it: runs of spans, a mention's run linked."""
    return [
        run_view(run, links.targets, links.aliases, links.notes)
        for run in runs(line, mentions, clip)
    ]


def run_view(
    run: Run,
    targets: dict[str, MentionLink],
    aliases: dict[str, tuple[str, ...]],
    notes: dict[str, tuple[str | None, str | None]],
) -> RunRow:
    linked = run.owner is not None
    views: list[SpanRow | EditorialSpan] = []
    for span in run.spans:
        if isinstance(span, Note):
            view = span_view(span.span, aliases)
            if isinstance(view, EditorialSpan):
                inner = [run_view(inner, targets, aliases, notes) for inner in span.runs]
                view = replace(view, inner=inner)
        else:
            view = span_view(span, aliases, in_link=linked, notes=notes)
        views.append(view)
    link = targets[run.owner.entity] if run.owner else None
    return RunRow(link=link, spans=views)


def span_view(
    span: Span,
    aliases: dict[str, tuple[str, ...]],
    in_link: bool = False,
    notes: dict[str, tuple[str | None, str | None]] | None = None,
) -> SpanRow | EditorialSpan:
    if isinstance(span, Editorial):
        explain, href, page = EXPLAIN[span.kind], None, None
        if span.kind is SpanKind.PAGE and span.anchor:
            page = span.anchor.removeprefix("page-").split("-")[0]
        if span.kind is SpanKind.FOOTNOTE and not in_link:
            note, marker = (notes or {}).get(span.text.strip(), (None, None))
            target = note if span.anchor else marker  # the marker leads on, the note back
            if target:
                href = f"#{target}"
                pattern = TO_NOTE if span.anchor else BACK_TO_TEXT
                explain = pattern.format(span.text.strip())
        return EditorialSpan(
            sub=span.kind.value,
            text=f"[{span.text}]",
            explain=explain,
            anchor=span.anchor,
            focusable=not in_link,  # inside a link, the link takes the focus
            aliases=aliases.get(span.anchor, ()) if span.anchor else (),
            page=page,
            href=href,
        )
    if isinstance(span, Elision):
        return SpanRow("elision", span.text)
    if isinstance(span, Rule):
        return SpanRow("rule", span.text)
    return SpanRow("text", span.text)
