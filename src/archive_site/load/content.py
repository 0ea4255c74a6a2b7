"""The collection's own pages: the home introduction and the About page in Markdown, and
the chronology, checked like every other input."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from ..errors import Reporter, one_of
from ..pickling import pickled_by_fields
from . import settings, yamlio
from .inputs import present, read_text
from .settings import Settings


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Event:
    date: str  # YYYY-MM-DD
    text: str
    document: str | None  # the id of a document of the collection
    source: str | None  # where a fact not from the documents comes from
    line: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Content:
    settings: Settings
    home_html: str
    about_html: str
    chronology: tuple[Event, ...]


def markdown(text: str) -> str:
    """Markdown as HTML; raw HTML in the text is shown as text, never passed through."""
    parser = MarkdownIt("commonmark", {"html": False, "typographer": True})
    html: str = parser.enable(["table", "replacements", "smartquotes"]).render(text)
    return html


def outside_links(path: Path, text: str, report: Reporter) -> None:
    """Links the pages' own Content-Security-Policy would block or that leave https: a
    link goes to a page of the site or to an https:// address; an image comes from the
    site itself."""
    for block in MarkdownIt("commonmark", {"html": False}).parse(text):
        line = block.map[0] + 1 if block.map else 1
        for token in block.children or ():
            if token.type == "link_open":
                href = str(token.attrs.get("href", ""))
                if not (href.startswith(("https://", "mailto:")) or same_site(href)):
                    report.error(
                        path,
                        line,
                        f"the link {href!r} leaves the site by another way than https://; "
                        "expected an https:// or mailto: address, or a path within the site",
                    )
            elif token.type == "image":
                src = str(token.attrs.get("src", ""))
                if not same_site(src):
                    report.error(
                        path,
                        line,
                        f"the image {src!r} comes from outside the site, which the pages' "
                        "security policy blocks; expected an image within the site (a path "
                        "such as assets/map.png)",
                    )


def same_site(address: str) -> bool:
    """A relative address: no scheme, not protocol-relative ("//host/...")."""
    return not address.startswith(("//", "\\")) and not re.match(r"[A-Za-z][\w+.-]*:", address)


def read(folder: Path, report: Reporter) -> Content:
    found = settings.read(folder, report)
    texts = {}
    for name in ("home", "about"):
        path = folder / f"{name}.md"
        if not present(path):
            report.error(path, 1, f"the {name} page is missing; expected {path.name} in {folder}")
            texts[name] = ""
            continue
        text = read_text(path, "content", report) or ""
        outside_links(path, text, report)
        texts[name] = markdown(text)
    return Content(
        found or settings.Settings("", "site"),  # with none, the build stops after the checks
        texts["home"],
        texts["about"],
        chronology(folder / "chronology.yaml", report),
    )


def chronology(path: Path, report: Reporter) -> tuple[Event, ...]:
    if not present(path):
        return ()
    located = yamlio.read(path, "content", "chronology", report)
    if located is None:
        return ()
    events = []
    for i, entry in enumerate(located.data):
        line = located.line([i])
        try:
            datetime.date.fromisoformat(entry["date"])
        except ValueError:
            report.error(
                path,
                located.line([i, "date"]),
                f"date {entry['date']!r} is not a "
                "day of the calendar; expected a real date as YYYY-MM-DD",
            )
        events.append(
            Event(entry["date"], entry["text"], entry.get("document"), entry.get("source"), line)
        )
    return tuple(sorted(events, key=lambda e: (e.date, e.line)))


def check_links(content: Content, path: Path, ids: set[str], report: Reporter) -> None:
    """Every chronology entry that names a document names one of the collection."""
    for event in content.chronology:
        if event.document and event.document not in ids:
            report.error(
                path,
                event.line,
                f"entry names document {event.document!r}, which is "
                f"not in the collection; expected {one_of(event.document, ids)}",
            )
