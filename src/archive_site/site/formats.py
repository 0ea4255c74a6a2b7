"""How the pages write what they show: dates as readers say them."""

from __future__ import annotations

import datetime
from functools import lru_cache


@lru_cache(maxsize=65536)  # every mention on an entity page shows its document's date
def show_date(date: str) -> str:
    """'1977-02-18' -> '18 February 1977'; '1977-02' -> 'February 1977'; '1977' -> '1977'."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        day = datetime.date(*parts)
        return f"{day.day} {day:%B %Y}"
    if len(parts) == 2:
        return f"{datetime.date(parts[0], parts[1], 1):%B %Y}"
    return str(parts[0])
