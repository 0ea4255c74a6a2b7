"""Related documents: pairs of documents that mention the same entities or events."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..load.entities import KIND, Curated
from ..pickling import pickled_by_fields
from .mentions import Mention

#: entities too general to relate two documents on their own
TOO_COMMON = frozenset({"ussr", "usa", "human-rights"})
SHOWN = 10  # related documents kept for each document


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Related:
    document: str
    shared: tuple[str, ...]  # entity ids both mention, not events
    events: tuple[str, ...]  # event ids both mention

    @property
    def score(self) -> int:
        return len(self.shared) + 2 * len(self.events)


def related(
    mentions: dict[str, tuple[Mention, ...]], curated: Curated
) -> dict[str, tuple[Related, ...]]:
    """For each document, the others that share entities or events with it, best first.
    Pairs come from an index of entity -> documents, so the work grows with the pairs that
    share something; an entity named in a large share of a big archive (over 5%, and never
    fewer than 10 documents) relates too much to mean anything, and is passed over."""
    dated = defaultdict(bool, {e.id: KIND[e.kind].dated for e in curated.entities})
    by_entity: dict[str, set[str]] = defaultdict(set)
    for doc, found in mentions.items():
        for m in found:
            if m.entity not in TOO_COMMON:
                by_entity[m.entity].add(doc)
    limit = max(10, len(mentions) // 20)
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity, docs in by_entity.items():
        if len(docs) > limit:
            continue
        ordered = sorted(docs)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                shared[(a, b)].add(entity)
    out: dict[str, list[Related]] = {doc: [] for doc in mentions}
    for (a, b), common in shared.items():
        events = tuple(sorted(e for e in common if dated[e]))
        others = tuple(sorted(e for e in common if not dated[e]))
        out[a].append(Related(b, others, events))
        out[b].append(Related(a, others, events))
    return {
        doc: tuple(sorted(found, key=lambda r: (-r.score, r.document))[:SHOWN])
        for doc, found in sorted(out.items())
    }
