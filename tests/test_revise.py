"""Revising a published paragraph: the build's message shows the words that changed; the
preview (`--preview`, as `serve` builds) shows the revision and says it is pending; and
`build.py revise` records it in aliases.yaml. A withdrawn or split paragraph is left to
the editor, and the message says which it is."""

from __future__ import annotations

import shutil

import pytest

from archive_site.archive.anchors import Revision
from archive_site.editor.revise import with_revisions
from conftest import DOCUMENTS, NO_ADDRESS, Workspace, snapshot
from test_anchors import FOLLOWING, PROTOCOL, REMOVED, edit_seed, register_line, write_aliases

ALIASES = "documents/anchors/aliases.yaml"
WHERE = f"under `anchors:` → `1977-02-18-protocol:` in {ALIASES}"


def published(ws: Workspace) -> Workspace:
    """The real project as published: its records committed with it."""
    ws.copy_real()
    for record in DOCUMENTS.glob("*.yaml"):
        shutil.copy(record, ws.documents / record.name)
    return ws


def column(ws: Workspace, anchor: str, n: int) -> str:
    lines = (ws.anchors / "register.tsv").read_text(encoding="utf-8").splitlines()
    return lines[register_line(ws, anchor) - 1].split("\t")[n]


def fingerprint(ws: Workspace, anchor: str) -> str:
    return column(ws, anchor, 3)


def test_a_typo_fixed_in_a_published_paragraph_is_shown_then_recorded(
    workspace: Workspace,
) -> None:
    ws = published(workspace)
    write_aliases(ws, "# Kept as it is: revise adds to it.\nentities: {}\n")
    old6, old24 = (
        fingerprint(ws, "1977-02-18-protocol#p6"),
        fingerprint(ws, "1977-02-18-protocol#p24"),
    )
    line6, line24 = (register_line(ws, f"1977-02-18-protocol#{a}") for a in ("p6", "p24"))
    edit_seed(ws, FOLLOWING, "But it is quite another matter to bring these views")
    edit_seed(ws, "Telegraph the fulfillment.", "Telegraph the fulfilment.")

    # a build names the words that changed, and the line that records each revision
    run = ws.build()
    assert run.code == 1
    assert run.err.splitlines() == [
        f"documents/anchors/register.tsv:{line6}: anchor 1977-02-18-protocol#p6 would land "
        "on changed text: “But it is another matter to…” → “But it is quite another matter "
        f"to…”. Expected the old text, or, if the revision is meant, `p6: revised {old6}` "
        f"{WHERE} (`python build.py revise` records it)",
        f"documents/anchors/register.tsv:{line24}: anchor 1977-02-18-protocol#p24 would land "
        "on changed text: “Telegraph the fulfillment.” → “Telegraph the fulfilment.”. "
        f"Expected the old text, or, if the revision is meant, `p24: revised {old24}` "
        f"{WHERE} (`python build.py revise` records it)",
        "build failed: 2 problems; nothing was written",
    ]

    # the preview shows the new text and says the revisions are pending; it writes
    # neither records nor register, so the next build still asks for them
    records = snapshot(ws.documents)
    preview = ws.build("--preview")
    assert preview.code == 0, preview.err
    assert preview.err.splitlines() == [
        f"documents/anchors/register.tsv:{line6}: warning: pending revision: anchor "
        "1977-02-18-protocol#p6 now lands on changed text: “But it is another matter to…” → "
        "“But it is quite another matter to…”. Shown in this preview; a build fails until it "
        f"is recorded: run `python build.py revise` (it adds `p6: revised {old6}` {WHERE})",
        f"documents/anchors/register.tsv:{line24}: warning: pending revision: anchor "
        "1977-02-18-protocol#p24 now lands on changed text: “Telegraph the fulfillment.” → "
        "“Telegraph the fulfilment.”. Shown in this preview; a build fails until it is "
        f"recorded: run `python build.py revise` (it adds `p24: revised {old24}` {WHERE})",
        NO_ADDRESS,
    ]
    assert "Telegraph the fulfilment." in ws.page(PROTOCOL).get_element_by_id("p24").text_content()
    assert snapshot(ws.documents) == records
    assert ws.build().code == 1

    # revise records both, keeping what the aliases file held
    revise = ws.build("revise")
    assert revise.code == 0, revise.err
    assert revise.out.splitlines() == [
        f"recorded in {ALIASES}:",
        f"  1977-02-18-protocol: p6: revised {old6}",
        "    “But it is another matter to…” → “But it is quite another matter to…”",
        f"  1977-02-18-protocol: p24: revised {old24}",
        "    “Telegraph the fulfillment.” → “Telegraph the fulfilment.”",
        "build again to publish them (`make site`)",
    ]
    assert (ws.anchors / "aliases.yaml").read_text(encoding="utf-8") == (
        "# Kept as it is: revise adds to it.\n"
        "entities: {}\n"
        "anchors:\n"
        "  1977-02-18-protocol:\n"
        f"    p6: revised {old6}\n"
        f"    p24: revised {old24}\n"
    )
    build = ws.build()
    assert build.code == 0, build.err
    assert fingerprint(ws, "1977-02-18-protocol#p24") != old24  # the register moves on
    again = ws.build("revise")
    assert again.code == 0
    assert again.out == "no revised paragraph to record: every published anchor holds its text\n"

    # a second revision of a recorded one replaces its line
    new24 = fingerprint(ws, "1977-02-18-protocol#p24")
    edit_seed(ws, "Telegraph the fulfilment.", "Telegraph its fulfilment.")
    assert ws.build("revise").code == 0
    aliases = (ws.anchors / "aliases.yaml").read_text(encoding="utf-8")
    assert f"    p24: revised {new24}\n" in aliases and old24 not in aliases
    assert ws.build().code == 0


