"""Dates as the seeds print them: '18 February 1977', 'February 18, 1977', '1977-02-18'."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ...pickling import pickled_by_fields

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PATTERNS = (
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DateMatch:
    printed: str
    start: int
    iso: str | None  # None where the printed date does not exist, e.g. 30 February

    @property
    def valid(self) -> bool:
        return self.iso is not None


def find_date(text: str) -> DateMatch | None:
    """The first date printed in text, earliest position first."""
    found = [m for pattern in _PATTERNS if (m := pattern.search(text))]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _month_number(month_text)
    try:
        iso = datetime.date(int(match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:
        iso = None
    return DateMatch(match.group().rstrip(), match.start(), iso)


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i for i, month in enumerate(MONTHS, start=1) if month.startswith(name[:3]))


def starts_with_date(text: str) -> DateMatch | None:
    found = find_date(text)
    return found if found and found.start == 0 else None
