"""The two shapes of seed: a web capture from a digital archive, and an archive translation;
and what a text of neither shape allows (a generic reading: a headline, a dateline).

A shape reader splits the seed's paragraphs into what surrounds the document (site chrome,
the capture's header and "Document Information" fields, an archive's catalogue heading)
and the document's own paragraphs, which the block reader then types.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ...errors import ArchiveError, Diagnostic, table_line
from ...model import Block, BlockType, Editorial, Removed
from ...pickling import pickled_by_fields
from .. import yamlio
from .dates import DateMatch, starts_with_date
from .source import Para

WEB_CAPTURE = "web-capture"
TRANSLATION = "translation"
GENERIC = "generic"  # of neither shape: read for a headline and a dateline only

#: a dateline opens a paragraph: a place in capitals (an agency in brackets may follow),
#: a comma, then the date: "MOSCOW, March 5, 1977 (TASS) -"
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.](?:\s*\([^()]{1,40}\))?,\s+")

INFO_HEADING = "Document Information"
CHROME = frozenset(
    {
        "Skip to content",
        "Skip to main content",
        "Skip to navigation",
        "Menu",
        "Search",
        "Back to top",
        "Print",
        "Share",
        "Download",
        "Main navigation",
        "Citation",
        "Get Citation",
        "Cite",
    }
)
#: the labels of a capture's "Document Information" fields: None for those read into the
#: record's own metadata (source, rights, type...), else the kind of an archive field
INFO_LABELS: dict[str, str | None] = {
    "Source": None,
    "Rights": None,
    "Original Uploaded Date": None,
    "Type": None,
    "Language": None,
    "Record ID": None,
    "Original Classification": None,
    "Summary": None,
    "Author": "author",
    "Authors": "author",
    "Associated People & Organizations": "people",
    "Associated People": "people",
    "Associated Organizations": "organizations",
    "Associated Places": "places",
    "Subjects Discussed": "subjects",
    "Associated Topics": "subjects",
    "Original Archive": "original-archive",
    "Original Language": "original-language",
    "Donors": "donors",
    "Publication": "publication",
    "Cited in": "cited-in",
    "Translated by": "translated-by",
    "Date": "date",
    "Title": "title",
}
#: the chrome only a web page has (a link to skip its navigation, a button that cites the
#: record): a seed that holds one is a capture, wherever the line stands
CAPTURE_CHROME = frozenset(
    {"Skip to content", "Skip to main content", "Skip to navigation", "Get Citation"}
)
#: the fields a capture's "Document Information" gives, as the archive's own page does,
#: each with what the record loses without it; a field the archive prints with no value
#: for real (the real capture's "Language") is in MAY_BE_EMPTY; "Rights" and "Original
#: Uploaded Date", which many captures leave out, are held only to having a value
EXPECTED: dict[str, str] = {
    "Source": "archival reference or translator",
    "Type": "type from the archive (the type is inferred from the text)",
    "Language": "language as printed",
    "Record ID": "record ID",
}
VALUED: dict[str, str] = {
    **EXPECTED,
    "Rights": "rights statement",
    "Original Uploaded Date": "upload date",
}
#: the order the archive's page gives its fields in: a seed that ends in one of them with
#: the expected ones after it missing is cut short there, most likely
ORDER = ("Source", "Rights", "Original Uploaded Date", "Type", "Language", "Record ID")
MAY_BE_EMPTY = frozenset({"Language"})
#: the fields read for one value (a line): a paragraph after it is not theirs
ONE_VALUE = frozenset({"Type", "Record ID", "Original Uploaded Date", "Language"})
#: the fields whose values are a list, one value to a line
LISTS = frozenset({"author", "people", "organizations", "places", "subjects", "donors"})
#: what a label looks like: a few capitalised words, no figures, no sentence
_LABEL = re.compile(r"[A-Z][A-Za-z'’-]*(?:\s+(?:[A-Z][A-Za-z'’-]*|&|of|and|in|by|for|the|to|a))*")
_LABEL_WORDS = 6
_NOTE = re.compile(r"\[\d{1,3}\]\s+\S")  # a note under a text: "[1] The note..."


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Field:
    """A labelled field ("Document Information"): its label line and its value
    paragraphs; `known` where the label is one the parser reads."""

    label: str
    line: int
    values: tuple[Para, ...] = ()
    known: bool = True


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Dated:
    """A paragraph that gives the document's date, from `start` in its text."""

    para: Para
    start: int = 0

    @property
    def text(self) -> str:
        return self.para.text[self.start :]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Problem:
    """What a shape's reader found wrong with a seed of its shape, at a line: an error
    stops the seed, a warning says what was read all the same."""

    line: int
    message: str
    error: bool = False


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Layout:
    """A seed split by its shape, into roles any shape may fill: the document's own
    paragraphs (`body`, which the block reader types), the lines not shown, and where the
    shape found them, the catalogue heading and entry the text opens with, the line that
    is its title, the line that gives its date, the archive's summary of it and labelled
    fields. The metadata reader reads the roles, never the shape."""

    body: tuple[Para, ...]
    removed: tuple[Removed, ...] = ()
    catalogue: tuple[Para, ...] = ()  # read as the text's first blocks
    title: Para | None = None  # a line that is the document's title
    dated: Dated | None = None  # a line that gives the document's date
    summary: Para | None = None  # the archive's summary, apart from the text
    fields: Mapping[str, Field] = field(default_factory=dict)  # by label, in order
    # paragraphs of the text found under a field of one value, after its value, with the
    # field's label: kept as the text's last paragraphs (and warned of)
    strays: tuple[tuple[str, Para], ...] = ()
    problems: tuple[Problem, ...] = ()  # what the shape's reader found wrong

    def paragraphs(self) -> list[Para]:
        """Every paragraph of the seed the shape placed, in order, once each."""
        paras = [*self.body, *self.catalogue]
        paras += [p for p in (self.title, self.summary) if p is not None]
        if self.dated is not None:
            paras.append(self.dated.para)
        for labelled in self.fields.values():
            paras += labelled.values
        return sorted({p.line: p for p in paras}.values(), key=lambda p: p.line)


