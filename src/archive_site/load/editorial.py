"""The editor's hand-written additions, one file per document: documents/editorial/<id>.yaml.

The file's name fixes the document's id once and for all; its `seed` names the seed it
belongs to. Re-parsing the seeds never touches these files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Reporter
from ..ids import LONGEST, is_id
from ..pickling import pickled_by_fields
from . import yamlio
from .inputs import listed, read_text


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Additions:
    """One editorial file, checked against its schema, with the line of each value."""

    id: str
    path: Path
    data: dict[str, Any]
    located: yamlio.Located

    def line(self, *where: str | int) -> int:
        return self.located.line(where)


def read_all(folder: Path, report: Reporter) -> list[Additions]:
    if not folder.is_dir():
        return []
    found = []
    for path in listed(folder, ".yaml"):
        if not is_id(path.stem):
            report.error(
                path,
                1,
                f"file name {path.name!r} is not a document id; expected at most "
                f"{LONGEST} lower-case letters, digits and single hyphens, e.g. "
                "1976-10-25-memo.yaml",
            )
            continue
        text = read_text(path, "editorial", report)
        if text is None:
            continue
        located = yamlio.load(path, text, report)
        if located is None:
            continue
        if not isinstance(located.data, dict):
            report.error(
                path,
                1,
                f"found {type(located.data).__name__}; expected a mapping of "
                "fields such as seed, title, summary",
            )
            continue
        if yamlio.validate(path, located, "editorial", report):
            found.append(Additions(path.stem, path, located.data, located))
    return found
