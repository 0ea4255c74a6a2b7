"""What the files a build writes beside the site may never do: overwrite an input, write
through a link, run code planted beside them; and what a failure to write them says.
Real builds of the real build.py."""

from __future__ import annotations

import http.client
import json
import os
import pickle
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from archive_site.runtime.publish import PAUSE_VARIABLE
from conftest import NO_ADDRESS, PROJECT, SEED_NAMES, Workspace, snapshot
from test_editor import (
    ADDED,
    PROTOCOL_PAGE,
    PROTOCOL_SEED,
    SENTENCE,
    first_event,
    save,
    serving,
)

NOTHING = "build failed: 1 problem; nothing was written"


def inputs_of(ws: Workspace) -> dict[str, bytes]:
    return {
        name: data
        for folder in (ws.seeds, ws.documents, ws.root / "content")
        for name, data in snapshot(folder).items()
    }


def go_on(build: subprocess.Popen[str]) -> tuple[str, str]:
    """Let a build paused at a checkpoint go on (SIGUSR1), and wait for its end: its
    standard output and error, but the checkpoint's own line."""
    build.send_signal(signal.SIGUSR1)  # heard even when sent just before the wait begins
    out, err = build.communicate(timeout=600)
    return out, "".join(
        line for line in err.splitlines(True) if not line.startswith("going on from ")
    )


def full_disk_from(
    ws: Workspace, checkpoint: str, *args: str
) -> tuple[subprocess.Popen[str], str, str]:
    """A build paused at a checkpoint, then let go on with every write past 100 bytes
    failing, as on a full disk: the build, and its standard output and error."""
    build = subprocess.Popen(
        [sys.executable, str(PROJECT / "build.py"), *args],
        cwd=ws.root,
        env={**os.environ, PAUSE_VARIABLE: checkpoint},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert build.stderr is not None
        assert build.stderr.readline() == f"paused at {checkpoint}\n"
        resource.prlimit(build.pid, resource.RLIMIT_FSIZE, (100, 100))
        out, err = go_on(build)
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
    return build, out, err


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
    build, out, err = full_disk_from(ws, "timings", "--timings", "t.json")
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
    from archive_site.runtime import store

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
    from archive_site.model import BlockType
    from archive_site.pickling import loads_data
    from archive_site.runtime.unchanged import Summary

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


# -- the preview ----------------------------------------------------------------------


def ask(
    port: int, path: str, host: str | None = "", method: str = "GET", hosts: int = 1
) -> tuple[int, dict[str, str], bytes]:
    """One request to the preview, with the Host header given (by default the address
    it serves at; None: no Host at all), as any page could send it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for _ in range(hosts if host is not None else 0):
            connection.putheader("Host", host or f"127.0.0.1:{port}")
        connection.endheaders()
        response = connection.getresponse()
        headers = {k: v for k, v in response.getheaders() if k != "Date"}
        if path.startswith("/__live/events") and response.status == 200 and method == "GET":
            return response.status, headers, response.readline()  # the stream goes on
        return response.status, headers, response.read()
    finally:
        connection.close()


def test_the_preview_answers_only_at_its_own_address(workspace: Workspace) -> None:
    """A page of another site whose name was made to point here (DNS rebinding) reads
    nothing: not the pages, not the stream of a failed draft's messages."""
    ws = workspace.copy_real()
    with serving(ws) as server:
        port = server.port
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}"):
            assert ask(port, "/index.html", host)[0] == 200, host
        assert ask(port, "/__live/events", f"localhost:{port}")[2].startswith(b"data: ")
        refused = (
            f"This preview answers only at http://127.0.0.1:{port}/ or http://localhost:{port}/\n"
        )
        for path in ("/index.html", "/__live/events", "/__live/live.js", "/no/such/page"):
            for host in (
                f"attacker.example:{port}",
                "attacker.example",
                f"127.0.0.1:{port + 1}",
                "127.0.0.1",  # the port left out: another service's address
                f"127.0.0.1:{port}.attacker.example",
                f"[::1]:{port}",  # the preview does not listen there
            ):
                status, headers, body = ask(port, path, host)
                assert (status, body) == (421, refused.encode()), (path, host)
                assert headers["Content-Type"] == "text/plain; charset=utf-8"
            assert ask(port, path, None)[:3:2] == (400, refused.encode())  # no Host
            assert ask(port, path, hosts=2)[:3:2] == (400, refused.encode())  # two


