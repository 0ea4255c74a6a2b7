"""What no input, option or second build may do: lose data, hang, crash or publish broken
files. Real builds of the real build.py; the catalogue in bad_inputs/ holds the rest."""

from __future__ import annotations

import fcntl
import itertools
import json
import os
import resource
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import (
    NO_ADDRESS,
    PROJECT,
    SEED_NAMES,
    Workspace,
    dataset_file,
    snapshot,
    tei_tree,
)

sys.path.insert(0, str(PROJECT / "bench"))
from generate import dense_seed

SEED_SHAPE = PROJECT / "seeds" / "001_4215be4c9e9eb522.txt"  # an archive translation


def leftovers(ws: Workspace) -> list[str]:
    """What a build left beside the site, but the cache a successful build keeps."""
    return sorted(p.name for p in ws.root.iterdir() if p.name.startswith(".site") and p != ws.cache)


def build_process(ws: Workspace, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(PROJECT / "build.py"), "-q", *args],
        cwd=ws.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def zips_whole(site: Path) -> None:
    for rel in ("downloads/soviet-human-rights-documents.zip", "downloads/dataset.zip"):
        with zipfile.ZipFile(site / rel) as archive:
            assert archive.testzip() is None, rel


def test_two_builds_at_once_publish_one_whole_site(workspace: Workspace) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    busy = 0
    for round_ in range(4):
        (workspace.seeds / SEED_NAMES[0]).write_text(
            (PROJECT / "seeds" / SEED_NAMES[0]).read_text() + f"\nA line added {round_}.\n"
        )
        builds = [build_process(workspace) for _ in range(2)]
        results = [(b.wait(timeout=180), b.communicate()[1]) for b in builds]
        for code, err in results:
            assert "Traceback" not in err
            if code:
                assert "is being built by another build (process " in err, err
                busy += 1
        assert any(code == 0 for code, _ in results)
        zips_whole(workspace.site)
        assert not leftovers(workspace)
    # whatever the races, the next build publishes what a fresh build would
    assert workspace.build().code == 0
    zips_whole(workspace.site)
    published = snapshot(workspace.site)
    assert workspace.build("--fresh").code == 0
    assert snapshot(workspace.site) == published


def test_a_build_refuses_an_output_another_build_holds(workspace: Workspace) -> None:
    workspace.copy_real()
    lock = workspace.root / ".site.lock"
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        held.write("4242\n")
        held.flush()
        run = workspace.build()
    assert run.code == 1
    assert run.err.splitlines() == [
        "--out: 'site' is being built by another build (process 4242); expected one build "
        "at a time: wait for it to finish, then build again",
        "build failed: 1 problem; nothing was written",
    ]
    assert not workspace.site.exists()
    assert workspace.build().code == 0  # the lock is let go with the process that held it


@pytest.mark.slow
def test_a_seed_at_the_size_limit_builds(workspace: Workspace) -> None:
    """A guard, not a timing: before, such a seed took more than ten minutes."""
    workspace.copy_real()
    text = dense_seed(4_900_000)
    (workspace.seeds / "zz_large.txt").write_text(text, encoding="utf-8")
    assert len(text.encode()) < 5_000_000
    run = workspace.build("--quiet", timeout=600)
    assert run.code == 0, run.err[-2000:]
    record = next(workspace.documents.glob("*-excerpt*.yaml"), None) or max(
        workspace.documents.glob("*.yaml"), key=lambda p: p.stat().st_size
    )
    tei_tree(workspace.site, record.stem)


def test_published_files_are_readable_by_everyone(workspace: Workspace) -> None:
    workspace.copy_real()
    proc = subprocess.run(
        [sys.executable, str(PROJECT / "build.py"), "-q"],
        cwd=workspace.root,
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(0o077),  # a private umask must not reach the site
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    modes = {stat.S_IMODE(workspace.site.stat().st_mode)}
    for path in workspace.site.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o755 if path.is_dir() else 0o644), (path, oct(mode))
        modes.add(mode)
    assert modes == {0o755, 0o644}
    with zipfile.ZipFile(workspace.site / "downloads/soviet-human-rights-documents.zip") as z:
        assert {info.external_attr >> 16 for info in z.infolist()} == {0o644}


