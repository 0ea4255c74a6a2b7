"""Mentions of entities found in the documents' text from the curated aliases, and the
capitalised names that match no entity.

Matching reads each printed line with the editor's supplied names and abbreviations as
words ("[Aleksandr] Ginzburg" reads "Aleksandr Ginzburg"), while other insertions keep
words apart. A mention that reaches into an insertion covers the whole bracket.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from ..load.entities import Curated
from ..model import (
    Block,
    BlockType,
    Document,
    Editorial,
    Line,
    SpanKind,
    line_text,
    paragraph_numbers,
    span_text,
)
from ..pickling import pickled_by_fields

TRANSPARENT = frozenset({SpanKind.SUPPLIED, SpanKind.ABBREVIATION})
SEPARATOR = "\x00"  # stands for an insertion that is not part of the words
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
INITIAL = re.compile(r"(?:[A-Z]\.)+")
FUNCTION_WORDS = frozenset({"of", "the", "to", "and", "for", "on", "in", "a"})
UNCHECKED = frozenset(
    {
        BlockType.CLASSIFICATION,
        BlockType.REFERENCE,
        BlockType.DATELINE,
        BlockType.CATALOGUE,
        BlockType.PAGE_MARKER,
        BlockType.EDITORIAL_SUMMARY,
    }
)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    entity: str
    document: str
    block: str  # the id of the block it stands in
    number: int | None  # the paragraph number, where the block has one
    line_index: int  # which printed line of the block
    start: int  # offsets in that line's printed text, brackets included
    end: int
    text: str
    seed_line: int


class Matcher:
    """All aliases of all entities as one pattern, longest first, in their own letter case
    and in capitals (for letterheads and address lists)."""

    def __init__(self, curated: Curated) -> None:
        self.curated = curated
        self.owner: dict[str, str] = {}
        for item in curated.entities:
            for alias in item.aliases:
                for form in {alias, alias.upper()}:
                    self.owner[squash(form)] = item.id
        forms = sorted(self.owner, key=len, reverse=True)
        body = "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms)
        self.pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)") if forms else None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        if self.pattern is None:
            return []
        return [
            (m.start(), m.end(), self.owner[squash(m.group())]) for m in self.pattern.finditer(text)
        ]


def squash(text: str) -> str:
    return " ".join(text.split())


def readable(line: Line) -> tuple[str, list[int], list[tuple[int, int]]]:
    """The line as read for matching, the printed offset of each of its characters, and
    the printed ranges of the insertions that are not words."""
    pieces: list[str] = []  # whole spans, joined once (not a list of every character)
    back: list[int] = []
    opaque: list[tuple[int, int]] = []
    pos = 0
    for span in line:
        printed = span_text(span)
        if isinstance(span, Editorial) and span.kind in TRANSPARENT:
            pieces.append(span.text)
            back.extend(range(pos + 1, pos + 1 + len(span.text)))
        elif isinstance(span, Editorial) and span.kind is SpanKind.ORIGINAL:
            # what the sheet bears is read for names, kept apart from the words around it
            pieces.append(f"{SEPARATOR}{span.text}{SEPARATOR}")
            back.append(pos)
            back.extend(range(pos + 1, pos + 1 + len(span.text)))
            back.append(pos + len(printed) - 1)
        elif isinstance(span, Editorial):
            pieces.append(SEPARATOR)
            back.append(pos)
            opaque.append((pos, pos + len(printed)))
        else:
            pieces.append(printed)
            back.extend(range(pos, pos + len(printed)))
        pos += len(printed)
    return "".join(pieces), back, opaque


def insertions(line: Line) -> list[tuple[int, int]]:
    """The printed ranges of a line's insertions, in order (but notes of what the sheet
    bears, whose names are mentions of their own)."""
    bounds, pos = [], 0
    for span in line:
        width = len(span_text(span))
        if isinstance(span, Editorial) and span.kind is not SpanKind.ORIGINAL:
            bounds.append((pos, pos + width))
        pos += width
    return bounds


def widen(start: int, end: int, bounds: list[tuple[int, int]]) -> tuple[int, int]:
    """Grow a printed range to whole insertions where it reaches into one (the ranges are
    in order and apart, so each end lies in at most one)."""
    for edge in (start, end):
        i = bisect_right(bounds, (edge, edge)) - 1
        if i >= 0 and bounds[i][0] < edge < bounds[i][1]:
            a, b = bounds[i]
            start, end = (a, end) if edge == start else (start, b)
    return start, end


def survey(doc: Document, matcher: Matcher) -> tuple[tuple[Mention, ...], Unknowns]:
    """A document's mentions, and (name, seed line) of each capitalised name that no
    entity covers: a name the curated data may be missing. Each line is read once for
    both (`readable`). Words that open a sentence are passed over, and so are lines in
    capitals, where a name cannot be told from the words around it."""
    found: list[Mention] = []
    names: list[tuple[str, int]] = []
    numbers = paragraph_numbers(doc)
    ignore = {word.casefold() for word in matcher.curated.ignore} | FUNCTION_WORDS
    for block in doc.blocks():
        for index, line in enumerate(block.lines):
            text, back, _ = readable(line)
            mine = line_mentions(
                doc.id, block, numbers.get(block.id), index, line, text, back, matcher
            )
            found += mine
            if block.type in UNCHECKED or in_capitals(text):
                continue
            taken = merged([(m.start, m.end) for m in mine])
            names += [(name, block.line) for name in candidate_names(text, back, taken, ignore)]
    return tuple(found), tuple(names)


Unknowns = tuple[tuple[str, int], ...]  # (name, seed line) of each, in one document


def find(doc: Document, matcher: Matcher) -> tuple[Mention, ...]:
    """A document's mentions (the first of what a survey finds)."""
    return survey(doc, matcher)[0]


