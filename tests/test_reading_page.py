"""The Reading list page in a real browser, on a desktop (1280×800) and a phone (375×740),
from the unzipped folder and over HTTP: the reader's own list, kept in the browser, is
never replaced by opening a list's link, which shows a read-only handout that can be
saved or edited as a copy; the reader's items take notes, move by keyboard and never
repeat; every action answers at once; a list's link is short, an older one still opens,
and a damaged one says so; printed, the list is a handout with its addresses."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Page, expect

from browser import Watch, case, forget, run_axe, said, watched_page
from conftest import BASE, Workspace
from test_browser import ARTIFACTS, PROTOCOL, version
from test_passages import address

pytestmark = pytest.mark.browser

READING = "reading/index.html"
KEY = "archive-reading-list"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
VIEWS = {"desktop": DESKTOP, "phone": PHONE}
DOC = "1977-02-18-protocol"
P3 = "Raising by the Americans in Moscow"  # the opening of ¶3 of the protocol
P12 = "By the way, if one speaks about the concerns regarding human rights"


def kept(page: Page) -> Any:
    """The list this browser keeps, as stored (None for none)."""
    text = page.evaluate(f"localStorage.getItem({json.dumps(KEY)})")
    return None if text is None else json.loads(text)


def keep(page: Page, listed: dict[str, Any]) -> None:
    """Store a list in this browser, as if the reader had made it."""
    page.evaluate(f"l => localStorage.setItem({json.dumps(KEY)}, JSON.stringify(l))", listed)


def own_list() -> dict[str, Any]:
    return {
        "title": "My notes",
        "note": "",
        "questions": "",
        "items": [[DOC, "p9", "p9", "", "", "Mine, with a note"]],
    }


def class_list(ws: Workspace) -> dict[str, Any]:
    """A teacher's list: a passage with a note, a paragraph that the reader's list has
    too, and a quotation."""
    v3, v5, v9 = (version(ws, p) for p in ("p3", "p5", "p9"))
    return {
        "title": "Week 3: the Vance talks",
        "note": "Read before the seminar.",
        "questions": "Whom does the protocol address?\nWhat is asked of him?",
        "items": [
            [DOC, "p3", "p5", f"{v3}-{v5}", "", "Start here."],
            [DOC, "p9", "p9", v9],
            [DOC, "p12", "p12", version(ws, "p12"), "By the way, if one speaks", ""],
        ],
    }


def encoded(page: Page, listed: dict[str, Any]) -> str:
    """What follows "#list=" in the list's link, as the page writes it."""
    return str(page.evaluate("l => archiveListFormat.encode(l)", listed))


def link_shown(page: Page) -> str:
    """The page's "Link to this list", once it holds the kept list."""
    code = page.evaluate("async () => archiveListFormat.encode(archiveListFormat.read())")
    expect(page.locator("#reading-link")).to_have_value(re.compile(re.escape(code) + "$"))
    return page.input_value("#reading-link")


def errors(watch: Watch) -> list[str]:
    """The page's errors, but those of axe reading the stylesheets from a folder, which
    the browser refuses it."""
    return [e for e in watch.errors if "XMLHttpRequest" not in e and "ERR_FAILED" not in e]


def items_shown(page: Page) -> list[str]:
    return page.locator("#reading-passages > li h3").all_inner_texts()


def texts_loaded(page: Page, count: int) -> None:
    """Wait until the page shows `count` items with their texts."""
    page.locator("#reading-passages > li").nth(count - 1).locator(".reading-text > *").wait_for()
    expect(page.locator("#reading-passages > li")).to_have_count(count)
    page.locator("#reading-passages:not([aria-busy])").wait_for()  # every text read


