"""Permanent anchors: the committed register, the build's refusal to drop or move an
anchor silently, aliases that keep retired anchors working, and redirects for moved pages."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from playwright.sync_api import Browser

from browser import serve, watched_page
from conftest import BUNDLE, DOCUMENTS, Workspace, script_data, snapshot
from test_browser import ARTIFACTS
from test_html_valid import nu_errors

PROTOCOL_SEED = "000_6ce6988af797deb6.txt"
PROTOCOL = "documents/1977-02-18-protocol/index.html"
REMOVED = "Obviously, everybody has a right to have one's own view"
FOLLOWING = "But it is another matter to bring these views"


def register_line(ws: Workspace, name: str) -> int:
    """The line of the register that holds `name` (a document, entity or doc#anchor)."""
    lines = (ws.anchors / "register.tsv").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.split("\t")[1:2] == [name])


def edit_seed(ws: Workspace, old: str, new: str) -> None:
    path = ws.seeds / PROTOCOL_SEED
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def drop_paragraph(ws: Workspace, opening: str) -> None:
    path = ws.seeds / PROTOCOL_SEED
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    kept = [p for p in paragraphs if not p.startswith(opening)]
    assert len(kept) == len(paragraphs) - 1
    path.write_text("\n\n".join(kept), encoding="utf-8")


def write_aliases(ws: Workspace, text: str) -> None:
    (ws.anchors / "aliases.yaml").write_text(text, encoding="utf-8")


