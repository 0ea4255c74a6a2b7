"""The two searches give the same paragraphs in the same order: Pagefind over HTTP and the
offline index from files, each asked every query in one browser session, over the real
archive's whole vocabulary, inflections made from it, capitals, diacritics, prefixes and
pairs of words; every pair of consecutive words of the texts in quotes (a phrase); every
filter without words; each person, organization and place as a paragraph filter with
words; the names of the archive spelt as transliteration spells them otherwise; names and
words typed in Russian; and dates."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from archive_site.search.words import forms, query_terms
from browser import watched_page
from conftest import Workspace, named_rows, script_data
from test_words import archive_words, pagefind_words

INFLECTIONS = ["s", "es", "ed", "ing", "ion", "ions", "er", "ers", "al", "ally"]
SPELLINGS = [("ise", "ize"), ("isa", "iza"), ("our", "or"), ("ence", "ense"), ("tre", "ter")]
DIACRITICS = str.maketrans("aeiouc", "áéïöüç")

# Every query asked of one engine in one call, with its filters: the paragraphs found, as
# "document#block", in the order shown.
ASK = """async ([engine, queries]) => {
  const out = [];
  for (const [query, chosen] of queries) {
    const found = await window.archiveSearch[engine](query, chosen, 100000);
    out.push(found.map(r => {
      const url = new URL(r.href);
      return url.pathname.split("/").slice(-2, -1)[0] + "#" + url.hash.slice(1);
    }));
  }
  return out;
}"""

Query = tuple[str, dict[str, str]]  # words, and the filters chosen


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


def texts(site: Path) -> list[list[object]]:
    """The archive's searchable paragraphs, as the offline index holds them."""
    rows: list[list[object]] = []
    for n in range(len(list((site / "search" / "offline").glob("r-*.js")))):
        data = script_data((site / "search" / "offline" / f"r-{n}.js").read_text("utf-8"))
        assert isinstance(data, list)
        rows += data
    return rows


def phrases(site: Path) -> list[str]:
    """Every pair of consecutive words of the texts, in quotes."""
    out = []
    for row in texts(site):
        words = str(row[3]).split()
        out += [f'"{a} {b}"' for a, b in itertools.pairwise(words)]
    return list(dict.fromkeys(out))


def choices(site: Path) -> dict[str, list[str]]:
    data = script_data((site / "search" / "filters.js").read_text("utf-8"))
    assert isinstance(data, dict)
    out = {f["name"]: [str(c[0]) for c in f["choices"]] for f in data["facets"]}
    out["document"] = [str(d["id"]) for d in named_rows(data["documents"])]
    out["mention"] = [str(e["id"]) for e in named_rows(data["mention"])]
    return out


# spellings transliteration gives a name: each change made alone
RESPELT = [("kh", "ch"), ("z", "s"), ("s", "z"), ("ia", "ya"), ("ya", "ia"), ("y", "i"), ("v", "w")]


def variants(site: Path) -> list[str]:
    """Each name of one word of the archive's people, organizations and places, as written
    and respelt, and with a letter doubled."""
    data = script_data((site / "search" / "filters.js").read_text("utf-8"))
    assert isinstance(data, dict)
    out = []
    for entity in named_rows(data["mention"]):
        forms = entity["forms"]
        assert isinstance(forms, list)
        for form in forms:
            out.append(form)
            out += [form.replace(a, b, 1) for a, b in RESPELT if a in form]
            out.append(form[:2] + form[1:])
    return list(dict.fromkeys(out))


# names and words typed in Russian, searched in Latin letters too; dates, read as dates
RUSSIAN = ["Сахаров", "Гинзбург", "Андропов", "Брежнев", "Буковский", "Политбюро", "Москва"]
RUSSIAN += ["Сахаров Брежнев", '"Андрей Сахаров"', "ПРАВА ЧЕЛОВЕКА"]
DATES = ["18.02.1977", "1977-02-18", "18 February 1977", "February 18, 1977", "Feb 1977", "1976"]


def filtered(site: Path) -> list[Query]:
    """Each filter's each choice without words, the years with each mention, and each
    mention with words: the archive's theme, a common word, and one of each name."""
    found = choices(site)
    out: list[Query] = [("", {f: c}) for f, values in found.items() for c in values]
    out += [("", {"year": y, "mention": m}) for y in found["year"] for m in found["mention"]]
    for m in found["mention"]:
        for words in ("human rights", "Soviet", "the", '"human rights"', "Sakharov"):
            out.append((words, {"mention": m}))
    return out


Answers = tuple[list[Query], list[list[str]], list[list[str]]]


