"""Builds after a build: what the last build made is taken again only where its inputs are
unchanged, and the site is always the one a fresh build makes."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import PROJECT, SEED_NAMES, Workspace, snapshot

PROTOCOL = "documents/1977-02-18-protocol/index.html"
MEMORANDUM = "documents/1976-10-25-memorandum/index.html"
ADDED = "A paragraph added to see what the next build makes again."


def inode(ws: Workspace, rel: str) -> int:
    return (ws.site / rel).stat().st_ino


def fresh_twin(ws: Workspace, tmp_path: Path) -> dict[str, bytes]:
    """The site a build with no cache makes from the same inputs."""
    twin_ws = Workspace(tmp_path / "twin")
    for folder in ("seeds", "documents", "content"):
        shutil.copytree(ws.root / folder, twin_ws.root / folder, dirs_exist_ok=True)
    run = twin_ws.build("--fresh")
    assert run.code == 0, run.err
    assert not twin_ws.cache.exists()
    return snapshot(twin_ws.site)


def seed_of(ws: Workspace, doc_id: str) -> str:
    record = (ws.documents / f"{doc_id}.yaml").read_text(encoding="utf-8")
    return next(line.split()[1] for line in record.splitlines() if line.startswith("seed: "))


def add_paragraph(ws: Workspace, seed: str) -> None:
    path = ws.seeds / seed
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{ADDED}\n")


def test_a_rebuild_takes_what_is_unchanged_and_makes_what_an_edit_touches(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    assert sorted(p.name for p in workspace.cache.iterdir())  # the cache is kept
    before = {rel: inode(workspace, rel) for rel in (PROTOCOL, MEMORANDUM)}
    zipped = inode(workspace, "downloads/soviet-human-rights-documents.zip")

    assert workspace.build().code == 0  # nothing changed: every page is the published file
    assert {rel: inode(workspace, rel) for rel in before} == before

    add_paragraph(workspace, seed_of(workspace, "1976-10-25-memorandum"))
    run = workspace.build()
    assert run.code == 0, run.err
    assert inode(workspace, MEMORANDUM) != before[MEMORANDUM]  # made again
    assert ADDED in (workspace.site / MEMORANDUM).read_text(encoding="utf-8")
    assert inode(workspace, PROTOCOL) == before[PROTOCOL]  # taken as it was
    assert inode(workspace, "downloads/soviet-human-rights-documents.zip") != zipped
    assert snapshot(workspace.site) == fresh_twin(workspace, tmp_path)


def test_a_file_altered_in_the_published_site_is_made_again(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    page = workspace.site / PROTOCOL
    with page.open("a", encoding="utf-8") as f:  # in place, as an editor might
        f.write("<!-- altered -->\n")
    assert workspace.build().code == 0
    assert "altered" not in page.read_text(encoding="utf-8")
    assert snapshot(workspace.site) == fresh_twin(workspace, tmp_path)


def test_a_changed_template_makes_the_pages_again(workspace: Workspace) -> None:
    workspace.copy_real()
    templates = workspace.root / "templates"
    shutil.copytree(PROJECT / "templates", templates)
    assert workspace.build("--templates", str(templates)).code == 0
    path = templates / "document.html"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "</article>", "<p>A changed template.</p>\n</article>"
        ),
        encoding="utf-8",
    )
    assert workspace.build("--templates", str(templates)).code == 0
    assert "A changed template." in (workspace.site / PROTOCOL).read_text(encoding="utf-8")


def test_a_damaged_cache_is_passed_over(workspace: Workspace, tmp_path: Path) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    kinds = sorted(workspace.cache.glob("*.pickle"))
    assert {p.stem for p in kinds} >= {"files", "parse", "text", "mentions", "words", "zip"}
    for path in kinds:
        path.write_bytes(b"not a pickle")
    add_paragraph(workspace, SEED_NAMES[0])
    run = workspace.build()
    assert run.code == 0, run.err
    assert snapshot(workspace.site) == fresh_twin(workspace, tmp_path)
    assert all(path.read_bytes() != b"not a pickle" for path in kinds)


def test_a_fresh_build_uses_and_leaves_no_cache(workspace: Workspace) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    before = inode(workspace, PROTOCOL)
    assert workspace.build("--fresh").code == 0
    assert inode(workspace, PROTOCOL) != before
    assert not workspace.cache.exists()


def test_a_build_after_no_change_leaves_the_site_as_it_is(workspace: Workspace) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    before = {p: p.stat().st_ino for p in workspace.site.rglob("*")}
    files = snapshot(workspace.site)
    run = workspace.build()
    assert run.code == 0, run.err
    assert run.out.startswith("nothing changed:")
    assert {p: p.stat().st_ino for p in workspace.site.rglob("*")} == before
    assert snapshot(workspace.site) == files


def test_any_change_to_inputs_options_or_site_makes_a_full_build(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Each change below is one the quickest build must notice; after each, the site is
    the one a fresh build makes, and the build after it has nothing to do."""
    workspace.copy_real()
    assert workspace.build().code == 0
    record = workspace.documents / "1977-02-18-protocol.yaml"
    about = workspace.root / "content" / "about.md"
    changes = {
        "a record edited by hand": lambda: record.write_text(
            record.read_text(encoding="utf-8") + "# a note\n", encoding="utf-8"
        ),
        "a content page edited": lambda: about.write_text(
            about.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8"
        ),
        "a published file removed": lambda: (workspace.site / PROTOCOL).unlink(),
        "a file added to the site": lambda: (workspace.site / "notes.txt").write_text("mine"),
        "a published file rewritten": lambda: (workspace.site / "index.html").write_text("x"),
    }
    for what, change in changes.items():
        change()
        run = workspace.build()
        assert run.code == 0, (what, run.err)
        assert run.out.startswith("built "), what
        assert workspace.build().out.startswith("nothing changed:"), what
    assert snapshot(workspace.site) == fresh_twin(workspace, tmp_path)
    for args, env in (
        (("--base-url", "https://archive.example.org/"), {}),
        ((), {"SOURCE_DATE_EPOCH": "1700000000"}),
    ):
        run = workspace.build(*args, env=env)
        assert run.code == 0 and run.out.startswith("built "), (args, env, run.err)


