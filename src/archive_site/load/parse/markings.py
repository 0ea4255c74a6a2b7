"""Classification and handling markings ("Top secret", "Strictly secret", "SPECIAL FILE"),
read wherever they stand and normalised: one table of the printed forms and what each
means, from the least restricted to the most."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...pickling import pickled_by_fields


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Marking:
    value: str  # the normalised marking
    pattern: str  # the printed forms, as a regular expression read without letter case


#: least restricted first: a document's classification is the last of its markings here
MARKINGS = (
    Marking("for-official-use-only", r"for official use only"),
    Marking("confidential", r"(?:strictly\s+)?confidential"),
    Marking("secret", r"secret"),
    Marking("top-secret", r"(?:top|strictly|completely)[\s-]+secret|of special importance"),
    Marking("special-file", r"special\s+(?:file|folder)"),
)
RANK = {m.value: n for n, m in enumerate(MARKINGS)}
# longest forms first, so that "top secret" is not read as "secret"
_ANY = re.compile(
    "|".join(f"(?P<m{n}>{m.pattern})" for n, m in reversed(list(enumerate(MARKINGS)))),
    re.IGNORECASE,
)
#: what may stand between markings on a stamp: "Top secret (Special file)", "SECRET. SPECIAL
#: FOLDER", "Strictly secret / Special file"
_BETWEEN = re.compile(r"[\s.,;:/()\[\]–—-]*")
LONGEST = 120  # characters: a stamp is a few words, never a paragraph of prose


def markings_in(text: str) -> list[tuple[str, str]] | None:
    """(printed, value) of each marking where the text is markings and nothing else; None
    where it holds anything more (a sentence that speaks of secrets is no stamp)."""
    if len(text) > LONGEST:
        return None
    found, pos = [], 0
    for match in _ANY.finditer(text):
        if not _BETWEEN.fullmatch(text, pos, match.start()) or not word_bounded(text, match):
            return None
        value = MARKINGS[int(next(k for k, v in match.groupdict().items() if v)[1:])].value
        found.append((match.group(), value))
        pos = match.end()
    if not found or not _BETWEEN.fullmatch(text, pos):
        return None
    return found


def word_bounded(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1] if match.start() else " "
    after = text[match.end()] if match.end() < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def highest(values: list[str]) -> str:
    return max(values, key=RANK.__getitem__)
