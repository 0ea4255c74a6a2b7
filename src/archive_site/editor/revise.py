"""`build.py revise`: record each revised published paragraph in
documents/anchors/aliases.yaml, as the line a build's message names
(`p12: revised <fingerprint>` under `anchors:` → the document), so that its anchor may
land on the new text. A withdrawn or split block is left for the editor to decide."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..archive.anchors import Revision
from ..errors import Reporter, display
from ..load.register import read_aliases
from ..runtime.publish import write_atomic

HEADER = (
    "# Where retired anchors now land, and revisions made on purpose (see the README,\n"
    '# "Links never break once published").\n'
)


def record(path: Path, revisions: tuple[Revision, ...]) -> list[str]:
    """Add the revisions to the aliases file, keeping all it holds; the problems that
    stopped it (and then the file is left as it was)."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    try:
        new = with_revisions(text, revisions)
    except ValueError as exc:
        line, found = exc.args
        lines = "; ".join(f"`{r.record}` under `{r.document}:`" for r in revisions)
        return [
            f"{display(path)}:{line}: {found} is written on one line; expected one entry to a "
            f"line for `revise` to add to it (or add by hand, under `anchors:`, {lines})"
        ]
    check = path.with_name(f".{path.name}.revise")
    write_atomic(check, new)
    report = Reporter()
    try:
        aliases = read_aliases(check, report)
    finally:
        check.unlink()
    for r in revisions:
        alias = aliases.anchors.get(r.document, {}).get(r.anchor)
        if alias is None or alias.new != f"revised {r.fingerprint}":
            report.error(
                path, 1, f"could not add `{r.record}` under `{r.document}:`; add it by hand"
            )
    if report.errors:
        return [str(d) for d in report.errors]
    write_atomic(path, new)
    return []


def with_revisions(text: str, revisions: tuple[Revision, ...]) -> str:
    """The file's text with each revision's line under `anchors:` → its document: a line
    for the same anchor replaced, else added after the document's last line."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    by_doc: dict[str, list[Revision]] = defaultdict(list)
    for r in revisions:
        by_doc[r.document].append(r)
    top = next((i for i, row in enumerate(lines) if re.match(r"anchors:\s*(#.*)?$", row)), None)
    if top is None:
        if any(row.startswith("anchors:") for row in lines):
            raise ValueError(first("anchors:", lines), "`anchors:`")
        lines.append("anchors:")
        top = len(lines) - 1
    end = section_end(lines, top, 0)
    indent = child_indent(lines, top, end, 2)
    for doc, items in by_doc.items():
        at = next(
            (
                i
                for i in range(top + 1, end)
                if re.match(rf" {{{indent}}}{re.escape(doc)}:\s*(#.*)?$", lines[i])
            ),
            None,
        )
        if at is None:
            if any(re.match(rf" *{re.escape(doc)}:", lines[i]) for i in range(top + 1, end)):
                raise ValueError(first(doc, lines), f"`{doc}:`")
            lines[end:end] = [f"{' ' * indent}{doc}:"]
            at, end = end, end + 1
        doc_end = section_end(lines, at, indent)
        inner = child_indent(lines, at, doc_end, indent * 2)
        for r in items:
            row = f"{' ' * inner}{r.record}"
            same = next(
                (
                    i
                    for i in range(at + 1, doc_end)
                    if re.match(rf" *{re.escape(r.anchor)}:", lines[i])
                ),
                None,
            )
            if same is not None:
                lines[same] = row
            else:
                lines[doc_end:doc_end] = [row]
                doc_end += 1
                end += 1
    return "\n".join(lines) + "\n"


def section_end(lines: list[str], start: int, indent: int) -> int:
    """Where the mapping under lines[start] ends: the first line after it that is not
    blank, not a comment and not indented beyond `indent`; trailing blank lines stay out."""
    end = start + 1
    last = start + 1
    while end < len(lines):
        row = lines[end]
        stripped = row.strip()
        if stripped and not stripped.startswith("#"):
            if len(row) - len(row.lstrip(" ")) <= indent:
                break
            last = end + 1
        end += 1
    return last


def child_indent(lines: list[str], start: int, end: int, default: int) -> int:
    for row in lines[start + 1 : end]:
        if row.strip() and not row.strip().startswith("#"):
            return len(row) - len(row.lstrip(" "))
    return default


def first(text: str, lines: list[str]) -> int:
    return next((i + 1 for i, row in enumerate(lines) if text in row), 1)
