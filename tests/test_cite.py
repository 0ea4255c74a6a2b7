"""Citation forms rendered once per shape and filled in give exactly what citeproc-py gives
for each document rendered on its own: for the real documents, and for values chosen to
trip the filling-in (quotes, ampersands, capitals, stop words, punctuation at the ends)."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache

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
from archive_site.site.references import csl_item
from conftest import DOCUMENTS

URL = "https://archive.example.org/documents/x/index.html"
CITED = (
    (None, None, None),
    (URL, None, None),
    (URL, cite.PARA, cite.URL),
    (None, cite.RANGE, None),
)
EDITION = "A “test” edition & its notes"  # the edition the documents are read in
FORMS = [(s.csl, what) for s in cite.STYLES for what, _, _ in s.forms]


def real_documents() -> list[Document]:
    out = []
    for path in sorted(DOCUMENTS.glob("*.yaml")):
        doc = records.load(path, path.read_text(encoding="utf-8"), Reporter())
        assert doc is not None
        out.append(doc)
    return out


def by_citeproc(
    doc: Document, csl: str, what: str, url: str | None, pin: str | None
) -> tuple[str, str]:
    """The citation as citeproc-py renders this one document, in HTML and in plain text,
    finished as pages are."""
    item = csl_item(doc, url, EDITION)
    # an entry has no pinpoint (citeproc is not given one): the same entry is asked for
    # with each pinpoint, and rendered once
    return by_citeproc_of(json.dumps(item), csl, what, None if what == "entry" else pin)


@cache
def by_citeproc_of(item_json: str, csl: str, what: str, pin: str | None) -> tuple[str, str]:
    item = json.loads(item_json)
    html = cite._render(CiteProcJSON([cite.escaped(item)]), csl, what, pin, formatter.html)
    text = cite._render(CiteProcJSON([item]), csl, what, pin, formatter.plain)
    return cite.clean_html(cite.finish(html)), cite.finish(text)


def key_of(doc: Document, csl: str, what: str, url: str | None, pin: str | None) -> cite.Key:
    return (csl, what, pin, *cite.split(csl_item(doc, url, EDITION)))


def test_filled_forms_equal_citeproc_for_the_real_documents() -> None:
    for doc in real_documents():
        for url, pin, _ in CITED:
            for csl, what in FORMS:
                key = key_of(doc, csl, what, url, pin)
                assert cite.template(*key) is not None
                citer = cite.Citer(EDITION, {key: cite.template(*key)})  # filled in, every time
                expected = by_citeproc(doc, csl, what, url, pin)
                for _ in range(2):
                    assert citer.render(doc, csl, what, url, pin) == expected


WORDS = st.sampled_from(
    ["the", "of", "Soviet", "embassy", "USSR", "“human", "rights”", "'Helsinki'", "A&B",
     "<b>", "46/10,", "on:", "who?", "Dr.", "e.g.", "Sakharov's", "anti-Soviet", "(draft)",
     "détente", "É", "1977"]
)  # fmt: skip
TITLES = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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
    for url, pin, _ in CITED:
        for csl, what in FORMS:
            key = key_of(doc, csl, what, url, pin)
            citer = cite.Citer(EDITION, {key: cite.template(*key)})
            expected = by_citeproc(doc, csl, what, url, pin)
            for _ in range(2):  # and the same the second time, from the form kept
                assert citer.render(doc, csl, what, url, pin) == expected


def test_a_form_is_refused_where_the_fill_would_be_wrong(monkeypatch: MonkeyPatch) -> None:
    """The check can fail: with a wrong name for September, the form's prediction of the
    second date misses, and the form is refused (documents then go to citeproc)."""
    shape = (("title", "", "", True), ("archive", "", "", True))
    cite.template.cache_clear()
    assert cite.template("chicago-notes-bibliography", "entry", None, shape, ()) is not None
    months = list(cite.LONG_MONTHS)
    months[8] = "Septembre"
    monkeypatch.setattr(cite, "LONG_MONTHS", months)
    cite.template.cache_clear()
    assert cite.template("chicago-notes-bibliography", "entry", None, shape, ()) is None
    monkeypatch.undo()
    cite.template.cache_clear()


def test_prepared_forms_send_nothing_to_citeproc(monkeypatch: MonkeyPatch) -> None:
    """The fast path is explicit: with the forms made for every shape beforehand (as the
    build makes them before sharing the pages out), no citation goes to citeproc, and
    each equals citeproc's own; an item whose form is refused goes to citeproc."""
    docs = real_documents()
    wanted = [(doc, url, pin, pin_url) for doc in docs for url, pin, pin_url in CITED]
    keys_of = [
        cite.citation_keys(doc, url, pin, EDITION, pin_url) for doc, url, pin, pin_url in wanted
    ]
    assert cite.form_keys(keys_of) != []  # a document's forms share shapes among styles
    keys = cite.form_keys(keys_of + keys_of)  # each shape used twice: a form for each
    assert len(keys) == len({key for many in keys_of for key in many})
    citer = cite.Citer(EDITION, {key: cite.template(*key) for key in keys})
    assert all(citer.forms.values())  # every shape of the real archive has a form
    expected = {
        (doc.id, csl, what, url, pin): by_citeproc(
            doc,
            csl,
            what,
            url if what == "entry" else pin_url or url,
            None if what == "entry" else pin,
        )
        for doc, url, pin, pin_url in wanted
        for csl, what in FORMS
    }
    sent: list[object] = []
    monkeypatch.setattr(cite, "direct", lambda *args: sent.append(args) or ("", ""))
    for doc, url, pin, pin_url in wanted:
        got = {
            (style.csl, piece.what): (piece.html, piece.text)
            for formatted, style in zip(
                citer.citations(doc, url, pin, pin_url), cite.STYLES, strict=False
            )
            for piece in formatted.pieces
        }
        for csl, what in FORMS:
            assert got[csl, what] == expected[doc.id, csl, what, url, pin]
    assert sent == []
    refused = cite.Citer(EDITION, {key: None for key in keys})
    refused.render(docs[0], cite.STYLES[0].csl, "note", None, None)
    assert len(sent) == 1
