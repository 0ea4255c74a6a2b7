"""The built site in a real browser, from file:// and over loopback HTTP: loading, paragraph
links, copying, citing, sidenotes, themes, accessibility, keyboard use and screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from browser import case, forget, run_axe, said, use_tool, watched_page
from conftest import PROJECT, Workspace, seeds_text, squash

ARTIFACTS = PROJECT / "tests" / "artifacts"
PROTOCOL = "documents/1977-02-18-protocol/index.html"
MEMO = "documents/1976-10-25-memorandum/index.html"
PHONE = {"width": 375, "height": 740}


def site_pages(ws: Workspace) -> list[str]:
    return sorted(str(p.relative_to(ws.site)) for p in ws.site.rglob("*.html"))


def address(ws: Workspace, base: str, mode: str, rel: str) -> str:
    return (ws.site / rel).as_uri() if mode == "file" else base + rel


@pytest.mark.parametrize("mode", ["file", "http"])
def test_every_page_loads_cleanly_and_stays_on_the_machine(
    browser: Browser, built_site: Workspace, http_base: str, mode: str
) -> None:
    """Every page, from the folder and over HTTP. From the folder, as a reader of the
    offline copy has it, axe checks each page in the light theme as it loads (and the
    protocol's with its cite dialog open); the dark theme's pages are checked below. Over
    HTTP, on a phone's screen: no page is wider than the screen (none scrolls sideways)."""
    pages = site_pages(built_site)
    assert len(pages) >= 5
    size = {"width": 375, "height": 740} if mode == "http" else {"width": 1280, "height": 720}
    page, watch = watched_page(browser, color_scheme="light", viewport=size)
    for rel in pages:
        page.goto(address(built_site, http_base, mode, rel))
        page.wait_for_load_state("load")
        assert page.locator("h1").count() == 1, rel
        assert watch.errors == [], (rel, watch.errors)
        assert watch.outside == [], (rel, watch.outside)
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= size["width"], (rel, wide)
        if mode == "file":
            assert_axe_passes(page, rel, "light")
            watch.errors.clear()  # axe's own reading of the style sheets, refused from a folder
    page.context.close()


def assert_axe_passes(page: Page, rel: str, scheme: str) -> None:
    assert run_axe(page) == [], (rel, scheme)
    if rel == PROTOCOL:  # with the cite dialog open too
        use_tool(page, "p3", "Cite…")
        assert run_axe(page) == [], (rel, scheme, "dialog")


def in_view(page: Page, selector: str) -> bool:
    return bool(
        page.eval_on_selector(
            selector,
            "el => { const r = el.getBoundingClientRect();"
            " return r.top >= 0 && r.top < window.innerHeight; }",
        )
    )


def background(page: Page, selector: str) -> str:
    return str(page.eval_on_selector(selector, "el => getComputedStyle(el).backgroundColor"))


def test_a_paragraph_address_scrolls_to_and_highlights_it(
    browser: Browser, built_site: Workspace, http_base: str
) -> None:
    page, _ = watched_page(browser, viewport={"width": 1280, "height": 800})
    for mode in ("file", "http"):
        with case(mode):
            page.goto(address(built_site, http_base, mode, PROTOCOL) + "#p12")
            page.wait_for_load_state("load")
            assert in_view(page, "#p12")
            assert not in_view(page, "#p1")
            plain = background(page, "#p11")
            assert background(page, "#p12") != plain
            assert plain == "rgba(0, 0, 0, 0)"
    page.context.close()


def test_copy_link_puts_the_paragraph_address_on_the_clipboard(
    browser: Browser, built_site: Workspace, http_base: str
) -> None:
    page, watch = watched_page(browser, permissions=["clipboard-read", "clipboard-write"])
    page.goto(http_base + PROTOCOL)
    use_tool(page, "p12", "Copy link")
    none = ": this copy has no public address, so the link is its place in the collection"
    assert said(page, "Link to ¶12 copied" + none) == "Link to paragraph 12 copied" + none
    copied = page.evaluate("navigator.clipboard.readText()")
    # built with no public address: the paragraph's place in the collection, never the
    # loopback address the page happens to be read at
    assert copied == PROTOCOL + f"?v={version(built_site, 'p12')}#p12"
    assert watch.errors == []
    page.context.close()


def version(ws: Workspace, anchor: str) -> str:
    """A paragraph's version as a copied link carries it: the start of the fingerprint
    the anchor register records for its text."""
    for line in (ws.anchors / "register.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[0] == "anchor" and fields[1] == f"1977-02-18-protocol#{anchor}":
            return fields[3][:8]
    raise AssertionError(anchor)


def test_cite_this_paragraph_gives_the_pinpoint_and_its_address(
    browser: Browser, built_site: Workspace, http_base: str
) -> None:
    page, watch = watched_page(browser, permissions=["clipboard-read", "clipboard-write"])
    page.goto(http_base + PROTOCOL)
    use_tool(page, "p12", "Cite…")
    dialog = page.locator("#cite-dialog")
    assert dialog.is_visible()
    # centred over the page (before, set at the text column's margin: 72 px left, 536 right)
    shown = box(page, "#cite-dialog")
    width = page.viewport_size["width"] if page.viewport_size else 0
    assert abs(shown["x"] - (width - shown["x"] - shown["width"])) <= 2
    text = dialog.inner_text()
    assert "Cite paragraph 12" in text
    assert "para. 12" in text and "par. 12" in text
    assert "This copy has no public address" in text and "http" not in text
    assert "PARANUMBER" not in text and "PARAGRAPH.ADDRESS" not in text
    dialog.get_by_role("button", name="Copy Chicago note").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Politburo of the CPSU Central Committee, “CPSU CC Protocol #46/10")
    assert copied.endswith(
        ", para. 12, Fond 89, Perechen 25, Dokument 44, Center for the "
        "Storage of Contemporary Documentation (TsKhSD), Moscow, Wilson Center Digital "
        "Archive, record 110034."
    )
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert watch.errors == []
    page.context.close()


def box(page: Page, selector: str) -> dict[str, float]:
    found = page.locator(selector).bounding_box()
    assert found is not None, selector
    return found


def test_marginal_notes_sit_in_the_margin_only_where_there_is_room(
    browser: Browser, built_site: Workspace
) -> None:
    page, _ = watched_page(browser)
    for width, in_margin in [(1280, True), (375, False)]:
        with case(width):
            page.goto("about:blank")
            page.set_viewport_size({"width": width, "height": 900})
            page.goto((built_site.site / PROTOCOL).as_uri())
            note, text = box(page, "#margin-1"), box(page, "#p1")
            if in_margin:
                assert note["x"] >= text["x"] + text["width"]
            else:
                assert note["x"] >= text["x"] - 1
                assert note["x"] + note["width"] <= text["x"] + text["width"] + 1
            assert "Along left-hand margin" in page.inner_text("#margin-1")
    page.context.close()


def test_the_theme_toggle_works_and_persists(browser: Browser, built_site: Workspace) -> None:
    page, watch = watched_page(browser, color_scheme="light")
    url = (built_site.site / PROTOCOL).as_uri()
    page.goto(url)
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    toggle = page.get_by_role("button", name="Dark theme")
    assert toggle.get_attribute("aria-pressed") == "false"
    toggle.click()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark != light
    page.goto((built_site.site / "index.html").as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == dark
    assert page.get_by_role("button", name="Dark theme").get_attribute("aria-pressed") == "true"
    page.get_by_role("button", name="Dark theme").click()
    page.reload()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == light
    assert watch.errors == []
    page.context.close()


def test_the_theme_toggle_shows_whether_it_is_pressed(
    browser: Browser, built_site: Workspace
) -> None:
    """Pressed, the toggle looks pressed, in either theme (a ticked box before its name);
    its name stays "Dark theme" either way, aria-pressed says which. Both themes in one
    page, each set before the page loads, the theme chosen in the one before forgotten."""
    page, watch = watched_page(browser)
    script = """t => {
        const box = getComputedStyle(t, "::before");
        return [t.getAttribute("aria-pressed"), box.content, box.backgroundColor];
    }"""
    for scheme in ("light", "dark"):
        with case(scheme):
            page.goto("about:blank")
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            page.goto((built_site.site / "index.html").as_uri())
            toggle = page.get_by_role("button", name="Dark theme", exact=True)
            first = toggle.evaluate(script)
            assert first[0] == ("true" if scheme == "dark" else "false")  # the theme shown
            toggle.click()
            page.mouse.move(0, 0)  # no hover
            second = page.get_by_role("button", name="Dark theme", exact=True).evaluate(script)
            assert second[0] != first[0]
            pressed, unpressed = (first, second) if first[0] == "true" else (second, first)
            assert "✓" in pressed[1] and "✓" not in unpressed[1]
            assert pressed[2] != unpressed[2]  # a filled box: seen without reading the tick
            assert watch.errors == []
            forget(page, watch)
    page.context.close()


def one_of_each_kind(pages: list[str]) -> list[str]:
    """Every document page, and the first page of each other kind: pages of one folder
    and depth share a template and so the colours a theme gives them."""
    kinds: dict[tuple[str, int], str] = {}
    for rel in pages:
        parts = rel.split("/")
        if parts[0] == "documents":
            kinds[(rel, 0)] = rel
        else:
            kinds.setdefault((parts[0], len(parts)), rel)
    return sorted(kinds.values())


def test_axe_finds_no_violations_in_the_dark_theme(browser: Browser, built_site: Workspace) -> None:
    """One page of each kind (the theme changes colours alone, which the template sets);
    every page is checked in the light theme as it loads, above."""
    page, _ = watched_page(browser, color_scheme="dark")
    for rel in one_of_each_kind(site_pages(built_site)):
        page.goto((built_site.site / rel).as_uri())
        page.wait_for_load_state("load")
        assert_axe_passes(page, rel, "dark")
    page.context.close()


FOCUSABLE = (
    "a[href], button:not([hidden]), [tabindex]:not([tabindex='-1']), input, select, textarea"
)


def test_keyboard_alone_reaches_every_control(browser: Browser, built_site: Workspace) -> None:
    """Every control of four pages is reached by Tab alone, the pages read in turn in one
    context (tabbing keeps nothing)."""
    page, _ = watched_page(browser, viewport={"width": 1280, "height": 900})
    for rel in (PROTOCOL, MEMO, "index.html", "about/index.html"):
        page.goto((built_site.site / rel).as_uri())
        page.wait_for_load_state("load")
        page.evaluate(
            "sel => document.querySelectorAll(sel).forEach((el, i) => el.dataset.k = i)",
            FOCUSABLE,
        )
        controls = page.eval_on_selector_all(
            FOCUSABLE,
            # what a closed disclosure holds is reached once it is opened
            "els => els.filter(e => !e.closest('template, dialog, details:not([open]) > p'))"
            ".length",
        )
        # where each press lands, noted as its key comes up (focus has moved by then)
        page.evaluate(
            """() => { window.reachedKeys = [];
            addEventListener('keyup', () => {
                reachedKeys.push(document.activeElement.dataset.k || '');
            }, true); }"""
        )
        for _ in range(controls + 5):
            page.keyboard.press("Tab")
        reached = {key for key in page.evaluate("window.reachedKeys") if key}
        assert len(reached) == controls, rel
    page.context.close()


def test_the_page_reads_fully_with_javascript_off(browser: Browser, built_site: Workspace) -> None:
    page, watch = watched_page(browser, java_script_enabled=False)
    page.goto((built_site.site / PROTOCOL).as_uri() + "#p20")
    assert page.locator(".document-text [data-para]").count() == 24
    # the ¶ numbers are plain links, and nothing is added
    assert page.locator(".anchor[role], .tools-hint, #status.toast").count() == 0
    assert not page.get_by_role("button", name="Dark theme").is_visible()
    assert "Chicago note" in page.inner_text("#cite")
    assert background(page, "#p20") != background(page, "#p19")
    assert watch.errors == []
    page.context.close()


@pytest.mark.parametrize(
    ("rel", "notice"),
    [
        ("search/index.html?q=Sakharov", "Search needs JavaScript"),
        ("reading/index.html", "The reading list needs JavaScript"),
    ],
)
def test_with_javascript_off_a_tool_page_says_so_first_and_offers_no_dead_controls(
    browser: Browser, built_site: Workspace, rel: str, notice: str
) -> None:
    """On a phone with scripting off, the search and reading list pages say on the first
    screen that they need JavaScript and what works without it, and show no control that
    cannot work (the search form, the list's fields and buttons, the header's search)."""
    page, watch = watched_page(
        browser, java_script_enabled=False, viewport={"width": 375, "height": 740}
    )
    path, _, query = rel.partition("?")
    page.goto((built_site.site / path).as_uri() + (f"?{query}" if query else ""))
    said = page.locator("main p").filter(has_text=notice)  # (get_by_text skips noscript)
    assert said.is_visible()
    box = said.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 740, box
    shown = [
        c.get_attribute("id") or c.get_attribute("name") or c.inner_text()
        for c in page.locator("main input, main select, main textarea, main button").all()
        if c.is_visible()
    ]
    assert shown == [], shown
    assert not page.locator(".site-search").is_visible()
    assert page.locator("main a").count() >= 1  # what works without it is linked
    assert watch.errors == []
    page.context.close()


def test_print_keeps_notes_margins_numbers_and_addresses(
    browser: Browser, built_site: Workspace
) -> None:
    page, _ = watched_page(browser, viewport={"width": 1280, "height": 900})
    page.goto((built_site.site / PROTOCOL).as_uri())
    page.emulate_media(media="print")
    assert page.eval_on_selector("#margin-1", "el => getComputedStyle(el).float") == "none"
    assert page.locator("#margin-1").is_visible()
    assert page.locator("#p12 .anchor").is_visible()
    assert page.locator(".editor-note").first.is_visible()
    # no address under each paragraph; with no public address, none at all
    assert page.locator("[data-url]:not(template)").count() == 0
    assert page.locator(".print-only").count() == 0
    assert not page.locator("#theme-toggle").is_visible()
    assert not page.locator(".site-search").is_visible()
    page.context.close()


SCREENSHOTS = [  # name, width, height, scheme, media
    ("document-desktop", 1280, 900, "light", "screen"),
    ("document-mobile", 375, 812, "light", "screen"),
    ("document-dark", 1280, 900, "dark", "screen"),
    ("document-print", 900, 1200, "light", "print"),
]


def test_screenshots_are_written_as_artifacts(browser: Browser, built_site: Workspace) -> None:
    """Each picture taken in one page, its size, theme and media set before the page
    loads."""
    ARTIFACTS.mkdir(exist_ok=True)
    page, _ = watched_page(browser)
    for name, width, height, scheme, media in SCREENSHOTS:
        with case(name, width, height, scheme, media):
            page.goto("about:blank")
            page.set_viewport_size({"width": width, "height": height})
            page.emulate_media(color_scheme=scheme, media=media)  # type: ignore[arg-type]
            page.goto((built_site.site / PROTOCOL).as_uri() + "#p3")
            target = ARTIFACTS / f"{name}.png"
            target.unlink(missing_ok=True)
            page.screenshot(path=str(target), full_page=media == "print")
            assert target.stat().st_size > 10_000
    page.context.close()


def test_axe_does_report_violations(browser: Browser, tmp_path: Path) -> None:
    """The accessibility check above can fail: an unlabelled button and low contrast."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main>'
        '<button></button><p style="color:#ccc;background:#fff">faint</p></main></body></html>'
    )
    page, _ = watched_page(browser)
    page.goto(bad.as_uri())
    found = {v["id"] for v in run_axe(page)}
    assert {"button-name", "color-contrast"} <= found
    page.context.close()


def test_editorial_insertions_explain_themselves_on_focus(
    browser: Browser, built_site: Workspace
) -> None:
    page, _ = watched_page(browser)
    page.goto((built_site.site / PROTOCOL).as_uri())
    sic = "#p17 .ed-sic"
    hint = f"() => getComputedStyle(document.querySelector('{sic}'), '::after').content"
    assert page.evaluate(hint) == "none"
    page.focus(sic)
    assert page.evaluate(hint) == '"so in the original"'
    assert page.locator(sic).inner_text().startswith("[sic]")
    assert "(so in the original)" in page.locator(f"{sic} .visually-hidden").inner_text()
    page.context.close()


def test_pages_fit_a_320_pixel_screen(browser: Browser, built_site: Workspace) -> None:
    page, _ = watched_page(browser, viewport={"width": 320, "height": 640})
    for rel in (PROTOCOL, MEMO, "index.html", "about/index.html"):
        page.goto((built_site.site / rel).as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, rel
    page.context.close()


INSTRUCTION = "documents/1977-05-19-instruction/index.html"
DOCUMENTS = [PROTOCOL, MEMO, INSTRUCTION]


def test_copied_words_are_the_documents_own(browser: Browser, built_site: Workspace) -> None:
    """Every block of the three texts selected and copied (Ctrl+C), and a run of
    paragraphs: what reaches the clipboard stands in the seed word for word. Before, a copy
    took in the block's number ("¶ 8For your…"), the page label in the margin ("p. 3") and
    what is written out for screen readers ("[page three](a new page of the original begins
    here)")."""
    seeds = seeds_text(built_site)
    page, watch = watched_page(browser, permissions=["clipboard-read", "clipboard-write"])
    select = """([first, last]) => {
        const r = document.createRange();
        r.setStartBefore(document.getElementById(first));
        r.setEndAfter(document.getElementById(last));
        getSelection().removeAllRanges();
        getSelection().addRange(r);
    }"""
    copied = 0
    for rel in DOCUMENTS:
        page.goto((built_site.site / rel).as_uri())
        blocks = page.eval_on_selector_all(
            ".document-text .block[id]:not(.block-quotation)", "els => els.map(e => e.id)"
        )
        for first, last in [(b, b) for b in blocks] + [(blocks[0], blocks[-1])]:
            page.evaluate(select, [first, last])
            page.keyboard.press("Control+C")
            clipboard = page.evaluate("navigator.clipboard.readText()")
            for line in clipboard.split("\n"):
                assert squash(line) in seeds, (rel, first, line)
            text = squash(clipboard)
            assert "¶" not in text and "(a new page" not in text, (rel, first, text)
            copied += 1
    assert copied > 60
    assert watch.errors == []
    page.context.close()


def test_every_block_shows_its_address(browser: Browser, built_site: Workspace) -> None:
    """Each block's link to itself (¶ n, or § for a heading, a dateline, a signature, the
    translator's conventions, the address list) is shown without a pointer over it, on a
    phone too; before, the § links were hidden until hovered and left out below 40rem,
    and the conventions and the address list had none."""
    page, _ = watched_page(browser)
    unshown = """blocks => blocks.filter(b => {
        const a = b.querySelector('a.anchor[href="#' + b.id + '"]');
        if (!a) return true;
        const s = getComputedStyle(a), r = a.getBoundingClientRect();
        return s.display === 'none' || s.visibility !== 'visible' || Number(s.opacity) < 1
            || r.width === 0 || r.height === 0;
    }).map(b => b.id)"""
    blocks = ".document-text .block[id]:not(.block-quotation)"
    for view, size in [("desktop", {"width": 1280, "height": 800}), ("phone", PHONE)]:
        page.set_viewport_size(size)
        for rel in DOCUMENTS:
            page.goto((built_site.site / rel).as_uri())
            assert page.locator(blocks).count() > 10, (view, rel)
            assert page.eval_on_selector_all(blocks, unshown) == [], (view, rel)
    page.context.close()


def test_no_words_of_a_text_are_set_in_italic_but_what_the_sheet_bears(
    browser: Browser, built_site: Workspace
) -> None:
    """The translator's conventions give italic to handwriting alone; the site's type must
    not say "handwritten" of a dateline, a credit, an aside, the editor's summary or note
    (before, all five were in italic)."""
    page, _ = watched_page(browser)
    italic = """root => {
        const out = [];
        const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const el = n.parentElement;
            if (!n.nodeValue.trim() || el.closest('.ed-original')) continue;
            if (getComputedStyle(el).fontStyle !== 'normal') out.push(n.nodeValue.trim());
        }
        return out;
    }"""
    for rel in DOCUMENTS:
        page.goto((built_site.site / rel).as_uri())
        assert page.eval_on_selector(".document-text", italic) == [], rel
    page.context.close()


def test_a_part_of_a_document_is_named_in_its_own_words(
    browser: Browser, built_site: Workspace
) -> None:
    """The region of an attached document is named as its label reads ("Attached document:
    instruction"); the label's capitals are the font's small capitals, so Chromium's
    accessibility tree does not name it "ATTACHED DOCUMENT: INSTRUCTION" as before."""
    page, _ = watched_page(browser)
    page.goto((built_site.site / PROTOCOL).as_uri())
    label = page.locator(".part-label").first.inner_text()
    tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")
    regions = [
        node["name"]["value"]
        for node in tree["nodes"]
        if node.get("role", {}).get("value") == "region" and "name" in node
    ]
    assert "Attached document: instruction" in regions, regions
    assert label.upper() not in regions
    page.context.close()


def test_the_headings_of_a_text_are_named_by_their_words(
    browser: Browser, built_site: Workspace
) -> None:
    """A screen reader's list of headings gives a text's headings as they read ("Addendum"),
    not with their link's name before them ("This heading: tools Addendum", as before)."""
    page, _ = watched_page(browser)
    headings = 0
    for rel in [PROTOCOL, MEMO]:
        page.goto((built_site.site / rel).as_uri())
        page.locator(".block-heading .anchor[aria-haspopup]").first.wait_for(state="attached")
        words = page.eval_on_selector_all(
            ".block-heading",
            """hs => hs.map(h => {
                const words = h.cloneNode(true);
                words.querySelector('.anchor').remove();
                return words.textContent.trim();
            })""",
        )
        headings += len(words)
        tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")
        names = [
            node["name"]["value"]
            for node in tree["nodes"]
            if node.get("role", {}).get("value") == "heading" and "name" in node
        ]
        assert all(w in names for w in words), (rel, words, names)
    assert headings >= 5
    page.context.close()


def test_a_brackets_tip_stays_on_a_narrow_screen(browser: Browser, built_site: Workspace) -> None:
    """What a bracket is (its tip, shown on focus) stays within a phone's or a tablet's
    screen: before, "abbreviation given by the editor" ran on one line from the bracket past
    the right edge, and the page scrolled sideways (to 539 px on a 375-px phone)."""
    page, _ = watched_page(browser)
    for width in (375, 800):
        page.set_viewport_size({"width": width, "height": 740})
        tips = 0
        for rel in DOCUMENTS:
            page.goto((built_site.site / rel).as_uri())
            brackets = page.locator(".span-editorial")
            for n in range(brackets.count()):
                brackets.nth(n).focus()
                wide = page.evaluate("document.documentElement.scrollWidth")
                assert wide <= width, (width, rel, brackets.nth(n).inner_text(), wide)
                tips += 1
        assert tips >= 10, width
    page.context.close()
