"""The word model: which words a text is indexed under, and which a query searches for.

It is Pagefind's (1.5), so that the offline index finds the same paragraphs from a folder as
Pagefind does over HTTP, and it is written twice, here for the build and in words.js for
the browser, with the same constants; tests compare the two over generated Unicode text,
and both with Pagefind's own index and results.

A text is split at white space. Each word is indexed
- whole: its letters, digits and connectors (as "_"), capitals made small, diacritics off
  ("Détente," -> "detente"), then stemmed by Snowball's English stemmer;
- and, when it holds other characters or capitals after its first letter, also in its
  parts: split at ASCII punctuation and where case or digits change ("anti-Soviet" ->
  "anti", "soviet"; "McCarthy" -> "mc", "carthy"; "1970s." -> "1970"), each part of two
  or more bytes stemmed.
The last word of a block is read with the full stop Pagefind adds to it.

A query is lower-cased, its dashes, brackets, quotes and other punctuation dropped
("anti-Soviet" -> "antisoviet"), its diacritics taken off, and each of its words stemmed.
A searched word finds every indexed word it begins."""

from __future__ import annotations

import string
import unicodedata
from functools import lru_cache

import regex
import snowballstemmer

from ..runtime.scripts import data_script

TERM_SHARD_PREFIX = 2  # letters of a word that name its shard, before any is split

# The patterns of the model, which the build also writes for words.js (search/model.js):
# the same in Python's regex and in JavaScript (with the "u" flag).
KEPT = r"[\p{Alphabetic}\p{N}\p{Pc}]"  # what a word is indexed by
ALNUM = r"[\p{Alphabetic}\p{N}]"  # a word with anything else may have parts
DROPPED_FROM_QUERY = r"^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$"  # as Pagefind reads it
SPACE = r"\p{White_Space}+"  # what words are split at
UPPER = r"\p{Uppercase}"  # the capitals made small in a whole word
MARK = r"\p{M}"  # diacritics, taken off after decomposition (NFD)
# characters between two of which a text always parts into graphemes (Unicode's
# Grapheme_Cluster_Break "Other" on both sides): where words.js may cut a long text to
# segment it a piece at a time, as the browser's segmenter slows with a text's square
APART = r"[\p{Ll}\p{Lu}\p{Lt}\p{N}\p{P}\p{Zs}\p{Unified_Ideograph}\p{sc=Hiragana}\p{sc=Katakana}]"
MODEL = {
    "kept": KEPT,
    "alnum": ALNUM,
    "droppedFromQuery": DROPPED_FROM_QUERY,
    "space": SPACE,
    "upper": UPPER,
    "mark": MARK,
    "apart": APART,
    "stemmer": "Snowball English 3.0.1",  # snowballstemmer, and assets/snowball/
}
MODEL_SCRIPT = "search/model.js"  # the model, for words.js

_NOT_KEPT = regex.compile(KEPT.replace("[", "[^", 1))
_NOT_ALNUM = regex.compile(ALNUM.replace("[", "[^", 1))
_UPPER = regex.compile(UPPER)
_MARK = regex.compile(MARK)
_GRAPHEME = regex.compile(r"\X")
_DROPPED = regex.compile(DROPPED_FROM_QUERY)
_SPACE = regex.compile(SPACE)
_PUNCTUATION = str.maketrans(dict.fromkeys(string.punctuation, " "))
_STEMMER = snowballstemmer.stemmer("english")
_CACHE = 1 << 16


def words(text: str) -> list[str]:
    """The indexed forms of a block's words, in order (a word may have several)."""
    return [form for found in word_forms(text) for form in found]


def word_forms(text: str) -> list[tuple[str, ...]]:
    """The indexed forms of each word of a block, in order: a word's position is its place
    in this list, as in Pagefind's index (a word with no form takes a place too)."""
    return forms_of_words(split(text))


def forms_of_words(raw: list[str]) -> list[tuple[str, ...]]:
    """`word_forms` of a text already split (`split`), the list left as it is."""
    found = [forms(word) for word in raw]
    if raw and _NOT_ALNUM.fullmatch(raw[-1][-1]) is None:
        found[-1] = forms(raw[-1] + ".")  # Pagefind ends a block with a full stop
    return found


@lru_cache(maxsize=_CACHE)
def forms(word: str) -> tuple[str, ...]:
    """What one word (white space on neither side) is indexed under: itself, and its parts."""
    word = word.replace("\u200b", "")
    whole = "".join(c.lower() if _UPPER.match(c) else c for c in _NOT_KEPT.sub("", word))
    if not whole:
        return ()
    out = [stem(whole)]
    if _NOT_ALNUM.search(word) or _UPPER.search(word, 1):
        parts = " ".join(case_split(word.translate(_PUNCTUATION)))
        if " " in parts or not whole.startswith(parts):
            out += [stem(p) for p in parts.split(" ") if len(p.encode()) > 1]
    return tuple(dict.fromkeys(out))


def query_terms(query: str) -> list[str]:
    """The stemmed words a query searches for, read as Pagefind reads a query."""
    kept = "".join(g.lower() for g in _GRAPHEME.findall(query) if not _DROPPED.search(g))
    return [stem(word) for word in split(kept)]


def split(text: str) -> list[str]:
    """A text's words, as split at white space."""
    return [word for word in _SPACE.split(text) if word]


def stem(word: str) -> str:
    """A lower-case word, diacritics off, stemmed."""
    if not word.isascii():
        word = _MARK.sub("", unicodedata.normalize("NFD", word))
    return _stem(word)


@lru_cache(maxsize=_CACHE)
def _stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


def case_split(text: str) -> list[str]:
    """Lower-case words of a text split at white space and where case or digits change:
    lower to upper ("mcCarthy"), upper to upper-then-lower ("HTMLParser"), and between
    digits and letters ("1970s", "P46")."""
    out: list[str] = []
    for chunk in split(text):
        units = _GRAPHEME.findall(chunk)
        start = 0
        for i in range(1, len(units)):
            a, b = units[i - 1], units[i]
            c = units[i + 1] if i + 1 < len(units) else ""
            if (
                (_lower(a) and _upper(b))
                or (_upper(a) and _upper(b) and c and _lower(c))
                or (
                    _digit(a) != _digit(b) and (_digit(a) or _cased(a)) and (_digit(b) or _cased(b))
                )
            ):
                out.append("".join(units[start:i]))
                start = i
        out.append("".join(units[start:]))
    return [w.lower() for w in out if w]


def _cased(g: str) -> bool:
    return g.upper() != g.lower()


def _lower(g: str) -> bool:
    return _cased(g) and g == g.lower()


def _upper(g: str) -> bool:
    return _cased(g) and g == g.upper()


def _digit(g: str) -> bool:
    return g.isascii() and g.isdigit()


def model_script() -> str:
    """search/model.js: the model's patterns, read by words.js before it runs."""
    comment = "How the search sees words; written by the build."
    return data_script(comment, "window.archiveWordModel = {};", MODEL, indent=1)
