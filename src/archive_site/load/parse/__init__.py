"""Seed text -> `Document`: decode, split by shape, type the blocks, read the metadata."""

from __future__ import annotations

from pathlib import Path

from ...errors import Reporter
from ...ids import make_id
from ...model import Block, BlockType, Document, Metadata, Part, footnotes
from .blocks import Ids, PartReader
from .inline import Anchors, Reading, excerpt, parse_line
from .metadata import read_metadata
from .shapes import Layout, Shape, split
from .source import decode, paragraphs


def parse_seed(path: Path, data: bytes, report: Reporter) -> Document | None:
    """The document a seed holds, or None after reporting why it cannot be read."""
    text = decode(path, data, report)
    if text is None:
        return None
    errors_before = len(report.errors)
    shape, layout = split(paragraphs(text))
    for problem in layout.problems:
        (report.error if problem.error else report.warn)(path, problem.line, problem.message)
    ctx = Reading(path, report, Anchors())
    ids = Ids()
    catalogue = tuple(
        Block(
            BlockType.CATALOGUE,
            ids.next(BlockType.CATALOGUE),
            para.line,
            (parse_line(para.lines, ctx),),
        )
        for para in layout.catalogue
    )
    main_only = (Part("main", "main", ()),)
    parts = PartReader(ctx, ids).read(list(layout.body)) if layout.body else main_only
    main = parts[0]
    parts = (Part(main.kind, main.id, catalogue + main.blocks, main.type), *parts[1:])
    meta = read_metadata(layout, parts, path, report)
    if meta is None or len(report.errors) > errors_before:
        return None
    unknown_shape(shape, layout, parts, path, report)
    unknown_fields(layout, path, report)
    stray_paragraphs(layout, path, report)
    unlinked_notes(parts, path, report)
    return Document(proposed_id(meta), path.name, shape.name, meta, parts, layout.removed)


def proposed_id(meta: Metadata) -> str:
    """The id a new document is given, from its date and type: '1977-03-03-memorandum-of-
    conversation'; empty where the type has nothing an id can be written with (the
    editor then names the document, see `catalog.assemble`)."""
    kind = make_id(meta.type.value) if meta.type.value else None
    return (make_id(meta.date.iso, kind) or "") if kind else ""


def unknown_fields(layout: Layout, path: Path, report: Reporter) -> None:
    """Warn of each "Document Information" field whose label the parser does not know:
    it is kept as printed, but nothing reads it."""
    for field in layout.fields.values():
        if not field.known:
            values = [line.text for para in field.values for line in para.lines]
            shown = ", ".join(repr(v) for v in values[:3]) + (" …" if len(values) > 3 else "")
            report.warn(
                path,
                field.line,
                f'"Document Information" field {field.label!r} is not one the parser '
                f"knows; kept as printed, with its value{'s' * (len(values) != 1)} {shown}, "
                "among the archive's fields of the page and the record; expected a known "
                "label such as 'Subjects Discussed' (if it is a value of the list above "
                "it, put it on the line under that list's last value)",
            )


def stray_paragraphs(layout: Layout, path: Path, report: Reporter) -> None:
    """Warn of each paragraph found under a "Document Information" field that holds one
    value, after that value: it is kept as the text's last paragraph, not lost."""
    for label, para in layout.strays:
        report.warn(
            path,
            para.line,
            f'a paragraph under the "Document Information" field {label!r}, after its one '
            f"value, is no part of it: {excerpt(para.text, 0, 60)!r}; kept as the last "
            'paragraph of the text; expected the text above "Document Information" (or a '
            "label above the paragraph, if it is a field of its own)",
        )


def unlinked_notes(parts: tuple[Part, ...], path: Path, report: Reporter) -> None:
    """Warn of a note marker with no note under the text, and of a note no marker
    refers to: the one cannot link to the other."""
    blocks = (item for part in parts for b in part.blocks for item in (b, *b.children))
    notes, markers = footnotes(blocks)
    for number, (block, _) in markers.items():
        if number not in notes:
            report.warn(
                path,
                block.line,
                f"note marker [{number}] has no note; expected a paragraph opening "
                f"'[{number}]' under the text (the marker is kept, linked to nothing)",
            )
    for number, note in notes.items():
        if number not in markers:
            report.warn(
                path,
                note.line,
                f"note [{number}] has no marker in the text; expected '[{number}]' where "
                "the note applies (the note is kept, with no link back)",
            )


def unknown_shape(
    shape: Shape, layout: Layout, parts: tuple[Part, ...], path: Path, report: Reporter
) -> None:
    """Warn of a seed that the blocks read do not bear out as of its shape (see
    shapes.SHAPES), saying what was read from it all the same."""
    if shape.borne_out([b for part in parts for b in part.blocks]):
        return
    read = []
    if layout.title:
        read.append(f"the title from its headline on line {layout.title.line}")
    if layout.dated:
        read.append(f"the date from its dateline on line {layout.dated.para.line}")
    report.warn(
        path,
        1,
        'the seed is of no known shape: no "Document Information" block (web capture), '
        "no catalogue heading and no bracketed apparatus (archive translation); read as a "
        f"generic text{', with ' + ' and '.join(read) if read else ''}; expected one of "
        "the two shapes (check the record it makes, or give a title and type in "
        "documents/editorial/)",
    )
