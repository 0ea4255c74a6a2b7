"""Real builds in temporary folders: the site's structure, links, and how the build publishes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import (
    DOCUMENTS,
    PROJECT,
    SEED_NAMES,
    SEEDS,
    Workspace,
    assert_links_resolve,
    snapshot,
)


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_index_lists_the_documents_in_date_order(built_site: Workspace) -> None:
    index = built_site.page("index.html")
    dates = [t.get("datetime") for t in index.xpath("//li[@class='document-entry']//time")]
    assert dates == ["1976-10-25", "1977-02-18", "1977-05-19"]
    hrefs = index.xpath("//li[@class='document-entry']//a/@href")
    assert hrefs == [
        f"documents/{d}/index.html"
        for d in ("1976-10-25-memorandum", "1977-02-18-protocol", "1977-05-19-instruction")
    ]


def test_every_block_and_span_carries_its_type_and_every_paragraph_its_id(
    built_site: Workspace,
) -> None:
    for record in sorted(built_site.documents.glob("*.yaml")):
        page = built_site.page(f"documents/{record.stem}/index.html")
        text = record.read_text(encoding="utf-8")
        for block_type, block_id in re.findall(r"- type: (\w+)\n\s+id: ([\w-]+)", text):
            (element,) = page.xpath(f"//*[@id='{block_id}']")
            assert (
                f"block-{block_type}" in element.get("class", "") or block_type == "page_marker"
            ), (record.stem, block_id)
        for kind in re.findall(r"editorial: (\w+)", text):
            if kind in ("sic", "supplied", "page", "margin", "summary", "gloss"):
                assert page.find_class(f"ed-{kind}"), (record.stem, kind)
        paragraphs = page.find_class("block-paragraph")
        assert paragraphs and all(re.fullmatch(r"p\d+", p.get("id")) for p in paragraphs)


def test_all_links_are_relative_explicit_and_resolve(built_site: Workspace) -> None:
    assert_links_resolve(built_site.site)


def test_page_markers_have_anchors(built_site: Workspace) -> None:
    page = built_site.page("documents/1977-05-19-instruction/index.html")
    assert page.xpath("//*[@id='page-2']") and page.xpath("//*[@id='page-3']")
    memo = built_site.page("documents/1976-10-25-memorandum/index.html")
    (marker,) = memo.xpath("//*[@id='page-3']")
    assert marker.text_content().startswith("[page three]")
    assert marker.getparent().get("id") == "p8"  # mid-sentence, inside its paragraph


def test_editorial_title_and_notes_are_marked(built_site: Workspace) -> None:
    memo = built_site.page("documents/1976-10-25-memorandum/index.html")
    (title,) = memo.xpath("//h1")
    assert "editorial-title" in title.get("class")
    assert memo.find_class("editorial-mark")
    notes = [n.text_content() for n in memo.find_class("editor-note")]
    assert any("printed error for PCF" in n for n in notes)


def test_builds_are_byte_identical(tmp_path: Path, built_site: Workspace) -> None:
    again = Workspace(tmp_path / "again").copy_real()
    assert again.build().code == 0
    assert snapshot(again.site) == snapshot(built_site.site)
    assert snapshot(again.documents) == snapshot(built_site.documents)


def test_committed_records_are_what_the_seeds_produce() -> None:
    ws_run = Workspace.__new__(Workspace)
    ws_run.root = PROJECT
    run = ws_run.build("--check", "--out", str(PROJECT / "site-never-written"))
    assert run.code == 0, run.err
    assert not (PROJECT / "site-never-written").exists()


def test_check_catches_a_stale_record(workspace: Workspace) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    record = workspace.documents / "1977-02-18-protocol.yaml"
    record.write_text(
        record.read_text().replace("Telegraph the fulfillment.", "Telegraph the fulfilment.")
    )
    before = snapshot(workspace.root)
    run = workspace.build("--check")
    assert run.code == 1
    assert run.err.splitlines() == [
        "documents/1977-02-18-protocol.yaml:1: record '1977-02-18-protocol' differs from what "
        "its seed produces; expected them to match (run `python build.py` and commit the "
        "result)",
        "build failed: 1 problem; nothing was written",
    ]
    assert snapshot(workspace.root) == before


def test_records_keep_their_published_id(workspace: Workspace) -> None:
    """An id, once written, stays: even where the seed's date changes after publication."""
    workspace.copy_real(editorial=False)
    (workspace.root / "content" / "chronology.yaml").unlink()  # it links the editors' ids
    assert workspace.build().code == 0
    memo = SEED_NAMES[2]
    assert (workspace.documents / "1976-10-25-document.yaml").exists()
    text = (workspace.seeds / memo).read_text().replace("25 October 1976", "26 October 1976")
    (workspace.seeds / memo).write_text(text)
    # the dateline's anchor now lands on revised text: the build asks for that on record
    run = workspace.build()
    assert run.code == 1 and "1976-10-25-document#dateline-1 would land on changed" in run.err
    revised = re.search(r"`dateline-1: (revised [0-9a-f]{16})`", run.err)
    assert revised is not None
    (workspace.anchors / "aliases.yaml").write_text(
        f"anchors:\n  1976-10-25-document:\n    dateline-1: {revised.group(1)}\n"
    )
    assert workspace.build().code == 0
    assert sorted(p.name for p in workspace.documents.glob("*.yaml")) == [
        "1976-10-25-document.yaml",
        "1977-02-18-protocol.yaml",
        "1977-05-19-instruction.yaml",
    ]
    assert "iso: '1976-10-26'" in (workspace.documents / "1976-10-25-document.yaml").read_text()


