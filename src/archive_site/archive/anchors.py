"""Permanent anchors: every document, block, page marker and entity the archive has ever
published, kept in a committed register, so that no published link breaks.

A block keeps the id it was first published under for as long as its text stands: ids are
settled against the register by the text's fingerprint, not by position, and a new block
gets an id never used before. An anchor that would vanish, or land on revised text, stops
the build until an alias says where it now points (`documents/anchors/aliases.yaml`).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from ..errors import Reporter, display
from ..load.register import (
    REGISTER,
    Alias,
    Aliases,
    Entry,
    Register,
    excerpt,
    fingerprint,
)
from ..model import Block, BlockType, Document, Editorial, block_text, span_text
from ..pickling import pickled_by_fields

REVISED = re.compile(r"revised ([0-9a-f]{16})")
SIMILAR = 0.8  # how alike a block's text must stay to count as the same block, revised


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Settled:
    """What the check leaves for the rest of the build."""

    register: Register  # the register to write once the build has succeeded
    aliases: dict[str, dict[str, tuple[str, ...]]]  # by document: anchor -> retired anchors
    redirects: tuple[tuple[str, str], ...]  # (retired page, page it now lives at)


# -- settling ids ----------------------------------------------------------------------


def published(doc: Document) -> Iterator[tuple[str, str]]:
    """(anchor, text) of each anchor a document page carries, in reading order: its blocks
    (not page-marker blocks, whose marker carries the anchor) and its page markers."""
    for block in doc.blocks():
        if block.type is not BlockType.PAGE_MARKER:
            yield block.id, block_text(block)
        for span in block.spans:
            if isinstance(span, Editorial) and span.anchor:
                yield span.anchor, span_text(span)


def settle(doc: Document, known: list[Entry], previous: Callable[[], dict[str, str]]) -> Document:
    """Give each block the id it was published under: the registered block with the same
    text, else the registered block whose text it revises (from the previous record),
    else a new id never used in this document. With nothing registered, ids stay as
    parsed (p1, p2... in reading order)."""
    if not known:
        return doc
    by_print: dict[str, list[str]] = {}
    for entry in known:
        by_print.setdefault(entry.fingerprint, []).append(entry.anchor)
    blocks = [b for b in doc.blocks() if b.type is not BlockType.PAGE_MARKER]
    mapping: dict[str, str] = {}
    for block in blocks:
        candidates = by_print.get(fingerprint(block_text(block)), [])
        if candidates:
            chosen = block.id if block.id in candidates else candidates[0]
            candidates.remove(chosen)
            mapping[block.id] = chosen
    claimed = set(mapping.values())
    unclaimed = [e.anchor for e in known if e.anchor not in claimed]
    texts: dict[str, str] = {}
    if unclaimed and len(mapping) < len(blocks):  # the previous record is read only now
        texts = previous()
    unclaimed = [anchor for anchor in unclaimed if anchor in texts]
    for block in blocks:
        if block.id not in mapping and unclaimed:
            match = revision_of(block, unclaimed, texts)
            if match:
                unclaimed.remove(match)
                mapping[block.id] = match
    used = {e.anchor for e in known} | set(mapping.values())
    for block in blocks:
        if block.id not in mapping:
            mapping[block.id] = fresh(block.id, used)
            used.add(mapping[block.id])
    if all(old == new for old, new in mapping.items()):
        return doc
    return renamed(doc, mapping)


def revision_of(block: Block, unclaimed: list[str], previous: dict[str, str]) -> str | None:
    """The retired anchor of the same kind whose old text this block's text revises."""
    text = " ".join(block_text(block).split())
    best, score = None, SIMILAR
    for anchor in unclaimed:
        if prefix(anchor) != prefix(block.id):
            continue
        matcher = difflib.SequenceMatcher(None, previous[anchor], text, autojunk=False)
        if matcher.real_quick_ratio() >= score and matcher.ratio() >= score:
            best, score = anchor, matcher.ratio()
    return best


def prefix(anchor: str) -> str:
    return re.sub(r"-?\d+$", "", anchor)


def fresh(block_id: str, used: set[str]) -> str:
    """A new id of the block's kind, numbered after every id of that kind ever used."""
    kind = prefix(block_id)
    numbers = [int(m.group(1)) for a in used if (m := re.fullmatch(rf"{kind}-?(\d+)", a))]
    sep = "" if kind == "p" else "-"
    return f"{kind}{sep}{max(numbers, default=0) + 1}"


