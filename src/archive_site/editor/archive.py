"""The archive as a build's checks see it, for the editor's commands (`explain`, `names`,
`revise`): seeds parsed, ids settled against the anchor register, the editor's additions
merged, the curated data read. Nothing is written and no site is made."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .. import pipeline
from ..archive.catalog import Catalog, assemble
from ..errors import Reporter
from ..load import editorial, entities, inputs, record_files
from ..load import register as register_io
from ..load.parse import parse_seed
from ..load.record_files import RecordFile
from ..load.seeds import read_seeds
from ..model import Document
from ..runtime.paths import Paths


@dataclass(frozen=True)
class Loaded:
    catalog: Catalog  # its curated data read, but no mentions found
    register: register_io.Register
    aliases: register_io.Aliases
    committed: list[RecordFile]


def load(paths: Paths, report: Reporter, seed: Path | None = None) -> Loaded:
    """The whole archive, or only the document of `seed` (which may lie outside the seeds
    folder: a text not yet added), with its id as a build would settle it."""
    if seed is None:
        parsed = read_seeds(paths.seeds, report)
    else:
        problem = inputs.name_problem(seed.name)  # as the build holds the seeds to it
        if problem is not None:
            report.error(seed, 1, problem)
        raw = inputs.read_bytes(seed, "seed", report) if problem is None else None
        named = seed.with_name(inputs.file_name(seed.name) or seed.name)
        doc = parse_seed(named, raw, report) if raw is not None else None
        parsed = [doc] if doc else []
    committed = record_files.read_records(paths.documents, report)
    additions = editorial.read_all(paths.editorial, report)
    register, aliases = register_io.read(paths.anchors, report)
    settle = pipeline.id_settler(register, aliases, committed)
    catalog = assemble(parsed, committed, additions, paths.seeds, report, settle)
    curated = entities.read(paths.entities, report)
    return Loaded(replace(catalog, curated=curated), register, aliases, committed)


def only(loaded: Loaded) -> Document | None:
    return loaded.catalog.documents[0] if loaded.catalog.documents else None
