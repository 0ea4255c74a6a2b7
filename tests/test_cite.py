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
EDITION = cite.holder("A “test” edition & its notes")  # holds items with no archive named


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
    item = cite.csl_item(doc, url, EDITION)
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
                key = (style, para, cite.shape(cite.csl_item(doc, url, EDITION)))
                assert cite.template(*key) is not None
                citer = cite.Citer(EDITION, {key: cite.template(*key)})  # filled in, every time
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
            key = (style, para, cite.shape(cite.csl_item(doc, url, EDITION)))
            citer = cite.Citer(EDITION, {key: cite.template(*key)})
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


def test_prepared_forms_send_nothing_to_citeproc(monkeypatch: MonkeyPatch) -> None:
    """The fast path is explicit: with the forms made for every shape beforehand (as the
    build makes them before sharing the pages out), no citation goes to citeproc, and
    each equals citeproc's own; an item whose form is refused goes to citeproc."""
    docs = real_documents()
    wanted = [(doc, url, cite.PARA if url == cite.URL else None) for doc in docs for url in URLS]
    keys_of = [cite.citation_keys(doc, url, para, EDITION) for doc, url, para in wanted]
    twice = cite.form_keys(keys_of + keys_of)  # each shape used twice: a form for each
    assert cite.form_keys(keys_of) == [] and len(twice) == len(docs) * len(URLS) * 3
    keys = twice
    citer = cite.Citer(EDITION, {key: cite.template(*key) for key in keys})
    assert all(citer.forms.values())  # every shape of the real archive has a form
    expected = {
        (doc.id, style, url): by_citeproc(doc, style, url, para)
        for doc, url, para in wanted
        for _, _, style in cite.STYLES
    }
    sent: list[object] = []
    monkeypatch.setattr(cite, "direct", lambda *args: sent.append(args) or ("", ""))
    for doc, url, para in wanted:
        for _, _, style in cite.STYLES:
            assert citer.render(doc, style, url, para) == expected[doc.id, style, url]
    assert sent == []
    refused = cite.Citer(EDITION, {key: None for key in keys})
    refused.render(docs[0], cite.STYLES[0][2], None, None)
    assert len(sent) == 1
