"""Pages a person can read at any size: a real build of a generated archive of a few
hundred documents, where some entities have thousands of mentions, one index has more
than 200 entries and one year more than 200 documents. An entity's mentions are on pages
of at most 200, by year; an index is by letter; the timeline by year, and the home page
lists the years; every mention is reachable from its entity's page, every document and
event from the timeline, and a document added in a later year leaves the earlier years'
pages as they were."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from playwright.sync_api import Browser

from conftest import PROJECT, assert_links_resolve, snapshot

sys.path.insert(0, str(PROJECT / "bench"))
from generate import generate

PER_PAGE = 200
KINDS = ("people", "organizations", "places", "glossary", "events")
EXTRA_PLACES = 230  # context-only places added to the generated ones: the index is by letter
CROWDED = 230  # generated documents moved into 1977: its timeline has numbered pages
SHORT = (3, 6)  # paragraphs of a generated document: enough to name many entities, quick to build


def build(root: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(PROJECT / "build.py"), "-q"],
        cwd=root, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr


def page(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("large") / "archive"
    generate(root, 300, paragraphs=SHORT)
    for seed in sorted((root / "seeds").glob("*.txt"))[:CROWDED]:
        text = seed.read_text(encoding="utf-8")
        seed.write_text(re.sub(r"\b19[6-8]\d\b", "1977", text), encoding="utf-8")
    places = root / "documents" / "entities" / "places.yaml"
    extra = [
        # most under K, so that a letter has more than a page
        f"- id: extra-{n:03d}\n  name: {name}\n  aliases: [{name}]\n  context_only: true\n"
        f"  description: A place the test adds, number {n}.\n"
        for n, name in enumerate(
            f"{'K' if n < 210 else chr(65 + n % 26)}extra {n:03d}" for n in range(EXTRA_PLACES)
        )
    ]
    text = places.read_text(encoding="utf-8").rstrip("\n") + "\n"
    places.write_text(text + "".join(extra), encoding="utf-8")
    build(root)
    return root


def entity_pages(site: Path, rel: str) -> list[Path]:
    """An entity's page and its pages of mentions."""
    folder = (site / rel).parent
    return [folder / "index.html", *sorted(folder.glob("*/index.html"))]


def test_no_page_of_an_entity_or_index_lists_more_than_200(large: Path) -> None:
    site = large / "site"
    for kind in KINDS:
        for path in (site / kind).rglob("*.html"):
            html = page(path)
            assert len(html.xpath("//ul[@class='mention-list']/li")) <= PER_PAGE, path
            assert len(html.xpath("//ul[@class='entity-index']/li")) <= PER_PAGE, path
    big = page(site / "glossary" / "dissidents" / "index.html")
    assert not big.xpath("//ul[@class='mention-list']")  # its mentions are by year
    assert len((site / "glossary" / "dissidents" / "index.html").read_bytes()) < 60_000


def test_a_large_entity_gives_counts_by_year_and_every_mention_is_reachable(
    large: Path,
) -> None:
    site = large / "site"
    main = site / "glossary" / "dissidents" / "index.html"
    html = page(main)
    assert html.xpath("//p[@class='entity-description']")
    (count,) = html.xpath("//p[@class='mention-count']")
    said = re.match(r"([\d,]+) mentions in ([\d,]+) documents", count.text)
    assert said is not None, count.text
    mentions, documents = (int(n.replace(",", "")) for n in said.groups())
    # what the documents' pages mark as mentions of it: the count, and the documents
    marked: Counter[str] = Counter()
    for doc_page in (site / "documents").glob("*/index.html"):
        n = doc_page.read_text(encoding="utf-8").count(
            'class="mention" href="../../glossary/dissidents/index.html"'
        )
        if n:
            marked[doc_page.parent.name] = n
    assert (mentions, documents) == (sum(marked.values()), len(marked)) and mentions > 1000
    rows = html.xpath("//table[@class='mention-years']/tbody/tr")
    by_year = {r.xpath("th/a")[0].text: int(r.xpath("td")[0].text.replace(",", "")) for r in rows}
    assert sum(by_year.values()) == mentions
    assert list(by_year) == sorted(by_year)
    # each year's pages, linked from the table, hold its mentions, 200 a page
    reached: Counter[str] = Counter()
    linked = sorted({(main.parent / href).resolve() for href in html.xpath("//tbody//a/@href")})
    assert linked == sorted(p.resolve() for p in entity_pages(site, "glossary/dissidents/x")[1:])
    for year, expected in by_year.items():
        pages = [main.parent / year / "index.html"]
        pages += sorted(main.parent.glob(f"{year}-*/index.html"), key=lambda p: len(str(p)))
        pages.sort(key=lambda p: int(p.parent.name.partition("-")[2] or 1))
        counts = []
        for path in pages:
            items = page(path).xpath("//ul[@class='mention-list']/li/a/@href")
            counts.append(len(items))
            for href in items:
                reached[href.split("/")[-2]] += 1
        assert sum(counts) == expected
        assert all(n == PER_PAGE for n in counts[:-1]) and 0 < counts[-1] <= PER_PAGE
    assert reached == marked