def answered_in(page: Page, act: Any) -> float:
    """Milliseconds from a press (a click, or a key on a button) to the answer at the
    window's foot (or a choice shown), as the page measures them."""
    page.evaluate(
        """() => {
        window.answer = null;
        const start = () => { window.pressed = performance.now(); };
        document.addEventListener('click', start, {capture: true, once: true});
        const shown = '#status.toast, .reading-choice:not([hidden])';
        const answered = () => document.querySelector(shown);
        new MutationObserver((m, o) => {
          if (answered()) { window.answer = performance.now() - window.pressed; o.disconnect(); }
        }).observe(document.body, {childList: true, subtree: true, attributes: true});
        }"""
    )
    act()
    expect(page.locator("#status.toast, .reading-choice:not([hidden])").first).to_be_visible()
    return float(page.evaluate("window.answer"))


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_a_shared_list_is_a_handout_and_never_replaces_the_readers_own(
    browser: Browser,
    built_site: Workspace,
    unzipped: Path,
    http_base: str,
    view: str,
) -> None:
    """From the folder and over HTTP, one after the other in one page, each begun as in a
    new browser."""
    page, watch = watched_page(browser, viewport=VIEWS[view])
    for mode in ("file", "http"):
        with case(view, mode):
            shared_list_is_a_handout(page, watch, built_site, unzipped, http_base, view, mode)
            forget(page, watch)
            page.goto("about:blank")
    page.context.close()


def shared_list_is_a_handout(
    page: Page,
    watch: Watch,
    built_site: Workspace,
    unzipped: Path,
    http_base: str,
    view: str,
    mode: str,
) -> None:
    page.goto(address(unzipped, http_base, mode, READING))
    mine = own_list()
    keep(page, mine)
    shared = class_list(built_site)
    link = address(unzipped, http_base, mode, READING) + "#list=" + encoded(page, shared)
    page.goto("about:blank")
    page.goto(link)
    texts_loaded(page, 3)
    assert kept(page) == mine  # opening the link changed nothing
    assert page.locator("#reading-form").is_hidden()
    # its reader meets the list's title on the first screen, a phone's too, not the help
    # for a list's owner (before, 1.5 screens of it on a phone)
    assert page.locator(".reading-intro").is_hidden()
    title = page.locator("#reading-shown-title").bounding_box()
    assert title is not None and title["y"] + title["height"] <= VIEWS[view]["height"]
    assert page.locator("main textarea:visible, main input:visible").count() == 0
    assert page.inner_text("#reading-shared-said") == (
        "This list comes from its link and is shown as a handout; reading it changes "
        "nothing. Your own list (1 item) stays as it is unless you choose to replace it "
        "or add to it."
    )
    assert page.inner_text("#reading-shown-title") == "Week 3: the Vance talks"
    assert page.inner_text("#reading-shown-note") == "Read before the seminar."
    assert page.locator("#reading-shown-questions li").all_inner_texts() == [
        "Whom does the protocol address?",
        "What is asked of him?",
    ]
    first, _, third = page.locator("#reading-passages > li").all()
    assert first.locator("h3").inner_text().endswith(", ¶ 3 to ¶ 5")
    assert first.locator(".reading-para").all_inner_texts() == ["¶ 3", "¶ 4", "¶ 5"]
    assert P3 in first.locator("blockquote").inner_text()
    assert first.locator(".reading-item-note").inner_text() == "Note: Start here."
    assert third.locator("h3").inner_text().endswith(", quotation from ¶ 12")
    assert third.locator("blockquote").inner_text() == "“By the way, if one speaks”"
    assert page.get_by_role("button", name="Move up").count() == 0  # read only
    assert run_axe(page) == [], "a handout"
    page.screenshot(path=str(ARTIFACTS / f"reading-shared-{view}-{mode}.png"), full_page=True)

    # saving asks first; cancelling keeps the list as it was
    save = page.locator("#reading-save")
    assert save.inner_text() == "Save a copy to my list"
    assert answered_in(page, save.click) < 100
    choice = page.get_by_role("group", name=re.compile("^Your list in this browser"))
    assert choice.is_visible()
    question = choice.locator("p").first.inner_text()
    assert question == (
        "Your list in this browser holds 1 item, “My notes”. Replace it with this list, or "
        "add this list’s 3 items at its end? Added, they come with their notes but without "
        "this list’s title, note and questions: your own stay."
    )
    assert page.locator("#status .visually-hidden").inner_text() == question  # announced
    assert page.locator("#status.toast").count() == 0  # shown once, above its buttons
    assert run_axe(page) == [], "the choice"
    page.screenshot(path=str(ARTIFACTS / f"reading-shared-choice-{view}-{mode}.png"))
    choice.get_by_role("button", name="Cancel").click()
    said(page, "Nothing saved: your list is as it was")
    assert kept(page) == mine and choice.is_hidden()
    assert page.evaluate("document.activeElement.id") == "reading-save"

    # added at its end: the paragraph the reader had already is not added twice
    save.click()
    choice.get_by_role("button", name="Add to the end of my list").click()
    said(page, "Added 2 items to the end of your list, 1 already there: it holds 3 items")
    assert kept(page) == {
        **mine,
        "items": [mine["items"][0], shared["items"][0], shared["items"][2]],
    }
    assert save.inner_text() == "Saved to my list"
    # or put in its place, when the reader says so
    save.click()
    choice.get_by_role("button", name="Replace my list").click()
    said(page, "Replaced your list with this one: 3 items")
    assert kept(page) == shared
    assert page.url == link  # still the handout
    assert errors(watch) == [] and watch.outside == []


