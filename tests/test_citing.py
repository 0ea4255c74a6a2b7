"""Citing in a real browser, as a reader does it: the links and citations made from the
unzipped folder over file://, from the preview (`build.py serve`) and from the site served
over HTTP carry the collection's public address where it has one, and never a file: or
loopback address; the BibTeX a page gives (the document, a paragraph, a passage, a
quotation) has a key of its own for each; and the dialog, as readers see it."""

from __future__ import annotations

from pathlib import Path

import pybtex.database
import pytest
from playwright.sync_api import Browser, Page

from browser import case, run_axe, said, serve, use_tool, watched_page
from conftest import BASE, PROJECT, Workspace, seeds_text, squash
from test_browser import version
from test_editor import serving
from test_passages import SELECT

ARTIFACTS = PROJECT / "tests" / "artifacts"
PROTOCOL = "documents/1977-02-18-protocol/index.html"
CLIPBOARD = ["clipboard-read", "clipboard-write"]


def copied_link(page: Page, paragraph: str) -> str:
    use_tool(page, paragraph, "Copy link")
    page.locator("#status").filter(has_text="copied").wait_for(state="attached")
    return str(page.evaluate("navigator.clipboard.readText()"))


def dialog_text(page: Page, button: str) -> str:
    press(page, button)
    dialog = page.locator("#cite-dialog")
    dialog.wait_for()
    text = dialog.inner_text()
    page.keyboard.press("Escape")
    return text


def local_addresses(text: str) -> list[str]:
    return [mark for mark in ("file:", "127.0.0.1", "localhost", "/tmp/") if mark in text]


@pytest.mark.parametrize("mode", ["folder", "http"])
def test_links_and_citations_carry_the_public_address_from_a_folder_and_a_host(
    browser: Browser, based_site: Workspace, based_unzipped: Path, mode: str
) -> None:
    """The offline copy, unzipped and opened from the folder, and the site served over
    HTTP, both built with a public address: every link and citation names it."""
    page, watch = watched_page(browser, permissions=CLIPBOARD)
    with serve(based_site.site) as http_base:
        start = (based_unzipped / PROTOCOL).as_uri() if mode == "folder" else http_base + PROTOCOL
        page.goto(start)
        v12 = version(based_site, "p12")
        link = copied_link(page, "p12")
        assert link == f"{BASE}{PROTOCOL}?v={v12}#p12"
        assert said(page, "Link to ¶12 copied") == "Link to paragraph 12 copied"
        text = dialog_text(page, "Cite paragraph 12")
        assert f"{BASE}{PROTOCOL}?v={v12}#p12." in text  # the note names the paragraph
        assert f"{BASE}{PROTOCOL}\n" in text or f"{BASE}{PROTOCOL}." in text  # entries, the page
        assert "no public address" not in text
        page.evaluate(SELECT, ["p12", "the systematic support", "p12", "dictatorial"])
        page.locator("#p12 .quote-tools").wait_for()
        page.get_by_role("button", name="Copy link to quote").click()
        said(page, "Link to the quotation from ¶12 copied")
        quote_link = str(page.evaluate("navigator.clipboard.readText()"))
        assert quote_link.startswith(f"{BASE}{PROTOCOL}?v={v12}#p12:~:text=")
        quoted = dialog_text(page, "Cite quote")
        for words in (link, text, quote_link, quoted):
            assert local_addresses(words) == [], words
        assert watch.errors == [] and watch.outside == []
    page.context.close()


def test_links_and_citations_from_the_preview_name_no_loopback_address(
    browser: Browser, workspace: Workspace
) -> None:
    """The preview is served on this machine, and its settings name no public address:
    links are the paragraph's place in the collection, citations carry no address, and
    the dialog says so."""
    workspace.copy_real()
    page, watch = watched_page(browser, permissions=CLIPBOARD)
    with serving(workspace) as server:
        page.goto(f"http://127.0.0.1:{server.port}/{PROTOCOL}")
        link = copied_link(page, "p12")
        assert link == f"{PROTOCOL}?v={version(workspace, 'p12')}#p12"
        text = dialog_text(page, "Cite paragraph 12")
        assert "This copy has no public address" in text
        page.goto(f"http://127.0.0.1:{server.port}/{PROTOCOL}#p3-p7")
        passage = dialog_text(page, "Passage ¶3–¶7: Cite")
        for words in (link, text, passage):
            assert local_addresses(words) == [] and "http" not in words, words
        assert watch.errors == []
    page.context.close()


def press(page: Page, button: str) -> None:
    """A tool used from the keyboard: "Cite paragraph 12" (from the paragraph's menu),
    "Passage ¶3–¶7: Cite" (from the marked passage's tools), or a button's name."""
    if button.startswith("Cite paragraph "):
        use_tool(page, "p" + button.removeprefix("Cite paragraph "), "Cite…", keyboard=True)
        return
    group, _, name = button.rpartition(": ")
    scope = page.get_by_role("group", name=group) if group else page
    scope.get_by_role("button", name=name).focus()
    page.keyboard.press("Enter")


def bibtex_of(page: Page, button: str | None) -> str:
    if button is None:
        return page.locator("#cite-bibtex-entry").inner_text()
    press(page, button)
    entry = page.locator("#cite-dialog pre").inner_text()
    page.keyboard.press("Escape")
    return entry


