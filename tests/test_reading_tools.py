"""A document page's reading and teaching tools as a newcomer meets them, on a desktop
(1280×800) and a phone (375×740), by pointer and by keyboard, from the unzipped folder and
over HTTP: one control per paragraph opens its tools as a menu; every action shows what it
did; a passage is marked from its start to the end the reader chooses; the keyboard's Tab
stops stay few; cards lie over the text; addresses that name nothing say so; print keeps
the text and its address, not the tools."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page

from browser import Watch, case, forget, run_axe, said, use_tool, watched_page
from conftest import BASE, Workspace
from test_browser import ARTIFACTS, MEMO, PROTOCOL, version
from test_passages import address

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
VIEWS = {"desktop": DESKTOP, "phone": PHONE}
INSTRUCTION = "documents/1977-05-19-instruction/index.html"
CLIPBOARD = ["clipboard-read", "clipboard-write"]
NONE = ": this copy has no public address, so the link is its place in the collection"
P12 = "By the way, if one speaks about the concerns regarding human rights"  # its opening


def reading_list(page: Page) -> list[list[str]]:
    stored = page.evaluate("localStorage.getItem('archive-reading-list')")
    return list(json.loads(stored)["items"]) if stored else []


def press(page: Page, scope: str, name: str, keyboard: bool) -> None:
    """A button of a group (a passage's tools, a quotation's) pressed by pointer or keyboard."""
    target = page.locator(scope).get_by_role("button", name=name, exact=True)
    if keyboard:
        target.focus()
        page.keyboard.press("Enter")
    else:
        target.click()


def box(page: Page, selector: str) -> dict[str, float]:
    found = page.locator(selector).bounding_box()
    assert found is not None, selector
    return found


def big_enough(target: Locator) -> bool:
    """At least 24 by 24 pixels, as WCAG 2.2 asks of a target."""
    b = target.bounding_box()
    return b is not None and b["width"] >= 24 and b["height"] >= 24


def in_window(page: Page, selector: str) -> bool:
    b, size = box(page, selector), page.viewport_size
    assert size is not None
    return b["x"] >= 0 and b["x"] + b["width"] <= size["width"] and 0 <= b["y"] < size["height"]


def test_every_tool_answers_visibly_and_says_what_it_did(
    browser: Browser, built_site: Workspace, unzipped: Path, http_base: str
) -> None:
    """On a desktop and a phone, from the folder and over HTTP, by pointer and by keyboard:
    the eight cases in one page, each begun as in a new browser (its storage and the
    clipboard emptied)."""
    page, watch = watched_page(browser, permissions=CLIPBOARD)
    for view in VIEWS:
        for mode in ("file", "http"):
            for how in ("pointer", "keyboard"):
                with case(view, mode, how):
                    page.set_viewport_size(VIEWS[view])
                    page.goto(address(unzipped, http_base, mode, PROTOCOL))
                    forget(page)  # the clipboard: what another test left there
                    every_tool_answers(page, watch, built_site, how == "keyboard")
                    forget(page, watch)
                    page.goto("about:blank")
    page.context.close()


def every_tool_answers(page: Page, watch: Watch, built_site: Workspace, keyboard: bool) -> None:
    assert reading_list(page) == []  # a list left by the case before would be in this one
    v = {p: version(built_site, p) for p in ("p9", "p11", "p12")}

    use_tool(page, "p12", "Copy link", keyboard)
    assert said(page, "Link to ¶12 copied" + NONE) == "Link to paragraph 12 copied" + NONE
    assert in_window(page, "#status")
    assert page.evaluate("navigator.clipboard.readText()") == f"{PROTOCOL}?v={v['p12']}#p12"

    use_tool(page, "p9", "Add to reading list", keyboard)
    assert said(page, "Added ¶9 to your reading list: 1 item") == (
        "Added paragraph 9 to your reading list, which now holds 1 item"
    )
    use_tool(page, "p9", "Add to reading list", keyboard)  # again: said, not added twice
    said(page, "¶9 is already in your reading list: 1 item")
    assert reading_list(page) == [["1977-02-18-protocol", "p9", "p9", v["p9"]]]

    # a passage: its start marked, and what to do next said where it shows
    use_tool(page, "p9", "Start a passage here", keyboard)
    bar = page.get_by_role("group", name="Passage being marked")
    assert bar.inner_text() == "Passage from ¶9: choose the last paragraph · Cancel"
    assert in_window(page, ".passage-bar")
    assert "passage-start" in (page.get_attribute("#p9", "class") or "")
    use_tool(page, "p11", "End the passage here (¶9–¶11)", keyboard)
    said(page, "Passage ¶9–¶11 marked: its address is in the address bar")
    assert page.url.endswith("#p9-p11") and bar.count() == 0
    assert page.eval_on_selector_all(".in-passage", "els => els.map(e => e.id)") == [
        "p9",
        "p10",
        "p11",
    ]
    tools = ".passage-tools"  # at the end the reader chose: after ¶11
    assert page.evaluate("document.querySelector('#p11').nextElementSibling.className") == (
        "passage-tools"
    )
    assert page.inner_text(f"{tools} .passage-name") == "Passage ¶9–¶11"
    press(page, tools, "Copy link", keyboard)
    said(page, "Link to ¶9–¶11 copied" + NONE)
    assert page.evaluate("navigator.clipboard.readText()") == (
        f"{PROTOCOL}?v={v['p9']}-{v['p11']}#p9-p11"
    )
    press(page, tools, "Add to reading list", keyboard)
    said(page, "Added ¶9–¶11 to your reading list: 2 items")

    # the keyboard's way to quote: the whole paragraph, its quotation tools focused
    use_tool(page, "p12", "Quote this paragraph", keyboard)
    quote_tools = page.get_by_role("group", name="Quotation from paragraph 12")
    quote_tools.wait_for()
    # said, as every tool's answer is (before, nothing was)
    assert said(page, "¶12 selected to quote") == (
        "Paragraph 12 selected to quote: its link, citation and reading list follow"
    )
    assert page.evaluate("document.activeElement.textContent") == "Copy link to quote"
    assert page.evaluate("getSelection().toString()").startswith(P12)
    press(page, ".quote-tools", "Add quote to reading list", keyboard)
    said(page, "Added the quotation from ¶12 to your reading list: 3 items")
    quoted = reading_list(page)[2]
    assert quoted[:4] == ["1977-02-18-protocol", "p12", "p12", v["p12"]]
    assert quoted[4].startswith(P12) and "¶" not in quoted[4]
    press(page, ".quote-tools", "Copy link to quote", keyboard)
    said(page, "Link to the quotation from ¶12 copied" + NONE)
    assert page.evaluate("navigator.clipboard.readText()").startswith(
        f"{PROTOCOL}?v={v['p12']}#p12:~:text=By%20the%20way%2C%20if,"
    )

    use_tool(page, "p12", "Cite…", keyboard)
    dialog = page.locator("#cite-dialog")
    assert dialog.get_by_role("heading", name="Cite paragraph 12").is_visible()
    page.keyboard.press("Escape")
    assert watch.errors == [] and watch.outside == []


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_a_menu_is_moved_through_with_the_arrow_keys_and_closes_as_menus_do(
    browser: Browser, unzipped: Path, view: str
) -> None:
    page, _ = watched_page(browser, viewport=VIEWS[view])
    page.goto((unzipped / PROTOCOL).as_uri())
    trigger = page.locator("#p5 > .anchor")
    assert trigger.get_attribute("aria-haspopup") == "menu"
    unopened = heights(page)
    trigger.focus()
    page.keyboard.press("Enter")
    menu = page.get_by_role("menu", name="Paragraph 5")
    assert trigger.get_attribute("aria-expanded") == "true"
    assert trigger.get_attribute("aria-controls") == menu.get_attribute("id")
    items = menu.get_by_role("menuitem").all_inner_texts()
    assert items == [
        "Copy link",
        "Cite…",
        "Start a passage here",
        "Add to reading list",
        "Quote this paragraph",
    ]
    focused = "document.activeElement.textContent"
    assert page.evaluate(focused) == "Copy link"
    page.keyboard.press("ArrowUp")  # round to the last
    assert page.evaluate(focused) == "Quote this paragraph"
    page.keyboard.press("Home")
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == "Cite…"
    # each item at least 24 by 24 pixels, and the menu within the window
    assert all(big_enough(item) for item in menu.get_by_role("menuitem").all())
    assert in_window(page, ".block-menu")
    page.screenshot(path=str(ARTIFACTS / f"tools-menu-keyboard-{view}.png"))
    assert heights(page) == unopened  # laid over the text: no paragraph moved
    page.keyboard.press("Escape")  # shut, and focus back on the number
    assert menu.count() == 0 and trigger.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.closest('#p5') !== null")
    page.keyboard.press("Space")  # opens too
    menu.wait_for()
    page.keyboard.press("Tab")  # leaving it shuts it
    assert menu.count() == 0
    trigger.click()
    menu.wait_for()
    page.mouse.click(5, 5)  # as does a click elsewhere
    assert menu.count() == 0
    # a start pending: another paragraph's menu offers its end first, the start's to cancel
    use_tool(page, "p5", "Start a passage here")
    page.locator("#p7 > .anchor").click()
    assert page.get_by_role("menu").get_by_role("menuitem").first.inner_text() == (
        "End the passage here (¶5–¶7)"
    )
    page.keyboard.press("Escape")
    trigger.click()
    assert "Cancel the passage" in page.get_by_role("menu").inner_text()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")  # nothing open: the pending start is cancelled
    assert page.locator(".passage-bar, .passage-start").count() == 0
    page.context.close()


def tab_walk(page: Page, presses: int) -> list[dict[str, object]]:
    """Where each press of Tab lands, up to the first in the footer: its block and
    paragraph, if any, and whether it is a name in the text, the block's own control, or
    in the text at all. Each landing is noted in the page as the key comes up (focus has
    moved by then), and read a batch of presses at a time."""
    page.evaluate(
        """() => { window.tabStops = [];
        addEventListener('keyup', () => { const a = document.activeElement;
            const b = a.closest('.document-text .block[id]');
            tabStops.push({block: b ? b.id : '', para: b ? (b.dataset.para || '') : '',
                name: a.matches('a.mention'), control: a.matches('.block > .anchor'),
                text: !!a.closest('.document-text'), skip: a.matches('a.skip'),
                footer: !!a.closest('.site-footer, .pager, .in-this-document')});
        }, true); }"""
    )
    stops: list[dict[str, object]] = []
    pressed = 0
    while pressed < presses:
        for _ in range(min(20, presses - pressed)):
            page.keyboard.press("Tab")
            pressed += 1
        stops = page.evaluate("window.tabStops")
        footer = next((n for n, stop in enumerate(stops) if stop["footer"]), None)
        if footer is not None:
            return stops[: footer + 1]
    return stops


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_the_keyboard_reaches_the_text_in_few_tab_stops(
    browser: Browser, unzipped: Path, view: str
) -> None:
    """The three documents read in turn in one page (tabbing keeps nothing)."""
    page, _ = watched_page(browser, viewport=VIEWS[view])
    for doc in (PROTOCOL, MEMO, INSTRUCTION):
        with case(view, doc):
            few_tab_stops(page, (unzipped / doc).as_uri(), f"{doc} {view}")
    page.context.close()


def few_tab_stops(page: Page, url: str, name: str) -> None:
    page.goto(url)
    # "Skip to the text" is the first stop and lands on the text's first block
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the text"
    page.keyboard.press("Enter")
    first = "document.querySelector('.document-text .block')"
    assert page.evaluate(f"document.activeElement === {first}")
    assert in_window(page, ".document-text .block >> nth=0")
    page.keyboard.press("Tab")
    assert page.evaluate(
        f"""(() => {{ const a = document.activeElement, f = {first};
        return !!a.closest('.document-text') && (f.contains(a) ||
          !!(f.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING)); }})()"""
    )
    # without it: few stops before ¶1, and at most two a paragraph besides its names
    page.reload()
    stops = tab_walk(page, 400)
    at_p1 = next(n for n, s in enumerate(stops) if s["block"] == "p1" and s["control"])
    before = stops[:at_p1]
    names = sum(1 for s in before if s["name"])
    print(f"{name}: {len(before)} Tab stops before ¶1, {names} of them names")
    assert len(before) - names <= 25
    paragraphs = {str(s["para"]) for s in stops if s["para"]}
    assert len(paragraphs) == page.locator(".document-text [data-para]").count()
    for number in paragraphs:
        own = [s for s in stops if s["para"] == number and not s["name"]]
        assert 1 <= len(own) <= 2 and own[0]["control"], (number, own)
    in_text = [s for s in stops if s["text"]]
    print(f"{name}: {len(in_text)} Tab stops in the text, {len(stops)} to its end")
    # every control the tools put in the text is at least 24 by 24 pixels
    sizes = page.eval_on_selector_all(
        ".document-text .block > .anchor",
        "els => els.filter(e => e.getClientRects().length)"
        ".map(e => [e.parentElement.id, e.offsetWidth, e.offsetHeight])",
    )
    assert sizes and all(w >= 24 and h >= 24 for _, w, h in sizes), sizes


def heights(page: Page) -> list[float]:
    return list(
        page.eval_on_selector_all(
            ".document-text .block", "els => els.map(e => e.getBoundingClientRect().height)"
        )
    )


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_a_card_lies_over_the_text_and_closes_as_a_popover_does(
    browser: Browser, unzipped: Path, view: str
) -> None:
    page, watch = watched_page(browser, viewport=VIEWS[view])
    page.goto((unzipped / PROTOCOL).as_uri())
    mention = page.locator("#p3 a.mention", has_text="Ginzburg")
    card = page.locator(".entity-card")
    bracket = "#p3 .ed-supplied"  # [Aleksandr], inside the name
    tip = f"() => getComputedStyle(document.querySelector('{bracket}'), '::after').content"
    page.hover(bracket)
    assert page.evaluate(tip) == '"supplied by the archive\'s editors"'
    unopened = heights(page)
    mention.click()
    card.wait_for()
    assert heights(page) == unopened  # no paragraph changed height
    assert in_window(page, ".entity-card")
    # anchored to the name: just below it
    name, over = box(page, "#p3 a.mention >> nth=1"), box(page, ".entity-card")
    assert 0 <= over["y"] - (name["y"] + name["height"]) <= 12
    page.hover(bracket)  # the bracket's explanation would overlap the card: it stays shut
    assert page.evaluate(tip) == "none"
    assert big_enough(card.get_by_role("button", name="Close card"))
    page.screenshot(path=str(ARTIFACTS / f"tools-card-{view}.png"))
    # Escape shuts it from anywhere: here, with focus nowhere in particular
    page.locator(".entity-card .card-text").click()
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("Escape")
    assert card.count() == 0 and mention.get_attribute("aria-expanded") == "false"
    # a click or tap outside it shuts it
    mention.click()
    card.wait_for()
    page.locator("#p7").click(position={"x": 100, "y": 40})  # words, not a name
    assert card.count() == 0
    # focus leaving it shuts it: by keyboard, from the card's last control onwards
    mention.focus()
    page.keyboard.press("Enter")
    card.wait_for()
    assert page.evaluate("document.activeElement.closest('.entity-card') !== null")
    page.keyboard.press("Tab")  # the card's Close button
    page.keyboard.press("Tab")  # on, out of the card
    assert card.count() == 0
    assert watch.errors == [] and watch.outside == []
    page.context.close()


@pytest.mark.parametrize(
    ("fragment", "message"),
    [
        ("#p99", "¶99 is not in this document; it has 24 paragraphs."),
        (
            "#p3-p99",
            "¶99 is not in this document; it has 24 paragraphs. The passage #p3-p99 is not marked.",
        ),
        (
            "#p98-p99",
            "¶98 and ¶99 are not in this document; it has 24 paragraphs. The passage "
            "#p98-p99 is not marked.",
        ),
        ("#nowhere", "“#nowhere” is not in this document; it has 24 paragraphs."),
    ],
)
def test_an_address_that_names_nothing_here_says_so(
    browser: Browser, unzipped: Path, fragment: str, message: str
) -> None:
    page, watch = watched_page(browser, viewport=PHONE)
    page.goto((unzipped / PROTOCOL).as_uri() + fragment)
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert alert.inner_text() == message and in_window(page, ".anchor-missing")
    assert page.locator(".in-passage").count() == 0
    page.goto((unzipped / PROTOCOL).as_uri() + "#p3")  # a good address clears it
    assert page.locator(".anchor-missing").count() == 0
    assert watch.errors == []
    page.context.close()


def test_the_tip_on_quoting_is_shown_until_dismissed(browser: Browser, unzipped: Path) -> None:
    page, _ = watched_page(browser, viewport=DESKTOP)
    page.goto((unzipped / PROTOCOL).as_uri())
    hint = page.locator(".tools-hint")
    assert hint.inner_text().startswith("Tip: select words to quote them; a ¶ number opens")
    assert big_enough(hint.get_by_role("button"))
    b = box(page, ".tools-hint")
    assert b["height"] < 30  # one line
    hint.get_by_role("button", name="Dismiss the tip").click()
    assert hint.count() == 0
    page.reload()
    page.wait_for_load_state("load")
    assert hint.count() == 0
    page.context.close()


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_the_tools_are_accessible_and_pictured(browser: Browser, unzipped: Path, view: str) -> None:
    """In the light theme and the dark, one after the other in one page, each chosen
    before the page loads."""
    ARTIFACTS.mkdir(exist_ok=True)
    page, watch = watched_page(browser, viewport=VIEWS[view], permissions=CLIPBOARD)
    for scheme in ("light", "dark"):
        with case(view, scheme):
            page.goto("about:blank")
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            tools_pictured(page, watch, unzipped, view, scheme)
    page.context.close()


def tools_pictured(page: Page, watch: Watch, unzipped: Path, view: str, scheme: str) -> None:
    page.goto((unzipped / PROTOCOL).as_uri())
    page.evaluate("window.scrollTo(0, document.querySelector('.doc-actions').offsetTop - 40)")
    assert run_axe(page) == [], "with the tip"
    page.screenshot(path=str(ARTIFACTS / f"tools-tip-{view}-{scheme}.png"))
    page.locator("#p4 > .anchor").click()
    page.get_by_role("menu").wait_for()
    assert run_axe(page) == [], "with a menu open"
    page.screenshot(path=str(ARTIFACTS / f"tools-menu-{view}-{scheme}.png"))
    page.get_by_role("menuitem", name="Copy link").click()
    said(page, "Link to ¶4 copied" + NONE)
    assert run_axe(page) == [], "with an answer shown"
    page.screenshot(path=str(ARTIFACTS / f"tools-answer-{view}-{scheme}.png"))
    use_tool(page, "p9", "Start a passage here")
    assert big_enough(page.locator(".passage-bar button"))
    assert run_axe(page) == [], "with a passage started"
    page.screenshot(path=str(ARTIFACTS / f"tools-passage-start-{view}-{scheme}.png"))
    use_tool(page, "p11", "End the passage here (¶9–¶11)")
    assert run_axe(page) == [], "with a passage marked"
    page.screenshot(path=str(ARTIFACTS / f"tools-passage-{view}-{scheme}.png"))
    assert all(big_enough(b) for b in page.locator(".passage-tools button").all())
    use_tool(page, "p12", "Quote this paragraph")
    page.locator(".quote-tools").wait_for()
    assert run_axe(page) == [], "with a quotation's tools"
    assert all(big_enough(b) for b in page.locator(".quote-tools button").all())
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWS[view]["width"]
    page.screenshot(path=str(ARTIFACTS / f"tools-quote-{view}-{scheme}.png"))
    page.locator("#p3 a.mention", has_text="Moscow").click()
    page.locator(".entity-card").wait_for()
    assert run_axe(page) == [], "with a card open"
    page.screenshot(path=str(ARTIFACTS / f"tools-card-{view}-{scheme}.png"))
    page.goto((unzipped / PROTOCOL).as_uri() + "#p3-p99")
    page.get_by_role("alert").wait_for()
    assert run_axe(page) == [], "with a missing anchor said"
    assert watch.outside == []  # (axe's own reading of the stylesheets may log errors)


def test_print_keeps_the_text_and_its_address_not_the_tools(
    browser: Browser, based_site: Workspace, based_unzipped: Path
) -> None:
    """Built for its public address: printed, the page gives that address once and a
    marked passage its own; no search box, no tools, no message, no path per paragraph."""
    page, _ = watched_page(browser, viewport={"width": 900, "height": 1200}, permissions=CLIPBOARD)
    page.goto((based_unzipped / PROTOCOL).as_uri() + "#p3-p5")
    page.locator(".in-passage").first.wait_for()
    use_tool(page, "p9", "Start a passage here")
    use_tool(page, "p8", "Copy link")
    said(page, "Link to ¶8 copied")
    page.emulate_media(media="print")
    page_address = f"{BASE}{PROTOCOL}"
    assert page.locator("p.print-only").inner_text() == f"This document: {page_address}"
    v3, v5 = version(based_site, "p3"), version(based_site, "p5")
    assert page.locator(".passage-tools").inner_text() == (
        f"Passage ¶3–¶5: {page_address}?v={v3}-{v5}#p3-p5"
    )
    for hidden in (
        ".site-search",
        ".toast",
        ".tools-hint",
        ".passage-bar",
        ".passage-tools button",
        ".doc-actions",
    ):
        assert all(not el.is_visible() for el in page.locator(hidden).all()), hidden
    assert page.locator("#p12 > .anchor").is_visible()  # the ¶ numbers print
    assert page.eval_on_selector("#p12", "el => getComputedStyle(el, '::after').content") in (
        "none",
        "normal",
    )
    page.screenshot(path=str(ARTIFACTS / "tools-print.png"), full_page=True)
    page.context.close()
