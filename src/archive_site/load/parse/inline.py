"""Inline spans: editorial brackets told apart by kind, elisions and ruled lines.

A bracket's kind is read from its content and its neighbours, never from where it stands
in a particular file. A bracket of no known kind is kept as a generic note, with a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...errors import Reporter
from ...model import Editorial, Elision, Line, Rule, Span, SpanKind, Text
from .dates import find_date
from .source import SourceLine

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["-", "-", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_PAGE = re.compile(r"(?:page|p\.|pp\.)\s+([\w-]+)", re.IGNORECASE)
_SIGNATURE = re.compile(r"(?:illegible\s+)?signatures?|signed", re.IGNORECASE)
#: what marks a sheet beyond its typed text: hands, stamps, resolutions, strokes of the pen
_SHEET_MARK = re.compile(
    r"\b(?:hand(?:written|writing)?|by hand|pencil(?:led)?|ink|stamp(?:ed|s)?|seal(?:ed)?|"
    r"resolutions?|initial(?:l?ed|s)|signed|signatures?|underlin(?:ed|ing)|"
    r"(?:crossed|struck|scored) (?:out|through)|deleted|inserted|annotat(?:ed|ions?)|"
    r"inscri(?:bed|ptions?)|notations?|endorse(?:d|ment)|visa|circled|ticked|typed|"
    r"written|marked)\b",
    re.IGNORECASE,
)
_FOOTNOTE = re.compile(r"\d{1,3}")
_ILLEGIBLE = re.compile(r"(?:(?:\w+\s+)?(?:words?|lines?|letters?)\s+)?illegible", re.IGNORECASE)
_SUMMARY_START = re.compile(r"(?:There follows?|There followed|Omitted|The rest of|Text omitted)")
_ARCHIVE_REF = re.compile(r"\b(?:Pb|P|St|No|N)\s*\d+", re.IGNORECASE)
_ABBREVIATION = re.compile(r"[A-Z][A-Z.&]{1,7}")
_NAME = re.compile(r"[A-Z][a-zà-ÿ'-]+(?:\s[A-Z][a-zà-ÿ.'-]+)?\.?")
_GLOSS = re.compile(r"[a-zà-ÿ'-]+(?:\s[a-zà-ÿ'-]+){0,2}")
_NEXT_CHARACTER = re.compile(r"\s*(\S?)")
_BRACKET = re.compile(r"[\[\]]")
_ELISION = re.compile(r"…|\.\.\.")
_RULE = re.compile(r"_{5,}")


def number_word(word: str) -> int | None:
    """'three' -> 3, 'twenty-one' -> 21, '12' -> 12; None for anything else."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in _UNITS:
        return _UNITS.index(word)
    tens, _, unit = word.partition("-")
    if tens in _TENS[2:] and (not unit or unit in _UNITS[1:10]):
        return _TENS.index(tens) * 10 + (_UNITS.index(unit) if unit else 0)
    return None


@dataclass
class Anchors:
    """Allocates the ids of a document's page markers, unique within the document."""

    used: set[str] = field(default_factory=set)

    def page(self, number: int) -> str:
        return self.free(f"page-{number}")

    def footnote(self, number: str) -> str:
        """The anchor of a note's marker in the text, which the note links back to."""
        return self.free(f"noteref-{number}")

    def free(self, anchor: str) -> str:
        base, n = anchor, 1
        while anchor in self.used:
            n += 1
            anchor = f"{base}-{n}"
        self.used.add(anchor)
        return anchor


@dataclass
class Reading:
    """What reading one seed carries along: its path, the report, its page anchors."""

    path: Path
    report: Reporter
    anchors: Anchors


@lru_cache(maxsize=1 << 14)
def classify(content: str, after: str, standalone: bool) -> SpanKind | None:
    """The kind of a bracket from what it holds and the first character after it (worked
    out once for each: a seed repeats its brackets, "[sic]", a supplied name)."""
    inner = content.strip()
    lower = inner.lower().rstrip("!")
    if lower == "sic":
        return SpanKind.SIC
    if _FOOTNOTE.fullmatch(inner):
        return SpanKind.FOOTNOTE
    if _ILLEGIBLE.fullmatch(inner):
        return SpanKind.ILLEGIBLE
    page = _PAGE.fullmatch(inner)
    if page and number_word(page.group(1)) is not None:
        return SpanKind.PAGE
    if _SIGNATURE.fullmatch(inner):
        return SpanKind.SIGNATURE
    if on_the_sheet(inner, labelled=True):
        return SpanKind.ORIGINAL
    if "margin" in lower:
        return SpanKind.MARGIN
    if on_the_sheet(inner, labelled=False):
        return SpanKind.ORIGINAL
    if standalone or _SUMMARY_START.match(inner) or len(inner.split()) >= 8:
        return SpanKind.SUMMARY
    if find_date(inner) or _ARCHIVE_REF.search(inner):
        return SpanKind.REFERENCE
    if _ABBREVIATION.fullmatch(inner):
        return SpanKind.ABBREVIATION
    if _NAME.fullmatch(inner) and re.match(r"\s*[A-Z]", after):
        return SpanKind.SUPPLIED
    if _GLOSS.fullmatch(inner):
        return SpanKind.GLOSS
    return None


