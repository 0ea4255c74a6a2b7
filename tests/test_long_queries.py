"""One long word, or a long query: the word model reads it in time that grows with its
length (the same in Python and in words.js, which segments a long text a piece at a
time), the search page searches the first 1,000 characters of a query and says so, and a
query of 100,000 letters is answered. Times are measured in bench/search_bench.py."""

from __future__ import annotations

import re
from pathlib import Path

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import Browser

from archive_site.search.words import APART, forms, query_terms, words
from browser import wait_for_answer, wait_for_filters, watched_page
from test_words import KNOWN, Node, node  # noqa: F401 (the fixture)

CUT = " Only its first 1,000 characters were searched for."


def test_texts_part_into_graphemes_between_two_apart_characters() -> None:
    """words.js cuts a long text only between two such characters: Unicode gives every
    one of them the grapheme break property Other, so that graphemes part between two."""
    apart = regex.compile(APART)
    other = regex.compile(r"\p{Grapheme_Cluster_Break=Other}")
    chars = (chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    wrong = [f"U+{ord(c):04X}" for c in chars if apart.match(c) and not other.match(c)]
    assert wrong == []
    assert all(apart.match(c) for c in "aZ1 .Яω中あ") and not any(
        map(apart.match, "\u0301\u200d\r가")
    )


# long texts where graphemes join across what would be a piece's end: marks, joiners,
# flags, Hangul, CR LF, all between plain letters
JOINING = st.sampled_from(
    [
        *["e\u0301", "\u0915\u094d\u0937", "👩\u200d💻", "🇫🇷", "\u1100\u1161", "\r\n", "a\u200db"],
        *["ก\u0e33", "-\u0301", "(\u0308", "«\u0301", "A\u0301b", "1\u20e3", "x\u0301Y"],
    ]
)
LONG = st.lists(
    st.one_of(KNOWN, JOINING, JOINING, st.sampled_from("aZ1 -.")), min_size=200, max_size=900
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LONG)
def test_python_and_javascript_read_long_texts_alike(node: Node, pieces: list[str]) -> None:  # noqa: F811
    text = "".join(pieces)
    assert node("queryTerms", text) == query_terms(text)
    assert node("words", text) == words(text)
    word = regex.sub(r"\p{White_Space}", "", text)  # one long word
    assert node("queryTerms", word) == query_terms(word)
    assert node("forms", word) == list(forms(word))


def search_page(unzipped: Path) -> str:
    return (unzipped / "search" / "index.html").as_uri()


def test_a_query_of_100000_letters_is_answered_for_its_first_1000(
    browser: Browser, unzipped: Path
) -> None:
    """From a folder, where the offline index answers: before, such a word held the page
    for minutes. The test's own time limits are the only ones asserted."""
    page, watch = watched_page(browser)
    page.goto(search_page(unzipped))
    wait_for_filters(page)
    word = "sakharov" + "".join("abcdefghijklmnopqrstuvwxyz"[i * 7 % 26] for i in range(99_992))
    page.fill("#search-q", word)
    page.keyboard.press("Enter")
    wait_for_answer(page, word[:1000])
    status = page.text_content("#search-status") or ""
    assert status == f"1 paragraph found for “{word[:1000]}”.{CUT}"  # as "Sakharov" finds
    assert page.locator("#search-results li").count() == 1
    page.fill("#search-q", word[:1000])  # at the limit: all of it is searched
    page.keyboard.press("Enter")
    whole = f"1 paragraph found for “{word[:1000]}”."
    page.locator("#search-status").filter(has_text=re.compile(re.escape(whole) + "$")).wait_for()
    assert watch.errors == []
    page.context.close()