def always(_: Sequence[Block]) -> bool:
    return True


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Shape:
    """A shape of seed: whether a seed's paragraphs have it, how they are read, and
    whether the blocks read bear it out (where not, the seed is warned of as of no known
    shape, with what was read from it all the same)."""

    name: str  # as the record gives it
    described: str  # as `explain` names it
    matches: Callable[[list[Para]], bool]
    read: Callable[[list[Para]], Layout]
    borne_out: Callable[[Sequence[Block]], bool] = always


def split(paras: list[Para]) -> tuple[Shape, Layout]:
    """Read the shape of a seed from its structure: the first of SHAPES it matches."""
    shape = next(shape for shape in SHAPES if shape.matches(paras))
    return shape, shape.read(paras)


def captured(paras: list[Para]) -> bool:
    """A web capture, by its structure: its "Document Information" heading, a line of
    the chrome only a web page has ("Skip to content", "Get Citation") wherever it stands,
    or the labels of two of the fields its "Document Information" gives."""
    texts = {para.text for para in paras}
    labels = texts & (VALUED.keys())
    return INFO_HEADING in texts or bool(texts & CAPTURE_CHROME) or len(labels) >= 2


def info_start(paras: list[Para]) -> int | None:
    """Where the "Document Information" block begins: its heading, else (the heading
    missing) the first label of its expected fields that another follows."""
    texts = [para.text for para in paras]
    if INFO_HEADING in texts:
        return texts.index(INFO_HEADING)
    for at, text in enumerate(texts):
        if text in VALUED and len({t for t in texts[at:] if t in VALUED}) >= 2:
            return at
    return None


def web_capture(paras: list[Para]) -> Layout:
    """A web capture: the archive site's chrome, a date line and a title line above the
    text, then its "Document Information" heading and fields. A capture with no such
    block is an error: its text would be misread (the seed cut short, most likely); one
    whose heading or expected fields are missing is warned of."""
    info_at = info_start(paras)
    removed: list[Removed] = []
    problems: list[Problem] = []
    head = [para for para in paras[:info_at] if not chrome(para, removed)]
    dated = title = summary = None
    if head and starts_with_date(head[0].text) and len(head[0].text.split()) <= 4:
        dated, head = Dated(head[0]), head[1:]
    if head:
        title, head = head[0], head[1:]
    if info_at is None:
        problems.append(no_info(paras, removed))
        return Layout(tuple(head), tuple(removed), (), title, dated, problems=tuple(problems))
    info = paras[info_at]
    after = info_at
    if info.text == INFO_HEADING:
        removed.append(Removed(info.line, info.text, "field label"))
        after += 1
    else:
        problems.append(
            Problem(
                info.line,
                f'the web capture\'s "Document Information" heading is missing: its fields '
                f"begin here with {info.text!r}, and are read as its fields all the same; "
                'expected the line "Document Information" above them, under the text',
            )
        )
    fields, before, strays = read_fields(paras[after:], removed)
    problems += missing_fields(fields, paras[-1], info)
    body = [*head, *before]
    given = fields.get("Summary")
    if not (given and given.values) and len(body) > 1 and not _NOTE.match(body[-1].text):
        summary, body = body[-1], body[:-1]  # the archive's summary, under the text and notes
    body += [para for _, para in strays]  # last, as they come last in the seed
    return Layout(
        tuple(body),
        tuple(removed),
        (),
        title,
        dated,
        summary,
        fields,
        tuple(strays),
        tuple(problems),
    )


