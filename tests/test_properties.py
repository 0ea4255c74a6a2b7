"""Property tests: whatever text or YAML comes in, the parser and the record loader either
succeed or report problems at a location, never raising; records round-trip."""

from __future__ import annotations

import string
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archive_site.archive.mentions import end_of_words_after, start_of_words_before
from archive_site.errors import Reporter
from archive_site.load import records
from archive_site.load.parse import parse_seed

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PATH = Path("seeds/x.txt")

# Text that looks like a seed: dates, brackets, capitals, blank lines, markers
PIECES = st.sampled_from(
    [
        "18 February 1977",
        "February 18, 1977",
        "30 February 1977",
        "[sic]",
        "[page two]",
        "[Aleksandr] Ginzburg",
        "[",
        "]",
        "[[x]]",
        "SECRET",
        "Top secret",
        "To the CC",
        "No P46/X",
        "Document Information",
        "Source",
        "Skip to content",
        "(V. Zagladin)",
        "[signature]",
        "[Along left-hand margin]",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "…",
        "“",
        '"',
        "1. Notes by translator are bracketed",
        "Translation, A. B.",
        "Addendum",
        "ROME OSLO",
    ]
)
SEEDISH = st.lists(st.one_of(PIECES, st.text(string.printable, max_size=30)), max_size=40)


def check_report(report: Reporter) -> None:
    for d in report.diagnostics:
        assert d.path == "seeds/x.txt" and d.line >= 1 and d.message


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_parse_or_fail_with_a_location(data: bytes) -> None:
    report = Reporter()
    doc = parse_seed(PATH, data, report)
    check_report(report)
    assert (doc is None) == bool(report.errors)


@SETTINGS
@given(SEEDISH)
@example(["18 February 1977", "\n\n", "[", "text"])
def test_seed_like_text_parses_or_fails_with_a_location(pieces: list[str]) -> None:
    report = Reporter()
    doc = parse_seed(PATH, " ".join(pieces).encode(), report)
    check_report(report)
    if doc is not None:
        text = records.dump(doc)
        again = records.load(Path("r.yaml"), text, Reporter())
        assert again == doc  # parse -> record -> parse
        assert records.dump(again) == text


YAML_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12))
YAMLISH = st.recursive(
    YAML_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@SETTINGS
@given(st.text(max_size=300))
@example("a: &x [1]\nb: *x\n")
@example("!!python/object:os.system x")
@example("[")
@example("?")  # a key that is null: no JSON object can hold it
@example("1: x\n")
def test_any_yaml_text_loads_or_fails_with_a_location(text: str) -> None:
    report = Reporter()
    doc = records.load(Path("r.yaml"), text, report)
    assert (doc is None) == bool(report.errors)
    for d in report.diagnostics:
        assert d.path == "r.yaml" and d.line >= 1


@SETTINGS
@given(YAMLISH)
def test_any_yaml_value_is_checked_by_the_schema(value: object) -> None:
    import yaml

    text = yaml.safe_dump(value)
    report = Reporter()
    assert records.load(Path("r.yaml"), text, report) is None
    assert report.errors and all(d.line >= 1 for d in report.errors)


# a text of words and spaces of several kinds, a place in it (or past its end), how many words
SPACED_WORDS = (
    st.lists(st.sampled_from(["a", "bb", " ", "\n", "\u00a0", "x-y", "\t"]), max_size=300).map(
        "".join
    ),
    st.integers(min_value=0, max_value=600),
    st.integers(min_value=1, max_value=12),
)


def words_back_one_at_a_time(text: str, pos: int, words: int) -> int:
    """The plain reading: step back over spaces, then over a word, `words` times."""
    for _ in range(words):
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
        while pos > 0 and not text[pos - 1].isspace():
            pos -= 1
        if pos == 0:
            break
    return pos


@given(*SPACED_WORDS)
def test_a_snippet_starts_where_stepping_back_word_by_word_would(
    text: str, pos: int, words: int
) -> None:
    pos = min(pos, len(text))
    assert start_of_words_before(text, pos, words) == words_back_one_at_a_time(text, pos, words)


def words_on_one_at_a_time(text: str, pos: int, words: int) -> int:
    """The plain reading: step on over spaces, then over a word, `words` times."""
    for _ in range(words):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos == len(text):
            break
        while pos < len(text) and not text[pos].isspace():
            pos += 1
    return pos


@given(*SPACED_WORDS)
def test_a_snippet_ends_where_stepping_on_word_by_word_would(
    text: str, pos: int, words: int
) -> None:
    pos = min(pos, len(text))
    on = words_on_one_at_a_time(text, pos, words)
    # fewer words than wanted: the snippet runs to the end of the text
    enough = len(text[pos:].split()) >= words
    assert end_of_words_after(text, pos, words) == (on if enough else len(text))
