"""The two shapes of seed: a web capture from a digital archive, and an archive translation;
and what a text of neither shape allows (a generic reading: a headline, a dateline).

A shape reader splits the seed's paragraphs into what surrounds the document (site chrome,
the capture's header and "Document Information" fields, an archive's catalogue heading)
and the document's own paragraphs, which the block reader then types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Removed
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
    }
)
INFO_LABELS = frozenset(
    {
        "Source",
        "Rights",
        "Original Uploaded Date",
        "Type",
        "Language",
        "Record ID",
        "Original Archive",
        "Original Language",
        "Subjects Discussed",
        "Associated People",
        "Associated People & Organizations",
        "Associated Places",
        "Associated Topics",
        "Citation",
        "Donors",
        "Publication",
        "Cited in",
        "Translated by",
        "Date",
        "Title",
        "Summary",
    }
)


@dataclass
class Field:
    """A "Document Information" field: its label line and its value paragraphs."""

    label: str
    line: int
    values: list[Para] = field(default_factory=list)


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


def split(paras: list[Para]) -> Layout:
    """Read the shape of a seed from its structure."""
    texts = [para.text for para in paras]
    if INFO_HEADING in texts:
        return web_capture(paras, texts.index(INFO_HEADING))
    return translation(paras)


def web_capture(paras: list[Para], info_at: int) -> Layout:
    layout = Layout(WEB_CAPTURE, [])
    head = paras[:info_at]
    while head and head[0].text in CHROME:
        layout.removed.append(Removed(head[0].line, head[0].text, "site chrome"))
        head = head[1:]
    if head and starts_with_date(head[0].text) and len(head[0].text.split()) <= 4:
        layout.date_line, head = head[0], head[1:]
    if head:
        layout.title_line, head = head[0], head[1:]
    if len(head) > 1:
        layout.summary, head = head[-1], head[:-1]
    layout.body = head
    info = paras[info_at]
    layout.removed.append(Removed(info.line, info.text, "field label"))
    current: Field | None = None
    for para in paras[info_at + 1 :]:
        if para.text in INFO_LABELS:
            current = layout.fields.setdefault(para.text, Field(para.text, para.line))
            layout.removed.append(Removed(para.line, para.text, "field label"))
        elif current is None:
            layout.body.append(para)  # text after the heading but before any label
        else:
            current.values.append(para)
    return layout


def translation(paras: list[Para]) -> Layout:
    """An archive translation, perhaps under the archive's catalogue heading and entry:
    '19 May 1977* (Pb 56/68) Human rights' then 'Politburo. Instructions ... Excerpt.'"""
    layout = Layout(TRANSLATION, list(paras))
    first = paras[0]
    if len(first.lines) == 1 and starts_with_date(first.text) and len(paras) > 1:
        layout.catalogue.append(first)
        entry = paras[1]
        if not entry.text.startswith("[") and not entry.text.isupper() and len(paras) > 2:
            layout.catalogue.append(entry)
        layout.body = paras[len(layout.catalogue) :]
        return layout
    return generic(paras) or layout


def generic(paras: list[Para]) -> Layout | None:
    """A text of no known shape that opens with a dateline, perhaps under a one-line
    headline (a news agency's dispatch). The paragraphs all stay the document's own."""
    for at in range(min(2, len(paras))):
        found = dateline(paras[at].text)
        if found is None:
            continue
        layout = Layout(GENERIC, list(paras), dateline=(paras[at], found))
        head = paras[0]
        if at == 1 and len(head.lines) == 1 and len(head.text.split()) <= 20:
            layout.title_line = head
        return layout
    return None


def dateline(text: str) -> DateMatch | None:
    """The date of a dateline that opens a paragraph ("MOSCOW, March 5, 1977"), if any."""
    place = _DATELINE_PLACE.match(text)
    if place is None:
        return None
    found = starts_with_date(text[place.end() :])
    if found is None:
        return None
    return DateMatch(found.printed, place.end(), found.iso)