def test_the_pages_of_mentions_are_chained_in_date_order(large: Path) -> None:
    folder = large / "site" / "glossary" / "dissidents"
    first = page(folder / "index.html").xpath("//tbody//a/@href")[0]
    seen, here = [], (folder / first).resolve()
    while True:
        seen.append(here.parent.name)
        html = page(here)
        back = html.xpath("//nav[@class='breadcrumb']//a/@href")
        assert (here.parent / back[-1]).resolve() == (folder / "index.html").resolve()
        following = html.xpath("//a[@rel='next']/@href")
        if not following:
            break
        here = (here.parent / following[0]).resolve()
    assert sorted(seen, key=lambda n: (n[:4], int(n[5:] or 1))) == seen
    assert len(seen) == len(list(folder.glob("*/index.html")))
    dates = [d for name in seen for d in page(folder / name / "index.html").xpath("//h3/a/text()")]
    assert len(dates) > len(seen)


def pagers(html: lxml.html.HtmlElement) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Each pager of a page: its name, and its links (rel, href, text)."""
    return [
        (nav.get("aria-label"), [(a.get("rel"), a.get("href"), a.text) for a in nav.iter("a")])
        for nav in html.xpath("//nav[contains(concat(' ', @class, ' '), ' pager ')]")
    ]


def test_a_paged_list_has_its_pager_at_the_end_as_well(large: Path) -> None:
    """A long page of a list (an entity's mentions, a timeline's year, an index's letter)
    ends with the links to the pages before and after, as it begins (a letter's page
    begins with all the letters); each pager a landmark of its own name."""
    site = large / "site"
    mentions = sorted((site / "glossary" / "dissidents").glob("*/index.html"))
    timeline = [site / "timeline" / name / "index.html" for name in ("1933", "1977", "1977-2")]
    for path in [*mentions, *timeline]:
        html = page(path)
        (top, top_links), (end, end_links) = pagers(html)
        assert end_links == top_links and end_links, path
        assert top != end, path
        listed = html.xpath("//ul[@class='mention-list'] | //ol[@class='timeline-full']")
        assert listed[-1].xpath("following::nav/@aria-label") == [end], path
    hrefs = page(site / "places" / "index.html").xpath("//nav[@class='letters']//a/@href")
    assert len(hrefs) == len(list((site / "places").glob("letter-*.html")))
    chain = []
    for href in hrefs:
        html = page(site / "places" / href)
        ((name, links),) = pagers(html)
        assert name == "Other letters, after the list"
        assert html.xpath("//ul[@class='entity-index']/following::nav/@aria-label") == [name]
        chain.append([(rel, href) for rel, href, _ in links])
    for at, links in enumerate(chain):  # each letter's page leads to the one before and after
        expected = [("prev", hrefs[at - 1])] if at else []
        expected += [("next", hrefs[at + 1])] if at + 1 < len(hrefs) else []
        assert links == expected, hrefs[at]
    assert ("next", "letter-k-2.html") in chain[hrefs.index("letter-k.html")]


def test_an_index_of_more_than_200_is_by_letter(large: Path) -> None:
    site = large / "site"
    index = page(site / "places" / "index.html")
    assert not index.xpath("//ul[@class='entity-index']")
    letters = index.xpath("//nav[@class='letters']//a")
    hrefs = [a.get("href") for a in letters]
    assert hrefs[:2] == ["letter-b.html", "letter-c.html"]  # no place begins with A
    assert hrefs == sorted(hrefs, key=lambda h: (h[7], len(h), h))
    assert {"letter-k.html", "letter-k-2.html"} <= {a.get("href") for a in letters}
    names: list[str] = []
    for a in letters:
        letter_page = page(site / "places" / a.get("href"))
        found = letter_page.xpath("//ul[@class='entity-index']/li/a/text()")
        assert 0 < len(found) <= PER_PAGE
        names += found
    entities = (large / "documents" / "entities" / "places.yaml").read_text(encoding="utf-8")
    assert len(names) == len(set(names)) == entities.count("\n- id:") + entities.startswith("- id:")
    k = page(site / "places" / "letter-k-2.html")
    assert k.xpath("//h1")[0].text == "Places: K (2)"
    assert k.xpath("//nav[@class='breadcrumb']//a/@href") == ["../index.html", "index.html"]


def test_every_link_of_the_large_archive_lands(large: Path) -> None:
    """Every page's: the documents' links to their events' entries on the timeline too."""
    assert_links_resolve(large / "site")


def timeline_pages(site: Path) -> list[Path]:
    """The timeline's pages of years, in the order their links chain them."""
    folder = site / "timeline"
    first = page(folder / "index.html").xpath("//table//tbody//a/@href")[0]
    out, here = [], (folder / first).resolve()
    while True:
        out.append(here)
        following = page(here).xpath("//a[@rel='next']/@href")
        if not following:
            return out
        here = (here.parent / following[0]).resolve()


def test_no_page_of_the_timeline_or_home_lists_more_than_200(large: Path) -> None:
    site = large / "site"
    home = page(site / "index.html")
    assert not home.xpath("//ol[@class='document-list']")  # its documents are by year
    assert len(home.xpath("//table[contains(@class, 'document-years')]//tbody/tr")) <= PER_PAGE
    assert len((site / "index.html").read_bytes()) < 30_000
    index = page(site / "timeline" / "index.html")
    assert not index.xpath("//ol[@class='timeline-full']")
    pages = sorted((site / "timeline").glob("*/index.html"))
    assert pages == sorted(timeline_pages(site))  # chained, each once
    counts = {p.parent.name: len(page(p).xpath("//ol[@class='timeline-full']/li")) for p in pages}
    assert all(0 < n <= PER_PAGE for n in counts.values())
    assert counts["1977"] == PER_PAGE and 0 < counts["1977-2"] <= PER_PAGE  # in date order
    dates = [d for p in timeline_pages(site) for d in page(p).xpath("//ol/li/p/time/@datetime")]
    assert dates == sorted(dates)


def test_every_document_and_event_is_on_exactly_one_page_of_the_timeline(large: Path) -> None:
    site = large / "site"
    found: Counter[str] = Counter()
    summaries: dict[str, list[str]] = {}
    for path in (site / "timeline").glob("*/index.html"):
        for li in page(path).xpath("//ol[@class='timeline-full']/li"):
            found[li.get("id")] += 1
            summaries[li.get("id")] = li.xpath("p[@class='entry-summary']/text()")
    documents = {f"document-{p.parent.name}" for p in (site / "documents").glob("*/index.html")}
    events = (large / "documents" / "entities" / "events.yaml").read_text(encoding="utf-8")
    expected = documents | {f"event-{e}" for e in re.findall(r"^- id: (\S+)", events, re.M)}
    assert set(found) == expected and set(found.values()) == {1}
    # each document with the last paragraph of its summaries, as the home page showed it
    for doc in documents:
        shown = page(site / "documents" / doc.removeprefix("document-") / "index.html")
        assert summaries[doc] == shown.xpath("//section[contains(@class, 'summary')]/p/text()")[-1:]
    assert sum(map(bool, summaries.values())) >= len(documents) / 4
    # the page of years says where each entry is, for links made before it had years
    (data,) = page(site / "timeline" / "index.html").xpath("//script[@id='timeline-places']")
    places = json.loads(data.text)
    assert {e: folder for folder, ids in places.items() for e in ids} == {
        li.get("id"): path.parent.name
        for path in (site / "timeline").glob("*/index.html")
        for li in page(path).xpath("//ol[@class='timeline-full']/li")
    }
    # the home page's years lead to the pages of each year, where its documents are
    home = page(site / "index.html")
    rows = home.xpath("//table[contains(@class, 'document-years')]//tbody/tr")
    listed = Counter()
    for row in rows:
        for href in dict.fromkeys(row.xpath("th//a/@href")):  # the year, its pages
            listed.update(
                li.get("id") for li in page(site / href).xpath("//li[@class='timeline-document']")
            )
    assert set(listed) == documents and set(listed.values()) == {1}
    assert sum(int(r.xpath("td")[0].text.replace(",", "")) for r in rows) == len(documents)


def test_an_old_link_to_an_event_of_the_timeline_reaches_its_entry(
    large: Path, browser: Browser
) -> None:
    """Made when the timeline was one page: timeline/index.html#event-..."""
    from browser import serve, watched_page

    site = large / "site"
    places = json.loads(
        page(site / "timeline" / "index.html").xpath("//script[@id='timeline-places']")[0].text
    )
    event = next(e for ids in places.values() for e in ids if e.startswith("event-"))
    document = places["1977-2"][-1]
    with serve(site) as base:
        for start in ((site / "timeline" / "index.html").as_uri(), base + "timeline/index.html"):
            for entry in (event, document):
                view, watch = watched_page(browser)
                view.goto(f"{start}#{entry}")
                view.wait_for_url(re.compile(r"/timeline/[^/]+/index\.html#"))
                assert view.url.endswith(f"#{entry}")
                assert view.locator(f"li[id='{entry}']").is_visible()
                assert view.evaluate("document.querySelector(':target').id") == entry
                assert not watch.errors, watch.errors
                view.context.close()


def test_axe_finds_no_violations_on_the_paged_lists(large: Path, browser: Browser) -> None:
    """Their two pagers are two landmarks, named apart; in light and dark."""
    from browser import run_axe, watched_page

    site = large / "site"
    pages = ["glossary/dissidents/1977-2/index.html", "timeline/1977-2/index.html"]
    pages += ["places/letter-k-2.html"]
    view, _ = watched_page(browser)
    for scheme in ("light", "dark"):
        view.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
        for rel in pages:  # each loaded in the theme, as a reader's system gives it
            view.goto((site / rel).as_uri())
            view.wait_for_load_state("load")
            assert run_axe(view) == [], (rel, scheme)
    view.context.close()


def test_a_document_of_a_later_year_leaves_the_earlier_pages_as_they_were(
    large: Path, tmp_path: Path
) -> None:
    root = tmp_path / "archive"
    shutil.copytree(large, root, symlinks=True)
    folder = root / "site" / "glossary" / "dissidents"
    before = snapshot(folder)
    timeline = snapshot(root / "site" / "timeline")
    last = max(path for path in (root / "seeds").glob("*.txt"))
    text = last.read_text(encoding="utf-8")
    years = sorted(set(re.findall(r"\b19[6-8]\d\b", text)))
    later = text
    for year in years:
        later = later.replace(year, "1995")
    (root / "seeds" / "zz-later.txt").write_text(later, encoding="utf-8")
    build(root)
    after = snapshot(folder)
    assert any(name.startswith("1995") for name in after)
    changed = {name for name in before if before[name] != after.get(name)}
    # the entity's own page (its counts) and the last page of the year before, whose
    # "next" now leads to the new year
    last_year = max(name[:4] for name in before if name[:1].isdigit())
    assert changed <= {"index.html"} | {name for name in before if name.startswith(last_year)}
    assert len(changed) <= 2
    # the timeline: its page of years, and the "next" of the last page of the last year
    later = snapshot(root / "site" / "timeline")
    assert "1995/index.html" in later
    last = max((name for name in timeline if name[:1].isdigit()), key=lambda n: (n[:4], len(n), n))
    assert {name for name in timeline if timeline[name] != later.get(name)} == {
        "index.html",
        last,
    }


def test_the_pages_of_mentions_and_letters_pass_the_nu_html_checker(large: Path) -> None:
    from test_html_valid import nu_errors

    site = large / "site"
    folder = site / "glossary" / "dissidents"
    pages = [folder / "index.html", *sorted(folder.glob("*/index.html"))[:3]]
    pages += [site / "places" / "index.html", *sorted((site / "places").glob("letter-*.html"))]
    pages += [site / "index.html", site / "timeline" / "index.html"]
    pages += [site / "timeline" / name / "index.html" for name in ("1933", "1977", "1977-2")]
    assert nu_errors([str(p) for p in pages]) == []


def test_every_page_of_the_large_archive_is_in_the_register(large: Path) -> None:
    """Its pages of mentions by year and its indexes' pages by letter too."""
    site = large / "site"
    published = {p.relative_to(site).as_posix() for p in site.rglob("*.html")} - {"404.html"}
    text = (large / "documents" / "anchors" / "register.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    registered = {row[1] if row[0] == "page" else row[2] for row in rows if row[0] != "anchor"}
    assert registered == published
    assert any("/letter-" in p for p in registered)
    assert any(re.search(r"/\d{4}(-\d+)?/index\.html$", p) for p in registered)
    assert {"timeline/1977/index.html", "timeline/1977-2/index.html"} <= registered


def test_an_index_no_longer_by_letter_fails_until_its_letters_pages_are_redirected(
    large: Path, tmp_path: Path
) -> None:
    """The extra places removed (each to an alias of another), the places' index fits
    one page again: each of its pages by letter would go, and the build says so with the
    line to add for each."""
    from test_page_addresses import PROPOSED

    root = tmp_path / "archive"
    shutil.copytree(large, root, symlinks=True)
    places = root / "documents" / "entities" / "places.yaml"
    text = places.read_text(encoding="utf-8")
    places.write_text(text[: text.index("- id: extra-000")], encoding="utf-8")
    letters = sorted(p.name for p in (root / "site" / "places").glob("letter-*.html"))
    assert letters
    site = snapshot(root / "site")
    run = subprocess.run(
        [sys.executable, str(PROJECT / "build.py"), "-q"],
        cwd=root, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 1
    proposed = dict(PROPOSED.findall(run.stderr))
    assert sorted(p for p in proposed if "/letter-" in p) == [f"places/{n}" for n in letters]
    assert {proposed[f"places/{n}"] for n in letters} == {"places/index.html"}  # the nearest
    assert snapshot(root / "site") == site  # nothing published
    kept = re.search(r"^- id: (\S+)", text, re.M)
    assert kept
    gone = sorted(set(re.findall(r"entity '(extra-\d+)'", run.stderr)))
    aliases = "entities:\n" + "".join(f"  {e}: {kept.group(1)}\n" for e in gone)
    aliases += "pages:\n" + "".join(f"  {old}: {new}\n" for old, new in sorted(proposed.items()))
    (root / "documents" / "anchors" / "aliases.yaml").write_text(aliases, "utf-8")
    build(root)
    for name in letters:  # each old address sends the reader to the index
        moved = page(root / "site" / "places" / name)
        assert moved.get("data-moved-to") == "../places/index.html"
        assert moved.xpath("//a/@href") == ["../places/index.html"]


def test_the_plans_of_all_entities_at_once_are_each_entity_s_own(large: Path) -> None:
    """The layout of each entity's mentions, worked out in one pass over the catalog
    (the pages of mentions and the register's addresses), is the one its own page works
    out from the documents that mention it (the page's links to them)."""
    from archive_site import pipeline
    from archive_site.errors import Reporter
    from archive_site.load import record_files
    from archive_site.load.seeds import read_seeds
    from archive_site.runtime.outputs import computed
    from archive_site.runtime.paths import Paths
    from archive_site.site import entity_pages, views

    paths = Paths(
        large / "seeds", large / "documents", large / "fresh", PROJECT / "templates",
        large / "content",
    )  # fmt: skip
    report = Reporter()
    parsed = read_seeds(paths.seeds, report)
    committed = record_files.read_records(paths.documents, report)
    archive = pipeline.checked(
        paths, parsed, committed, report, computed, None, False, False, False
    )
    shared = views.Shared(archive.catalog, archive.content.settings, {})
    plans = entity_pages.plans(archive.catalog)
    assert plans == {
        e.id: entity_pages.plan(e.id, views.entity_inputs(shared, e))
        for e in archive.catalog.curated.entities
    }
    assert sum(len(layout) > 1 for layout in plans.values()) >= 3  # pages by year
