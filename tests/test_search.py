"""Search in a real browser: Pagefind over loopback HTTP, the offline index from the
unzipped download opened as files, and the two giving the same paragraphs."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from playwright.sync_api import Browser, Page, Request

from archive_site.search.paragraphs import label
from archive_site.search.words import query_terms, words
from browser import Watch, ready, shared_page, wait_for_answer, wait_for_filters, watched_page
from conftest import BUNDLE, Workspace, assert_links_resolve, named_rows, script_data

PROTOCOL = "documents/1977-02-18-protocol/index.html"
AGREEMENT = [  # below the 50-result cap, so that order does not decide what is shown
    "Sakharov",
    "Ginzburg",
    "rally",
    "embassy",
    "human rights",
    "PCF",
    "TASS",
    "détente",
    "anti-Soviet",
    "Soviet-American",
    "dissidents",
    "Washington",
    "February 8",
    "1972",
    "campaign",
    "rall",
    "sakh",
]


@pytest.fixture(scope="module")
def tab(browser: Browser) -> Iterator[tuple[Page, Watch]]:
    """One page for the tests here that neither keep anything in the browser's storage nor
    count the requests a page makes (a context of their own has no cache)."""
    with shared_page(browser) as shared:
        yield shared


@pytest.fixture(params=["http", "file"])
def search_url(request: pytest.FixtureRequest, http_base: str, unzipped: Path) -> str:
    if request.param == "http":
        return http_base + "search/index.html"
    return (unzipped / "search" / "index.html").as_uri()


def results(page: Page, url: str) -> list[str]:
    """Search by address and wait for the answer: the results as 'document#block'."""
    page.goto(url)
    wait_for_answer(page)
    return shown(page)


def shown(page: Page) -> list[str]:
    """The results the search page shows, as 'document#block'."""
    return page.eval_on_selector_all(
        "#search-results li > a",
        "els => els.map(a => a.pathname.split('/').slice(-2, -1)[0] + '#' + a.hash.slice(1))",
    )


def test_sakharov_finds_the_paragraph_of_the_protocol(
    tab: tuple[Page, Watch], search_url: str
) -> None:
    page, watch = ready(tab)
    assert results(page, search_url + "?q=Sakharov") == ["1977-02-18-protocol#p19"]
    assert page.text_content("#search-status") == "1 paragraph found for “Sakharov”."
    item = page.locator("#search-results li").first
    assert item.locator(".result-where").inner_text() == "1977-02-18 · ¶ 19"
    assert item.locator("mark").first.inner_text() == "Sakharov"
    assert watch.errors == [] and watch.outside == []


def test_the_year_filter_keeps_only_the_1976_memo(tab: tuple[Page, Watch], search_url: str) -> None:
    page, watch = ready(tab)
    every = results(page, search_url + "?q=Soviet")
    assert {r.split("#")[0] for r in every} == {
        "1976-10-25-memorandum",
        "1977-02-18-protocol",
        "1977-05-19-instruction",
    }
    only = results(page, search_url + "?q=Soviet&year=1976")
    assert only and {r.split("#")[0] for r in only} == {"1976-10-25-memorandum"}
    assert watch.errors == [] and watch.outside == []


def test_a_result_lands_on_its_paragraph_with_the_words_marked(
    tab: tuple[Page, Watch], search_url: str
) -> None:
    page, watch = ready(tab, {"width": 1280, "height": 800})
    results(page, search_url + "?q=Sakharov")
    page.locator("#search-results a").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("#p19")
    hits = page.locator("#p19 mark.search-hit")
    hits.first.wait_for()  # words.js is loaded only when there are words to mark
    assert hits.count() == 1 and hits.first.inner_text() == "Sakharov"
    assert page.eval_on_selector(
        "#p19",
        "el => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight",
    )
    assert watch.errors == [] and watch.outside == []


def test_a_search_address_restores_the_query_and_filters(
    tab: tuple[Page, Watch], search_url: str
) -> None:
    page, _ = ready(tab)
    found = results(page, search_url + "?q=rally&year=1976&mention=pcf")
    assert found and all(r.startswith("1976-10-25-memorandum#") for r in found)
    assert page.input_value("#search-q") == "rally"
    assert page.input_value("#filter-year") == "1976"
    assert page.input_value("#filter-mention") == "pcf"
    # an address of the page before paragraph filters: a person mentioned
    assert results(page, search_url + "?person=bukovsky") == results(
        page, search_url + "?mention=bukovsky"
    )
    assert page.input_value("#filter-mention") == "bukovsky"


def test_search_by_keyboard_announces_the_count(tab: tuple[Page, Watch], search_url: str) -> None:
    page, _ = ready(tab)
    page.goto(search_url)
    wait_for_filters(page)
    page.focus("#search-q")
    page.keyboard.type("Ginzburg")
    page.keyboard.press("Enter")
    wait_for_answer(page)
    status = page.locator("#search-status")
    assert status.get_attribute("role") == "status"
    assert status.inner_text() == "1 paragraph found for “Ginzburg”."
    assert page.url.endswith("?q=Ginzburg")


def test_both_modes_give_the_same_paragraphs(
    tab: tuple[Page, Watch],
    http_base: str,
    unzipped: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pagefind over HTTP, the offline index from `file://`, and the same offline index
    written with tiny shards, as a large archive's are: the same paragraphs each time."""
    split = split_copy(unzipped, tmp_path / "copy", monkeypatch)
    found = [
        searched(tab, url, AGREEMENT)
        for url in (
            http_base + "search/index.html",
            (unzipped / "search" / "index.html").as_uri(),
            (split / "search" / "index.html").as_uri(),
        )
    ]
    for query, online, offline, small in zip(AGREEMENT, *found, strict=True):
        assert online and online == offline == small, query
        assert len(online) < 50, query
    # each search shows its own results, not the last one's
    assert len({tuple(shown) for shown in found[0]}) > len(AGREEMENT) // 2


