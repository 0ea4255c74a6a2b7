"""The two searches give the same paragraphs: Pagefind over HTTP and the offline index from
files, each asked every query in one browser session, over the real archive's whole
vocabulary, inflections made from it, capitals, diacritics, prefixes and pairs of words."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from archive_site.search.words import forms, query_terms
from browser import watched_page
from conftest import Workspace
from test_words import archive_words, pagefind_words

INFLECTIONS = ["s", "es", "ed", "ing", "ion", "ions", "er", "ers", "al", "ally"]
SPELLINGS = [("ise", "ize"), ("isa", "iza"), ("our", "or"), ("ence", "ense"), ("tre", "ter")]
DIACRITICS = str.maketrans("aeiouc", "áéïöüç")

# Every query asked of one engine in one call: the paragraphs found, as "document#block",
# in the order shown.
ASK = """async ([engine, queries]) => {
  const out = [];
  for (const query of queries) {
    const found = await window.archiveSearch[engine](query, {}, 100000);
    out.push(found.map(r => {
      const url = new URL(r.href);
      return url.pathname.split("/").slice(-2, -1)[0] + "#" + url.hash.slice(1);
    }));
  }
  return out;
}"""


def queries(site: Path) -> list[str]:
    """The queries: each word of the archive as written, and made from its words (the same
    every run)."""
    raw = archive_words(site)
    bare = sorted({w.strip(".,;:!?()[]\"'“”‘’*") for w in raw} - {""})
    letters = sorted({w.lower() for w in bare if re.fullmatch(r"[A-Za-z]{3,}", w)})
    rng = random.Random(1977)
    out = list(raw)
    for word in letters:
        out += [word + ending for ending in rng.sample(INFLECTIONS, 3)]
        out += [word[:-1] + "ies" if word.endswith("y") else word + "ly"]
        out += [word.upper(), word.capitalize(), word.translate(DIACRITICS), word[:3]]
        for british, american in SPELLINGS:
            if british in word:
                out.append(word.replace(british, american))
            elif american in word:
                out.append(word.replace(american, british))
    out += [f"{a} {b}" for a, b in zip(rng.sample(bare, 300), rng.sample(bare, 300), strict=True)]
    return list(dict.fromkeys(out))


@pytest.fixture(scope="module")
def answers(
    browser: Browser, built_site: Workspace, http_base: str
) -> tuple[list[str], list[list[str]], list[list[str]]]:
    """Each query's paragraphs from Pagefind over HTTP, and from the offline index opened
    as a file."""
    asked = queries(built_site.site)
    found = []
    for url, engine in [
        (http_base + "search/index.html", "pagefind"),
        ((built_site.site / "search" / "index.html").as_uri(), "offline"),
    ]:
        page, watch = watched_page(browser)
        page.goto(url)
        page.wait_for_function("window.archiveSearch && window.archiveWords")
        found.append(page.evaluate(ASK, [engine, asked]))
        assert watch.errors == [] and watch.outside == []
        page.context.close()
    return asked, found[0], found[1]


def test_both_searches_find_the_same_paragraphs(
    answers: tuple[list[str], list[list[str]], list[list[str]]],
    built_site: Workspace,
    tmp_path: Path,
) -> None:
    """Every query gives the same paragraphs in both modes, but for the words Pagefind's
    newer Snowball (3.1) stems otherwise than ours (3.0.1): those are found by asking
    Pagefind's own index, and must be the words 3.1 changed ("inter..."), no others."""
    asked, pagefind, offline = answers
    assert len(asked) >= 500
    words = sorted({w for q in asked for w in q.split()})
    theirs = dict(zip(words, pagefind_words(words, tmp_path), strict=True))
    skewed = {w for w in words if theirs[w] != set(forms(w))}
    assert all(skew(w) for w in skewed), sorted(skewed)
    differ = [
        (query, sorted(set(a) - set(b)), sorted(set(b) - set(a)))
        for query, a, b in zip(asked, pagefind, offline, strict=True)
        if sorted(a) != sorted(b) and not skew(query)
    ]
    assert differ == [], differ
    assert sum(bool(a) for a in pagefind) > len(asked) // 2  # most queries find something
    skewed_queries = sum(map(skew, asked))
    print(f"\n{len(asked)} queries compared, {skewed_queries} of them with 'inter' words")


def skew(query: str) -> bool:
    """Whether a query has a word that Snowball 3.1 stems otherwise than 3.0.1 may: one
    that begins "inter" (3.1 tells intern, internal and international apart)."""
    return any(f.startswith("inter") for w in query.split() for f in forms(w))


def test_one_word_queries_list_a_documents_paragraphs_in_the_same_order(
    answers: tuple[list[str], list[list[str]], list[list[str]]],
) -> None:
    """Both list a document's paragraphs in reading order. The documents themselves are
    ranked by a score in each mode, and Pagefind's weighs things the offline index does not
    hold (where in a word a match falls): the count of queries ranked alike is printed."""
    asked, pagefind, offline = answers
    alike = single = 0
    for query, a, b in zip(asked, pagefind, offline, strict=True):
        if len(query.split()) != 1 or sorted(a) != sorted(b) or not a:
            continue
        single += 1
        alike += a == b
        for doc in {x.split("#")[0] for x in a}:
            assert [x for x in a if x.startswith(doc + "#")] == [
                x for x in b if x.startswith(doc + "#")
            ], query
    assert single > 400
    print(f"\n{alike} of {single} one-word queries ranked alike")


def test_the_queries_are_read_as_pagefind_reads_them() -> None:
    """Dashes and quotes dropped, capitals and diacritics off, as Pagefind's search does."""
    assert query_terms("anti-Soviet") == ["antisoviet"]
    assert query_terms("“Détente”  RALLIED") == ["detent", "ralli"]
    assert query_terms("—") == []


def test_an_index_joined_from_parts_answers_as_one_run_does(
    answers: tuple[list[str], list[list[str]], list[list[str]]],
    browser: Browser,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real archive indexed as a large archive is, a part per document joined into one
    index (test_pagefind_parts), asked every query in the browser: the same paragraphs in
    the same order as from one Pagefind run, read by Pagefind's own script. (Its words fit
    one chunk, as in one run: a prefix is looked up in one chunk, so with words in more,
    a query such as "the" finds the words of the chunk it falls in, in either index.)"""
    from archive_site.search import pagefind_parts
    from browser import serve
    from test_pagefind_parts import build_in_parts

    asked, single, _ = answers
    workspace.copy_real()
    build_in_parts(workspace, monkeypatch, chunk_positions=pagefind_parts.CHUNK_POSITIONS)
    with serve(workspace.site) as base:
        page, watch = watched_page(browser)
        page.goto(base + "search/index.html")
        page.wait_for_function("window.archiveSearch && window.archiveWords")
        joined = page.evaluate(ASK, ["pagefind", asked])
        assert watch.errors == [] and watch.outside == []
        page.context.close()
    differ = [(q, a, b) for q, a, b in zip(asked, single, joined, strict=True) if a != b]
    assert differ == [], differ[:5]
