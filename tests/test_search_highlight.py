"""What a search result leads to, in Chromium, over loopback HTTP (Pagefind) and from the
unzipped download opened as files (the offline index): a phrase in quotes is marked as the
phrase, not word by word; an excerpt starts on a word and, for a phrase, shows it; the
paragraph landed on is clear of the bar that goes from match to match, at a phone's size
and a desktop's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from browser import Watch, ready, shared_page, wait_for_answer

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
PROTOCOL = "documents/1977-02-18-protocol/index.html"
PHRASE = "interference into the domestic affairs"


@pytest.fixture(scope="module")
def tab(browser: Browser) -> Iterator[tuple[Page, Watch]]:
    """One page for the tests here (none keeps anything in the browser's storage)."""
    with shared_page(browser) as shared:
        yield shared


@pytest.fixture(params=["http", "file"])
def search_url(request: pytest.FixtureRequest, http_base: str, unzipped: Path) -> str:
    if request.param == "http":
        return http_base + "search/index.html"
    return (unzipped / "search" / "index.html").as_uri()


def matches(page: Page) -> list[str]:
    """The text of each match marked on the page, a match's marks joined (a phrase may run
    across a link or a span), its white space as read."""
    return page.eval_on_selector_all(
        "mark.search-hit",
        """els => {
          const out = new Map();
          els.forEach(el => {
            const key = el.dataset.hit;
            out.set(key, (out.get(key) || "") + el.textContent);
          });
          return Array.from(out.values(), t => t.replace(/\\s+/g, " "));
        }""",
    )


def chosen_block(page: Page) -> str:
    return page.eval_on_selector("mark.search-hit-current", "el => el.closest('.block').id")


def search(page: Page, url: str, query: str) -> None:
    page.goto(url + "?q=" + query.replace(" ", "+").replace('"', "%22"))
    wait_for_answer(page)


def test_a_phrase_result_marks_only_the_phrase(tab: tuple[Page, Watch], search_url: str) -> None:
    """The phrase in quotes finds ¶ 15 and ¶ 23; the page ¶ 15's result leads to marks the
    phrase where it stands, twice (in ¶ 23 from the part of 'non-interference'), and no
    other word (no 'the', 'they', 'their'), the one of ¶ 15 chosen."""
    page, watch = ready(tab, DESKTOP)
    search(page, search_url, f'"{PHRASE}"')
    links = page.locator("#search-results li > a")
    assert links.count() == 2
    links.first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("#p15")
    page.locator("mark.search-hit").first.wait_for()
    assert matches(page) == [PHRASE, PHRASE]
    assert page.locator("#p15 mark.search-hit").count() == 1
    assert page.locator("#p23 mark.search-hit").count() == 1
    current = page.locator("mark.search-hit-current")
    assert current.count() == 1 and current.inner_text() == PHRASE
    assert chosen_block(page) == "p15"
    where = page.get_by_role("group", name="Searched words").locator("[aria-live]")
    assert where.inner_text() == f"“{PHRASE}”: match 1 of 2"
    page.get_by_role("button", name="Next match").click()
    assert where.inner_text() == f"“{PHRASE}”: match 2 of 2"
    assert chosen_block(page) == "p23"
    assert watch.errors == [] and watch.outside == []


def test_a_phrase_is_marked_across_a_link_and_other_white_space(
    tab: tuple[Page, Watch], http_base: str, unzipped: Path
) -> None:
    """A phrase that runs into a mention's link (from the link made for it): one match, of
    two marks, one before the link and one in it."""
    for base in (http_base, unzipped.as_uri() + "/"):
        page, watch = ready(tab, DESKTOP)
        page.goto(f'{base}{PROTOCOL}?highlight="in+the+fundamentals+of"#p15')
        page.locator("mark.search-hit").first.wait_for()
        assert matches(page) == ['in the "Fundamentals of']
        assert page.locator("#p15 a.mention mark.search-hit").inner_text() == "Fundamentals of"
        assert page.locator("mark.search-hit-current").count() == 2  # the match's two marks
        assert watch.errors == [] and watch.outside == []


def test_words_are_marked_whole_and_not_for_a_stop_word_among_others(
    tab: tuple[Page, Watch], http_base: str, unzipped: Path
) -> None:
    """Words not in quotes are marked each on its own, as whole words by their stem
    ('interfere' for 'interference', and the part of 'non-interference', but no 'the' of
    'they'); 'the' beside other words marks nothing,
    and a link of today's site, words without quotes, still marks them."""
    for base in (http_base, unzipped.as_uri() + "/"):
        page, watch = ready(tab, DESKTOP)
        page.goto(f"{base}{PROTOCOL}?highlight=interference+into+the+domestic+affairs#p15")
        page.locator("mark.search-hit").first.wait_for()
        marked = {m.lower() for m in matches(page)}  # 'interfere' is 'interference' stemmed
        assert marked == {"interference", "interfere", "domestic", "affairs"}
        page.goto(f"{base}{PROTOCOL}?highlight=the#p15")
        page.locator("mark.search-hit").first.wait_for()
        assert {m.lower() for m in matches(page)} == {"the"}  # alone, it is marked: but whole
        assert watch.errors == [] and watch.outside == []


def paragraph_text(page: Page, url: str, block: str) -> str:
    """A paragraph's words as the page has them, its ¶ number left out."""
    page.goto(url)
    return page.eval_on_selector(
        f"#{block}",
        """el => Array.from(el.childNodes)
          .filter(n => !(n.classList && n.classList.contains("anchor")))
          .map(n => n.textContent).join("").replace(/\\s+/g, " ").trim()""",
    )


def test_a_phrase_result_shows_the_phrase_from_a_word(
    tab: tuple[Page, Watch], search_url: str
) -> None:
    """Each result's excerpt holds the phrase, marked as one, and nothing else marked; it
    starts on a word (no letter clipped), with no '…' where it starts at the paragraph's
    start."""
    page, watch = ready(tab, DESKTOP)
    search(page, search_url, f'"{PHRASE}"')
    excerpts = page.locator("#search-results .result-excerpt").all_inner_texts()
    marks = [
        page.locator("#search-results .result-excerpt").nth(n).locator("mark").all_inner_texts()
        for n in range(len(excerpts))
    ]
    assert marks == [[PHRASE], [PHRASE]]
    document = search_url.replace("search/index.html", PROTOCOL)
    for block, excerpt in zip(["p15", "p23"], excerpts, strict=True):
        assert PHRASE in excerpt
        text = paragraph_text(page, document, block)
        body = excerpt.removeprefix("… ").removesuffix(" …")
        at = text.find(body)
        assert at >= 0, (body, text)
        assert (at == 0) == (not excerpt.startswith("… ")), (excerpt, text)
        assert at == 0 or text[at - 1] == " ", (excerpt, text)
        ends = at + len(body) == len(text)
        assert ends == (not excerpt.endswith(" …")), (excerpt, text)
        assert ends or text[at + len(body)] == " ", (excerpt, text)
    assert watch.errors == [] and watch.outside == []


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_paragraph_landed_on_is_below_the_match_bar(
    tab: tuple[Page, Watch], search_url: str, size: dict[str, int]
) -> None:
    """From a result, the paragraph's first line is clear of the bar at the window's top,
    at a phone's size and with a query long enough to wrap the bar on a desktop."""
    page, watch = ready(tab, size)
    query = "Sakharov"
    if size == DESKTOP:  # every word in ¶ 19, and the bar on two lines
        query += " state secrets related national defence meeting initiative"
    search(page, search_url, query)
    page.locator("#search-results li > a").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("#p19")
    page.locator("mark.search-hit").first.wait_for()
    bar = page.locator(".hit-nav")
    bar.wait_for()
    page.wait_for_timeout(300)  # any scroll the page makes on arrival, done
    box = bar.bounding_box()
    top = page.eval_on_selector("#p19", "el => el.getBoundingClientRect().top")
    assert box is not None and box["y"] == 0
    if size == DESKTOP:
        assert box["height"] > 40, box  # the long query wraps the bar to two lines
    assert box["y"] + box["height"] <= top < size["height"] / 2, (box, top)
    assert watch.errors == [] and watch.outside == []