def searched(tab: tuple[Page, Watch], url: str, queries: list[str]) -> list[list[str]]:
    """Each query typed into one search page in turn, as a reader asks one after another:
    the results shown for each, as 'document#block'."""
    page, watch = ready(tab)
    page.goto(url)
    out = []
    for query in queries:
        page.fill("#search-q", query)
        page.press("#search-q", "Enter")
        wait_for_answer(page, query)
        out.append(shown(page))
    assert watch.errors == [] and watch.outside == [], url
    return out


def test_the_offline_index_loads_only_what_a_search_needs(browser: Browser, unzipped: Path) -> None:
    page, _ = watched_page(browser)
    loaded: list[str] = []

    def note(request: Request) -> None:
        if "/search/offline/" in request.url:
            loaded.append(request.url.rsplit("/", 1)[-1])

    page.on("request", note)
    results(page, (unzipped / "search" / "index.html").as_uri() + "?q=Sakharov")
    shard = "-".join(f"{ord(c):x}" for c in "sa")
    # the index's words of "s", then the term shard of "sa", then the paragraphs
    assert sorted(loaded) == sorted(["meta.js", "w-73.js", f"t-{shard}.js", "r-1.js"])
    everything = list((unzipped / "search" / "offline").iterdir())
    assert len(everything) > 20  # many shards, of which a search reads three
    page.context.close()


def test_the_header_search_box_leads_to_the_search_page(
    tab: tuple[Page, Watch], unzipped: Path
) -> None:
    page, _ = ready(tab)
    page.goto((unzipped / PROTOCOL).as_uri())
    page.fill("#site-search-q", "TASS")
    page.keyboard.press("Enter")
    wait_for_answer(page)
    assert page.url.split("/")[-2:] == ["search", "index.html?q=TASS"]
    assert page.locator("#search-results li").count() == 3


def test_pagefind_answers_with_the_offline_index_paragraphs(
    browser: Browser, http_base: str
) -> None:
    """Over HTTP, Pagefind tells the documents and the words' positions, and the page reads
    the paragraphs from the offline index's records; it never reads Pagefind's fragments."""
    page, watch = watched_page(browser)
    loaded: list[str] = []
    page.on("request", lambda r: loaded.append(r.url.removeprefix(http_base)))
    results(page, http_base + "search/index.html?q=Sakharov")
    assert "pagefind/archive-pages.js" in loaded and "search/offline/r-1.js" in loaded
    assert not [u for u in loaded if "/fragment/" in u]
    assert watch.errors == [] and watch.outside == []
    page.context.close()


def test_python_and_the_browser_split_words_alike(tab: tuple[Page, Watch], unzipped: Path) -> None:
    """The build indexes with words.py; Chromium searches and marks with words.js (node
    runs it against Python over generated text in test_words.py; this is the browser)."""
    text = (
        "Sakharov's embassies rights Détente anti-Soviet campaigns' organisations "
        "telegraphed socio-political 1972 Ginzburg’s McCarthy 1970s Straße İstanbul"
    )
    page, _ = ready(tab)
    page.goto((unzipped / "search" / "index.html").as_uri())
    assert page.evaluate("t => window.archiveWords.words(t)", text) == words(text)
    assert page.evaluate("t => window.archiveWords.queryTerms(t)", text) == query_terms(text)
    assert label("p12", {"p12": 12}) == "¶ 12" and label("heading-1", {}) == "heading"
    assert label("p25", {"p25": 13}) == "¶ 13"


MEMO = "documents/1976-10-25-memorandum/index.html"


