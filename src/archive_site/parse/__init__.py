"""Seed text -> `Document`: decode, split by shape, type the blocks, read the metadata."""

from __future__ import annotations

from pathlib import Path

from ..errors import Reporter
from ..model import Block, BlockType, Document, Part
from .blocks import Ids, PartReader
from .inline import Anchors, Context, parse_line
from .metadata import read_metadata
from .shapes import split
from .source import decode, paragraphs


def parse_seed(path: Path, data: bytes, report: Reporter) -> Document | None:
    """The document a seed holds, or None after reporting why it cannot be read."""
    text = decode(path, data, report)
    if text is None:
        return None
    errors_before = len(report.errors)
    layout = split(paragraphs(text))
    ctx = Context(path, report, Anchors())
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
    parts = PartReader(ctx, ids).read(layout.body) if layout.body else (Part("main", "main", ()),)
    main = parts[0]
    parts = (Part(main.kind, main.id, catalogue + main.blocks, main.type), *parts[1:])
    meta = read_metadata(layout, parts, path, report)
    if meta is None or len(report.errors) > errors_before:
        return None
    proposed = f"{meta.date.iso}-{meta.type.value}"
    return Document(proposed, path.name, layout.shape, meta, parts, tuple(layout.removed))
