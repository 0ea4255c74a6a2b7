"""Passage links (#p3-p7) in a real browser, from the unzipped folder's files and over HTTP:
the address marks the passage, a reader marks one by keyboard and copies its link, print
keeps the mark, and the marked page stays accessible."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Page, expect

from browser import case, run_axe, said, use_tool, watched_page
from conftest import Workspace
from test_browser import ARTIFACTS, PROTOCOL, background, in_view, version


def address(folder: Path, base: str, mode: str, rel: str) -> str:
    """A page of the unzipped download opened as a file, or of the site over HTTP."""
    return (folder / rel).as_uri() if mode == "file" else base + rel


def marked(page: Page) -> list[str]:
    return page.eval_on_selector_all(".in-passage", "els => els.map(e => e.id)")


@pytest.mark.parametrize("mode", ["file", "http"])
def test_a_passage_address_marks_and_shows_its_paragraphs(
    browser: Browser, built_site: Workspace, unzipped: Path, http_base: str, mode: str
) -> None:
    page, watch = watched_page(browser, viewport={"width": 1280, "height": 800})
    page.goto(address(unzipped, http_base, mode, PROTOCOL) + "#p3-p7")
    page.locator(".in-passage").first.wait_for()
    assert marked(page) == ["p3", "p4", "p5", "p6", "p7"]
    assert in_view(page, "#p3") and not in_view(page, "#p1")
    assert background(page, "#p5") != background(page, "#p8") == "rgba(0, 0, 0, 0)"
    # ends given backwards, and a block that is not a numbered paragraph, work too
    page.goto(address(unzipped, http_base, mode, PROTOCOL) + "#p2-addressee-1")
    page.locator("#addressee-1.in-passage").wait_for()
    assert marked(page) == ["addressee-1", "p2"]
    # an address naming one block is a single anchor, not a passage
    page.goto(address(unzipped, http_base, mode, PROTOCOL) + "#heading-1")
    page.wait_for_load_state("load")
    assert marked(page) == []
    assert watch.errors == [] and watch.outside == []
    page.context.close()


def test_a_reader_marks_a_passage_by_keyboard_and_copies_its_link(
    browser: Browser, built_site: Workspace, unzipped: Path, http_base: str
) -> None:
    page, watch = watched_page(browser, permissions=["clipboard-read", "clipboard-write"])
    page.goto(http_base + PROTOCOL)
    use_tool(page, "p12", "Start a passage here", keyboard=True)
    page.locator("#status").filter(has_text="Passage starts at paragraph 12").wait_for(
        state="attached"
    )
    use_tool(page, "p14", "End the passage here (¶12–¶14)", keyboard=True)
    page.locator("#p14.in-passage").wait_for()
    assert marked(page) == ["p12", "p13", "p14"]
    assert page.url.endswith("#p12-p14")
    # the passage's tools stand at the end the reader chose, the first of them focused
    assert page.evaluate("document.activeElement.textContent") == "Copy link"
    page.keyboard.press("Enter")
    said(
        page,
        "Link to ¶12–¶14 copied: this copy has no public address, so the link is its "
        "place in the collection",
    )
    versions = f"{version(built_site, 'p12')}-{version(built_site, 'p14')}"
    # the site has no public address: the passage's place in the collection
    assert page.evaluate("navigator.clipboard.readText()") == PROTOCOL + f"?v={versions}#p12-p14"
    assert watch.errors == []
    page.context.close()


def test_print_keeps_the_passage_marked(
    browser: Browser, built_site: Workspace, unzipped: Path
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page, _ = watched_page(browser, viewport={"width": 900, "height": 1200})
    page.goto((unzipped / PROTOCOL).as_uri() + "#p3-p5")
    page.locator(".in-passage").first.wait_for()
    page.emulate_media(media="print")
    rule = "el => getComputedStyle(el, '::before').borderLeftStyle"
    assert page.eval_on_selector("#p4", rule) == "solid"
    assert page.eval_on_selector("#p6", rule) == "none"
    page.screenshot(path=str(ARTIFACTS / "passage-print.png"), full_page=True)
    page.context.close()


def test_a_marked_passage_is_accessible_and_pictured(
    browser: Browser, built_site: Workspace, unzipped: Path
) -> None:
    """On a desktop and a phone, in the light theme and the dark, in one page: its size
    and theme set before each load."""
    ARTIFACTS.mkdir(exist_ok=True)
    page, _ = watched_page(browser)
    for scheme in ("light", "dark"):
        with case(scheme, "desktop"):
            page.goto("about:blank")
            page.set_viewport_size({"width": 1280, "height": 900})
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            page.goto((unzipped / PROTOCOL).as_uri() + "#p3-p5")
            page.locator(".in-passage").first.wait_for()
            assert run_axe(page) == []
            page.screenshot(path=str(ARTIFACTS / f"passage-{scheme}.png"))
        with case(scheme, "phone"):
            page.goto("about:blank")
            page.set_viewport_size({"width": 360, "height": 740})
            page.goto((unzipped / PROTOCOL).as_uri() + "#p3-p5")
            page.locator(".in-passage").first.wait_for()
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
            page.screenshot(path=str(ARTIFACTS / f"passage-phone-{scheme}.png"))
    page.context.close()


@pytest.mark.parametrize("mode", ["file", "http"])
def test_a_mention_opens_a_card_by_click_or_enter_and_escape_closes_it(
    browser: Browser, built_site: Workspace, unzipped: Path, http_base: str, mode: str
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page, watch = watched_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(address(unzipped, http_base, mode, PROTOCOL))
    mention = page.locator("#p3 a.mention", has_text="Ginzburg")
    mention.click()
    card = page.locator(".entity-card")
    card.wait_for()
    assert mention.get_attribute("aria-expanded") == "true"
    assert card.get_attribute("id") == mention.get_attribute("aria-controls")
    text = card.inner_text()
    assert "Aleksandr Ginzburg" in text and "(1936–2002)" in text and "Helsinki" in text
    assert (
        card.get_by_role("link")
        .get_attribute("href", timeout=1000)
        .endswith("people/ginzburg/index.html")
    )
    assert page.url.endswith(PROTOCOL)  # the click opened the card, not the entity page
    # the card is found by the mention's data-entity, its fields by their names
    assert mention.get_attribute("data-entity") == "ginzburg"
    fields = page.evaluate("Object.keys(window.archiveCards.ginzburg).sort()")
    assert fields == ["dates", "description", "href", "name", "uncertain"]
    page.screenshot(path=str(ARTIFACTS / f"card-{mode}.png"))
    page.keyboard.press("Escape")
    assert card.count() == 0 and mention.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.textContent.includes('Ginzburg')")
    # by keyboard: Enter opens, focus moves into the card, its link leads to the page
    mention.focus()
    page.keyboard.press("Enter")
    card.wait_for()
    assert page.evaluate("document.activeElement.closest('.entity-card') !== null")
    card.get_by_role("link").click()
    page.wait_for_load_state("load")
    assert "/people/ginzburg/" in page.url
    assert watch.errors == [] and watch.outside == []
    page.context.close()


def test_an_open_card_is_accessible_fits_a_phone_and_is_not_printed(
    browser: Browser, built_site: Workspace, unzipped: Path
) -> None:
    """In the light theme and the dark, in one page: the theme set before each load."""
    page, _ = watched_page(browser, viewport={"width": 360, "height": 740})
    for scheme in ("light", "dark"):
        with case(scheme):
            page.goto("about:blank")
            page.emulate_media(color_scheme=scheme, media="screen")  # type: ignore[arg-type]
            page.goto((unzipped / PROTOCOL).as_uri())
            page.locator("#p3 a.mention", has_text="Moscow").click()
            page.locator(".entity-card").wait_for()
            assert run_axe(page) == []
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
            page.screenshot(path=str(ARTIFACTS / f"card-phone-{scheme}.png"))
            page.emulate_media(media="print")
            assert page.locator(".entity-card").is_hidden()
    page.context.close()


SELECT = """([first, start, last, end]) => {
  // select from the text `start` in block `first` to the end of `end` in block `last`
  const find = (id, words) => {
    const walker = document.createTreeWalker(document.getElementById(id), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const at = walker.currentNode.nodeValue.indexOf(words);
      if (at >= 0) return [walker.currentNode, at];
    }
    throw new Error(words);
  };
  const [a, i] = find(first, start);
  const [b, j] = find(last, end);
  const range = document.createRange();
  range.setStart(a, i);
  range.setEnd(b, j + end.length);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
}"""


@pytest.mark.parametrize("mode", ["file", "http"])
def test_selected_words_give_a_link_to_the_quote_and_its_citation(
    browser: Browser, built_site: Workspace, unzipped: Path, http_base: str, mode: str
) -> None:
    page, watch = watched_page(browser, permissions=["clipboard-read", "clipboard-write"])
    start = address(unzipped, http_base, mode, PROTOCOL)
    page.goto(start)
    page.evaluate(SELECT, ["p12", "the systematic support", "p12", "dictatorial"])
    tools = page.locator("#p12 .quote-tools")
    tools.wait_for()
    page.get_by_role("button", name="Copy link to quote").focus()
    page.keyboard.press("Enter")
    page.locator("#status").filter(has_text="quotation from ¶12 copied").wait_for(state="attached")
    link = page.evaluate("navigator.clipboard.readText()")
    v12 = version(built_site, "p12")
    # no public address: the link is the page's place in the collection, no file: or
    # loopback address
    assert (
        link
        == PROTOCOL
        + f"?v={v12}#p12:~:text=the%20systematic%20support%20by%20the%20USA%20of%20dictatorial"
    )
    # Chromium finds the words; the address's own part lands on the paragraph
    page.goto(start.removesuffix(PROTOCOL) + link)
    page.wait_for_load_state("load")
    assert in_view(page, "#p12")
    # words across two paragraphs: the citation names both, with the quotation
    page.goto(start)
    page.evaluate(SELECT, ["p12", "and liberties are violated", "p13", "If we had begun"])
    page.locator("#p13 .quote-tools").wait_for()
    page.get_by_role("button", name="Cite quote").click()
    dialog = page.locator("#cite-dialog")
    assert dialog.get_by_role("heading", name="Cite quotation from paragraphs 12–13").is_visible()
    text = dialog.inner_text()
    quote = "“and liberties are violated. If we had begun”"
    # the quotation in an element of its own, with its pinpoint
    assert dialog.locator("figure blockquote").inner_text() == quote
    assert dialog.locator("figure figcaption").inner_text() == "¶¶ 12–13"
    assert "paras. 12–13" in text
    assert dialog.locator("#dialog-cite-passage-mla-in-text").inner_text() == (
        f"{quote} (Politburo of the CPSU Central Committee, “CPSU CC Protocol #46/10,” pars. 12–13)"
    )
    assert "This copy has no public address" in text and "file:" not in text
    # BibTeX allows one note: the quotation ends the one the entry has
    bibtex = dialog.locator("pre").inner_text()
    assert bibtex.count("note = {") == 1
    assert bibtex.startswith("@misc{1977_02_18_protocol_p12_p13_q")
    assert "Paras. 12–13. In Soviet documents" in bibtex
    assert f". Quoted: {quote}}}" in bibtex
    assert watch.errors == [] and watch.outside == []
    assert run_axe(page) == []  # (axe's own reading of the stylesheets may log errors)
    page.screenshot(path=str(ARTIFACTS / f"quote-cite-{mode}.png"))
    page.context.close()


def test_a_browser_without_text_fragments_still_lands_on_the_paragraph(
    browser: Browser, built_site: Workspace, unzipped: Path
) -> None:
    """Where the words part of the address (:~:text=) is not understood, it stays in the
    address: the paragraph it names is still found and marked."""
    page, watch = watched_page(browser, viewport={"width": 1280, "height": 800})
    page.goto((unzipped / PROTOCOL).as_uri())
    # Chromium understands the words part and takes it out of the address; written escaped,
    # it stays, as a browser that does not understand it would leave it
    page.evaluate("location.hash = '#p20%3A~%3Atext=whatever'")
    page.locator("#p20.in-passage").wait_for()
    assert in_view(page, "#p20")
    assert watch.errors == []
    page.context.close()


READING = "reading/index.html"


@pytest.mark.parametrize("mode", ["file", "http"])
def test_a_reading_list_travels_whole_in_its_link(
    browser: Browser, built_site: Workspace, unzipped: Path, http_base: str, mode: str
) -> None:
    """Passages added from a document page, a title, a note and questions: the list's
    link opens all of it, as a handout, in a browser that has never seen it (a new
    context), its links carrying the versions the passages were added at."""
    page, watch = watched_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(address(unzipped, http_base, mode, PROTOCOL))
    use_tool(page, "p3", "Add to reading list", keyboard=True)
    said(page, "Added ¶3 to your reading list: 1 item")
    page.goto(address(unzipped, http_base, mode, PROTOCOL) + "#p12-p14")
    passage = page.get_by_role("group", name="Passage ¶12–¶14")
    passage.get_by_role("button", name="Add to reading list").click()
    said(page, "Added ¶12–¶14 to your reading list: 2 items")
    page.goto(address(unzipped, http_base, mode, READING))
    page.locator("#reading-passages li").nth(1).wait_for()
    page.fill("#reading-name", "Week 3: the Vance talks")
    page.fill("#reading-note", "Read before the seminar.")
    page.fill("#reading-questions", "Whom does the protocol address?\nWhat is asked of him?")
    code = page.evaluate("async () => archiveListFormat.encode(archiveListFormat.read())")
    expect(page.locator("#reading-link")).to_have_value(re.compile(re.escape(code) + "$"))
    link = page.input_value("#reading-link")
    # with no public address, the link is the list's place in the collection
    assert link.startswith("reading/index.html#list="), link
    assert watch.errors == [] and watch.outside == []
    page.screenshot(path=str(ARTIFACTS / f"reading-list-{mode}.png"), full_page=True)
    page.context.close()

    fresh, watch = watched_page(browser, viewport={"width": 1280, "height": 900})
    fresh.goto(address(unzipped, http_base, mode, "index.html").removesuffix("index.html") + link)
    items = fresh.locator("#reading-passages li")
    fresh.locator("#reading-passages:not([aria-busy])").wait_for()  # the texts, from the index
    assert fresh.locator("#reading-form").is_hidden()  # a handout, read only
    assert fresh.inner_text("#reading-shown-title") == "Week 3: the Vance talks"
    assert fresh.inner_text("#reading-shown-note") == "Read before the seminar."
    assert fresh.locator("#reading-shown-questions li").all_inner_texts() == [
        "Whom does the protocol address?",
        "What is asked of him?",
    ]
    first, second = items.nth(0), items.nth(1)
    assert "Raising by the Americans" in first.inner_text()
    v3 = version(built_site, "p3")
    assert first.locator("a").get_attribute("href").endswith(f"{PROTOCOL}?v={v3}#p3")
    assert second.locator("blockquote p").count() == 3
    assert "¶ 12 to ¶ 14" in second.locator("h3").inner_text()
    second.locator("a").click()
    fresh.locator("#p13.in-passage").wait_for()
    assert watch.errors == [] and watch.outside == []
    fresh.context.close()


def test_a_reading_list_prints_as_a_handout_and_is_accessible(
    browser: Browser, built_site: Workspace, unzipped: Path
) -> None:
    """In the light theme and the dark, in one page: the theme set before each load (the
    list comes from the link: nothing is kept)."""
    page, _ = watched_page(browser, viewport={"width": 900, "height": 1200})
    items = [["1977-02-18-protocol", "p2", "p4"]]
    listed = json.dumps({"title": "Handout", "note": "N", "questions": "Q1", "items": items})
    for scheme in ("light", "dark"):
        with case(scheme):
            page.goto("about:blank")
            page.emulate_media(color_scheme=scheme, media="screen")  # type: ignore[arg-type]
            page.goto((unzipped / READING).as_uri() + "#list=" + quote(listed))
            page.locator("#reading-passages li").first.wait_for()
            assert run_axe(page) == []
            page.emulate_media(media="print")
            assert page.locator("#reading-form").is_hidden()
            assert page.locator("#reading-passages blockquote").is_visible()
            assert page.inner_text("#reading-shown-title") == "Handout"
            page.screenshot(path=str(ARTIFACTS / f"reading-handout-{scheme}.png"), full_page=True)
    page.context.close()


def test_the_quotation_tools_and_the_reading_list_fit_a_phone(
    browser: Browser, unzipped: Path
) -> None:
    """In the light theme and the dark, in one page: the theme set before each load (the
    list comes from the link: nothing is kept)."""
    page, _ = watched_page(browser, viewport={"width": 360, "height": 740})
    for scheme in ("light", "dark"):
        with case(scheme):
            page.goto("about:blank")
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            page.goto((unzipped / PROTOCOL).as_uri())
            page.evaluate(SELECT, ["p12", "the systematic support", "p12", "dictatorial"])
            page.locator("#p12 .quote-tools").wait_for()
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
            assert run_axe(page) == []
            page.locator("#p12").screenshot(path=str(ARTIFACTS / f"quote-tools-phone-{scheme}.png"))
            items = [["1977-02-18-protocol", "p2", "p4"], ["1976-10-25-memorandum", "p2", "p2"]]
            listed = json.dumps({"title": "T", "note": "", "questions": "", "items": items})
            page.goto((unzipped / READING).as_uri() + "#list=" + quote(listed))
            page.locator("#reading-passages li").nth(1).wait_for()
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
            assert run_axe(page) == []
            page.screenshot(
                path=str(ARTIFACTS / f"reading-list-phone-{scheme}.png"), full_page=True
            )
    page.context.close()