@pytest.mark.parametrize(
    ("document", "query"),
    [(MEMO, "rallied"), (MEMO, "anti-Soviet"), (PROTOCOL, "human rights"), (PROTOCOL, "VANCE's")],
)
def test_a_landing_page_marks_the_same_words_in_both_modes(
    tab: tuple[Page, Watch], http_base: str, unzipped: Path, document: str, query: str
) -> None:
    """A document page reached from a result marks the searched words with words.js in
    both modes: the same words, from a server and from the unzipped folder."""
    marked = []
    for base in (http_base, unzipped.as_uri() + "/"):
        page, watch = ready(tab)
        page.goto(f"{base}{document}?highlight={query}")
        page.locator("mark.search-hit").first.wait_for()
        marked.append(page.locator("mark.search-hit").all_inner_texts())
        assert watch.errors == [] and watch.outside == [], base
    assert marked[0] == marked[1] and marked[0]


def test_the_download_is_linked_with_its_size(built_site: Workspace, unzipped: Path) -> None:
    bundle = built_site.site / "downloads" / BUNDLE
    size = bundle.stat().st_size
    for rel in ("index.html", "about/index.html"):
        page = built_site.page(rel)
        (link,) = page.xpath(f"//p[@class='download']/a[contains(@href, '{bundle.name}')]")
        assert link.get("href").endswith("downloads/" + bundle.name)
        shown = link.getparent().text_content()
        assert f"{round(size / 1000)} KB" in shown or f"{size / 1_000_000:.1f} MB" in shown
    for rel in ("index.html", "about/index.html"):  # the offline copy links no zip of itself
        copy = lxml.html.fromstring((unzipped / rel).read_bytes())
        assert not copy.xpath(f"//a[contains(@href, '{bundle.name}')]")
        note = copy.xpath("//p[@class='download']")[0]
        assert note.text_content().startswith("This is the offline copy of the whole site")
        site_page = (built_site.site / rel).read_text(encoding="utf-8")
        offline_page = (unzipped / rel).read_text(encoding="utf-8")
        assert without_download(site_page) == without_download(offline_page)
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
    assert names == sorted(names)
    assert not any(n.endswith(BUNDLE) for n in names)  # the bundle is not inside itself


def without_download(page: str) -> str:
    """A page without its paragraph about the download, the one place the offline copies
    of Home and About differ from the site's."""
    return re.sub(r'<p class="download">.*?</p>\n', "", page, flags=re.S)


def test_the_offline_copy_holds_what_a_reader_uses_from_a_folder(
    built_site: Workspace, unzipped: Path
) -> None:
    """Pages, assets, the offline index and the downloads; not Pagefind's index, not each
    document's own records (the dataset holds them, and the copy's pages link it) but its
    files for reference managers, and every link of the copy lands on a file of the copy."""
    site = built_site.site
    held = {p.relative_to(unzipped).as_posix() for p in unzipped.rglob("*") if p.is_file()}
    published = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    data_files = {
        rel
        for rel in published
        if rel.startswith("documents/")
        and rel.endswith((".yaml", ".json", ".txt", ".xml"))
        and not rel.endswith(".csl.json")
    }
    citing = {rel for rel in published if rel.endswith((".ris", ".bib", ".csl.json"))}
    assert len(citing) == 9 and citing <= held
    assert data_files and not held & data_files
    assert not any(rel.startswith("pagefind/") for rel in held)
    assert {"downloads/dataset.zip", "search/index.html", "assets/search.js"} <= held
    assert any(rel.startswith("search/offline/") for rel in held)
    assert held == published - data_files - {".archive-site", f"downloads/{BUNDLE}"} - {
        rel for rel in published if rel.startswith("pagefind/")
    }
    assert_links_resolve(unzipped)
    for rel in sorted(held):  # the document pages differ from the site's in their downloads
        if rel.startswith("documents/") and rel.endswith("index.html"):
            page, copy = (f / rel for f in (site, unzipped))
            links = lxml.html.fromstring(copy.read_bytes()).xpath(
                "//details[@class='downloads']//a[@download]/@href"
            )
            if links:
                doc_id = rel.split("/")[1]
                own = [f"{doc_id}.{ext}" for ext in ("ris", "csl.json", "bib")]
                assert links == [*own, "../../downloads/dataset.zip"], rel
                offline = copy.read_text(encoding="utf-8")
                assert without_downloads(offline) == without_downloads(page.read_text("utf-8"))


def without_downloads(page: str) -> str:
    return re.sub(r'<details class="downloads">.*?</details>', "", page, count=1)


def test_the_offline_copy_served_over_http_searches_its_own_index(
    tab: tuple[Page, Watch], unzipped: Path
) -> None:
    """Unzipped and served (not opened as files), the copy has no Pagefind index: the
    search page reads the offline index instead, and finds the same paragraphs."""
    from browser import serve

    page, _ = ready(tab)
    with serve(unzipped) as base:
        found = results(page, base + "search/index.html?q=Sakharov")
        ready(tab)  # off the server before it stops
    expected = results(page, (unzipped / "search" / "index.html").as_uri() + "?q=Sakharov")
    assert found and found == expected


