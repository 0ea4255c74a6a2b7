"""`build.py explain SEED`: the seed line by line, with what each line became: a metadata
field and its value, a block (its type and id), the kind of each bracket, or a line not
shown and why. So an editor can check in a minute what the parser understood."""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Iterator

from ..archive.mentions import Matcher, survey
from ..load.parse.shapes import Layout, described, split
from ..load.parse.source import paragraphs
from ..model import (
    BlockType,
    Document,
    Editorial,
    Printed,
    Source,
    SpanKind,
    paragraph_numbers,
)
from ..site.text import note_links
from ..site.views import recipients

WIDTH = 76  # of a seed line as shown
_BRACKET = re.compile(r"\[([^\[\]]*)\]")


def explain(doc: Document, text: str, shown_as: str, curated_matcher: Matcher) -> Iterator[str]:
    """The report's lines: a heading, each non-blank line of the seed with what it
    became, and the names in it that no entity covers."""
    meta = doc.meta
    yield (
        f"{shown_as}: {described(doc.shape)}; its id is {doc.id}, of type {meta.type.value}, "
        f"dated {meta.date.iso}"
    )
    yield ""
    _, layout = split(paragraphs(text))
    became = what_lines_became(doc, layout)
    rows = text.split("\n")
    found = Brackets(doc)
    for para in paragraphs(text):
        for line in para.lines:
            shown = line.text if len(line.text) <= WIDTH else line.text[: WIDTH - 1] + "…"
            yield f"{line.number:>5}  {shown}"
            for note in became.get(line.number, ()):
                yield f"       → {note}"
            for note in found.on(rows[line.number - 1]):
                yield f"       → {note}"
    _, unknown = survey(doc, curated_matcher)
    if unknown:
        yield ""
        places: dict[str, list[int]] = defaultdict(list)
        for name, seed_line in unknown:
            places[name].append(seed_line)
        yield "Capitalised names that match no entity (see `python build.py names`):"
        for name, lines in sorted(places.items(), key=lambda item: (-len(item[1]), item[0])):
            shown = ", ".join(map(str, sorted(set(lines))))
            yield f"  {name}: line{'s' * (len(set(lines)) > 1)} {shown}"


def what_lines_became(doc: Document, layout: Layout) -> dict[int, list[str]]:
    """For each seed line that starts something, what it became; the other lines of a
    paragraph, or of a block of several paragraphs, say whose they are."""
    notes: dict[int, list[str]] = defaultdict(list)
    for removed in doc.removed:
        notes[removed.line].append(f"not shown: {removed.reason}")
    for line, note in metadata_lines(doc, layout):
        notes[line].append(note)
    by_block: dict[str, list[str]] = defaultdict(list)
    for block_id, note in metadata_blocks(doc):
        by_block[block_id].append(note)
    numbers = paragraph_numbers(doc)
    starts: dict[int, list[str]] = defaultdict(list)
    for part in doc.parts:
        for n, block in enumerate(part.blocks):
            if part.kind == "attachment" and n == 0:
                label = f" ({part.type})" if part.type else ""
                starts[block.line].append(f"{part.id}{label} begins: a document it carries")
            for item in (block, *block.children):
                number = numbers.get(item.id)
                what = f"{item.type.value} {item.id}" + (f", ¶ {number}" if number else "")
                if item.type is BlockType.PAGE_MARKER:
                    what = "page marker"
                starts[item.line].append("; ".join([what, *by_block.get(item.id, [])]))
    current = ""
    for para in layout.paragraphs():
        first = para.line
        if first in starts:
            notes[first] += starts[first]
            current = starts[first][-1].split(";")[0]
        elif first not in notes:
            notes[first].append(f"part of {current}" if current else "not accounted for")
        for row in para.lines[1:]:
            if row.number not in notes:
                notes[row.number].append(f"goes on from line {first}")
    return notes


