"""The curated entity data in documents/entities/: people, organizations, places, terms and
events, the external relations of documents, and the words that are not names."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ArchiveError, Diagnostic, Reporter, table_line
from ..pickling import pickled_by_fields
from . import yamlio
from .inputs import present, read_bytes


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of curated entity: the one row every stage reads it from."""

    name: str  # as an entity's `kind`
    file: str  # its file in documents/entities/, without .yaml
    folder: str  # the site folder of its pages
    title: str  # of its index page and its navigation entry
    schema_type: str  # schema.org's type, in a page's JSON-LD
    tei: str | None  # TEI's element for its names in a text (None: a keyword)
    indexed: bool = True  # an index page and a navigation entry of its own
    filtered: bool = False  # search filters paragraphs by the entities of this kind
    dated: bool = False  # each entity has a date (and lies on the timeline, not a page)
    by_surname: bool = False  # sorted, and found by a query word, by its last name
    subject: bool = True  # among the subjects ("about") of a document's JSON-LD


#: the kinds of entity, in the order pages list them; a new kind is a row here and its file
ENTITY_KINDS = (
    Kind(
        "person", "people", "people", "People", "Person", "persName", filtered=True, by_surname=True
    ),
    Kind(
        "organization",
        "organizations",
        "organizations",
        "Organizations",
        "Organization",
        "orgName",
        filtered=True,
    ),
    Kind("place", "places", "places", "Places", "Place", "placeName", filtered=True),
    Kind("term", "terms", "glossary", "Glossary", "DefinedTerm", None, subject=False),
    Kind("event", "events", "events", "Events", "Event", None, indexed=False, dated=True),
)
KIND = {kind.name: kind for kind in ENTITY_KINDS}


def clashes(kinds: Sequence[Kind]) -> list[str]:
    """Two kinds of one name, one file or one folder (empty when every one is its own)."""
    out = []
    for column in ("name", "file", "folder"):
        seen: dict[str, str] = {}
        for kind in kinds:
            value = getattr(kind, column)
            if value in seen:
                out.append(
                    f"the kinds {seen[value]!r} and {kind.name!r} have the one {column} "
                    f"{value!r}; expected each kind's {column} its own"
                )
            seen.setdefault(value, kind.name)
    return out


if clashes(ENTITY_KINDS):  # the program's own table: a mistake shows as it starts
    raise ArchiveError(
        [Diagnostic(*table_line(__name__, "ENTITY_KINDS"), why) for why in clashes(ENTITY_KINDS)]
    )
#: file name -> kind of entity, in the order pages list them
KINDS = {kind.file: kind.name for kind in ENTITY_KINDS}
#: kind -> the site folder of its pages
FOLDERS = {kind.name: kind.folder for kind in ENTITY_KINDS}


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    description: str
    dates: str | None
    date: str | None  # events: YYYY, YYYY-MM or YYYY-MM-DD
    wikidata: str | None
    uncertain: str | None
    context_only: bool
    path: Path
    line: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Relation:
    """A source outside the collection that bears on one of its documents."""

    document: str
    title: str
    url: str
    note: str
    path: Path
    line: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Curated:
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    ignore: tuple[str, ...]  # sorted: a set's order would vary from run to run, and its digest

    def by_id(self) -> dict[str, Entity]:
        return {entity.id: entity for entity in self.entities}


