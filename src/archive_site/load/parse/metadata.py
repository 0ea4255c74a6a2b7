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
    Signatory,
    Source,
    Title,
    line_text,
)
from ...pickling import pickled_by_fields
from .dates import find_date, starts_with_date
from .shapes import Field, Layout

_LEVELS = ("confidential", "secret", "top secret")
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
}
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
    return Metadata(
        title=title(layout, main) or Title(f"Untitled {kind.value}", True),
        date=found_date,
        type=kind,
        classification=classification(main),
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
    )


def archive_summary(layout: Layout) -> tuple[Prose, ...]:
    """A web capture's summary under the text, written by the archive."""
    if layout.summary is None:
        return ()
    return (Prose((layout.summary.text,), "archive", Source(line=layout.summary.line)),)


def at(block: Block) -> Source:
    return Source(block=block.id)


def joined(block: Block) -> str:
    return " ".join(line_text(line) for line in block.lines)


def of_type(blocks: Iterable[Block], kind: BlockType) -> list[Block]:
    return [b for b in blocks if b.type is kind]


def title(layout: Layout, main: tuple[Block, ...]) -> Title | None:
    if layout.title_line:
        line = layout.title_line
        return Title(line.text, False, Printed(line.text, None, Source(line=line.line)))
    entry = of_type(main, BlockType.CATALOGUE)[1:2]
    if entry:
        words = [
            line_text(tuple(s for s in line if not isinstance(s, Editorial)))
            for line in entry[0].lines
        ]
        text = re.sub(r"\s+(?:Excerpt|Extract)\.?$", "", " ".join(words).strip())
        return Title(text.strip(), False, Printed(text.strip(), None, at(entry[0])))
    headings = of_type(main, BlockType.HEADING)
    subject = [h for h in headings if re.match(r"(?:About|On|Concerning|Regarding)\s", joined(h))]
    if subject:
        return Title(joined(subject[0]), False, Printed(joined(subject[0]), None, at(subject[0])))
    return None


def date(layout: Layout, blocks: list[Block], path: Path, report: Reporter) -> DocDate | None:
    candidates: list[tuple[str, Source, int]] = []
    if layout.date_line:
        candidates.append(
            (layout.date_line.text, Source(line=layout.date_line.line), layout.date_line.line)
        )
    if layout.dateline:  # a generic text's dateline: "MOSCOW, March 5, 1977 (TASS)"
        para, printed = layout.dateline
        candidates.append((para.text[printed.start :], Source(line=para.line), para.line))
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
    field = layout.fields.get("Type")
    if field and field.values:
        printed = field.values[0].text
        return Printed(
            printed,
            _TYPE_WORDS.get(printed.lower(), printed.lower()),
            Source(line=field.values[0].line),
        )
    for block in of_type(main, BlockType.CATALOGUE)[1:] + of_type(main, BlockType.HEADING):
        for word in re.findall(r"[A-Za-z]+", joined(block)):
            singular = word.lower().removesuffix("s")
            if singular in _TYPE_WORDS:
                return Printed(word, _TYPE_WORDS[singular], at(block))
    return Printed("", "document")


def classification(main: tuple[Block, ...]) -> Printed | None:
    stamps = of_type(main, BlockType.CLASSIFICATION)
    if not stamps:
        return None

    def level(block: Block) -> int:
        text = joined(block).lower().rstrip(".")
        return max(i for i, name in enumerate(_LEVELS) if name in text or text == "special file")

    top = max(stamps, key=level)
    return Printed(joined(top), _LEVELS[level(top)].replace(" ", "-"), at(top))


def references(layout: Layout, blocks: list[Block]) -> tuple[Reference, ...]:
    sources: list[Found] = []
    if layout.title_line:
        sources.append(Found(layout.title_line.text, Source(line=layout.title_line.line)))
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
    out = []
    for block in of_type(blocks, BlockType.SIGNATURE):
        role, name = [], None
        for line in block.lines:
            text = line_text(plain_line(line)).strip()
            paren = re.fullmatch(r"\((.+)\)", text)
            if paren:
                name = paren.group(1)
            elif text:
                role.append(text)
        out.append(Signatory(" ".join(role) or None, name, at(block)))
    return tuple(out)


def distribution(blocks: list[Block]) -> tuple[Distribution, ...]:
    out = []
    for block in of_type(blocks, BlockType.DISTRIBUTION):
        text = joined(block)
        listed = re.sub(r"^To:\s*(?:comrades?\s+)?", "", text, flags=re.IGNORECASE).rstrip(".")
        names = tuple(n.strip() for n in listed.split(",") if n.strip())
        out.append(Distribution(text, names, at(block)))
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
