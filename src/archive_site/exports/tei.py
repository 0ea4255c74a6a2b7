"""A document as TEI P5 XML: a header describing the source, the translation and the
people, organizations and places mentioned; a body with every block in reading order,
the editor's and translator's brackets as TEI elements, and each block's permanent id."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence

from ..archive.mentions import Mention
from ..archive.runs import Note, Run, runs
from ..errors import ArchiveError, Diagnostic, table_line
from ..load.entities import ENTITY_KINDS, Entity, Kind
from ..model import (
    NUMBERED,
    Block,
    BlockType,
    Document,
    Elision,
    Part,
    Rule,
    Span,
    SpanKind,
    Text,
    paragraph_numbers,
)
from ..site.text import note_links

NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NAMES = {kind.name: kind.tei for kind in ENTITY_KINDS if kind.tei}
#: where the header lists the entities a text names, by the element their names take in
#: it: (the description, its list, an entry); a kind of no element is a keyword
LISTED = {
    "persName": ("particDesc", "listPerson", "person"),
    "orgName": ("particDesc", "listOrg", "org"),
    "placeName": ("settingDesc", "listPlace", "place"),
}
_UNLISTED = [
    f"the kind {kind.name!r} names in TEI's element {kind.tei!r}, which the TEI header "
    f"does not list; expected one of {', '.join(LISTED)} (exports/tei.py, LISTED), or "
    "None (a keyword)"
    for kind in ENTITY_KINDS
    if kind.tei and kind.tei not in LISTED
]
if _UNLISTED:  # the program's own tables: a mistake shows as it starts
    raise ArchiveError(
        [Diagnostic(*table_line(Kind.__module__, "ENTITY_KINDS"), why) for why in _UNLISTED]
    )
NOTED = {
    SpanKind.GLOSS: "gloss",
    SpanKind.SIGNATURE: "signature",
    SpanKind.MARGIN: "margin-position",
    SpanKind.ORIGINAL: "original",
    SpanKind.SUMMARY: "summary",
    SpanKind.REFERENCE: "reference",
    SpanKind.NOTE: "note",
}
LANGUAGES = {"ru": "Russian", "en": "English", "uk": "Ukrainian", "de": "German", "fr": "French"}
LAST_WORD = re.compile(r"(\S+)(\s*)$")
NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|the|and|for)\s+)*)*[A-Z][\w'’.-]*)\s*$")

ET.register_namespace("", NS)
AtLines = dict[tuple[str, int], list[Mention]]  # the mentions by (block id, line index)
Kinds = dict[str, str]  # entity id -> its kind


def element(tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.Element(f"{{{NS}}}{tag}", {key_of(k): v for k, v in attrs.items()})
    node.text = text
    return node


def child(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = element(tag, text, **attrs)
    parent.append(node)
    return node


def key_of(name: str) -> str:
    return {"xml_id": XML_ID, "xml_lang": XML_LANG}.get(name, name.rstrip("_"))


def document(
    doc: Document, found: Sequence[Mention], entities: Sequence[Entity], edition: tuple[str, str]
) -> str:
    """The document as TEI, with its mentions of the entities named; `edition` is the
    collection's title and who publishes it."""
    root = element("TEI", xml_lang=doc.meta.language.code)
    root.append(header(doc, list(entities), edition))
    text = child(root, "text")
    body = child(text, "body")
    numbers = paragraph_numbers(doc)
    mentions: AtLines = {}
    for m in found:
        mentions.setdefault((m.block, m.line_index), []).append(m)
    kinds = {e.id: e.kind for e in entities}
    for part in doc.parts:
        body.append(division(part, numbers, mentions, kinds))
    link_notes(body, note_links(doc))
    layout(root)
    xml = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{xml}\n'


# -- the header ---------------------------------------------------------------------------


