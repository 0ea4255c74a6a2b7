"""Citation forms rendered once per shape and filled in give exactly what citeproc-py gives
for each document rendered on its own: for the real documents, and for values chosen to
trip the filling-in (quotes, ampersands, capitals, stop words, punctuation at the ends)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from citeproc import formatter
from citeproc.source.json import CiteProcJSON
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

from archive_site.errors import Reporter
from archive_site.load import records
from archive_site.model import Document, Printed, Title
from archive_site.site import cite
from conftest import DOCUMENTS

URLS = (None, "https://archive.example.org/documents/x/index.html", cite.URL)


def real_documents() -> list[Document]:
    out = []
    for path in sorted(DOCUMENTS.glob("*.yaml")):
        doc = records.load(path, path.read_text(encoding="utf-8"), Reporter())
        assert doc is not None
        out.append(doc)
    return out


def by_citeproc(doc: Document, style: str, url: str | None, para: str | None) -> tuple[str, str]:
    """The citation as citeproc-py renders this one document, in HTML and in plain text,
    post-processed as pages are."""
    item = cite.csl_item(doc, url)
    html = cite._render(CiteProcJSON([cite.escaped(item)]), style, para, formatter.html)
    text = cite._render(CiteProcJSON([item]), style, para, formatter.plain)
    if style != "apa":
        html, text = cite.quotes_inside(html), cite.quotes_inside(text)
    return cite.clean_html(html), text


def test_filled_forms_equal_citeproc_for_the_real_documents() -> None:
    for doc in real_documents():
        for url in URLS:
            para = cite.PARA if url == cite.URL else None
            for _, _, style in cite.STYLES:
                item = cite.csl_item(doc, url)
                assert cite.template(style, para, cite.shape(item)) is not None
                # the first of a shape goes to citeproc; the next is filled in
                citer = cite.Citer()
                for _ in range(2):
                    assert citer.render(doc, style, url, para) == by_citeproc(doc, style, url, para)


WORDS = st.sampled_from(
    ["the", "of", "Soviet", "embassy", "USSR", "“human", "rights”", "'Helsinki'", "A&B",
     "<b>", "46/10,", "on:", "who?", "Dr.", "e.g.", "Sakharov's", "anti-Soviet", "(draft)",
     "détente", "É", "1977"]
)  # fmt: skip
TITLES = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TITLES, author=st.one_of(st.none(), TITLES), translator=st.one_of(st.none(), TITLES))
def test_filled_forms_equal_citeproc_for_awkward_values(
    title: str, author: str | None, translator: str | None
) -> None:
    base = real_documents()[1]
    meta = replace(
        base.meta,
        title=Title(title, editorial=True),
        author=author,
        translator=Printed(translator) if translator else None,
    )
    doc = replace(base, meta=meta)
    for url in URLS:
        para = cite.PARA if url == cite.URL else None
        for _, _, style in cite.STYLES:
            citer = cite.Citer()
            for _ in range(2):
                assert citer.render(doc, style, url, para) == by_citeproc(doc, style, url, para)


def test_a_form_is_refused_where_the_fill_would_be_wrong(monkeypatch: MonkeyPatch) -> None:
    """The check can fail: with a wrong name for September, the form's prediction of the
    second date misses, and the form is refused (documents then go to citeproc)."""
    shape = (("title", "", "", True), ("archive", "", "", True))
    cite.template.cache_clear()
    assert cite.template("chicago-notes-bibliography", None, shape) is not None
    months = list(cite.LONG_MONTHS)
    months[8] = "Septembre"
    monkeypatch.setattr(cite, "LONG_MONTHS", months)
    cite.template.cache_clear()
    assert cite.template("chicago-notes-bibliography", None, shape) is None
    monkeypatch.undo()
    cite.template.cache_clear()


def test_the_next_item_of_a_shape_is_filled_in_not_sent_to_citeproc(
    monkeypatch: MonkeyPatch,
) -> None:
    """The fast path is explicit: a citer sends the first item of a shape to citeproc and
    fills in a form for the next, with the same result."""
    doc = real_documents()[0]
    shape = cite.shape(cite.csl_item(doc, None))
    styles = [s for _, _, s in cite.STYLES if cite.template(s, None, shape) is not None]
    assert styles  # the forms that pass their check
    citer = cite.Citer()
    first = [citer.render(doc, style, None, None) for style in styles]

    def refuse(*args: object) -> tuple[str, str]:
        raise AssertionError("sent to citeproc again")

    monkeypatch.setattr(cite, "direct", refuse)
    assert [citer.render(doc, style, None, None) for style in styles] == first
    with pytest.raises(AssertionError, match="sent to citeproc again"):
        cite.Citer().render(doc, styles[0], None, None)  # a new citer has seen none