def no_info(paras: list[Para], removed: list[Removed]) -> Problem:
    """The error of a capture with no "Document Information" block at all."""
    last = paras[-1]
    seen = removed[0] if removed else None
    known = f"{seen.text!r} on line {seen.line}" if seen else "its fields' labels"
    return Problem(
        last.lines[-1].number,
        f'the seed is a web capture (by {known}) with no "Document Information" block: '
        f"it ends here with {ending(last.lines[-1].text)!r}; expected the text, then the "
        'line "Document Information" and its fields (' + ", ".join(ORDER) + "): is "
        "the seed cut short? (nothing of it was published)",
        error=True,
    )


def missing_fields(fields: Mapping[str, Field], last: Para, info: Para) -> list[Problem]:
    """A warning for each field a capture is expected to give that it lacks, or gives
    with no value; where fields are missing, the seed may be cut short in its last one."""
    problems = []
    absent = [label for label in EXPECTED if label not in fields]
    for label in absent:
        problems.append(
            Problem(
                info.line,
                f'the "Document Information" block has no {label!r} field: the page and '
                f"the record give no {VALUED[label]}; expected a line {label!r} with its "
                "value under it",
            )
        )
    for label, what in VALUED.items():
        found = fields.get(label)
        if found is not None and not found.values and label not in MAY_BE_EMPTY:
            problems.append(
                Problem(
                    found.line,
                    f'the "Document Information" field {label!r} has no value: the page '
                    f"and the record give no {what}; expected its value on the line under it",
                )
            )
    ends_in = list(fields.values())[-1] if fields else None
    if not absent or ends_in is None or ends_in.label not in ORDER or not ends_in.values:
        return problems
    later = ORDER[ORDER.index(ends_in.label) + 1 :]
    if ends_in.values[-1] is last and all(label in later for label in absent):
        end = last.lines[-1]
        not_given = ", ".join(repr(label) for label in later if label not in fields)
        problems.append(
            Problem(
                end.number,
                f"the seed ends in the value of the field {ends_in.label!r}, "
                f"{ending(end.text)!r}, before the fields that follow it ({not_given}): "
                "is the seed cut short? The value is published as printed; expected the "
                "whole of the archive's page, down to its last field",
            )
        )
    return problems


def ending(text: str, width: int = 60) -> str:
    """The last words of a line, at most `width` characters."""
    return text if len(text) <= width else "…" + text[-width:].lstrip()


def chrome(para: Para, removed: list[Removed]) -> bool:
    """Whether a paragraph is the archive site's own (a link, a button), listed as removed."""
    if para.text not in CHROME:
        return False
    removed.append(Removed(para.line, para.text, "site chrome"))
    return True


Strays = list[tuple[str, Para]]


def read_fields(
    paras: list[Para], removed: list[Removed]
) -> tuple[dict[str, Field], list[Para], Strays]:
    """The "Document Information" fields: each label, known or of the label's form, with
    the paragraphs under it as its values; the text after the heading but before any
    label; and the paragraphs under a field of one value after its value (with its label),
    which are no part of it."""
    fields: dict[str, Field] = {}
    before: list[Para] = []
    strays: Strays = []
    current: Field | None = None
    for i, para in enumerate(paras):
        if chrome(para, removed):
            continue
        known = para.text in INFO_LABELS
        if known or is_new_label(paras, i, current):
            current = fields.setdefault(para.text, Field(para.text, para.line, known=known))
            removed.append(Removed(para.line, para.text, "field label"))
        elif current is None:
            before.append(para)
        elif current.label in ONE_VALUE and current.values:
            strays.append((current.label, para))
        else:
            current = fields[current.label] = replace(current, values=(*current.values, para))
    return fields, before, strays


def is_new_label(paras: list[Para], i: int, current: Field | None) -> bool:
    """Whether paras[i] is the label of a field the parser does not know: a line of the
    label's form after a field's values, with a value of its own under it. A list given
    one value to a paragraph goes on until a known label."""
    para = paras[i]
    if len(para.lines) != 1 or len(para.text.split()) > _LABEL_WORDS:
        return False
    if not _LABEL.fullmatch(para.text) or i + 1 >= len(paras):
        return False
    nxt = paras[i + 1].text
    if nxt in INFO_LABELS or nxt in CHROME:
        return False
    if current is None:
        return True
    if not current.values:
        return False  # a field's first value, however it looks
    kind = INFO_LABELS.get(current.label) if current.known else None
    return not (kind in LISTS and len(current.values[0].lines) == 1)


