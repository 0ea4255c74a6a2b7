"""How the frozen dataclasses that pass between the stages are pickled.

The build pickles to digest its inputs (every key of the store), to keep results for the
next build, and to hand work and results between processes. For a slotted dataclass,
Python 3.11 pickles each instance through a generic `__getstate__` that looks up the
class's fields again for every instance, and unpickles it by setting each field in turn.
A class decorated here is pickled as itself and its fields' values, in order, and made
again by calling it: the same values, in about two thirds of the time.

What is read back from a file is read by `DataUnpickler`, which makes this package's
data classes and nothing else.
"""

from __future__ import annotations

import dataclasses
import enum
import io
import pickle
from operator import attrgetter
from typing import IO, Any, TypeVar

T = TypeVar("T")
PACKAGE = __name__.partition(".")[0]  # archive_site


def pickled_by_fields(cls: type[T]) -> type[T]:
    """Pickle instances of this dataclass as (class, field values); every field must be a
    parameter of its `__init__`, in order (no `init=False`, no keyword-only field)."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}: a field its __init__ does not take in order")
    names = [f.name for f in fields]
    if len(names) == 1:
        get_one = attrgetter(names[0])

        def reduce_one(self: Any) -> tuple[type[T], tuple[Any, ...]]:
            return cls, (get_one(self),)

        cls.__reduce__ = reduce_one  # type: ignore[method-assign]
    else:
        get_all = attrgetter(*names)

        def reduce_all(self: Any) -> tuple[type[T], tuple[Any, ...]]:
            return cls, get_all(self)

        cls.__reduce__ = reduce_all  # type: ignore[method-assign]
    return cls


class DataUnpickler(pickle.Unpickler):
    """An unpickler of data only: what the build keeps between runs (the build store) is
    read back with it, so that a pickle put in its place can run no code. Besides
    Python's own values (texts, numbers, tuples, lists, dicts, sets), a pickle may name
    only this package's dataclasses and enumerations, which it makes by their
    constructors; any other name (a function, a class of another module) is refused
    with pickle.UnpicklingError."""

    def find_class(self, module: str, name: str) -> Any:
        if (module == PACKAGE or module.startswith(f"{PACKAGE}.")) and not (
            "." in name or module.endswith("__main__")
        ):
            found = super().find_class(module, name)
            if data_class(found) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not data of this program")


def data_class(found: object) -> bool:
    """A dataclass or an enumeration: made from its values alone, running no code."""
    return isinstance(found, type) and (
        dataclasses.is_dataclass(found) or issubclass(found, enum.Enum)
    )


def loads_data(data: bytes) -> Any:
    """A pickle of data only (see DataUnpickler)."""
    return DataUnpickler(io.BytesIO(data)).load()


def text_pickler(out: IO[bytes] | Any) -> pickle.Pickler:
    """A pickler that writes texts not in ASCII as their UTF-8 (`utf8_bytes`); its
    pickles are read by `text_unpickler`."""
    pickler = pickle.Pickler(out, protocol=5)
    pickler.persistent_id = utf8_bytes  # type: ignore[method-assign]
    return pickler


def text_unpickler(source: IO[bytes]) -> pickle.Unpickler:
    """An unpickler of data only (`DataUnpickler`): a pickle planted in the store runs
    no code."""
    unpickler = DataUnpickler(source)
    unpickler.persistent_load = from_utf8  # type: ignore[method-assign]
    return unpickler


def utf8_bytes(value: object) -> bytes | None:
    """A text not in ASCII, pickled as its UTF-8 bytes (a persistent id): pickled as a
    text, it would keep a copy of its UTF-8 for the rest of its life (CPython caches it
    in the string), a second copy of every such text a build digests or keeps."""
    if type(value) is str and not value.isascii():
        return value.encode("utf-8", "surrogatepass")
    return None


def from_utf8(pid: object) -> str:
    """A text pickled by `utf8_bytes`."""
    if not isinstance(pid, bytes):
        raise pickle.UnpicklingError("a persistent id that is not a text")
    return pid.decode("utf-8", "surrogatepass")
