"""`build.py new PATH`: copy a text into the seeds folder, so that the next build takes
it in, and say what the build made of it: the id it got, and where its editorial file
goes. A copy whose build fails is taken out again: the seeds are left as they were."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import yaml

from ..build.publish import write_atomic
from ..load.inputs import LIMITS, reason, too_large, what

SUFFIX = ".txt"  # seeds are plain text files, named as the build lists them


def add(text: Path, seeds: Path) -> tuple[Path | None, list[str]]:
    """Copy `text` into `seeds`, keeping its name; (the copy, or None with the reasons
    it was not made, as `new: message` lines)."""
    shown = repr(str(text))
    try:
        status = os.stat(text)
    except OSError as exc:
        return None, [f"new: {shown} cannot be read ({reason(exc)}); expected a seed text to add"]
    if not stat.S_ISREG(status.st_mode):
        return None, [f"new: {shown} is {what(status.st_mode)}; expected a seed text to add"]
    name = text.name
    if not name.endswith(SUFFIX) or name.startswith(".") or name.endswith("~"):
        return None, [
            f"new: {shown} is not named as a seed; expected a name ending {SUFFIX}, not "
            "beginning with a dot (the build reads only such files)"
        ]
    limit = LIMITS["seed"][0]
    if status.st_size > limit:
        return None, [f"new: {shown}: {too_large(status.st_size, limit, 'seed')}"]
    copy = seeds / name
    try:
        data = text.read_bytes()
        if copy.exists() and (copy.samefile(text) or copy.read_bytes() == data):
            return None, [
                f"new: {shown} is in {str(seeds)!r} already; expected a text not yet "
                "added (build with `python build.py` to see it)"
            ]
        if os.path.lexists(copy):
            return None, [
                f"new: {str(copy)!r} holds another text of that name; expected a new "
                "name: rename the file to add"
            ]
        write_atomic(copy, data)
    except OSError as exc:
        return None, [
            f"new: {shown} could not be copied into {str(seeds)!r} ({reason(exc)}); "
            "expected a readable text and a seeds folder the build may write"
        ]
    return copy, []


def take_out(copy: Path) -> None:
    """Remove a copy this command made, after its build failed."""
    copy.unlink(missing_ok=True)


HEAD = re.compile(r"(?m)^shape:")  # what follows a record's id and seed


def record_of(documents: Path, seed: str) -> str | None:
    """The id of the record the build wrote for this seed, read from the records' heads."""
    for path in sorted(documents.glob("*.yaml")):
        try:
            with path.open(encoding="utf-8") as f:
                head = f.read(4096)
        except (OSError, UnicodeDecodeError):
            continue
        end = HEAD.search(head)
        try:
            data = yaml.safe_load(head[: end.start()]) if end else None
        except yaml.YAMLError:
            continue
        if not isinstance(data, dict) or data.get("seed") != seed:
            continue
        doc_id = data.get("id")
        if isinstance(doc_id, str):
            return doc_id
    return None


def added(doc_id: str, seed: str, documents: Path, site: Path) -> list[str]:
    """What to tell the editor about the new document."""
    editorial = documents / "editorial" / f"{doc_id}.yaml"
    lines = [
        f"added {seed} as {doc_id}: its record is {documents / f'{doc_id}.yaml'}, its page "
        f"{site / 'documents' / doc_id / 'index.html'}"
    ]
    if editorial.exists():
        lines.append(f"its editorial file is {editorial}")
    else:
        lines += [
            f"to give it a title, a summary or notes, create {editorial} with",
            f"  seed: {seed}",
            "  title: ...",
            "  summary:",
            "    - ...",
            "then build again (the fields are described in "
            "src/archive_site/schemas/editorial.schema.json)",
        ]
    return lines