def test_a_build_whose_inputs_changed_while_it_ran_leaves_no_snapshot(
    workspace: Workspace,
) -> None:
    from archive_site.runtime import unchanged

    workspace.copy_real()
    assert workspace.build().code == 0
    assert (workspace.cache / unchanged.SNAPSHOT).is_file()
    before = {"seeds": "a", "documents": "b", "content": "c"}
    summary = unchanged.Summary(3, 10, ())
    unchanged.leave(workspace.cache, workspace.site, before, {**before, "seeds": "z"}, summary)
    assert not (workspace.cache / unchanged.SNAPSHOT).exists()
    assert workspace.build().out.startswith("built ")  # not "nothing changed"
    unchanged.leave(workspace.cache, workspace.site, before, {**before, "documents": "y"}, summary)
    assert (workspace.cache / unchanged.SNAPSHOT).is_file()  # the records it wrote itself


def test_what_a_build_keeps_is_found_again_by_a_process_that_hashes_differently(
    workspace: Workspace,
) -> None:
    """The store's keys digest the inputs, never the order a set happens to take in one
    process: a build under another hash seed takes every page again."""
    from archive_site.runtime import unchanged

    workspace.copy_real()
    assert workspace.build(env={"PYTHONHASHSEED": "1"}).code == 0
    pages = sorted(p for p in workspace.site.rglob("*.html") if p.parts[-3] != "downloads")
    before = {p: p.stat().st_ino for p in pages}
    kept = {p.name: p.read_bytes() for p in workspace.cache.glob("*.pickle")}
    (workspace.cache / unchanged.SNAPSHOT).unlink()  # so that the build looks again
    assert workspace.build(env={"PYTHONHASHSEED": "2"}).code == 0
    offline_copies = {workspace.site / "index.html", workspace.site / "about" / "index.html"}
    assert {p: p.stat().st_ino for p in pages if p not in offline_copies} == {
        p: i for p, i in before.items() if p not in offline_copies
    }
    again = {p.name: p.read_bytes() for p in workspace.cache.glob("*.pickle")}
    assert again["mentions.pickle"] == kept["mentions.pickle"]


def test_a_build_after_no_change_clears_what_a_killed_build_left(workspace: Workspace) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    left = workspace.root / ".site.staging-killed"  # as a build killed mid-way leaves it
    (left / "documents").mkdir(parents=True)
    run = workspace.build()
    assert run.out.startswith("nothing changed:")
    assert not left.exists()


def test_an_entity_page_is_made_again_only_when_what_it_shows_changes(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    named = "people/bukovsky/index.html"  # the memorandum names Bukovsky ...
    other = "people/sakharov/index.html"  # ... and not Sakharov
    assert "1976-10-25-memorandum" in (workspace.site / named).read_text(encoding="utf-8")
    assert "1976-10-25-memorandum" not in (workspace.site / other).read_text(encoding="utf-8")
    before = {rel: inode(workspace, rel) for rel in (named, other)}

    # an edit of a document that names Bukovsky, but not where his page quotes it
    seed = seed_of(workspace, "1976-10-25-memorandum")
    add_paragraph(workspace, seed)
    assert workspace.build().code == 0
    assert {rel: inode(workspace, rel) for rel in before} == before  # both taken

    # a paragraph that names Sakharov: his page now quotes the memorandum
    path = workspace.seeds / seed
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text + "\n\nThe case of Sakharov was raised once more.\n", encoding="utf-8")
    run = workspace.build()
    assert run.code == 0, run.err
    assert inode(workspace, named) == before[named]
    assert inode(workspace, other) != before[other]
    page = (workspace.site / other).read_text(encoding="utf-8")
    assert "1976-10-25-memorandum" in page and "raised once more" in page
    assert snapshot(workspace.site) == fresh_twin(workspace, tmp_path)
