"""The two shapes of seed: a web capture from a digital archive, and an archive translation;
and what a text of neither shape allows (a generic reading: a headline, a dateline).

A shape reader splits the seed's paragraphs into what surrounds the document (site chrome,
the capture's header and "Document Information" fields, an archive's catalogue heading)
and the document's own paragraphs, which the block reader then types.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...model import Removed
from ...pickling import pickled_by_fields
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
#: the fields whose values are a list, one value to a line
LISTS = frozenset({"author", "people", "organizations", "places", "subjects", "donors"})
#: what a label looks like: a few capitalised words, no figures, no sentence
_LABEL = re.compile(r"[A-Z][A-Za-z'’-]*(?:\s+(?:[A-Z][A-Za-z'’-]*|&|of|and|in|by|for|the|to|a))*")
_LABEL_WORDS = 6
_NOTE = re.compile(r"\[\d{1,3}\]\s+\S")  # a note under a text: "[1] The note..."


@dataclass
class Field:
    """A "Document Information" field: its label line and its value paragraphs; `known`
    where the label is one the parser reads."""

    label: str
    line: int
    values: list[Para] = field(default_factory=list)
    known: bool = True


@dataclass
class Layout:
    """A seed split by shape. `body` holds the document's own paragraphs."""

    shape: str
    body: list[Para]
    removed: list[Removed] = field(default_factory=list)
    date_line: Para | None = None  # web capture: the page's date line
    title_line: Para | None = None  # web capture: the page's title line
    summary: Para | None = None  # web capture: the archive's summary under the text
    fields: dict[str, Field] = field(default_factory=dict)
    catalogue: list[Para] = field(default_factory=list)  # translation: catalogue heading, entry
    dateline: tuple[Para, DateMatch] | None = None  # generic: a dateline and its date


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Shape:
    """A shape of seed: whether a seed's paragraphs have it, and how they are read."""

    name: str  # as the record gives it
    described: str  # as `explain` names it
    matches: Callable[[list[Para]], bool]
    read: Callable[[list[Para]], Layout]


def split(paras: list[Para]) -> Layout:
    """Read the shape of a seed from its structure: the first of SHAPES it matches."""
    return next(shape.read(paras) for shape in SHAPES if shape.matches(paras))


def has_info(paras: list[Para]) -> bool:
    """A web capture: its "Document Information" heading."""
    return any(para.text == INFO_HEADING for para in paras)


def read_web_capture(paras: list[Para]) -> Layout:
    return web_capture(paras, [para.text for para in paras].index(INFO_HEADING))


def web_capture(paras: list[Para], info_at: int) -> Layout:
    layout = Layout(WEB_CAPTURE, [])
    head = [para for para in paras[:info_at] if not chrome(para, layout)]
    if head and starts_with_date(head[0].text) and len(head[0].text.split()) <= 4:
        layout.date_line, head = head[0], head[1:]
    if head:
        layout.title_line, head = head[0], head[1:]
    info = paras[info_at]
    layout.removed.append(Removed(info.line, info.text, "field label"))
    layout.body = head
    read_fields(paras[info_at + 1 :], layout)
    summary = layout.fields.get("Summary")
    if not (summary and summary.values) and len(head) > 1 and not _NOTE.match(head[-1].text):
        layout.summary = head[-1]  # the archive's summary, under the text and its notes
        layout.body = head[:-1]
    return layout


def chrome(para: Para, layout: Layout) -> bool:
    """Whether a paragraph is the archive site's own (a link, a button), listed as removed."""
    if para.text not in CHROME:
        return False
    layout.removed.append(Removed(para.line, para.text, "site chrome"))
    return True


def read_fields(paras: list[Para], layout: Layout) -> None:
    """The "Document Information" fields: each label, known or of the label's form, with
    the paragraphs under it as its values."""
    current: Field | None = None
    for i, para in enumerate(paras):
        if chrome(para, layout):
            continue
        known = para.text in INFO_LABELS
        if known or is_new_label(paras, i, current):
            current = layout.fields.setdefault(para.text, Field(para.text, para.line, known=known))
            layout.removed.append(Removed(para.line, para.text, "field label"))
        elif current is None:
            layout.body.append(para)  # text after the heading but before any label
        else:
            current.values.append(para)


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
    return first is not None and len(first.lines) == 1 and bool(starts_with_date(first.text))


def translation(paras: list[Para]) -> Layout:
    """An archive translation under the archive's catalogue heading and entry:
    '19 May 1977* (Pb 56/68) Human rights' then 'Politburo. Instructions ... Excerpt.'"""
    layout = Layout(TRANSLATION, list(paras))
    layout.catalogue.append(paras[0])
    entry = paras[1]
    if not entry.text.startswith("[") and not entry.text.isupper() and len(paras) > 2:
        layout.catalogue.append(entry)
    layout.body = paras[len(layout.catalogue) :]
    return layout


def opening_dateline(paras: list[Para]) -> tuple[int, DateMatch] | None:
    """The dateline in one of a text's first two paragraphs (where, and its date), if any."""
    for at in range(min(2, len(paras))):
        found = dateline(paras[at].text)
        if found is not None:
            return at, found
    return None


def generic(paras: list[Para]) -> Layout:
    """A text of no known shape that opens with a dateline, perhaps under a one-line
    headline (a news agency's dispatch). The paragraphs all stay the document's own."""
    opening = opening_dateline(paras)
    if opening is None:  # SHAPES reads it only where it matches
        return uncatalogued(paras)
    at, found = opening
    layout = Layout(GENERIC, list(paras), dateline=(paras[at], found))
    head = paras[0]
    if at == 1 and len(head.lines) == 1 and len(head.text.split()) <= 20:
        layout.title_line = head
    return layout


def uncatalogued(paras: list[Para]) -> Layout:
    """An archive translation with no catalogue heading: every paragraph its own (a text
    with no bracketed apparatus either is warned of, as of no known shape)."""
    return Layout(TRANSLATION, list(paras))


#: the shapes of seed, the first a seed matches is read: a new shape is a row here and
#: its reader
SHAPES = (
    Shape(WEB_CAPTURE, "a web capture from a digital archive", has_info, read_web_capture),
    Shape(
        TRANSLATION,
        "an archive translation",
        lambda paras: catalogued(paras) and len(paras) > 1,
        translation,
    ),
    Shape(
        GENERIC,
        "a text of neither known shape, read as a generic text",
        lambda paras: opening_dateline(paras) is not None,
        generic,
    ),
    Shape(TRANSLATION, "an archive translation", lambda paras: True, uncatalogued),
)


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