def split_copy(unzipped: Path, copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the unzipped site whose offline index is written again with tiny shards,
    as a large archive's are (split by one more letter, a frequent word's list in parts)."""
    from archive_site.archive.facets import VALUED
    from archive_site.search import offline
    from archive_site.search.paragraphs import DocFacets, Paragraph

    shutil.copytree(unzipped, copy)
    folder = copy / "search" / "offline"

    def data(name: str) -> object:
        return script_data((folder / name).read_text(encoding="utf-8"))

    table = script_data((copy / "search" / "filters.js").read_text(encoding="utf-8"))
    assert isinstance(table, dict)
    docs = [
        DocFacets(
            str(d["id"]),
            str(d["title"]),
            str(d["date"]),
            tuple(str(d[f.name]) for f in VALUED),
            f"documents/{d['id']}/index.html",
            int(str(d["paragraphs"])),
        )
        for d in named_rows(table["documents"])
    ]
    recs = [
        Paragraph(*row[:4], tuple(row[4]))
        for n, doc in enumerate(docs)
        if doc.paragraphs
        for row in data(f"r-{n}.js")  # type: ignore[union-attr]
    ]
    monkeypatch.setattr(offline, "SHARD_BYTES", 100)
    shutil.rmtree(folder)
    folder.mkdir()
    for name, text in offline.offline_index(recs, docs):
        (folder / name).write_text(text, encoding="utf-8")
    small = data("meta.js")
    assert isinstance(small, dict)
    assert any(len(key) > 2 for key in small["shards"])
    assert any(parts > 1 for parts in small["shards"].values())
    return copy


def test_the_search_tables_hold_the_documents_and_what_each_paragraph_names(
    built_site: Workspace,
) -> None:
    """search/filters.js: each document with its paragraphs (as many as the offline index
    holds for it); each person, organization and place mentioned, people first,
    with the paragraphs that name it in each document and its names of one word (a
    person's surname from each alias and name, printed errors included). The records say
    what each paragraph names; Pagefind's table says which document each page is."""
    import gzip
    import json

    from archive_site.search.pagefind_parts import SIGNATURE

    site = built_site.site
    table = script_data((site / "search" / "filters.js").read_text("utf-8"))
    assert isinstance(table, dict)
    docs = named_rows(table["documents"])
    assert [d["id"] for d in docs] == [
        "1976-10-25-memorandum",
        "1977-02-18-protocol",
        "1977-05-19-instruction",
    ]
    rows = []
    for n, doc in enumerate(docs):
        found = script_data((site / "search" / "offline" / f"r-{n}.js").read_text("utf-8"))
        assert isinstance(found, list) and len(found) == doc["paragraphs"]
        rows += found
    named = {e["id"]: e for e in named_rows(table["mention"])}
    kinds = [str(e["kind"]) for e in named.values()]
    assert kinds == sorted(kinds, key=["person", "organization", "place"].index)
    assert named["sakharov"] == {
        "id": "sakharov",
        "name": "Andrei Sakharov",
        "kind": "person",
        "places": "1",
        "forms": ["Sakharov"],
    }
    assert named["zamiatin"]["forms"] == ["Zamiatin", "Zamyatin"]  # the name's spelling too
    assert named["pcf"]["forms"] == ["PCF", "PFC"]  # a printed error, as the texts print it
    assert named["masser"]["forms"] == ["Masser"]  # not the name's note in brackets
    assert "central-committee" in named and "human-rights" not in named  # no terms
    p19 = next(r for r in rows if r[0] == 1 and r[1] == "p19")
    assert {"sakharov", "moscow", "us-embassy-moscow"} <= set(p19[4])
    # every paragraph that names an entity counts it in its document
    counted: dict[tuple[str, int], int] = {}
    for row in rows:
        for entity in row[4]:
            counted[entity, row[0]] = counted.get((entity, row[0]), 0) + 1
    for entity, entry in named.items():
        place, steps = 0, {}
        for token in str(entry["places"]).split(","):
            step, _, count = token.partition("*")
            place += int(step, 36)
            steps[place] = int(count, 36) if count else 1
        assert steps == {d: n for (e, d), n in counted.items() if e == entity}, entity
    pages = script_data((site / "pagefind" / "archive-pages.js").read_text("utf-8"))
    assert isinstance(pages, dict)
    for n, name in enumerate(pages["pages"].split(",")):
        data = (
            site / "pagefind" / "fragment" / f"{pages['prefix']}{name}.pf_fragment"
        ).read_bytes()
        url = json.loads(gzip.decompress(data)[len(SIGNATURE) :])["url"]
        assert url == f"/documents/{docs[n]['id']}/index.html"