def header(doc: Document, mentioned: list[Entity], edition: tuple[str, str]) -> ET.Element:
    title, publisher = edition
    meta = doc.meta
    head = element("teiHeader")
    file_desc = child(head, "fileDesc")
    title_stmt = child(file_desc, "titleStmt")
    child(title_stmt, "title", meta.title.text)
    if meta.author:
        child(title_stmt, "author", meta.author)
    if meta.translator:
        resp = child(title_stmt, "respStmt")
        child(resp, "resp", "translated from the Russian by")
        child(resp, "persName", meta.translator.value or meta.translator.printed)
    resp = child(title_stmt, "respStmt")
    child(resp, "resp", "transcribed, annotated and encoded by")
    child(resp, "orgName", f"the editors of {title}")
    publication = child(file_desc, "publicationStmt")
    child(publication, "publisher", publisher)
    child(publication, "idno", doc.id, type="archive-id")
    availability = child(publication, "availability")
    rights = meta.rights.paragraphs if meta.rights else ("Rights as stated by the source.",)
    for paragraph in rights:
        child(availability, "p", paragraph)
    file_desc.append(source_desc(doc))
    encoding = child(head, "encodingDesc")
    decl = child(encoding, "editorialDecl")
    child(
        decl,
        "p",
        "Every word of the source is kept in order. The editor's and translator's "
        "brackets are encoded as sic, supplied, choice with abbr and expan, note and "
        "gap; page breaks of the original as pb; marginal notes as note with "
        "place=margin. Each block keeps the permanent id it has on the archive's pages.",
    )
    head.append(profile(doc, mentioned))
    return head


def source_desc(doc: Document) -> ET.Element:
    meta = doc.meta
    desc = element("sourceDesc")
    archival = meta.archival_source
    if archival and archival.repository:
        ms = child(desc, "msDesc")
        ident = child(ms, "msIdentifier")
        child(ident, "repository", archival.repository)
        for part in ("fond", "opis", "delo", "dokument"):
            value = getattr(archival, part)
            if value:
                child(ident, "idno", value, type=part)
        contents = child(ms, "msContents")
        child(contents, "p", archival.printed)
    bibl = child(desc, "bibl")
    child(bibl, "title", meta.title.text)
    child(bibl, "date", meta.date.printed, when=meta.date.iso)
    prov = meta.provenance
    if prov.collection:
        child(bibl, "distributor", prov.collection)
    if prov.publisher:
        child(bibl, "publisher", prov.publisher)
    if prov.record_id:
        child(bibl, "idno", prov.record_id.printed, type="record")
    if prov.note:
        child(bibl, "note", prov.note, type="provenance")
    return desc


def profile(doc: Document, mentioned: list[Entity]) -> ET.Element:
    meta = doc.meta
    prof = element("profileDesc")
    creation = child(prof, "creation")
    child(creation, "date", meta.date.printed, when=meta.date.iso)
    usage = child(prof, "langUsage")
    child(usage, "language", "English (translation)", ident=meta.language.code)
    if meta.language.original:
        original = LANGUAGES.get(meta.language.original, meta.language.original)
        child(usage, "language", f"{original} (the original)", ident=meta.language.original)
    descriptions: dict[str, ET.Element] = {}
    for tag, (description, list_tag, entry) in LISTED.items():
        listed = [e for e in mentioned if NAMES.get(e.kind) == tag]
        if listed:
            if description not in descriptions:
                descriptions[description] = child(prof, description)
            listing = child(descriptions[description], list_tag)
            for e in listed:
                child(listing, entry, xml_id=xml_id(e.id)).append(named(e))
    others = [e for e in mentioned if e.kind not in NAMES]
    if others:
        keywords = child(child(prof, "textClass"), "keywords")
        for e in others:
            child(keywords, "term", e.name, xml_id=xml_id(e.id), type=e.kind)
    return prof


def named(entity: Entity) -> ET.Element:
    name = element(NAMES[entity.kind], entity.name)
    if entity.wikidata:
        name.set("ref", f"https://www.wikidata.org/wiki/{entity.wikidata}")
    return name


def xml_id(entity_id: str) -> str:
    return f"entity-{entity_id}"


# -- the body -----------------------------------------------------------------------------


def division(
    part: Part,
    numbers: dict[str, int],
    mentions: AtLines,
    kinds: Kinds,
) -> ET.Element:
    div = element("div", type=part.kind, xml_id=part.id)
    if part.type:
        div.set("subtype", part.type)
    for block in part.blocks:
        for node in block_nodes(block, numbers, mentions, kinds):
            div.append(node)
    return div