def read(folder: Path, report: Reporter) -> Curated:
    """Every entity file, checked: schemas, unique ids, aliases naming one entity, dates."""
    entities: list[Entity] = []
    for stem, kind in KINDS.items():
        path = folder / f"{stem}.yaml"
        located = load(path, "entities", report)
        if located is None:
            continue
        for i, item in enumerate(located.data):
            if KIND[kind].dated and "date" not in item:
                report.error(
                    path,
                    located.line([i]),
                    f"{kind} {item['id']!r} has no date; "
                    "expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
                )
            elif "date" in item and not calendar_date(item["date"]):
                report.error(
                    path,
                    located.line([i, "date"]),
                    f"date {item['date']!r} is not a day of the calendar; expected a real date",
                )
            entities.append(entity(item, kind, path, located.line([i])))
    unread(folder, report)
    check_ids(entities, report)
    check_aliases(entities, report)
    relations: list[Relation] = []
    path = folder / "relations.yaml"
    located = load(path, "relations", report)
    for i, item in enumerate(located.data if located else []):
        relations.append(
            Relation(
                item["document"],
                item["title"],
                item["url"],
                item["note"],
                path,
                located.line([i]) if located else 1,
            )
        )
    ignored = load(folder / "ignore.yaml", "ignore", report)
    return Curated(
        tuple(entities), tuple(relations), tuple(sorted(set(ignored.data if ignored else ())))
    )


FILES = (*(f"{stem}.yaml" for stem in KINDS), "relations.yaml", "ignore.yaml")


def unread(folder: Path, report: Reporter) -> None:
    """A YAML file in the folder that no kind of entity reads: its entities would be
    lost without a word."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.yaml")):
        if path.name not in FILES:
            report.error(
                path,
                1,
                f"no kind of entity is read from {path.name!r}; expected one of "
                f"{', '.join(FILES)} (a new kind of entity is a row of ENTITY_KINDS in "
                "archive_site/load/entities.py, with its file here)",
            )


def sources(folder: Path) -> dict[str, bytes]:
    """The curated files as they were read and checked, for the dataset: only the files
    this module reads, never whatever else lies in the folder."""
    found = {}
    for name in FILES:
        data = read_bytes(folder / name, "entities", Reporter()) if present(folder / name) else None
        if data is not None:
            found[name] = data
    return found


def load(path: Path, schema: str, report: Reporter) -> yamlio.Located | None:
    if not present(path):  # a collection may have no curated data of a kind
        return None
    return yamlio.read(path, "entities", schema, report)


def entity(item: dict[str, object], kind: str, path: Path, line: int) -> Entity:
    authority = item.get("authority") or {}
    assert isinstance(authority, dict)
    aliases = item.get("aliases") or []
    assert isinstance(aliases, list)
    return Entity(
        id=str(item["id"]),
        kind=kind,
        name=str(item["name"]),
        aliases=tuple(str(a) for a in aliases),
        description=" ".join(str(item["description"]).split()),
        dates=str(item["dates"]) if "dates" in item else None,
        date=str(item["date"]) if "date" in item else None,
        wikidata=authority.get("wikidata"),
        uncertain=str(item["uncertain"]) if "uncertain" in item else None,
        context_only=bool(item.get("context_only", False)),
        path=path,
        line=line,
    )


def calendar_date(text: str) -> bool:
    parts = [int(p) for p in text.split("-")]
    try:
        datetime.date(parts[0], *[*parts[1:], 1, 1][:2])
    except ValueError:
        return False
    return True


def check_ids(entities: list[Entity], report: Reporter) -> None:
    seen: dict[str, Entity] = {}
    for item in entities:
        first = seen.setdefault(item.id, item)
        if first is not item:
            report.error(
                item.path,
                item.line,
                f"entity id {item.id!r} is already used at "
                f"{first.path.name}:{first.line}; expected each id once",
            )


def check_aliases(entities: list[Entity], report: Reporter) -> None:
    """An alias (in any letter case) that names two entities would make mentions ambiguous."""
    owner: dict[str, Entity] = {}
    for item in entities:
        for alias in item.aliases:
            key = " ".join(alias.split()).casefold()
            first = owner.setdefault(key, item)
            if first is not item:
                report.error(
                    item.path,
                    item.line,
                    f"alias {alias!r} of {item.id!r} also names "
                    f"{first.id!r} ({first.path.name}:{first.line}); expected each "
                    "alias to name one entity",
                )
