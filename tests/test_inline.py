"""Inline spans on real excerpts of the seeds: each editorial kind, elisions, ruled lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_site.errors import Reporter
from archive_site.load.parse.inline import Anchors, Reading, number_word, parse_line
from archive_site.load.parse.source import SourceLine
from archive_site.model import Editorial, Elision, Rule, SpanKind, Text, line_text
from conftest import SEEDS


def real_line(needle: str) -> SourceLine:
    """The seed line that contains `needle`, found by its words, not by its number."""
    for seed in sorted(SEEDS.glob("*.txt")):
        for number, text in enumerate(seed.read_text(encoding="utf-8").split("\n"), start=1):
            if needle in text:
                return SourceLine(number, text.strip())
    raise LookupError(needle)


def spans_of(text: str | SourceLine, standalone: bool = False) -> tuple[tuple, Reporter]:
    line = text if isinstance(text, SourceLine) else SourceLine(1, text)
    report = Reporter()
    spans = parse_line([line], Reading(Path("x.txt"), report, Anchors()), standalone)
    return spans, report


def editorial(spans: tuple) -> list[tuple[SpanKind, str]]:
    return [(s.kind, s.text) for s in spans if isinstance(s, Editorial)]


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("name the First secretary Pressel [sic]", [(SpanKind.SIC, "sic")]),
        ("freeing [Aleksandr] Ginzburg", [(SpanKind.SUPPLIED, "Aleksandr")]),
        ("meet with [Andrei] Sakharov", [(SpanKind.SUPPLIED, "Andrei")]),
        ("French Communist Party [PCF] gave", [(SpanKind.ABBREVIATION, "PCF")]),
        ("relaxation of tension [détente]", [(SpanKind.GLOSS, "détente")]),
        ("measures that [page three] we consider", [(SpanKind.PAGE, "page three")]),
        ("International Department [signature]", [(SpanKind.SIGNATURE, "signature")]),
        ("[R 19 May 1977, Pb 56-68]", [(SpanKind.REFERENCE, "R 19 May 1977, Pb 56-68")]),
    ],
)
def test_each_kind_of_bracket_in_the_seeds(needle: str, expected: list) -> None:
    spans, report = spans_of(real_line(needle))
    assert editorial(spans) == expected
    assert report.diagnostics == []


def test_margin_and_summary_brackets_standing_alone() -> None:
    margin, _ = spans_of(real_line("[Along left-hand margin]"), standalone=True)
    summary, _ = spans_of(real_line("[There followed 20 pages"), standalone=True)
    assert editorial(margin) == [(SpanKind.MARGIN, "Along left-hand margin")]
    assert editorial(summary)[0][0] is SpanKind.SUMMARY
    assert editorial(summary)[0][1].startswith("There followed 20 pages of instructions")


def test_page_marker_mid_sentence_keeps_the_sentence_around_it() -> None:
    spans, _ = spans_of(real_line("measures that [page three] we consider"))
    kinds = [type(s) for s in spans]
    assert kinds == [Text, Editorial, Text]
    page = spans[1]
    assert page.anchor == "page-3"
    assert spans[0].text.endswith("measures that ")
    assert spans[2].text.startswith(" we consider expedient")


def test_page_anchors_are_unique_within_a_document() -> None:
    anchors = Anchors()
    ctx = Reading(Path("x.txt"), Reporter(), anchors)
    first = parse_line([SourceLine(1, "a [page three] b")], ctx)
    second = parse_line([SourceLine(2, "c [page three] d")], ctx)
    assert (first[1].anchor, second[1].anchor) == ("page-3", "page-3-2")


def test_elisions_are_spans_and_the_full_stop_after_them_stays_text() -> None:
    spans, _ = spans_of(real_line("positive processes that have been taking place"))
    assert spans[-2:] == (Elision("…"), Text("."))


def test_ruled_line_after_a_heading_is_a_rule_span() -> None:
    spans, _ = spans_of(real_line("Extract from protocol No 46"))
    assert isinstance(spans[-1], Rule)
    assert set(spans[-1].text) == {"_"}


def test_text_round_trips_exactly_through_spans() -> None:
    for needle in (
        "freeing [Aleksandr] Ginzburg",
        "[R 19 May 1977, Pb 56-68]",
        "Extract from protocol No 46",
        "positive processes that have been",
    ):
        line = real_line(needle)
        spans, _ = spans_of(line)
        assert line_text(spans) == line.text


def test_empty_brackets_naming_the_bracket_itself_stay_text() -> None:
    spans, report = spans_of(real_line("are bracketed, thus [ ];"))
    assert editorial(spans) == []
    assert line_text(spans).endswith("thus [ ];")
    assert report.diagnostics == []


def test_unknown_bracket_becomes_a_generic_note_with_a_warning() -> None:
    spans, report = spans_of("He wrote [?? 12 illegible ??] and left.")
    assert editorial(spans) == [(SpanKind.NOTE, "?? 12 illegible ??")]
    assert report.errors == []
    assert [str(d) for d in report.warnings] == [
        "x.txt:1: warning: bracket [?? 12 illegible ??] is of no known kind (sic, supplied "
        "name, abbreviation, gloss, page, signature, margin, note on the original, summary, "
        "reference, footnote, illegible); kept as a "
        "generic editorial note"
    ]


def test_unbalanced_and_nested_brackets_are_errors_with_their_line() -> None:
    _, unclosed = spans_of(SourceLine(7, "the Soviet [Aleksandr Ginzburg said"))
    _, unopened = spans_of(SourceLine(8, "Ginzburg] said"))
    _, nested = spans_of(SourceLine(9, "a [b [c] d] e"))
    assert [str(d) for d in unclosed.errors] == [
        "x.txt:7: found '[' with no ']' after it: '[Aleksandr Ginzburg said'; expected the "
        "bracket to close within its paragraph"
    ]
    assert [str(d) for d in unopened.errors] == [
        "x.txt:8: found ']' with no '[' before it: 'Ginzburg] said'; expected brackets in pairs"
    ]
    assert [str(d) for d in nested.errors] == [
        "x.txt:9: found '[' inside the bracket opened on line 9: '[b [c] d] e'; expected ']' "
        "before a new '[' (brackets do not nest)"
    ]


@pytest.mark.parametrize(
    ("word", "number"), [("two", 2), ("three", 3), ("twenty-one", 21), ("12", 12), ("xv", None)]
)
def test_page_numbers_in_words(word: str, number: int | None) -> None:
    assert number_word(word) == number
