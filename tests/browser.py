"""A real Chromium for the tests: Debian's browser driven by Playwright, a loopback HTTP
server for the built site, and a guard that records every request leaving the machine."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, ConsoleMessage, Page, Request

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """The folder over HTTP on 127.0.0.1 (a free port), as a base URL ending in '/'."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Watch:
    """What a page did: console errors, failed loads, and requests for other places."""

    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


def local(url: str) -> bool:
    return url.startswith(("file://", "http://127.0.0.1:", "data:", "about:", "blob:"))


def failed(request: Request, watch: Watch) -> None:
    """A load that failed, but for what a page asks for after it has loaded, which the
    browser drops when the test moves on: the favicon, and the Pagefind files the search
    page readies while the reader types."""
    later = request.url.endswith("/favicon.svg") or "/pagefind/" in request.url
    if later and request.failure == "net::ERR_ABORTED":
        return
    watch.errors.append(f"failed: {request.url} ({request.failure})")


def watched_page(browser: Browser, **context: object) -> tuple[Page, Watch]:
    """A new page in its own context; every request that would leave the machine is
    recorded and refused."""
    ctx = browser.new_context(**context)  # type: ignore[arg-type]
    page = ctx.new_page()
    watch = Watch()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            watch.errors.append(message.text)

    def on_request(request: Request) -> None:
        if not local(request.url):
            watch.outside.append(request.url)

    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error("
        "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.on("console", on_console)
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    page.on("request", on_request)
    page.on("requestfailed", lambda r: failed(r, watch))
    ctx.route(
        "**/*", lambda route: route.continue_() if local(route.request.url) else route.abort()
    )
    return page, watch


def run_axe(page: Page) -> list[dict[str, object]]:
    """axe-core's violations on the page as it stands (all rules but experimental ones).
    axe is put into the page once, at its first check after it has loaded."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    result: list[dict[str, object]] = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact,
                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
        }"""
    )
    return result


@functools.cache
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


ANSWERED = re.compile(r"found|No paragraphs|could not be read|^\d+ paragraphs?\b")


def wait_for_answer(page: Page, query: str | None = None) -> None:
    """Wait until the search page shows its answer (to `query`, where given). The pages
    forbid eval, so waiting goes by the text on the page, not by a script predicate."""
    pattern = re.compile(re.escape(f"“{query}”")) if query else ANSWERED
    page.locator("#search-status").filter(has_text=pattern).wait_for()


def wait_for_filters(page: Page) -> None:
    """Wait until the search page has filled its filter choices."""
    page.locator("#filter-year option").nth(1).wait_for(state="attached")


def use_tool(page: Page, block: str, item: str, keyboard: bool = False) -> None:
    """Choose `item` from the menu that a block's ¶ number (or §) opens: by pointer, or by
    keyboard (Enter on the number, the arrow keys to the item, Enter)."""
    trigger = page.locator(f"#{block} > .anchor")
    menu = page.get_by_role("menu")
    if not keyboard:
        trigger.click()
        menu.get_by_role("menuitem", name=item, exact=True).click()
        return
    trigger.focus()
    page.keyboard.press("Enter")
    items = menu.get_by_role("menuitem").all_inner_texts()
    for _ in range(items.index(item)):
        page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == item
    page.keyboard.press("Enter")


def said(page: Page, shown: str) -> str:
    """Wait until the page shows `shown` as an action's answer (at the foot of the window),
    and give what it says to screen readers at the same time."""
    toast = page.locator("#status.toast")
    toast.filter(has=page.locator("[aria-hidden]", has_text=shown)).wait_for()
    assert toast.locator("[aria-hidden]").inner_text() == shown
    return toast.locator(".visually-hidden").inner_text()


#: the window Playwright gives a context made without a viewport
DEFAULT_VIEWPORT = {"width": 1280, "height": 720}


@contextmanager
def shared_page(browser: Browser) -> Iterator[tuple[Page, Watch]]:
    """One watched page for several tests that need no storage of their own (a context
    and its page cost more than a page load): each takes it through `ready`."""
    page, watch = watched_page(browser)
    try:
        yield page, watch
    finally:
        page.context.close()


def ready(
    tab: tuple[Page, Watch],
    viewport: dict[str, int] | None = None,
    color_scheme: str = "light",
) -> tuple[Page, Watch]:
    """The shared page made ready for the next test: on a blank document, at the window's
    size and colour scheme given (a new context's by default), with what it did before
    forgotten. The page then loads at that size, as a new context's does."""
    page, watch = tab
    page.goto("about:blank")
    page.set_viewport_size(viewport or DEFAULT_VIEWPORT)  # type: ignore[arg-type]
    page.emulate_media(color_scheme=color_scheme)  # type: ignore[arg-type]
    page.evaluate("1")  # the events of the page left, delivered before they are forgotten
    watch.errors.clear()
    watch.outside.clear()
    return page, watch


# --- Several cases in one page --------------------------------------------------------
# A new context and page cost more than most cases do; cases that differ by mode, theme or
# size run one after another in one page, each named in what fails inside it.


@contextmanager
def case(*names: object) -> Iterator[None]:
    """Whatever fails inside (an assertion, a wait that timed out) fails naming the case:
    its mode, theme, size or input."""
    try:
        yield
    except Exception as exc:
        raise AssertionError(f"case {' '.join(map(str, names))}: {exc}") from exc


def forget(page: Page, watch: Watch | None = None) -> None:
    """What a case left behind, gone, as in a new context: the storage of the page's origin
    (the reading list, the theme chosen, the tip dismissed), the clipboard where it may be
    read, and what the watch recorded. Call it on a page of the origin the next case uses."""
    page.evaluate(
        """async () => {
            localStorage.clear();
            sessionStorage.clear();
            try { await navigator.clipboard.writeText(''); } catch (e) { /* not granted */ }
        }"""
    )
    if watch is not None:
        watch.errors.clear()
        watch.outside.clear()
