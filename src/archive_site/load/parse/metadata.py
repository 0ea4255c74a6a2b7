"""Metadata read from a seed: each value as printed, normalized where that applies,
and pointing at the line or block it was read from."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ...errors import Reporter
from ...model import (
    ArchivalSource,
    ArchiveField,
    Block,
    BlockType,
    Distribution,
    DocDate,
    Editorial,
    Language,
    Line,
    Metadata,
    Part,
    Printed,
    Prose,
    Provenance,
    Reference,
    Scope,
    Signatory,
    Source,
    Title,
    line_text,
)
from ...pickling import pickled_by_fields
from .blocks import SAYS, signature_line
from .dates import find_date, starts_with_date
from .markings import highest, markings_in
from .shapes import INFO_LABELS, LISTS, Field, Layout

_TYPE_WORDS = {
    "protocol": "protocol",
    "instruction": "instruction",
    "telegram": "telegram",
    "memorandum": "memorandum",
    "memo": "memorandum",
    "letter": "letter",
    "resolution": "resolution",
    "decree": "decree",
    "report": "report",
    "note": "note",
    "cable": "telegram",
    "directive": "instruction",
}
_TYPE_WORD = re.compile(r"[^\W_]+")  # letters and digits, of any script
_SCOPE_DASH = re.compile(r"\s+[—–-]+\s+|\s*[—–]\s*|\s+--\s*")
_NAME_SCOPE = re.compile(r"(.+?)\s*\(([^()]+)\)")
_NAMES_APART = re.compile(r"(?:,\s*|\s+and\s+)(?![^()]*\))")  # not within "(points 1, 3)"
_REFERENCES = (
    ("protocol", re.compile(r"\bprotocol\s+(?:No\.?\s*|#\s*)(\d[\w/-]*)", re.IGNORECASE)),
    ("politburo", re.compile(r"\bPb\s*(\d+[/-]\d+)")),
    ("registry", re.compile(r"(?:^|\s)(?:No|N|№)\.?\s*([A-Z]{0,2}\d[\w/-]*)")),
)
_ARCHIVE_UNITS = {
    "fond": re.compile(r"\bFond\s+([\w-]+)", re.IGNORECASE),
    "opis": re.compile(r"\b(?:Opis|Perechen)\s+([\w-]+)", re.IGNORECASE),
    "delo": re.compile(r"\bDelo\s+([\w-]+)", re.IGNORECASE),
    "dokument": re.compile(r"\bDokument\s+([\w-]+)", re.IGNORECASE),
}
_TRANSLATED_BY = re.compile(r"translat(?:ion|ed)\s+by\s+([^;]+)", re.IGNORECASE)
_CREDIT_NAME = re.compile(r"(?:Translation|Translated by|Translator)[,:]?\s+(.+)", re.IGNORECASE)
_DEPARTMENT = re.compile(r"\b(?:head|secretary|chief|director) of (?:the )?(.+)", re.IGNORECASE)
_CONTACT = re.compile(r"contact the (.+?) at\b")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "a"})


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Found:
    """A piece of text and where it is printed."""

    text: str
    at: Source


def read_metadata(
    layout: Layout, parts: tuple[Part, ...], path: Path, report: Reporter
) -> Metadata | None:
    """The metadata a seed prints; None, with an error, where it prints no usable date."""
    main = parts[0].blocks
    blocks = [b for part in parts for b in part.blocks]
    errors_before = len(report.errors)
    found_date = date(layout, blocks, path, report)
    if found_date is None:
        if len(report.errors) == errors_before:
            report.error(
                path,
                1,
                "found no date for the document; expected one such as '18 February 1977' in "
                "a heading line at the top (web capture or catalogue heading) or in a dateline "
                "under the signature",
            )
        return None
    kind = doc_type(layout, main)
    marks = markings(layout, main)
    return Metadata(
        title=title(layout, main) or Title(f"Untitled {kind.value}", True),
        date=found_date,
        type=kind,
        classification=classification(marks),
        references=references(layout, blocks),
        issuing_body=issuing_body(layout, main),
        signatories=signatories(blocks),
        addressees=tuple(
            Printed(joined(b), None, at(b)) for b in blocks if b.type is BlockType.ADDRESSEE
        ),
        distribution=distribution(blocks),
        archival_source=archival_source(layout.fields.get("Source")),
        translator=translator(layout, blocks),
        provenance=provenance(layout),
        rights=prose(layout.fields.get("Rights")),
        summary=archive_summary(layout),
        language=language(layout.fields.get("Language")),
        markings=tuple(marks),
        archive_fields=archive_fields(layout),
    )


def archive_summary(layout: Layout) -> tuple[Prose, ...]:
    """A web capture's summary, written by the archive: its "Summary" field, else the
    paragraph under the text."""
    field = prose(layout.fields.get("Summary"))
    if field:
        return (field,)
    if layout.summary is None:
        return ()
    return (Prose((layout.summary.text,), "archive", Source(line=layout.summary.line)),)


def archive_fields(layout: Layout) -> tuple[ArchiveField, ...]:
    """The capture's other labelled fields, as printed: a list one value to a line, any
    other field one value to a paragraph; a label the parser does not know, the same."""
    out = []
    for field in layout.fields.values():
        kind = INFO_LABELS.get(field.label) if field.known else None
        if field.known and kind is None:
            continue  # read into the record's own metadata
        if kind is None or kind in LISTS:
            values = [(line.text, line.number) for para in field.values for line in para.lines]
        else:
            values = [(para.text, para.line) for para in field.values]
        printed = tuple(Printed(text, None, Source(line=n)) for text, n in values)
        out.append(ArchiveField(field.label, kind, printed, Source(line=field.line)))
    return tuple(out)


def at(block: Block) -> Source:
    return Source(block=block.id)


def joined(block: Block) -> str:
    return " ".join(line_text(line) for line in block.lines)


def of_type(blocks: Iterable[Block], kind: BlockType) -> list[Block]:
    return [b for b in blocks if b.type is kind]


def title(layout: Layout, main: tuple[Block, ...]) -> Title | None:
    if layout.title:
        line = layout.title
        return Title(line.text, False, Printed(line.text, None, Source(line=line.line)))
    entry = of_type(main, BlockType.CATALOGUE)[1:2]
    if entry:
        words = [
            line_text(tuple(s for s in line if not isinstance(s, Editorial)))
            for line in entry[0].lines
        ]
        text = re.sub(r"\s+(?:Excerpt|Extract)\.?$", "", " ".join(words).strip()).strip()
        # the catalogue's count of pages ends the entry, "… issues (21 pp).": no part of a title
        shown = re.sub(r"\s*\(\d+\s*pp?\.?\)\.?$", "", text)
        return Title(shown or text, False, Printed(text, None, at(entry[0])))
    headings = of_type(main, BlockType.HEADING)
    subject = [h for h in headings if re.match(r"(?:About|On|Concerning|Regarding)\s", joined(h))]
    if subject:
        return Title(joined(subject[0]), False, Printed(joined(subject[0]), None, at(subject[0])))
    return None


def date(layout: Layout, blocks: list[Block], path: Path, report: Reporter) -> DocDate | None:
    candidates: list[tuple[str, Source, int]] = []
    if layout.dated:  # a date line, or a dateline: "MOSCOW, March 5, 1977 (TASS)"
        line = layout.dated.para.line
        candidates.append((layout.dated.text, Source(line=line), line))
    for kind in (BlockType.CATALOGUE, BlockType.DATELINE):
        candidates += [(joined(b), at(b), b.line) for b in of_type(blocks, kind)]
    for text, source, line in candidates:
        found = starts_with_date(text)
        if not found:
            continue
        if not found.valid:
            report.error(
                path,
                line,
                f"found the date {found.printed!r}, which is not a day "
                "of the calendar; expected a real date such as '18 February 1977'",
            )
            return None
        assert found.iso is not None
        return DocDate(found.iso, found.printed, source)
    return None


def doc_type(layout: Layout, main: tuple[Block, ...]) -> Printed:
    """What the document is: as the archive's "Type" field gives it, else as the document
    says at the head of its title, catalogue entry or a heading ("Extract from protocol",
    "Instructions", "TELEGRAM"); never from the subject a heading names."""
    field = layout.fields.get("Type")
    if field and field.values:
        printed = field.values[0].text
        return Printed(printed, type_value(printed), Source(line=field.values[0].line))
    said: list[tuple[str, Source, bool]] = []
    if layout.title:
        said.append((layout.title.text, Source(line=layout.title.line), False))
    entry = of_type(main, BlockType.CATALOGUE)[1:2]
    for block in entry + [b for b in main if b.type in SAYS_TYPE]:
        text = line_text(plain_line(block.lines[0])) if block.lines else ""
        if block in entry:
            text = after_issuer(text)
        said.append((text, at(block), block.type is BlockType.LETTERHEAD))
    for text, source, alone in said:
        match = SAYS.match(text.strip())
        if match and (not alone or SAYS.fullmatch(text.strip().rstrip(".:"))):
            return Printed(match.group(), type_value(match.group("word")), source)
    return Printed("", "document")


#: blocks in which a document may say what it is
SAYS_TYPE = frozenset({BlockType.HEADING, BlockType.LETTERHEAD})


def type_value(printed: str) -> str | None:
    """A type as the records give it, its words in lower case: "Instructions" ->
    "instruction", "Memorandum of Conversation" -> "memorandum of conversation"; None
    where it has no word ("..")."""
    said = " ".join(_TYPE_WORD.findall(printed.lower()))
    singular = said.removesuffix("s")
    if said in _TYPE_WORDS or singular in _TYPE_WORDS:
        return _TYPE_WORDS.get(said) or _TYPE_WORDS[singular]
    return said or None


def after_issuer(entry: str) -> str:
    """A catalogue entry without the issuing body that opens it: "Politburo. Instructions
    to ..." -> "Instructions to ..."."""
    first, dot, rest = entry.partition(". ")
    return rest if dot and 0 < len(first.split()) <= 3 else entry