def test_a_withdrawn_or_split_paragraph_still_needs_a_decision(workspace: Workspace) -> None:
    ws = published(workspace)
    path = ws.seeds / "000_6ce6988af797deb6.txt"
    text = path.read_text(encoding="utf-8")
    split = text.replace("in any country. And we too", "in any country.\n\nAnd we too")
    withdrawn = split.replace(split[split.index(FOLLOWING) : split.index("You and we are")], "")
    path.write_text(withdrawn, encoding="utf-8")
    line5, line6 = (register_line(ws, f"1977-02-18-protocol#{a}") for a in ("p5", "p6"))
    held5, held6 = (column(ws, f"1977-02-18-protocol#{a}", 4) for a in ("p5", "p6"))
    assert held5.startswith(REMOVED) and held6.startswith(FOLLOWING)
    before = snapshot(ws.root)
    run = ws.build("revise")
    assert run.code == 1
    assert run.out == ""
    assert run.err.splitlines() == [
        "2 problems left for you to decide (a build fails until then):",
        f"documents/anchors/register.tsv:{line5}: anchor 1977-02-18-protocol#p5 would no "
        f"longer be published: it was split, its text “{held5}” now standing in p25 and "
        "p26. This needs your decision, which "
        "`python build.py revise` cannot make: an alias to the part its links should land "
        f"on, such as `p5: p25` {WHERE}",
        f"documents/anchors/register.tsv:{line6}: anchor 1977-02-18-protocol#p6 would no "
        f"longer be published; it held “{held6}”, and was withdrawn or rewritten past "
        "recognition. This needs your decision, "
        "which `python build.py revise` cannot make: that text back, or an alias to where "
        f"it now stands, such as `p6: p7` {WHERE}",
    ]
    assert snapshot(ws.root) == before
    write_aliases(ws, "anchors:\n  1977-02-18-protocol:\n    p5: p25\n    p6: p7\n")
    assert ws.build().code == 0


def revision(doc: str, anchor: str, fingerprint: str) -> Revision:
    return Revision(doc, anchor, fingerprint, "old", "new")


def test_revise_adds_to_the_aliases_file_as_it_is_written() -> None:
    """Comments and other entries stay; a document's block gets the line, or a new
    block is added; a file written on one line is refused, not rewritten."""
    text = (
        "# Aliases.\n"
        "anchors:\n"
        "  doc-a:  # the first\n"
        "    p5: p6\n"
        "    p7: revised 0000000000000000\n"
        "\n"
        "documents:\n"
        "  old: new\n"
    )
    revisions = (
        revision("doc-a", "p7", "1111111111111111"),
        revision("doc-a", "p9", "2222222222222222"),
        revision("doc-b", "p1", "3333333333333333"),
    )
    assert with_revisions(text, revisions) == (
        "# Aliases.\n"
        "anchors:\n"
        "  doc-a:  # the first\n"
        "    p5: p6\n"
        "    p7: revised 1111111111111111\n"
        "    p9: revised 2222222222222222\n"
        "  doc-b:\n"
        "    p1: revised 3333333333333333\n"
        "\n"
        "documents:\n"
        "  old: new\n"
    )
    assert with_revisions("", revisions[2:]) == (
        "anchors:\n  doc-b:\n    p1: revised 3333333333333333\n"
    )
    for flat, line, found in (
        ("anchors: {doc-a: {p5: p6}}\n", 1, "`anchors:`"),
        ("# x\nanchors:\n  doc-a: {p5: p6}\n", 3, "`doc-a:`"),
    ):
        with pytest.raises(ValueError) as refused:
            with_revisions(flat, revisions[:1])
        assert refused.value.args == (line, found)
