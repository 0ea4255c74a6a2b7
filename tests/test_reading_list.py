"""The reading list's limit, 200 passages: a document page adds none past it and says so
where the reader pressed; a list longer than that, kept in this browser (from before the
limit held) or carried in a link, is never cut short: the one kept is kept whole, the
link's is not opened, and the page says which."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import Browser, Page

from browser import Watch, case, forget, run_axe, use_tool, watched_page
from test_browser import ARTIFACTS, PROTOCOL

KEY = "archive-reading-list"
READING = "reading/index.html"
MOST = 200


def passages(count: int) -> list[list[str]]:
    """`count` passages of the protocol, each a paragraph or two (it has 24)."""
    return [
        ["1977-02-18-protocol", f"p{n % 24 + 1}", f"p{(n + n % 2) % 24 + 1}"] for n in range(count)
    ]


def kept(page: Page) -> dict[str, object] | None:
    """The list this browser keeps, as stored."""
    text = page.evaluate(f"() => localStorage.getItem({json.dumps(KEY)})")
    return None if text is None else json.loads(text)


def keep(page: Page, title: str, count: int) -> dict[str, object]:
    """Store a list of `count` passages in this browser, as if a reader had made it."""
    listed = {"title": title, "note": "", "questions": "", "items": passages(count)}
    page.evaluate(
        f"() => localStorage.setItem({json.dumps(KEY)}, {json.dumps(json.dumps(listed))})"
    )
    return listed


def test_a_full_reading_list_takes_no_more_and_says_so(browser: Browser, unzipped: Path) -> None:
    """In the light theme and the dark, one after the other in one page: the theme set
    before each load, the list of the one before forgotten."""
    page, watch = watched_page(browser, viewport={"width": 1280, "height": 800})
    for scheme in ("light", "dark"):
        with case(scheme):
            page.goto("about:blank")
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            full_list_takes_no_more(page, watch, unzipped, scheme)
            forget(page, watch)
    page.context.close()


def full_list_takes_no_more(page: Page, watch: Watch, unzipped: Path, scheme: str) -> None:
    page.goto((unzipped / READING).as_uri())
    full = keep(page, "Full", MOST)
    page.goto((unzipped / PROTOCOL).as_uri())
    # ¶4 alone is not among the list's passages (one already there is said to be so)
    use_tool(page, "p4", "Add to reading list", keyboard=True)
    said = (
        "Not added: the reading list holds 200 passages, the most it can. Remove some on "
        "the Reading list page to add others."
    )
    note = page.locator("#p4 .reading-full")
    note.wait_for()
    assert note.inner_text() == said and note.is_visible()
    page.locator("#status").filter(has_text=said).wait_for(state="attached")  # announced
    assert kept(page) == full
    use_tool(page, "p4", "Add to reading list")  # again
    assert page.locator("#p4 .reading-full").count() == 1
    page.screenshot(path=str(ARTIFACTS / f"reading-list-full-{scheme}.png"))
    assert watch.errors == [] and watch.outside == []
    assert run_axe(page) == []  # (axe's own reading of the stylesheets may log errors)


def test_a_kept_list_longer_than_the_limit_is_kept_whole(browser: Browser, unzipped: Path) -> None:
    page, watch = watched_page(browser, viewport={"width": 1280, "height": 800})
    page.goto((unzipped / READING).as_uri())
    older = keep(page, "Older list", 250)
    page.reload()
    warning = page.locator(".reading-warning")
    warning.wait_for()
    assert warning.inner_text() == (
        "This list holds 250 passages, more than the 200 a reading list can hold. None is "
        "left out; remove 50 to add others."
    )
    assert warning.get_attribute("role") == "alert"
    page.locator("#reading-passages > li").nth(249).wait_for()
    page.fill("#reading-name", "Older list, renamed")  # a change is saved, whole
    assert kept(page) == {**older, "title": "Older list, renamed"}
    page.screenshot(path=str(ARTIFACTS / "reading-list-over-the-limit.png"))
    assert watch.errors == [] and watch.outside == []
    assert run_axe(page) == []  # (axe's own reading of the stylesheets may log errors)
    page.context.close()


def test_a_link_to_a_list_longer_than_the_limit_is_not_opened(
    browser: Browser, unzipped: Path
) -> None:
    page, watch = watched_page(browser, viewport={"width": 1280, "height": 800})
    page.goto((unzipped / READING).as_uri())
    mine = keep(page, "Mine", 1)
    linked = {"title": "Too long", "note": "", "questions": "", "items": passages(250)}
    page.goto((unzipped / READING).as_uri() + "#list=" + quote(json.dumps(linked)))
    warning = page.locator(".reading-warning")
    warning.wait_for()  # read as the address changes,
    page.locator("#reading-passages > li blockquote").wait_for()
    page.reload()  # and as the page loads
    warning.wait_for()
    assert warning.inner_text() == (
        "The list in this link holds 250 passages, more than the 200 a reading list can "
        "hold, so it was not opened: the list below is the one kept in this browser."
    )
    page.locator("#reading-passages > li").first.wait_for()
    assert page.locator("#reading-passages > li").count() == 1
    assert page.input_value("#reading-name") == "Mine"
    page.fill("#reading-note", "Still mine.")
    assert kept(page) == {**mine, "note": "Still mine."}
    assert watch.errors == [] and watch.outside == []
    page.context.close()