def test_the_preview_answers_head_as_get_and_a_file_with_a_slash_after_it_is_404(
    workspace: Workspace,
) -> None:
    ws = workspace.copy_real()
    with serving(ws) as server:
        port = server.port
        for path, status in (
            ("/index.html", 200),
            ("/", 200),
            (f"/{PROTOCOL_PAGE}", 200),
            ("/documents/1977-02-18-protocol", 301),
            ("/assets/style.css", 200),
            ("/downloads/dataset.zip", 200),
            ("/__live/live.js?site=1", 200),
            ("/no/such/page.html", 404),
            ("/no/such/file.css", 404),
            ("/index.html/", 404),  # a file's address with a slash after it, as hosts
            (f"/{PROTOCOL_PAGE}/", 404),
            ("/downloads/dataset.zip/", 404),
            ("/index.html%2F", 404),
        ):
            got, headers, body = ask(port, path)
            assert got == status, path
            head, head_headers, nothing = ask(port, path, method="HEAD")
            assert (head, head_headers) == (got, headers), path
            assert nothing == b""
            assert int(headers["Content-Length"]) == len(body), path
            if status == 404:
                assert b"No page at this address" in body
        # the stream: the same status and headers, and a HEAD gets no stream
        get = ask(port, "/__live/events")
        head = ask(port, "/__live/events", method="HEAD")
        assert (head[0], head[1]) == (get[0], get[1]) and head[2] == b""
        assert ask(port, "/index.html", f"evil.example:{port}", "HEAD") == (
            421,
            ask(port, "/index.html", f"evil.example:{port}")[1],
            b"",
        )


def test_the_preview_still_sees_edits_once_seeds_is_removed_and_made_again(
    workspace: Workspace,
) -> None:
    """As a checkout does: the folder goes, and one of the same name comes back."""
    ws = workspace.copy_real()
    seed = ws.seeds / PROTOCOL_SEED
    text = seed.read_text(encoding="utf-8")
    line_end = text.index("\n", text.index(SENTENCE)) + 1
    with serving(ws) as server:
        shutil.copytree(ws.seeds, ws.root / "kept")
        shutil.rmtree(ws.seeds)
        server.wait_for("build failed", timeout=90)  # seeds/ gone: the last site stays
        assert server.get(PROTOCOL_PAGE)[0] == 200
        (ws.root / "kept").rename(ws.seeds)
        server.wait_for("nothing changed: 84 pages", timeout=90)  # back as it was
        for round_ in range(2):  # an edit in the folder made again, and another after it
            added = f"{ADDED} ({round_})"
            save(seed, f"{text[:line_end]}\n{added}\n{text[line_end:]}".encode())
            deadline = time.monotonic() + 90
            while added not in server.get(PROTOCOL_PAGE)[1] and time.monotonic() < deadline:
                time.sleep(0.2)
            assert added in server.get(PROTOCOL_PAGE)[1], server.seen[-5:]


def test_the_preview_reloads_the_open_pages_only_when_the_site_they_show_changed(
    workspace: Workspace,
) -> None:
    """A rebuild may publish a new folder that holds the very site the pages show (here:
    a hidden file in seeds/ makes the build run, and it makes the same site): the open
    pages are not told to reload. Before, a page reloaded whenever a rebuild published,
    so that whether it reloaded after a save that restored the last good inputs
    depended on how the saves and the builds fell in time."""
    ws = workspace.copy_real()
    with serving(ws) as server:
        first = first_event(server.port)["site"]
        (ws.seeds / ".notes").write_text("the editor's own notes, passed over\n")
        server.wait_for("built 84 pages", timeout=90)  # a build, which published
        save(ws.root / "content" / "home.md", b"# Home\n\nChanged.\n")
        deadline = time.monotonic() + 90
        while (now := first_event(server.port)["site"]) == first:
            assert time.monotonic() < deadline, server.seen[-5:]
            time.sleep(0.2)
        assert now == first + 1  # the change alone: the same site was never announced
        assert "Changed." in server.get("index.html")[1]


def test_a_store_that_cannot_be_saved_after_publishing_is_a_warning(workspace: Workspace) -> None:
    """The disk fills once the site is published, as the build store is saved: the site
    and the records stand, the build says the store was not kept, and the next build,
    starting afresh, publishes the same site."""
    ws = workspace.copy_real()
    build, out, err = full_disk_from(ws, "published")
    unsaved = (
        ":1: warning: the build store could not be saved (file too large); expected room to "
        "keep it: the site and the records were published, and the next build starts afresh"
    )
    assert build.returncode == 0, err
    assert out.startswith("built ") and " into site; records: " in out
    assert err.splitlines() == [NO_ADDRESS, ".site.cache" + unsaved]
    assert "Traceback" not in err
    published = snapshot(ws.site)
    assert not list(ws.cache.glob("*.pickle"))  # nothing half kept
    again = ws.build()
    assert again.code == 0 and "warning: the build store" not in again.err
    assert snapshot(ws.site) == published
