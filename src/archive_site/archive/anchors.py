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
PENDING = "pending revision"  # how a revision not yet recorded is named, where it may stand
REVISE = "`python build.py revise`"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Revision:
    """A published anchor whose text has changed, the revision not yet recorded: the
    line to record it with is `anchor: revised <fingerprint>` under its document."""

    document: str
    anchor: str
    fingerprint: str  # of the text it was published with
    old: str  # that text (its first words only, where the last record is not at hand)
    new: str

    @property
    def record(self) -> str:
        return f"{self.anchor}: revised {self.fingerprint}"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Settled:
    """What the check leaves for the rest of the build."""

    register: Register  # the register to write once the build has succeeded
    aliases: dict[str, dict[str, tuple[str, ...]]]  # by document: anchor -> retired anchors
    redirects: tuple[tuple[str, str], ...]  # (retired page, page it now lives at)
    pending: tuple[Revision, ...] = ()  # revisions let stand unrecorded (a preview)


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


Texts = Callable[[str], dict[str, str]]  # a document's anchors and their last record's texts


def check(
    now: Live,
    register: Register,
    aliases: Aliases,
    report: Reporter,
    previous: Texts = lambda doc: {},
    pending_ok: bool = False,
) -> Settled:
    """Every registered anchor must still be published with its text, or be aliased to one
    that is; every alias must stand for a retired anchor and lead to a live one. Where
    `pending_ok` (a preview), a revised text not yet recorded is warned of and let stand,
    and the register keeps the text it was published with. `previous` gives the texts of
    a document's last record, to show what changed."""
    check_aliases(now, register, aliases, report)
    landing: dict[str, dict[str, list[str]]] = {}
    redirects = []
    revised: dict[str, tuple[str, str]] = {}  # register name -> new fingerprint, text
    pending: list[Revision] = []
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
                old = previous(doc).get(entry.anchor, entry.text)
                revision = Revision(doc, entry.anchor, entry.fingerprint, old, texts[entry.anchor])
                if pending_ok:
                    pending.append(revision)
                    report.warn(register.path, entry.line, pending_message(revision, aliases))
                else:
                    report.error(register.path, entry.line, changed(revision, aliases))
            elif alias is None or REVISED.fullmatch(alias.new):
                old = previous(doc).get(entry.anchor, "")
                report.error(
                    register.path,
                    entry.line,
                    gone_anchor(entry, doc, texts, register, aliases, old),
                )
            else:
                lands = follow(own, entry.anchor, texts)
                if lands is not None:  # a broken chain is reported at the alias
                    landing.setdefault(doc, {}).setdefault(lands, []).append(entry.anchor)
    return Settled(
        updated(register, now, revised),
        {d: {a: tuple(sorted(olds)) for a, olds in t.items()} for d, t in landing.items()},
        tuple(sorted(set(redirects))),
        tuple(pending),
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
    entry: Entry,
    doc: str,
    texts: dict[str, str],
    register: Register,
    aliases: Aliases,
    old: str = "",
) -> str:
    """A withdrawn or split block: the message says which, and that it needs the
    editor's decision (where its address should land), which no command can make."""
    where = under(doc, aliases)
    decide = f"This needs your decision, which {REVISE} cannot make"
    parts = split_into(old, entry.anchor, texts)
    if parts:
        return (
            f"anchor {entry.name} would no longer be published: it was split, its text "
            f"“{entry.text}” now standing in {' and '.join(parts)}. {decide}: an alias to "
            f"the part its links should land on, such as `{entry.anchor}: {parts[0]}` {where}"
        )
    nearest = closest(entry, texts)
    example = nearest or next_live(entry, texts, register) or next(iter(texts), "p1")
    hint = f"; the nearest text now is {nearest} (“{excerpt(texts[nearest])}”)" if nearest else ""
    return (
        f"anchor {entry.name} would no longer be published; it held “{entry.text}”, and "
        f"was withdrawn or rewritten past recognition. {decide}: that text back, or an "
        f"alias to where it now stands, such as `{entry.anchor}: {example}` {where}{hint}"
    )


