"""The word model: how a text's words are indexed, the same in Python and in words.js."""

from __future__ import annotations

import re

TERM_SHARD_PREFIX = 2  # letters of a word that name its shard, before any is split
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def words(text: str) -> list[str]:
    """The indexed forms of a text's words: lower case, a light English stemming mirrored by
    reader.js, and a hyphenated word both whole ("antisoviet") and in its parts, as
    Pagefind indexes it."""
    out = []
    for token in WORD.findall(text.casefold().replace("’", "'")):
        parts = token.split("-")
        if len(parts) > 1:
            out.append(stem("".join(parts)))
        out.extend(stem(part) for part in parts)
    return out


def stem(word: str) -> str:
    word = word.removesuffix("'s").replace("'", "")
    for suffix, keep in (("ies", 4), ("ing", 5), ("ed", 4), ("s", 3)):
        if word.endswith(suffix) and len(word) > keep and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word