def block_nodes(
    block: Block,
    numbers: dict[str, int],
    mentions: AtLines,
    kinds: Kinds,
) -> list[ET.Element]:
    if block.type is BlockType.QUOTATION:
        quote = element("quote", xml_id=block.id)
        for c in block.children:
            for node in block_nodes(c, numbers, mentions, kinds):
                quote.append(node)
        return [quote]
    if block.type is BlockType.PAGE_MARKER:
        holder = element("ab", type="page_marker")
        fill(holder, block, mentions, kinds)
        only = list(holder)
        if len(only) == 1 and only[0].tag == f"{{{NS}}}pb" and not (holder.text or "").strip():
            return only[:1] if not (only[0].tail or "").strip() else [holder]
        return [holder]
    if block.type in NUMBERED:
        node = element("p", xml_id=block.id, n=str(numbers[block.id]))
        if block.type is BlockType.ASIDE:
            node.set("rend", "aside")
    elif block.type is BlockType.MARGINAL_NOTE:
        node = element("note", xml_id=block.id, place="margin")
    elif block.type is BlockType.FOOTNOTE:
        node = element("note", xml_id=block.id, type="footnote", place="end")
    else:
        node = element("ab", xml_id=block.id, type=block.type.value)
    fill(node, block, mentions, kinds)
    return [node]


def fill(
    node: ET.Element,
    block: Block,
    mentions: AtLines,
    kinds: Kinds,
) -> None:
    """Write a block's lines into `node`, a line break between printed lines."""
    out = Mixed(node)
    for i, line in enumerate(block.lines):
        if i:
            out.text("\n")  # a printed line ends: words never run together
            out.append(element("lb"))
        write_runs(out, runs(line, mentions.get((block.id, i), [])), kinds)


def write_runs(out: Mixed, found: Iterable[Run], kinds: Kinds) -> None:
    """Runs of spans, a mention's run inside a name element."""
    for run in found:
        if run.owner is None:
            spans(out, run.spans, kinds)
            continue
        kind = kinds[run.owner.entity]
        tag = NAMES.get(kind, "rs")
        name = element(tag, ref=f"#{xml_id(run.owner.entity)}")
        if tag == "rs":
            name.set("type", kind)
        spans(Mixed(name, out), run.spans, kinds)
        out.append(name)


class Mixed:
    """Appends text and elements to an element's mixed content."""

    def __init__(self, node: ET.Element, outer: Mixed | None = None) -> None:
        self.node = node
        self.outer = outer  # the content a name element stands in

    def take_element(self) -> ET.Element | None:
        """Take back the element written last, where nothing but spaces follow it: in
        this content, or, from an empty name element, in the content around it."""
        here: Mixed | None = self
        if not len(self.node) and not (self.node.text or "").strip():
            here = self.outer
        if here is None or not len(here.node):
            return None
        last = here.node[-1]
        if (last.tail or "").strip():
            return None
        del here.node[-1]  # by place: remove() would search every child
        last.tail = None
        return last

    def text(self, value: str) -> None:
        last = self.node[-1] if len(self.node) else None
        if last is None:
            self.node.text = (self.node.text or "") + value
        else:
            last.tail = (last.tail or "") + value

    def append(self, element_: ET.Element) -> None:
        self.node.append(element_)

    def take_tail(self, pattern: re.Pattern[str]) -> tuple[str, str] | None:
        """Cut the trailing match of `pattern` off the text written last: (match, rest)."""
        last = self.node[-1] if len(self.node) else None
        current = (last.tail if last is not None else self.node.text) or ""
        found = pattern.search(current)
        if not found:
            return None
        kept = current[: found.start()]
        if last is None:
            self.node.text = kept
        else:
            last.tail = kept
        return found.group(1), current[found.start() :][len(found.group(1)) :]


def spans(out: Mixed, found: Iterable[Span | Note], kinds: Kinds) -> None:
    for span in found:
        if isinstance(span, Note):  # what the sheet bears, with the names in it
            note = element("note", type="original")
            write_runs(Mixed(note), span.runs, kinds)
            out.append(note)
        elif isinstance(span, Text):
            out.text(span.text)
        elif isinstance(span, Elision):
            gap = element("gap", reason="omitted")
            child(gap, "desc", span.text)
            out.append(gap)
        elif isinstance(span, Rule):
            out.append(element("milestone", unit="rule"))
        else:
            editorial(out, span.kind, span.text, span.anchor)


