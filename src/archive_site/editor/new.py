"""`build.py new PATH`: copy a text into the seeds folder, so that the next build takes
it in, and say what the build made of it: the id it got, and where its editorial file
goes. A copy whose build fails is taken out again: the seeds are left as they were."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import Reporter, quoted, shown
from ..load import inputs, record_files
from ..load.yamlio import yaml_line
from ..runtime.publish import write_atomic

SUFFIX = ".txt"  # seeds are plain text files, named as the build lists them


def add(text: Path, seeds: Path) -> tuple[Path | None, list[str]]:
    """Copy `text` into `seeds`, keeping its name; (the copy, or None with the reasons
    it was not made)."""
    shown = quoted(text)
    report = Reporter()
    problem = inputs.name_problem(text.name)  # as the build holds the seeds to it
    if problem is not None:
        report.error(text, 1, problem)
        return None, [str(d) for d in report.diagnostics]
    data = inputs.read_bytes(text, "seed", report)  # a regular file, within the seed limit
    if data is None:
        return None, [str(d) for d in report.diagnostics]
    if not inputs.listed_name(text.name, SUFFIX):
        return None, [
            f"new: {shown} is not named as a seed; expected a name ending {SUFFIX}, not "
            "beginning with a dot (the build reads only such files)"
        ]
    copy = seeds / text.name
    try:
        if os.path.lexists(copy):
            if copy.is_file() and copy.read_bytes() == data:
                return None, [
                    f"new: {shown} is in {quoted(seeds)} already; expected a text not yet "
                    "added (build with `python build.py` to see it)"
                ]
            return None, [
                f"new: {quoted(copy)} holds another text of that name; expected a new "
                "name: rename the file to add"
            ]
        write_atomic(copy, data)
    except OSError as exc:
        return None, [
            f"new: {shown} could not be copied into {quoted(seeds)} ({inputs.reason(exc)}); "
            "expected a seeds folder the build may write"
        ]
    return copy, []


def seed_name(copy: Path) -> str:
    """The name the build gives the seed of this copy: its name as text."""
    return inputs.file_name(copy.name) or copy.name  # UTF-8: `add` made sure


def take_out(copy: Path) -> None:
    """Remove a copy this command made, after its build failed."""
    copy.unlink(missing_ok=True)


def record_of(documents: Path, written: Iterable[str], seed: str) -> str | None:
    """The id of the record the build wrote for this seed, among those it wrote."""
    for name in written:
        path = documents / name
        if path.parent != documents or path.suffix != ".yaml":
            continue  # the anchor register
        named, _ = record_files.read_one(path, path.read_text(encoding="utf-8"))
        if named is not None and named[1] == seed:
            return named[0]
    return None


def added(doc_id: str, seed: str, documents: Path, site: Path) -> list[str]:
    """What to tell the editor about the new document."""
    editorial = documents / "editorial" / f"{doc_id}.yaml"
    lines = [
        f"added {shown(seed)} as {doc_id}: its record is "
        f"{shown(documents / f'{doc_id}.yaml')}, its page "
        f"{shown(site / 'documents' / doc_id / 'index.html')}"
    ]
    if editorial.exists():
        lines.append(f"its editorial file is {shown(editorial)}")
    else:
        lines += [
            f"to give it a title, a summary or notes, create {shown(editorial)} with",
            f"  {yaml_line('seed', seed)}",
            "  title: ...",
            "  summary:",
            "    - ...",
            "then build again (the fields are described in "
            "src/archive_site/schemas/editorial.schema.json)",
        ]
    return lines