def markings(layout: Layout, main: tuple[Block, ...]) -> list[Printed]:
    """Every classification and handling marking of the covering document, normalised:
    its stamps, what a note on the sheet says is stamped ("[Stamp: Special file]"), and
    the archive's "Original Classification"."""
    out = []
    for block in main:
        if block.type is BlockType.CLASSIFICATION:
            for line in block.lines:
                for printed, value in markings_in(line_text(plain_line(line))) or ():
                    out.append(Printed(printed, value, at(block)))
        elif block.type is BlockType.ANNOTATION:
            for span in block.spans:
                said = span.text.partition(":")[2] if isinstance(span, Editorial) else ""
                for printed, value in markings_in(said.strip()) or ():
                    out.append(Printed(printed, value, at(block)))
    field = layout.fields.get("Original Classification")
    for para in field.values if field else ():
        for row in para.lines:
            found: list[tuple[str, str | None]] = [(row.text, None)]
            found = list(markings_in(row.text) or found)
            out += [Printed(printed, value, Source(line=row.number)) for printed, value in found]
    return out


def classification(marks: list[Printed]) -> Printed | None:
    """The highest marking the document bears itself, else the archive's."""
    for source in (
        [m for m in marks if m.value and m.at.line is None],
        [m for m in marks if m.value],
    ):
        if source:
            top = highest([m.value for m in source if m.value])
            return next(m for m in source if m.value == top)
    return None


