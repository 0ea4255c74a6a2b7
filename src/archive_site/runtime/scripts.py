"""Data the browser reads as classic scripts, which load from a folder (file://) as well as
from a server, where modules and fetch are refused."""

from __future__ import annotations

import json


def data_script(comment: str, statement: str, data: object, indent: int | None = None) -> str:
    """A script that holds `data` as JSON in place of the "{}" of `statement`, under a
    comment; the JSON never closes the script element that may hold it."""
    separators = None if indent else (",", ":")
    payload = json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=separators, indent=indent
    )
    payload = payload.replace("</", "<\\/")
    return f"/* {comment} */\n{statement.replace('{}', payload, 1)}\n"
