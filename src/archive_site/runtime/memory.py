"""Memory a build has let go of, handed back to the system between stages.

At scale a stage frees much of what it held (every record read, every anchor's text
compared), in pieces the C library's allocator keeps for the process rather than
return; the next stage then grows beside them, and the processes forked from this one
start from that size. glibc's malloc_trim returns every wholly free page. Elsewhere
(another C library, no ctypes) nothing is done.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from functools import cache


def release() -> None:
    trim = malloc_trim()
    if trim is not None:
        trim(0)


@cache
def malloc_trim() -> Callable[[int], int] | None:
    """The C library's malloc_trim, looked up among the symbols this process already has
    (not by ctypes.util.find_library, which runs ldconfig: 16 ms of every build)."""
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None
    return trim