def references(layout: Layout, blocks: list[Block]) -> tuple[Reference, ...]:
    sources: list[Found] = []
    if layout.title:
        sources.append(Found(layout.title.text, Source(line=layout.title.line)))
    for block in blocks:
        if block.type in (
            BlockType.REFERENCE,
            BlockType.DATELINE,
            BlockType.HEADING,
            BlockType.CATALOGUE,
        ):
            sources.append(Found(joined(block), at(block)))
    found: list[Reference] = []
    for source in sources:
        text = source.text.replace("#", "No ")
        taken: list[tuple[int, int]] = []
        for kind, pattern in _REFERENCES:
            for match in pattern.finditer(text):
                if any(a <= match.start(1) < b for a, b in taken):
                    continue
                taken.append(match.span(1))
                ref = Reference(match.group(1), kind, source.at)
                if ref not in found:
                    found.append(ref)
    return tuple(found)


def issuing_body(layout: Layout, main: tuple[Block, ...]) -> Printed | None:
    for block in of_type(main, BlockType.LETTERHEAD):
        if len(block.lines) > 1 or len(joined(block).split()) > 2:
            return Printed(joined(block), smart_title(joined(block)), at(block))
    entry = of_type(main, BlockType.CATALOGUE)[1:2]
    if entry:
        first = joined(entry[0]).split(".", 1)[0]
        if 0 < len(first.split()) <= 3:
            return Printed(first, first, at(entry[0]))
    for block in of_type(main, BlockType.SIGNATURE):
        match = _DEPARTMENT.search(line_text(plain_line(block.lines[0])))
        if match:
            return Printed(match.group(1).strip(), match.group(1).strip(), at(block))
    return None


def smart_title(text: str) -> str:
    """'COMMUNIST PARTY OF THE SOVIET UNION' -> 'Communist Party of the Soviet Union'."""
    if not text.isupper():
        return text
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words))