def test_every_bibtex_entry_of_a_page_has_a_key_of_its_own(
    browser: Browser, based_site: Workspace
) -> None:
    """The document, a paragraph, another, a passage and a quotation: five entries that
    one .bib file holds, read by a real parser, which refuses a key given twice."""
    page, watch = watched_page(browser)
    page.goto((based_site.site / PROTOCOL).as_uri() + "#p3-p7")
    entries = [bibtex_of(page, None)]
    for button in ("Cite paragraph 12", "Cite paragraph 13", "Passage ¶3–¶7: Cite"):
        entries.append(bibtex_of(page, button))
    page.evaluate(SELECT, ["p12", "the systematic support", "p12", "dictatorial"])
    page.locator("#p12 .quote-tools").wait_for()
    entries.append(bibtex_of(page, "Cite quote"))
    parsed = pybtex.database.parse_string("\n\n".join(entries), "bibtex")
    keys = list(parsed.entries)
    stem = "1977_02_18_protocol"
    assert keys[:4] == [stem, f"{stem}_p12", f"{stem}_p13", f"{stem}_p3_p7"]
    assert keys[4].startswith(f"{stem}_p12_q") and len(set(keys)) == 5
    fields = parsed.entries[f"{stem}_p3_p7"].fields
    assert fields["note"].startswith("Paras. 3–7. In Soviet documents")
    assert fields["url"] == f"{BASE}{PROTOCOL}?v={version(based_site, 'p3')}-" + (
        f"{version(based_site, 'p7')}#p3-p7"
    )
    assert (
        "Quoted: “the systematic support by the USA of dictatorial”"
        in (parsed.entries[keys[4]].fields["note"])
    )
    assert watch.errors == []
    page.context.close()


CITE_DIALOGS = [  # name, width, height, scheme
    ("cite-dialog-desktop", 1280, 800, "light"),
    ("cite-dialog-phone", 375, 740, "light"),
    ("cite-dialog-dark", 1280, 800, "dark"),
]


def test_the_cite_dialog_is_written_as_screenshots_and_passes_axe(
    browser: Browser, based_site: Workspace
) -> None:
    """Each size and theme in one page, set before the page loads."""
    ARTIFACTS.mkdir(exist_ok=True)
    page, watch = watched_page(browser)
    for name, width, height, scheme in CITE_DIALOGS:
        with case(name, width, height, scheme):
            page.goto("about:blank")
            page.set_viewport_size({"width": width, "height": height})
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            watch.errors.clear()  # axe's reading of the style sheets, in the case before
            watch.outside.clear()
            page.goto((based_site.site / PROTOCOL).as_uri())
            words = ["p4", "The fact that such", "p4", "the essence of the matter."]
            page.evaluate(SELECT, words)
            page.locator("#p4 .quote-tools").wait_for()
            page.get_by_role("button", name="Cite quote").click()
            page.locator("#cite-dialog").wait_for()
            quotation = page.locator("#cite-dialog figure blockquote").inner_text()
            assert quotation.startswith("“The fact that such an interference")
            # nested marks single
            assert "concern over ‘human rights’ does not change" in quotation
            in_text = page.locator("#dialog-cite-para-mla-in-text").inner_text()
            assert in_text.endswith(
                "the essence of the matter” (Politburo of the CPSU Central "
                "Committee, “CPSU CC Protocol #46/10,” par. 4)"
            )  # the full stop after the citation
            target = ARTIFACTS / f"{name}.png"
            target.unlink(missing_ok=True)
            page.screenshot(path=str(target))
            assert target.stat().st_size > 10_000
            assert watch.errors == []
            assert run_axe(page) == []  # (axe's own reading of the stylesheets may log errors)
            dialog = page.locator("#cite-dialog")
            # Close in sight as it opens and scrolled to its end
            for end in ("0", "d.scrollHeight"):
                dialog.evaluate(f"d => {{ d.scrollTop = {end}; }}")
                close, frame = dialog.locator(".close-button").bounding_box(), dialog.bounding_box()
                assert close is not None and frame is not None
                bottom = frame["y"] + frame["height"] - close["height"]
                assert frame["y"] <= close["y"] <= bottom, end
    page.context.close()


def test_a_quotation_keeps_every_character_of_the_words_but_the_nested_marks(
    browser: Browser, built_site: Workspace
) -> None:
    """ "Cite quote" gives the words as the document prints them, apostrophes and all,
    between curly marks; only the double marks inside are made single, as quoting asks."""
    seeds = seeds_text(built_site)
    page, watch = watched_page(browser)
    page.goto((built_site.site / PROTOCOL).as_uri())
    for block, start, end, inner in [
        ("p19", "The last such meeting", "'s initiative took place on", None),
        ("p4", "The fact that such", "does not change", ('"human rights"', "‘human rights’")),
    ]:
        page.evaluate(SELECT, [block, start, block, end])
        page.locator(f"#{block} .quote-tools").wait_for()
        page.get_by_role("button", name="Cite quote").click()
        quotation = page.locator("#cite-dialog figure blockquote").inner_text()
        page.keyboard.press("Escape")
        assert quotation.startswith("“") and quotation.endswith("”"), quotation
        words = quotation[1:-1]
        printed = words.replace(*reversed(inner)) if inner else words
        assert printed.startswith(start) and printed.endswith(end), quotation
        assert squash(printed) in seeds, quotation
        assert inner is None or inner[1] in words
    assert watch.errors == []
    page.context.close()