def editorial(out: Mixed, kind: SpanKind, inner: str, anchor: str | None) -> None:
    if kind is SpanKind.FOOTNOTE:  # linked to its note, and the note back, by link_notes
        ref = element("ref", inner, type="noteAnchor" if anchor else "noteNumber", n=inner.strip())
        if anchor:
            ref.set(XML_ID, anchor)
        out.append(ref)
    elif kind is SpanKind.ILLEGIBLE:
        gap = element("gap", reason="illegible")
        child(gap, "desc", inner)
        out.append(gap)
    elif kind is SpanKind.PAGE:
        page = element("pb", n=inner)
        if anchor:
            page.set(XML_ID, anchor)
        out.append(page)
    elif kind is SpanKind.SUPPLIED:
        out.append(element("supplied", inner, reason="editor"))
    elif kind is SpanKind.SIC:
        # "[sic]" vouches for the word before it
        word = out.take_tail(LAST_WORD)
        sic = element("sic", word[0] if word else None)
        named = None if word else out.take_element()  # the word is a name: "Pressel [sic]"
        if named is not None:
            sic.append(named)
        out.append(sic)
    elif kind is SpanKind.ABBREVIATION:
        # "French Communist Party [PCF]": the editor gives the abbreviation of the name
        name = out.take_tail(NAME_BEFORE)
        named = None if name else out.take_element()
        if name or named is not None:
            choice = element("choice")
            expan = child(choice, "expan", name[0] if name else None)
            if named is not None and same_name(named, out.node):
                expan.text = named.text
                expan.extend(named)
            elif named is not None:
                expan.append(named)
            child(choice, "abbr", inner)
            out.append(choice)
        else:
            supplied = element("supplied", reason="abbreviation")
            child(supplied, "abbr", inner)
            out.append(supplied)
    else:
        out.append(element("note", inner, type="editorial", subtype=NOTED[kind]))


def link_notes(body: ET.Element, links: dict[str, tuple[str | None, str | None]]) -> None:
    """Point each note marker at its note, and each note at the first marker that refers
    to it (the note's @target; its number, a ref back to the marker), as the page does."""
    for ref in body.iter(f"{{{NS}}}ref"):
        note, marker = links.get(ref.get("n", ""), (None, None))
        target = note if ref.get("type") == "noteAnchor" else marker
        if target:
            ref.set("target", f"#{target}")
    for element in body.iter(f"{{{NS}}}note"):
        own = element.find(f"{{{NS}}}ref[@type='noteNumber']")
        if element.get("type") == "footnote" and own is not None:
            element.set("n", own.get("n", ""))
            marker = links.get(own.get("n", ""), (None, None))[1]
            if marker:
                element.set("target", f"#{marker}")


def same_name(a: ET.Element, b: ET.Element) -> bool:
    return a.tag == b.tag and a.get("ref") is not None and a.get("ref") == b.get("ref")


def layout(root: ET.Element) -> None:
    """Indent the header and put each block on its own line, leaving the text's own
    spacing untouched (mixed content is never re-indented)."""

    def indent(node: ET.Element, depth: int) -> None:
        structural = len(node) and not (node.text or "").strip() and node.tag.split("}")[1] in {
            "TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt", "publicationStmt",
            "availability", "sourceDesc", "msDesc", "msIdentifier", "msContents", "bibl",
            "encodingDesc", "editorialDecl", "profileDesc", "creation", "langUsage",
            "particDesc", "listPerson", "listOrg", "settingDesc", "listPlace", "person",
            "org", "place", "textClass", "keywords", "text", "body", "div", "quote",
        }  # fmt: skip
        if not structural:
            return
        pad = "\n" + "  " * (depth + 1)
        node.text = pad
        for i, item in enumerate(node):
            indent(item, depth + 1)
            item.tail = pad if i + 1 < len(node) else "\n" + "  " * depth

    indent(root, 0)
