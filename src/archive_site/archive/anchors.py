"""Permanent anchors: every document, block, page marker, entity and page the archive has
ever published, kept in a committed register, so that no published link breaks.

A block keeps the id it was first published under for as long as its text stands: ids are
settled against the register by the text's fingerprint, not by position, and a new block
gets an id never used before. An anchor that would vanish, or land on revised text, stops
the build until an alias says where it now points (`documents/anchors/aliases.yaml`); so
does a page that would move (a kind's folder renamed, an entity moved to another kind),
until a line under `pages:` leaves a redirect at its old address.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import re
from collections import Counter
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
from ..model import BlockType, Document, Editorial, block_text, span_text
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
    blocks = [(b.id, block_text(b)) for b in doc.blocks() if b.type is not BlockType.PAGE_MARKER]
    mapping = settled_ids(blocks, [(e.anchor, e.fingerprint) for e in known], previous)
    if all(old == new for old, new in mapping.items()):
        return doc
    return renamed(doc, mapping)


def settled_ids(
    blocks: list[tuple[str, str]],
    known: list[tuple[str, str]],
    previous: Callable[[], dict[str, str]],
) -> dict[str, str]:
    """The id of each block (id as parsed, text), in reading order, given the anchors
    registered for its document (anchor, fingerprint of its text), in register order:
    see `settle`. In n log n of the blocks and anchors: revised blocks are looked for
    only among the withdrawn texts that share words with them (`Withdrawn`)."""
    same_text = Claims(known)
    mapping: dict[str, str] = {}
    for block_id, text in blocks:
        chosen = same_text.take(fingerprint(text), block_id)
        if chosen is not None:
            mapping[block_id] = chosen
    claimed = set(mapping.values())
    unclaimed = [anchor for anchor, _ in known if anchor not in claimed]
    texts: dict[str, str] = {}
    if unclaimed and len(mapping) < len(blocks):  # the previous record is read only now
        texts = previous()
    withdrawn = Withdrawn([anchor for anchor in unclaimed if anchor in texts], texts)
    for block_id, text in blocks:
        if block_id not in mapping:
            match = withdrawn.revised_by(block_id, " ".join(text.split()))
            if match:
                mapping[block_id] = match
    numbers = Numbers([anchor for anchor, _ in known] + list(mapping.values()))
    for block_id, _ in blocks:
        if block_id not in mapping:
            mapping[block_id] = numbers.fresh(block_id)
    return mapping


class Claims:
    """The registered anchors by the fingerprint of their text, each list in register
    order: a block takes the anchor of its own id if that one has its text, else the
    first not yet taken."""

    def __init__(self, known: list[tuple[str, str]]) -> None:
        self.order: dict[str, list[str]] = {}
        for anchor, printed in known:
            self.order.setdefault(printed, []).append(anchor)
        self.left = {p: Counter(anchors) for p, anchors in self.order.items()}
        self.count = {p: len(anchors) for p, anchors in self.order.items()}
        self.skip: dict[str, Counter[str]] = {}  # taken out of turn: passed over later
        self.first = dict.fromkeys(self.order, 0)

    def take(self, printed: str, block_id: str) -> str | None:
        if not self.count.get(printed):
            return None
        left, skip = self.left[printed], self.skip.setdefault(printed, Counter())
        if left[block_id]:
            chosen = block_id
            skip[chosen] += 1  # its first occurrence not yet taken is now taken
        else:
            order, i = self.order[printed], self.first[printed]
            while skip[order[i]]:  # taken out of turn before
                skip[order[i]] -= 1
                i += 1
            chosen = order[i]
            self.first[printed] = i + 1
        left[chosen] -= 1
        self.count[printed] -= 1
        return chosen


WORD = re.compile(r"\w+")
SHORT = 40  # characters: a block this short is weighed against every short withdrawn text
PROBES = 16  # the rarest words (and pairs of words) of a longer block looked up


class Withdrawn:
    """The anchors no block has claimed by its text, each with the text it held, in
    register order; `revised_by` gives one to the block that revises its text. Texts
    are grouped where they are the same, and indexed by their words, pairs of words and,
    for short texts, pairs of characters. A short block (SHORT characters) is weighed
    against every withdrawn text that has a pair of its characters, which any text at
    least SIMILAR to it has (two texts alike in four fifths of six or more characters
    share a pair in a row; shorter ones, a character). A longer block is weighed against
    the texts holding its PROBES rarest words and pairs of words: a revision keeps most
    of them, and rare ones are few texts' (before, every withdrawn text was weighed
    against every block)."""

    def __init__(self, anchors: list[str], texts: dict[str, str]) -> None:
        self.anchors = anchors
        self.groups: list[tuple[str, list[int]]] = []  # (text, places in `anchors`)
        self.letters: list[Counter[str]] = []  # each group's text's letters, counted
        self.index: dict[tuple[str, str], list[int]] = {}  # (kind, feature) -> groups
        found: dict[tuple[str, str], int] = {}
        for place, anchor in enumerate(anchors):
            key = (prefix(anchor), texts[anchor])
            if key not in found:
                found[key] = len(self.groups)
                self.groups.append((key[1], []))
                self.letters.append(Counter(key[1]))
                for feature in features(key[1], pairs=len(key[1]) <= SHORT * 3 // 2):
                    self.index.setdefault((key[0], feature), []).append(found[key])
            self.groups[found[key]][1].append(place)

    def revised_by(self, block_id: str, text: str) -> str | None:
        """The withdrawn anchor of the block's kind whose text this text revises: the
        most alike, at least SIMILAR (difflib's ratio); of equals, the last registered.
        It is taken: no other block gets it."""
        kind = prefix(block_id)
        looked = [
            (len(groups), feature)
            for feature in features(text, pairs=len(text) <= SHORT)
            if (groups := self.index.get((kind, feature)))
        ]
        if len(text) > SHORT:
            looked = sorted(looked)[:PROBES]
        # most shared first: the likeliest is weighed first, and the others only if
        # they may be as alike (from their lengths and letters)
        shared = Counter(g for _, feature in looked for g in self.index[kind, feature])
        matcher = difflib.SequenceMatcher(None, "", text, autojunk=False)  # `text` indexed once
        letters = Counter(text)
        best, score, last = None, SIMILAR, -1
        for group in sorted(shared, key=lambda g: (-shared[g], g)):
            old, places = self.groups[group]
            if not places or ratio_at_most(old, text) < score:
                continue
            if letters_alike(self.letters[group], letters, len(old) + len(text)) < score:
                continue
            matcher.set_seq1(old)
            alike = matcher.ratio()
            if alike > score or (alike == score and places[-1] > last):
                best, score, last = group, alike, places[-1]
        if best is None:
            return None
        return self.anchors[self.groups[best][1].pop()]


def features(text: str, pairs: bool) -> set[str]:
    """What a text is indexed and looked up by: its words, pairs of words, and first and
    last four letters of its longer words (in small letters); with `pairs` (a short
    text, or one a short text may revise), its pairs of characters; with fewer than six
    characters, its characters."""
    words = WORD.findall(text.casefold())
    found = {f"w {w}" for w in words} | {f"w {a} {b}" for a, b in itertools.pairwise(words)}
    # the ends of longer words, which a changed letter in the middle leaves
    found |= {f"< {w[:4]}" for w in words if len(w) > 4}
    found |= {f"> {w[-4:]}" for w in words if len(w) > 4}
    if pairs:
        found |= {f"c {text[i : i + 2]}" for i in range(len(text) - 1)}
    if len(text) < 6:
        found |= {f"c {c}" for c in text} | ({"empty"} if not text else set())
    return found


def ratio_at_most(a: str, b: str) -> float:
    """difflib's real_quick_ratio: how alike two texts can be, from their lengths."""
    total = len(a) + len(b)
    return 2.0 * min(len(a), len(b)) / total if total else 1.0


def letters_alike(a: Counter[str], b: Counter[str], total: int) -> float:
    """difflib's quick_ratio: how alike two texts can be, from the letters they share."""
    return 2.0 * (a & b).total() / total if total else 1.0


def prefix(anchor: str) -> str:
    return re.sub(r"-?\d+$", "", anchor)


class Numbers:
    """The ids ever used in a document, for new ones: of each kind, the number after
    the highest used."""

    def __init__(self, used: list[str]) -> None:
        self.used = used
        self.highest: dict[str, int] = {}

    def fresh(self, block_id: str) -> str:
        """A new id of the block's kind, numbered after every id of that kind ever used."""
        kind = prefix(block_id)
        if kind not in self.highest:
            self.highest[kind] = max(
                (int(m.group(1)) for a in self.used if (m := numbered(kind, a))), default=0
            )
        sep = "" if kind == "p" else "-"
        new = f"{kind}{sep}{self.highest[kind] + 1}"
        self.used.append(new)
        for other, highest in self.highest.items():  # as the kind it may also be read as
            if m := numbered(other, new):
                self.highest[other] = max(highest, int(m.group(1)))
        return new


def numbered(kind: str, anchor: str) -> re.Match[str] | None:
    return re.fullmatch(rf"{kind}-?(\d+)", anchor)


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
    pages: dict[str, str] = dataclasses.field(default_factory=dict)  # other pages: path -> title

    def paths(self) -> dict[str, str]:
        """Every page this build publishes (but redirects), with its title."""
        out = dict(self.pages)
        out |= {page: title for page, title in self.entities.values()}
        out |= {page: title for page, title in self.documents.values()}
        return out


def live(
    docs: list[Document],
    pages: dict[str, str],
    entities: dict[str, tuple[str, str]],
    others: dict[str, str] | None = None,
) -> Live:
    """`pages`: each document's page; `others`: the pages over the whole archive (home,
    indexes...), each with its title."""
    return Live(
        {doc.id: (pages[doc.id], doc.meta.title.text) for doc in docs},
        {doc.id: dict(published(doc)) for doc in docs},
        entities,
        dict(others or {}),
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
    paths = now.paths()
    for entry in register.entries:
        if entry.kind == "document":
            target = aliases.document(entry.name)
            if target not in now.documents:
                report.error(register.path, entry.line, gone_document(entry, aliases))
            elif target != entry.name:
                redirects.append((entry.page, now.documents[target][0]))
            elif (page := now.documents[target][0]) != entry.page:
                redirects += moved(entry, page, paths, register, aliases, report)
        elif entry.kind == "entity":
            became = follow(aliases.entities, entry.name, now.entities)
            if became is None:
                report.error(register.path, entry.line, gone_entity(entry, aliases))
            elif became != entry.name:
                redirects.append((entry.page, now.entities[became][0]))
            elif (page := now.entities[became][0]) != entry.page:
                redirects += moved(entry, page, paths, register, aliases, report)
        elif entry.kind == "page":
            if entry.name in paths:
                continue
            lands = follow(aliases.pages, entry.name, paths)
            if entry.name not in aliases.pages:
                report.error(register.path, entry.line, gone_page(entry, paths, register, aliases))
            elif lands is not None:  # a broken chain is reported at the alias
                redirects.append((entry.name, lands))
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
        updated(register, now, revised, redirects),
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


def moved(
    entry: Entry,
    new: str,
    paths: dict[str, str],
    register: Register,
    aliases: Aliases,
    report: Reporter,
) -> list[tuple[str, str]]:
    """A document or entity whose page this build would publish at another address (its
    kind's folder renamed, or the entity moved to another kind): the old address must be
    declared a redirect, which it then is."""
    if entry.page in paths:  # another page stands there now: the address still serves
        return []
    if entry.page not in aliases.pages:
        report.error(register.path, entry.line, moved_page(entry, new, aliases))
        return []
    lands = follow(aliases.pages, entry.page, paths)
    return [(entry.page, lands)] if lands is not None else []


def moved_page(entry: Entry, new: str, aliases: Aliases) -> str:
    return (
        f"page {entry.page!r} of {entry.kind} {entry.name!r} (“{entry.text}”) would no longer "
        f"be published: the build now publishes it at {new}. Expected it back at its "
        f"address, or, to leave a redirect there, the line `{entry.page}: {new}` under "
        f"`pages:` in {display(aliases.path)}"
    )


def gone_page(entry: Entry, paths: dict[str, str], register: Register, aliases: Aliases) -> str:
    """A registered page no longer published, with the line that would redirect it to
    the likeliest page: where it led before, else a new page of the same title, else one
    whose path ends alike, else the nearest page above it (an index's page of a letter,
    an entity's page of mentions in a year: the index, the entity's page)."""
    registered = register.pages()
    fresh = [p for p in sorted(paths) if p not in registered]
    tail = entry.name.split("/")[-2:]
    folders = entry.name.split("/")[:-1]
    if entry.name.endswith("/index.html"):
        folders.pop()
    above = ("/".join([*folders[:n], "index.html"]) for n in range(len(folders), 0, -1))
    guess = next(
        (
            p
            for p in [
                *([entry.page] if entry.page != entry.name and entry.page in paths else []),
                *(p for p in fresh if paths[p] and excerpt(paths[p]) == entry.text),
                *(p for p in fresh if p.split("/")[-2:] == tail),
                *(p for p in above if p in paths),
            ]
        ),
        None,
    )
    line = f"the line `{entry.name}: {guess}`" if guess else f"a line such as `{entry.name}: {NEW}`"
    return (
        f"page {entry.name!r} (“{entry.text}”) would no longer be published. Expected it "
        f"back at its address, or, to leave a redirect there, {line} under `pages:` in "
        f"{display(aliases.path)}"
    )


NEW = "the/new/index.html"  # a path in the line a message proposes, where none is known


def check_aliases(now: Live, register: Register, aliases: Aliases, report: Reporter) -> None:
    path = aliases.path
    paths, registered = now.paths(), register.pages()
    for old, alias in aliases.pages.items():
        if old not in registered:
            report.error(path, alias.line, never(f"page {old!r}", "pages", registered))
        elif old in paths:
            report.error(path, alias.line, still(f"page {old!r}", "pages"))
        elif follow(aliases.pages, old, paths) is None:
            report.error(
                path,
                alias.line,
                f"page {old!r} is redirected to {alias.new!r}, which is not published; "
                f"expected the path of a page this build publishes ({listing(paths)})",
            )
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


def updated(
    register: Register,
    now: Live,
    revised: dict[str, tuple[str, str]],
    redirects: list[tuple[str, str]] | None = None,
) -> Register:
    """The register with this build's new anchors and pages added and accepted revisions
    recorded; nothing published is ever dropped. Documents in id order, each followed by
    its anchors in the order they were first published; then entities in id order; then
    every other page (one that is no document's or entity's page now: an index, or the
    old address of a moved page, which names the page it leads to) in path order."""
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
    titles = now.paths()
    lands = {path: (path, title) for path, title in now.pages.items()}
    lands |= {old: (new, titles[new]) for old, new in redirects or ()}
    covered = {e.page for e in entries}
    old_pages = register.of("page")
    for path in sorted(set(old_pages) | (set(lands) - covered)):
        entries.append(page_entry("page", path, old_pages, lands))
    return Register(register.path, tuple(entries))


def page_entry(
    kind: str, name: str, old: dict[str, Entry], live_pages: dict[str, tuple[str, str]]
) -> Entry:
    """A document's or entity's line: as published now, else as it was."""
    if name in live_pages:
        page, title = live_pages[name]
        return Entry(kind, name, page, "", excerpt(title))
    return replace(old[name], line=0)
