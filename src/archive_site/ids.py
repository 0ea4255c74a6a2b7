"""Every id the archive makes from text, made by one function and held to one pattern.

An id names a page folder, a part of an address, a record's file and a TEI `xml:id`:
lower-case ASCII letters, digits and single hyphens (no space, slash or dot), at most
`LONGEST` characters. `make_id` makes one from any text: accents are taken off, Cyrillic
is written in Latin letters, everything else but letters and digits parts words, and a
long id is cut at a hyphen. Text with nothing that can be written so (punctuation alone,
a script with no Latin form here) makes no id, and the caller says so where the text
stands; `is_id` checks an id given by hand against the same pattern.
"""

from __future__ import annotations

import re
import unicodedata

PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LONGEST = 80  # characters, for every id: a folder name and an address stay short
MADE = 60  # the longest id made from text, leaving room for a suffix ("-2") that parts two

#: Cyrillic letters in Latin ones (the common Anglo-American practice, as the seeds'
#: translators write Russian names: Zhukov, Khrushchev, Yakovlev)
CYRILLIC = {
    **dict(zip("абвгдезийклмнопрстуфыэіґўјѕ", "abvgdeziyklmnoprstufyeigujz", strict=True)),
    **{"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},
    **{"ъ": "", "ь": "", "ю": "yu", "я": "ya", "ї": "yi", "є": "ye", "ђ": "dj", "љ": "lj"},
    **{"њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "g", "ќ": "k"},
}
#: Latin letters that decomposing does not take an accent off
LATIN = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}
LATIN["ı"] = "i"
APOSTROPHES = re.compile(r"(?<=\w)['’ʼ](?=\w)")  # within a word: "Writers’", "O'Brien"
NOT_WORD = re.compile(r"[^a-z0-9]+")


def is_id(text: str) -> bool:
    """Whether a text is an id: the pattern, and no longer than `LONGEST`."""
    return len(text) <= LONGEST and PATTERN.fullmatch(text) is not None


def make_id(*texts: str, longest: int = MADE) -> str | None:
    """An id from some texts, in order: 'Memorandum of Conversation' -> 'memorandum-of-
    conversation', ('1977-03-03', 'Меморандум беседы') -> '1977-03-03-memorandum-besedy',
    'Mémorandum' -> 'memorandum'. None where they hold no letter or digit to write."""
    words = [word for text in texts for word in ascii_words(text)]
    made = "-".join(words)
    if len(made) > longest:  # cut at the last hyphen within the limit, if there is one
        cut = made[: longest + 1]
        made = cut.rsplit("-", 1)[0] if "-" in cut.strip("-") else made[:longest]
        made = made.strip("-")
    return made if made and is_id(made) else None


def ascii_words(text: str) -> list[str]:
    """A text's words in lower-case ASCII letters and digits."""
    text = APOSTROPHES.sub("", unicodedata.normalize("NFC", text).lower())
    latin = "".join(CYRILLIC.get(char, LATIN.get(char, char)) for char in text)
    plain = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    return [word for word in NOT_WORD.split(plain) if word]
