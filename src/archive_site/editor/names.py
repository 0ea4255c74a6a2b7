"""`build.py names`: the capitalised names that no entity covers, the most frequent first,
with where each stands, as entries ready to paste into documents/entities/ (or, for a
word that is no name, into documents/entities/ignore.yaml)."""

from __future__ import annotations

from collections.abc import Iterator

import yaml

from ..archive.catalog import Unnamed
from ..ids import make_id

PLACES = 10  # listed with each name; the rest are counted
DESCRIPTION = "To be written: who or what this is, as the documents need it."


def entries(unnamed: list[Unnamed], taken: set[str]) -> Iterator[str]:
    """The report: a heading, then for each name a comment saying where it stands and
    an entry to complete; `taken` are the ids the curated data already uses."""
    if not unnamed:
        yield "# Every capitalised name in the seeds matches an entity."
        return
    yield (
        f"# {len(unnamed)} capitalised name{'s' * (len(unnamed) != 1)} in the seeds "
        "match no entity, the most frequent first."
    )
    yield "# Paste each entry into documents/entities/ (people.yaml, organizations.yaml,"
    yield "# places.yaml, terms.yaml or events.yaml), check its id and name, and write its"
    yield "# description; or put a word that is no name into documents/entities/ignore.yaml."
    for item in unnamed:
        shown = ", ".join(f"{path}:{line}" for path, line in item.places[:PLACES])
        more = len(item.places) - PLACES
        yield ""
        yield (
            f"# {item.name}: {item.count} time{'s' * (item.count != 1)}, at {shown}"
            + (f" … and {more} more" if more > 0 else "")
        )
        if " " not in item.name:
            yield f"# (or, if it is no name, `- {item.name}` in documents/entities/ignore.yaml)"
        entity_id = free(slug(item.name), taken)
        taken.add(entity_id)
        entry = {"id": entity_id, "name": item.name, "aliases": [item.name]}
        entry["description"] = DESCRIPTION
        yield yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=88).rstrip()


def slug(name: str) -> str:
    """An entity id from a name: 'Norwegian Writers’ Union' -> 'norwegian-writers-union'."""
    return make_id(name) or "entity"


def free(entity_id: str, taken: set[str]) -> str:
    candidate, n = entity_id, 1
    while candidate in taken:
        n += 1
        candidate = f"{entity_id}-{n}"
    return candidate
