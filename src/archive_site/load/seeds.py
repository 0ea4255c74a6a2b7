"""The seeds folder read: each seed checked as an input, warned of where another seed
holds the same text, and parsed (on every core, each once for the same bytes)."""

from __future__ import annotations

from pathlib import Path

from ..digests import digest
from ..errors import Diagnostic, Reporter, shown
from ..model import Document
from ..runtime.outputs import Values, Worked, computed
from ..runtime.publish import checkpoint
from . import inputs
from .parse import parse_seed


def read_seeds(folder: Path, report: Reporter, worked: Worked = computed) -> list[Document]:
    if not folder.is_dir():
        report.error(folder, 1, "the seeds folder does not exist; expected a folder of .txt seeds")
        return []
    seeds: list[tuple[Path, bytes]] = []
    for path in inputs.listed(folder, ".txt"):
        problem = inputs.name_problem(path.name)
        if problem is not None:  # refused before it is published under a name it breaks
            report.error(path, 1, problem)
            continue
        raw = inputs.read_bytes(path, "seed", report)
        if raw is not None:  # named by its name as text, whatever the locale
            seeds.append((folder / str(inputs.file_name(path.name)), raw))
    if not seeds and not report.errors:
        report.error(folder, 1, "found no seeds; expected one or more .txt files")
    same_texts(seeds, report)
    parsed = []
    for doc, diagnostics in worked(Values("parse", seeds, parse_one)):
        report.diagnostics.extend(diagnostics)
        parsed.append(doc)
        checkpoint("parsing")
    return [doc for doc in parsed if doc is not None]


def same_texts(seeds: list[tuple[Path, bytes]], report: Reporter) -> None:
    """Warn of a seed whose text another seed already holds: it would be published twice."""
    first: dict[bytes, Path] = {}
    for path, raw in seeds:
        key = digest(b" ".join(raw.split())).digest()
        earlier = first.setdefault(key, path)
        if earlier is not path:
            report.warn(
                path,
                1,
                f"holds the same text as {shown(earlier.name)}, and would be published twice; "
                "expected each document once (delete one of the two seeds)",
            )


def parse_one(path: Path, raw: bytes) -> tuple[Document | None, list[Diagnostic]]:
    own = Reporter()
    return parse_seed(path, raw, own), own.diagnostics