def catalogued(paras: list[Para]) -> bool:
    """An archive translation under the archive's catalogue heading: a line that opens
    with a date, above more text."""
    first = paras[0] if paras else None
    return (
        first is not None
        and len(first.lines) == 1
        and bool(starts_with_date(first.text))
        and len(paras) > 1
    )


def translation(paras: list[Para]) -> Layout:
    """An archive translation under the archive's catalogue heading and entry:
    '19 May 1977* (Pb 56/68) Human rights' then 'Politburo. Instructions ... Excerpt.'"""
    entry = paras[1]
    has_entry = not entry.text.startswith("[") and not entry.text.isupper() and len(paras) > 2
    catalogue = tuple(paras[: 2 if has_entry else 1])
    return Layout(tuple(paras[len(catalogue) :]), catalogue=catalogue)


def opening_dateline(paras: list[Para]) -> tuple[int, DateMatch] | None:
    """The dateline in one of a text's first two paragraphs (where, and its date), if any."""
    for at in range(min(2, len(paras))):
        found = dateline(paras[at].text)
        if found is not None:
            return at, found
    return None


def datelined(paras: list[Para]) -> bool:
    return opening_dateline(paras) is not None


def generic(paras: list[Para]) -> Layout:
    """A text of no known shape that opens with a dateline, perhaps under a one-line
    headline (a news agency's dispatch). The paragraphs all stay the document's own."""
    opening = opening_dateline(paras)
    if opening is None:  # SHAPES reads it only where it matches
        return uncatalogued(paras)
    at, found = opening
    head = paras[0]
    title = head if at == 1 and len(head.lines) == 1 and len(head.text.split()) <= 20 else None
    return Layout(tuple(paras), title=title, dated=Dated(paras[at], found.start))


def uncatalogued(paras: list[Para]) -> Layout:
    """An archive translation with no catalogue heading: every paragraph its own."""
    return Layout(tuple(paras))


#: blocks that only an archive translation's apparatus makes
APPARATUS = frozenset(
    {
        BlockType.CONVENTIONS,
        BlockType.CREDIT,
        BlockType.PAGE_MARKER,
        BlockType.MARGINAL_NOTE,
        BlockType.ANNOTATION,
        BlockType.EDITORIAL_SUMMARY,
        BlockType.FOOTNOTE,
    }
)


def marked(blocks: Sequence[Block]) -> bool:
    """Whether a text carries a translation's apparatus: a bracket, a credit, a note."""
    return any(marks(b) for b in blocks)


def marks(block: Block) -> bool:
    if block.type in APPARATUS or any(marks(child) for child in block.children):
        return True
    return any(isinstance(span, Editorial) for span in block.spans)


def never(_: Sequence[Block]) -> bool:
    return False


#: the shapes of seed, the first a seed matches is read: a new shape is a row here and
#: its reader (and its name in the record's schema)
SHAPES = (
    Shape(WEB_CAPTURE, "a web capture from a digital archive", captured, web_capture),
    Shape(TRANSLATION, "an archive translation", catalogued, translation),
    Shape(
        GENERIC,
        "a text of neither known shape, read as a generic text",
        datelined,
        generic,
        never,
    ),
    # with no catalogue heading, a translation is borne out by its apparatus alone
    Shape(TRANSLATION, "an archive translation", lambda paras: True, uncatalogued, marked),
)


def unrecorded(shapes: Sequence[Shape], recorded: Sequence[str]) -> list[str]:
    """Each shape of the table that a record cannot name: the record's schema lists the
    shapes a record may have (empty when every row's name is there)."""
    return [
        f"SHAPES reads seeds of the shape {shape.name!r}, which a record cannot name; "
        f"expected {shape.name!r} among the shapes of schemas/record.schema.json "
        f"(now {', '.join(recorded)})"
        for shape in dict.fromkeys(shapes)
        if shape.name not in recorded
    ]


_WRONG = unrecorded(SHAPES, yamlio.schema("record")["properties"]["shape"]["enum"])
if _WRONG:  # the program's own table: a mistake shows as it starts, not as a seed is read
    raise ArchiveError([Diagnostic(*table_line(__name__, "SHAPES"), why) for why in _WRONG])


def described(name: str) -> str:
    """What a shape is, in words, by the name a record gives it."""
    return next((shape.described for shape in SHAPES if shape.name == name), name)


def dateline(text: str) -> DateMatch | None:
    """The date of a dateline that opens a paragraph ("MOSCOW, March 5, 1977"), if any."""
    place = _DATELINE_PLACE.match(text)
    if place is None:
        return None
    found = starts_with_date(text[place.end() :])
    if found is None:
        return None
    return DateMatch(found.printed, place.end(), found.iso)
