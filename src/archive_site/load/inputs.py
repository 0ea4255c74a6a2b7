"""Every input file read one way: listed without hidden files and editor backups, checked
to be a regular file of a sane size before a byte is read, read up to its limit only,
decoded as UTF-8, refused if it holds control characters, and put in Unicode's composed
form (NFC), so that a name matches its alias however either was typed ("é" as one
character or as "e" and an accent). Each refusal is a located diagnostic, never an
exception."""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from pathlib import Path

from ..errors import Reporter

MB = 1_000_000
#: the most a file of each kind may hold (a larger one is not what the kind is for),
#: what the kind is called, and what it holds
LIMITS = {
    "seed": (5 * MB, "a seed", "one document's text"),
    "record": (50 * MB, "a record", "the record of the largest seed"),
    "editorial": (1 * MB, "an editorial file", "a title, a summary and notes"),
    "entities": (5 * MB, "an entity list", "thousands of curated entries"),
    "content": (1 * MB, "a content page", "a page of prose or the chronology"),
    "aliases": (5 * MB, "an alias list", "thousands of aliases"),
    "register": (200 * MB, "an anchor register", "a line for every anchor of the archive"),
}

#: C0 controls but tab and line ends, DEL, the C1 controls (U+0080 to U+009F), and the
#: two non-characters U+FFFE and U+FFFF
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
#: the bidirectional controls that hold until closed: embeddings and overrides (closed by
#: U+202C), isolates (closed by U+2069). The marks (U+200E, U+200F, U+061C) hold nothing.
EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
ISOLATES = frozenset("\u2066\u2067\u2068")
POP_EMBEDDING, POP_ISOLATE = "\u202c", "\u2069"
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def listed(folder: Path, suffix: str) -> list[Path]:
    """The files of a folder with this suffix, in order, leaving out hidden files (a
    leading dot, as an editor's lock file `.#name.txt`) and backups (a trailing `~`).
    Whatever else carries the suffix is listed, to be refused by `read_bytes` if it is
    not a readable file."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / name for name in sorted(names) if listed_name(name, suffix)]


def listed_name(name: str, suffix: str) -> bool:
    """Whether `listed` takes a file of this name: the suffix, and neither hidden nor a
    backup."""
    return name.endswith(suffix) and not name.startswith(".") and not name.endswith("~")


def file_name(name: str) -> str | None:
    """A file name as text: its bytes read as UTF-8, whatever the locale (where Python
    reads file names as ASCII, "é" comes as two escaped bytes); None where they are not
    UTF-8."""
    try:
        return os.fsencode(name).decode("utf-8")
    except UnicodeDecodeError:
        return None


def not_utf8(name: str) -> int | None:
    """The first byte of a file name that is not UTF-8, if any."""
    try:
        os.fsencode(name).decode("utf-8")
    except UnicodeDecodeError as exc:
        return int(exc.object[exc.start])
    return None


def on_disk(path: Path) -> Path:
    """The path a file of this name has for the system: the inverse of `file_name`, the
    same path where file names are read as UTF-8."""
    return Path(os.fsdecode(str(path).encode("utf-8", "surrogateescape")))


def name_problem(name: str) -> str | None:
    """What unfits a file's name (as listed) to be named in records and messages, if
    anything: bytes that are not UTF-8, a character that does not print as itself (a
    line break, an escape, a bidirectional control), a backslash. The build and `new`
    both hold seeds to this."""
    byte = not_utf8(name)
    if byte is not None:
        return (
            f"the file name is not UTF-8 (byte 0x{byte:02x}), so no record or message "
            "could name it as it is; expected a name in UTF-8 (rename the file)"
        )
    text = os.fsencode(name).decode("utf-8")  # UTF-8, as just seen
    odd = next((char for char in text if not char.isprintable()), None)
    if odd is not None:
        return (
            f"the file name holds the character {named(odd)}, which would break a message "
            "or a record that names it; expected a name of printable characters (rename "
            "the file)"
        )
    if "\\" in text:
        return (
            "the file name holds a backslash, which records do not name a file with; "
            "expected a name without one (rename the file)"
        )
    return None


def present(path: Path) -> bool:
    """Whether anything at all stands at a path (a dangling link, a folder, a pipe too):
    an optional input is passed over only when nothing does."""
    return os.path.lexists(path)


def read_bytes(path: Path, kind: str, report: Reporter) -> bytes | None:
    """The bytes of an input file, or None after reporting why it cannot be read."""
    limit = LIMITS[kind][0]
    try:
        status = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            report.error(path, 1, "is a symbolic link to nothing; expected a file (or remove it)")
        else:
            report.error(path, 1, "does not exist; expected a file")
        return None
    except OSError as exc:
        report.error(path, 1, f"cannot be read ({reason(exc)}); expected a readable file")
        return None
    if not stat.S_ISREG(status.st_mode):
        report.error(path, 1, f"is {what(status.st_mode)}; expected a regular file")
        return None
    if status.st_size > limit:
        report.error(path, 1, too_large(status.st_size, limit, kind))
        return None
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        report.error(path, 1, f"cannot be read ({reason(exc)}); expected a readable file")
        return None
    if len(data) > limit:  # it grew while being read
        report.error(path, 1, too_large(len(data), limit, kind))
        return None
    return data


def read_text(path: Path, kind: str, report: Reporter) -> str | None:
    """An input file as text: UTF-8 (a byte-order mark is dropped), no control characters,
    in NFC."""
    data = read_bytes(path, kind, report)
    if data is None:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        report.error(
            path,
            line,
            f"found byte 0x{data[exc.start]:02x}, which is not UTF-8; expected UTF-8 text",
        )
        return None
    return composed(text) if no_controls(path, text, report) else None


def composed(text: str) -> str:
    """Text in Unicode's composed form, NFC: the same words, each character written one
    way, as every text the build matches is."""
    return unicodedata.normalize("NFC", text)


def no_controls(path: Path, text: str, report: Reporter, first_line: int = 1) -> bool:
    """True where the text holds no control character and no bidirectional control left
    open (or closing nothing) on its line; else reports the first one."""
    found = CONTROL.search(text)
    if found is not None:
        line = first_line + text.count("\n", 0, found.start())
        report.error(path, line, control_message(found.group()))
        return False
    unpaired = unpaired_bidi(text)
    if unpaired is not None:
        at, message = unpaired
        report.error(path, first_line + text.count("\n", 0, at), message)
        return False
    return True


def control_message(char: str) -> str:
    return (
        f"found the control character {codepoint(char)}, which no page or export can "
        "show; expected printable text (delete it, or describe it in words)"
    )


def unpaired_bidi(text: str) -> tuple[int, str] | None:
    """The first bidirectional control of a text that is not closed on its line (an
    override would turn around the text after it wherever it is shown: a page's title, a
    list, a citation), or that closes nothing: its offset and what to say of it."""
    if BIDI.search(text) is None:
        return None
    held: list[tuple[int, str]] = []  # the open controls of the line: offset, character
    for at, char in enumerate(text):
        if char == "\n" and held:
            break
        if char in EMBEDDINGS or char in ISOLATES:
            held.append((at, char))
        elif char in (POP_EMBEDDING, POP_ISOLATE):
            opener = EMBEDDINGS if char == POP_EMBEDDING else ISOLATES
            while char == POP_ISOLATE and held and held[-1][1] in EMBEDDINGS:
                held.pop()  # an isolate's close ends the embeddings within it
            if not held or held[-1][1] not in opener:
                return at, closes_nothing(char)
            held.pop()
    if not held:
        return None
    at, char = held[-1]
    closer = POP_EMBEDDING if char in EMBEDDINGS else POP_ISOLATE
    return at, (
        f"found the bidirectional control {named(char)} with no {named(closer)} after it "
        "on its line: it would turn the text after it around wherever the text is shown "
        "(a title, a list, an export); expected each such control closed on its line "
        "(or delete it)"
    )


def closes_nothing(char: str) -> str:
    return (
        f"found the bidirectional control {named(char)}, which closes nothing on its line; "
        "expected it only after the control it closes (or delete it)"
    )


def named(char: str) -> str:
    """A character as messages name it: 'U+202E (RIGHT-TO-LEFT OVERRIDE)', 'U+001B'."""
    name = unicodedata.name(char, "")
    return f"{codepoint(char)} ({name})" if name else codepoint(char)


def codepoint(char: str) -> str:
    return f"U+{ord(char):04X}"


def too_large(size: int, limit: int, kind: str) -> str:
    _, noun, holds = LIMITS[kind]
    return f"the file is {size / MB:.1f} MB; expected {noun} of at most {limit / MB:g} MB ({holds})"


def reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:  # its own words: "Too many levels of symbolic links"
        return "a loop of symbolic links"
    return (exc.strerror or type(exc).__name__).lower()


def what(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), which would block the build"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"
