"""Memory a build has let go of, handed back to the system between stages.

At scale a stage frees much of what it held (every record read, every anchor's text
compared), in pieces the C library's allocator keeps for the process rather than
return; the next stage then grows beside them, and the processes forked from this one
start from that size. glibc's malloc_trim returns every wholly free page. Elsewhere
(another C library, no ctypes) nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache


def release() -> None:
    trim = malloc_trim()
    if trim is not None:
        trim(0)


@cache
def malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        library = ctypes.CDLL(name)
        trim: Callable[[int], int] = library.malloc_trim
    except (OSError, AttributeError, TypeError):
        return None
    return trim