def on_the_sheet(inner: str, labelled: bool) -> bool:
    """Whether a note describes what the original sheet bears: a short description of a
    mark (a hand, a stamp, a resolution, underlining), then, `labelled`, a colon and what
    the mark says ("Handwritten at the top of the page: ..."); else the description alone
    ("Underlined by hand")."""
    head, colon, said = inner.partition(":")
    if labelled != bool(colon and said.strip()):
        return False
    return len(head.split()) <= 10 and bool(_SHEET_MARK.search(head))


def parse_line(pieces: Sequence[SourceLine], ctx: Reading, standalone: bool = False) -> Line:
    """Spans of source lines joined by spaces (a hard-wrapped paragraph, or one line)."""
    text = " ".join(piece.text for piece in pieces)
    starts, offset = [], 0
    for piece in pieces:
        starts.append((offset, piece.number))
        offset += len(piece.text) + 1

    offsets = [start for start, _ in starts]

    def line_at(pos: int) -> int:
        return starts[bisect_right(offsets, pos) - 1][1]

    spans: list[Span] = []
    plain_from = 0
    open_at: int | None = None
    for found in _BRACKET.finditer(text):  # the brackets alone: a text is read at C's pace
        pos, char = found.start(), found.group()
        if char == "[":
            if open_at is not None:
                ctx.report.error(
                    ctx.path,
                    line_at(pos),
                    f"found '[' inside the bracket opened on line {line_at(open_at)}: "
                    f"{excerpt(text, open_at)!r}; expected ']' before a new '[' "
                    "(brackets do not nest)",
                )
                return (Text(text),)
            open_at = pos
        elif char == "]":
            if open_at is None:
                ctx.report.error(
                    ctx.path,
                    line_at(pos),
                    f"found ']' with no '[' before it: {excerpt(text, max(0, pos - 30))!r}; "
                    "expected brackets in pairs",
                )
                return (Text(text),)
            spans.extend(plain(text[plain_from:open_at]))
            content = text[open_at + 1 : pos]
            after = _NEXT_CHARACTER.match(text, pos + 1)  # not a copy of the rest: n log n
            assert after is not None
            spans.append(bracket(content, after.group(1), standalone, line_at(open_at), ctx))
            plain_from, open_at = pos + 1, None
    if open_at is not None:
        ctx.report.error(
            ctx.path,
            line_at(open_at),
            f"found '[' with no ']' after it: {excerpt(text, open_at)!r}; "
            "expected the bracket to close within its paragraph",
        )
        return (Text(text),)
    spans.extend(plain(text[plain_from:]))
    return tuple(spans)


def bracket(content: str, after: str, standalone: bool, line: int, ctx: Reading) -> Span:
    if not content.strip():
        return Text(f"[{content}]")  # "[ ]" names the bracket itself, as in a conventions note
    kind = classify(content, after, standalone)
    if kind is None:
        ctx.report.warn(
            ctx.path,
            line,
            f"bracket [{content}] is of no known kind (sic, supplied name, abbreviation, gloss, "
            "page, signature, margin, note on the original, summary, reference, footnote, "
            "illegible); kept as a generic editorial note",
        )
        return Editorial(SpanKind.NOTE, content)
    if kind is SpanKind.PAGE:
        match = _PAGE.fullmatch(content.strip())
        assert match is not None
        number = number_word(match.group(1))
        assert number is not None
        return Editorial(kind, content, ctx.anchors.page(number))
    if kind is SpanKind.FOOTNOTE and not standalone:  # a marker in the text, linked back to
        return Editorial(kind, content, ctx.anchors.footnote(content.strip()))
    return Editorial(kind, content)


def plain(text: str) -> list[Span]:
    """Text with its elisions and ruled lines as spans of their own."""
    spans: list[Span] = []
    pos = 0
    for match in re.finditer(f"{_ELISION.pattern}|{_RULE.pattern}", text):
        if match.start() > pos:
            spans.append(Text(text[pos : match.start()]))
        token = match.group()
        spans.append(Rule(token) if token.startswith("_") else Elision(token))
        pos = match.end()
    if pos < len(text):
        spans.append(Text(text[pos:]))
    return spans


def excerpt(text: str, start: int, width: int = 40) -> str:
    piece = text[start : start + width]
    return piece + "…" if start + width < len(text) else piece
