"""What the files a build writes beside the site may never do: overwrite an input, write
through a link, run code planted beside them; and what a failure to write them says.
Real builds of the real build.py."""

from __future__ import annotations

import json
import os
import pickle
import resource
import shutil
import signal
import stat
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from archive_site.build.publish import PAUSE_VARIABLE
from conftest import NO_ADDRESS, PROJECT, SEED_NAMES, Workspace, snapshot

NOTHING = "build failed: 1 problem; nothing was written"


def inputs_of(ws: Workspace) -> dict[str, bytes]:
    return {
        name: data
        for folder in (ws.seeds, ws.documents, ws.root / "content")
        for name, data in snapshot(folder).items()
    }


def go_on(build: subprocess.Popen[str]) -> tuple[str, str]:
    """Let a build paused at a checkpoint go on (SIGUSR1), and wait for its end. The
    signal is sent again until it is heard: the line that says the build is paused is
    written just before it begins to wait."""
    for _ in range(600):
        build.send_signal(signal.SIGUSR1)
        try:
            return build.communicate(timeout=0.2)
        except subprocess.TimeoutExpired:
            continue
    raise AssertionError("the build did not go on")


# -- --timings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (
            "documents/anchors/register.tsv",
            "--timings: 'documents/anchors/register.tsv' lies in the --documents folder "
            "'documents', which the build reads; expected a file outside the inputs",
        ),
        (
            f"seeds/{SEED_NAMES[0]}",
            f"--timings: 'seeds/{SEED_NAMES[0]}' lies in the --seeds folder 'seeds', which "
            "the build reads; expected a file outside the inputs",
        ),
        (
            "documents/editorial/1977-02-18-protocol.yaml",
            "--timings: 'documents/editorial/1977-02-18-protocol.yaml' lies in the "
            "--documents folder 'documents', which the build reads; expected a file "
            "outside the inputs",
        ),
        (
            "seeds/new.txt",  # a new name there would be read as a seed by the next build
            "--timings: 'seeds/new.txt' lies in the --seeds folder 'seeds', which the build "
            "reads; expected a file outside the inputs",
        ),
        (
            "content/home.md",
            "--timings: 'content/home.md' lies in the --content folder 'content', which "
            "the build reads; expected a file outside the inputs",
        ),
        (
            "site/timings.json",
            "--timings: 'site/timings.json' lies in the --out folder 'site', which each "
            "build replaces whole; expected a file outside the site",
        ),
        (
            ".site.lock",
            "--timings: '.site.lock' is one of the files the build keeps beside the site; "
            "expected a file of its own",
        ),
        (
            ".site.cache/t.json",
            "--timings: '.site.cache/t.json' is one of the files the build keeps beside "
            "the site; expected a file of its own",
        ),
        (
            "notes.md",  # a file of the user's, in the project's own folder
            "--timings: 'notes.md' is a file that holds something else; expected a new "
            "file name, or the file an earlier build wrote there (the build replaces it "
            "whole)",
        ),
        (
            "/dev/full",
            "--timings: '/dev/full' is a device, not a regular file; expected a file name "
            "for the timings",
        ),
        (
            "records/t.json",  # a link to the records folder: the folder it names counts
            "--timings: 'records/t.json' lies in the --documents folder 'documents', which "
            "the build reads; expected a file outside the inputs",
        ),
        (
            "t.json",  # a link to an input
            "--timings: 't.json' is a symbolic link; expected a file name of its own (the "
            "build never writes through a link)",
        ),
        (
            "out.json",  # a link to nothing yet: writing would make a file where it points
            "--timings: 'out.json' is a symbolic link; expected a file name of its own (the "
            "build never writes through a link)",
        ),
    ],
)
def test_timings_never_overwrite_an_input_or_write_through_a_link(
    workspace: Workspace, target: str, message: str
) -> None:
    ws = workspace.copy_real()
    (ws.root / "notes.md").write_text("# Notes of the editor's\n")
    (ws.root / "records").symlink_to("documents")
    (ws.root / "t.json").symlink_to("documents/anchors/register.tsv")
    (ws.root / "out.json").symlink_to("somewhere.json")
    if target == ".site.lock":
        (ws.root / ".site.lock").write_text("")  # as a build killed long ago left it
    if target.startswith(".site.cache"):
        ws.cache.mkdir(mode=0o700)
    before = inputs_of(ws)
    notes = (ws.root / "notes.md").read_bytes()
    run = ws.build("--timings", target)
    assert run.code == 1, run.err
    assert run.err.splitlines() == [message, NOTHING]
    assert inputs_of(ws) == before
    assert (ws.root / "notes.md").read_bytes() == notes
    assert not ws.site.exists()
    assert not (ws.root / "somewhere.json").exists()
    # with --check, which writes the timings too
    run = ws.build("--check", "--timings", target)
    assert run.code == 1 and run.err.splitlines() == [message, NOTHING]
    assert inputs_of(ws) == before


