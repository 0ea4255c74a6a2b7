"""The writers made faster write the very text of the standard ways they stand for: a
record's JSON as `json.dumps(..., indent=2)` writes it, its YAML as PyYAML's own
representer has it, a page's text escaped as markupsafe escapes it."""

from __future__ import annotations

import json
from typing import Any

import markupsafe
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from archive_site.exports import jsontext
from archive_site.load import records, yamlio
from archive_site.site import markup
from records_here import committed, record_text

texts = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["", "yes", "null", "~", "1977-02-18", "0x1f", "#a", " x", "a: b", "- x", "'", '"', "\u2028"]
)
leaves = texts | st.integers() | st.booleans() | st.none()
values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(texts, inner, max_size=5),
    max_leaves=40,
)
odd = st.floats() | st.tuples(st.integers()) | st.dictionaries(st.integers(), st.integers())


class _Representer(yamlio._CDumper):  # type: ignore[misc,name-defined]
    """The dumper of records before: the safe representer's own way to nodes."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def represented(data: Any) -> str:
    return str(
        yaml.dump(
            data,
            Dumper=_Representer,
            sort_keys=False,
            allow_unicode=True,
            width=96,
            default_flow_style=False,
        )
    )


def standard_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def test_each_record_is_written_as_the_standard_ways_write_it() -> None:
    for doc in committed():
        data = records.to_data(doc)
        assert jsontext.indented(data) == standard_json(data)
        assert yamlio.dump(data, records.HEADER) == records.HEADER + represented(data)
        assert yamlio.dump(data, records.HEADER) == record_text(doc)


@settings(max_examples=300)
@given(values)
def test_any_data_a_record_may_hold_is_written_the_same(data: Any) -> None:
    assert jsontext.indented(data) == standard_json(data)
    assert yamlio.dump(data) == represented(data)


@given(st.lists(odd, min_size=1, max_size=3) | odd)
def test_values_no_record_holds_are_left_to_the_standard_ways(data: Any) -> None:
    assert jsontext.indented(data) == standard_json(data)
    assert yamlio.dump(data) == represented(data)


@given(st.text() | st.sampled_from(["&<>'\"", "&amp;", "a < b", "\u2028"]))
def test_a_line_s_markup_escapes_text_as_markupsafe_does(text: str) -> None:
    assert markup.escape(text) == str(markupsafe.escape(text))
    assert type(markup.escape(text)) is str


def test_what_is_markup_already_is_not_escaped_again() -> None:
    done = markupsafe.Markup("<em>kept</em>")
    assert markup.escape(done) == "<em>kept</em>"
    assert markup.escape(3) == "3"