def renamed(doc: Document, mapping: dict[str, str]) -> Document:
    """The document with its block ids replaced, and every reference to a block with them."""

    def walk(value: Any) -> Any:
        if isinstance(value, tuple):
            return tuple(walk(v) for v in value)
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return value
        changes = {f.name: walk(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in ("id", "block", "at"):
            if name in changes and changes[name] in mapping and not isinstance(value, Document):
                changes[name] = mapping[changes[name]]
        return replace(value, **changes)

    result: Document = walk(doc)
    return result


# -- checking what was published against what will be ---------------------------------


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Live:
    """What this build would publish."""

    documents: dict[str, tuple[str, str]]  # id -> (page, title)
    anchors: dict[str, dict[str, str]]  # document id -> anchor -> text, in reading order
    entities: dict[str, tuple[str, str]]  # id -> (page, name)


def live(docs: list[Document], pages: dict[str, str], entities: dict[str, tuple[str, str]]) -> Live:
    return Live(
        {doc.id: (pages[doc.id], doc.meta.title.text) for doc in docs},
        {doc.id: dict(published(doc)) for doc in docs},
        entities,
    )


def check(now: Live, register: Register, aliases: Aliases, report: Reporter) -> Settled:
    """Every registered anchor must still be published with its text, or be aliased to one
    that is; every alias must stand for a retired anchor and lead to a live one."""
    check_aliases(now, register, aliases, report)
    landing: dict[str, dict[str, list[str]]] = {}
    redirects = []
    revised: dict[str, tuple[str, str]] = {}  # register name -> new fingerprint, text
    for entry in register.entries:
        if entry.kind == "document":
            target = aliases.document(entry.name)
            if target not in now.documents:
                report.error(register.path, entry.line, gone_document(entry, aliases))
            elif target != entry.name:
                redirects.append((entry.page, now.documents[target][0]))
        elif entry.kind == "entity":
            moved = follow(aliases.entities, entry.name, now.entities)
            if moved is None:
                report.error(register.path, entry.line, gone_entity(entry, aliases))
            elif moved != entry.name:
                redirects.append((entry.page, now.entities[moved][0]))
        else:
            doc = aliases.document(entry.document)
            if doc not in now.anchors:
                continue  # reported with the document
            texts, own = now.anchors[doc], aliases.anchors.get(doc, {})
            alias = own.get(entry.anchor)
            if entry.anchor in texts:
                now_print = fingerprint(texts[entry.anchor])
                if now_print == entry.fingerprint:
                    continue
                if alias and alias.new == f"revised {entry.fingerprint}":
                    revised[entry.name] = (now_print, excerpt(texts[entry.anchor]))
                    continue
                report.error(register.path, entry.line, changed(entry, doc, texts, aliases))
            elif alias is None or REVISED.fullmatch(alias.new):
                report.error(
                    register.path, entry.line, gone_anchor(entry, doc, texts, register, aliases)
                )
            else:
                lands = follow(own, entry.anchor, texts)
                if lands is not None:  # a broken chain is reported at the alias
                    landing.setdefault(doc, {}).setdefault(lands, []).append(entry.anchor)
    return Settled(
        updated(register, now, revised),
        {d: {a: tuple(sorted(olds)) for a, olds in t.items()} for d, t in landing.items()},
        tuple(sorted(set(redirects))),
    )


def follow(table: dict[str, Alias], name: str, live_names: Any) -> str | None:
    """Where a retired name now lands, following aliases; None if it lands nowhere live."""
    seen = set()
    while name not in live_names:
        if name in seen or name not in table or REVISED.fullmatch(table[name].new):
            return None
        seen.add(name)
        name = table[name].new
    return name


def check_aliases(now: Live, register: Register, aliases: Aliases, report: Reporter) -> None:
    path = aliases.path
    renamings = (
        ("document", "documents", aliases.documents, now.documents, listing(now.documents)),
        ("entity", "entities", aliases.entities, now.entities, "an entity in documents/entities/"),
    )
    for kind, section, table, live_names, expected in renamings:
        registered = register.of(kind)
        for old, alias in table.items():
            if old not in registered:
                report.error(path, alias.line, never(f"{kind} {old!r}", section, registered))
            elif old in live_names:
                report.error(path, alias.line, still(f"{kind} {old!r}", section))
            elif follow(table, old, live_names) is None:
                report.error(
                    path,
                    alias.line,
                    f"{kind} {old!r} is aliased to {alias.new!r}, which is not "
                    f"published; expected the id of {expected}",
                )
    for doc, table in aliases.anchors.items():
        if doc not in now.anchors:
            line = min(a.line for a in table.values()) - 1
            report.error(
                path,
                line,
                f"anchors are aliased in document {doc!r}, which is not "
                f"published; expected one of {listing(now.anchors)}",
            )
            continue
        texts = now.anchors[doc]
        mine = {e.anchor for e in register.anchors_of([doc, *aliases.renamed_to(doc)])}
        for old, alias in table.items():
            if old not in mine:
                report.error(
                    path,
                    alias.line,
                    f"anchor {doc}#{old} was never published, so it "
                    f"needs no alias; expected an anchor listed for {doc} in {REGISTER}",
                )
            elif REVISED.fullmatch(alias.new):
                if old not in texts:
                    report.error(
                        path,
                        alias.line,
                        f"anchor {doc}#{old} is marked revised but is no "
                        "longer published; expected an alias to the anchor that holds its text",
                    )
            elif old in texts:
                report.error(path, alias.line, still(f"anchor {doc}#{old}", f"anchors: {doc}"))
            elif follow(table, old, texts) is None:
                report.error(
                    path,
                    alias.line,
                    f"anchor {doc}#{old} is aliased to {alias.new!r}, which "
                    f"is not an anchor of {doc}; expected one of {listing(texts)}",
                )


def never(what: str, section: str, registered: dict[str, Entry]) -> str:
    return (
        f"{what} under `{section}:` was never published, so it needs no alias; expected "
        f"a retired one from {REGISTER} ({listing(registered)})"
    )


def still(what: str, section: str) -> str:
    return (
        f"{what} under `{section}:` is still published, so an alias would hide it; "
        "expected only retired names to be aliased (remove this line)"
    )


def listing(names: Any, most: int = 8) -> str:
    items = sorted(names)
    shown = ", ".join(items[:most]) or "(none)"
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


def gone_document(entry: Entry, aliases: Aliases) -> str:
    return (
        f"document {entry.name!r} (“{entry.text}”, {entry.page}) would no longer be "
        "published; expected its seed back, or an alias to the document that replaces it "
        f"under `documents:` in {display(aliases.path)}"
    )


def gone_entity(entry: Entry, aliases: Aliases) -> str:
    return (
        f"entity {entry.name!r} ({entry.text}, {entry.page}) would no longer be published; "
        "expected it back in documents/entities/, or an alias to the entity that replaces it "
        f"under `entities:` in {display(aliases.path)}"
    )


def gone_anchor(
    entry: Entry, doc: str, texts: dict[str, str], register: Register, aliases: Aliases
) -> str:
    nearest = closest(entry, texts)
    example = nearest or next_live(entry, texts, register) or next(iter(texts), "p1")
    hint = f"; the nearest text now is {nearest} (“{excerpt(texts[nearest])}”)" if nearest else ""
    return (
        f"anchor {entry.name} would no longer be published; it held “{entry.text}”. "
        f"Expected that text back, or an alias to where it now stands, such as "
        f"`{entry.anchor}: {example}` under `anchors:` → `{doc}:` in "
        f"{display(aliases.path)}{hint}"
    )


def next_live(entry: Entry, texts: dict[str, str], register: Register) -> str | None:
    """The anchor of the same kind published after this one that is still live: where a
    reader of the withdrawn block would go on reading."""
    same = register.by_document[entry.document]
    after = same[same.index(entry) + 1 :] + same[::-1]
    kind = prefix(entry.anchor)
    return next((e.anchor for e in after if e.anchor in texts and prefix(e.anchor) == kind), None)


def changed(entry: Entry, doc: str, texts: dict[str, str], aliases: Aliases) -> str:
    return (
        f"anchor {entry.name} would land on changed text: it held “{entry.text}”, now "
        f"“{excerpt(texts[entry.anchor])}”. Expected the old text, or, if the revision is "
        f"meant, `{entry.anchor}: revised {entry.fingerprint}` under `anchors:` → `{doc}:` "
        f"in {display(aliases.path)}"
    )


def closest(entry: Entry, texts: dict[str, str]) -> str | None:
    old = entry.text.rstrip("…")
    best, score = None, 0.5
    for anchor, text in texts.items():
        if prefix(anchor) != prefix(entry.anchor):
            continue
        ratio = difflib.SequenceMatcher(None, old, excerpt(text).rstrip("…")).ratio()
        if ratio > score:
            best, score = anchor, ratio
    return best


def updated(register: Register, now: Live, revised: dict[str, tuple[str, str]]) -> Register:
    """The register with this build's new anchors added and accepted revisions recorded;
    nothing published is ever dropped. Documents in id order, each followed by its
    anchors in the order they were first published; then entities in id order."""
    old_docs, old_entities = register.of("document"), register.of("entity")
    anchors: dict[str, list[Entry]] = {}
    for entry in register.entries:
        if entry.kind == "anchor":
            if entry.name in revised:
                entry = replace(
                    entry, fingerprint=revised[entry.name][0], text=revised[entry.name][1]
                )
            anchors.setdefault(entry.document, []).append(replace(entry, line=0))
    for doc, texts in now.anchors.items():
        have = {e.anchor for e in anchors.get(doc, [])}
        for anchor, text in texts.items():
            if anchor not in have:
                entry = Entry("anchor", f"{doc}#{anchor}", "", fingerprint(text), excerpt(text))
                anchors.setdefault(doc, []).append(entry)
    entries: list[Entry] = []
    for doc in sorted(set(old_docs) | set(now.documents)):
        entries.append(page_entry("document", doc, old_docs, now.documents))
        entries += anchors.get(doc, [])
    for entity in sorted(set(old_entities) | set(now.entities)):
        entries.append(page_entry("entity", entity, old_entities, now.entities))
    return Register(register.path, tuple(entries))


def page_entry(
    kind: str, name: str, old: dict[str, Entry], live_pages: dict[str, tuple[str, str]]
) -> Entry:
    """A document's or entity's line: as published now, else as it was."""
    if name in live_pages:
        page, title = live_pages[name]
        return Entry(kind, name, page, "", excerpt(title))
    return replace(old[name], line=0)