@pytest.fixture(scope="module")
def answers(browser: Browser, built_site: Workspace, http_base: str) -> Answers:
    """Each query's paragraphs from Pagefind over HTTP, and from the offline index opened
    as a file. Asked once a run: the tests here are handed to one process together
    (conftest's TOGETHER)."""
    site = built_site.site
    every = queries(site) + phrases(site) + variants(site) + RUSSIAN + DATES
    asked: list[Query] = [(q, {}) for q in every]
    asked += filtered(site)
    pagefind = ask(browser, http_base + "search/index.html", "pagefind", asked)
    offline = ask(browser, (site / "search" / "index.html").as_uri(), "offline", asked)
    return asked, pagefind, offline


def ask(browser: Browser, url: str, engine: str, asked: list[Query]) -> list[list[str]]:
    """Every query asked of one engine in one page."""
    page, watch = watched_page(browser)
    page.goto(url)
    page.wait_for_function("window.archiveSearch && window.archiveWords")
    found: list[list[str]] = page.evaluate(ASK, [engine, [list(q) for q in asked]])
    assert watch.errors == [] and watch.outside == [], engine
    page.context.close()
    return found


def test_both_searches_find_the_same_paragraphs_in_the_same_order(
    answers: Answers, tmp_path: Path
) -> None:
    """Every query gives the same paragraphs in the same order in both modes, but for the
    words Pagefind's newer Snowball (3.1) stems otherwise than ours (3.0.1): those are
    found by asking Pagefind's own index, and must be the words 3.1 changed ("inter..."),
    no others."""
    asked, pagefind, offline = answers
    assert len(asked) >= 9_000
    words = sorted({w.strip('"') for q, _ in asked for w in q.split()} - {""})
    theirs = dict(zip(words, pagefind_words(words, tmp_path), strict=True))
    skewed = {w for w in words if theirs[w] != set(forms(w))}
    assert all(skew(w) for w in skewed), sorted(skewed)
    differ = [
        (query, chosen, a[:5], b[:5])
        for (query, chosen), a, b in zip(asked, pagefind, offline, strict=True)
        if a != b and not skew(query)
    ]
    assert differ == [], differ[:20]
    assert sum(bool(a) for a in pagefind) > len(asked) // 2  # most queries find something
    kinds = {
        "phrases": sum(q.startswith('"') for q, c in asked if not c),
        "with filters": sum(bool(c) for _, c in asked),
        "with filters and no words": sum(bool(c) and not q for q, c in asked),
    }
    skewed_queries = sum(skew(q) for q, _ in asked)
    print(f"\n{len(asked)} queries compared ({kinds}), {skewed_queries} with 'inter' words")


def skew(query: str) -> bool:
    """Whether a query has a word that Snowball 3.1 stems otherwise than 3.0.1 may: one
    that begins "inter" (3.1 tells intern, internal and international apart)."""
    return any(f.startswith("inter") for w in query.split() for f in forms(w))


def test_what_both_find_for_phrases_filters_and_names(answers: Answers) -> None:
    """What a reader asks, answered alike: a phrase in quotes finds every paragraph that
    holds it (not the first of each document); a paragraph filter keeps the paragraphs
    that name the person; a filter without words lists paragraphs; a name spelt as
    transliteration spells it otherwise finds the archive's spelling."""
    asked, pagefind, _ = answers
    found = dict(zip([(q, tuple(sorted(c.items()))) for q, c in asked], pagefind, strict=True))
    rights = found['"human rights"', ()]
    assert len(rights) == 14 and len({r.split("#")[0] for r in rights}) == 2
    assert len(found['"Soviet Union"', ()]) > 2
    assert found["human rights", (("mention", "sakharov"),)] == ["1977-02-18-protocol#p19"]
    assert found["", (("mention", "sakharov"),)] == ["1977-02-18-protocol#p19"]
    assert len(found["", (("year", "1976"),)]) == 21  # every block of the memorandum
    for spelt in ("Sacharov", "Sakharow"):
        assert found[spelt, ()] == found["Sakharov", ()] == ["1977-02-18-protocol#p19"]
    assert found["Ginsburg", ()] == found["Ginzburg", ()] != []
    assert found["Zamyatin", ()] == found["Zamiatin", ()] != []
    for russian, english in [("Сахаров", "Sakharov"), ("Буковский", "Bukovsky")]:
        assert found[russian, ()] == found[english, ()] != []
    assert found["Москва", ()] == [] and found["1977-02-18", ()] == []


def test_the_queries_are_read_as_pagefind_reads_them() -> None:
    """Dashes and quotes dropped, capitals and diacritics off, as Pagefind's search does."""
    assert query_terms("anti-Soviet") == ["antisoviet"]
    assert query_terms("“Détente”  RALLIED") == ["detent", "ralli"]
    assert query_terms("—") == []


def test_an_index_joined_from_parts_answers_as_one_run_does(
    answers: Answers,
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
        joined = page.evaluate(ASK, ["pagefind", [list(q) for q in asked]])
        assert watch.errors == [] and watch.outside == []
        page.context.close()
    differ = [(q, a, b) for q, a, b in zip(asked, single, joined, strict=True) if a != b]
    assert differ == [], differ[:5]