def test_the_committed_register_lists_every_anchor_of_the_site(built_site: Workspace) -> None:
    register = (built_site.anchors / "register.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in register.splitlines() if not line.startswith("#")]
    names = {row[1] for row in rows}
    for page in sorted((built_site.site / "documents").glob("*/index.html")):
        doc = page.parent.name
        assert doc in names
        ids = set(
            re.findall(r' id="(p\d+|(?:page|heading|stamp|margin|quote)-[\d-]+)"', page.read_text())
        )
        assert ids and ids <= {n.partition("#")[2] for n in names if n.startswith(doc + "#")}
    entity_pages = {
        str(p.relative_to(built_site.site))
        for p in built_site.site.glob("*/*/index.html")
        if p.parts[-3] != "documents"
    }
    assert entity_pages == {row[2] for row in rows if row[0] == "entity"}


def test_removing_a_paragraph_fails_naming_the_anchor_and_its_text(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    assert ws.build().code == 0
    before = snapshot(ws.site), snapshot(ws.documents)
    drop_paragraph(ws, REMOVED)
    run = ws.build()
    line = register_line(ws, "1977-02-18-protocol#p5")
    assert run.code == 1
    assert run.out == ""
    first = run.err.splitlines()[0]
    assert first.startswith(
        f"documents/anchors/register.tsv:{line}: anchor 1977-02-18-protocol#p5 would no "
        f"longer be published; it held “{REMOVED}"
    )
    assert (
        "`p5: p6` under `anchors:` → `1977-02-18-protocol:` in documents/anchors/aliases.yaml"
        in first
    )
    assert "Traceback" not in run.err
    assert (snapshot(ws.site), snapshot(ws.documents)) == before


def test_an_alias_keeps_the_removed_paragraphs_address_working(
    workspace: Workspace, browser: Browser
) -> None:
    ws = workspace.copy_real()
    register = (ws.anchors / "register.tsv").read_bytes()
    drop_paragraph(ws, REMOVED)
    write_aliases(ws, "anchors:\n  1977-02-18-protocol:\n    p5: p6\n")
    run = ws.build()
    assert run.code == 0, run.err
    # the register keeps the retired anchor: it was published, and stays so
    assert (ws.anchors / "register.tsv").read_bytes() == register
    page, watch = watched_page(browser, viewport={"width": 1280, "height": 800})
    page.goto((ws.site / PROTOCOL).as_uri() + "#p5")
    page.wait_for_load_state("load")
    landed = page.eval_on_selector(
        ":target",
        "el => { const b = el.closest('.block'); const r = b.getBoundingClientRect();"
        " return [el.className, b.id, b.textContent, getComputedStyle(b).backgroundColor,"
        " r.top >= 0 && r.top < innerHeight]; }",
    )
    assert nu_errors([str(ws.site / PROTOCOL)]) == []
    assert landed[0] == "anchor-alias" and landed[1] == "p6"
    assert FOLLOWING in landed[2]
    assert landed[3] != "rgba(0, 0, 0, 0)" and landed[4]
    # the paragraph keeps its id and is now the fifth: readers cite it as ¶ 5
    assert page.get_attribute("#p6 .anchor", "aria-label") == "Paragraph 5"
    # and the page says where the link's paragraph went
    assert page.inner_text("#p6 .moved-note") == (
        "The text this link named (#p5) was withdrawn or moved: the link now leads here, to ¶5."
    )
    # a passage that ends on the retired anchor ends where the anchor now lands
    page.goto((ws.site / PROTOCOL).as_uri() + "#p3-p5")
    page.locator("#p6.in-passage").wait_for()
    assert page.eval_on_selector_all(".in-passage", "els => els.map(e => e.id)") == [
        "p3",
        "p4",
        "p6",
    ]
    assert watch.errors == []
    page.context.close()


def test_a_new_paragraph_gets_a_new_id_and_no_old_id_moves(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    edit_seed(ws, FOLLOWING, "A paragraph added after publication.\n\n" + FOLLOWING)
    run = ws.build()
    assert run.code == 0, run.err
    tree = ws.page(PROTOCOL)
    added = tree.xpath("//p[contains(., 'A paragraph added after publication.')]")
    assert [p.get("id") for p in added] == ["p25"]  # after the 24 the protocol had
    assert added[0].xpath(".//a[@class='anchor']")[0].get("aria-label") == "Paragraph 6"
    following = tree.get_element_by_id("p6")
    assert FOLLOWING in following.text_content()
    assert following.xpath(".//a[@class='anchor']")[0].get("aria-label") == "Paragraph 7"
    assert "1977-02-18-protocol#p25\t" in (ws.anchors / "register.tsv").read_text()
    # search results name paragraphs by number too: the offline index and Pagefind's page
    offline = script_data((ws.site / "search" / "offline" / "r-1.js").read_text("utf-8"))
    assert isinstance(offline, list)
    rows = {(row[1], row[2]): row[3] for row in offline}
    assert rows["p6", "¶ 7"].startswith("But it is another matter")
    assert rows["p25", "¶ 6"].startswith("A paragraph added")


def test_a_revised_paragraph_needs_its_revision_recorded(workspace: Workspace) -> None:
    """The committed record tells a revised paragraph from a new one."""
    ws = workspace.copy_real()
    for record in DOCUMENTS.glob("*.yaml"):
        shutil.copy(record, ws.documents / record.name)
    edit_seed(ws, FOLLOWING, "But it is quite another matter to bring these views")
    run = ws.build()
    line = register_line(ws, "1977-02-18-protocol#p6")
    row = (ws.anchors / "register.tsv").read_text().splitlines()[line - 1].split("\t")
    assert run.code == 1
    assert run.err.splitlines()[0] == (
        f"documents/anchors/register.tsv:{line}: anchor 1977-02-18-protocol#p6 would land "
        "on changed text: “But it is another matter to…” → “But it is quite another matter "
        "to…”. Expected the old text, or, if the revision is meant, "
        f"`p6: revised {row[3]}` under `anchors:` → `1977-02-18-protocol:` in "
        "documents/anchors/aliases.yaml (`python build.py revise` records it)"
    )
    write_aliases(ws, f"anchors:\n  1977-02-18-protocol:\n    p6: revised {row[3]}\n")
    assert ws.build().code == 0
    assert "But it is quite another" in ws.page(PROTOCOL).get_element_by_id("p6").text_content()
    # the recorded revision was of that text: a second one needs its own record
    edit_seed(ws, "quite another matter", "a quite different matter")
    assert ws.build().code == 1


def test_a_link_made_before_a_revision_says_so_on_the_paragraph(
    workspace: Workspace, browser: Browser
) -> None:
    """A copied link carries its paragraph's version (?v=); followed after the paragraph
    was revised, it lands on the paragraph with a note that the text has changed."""
    ws = workspace.copy_real()
    for record in DOCUMENTS.glob("*.yaml"):
        shutil.copy(record, ws.documents / record.name)
    old = (ws.anchors / "register.tsv").read_text().splitlines()
    old_version = old[register_line(ws, "1977-02-18-protocol#p6") - 1].split("\t")[3][:8]
    edit_seed(ws, FOLLOWING, "But it is quite another matter to bring these views")
    write_aliases(ws, f"anchors:\n  1977-02-18-protocol:\n    p6: revised {old_version}\n")
    run = ws.build()
    assert run.code == 1  # the revision is recorded by the whole fingerprint, not its start
    assert run.err.splitlines() == [
        f"documents/anchors/aliases.yaml:3: anchors.1977-02-18-protocol.p6 is 'revised "
        f"{old_version}'; expected an anchor such as p13, or `revised` and the fingerprint "
        "the register gives",
        "build failed: 1 problem; nothing was written",
    ]
    row = old[register_line(ws, "1977-02-18-protocol#p6") - 1].split("\t")
    write_aliases(ws, f"anchors:\n  1977-02-18-protocol:\n    p6: revised {row[3]}\n")
    assert ws.build().code == 0
    new_version = ws.page(PROTOCOL).get_element_by_id("p6").get("data-version")
    assert new_version != old_version and len(new_version) == 8
    p5 = ws.page(PROTOCOL).get_element_by_id("p5").get("data-version")
    # from the unzipped download, opened as files, and from the site over HTTP
    with zipfile.ZipFile(ws.site / "downloads" / BUNDLE) as zf:
        zf.extractall(ws.root / "unzipped")
    (folder,) = (ws.root / "unzipped").iterdir()
    with serve(ws.site) as base:
        for start in ((folder / PROTOCOL).as_uri(), base + PROTOCOL):
            page, watch = watched_page(browser)
            note = page.locator("#p6 .revised-note")
            page.goto(start + f"?v={old_version}#p6")
            note.wait_for()
            assert "Revised since this link was made" in note.inner_text()
            ARTIFACTS.mkdir(exist_ok=True)
            page.locator("#p6").screenshot(path=str(ARTIFACTS / "revised-since-cited.png"))
            page.goto(start + f"?v={new_version}#p6")
            page.wait_for_load_state("load")
            assert note.count() == 0
            # a passage's link carries both ends' versions
            page.goto(start + f"?v={p5}-{old_version}#p5-p6")
            note.wait_for()
            assert page.locator("#p5 .revised-note").count() == 0
            assert watch.errors == []
            page.context.close()


def test_a_renamed_document_leaves_a_redirect_that_keeps_the_anchor(
    workspace: Workspace, browser: Browser
) -> None:
    ws = workspace.copy_real()
    old, new = "1977-05-19-instruction", "1977-05-19-instruction-to-ambassadors"
    (ws.editorial / f"{old}.yaml").rename(ws.editorial / f"{new}.yaml")
    chronology = ws.root / "content" / "chronology.yaml"
    chronology.write_text(chronology.read_text().replace(old, new))
    run = ws.build()
    assert run.code == 1
    line = register_line(ws, old)
    assert run.err.startswith(
        f"documents/anchors/register.tsv:{line}: document '{old}' (“Instructions to Soviet"
    )
    assert "an alias to the document that replaces it under `documents:`" in run.err
    write_aliases(ws, f"documents:\n  {old}: {new}\n")
    run = ws.build("--base-url", "https://archive.example.org/")
    assert run.code == 0, run.err
    redirect = ws.site / "documents" / old / "index.html"
    assert redirect.is_file() and "This page has moved" in redirect.read_text()
    assert nu_errors([str(redirect)]) == []
    sitemap = (ws.site / "sitemap.xml").read_text()
    assert f"/documents/{new}/index.html<" in sitemap and f"/{old}/" not in sitemap
    page, watch = watched_page(browser)
    page.goto(redirect.as_uri() + "#p3")
    page.wait_for_url(re.compile(f"/documents/{new}/index.html#p3$"))
    assert page.eval_on_selector(":target", "el => el.id") == "p3"
    assert watch.errors == []
    page.context.close()


def test_aliases_are_checked(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    write_aliases(
        ws,
        "anchors:\n"
        "  1977-02-18-protocol:\n"
        "    p5: p6\n"
        "    p99: p6\n"
        "documents:\n"
        "  1977-02-18-protocol: 1977-05-19-instruction\n",
    )
    run = ws.build()
    assert run.code == 1
    assert run.err.splitlines()[:3] == [
        "documents/anchors/aliases.yaml:3: anchor 1977-02-18-protocol#p5 under "
        "`anchors: 1977-02-18-protocol:` is still published, so an alias would hide it; "
        "expected only retired names to be aliased (remove this line)",
        "documents/anchors/aliases.yaml:4: anchor 1977-02-18-protocol#p99 was never "
        "published, so it needs no alias; expected an anchor listed for "
        "1977-02-18-protocol in register.tsv",
        "documents/anchors/aliases.yaml:6: document '1977-02-18-protocol' under "
        "`documents:` is still published, so an alias would hide it; expected only "
        "retired names to be aliased (remove this line)",
    ]


def test_ids_do_not_depend_on_the_order_of_the_files(tmp_path: Path) -> None:
    """A seed that sorts first shifts the reading order of the files, not any id."""
    first = Workspace(tmp_path / "a").copy_real()
    second = Workspace(tmp_path / "b").copy_real()
    shutil.copy(first.seeds / PROTOCOL_SEED, second.seeds / "0000_copy.txt")
    for ws in (first, second):
        shutil.rmtree(ws.anchors)  # no register: ids as first published
        assert ws.build().code == 0
    for record in sorted(first.documents.glob("*.yaml")):
        assert (second.documents / record.name).read_text() == record.read_text()


def test_a_renamed_entity_leaves_a_redirect(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    people = ws.documents / "entities" / "people.yaml"
    people.write_text(people.read_text().replace("- id: sakharov\n", "- id: andrei-sakharov\n"))
    run = ws.build()
    assert run.code == 1
    line = register_line(ws, "sakharov")
    assert run.err.startswith(
        f"documents/anchors/register.tsv:{line}: entity 'sakharov' (Andrei Sakharov, "
        "people/sakharov/index.html) would no longer be published"
    )
    write_aliases(ws, "entities:\n  sakharov: andrei-sakharov\n")
    run = ws.build()
    assert run.code == 0, run.err
    moved = ws.site / "people" / "sakharov" / "index.html"
    assert moved.is_file()
    assert ws.page("people/sakharov/index.html").xpath("//a/@href") == [
        "../../people/andrei-sakharov/index.html"
    ]
    assert "\tpeople/andrei-sakharov/index.html\t" in (ws.anchors / "register.tsv").read_text()