def metadata_lines(doc: Document, layout: Layout) -> Iterator[tuple[int, str]]:
    """(seed line, what it became) of each metadata value read from a line of its own."""
    meta = doc.meta
    title = "title" + (" (as printed; the editor's title stands)" if meta.title.editorial else "")
    values: list[tuple[Printed | None, str]] = [
        (meta.title.printed, title),
        (meta.type, f"type: {meta.type.value}"),
        (meta.provenance.record_id, "the archive's record ID"),
        (meta.provenance.uploaded, f"uploaded: {value_of(meta.provenance.uploaded)}"),
        (meta.language.printed, "the language, as printed"),
    ]
    values += [
        (m, f"classification, as the archive gives it: {m.value or '?'}") for m in meta.markings
    ]
    for printed, note in values:
        if printed is not None and printed.at.line is not None:
            yield printed.at.line, note
    if meta.date.at.line is not None:
        yield meta.date.at.line, f"date: {meta.date.iso}"
    for ref in meta.references:
        if ref.at.line is not None:
            yield ref.at.line, f"reference ({ref.kind}): {ref.printed}"
    source = meta.archival_source
    if source and source.at.line is not None:
        units = [
            f"{k} {v}" for k in ("fond", "opis", "delo", "dokument") if (v := getattr(source, k))
        ]
        yield source.at.line, "archival source: " + ", ".join([*units, source.repository or "?"])
    if meta.translator and meta.translator.at.line is not None:
        yield meta.translator.at.line, f"translator: {meta.translator.value}"
    for label, note in (("Rights", "the rights statement"), ("Summary", "the archive's summary")):
        holds = layout.fields.get(label)
        for para in holds.values if holds else ():
            yield para.line, note
    for prose in meta.summary:
        if prose.by == "archive" and prose.at.line is not None and layout.summary:
            yield prose.at.line, "the archive's summary"
    for field in meta.archive_fields:
        kind = f" ({field.kind})" if field.kind else " (a field the parser does not know)"
        for value in field.values:
            if value.at.line is not None:
                yield value.at.line, f"the archive's field {field.label!r}{kind}"


def metadata_blocks(doc: Document) -> Iterator[tuple[str, str]]:
    """(block id, what the metadata took from it) of each value read out of a block."""
    meta = doc.meta
    values: list[tuple[Source, str]] = []
    if meta.title.printed:
        values.append((meta.title.printed.at, "the title"))
    values.append((meta.date.at, f"the date, {meta.date.iso}"))
    values.append((meta.type.at, f"the type, {meta.type.value}"))
    values += [(m.at, f"marking: {m.value}") for m in meta.markings]
    if meta.issuing_body:
        values.append((meta.issuing_body.at, f"issued by {meta.issuing_body.value}"))
    values += [(r.at, f"reference ({r.kind}): {r.printed}") for r in meta.references]
    for s in meta.signatories:
        values.append((s.at, f"signed: role {s.role!r}, name {s.name!r}"))
    values += [(a.at, "addressee") for a in meta.addressees]
    values += [(d.at, f"distribution: {recipients(d)}") for d in meta.distribution]
    if meta.translator:
        values.append((meta.translator.at, f"translator: {meta.translator.value}"))
    for at, note in values:
        if at.block is not None:
            yield at.block, note


def value_of(printed: Printed | None) -> str:
    return (printed.value or printed.printed) if printed else ""


class Brackets:
    """The kind of each bracket on a seed line, read from the spans the parser made, taken
    in reading order (which is the seed's)."""

    def __init__(self, doc: Document) -> None:
        self.spans: dict[str, deque[tuple[Editorial, BlockType]]] = defaultdict(deque)
        for block in doc.blocks():
            for span in block.spans:
                if isinstance(span, Editorial):
                    self.spans[span.text].append((span, block.type))
        self.notes = note_links(doc)

    def on(self, row: str) -> Iterator[str]:
        for inner in _BRACKET.findall(row):
            if not self.spans.get(inner):
                continue  # not in the text: "[ ]" naming the brackets, a field's value
            span, block = self.spans[inner].popleft()
            yield f"[{inner}]: {self.kind(span, block)}"

    def kind(self, span: Editorial, block: BlockType) -> str:
        if span.kind is SpanKind.FOOTNOTE:
            note, marker = self.notes.get(span.text.strip(), (None, None))
            if block is BlockType.FOOTNOTE:
                back = f", links back to #{marker}" if marker else ", no marker refers to it"
                return f"the number of a note{back}"
            return f"a note's marker #{span.anchor}, " + (
                f"links to {note}" if note else "with no note"
            )
        return span.kind.value + (f", #{span.anchor}" if span.anchor else "")
