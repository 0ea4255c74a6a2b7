"""A record as indented JSON: the very text of `json.dumps(data, ensure_ascii=False,
indent=2)`, written in a fraction of its time. The standard library writes indented JSON
in Python, a generator for every list and mapping (its C encoder takes no indent); here
each text is escaped by the same C function and the pieces are joined once. A value of
any other type than the record's data holds (text, whole numbers, true, false, null,
lists and mappings with text keys) is left to `json.dumps`, which writes it as it would."""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

INDENT = "  "


class _Other(Exception):
    """A value this writer leaves to `json.dumps`."""


def indented(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, the same text."""
    out: list[str] = []
    try:
        _write(data, "\n", out)
    except (_Other, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


def _write(value: Any, pad: str, out: list[str]) -> None:
    """Append `value`, its lines after the first opening with `pad` (a newline and the
    indent of the line it stands on)."""
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = pad + INDENT
        before = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Other
            out.append(before)
            out.append(encode_basestring(key))
            out.append(": ")
            _write(item, inner, out)
            before = "," + inner
        out.append(pad + "}")
    elif kind is list:
        if not value:
            out.append("[]")
            return
        inner = pad + INDENT
        before = "[" + inner
        for item in value:
            out.append(before)
            _write(item, inner, out)
            before = "," + inner
        out.append(pad + "]")
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    else:  # a float, a tuple, a subclass: as json.dumps has it
        raise _Other