@pytest.mark.parametrize("mode", ["file", "http"])
def test_edit_a_copy_makes_the_list_the_readers_own(
    browser: Browser, built_site: Workspace, unzipped: Path, http_base: str, mode: str
) -> None:
    page, watch = watched_page(browser, viewport=DESKTOP)
    page.goto(address(unzipped, http_base, mode, READING))
    shared = class_list(built_site)
    link = address(unzipped, http_base, mode, READING) + "#list=" + encoded(page, shared)
    page.goto("about:blank")
    page.goto(link)
    texts_loaded(page, 3)
    assert kept(page) is None
    assert page.inner_text("#reading-shared-said").endswith(
        "You have no list of your own in this browser."
    )
    # with no list of one's own, nothing to ask: the copy is the reader's list, to edit
    page.get_by_role("button", name="Edit a copy").focus()
    page.keyboard.press("Enter")
    said(page, "Saved a copy as your list: 3 items")
    assert kept(page) == shared
    assert page.url == address(unzipped, http_base, mode, READING)
    assert page.evaluate("document.activeElement.id") == "reading-name"
    assert page.input_value("#reading-name") == "Week 3: the Vance talks"
    assert page.locator("#reading-shared").is_hidden()
    page.keyboard.press("End")
    page.keyboard.type(", for group B")
    page.keyboard.press("Tab")
    said(page, "Saved the title")
    assert kept(page)["title"] == "Week 3: the Vance talks, for group B"
    # the way back leads to the handout again, unchanged
    page.go_back()
    page.locator("#reading-shared").wait_for()
    texts_loaded(page, 3)
    assert page.inner_text("#reading-shown-title") == "Week 3: the Vance talks"
    # with a list of one's own, editing a copy asks too
    page.get_by_role("button", name="Edit a copy").click()
    page.get_by_role("button", name="Replace my list").click()
    said(page, "Replaced your list with this one: 3 items")
    assert kept(page) == shared
    assert page.input_value("#reading-name") == "Week 3: the Vance talks"
    assert errors(watch) == [] and watch.outside == []
    page.context.close()


