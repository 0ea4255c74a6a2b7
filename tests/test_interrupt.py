"""Ctrl-C (SIGINT to the process group, as a terminal sends it), and SIGINT, SIGTERM or
SIGHUP to the build alone, at every stage: the build stops with one line and exit code
128 + the signal (130 for Ctrl-C), removes what the run made, leaves the site and records
as they were, and leaves no process behind holding its output open. Real builds of the
real build.py, each in a session of its own, stopped at the checkpoints crash tests use."""

from __future__ import annotations

import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from archive_site.runtime import pool
from archive_site.runtime.publish import PAUSE_VARIABLE
from archive_site.search import pagefind
from conftest import NO_ADDRESS, PROJECT, Workspace, snapshot

sys.path.insert(0, str(PROJECT / "bench"))
from generate import generate

NOTHING = "nothing was written: the site and the records are as they were"
PUBLISHED = "the new site and records were in place when it stopped"
WAIT = 120  # seconds: a generous bound for what must happen, never a measure


class Build:
    """A build in a session of its own, its standard output and error read as they come."""

    def __init__(self, root: Path, *args: str, pause: str | None = None) -> None:
        (root / "tmp").mkdir(exist_ok=True)  # its temporary files, to see that none is left
        env = {**os.environ, "TMPDIR": str(root / "tmp"), "ARCHIVE_SITE_WORKERS": "2"}
        if pause:
            env[PAUSE_VARIABLE] = pause
        self.process = subprocess.Popen(
            [sys.executable, str(PROJECT / "build.py"), *args],
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        self.out = {"stdout": b"", "stderr": b""}
        self.open = {"stdout", "stderr"}

    def read(self, until: Callable[[], bool]) -> None:
        """Read both pipes until `until()` or until every process holding them has closed
        them (or WAIT seconds: then the pipes are still open)."""
        assert self.process.stdout and self.process.stderr
        selector = selectors.DefaultSelector()
        for name, pipe in (("stdout", self.process.stdout), ("stderr", self.process.stderr)):
            if name in self.open:
                selector.register(pipe, selectors.EVENT_READ, name)
        deadline = time.monotonic() + WAIT
        while self.open and not until() and time.monotonic() < deadline:
            for key, _ in selector.select(timeout=1):
                data = os.read(key.fd, 65536)
                self.out[key.data] += data
                if not data:
                    self.open.discard(key.data)
                    selector.unregister(key.fileobj)
        selector.close()

    def wait_for(self, line: str) -> None:
        whole = f"{line}\n".encode()
        self.read(lambda: whole in self.out["stderr"])
        assert whole in self.out["stderr"], self.out

    def finish(self) -> int:
        """Read to the end of the output; the exit code. The pipes must close: no
        process of the build may hold them."""
        self.read(lambda: False)
        try:
            assert not self.open, f"the build's output is still held open: {survivors(self)}"
            return self.process.wait(timeout=WAIT)
        finally:
            stray = survivors(self)
            for pid in stray:  # so that a failing test leaves nothing running either
                os.kill(pid, signal.SIGKILL)
            assert not stray, f"processes left running: {stray}"
            self.process.stdout and self.process.stdout.close()
            self.process.stderr and self.process.stderr.close()

    def lines(self) -> list[str]:
        """What the build said on standard error, but the checkpoints' own lines."""
        text = self.out["stderr"].decode()
        return [line for line in text.splitlines() if not line.startswith("paused at ")]


def survivors(build: Build) -> list[int]:
    """The processes still running in the build's session (its own is not, by then)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == build.process.pid:
            continue
        try:
            status = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        state, _, _, session = status.rsplit(")", 1)[1].split()[:4]
        if int(session) == build.process.pid and state != "Z":
            found.append(int(entry))
    return found


def change(ws: Workspace) -> None:
    """An edit that changes every page: the chronology's first entry."""
    path = ws.root / "content" / "chronology.yaml"
    path.write_text(path.read_text().replace("A rally in Paris", "A meeting in Paris"))


def leftovers(root: Path) -> list[str]:
    """What a build left beside the site or among temporary files, but the cache a
    successful build keeps."""
    beside = [
        p.name for p in root.iterdir() if p.name.startswith(".site.") and p.name != ".site.cache"
    ]
    return sorted(beside + [p.name for p in (root / "tmp").iterdir()])


def signalled(build: Build, how: str) -> int:
    """Send the signal as `how` says: "Ctrl-C" to the whole process group, as a terminal
    does, or SIGINT, SIGTERM, SIGHUP to the build's process alone. The expected code."""
    if how == "Ctrl-C":
        os.killpg(build.process.pid, signal.SIGINT)
        return 128 + signal.SIGINT
    number = signal.Signals[how]
    os.kill(build.process.pid, number)
    return 128 + number


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real archive, built once for the tests of this file."""
    ws = Workspace(tmp_path_factory.mktemp("interrupt") / "project").copy_real()
    assert ws.build("-q").code == 0
    return ws.root


@pytest.fixture
def built(workspace: Workspace, built_once: Path) -> Workspace:
    """A copy of the archive as built, then edited so that a build would change every page."""
    shutil.copytree(built_once, workspace.root, symlinks=True, dirs_exist_ok=True)
    change(workspace)
    return workspace


CASES = [
    *(("Ctrl-C", point) for point in ("parsing", "rendering", "working", "indexing", "zipping")),
    ("SIGINT", "working"),
    ("SIGINT", "indexing"),
    ("SIGTERM", "working"),
    ("SIGTERM", "zipping"),
    ("SIGHUP", "rendering"),
]


@pytest.mark.parametrize(("how", "point"), CASES)
def test_a_stopped_build_says_one_line_and_leaves_nothing(
    built: Workspace, how: str, point: str
) -> None:
    """`working` pauses the processes that render pages (the build waits for them);
    `indexing` comes while Pagefind and the offline index run in processes of their own."""
    site, documents = snapshot(built.site), snapshot(built.documents)
    build = Build(built.root, "--fresh", pause=point)
    build.wait_for(f"paused at {point}")
    code = signalled(build, how)
    assert build.finish() == code
    name = signal.Signals(code - 128).name
    assert build.lines() == [f"build interrupted ({name}); {NOTHING}"], build.out
    assert build.out["stdout"] == b""
    assert snapshot(built.site) == site and snapshot(built.documents) == documents
    assert leftovers(built.root) == []
    assert built.build("-q").code == 0  # and the next build goes as if none had stopped


def test_ctrl_c_while_publishing_lets_it_finish_and_says_so(built: Workspace) -> None:
    """Publishing puts the records and the site in place together: a stop waits for it."""
    old = snapshot(built.site)
    build = Build(built.root, pause="published")
    build.wait_for("paused at published")
    assert signalled(build, "Ctrl-C") == build.finish() == 130
    assert build.lines() == [f"build interrupted (SIGINT); {PUBLISHED}"]
    assert leftovers(built.root) == []
    published = snapshot(built.site)
    assert published != old
    assert built.build("-q").code == 0
    assert snapshot(built.site) == published  # it was complete


def test_ctrl_c_during_new_takes_the_copy_out_again(built: Workspace) -> None:
    text = built.root / "incoming.txt"
    text.write_bytes((built.seeds / sorted(os.listdir(built.seeds))[0]).read_bytes() + b"\nA.\n")
    before = snapshot(built.root)
    build = Build(built.root, "new", str(text), pause="rendering")
    build.wait_for("paused at rendering")
    assert (built.seeds / "incoming.txt").exists()
    assert signalled(build, "Ctrl-C") == build.finish() == 130
    assert build.lines() == [
        "build interrupted (SIGINT); 'incoming.txt' was not added: the seeds, the records "
        "and the site are as they were"
    ]
    (built.root / "tmp").rmdir()  # empty, or rmdir fails: nothing left among temporary files
    assert snapshot(built.root) == before


def test_pagefind_is_stopped_with_the_process_that_runs_it(tmp_path: Path) -> None:
    """The real binary, stopped while it indexes: it ends with the process that started
    it, and the corpus written for it is removed (before, it ran on, and once its output
    folder was cleared away it could wait for ever)."""
    words = " ".join(f"word{i}" for i in range(400))
    pages = [
        (f"d{i}/index.html", f"<main data-pagefind-body><p>{words} {i}</p></main>")
        for i in range(4000)
    ]
    process = pool.background(pagefind.index_pages, pages, tmp_path)
    deadline = time.monotonic() + WAIT
    binary: list[int] = []
    while not binary and process.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
        binary = [pid for pid in children(process.pid) if b"pagefind" in cmdline(pid)]
    assert binary, "Pagefind's binary never ran"
    pool.stop_all()
    assert process.exitcode == 128 + signal.SIGTERM  # it left through its clean-up
    # a binary killed by the kernel as its parent ends may take a moment to be gone
    deadline = time.monotonic() + WAIT
    while [pid for pid in binary if alive(pid)] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in binary if alive(pid)]
    assert list(tmp_path.iterdir()) == []  # no corpus, and no index begun


FINALISER = """
import os, signal, sys
from archive_site.runtime import pool

class Held:
    def __del__(self):  # SIGTERM arrives while Python runs a finaliser
        os.kill(os.getpid(), signal.SIGTERM)
        signal.pause()

def work():
    Held()
    signal.pause()

process = pool.background(work)
process.join()
sys.exit(0 if process.exitcode == 128 + signal.SIGTERM else process.exitcode or 1)
"""


def test_a_stop_inside_a_finaliser_ends_the_process_silently() -> None:
    """A background process stopped while a finaliser runs (where SystemExit cannot leave)
    ends with SIGTERM's code and prints nothing (before, the hook asked for the signal
    again and it was raised inside the hook: "Exception ignored in sys.unraisablehook")."""
    done = subprocess.run(
        [sys.executable, "-c", FINALISER], capture_output=True, timeout=30, cwd=PROJECT
    )
    assert (done.returncode, done.stderr.decode()) == (0, "")


def said(build: Build) -> list[str]:
    """What a build of the generated archive said, but the advice every build of its
    settings gives (they name no public address)."""
    return [line for line in build.lines() if line != NO_ADDRESS]


def children(parent: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        try:
            status = Path(f"/proc/{entry}/stat").read_text() if entry.isdigit() else ""
        except OSError:
            continue
        if status and int(status.rsplit(")", 1)[1].split()[1]) == parent:
            found.append(int(entry))
    return found


def cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
def test_a_build_stopped_at_any_moment_leaves_nothing(tmp_path: Path) -> None:
    """A generated archive of 20 short documents (enough for every stage to share its work
    out among processes: the parsing in two parts of ten, the pages, the zip's entries;
    ten would be parsed in one), built once (which writes its records), then again to
    learn how long such a build takes here, then stopped by Ctrl-C at eight moments
    spread over such a build, and by SIGTERM at four (the stages themselves are each
    stopped at their checkpoints above). A build that ends before its signal shortens the
    time the later moments are spread over, so that a machine less busy than at the start
    still has most of them fall inside a build."""
    root = tmp_path / "project"
    generate(root, 20, paragraphs=(3, 6))
    assert Build(root, "--fresh", "-q").finish() == 0
    started = time.monotonic()
    assert Build(root, "--fresh", "-q").finish() == 0
    took = time.monotonic() - started
    site, documents = snapshot(root / "site"), snapshot(root / "documents")
    stopped = 0
    for how, count in (("Ctrl-C", 8), ("SIGTERM", 4)):
        for k in range(count):
            begun = time.monotonic()
            build = Build(root, "--fresh")
            # the moment of the stop, what this test varies (none before the interpreter
            # itself has started: Python then dies of the signal, before any of this code)
            time.sleep(took * (k + 1) / (count + 1))
            code = signalled(build, how)
            finished = build.finish()
            name = signal.Signals(code - 128).name
            if finished == 128 - code:  # stopped before Python had started: dead of the signal
                assert said(build) == [] and leftovers(root) == []
                assert snapshot(root / "site") == site
                continue
            if finished == 0:  # it was done before the signal came
                assert said(build) == [] and build.out["stdout"].startswith(b"built ")
                # builds are quicker now (the machine less busy): later moments follow
                took = min(took, time.monotonic() - begun)
                continue
            stopped += 1
            assert finished == code
            # stopped before publishing, or once it had (the same site: builds are
            # byte-identical for the same inputs)
            assert said(build) in (
                [f"build interrupted ({name}); {NOTHING}"],
                [f"build interrupted ({name}); {PUBLISHED}"],
            )
            assert snapshot(root / "site") == site
            assert snapshot(root / "documents") == documents
            assert leftovers(root) == []
    assert stopped >= 6, (stopped, took)  # most moments fall inside a build