def plain_line(line: Line) -> Line:
    """A line without its editorial insertions."""
    return tuple(s for s in line if not isinstance(s, Editorial))


def signatories(blocks: list[Block]) -> tuple[Signatory, ...]:
    """Each signer of each signature block: the title lines, then the name under them
    ("Chairman of the Committee", "Yu. Andropov"); a title with no name stands alone."""
    out = []
    for block in of_type(blocks, BlockType.SIGNATURE):
        role: list[str] = []
        signed = []
        for line in block.lines:
            text = line_text(plain_line(line)).strip()
            if text and signature_line(text) == "name":
                name = text.removeprefix("(").removesuffix(")")
                signed.append(Signatory(" ".join(role) or None, name, at(block)))
                role = []
            elif text:
                role.append(text)
        if role or not signed:
            signed.append(Signatory(" ".join(role) or None, None, at(block)))
        out += signed
    return tuple(out)


def distribution(blocks: list[Block]) -> tuple[Distribution, ...]:
    """Each distribution list: its names, and where it gives them, each one's scope
    ("To comrades A, B, C - all; D - point 2.", "A (all), D (point 2)")."""
    out = []
    for block in of_type(blocks, BlockType.DISTRIBUTION):
        text = joined(block)
        listed = re.sub(r"^To:?\s*(?:comrades?\s+)?", "", text, flags=re.IGNORECASE)
        names: list[str] = []
        scopes: list[Scope] = []
        for group in listed.rstrip(".").split(";"):
            parts = _SCOPE_DASH.split(group.strip(), maxsplit=1)
            scope = parts[1].strip().rstrip(".") if len(parts) > 1 else None
            for item in _NAMES_APART.split(parts[0]):
                name, own = item.strip(), scope
                paren = _NAME_SCOPE.fullmatch(name)
                if paren:
                    name, own = paren.group(1), paren.group(2).strip()
                if name:
                    names.append(name)
                    scopes += [Scope(name, own)] if own else []
        out.append(Distribution(text, tuple(names), at(block), tuple(scopes)))
    return tuple(out)


def archival_source(source: Field | None) -> ArchivalSource | None:
    if not source or not source.values:
        return None
    text = " ".join(p.text for p in source.values)
    units = {
        key: (m.group(1) if (m := pattern.search(text)) else None)
        for key, pattern in _ARCHIVE_UNITS.items()
    }
    holding = text.split(";", 1)[0]
    last_unit = max(
        (m.end() for p in _ARCHIVE_UNITS.values() for m in p.finditer(holding)), default=0
    )
    repository = holding[last_unit:].strip(" ,.") or None
    return ArchivalSource(text, repository, **units, at=Source(line=source.values[0].line))


def translator(layout: Layout, blocks: list[Block]) -> Printed | None:
    source = layout.fields.get("Source")
    if source and source.values:
        match = _TRANSLATED_BY.search(" ".join(p.text for p in source.values))
        if match:
            name = match.group(1).strip().rstrip(". ")
            return Printed(name, name, Source(line=source.values[0].line))
    for block in of_type(blocks, BlockType.CREDIT):
        match = _CREDIT_NAME.fullmatch(joined(block))
        if match:
            return Printed(match.group(1).strip(), match.group(1).strip().rstrip("."), at(block))
    return None


def first_value(field: Field | None) -> Printed | None:
    if not field or not field.values:
        return None
    value = field.values[0]
    return Printed(value.text, value.text, Source(line=value.line))


def provenance(layout: Layout) -> Provenance:
    rights = layout.fields.get("Rights")
    publisher = None
    if rights:
        match = _CONTACT.search(" ".join(p.text for p in rights.values))
        publisher = match.group(1) if match else None
    uploaded = first_value(layout.fields.get("Original Uploaded Date"))
    if uploaded:
        found = find_date(uploaded.printed)
        uploaded = Printed(uploaded.printed, found.iso if found else None, uploaded.at)
    return Provenance(None, publisher, first_value(layout.fields.get("Record ID")), uploaded)


def prose(field: Field | None) -> Prose | None:
    if not field or not field.values:
        return None
    return Prose(tuple(p.text for p in field.values), "archive", Source(line=field.values[0].line))


def language(field: Field | None) -> Language:
    """The seeds are English translations; a printed language field is kept as printed."""
    if field is None:
        return Language("en")
    value = field.values[0] if field.values else None
    printed = value.text if value else ""
    return Language(
        "en", None, Printed(printed, None, Source(line=value.line if value else field.line))
    )