def test_every_export_of_every_document_parses(built_site: Workspace) -> None:
    folders = sorted((built_site.site / "documents").iterdir())
    assert len(folders) == 3
    for folder in folders:
        doc = folder.name
        record = yaml.safe_load(dataset_file(built_site.site, doc, "yaml"))
        assert record["id"] == doc
        assert json.loads(dataset_file(built_site.site, doc, "json")) == record
        tei_tree(built_site.site, doc)
        assert dataset_file(built_site.site, doc, "txt").decode("utf-8").strip()
    with zipfile.ZipFile(built_site.site / "downloads/dataset.zip") as dataset:
        assert dataset.testzip() is None
        for name in dataset.namelist():
            data = dataset.read(name).decode("utf-8")
            if name.endswith(".yaml"):
                yaml.safe_load(data)
            elif name.endswith(".json"):
                json.loads(data)
    zips_whole(built_site.site)


def test_a_full_disk_fails_cleanly_and_keeps_the_old_site(workspace: Workspace) -> None:
    workspace.copy_real()
    assert workspace.build().code == 0
    before = snapshot(workspace.site)
    (workspace.root / "content" / "home.md").write_text("# Home\n\nChanged.\n")

    def small_files() -> None:  # writes past 60 KB fail as they would on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))

    proc = subprocess.run(
        [sys.executable, str(PROJECT / "build.py"), "--fresh"],
        cwd=workspace.root,
        capture_output=True,
        text=True,
        preexec_fn=small_files,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert lines[-1] == "build failed: 1 problem; nothing was written"
    assert ":1: could not be written (file too large); expected room and permission" in lines[0]
    assert snapshot(workspace.site) == before
    assert not leftovers(workspace)


def test_a_site_behind_a_link_is_published_through_it(workspace: Workspace) -> None:
    workspace.copy_real()
    real = workspace.root / "deploy" / "archive"
    real.mkdir(parents=True)
    workspace.site.symlink_to(real)
    assert workspace.build().code == 0
    assert workspace.site.is_symlink()
    assert (real / "index.html").is_file()
    (workspace.root / "content" / "home.md").write_text("# Home\n\nChanged.\n")
    assert workspace.build().code == 0
    assert workspace.site.is_symlink()
    assert "Changed." in (real / "index.html").read_text()
    assert not [p.name for p in real.parent.iterdir() if p.name.startswith(".archive.staging")]


def test_hidden_files_and_backups_in_seeds_are_passed_over(workspace: Workspace) -> None:
    workspace.copy_real()
    (workspace.seeds / ".#000_6ce6988af797deb6.txt").symlink_to("someone@host.1234")
    (workspace.seeds / "000_6ce6988af797deb6.txt~").write_text("an old copy\n")
    (workspace.seeds / ".hidden.txt").write_text("not a document\n")
    run = workspace.build()
    assert run.code == 0, run.err
    assert run.err.splitlines() == [NO_ADDRESS]


def test_a_dispatch_of_no_known_shape_gets_its_headline_and_dateline(
    workspace: Workspace,
) -> None:
    workspace.copy_real()
    (workspace.seeds / "tass.txt").write_text(
        "Soviet Scientists Reply\n\n"
        "MOSCOW, March 5, 1977 (TASS) -- Soviet scientists wrote to Pravda about Sakharov.\n"
    )
    (workspace.documents / "entities" / "ignore.yaml").write_text(
        (PROJECT / "documents/entities/ignore.yaml").read_text()
        + "- Scientists\n- Reply\n- Pravda\n"
    )
    run = workspace.build()
    assert run.code == 0, run.err
    assert run.err.splitlines() == [
        'seeds/tass.txt:1: warning: the seed is of no known shape: no "Document '
        'Information" block (web capture), no catalogue heading and no bracketed apparatus '
        "(archive translation); read as a generic text, with the title from its headline "
        "on line 1 and the date from its dateline on line 3; expected one of the two shapes "
        "(check the record it makes, or give a title and type in documents/editorial/)",
        NO_ADDRESS,
    ]
    record = yaml.safe_load((workspace.documents / "1977-03-05-document.yaml").read_text())
    assert record["shape"] == "generic"
    assert record["title"]["text"] == "Soviet Scientists Reply"
    assert record["date"]["iso"] == "1977-03-05"


def test_notes_of_the_original_sheet_are_its_own_with_names_linked(
    workspace: Workspace,
) -> None:
    workspace.copy_real()
    (workspace.anchors / "register.tsv").unlink()  # nothing published yet: anchors are free
    text = SEED_SHAPE.read_text(encoding="utf-8").replace(
        "[page two]",
        "[page two]\n\n[Stamp: Return to the CC General Department]\n\n"
        "Recently [Underlined by hand] and [Handwritten at the top of the page: Agreed. "
        "Brezhnev]",
        1,
    )
    (workspace.seeds / "001_4215be4c9e9eb522.txt").write_text(text, encoding="utf-8")
    run = workspace.build()
    assert run.code == 0, run.err
    path = next(workspace.documents.glob("1977-05-19-*.yaml"))
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    blocks = [b for part in record["parts"] for b in part["blocks"]]
    lines = [b.get("spans", []) for b in blocks] + [ln for b in blocks for ln in b.get("lines", [])]
    spans = list(itertools.chain.from_iterable(lines))
    kinds = [s["editorial"] for s in spans if isinstance(s, dict) and "editorial" in s]
    assert kinds.count("original") == 3
    assert "annotation" in [b["type"] for b in blocks]
    page = workspace.page(f"documents/{path.stem}/index.html")
    notes = page.xpath("//span[contains(@class, 'ed-original')]")
    assert len(notes) == 3
    assert [a.text for a in notes[2].xpath(".//a[@class='mention']")] == ["Brezhnev"]
    assert notes[0].xpath("ancestor::aside[contains(@class, 'block-annotation')]")
    tei = tei_tree(workspace.site, path.stem)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    originals = tei.xpath("//t:note[@type='original']", namespaces=ns)
    assert len(originals) == 3
    assert originals[2].xpath("t:persName/@ref", namespaces=ns) == ["#entity-brezhnev"]


def page_dir(ws: Workspace, doc_id: str) -> Path:
    return ws.site / "documents" / doc_id


def test_bibtex_keeps_specials_from_breaking_the_entry() -> None:
    from archive_site.site.references import bibtex_escape

    escaped = bibtex_escape(r"A {title} with \ back~slash ^ and 50% & $5 #1 under_score")
    assert escaped == (
        r"A \{title\} with \textbackslash{} back\textasciitilde{}slash \textasciicircum{} "
        r"and 50\% \& \$5 \#1 under\_score"
    )
    depth = 0
    for i, char in enumerate(escaped):  # braces that are not escaped stay balanced
        if char in "{}" and escaped[i - 1 : i] != "\\":
            depth += 1 if char == "{" else -1
            assert depth >= 0
    assert depth == 0


def test_a_file_that_cannot_be_opened_is_reported_at_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission bits do not stop root, who runs CI; the system's refusal is made here."""
    from archive_site.errors import Reporter
    from archive_site.load import inputs

    seed = tmp_path / "locked.txt"
    seed.write_text("18 February 1977\n")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(seed))

    monkeypatch.setattr(inputs, "open", refuse, raising=False)
    report = Reporter()
    monkeypatch.chdir(tmp_path)
    assert inputs.read_bytes(seed, "seed", report) is None
    assert [str(d) for d in report.diagnostics] == [
        "locked.txt:1: cannot be read (permission denied); expected a readable file"
    ]