def split_into(old: str, anchor: str, texts: dict[str, str]) -> list[str]:
    """The anchors of consecutive blocks of the same kind whose texts, each found whole in
    a withdrawn block's old text, together make up most of it: the parts it was split
    into. None where the old text is not at hand."""
    whole = " ".join(old.split())
    run: list[str] = []
    covered = 0
    for other, text in texts.items():
        if prefix(other) != prefix(anchor):
            continue
        piece = " ".join(text.split())
        if whole and piece and piece in whole:
            run.append(other)
            covered += len(piece)
            if len(run) > 1 and covered >= SIMILAR * len(whole):
                return run
        else:
            run, covered = [], 0
    return []


def next_live(entry: Entry, texts: dict[str, str], register: Register) -> str | None:
    """The anchor of the same kind published after this one that is still live: where a
    reader of the withdrawn block would go on reading."""
    same = register.by_document[entry.document]
    after = same[same.index(entry) + 1 :] + same[::-1]
    kind = prefix(entry.anchor)
    return next((e.anchor for e in after if e.anchor in texts and prefix(e.anchor) == kind), None)


def changed(r: Revision, aliases: Aliases) -> str:
    return (
        f"anchor {r.document}#{r.anchor} would land on changed text: {differing(r.old, r.new)}."
        f" Expected the old text, or, if the revision is meant, `{r.record}` "
        f"{under(r.document, aliases)} ({REVISE} records it)"
    )


def pending_message(r: Revision, aliases: Aliases) -> str:
    return (
        f"{PENDING}: anchor {r.document}#{r.anchor} now lands on changed text: "
        f"{differing(r.old, r.new)}. Shown in this preview; a build fails until it is "
        f"recorded: run {REVISE} (it adds `{r.record}` {under(r.document, aliases)})"
    )


def word_changes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """The changed runs of words between two texts, as difflib's opcodes. The words both
    begin and end with are set aside first, so that a long paragraph with a typo fixed
    costs no more than its length; a middle too long to compare is one change."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a_mid, b_mid = a[head : len(a) - tail], b[head : len(b) - tail]
    if len(a_mid) * len(b_mid) > COMPARED:
        return [("replace", head, len(a) - tail, head, len(b) - tail)]
    ops = difflib.SequenceMatcher(None, a_mid, b_mid, autojunk=False).get_opcodes()
    return [
        (tag, i1 + head, i2 + head, j1 + head, j2 + head)
        for tag, i1, i2, j1, j2 in ops
        if tag != "equal"
    ]


COMPARED = 250_000  # words times words: what a word diff may compare


def under(doc: str, aliases: Aliases) -> str:
    """Where a document's anchors are aliased."""
    return f"under `anchors:` → `{doc}:` in {display(aliases.path)}"


def differing(old: str, new: str, context: int = 3, most: int = 3) -> str:
    """Where two texts differ, word by word: each change with a few words around it,
    “as it was” → “as it is”. Where only the start of the old text is known (the
    register's excerpt), the two starts."""
    a, b = old.split(), new.split()
    if old.endswith("…") and len(a) < len(b):
        return f"it held “{old}”, now “{excerpt(new)}”"
    changes = word_changes(a, b)
    shown = []
    for _, i1, i2, j1, j2 in changes[:most]:
        before = a[max(0, i1 - context) : i1]
        lead = "…" if i1 > context else ""
        was = " ".join([*before, *a[i1:i2], *a[i2 : i2 + context]])
        now = " ".join([*before, *b[j1:j2], *b[j2 : j2 + context]])
        was += "…" if i2 + context < len(a) else ""
        now += "…" if j2 + context < len(b) else ""
        shown.append(f"“{lead}{was}” → “{lead}{now}”")
    more = len(changes) - most
    return "; ".join(shown) + (f" and {more} more change{'s' * (more != 1)}" if more > 0 else "")


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
