"""What a citation says of a document, made once from its record: the source as read (who
wrote it, who translated it, the original's archival reference or codes, who published
the translation and its record there, then this edition and its address) as a CSL-JSON
item, and as the BibTeX, RIS and CSL-JSON files reference managers import."""

from __future__ import annotations

import calendar
import json
import re
from typing import Any

from ..model import Document

CODES = (("politburo", "Pb "), ("registry", ""))  # a document's own codes, as cited


def author(doc: Document) -> str | None:
    """Who a citation names as author: the editor's choice, else the issuing body."""
    meta = doc.meta
    if meta.author:
        return meta.author
    body = meta.issuing_body
    return (body.value or body.printed) if body else None


def translator(doc: Document) -> str | None:
    meta = doc.meta
    return (meta.translator.value or meta.translator.printed) if meta.translator else None


def person(name: str) -> dict[str, str]:
    """A translator's name as CSL parts: the last word the family name, so that styles
    may invert or shorten it (APA's "M. H. Doctoroff"); one word stays whole."""
    given, _, family = name.rpartition(" ")
    return {"family": family, "given": given} if given else {"literal": name}


def held_at(doc: Document) -> str | None:
    """The original's archival reference as the source prints it (without the words on
    the translation after it), else the document's own codes (Pb 56/68, 25-S-2025)."""
    source = doc.meta.archival_source
    if source:
        return source.printed.split(";", 1)[0].strip().rstrip(".")
    codes = []
    for kind, prefix in CODES:
        found = next((r.printed for r in doc.meta.references if r.kind == kind), None)
        if found:
            codes.append(prefix + found)
    return ", ".join(codes) or None


def published_by(doc: Document) -> str | None:
    """Who published the translation that this edition reproduces, with its record
    there; an attribution that is the editor's, not the source's, in brackets."""
    provenance = doc.meta.provenance
    if not provenance.collection:
        return None
    name = provenance.collection
    if doc.meta.citing.collection_attributed:
        name = f"[{name}]"
    record = provenance.record_id
    return f"{name}, record {record.value or record.printed}" if record else name


def typeset(text: str) -> str:
    """Straight quotation marks made curly, as citeproc-js makes them: an apostrophe
    within or closing a word, and quotations at any depth written double (the styles
    nest them, single inside double)."""
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r"(?<![\w’])'([^']+)'(?!\w)", r"“\1”", text)
    text = re.sub(r'"([^"]*)"', r"“\1”", text)
    return text.replace("'", "’")


def csl_item(doc: Document, url: str | None, edition: str) -> dict[str, Any]:
    """The document as CSL-JSON: a document of its date, by its author, in its
    translator's version, held where the original is (`archive_location`) and published
    by whom the translation came from (`archive`), read in this edition (`edition`, at
    `url`)."""
    meta = doc.meta
    year, month, day = (int(part) for part in meta.date.iso.split("-"))
    item: dict[str, Any] = {
        "id": doc.id,
        "type": "document",
        "title": typeset(meta.citing.sentence_case_title or meta.title.text),
    }
    if meta.citing.short_title:
        item["title-short"] = typeset(meta.citing.short_title)
    name = author(doc)
    if name:
        item["author"] = [{"literal": name}]
    if translator(doc):
        item["translator"] = [person(str(translator(doc)))]
    item["issued"] = {"date-parts": [[year, month, day]]}
    if meta.type.value:
        item["genre"] = meta.type.value
    for field, value in (("archive_location", held_at(doc)), ("archive", published_by(doc))):
        if value:
            item[field] = typeset(value)
    item["container-title"] = typeset(edition)
    if url:
        item["URL"] = url
    return item


def csl_json(doc: Document, url: str | None, edition: str) -> str:
    """The document's CSL-JSON file: a list of one item (Zotero, Mendeley and citeproc
    read it so)."""
    return json.dumps([csl_item(doc, url, edition)], ensure_ascii=False, indent=2) + "\n"


# -- BibTeX -------------------------------------------------------------------------------

MONTHS = tuple(name[:3].lower() for name in calendar.month_name[1:])  # BibTeX's macros: feb
PIN = "PINKEY"  # the key's suffix a script fills in: p12, p3_p7, p12_q…


def bibtex_key(doc: Document, suffix: str | None = None) -> str:
    """A key for the document, or (with `suffix`, such as p12 or p3_p7) for a part of it:
    unique in a page and in a file that cites several."""
    key = doc.id.replace("-", "_")
    return f"{key}_{suffix}" if suffix else key


def bibtex(
    doc: Document, url: str | None, edition: str, suffix: str | None = None, pin: str = ""
) -> str:
    """A @misc entry with BibTeX's own fields only (author, title, howpublished, year,
    month as its macro, note) and the url most styles read; the day, the translator, the
    archive and this edition are told in howpublished and note. `pin` opens the note
    (e.g. "Para. 12")."""
    meta = doc.meta
    year, month, _ = meta.date.iso.split("-")
    said = [meta.type.value.capitalize() if meta.type.value else "Document", long_date(doc)]
    published = [", ".join(said)]
    if translator(doc):
        published.append(f"Translated by {translator(doc)}")
    published += [part for part in (held_at(doc), published_by(doc)) if part]
    notes = [pin] if pin else []
    notes.append(f"In {edition}")
    fields = [("author", "{" + bibtex_escape(name) + "}") for name in [author(doc)] if name]
    fields += [
        ("title", "{" + bibtex_escape(meta.title.text) + "}"),  # its capitals kept
        ("howpublished", bibtex_escape(". ".join(published))),
        ("year", year),
        ("note", bibtex_escape(". ".join(notes))),
    ]
    if url:
        fields.append(("url", url))  # as it is: styles set it verbatim
    body = [f"  {key} = {{{value}}}" for key, value in fields]
    body.insert(4, f"  month = {MONTHS[int(month) - 1]}")  # a macro, so no braces
    return f"@misc{{{bibtex_key(doc, suffix)},\n" + ",\n".join(body) + "\n}"


def long_date(doc: Document) -> str:
    year, month, day = doc.meta.date.iso.split("-")
    return f"{calendar.month_name[int(month)]} {int(day)}, {year}"


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


# -- RIS ----------------------------------------------------------------------------------


def ris(doc: Document, url: str | None, edition: str) -> str:
    """The document as an RIS record (a manuscript, as Zotero, Mendeley and EndNote read
    it): the author whole (it holds no comma, so no importer splits it), the translator
    as family, given; the archive (DB) and the place in it (AN); this edition (T2)."""
    meta = doc.meta
    lines = [("TY", "MANSCPT"), ("TI", meta.title.text)]
    if meta.citing.short_title:
        lines.append(("ST", meta.citing.short_title))
    lines += [("AU", name) for name in [author(doc)] if name]
    if translator(doc):
        parts = person(str(translator(doc)))
        name = f"{parts['family']}, {parts['given']}" if "family" in parts else parts["literal"]
        lines.append(("A4", name))
    lines += [("PY", meta.date.iso[:4]), ("DA", meta.date.iso.replace("-", "/"))]
    if meta.type.value:
        lines.append(("M3", meta.type.value.capitalize()))
    for tag, value in (("AN", held_at(doc)), ("DB", published_by(doc))):
        if value:
            lines.append((tag, value))
    lines += [("T2", edition), ("LA", meta.language.code)]
    if url:
        lines.append(("UR", url))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {' '.join(value.split())}\n" for tag, value in lines)