def line_mentions(
    doc_id: str,
    block: Block,
    number: int | None,
    index: int,
    line: Line,
    text: str,
    back: list[int],
    matcher: Matcher,
) -> list[Mention]:
    """The mentions in one printed line, read for matching as `text` (`readable`)."""
    printed = "".join(span_text(s) for s in line)
    bounds = insertions(line)
    found = []
    for start, end, entity in matcher.find(text):
        a, b = widen(back[start], back[end - 1] + 1, bounds)
        found.append(
            Mention(entity, doc_id, block.id, number, index, a, b, printed[a:b], block.line)
        )
    return found


class Snippets:
    """Each mention's words in context (`snippet`), cut from its line as printed when a
    page shows it rather than held with every mention. Mentions come grouped by document,
    so the printed lines of one document are kept at a time."""

    def __init__(self) -> None:
        self.document: str | None = None
        self.blocks: dict[str, Block] = {}
        self.lines: dict[tuple[str, int], str] = {}

    def of(self, mention: Mention, doc: Document) -> str:
        if mention.document != self.document:
            self.document, self.lines = mention.document, {}
            self.blocks = {block.id: block for block in doc.blocks()}
        place = (mention.block, mention.line_index)
        printed = self.lines.get(place)
        if printed is None:
            printed = line_text(self.blocks[mention.block].lines[mention.line_index])
            self.lines[place] = printed
        return snippet(printed, mention.start, mention.end)


def snippet(text: str, start: int, end: int, words: int = 9) -> str:
    """The mention with up to `words` words either side, cut from the printed text as it
    stands (its own spacing and punctuation), with an ellipsis where it is cut. Only the
    words near the mention are read, so a long paragraph costs no more than a short one."""
    left = start_of_words_before(text, start, words)
    right = end_of_words_after(text, end, words)
    piece = text[left:right].strip()
    return ("… " if left > 0 else "") + piece + (" …" if right < len(text) else "")


@cache
def some_words(n: int) -> re.Pattern[str]:
    """`n` words (runs of non-space), each after any spaces, none cut in two: the
    quantifiers are possessive, so a word is never split to make up the number."""
    return re.compile(rf"(?:\s*+\S++){{{n}}}")


def end_of_words_after(text: str, pos: int, words: int) -> int:
    """Where the `words`-th word from `pos` on ends; the end of the text where there are
    fewer."""
    found = some_words(words).match(text, pos)
    return found.end() if found else len(text)


def start_of_words_before(text: str, pos: int, words: int) -> int:
    """Where the `words`-th word (run of non-space) before `pos` starts; 0 where there are
    fewer. Read backwards, in a window that widens until the word is whole in it (the
    window's first word may be cut by its edge) or the window reaches the start."""
    size = 8 * words + 16  # some fourteen words of English prose
    while True:
        low = max(0, pos - size)
        back = text[low:pos][::-1]
        found = some_words(words).match(back)
        if found is not None and (found.end() < len(back) or low == 0):
            return pos - found.end()
        if low == 0:
            return 0
        size *= 4


def in_capitals(text: str) -> bool:
    """Whether a line's letters are all capitals (a heading, a letterhead, a stamp), and
    more than one (told at the first that is not a capital)."""
    letters = 0
    for char in text:
        if char.isalpha():
            if not char.isupper():
                return False
            letters += 1
    return letters > 1


def candidate_names(
    text: str, back: list[int], taken: list[tuple[int, int]], ignore: set[str]
) -> list[str]:
    """Runs of capitalised words that are not covered, not ignored (in any letter case) and
    do not open a sentence."""
    names: list[str] = []
    run: list[str] = []
    last_end = -1
    for match in WORD.finditer(text):
        word = match.group()
        bare = word.rstrip(".")
        if (
            word[0].isupper()
            and len(bare) > 1
            and bare.casefold() not in ignore
            and not sentence_start(text, match.start())
            and not covered(back[match.start()], taken)
        ):
            if run and text[last_end : match.start()].strip() == "":
                run.append(bare)
            else:
                if run:
                    names.append(" ".join(run))
                run = [bare]
            last_end = match.end()
            if word.endswith(".") and not INITIAL.fullmatch(word):
                names.append(" ".join(run))
                run = []
        elif run:
            names.append(" ".join(run))
            run = []
    if run:
        names.append(" ".join(run))
    return names


def merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges in order, those that overlap made one."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def covered(pos: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a printed offset lies in one of the ranges (in order, apart)."""
    i = bisect_right(taken, (pos, float("inf"))) - 1
    return i >= 0 and taken[i][0] <= pos < taken[i][1]


def sentence_start(text: str, pos: int) -> bool:
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos == 0 or text[pos - 1] in '.!?:;"“(–—-…' + SEPARATOR
