"""Related documents: pairs of documents that mention the same entities or events."""

from __future__ import annotations

from dataclasses import dataclass

from .entities import Registry
from .mentions import Mention

#: entities too general to relate two documents on their own
TOO_COMMON = frozenset({"ussr", "usa", "human-rights"})


@dataclass(frozen=True)
class Related:
    document: str
    shared: tuple[str, ...]  # entity ids both mention, not events, by weight then id
    events: tuple[str, ...]  # event ids both mention

    @property
    def score(self) -> int:
        return len(self.shared) + 2 * len(self.events)


def related(
    mentions: dict[str, tuple[Mention, ...]], registry: Registry
) -> dict[str, tuple[Related, ...]]:
    """For each document, the others that share entities or events with it, best first."""
    kinds = {e.id: e.kind for e in registry.entities}
    named = {doc: {m.entity for m in found} for doc, found in mentions.items()}
    out: dict[str, tuple[Related, ...]] = {}
    for doc, mine in sorted(named.items()):
        found = []
        for other, theirs in sorted(named.items()):
            if other == doc:
                continue
            common = mine & theirs
            events = tuple(sorted(e for e in common if kinds.get(e) == "event"))
            shared = tuple(sorted(e for e in common - TOO_COMMON if kinds.get(e) != "event"))
            if shared or events:
                found.append(Related(other, shared, events))
        out[doc] = tuple(sorted(found, key=lambda r: (-r.score, r.document)))
    return out
