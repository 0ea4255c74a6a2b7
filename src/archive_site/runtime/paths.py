"""Where a build reads and writes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..pickling import pickled_by_fields


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Paths:
    seeds: Path
    documents: Path
    site: Path
    templates: Path
    content: Path

    @property
    def editorial(self) -> Path:
        return self.documents / "editorial"

    @property
    def entities(self) -> Path:
        return self.documents / "entities"

    @property
    def anchors(self) -> Path:
        return self.documents / "anchors"

    @property
    def cache(self) -> Path:
        """What the last successful build made, beside the site it published."""
        return self.site.with_name(f".{self.site.name}.cache")