def test_a_link_pasted_into_an_open_reading_list_shows_its_list(
    browser: Browser, built_site: Workspace, http_base: str
) -> None:
    page, watch = watched_page(browser, viewport=DESKTOP)
    page.goto(http_base + READING)
    mine = own_list()
    keep(page, mine)
    page.reload()
    texts_loaded(page, 1)
    shared = class_list(built_site)
    page.evaluate("h => { location.hash = h; }", "#list=" + encoded(page, shared))
    said(
        page,
        "Showing the list from the link: “Week 3: the Vance talks”, 3 items; your own list "
        "is unchanged",
    )
    texts_loaded(page, 3)
    assert page.locator("#reading-form").is_hidden()
    assert kept(page) == mine
    page.go_back()
    said(page, "Showing your list: 1 item")
    texts_loaded(page, 1)
    assert page.input_value("#reading-name") == "My notes"
    # a damaged link pasted the same way says so, and shows the reader's list
    page.evaluate("location.hash = '#list=1.garbage!'")
    page.locator(".reading-warning").wait_for()
    assert page.input_value("#reading-name") == "My notes" and kept(page) == mine
    assert errors(watch) == [] and watch.outside == []
    page.context.close()


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_the_readers_items_take_notes_and_move_by_keyboard(
    browser: Browser, built_site: Workspace, unzipped: Path, view: str
) -> None:
    page, watch = watched_page(browser, viewport=VIEWS[view])
    page.goto((unzipped / READING).as_uri())
    items = [[DOC, "p3", "p3"], [DOC, "p9", "p9"], [DOC, "p12", "p14"]]
    keep(page, {"title": "", "note": "", "questions": "", "items": items})
    page.reload()
    texts_loaded(page, 3)
    rows = page.locator("#reading-passages > li")
    # a note, typed and left: kept, and said
    rows.nth(1).get_by_label("Your note").focus()
    page.keyboard.type("Compare with ¶3.")
    page.keyboard.press("Tab")
    said(page, "Saved your note on item 2 (¶9)")
    assert kept(page)["items"][1] == [DOC, "p9", "p9", "", "", "Compare with ¶3."]
    # moved up by keyboard: focus stays on the item, now first, on the button that can
    # still move it
    up = rows.nth(1).get_by_role("button", name="Move up")
    up.focus()
    assert answered_in(page, lambda: page.keyboard.press("Enter")) < 100
    assert said(page, "Moved item 2 (¶9) up: it is now item 1 of 3")
    assert [i[1] for i in kept(page)["items"]] == ["p9", "p3", "p12"]
    assert items_shown(page)[0].endswith("¶ 9")
    focused = "document.activeElement"
    assert page.evaluate(f"{focused}.textContent") == "Move down"
    assert page.evaluate(f"{focused}.closest('li').querySelector('h3').textContent").endswith("¶ 9")
    assert rows.nth(0).get_by_role("button", name="Move up").is_disabled()
    page.keyboard.press("Enter")  # Move down, back again
    said(page, "Moved item 1 (¶9) down: it is now item 2 of 3")
    page.keyboard.press("Enter")  # and again, to the foot
    said(page, "Moved item 2 (¶9) down: it is now item 3 of 3")
    assert page.evaluate(f"{focused}.textContent") == "Move up"
    assert [i[1] for i in kept(page)["items"]] == ["p3", "p12", "p9"]
    assert rows.nth(2).get_by_label("Your note").input_value() == "Compare with ¶3."
    # the group of buttons is named by its item
    group = rows.nth(2).get_by_role("group")
    assert group.get_attribute("aria-labelledby") == rows.nth(2).locator("h3").get_attribute("id")
    # removed: said, and focus on the next item's (here the one before, the last)
    rows.nth(1).get_by_role("button", name="Remove").focus()
    page.keyboard.press("Enter")
    said(page, "Removed item 2 (¶12–¶14): your list holds 2 items")
    assert [i[1] for i in kept(page)["items"]] == ["p3", "p9"]
    assert page.evaluate(f"{focused}.closest('li').querySelector('h3').textContent").endswith("¶ 9")
    assert all(
        b.bounding_box()["height"] >= 24 and b.bounding_box()["width"] >= 24  # type: ignore[index]
        for b in page.locator(".reading-item-tools button, .reading-actions button:visible").all()
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWS[view]["width"]
    assert run_axe(page) == []
    assert errors(watch) == [] and watch.outside == []
    page.context.close()


def test_emptying_the_list_asks_first(browser: Browser, unzipped: Path) -> None:
    page, watch = watched_page(browser, viewport=DESKTOP)
    page.goto((unzipped / READING).as_uri())
    mine = own_list()
    keep(page, mine)
    page.reload()
    texts_loaded(page, 1)
    page.get_by_role("button", name="Empty the list").click()
    question = "Empty your list of 1 item, “My notes”? It cannot be brought back."
    expect(page.locator("#reading-clear-said")).to_have_text(question)  # above its buttons
    assert page.locator("#status .visually-hidden").inner_text() == question  # announced
    assert page.locator("#status.toast").count() == 0  # and not again at the foot
    page.keyboard.press("Escape")
    said(page, "Kept your list as it was")
    assert kept(page) == mine
    page.get_by_role("button", name="Empty the list").click()
    page.get_by_role("button", name="Empty it").click()
    said(page, "Emptied your list: it held 1 item")
    assert kept(page) == {"title": "", "note": "", "questions": "", "items": []}
    assert page.inner_text("#reading-status").startswith("Your list is empty")
    assert errors(watch) == [] and watch.outside == []
    page.context.close()


def test_an_item_is_never_listed_twice(browser: Browser, unzipped: Path) -> None:
    """The same blocks of the same document, or the same words quoted from them, are one
    item, whatever the version or the note; another quotation from them is another."""
    page, _ = watched_page(browser, viewport=DESKTOP)
    page.goto((unzipped / PROTOCOL).as_uri())
    outcomes = page.evaluate(
        """() => {
        const f = archiveListFormat;
        return [
          f.add(f.item('d', 'p1', 'p2', 'abc')),
          f.add(f.item('d', 'p1', 'p2', '', '', 'a note')),
          f.add(f.item('d', 'p1', 'p2', 'abc', 'some words')),
          f.add(f.item('d', 'p1', 'p2', 'def', 'some words', 'another note')),
          f.add(f.item('d', 'p1', 'p3')),
        ].map(o => o.outcome + ' ' + o.count);
        }"""
    )
    assert outcomes == ["added 1", "already 1", "added 2", "already 2", "added 3"]
    assert kept(page)["items"] == [
        ["d", "p1", "p2", "abc"],
        ["d", "p1", "p2", "abc", "some words"],
        ["d", "p1", "p3"],
    ]
    page.context.close()


def test_a_list_of_two_passages_with_a_note_has_a_short_link(
    browser: Browser, based_site: Workspace, based_unzipped: Path
) -> None:
    page, watch = watched_page(browser, viewport=DESKTOP)
    page.goto((based_unzipped / READING).as_uri())
    v = {p: version(based_site, p) for p in ("p3", "p5", "p12", "p14")}
    listed = {
        "title": "Week 3",
        "note": "Read both before Thursday's seminar.",
        "questions": "",
        "items": [
            [DOC, "p3", "p5", f"{v['p3']}-{v['p5']}"],
            [DOC, "p12", "p14", f"{v['p12']}-{v['p14']}"],
        ],
    }
    keep(page, listed)
    page.reload()
    link = link_shown(page)
    assert link.startswith(f"{BASE}{READING}#list=1.")
    assert len(link) < 300, link
    older = f"{BASE}{READING}#list=" + quote(json.dumps(listed))
    assert len(older) > 1.5 * len(link)
    copy = page.get_by_role("button", name="Copy link")
    assert answered_in(page, copy.click) < 100
    said(page, "Link to the list copied: 2 items")
    # the link opens the same list, in a browser that has never seen it
    fresh, _ = watched_page(browser, viewport=DESKTOP)
    fresh.goto(link.replace(BASE, based_unzipped.as_uri() + "/"))
    texts_loaded(fresh, 2)
    assert fresh.inner_text("#reading-shown-title") == "Week 3"
    assert fresh.inner_text("#reading-shown-note") == "Read both before Thursday's seminar."
    assert [t.split(", ")[-1] for t in items_shown(fresh)] == ["¶ 3 to ¶ 5", "¶ 12 to ¶ 14"]
    assert (
        fresh.evaluate(
            "async h => (await archiveListFormat.decode(h)).list", link.split("#list=")[1]
        )
        == listed
    )
    fresh.context.close()
    assert errors(watch) == [] and watch.outside == []
    page.context.close()


def test_an_older_link_with_the_list_in_json_still_opens(
    browser: Browser, unzipped: Path, http_base: str
) -> None:
    page, watch = watched_page(browser, viewport=DESKTOP)
    page.goto(http_base + READING)
    mine = own_list()
    keep(page, mine)
    older = {
        "title": "Older list",
        "note": "From before notes.",
        "questions": "",
        "items": [[DOC, "p3", "p3"], ["1976-10-25-memorandum", "p2", "p2"]],
    }
    page.goto("about:blank")
    page.goto(http_base + READING + "#list=" + quote(json.dumps(older)))
    texts_loaded(page, 2)
    assert page.inner_text("#reading-shown-title") == "Older list"
    assert "¶ 2" in items_shown(page)[1]
    assert page.locator(".reading-warning").count() == 0
    assert kept(page) == mine
    assert errors(watch) == [] and watch.outside == []
    page.context.close()


DAMAGED = (
    "The list in this link could not be read (the link is damaged or was cut short), so it "
    "was not opened: the list below is the one kept in this browser."
)


DAMAGED_LINKS = [
    "1.",
    "1.@@@@",
    "1.AAAAAAAA",
    "1.S0lNSU1JTQEA",  # deflated, but not JSON
    "%7Bnot%20json",
    "%E0%A4%A",  # a broken escape
    quote(json.dumps([1, 2, 3])),
    quote(json.dumps({"title": "T", "items": "not a list"})),
    "",
]


def test_a_damaged_link_says_so_and_shows_ones_own_list(browser: Browser, unzipped: Path) -> None:
    """Each damaged link in turn, in one page: the reader's list is stored afresh before
    each is opened."""
    page, watch = watched_page(browser, viewport=DESKTOP)
    for hashed in DAMAGED_LINKS:
        with case(f"#list={hashed}"):
            page.goto((unzipped / READING).as_uri())
            mine = own_list()
            keep(page, mine)
            page.goto("about:blank")
            page.goto((unzipped / READING).as_uri() + "#list=" + hashed)
            warning = page.locator(".reading-warning")
            warning.wait_for()
            assert warning.inner_text() == DAMAGED and warning.get_attribute("role") == "alert"
            texts_loaded(page, 1)
            assert page.input_value("#reading-name") == "My notes"
            assert kept(page) == mine
            assert errors(watch) == [] and watch.outside == []
            forget(page, watch)  # as a new browser for the next
    page.context.close()


def test_items_a_link_cannot_hold_are_left_out_and_said(browser: Browser, unzipped: Path) -> None:
    page, watch = watched_page(browser, viewport=DESKTOP)
    page.goto((unzipped / READING).as_uri())
    listed = {
        "title": "Partly damaged",
        "items": [
            [DOC, "p3", "p3"],
            [DOC, "<script>", "p4"],
            [DOC, "p5", "p5", "", "x" * 1001],
            "p6",
        ],
    }
    page.goto((unzipped / READING).as_uri() + "#list=" + encoded(page, listed))
    texts_loaded(page, 1)
    assert page.inner_text(".reading-warning") == (
        "3 items of this link could not be read (they are damaged or too long), so they are "
        "left out."
    )
    assert kept(page) is None
    assert errors(watch) == [] and watch.outside == []
    page.context.close()


def test_a_list_item_tells_of_a_revision_since_it_was_added(
    browser: Browser, unzipped: Path
) -> None:
    """An item keeps the version its paragraph had: where the text has changed since,
    the item's link opens the paragraph with a note saying so."""
    page, watch = watched_page(browser, viewport=DESKTOP)
    page.goto((unzipped / READING).as_uri())
    keep(page, {"title": "", "note": "", "questions": "", "items": [[DOC, "p3", "p3", "00000000"]]})
    page.reload()
    texts_loaded(page, 1)
    link = page.locator("#reading-passages h3 a")
    assert link.get_attribute("href").endswith(f"{PROTOCOL}?v=00000000#p3")
    link.click()
    note = page.locator("#p3 .revised-note")
    note.wait_for()
    assert note.inner_text().startswith("Revised since this link was made")
    assert errors(watch) == [] and watch.outside == []
    page.context.close()


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_the_reading_list_is_accessible_and_pictured(
    browser: Browser, built_site: Workspace, unzipped: Path, view: str
) -> None:
    """In the light theme and the dark, one after the other in one page: the theme set
    before each load, the list kept by the one before forgotten."""
    ARTIFACTS.mkdir(exist_ok=True)
    page, watch = watched_page(browser, viewport=VIEWS[view])
    for scheme in ("light", "dark"):
        with case(view, scheme):
            page.goto("about:blank")
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            reading_list_pictured(page, watch, built_site, unzipped, view, scheme)
            forget(page, watch)
    page.context.close()


def reading_list_pictured(
    page: Page, watch: Watch, built_site: Workspace, unzipped: Path, view: str, scheme: str
) -> None:
    page.goto((unzipped / READING).as_uri())
    listed = class_list(built_site)
    listed["items"].append(["1976-10-25-memorandum", "p2", "p2"])
    keep(page, listed)
    page.reload()
    texts_loaded(page, 4)
    assert run_axe(page) == [], "the reader's own list"
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWS[view]["width"]
    page.screenshot(path=str(ARTIFACTS / f"reading-{view}-{scheme}.png"), full_page=True)
    page.locator("#reading-passages > li").nth(1).get_by_role("button", name="Move up").click()
    said(page, "Moved item 2 (¶9) up: it is now item 1 of 4")
    assert run_axe(page) == [], "with an answer shown"
    page.screenshot(path=str(ARTIFACTS / f"reading-answer-{view}-{scheme}.png"))
    code = encoded(page, class_list(built_site))
    page.goto("about:blank")
    page.goto((unzipped / READING).as_uri() + "#list=" + code)
    texts_loaded(page, 3)
    assert run_axe(page) == [], "a list from a link"
    page.screenshot(path=str(ARTIFACTS / f"reading-handout-{view}-{scheme}.png"), full_page=True)
    assert watch.outside == []  # (axe's own reading of the stylesheets may log errors)


def test_print_gives_a_handout_with_addresses_and_no_controls(
    browser: Browser, based_site: Workspace, based_unzipped: Path
) -> None:
    """Built for its public address: printed, the list gives its own address and each
    passage's, with the ¶ numbers and the notes; no search box, controls or messages."""
    page, watch = watched_page(browser, viewport={"width": 900, "height": 1200})
    page.goto((based_unzipped / READING).as_uri())
    listed = class_list(based_site)
    keep(page, listed)
    page.reload()
    texts_loaded(page, 3)
    link = link_shown(page)
    page.get_by_role("button", name="Copy link").click()
    said(page, "Link to the list copied: 3 items")
    page.emulate_media(media="print")
    v3, v5 = version(based_site, "p3"), version(based_site, "p5")
    first = page.locator("#reading-passages > li").first
    assert (
        first.locator(".reading-item-address").inner_text() == f"{BASE}{PROTOCOL}?v={v3}-{v5}#p3-p5"
    )
    assert first.locator(".reading-para").first.is_visible()  # the ¶ numbers print
    assert first.locator(".reading-item-note").inner_text() == "Note: Start here."
    assert first.locator(".reading-item-note").is_visible()
    assert page.locator(".reading-item-note:visible").count() == 1  # only where there is one
    assert page.inner_text("#reading-address") == f"This list: {link}"
    assert page.locator("#reading-shown-questions li").count() == 2
    for hidden in (
        ".site-search",
        ".site-nav",
        ".toast",
        "#status",
        ".reading-form",
        ".reading-intro",
        ".reading-item-tools",
        ".reading-item-field",
        ".breadcrumb",
        ".reading-warning",
    ):
        assert all(not el.is_visible() for el in page.locator(hidden).all()), hidden
    page.screenshot(path=str(ARTIFACTS / "reading-print.png"), full_page=True)
    # a list from a link prints the same way, without the choices that save it
    code = encoded(page, listed)
    page.goto("about:blank")
    page.goto((based_unzipped / READING).as_uri() + "#list=" + code)
    texts_loaded(page, 3)
    assert page.locator("#reading-shared").is_hidden()
    assert (
        page.locator("#reading-passages > li").first.locator(".reading-item-address").is_visible()
    )
    page.screenshot(path=str(ARTIFACTS / "reading-print-handout.png"), full_page=True)
    assert errors(watch) == [] and watch.outside == []
    page.context.close()


def test_a_link_from_the_published_site_opens_in_the_downloaded_folder(
    browser: Browser, built_site: Workspace, unzipped: Path
) -> None:
    """A student with the downloaded folder and a list's link from the published site:
    the reading page's "Open a list from its link" opens the list here, as a handout, and
    their own list stays as it was; what is no list's link is said, and opens nothing."""
    page, watch = watched_page(browser, viewport=PHONE, color_scheme="dark")
    page.goto((unzipped / READING).as_uri())
    mine = own_list()
    keep(page, mine)
    page.reload()
    shared = class_list(built_site)
    field = page.get_by_label("Open a list from its link")
    field.fill(f"{BASE}{READING}")
    page.get_by_role("button", name="Open", exact=True).click()
    said(page, "That is not a reading list’s link: it has no “#list=” in it")
    assert page.url == (unzipped / READING).as_uri()
    field.fill(f"{BASE}{READING}#list={encoded(page, shared)}")
    field.press("Enter")
    texts_loaded(page, 3)
    assert page.url.startswith((unzipped / READING).as_uri() + "#list=")
    assert page.inner_text("#reading-shown-title") == "Week 3: the Vance talks"
    assert page.locator("#reading-form").is_hidden()
    assert kept(page) == mine
    assert run_axe(page) == [], "the list opened"
    page.screenshot(path=str(ARTIFACTS / "reading-opened-from-a-link-phone-dark.png"))
    page.go_back()
    page.locator("#reading-form").wait_for()
    assert page.input_value("#reading-name") == "My notes"
    assert errors(watch) == [] and watch.outside == []
    page.context.close()
