"""The search page as a reader uses it, in Chromium, from the unzipped download opened as
files and over loopback HTTP, at a desktop's size (1280×800) and a phone's (375×740):
filters that apply as soon as they are chosen and say what each choice gives, a filter
with no words, names spelt otherwise or typed in Russian, a date, a word that finds
nothing, words no one paragraph holds, more results, the line
that says how the page searched, the first result on a phone's first screen, the marks
on the paragraph one lands on, and axe in light and dark."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from browser import (
    Watch,
    ready,
    run_axe,
    shared_page,
    wait_for_answer,
    wait_for_filters,
    watched_page,
)

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
PROTOCOL = "documents/1977-02-18-protocol/index.html"


@pytest.fixture(scope="module")
def tab(browser: Browser) -> Iterator[tuple[Page, Watch]]:
    """One page for the tests here (none keeps anything in the browser's storage)."""
    with shared_page(browser) as shared:
        yield shared


@pytest.fixture(params=["http", "file"])
def mode(request: pytest.FixtureRequest, http_base: str, unzipped: Path) -> tuple[str, str]:
    """The search page's address in a mode, and what the page calls that mode."""
    if request.param == "http":
        return http_base + "search/index.html", "Pagefind"
    return (unzipped / "search" / "index.html").as_uri(), "the offline index"


def found(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        "#search-results li > a",
        "els => els.map(a => a.pathname.split('/').slice(-2, -1)[0] + '#' + a.hash.slice(1))",
    )


def answer(page: Page, status: str) -> None:
    """Wait until the page's status says exactly `status`."""
    pattern = re.compile("^" + re.escape(status) + "$")
    page.locator("#search-status").filter(has_text=pattern).wait_for()


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_filter_applies_when_chosen_and_lists_paragraphs_without_words(
    tab: tuple[Page, Watch], mode: tuple[str, str], size: dict[str, int]
) -> None:
    """Choosing a person lists the paragraphs that name him, in reading order, with no
    press of Search and no words; each choice says how many paragraphs it would give."""
    url, _ = mode
    page, watch = ready(tab, size)
    page.goto(url)
    wait_for_filters(page)
    if size == PHONE:  # the filters fold away on a phone
        assert page.locator("#search-filters").get_attribute("open") is None
        page.locator("#search-filters summary").click()
    sakharov = page.locator("#filter-mention option[value='sakharov']")
    assert sakharov.inner_text() == "Andrei Sakharov (1)"
    page.select_option("#filter-mention", "sakharov")
    answer(page, "1 paragraph mentions Andrei Sakharov.")
    assert found(page) == ["1977-02-18-protocol#p19"]
    assert page.url.endswith("?mention=sakharov")
    assert page.locator("#filters-chosen").inner_text() == " (1)"
    # a year with it: the person's paragraphs of that year; the years count them
    assert page.locator("#filter-year option[value='1976']").inner_text() == "1976 (0)"
    assert page.locator("#filter-year option[value='1977']").inner_text() == "1977 (1)"
    page.select_option("#filter-mention", "")
    expect(page.locator("#search-status")).to_have_text("")  # nothing chosen, no words
    expect(page.locator("#filter-year option[value='1976']")).to_have_text("1976 (21)")
    assert found(page) == []
    page.select_option("#filter-year", "1976")
    answer(page, "21 paragraphs in the documents chosen.")
    listed = found(page)
    assert len(listed) == 21 and {r.split("#")[0] for r in listed} == {"1976-10-25-memorandum"}
    assert listed[0] == "1976-10-25-memorandum#stamp-1"  # in reading order
    assert watch.errors == [] and watch.outside == []


def test_with_words_the_choices_count_documents_and_say_so(
    tab: tuple[Page, Watch], mode: tuple[str, str]
) -> None:
    url, _ = mode
    page, _ = ready(tab, DESKTOP)
    page.goto(url + "?q=human+rights")
    wait_for_answer(page)
    # the counts come once every document that holds the words is known
    expect(page.locator("#filters-unit")).to_have_text(
        "The numbers count the documents that hold the words."
    )
    expect(page.locator("#filter-year option[value='1977']")).to_have_text("1977 (2)")
    page.select_option("#filter-mention", "sakharov")
    answer(page, "1 paragraph found for “human rights”.")
    assert found(page) == ["1977-02-18-protocol#p19"]


def test_the_page_says_how_it_searched(tab: tuple[Page, Watch], mode: tuple[str, str]) -> None:
    url, engine = mode
    page, _ = ready(tab, DESKTOP)
    page.goto(url + "?q=Sacharov+embassy&year=1977")
    answer(page, "1 paragraph found for “Sacharov embassy”.")
    assert page.locator("#search-how").inner_text() == (
        f"Searched with {engine} · for “Sacharov” “embassy”, paragraphs holding the words as"
        " a phrase first · also searched: Sakharov (for “Sacharov”) · filters: year 1977 ·"
        " documents by date, paragraphs in reading order."
    )
    page.goto(url + '?q="human+rights"')
    answer(page, "14 paragraphs found for the phrase “human rights”.")
    assert "for “human” “rights” as a phrase" in page.locator("#search-how").inner_text()


def test_names_spelt_otherwise_find_the_archives_spelling(
    tab: tuple[Page, Watch], mode: tuple[str, str]
) -> None:
    url, _ = mode
    page, _ = ready(tab, DESKTOP)
    for asked, spelt, block in [
        ("Ginsburg", "Ginzburg", "1977-02-18-protocol#p3"),
        ("Zamyatin", "Zamiatin", "1977-02-18-protocol#distribution-1"),
        ("Sacharov", "Sakharov", "1977-02-18-protocol#p19"),
    ]:
        page.goto(url + "?q=" + asked)
        wait_for_answer(page, asked)
        assert found(page) == [block], asked
        assert f"also searched: {spelt} (for “{asked}”)" in page.locator("#search-how").inner_text()
        assert page.locator("#search-results mark").first.inner_text() == spelt
        link = page.locator("#search-results li > a").first.get_attribute("href") or ""
        assert spelt in link  # the document page marks the archive's spelling


def test_a_word_that_finds_nothing_offers_the_closest_words(
    tab: tuple[Page, Watch], mode: tuple[str, str]
) -> None:
    """No short beginning stands in for a word ("xyzzyq" found a word of "x" before), and
    the page offers the nearest words of the index, offline too."""
    url, _ = mode
    page, _ = ready(tab, DESKTOP)
    page.goto(url + "?q=xyzzyq")
    answer(page, "No paragraphs found for “xyzzyq”: “xyzzyq” is in none of the documents.")
    assert found(page) == []
    page.goto(url + "?q=Sakarov")
    wait_for_answer(page, "Sakarov")
    suggestion = page.locator(".search-suggest")
    assert suggestion.inner_text() == "Did you mean Sakharov?"
    suggestion.get_by_role("link", name="Sakharov").click()
    answer(page, "1 paragraph found for “Sakharov”.")
    assert found(page) == ["1977-02-18-protocol#p19"]


def test_more_paragraphs_are_shown_on_asking(
    tab: tuple[Page, Watch], mode: tuple[str, str]
) -> None:
    url, _ = mode
    page, _ = ready(tab, DESKTOP)
    page.goto(url + "?q=the")
    answer(page, "The first 50 paragraphs found for “the”, in 3 documents that hold the words.")
    page.get_by_role("button", name="Show more paragraphs").click()
    page.locator("#search-status").filter(has_text=re.compile(r"^\d+ paragraphs found")).wait_for()
    total = int(page.locator("#search-status").inner_text().split()[0])
    assert total > 50 and len(found(page)) == total
    assert page.get_by_role("button", name="Show more paragraphs").is_hidden()


def test_on_a_phone_the_count_and_first_result_are_on_the_first_screen(
    tab: tuple[Page, Watch], mode: tuple[str, str]
) -> None:
    url, _ = mode
    page, _ = ready(tab, PHONE)
    page.goto(url + "?q=Soviet&year=1977")
    wait_for_answer(page, "Soviet")
    assert page.locator("#search-filters summary").inner_text() == "Filters (1)"
    assert page.locator("#search-filters").get_attribute("open") is None
    for selector in ("#search-status", "#search-results li > a", "#search-results .result-where"):
        box = page.locator(selector).first.bounding_box()
        assert box is not None and box["y"] + box["height"] <= PHONE["height"], selector
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing_on_the_search_page_with_results(
    tab: tuple[Page, Watch], mode: tuple[str, str], scheme: str, size: dict[str, int]
) -> None:
    url, _ = mode
    page, _ = ready(tab, size, scheme)
    page.goto(url + "?q=Sakarov")  # a suggestion
    wait_for_answer(page, "Sakarov")
    assert run_axe(page) == []
    page.goto(url + "?q=18.02.1977")  # the documents of a date
    wait_for_answer(page, "18.02.1977")
    assert run_axe(page) == []
    page.goto(url + "?q=human+rights&mention=sakharov")
    wait_for_answer(page, "human rights")
    if size == PHONE:  # the filters open, as a reader opens them
        page.locator("#search-filters summary").click()
    assert run_axe(page) == []


def colour(page: Page, selector: str) -> str:
    return page.eval_on_selector(selector, "el => getComputedStyle(el).backgroundColor")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_searched_words_stand_out_on_the_paragraph_landed_on(
    tab: tuple[Page, Watch], http_base: str, unzipped: Path, scheme: str
) -> None:
    """On the paragraph one lands on, the searched words are marked in a colour of their
    own, not the paragraph's; a bar goes from one to the next; axe finds nothing."""
    for base in (http_base, unzipped.as_uri() + "/"):
        page, watch = ready(tab, DESKTOP, scheme)
        page.goto(f"{base}{PROTOCOL}?highlight=human+rights#p8")
        page.locator("mark.search-hit").first.wait_for()
        first = page.locator("#p8 mark.search-hit").first
        assert colour(page, "#p8") != colour(page, "#p8 mark.search-hit")
        assert "search-hit-current" in (first.get_attribute("class") or "")
        hits = page.locator("mark.search-hit").count()
        bar = page.get_by_role("group", name="Searched words")
        where = bar.locator("[aria-live]")
        at = page.locator("mark.search-hit").evaluate_all(
            "els => els.indexOf(document.querySelector('#p8 mark.search-hit'))"
        )
        assert where.inner_text() == f"“human rights”: match {at + 1} of {hits}"
        bar.get_by_role("button", name="Next match").click()
        assert where.inner_text() == f"“human rights”: match {at + 2} of {hits}"
        current = page.locator("mark.search-hit-current")
        assert current.count() == 1
        box = current.bounding_box()
        assert box is not None and 0 <= box["y"] <= DESKTOP["height"]
        bar.get_by_role("button", name="Previous match").click()
        bar.get_by_role("button", name="Previous match").click()
        assert where.inner_text() == f"“human rights”: match {at} of {hits}"
        assert watch.errors == [] and watch.outside == []
        assert run_axe(page) == []  # (axe reads the style sheets, which a folder refuses it)


def test_the_keyboard_skips_the_filters_to_the_results(
    tab: tuple[Page, Watch], mode: tuple[str, str]
) -> None:
    """From the words searched, a link shown as it takes the focus leads past the five
    filters: the first result is four key presses away (before, 21 presses of Tab)."""
    url, _ = mode
    page, watch = ready(tab, DESKTOP)
    page.goto(url)
    page.get_by_label("Words to find").fill("Bukovsky")
    page.keyboard.press("Enter")
    wait_for_answer(page, "Bukovsky")
    address = page.url
    page.keyboard.press("Tab")  # the Search button
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip the filters to the results")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box is not None and 0 <= box["x"] < DESKTOP["width"]  # in sight while focused
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    first = page.locator("#search-results li > a").first
    expect(first).to_be_focused()
    assert page.url == address  # no history entry of its own
    assert watch.errors == []


def test_a_filter_that_leaves_nothing_is_named_and_arrow_keys_search_once(
    browser: Browser, mode: tuple[str, str]
) -> None:
    """A phrase of one paragraph, then a person its document names elsewhere: the answer
    puts the nothing found on the filter, not on the words (before: "no one paragraph holds
    every word"). Stepping through the people with the arrow keys makes one search, where
    the choice rests (before, one search, history entry and spoken answer a step). A page
    of its own: the history of the page the others share is full (it keeps 50 entries)."""
    url, _ = mode
    page, watch = watched_page(browser, viewport=DESKTOP)
    page.goto(url + '?q="utmost+bewilderment"')
    answer(page, "1 paragraph found for the phrase “utmost bewilderment”.")
    page.select_option("#filter-mention", "andropov")
    answer(
        page,
        "No paragraphs found for the phrase “utmost bewilderment” with the filters chosen"
        " (mentions Yuri Andropov): “Clear the filters” searches every paragraph.",
    )
    page.get_by_role("button", name="Clear the filters").click()
    answer(page, "1 paragraph found for the phrase “utmost bewilderment”.")
    steps = page.evaluate("history.length")
    page.locator("#filter-mention").focus()
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    page.wait_for_url(re.compile(r"mention="))
    chosen = page.locator("#filter-mention").input_value()
    assert chosen and "mention=" + chosen in page.url
    expect(page.locator("#search-how")).to_contain_text("filters: mentions ")
    page.wait_for_timeout(600)  # longer than a choice rests
    assert page.evaluate("history.length") == steps + 1
    assert watch.errors == []
    page.context.close()


def finds_as(page: Page, url: str, typed: str, right: str) -> str:
    """Search `right`, then `typed`: the same paragraphs (some); the line on how the page
    searched `typed`."""
    page.goto(url + "?q=" + right)
    wait_for_answer(page, right)
    expected = found(page)
    assert expected, right
    page.goto(url + "?q=" + typed)
    wait_for_answer(page, typed)
    assert found(page) == expected, typed
    return page.locator("#search-how").inner_text()


def test_a_word_spelt_otherwise_or_mistyped_finds_what_its_right_spelling_finds(
    tab: tuple[Page, Watch], mode: tuple[str, str]
) -> None:
    """An American spelling, a dropped letter and a wrong last letter of a name find the
    paragraphs their right spelling finds, and the page says what it searched instead.
    Before, "organize" found the one paragraph of "organs", "Washingon" the paragraphs of
    "was", and "Andropow" 36 paragraphs of "and" beside Andropov's one."""
    url, _ = mode
    page, watch = ready(tab, DESKTOP)
    for typed, right, searched in [
        ("organize", "organise", "organi…"),
        ("Washingon", "Washington", "washing…"),
        ("Andropow", "Andropov", None),
    ]:
        how = finds_as(page, url, typed, right)
        if searched:
            assert f"also searched: {searched} (for “{typed}”, which begins no word" in how
        else:  # a name's other spelling, and no guess beside it
            assert f"also searched: {right} (for “{typed}”) ·" in how, how
    assert watch.errors == []


def test_a_word_in_cyrillic_letters_is_searched_in_latin_letters(
    tab: tuple[Page, Watch], mode: tuple[str, str]
) -> None:
    """A name typed in Russian finds the archive's English spelling, through its Latin
    letters and then the names' other spellings; the page says what it searched and why.
    A word that even so is in none of the documents says they are English translations.
    Before, "Сахаров" was "in none of the documents", with nothing to follow."""
    url, _ = mode
    page, watch = ready(tab, DESKTOP)
    for asked, spelt, block in [
        ("Сахаров", "Sakharov", "1977-02-18-protocol#p19"),
        ("Гинзбург", "Ginzburg", "1977-02-18-protocol#p3"),
        ("Андропов", "Andropov", "1977-02-18-protocol#distribution-1"),
        ("Брежнев", "Brezhnev", "1977-02-18-protocol#distribution-1"),
    ]:
        page.goto(url + "?q=" + asked)
        answer(page, f"1 paragraph found for “{asked}”.")
        assert found(page) == [block], asked
        how = page.locator("#search-how").inner_text()
        assert (
            f"also searched: {spelt} (for “{asked}”: the documents are English translations)" in how
        ), how
        assert page.locator("#search-results mark").first.inner_text() == spelt
    page.goto(url + "?q=Москва")
    answer(
        page,
        "No paragraphs found for “Москва”: “Москва” (in Latin letters “Moskva”) is in none of"
        " the documents. The documents are English translations: search for the words in"
        " English.",
    )
    assert found(page) == []
    assert watch.errors == []


def test_a_date_is_answered_with_the_documents_of_that_date(
    tab: tuple[Page, Watch], mode: tuple[str, str]
) -> None:
    """A date, a month or a year is the documents' metadata, not words of their text: the
    page lists the documents of that date and leads to the year filter. Before,
    "18.02.1977" was "in none of the documents", and "1977-02-18" was widened in silence
    to "1977" (the 19 May catalogue lines)."""
    url, _ = mode
    page, watch = ready(tab, DESKTOP)
    protocol = "1977-02-18: CPSU CC Protocol #46/10, Instructions to the Soviet Ambassador in"
    # with a filter, the date's answer is the same
    for asked, filters in [("18.02.1977", ""), ("1977-02-18", ""), ("18.02.1977", "&year=1976")]:
        page.goto(url + "?q=" + asked + filters)
        answer(
            page,
            f"No paragraphs found for “{asked}”: it reads as a date, 18 February 1977, and no"
            " paragraph’s text holds it.",
        )
        assert found(page) == []
        note = page.locator(".search-date")
        assert note.locator("p").first.inner_text() == "1 document is dated 18 February 1977:"
        assert note.locator("li").all_inner_texts()[0].startswith(protocol)
        link = note.locator("li a").first.get_attribute("href") or ""
        assert link.endswith("documents/1977-02-18-protocol/index.html")
        assert "read as a date, 18 February 1977" in page.locator("#search-how").inner_text()
    page.goto(url + "?q=February+1977")
    answer(page, "1 paragraph found for “February 1977”.")  # the heading that prints it
    assert found(page) == ["1977-02-18-protocol#heading-1"]
    assert page.locator(".search-date p").first.inner_text() == (
        "1 document is dated February 1977:"
    )
    page.goto(url + "?q=1977")
    answer(page, "3 paragraphs found for “1977”.")
    note = page.locator(".search-date")
    assert note.locator("p").first.inner_text() == "2 documents are dated 1977:"
    assert note.locator("p").last.inner_text() == (
        "The year filter lists every paragraph of the documents of 1977: Year 1977."
    )
    note.get_by_role("link", name="Year 1977").click()
    answer(page, "52 paragraphs in the documents chosen. The first 50 are listed.")
    assert page.locator("#filter-year").input_value() == "1977"
    assert page.input_value("#search-q") == ""
    # a number alone that no document's year is: a word, as before ("1972" is in ¶ 15)
    for number, said in [
        ("1972", "1 paragraph found for “1972”."),
        ("1000", "No paragraphs found for “1000”: “1000” is in none of the documents."),
    ]:
        page.goto(url + "?q=" + number)
        answer(page, said)
        assert page.locator(".search-date").count() == 0
        assert "read as a date" not in page.locator("#search-how").inner_text()
    page.goto(url + "?q=March+1978")
    answer(
        page,
        "No paragraphs found for “March 1978”: it reads as a date, March 1978, and no"
        " paragraph’s text holds it.",
    )
    assert page.locator(".search-date").inner_text() == "No document is dated March 1978."
    assert watch.errors == []


def test_words_no_one_paragraph_holds_name_the_document_that_holds_them_all(
    tab: tuple[Page, Watch], mode: tuple[str, str]
) -> None:
    """Before, the answer said only that no one paragraph holds every word, and the
    documents that do were counts in closed drop-downs."""
    url, _ = mode
    page, _ = ready(tab, DESKTOP)
    page.goto(url + "?q=Politburo+Sakharov")
    answer(
        page,
        "No paragraphs found for “Politburo Sakharov”: no one paragraph holds every word,"
        " though one document holds them all: “CPSU CC Protocol #46/10, Instructions to the"
        " Soviet Ambassador in Washington for his Conversation with Vance on the Question of"
        " 'Human Rights'” (1977-02-18).",
    )
    assert found(page) == []
