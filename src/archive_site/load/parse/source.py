"""A seed file as numbered lines grouped into paragraphs (runs of lines between blank lines)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...errors import Reporter
from ...pickling import pickled_by_fields
from ..inputs import composed, no_controls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SourceLine:
    number: int  # 1-based, as editors count
    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph of the seed: lines between blank lines, kept with their numbers."""

    lines: tuple[SourceLine, ...]

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def end(self) -> int:
        return self.lines[-1].number

    @property
    def text(self) -> str:
        """The lines joined as one paragraph: a hard wrap is a space."""
        return " ".join(line.text for line in self.lines)


MAX_BYTES = 5_000_000  # a seed larger than this is not one document's text
MAX_LINE = 20_000  # characters; the seeds break their text into lines and paragraphs


def decode(path: Path, data: bytes, report: Reporter) -> str | None:
    """The seed's text, or None with an error where it is not UTF-8 text of a sane size."""
    if len(data) > MAX_BYTES:
        report.error(
            path,
            1,
            f"the file is {len(data) / 1e6:.1f} MB; expected a seed of at "
            f"most {MAX_BYTES / 1e6:.0f} MB (one document's text)",
        )
        return None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        report.error(path, line, "found a NUL byte: this is not a text file; expected UTF-8 text")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        report.error(
            path,
            line,
            f"found byte 0x{data[exc.start]:02x}, which is not UTF-8; "
            "expected UTF-8 text (re-save the file as UTF-8)",
        )
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not no_controls(path, text, report):
        return None
    text = composed(text)  # every word kept, each character written one way
    if not text.strip():
        report.error(path, 1, "the file is empty; expected the text of a document")
        return None
    for number, row in enumerate(text.split("\n"), start=1):
        if len(row) > MAX_LINE:
            report.error(
                path,
                number,
                f"the line is {len(row)} characters long; expected at "
                f"most {MAX_LINE} (a seed breaks its text into lines and paragraphs)",
            )
            return None
    return text


def paragraphs(text: str) -> list[Para]:
    """Split text into paragraphs; trailing white space on a line is not content."""
    paras: list[Para] = []
    current: list[SourceLine] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.rstrip()
        if stripped.strip():
            current.append(SourceLine(number, stripped.strip()))
        elif current:
            paras.append(Para(tuple(current)))
            current = []
    if current:
        paras.append(Para(tuple(current)))
    return paras