def test_timings_replace_the_timings_an_earlier_build_wrote(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    for _ in range(2):
        run = ws.build("-q", "--timings", "t.json")
        assert run.code == 0, run.err
        timings = json.loads((ws.root / "t.json").read_text())
        assert set(timings) == {"seconds", "stages", "peak_mib"}
    (ws.root / "empty.json").write_text("")
    assert ws.build("-q", "--timings", "empty.json").code == 0
    assert json.loads((ws.root / "empty.json").read_text())["seconds"] > 0


def test_timings_that_cannot_be_written_after_publishing_say_the_site_was(
    workspace: Workspace,
) -> None:
    """The disk fills as the timings are written, once the site is published: the build
    says so (not "nothing was written"), with an exit code of its own."""
    ws = workspace.copy_real()
    build = subprocess.Popen(
        [sys.executable, str(PROJECT / "build.py"), "--timings", "t.json"],
        cwd=ws.root,
        env={**os.environ, PAUSE_VARIABLE: "timings"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert build.stderr is not None
        assert build.stderr.readline() == "paused at timings\n"
        # writes past 100 bytes now fail, as they would on a full disk
        resource.prlimit(build.pid, resource.RLIMIT_FSIZE, (100, 100))
        out, err = go_on(build)
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
    assert build.returncode == 3
    assert out.startswith("built ") and " into site; records: " in out  # said, and true
    assert err.splitlines() == [
        NO_ADDRESS,
        "--timings: 't.json' could not be written (file too large); expected room and "
        "permission to write the timings",
        "the site was published; the timings could not be written: 1 problem",
    ]
    assert (ws.site / "index.html").is_file()
    assert not [p.name for p in ws.root.iterdir() if "t.json" in p.name]
    assert ws.build("-q", "--timings", "t.json").code == 0  # the next one writes them


# -- the lock beside the site ---------------------------------------------------------


def lock_refused(why: str) -> list[str]:
    return [
        f"--out: the lock beside it, '.site.lock', {why}; expected a file of this user's "
        "that a build made, or none (a build never writes through a link, nor over "
        "anything else): remove it",
        NOTHING,
    ]


def test_a_lock_that_is_a_link_is_refused_and_neither_it_nor_its_target_touched(
    workspace: Workspace,
) -> None:
    ws = workspace.copy_real()
    victim = ws.root / "victim.txt"
    victim.write_text("precious\n")
    lock = ws.root / ".site.lock"
    lock.symlink_to(victim)
    run = ws.build()
    assert run.code == 1
    assert run.err.splitlines() == lock_refused("is a symbolic link")
    assert victim.read_text() == "precious\n"
    assert lock.is_symlink() and os.readlink(lock) == str(victim)
    assert not ws.site.exists()
    # a link to nothing: nothing made where it points
    lock.unlink()
    lock.symlink_to("made.txt")
    run = ws.build()
    assert run.err.splitlines() == lock_refused("is a symbolic link")
    assert lock.is_symlink() and not (ws.root / "made.txt").exists()


def test_a_lock_name_taken_by_something_else_is_refused_and_left(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    lock = ws.root / ".site.lock"
    lock.write_text("the editor's notes\n")
    run = ws.build()
    assert run.code == 1
    assert run.err.splitlines() == lock_refused(
        "holds something other than the process number a build writes"
    )
    assert lock.read_text() == "the editor's notes\n"
    lock.unlink()
    os.mkfifo(lock)
    run = ws.build()
    assert run.err.splitlines() == lock_refused("is a named pipe")
    assert lock.exists()
    lock.unlink()
    lock.mkdir()
    run = ws.build()
    assert run.err.splitlines() == lock_refused("is a folder")
    lock.rmdir()
    lock.write_text("4242\n")  # a lock a killed build left: taken, then removed
    run = ws.build("-q")
    assert run.code == 0, run.err
    assert not lock.exists()


@pytest.mark.skipif(os.getuid() != 0, reason="only root may give a file to another user")
def test_a_lock_of_another_user_is_refused(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    lock = ws.root / ".site.lock"
    lock.write_text("")
    os.chown(lock, 65534, 65534)
    run = ws.build()
    assert run.err.splitlines() == lock_refused("belongs to another user (uid 65534)")
    assert lock.exists() and lock.stat().st_uid == 65534


# -- the build store beside the site --------------------------------------------------


class Planted:
    """A pickle that runs code as it is read: it makes a marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (os.system, (f"touch {self.marker}",))


def plant(ws: Workspace, marker: Path) -> None:
    """Pickles that would run code, in the place of each file of the store: whole
    files, an entry's value, and the packed bytes an entry holds."""
    from archive_site.build import store

    cache = ws.cache
    for path in cache.glob("*.pickle"):
        entries = store.read(path)
        assert entries, path
        if path.name == "words.pickle":  # packed word counts, unpacked by a second pickle
            packed = zlib.compress(pickle.dumps([Planted(marker)]))
            store.write(path, dict.fromkeys(entries, packed))
        elif path.name == "parse.pickle":  # a whole file
            path.write_bytes(pickle.dumps(("key", Planted(marker))))
        else:  # every value under its key
            store.write(path, dict.fromkeys(entries, Planted(marker)))
    (cache / "unchanged.snapshot").write_bytes(pickle.dumps(Planted(marker)))
    for path in cache.iterdir():
        path.chmod(0o600)


def test_a_pickle_planted_in_the_store_runs_no_code(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    assert ws.build("-q").code == 0
    assert stat.S_IMODE(ws.cache.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in ws.cache.iterdir()} == {0o600}
    marker = ws.root / "ran"
    plant(ws, marker)
    run = ws.build()  # nothing changed but the store: the planted snapshot is not read
    assert run.code == 0, run.err
    assert run.err.splitlines() == [NO_ADDRESS]
    assert run.out.startswith("built 84 pages")  # built, not "nothing changed"
    assert not marker.exists()
    published = snapshot(ws.site)
    assert ws.build("-q", "--fresh").code == 0
    assert snapshot(ws.site) == published
    assert not marker.exists()


@pytest.mark.parametrize("fault", ["mode", "link", "file mode"])
def test_a_store_others_may_write_is_never_read(workspace: Workspace, fault: str) -> None:
    ws = workspace.copy_real()
    assert ws.build("-q").code == 0
    marker = ws.root / "ran"
    plant(ws, marker)
    shown, why = ".site.cache", "may be written by other users (mode 0777)"
    if fault == "mode":
        ws.cache.chmod(0o777)
    elif fault == "link":  # the store moved, and a link left in its place
        ws.cache.rename(ws.root / "elsewhere")
        ws.cache.symlink_to("elsewhere")
        why = "is a symbolic link"
    else:
        (ws.cache / "text.pickle").chmod(0o666)
        shown, why = ".site.cache/text.pickle", "may be written by other users (mode 0666)"
    before = {p.name: p.read_bytes() for p in ws.cache.iterdir()}
    (ws.root / "content" / "home.md").write_text("# Home\n\nChanged.\n")
    run = ws.build()
    assert run.code == 0, run.err
    assert run.err.splitlines() == [
        f"{shown}: warning: {why}; expected the build store to be this user's alone (a "
        "folder of mode 0700, no file in it writable by others, no links): it was not "
        "read, and this build started afresh and kept none; remove it to have a new one "
        "made",
        NO_ADDRESS,
    ]
    assert not marker.exists()
    assert {p.name: p.read_bytes() for p in ws.cache.iterdir()} == before  # left as it was
    published = snapshot(ws.site)
    assert "Changed." in (ws.site / "index.html").read_text()
    shutil.rmtree(ws.cache) if not ws.cache.is_symlink() else ws.cache.unlink()
    assert ws.build("-q").code == 0  # with the store removed, a new one is made
    assert snapshot(ws.site) == published
    assert stat.S_IMODE(ws.cache.lstat().st_mode) == 0o700
    assert not marker.exists()


@pytest.mark.skipif(os.getuid() != 0, reason="only root may give a file to another user")
def test_a_store_of_another_user_is_never_read(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    assert ws.build("-q").code == 0
    marker = ws.root / "ran"
    plant(ws, marker)
    os.chown(ws.cache / "zip.pickle", 65534, 65534)
    run = ws.build()
    assert run.code == 0, run.err
    assert run.err.splitlines()[0].startswith(
        ".site.cache/zip.pickle: warning: belongs to another user (uid 65534); expected "
    )
    assert not marker.exists()


def test_the_store_reader_makes_the_program_s_data_and_nothing_else() -> None:
    from archive_site.build.unchanged import Summary
    from archive_site.model import BlockType
    from archive_site.pickling import loads_data

    summary = Summary(3, 84, ("a warning",))
    assert loads_data(pickle.dumps((summary, BlockType("slogan"), {1: [2.5, b"x"]}))) == (
        summary,
        BlockType("slogan"),
        {1: [2.5, b"x"]},
    )
    for refused in (os.system, eval, subprocess.Popen, Workspace, PROJECT.__class__):
        with pytest.raises(pickle.UnpicklingError, match="is not data of this program"):
            loads_data(pickle.dumps(refused))
    from archive_site import cli

    with pytest.raises(pickle.UnpicklingError, match=r"archive_site\.cli\.main is not data"):
        loads_data(pickle.dumps(cli.main))
