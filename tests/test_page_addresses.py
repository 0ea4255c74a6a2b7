"""Page addresses under the register's guard: every page the site publishes has its line in
the anchor register, and a change of code or data that would stop publishing one (a kind's
folder renamed, an entity moved to another kind) fails the build with the line to add to
aliases.yaml, which leaves a redirect at the old address."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import DOCUMENTS, Workspace, snapshot
from scratch import Code

REGISTER = "documents/anchors/register.tsv"
ALIASES = "documents/anchors/aliases.yaml"
#: the line a message proposes for aliases.yaml: `old: new` under `pages:`
PROPOSED = re.compile(r"`([a-z0-9/_-]+\.html): ([a-z0-9/_-]+\.html)` under `pages:`")


def rows(ws: Workspace) -> list[list[str]]:
    text = (ws.anchors / "register.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if not line.startswith("#")]


def line_of(ws: Workspace, kind: str, name: str) -> int:
    text = (ws.anchors / "register.tsv").read_text(encoding="utf-8")
    return next(
        n for n, line in enumerate(text.splitlines(), 1) if line.split("\t")[:2] == [kind, name]
    )


def registered_pages(ws: Workspace) -> set[str]:
    return {row[1] if row[0] == "page" else row[2] for row in rows(ws) if row[0] != "anchor"}


def proposed(err: str) -> dict[str, str]:
    """The redirects the messages propose, old path -> new path."""
    return dict(PROPOSED.findall(err))


def add_pages(ws: Workspace, redirects: dict[str, str]) -> None:
    lines = "".join(f"  {old}: {new}\n" for old, new in sorted(redirects.items()))
    (ws.anchors / "aliases.yaml").write_text(f"pages:\n{lines}", encoding="utf-8")


def assert_redirects(ws: Workspace, old: str, new: str) -> None:
    """The old address serves a page that sends the reader to the new one."""
    page = ws.page(old)
    target = "../" * old.count("/") + new
    assert page.get("data-moved-to") == target
    assert page.xpath("//a/@href") == [target]
    assert (ws.site / old).parent.joinpath(target).resolve() == (ws.site / new).resolve()


def test_every_published_page_is_in_the_register(built_site: Workspace) -> None:
    pages = {p.relative_to(built_site.site).as_posix() for p in built_site.site.rglob("*.html")}
    assert registered_pages(built_site) == pages - {"404.html"}
    committed = (DOCUMENTS / "anchors" / "register.tsv").read_bytes()
    assert (built_site.anchors / "register.tsv").read_bytes() == committed


def test_renaming_a_kinds_folder_fails_with_the_redirect_lines_to_add(
    workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace.copy_real()
    code = Code(tmp_path / "code")
    code.edit(code.holding('"glossary"'), '"glossary"', '"terms"')
    terms = sorted(
        row[1] for row in rows(ws) if row[0] == "entity" and row[2].startswith("glossary/")
    )
    assert len(terms) > 3
    run = code.build(ws)
    assert run.code == 1, run.err
    assert run.out == ""
    assert not ws.site.exists()
    errors = run.err.splitlines()
    detente = line_of(ws, "entity", "detente")
    assert (
        f"{REGISTER}:{detente}: page 'glossary/detente/index.html' of entity 'detente' "
        "(“détente”) would no longer be published: the build now publishes it at "
        "terms/detente/index.html. Expected it back at its address, or, to leave a redirect "
        "there, the line `glossary/detente/index.html: terms/detente/index.html` under "
        f"`pages:` in {ALIASES}"
    ) in errors
    index = line_of(ws, "page", "glossary/index.html")
    assert (
        f"{REGISTER}:{index}: page 'glossary/index.html' (“Glossary”) would no longer be "
        "published. Expected it back at its address, or, to leave a redirect there, the "
        f"line `glossary/index.html: terms/index.html` under `pages:` in {ALIASES}"
    ) in errors
    redirects = proposed(run.err)
    assert redirects == {
        "glossary/index.html": "terms/index.html",
        **{f"glossary/{t}/index.html": f"terms/{t}/index.html" for t in terms},
    }
    assert run.err.count("would no longer be published") == len(redirects)

    add_pages(ws, redirects)
    run = code.build(ws)
    assert run.code == 0, run.err
    for old, new in redirects.items():
        assert_redirects(ws, old, new)
    assert ws.page("terms/detente/index.html").xpath("//h1")
    now = {row[1]: row for row in rows(ws)}
    assert now["detente"][2] == "terms/detente/index.html"
    assert now["glossary/detente/index.html"] == [
        "page",
        "glossary/detente/index.html",
        "terms/detente/index.html",
        "",
        "détente",
    ]
    assert now["terms/index.html"][:3] == ["page", "terms/index.html", "terms/index.html"]
    assert code.build(ws, "--check").code == 0

    # the redirect, once registered, is guarded in its turn
    (ws.anchors / "aliases.yaml").unlink()
    before = snapshot(ws.site)
    run = code.build(ws)
    assert run.code == 1
    assert (
        f"{REGISTER}:{line_of(ws, 'page', 'glossary/detente/index.html')}: page "
        "'glossary/detente/index.html' (“détente”) would no longer be published. Expected it "
        "back at its address, or, to leave a redirect there, the line "
        f"`glossary/detente/index.html: terms/detente/index.html` under `pages:` in {ALIASES}"
    ) in run.err.splitlines()
    assert snapshot(ws.site) == before


def test_moving_an_entity_to_another_kind_fails_with_the_redirect_line_to_add(
    workspace: Workspace,
) -> None:
    ws = workspace.copy_real()
    terms = ws.documents / "entities" / "terms.yaml"
    text = terms.read_text(encoding="utf-8")
    start = text.index("- id: the-centre\n")
    end = text.index("\n- id: ", start) + 1
    terms.write_text(text[:start] + text[end:], encoding="utf-8")
    organizations = ws.documents / "entities" / "organizations.yaml"
    with organizations.open("a", encoding="utf-8") as f:
        f.write(text[start:end])
    run = ws.build()
    assert run.code == 1
    assert run.err.splitlines() == [
        f"{REGISTER}:{line_of(ws, 'entity', 'the-centre')}: page "
        "'glossary/the-centre/index.html' of entity 'the-centre' (“the Centre”) would no "
        "longer be published: the build now publishes it at "
        "organizations/the-centre/index.html. Expected it back at its address, or, to leave "
        "a redirect there, the line "
        "`glossary/the-centre/index.html: organizations/the-centre/index.html` under "
        f"`pages:` in {ALIASES}",
        "build failed: 1 problem; nothing was written",
    ]
    (ws.anchors / "aliases.yaml").write_text(
        "pages:\n  glossary/the-centre/index.html: organizations/the-centre/index.html\n",
        encoding="utf-8",
    )
    run = ws.build()
    assert run.code == 0, run.err
    assert_redirects(ws, "glossary/the-centre/index.html", "organizations/the-centre/index.html")
    assert ws.build("--check").code == 0


def test_redirects_of_pages_are_checked(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    (ws.anchors / "aliases.yaml").write_text(
        "pages:\n  people/index.html: places/index.html\n  nowhere/index.html: people/index.html\n",
        encoding="utf-8",
    )
    run = ws.build()
    assert run.code == 1
    errors = run.err.splitlines()
    assert (
        f"{ALIASES}:2: page 'people/index.html' under `pages:` is still published, so an "
        "alias would hide it; expected only retired names to be aliased (remove this line)"
    ) in errors
    assert any(
        e.startswith(
            f"{ALIASES}:3: page 'nowhere/index.html' under `pages:` was never published, "
            "so it needs no alias; expected a retired one from register.tsv ("
        )
        for e in errors
    )