def test_a_failed_build_leaves_site_and_records_as_they_were(workspace: Workspace) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    before_site, before_docs = snapshot(workspace.site), snapshot(workspace.documents)
    before_cache = snapshot(workspace.cache)
    assert before_cache
    (workspace.seeds / "broken.txt").write_text("Proletariats [unite\n\nNo date here.\n")
    (workspace.seeds / SEED_NAMES[0]).write_text(
        (SEEDS / SEED_NAMES[0]).read_text() + "\n\nA new closing [paragraph.\n"
    )
    run = workspace.build()
    assert run.code == 1
    assert "Traceback" not in run.err
    assert snapshot(workspace.site) == before_site
    assert snapshot(workspace.documents) == before_docs
    assert snapshot(workspace.cache) == before_cache
    assert sorted(p.name for p in workspace.root.iterdir()) == [
        ".site.cache",
        "content",
        "documents",
        "seeds",
        "site",
    ]


def test_new_seeds_of_each_shape_build_with_no_code_change(workspace: Workspace) -> None:
    workspace.copy_real()
    (workspace.seeds / "100_capture.txt").write_text(
        "Skip to content\n\nMarch 3, 1975\n\nCPSU CC Resolution on Grain Purchases\n\n"
        "Top secret\n\nTo: comrades Brezhnev, Kosygin.\n\nThe Ministry [of Trade] is to buy "
        "grain abroad.\n\nThe archive's summary of the resolution.\n\n\nDocument Information\n\n"
        "Source\n\nFond 89, Perechen 1, Dokument 2, Some Archive, Moscow; translation by "
        "A. Translator.\n\nType\n\nResolution\n\nRecord ID\n\n999\n",
        encoding="utf-8",
    )
    (workspace.seeds / "101_translation.txt").write_text(
        "4 April 1975* (St 3/4) Grain\n\nSecretariat. Note on grain (2 pp). [R 4 April 1975, "
        "St 3-4]\n\n[page two]\n\nTo the Central Committee\n\nThe harvest was poor…. We "
        "ask for purchases.\n\nTranslation, A. Translator\n",
        encoding="utf-8",
    )
    run = workspace.build()
    assert run.code == 0, run.err
    assert "of no known kind" in run.err  # [of Trade] is kept, as a generic note
    ids = sorted(p.stem for p in workspace.documents.glob("*.yaml"))
    assert "1975-03-03-resolution" in ids and "1975-04-04-note" in ids
    index = workspace.page("index.html")
    assert index.xpath("//li[@class='document-entry']//time/@datetime")[:2] == [
        "1975-03-03",
        "1975-04-04",
    ]


