"""A printed line cut at its mentions: runs of the archive's own spans, each run plain or
one mention's. The page links a mention's run; the TEI export names it. Both read these
runs, so neither takes the other's output apart.

Text is cut at mention edges; an insertion belongs whole to the mention that reaches it,
but for a note of what the sheet bears, whose own words are cut at the mentions within.
Mentions are looked up by halving, so a long line costs n log n, not n squared."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from ..model import Editorial, Line, Span, SpanKind, Text, span_text
from ..pickling import pickled_by_fields
from .mentions import Mention


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Note:
    """A note of what the original sheet bears ("[Resolution: ...]"), with the runs of its
    own words inside the brackets."""

    span: Editorial
    runs: tuple[Run, ...]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Run:
    owner: Mention | None  # the mention this run is, or None for plain text
    spans: tuple[Span | Note, ...]


def runs(line: Line, mentions: list[Mention], clip: tuple[int, int] | None = None) -> list[Run]:
    """The line (or the printed range `clip` of it) as runs."""
    out: list[tuple[Mention | None, list[Span | Note]]] = []
    low, high = clip or (0, sum(len(span_text(s)) for s in line))
    owners = Owners(mentions)
    pos = 0
    for span in line:
        start, end = pos, pos + len(span_text(span))
        pos = end
        if end <= low or start >= high:
            continue
        if isinstance(span, Text):
            for owner, piece in owners.cut(span.text, start, max(start, low), min(end, high)):
                add(out, owner, Text(piece))
        elif isinstance(span, Editorial) and span.kind is SpanKind.ORIGINAL:
            inner: list[tuple[Mention | None, list[Span | Note]]] = []
            for owner, piece in owners.cut(span.text, start + 1, start + 1, end - 1):
                add(inner, owner, Text(piece))
            add(out, None, Note(span, tuple(Run(o, tuple(s)) for o, s in inner)))
        else:
            add(out, owners.covering(start, end), span)
    return [Run(owner, tuple(spans)) for owner, spans in out]


def add(
    out: list[tuple[Mention | None, list[Span | Note]]], owner: Mention | None, piece: Span | Note
) -> None:
    if out and (out[-1][0] is owner or out[-1][0] == owner):  # the same one, most often
        out[-1][1].append(piece)
    else:
        out.append((owner, [piece]))


class Owners:
    """A line's mentions, found by position: which mention covers a range, and where
    mentions begin and end within one."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        # the widest reach of the mentions up to each one, to find one that covers
        self.reach: list[int] = list(itertools.accumulate((m.end for m in self.mentions), max))
        self.edges = sorted({x for m in mentions for x in (m.start, m.end)})

    def cut(self, text: str, offset: int, a: int, b: int) -> list[tuple[Mention | None, str]]:
        """The printed range a..b of `text` (which starts at `offset`), cut at mention
        edges, each piece with the mention that covers it."""
        if not self.mentions:  # a line that names no one: one plain piece
            return [(None, text[a - offset : b - offset])]
        edges = self.edges
        inside = edges[bisect.bisect_right(edges, a) : bisect.bisect_left(edges, b)]
        if not inside:
            return [(self.covering(a, b), text[a - offset : b - offset])]
        starts, reach, mentions = self.starts, self.reach, self.mentions
        right, left = bisect.bisect_right, bisect.bisect_left
        out: list[tuple[Mention | None, str]] = []
        for s, e in itertools.pairwise([a, *inside, b]):  # `covering`, inline: the most cut
            i = right(starts, s)
            owner = None if i == 0 or reach[i - 1] < e else mentions[left(reach, e, 0, i)]
            out.append((owner, text[s - offset : e - offset]))
        return out

    def covering(self, start: int, end: int) -> Mention | None:
        """The first mention (in order of start) that covers start..end, as a scan would."""
        i = bisect.bisect_right(self.starts, start)
        if i == 0 or self.reach[i - 1] < end:
            return None
        return self.mentions[bisect.bisect_left(self.reach, end, 0, i)]