def test_strict_turns_warnings_into_errors(workspace: Workspace) -> None:
    workspace.copy_real()
    (workspace.seeds / "100_note.txt").write_text(
        "SECRET\n\nTo the Central Committee\n\nAbout a report from the ministry\n\n"
        "The Ministry [of Trade] reports.\n\n"
        "Head of Department [signature]\n\n3 March 1975\n"
    )
    run = workspace.build("--strict")
    assert run.code == 1
    assert run.err.splitlines()[0] == (
        "seeds/100_note.txt:7: bracket [of Trade] is of no known kind (sic, supplied name, "
        "abbreviation, gloss, page, signature, margin, note on the original, summary, "
        "reference, footnote, illegible); kept as a generic editorial note"
    )
    assert not workspace.site.exists()


def test_help_documents_the_options() -> None:
    ws = Workspace.__new__(Workspace)
    ws.root = PROJECT
    run = ws.build("--help")
    assert run.code == 0
    for option in (
        "--check",
        "--strict",
        "--seeds",
        "--documents",
        "--out",
        "--templates",
        "--content",
        "--base-url",
    ):
        assert option in run.out


def test_the_real_editorial_files_are_merged() -> None:
    assert sorted(p.stem for p in (DOCUMENTS / "editorial").glob("*.yaml")) == [
        "1976-10-25-memorandum",
        "1977-02-18-protocol",
        "1977-05-19-instruction",
    ]
    shutil.rmtree(PROJECT / "site-never-written", ignore_errors=True)


def test_source_date_epoch_sets_the_zip_dates_and_nothing_else(
    workspace: Workspace, built_site: Workspace
) -> None:
    import os
    import subprocess
    import sys
    import zipfile

    workspace.copy_real()
    env = {**os.environ, "SOURCE_DATE_EPOCH": "946684800"}  # 2000-01-01
    subprocess.run(
        [sys.executable, str(PROJECT / "build.py"), "-q"], cwd=workspace.root, env=env, check=True
    )
    zips = sorted(p.name for p in (workspace.site / "downloads").glob("*.zip"))
    assert zips == ["dataset.zip", "soviet-human-rights-documents.zip"]
    for name in zips:
        with zipfile.ZipFile(workspace.site / "downloads" / name) as zf:
            assert {info.date_time for info in zf.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        with zipfile.ZipFile(built_site.site / "downloads" / name) as zf:
            assert {info.date_time for info in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    ours, theirs = snapshot(workspace.site), snapshot(built_site.site)
    assert set(ours) == set(theirs)
    differing = {name for name in ours if ours[name] != theirs[name]}
    assert differing == {f"downloads/{name}" for name in zips}


def test_a_wrong_option_is_bad_input_with_exit_1(workspace: Workspace) -> None:
    for args, said in (
        (["--nonsense"], "unrecognized arguments: --nonsense"),
        (["--out"], "argument --out: expected one argument"),
        (["new"], "the following arguments are required: PATH"),
        (["serve", "--port", "0"], "'0' is not a port"),
    ):
        run = workspace.build(*args)
        assert run.code == 1 and said in run.err and "Traceback" not in run.err, run.err
        assert run.err.endswith("build failed: 1 problem; nothing was written\n")
    assert not workspace.site.exists()


@pytest.mark.slow
def test_a_build_in_one_process_and_in_several_makes_the_same_site(tmp_path: Path) -> None:
    """Twenty generated documents are enough for the parsing, the pages (the entity pages
    among them) and the zip's entries to be shared out among processes (the real
    archive's are made in one): the site they make is byte for byte the site one process
    makes."""
    sys.path.insert(0, str(PROJECT / "bench"))
    from generate import generate

    sites = []
    for workers in ("1", "2"):
        root = tmp_path / f"workers-{workers}"
        generate(root, 20)
        run = subprocess.run(
            [sys.executable, str(PROJECT / "build.py"), "-q"],
            cwd=root, env={**os.environ, "ARCHIVE_SITE_WORKERS": workers},
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        sites.append(snapshot(root / "site"))
    assert sites[0] == sites[1]
    assert len([p for p in sites[0] if p.startswith("people/")]) > 5
